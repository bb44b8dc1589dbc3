//! Sign-ins. Each is an opaque random token; the database keeps only its
//! SHA-256, with a public id (to list it and end it from another phone),
//! the device it was made on in words, when it was made and last used, and
//! how it ended. A sign-in ends when it is signed out, when it has not been
//! used for the idle limit (12 hours for staff, 30 days for young people,
//! by default), or at its absolute limit (30 days).

use pathway_app::auth::{Role, SignedIn, User};
use pathway_app::language::{Gender, Lang};
use rusqlite::{params, Connection, OptionalExtension};
use uuid::Uuid;

use crate::db::{column, now, StoreError};

const HOUR: i64 = 60 * 60;
const DAY: i64 = 24 * HOUR;

/// How long sign-ins last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The longest a sign-in lasts, used or not, in seconds.
    pub lifetime: i64,
    /// How long a member of staff's sign-in lasts unused, in seconds.
    pub staff_idle: i64,
    /// How long a young person's sign-in lasts unused, in seconds.
    pub young_person_idle: i64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            lifetime: 30 * DAY,
            staff_idle: 12 * HOUR,
            young_person_idle: 30 * DAY,
        }
    }
}

impl Limits {
    fn idle(&self, role: Role) -> i64 {
        if role.is_staff() {
            self.staff_idle
        } else {
            self.young_person_idle
        }
    }
}

/// How a sign-in ended, as stored in `sessions.ended_reason`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Signed out on the phone that held it.
    SignedOut,
    /// Signed out from elsewhere (another of her phones, or every phone of
    /// hers at once): the phone removes everything it keeps.
    Elsewhere,
    /// The account was locked: the phone removes everything it keeps.
    Locked,
}

impl Ending {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Ending::SignedOut => "signed_out",
            Ending::Elsewhere => "signed_out_elsewhere",
            Ending::Locked => "account_locked",
        }
    }
}

/// Where a token stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// In use by this person, under this sign-in's id.
    Valid {
        user: User,
        id: String,
    },
    /// It ran out: unused too long, or past its lifetime.
    Expired,
    Ended(Ending),
    /// No sign-in has this token.
    Unknown,
}

/// Used within the last minute is recent enough: a sign-in in use is not
/// written to on every request.
const TOUCH_AFTER: i64 = 60;

/// Where the sign-in with this token's hash stands, noting that it was
/// used if it is valid.
pub fn check(conn: &Connection, token_hash: &str, limits: &Limits) -> Result<Standing, StoreError> {
    let (standing, used) = look_up(conn, token_hash, limits)?;
    if let Standing::Valid { id, .. } = &standing {
        if now() - used >= TOUCH_AFTER {
            conn.prepare_cached("UPDATE sessions SET last_used_at = ?2 WHERE id = ?1")?
                .execute(params![id, now()])?;
        }
    }
    Ok(standing)
}

/// Where the sign-in with this token's hash stands, without counting this
/// as a use: an open live stream must not keep an idle sign-in going.
pub fn standing(
    conn: &Connection,
    token_hash: &str,
    limits: &Limits,
) -> Result<Standing, StoreError> {
    Ok(look_up(conn, token_hash, limits)?.0)
}

/// Where a sign-in stands, and when it was last used.
fn look_up(
    conn: &Connection,
    token_hash: &str,
    limits: &Limits,
) -> Result<(Standing, i64), StoreError> {
    let found = conn
        .prepare_cached(
            "SELECT u.id, u.username, u.display_name, u.role, u.language, u.gender,
                    s.id, s.created_at, s.expires_at, s.last_used_at, s.revoked_at, s.ended_reason
               FROM sessions s JOIN users u ON u.id = s.user_id
              WHERE s.token_hash = ?1",
        )?
        .query_row([token_hash], |row| {
            let user = user_from_row(row)?;
            let id: String = row.get(6)?;
            let created: i64 = row.get(7)?;
            let expires: i64 = row.get(8)?;
            let used: Option<i64> = row.get(9)?;
            let revoked: Option<i64> = row.get(10)?;
            let reason: Option<String> = row.get(11)?;
            Ok((user, id, expires, used.unwrap_or(created), revoked, reason))
        })
        .optional()?;
    let Some((user, id, expires, used, revoked, reason)) = found else {
        return Ok((Standing::Unknown, 0));
    };
    let at = now();
    let standing = if revoked.is_some() {
        Standing::Ended(match reason.as_deref() {
            Some("signed_out_elsewhere") => Ending::Elsewhere,
            Some("account_locked") => Ending::Locked,
            _ => Ending::SignedOut,
        })
    } else if expires <= at || used + limits.idle(user.role) <= at {
        Standing::Expired
    } else {
        Standing::Valid { user, id }
    };
    Ok((standing, used))
}

