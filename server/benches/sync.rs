//! `make bench`: sync throughput and latency over real HTTP on this machine,
//! beside the database's own rate for one-row write transactions measured
//! in the same run, so the figures can be compared across machines: first
//! with the embedded SQLite, then, when PATHWAY_TEST_DATABASE_URL names a
//! PostgreSQL cluster (`make bench` starts a throwaway one), with PostgreSQL.
//!
//! Several of Sam's phones push 10,000 new actions in batches of 100, all at
//! once; then a fresh phone pulls everything down.

mod common;

use common::{sign_in, Fallible};
use std::time::{Duration, Instant};

use pathway_app::ids;
use pathway_app::sync::{
    Mutation, PullResponse, PushRequest, PushResponse, RecordKind, SCHEMA_VERSION,
};
use pathway_server::args;
use pathway_server::db::{Db, StoreError};
use pathway_server::{app, demo, AppState};
use serde_json::json;
use uuid::Uuid;

const MUTATIONS: usize = 10_000;
const PHONES: usize = 4;
const BATCH: usize = 100;

fn main() -> Fallible<()> {
    common::run(run())
}

async fn run() -> Fallible<()> {
    println!("Pathway sync benchmark ({MUTATIONS} mutations, {PHONES} phones, batches of {BATCH})");
    let dir = tempfile::tempdir()?;
    let raw = raw_sqlite_rate(&dir.path().join("raw.sqlite3"), MUTATIONS)?;
    let fresh = |name: &str| Db::open(&dir.path().join(name));
    measure(
        "SQLite",
        raw,
        fresh("http.sqlite3")?,
        fresh("in-process.sqlite3")?,
    )
    .await?;
    match std::env::var("PATHWAY_TEST_DATABASE_URL") {
        Ok(url) => {
            let raw = raw_postgres_rate(&common::fresh_database(&url).await?, MUTATIONS).await?;
            let http = Db::connect(&common::fresh_database(&url).await?).await?;
            let in_process = Db::connect(&common::fresh_database(&url).await?).await?;
            measure(
                "PostgreSQL (a throwaway cluster on this machine, fsync off, as for tests)",
                raw,
                http,
                in_process,
            )
            .await
        }
        Err(_) => {
            println!("  PostgreSQL: not measured (PATHWAY_TEST_DATABASE_URL is not set; make bench sets it)");
            Ok(())
        }
    }
}

/// Pushes and pulls over HTTP on `db`, and pushes in process on
/// `in_process`, printed beside `raw`, the database's own rate.
async fn measure(label: &str, raw: f64, db: Db, in_process: Db) -> Fallible<()> {
    let in_process_rate = in_process_push_rate(in_process).await?;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let mut state = tokio::task::spawn_blocking(move || -> Fallible<AppState> {
        db.blocking(|conn| demo::seed_if_empty(conn))?;
        Ok(AppState::new(db, Default::default())?)
    })
    .await??;
    state.limits = unlimited();
    let router = app(state, None);
    tokio::spawn(async move { axum::serve(listener, router).await });

    let http = reqwest::Client::new();
    let sam = sign_in(&http, &base, "sam").await?;
    let ella = sign_in(&http, &base, "ella").await?;
    let ella_id: Uuid = serde_json::from_value(ella["user"]["id"].clone())?;
    let token = sam["token"].as_str().ok_or("no token")?.to_owned();

    // Push: every phone at once, each request timed.
    let started = Instant::now();
    let mut phones = Vec::new();
    for phone in 0..PHONES {
        let (http, base, token) = (http.clone(), base.clone(), token.clone());
        phones.push(tokio::spawn(async move {
            push_all(&http, &base, &token, ella_id, phone).await
        }));
    }
    let mut push_latencies = Vec::new();
    for phone in phones {
        push_latencies.extend(phone.await??);
    }
    let push_elapsed = started.elapsed();
    let push_rate = MUTATIONS as f64 / push_elapsed.as_secs_f64();

    // Pull: a fresh phone takes everything, page by page.
    let started = Instant::now();
    let mut pull_latencies = Vec::new();
    let (mut cursor, mut pulled) = (0u64, 0usize);
    loop {
        let asked = Instant::now();
        let page: PullResponse = http
            .get(format!("{base}/api/sync/pull?cursor={cursor}"))
            .bearer_auth(&token)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        pull_latencies.push(asked.elapsed());
        pulled += page.records.len();
        cursor = page.cursor;
        if !page.more {
            break;
        }
    }
    let pull_elapsed = started.elapsed();
    if pulled < MUTATIONS {
        return Err(format!("pulled {pulled} records, expected at least {MUTATIONS}").into());
    }

    println!("{label}");
    println!("  raw, one-row write transactions        : {raw:>9.0} /s");
    println!(
        "  push, applied mutations                : {push_rate:>9.0} /s  ({:.0} % of raw)  request p50 {} p99 {}",
        100.0 * push_rate / raw,
        ms(percentile(&mut push_latencies, 0.50)),
        ms(percentile(&mut push_latencies, 0.99)),
    );
    println!(
        "  push, applied in process (no HTTP)     : {in_process_rate:>9.0} /s  ({:.0} % of raw)",
        100.0 * in_process_rate / raw,
    );
    println!(
        "  pull into a fresh phone                : {:>9.0} records/s ({pulled} records, {} pages)  page p50 {} p99 {}",
        pulled as f64 / pull_elapsed.as_secs_f64(),
        pull_latencies.len(),
        ms(percentile(&mut pull_latencies, 0.50)),
        ms(percentile(&mut pull_latencies, 0.99)),
    );
    Ok(())
}

