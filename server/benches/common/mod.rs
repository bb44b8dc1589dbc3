//! What the benchmarks share: running one on a fresh runtime, and signing
//! in over HTTP.

#![allow(dead_code)] // each benchmark uses a different part of this

use pathway_app::ids;
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

/// A new, empty database in the PostgreSQL cluster at `url`; its address.
pub async fn fresh_database(url: &str) -> Fallible<String> {
    let (admin, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await?;
    tokio::spawn(connection);
    let name = format!("bench_{}", ids::new().simple());
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await?;
    let base = url.rsplit_once('/').map_or(url, |(base, _)| base);
    Ok(format!("{base}/{name}"))
}