/// The most sign-ins one person may have at once; a new one beyond it
/// signs out the one used longest ago (keeping its unsent changes).
pub const MOST_AT_ONCE: usize = 20;

/// Starts a sign-in for `user` with this token's hash; returns its id.
pub fn create(
    conn: &Connection,
    user: Uuid,
    token_hash: &str,
    device: &str,
    limits: &Limits,
) -> Result<String, StoreError> {
    let mut random = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut random);
    let id = hex::encode(random);
    let at = now();
    conn.prepare_cached(
        "INSERT INTO sessions (id, token_hash, user_id, device, created_at, last_used_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
    )?
    .execute(params![
        id,
        token_hash,
        user.to_string(),
        device,
        at,
        at + limits.lifetime
    ])?;
    conn.prepare_cached(
        "UPDATE sessions SET revoked_at = ?2, ended_reason = ?3
          WHERE id IN (SELECT id FROM sessions
                        WHERE user_id = ?1 AND revoked_at IS NULL AND expires_at > ?2
                        ORDER BY COALESCE(last_used_at, created_at) DESC, created_at DESC
                        LIMIT -1 OFFSET ?4)",
    )?
    .execute(params![
        user.to_string(),
        at,
        Ending::SignedOut.as_str(),
        MOST_AT_ONCE
    ])?;
    Ok(id)
}

/// Ends the sign-in with this token's hash, if it is still going; whose it
/// was.
pub fn end_token(conn: &Connection, token_hash: &str) -> Result<Option<Uuid>, StoreError> {
    let at = now();
    conn.prepare_cached(
        "UPDATE sessions SET revoked_at = ?2, ended_reason = ?3
          WHERE token_hash = ?1 AND revoked_at IS NULL AND expires_at > ?2
          RETURNING user_id",
    )?
    .query_row(params![token_hash, at, Ending::SignedOut.as_str()], |row| {
        column(row, 0, Uuid::parse_str)
    })
    .optional()
    .map_err(StoreError::from)
}

/// Ends `user`'s sign-ins from elsewhere: the one with id `only`, or every
/// one but `except`. Each phone is told at its next request and removes
/// everything it keeps. Returns how many ended.
pub fn end_elsewhere(
    conn: &Connection,
    user: Uuid,
    only: Option<&str>,
    except: Option<&str>,
) -> Result<usize, StoreError> {
    end_all(conn, user, Ending::Elsewhere, only, except)
}

fn end_all(
    conn: &Connection,
    user: Uuid,
    why: Ending,
    only: Option<&str>,
    except: Option<&str>,
) -> Result<usize, StoreError> {
    let at = now();
    Ok(conn.execute(
        "UPDATE sessions SET revoked_at = ?2, ended_reason = ?3
          WHERE user_id = ?1 AND revoked_at IS NULL AND expires_at > ?2
            AND (?4 IS NULL OR id = ?4) AND (?5 IS NULL OR id <> ?5)",
        params![user.to_string(), at, why.as_str(), only, except],
    )?)
}

/// Locks `user`'s account (`by`: the team manager, or `None` on the
/// command line): every sign-in ends, each phone removes what it kept, and
/// no sign-in is allowed until it is unlocked. Returns how many sign-ins
/// ended.
pub fn lock(conn: &Connection, user: Uuid, by: Option<Uuid>) -> Result<usize, StoreError> {
    conn.execute(
        "UPDATE users SET locked_at = ?2, locked_by = ?3 WHERE id = ?1 AND locked_at IS NULL",
        params![user.to_string(), now(), by.map(|id| id.to_string())],
    )?;
    end_all(conn, user, Ending::Locked, None, None)
}

/// Lets a locked account sign in again. Whether it was locked.
pub fn unlock(conn: &Connection, user: Uuid) -> Result<bool, StoreError> {
    Ok(conn.execute(
        "UPDATE users SET locked_at = NULL, locked_by = NULL WHERE id = ?1 AND locked_at IS NOT NULL",
        [user.to_string()],
    )? > 0)
}

