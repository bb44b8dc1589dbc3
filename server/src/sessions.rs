//! Sign-ins. Each is an opaque random token; the database keeps only its
//! SHA-256, with a public id (to list it and end it from another phone),
//! the device it was made on in words, when it was made and last used, and
//! how it ended. A sign-in ends when it is signed out, when it has not been
//! used for the idle limit (12 hours for staff, 30 days for young people,
//! by default), or at its absolute limit (30 days).

use pathway_app::auth::{Role, SignedIn, User};
use pathway_app::language::{Gender, Lang};
use uuid::Uuid;

use crate::args;
use crate::db::{now, StoreError};
use crate::store::{Conn, Row};

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
pub fn check<'c>(
    conn: impl Into<Conn<'c>>,
    token_hash: &str,
    limits: &Limits,
) -> Result<Standing, StoreError> {
    let conn = conn.into();
    let (standing, used) = look_up(conn, token_hash, limits)?;
    if let Standing::Valid { id, .. } = &standing {
        if now() - used >= TOUCH_AFTER {
            conn.execute(
                "UPDATE sessions SET last_used_at = ?2 WHERE id = ?1",
                args![id, now()],
            )?;
        }
    }
    Ok(standing)
}

/// Where the sign-in with this token's hash stands, without counting this
/// as a use: an open live stream must not keep an idle sign-in going.
pub fn standing<'c>(
    conn: impl Into<Conn<'c>>,
    token_hash: &str,
    limits: &Limits,
) -> Result<Standing, StoreError> {
    Ok(look_up(conn.into(), token_hash, limits)?.0)
}

/// Where a sign-in stands, and when it was last used.
fn look_up(
    conn: Conn<'_>,
    token_hash: &str,
    limits: &Limits,
) -> Result<(Standing, i64), StoreError> {
    let found = conn
        .query_opt(
            "SELECT u.id, u.username, u.display_name, u.role, u.language, u.gender,
                    u.gender_answered,
                    s.id, s.created_at, s.expires_at, s.last_used_at, s.revoked_at, s.ended_reason
               FROM sessions s JOIN users u ON u.id = s.user_id
              WHERE s.token_hash = ?1",
            args![token_hash],
        )?
        .map(|row| -> Result<_, StoreError> {
            let user = user_from_row(&row)?;
            let id: String = row.get(7)?;
            let created: i64 = row.get(8)?;
            let expires: i64 = row.get(9)?;
            let used: Option<i64> = row.get(10)?;
            let revoked: Option<i64> = row.get(11)?;
            let reason: Option<String> = row.get(12)?;
            Ok((user, id, expires, used.unwrap_or(created), revoked, reason))
        })
        .transpose()?;
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
pub fn create<'c>(
    conn: impl Into<Conn<'c>>,
    user: Uuid,
    token_hash: &str,
    device: &str,
    limits: &Limits,
) -> Result<String, StoreError> {
    let mut random = [0u8; 16];
    rand::RngCore::fill_bytes(&mut rand::rng(), &mut random);
    let id = hex::encode(random);
    let at = now();
    let conn = conn.into();
    conn.execute(
        "INSERT INTO sessions (id, token_hash, user_id, device, created_at, last_used_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
        args![&id, token_hash, user, device, at, at + limits.lifetime],
    )?;
    conn.execute(
        "UPDATE sessions SET revoked_at = ?2, ended_reason = ?3
          WHERE id IN (SELECT id FROM sessions
                        WHERE user_id = ?1 AND revoked_at IS NULL AND expires_at > ?2
                        ORDER BY COALESCE(last_used_at, created_at) DESC, created_at DESC
                        LIMIT ?5 OFFSET ?4)",
        args![user, at, Ending::SignedOut.as_str(), MOST_AT_ONCE, i64::MAX],
    )?;
    Ok(id)
}

