//! Serving the built app: precompressed files, cache headers that let the
//! service worker and browsers keep hashed files forever, each new file
//! compressed against the build a phone already has (`docs/updates.md`),
//! and a single-page fallback that answers only extension-less paths, so a
//! missing `.js` or `.wasm` is a 404 rather than HTML under a script's name.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use base64::Engine;
use pathway_app::dist::{is_hashed, kin, DICTIONARY_DIR};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// The request header naming, by its SHA-256, the dictionary the phone
/// holds for the file it asks for.
const AVAILABLE_DICTIONARY: HeaderName = HeaderName::from_static("available-dictionary");
/// The answer header that tells the phone to keep a file as a dictionary
/// for every later build of it.
const USE_AS_DICTIONARY: HeaderName = HeaderName::from_static("use-as-dictionary");

fn has_extension(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|name| name.contains('.'))
}

/// The router that serves `dist` as the app.
pub fn router(dist: &Path) -> Router {
    let index = dist.join("index.html");
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(axum::routing::any(move |request: Request| {
            spa_fallback(index.clone(), request)
        }));
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn_with_state(
            Arc::new(dist.to_path_buf()),
            compressed_against_dictionary,
        ))
        .layer(middleware::from_fn(cache_headers))
}

async fn spa_fallback(index: PathBuf, request: Request) -> Response {
    if has_extension(request.uri().path()) {
        return (StatusCode::NOT_FOUND, "Not found").into_response();
    }
    match ServeFile::new(index)
        .precompressed_br()
        .precompressed_gzip()
        .oneshot(request)
        .await
    {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    }
}

/// Answers a phone that holds an earlier build's file with this build's
/// compressed against it (`dcz`), where the build made one; anything else,
/// including a dictionary this server does not know, or a phone that could
/// not decode it and asks again `?whole`, gets the file as usual. The
/// folder of compressed files is never served by its own path.
async fn compressed_against_dictionary(
    State(dist): State<Arc<PathBuf>>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    if path.trim_start_matches('/').split('/').next() == Some(DICTIONARY_DIR) {
        return (StatusCode::NOT_FOUND, "Not found").into_response();
    }
    let whole = request.uri().query() == Some("whole");
    if let Some(file) =
        compressed_file(&dist, request.method(), path, request.headers()).filter(|_| !whole)
    {
        match tokio::fs::read(&file).await {
            Ok(body) => {
                let content_type = mime_guess::from_path(path).first_or_octet_stream();
                let mut response = Response::new(Body::from(body));
                let headers = response.headers_mut();
                if let Ok(value) = HeaderValue::from_str(content_type.essence_str()) {
                    headers.insert(header::CONTENT_TYPE, value);
                }
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("dcz"));
                headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
                return response;
            }
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => {
                tracing::warn!(file = %file.display(), %error, "a compressed file could not be read");
            }
        }
    }
    next.run(request).await
}

/// Where the build put `path` compressed against the dictionary the phone
/// names, if the request can take it: a whole file, by a phone that
/// accepts `dcz`, of a hashed name with nothing in it but plain names.
fn compressed_file(
    dist: &Path,
    method: &Method,
    path: &str,
    headers: &HeaderMap,
) -> Option<PathBuf> {
    if (method != Method::GET && method != Method::HEAD)
        || headers.contains_key(header::RANGE)
        || !is_hashed(path)
        || !accepts_dcz(headers)
    {
        return None;
    }
    let relative = path.strip_prefix('/')?;
    let plain = relative.split('/').all(|part| {
        !part.is_empty()
            && !part.starts_with('.')
            && part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    });
    if !plain {
        return None;
    }
    let hash = dictionary_hash(headers.get(AVAILABLE_DICTIONARY)?)?;
    Some(dist.join(DICTIONARY_DIR).join(hash).join(relative))
}

fn accepts_dcz(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|coding| {
            coding
                .split(';')
                .next()
                .is_some_and(|name| name.trim().eq_ignore_ascii_case("dcz"))
        })
}

/// The dictionary's SHA-256 in hex, from the header's byte sequence
/// (`:base64:`); `None` unless it is one.
fn dictionary_hash(value: &HeaderValue) -> Option<String> {
    let text = value.to_str().ok()?.trim();
    let encoded = text.strip_prefix(':')?.strip_suffix(':')?;
    let digest = base64::engine::general_purpose::STANDARD
        .decode(encoded)
        .ok()?;
    (digest.len() == 32).then(|| digest.iter().map(|b| format!("{b:02x}")).collect())
}

async fn cache_headers(request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    if response.status().is_success() {
        let policy = if is_hashed(&path) {
            "public, max-age=31536000, immutable"
        } else {
            // index.html, the service worker, the manifest and icons: always
            // ask, so a new build is picked up at once.
            "no-cache"
        };
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
        // Kept by the phone as a dictionary for the next build's file of the
        // same name; an answer may then differ by the dictionary it names.
        if let Some(value) =
            kin(&path).and_then(|kin| HeaderValue::from_str(&format!("match=\"{kin}\"")).ok())
        {
            headers.insert(USE_AS_DICTIONARY, value);
            headers.append(
                header::VARY,
                HeaderValue::from_static("available-dictionary"),
            );
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_extension_less_paths_fall_back_to_the_app() {
        assert!(!has_extension("/my-plan"));
        assert!(!has_extension("/young-people/0190a0b0-1234"));
        assert!(has_extension("/pathway-0123456789abcdef_bg.wasm"));
        assert!(has_extension("/missing.js"));
    }
}