/// Ends every sign-in of `user`'s without wiping her phones: after a new
/// password, her unsent changes are sent once she signs in with it.
pub fn end_everywhere_keeping_changes(conn: &Connection, user: Uuid) -> Result<usize, StoreError> {
    end_all(conn, user, Ending::SignedOut, None, None)
}

/// Ends every sign-in there is without wiping any phone, as after a
/// restore: each phone keeps its unsent changes and asks its person to sign
/// in again. Returns how many ended.
pub fn end_every_sign_in(conn: &Connection) -> Result<usize, StoreError> {
    let at = now();
    Ok(conn.execute(
        "UPDATE sessions SET revoked_at = ?1, ended_reason = ?2
          WHERE revoked_at IS NULL AND expires_at > ?1",
        params![at, Ending::SignedOut.as_str()],
    )?)
}

/// Whether `user`'s account is locked.
pub fn is_locked(conn: &Connection, user: Uuid) -> Result<bool, StoreError> {
    Ok(conn
        .prepare_cached("SELECT locked_at IS NOT NULL FROM users WHERE id = ?1")?
        .query_row([user.to_string()], |row| row.get(0))
        .optional()?
        .unwrap_or(false))
}

/// Signs `username` out of every phone at once (for a lost phone). Returns
/// how many sign-ins were ended, or `None` if no one has that username.
pub fn sign_out_everywhere(conn: &Connection, username: &str) -> Result<Option<usize>, StoreError> {
    crate::accounts::find(conn, username)?
        .map(|user| end_elsewhere(conn, user, None, None))
        .transpose()
}

/// `user`'s sign-ins still going, the most recently used first;
/// `current` is the one asking.
pub fn list(
    conn: &Connection,
    user: &User,
    current: &str,
    limits: &Limits,
) -> Result<Vec<SignedIn>, StoreError> {
    let at = now();
    let mut statement = conn.prepare_cached(
        "SELECT id, device, created_at, COALESCE(last_used_at, created_at)
           FROM sessions
          WHERE user_id = ?1 AND revoked_at IS NULL AND expires_at > ?2
            AND COALESCE(last_used_at, created_at) > ?3
          ORDER BY COALESCE(last_used_at, created_at) DESC",
    )?;
    let rows = statement.query_map(
        params![user.id.to_string(), at, at - limits.idle(user.role)],
        |row| {
            let id: String = row.get(0)?;
            Ok(SignedIn {
                this_one: id == current,
                id,
                device: row.get(1)?,
                signed_in_at: row.get(2)?,
                last_used_at: row.get(3)?,
            })
        },
    )?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// How long an ended or expired sign-in is kept, so a phone that comes back
/// is told what happened. One signed out from elsewhere is kept far longer:
/// a lost phone found months later must still remove what it kept.
const KEEP_ENDED: i64 = 30 * DAY;
const KEEP_SIGNED_OUT_ELSEWHERE: i64 = 400 * DAY;

/// Removes sign-ins long over (returning how many), and the push
/// subscriptions of any that have ended.
pub fn purge(conn: &Connection) -> Result<usize, StoreError> {
    let at = now();
    // A phone whose sign-in is over is sent nothing more.
    conn.execute(
        "DELETE FROM push_subscriptions WHERE session_id NOT IN
           (SELECT id FROM sessions WHERE revoked_at IS NULL AND expires_at > ?1)",
        params![at],
    )?;
    Ok(conn.execute(
        "DELETE FROM sessions
          WHERE COALESCE(revoked_at, expires_at) < ?1 - (CASE ended_reason WHEN ?2 THEN ?3 ELSE ?4 END)
            AND (revoked_at IS NOT NULL OR expires_at < ?1)",
        params![
            at,
            Ending::Elsewhere.as_str(),
            KEEP_SIGNED_OUT_ELSEWHERE,
            KEEP_ENDED
        ],
    )?)
}

/// Reads `id, username, display_name, role, language, gender` from the
/// start of a row.
pub fn user_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: column(row, 0, Uuid::parse_str)?,
        username: row.get(1)?,
        display_name: row.get(2)?,
        role: column(row, 3, str::parse::<Role>)?,
        language: match row.get::<_, Option<String>>(4)? {
            Some(_) => Some(column(row, 4, Lang::from_code)?),
            None => None,
        },
        gender: column(row, 5, str::parse::<Gender>)?,
    })
}
