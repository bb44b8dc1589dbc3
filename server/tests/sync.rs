//! Push and pull over real HTTP against a real SQLite file.

mod common;

use common::{Server, TestResult};
use pathway_app::goals::RatingFields;
use pathway_app::ids;
use pathway_server::args;
use pathway_server::db::StoreError;
use reqwest::StatusCode;
use serde_json::{json, Value};
use uuid::Uuid;

type Failure = Box<dyn std::error::Error>;

impl Server {
    async fn push(&self, token: &str, body: &Value) -> Result<(StatusCode, Value), Failure> {
        let response = self
            .http
            .post(self.url("/api/sync/push"))
            .bearer_auth(token)
            .json(body)
            .send()
            .await?;
        let status = response.status();
        Ok((status, response.json().await.unwrap_or(Value::Null)))
    }

    async fn pull(&self, token: &str, query: &str) -> Result<Value, Failure> {
        let (status, page) = self.get(&format!("/api/sync/pull?{query}"), token).await?;
        if status != StatusCode::OK {
            return Err(format!("pull answered {status}: {page}").into());
        }
        Ok(page)
    }

    /// The record of `kind` (and `part`, if given) that belongs to `owner`.
    async fn find(
        &self,
        token: &str,
        owner: &str,
        kind: &str,
        part: Option<&str>,
    ) -> Result<Value, Failure> {
        let page = self.pull(token, "cursor=0").await?;
        records(&page)
            .into_iter()
            .find(|r| {
                r["young_person_id"] == owner
                    && r["kind"] == kind
                    && part.is_none_or(|p| r["data"]["part"] == p)
            })
            .ok_or_else(|| format!("no {kind} record for {owner}").into())
    }
}

impl Server {
    async fn record(&self, token: &str, id: &Value) -> Result<Value, Failure> {
        let page = self.pull(token, "cursor=0").await?;
        records(&page)
            .into_iter()
            .find(|r| &r["id"] == id)
            .ok_or_else(|| format!("no record {id}").into())
    }
}

impl Server {
    /// Ella signs in: her token, her id, and the Money part of her plan.
    async fn ellas_money(&self) -> Result<(String, String, Value), Failure> {
        let (token, user) = self.sign_in("ella").await?;
        let owner = user["id"].as_str().ok_or("no id")?.to_owned();
        let money = self
            .find(&token, &owner, "plan_part", Some("money"))
            .await?;
        Ok((token, owner, money))
    }
}

/// Each mutation's outcome name, in order.
fn outcome_names(answer: &Value) -> Vec<Value> {
    answer["outcomes"]
        .as_array()
        .map(|all| all.iter().map(|o| o["outcome"].clone()).collect())
        .unwrap_or_default()
}

impl Server {
    /// One part of a young person's plan, as `token`'s person reads it.
    async fn plan_part(&self, token: &str, owner: &str, part: &str) -> Result<Value, Failure> {
        let plan = self
            .get(&format!("/api/young-people/{owner}/plan"), token)
            .await?
            .1;
        plan["parts"]
            .as_array()
            .and_then(|parts| parts.iter().find(|p| p["part"] == part).cloned())
            .ok_or_else(|| format!("no {part} in the plan").into())
    }
}

fn records(page: &Value) -> Vec<Value> {
    page["records"].as_array().cloned().unwrap_or_default()
}

fn push_body(client: Uuid, mutations: Vec<Value>) -> Value {
    json!({ "client_id": client, "schema_version": 1, "mutations": mutations })
}

