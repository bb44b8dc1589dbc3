//! Audits of practice over real HTTP: the manager draws and grades, the
//! adviser answers once, the head of service reads, and everyone else is
//! refused with a reason; nothing refused changes anything.

mod common;

use common::{Server, TestResult};
use pathway_app::practice::{Audits, Grade, PracticeAudit};
use reqwest::StatusCode;
use serde_json::{json, Value};

async fn post(
    server: &Server,
    token: &str,
    path: &str,
    body: Value,
) -> Result<(StatusCode, Value), Box<dyn std::error::Error>> {
    let response = server
        .http
        .post(server.url(path))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await?;
    let status = response.status();
    Ok((status, response.json().await.unwrap_or(Value::Null)))
}

fn grading() -> Value {
    json!({ "plan_quality": "good", "voice": "outstanding", "actions": "requires_improvement",
            "timeliness": "good", "comments": "Her words are in every part. Actions need dates." })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manager_draws_and_grades_the_adviser_answers_once_and_the_head_reads() -> TestResult {
    let server = Server::start().await?;
    let (morgan, _) = server.sign_in("morgan").await?;
    let (sam, _) = server.sign_in("sam").await?;
    let (jordan, _) = server.sign_in("jordan").await?;
    let (ella, _) = server.sign_in("ella").await?;

    for (token, why) in [
        (&sam, "Only a team manager"),
        (&jordan, "Only a team manager"),
        (&ella, "Only a team manager"),
    ] {
        let (status, body) = post(
            &server,
            token,
            "/api/practice-audits/samples",
            json!({ "size": 3 }),
        )
        .await?;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert!(body["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with(why));
    }
    for size in [0, 21] {
        let (status, body) = post(
            &server,
            &morgan,
            "/api/practice-audits/samples",
            json!({ "size": size }),
        )
        .await?;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(body["message"], "Draw from 1 to 20 plans at a time.");
    }
    let (status, body) = post(
        &server,
        &morgan,
        "/api/practice-audits/samples",
        json!({ "size": 3, "band": "under17" }),
    )
    .await?;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");

    // Three at random from the team…
    let (status, body) = post(
        &server,
        &morgan,
        "/api/practice-audits/samples",
        json!({ "size": 3 }),
    )
    .await?;
    assert_eq!(status, StatusCode::OK, "{body}");
    let drawn: Audits = serde_json::from_value(body)?;
    assert_eq!(drawn.audits.len(), 3);
    assert!(drawn
        .audits
        .iter()
        .all(|a| a.grading.is_none() && a.auditor == "Morgan Hughes"));
    // …then the whole team, which is smaller than 20.
    let (_, body) = post(
        &server,
        &morgan,
        "/api/practice-audits/samples",
        json!({ "size": 20 }),
    )
    .await?;
    let all: Audits = serde_json::from_value(body)?;
    let (_, caseload) = server.get("/api/young-people", &morgan).await?;
    assert_eq!(
        all.audits.len(),
        3 + caseload.as_array().map_or(0, Vec::len)
    );

    let newest = |audits: &Audits, name: &str| -> Option<PracticeAudit> {
        audits.audits.iter().find(|a| a.name == name).cloned()
    };
    let ella_audit = newest(&all, "Ella Morris").ok_or("Ella's plan was drawn")?;
    let ruby_audit = newest(&all, "Ruby Walsh").ok_or("Ruby's plan was drawn")?;
    let grade = format!("/api/practice-audits/{}/grading", ella_audit.id);
    let answer = format!("/api/practice-audits/{}/answer", ella_audit.id);

    // Sam sees his young people's audits only, and can't answer before grading.
    let (_, body) = server.get("/api/practice-audits", &sam).await?;
    let his: Audits = serde_json::from_value(body)?;
    assert!(his.audits.iter().all(|a| a.adviser == "Sam Okafor"));
    let (status, body) = post(&server, &sam, &answer, json!({ "text": "Thanks" })).await?;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["message"],
        "This audit hasn't been graded yet: answer it once it has."
    );
    let (status, _) = post(
        &server,
        &sam,
        &format!("/api/practice-audits/{}/answer", ruby_audit.id),
        json!({ "text": "Not mine" }),
    )
    .await?;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = post(&server, &sam, &grade, grading()).await?;
    assert_eq!(status, StatusCode::NOT_FOUND, "an adviser grades nothing");

    // Bad grades change nothing.
    let (status, _) = post(&server, &morgan, &grade, json!({ "plan_quality": "brilliant", "voice": "good", "actions": "good", "timeliness": "good" })).await?;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let mut long = grading();
    long["comments"] = json!("x".repeat(4001));
    let (status, _) = post(&server, &morgan, &grade, long).await?;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    let (status, body) = post(&server, &morgan, &grade, grading()).await?;
    assert_eq!(status, StatusCode::OK, "{body}");
    let graded: PracticeAudit = serde_json::from_value(body)?;
    assert_eq!(
        graded.grading.as_ref().map(|g| g.voice),
        Some(Grade::Outstanding)
    );

    let (status, _) = post(&server, &sam, &answer, json!({ "text": "  " })).await?;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, body) = post(
        &server,
        &sam,
        &answer,
        json!({ "text": "Dates added to every action on 26 Nov." }),
    )
    .await?;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["answered_by"], "Sam Okafor");
    let (status, body) = post(&server, &sam, &answer, json!({ "text": "Again" })).await?;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["message"], "This audit has been answered already.");
    let (status, body) = post(&server, &morgan, &grade, grading()).await?;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        body["message"],
        "The adviser has answered this audit, so its grades stay as they were."
    );

    // The head of service reads every audit and the counts, and changes nothing.
    let (_, body) = server.get("/api/practice-audits", &jordan).await?;
    let seen: Audits = serde_json::from_value(body)?;
    assert_eq!(seen.audits.len(), all.audits.len());
    assert_eq!((seen.graded, seen.answered), (1, 1));
    assert_eq!(
        seen.grades[0].counts,
        [0, 1, 0, 0],
        "quality of the plan: one good"
    );
    assert_eq!(
        seen.grades[2].counts,
        [0, 0, 1, 0],
        "actions: one requires improvement"
    );
    let (status, _) = post(&server, &jordan, &grade, grading()).await?;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // A young person sees no audits, and the answer stayed Sam's.
    let (status, _) = server.get("/api/practice-audits", &ella).await?;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, body) = server.get("/api/practice-audits", &morgan).await?;
    let now: Audits = serde_json::from_value(body)?;
    let ella_now = now
        .audits
        .iter()
        .find(|a| a.id == ella_audit.id)
        .ok_or("still there")?;
    assert_eq!(
        ella_now.answer.as_deref(),
        Some("Dates added to every action on 26 Nov.")
    );
    Ok(())
}
