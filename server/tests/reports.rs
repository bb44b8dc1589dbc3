//! The reports over real HTTP and a real SQLite file: whose figures each
//! role sees, that a head of service changes nothing, the adviser history
//! a move leaves, and bad requests refused with a reason.

mod common;

use common::{Server, TestResult};
use pathway_app::ids;
use pathway_app::reports::{CareLeaverReturn, TeamReport};
use pathway_server::db::StoreError;
use reqwest::StatusCode;
use serde_json::json;

async fn team_report(
    server: &Server,
    username: &str,
) -> Result<TeamReport, Box<dyn std::error::Error>> {
    let (token, _) = server.sign_in(username).await?;
    let (status, body) = server.get("/api/reports/team", &token).await?;
    assert_eq!(status, StatusCode::OK, "{body}");
    Ok(serde_json::from_value(body)?)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_role_sees_the_figures_of_its_own_young_people() -> TestResult {
    let server = Server::start().await?;
    // Ella says she doesn't feel safe, and no one has acknowledged it yet.
    let (ella, _) = server.sign_in("ella").await?;
    let ella_id = server.id_of("ella")?;
    server
        .add_record(
            &ella,
            &ella_id,
            "statement",
            json!({ "topic": "something_wrong", "text": "I don't feel safe" }),
        )
        .await?;
    let sam = team_report(&server, "sam").await?;
    let morgan = team_report(&server, "morgan").await?;
    let jordan = team_report(&server, "jordan").await?;

    let (token, _) = server.sign_in("sam").await?;
    let (_, caseload) = server.get("/api/young-people", &token).await?;
    let caseload = caseload.as_array().map_or(0, Vec::len);
    assert!(caseload > 0);
    assert_eq!(sam.scope, "Sam Okafor's caseload");
    assert_eq!(sam.people.len(), caseload);
    assert!(sam.people.iter().all(|p| p.adviser == "Sam Okafor"));
    assert_eq!(sam.now.in_touch.of as usize, caseload);

    assert_eq!(morgan.scope, "Riverside leaving care team");
    let advisers: Vec<&str> = morgan.by_adviser.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(advisers, ["Priya Shah", "Sam Okafor"]);
    assert!(morgan.people.len() > sam.people.len());

    // Every team, and the trend's twelve points each count the same people
    // the moment in time does by its end.
    assert_eq!(jordan.scope, "Every team");
    assert_eq!(jordan.people.len(), morgan.people.len());
    assert_eq!(jordan.trend.len(), 12);
    assert_eq!(jordan.trend[11].figures, jordan.now);
    let flagged: Vec<&str> = jordan
        .people
        .iter()
        .filter(|p| p.standing.safety_flag_open == Some(true))
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(flagged, ["Ella Morris"]);
    assert_eq!(jordan.now.safety_flag_open.yes, 1);
    // Sent a moment ago, so not yet late either.
    let ella = jordan
        .people
        .iter()
        .find(|p| p.name == "Ella Morris")
        .ok_or("Ella")?;
    assert_eq!(ella.standing.heard_in_time, Some(true));
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_young_person_gets_no_report_and_bad_days_are_refused() -> TestResult {
    let server = Server::start().await?;
    let (ella, _) = server.sign_in("ella").await?;
    let (status, body) = server.get("/api/reports/team", &ella).await?;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["error"], "not_for_your_role");
    assert_eq!(
        body["message"],
        "Reports are for the staff who work with young people."
    );

    let (sam, _) = server.sign_in("sam").await?;
    for (path, says) in [
        ("/api/reports/team?as_of=yesterday", "is not a date"),
        ("/api/reports/team?as_of=2099-01-01", "hasn't come yet"),
        ("/api/reports/team?as_of=1999-12-31", "from 2000 on"),
        (
            "/api/reports/care-leaver-return?year=2101",
            "Choose a collection year",
        ),
        ("/api/reports/care-leaver-return", "year"),
    ] {
        let (status, body) = server.get(path, &sam).await?;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{path}");
        let message = body["message"].as_str().unwrap_or_default();
        assert!(message.contains(says), "{path}: {message}");
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_head_of_service_reads_every_team_and_changes_nothing() -> TestResult {
    let server = Server::start().await?;
    let (jordan, _) = server.sign_in("jordan").await?;
    let ella = server.id_of("ella")?;
    let records = || -> Result<i64, Box<dyn std::error::Error>> {
        common::sql(&server.db, |conn| {
            conn.query_one("SELECT COUNT(*) FROM records", &[])?
                .get::<i64>(0)
        })
    };
    let before = records()?;
    let answer = server
        .push_mutations(
            &jordan,
            vec![
                json!({ "mutation_id": 1, "kind": "reply", "record_id": ids::new(),
                         "young_person_id": ella, "base_version": 0,
                         "data": { "statement": ids::new(), "text": "Hello" } }),
            ],
        )
        .await?;
    assert_ne!(answer["outcomes"][0]["outcome"], "applied", "{answer}");
    assert_eq!(records()?, before);
    let (_, plan) = server
        .get(&format!("/api/young-people/{ella}/plan"), &jordan)
        .await?;
    assert_eq!(plan["error"], "not_found");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_move_to_another_adviser_is_kept_for_the_reports() -> TestResult {
    let server = Server::start().await?;
    common::sql(&server.db, |conn| {
        pathway_server::accounts::move_to_adviser(conn, "kyle", "priya")
    })?;
    let sam = team_report(&server, "sam").await?;
    assert!(sam.people.iter().all(|p| p.name != "Kyle Brennan"));
    let morgan = team_report(&server, "morgan").await?;
    let kyle = morgan
        .people
        .iter()
        .find(|p| p.name == "Kyle Brennan")
        .ok_or("Kyle is in the team")?;
    assert_eq!(kyle.adviser, "Priya Shah");
    assert_eq!(kyle.advisers_had, 2);

    let refused = common::sql(&server.db, |conn| {
        Ok::<_, StoreError>(pathway_server::accounts::move_to_adviser(
            conn, "kyle", "morgan",
        ))
    })?;
    assert_eq!(
        refused.map_err(|e| e.to_string()),
        Err("no personal adviser in the council has the username \"morgan\"".to_owned())
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_national_return_lists_the_year_and_its_gaps() -> TestResult {
    let server = Server::start().await?;
    let (morgan, _) = server.sign_in("morgan").await?;
    let year = time::OffsetDateTime::now_utc().year() - 1;
    let (status, body) = server
        .get(
            &format!("/api/reports/care-leaver-return?year={year}"),
            &morgan,
        )
        .await?;
    assert_eq!(status, StatusCode::OK, "{body}");
    let table: CareLeaverReturn = serde_json::from_value(body)?;
    assert_eq!(table.year, year);
    // Every line is someone whose 17th to 21st birthday is in the year,
    // with the demo's child IDs.
    assert!(table.lines.iter().all(|l| l.child.starts_with("RV")));
    let due = table.lines.len() + table.gaps.iter().filter(|g| g.left_out).count();
    assert!(due > 0, "the demo team has birthdays in every year");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outcome_bees_report_names_no_one_and_withholds_small_numbers() -> TestResult {
    let server = Server::start().await?;
    let (jordan, _) = server.sign_in("jordan").await?;
    let response = server
        .http
        .get(server.url("/api/reports/outcome-bees"))
        .bearer_auth(&jordan)
        .send()
        .await?;
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await?;
    // Only Ella has goals in the demo: one young person, in every domain.
    for name in ["Ella", "Morris", "Sam Okafor"] {
        assert!(!text.contains(name), "{name} is in the panel's report");
    }
    let report: pathway_app::reports::BeesReport = serde_json::from_str(&text)?;
    assert_eq!(report.domains.len(), 6);
    for domain in &report.domains {
        assert_eq!(
            domain.young_people,
            pathway_app::reports::Shown::Withheld,
            "{:?}",
            domain.domain
        );
    }
    Ok(())
}