fn words(id: usize, record: &Value, text: &str) -> Value {
    json!({
        "mutation_id": id,
        "kind": "plan_part",
        "record_id": record["id"],
        "young_person_id": record["young_person_id"],
        "base_version": record["version"],
        "data": { "what_i_think": text },
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replayed_push_is_answered_the_same_and_applied_once() -> TestResult {
    let server = Server::start().await?;
    let (ella, owner, money) = server.ellas_money().await?;
    let owner = owner.as_str();
    let body = push_body(ids::new(), vec![words(1, &money, "Saving £10 a week now")]);

    let (status, first) = server.push(&ella, &body).await?;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(first["outcomes"][0]["outcome"], "applied");
    let (_, again) = server.push(&ella, &body).await?;
    assert_eq!(again, first);

    let now = server
        .find(&ella, owner, "plan_part", Some("money"))
        .await?;
    assert_eq!(now["data"]["what_i_think"], "Saving £10 a week now");
    assert_eq!(
        now["version"].as_u64(),
        money["version"].as_u64().map(|v| v + 1),
        "applied exactly once"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gap_is_refused_so_the_phone_resends_in_order() -> TestResult {
    let server = Server::start().await?;
    let (ella, owner, money) = server.ellas_money().await?;
    let owner = owner.as_str();
    let client = ids::new();

    let (_, answer) = server
        .push(
            &ella,
            &push_body(client, vec![words(3, &money, "Skipped ahead")]),
        )
        .await?;
    assert_eq!(answer["outcomes"][0]["outcome"], "out_of_order");
    assert_eq!(answer["outcomes"][0]["expected"], 1);
    let unchanged = server
        .find(&ella, owner, "plan_part", Some("money"))
        .await?;
    assert_eq!(unchanged, money);

    let (_, answer) = server
        .push(
            &ella,
            &push_body(
                client,
                vec![words(1, &money, "First"), words(3, &money, "Third")],
            ),
        )
        .await?;
    let outcomes = outcome_names(&answer);
    assert_eq!(outcomes, [json!("applied"), json!("out_of_order")]);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_persons_client_id_is_refused() -> TestResult {
    let server = Server::start().await?;
    let (ella, owner, money) = server.ellas_money().await?;
    let owner = owner.as_str();
    let client = ids::new();
    server
        .push(&ella, &push_body(client, vec![words(1, &money, "Mine")]))
        .await?;

    let (sam, _) = server.sign_in("sam").await?;
    let (status, body) = server
        .push(
            &sam,
            &push_body(client, vec![words(2, &money, "Sam on Ella's phone id")]),
        )
        .await?;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"], "not_found");
    let (status, _) = server
        .get(&format!("/api/sync/pull?cursor=0&client_id={client}"), &sam)
        .await?;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        server
            .find(&ella, owner, "plan_part", Some("money"))
            .await?["data"]["what_i_think"],
        "Mine"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_foreign_record_is_not_found_changes_nothing_and_does_not_block_the_rest() -> TestResult {
    let server = Server::start().await?;
    let (sam, _) = server.sign_in("sam").await?;
    let jayden = server.id_of("jayden")?;
    let theirs = server
        .find(&sam, &jayden, "plan_part", Some("money"))
        .await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?;
    let hers = server
        .find(&ella, owner, "plan_part", Some("money"))
        .await?;

    let mut posing_as_hers = words(2, &theirs, "Posing as mine");
    posing_as_hers["young_person_id"] = json!(owner);
    let unknown = json!({
        "mutation_id": 3, "kind": "plan_part", "record_id": ids::new(),
        "young_person_id": owner, "base_version": 4, "data": { "what_i_think": "Nowhere" },
    });
    let body = push_body(
        ids::new(),
        vec![
            words(1, &theirs, "Not mine to write"),
            posing_as_hers,
            unknown,
            words(4, &hers, "Still saved"),
        ],
    );
    let (status, answer) = server.push(&ella, &body).await?;
    assert_eq!(status, StatusCode::OK);
    let outcomes = answer["outcomes"].as_array().ok_or("no outcomes")?;
    for refused in &outcomes[..3] {
        assert_eq!(refused["outcome"], "rejected");
        assert_eq!(
            refused["reason"],
            "This doesn't exist, or isn't yours to change."
        );
        assert_eq!(
            refused["why"], "not_found",
            "her phone says it in her words"
        );
    }
    assert_eq!(outcomes[3]["outcome"], "applied");
    assert_eq!(
        server
            .find(&sam, &jayden, "plan_part", Some("money"))
            .await?,
        theirs
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pull_never_holds_another_young_persons_records() -> TestResult {
    let server = Server::start().await?;
    let (ella, user) = server.sign_in("ella").await?;
    let page = server.pull(&ella, "cursor=0").await?;
    let owner = user["id"].clone();
    assert!(!records(&page).is_empty());
    assert!(records(&page).iter().all(|r| r["young_person_id"] == owner));
    let people: Vec<_> = page["people"]
        .as_array()
        .ok_or("no people")?
        .iter()
        .map(|p| p["name"].clone())
        .collect();
    assert_eq!(people, [json!("Ella Morris")]);

    let (sam, _) = server.sign_in("sam").await?;
    let page = server.pull(&sam, "cursor=0").await?;
    let ruby = server.id_of("ruby")?;
    assert!(records(&page)
        .iter()
        .all(|r| r["young_person_id"] != ruby.as_str()));
    assert_eq!(page["people"].as_array().map(Vec::len), Some(12));

    // Nothing new since the cursor: an empty page, same cursor.
    let cursor = page["cursor"].as_u64().ok_or("no cursor")?;
    let next = server
        .pull(
            &sam,
            &format!(
                "cursor={cursor}&scope={}",
                page["scope"].as_str().unwrap_or("")
            ),
        )
        .await?;
    assert_eq!(records(&next).len(), 0);
    assert_eq!(next["cursor"].as_u64(), Some(cursor));
    assert_eq!(next["reset"], false);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changes_to_different_fields_merge_and_to_the_same_field_keep_both() -> TestResult {
    let server = Server::start().await?;
    let (sam, _) = server.sign_in("sam").await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?;
    let action = server
        .find(&sam, owner, "plan_action", Some("where_i_live"))
        .await?;
    let change = |id: usize, data: Value| {
        json!({ "mutation_id": id, "kind": "plan_action", "record_id": action["id"],
                "young_person_id": owner, "base_version": action["version"], "data": data })
    };
    // Two of Sam's phones, both offline, change different fields.
    let (phone_a, phone_b) = (ids::new(), ids::new());
    server
        .push(
            &sam,
            &push_body(phone_a, vec![change(1, json!({ "done": true }))]),
        )
        .await?;
    let (_, answer) = server
        .push(
            &sam,
            &push_body(
                phone_b,
                vec![change(1, json!({ "who": "Sam and the housing officer" }))],
            ),
        )
        .await?;
    assert_eq!(answer["outcomes"][0]["outcome"], "applied");
    let merged = server.record(&sam, &action["id"]).await?;
    assert_eq!(merged["data"]["done"], true);
    assert_eq!(merged["data"]["who"], "Sam and the housing officer");
    assert_eq!(merged["data"]["what"], action["data"]["what"]);

    // Ella and Sam both rewrite the same words.
    let part = server
        .find(&ella, owner, "plan_part", Some("money"))
        .await?;
    server
        .push(
            &sam,
            &push_body(phone_a, vec![words(2, &part, "Sam: she is saving well")]),
        )
        .await?;
    let (_, answer) = server
        .push(
            &ella,
            &push_body(
                ids::new(),
                vec![words(1, &part, "Ella: I want to save more")],
            ),
        )
        .await?;
    assert_eq!(answer["outcomes"][0]["outcome"], "conflicted");
    let conflict_id = answer["outcomes"][0]["conflicts"][0].clone();

    let money = server.plan_part(&ella, owner, "money").await?;
    assert_eq!(money["what_i_think"], "Sam: she is saving well");
    assert_eq!(
        money["other_versions"][0]["text"],
        "Ella: I want to save more"
    );
    assert_eq!(money["other_versions"][0]["by_name"], "Ella Morris");
    assert_eq!(money["other_versions"][0]["id"], conflict_id);

    // Sam sees it too, and either of them settles it.
    let sams_view = server
        .get(&format!("/api/young-people/{owner}/plan"), &sam)
        .await?
        .1;
    assert!(sams_view.to_string().contains("Ella: I want to save more"));
    let conflict = server.find(&ella, owner, "conflict", None).await?;
    let settle = json!({ "mutation_id": 2, "kind": "conflict", "record_id": conflict_id, "young_person_id": owner,
                         "base_version": conflict["version"], "data": {}, "delete": true });
    let keep_hers = words(
        3,
        &server.record(&ella, &part["id"]).await?,
        "Ella: I want to save more",
    );
    let (_, answer) = server.push(&ella, &push_body(ids::new(), vec![json!({"mutation_id": 1, "kind": "plan_part", "record_id": part["id"], "young_person_id": owner, "base_version": 0, "data": {}}), settle, keep_hers])).await?;
    let outcomes = outcome_names(&answer);
    assert_eq!(
        outcomes,
        [json!("rejected"), json!("applied"), json!("applied")]
    );
    let money = server.plan_part(&sam, owner, "money").await?;
    assert_eq!(money["what_i_think"], "Ella: I want to save more");
    assert_eq!(money["other_versions"], json!([]));
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_old_app_is_told_to_reload_and_a_bad_query_gets_a_clear_error() -> TestResult {
    let server = Server::start().await?;
    let (ella, _) = server.sign_in("ella").await?;
    let mut body = push_body(ids::new(), vec![]);
    body["schema_version"] = json!(0);
    let (status, answer) = server.push(&ella, &body).await?;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(answer["error"], "reload_needed");

    let (status, answer) = server.get("/api/sync/pull?cursor=lots", &ella).await?;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer["error"], "invalid_input");

    let (status, _) = server
        .push("not-a-token", &push_body(ids::new(), vec![]))
        .await?;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_what_an_adviser_may_see_changes_his_next_pull_starts_again() -> TestResult {
    let server = Server::start().await?;
    let (sam, _) = server.sign_in("sam").await?;
    let page = server.pull(&sam, "cursor=0").await?;
    let query = format!(
        "cursor={}&scope={}",
        page["cursor"],
        page["scope"].as_str().unwrap_or("")
    );

    common::sql(&server.db, |conn| {
        conn.execute(
            "UPDATE young_people SET adviser_id = (SELECT id FROM users WHERE username = 'sam')
              WHERE user_id = (SELECT id FROM users WHERE username = 'ruby')",
            &[],
        )
    })?;
    let next = server.pull(&sam, &query).await?;
    assert_eq!(next["reset"], true);
    assert_ne!(next["scope"], page["scope"]);
    let ruby = server.id_of("ruby")?;
    assert!(records(&next)
        .iter()
        .any(|r| r["young_person_id"] == ruby.as_str()));
    assert_eq!(next["people"].as_array().map(Vec::len), Some(13));
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_young_person_never_receives_an_unshared_contact_nor_staffs_codes() -> TestResult {
    let server = Server::start().await?;
    let (sam, _) = server.sign_in("sam").await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?;
    let create = |id: usize, kind: &str, data: Value| {
        json!({ "mutation_id": id, "kind": kind, "record_id": ids::new(), "young_person_id": owner,
                "base_version": 0, "data": data })
    };
    let mutations = vec![
        create(
            1,
            "contact",
            json!({ "on": "2026-11-20", "kind": "home_visit", "summary": "Worried about her flatmate", "shared": false, "by_name": "Someone else" }),
        ),
        create(
            2,
            "contact",
            json!({ "on": "2026-11-21", "kind": "phone", "summary": "Talked about college", "shared": true }),
        ),
        create(
            3,
            "circumstances",
            json!({ "on": "2026-11-21", "in_touch": "YES", "activity": "F2", "accommodation": "U", "suitable": true }),
        ),
    ];
    let private_id = mutations[0]["record_id"].clone();
    let (_, answer) = server.push(&sam, &push_body(ids::new(), mutations)).await?;
    let outcomes = outcome_names(&answer);
    assert_eq!(
        outcomes,
        [json!("applied"), json!("applied"), json!("applied")]
    );

    let hers = server.pull(&ella, "cursor=0").await?;
    let text = hers.to_string();
    assert!(!text.contains("Worried about her flatmate"));
    assert!(!text.contains("\"F2\""));
    assert!(text.contains("Talked about college"));
    let private = records(&hers)
        .into_iter()
        .find(|r| r["id"] == private_id)
        .ok_or("no trace of it")?;
    assert_eq!(private["deleted"], true);
    assert_eq!(private["data"], json!({}));

    let his = server.pull(&sam, "cursor=0").await?;
    let note = records(&his)
        .into_iter()
        .find(|r| r["id"] == private_id)
        .ok_or("sam lost it")?;
    assert_eq!(note["data"]["summary"], "Worried about her flatmate");
    assert_eq!(
        note["data"]["by_name"], "Sam Okafor",
        "the server says who wrote it"
    );

    // A written record of contact is never changed, only corrected.
    let change = json!({ "mutation_id": 1, "kind": "contact", "record_id": private_id, "young_person_id": owner,
                         "base_version": 1, "data": { "summary": "Rewritten" } });
    let (_, answer) = server
        .push(&sam, &push_body(ids::new(), vec![change]))
        .await?;
    assert_eq!(answer["outcomes"][0]["outcome"], "rejected");
    // And she cannot write one.
    let (_, answer) = server
        .push(
            &ella,
            &push_body(
                ids::new(),
                vec![create(
                    1,
                    "contact",
                    json!({ "on": "2026-11-22", "kind": "phone", "summary": "Me" }),
                )],
            ),
        )
        .await?;
    assert_eq!(answer["outcomes"][0]["outcome"], "rejected");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn goals_are_hers_an_advisers_goal_arrives_as_a_suggestion_and_ratings_say_whose(
) -> TestResult {
    let server = Server::start().await?;
    let (sam, _) = server.sign_in("sam").await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?;
    let goal_id = ids::new();
    let create = |id: usize, kind: &str, record: Uuid, data: Value| json!({ "mutation_id": id, "kind": kind, "record_id": record, "young_person_id": owner, "base_version": 0, "data": data });
    let as_active = create(
        1,
        "goal",
        ids::new(),
        json!({ "domain": "healthy", "title": "Walk to college", "status": "active" }),
    );
    let as_suggestion = create(
        2,
        "goal",
        goal_id,
        json!({ "domain": "healthy", "title": "Walk to college", "status": "suggested" }),
    );
    let his_rating = create(
        3,
        "rating",
        ids::new(),
        json!({ "goal": goal_id, "on": "2026-11-26", "score": 2, "note": "From our chat" }),
    );
    let (_, answer) = server
        .push(
            &sam,
            &push_body(ids::new(), vec![as_active, as_suggestion, his_rating]),
        )
        .await?;
    assert_eq!(
        outcome_names(&answer),
        [json!("rejected"), json!("applied"), json!("applied")]
    );
    assert_eq!(
        answer["outcomes"][0]["reason"],
        "A goal you add is a suggestion she can accept or decline."
    );
    assert_eq!(answer["outcomes"][0]["why"], "not_kept");

    let suggestion = server.record(&ella, &json!(goal_id)).await?;
    assert_eq!(suggestion["data"]["status"], "suggested");
    assert_eq!(suggestion["data"]["suggested_by"], "Sam Okafor");

    let accept = json!({ "mutation_id": 1, "kind": "goal", "record_id": goal_id, "young_person_id": owner,
                         "base_version": suggestion["version"], "data": { "status": "active" } });
    let her_rating = create(
        2,
        "rating",
        ids::new(),
        json!({ "goal": goal_id, "on": "2026-11-27", "score": 3 }),
    );
    let bad_rating = create(
        3,
        "rating",
        ids::new(),
        json!({ "goal": goal_id, "on": "2026-11-27", "score": 6 }),
    );
    let her_note = create(
        4,
        "goal_note",
        ids::new(),
        json!({ "goal": goal_id, "text": "Me" }),
    );
    let (_, answer) = server
        .push(
            &ella,
            &push_body(ids::new(), vec![accept, her_rating, bad_rating, her_note]),
        )
        .await?;
    assert_eq!(
        outcome_names(&answer),
        [
            json!("applied"),
            json!("applied"),
            json!("rejected"),
            json!("rejected")
        ]
    );

    let page = server.pull(&ella, "cursor=0").await?;
    let ratings: Vec<_> = records(&page)
        .into_iter()
        .filter(|r| r["kind"] == "rating" && r["data"]["goal"] == json!(goal_id))
        .filter_map(|r| serde_json::from_value::<RatingFields>(r["data"].clone()).ok())
        .map(|r| (r.by_name, r.by_young_person))
        .collect();
    assert_eq!(
        ratings,
        [
            ("Sam Okafor".to_owned(), false),
            ("Ella Morris".to_owned(), true)
        ]
    );
    assert!(records(&page).iter().all(|r| r["young_person_id"] == owner));
    assert_eq!(
        server.record(&sam, &json!(goal_id)).await?["data"]["status"],
        "active"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_safety_flag_is_set_by_the_server_stored_once_and_seen_only_by_her_adviser_and_manager(
) -> TestResult {
    let server = Server::start().await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?;
    let statement_id = ids::new();
    let statement = json!({
        "mutation_id": 1, "kind": "statement", "record_id": statement_id, "young_person_id": owner, "base_version": 0,
        "data": { "topic": "where_i_live", "feeling": "scared", "text": "Someone keeps trying my door at night.", "call_me": true, "flag": false },
    });
    let body = push_body(ids::new(), vec![statement]);
    for _ in 0..3 {
        let (_, answer) = server.push(&ella, &body).await?;
        assert_eq!(outcome_names(&answer), [json!("applied")], "{answer}");
    }
    let stored: i64 = common::sql(&server.db, |conn| {
        conn.query_one("SELECT COUNT(*) FROM records WHERE kind = 'statement'", &[])?
            .get(0)
    })?;
    assert_eq!(stored, 1, "stored exactly once however often it is pushed");

    let (sam, _) = server.sign_in("sam").await?;
    let (morgan, _) = server.sign_in("morgan").await?;
    let seen = server.record(&sam, &json!(statement_id)).await?;
    assert_eq!(
        seen["data"]["flag"], true,
        "the server decides, not the phone"
    );
    assert_eq!(seen["data"]["by_name"], "Ella Morris");
    assert_eq!(
        server.record(&morgan, &json!(statement_id)).await?["data"]["flag"],
        true
    );

    let ack = json!({ "mutation_id": 1, "kind": "acknowledgement", "record_id": ids::new(), "young_person_id": owner,
                      "base_version": 0, "data": { "statement": statement_id } });
    let reply = json!({ "mutation_id": 2, "kind": "reply", "record_id": ids::new(), "young_person_id": owner,
                        "base_version": 0, "data": { "statement": statement_id, "text": "I'm calling you now." } });
    let (_, answer) = server
        .push(&sam, &push_body(ids::new(), vec![ack, reply]))
        .await?;
    assert_eq!(outcome_names(&answer), [json!("applied"), json!("applied")]);
    let page = server.pull(&ella, "cursor=0").await?;
    let ack = records(&page)
        .into_iter()
        .find(|r| r["kind"] == "acknowledgement")
        .ok_or("no acknowledgement")?;
    assert_eq!(ack["data"]["by_name"], "Sam Okafor");
    assert!(
        ack["data"]["at"].as_i64().is_some_and(|at| at > 0),
        "when it was acknowledged is recorded"
    );

    let own_ack = json!({ "mutation_id": 2, "kind": "acknowledgement", "record_id": ids::new(), "young_person_id": owner,
                          "base_version": 0, "data": { "statement": statement_id } });
    let (_, answer) = server
        .push(
            &ella,
            &push_body(
                body["client_id"].as_str().ok_or("no client")?.parse()?,
                vec![own_ack],
            ),
        )
        .await?;
    assert_eq!(outcome_names(&answer), [json!("rejected")]);

    // Moved to another adviser in the team: Sam no longer sees her words; Morgan still does.
    common::sql(&server.db, |conn| {
        conn.execute(
            "UPDATE young_people SET adviser_id = (SELECT id FROM users WHERE username = 'priya')
              WHERE user_id = (SELECT id FROM users WHERE username = 'ella')",
            &[],
        )
    })?;
    assert!(!server
        .pull(&sam, "cursor=0")
        .await?
        .to_string()
        .contains("trying my door"));
    assert!(server
        .pull(&morgan, "cursor=0")
        .await?
        .to_string()
        .contains("trying my door"));
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_pull_carries_the_councils_rules_and_safety_settings() -> TestResult {
    let server = Server::start().await?;
    let (ella, _) = server.sign_in("ella").await?;
    let page = server.pull(&ella, "cursor=0").await?;
    assert_eq!(page["settings"]["escalate_after_minutes"], 120);
    assert!(page["settings"]["out_of_hours_phone"]
        .as_str()
        .is_some_and(|n| !n.is_empty()));
    assert_eq!(page["rules"]["visit_after_move_days"], 7);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_statement_with_only_a_feeling_is_kept_but_an_empty_reply_is_not() -> TestResult {
    let server = Server::start().await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?;
    let statement = ids::new();
    let body = push_body(
        ids::new(),
        vec![
            json!({ "mutation_id": 1, "kind": "statement", "record_id": statement, "young_person_id": owner,
                     "base_version": 0, "data": { "topic": "feeling", "feeling": "sad", "text": "", "answers": [] } }),
        ],
    );
    assert_eq!(
        outcome_names(&server.push(&ella, &body).await?.1),
        [json!("applied")]
    );
    let (sam, _) = server.sign_in("sam").await?;
    let reply = push_body(
        ids::new(),
        vec![
            json!({ "mutation_id": 1, "kind": "reply", "record_id": ids::new(), "young_person_id": owner,
                     "base_version": 0, "data": { "statement": statement, "text": "  " } }),
        ],
    );
    assert_eq!(
        outcome_names(&server.push(&sam, &reply).await?.1),
        [json!("rejected")]
    );
    Ok(())
}

/// One mutation from a phone, creating (`base_version` 0) or changing.
fn change(id: usize, kind: &str, record: &str, owner: &str, base: u64, data: Value) -> Value {
    json!({
        "mutation_id": id, "kind": kind, "record_id": record,
        "young_person_id": owner, "base_version": base, "data": data,
    })
}

fn removal(id: usize, kind: &str, record: &str, owner: &str, base: u64) -> Value {
    json!({
        "mutation_id": id, "kind": kind, "record_id": record,
        "young_person_id": owner, "base_version": base, "data": {}, "delete": true,
    })
}

/// Each mutation's reason for being refused ("" where it was not).
fn reasons(answer: &Value) -> Vec<String> {
    answer["outcomes"]
        .as_array()
        .map(|all| {
            all.iter()
                .map(|o| o["reason"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// A whole plan as a review keeps it: ten parts, words in one.
fn plan_copy(money: &str) -> Value {
    let parts: Vec<Value> = [
        "contact_and_support",
        "education_and_training",
        "work_and_activities",
        "if_things_go_wrong",
        "where_i_live",
        "family_and_friends",
        "skills_for_living",
        "money",
        "health_and_wellbeing",
        "who_i_am",
    ]
    .iter()
    .map(|part| {
        let words = if *part == "money" { money } else { "" };
        json!({ "part": part, "what_i_think": words, "actions": [] })
    })
    .collect();
    json!({ "parts": parts })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_cannot_be_refused_and_a_recorded_version_never_changes() -> TestResult {
    let server = Server::start().await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?.to_owned();
    let owner = owner.as_str();
    let (sam, _) = server.sign_in("sam").await?;
    let ella_phone = ids::new();
    let sam_phone = ids::new();
    let request = ids::new().to_string();
    let review = ids::new().to_string();
    let today = pathway_server::db::today();
    let day = |from_today: i64| (today + time::Duration::days(from_today)).to_string();

    let (_, asked) = server
        .push(
            &ella,
            &push_body(
                ella_phone,
                vec![change(
                    1,
                    "review_request",
                    &request,
                    owner,
                    0,
                    json!({ "on": "2026-11-26", "why": "My flat is cold" }),
                )],
            ),
        )
        .await?;
    assert_eq!(outcome_names(&asked), ["applied"]);

    let not_ready = json!({ "stage": "recorded", "held_on": day(0), "next_review": day(175) });
    let (_, staff) = server
        .push(
            &sam,
            &push_body(
                sam_phone,
                vec![
                    removal(1, "review_request", &request, owner, 1),
                    change(
                        2,
                        "review_request",
                        &ids::new().to_string(),
                        owner,
                        0,
                        json!({ "on": "2026-11-26" }),
                    ),
                    change(
                        3,
                        "review",
                        &review,
                        owner,
                        0,
                        json!({ "stage": "draft", "who_took_part": "Ella and Sam" }),
                    ),
                    change(4, "review", &review, owner, 1, not_ready),
                    // A draft may be half done...
                    change(
                        5,
                        "review",
                        &review,
                        owner,
                        1,
                        json!({ "participation": "came_and_spoke", "next_review": day(206) }),
                    ),
                    // ...but is recorded only when whole and within the law.
                    change(
                        6,
                        "review",
                        &review,
                        owner,
                        2,
                        json!({ "stage": "recorded", "held_on": day(0) }),
                    ),
                ],
            ),
        )
        .await?;
    assert_eq!(
        outcome_names(&staff),
        ["rejected", "rejected", "applied", "rejected", "applied", "rejected"]
    );
    let why = reasons(&staff);
    assert!(
        why[1].contains("Only the young person asks for her review"),
        "{}",
        why[1]
    );
    assert_eq!(why[3], "Say how the young person took part.");
    assert_eq!(
        why[5],
        "The next review must be within six months of this one."
    );

    // Recording it: a review not yet held, or held too long ago, is refused.
    // Then all the law asks for is there, so the server numbers the version
    // (Ella's second: the demo has her first), signs it, and keeps her plan
    // as it stands, not the words a phone sent as its copy.
    let recording = |held_on: i64| {
        json!({
            "stage": "recorded", "held_on": day(held_on), "next_review": day(175),
            "plan": plan_copy("Words she never wrote"),
        })
    };
    let (_, recorded) = server
        .push(
            &sam,
            &push_body(
                sam_phone,
                vec![
                    change(7, "review", &review, owner, 2, recording(1)),
                    change(8, "review", &review, owner, 2, recording(-91)),
                    change(9, "review", &review, owner, 2, recording(0)),
                ],
            ),
        )
        .await?;
    assert_eq!(
        outcome_names(&recorded),
        ["rejected", "rejected", "applied"]
    );
    assert_eq!(
        reasons(&recorded)[..2],
        [
            "A review can only be written down once it has been held.",
            "A review has to be written down within 90 days of being held. Ask your team manager about recording an older one."
        ]
    );
    let version = server.record(&sam, &json!(review)).await?;
    assert_eq!(version["data"]["number"], 2);
    assert_eq!(version["data"]["by_name"], "Sam Okafor");
    let parts = version["data"]["plan"]["parts"]
        .as_array()
        .ok_or("no plan kept")?;
    assert_eq!(parts.len(), 10);
    assert_eq!(
        parts[7]["what_i_think"],
        "I'm trying to save £10 a week. Universal Credit dates confuse me."
    );
    assert!(!version.to_string().contains("Words she never wrote"));

    // Immutable: not Sam, not Ella, not removing it.
    let (_, after) = server
        .push(
            &sam,
            &push_body(
                sam_phone,
                vec![
                    change(
                        10,
                        "review",
                        &review,
                        owner,
                        3,
                        json!({ "held_on": day(-6) }),
                    ),
                    removal(11, "review", &review, owner, 3),
                ],
            ),
        )
        .await?;
    assert_eq!(outcome_names(&after), ["rejected", "rejected"]);
    assert!(reasons(&after)[0].contains("can't be changed"));
    let unchanged = server.record(&ella, &json!(review)).await?;
    assert_eq!(unchanged["version"], version["version"]);
    assert_eq!(unchanged["data"]["held_on"], day(0));

    // Her answer: a "no" needs her reasons; only she gives it; only to a
    // version of her own plan that has been written down.
    let answer = ids::new().to_string();
    let (_, answers) = server
        .push(&ella, &push_body(ella_phone, vec![
            change(2, "review", &review, owner, 3, json!({ "who_took_part": "Just me" })),
            change(3, "agreement", &ids::new().to_string(), owner, 0, json!({ "version": review, "agrees": false, "reasons": " " })),
            change(4, "agreement", &ids::new().to_string(), owner, 0, json!({ "version": ids::new(), "agrees": true })),
            change(5, "agreement", &answer, owner, 0, json!({ "version": review, "agrees": false, "reasons": "Nothing about the boiler" })),
        ]))
        .await?;
    assert_eq!(
        outcome_names(&answers),
        ["rejected", "rejected", "rejected", "applied"]
    );
    assert_eq!(
        reasons(&answers)[2],
        "This doesn't exist, or isn't yours to change."
    );
    let stored = server.record(&sam, &json!(answer)).await?;
    assert_eq!(stored["data"]["by_name"], "Ella Morris");
    assert_eq!(stored["data"]["reasons"], "Nothing about the boiler");

    let (_, sams_answer) = server
        .push(
            &sam,
            &push_body(
                sam_phone,
                vec![change(
                    10,
                    "agreement",
                    &ids::new().to_string(),
                    owner,
                    0,
                    json!({ "version": review, "agrees": true }),
                )],
            ),
        )
        .await?;
    assert_eq!(outcome_names(&sams_answer), ["rejected"]);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn whats_written_about_her_holds_her_words_and_no_one_elses() -> TestResult {
    let server = Server::start().await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?.to_owned();
    let (_, sent) = server
        .push(
            &ella,
            &push_body(
                ids::new(),
                vec![change(
                    1,
                    "statement",
                    &ids::new().to_string(),
                    &owner,
                    0,
                    json!({ "topic": "good_news", "text": "I passed my maths test" }),
                )],
            ),
        )
        .await?;
    assert_eq!(outcome_names(&sent), ["applied"]);

    let (status, written) = server.get("/api/me/written-about-me", &ella).await?;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(written["name"], "Ella Morris");
    assert_eq!(written["plan"]["parts"].as_array().map(Vec::len), Some(10));
    assert_eq!(written["versions"][0]["review"]["number"], 1);
    assert_eq!(written["versions"][0]["answers"][0]["agrees"], true);
    assert_eq!(
        written["statements"][0]["statement"]["text"],
        "I passed my maths test"
    );
    assert!(written["goals"].as_array().is_some_and(|g| !g.is_empty()));
    let text = written.to_string();
    assert!(
        text.contains("Looked round the flat together"),
        "a shared note is hers to read"
    );
    assert!(
        !text.contains("her mum has been in touch"),
        "an unshared note's words are not"
    );
    assert!(
        !text.contains("Jayden") && !text.contains("Amira"),
        "nobody else's records"
    );
    let staff_only = written["staff_only"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        staff_only.len(),
        2,
        "the unshared note and the national data: {staff_only:?}"
    );
    assert!(staff_only.iter().all(|s| s["on"].is_string()));

    let (sam, _) = server.sign_in("sam").await?;
    let (status, body) = server.get("/api/me/written-about-me", &sam).await?;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"], "not_found");
    let (status, _) = server
        .get("/api/me/written-about-me", "not-a-token")
        .await?;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removed_record_keeps_nothing_of_what_it_said() -> TestResult {
    let server = Server::start().await?;
    let (sam, _) = server.sign_in("sam").await?;
    let owner = server.id_of("ella")?;
    let action = ids::new().to_string();
    let phone = ids::new();
    let words = "Ring the landlord about the damp";
    let (_, answer) = server
        .push(
            &sam,
            &push_body(
                phone,
                vec![
                    change(
                        1,
                        "plan_action",
                        &action,
                        &owner,
                        0,
                        json!({ "part": "where_i_live", "what": words, "who": "Sam" }),
                    ),
                    removal(2, "plan_action", &action, &owner, 1),
                ],
            ),
        )
        .await?;
    assert_eq!(outcome_names(&answer), ["applied", "applied"]);
    let tombstone = server.record(&sam, &json!(action)).await?;
    assert_eq!(tombstone["deleted"], true);
    assert_eq!(tombstone["data"], json!({}));
    let (ella, _) = server.sign_in("ella").await?;
    assert!(!server
        .pull(&ella, "cursor=0")
        .await?
        .to_string()
        .contains(words));
    let stored: (String, String) = common::sql(&server.db, |conn| {
        let row = conn.query_one(
            "SELECT data, field_versions FROM records WHERE id = ?1",
            args![&action],
        )?;
        Ok::<_, StoreError>((row.get(0)?, row.get(1)?))
    })?;
    assert_eq!(stored, ("{}".to_owned(), "{}".to_owned()));
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_day_past_its_allowance_waits_until_tomorrow_and_nothing_is_refused_for_good(
) -> TestResult {
    let server = Server::start().await?;
    let (token, owner, money) = server.ellas_money().await?;
    let phone = ids::new();
    let (status, _) = server
        .push(&token, &push_body(phone, vec![words(1, &money, "First")]))
        .await?;
    assert_eq!(status, StatusCode::OK);
    // A runaway phone has used up her day.
    common::sql(&server.db, |conn| {
        conn.execute(
            "UPDATE daily_use SET changes = 1000 WHERE user_id = ?1",
            args![&owner],
        )
    })?;
    let money = server
        .find(&token, &owner, "plan_part", Some("money"))
        .await?;
    let response = server
        .http
        .post(server.url("/api/sync/push"))
        .bearer_auth(&token)
        .json(&push_body(phone, vec![words(2, &money, "Second")]))
        .send()
        .await?;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = response.headers()["retry-after"].to_str()?.parse()?;
    assert!((1..=86_400).contains(&wait), "{wait}");
    let body: Value = response.json().await?;
    assert_eq!(body["error"], "daily_limit");
    assert!(body["message"]
        .as_str()
        .is_some_and(|m| m.contains("saved on this phone")));
    let money = server
        .find(&token, &owner, "plan_part", Some("money"))
        .await?;
    assert_eq!(money["data"]["what_i_think"], "First", "nothing applied");
    // Tomorrow, the same change goes through as if nothing happened.
    common::sql(&server.db, |conn| {
        conn.execute("DELETE FROM daily_use", &[])
    })?;
    let (_, answer) = server
        .push(&token, &push_body(phone, vec![words(2, &money, "Second")]))
        .await?;
    assert_eq!(outcome_names(&answer), ["applied"]);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_of_a_pull_stay_small_in_bytes_and_together_hold_everything() -> TestResult {
    let server = Server::start().await?;
    let (sam, _) = server.sign_in("sam").await?;
    let owner = server.id_of("ella")?;
    let long = "A long visit note. ".repeat(200);
    // Two pushes, each under the largest body the server takes.
    let phone = ids::new();
    for batch in [1..=150, 151..=300] {
        let notes: Vec<Value> = batch
            .map(|n| {
                change(n, "contact", &ids::new().to_string(), &owner, 0,
                    json!({ "on": "2026-11-20", "kind": "phone", "summary": long, "shared": false }))
            })
            .collect();
        let (status, answer) = server.push(&sam, &push_body(phone, notes)).await?;
        assert_eq!(status, StatusCode::OK);
        assert!(outcome_names(&answer).iter().all(|o| o == "applied"));
    }

    let mut cursor = 0;
    let mut pages = 0;
    let mut long_notes = 0;
    loop {
        let page = server.pull(&sam, &format!("cursor={cursor}")).await?;
        let size = serde_json::to_string(&page["records"])?.len();
        assert!(size < 700 * 1024, "a page of {size} bytes");
        pages += 1;
        long_notes += records(&page)
            .iter()
            .filter(|r| r["data"]["summary"] == long.as_str())
            .count();
        cursor = page["cursor"].as_u64().ok_or("no cursor")?;
        if page["more"] != true {
            break;
        }
    }
    assert_eq!(long_notes, 300);
    assert!(pages >= 3, "{pages} pages");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_a_phone_no_longer_needs_are_not_kept() -> TestResult {
    let server = Server::start().await?;
    let (token, owner, money) = server.ellas_money().await?;
    let phone = ids::new();
    let kept = || -> Result<i64, Box<dyn std::error::Error>> {
        common::sql(&server.db, |conn| {
            conn.query_one(
                "SELECT COUNT(*) FROM mutation_outcomes WHERE client_id = ?1",
                args![phone],
            )?
            .get::<i64>(0)
        })
    };
    let first = vec![words(1, &money, "One"), words(2, &money, "Two")];
    let (_, answer) = server
        .push(&token, &push_body(phone, first.clone()))
        .await?;
    assert_eq!(kept()?, 2);
    // The same push again (its answer was lost) is answered the same.
    let (_, again) = server.push(&token, &push_body(phone, first)).await?;
    assert_eq!(again, answer);
    let money = server
        .find(&token, &owner, "plan_part", Some("money"))
        .await?;
    // Its next push starts at 3: it has the answers to 1 and 2.
    server
        .push(&token, &push_body(phone, vec![words(3, &money, "Three")]))
        .await?;
    assert_eq!(kept()?, 1);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_by_staff_is_in_her_audit_trail_and_hers_are_not() -> TestResult {
    let server = Server::start().await?;
    let (token, owner, money) = server.ellas_money().await?;
    server
        .push(
            &token,
            &push_body(ids::new(), vec![words(1, &money, "Mine")]),
        )
        .await?;
    let (sam, _) = server.sign_in("sam").await?;
    let money = server
        .find(&sam, &owner, "plan_part", Some("money"))
        .await?;
    let phone = ids::new();
    let body = push_body(phone, vec![words(1, &money, "With Sam")]);
    server.push(&sam, &body).await?;
    // The same push again (a lost answer) is not a second change.
    server.push(&sam, &body).await?;
    let (morgan, _) = server.sign_in("morgan").await?;
    let (_, looked) = server
        .get(&format!("/api/young-people/{owner}/looked-at"), &morgan)
        .await?;
    assert_eq!(
        looked,
        json!([{ "by_name": "Sam Okafor", "by_role": "personal_adviser", "what": "changed", "at": looked[0]["at"] }])
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn references_must_be_hers_and_of_the_right_kind_and_text_and_dates_must_be_plain_and_sensible(
) -> TestResult {
    let server = Server::start().await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?.to_owned();
    let kyle = server.id_of("kyle")?;
    let statement = ids::new().to_string();
    let goal = ids::new().to_string();
    let (_, hers) = server
        .push(&ella, &push_body(ids::new(), vec![
            change(1, "statement", &statement, &owner, 0, json!({ "topic": "good_news", "text": "I got the job" })),
            change(2, "goal", &goal, &owner, 0, json!({ "domain": "ambitious", "title": "Pass my driving test", "status": "active" })),
        ]))
        .await?;
    assert_eq!(outcome_names(&hers), ["applied", "applied"]);

    let (sam, _) = server.sign_in("sam").await?;
    let new = || ids::new().to_string();
    let tomorrow_but_four = (pathway_server::db::today() + time::Duration::days(5)).to_string();
    let (_, answer) = server
        .push(&sam, &push_body(ids::new(), vec![
            // A reply on Kyle's record to Ella's words; to a goal; to nothing.
            change(1, "reply", &new(), &kyle, 0, json!({ "statement": statement, "text": "Well done" })),
            change(2, "reply", &new(), &owner, 0, json!({ "statement": goal, "text": "Well done" })),
            change(3, "goal_note", &new(), &owner, 0, json!({ "goal": ids::new(), "text": "Keep going" })),
            change(4, "contact", &new(), &owner, 0, json!({ "on": "2026-11-20", "kind": "phone", "summary": "Called", "shared": false, "corrects": statement })),
            // Words that would read differently on her screen, a bell, a far-off date.
            change(5, "reply", &new(), &owner, 0, json!({ "statement": statement, "text": "Well done \u{202E}enod lleW" })),
            change(6, "reply", &new(), &owner, 0, json!({ "statement": statement, "text": "Ding\u{0007}" })),
            change(7, "contact", &new(), &owner, 0, json!({ "on": tomorrow_but_four, "kind": "phone", "summary": "Called", "shared": false })),
            change(8, "plan_action", &new(), &owner, 0, json!({ "part": "money", "what": "Open an ISA", "by_when": "9999-12-31" })),
            change(9, "goal", &new(), &owner, 0, json!({ "domain": "safe", "title": "Feel safe", "status": "suggested",
                "steps": [{ "text": "Fix the lock", "done": false, "<img src=x onerror=alert(1)>": "x".repeat(1000) }] })),
            // All well: a reply to her words, with a new line in it.
            change(10, "reply", &new(), &owner, 0, json!({ "statement": statement, "text": "Well done!\nLet's celebrate." })),
        ]))
        .await?;
    assert_eq!(
        outcome_names(&answer),
        [
            "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected",
            "rejected", "rejected", "applied"
        ]
    );
    let why = reasons(&answer);
    for reason in &why[..4] {
        assert_eq!(reason, "This doesn't exist, or isn't yours to change.");
    }
    assert!(why[4].contains("invisible characters"), "{}", why[4]);
    assert!(why[5].contains("invisible characters"), "{}", why[5]);
    assert_eq!(why[6], "That day hasn't come yet.");
    assert_eq!(
        why[7],
        "That date doesn't look right: use one between 2000 and 2099."
    );
    assert_eq!(
        why[8],
        "\"steps[0].<img src=x onerror=alert(1)>\" isn't part of a goal."
    );
    let page = server.pull(&ella, "cursor=0").await?.to_string();
    assert!(!page.contains("onerror"));
    assert!(!page.contains("enod lleW"));
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_is_kept_is_the_record_as_its_type_writes_it_not_the_json_a_phone_sent() -> TestResult
{
    let server = Server::start().await?;
    let (sam, _) = server.sign_in("sam").await?;
    let ella = server.id_of("ella")?;
    let action = ids::new().to_string();
    let goal = ids::new().to_string();
    let (_, answer) = server
        .push(
            &sam,
            &push_body(
                ids::new(),
                vec![
                    change(
                        1,
                        "plan_action",
                        &action,
                        &ella,
                        0,
                        json!({ "part": "money", "what": "Open an ISA" }),
                    ),
                    change(
                        2,
                        "goal",
                        &goal,
                        &ella,
                        0,
                        json!({ "domain": "safe", "title": "Feel safe", "status": "suggested",
                "steps": [{ "text": "Fix the lock" }] }),
                    ),
                    // A field no action has, and one a goal's step has no room for.
                    change(
                        3,
                        "plan_action",
                        &action,
                        &ella,
                        1,
                        json!({ "colour": "red" }),
                    ),
                    change(
                        4,
                        "goal",
                        &goal,
                        &ella,
                        1,
                        json!({ "steps": [{ "text": "Fix the lock", "done": true, "by": "me" }] }),
                    ),
                ],
            ),
        )
        .await?;
    assert_eq!(
        outcome_names(&answer),
        ["applied", "applied", "rejected", "rejected"]
    );
    assert_eq!(
        reasons(&answer)[2..],
        [
            "\"colour\" can't be changed here.",
            "\"steps[0].by\" isn't part of a goal."
        ]
    );
    assert_eq!(
        server.record(&sam, &json!(action)).await?["data"],
        json!({ "part": "money", "what": "Open an ISA", "who": "", "by_when": null, "done": false })
    );
    assert_eq!(
        server.record(&sam, &json!(goal)).await?["data"],
        json!({ "domain": "safe", "title": "Feel safe", "status": "suggested", "by_when": null,
            "steps": [{ "text": "Fix the lock", "done": false }], "suggested_by": "Sam Okafor" })
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn she_ticks_off_an_action_that_names_her_and_the_server_says_who_and_when() -> TestResult {
    let server = Server::start().await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?;
    let page = server.pull(&ella, "cursor=0").await?;
    let action = |what: &str| {
        records(&page)
            .into_iter()
            .find(|r| r["young_person_id"] == owner && r["data"]["what"] == what)
            .ok_or_else(|| format!("no action {what}"))
    };
    let tutor = action("Find a maths tutor at college")?;
    let boiler = action("Report the boiler to the housing association and chase it")?;
    let change = |id: usize, record: &Value, data: Value| {
        json!({ "mutation_id": id, "kind": "plan_action", "record_id": record["id"],
                "young_person_id": owner, "base_version": record["version"], "data": data })
    };
    let before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs() as i64;
    let (status, answer) = server
        .push(
            &ella,
            &push_body(
                ids::new(),
                vec![
                    change(1, &tutor, json!({ "done": true })),
                    // Sam's to do, not hers; and hers to tick, not to reword.
                    change(2, &boiler, json!({ "done": true })),
                    change(3, &tutor, json!({ "what": "Skip maths" })),
                    // Whoever ticks, the server says who: a phone cannot.
                    change(4, &tutor, json!({ "done_by": "Sam Okafor" })),
                ],
            ),
        )
        .await?;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        outcome_names(&answer),
        ["applied", "rejected", "rejected", "rejected"]
    );
    assert!(answer["outcomes"][1]["reason"]
        .as_str()
        .is_some_and(|r| r.contains("tick off the actions that are yours")));

    let ticked = server.record(&ella, &tutor["id"]).await?;
    assert_eq!(ticked["data"]["done"], true);
    assert_eq!(ticked["data"]["done_by"], "Ella Morris");
    assert!(ticked["data"]["done_at"]
        .as_i64()
        .is_some_and(|at| at >= before));
    assert_eq!(ticked["data"]["what"], "Find a maths tutor at college");
    assert_eq!(
        server.record(&ella, &boiler["id"]).await?["data"]["done"],
        false
    );

    // Her adviser unticks it: who and when go with the tick.
    let (sam, _) = server.sign_in("sam").await?;
    let (_, answer) = server
        .push(
            &sam,
            &push_body(
                ids::new(),
                vec![change(1, &ticked, json!({ "done": false }))],
            ),
        )
        .await?;
    assert_eq!(outcome_names(&answer), ["applied"]);
    let unticked = server.record(&sam, &tutor["id"]).await?;
    assert_eq!(unticked["data"]["done"], false);
    assert_eq!(unticked["data"].get("done_by"), None);
    assert_eq!(unticked["data"].get("done_at"), None);
    Ok(())
}
