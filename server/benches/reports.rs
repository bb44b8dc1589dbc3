//! `make bench`: the reports at a service's scale. A generated service of
//! 1,000 young people (40 advisers with 25 each) with three years of
//! history, beside the demo team; then each report fetched over real HTTP
//! by the head of service (every team) and by the generated team's manager,
//! each timed 20 times.

mod common;

use common::{sign_in, Fallible};
use std::time::{Duration, Instant};

use pathway_app::reports::{CareLeaverReturn, TeamReport};
use pathway_server::db::Db;
use pathway_server::sample_team::{self, TeamSize};
use pathway_server::{app, demo, AppState};

const TIMES: usize = 20;

fn main() -> Fallible<()> {
    common::run(run())
}

async fn run() -> Fallible<()> {
    let dir = tempfile::tempdir()?;
    let db = Db::open(&dir.path().join("pathway.sqlite3"))?;
    db.blocking(|conn| demo::seed_if_empty(conn))?;
    let started = Instant::now();
    let size = TeamSize {
        advisers: 40,
        young_people_each: 25,
        years: 3,
    };
    let made = db.blocking(|conn| sample_team::generate(conn, size, demo::PASSWORD, 1))?;
    println!(
        "Generated {} young people with {} records in {:.1} s",
        made.young_people,
        made.records,
        started.elapsed().as_secs_f64()
    );

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let router = app(AppState::new(db, Default::default())?, None);
    tokio::spawn(async move { axum::serve(listener, router).await });
    let http = reqwest::Client::new();

    let year = time::OffsetDateTime::now_utc().year() - 1;
    for (who, username) in [
        ("head of service", "jordan"),
        ("team manager", made.manager.as_str()),
    ] {
        let signed_in = sign_in(&http, &base, username).await?;
        let token = signed_in["token"].as_str().ok_or("no token")?.to_owned();
        let (team, people) = time_it(|| async {
            let report: TeamReport =
                fetch(&http, &format!("{base}/api/reports/team"), &token).await?;
            Ok(report.people.len())
        })
        .await?;
        print_times(
            &format!("Team report, {who} ({people} young people)"),
            &team,
        );
        let (national, lines) = time_it(|| async {
            let url = format!("{base}/api/reports/care-leaver-return?year={year}");
            let table: CareLeaverReturn = fetch(&http, &url, &token).await?;
            Ok(table.lines.len() + table.gaps.len())
        })
        .await?;
        print_times(
            &format!("National return {year}, {who} ({lines} lines and gaps)"),
            &national,
        );
    }
    Ok(())
}

/// `GET url` as the holder of `token`, read as `T`.
async fn fetch<T: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    url: &str,
    token: &str,
) -> Fallible<T> {
    Ok(http
        .get(url)
        .bearer_auth(token)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?)
}

/// `call` run [`TIMES`] times in turn, each timed: the times, sorted,
/// and the count the last call reported.
async fn time_it<F, Fut>(call: F) -> Fallible<(Vec<Duration>, usize)>
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Fallible<usize>>,
{
    let mut times = Vec::with_capacity(TIMES);
    let mut count = 0;
    for _ in 0..TIMES {
        let started = Instant::now();
        count = call().await?;
        times.push(started.elapsed());
    }
    times.sort();
    Ok((times, count))
}

fn print_times(what: &str, times: &[Duration]) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{what}: median {:.0} ms, slowest {:.0} ms (of {})",
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
        times.len()
    );
}
