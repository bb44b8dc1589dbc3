//! `make bench`: how many live streams one server holds, the memory each
//! costs, and how long one change takes to reach all of them.
//!
//! The streams are Sam's (bare sockets, so the client side costs next to
//! nothing and the growth in this process's memory is the server's); then
//! Ella writes one message and every stream must hear `changed`.

mod common;

use common::{sign_in, Fallible};
use std::time::{Duration, Instant};

use pathway_app::ids;
use pathway_server::db::Db;
use pathway_server::{app, demo, AppState};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const STREAMS: usize = 5_000;

fn main() -> Fallible<()> {
    common::run(run())
}

async fn run() -> Fallible<()> {
    let dir = tempfile::tempdir()?;
    let db = Db::open(&dir.path().join("pathway.sqlite3"))?;
    db.blocking(|conn| demo::seed_if_empty(conn))?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let base = format!("http://{addr}");
    let state = AppState::new(db, Default::default())?;
    let hub = state.live.clone();
    let router = app(state, None);
    tokio::spawn(async move { axum::serve(listener, router).await });

    let http = reqwest::Client::new();
    let sam = sign_in(&http, &base, "sam").await?;
    let ella = sign_in(&http, &base, "ella").await?;
    let ella_id = ella["user"]["id"].as_str().ok_or("no id")?.to_owned();
    let sams_token = sam["token"].as_str().ok_or("no token")?.to_owned();

    let before = resident_kb()?;
    let started = Instant::now();
    let mut streams = Vec::with_capacity(STREAMS);
    for _ in 0..STREAMS {
        streams.push(open(addr, &sams_token).await?);
    }
    let opening = started.elapsed();
    // Let every stream finish its first look-up before measuring.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let held = hub.listeners();
    let after = resident_kb()?;

    let mut readers = Vec::with_capacity(STREAMS);
    let sent = Instant::now();
    for mut stream in streams {
        readers.push(tokio::spawn(async move {
            let mut heard = Vec::new();
            let mut buffer = [0u8; 512];
            while !String::from_utf8_lossy(&heard).contains("event: changed") {
                let read = stream.read(&mut buffer).await?;
                if read == 0 {
                    return Err("the stream ended".into());
                }
                heard.extend_from_slice(&buffer[..read]);
            }
            Fallible::Ok(sent.elapsed())
        }));
    }
    let message = json!({
        "client_id": ids::new(), "schema_version": 1,
        "mutations": [{ "mutation_id": 1, "kind": "message", "record_id": ids::new(),
                        "young_person_id": ella_id, "base_version": 0,
                        "data": { "text": "Are you free on Friday?" } }],
    });
    http.post(format!("{base}/api/sync/push"))
        .bearer_auth(ella["token"].as_str().ok_or("no token")?)
        .json(&message)
        .send()
        .await?
        .error_for_status()?;
    let mut heard = Vec::with_capacity(STREAMS);
    for reader in readers {
        heard.push(reader.await??);
    }
    heard.sort();

    println!(
        "live: {held} streams held open by one server ({STREAMS} opened in {} ms)",
        opening.as_millis()
    );
    println!(
        "live: {:.1} KB of memory per open stream ({} MB for all, this process's resident memory)",
        (after.saturating_sub(before)) as f64 / STREAMS as f64,
        (after.saturating_sub(before)) / 1024
    );
    println!(
        "live: one message heard on all {STREAMS} streams: median {} ms, slowest {} ms after it was sent",
        heard[heard.len() / 2].as_millis(),
        heard[heard.len() - 1].as_millis()
    );
    Ok(())
}

/// A live stream on a bare socket, its answer's head read.
async fn open(addr: std::net::SocketAddr, token: &str) -> Fallible<TcpStream> {
    let mut stream = TcpStream::connect(addr).await?;
    stream
        .write_all(
            format!(
                "GET /api/live HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n"
            )
            .as_bytes(),
        )
        .await?;
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).await? == 0 {
            return Err("closed before answering".into());
        }
        head.push(byte[0]);
    }
    if !head.starts_with(b"HTTP/1.1 200") {
        return Err(format!("answered {}", String::from_utf8_lossy(&head)).into());
    }
    Ok(stream)
}

/// This process's resident memory, in KB (Linux).
fn resident_kb() -> Fallible<u64> {
    let status = std::fs::read_to_string("/proc/self/status")?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kb| kb.parse().ok())
        .ok_or_else(|| "no VmRSS in /proc/self/status".into())
}
