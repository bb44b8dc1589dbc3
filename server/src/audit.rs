//! The audit log: an append-only record of sign-ins and of what was done
//! to accounts (the database refuses to change or remove a row).

use rusqlite::{params, Connection};
use uuid::Uuid;

use crate::db::{now, StoreError};

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    SignedIn,
    /// A wrong password, or a username no one has.
    SignInFailed,
    /// Refused without checking the password: too many tries.
    SignInThrottled,
    /// The right password for a locked account.
    SignInLocked,
    AccountLocked,
    AccountUnlocked,
    PasswordReset,
}

impl Event {
    pub fn as_str(self) -> &'static str {
        match self {
            Event::SignedIn => "signed_in",
            Event::SignInFailed => "sign_in_failed",
            Event::SignInThrottled => "sign_in_throttled",
            Event::SignInLocked => "sign_in_locked",
            Event::AccountLocked => "account_locked",
            Event::AccountUnlocked => "account_unlocked",
            Event::PasswordReset => "password_reset",
        }
    }
}

/// One row of the log, as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: i64,
    pub event: String,
    pub user_id: Option<Uuid>,
    pub username: String,
    pub client: String,
    /// Who did it, when it was done to someone else's account.
    pub actor_id: Option<Uuid>,
}

/// Adds a row: `event` happened to `user` (named `username`), from
/// `client`, done by `actor` when that is someone else.
pub fn record(
    conn: &Connection,
    event: Event,
    user: Option<Uuid>,
    username: &str,
    client: &str,
    actor: Option<Uuid>,
) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO audit_log (at, event, user_id, username, client, actor_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        now(),
        event.as_str(),
        user.map(|id| id.to_string()),
        username,
        client,
        actor.map(|id| id.to_string())
    ])?;
    Ok(())
}

/// The most recent rows, newest first.
pub fn recent(conn: &Connection, limit: u32) -> Result<Vec<Entry>, StoreError> {
    let mut statement = conn.prepare_cached(
        "SELECT at, event, user_id, username, client, actor_id FROM audit_log ORDER BY id DESC LIMIT ?1",
    )?;
    let rows = statement.query_map([limit], |row| {
        let id = |text: Option<String>| text.and_then(|id| Uuid::parse_str(&id).ok());
        Ok(Entry {
            at: row.get(0)?,
            event: row.get(1)?,
            user_id: id(row.get(2)?),
            username: row.get(3)?,
            client: row.get(4)?,
            actor_id: id(row.get(5)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
