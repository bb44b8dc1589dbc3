//! Her conversation over real HTTP: who may write and mark it read, what
//! the server stamps, and that a message, once kept, never changes.

mod common;

use common::{Server, TestResult};
use pathway_app::ids;
use serde_json::{json, Value};
use uuid::Uuid;

fn change(kind: &str, record: Uuid, owner: &str, data: Value) -> Value {
    json!({ "mutation_id": 1, "kind": kind, "record_id": record, "young_person_id": owner,
            "base_version": 0, "data": data })
}

fn outcome(answer: &Value) -> (String, String) {
    let first = &answer["outcomes"][0];
    (
        first["outcome"].as_str().unwrap_or_default().to_owned(),
        first["reason"].as_str().unwrap_or_default().to_owned(),
    )
}

async fn pulled(
    server: &Server,
    token: &str,
    id: Uuid,
) -> Result<Value, Box<dyn std::error::Error>> {
    let (_, page) = server.get("/api/sync/pull?cursor=0", token).await?;
    page["records"]
        .as_array()
        .and_then(|records| records.iter().find(|r| r["id"] == json!(id)).cloned())
        .ok_or_else(|| format!("{id} not pulled").into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn she_and_her_adviser_write_the_manager_reads_and_the_server_says_who() -> TestResult {
    let server = Server::start().await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?.to_owned();
    let (sam, _) = server.sign_in("sam").await?;
    let (morgan, _) = server.sign_in("morgan").await?;

    let hers = ids::new();
    let answer = server
        .push_mutations(
            &ella,
            vec![change(
                "message",
                hers,
                &owner,
                json!({ "text": "Can we meet Friday?", "by_name": "Someone Else" }),
            )],
        )
        .await?;
    assert_eq!(outcome(&answer).0, "applied", "{answer}");
    let kept = pulled(&server, &morgan, hers).await?;
    assert_eq!(
        kept["data"],
        json!({ "text": "Can we meet Friday?", "by_name": "Ella Morris" }),
        "the name is the server's"
    );

    let his = ids::new();
    let answer = server
        .push_mutations(
            &sam,
            vec![change(
                "message",
                his,
                &owner,
                json!({ "text": "Friday's fine." }),
            )],
        )
        .await?;
    assert_eq!(outcome(&answer).0, "applied");

    let answer = server
        .push_mutations(
            &morgan,
            vec![change(
                "message",
                ids::new(),
                &owner,
                json!({ "text": "Hello" }),
            )],
        )
        .await?;
    assert_eq!(
        outcome(&answer),
        (
            "rejected".into(),
            "Team managers can read conversations but not write in them.".into()
        )
    );
    let answer = server
        .push_mutations(
            &morgan,
            vec![change(
                "seen",
                ids::new(),
                &owner,
                json!({ "up_to": his, "read": true }),
            )],
        )
        .await?;
    assert_eq!(
        outcome(&answer),
        (
            "rejected".into(),
            "Only the people in a conversation say they have read it.".into()
        )
    );

    // Her receipt: the time and name are the server's, not the phone's.
    let seen = ids::new();
    let answer = server
        .push_mutations(
            &ella,
            vec![change(
                "seen",
                seen,
                &owner,
                json!({ "up_to": his, "read": true, "at": 1, "by_name": "Sam" }),
            )],
        )
        .await?;
    assert_eq!(outcome(&answer).0, "applied", "{answer}");
    let receipt = pulled(&server, &sam, seen).await?;
    assert_eq!(receipt["data"]["by_name"], "Ella Morris");
    assert!(receipt["data"]["at"]
        .as_i64()
        .is_some_and(|at| at > 1_700_000_000));

    // A message is never changed or removed once kept.
    let edit = json!({ "mutation_id": 1, "kind": "message", "record_id": hers, "young_person_id": owner,
                       "base_version": 1, "data": { "text": "Actually Monday" } });
    let answer = server.push_mutations(&ella, vec![edit]).await?;
    assert_eq!(outcome(&answer).0, "rejected");
    let removal = json!({ "mutation_id": 1, "kind": "message", "record_id": hers, "young_person_id": owner,
                          "base_version": 1, "data": {}, "delete": true });
    assert_eq!(
        outcome(&server.push_mutations(&sam, vec![removal]).await?).0,
        "rejected"
    );
    assert_eq!(
        pulled(&server, &sam, hers).await?["data"]["text"],
        "Can we meet Friday?"
    );

    // No one writes in a conversation that isn't theirs to see.
    common::sql(&server.db, |conn| {
        pathway_server::accounts::reset_password(conn, "ruby", pathway_server::demo::PASSWORD)
    })?;
    let (ruby, _) = server.sign_in("ruby").await?;
    let answer = server
        .push_mutations(
            &ruby,
            vec![change(
                "message",
                ids::new(),
                &owner,
                json!({ "text": "Hi Ella" }),
            )],
        )
        .await?;
    assert_eq!(
        outcome(&answer),
        (
            "rejected".into(),
            "This doesn't exist, or isn't yours to change.".into()
        )
    );
    Ok(())
}
