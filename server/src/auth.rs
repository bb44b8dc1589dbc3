//! Signing in and out, and knowing who is asking.
//!
//! Passwords are argon2id hashes, checked on a blocking thread, a few at a
//! time, and only when the throttle allows a try (`throttle`); every
//! sign-in, failed, refused or not, goes to the audit log. Sessions are
//! opaque random tokens; the database holds only their SHA-256, with an
//! expiry, and signing out revokes the token.

use crate::args;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::{ConnectInfo, FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use pathway_app::auth::device::Device;
use pathway_app::auth::{LoginRequest, LoginResponse, SignedIn, SignedOutElsewhere, User};
use pathway_app::error::ApiError;
use pathway_app::language::{GenderChoice, LanguageChoice};
use rand::RngCore;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::audit::{self, Event};
use crate::db::StoreError;
use crate::error::{AppError, Json};
use crate::live::Happening;
use crate::sessions::{self, Ending, Standing};
use crate::throttle;
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

/// How a token is kept: its SHA-256, so a copy of the database holds no
/// usable token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// The person behind a request's bearer token. Extracting it answers 401
/// when the token is missing, unknown, run out or ended, saying which.
pub struct CurrentUser(pub User);

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let CurrentSession { user, .. } = CurrentSession::from_request_parts(parts, state).await?;
        Ok(CurrentUser(user))
    }
}

/// The person and the sign-in a request is made under.
pub struct CurrentSession {
    pub user: User,
    /// The sign-in's public id.
    pub id: String,
}

impl FromRequestParts<AppState> for CurrentSession {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let token = bearer_token(&parts.headers).ok_or(AppError::Unauthorized)?;
        let hash = token_hash(token);
        let limits = state.sessions;
        let standing = state
            .db
            .call(move |conn| sessions::check(conn, &hash, &limits))
            .await?;
        match standing {
            Standing::Valid { user, id } => Ok(CurrentSession { user, id }),
            Standing::Expired => Err(AppError::SessionExpired),
            Standing::Ended(Ending::Elsewhere) => Err(AppError::SignedOutElsewhere),
            Standing::Ended(Ending::Locked) => Err(AppError::AccountLocked),
            Standing::Ended(Ending::SignedOut) | Standing::Unknown => Err(AppError::Unauthorized),
        }
    }
}

pub(crate) fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let token = value.strip_prefix("Bearer ")?.trim();
    (!token.is_empty()).then_some(token)
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
        (status = 400, description = "Malformed JSON: `malformed_json`", body = ApiError),
        (status = 413, description = "The body is over 1 MB: `payload_too_large`", body = ApiError),
        (status = 415, description = "The body was not sent as application/json: `unsupported_media_type`", body = ApiError),
        (status = 422, description = "Missing or over-long fields", body = ApiError),
        (status = 403, description = "The password is right but the account is locked: `account_locked`", body = ApiError),
        (status = 429, description = "Too many tries for this username or from this address; the `Retry-After` header says how many seconds to wait", body = ApiError),
    )
)]
pub async fn login(
    State(state): State<AppState>,
    ClientAddress(client): ClientAddress,
    headers: HeaderMap,
    Json(request): Json<LoginRequest>,
) -> Result<Json<LoginResponse>, AppError> {
    if request.username.len() > MAX_CREDENTIAL_LEN || request.password.len() > MAX_CREDENTIAL_LEN {
        return Err(AppError::InvalidInput(
            "Username and password must each be under 1024 characters.".into(),
        ));
    }
    let username = request.username.trim().to_owned();
    let tried = username.clone();
    let address = client.clone();
    let (wait, found) = state
        .db
        .call(move |conn| {
            if let Some(wait) = throttle::wait(conn, &username, &address)? {
                return Ok((Some(wait), None));
            }
            let found = conn
                .query_opt(
                    "SELECT id, username, display_name, role, language, gender, gender_answered,
                            password_hash
                       FROM users WHERE username = ?1",
                    args![&username],
                )?
                .map(|row| -> Result<_, StoreError> {
                    Ok((
                        sessions::user_from_row(&row)?,
                        row.get::<Option<String>>(7)?,
                    ))
                })
                .transpose()?;
            Ok((None, found))
        })
        .await?;
    if let Some(wait) = wait {
        log_sign_in(&state, Event::SignInThrottled, None, &tried, &client).await?;
        return Err(AppError::TooManyAttempts(wait));
    }
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
            let (name, address) = (tried.clone(), client.clone());
            state
                .db
                .call(move |conn| throttle::failed(conn, &name, &address))
                .await?;
            let id = user.map(|u| u.id);
            log_sign_in(&state, Event::SignInFailed, id, &tried, &client).await?;
            tracing::info!(username = %tried, %client, "sign-in failed");
            return Err(AppError::InvalidCredentials);
        }
    };
    let name = tried.clone();
    state
        .db
        .call(move |conn| throttle::succeeded(conn, &name))
        .await?;
    let user_id = user.id;
    if state
        .db
        .call(move |conn| sessions::is_locked(conn, user_id))
        .await?
    {
        log_sign_in(&state, Event::SignInLocked, Some(user.id), &tried, &client).await?;
        return Err(AppError::SignInLocked);
    }

    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let hash = token_hash(&token);
    let device = Device::of_user_agent(
        headers
            .get(header::USER_AGENT)
            .and_then(|agent| agent.to_str().ok())
            .unwrap_or_default(),
    )
    .english();
    let limits = state.sessions;
    let (id, name) = (user.id, user.username.clone());
    state
        .db
        .call(move |conn| {
            let tx = conn.begin()?;
            sessions::create(*tx, id, &hash, &device, &limits)?;
            audit::record(*tx, Event::SignedIn, Some(id), &name, &client, None)?;
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
        .call(move |conn| audit::record(conn, event, user, &username, &client, None))
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
    let ended = state
        .db
        .call(move |conn| sessions::end_token(conn, &hash))
        .await?;
    let Some(person) = ended else {
        return Err(AppError::Unauthorized);
    };
    state.live.announce(Happening::SignInsEnded { person });
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

/// Keep the language the person chose for her screens on her account, so a
/// new phone opens in it.
#[utoipa::path(
    post, path = "/api/me/language", tag = "auth",
    security(("bearer" = [])),
    request_body = LanguageChoice,
    responses(
        (status = 204, description = "Kept"),
        (status = 401, description = "No valid token", body = ApiError),
        (status = 400, description = "Malformed JSON: `malformed_json`", body = ApiError),
        (status = 413, description = "The body is over 1 MB: `payload_too_large`", body = ApiError),
        (status = 415, description = "The body was not sent as application/json: `unsupported_media_type`", body = ApiError),
        (status = 422, description = "Not a language Pathway speaks", body = ApiError),
    )
)]
pub async fn choose_language(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Json(choice): Json<LanguageChoice>,
) -> Result<StatusCode, AppError> {
    let update = "UPDATE users SET language = ?1 WHERE id = ?2";
    keep_choice(&state, update, choice.language.code(), &user).await
}

