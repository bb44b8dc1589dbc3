//! The security headers on every answer, in one layer: what the browser
//! may load and run, that no other site may frame Pathway or learn where a
//! person came from, and that personal data from `/api` is never kept in a
//! cache. HSTS is the TLS proxy's to send (see the README).

use std::path::Path;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The headers, worked out once at start-up.
#[derive(Clone)]
pub struct SecurityHeaders {
    every_answer: Arc<HeaderMap>,
}

impl SecurityHeaders {
    /// The headers for the app built in `dist` (if any): its inline start-up
    /// script is allowed by its hash, and nothing else inline runs.
    pub fn for_app(dist: Option<&Path>) -> SecurityHeaders {
        let index = dist
            .and_then(|dist| std::fs::read_to_string(dist.join("index.html")).ok())
            .unwrap_or_default();
        let hashes: String = inline_scripts(&index)
            .map(|script| {
                let digest = Sha256::digest(script.as_bytes());
                format!(
                    " 'sha256-{}'",
                    base64::engine::general_purpose::STANDARD.encode(digest)
                )
            })
            .collect();
        let policy = format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; \
             style-src 'self'; img-src 'self' data:; connect-src 'self'; \
             manifest-src 'self'; worker-src 'self'; object-src 'none'; \
             base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
        );
        let mut headers = HeaderMap::new();
        let mut set = |name: HeaderName, value: &str| {
            if let Ok(value) = HeaderValue::from_str(value) {
                headers.insert(name, value);
            }
        };
        set(header::CONTENT_SECURITY_POLICY, &policy);
        set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
        set(header::REFERRER_POLICY, "no-referrer");
        set(header::X_FRAME_OPTIONS, "DENY");
        set(
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()",
        );
        set(
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        );
        set(
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        );
        SecurityHeaders {
            every_answer: Arc::new(headers),
        }
    }
}

/// The text of each `<script>` without a `src`, exactly as the browser
/// hashes it.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.split("<script").skip(1).filter_map(|rest| {
        let (attributes, after) = rest.split_once('>')?;
        let (body, _) = after.split_once("</script>")?;
        (!attributes.contains("src=")).then_some(body)
    })
}

/// Adds the headers to every answer, and `no-store` to every `/api` answer.
pub async fn add(
    State(security): State<SecurityHeaders>,
    request: Request,
    next: Next,
) -> Response {
    let api = request.uri().path().starts_with("/api/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    for (name, value) in security.every_answer.iter() {
        headers.insert(name, value.clone());
    }
    if api {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_inline_script_but_not_those_loaded_from_files() {
        let html = "<head><script src=\"/a.js\"></script></head><body>\n  <script type=\"module\">\n    init();\n  </script><script>two()</script></body>";
        let found: Vec<&str> = inline_scripts(html).collect();
        assert_eq!(found, ["\n    init();\n  ", "two()"]);
    }
}
