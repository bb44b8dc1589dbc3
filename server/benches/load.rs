//! `make bench`: many phones with the app open, each pulling every 4 s (the
//! most an open app asks when nothing changes), over real HTTP on this
//! machine, client, servers and database sharing its cores: first one
//! server on the embedded SQLite, then, when PATHWAY_TEST_DATABASE_URL names
//! a PostgreSQL cluster (`make bench` starts a throwaway one), two servers
//! sharing PostgreSQL, the phones spread between them as a load balancer
//! would. For each number of phones: the pulls answered per second, p50 and
//! p99; then the most phones served with p99 under 50 ms.
//!
//! Every phone is its own: its own connection, and its own sign-in of one
//! of a generated service's 1,000 young people (a few phones each) or 40
//! advisers (whose pulls carry their caseload's people). Each has synced
//! already and pulls from the latest change; its sign-in was last used up
//! to a minute ago, so about one pull in fifteen also notes its use, as
//! with phones in steady use.

mod common;

use common::Fallible;
use std::time::{Duration, Instant};

use pathway_app::ids;
use pathway_server::auth::token_hash;
use pathway_server::db::{Db, StoreError};
use pathway_server::sample_team::{self, TeamSize};
use pathway_server::{app, args, sessions, AppState};
use uuid::Uuid;

const EVERY: Duration = Duration::from_secs(4);
/// Pulls each phone makes at each step; the first round is not counted.
const ROUNDS: u32 = 3;
const STEPS: [usize; 8] = [500, 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 8_000];
const P99_AIM: Duration = Duration::from_millis(50);
const ADVISERS: usize = 40;
const YOUNG_PEOPLE_EACH: usize = 25;

fn main() -> Fallible<()> {
    common::run(run())
}

/// A phone: its own connection, its person's token, and its pull.
struct Phone {
    http: reqwest::Client,
    token: String,
    url: String,
}

async fn run() -> Fallible<()> {
    let dir = tempfile::tempdir()?;
    load_run(
        "one server, SQLite",
        vec![Db::open(&dir.path().join("pathway.sqlite3"))?],
    )
    .await?;
    match std::env::var("PATHWAY_TEST_DATABASE_URL") {
        Ok(url) => {
            let url = common::fresh_database(&url).await?;
            let servers = vec![Db::connect(&url).await?, Db::connect(&url).await?];
            load_run(
                "two servers, PostgreSQL (a throwaway cluster on this machine, fsync off)",
                servers,
            )
            .await
        }
        Err(_) => {
            println!("two servers on PostgreSQL: not measured (PATHWAY_TEST_DATABASE_URL is not set; make bench sets it)");
            Ok(())
        }
    }
}