/// The same pushes applied straight to storage, to show what HTTP and JSON
/// cost on top.
async fn in_process_push_rate(db: Db) -> Fallible<f64> {
    tokio::task::spawn_blocking(move || -> Fallible<f64> {
        db.blocking(|conn| demo::seed_if_empty(conn))?;
        let (sam, ella) = db.blocking(|conn| {
            let user = |name: &str| -> Result<(Uuid, String), StoreError> {
                let row = conn.query_one(
                    "SELECT id, display_name FROM users WHERE username = ?1",
                    args![name],
                )?;
                Ok((row.get(0)?, row.get(1)?))
            };
            Ok::<_, StoreError>((user("sam")?, user("ella")?.0))
        })?;
        let sam = pathway_app::auth::User {
            id: sam.0,
            username: "sam".into(),
            display_name: sam.1,
            role: pathway_app::auth::Role::PersonalAdviser,
            language: None,
            gender: Default::default(),
            gender_answered: false,
        };
        let requests: Vec<PushRequest> = (0..PHONES)
            .flat_map(|phone| batches(ids::new(), ella, phone))
            .collect();
        let started = Instant::now();
        for request in &requests {
            db.blocking(|conn| {
                pathway_server::sync::apply_push(conn, &sam, request, &unlimited(), "bench")
            })?
            .map_err(|_| "foreign client")?;
        }
        Ok(MUTATIONS as f64 / started.elapsed().as_secs_f64())
    })
    .await?
}

/// No daily allowance: the benchmark writes far more than anyone would.
fn unlimited() -> pathway_server::sync::Limits {
    let all = pathway_server::sync::Quota {
        changes: u64::MAX,
        bytes: u64::MAX,
    };
    pathway_server::sync::Limits {
        young_person_per_day: all,
        staff_per_day: all,
        ..Default::default()
    }
}

/// One phone's share of the mutations, as pushes of `BATCH`.
fn batches(client_id: Uuid, young_person: Uuid, phone: usize) -> Vec<PushRequest> {
    let share = MUTATIONS / PHONES;
    (0..share)
        .step_by(BATCH)
        .map(|start| PushRequest {
            client_id,
            schema_version: SCHEMA_VERSION,
            mutations: (start..(start + BATCH).min(share))
                .map(|i| Mutation {
                    mutation_id: i as u64 + 1,
                    kind: RecordKind::PlanAction,
                    record_id: ids::new(),
                    young_person_id: young_person,
                    base_version: 0,
                    data: json!({ "part": "money", "what": format!("Action {i} from phone {phone}"), "who": "Sam", "by_when": null, "done": false })
                        .as_object()
                        .cloned()
                        .unwrap_or_default(),
                    delete: false,
                })
                .collect(),
        })
        .collect()
}

async fn push_all(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    young_person: Uuid,
    phone: usize,
) -> Fallible<Vec<Duration>> {
    let mut latencies = Vec::new();
    for request in batches(ids::new(), young_person, phone) {
        let asked = Instant::now();
        let answer: PushResponse = http
            .post(format!("{base}/api/sync/push"))
            .bearer_auth(token)
            .json(&request)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        latencies.push(asked.elapsed());
        let applied = answer
            .outcomes
            .iter()
            .filter(|o| matches!(o.outcome, pathway_app::sync::Outcome::Applied { .. }))
            .count();
        if applied != request.mutations.len() {
            return Err(format!(
                "only {applied} of {} applied: {:?}",
                request.mutations.len(),
                answer.outcomes.first()
            )
            .into());
        }
    }
    Ok(latencies)
}

/// One-row write transactions, each committed, as the server configures SQLite.
fn raw_sqlite_rate(path: &std::path::Path, rows: usize) -> Fallible<f64> {
    let conn = rusqlite::Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.execute_batch(
        "CREATE TABLE rows (id TEXT PRIMARY KEY, n INTEGER NOT NULL, data TEXT NOT NULL)",
    )?;
    let started = Instant::now();
    for n in 0..rows {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        conn.execute(
            "INSERT INTO rows (id, n, data) VALUES (?1, ?2, ?3)",
            rusqlite::params![
                ids::new().to_string(),
                n,
                r#"{"part":"money","what":"An action","who":"Sam"}"#
            ],
        )?;
        conn.execute_batch("COMMIT")?;
    }
    Ok(rows as f64 / started.elapsed().as_secs_f64())
}

/// One-row write transactions, each committed, on one PostgreSQL connection.
async fn raw_postgres_rate(url: &str, rows: usize) -> Fallible<f64> {
    let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls).await?;
    tokio::spawn(connection);
    client
        .batch_execute(
            "CREATE TABLE rows (id TEXT PRIMARY KEY, n BIGINT NOT NULL, data TEXT NOT NULL)",
        )
        .await?;
    let insert = client
        .prepare("INSERT INTO rows (id, n, data) VALUES ($1, $2, $3)")
        .await?;
    let started = Instant::now();
    for n in 0..rows {
        client.batch_execute("BEGIN").await?;
        client
            .execute(
                &insert,
                &[
                    &ids::new().to_string(),
                    &i64::try_from(n)?,
                    &r#"{"part":"money","what":"An action","who":"Sam"}"#,
                ],
            )
            .await?;
        client.batch_execute("COMMIT").await?;
    }
    Ok(rows as f64 / started.elapsed().as_secs_f64())
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort_unstable();
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples.get(index).copied().unwrap_or_default()
}

fn ms(duration: Duration) -> String {
    format!("{:.1} ms", duration.as_secs_f64() * 1000.0)
}
