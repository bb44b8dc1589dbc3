//! The live stream over real HTTP: who hears what, that nothing personal is
//! ever carried, and that a stream ends with its sign-in.

mod common;

use std::time::Duration;

use common::{Server, TestResult};
use pathway_app::ids;
use reqwest::StatusCode;
use serde_json::json;

/// An open stream, read as a phone reads it.
struct Stream {
    response: reqwest::Response,
    buffer: String,
}

/// One event: its name and its data.
#[derive(Debug, PartialEq)]
struct Event {
    name: String,
    data: String,
}

impl Stream {
    async fn open(server: &Server, token: &str) -> Result<Stream, Box<dyn std::error::Error>> {
        let response = server
            .http
            .get(server.url("/api/live"))
            .bearer_auth(token)
            .send()
            .await?;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            response
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok()),
            Some("text/event-stream")
        );
        Ok(Stream {
            response,
            buffer: String::new(),
        })
    }

    /// The next event within `wait`; `None` if none came, or the stream
    /// ended.
    async fn next(&mut self, wait: Duration) -> Result<Option<Event>, Box<dyn std::error::Error>> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let block: String = self.buffer.drain(..end + 2).collect();
                let mut event = Event {
                    name: String::new(),
                    data: String::new(),
                };
                for line in block.lines() {
                    if let Some(name) = line.strip_prefix("event:") {
                        event.name = name.trim().to_owned();
                    } else if let Some(data) = line.strip_prefix("data:") {
                        event.data.push_str(data.trim());
                    }
                }
                // Comments (keep-alives) are not events.
                if !event.name.is_empty() {
                    return Ok(Some(event));
                }
                continue;
            }
            match tokio::time::timeout_at(deadline, self.response.chunk()).await {
                Err(_) => return Ok(None),
                Ok(chunk) => match chunk? {
                    Some(bytes) => self.buffer.push_str(std::str::from_utf8(&bytes)?),
                    None => return Ok(None),
                },
            }
        }
    }

    /// Whether the stream has ended (within `wait`).
    async fn ends(&mut self, wait: Duration) -> Result<bool, Box<dyn std::error::Error>> {
        match tokio::time::timeout(wait, self.response.chunk()).await {
            Err(_) => Ok(false),
            Ok(chunk) => Ok(chunk?.is_none()),
        }
    }
}

const SOON: Duration = Duration::from_secs(2);
const QUIET: Duration = Duration::from_millis(700);

fn changed() -> Event {
    Event {
        name: "changed".into(),
        data: String::new(),
    }
}

fn ended() -> Event {
    Event {
        name: "ended".into(),
        data: String::new(),
    }
}

