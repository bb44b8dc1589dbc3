//! Serving the built app: precompressed files, cache headers that let the
//! service worker and browsers keep hashed files forever, and a single-page
//! fallback that answers only extension-less paths, so a missing `.js` or
//! `.wasm` is a 404 rather than HTML under a script's name.

use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// Files named with a content hash (`pathway-0123456789abcdef.js`) never change.
fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

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
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_hashed_names_are_cached_forever() {
        assert!(is_hashed("/pathway-0123456789abcdef.js"));
        assert!(is_hashed("/pathway-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("/style-fedcba9876543210.css"));
        assert!(!is_hashed("/sw.js"));
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/icons/icon-192.png"));
        assert!(!is_hashed("/my-plan"));
    }

    #[test]
    fn only_extension_less_paths_fall_back_to_the_app() {
        assert!(!has_extension("/my-plan"));
        assert!(!has_extension("/young-people/0190a0b0-1234"));
        assert!(has_extension("/pathway-0123456789abcdef_bg.wasm"));
        assert!(has_extension("/missing.js"));
    }
}
