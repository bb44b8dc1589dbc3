//! Copies of the database: `pathway-server backup` takes one while the
//! server runs (SQLite's online backup, in one step, so the copy is the
//! database at one moment), and `restore` puts one back.
//!
//! A restore brings back everything as it was when the copy was taken,
//! except what keeps people safe, which is carried forward from the
//! database it replaces: who is locked out, everyone's password (a lost
//! phone stays locked out; a password changed because it leaked stays
//! changed), how each sign-in ended, each council's settings (a changed
//! out-of-hours number stays changed), and the audit log, which is only
//! ever added to. Every sign-in ends, phones keeping their unsent changes, and
//! every phone takes its records afresh at its next pull: the change
//! numbers move past any cursor a phone may hold (see `docs/sync.md`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use uuid::Uuid;

use crate::args;
use crate::audit::{self, Event, COMMAND_LINE};
use crate::db::{self, Db, StoreError, FILE_NAME, MIGRATIONS};
use crate::records;
use crate::sessions::{self, Ending};
use crate::store::Conn;

/// Why a backup or a restore did not happen. Each leaves the database as
/// it was.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists: choose a new file, so no backup is written over")]
    Exists(PathBuf),
    #[error("there is no Pathway database in {0}")]
    NoDatabase(PathBuf),
    #[error("{0} is not a Pathway backup: {1}")]
    NotPathway(PathBuf, String),
    #[error("{0} was written by a newer Pathway (schema {1}; this one knows up to {2}): restore it with that version")]
    Newer(PathBuf, usize, usize),
    #[error("{0}: {1}")]
    File(PathBuf, std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<rusqlite::Error> for BackupError {
    fn from(e: rusqlite::Error) -> Self {
        BackupError::Store(StoreError::Sqlite(e))
    }
}

/// What a backup holds, for the person who took or restored it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contents {
    pub accounts: u64,
    pub records: u64,
    /// When the latest record in it was changed (Unix seconds).
    pub latest_change_at: Option<i64>,
    pub bytes: u64,
}

/// What a restore did besides putting the backup back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub contents: Contents,
    pub sign_ins_ended: usize,
    /// Accounts whose lock (on or off) was carried forward.
    pub locks_carried: usize,
    /// Accounts whose password was carried forward.
    pub passwords_carried: usize,
}

