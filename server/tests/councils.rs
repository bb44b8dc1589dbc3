//! Two councils on one server, over real HTTP and a real SQLite file: no
//! one sees the other council's people, whatever their team is called, and
//! each council's phones carry its own settings.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

use common::{add_northvale, Server, TestResult};
use pathway_app::ids;
use pathway_server::accounts::{self, AccountError, NewAccount};
use pathway_server::args;
use pathway_server::councils::{self, Changes, CouncilError};
use pathway_server::db::now;
use pathway_server::db::StoreError;
use pathway_server::demo;
use pathway_server::notify::Notifier;
use reqwest::StatusCode;
use serde_json::{json, Value};

/// The names in a list of people, sorted.
fn names(people: &Value, field: &str) -> BTreeSet<String> {
    people
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p[field].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_one_sees_another_councils_people_or_figures() -> TestResult {
    let server = Server::start().await?;
    add_northvale(&server.db)?;
    let ella = server.id_of("ella")?;
    let nell = server.id_of("nell")?;

    // Naz's team has the name of Morgan's, and she still sees only Nell.
    let (naz, _) = server.sign_in("naz").await?;
    let (_, hers) = server.get("/api/young-people", &naz).await?;
    assert_eq!(
        names(&hers, "name"),
        BTreeSet::from(["Nell Price".to_owned()])
    );
    let (morgan, _) = server.sign_in("morgan").await?;
    let (_, his) = server.get("/api/young-people", &morgan).await?;
    assert!(!names(&his, "name").contains("Nell Price"));
    assert!(names(&his, "name").contains("Ella Morris"));

    // Each side's plans answer as if the other's people did not exist.
    let (nico, _) = server.sign_in("nico").await?;
    for (token, other) in [(&naz, &ella), (&nico, &ella), (&morgan, &nell)] {
        for path in ["plan", "looked-at"] {
            let (status, _) = server
                .get(&format!("/api/young-people/{other}/{path}"), token)
                .await?;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        }
    }
    let (_, team) = server.get("/api/team", &naz).await?;
    assert_eq!(
        names(&team, "name"),
        BTreeSet::from(["Nico Adams".to_owned()])
    );

    // A pull brings only her own council's people and their records.
    let (_, page) = server.get("/api/sync/pull?cursor=0", &naz).await?;
    assert_eq!(
        names(&page["people"], "name"),
        BTreeSet::from(["Nell Price".to_owned()])
    );
    let owners = names(&page["records"], "young_person_id");
    assert_eq!(owners, BTreeSet::from([nell.clone()]));

    // Nico cannot write into Ella's plan by knowing her id.
    let records_of = |id: &str| -> Result<i64, Box<dyn std::error::Error>> {
        common::sql(&server.db, |conn| {
            conn.query_one(
                "SELECT COUNT(*) FROM records WHERE young_person_id = ?1",
                args![id],
            )?
            .get::<i64>(0)
        })
    };
    let before = records_of(&ella)?;
    let answer = server
        .push_mutations(
            &nico,
            vec![json!({ "mutation_id": 1, "kind": "message", "record_id": ids::new(),
                         "young_person_id": ella, "base_version": 0, "data": { "text": "Hello Ella" } })],
        )
        .await?;
    assert_ne!(answer["outcomes"][0]["outcome"], "applied", "{answer}");
    assert_eq!(records_of(&ella)?, before, "nothing of Nico's reached her");

    // Each head of service's reports cover every team of her own council only.
    let (harper, _) = server.sign_in("harper").await?;
    let (jordan, _) = server.sign_in("jordan").await?;
    let (_, northvale) = server.get("/api/reports/team", &harper).await?;
    assert_eq!(
        names(&northvale["people"], "name"),
        BTreeSet::from(["Nell Price".to_owned()])
    );
    let (_, riverside) = server.get("/api/reports/team", &jordan).await?;
    let riverside = names(&riverside["people"], "name");
    assert!(riverside.contains("Ella Morris") && !riverside.contains("Nell Price"));
    let (_, bees) = server.get("/api/reports/outcome-bees", &harper).await?;
    assert!(!bees.to_string().contains("Ella"), "{bees}");

    // A practice audit draws only from her own council.
    let drawn = server
        .http
        .post(server.url("/api/practice-audits/samples"))
        .bearer_auth(&naz)
        .json(&json!({ "size": 5 }))
        .send()
        .await?;
    assert_eq!(drawn.status(), StatusCode::OK);
    let (_, audits) = server.get("/api/practice-audits", &harper).await?;
    let drawn = names(&audits["audits"], "name");
    assert_eq!(drawn, BTreeSet::from(["Nell Price".to_owned()]));
    let (_, riverside_audits) = server.get("/api/practice-audits", &jordan).await?;
    assert!(!riverside_audits.to_string().contains("Nell"));
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_councils_phones_carry_its_own_settings_changed_without_a_restart() -> TestResult {
    let server = Server::start().await?;
    add_northvale(&server.db)?;
    let (nell, _) = server.sign_in("nell").await?;
    let (ella, _) = server.sign_in("ella").await?;

    let (_, hers) = server.get("/api/sync/pull?cursor=0", &nell).await?;
    assert_eq!(hers["settings"]["out_of_hours_phone"], "0300 555 0300");
    assert_eq!(hers["settings"]["escalate_after_minutes"], 30);
    assert_eq!(hers["settings"]["advocacy"], Value::Null);
    assert_eq!(hers["rules"]["name"], "Northvale standards");
    let (_, ellas) = server.get("/api/sync/pull?cursor=0", &ella).await?;
    assert_eq!(ellas["settings"]["out_of_hours_phone"], "0300 123 4567");
    assert_eq!(ellas["settings"]["advocacy"]["name"], "Riverside Advocacy");
    assert_eq!(ellas["rules"]["name"], "Riverside leaving care standards");

    common::sql(&server.db, |conn| {
        councils::change(
            conn,
            "Northvale",
            &Changes {
                out_of_hours_phone: Some("0300 555 0311".into()),
                ..Changes::default()
            },
        )
    })?;
    let (_, hers) = server.get("/api/sync/pull?cursor=0", &nell).await?;
    assert_eq!(hers["settings"]["out_of_hours_phone"], "0300 555 0311");
    let (_, ellas) = server.get("/api/sync/pull?cursor=0", &ella).await?;
    assert_eq!(ellas["settings"]["out_of_hours_phone"], "0300 123 4567");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_safety_flag_goes_to_the_manager_after_her_own_councils_time() -> TestResult {
    let mut notifier: Option<Notifier> = None;
    let server = Server::start_configured(None, |state| {
        notifier = Some(state.notifier.clone());
    })
    .await?;
    let notifier = notifier.ok_or("no notifier")?;
    add_northvale(&server.db)?;
    let (nell, me) = server.sign_in("nell").await?;
    let nell_id = me["id"].as_str().ok_or("no id")?.to_owned();
    server
        .add_record(
            &nell,
            &nell_id,
            "statement",
            json!({ "topic": "where_i_live", "feeling": "scared", "text": "Someone is at my door" }),
        )
        .await?;
    // Northvale passes it on after 30 minutes; Riverside would wait two hours.
    assert_eq!(notifier.escalate(&server.db, now() + 29 * 60).await?, 0);
    assert_eq!(notifier.escalate(&server.db, now() + 31 * 60).await?, 1);
    let passed: String = common::sql(&server.db, |conn| {
        conn.query_one(
            "SELECT r.young_person_id FROM escalations e JOIN records r ON r.id = e.statement_id",
            &[],
        )?
        .get(0)
    })?;
    assert_eq!(passed, nell_id);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_young_persons_adviser_is_always_of_her_own_council() -> TestResult {
    let server = Server::start().await?;
    add_northvale(&server.db)?;
    let newcomer = NewAccount {
        username: "nia".into(),
        display_name: "Nia Rowe".into(),
        role: pathway_app::auth::Role::YoungPerson,
        password: None,
        phone: None,
        email: None,
        council: Some("Northvale".into()),
        team: None,
        adviser: Some("sam".into()),
        date_of_birth: Some(time::macros::date!(2008 - 01 - 20)),
        pronouns: Default::default(),
        plan: Default::default(),
        child_id: None,
        sex: None,
    };
    let made = common::sql(&server.db, |conn| {
        Ok::<_, StoreError>(accounts::create(conn, &newcomer))
    })?;
    assert!(
        matches!(made, Err(AccountError::UnknownAdviser(_))),
        "{made:?}"
    );
    let unnamed = NewAccount {
        council: None,
        ..newcomer.clone()
    };
    let made = common::sql(&server.db, |conn| {
        Ok::<_, StoreError>(accounts::create(conn, &unnamed))
    })?;
    assert!(
        matches!(made, Err(AccountError::Council(CouncilError::WhichOne(2)))),
        "{made:?}"
    );
    let moved = common::sql(&server.db, |conn| {
        Ok::<_, StoreError>(accounts::move_to_adviser(conn, "nell", "sam"))
    })?;
    assert!(
        matches!(moved, Err(AccountError::UnknownAdviser(_))),
        "{moved:?}"
    );
    assert!(server.id_of("nia").is_err(), "nothing refused was stored");
    let nell = server.id_of("nell")?;
    let (nico, _) = server.sign_in("nico").await?;
    let (status, _) = server
        .get(&format!("/api/young-people/{nell}/plan"), &nico)
        .await?;
    assert_eq!(status, StatusCode::OK, "Nell is still Nico's");
    Ok(())
}

fn run(data: &Path, args: &[&str]) -> std::io::Result<Output> {
    Command::new(env!("CARGO_BIN_EXE_pathway-server"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("PATHWAY_PASSWORD", demo::PASSWORD)
        .output()
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn councils_are_added_and_changed_from_the_command_line() -> TestResult {
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");
    let rules = dir.path().join("rules.json");
    let mut northvale_rules = pathway_app::contacts::rules::ContactRules::example();
    northvale_rules.name = "Northvale standards".into();
    std::fs::write(&rules, serde_json::to_string(&northvale_rules)?)?;
    let rules = rules.to_string_lossy().into_owned();
    let bad_rules = dir.path().join("bad.json");
    std::fs::write(&bad_rules, "{\"name\": 1}")?;
    let bad_rules = bad_rules.to_string_lossy().into_owned();

    let listed = run(&data, &["council", "list"])?;
    assert!(
        said(&listed).contains("Our council: 0 young people, 0 staff"),
        "{}",
        said(&listed)
    );

    let refusals = [
        (
            vec!["--out-of-hours-phone", "ring us"],
            "is not a phone number",
        ),
        (
            vec![
                "--out-of-hours-phone",
                "0300 555 0300",
                "--escalate-after-minutes",
                "0",
            ],
            "1 to 10080 minutes",
        ),
        (
            vec![
                "--out-of-hours-phone",
                "0300 555 0300",
                "--contact-rules",
                &bad_rules,
            ],
            "are not valid",
        ),
        (
            vec![
                "--out-of-hours-phone",
                "0300 555 0300",
                "--advocacy-name",
                "Voices",
                "--advocacy-web",
                "ftp://voices",
            ],
            "starts with https://",
        ),
    ];
    for (args, why) in refusals {
        let mut all = vec!["council", "add", "--name", "Northvale"];
        all.extend(args);
        let refused = run(&data, &all)?;
        assert!(
            !refused.status.success() && said(&refused).contains(why),
            "{why}: {}",
            said(&refused)
        );
    }
    let listed = said(&run(&data, &["council", "list"])?);
    assert!(
        !listed.contains("Northvale"),
        "nothing refused was stored: {listed}"
    );

    let added = run(
        &data,
        &[
            "council",
            "add",
            "--name",
            "Northvale",
            "--out-of-hours-phone",
            "0300 555 0300",
            "--contact-rules",
            &rules,
            "--notify-email-template",
            "nv-email",
        ],
    )?;
    assert!(added.status.success(), "{}", said(&added));
    let again = run(
        &data,
        &[
            "council",
            "add",
            "--name",
            "northvale",
            "--out-of-hours-phone",
            "0300 555 0300",
        ],
    )?;
    assert!(said(&again).contains("already called"), "{}", said(&again));

    let which = run(
        &data,
        &[
            "user",
            "add",
            "--username",
            "nico",
            "--name",
            "Nico Adams",
            "--role",
            "personal_adviser",
        ],
    )?;
    assert!(
        said(&which).contains("there are 2 councils: say which with --council"),
        "{}",
        said(&which)
    );
    let nico = run(
        &data,
        &[
            "user",
            "add",
            "--username",
            "nico",
            "--name",
            "Nico Adams",
            "--role",
            "personal_adviser",
            "--council",
            "Northvale",
            "--team",
            "Leaving care",
        ],
    )?;
    assert!(nico.status.success(), "{}", said(&nico));

    let set = run(
        &data,
        &[
            "council",
            "set",
            "--name",
            "Northvale",
            "--rename-to",
            "Northvale Council",
            "--advocacy-name",
            "Voices",
            "--advocacy-phone",
            "0300 555 0400",
            "--escalate-after-minutes",
            "45",
        ],
    )?;
    assert!(set.status.success(), "{}", said(&set));
    let listed = said(&run(&data, &["council", "list"])?);
    for expected in [
        "Northvale Council: 0 young people, 1 staff",
        "out of hours: 0300 555 0300",
        "advocacy: Voices, 0300 555 0400",
        "contact rules: Northvale standards",
        "after 45 minutes",
        "email nv-email, text none",
    ] {
        assert!(listed.contains(expected), "{expected}: {listed}");
    }
    let cleared = run(
        &data,
        &[
            "council",
            "set",
            "--name",
            "Northvale Council",
            "--no-advocacy",
            "--no-notify-templates",
        ],
    )?;
    assert!(cleared.status.success(), "{}", said(&cleared));
    let listed = said(&run(&data, &["council", "list"])?);
    assert!(
        listed.contains("advocacy: none") && listed.contains("email none, text none"),
        "{listed}"
    );
    let unknown = run(
        &data,
        &[
            "council",
            "set",
            "--name",
            "Southvale",
            "--escalate-after-minutes",
            "60",
        ],
    )?;
    assert!(
        said(&unknown).contains("no council is called \"Southvale\""),
        "{}",
        said(&unknown)
    );

    let db = pathway_server::db::Db::open_in(&data)?;
    let logged: Vec<(String, String)> = db.with_connection(|conn| {
        let mut rows = conn.prepare(
            "SELECT event, username FROM audit_log WHERE event LIKE 'council_%' ORDER BY id",
        )?;
        let rows = rows.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        rows.collect::<Result<Vec<_>, _>>()
    })??;
    assert_eq!(
        logged,
        [
            ("council_added".to_owned(), "Northvale".to_owned()),
            ("council_changed".to_owned(), "Northvale Council".to_owned()),
            ("council_changed".to_owned(), "Northvale Council".to_owned()),
        ]
    );
    Ok(())
}

#[test]
fn a_reader_that_has_gone_does_not_break_a_command() -> TestResult {
    let dir = tempfile::tempdir()?;
    let (reader, writer) = std::io::pipe()?;
    // As `| head` that has read its lines and gone, before the command says
    // anything.
    drop(reader);
    let listed = Command::new(env!("CARGO_BIN_EXE_pathway-server"))
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .args(["council", "list"])
        .stdout(writer)
        .output()?;
    let stderr = String::from_utf8_lossy(&listed.stderr);
    assert!(
        listed.status.success() && !stderr.contains("panicked"),
        "{stderr}"
    );
    Ok(())
}
