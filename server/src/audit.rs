//! The audit log: an append-only record of sign-ins, of what was done to
//! accounts, and of which member of staff opened or changed which young
//! person's records, and when (the database refuses to change or remove a
//! row).

use std::collections::BTreeSet;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use pathway_app::audit::{Access, Looked, OpenedReport};
use pathway_app::auth::{Role, User};
use pathway_app::error::ApiError;
use uuid::Uuid;

use crate::access::{may_see, visible_young_people};
use crate::args;
use crate::auth::{ClientAddress, CurrentUser};
use crate::db::{now, StoreError};
use crate::error::{AppError, Json};
use crate::store::Conn;
use crate::AppState;

/// The most openings one report may carry.
pub const MOST_OPENINGS: usize = 500;
/// How far back a phone's clock is believed: openings reported later than
/// this are kept as of this.
const OLDEST_OPENING: i64 = 30 * 24 * 60 * 60;

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
    /// A backup was put back (`username` holds the file it came from).
    DatabaseRestored,
    /// A council was added, or its settings changed (`username` holds its name).
    CouncilAdded,
    CouncilChanged,
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
            Event::DatabaseRestored => "database_restored",
            Event::CouncilAdded => "council_added",
            Event::CouncilChanged => "council_changed",
        }
    }
}

/// What the log names as the client for the command line.
pub const COMMAND_LINE: &str = "command line";

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
pub fn record<'c>(
    conn: impl Into<Conn<'c>>,
    event: Event,
    user: Option<Uuid>,
    username: &str,
    client: &str,
    actor: Option<Uuid>,
) -> Result<(), StoreError> {
    conn.into().execute(
        "INSERT INTO audit_log (at, event, user_id, username, client, actor_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        args![now(), event.as_str(), user, username, client, actor],
    )?;
    Ok(())
}

/// Notes that `actor` did `access` to `young_person`'s records at `at`.
/// `event_id` (a phone's id for an opening) keeps a report sent twice once.
pub fn record_access<'c>(
    conn: impl Into<Conn<'c>>,
    event_id: Option<&str>,
    access: Access,
    young_person: Uuid,
    actor: Uuid,
    client: &str,
    at: i64,
) -> Result<(), StoreError> {
    conn.into().execute(
        "INSERT INTO audit_log (at, event, user_id, username, client, actor_id, event_id)
         SELECT ?1, ?2, id, username, ?4, ?5, ?6 FROM users WHERE id = ?3
         ON CONFLICT DO NOTHING",
        args![at, access.as_str(), young_person, client, actor, event_id],
    )?;
    Ok(())
}

/// Who has opened or changed `young_person`'s records, newest first: staff
/// only (her own openings are not looked for).
pub fn looked_at<'c>(
    conn: impl Into<Conn<'c>>,
    young_person: Uuid,
) -> Result<Vec<Looked>, StoreError> {
    let events: Vec<String> = Access::ALL
        .iter()
        .map(|a| format!("'{}'", a.as_str()))
        .collect();
    let sql = format!(
        "SELECT a.display_name, a.role, l.event, l.at
           FROM audit_log l JOIN users a ON a.id = l.actor_id
          WHERE l.user_id = ?1 AND l.event IN ({}) AND a.role <> 'young_person'
          ORDER BY l.at DESC, l.id DESC LIMIT 500",
        events.join(", ")
    );
    conn.into()
        .query(&sql, args![young_person])?
        .iter()
        .map(|row| {
            Ok(Looked {
                by_name: row.get(0)?,
                by_role: row.parse(1, str::parse::<Role>)?,
                what: row.parse(2, str::parse::<Access>)?,
                at: row.get(3)?,
            })
        })
        .collect()
}

/// Tell the server what the signed-in member of staff opened, on this phone.
#[utoipa::path(
    post, path = "/api/me/opened", tag = "audit",
    security(("bearer" = [])),
    request_body = OpenedReport,
    responses(
        (status = 204, description = "Kept (an opening already kept, by its id, is kept once; one of a young person no longer on the list is left out)"),
        (status = 401, description = "No valid token", body = ApiError),
        (status = 404, description = "The caller is a young person: her own openings are not kept", body = ApiError),
        (status = 400, description = "Malformed JSON: `malformed_json`", body = ApiError),
        (status = 413, description = "The body is over 1 MB: `payload_too_large`", body = ApiError),
        (status = 415, description = "The body was not sent as application/json: `unsupported_media_type`", body = ApiError),
        (status = 422, description = "Too many openings at once, or not shaped as openings", body = ApiError),
    )
)]
pub async fn opened(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    ClientAddress(client): ClientAddress,
    Json(report): Json<OpenedReport>,
) -> Result<StatusCode, AppError> {
    if !user.role.is_staff() {
        return Err(AppError::NotFound);
    }
    if report.opened.len() > MOST_OPENINGS {
        return Err(AppError::InvalidInput(format!(
            "Send at most {MOST_OPENINGS} openings at a time."
        )));
    }
    state
        .db
        .call(move |conn| {
            let visible: BTreeSet<Uuid> = visible_young_people(conn, &user)?.into_iter().collect();
            let at = now();
            let tx = conn.begin()?;
            for opening in report
                .opened
                .iter()
                .filter(|o| visible.contains(&o.young_person_id) && o.what != Access::Changed)
            {
                let when = opening.at.clamp(at - OLDEST_OPENING, at);
                let id = opening.id.to_string();
                record_access(
                    *tx,
                    Some(&id),
                    opening.what,
                    opening.young_person_id,
                    user.id,
                    &client,
                    when,
                )?;
            }
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Who has opened or changed a young person's records: for her team manager.
#[utoipa::path(
    get, path = "/api/young-people/{id}/looked-at", tag = "audit",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The young person's id")),
    responses(
        (status = 200, description = "Newest first, at most 500", body = [Looked]),
        (status = 401, description = "No valid token", body = ApiError),
        (status = 404, description = "Not a young person in the caller's team, or the caller is not a team manager", body = ApiError),
    )
)]
pub async fn who_looked(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<Vec<Looked>>, AppError> {
    let young_person = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let looked = state
        .db
        .call(move |conn| {
            manager_may_see(conn, &user, young_person)?
                .then(|| looked_at(conn, young_person))
                .transpose()
        })
        .await?;
    looked.map(Json).ok_or(AppError::NotFound)
}

fn manager_may_see(conn: Conn<'_>, user: &User, young_person: Uuid) -> Result<bool, StoreError> {
    Ok(user.role == Role::TeamManager && may_see(conn, user, young_person)?)
}

/// The most recent rows, newest first.
pub fn recent<'c>(conn: impl Into<Conn<'c>>, limit: u32) -> Result<Vec<Entry>, StoreError> {
    conn.into()
        .query(
            "SELECT at, event, user_id, username, client, actor_id FROM audit_log ORDER BY id DESC LIMIT ?1",
            args![limit],
        )?
        .iter()
        .map(|row| {
            Ok(Entry {
                at: row.get(0)?,
                event: row.get(1)?,
                user_id: row.get(2)?,
                username: row.get(3)?,
                client: row.get(4)?,
                actor_id: row.get(5)?,
            })
        })
        .collect()
}
