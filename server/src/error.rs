//! The one error type every handler returns, and the one place it becomes an
//! HTTP response. Internal details are logged, never sent.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use pathway_app::error::{ApiError, ErrorCode};
use serde::de::DeserializeOwned;

use crate::db::StoreError;

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("That username and password don't match. Check them and try again.")]
    InvalidCredentials,
    #[error("Please sign in.")]
    Unauthorized,
    #[error("Your sign-in has run out. Please sign in again.")]
    SessionExpired,
    #[error("This phone was signed out from elsewhere. Please sign in again.")]
    SignedOutElsewhere,
    /// A request under a sign-in that ended when the account was locked.
    #[error("This account has been locked. Contact your team to unlock it.")]
    AccountLocked,
    /// The right password for a locked account.
    #[error("This account is locked, so it can't sign in. Contact your team to unlock it.")]
    SignInLocked,
    #[error("Not found.")]
    NotFound,
    #[error("{0}")]
    NotForYourRole(&'static str),
    #[error("The request body is not valid JSON: {0}")]
    MalformedJson(String),
    #[error("{0}")]
    InvalidInput(String),
    #[error("Send the request body as application/json.")]
    UnsupportedMediaType,
    #[error("The request body is too large.")]
    PayloadTooLarge,
    #[error("Pathway has been updated. Reload the page to carry on: your changes are kept.")]
    ReloadNeeded,
    #[error("Too many tries. To keep the account safe, you can try again in {}.", in_minutes(*.0))]
    TooManyAttempts(std::time::Duration),
    #[error("Pathway has had a lot of changes from you today, so the rest will be sent tomorrow. They're saved on this phone.")]
    DailyLimit(std::time::Duration),
    #[error("Something went wrong on our side. Please try again.")]
    Internal(#[from] StoreError),
}

impl AppError {
    fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        match self {
            AppError::InvalidCredentials => {
                (StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials)
            }
            AppError::Unauthorized => (StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized),
            AppError::SessionExpired => (StatusCode::UNAUTHORIZED, ErrorCode::SessionExpired),
            AppError::SignedOutElsewhere => {
                (StatusCode::UNAUTHORIZED, ErrorCode::SignedOutElsewhere)
            }
            AppError::AccountLocked => (StatusCode::UNAUTHORIZED, ErrorCode::AccountLocked),
            AppError::SignInLocked => (StatusCode::FORBIDDEN, ErrorCode::AccountLocked),
            AppError::NotFound => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            AppError::NotForYourRole(_) => (StatusCode::FORBIDDEN, ErrorCode::NotForYourRole),
            AppError::MalformedJson(_) => (StatusCode::BAD_REQUEST, ErrorCode::MalformedJson),
            AppError::InvalidInput(_) => {
                (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput)
            }
            AppError::UnsupportedMediaType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::UnsupportedMediaType,
            ),
            AppError::PayloadTooLarge => {
                (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge)
            }
            AppError::ReloadNeeded => (StatusCode::CONFLICT, ErrorCode::ReloadNeeded),
            AppError::TooManyAttempts(_) => {
                (StatusCode::TOO_MANY_REQUESTS, ErrorCode::TooManyAttempts)
            }
            AppError::DailyLimit(_) => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::DailyLimit),
            AppError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        if let AppError::Internal(cause) = &self {
            tracing::error!(error = %cause, "request failed");
        }
        let (status, error) = self.status_and_code();
        let body = ApiError {
            error,
            message: self.to_string(),
        };
        let mut response = (status, axum::Json(body)).into_response();
        if let AppError::TooManyAttempts(wait) | AppError::DailyLimit(wait) = self {
            // Whole seconds, rounded up, so a client never retries early.
            let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// A wait in words: "1 minute", "12 minutes".
fn in_minutes(wait: std::time::Duration) -> String {
    match wait.as_secs().div_ceil(60).max(1) {
        1 => "1 minute".into(),
        n => format!("{n} minutes"),
    }
}

impl From<JsonRejection> for AppError {
    fn from(rejection: JsonRejection) -> Self {
        match rejection {
            JsonRejection::JsonSyntaxError(e) => AppError::MalformedJson(e.body_text()),
            JsonRejection::JsonDataError(e) => AppError::InvalidInput(e.body_text()),
            JsonRejection::MissingJsonContentType(_) => AppError::UnsupportedMediaType,
            other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => AppError::PayloadTooLarge,
            other => AppError::MalformedJson(other.body_text()),
        }
    }
}

/// A JSON body whose rejection is an [`AppError`], so a bad body gets the same
/// error shape as everything else.
pub struct Json<T>(pub T);

impl<S, T> FromRequest<S> for Json<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let axum::Json(value) = axum::Json::<T>::from_request(req, state).await?;
        Ok(Json(value))
    }
}

/// Query parameters whose rejection is an [`AppError`].
pub struct Query<T>(pub T);

impl<S, T> FromRequestParts<S> for Query<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let axum::extract::Query(value) =
            axum::extract::Query::<T>::from_request_parts(parts, state)
                .await
                .map_err(|rejection| AppError::InvalidInput(rejection.body_text()))?;
        Ok(Query(value))
    }
}

/// The answer to an `/api` path that names no endpoint.
pub async fn no_such_endpoint() -> AppError {
    AppError::NotFound
}

impl<T: serde::Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}
