//! The one shape every API error takes, so the app can show the right words.

use pathway_derive::ReadObject;
use serde::{Deserialize, Deserializer, Serialize};

use crate::named::{self, Named};

/// A stable, machine-readable reason an API request failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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
    /// The caller's role may not do this (a young person asking for a
    /// staff report, say).
    NotForYourRole,
    /// The body is not valid JSON.
    MalformedJson,
    /// The body is JSON but not the expected shape, or a value is not allowed.
    InvalidInput,
    /// The body was not sent as `application/json`.
    UnsupportedMediaType,
    /// The body is larger than the server accepts.
    PayloadTooLarge,
    /// The account is locked (a phone was lost): no sign-in; a phone whose
    /// sign-in ended this way removes everything it keeps.
    AccountLocked,
    /// Too many sign-in tries for this username or from this address:
    /// wait (the `Retry-After` header says how long), then try again.
    TooManyAttempts,
    /// Today's allowance of changes is used up: the phone keeps them and
    /// sends them after the `Retry-After` wait.
    DailyLimit,
    /// The app is older than the server: reload it (nothing is lost).
    ReloadNeeded,
    /// Something went wrong on the server; details are in its log.
    Internal,
    /// A code from a newer server that this app does not know yet: its
    /// message still says what happened.
    Other,
}

impl Named for ErrorCode {
    const ALL: &'static [ErrorCode] = &[
        ErrorCode::InvalidCredentials,
        ErrorCode::Unauthorized,
        ErrorCode::SessionExpired,
        ErrorCode::SignedOutElsewhere,
        ErrorCode::NotFound,
        ErrorCode::NotForYourRole,
        ErrorCode::MalformedJson,
        ErrorCode::InvalidInput,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::PayloadTooLarge,
        ErrorCode::AccountLocked,
        ErrorCode::TooManyAttempts,
        ErrorCode::DailyLimit,
        ErrorCode::ReloadNeeded,
        ErrorCode::Internal,
        ErrorCode::Other,
    ];

    fn name(self) -> &'static str {
        match self {
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::SessionExpired => "session_expired",
            ErrorCode::SignedOutElsewhere => "signed_out_elsewhere",
            ErrorCode::NotFound => "not_found",
            ErrorCode::NotForYourRole => "not_for_your_role",
            ErrorCode::MalformedJson => "malformed_json",
            ErrorCode::InvalidInput => "invalid_input",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::AccountLocked => "account_locked",
            ErrorCode::TooManyAttempts => "too_many_attempts",
            ErrorCode::DailyLimit => "daily_limit",
            ErrorCode::ReloadNeeded => "reload_needed",
            ErrorCode::Internal => "internal",
            ErrorCode::Other => "other",
        }
    }
}

impl<'de> Deserialize<'de> for ErrorCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        named::read_or(deserializer, ErrorCode::Other)
    }
}

impl ErrorCode {
    /// Whether this answer ends the sign-in on the phone that sent it.
    pub fn ends_session(self) -> bool {
        matches!(
            self,
            ErrorCode::Unauthorized
                | ErrorCode::SessionExpired
                | ErrorCode::SignedOutElsewhere
                | ErrorCode::AccountLocked
        )
    }

    /// Whether the phone must remove everything it keeps, unsent changes
    /// included: only when the phone may be in the wrong hands.
    pub fn wipes_phone(self) -> bool {
        matches!(
            self,
            ErrorCode::SignedOutElsewhere | ErrorCode::AccountLocked
        )
    }
}

/// The JSON body of every failed API request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiError {
    /// What went wrong, for the app to act on.
    pub error: ErrorCode,
    /// What went wrong, in words a person can read.
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_code_from_a_newer_server_still_brings_its_message() -> Result<(), serde_json::Error>
    {
        let error: ApiError =
            serde_json::from_str(r#"{"error":"something_new","message":"Try again tomorrow."}"#)?;
        assert_eq!(error.error, ErrorCode::Other);
        assert_eq!(error.message, "Try again tomorrow.");
        Ok(())
    }
}
