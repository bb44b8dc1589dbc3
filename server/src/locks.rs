//! Locking an account, for a lost or stolen phone: every sign-in ends, each
//! phone removes what Pathway kept on it when it next connects, and the
//! account cannot sign in until it is unlocked. A team manager locks the
//! accounts in her team (her young people and her advisers); the command
//! line can lock any.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use pathway_app::auth::{Role, TeamMember, User};
use pathway_app::error::ApiError;
use uuid::Uuid;

use crate::access::may_see;
use crate::args;
use crate::audit::{self, Event};
use crate::auth::{ClientAddress, CurrentUser};
use crate::db::StoreError;
use crate::error::{AppError, Json};
use crate::live::Happening;
use crate::sessions;
use crate::store::Conn;
use crate::AppState;

/// The advisers in the caller's team, for a team manager to lock; anyone
/// else is told there is no such list.
#[utoipa::path(
    get, path = "/api/team", tag = "accounts",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The advisers in the manager's team, by name", body = [TeamMember]),
        (status = 401, description = "No valid token", body = ApiError),
        (status = 404, description = "Only a team manager has a team to lock", body = ApiError),
    )
)]
pub async fn team(
    State(state): State<AppState>,
    CurrentUser(manager): CurrentUser,
) -> Result<Json<Vec<TeamMember>>, AppError> {
    if manager.role != Role::TeamManager {
        return Err(AppError::NotFound);
    }
    let advisers = state
        .db
        .call(move |conn| {
            conn.query(
                "SELECT a.id, a.display_name, a.locked_at IS NOT NULL
                       FROM users a JOIN users m ON a.team_id = m.team_id
                      WHERE m.id = ?1 AND a.role = 'personal_adviser'
                      ORDER BY a.display_name",
                args![manager.id],
            )?
            .iter()
            .map(|row| {
                Ok(TeamMember {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    locked: row.get(2)?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()
        })
        .await?;
    Ok(Json(advisers))
}

/// The username of an account `manager` may lock, if it is one.
fn lockable(conn: Conn<'_>, manager: &User, account: Uuid) -> Result<Option<String>, StoreError> {
    if manager.role != Role::TeamManager || manager.id == account {
        return Ok(None);
    }
    let found: Option<(String, String)> = conn
        .query_opt(
            "SELECT username, role FROM users WHERE id = ?1",
            args![account],
        )?
        .map(|row| Ok::<_, StoreError>((row.get(0)?, row.get(1)?)))
        .transpose()?;
    let Some((username, role)) = found else {
        return Ok(None);
    };
    let in_team = match role.as_str() {
        "young_person" => may_see(conn, manager, account)?,
        "personal_adviser" => conn
            .query_opt(
                "SELECT 1 FROM users a, users m
                  WHERE a.id = ?1 AND m.id = ?2 AND a.team_id = m.team_id",
                args![account, manager.id],
            )?
            .is_some(),
        _ => false,
    };
    Ok(in_team.then_some(username))
}

/// Lock an account in the manager's team.
#[utoipa::path(
    post, path = "/api/accounts/{id}/lock", tag = "accounts",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "A young person's or adviser's id")),
    responses(
        (status = 204, description = "Locked: every sign-in ended; each phone removes what it kept"),
        (status = 401, description = "No valid token", body = ApiError),
        (status = 404, description = "Not an account in the manager's team", body = ApiError),
    )
)]
pub async fn lock(
    State(state): State<AppState>,
    CurrentUser(manager): CurrentUser,
    ClientAddress(client): ClientAddress,
    Path(account): Path<String>,
) -> Result<StatusCode, AppError> {
    change(state, manager, client, &account, Event::AccountLocked).await
}

/// Unlock an account in the manager's team.
#[utoipa::path(
    post, path = "/api/accounts/{id}/unlock", tag = "accounts",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "A young person's or adviser's id")),
    responses(
        (status = 204, description = "Unlocked: it can sign in again"),
        (status = 401, description = "No valid token", body = ApiError),
        (status = 404, description = "Not an account in the manager's team", body = ApiError),
    )
)]
pub async fn unlock(
    State(state): State<AppState>,
    CurrentUser(manager): CurrentUser,
    ClientAddress(client): ClientAddress,
    Path(account): Path<String>,
) -> Result<StatusCode, AppError> {
    change(state, manager, client, &account, Event::AccountUnlocked).await
}

async fn change(
    state: AppState,
    manager: User,
    client: String,
    account: &str,
    event: Event,
) -> Result<StatusCode, AppError> {
    let account = Uuid::parse_str(account).map_err(|_| AppError::NotFound)?;
    let done = state
        .db
        .clone()
        .call(move |conn| {
            let tx = conn.begin()?;
            let Some(username) = lockable(*tx, &manager, account)? else {
                return Ok(false);
            };
            if event == Event::AccountLocked {
                sessions::lock(*tx, account, Some(manager.id))?;
            } else {
                sessions::unlock(*tx, account)?;
            }
            audit::record(
                *tx,
                event,
                Some(account),
                &username,
                &client,
                Some(manager.id),
            )?;
            tx.commit()?;
            Ok(true)
        })
        .await?;
    if done {
        state
            .live
            .announce(Happening::SignInsEnded { person: account });
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::NotFound)
    }
}