/// Ends the sign-in with this token's hash, if it is still going; whose it
/// was.
pub fn end_token<'c>(
    conn: impl Into<Conn<'c>>,
    token_hash: &str,
) -> Result<Option<Uuid>, StoreError> {
    let at = now();
    conn.into()
        .query_opt(
            "UPDATE sessions SET revoked_at = ?2, ended_reason = ?3
              WHERE token_hash = ?1 AND revoked_at IS NULL AND expires_at > ?2
              RETURNING user_id",
            args![token_hash, at, Ending::SignedOut.as_str()],
        )?
        .map(|row| row.get(0))
        .transpose()
}

/// Ends `user`'s sign-ins from elsewhere: the one with id `only`, or every
/// one but `except`. Each phone is told at its next request and removes
/// everything it keeps. Returns how many ended.
pub fn end_elsewhere<'c>(
    conn: impl Into<Conn<'c>>,
    user: Uuid,
    only: Option<&str>,
    except: Option<&str>,
) -> Result<usize, StoreError> {
    end_all(conn.into(), user, Ending::Elsewhere, only, except)
}

fn end_all(
    conn: Conn<'_>,
    user: Uuid,
    why: Ending,
    only: Option<&str>,
    except: Option<&str>,
) -> Result<usize, StoreError> {
    let at = now();
    let ended = conn.execute(
        "UPDATE sessions SET revoked_at = ?2, ended_reason = ?3
          WHERE user_id = ?1 AND revoked_at IS NULL AND expires_at > ?2
            AND (CAST(?4 AS TEXT) IS NULL OR id = ?4) AND (CAST(?5 AS TEXT) IS NULL OR id <> ?5)",
        args![user, at, why.as_str(), only, except],
    )?;
    Ok(usize::try_from(ended).unwrap_or(usize::MAX))
}

/// Locks `user`'s account (`by`: the team manager, or `None` on the
/// command line): every sign-in ends, each phone removes what it kept, and
/// no sign-in is allowed until it is unlocked. Returns how many sign-ins
/// ended.
pub fn lock<'c>(
    conn: impl Into<Conn<'c>>,
    user: Uuid,
    by: Option<Uuid>,
) -> Result<usize, StoreError> {
    let conn = conn.into();
    conn.execute(
        "UPDATE users SET locked_at = ?2, locked_by = ?3 WHERE id = ?1 AND locked_at IS NULL",
        args![user, now(), by],
    )?;
    end_all(conn, user, Ending::Locked, None, None)
}

/// Lets a locked account sign in again. Whether it was locked.
pub fn unlock<'c>(conn: impl Into<Conn<'c>>, user: Uuid) -> Result<bool, StoreError> {
    Ok(conn.into().execute(
        "UPDATE users SET locked_at = NULL, locked_by = NULL WHERE id = ?1 AND locked_at IS NOT NULL",
        args![user],
    )? > 0)
}

/// Ends every sign-in of `user`'s without wiping her phones: after a new
/// password, her unsent changes are sent once she signs in with it.
pub fn end_everywhere_keeping_changes<'c>(
    conn: impl Into<Conn<'c>>,
    user: Uuid,
) -> Result<usize, StoreError> {
    end_all(conn.into(), user, Ending::SignedOut, None, None)
}

/// Ends every sign-in there is without wiping any phone, as after a
/// restore: each phone keeps its unsent changes and asks its person to sign
/// in again. Returns how many ended.
pub fn end_every_sign_in<'c>(conn: impl Into<Conn<'c>>) -> Result<usize, StoreError> {
    let at = now();
    let ended = conn.into().execute(
        "UPDATE sessions SET revoked_at = ?1, ended_reason = ?2
          WHERE revoked_at IS NULL AND expires_at > ?1",
        args![at, Ending::SignedOut.as_str()],
    )?;
    Ok(usize::try_from(ended).unwrap_or(usize::MAX))
}

