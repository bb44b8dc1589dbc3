//! Signing in and out, and knowing who is asking.
//!
//! Passwords are argon2id hashes, checked on a blocking thread, a few at a
//! time, and only when the throttle allows a try (`throttle`); every
//! sign-in, failed, refused or not, goes to the audit log. Sessions are
//! opaque random tokens; the database holds only their SHA-256, with an
//! expiry, and signing out revokes the token.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use pathway_app::auth::{LoginRequest, LoginResponse, Role, User};
use pathway_app::error::ApiError;
use rand::RngCore;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::db::{column, now, StoreError};
use crate::error::{AppError, Json};
use crate::AppState;

/// Longest username or password accepted; longer is refused before hashing.
const MAX_CREDENTIAL_LEN: usize = 1024;

/// Hashes a password with argon2id and a fresh salt. Slow on purpose: call
/// it from a blocking thread.
pub fn hash_password(password: &str) -> Result<String, StoreError> {
    let mut random = [0u8; 16];
    rand::rng().fill_bytes(&mut random);
    let salt = SaltString::encode_b64(&random).map_err(|e| StoreError::Hashing(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| StoreError::Hashing(e.to_string()))
}

fn password_matches(stored: &str, password: &str) -> bool {
    PasswordHash::new(stored)
        .map(|hash| {
            Argon2::default()
                .verify_password(password.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The person behind a request's bearer token. Extracting it answers 401
/// when the token is missing, unknown, expired or revoked.
pub struct CurrentUser(pub User);

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let token = bearer_token(&parts.headers).ok_or(AppError::Unauthorized)?;
        let hash = token_hash(token);
        let found = state
            .db
            .call(move |conn| session_for_token(conn, &hash))
            .await?;
        let Some(found) = found else {
            return Err(AppError::Unauthorized);
        };
        match found.ended {
            Some(Ending::Elsewhere) => Err(AppError::SignedOutElsewhere),
            Some(Ending::SignedOut) => Err(AppError::Unauthorized),
            None if found.expires_at <= now() => Err(AppError::SessionExpired),
            None => Ok(CurrentUser(found.user)),
        }
    }
}

/// How a session ended, as stored in `sessions.ended_reason`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// Signed out on the phone that held it.
    SignedOut,
    /// Signed out from elsewhere (every phone of hers): the phone wipes.
    Elsewhere,
}

impl Ending {
    fn as_str(self) -> &'static str {
        match self {
            Ending::SignedOut => "signed_out",
            Ending::Elsewhere => "signed_out_elsewhere",
        }
    }
}

struct FoundSession {
    user: User,
    expires_at: i64,
    ended: Option<Ending>,
}

fn session_for_token(conn: &Connection, hash: &str) -> Result<Option<FoundSession>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT u.id, u.username, u.display_name, u.role, s.expires_at, s.revoked_at, s.ended_reason
               FROM sessions s JOIN users u ON u.id = s.user_id
              WHERE s.token_hash = ?1",
            params![hash],
            |row| {
                let revoked: Option<i64> = row.get(5)?;
                let reason: Option<String> = row.get(6)?;
                let ended = revoked.map(|_| match reason.as_deref() {
                    Some("signed_out_elsewhere") => Ending::Elsewhere,
                    _ => Ending::SignedOut,
                });
                Ok(FoundSession {
                    user: user_from_row(row)?,
                    expires_at: row.get(4)?,
                    ended,
                })
            },
        )
        .optional()?)
}

/// Signs `username` out of every phone at once (for a lost phone): each
/// phone is told so at its next request and removes everything it keeps.
/// Returns how many sign-ins were ended, or `None` if no one has that
/// username.
pub fn sign_out_everywhere(conn: &Connection, username: &str) -> Result<Option<usize>, StoreError> {
    let at = now();
    let user: Option<String> = conn
        .query_row(
            "SELECT id FROM users WHERE username = ?1",
            [username],
            |row| row.get(0),
        )
        .optional()?;
    let Some(user) = user else {
        return Ok(None);
    };
    let ended = conn.execute(
        "UPDATE sessions SET revoked_at = ?2, ended_reason = ?3
          WHERE user_id = ?1 AND revoked_at IS NULL AND expires_at > ?2",
        params![user, at, Ending::Elsewhere.as_str()],
    )?;
    Ok(Some(ended))
}

fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ")?.trim();
    (!token.is_empty()).then_some(token)
}

/// Reads `id, username, display_name, role` from the start of a row.
fn user_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        id: column(row, 0, Uuid::parse_str)?,
        username: row.get(1)?,
        display_name: row.get(2)?,
        role: column(row, 3, str::parse::<Role>)?,
    })
}