/// Copies the database in `data_dir` to the new file `to`, readable by this
/// user only. Safe while the server runs. The copy is checked before it
/// takes its name, so a file at `to` is always a whole backup.
pub fn backup(data_dir: &Path, to: &Path) -> Result<Contents, BackupError> {
    if to.exists() {
        return Err(BackupError::Exists(to.to_path_buf()));
    }
    let live = data_dir.join(FILE_NAME);
    if !live.is_file() {
        return Err(BackupError::NoDatabase(data_dir.to_path_buf()));
    }
    let source = Connection::open_with_flags(&live, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let partial = PathBuf::from(format!("{}.partial", to.display()));
    let file = |e| BackupError::File(partial.clone(), e);
    private_file(&partial).map_err(file)?;
    let taken = (|| {
        let mut copy = Connection::open(&partial)?;
        copy_whole(&source, &mut copy)?;
        // One file, with no journal beside it.
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        drop(copy);
        contents_of(&partial)
    })();
    match taken {
        Ok(_) => {
            std::fs::rename(&partial, to).map_err(|e| BackupError::File(to.to_path_buf(), e))?;
            contents_of(to)
        }
        Err(why) => {
            let _ = std::fs::remove_file(&partial);
            Err(why)
        }
    }
}

/// Puts the backup `from` back as the database in `data_dir` (made if
/// there is none), refusing while a server uses it. Carries forward locks,
/// passwords and councils' settings, ends every sign-in, and moves change numbers past every
/// phone's cursor; recorded in the audit log.
pub fn restore(data_dir: &Path, from: &Path) -> Result<Restored, BackupError> {
    let contents = contents_of(from)?;
    let _held = db::claim(data_dir)?;
    let backup = Connection::open_with_flags(from, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let db = Db::open_in(data_dir)?;
    let restored = db.with_connection(|live| -> Result<Restored, BackupError> {
        let before = Safety::read(live, &backup)?;
        copy_whole(&backup, live)?;
        db::migrate(live)?;
        let tx = live.transaction()?;
        let earliest = records::earliest_change(&tx)?;
        let shift = before.latest_change.max(records::latest_change(&tx)?);
        if before.latest_change > 0 && earliest > 0 {
            tx.execute("UPDATE records SET change_no = change_no + ?1", [shift])?;
        }
        let (locks_carried, passwords_carried) = before.carry_into(&tx)?;
        before.carry_councils(&tx)?;
        let sign_ins_ended = before.carry_sign_ins(&tx)? + sessions::end_every_sign_in(&tx)?;
        before.carry_audit(&tx)?;
        audit::record(
            &tx,
            Event::DatabaseRestored,
            None,
            &from.display().to_string(),
            COMMAND_LINE,
            None,
        )?;
        tx.commit()?;
        Ok(Restored {
            contents,
            sign_ins_ended,
            locks_carried,
            passwords_carried,
        })
    });
    restored?
}

/// How far change numbers move after PostgreSQL is put back to an earlier
/// state: past any cursor a phone can hold, whatever was written since.
pub const RESTORED_SHIFT: i64 = 1 << 40;

/// After a database is put back to an earlier state by other means than
/// [`restore`] (PostgreSQL's pg_restore or point-in-time recovery): change
/// numbers move past any cursor a phone can hold, so every phone takes its
/// records afresh and sends what the database lacks; every sign-in ends,
/// no phone wiped; the audit log says so. How many sign-ins ended.
pub fn restored<'c>(conn: impl Into<Conn<'c>>, how: &str) -> Result<usize, StoreError> {
    let tx = conn.into().begin()?;
    tx.execute(
        "UPDATE records SET change_no = change_no + ?1",
        args![RESTORED_SHIFT],
    )?;
    let ended = sessions::end_every_sign_in(*tx)?;
    audit::record(*tx, Event::DatabaseRestored, None, how, COMMAND_LINE, None)?;
    tx.commit()?;
    Ok(ended)
}

/// What the database being replaced knows that must outlive a restore.
struct Safety {
    latest_change: u64,
    /// Every account's lock (when, by whom) and password hash.
    accounts: BTreeMap<Uuid, Account>,
    /// Every sign-in, so each phone is told how its own ended: one of an
    /// account locked since the backup still removes what it kept.
    sessions: Vec<SignIn>,
    /// The audit log's rows after the backup's last (the backup being an
    /// earlier state of this database): the log is only ever added to.
    audit: Vec<AuditRow>,
    /// Each council's id and settings, as [`COUNCIL_SETTINGS`] lists them.
    councils: Vec<(String, Vec<rusqlite::types::Value>)>,
}

/// A council's settings: everything but its id and when it was added.
const COUNCIL_SETTINGS: [&str; 9] = [
    "name",
    "out_of_hours_phone",
    "advocacy_name",
    "advocacy_phone",
    "advocacy_web",
    "escalate_after_minutes",
    "contact_rules",
    "notify_email_template",
    "notify_sms_template",
];

struct AuditRow {
    at: i64,
    event: String,
    user_id: Option<String>,
    username: String,
    client: String,
    actor_id: Option<String>,
    event_id: Option<String>,
}

struct SignIn {
    token_hash: String,
    user_id: String,
    id: Option<String>,
    device: String,
    created_at: i64,
    expires_at: i64,
    last_used_at: Option<i64>,
    ended: Option<(i64, Option<String>)>,
}

struct Account {
    locked: Option<(i64, Option<String>)>,
    password_hash: Option<String>,
}

impl Safety {
    fn read(conn: &Connection, backup: &Connection) -> Result<Safety, BackupError> {
        let mut accounts = BTreeMap::new();
        let mut statement =
            conn.prepare("SELECT id, locked_at, locked_by, password_hash FROM users")?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let Ok(id) = Uuid::parse_str(&id) else {
                return Err(StoreError::Corrupt(format!("account id {id}")).into());
            };
            let locked_at: Option<i64> = row.get(1)?;
            accounts.insert(
                id,
                Account {
                    locked: locked_at.map(|at| (at, row.get(2).ok().flatten())),
                    password_hash: row.get(3)?,
                },
            );
        }
        let mut statement = conn.prepare(
            "SELECT token_hash, user_id, id, device, created_at, expires_at, last_used_at,
                    revoked_at, ended_reason FROM sessions",
        )?;
        let sessions = statement
            .query_map([], |row| {
                let revoked_at: Option<i64> = row.get(7)?;
                Ok(SignIn {
                    token_hash: row.get(0)?,
                    user_id: row.get(1)?,
                    id: row.get(2)?,
                    device: row.get(3)?,
                    created_at: row.get(4)?,
                    expires_at: row.get(5)?,
                    last_used_at: row.get(6)?,
                    ended: revoked_at.map(|at| (at, row.get(8).ok().flatten())),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let logged: i64 =
            backup.query_row("SELECT COALESCE(MAX(id), 0) FROM audit_log", [], |row| {
                row.get(0)
            })?;
        let mut statement = conn.prepare(
            "SELECT at, event, user_id, username, client, actor_id, event_id
               FROM audit_log WHERE id > ?1 ORDER BY id",
        )?;
        let audit = statement
            .query_map([logged], |row| {
                Ok(AuditRow {
                    at: row.get(0)?,
                    event: row.get(1)?,
                    user_id: row.get(2)?,
                    username: row.get(3)?,
                    client: row.get(4)?,
                    actor_id: row.get(5)?,
                    event_id: row.get(6)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut statement = conn.prepare(&format!(
            "SELECT id, {} FROM councils",
            COUNCIL_SETTINGS.join(", ")
        ))?;
        let councils = statement
            .query_map([], |row| {
                let settings = (1..=COUNCIL_SETTINGS.len())
                    .map(|i| row.get(i))
                    .collect::<Result<_, _>>()?;
                Ok((row.get(0)?, settings))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Safety {
            latest_change: records::latest_change(conn)?,
            accounts,
            sessions,
            audit,
            councils,
        })
    }

    /// Writes each council's settings over the restored ones (a council
    /// added since the backup has no one in it, and is not brought back).
    fn carry_councils(&self, conn: &Connection) -> Result<(), BackupError> {
        let set = COUNCIL_SETTINGS
            .iter()
            .enumerate()
            .map(|(i, name)| format!("{name} = ?{}", i + 2))
            .collect::<Vec<_>>()
            .join(", ");
        let mut update = conn.prepare(&format!("UPDATE councils SET {set} WHERE id = ?1"))?;
        for (id, settings) in &self.councils {
            let values = std::iter::once(rusqlite::types::Value::Text(id.clone()))
                .chain(settings.iter().cloned());
            update.execute(rusqlite::params_from_iter(values))?;
        }
        Ok(())
    }

    /// Adds the audit log's later rows back; an account the backup lacks is
    /// named by its username only.
    fn carry_audit(&self, conn: &Connection) -> Result<(), BackupError> {
        let mut add = conn.prepare(
            "INSERT OR IGNORE INTO audit_log (at, event, user_id, username, client, actor_id, event_id)
             VALUES (?1, ?2, (SELECT id FROM users WHERE id = ?3), ?4, ?5,
                     (SELECT id FROM users WHERE id = ?6), ?7)",
        )?;
        for row in &self.audit {
            add.execute(params![
                row.at,
                row.event,
                row.user_id,
                row.username,
                row.client,
                row.actor_id,
                row.event_id
            ])?;
        }
        Ok(())
    }

    /// Puts back every sign-in as it ended (one still going is ended as if
    /// signed out), for accounts the backup has. How many were still going.
    fn carry_sign_ins(&self, conn: &Connection) -> Result<usize, BackupError> {
        let now = db::now();
        let mut upsert = conn.prepare(
            "INSERT INTO sessions (token_hash, user_id, id, device, created_at, expires_at,
                                   last_used_at, revoked_at, ended_reason)
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 WHERE EXISTS (SELECT 1 FROM users WHERE id = ?2)
             ON CONFLICT (token_hash) DO UPDATE
                SET revoked_at = excluded.revoked_at, ended_reason = excluded.ended_reason",
        )?;
        let mut going = 0;
        for sign_in in &self.sessions {
            let (at, why) = sign_in
                .ended
                .clone()
                .unwrap_or((now, Some(Ending::SignedOut.as_str().to_owned())));
            let carried = upsert.execute(params![
                sign_in.token_hash,
                sign_in.user_id,
                sign_in.id,
                sign_in.device,
                sign_in.created_at,
                sign_in.expires_at,
                sign_in.last_used_at,
                at,
                why
            ])?;
            if sign_in.ended.is_none() && sign_in.expires_at > now {
                going += carried;
            }
        }
        Ok(going)
    }

    /// Writes each account's lock and password over the restored ones,
    /// ending the sign-ins of an account locked since (its phones then
    /// remove what they kept). How many locks and passwords changed.
    fn carry_into(&self, conn: &Connection) -> Result<(usize, usize), BackupError> {
        let (mut locks, mut passwords) = (0, 0);
        for (id, now) in &self.accounts {
            let restored = conn
                .query_row(
                    "SELECT locked_at, locked_by, password_hash FROM users WHERE id = ?1",
                    [id.to_string()],
                    |row| {
                        let locked_at: Option<i64> = row.get(0)?;
                        Ok(Account {
                            locked: locked_at.map(|at| (at, row.get(1).ok().flatten())),
                            password_hash: row.get(2)?,
                        })
                    },
                )
                .optional()?;
            let Some(restored) = restored else { continue };
            if restored.locked.is_some() != now.locked.is_some() {
                locks += 1;
                match &now.locked {
                    Some((at, by)) => {
                        conn.execute(
                            "UPDATE users SET locked_at = ?2, locked_by = ?3 WHERE id = ?1",
                            params![id.to_string(), at, by],
                        )?;
                        sessions::lock(conn, *id, None)?;
                    }
                    None => {
                        sessions::unlock(conn, *id)?;
                    }
                }
            }
            if restored.password_hash != now.password_hash {
                passwords += 1;
                conn.execute(
                    "UPDATE users SET password_hash = ?2 WHERE id = ?1",
                    params![id.to_string(), now.password_hash],
                )?;
            }
        }
        Ok((locks, passwords))
    }
}

/// Copies every page of `from` over `to` in one step, so the copy is the
/// database at one moment whatever the server writes meanwhile; waits while
/// another connection holds a lock.
fn copy_whole(from: &Connection, to: &mut Connection) -> Result<(), BackupError> {
    let backup = Backup::new(from, to)?;
    for _ in 0..100 {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            _ => std::thread::sleep(std::time::Duration::from_millis(50)),
        }
    }
    Err(StoreError::Worker("the database stayed busy for 5 s".into()).into())
}

/// Checks that `path` is a whole Pathway database this version can read,
/// and says what it holds.
fn contents_of(path: &Path) -> Result<Contents, BackupError> {
    let not_pathway = |why: String| BackupError::NotPathway(path.to_path_buf(), why);
    if !path.is_file() {
        return Err(BackupError::File(
            path.to_path_buf(),
            std::io::Error::from(std::io::ErrorKind::NotFound),
        ));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|e| not_pathway(e.to_string()))?;
    if check != "ok" {
        return Err(not_pathway(check));
    }
    let schema: usize = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if schema == 0 {
        return Err(not_pathway("it has none of Pathway's tables".into()));
    }
    if schema > MIGRATIONS.len() {
        return Err(BackupError::Newer(
            path.to_path_buf(),
            schema,
            MIGRATIONS.len(),
        ));
    }
    let count = |table: &str| -> Result<u64, BackupError> {
        conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| {
            row.get(0)
        })
        .map_err(|e| not_pathway(e.to_string()))
    };
    Ok(Contents {
        accounts: count("users")?,
        records: count("records")?,
        latest_change_at: conn
            .query_row("SELECT MAX(updated_at) FROM records", [], |row| row.get(0))
            .map_err(|e| not_pathway(e.to_string()))?,
        bytes: std::fs::metadata(path)
            .map_err(|e| BackupError::File(path.to_path_buf(), e))?
            .len(),
    })
}

/// Makes an empty file only this user can read, so the copy of everyone's
/// records is never readable by others, not even while it is written.
fn private_file(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map(drop)
}
