//! What the benchmarks share: running one on a fresh runtime, and signing
//! in over HTTP.

#![allow(dead_code)] // each benchmark uses a different part of this

use serde_json::{json, Value};

pub type Fallible<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// Runs `bench` to the end on a multi-threaded runtime.
pub fn run<F: std::future::Future<Output = Fallible<()>>>(bench: F) -> Fallible<()> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(bench)
}

/// Signs in as a demo account: the answer, with its token.
pub async fn sign_in(http: &reqwest::Client, base: &str, username: &str) -> Fallible<Value> {
    Ok(http
        .post(format!("{base}/api/auth/login"))
        .json(&json!({ "username": username, "password": pathway_server::demo::PASSWORD }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?)
}