/// One server on each of `servers` (handles to one database), the phones
/// spread between them.
async fn load_run(label: &str, servers: Vec<Db>) -> Fallible<()> {
    let db = servers.first().ok_or("no server")?.clone();
    let (made, people, latest) = {
        let db = db.clone();
        tokio::task::spawn_blocking(move || -> Fallible<_> {
            let size = TeamSize {
                advisers: ADVISERS,
                young_people_each: YOUNG_PEOPLE_EACH,
                years: 1,
            };
            let made = db.blocking(|conn| sample_team::generate(conn, size, "not used here", 1))?;
            let (people, latest) = db.blocking(|conn| {
                let people = conn
                    .query(
                        "SELECT id FROM users WHERE role IN ('young_person', 'personal_adviser') ORDER BY role, id",
                        &[],
                    )?
                    .iter()
                    .map(|row| row.get::<Uuid>(0))
                    .collect::<Result<Vec<_>, _>>()?;
                let latest: u64 = conn
                    .query_one("SELECT MAX(change_no) FROM records", &[])?
                    .get(0)?;
                Ok::<_, StoreError>((people, latest))
            })?;
            Ok((made, people, latest))
        })
        .await??
    };
    let mut bases = Vec::new();
    for server in servers {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        bases.push(format!("http://{}", listener.local_addr()?));
        let state = tokio::task::spawn_blocking(move || AppState::new(server, Default::default()))
            .await??;
        let router = app(state, None).into_make_service_with_connect_info::<std::net::SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, router).await });
    }

    println!(
        "{label}: a generated service of {} young people and {ADVISERS} advisers ({} records); each phone pulls every {} s, {ROUNDS} rounds ({} counted):",
        made.young_people,
        made.records,
        EVERY.as_secs(),
        ROUNDS - 1
    );
    println!(
        "{:>7} {:>10} {:>9} {:>9}",
        "phones", "pulls/s", "p50", "p99"
    );
    let mut most_within_aim = None;
    for phones in STEPS {
        let signed_in: Vec<(Uuid, i64)> = (0..phones)
            .map(|n| {
                // One phone in twenty-five is an adviser's.
                let person = if n % 25 == 0 {
                    people[(n / 25) % ADVISERS]
                } else {
                    people[ADVISERS + n % (people.len() - ADVISERS)]
                };
                (person, (n % 60) as i64)
            })
            .collect();
        let tokens = {
            let db = db.clone();
            tokio::task::spawn_blocking(move || -> Fallible<Vec<String>> {
                signed_in
                    .into_iter()
                    .map(|(person, used)| {
                        let token = hex::encode(rand::random::<[u8; 32]>());
                        db.blocking(|conn| {
                            let id = sessions::create(
                                conn,
                                person,
                                &token_hash(&token),
                                "bench",
                                &Default::default(),
                            )?;
                            conn.execute(
                                "UPDATE sessions SET last_used_at = last_used_at - ?2 WHERE id = ?1",
                                args![id, used],
                            )
                        })?;
                        Ok(token)
                    })
                    .collect()
            })
            .await??
        };
        let fleet = tokens
            .into_iter()
            .enumerate()
            .map(|(n, token)| {
                Ok(Phone {
                    http: reqwest::Client::builder()
                        .pool_max_idle_per_host(1)
                        .build()?,
                    token,
                    url: format!(
                        "{}/api/sync/pull?cursor={latest}&client_id={}&scope=",
                        bases[n % bases.len()],
                        ids::new()
                    ),
                })
            })
            .collect::<Fallible<Vec<Phone>>>()?;
        let (mut latencies, failures) = drive(fleet).await?;
        latencies.sort();
        let at =
            |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
        let (p50, p99) = (at(0.50), at(0.99));
        println!(
            "{phones:>7} {:>10.0} {:>7.1}ms {:>7.1}ms{}",
            latencies.len() as f64 / (EVERY * (ROUNDS - 1)).as_secs_f64(),
            p50.as_secs_f64() * 1e3,
            p99.as_secs_f64() * 1e3,
            if failures > 0 {
                format!("  ({failures} failed)")
            } else {
                String::new()
            }
        );
        if p99 >= P99_AIM || failures > 0 {
            break;
        }
        most_within_aim = Some(phones);
    }
    match most_within_aim {
        Some(phones) => println!(
            "most phones with p99 under {} ms: {phones}{} ({label}, this machine)",
            P99_AIM.as_millis(),
            if Some(phones) == STEPS.last().copied() {
                " or more"
            } else {
                ""
            }
        ),
        None => println!(
            "p99 was over {} ms even at {} phones ({label})",
            P99_AIM.as_millis(),
            STEPS[0]
        ),
    }
    Ok(())
}

/// Every phone pulls every 4 s for `ROUNDS` rounds, starting at an even
/// spread across the first 4 s. The latencies of every round after the
/// first, and how many pulls failed.
async fn drive(fleet: Vec<Phone>) -> Fallible<(Vec<Duration>, usize)> {
    let count = fleet.len();
    let start = Instant::now();
    let mut tasks = Vec::with_capacity(count);
    for (n, phone) in fleet.into_iter().enumerate() {
        let offset = EVERY.mul_f64(n as f64 / count as f64);
        tasks.push(tokio::spawn(async move {
            let mut timed = Vec::new();
            let mut failed = 0;
            for round in 0..ROUNDS {
                tokio::time::sleep_until((start + offset + EVERY * round).into()).await;
                let sent = Instant::now();
                let answer = phone
                    .http
                    .get(&phone.url)
                    .bearer_auth(&phone.token)
                    .send()
                    .await;
                let ok = match answer {
                    Ok(answer) if answer.status().is_success() => answer.bytes().await.is_ok(),
                    _ => false,
                };
                match (ok, round) {
                    (false, _) => failed += 1,
                    (true, 0) => {}
                    (true, _) => timed.push(sent.elapsed()),
                }
            }
            (timed, failed)
        }));
    }
    let mut latencies = Vec::with_capacity(count * (ROUNDS as usize - 1));
    let mut failures = 0;
    for task in tasks {
        let (timed, failed) = task.await?;
        latencies.extend(timed);
        failures += failed;
    }
    if latencies.is_empty() {
        return Err("no pull was answered".into());
    }
    Ok((latencies, failures))
}