/// Ella writes a statement from the phone signed in with `token`.
async fn ella_writes(server: &Server, token: &str, owner: &str) -> TestResult {
    server
        .add_record(
            token,
            owner,
            "statement",
            json!({ "topic": "problem", "feeling": "worried", "text": "My rent went up." }),
        )
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_reaches_those_who_may_see_it_and_no_one_else_and_says_nothing_of_it() -> TestResult
{
    let server = Server::start().await?;
    for someone in ["priya", "ruby"] {
        common::sql(&server.db, |conn| {
            pathway_server::accounts::reset_password(conn, someone, pathway_server::demo::PASSWORD)
        })?;
    }
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?.to_owned();
    let (ellas_other_phone, _) = server.sign_in("ella").await?;
    let (sam, _) = server.sign_in("sam").await?;
    let (morgan, _) = server.sign_in("morgan").await?;
    let (priya, _) = server.sign_in("priya").await?;
    let (ruby, _) = server.sign_in("ruby").await?;

    let mut on_ellas_phone = Stream::open(&server, &ella).await?;
    let mut on_her_other_phone = Stream::open(&server, &ellas_other_phone).await?;
    let mut on_sams = Stream::open(&server, &sam).await?;
    let mut on_morgans = Stream::open(&server, &morgan).await?;
    let mut on_priyas = Stream::open(&server, &priya).await?;
    let mut on_rubys = Stream::open(&server, &ruby).await?;

    ella_writes(&server, &ella, &owner).await?;

    assert_eq!(on_sams.next(SOON).await?, Some(changed()), "her adviser");
    assert_eq!(on_morgans.next(SOON).await?, Some(changed()), "his manager");
    assert_eq!(
        on_her_other_phone.next(SOON).await?,
        Some(changed()),
        "her other phone"
    );
    assert_eq!(
        on_ellas_phone.next(QUIET).await?,
        None,
        "the phone that sent it has it already"
    );
    assert_eq!(
        on_priyas.next(QUIET).await?,
        None,
        "another adviser in the team hears nothing of Ella"
    );
    assert_eq!(
        on_rubys.next(QUIET).await?,
        None,
        "another young person hears nothing of Ella"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_change_tells_no_one() -> TestResult {
    let server = Server::start().await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?.to_owned();
    let (sam, _) = server.sign_in("sam").await?;
    let mut on_sams = Stream::open(&server, &sam).await?;
    let answer = server
        .push_mutations(
            &ella,
            vec![json!({ "mutation_id": 1, "kind": "statement", "record_id": ids::new(),
                         "young_person_id": owner, "base_version": 0,
                         "data": { "topic": "problem", "feeling": "worried", "text": "Hi", "stray": 1 } })],
        )
        .await?;
    assert_eq!(answer["outcomes"][0]["outcome"], "rejected", "{answer}");
    assert_eq!(on_sams.next(QUIET).await?, None);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stream_ends_when_its_sign_in_does() -> TestResult {
    let server = Server::start().await?;

    // Signed out on the phone itself.
    let (ella, _) = server.sign_in("ella").await?;
    let mut stream = Stream::open(&server, &ella).await?;
    let status = server
        .http
        .post(server.url("/api/auth/logout"))
        .bearer_auth(&ella)
        .send()
        .await?
        .status();
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(stream.next(SOON).await?, Some(ended()), "signed out");
    assert!(stream.ends(SOON).await?);

    // Signed out from her other phone.
    let (lost_phone, _) = server.sign_in("ella").await?;
    let (in_hand, _) = server.sign_in("ella").await?;
    let mut on_lost = Stream::open(&server, &lost_phone).await?;
    let mut on_hand = Stream::open(&server, &in_hand).await?;
    let status = server
        .http
        .post(server.url("/api/me/sessions/end-others"))
        .bearer_auth(&in_hand)
        .send()
        .await?
        .status();
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        on_lost.next(SOON).await?,
        Some(ended()),
        "signed out elsewhere"
    );
    assert!(on_lost.ends(SOON).await?);
    assert_eq!(
        on_hand.next(QUIET).await?,
        None,
        "the phone in her hand stays"
    );

    // Her account locked by the manager.
    let (sam, _) = server.sign_in("sam").await?;
    let sams_id = server.id_of("sam")?;
    let mut on_sams = Stream::open(&server, &sam).await?;
    let (morgan, _) = server.sign_in("morgan").await?;
    let status = server
        .http
        .post(server.url(&format!("/api/accounts/{sams_id}/lock")))
        .bearer_auth(&morgan)
        .send()
        .await?
        .status();
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(on_sams.next(SOON).await?, Some(ended()), "locked");
    assert!(on_sams.ends(SOON).await?);
    let (after, _) = server.get("/api/live", &sam).await?;
    assert_eq!(after, StatusCode::UNAUTHORIZED, "nor can it be reopened");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_stream_without_a_sign_in() -> TestResult {
    let server = Server::start().await?;
    let status = server
        .http
        .get(server.url("/api/live"))
        .send()
        .await?
        .status();
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = server.get("/api/live", "not-a-token").await?;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_push_sent_again_is_answered_again_but_heard_of_once() -> TestResult {
    let server = Server::start().await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?.to_owned();
    let (sam, _) = server.sign_in("sam").await?;
    let mut on_sams = Stream::open(&server, &sam).await?;
    // The phone never got the answer, so it sends the very same push again.
    let body = json!({
        "client_id": ids::new(), "schema_version": 1,
        "mutations": [{ "mutation_id": 1, "kind": "message", "record_id": ids::new(),
                        "young_person_id": owner, "base_version": 0, "data": { "text": "Are you there?" } }],
    });
    for _ in 0..2 {
        let answer: serde_json::Value = server
            .http
            .post(server.url("/api/sync/push"))
            .bearer_auth(&ella)
            .json(&body)
            .send()
            .await?
            .json()
            .await?;
        assert_eq!(answer["outcomes"][0]["outcome"], "applied", "{answer}");
    }
    assert_eq!(on_sams.next(SOON).await?, Some(changed()));
    assert_eq!(on_sams.next(QUIET).await?, None, "heard of once");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_sharing_postgresql_tell_each_others_phones_live() -> TestResult {
    let Some((one, two)) = common::two_servers().await? else {
        return Ok(());
    };
    let (ella, user) = one.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?.to_owned();
    let (sam, _) = two.sign_in("sam").await?;
    let (ellas_other_phone, _) = two.sign_in("ella").await?;
    let mut sams_stream = Stream::open(&two, &sam).await?;
    let mut her_other_stream = Stream::open(&two, &ellas_other_phone).await?;

    // What she writes through one reaches her adviser's phone and her other
    // phone, both listening on the other.
    ella_writes(&one, &ella, &owner).await?;
    assert_eq!(sams_stream.next(SOON).await?, Some(changed()));
    assert_eq!(her_other_stream.next(SOON).await?, Some(changed()));
    // And what they then pull from the other server has it.
    let (_, page) = two.get("/api/sync/pull?cursor=0", &sam).await?;
    assert!(page.to_string().contains("My rent went up."));

    // A sign-in ended through one ends its stream on the other.
    let (morgan, _) = one.sign_in("morgan").await?;
    let sam_id = one.id_of("sam")?;
    let locked = one
        .http
        .post(one.url(&format!("/api/accounts/{sam_id}/lock")))
        .bearer_auth(&morgan)
        .send()
        .await?;
    assert_eq!(locked.status(), StatusCode::NO_CONTENT);
    assert_eq!(sams_stream.next(SOON).await?, Some(ended()));
    assert!(sams_stream.ends(SOON).await?);
    // Her stream goes on, and hears nothing of it.
    assert_eq!(her_other_stream.next(QUIET).await?, None);
    Ok(())
}
