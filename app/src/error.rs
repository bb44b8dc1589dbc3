//! The one shape every API error takes, so the app can show the right words.

use serde::{Deserialize, Serialize};

/// A stable, machine-readable reason an API request failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Username or password is wrong (never says which).
    InvalidCredentials,
    /// No valid sign-in token was sent, or it was signed out.
    Unauthorized,
    /// The sign-in ran out: sign in again; the phone keeps its changes.
    SessionExpired,
    /// This phone was signed out from elsewhere (a lost phone): the phone
    /// removes everything it keeps.
    SignedOutElsewhere,
    /// The thing does not exist, or the caller may not see it.
    NotFound,
    /// The body is not valid JSON.
    MalformedJson,
    /// The body is JSON but not the expected shape, or a value is not allowed.
    InvalidInput,
    /// The body was not sent as `application/json`.
    UnsupportedMediaType,
    /// The body is larger than the server accepts.
    PayloadTooLarge,
    /// The app is older than the server: reload it (nothing is lost).
    ReloadNeeded,
    /// Something went wrong on the server; details are in its log.
    Internal,
}

impl ErrorCode {
    /// Whether this answer ends the sign-in on the phone that sent it.
    pub fn ends_session(self) -> bool {
        matches!(
            self,
            ErrorCode::Unauthorized | ErrorCode::SessionExpired | ErrorCode::SignedOutElsewhere
        )
    }

    /// Whether the phone must remove everything it keeps, unsent changes
    /// included: only when the phone may be in the wrong hands.
    pub fn wipes_phone(self) -> bool {
        self == ErrorCode::SignedOutElsewhere
    }
}

/// The JSON body of every failed API request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiError {
    /// What went wrong, for the app to act on.
    pub error: ErrorCode,
    /// What went wrong, in words a person can read.
    pub message: String,
}
