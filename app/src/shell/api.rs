//! Talking to Pathway's server: JSON over `fetch`, with every failure sorted
//! into what the app does about it.

use crate::error::{ApiError, ErrorCode};
use crate::tr;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, Request, RequestCache, RequestInit, Response};

/// Why a request did not give an answer the app can use.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiFailure {
    /// No connection (or the server is unreachable): keep what is saved.
    Offline,
    /// The sign-in has ended, and the server's answer says how: ask the
    /// person to sign in again (and, for some answers, remove everything
    /// the phone keeps; see `ErrorCode::wipes_phone`).
    SignedOut(ApiError),
    /// The server said no, with its reason.
    Refused(ApiError),
    /// The answer made no sense; a bug somewhere.
    Broken(String),
}

impl ApiFailure {
    /// Words for a person reading the screen.
    /// The server's reasons are in English; those a young person meets
    /// are said in her language, and the rest as the server put them.
    pub fn message(&self) -> String {
        match self {
            ApiFailure::Offline => tr!("failure-offline").to_owned(),
            ApiFailure::SignedOut(error) | ApiFailure::Refused(error) => match error.error {
                ErrorCode::InvalidCredentials => tr!("failure-wrong-password").to_owned(),
                ErrorCode::SessionExpired | ErrorCode::Unauthorized => {
                    tr!("failure-sign-in-again").to_owned()
                }
                ErrorCode::AccountLocked => tr!("failure-account-locked").to_owned(),
                ErrorCode::DailyLimit => tr!("failure-daily-limit").to_owned(),
                ErrorCode::ReloadNeeded => tr!("sync-reload-needed").to_owned(),
                ErrorCode::Internal => tr!("failure-broken").to_owned(),
                _ => error.message.clone(),
            },
            ApiFailure::Broken(_) => tr!("failure-broken").to_owned(),
        }
    }
}

/// `GET path` as the signed-in person.
pub async fn get<T: DeserializeOwned>(path: &str, token: &str) -> Result<T, ApiFailure> {
    parse(&get_text(path, token).await?)
}

/// `GET path` as the signed-in person, as the text the server sent.
pub async fn get_text(path: &str, token: &str) -> Result<String, ApiFailure> {
    send("GET", path, None, Some(token)).await
}

/// `POST path` with a JSON body; `token` is `None` only for signing in.
pub async fn post<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
    token: Option<&str>,
) -> Result<T, ApiFailure> {
    let body = serde_json::to_string(body).map_err(|_| unwritable())?;
    let text = send("POST", path, Some(body), token).await?;
    parse(&text)
}

/// `POST path` with a JSON body and no answer expected.
pub async fn post_only<B: Serialize>(path: &str, body: &B, token: &str) -> Result<(), ApiFailure> {
    post_written(path, serde_json::to_string(body), token).await
}

/// `POST path` with a body already written as JSON (`serde_json::to_string`),
/// and no answer expected: one copy of the sending for every kind of body.
pub async fn post_written(
    path: &str,
    body: serde_json::Result<String>,
    token: &str,
) -> Result<(), ApiFailure> {
    let body = body.map_err(|_| unwritable())?;
    send("POST", path, Some(body), Some(token)).await.map(drop)
}

/// `POST path` with no body and no answer expected.
pub async fn post_empty(path: &str, token: &str) -> Result<(), ApiFailure> {
    send("POST", path, None, Some(token)).await.map(drop)
}

/// Reads an answer's text as `T`. Serde's words for what was wrong are
/// not kept, here or in [`unwritable`]: no one reads them (the person is
/// told something broke), and writing them out brought serde_json's
/// messages to her first visit.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ApiFailure> {
    serde_json::from_str(text)
        .map_err(|_| ApiFailure::Broken("an answer not in the shape expected".into()))
}

fn unwritable() -> ApiFailure {
    ApiFailure::Broken("a request that could not be written".into())
}

fn broken(value: JsValue) -> ApiFailure {
    ApiFailure::Broken(super::thrown(&value))
}

async fn send(
    method: &str,
    path: &str,
    body: Option<String>,
    token: Option<&str>,
) -> Result<String, ApiFailure> {
    let headers = Headers::new().map_err(broken)?;
    headers.set("Accept", "application/json").map_err(broken)?;
    if let Some(token) = token {
        headers
            .set("Authorization", &format!("Bearer {token}"))
            .map_err(broken)?;
    }
    let init = RequestInit::new();
    init.set_method(method);
    // Nothing personal should sit in the browser's HTTP cache.
    init.set_cache(RequestCache::NoStore);
    if let Some(body) = body {
        headers
            .set("Content-Type", "application/json")
            .map_err(broken)?;
        init.set_body(&JsValue::from_str(&body));
    }
    init.set_headers(&headers);
    let request = Request::new_with_str_and_init(path, &init).map_err(broken)?;
    let window = web_sys::window().ok_or_else(|| ApiFailure::Broken("no window".into()))?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(|_| ApiFailure::Offline)?
        .dyn_into()
        .map_err(broken)?;
    let text = JsFuture::from(response.text().map_err(broken)?)
        .await
        .map_err(|_| ApiFailure::Offline)?
        .as_string()
        .unwrap_or_default();
    let status = response.status();
    if (200..300).contains(&status) {
        return Ok(text);
    }
    let error: Option<ApiError> = serde_json::from_str(&text).ok();
    match error {
        Some(error) if error.error.ends_session() => Err(ApiFailure::SignedOut(error)),
        Some(error) => Err(ApiFailure::Refused(error)),
        // A gateway or proxy answering for an unreachable server.
        None if status == 502 || status == 503 || status == 504 => Err(ApiFailure::Offline),
        None => Err(ApiFailure::Broken(format!("HTTP {status}"))),
    }
}