/// Where a request came from: the address a trusted proxy passed on, or the
/// connection's own.
pub struct ClientAddress(pub String);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let forwarded = state.client_address_header.as_ref().and_then(|name| {
            let value = parts.headers.get(name)?.to_str().ok()?;
            let last = value.rsplit(',').next()?.trim();
            (!last.is_empty()).then(|| last.to_owned())
        });
        let connected = || {
            parts
                .extensions
                .get::<ConnectInfo<std::net::SocketAddr>>()
                .map(|ConnectInfo(addr)| addr.ip().to_string())
        };
        Ok(ClientAddress(
            forwarded
                .or_else(connected)
                .unwrap_or_else(|| "unknown".into()),
        ))
    }
}

/// Sign in with a username and password.
#[utoipa::path(
    post, path = "/api/auth/login", tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = LoginResponse),
        (status = 401, description = "Username and password don't match", body = ApiError),
        (status = 400, description = "Malformed JSON", body = ApiError),
        (status = 422, description = "Missing or over-long fields", body = ApiError),
        (status = 429, description = "Too many tries for this username or from this address; the `Retry-After` header says how many seconds to wait", body = ApiError),
    )
)]
pub async fn login(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    Json(request): Json<LoginRequest>,
) -> Result<Json<LoginResponse>, AppError> {
    if request.username.len() > MAX_CREDENTIAL_LEN || request.password.len() > MAX_CREDENTIAL_LEN {
        return Err(AppError::InvalidInput(
            "Username and password must each be under 1024 characters.".into(),
        ));
    }
    let username = request.username.trim().to_owned();
    if let Some(wait) = state.throttle.wait(&username, &client) {
        log_sign_in(&state, Event::SignInThrottled, None, &username, &client).await?;
        return Err(AppError::TooManyAttempts(wait));
    }
    let tried = username.clone();
    let found = state
        .db
        .call(move |conn| {
            conn.query_row(
                "SELECT id, username, display_name, role, password_hash FROM users WHERE username = ?1",
                [&username],
                |row| Ok((user_from_row(row)?, row.get::<_, Option<String>>(4)?)),
            )
            .optional()
            .map_err(StoreError::from)
        })
        .await?;
    // Someone unknown costs the same hashing work as someone known, so the
    // answer's timing does not tell whether a username exists.
    let (user, stored_hash) = match found {
        Some((user, Some(hash))) => (Some(user), hash),
        _ => (None, state.decoy_hash.to_string()),
    };
    let password = request.password;
    let matches = {
        let _turn = state
            .hashing
            .acquire()
            .await
            .map_err(|e| StoreError::Worker(e.to_string()))?;
        tokio::task::spawn_blocking(move || password_matches(&stored_hash, &password))
            .await
            .map_err(|e| StoreError::Worker(e.to_string()))?
    };
    let user = match (user, matches) {
        (Some(user), true) => user,
        (user, _) => {
            state.throttle.failed(&tried, &client);
            let id = user.map(|u| u.id);
            log_sign_in(&state, Event::SignInFailed, id, &tried, &client).await?;
            tracing::info!(username = %tried, %client, "sign-in failed");
            return Err(AppError::InvalidCredentials);
        }
    };
    state.throttle.succeeded(&tried);

    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let hash = token_hash(&token);
    let user_id = user.id.to_string();
    let lifetime = i64::from(state.session_days) * 24 * 60 * 60;
    let (id, name) = (user.id, user.username.clone());
    state
        .db
        .call(move |conn| {
            let at = now();
            let tx = conn.transaction()?;
            tx.execute(
                "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
                params![hash, user_id, at, at + lifetime],
            )?;
            audit::record(&tx, Event::SignedIn, Some(id), &name, &client)?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    tracing::info!(user = %user.username, "signed in");
    Ok(Json(LoginResponse { token, user }))
}

async fn log_sign_in(
    state: &AppState,
    event: Event,
    user: Option<Uuid>,
    username: &str,
    client: &str,
) -> Result<(), AppError> {
    let (username, client) = (username.to_owned(), client.to_owned());
    Ok(state
        .db
        .call(move |conn| audit::record(conn, event, user, &username, &client))
        .await?)
}

/// Sign out: the token stops working at once, everywhere.
#[utoipa::path(
    post, path = "/api/auth/logout", tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 204, description = "Signed out"),
        (status = 401, description = "No valid token: `unauthorized`, `session_expired` or `signed_out_elsewhere`", body = ApiError),
    )
)]
pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<StatusCode, AppError> {
    let token = bearer_token(&headers).ok_or(AppError::Unauthorized)?;
    let hash = token_hash(token);
    let revoked = state
        .db
        .call(move |conn| {
            let at = now();
            Ok(conn.execute(
                "UPDATE sessions SET revoked_at = ?2, ended_reason = ?3
                  WHERE token_hash = ?1 AND revoked_at IS NULL AND expires_at > ?2",
                params![hash, at, Ending::SignedOut.as_str()],
            )?)
        })
        .await?;
    if revoked == 0 {
        return Err(AppError::Unauthorized);
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Who the token belongs to.
#[utoipa::path(
    get, path = "/api/me", tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The signed-in person", body = User),
        (status = 401, description = "No valid token", body = ApiError),
    )
)]
pub async fn me(CurrentUser(user): CurrentUser) -> Json<User> {
    Json(user)
}