/// Keep how the person chose to be spoken to on her account, so a new phone
/// speaks to her so.
#[utoipa::path(
    post, path = "/api/me/gender", tag = "auth",
    security(("bearer" = [])),
    request_body = GenderChoice,
    responses(
        (status = 204, description = "Kept"),
        (status = 401, description = "No valid token", body = ApiError),
        (status = 400, description = "Malformed JSON: `malformed_json`", body = ApiError),
        (status = 413, description = "The body is over 1 MB: `payload_too_large`", body = ApiError),
        (status = 415, description = "The body was not sent as application/json: `unsupported_media_type`", body = ApiError),
        (status = 422, description = "Not feminine, masculine or neutral", body = ApiError),
    )
)]
pub async fn choose_gender(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Json(choice): Json<GenderChoice>,
) -> Result<StatusCode, AppError> {
    let update = "UPDATE users SET gender = ?1, gender_answered = 1 WHERE id = ?2";
    keep_choice(&state, update, choice.gender.code(), &user).await
}

/// Keeps one of the person's own choices on her account: `update` sets it
/// to `?1` (`code`) for the person `?2`.
async fn keep_choice(
    state: &AppState,
    update: &'static str,
    code: &'static str,
    user: &User,
) -> Result<StatusCode, AppError> {
    let person = user.id.to_string();
    state
        .db
        .call(move |conn| {
            conn.execute(update, args![code, person])?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Every phone or browser the person is signed in on, the most recently
/// used first.
#[utoipa::path(
    get, path = "/api/me/sessions", tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Where the person is signed in", body = [SignedIn]),
        (status = 401, description = "No valid token", body = ApiError),
    )
)]
pub async fn my_sessions(
    State(state): State<AppState>,
    CurrentSession { user, id }: CurrentSession,
) -> Result<Json<Vec<SignedIn>>, AppError> {
    let limits = state.sessions;
    Ok(Json(
        state
            .db
            .call(move |conn| sessions::list(conn, &user, &id, &limits))
            .await?,
    ))
}

/// Signs one of the person's other phones or browsers out. That phone
/// removes everything Pathway kept on it when it next connects.
#[utoipa::path(
    post, path = "/api/me/sessions/{id}/end", tag = "auth",
    security(("bearer" = [])),
    params(("id" = String, Path, description = "A sign-in's id, from `GET /api/me/sessions`")),
    responses(
        (status = 204, description = "Signed out"),
        (status = 401, description = "No valid token", body = ApiError),
        (status = 404, description = "No sign-in of this person's has that id, or it is over", body = ApiError),
        (status = 422, description = "It is the sign-in asking: sign out instead", body = ApiError),
    )
)]
pub async fn end_session(
    State(state): State<AppState>,
    CurrentSession { user, id }: CurrentSession,
    Path(other): Path<String>,
) -> Result<StatusCode, AppError> {
    if other == id {
        return Err(AppError::InvalidInput(
            "That's the phone you're using. Use Sign out instead.".into(),
        ));
    }
    let ended = state
        .db
        .call(move |conn| sessions::end_elsewhere(conn, user.id, Some(&other), None))
        .await?;
    if ended == 0 {
        return Err(AppError::NotFound);
    }
    state
        .live
        .announce(Happening::SignInsEnded { person: user.id });
    Ok(StatusCode::NO_CONTENT)
}

/// Signs the person out everywhere but here.
#[utoipa::path(
    post, path = "/api/me/sessions/end-others", tag = "auth",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "How many were signed out", body = SignedOutElsewhere),
        (status = 401, description = "No valid token", body = ApiError),
    )
)]
pub async fn end_other_sessions(
    State(state): State<AppState>,
    CurrentSession { user, id }: CurrentSession,
) -> Result<Json<SignedOutElsewhere>, AppError> {
    let ended = state
        .db
        .call(move |conn| sessions::end_elsewhere(conn, user.id, None, Some(&id)))
        .await?;
    state
        .live
        .announce(Happening::SignInsEnded { person: user.id });
    Ok(Json(SignedOutElsewhere { ended }))
}