/// Whether `user`'s account is locked.
pub fn is_locked<'c>(conn: impl Into<Conn<'c>>, user: Uuid) -> Result<bool, StoreError> {
    let found = conn.into().query_opt(
        "SELECT locked_at IS NOT NULL FROM users WHERE id = ?1",
        args![user],
    )?;
    Ok(found.map(|row| row.get(0)).transpose()?.unwrap_or(false))
}

/// Signs `username` out of every phone at once (for a lost phone). Returns
/// how many sign-ins were ended, or `None` if no one has that username.
pub fn sign_out_everywhere<'c>(
    conn: impl Into<Conn<'c>>,
    username: &str,
) -> Result<Option<usize>, StoreError> {
    let conn = conn.into();
    crate::accounts::find(conn, username)?
        .map(|user| end_elsewhere(conn, user, None, None))
        .transpose()
}

/// `user`'s sign-ins still going, the most recently used first;
/// `current` is the one asking.
pub fn list<'c>(
    conn: impl Into<Conn<'c>>,
    user: &User,
    current: &str,
    limits: &Limits,
) -> Result<Vec<SignedIn>, StoreError> {
    let at = now();
    conn.into()
        .query(
            "SELECT id, device, created_at, COALESCE(last_used_at, created_at)
               FROM sessions
              WHERE user_id = ?1 AND revoked_at IS NULL AND expires_at > ?2
                AND COALESCE(last_used_at, created_at) > ?3
              ORDER BY COALESCE(last_used_at, created_at) DESC",
            args![user.id, at, at - limits.idle(user.role)],
        )?
        .iter()
        .map(|row| {
            let id: String = row.get(0)?;
            Ok(SignedIn {
                this_one: id == current,
                id,
                device: row.get(1)?,
                signed_in_at: row.get(2)?,
                last_used_at: row.get(3)?,
            })
        })
        .collect()
}

/// How long an ended or expired sign-in is kept, so a phone that comes back
/// is told what happened. One signed out from elsewhere is kept far longer:
/// a lost phone found months later must still remove what it kept.
const KEEP_ENDED: i64 = 30 * DAY;
const KEEP_SIGNED_OUT_ELSEWHERE: i64 = 400 * DAY;

/// Removes sign-ins long over (returning how many), and the push
/// subscriptions of any that have ended.
pub fn purge<'c>(conn: impl Into<Conn<'c>>) -> Result<usize, StoreError> {
    let conn = conn.into();
    let at = now();
    // A phone whose sign-in is over is sent nothing more.
    conn.execute(
        "DELETE FROM push_subscriptions WHERE session_id NOT IN
           (SELECT id FROM sessions WHERE revoked_at IS NULL AND expires_at > ?1)",
        args![at],
    )?;
    let removed = conn.execute(
        "DELETE FROM sessions
          WHERE COALESCE(revoked_at, expires_at)
                < ?1 - (CASE ended_reason WHEN ?2 THEN CAST(?3 AS BIGINT) ELSE CAST(?4 AS BIGINT) END)
            AND (revoked_at IS NOT NULL OR expires_at < ?1)",
        args![
            at,
            Ending::Elsewhere.as_str(),
            KEEP_SIGNED_OUT_ELSEWHERE,
            KEEP_ENDED
        ],
    )?;
    Ok(usize::try_from(removed).unwrap_or(usize::MAX))
}

/// Reads `id, username, display_name, role, language, gender,
/// gender_answered` from the start of a row.
pub fn user_from_row(row: &Row) -> Result<User, StoreError> {
    Ok(User {
        id: row.get(0)?,
        username: row.get(1)?,
        display_name: row.get(2)?,
        role: row.parse(3, str::parse::<Role>)?,
        language: match row.get::<Option<String>>(4)? {
            Some(_) => Some(row.parse(4, Lang::from_code)?),
            None => None,
        },
        gender: row.parse(5, str::parse::<Gender>)?,
        gender_answered: row.get::<i64>(6)? != 0,
    })
}
