//! Notifications with the app closed, against local stand-ins for a push
//! service and for GOV.UK Notify that check each request as the real ones
//! would: a push's VAPID signature, Notify's JWT, and that nothing she
//! wrote is in any of them.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use common::{Server, TestResult};
use hmac::{Hmac, Mac};
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{Signature, VerifyingKey};
use pathway_server::councils::{self, Changes};
use pathway_server::db::now;
use pathway_server::demo;
use pathway_server::notify::gov_notify::GovNotify;
use pathway_server::notify::Notifier;
use serde_json::{json, Value};
use sha2::Sha256;

const SERVICE: &str = "26785a09-ab16-4eb0-8407-a37497a57506";
const SECRET: &str = "3d844edf-8d35-48ac-975b-e847b4f122b0";

/// What the stand-ins were sent: pushes by the subscription they were for,
/// and Notify's requests by kind with their bodies. A request that fails
/// a check is recorded as a problem.
#[derive(Default)]
struct Heard {
    pushes: Vec<String>,
    notify: Vec<(String, Value)>,
    problems: Vec<String>,
}

type Shared = Arc<Mutex<Heard>>;

async fn push_service(
    State((heard, origin)): State<(Shared, String)>,
    Path(who): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> StatusCode {
    let problem = check_vapid(&headers, &origin).err();
    let Ok(mut heard) = heard.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR;
    };
    if let Some(problem) = problem {
        heard.problems.push(format!("push to {who}: {problem}"));
    }
    if !body.is_empty() {
        heard
            .problems
            .push(format!("push to {who} carried {} bytes", body.len()));
    }
    heard.pushes.push(who.clone());
    if who.starts_with("gone") {
        StatusCode::GONE
    } else {
        StatusCode::CREATED
    }
}

/// As RFC 8292 asks: `vapid t=<JWT>, k=<key>`, the JWT signed with ES256 by
/// that key, for this push service's origin, expiring within a day.
fn check_vapid(headers: &HeaderMap, origin: &str) -> Result<(), String> {
    let value = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .ok_or("no Authorization")?;
    let rest = value.strip_prefix("vapid t=").ok_or("not vapid")?;
    let (token, key) = rest.split_once(", k=").ok_or("no k=")?;
    let key = URL_SAFE_NO_PAD.decode(key).map_err(|e| e.to_string())?;
    let key = VerifyingKey::from_sec1_bytes(&key).map_err(|e| e.to_string())?;
    let (signed, signature) = token.rsplit_once('.').ok_or("no signature")?;
    let signature = Signature::from_slice(
        &URL_SAFE_NO_PAD
            .decode(signature)
            .map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    key.verify(signed.as_bytes(), &signature)
        .map_err(|_| "the signature does not verify".to_owned())?;
    let claims = signed.split('.').nth(1).ok_or("no claims")?;
    let claims: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(claims).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
    if claims["aud"] != origin {
        return Err(format!("aud is {}", claims["aud"]));
    }
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let exp = claims["exp"].as_i64().unwrap_or(0);
    if exp <= now || exp > now + 24 * 60 * 60 {
        return Err(format!("exp is {exp}"));
    }
    if !claims["sub"]
        .as_str()
        .is_some_and(|s| s.starts_with("mailto:"))
    {
        return Err("no sub".into());
    }
    if headers.get("ttl").is_none() {
        return Err("no TTL".into());
    }
    Ok(())
}

async fn gov_notify(
    State(heard): State<Shared>,
    Path(kind): Path<String>,
    headers: HeaderMap,
    body: axum::Json<Value>,
) -> StatusCode {
    let problem = check_notify_jwt(&headers).err();
    let Ok(mut heard) = heard.lock() else {
        return StatusCode::INTERNAL_SERVER_ERROR;
    };
    if let Some(problem) = problem {
        heard.problems.push(format!("notify {kind}: {problem}"));
    }
    heard.notify.push((kind, body.0));
    StatusCode::CREATED
}

/// As GOV.UK Notify's API documentation says: a bearer JWT, HS256 with the
/// secret key, `iss` the service id, `iat` within 30 seconds.
fn check_notify_jwt(headers: &HeaderMap) -> Result<(), String> {
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or("no bearer token")?;
    let (signed, signature) = token.rsplit_once('.').ok_or("no signature")?;
    let mut mac = Hmac::<Sha256>::new_from_slice(SECRET.as_bytes()).map_err(|e| e.to_string())?;
    mac.update(signed.as_bytes());
    mac.verify_slice(
        &URL_SAFE_NO_PAD
            .decode(signature)
            .map_err(|e| e.to_string())?,
    )
    .map_err(|_| "the signature does not verify".to_owned())?;
    let mut parts = signed.split('.');
    let header: Value = serde_json::from_slice(
        &URL_SAFE_NO_PAD
            .decode(parts.next().unwrap_or_default())
            .map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let claims: Value = serde_json::from_slice(
        &URL_SAFE_NO_PAD
            .decode(parts.next().unwrap_or_default())
            .map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    if header["alg"] != "HS256" || claims["iss"] != SERVICE {
        return Err(format!("header {header}, claims {claims}"));
    }
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    if (now - claims["iat"].as_i64().unwrap_or(0)).abs() > 30 {
        return Err("iat is not now".into());
    }
    Ok(())
}

/// Both stand-ins on one port: `/push/{who}` and `/v2/notifications/{kind}`.
async fn stand_ins() -> Result<(String, Shared), Box<dyn std::error::Error>> {
    let heard: Shared = Arc::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let origin = format!("http://{}", listener.local_addr()?);
    let router = Router::new()
        .route(
            "/push/{who}",
            post(push_service).with_state((heard.clone(), origin.clone())),
        )
        .route(
            "/v2/notifications/{kind}",
            post(gov_notify).with_state(heard.clone()),
        );
    tokio::spawn(async move { axum::serve(listener, router).await });
    Ok((origin, heard))
}

async fn subscribe(
    server: &Server,
    token: &str,
    endpoint: &str,
) -> Result<StatusCode, Box<dyn std::error::Error>> {
    Ok(server
        .http
        .post(server.url("/api/push/subscriptions"))
        .bearer_auth(token)
        .json(&json!({ "endpoint": endpoint, "keys": { "p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", "auth": "tBHItJI5svbpez7KI4CCXg" } }))
        .send()
        .await?
        .status())
}

/// What the stand-ins hear over the next moment, then forgotten.
async fn hear(heard: &Shared) -> Result<Heard, Box<dyn std::error::Error>> {
    tokio::time::sleep(Duration::from_millis(600)).await;
    let mut heard = heard.lock().map_err(|_| "poisoned")?;
    Ok(std::mem::take(&mut *heard))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_person_is_told_only_what_needs_them_and_nothing_of_what_was_said() -> TestResult {
    let (origin, heard) = stand_ins().await?;
    let mut notifier: Option<Notifier> = None;
    let server = Server::start_configured(None, |state| {
        state.notifier.push_hosts = vec!["127.0.0.1".to_owned()].into();
        state.notifier.public_url = "https://pathway.example".into();
        state.notifier.gov_notify =
            GovNotify::new(&format!("pathway_test-{SERVICE}-{SECRET}"), &origin).ok();
        notifier = Some(state.notifier.clone());
    })
    .await?;
    common::sql(&server.db, |conn| {
        councils::change(
            conn,
            demo::COUNCIL,
            &Changes {
                email_template: Some(Some("email-template".into())),
                sms_template: Some(Some("sms-template".into())),
                ..Changes::default()
            },
        )
    })?;
    let notifier = notifier.ok_or("no notifier")?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?.to_owned();
    let (sam, _) = server.sign_in("sam").await?;
    let (morgan, _) = server.sign_in("morgan").await?;
    for (token, who) in [(&ella, "ella"), (&sam, "sam"), (&morgan, "morgan")] {
        assert_eq!(
            subscribe(&server, token, &format!("{origin}/push/{who}")).await?,
            StatusCode::NO_CONTENT
        );
    }
    // A phone can't have the server send requests just anywhere.
    assert_eq!(
        subscribe(&server, &ella, "https://attacker.example/push").await?,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        subscribe(&server, &ella, "not a url").await?,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    server
        .add_record(
            &ella,
            &owner,
            "message",
            json!({ "text": "Can we meet Friday?" }),
        )
        .await?;
    let told = hear(&heard).await?;
    assert_eq!(told.pushes, ["sam"], "her message: her adviser");
    assert!(told.notify.is_empty(), "no email or text for a message");

    server
        .add_record(&sam, &owner, "message", json!({ "text": "Friday's fine." }))
        .await?;
    assert_eq!(hear(&heard).await?.pushes, ["ella"], "his message: her");

    let words = "Someone keeps trying my door at night.";
    server
        .add_record(
            &ella,
            &owner,
            "statement",
            json!({ "topic": "where_i_live", "feeling": "scared", "text": words }),
        )
        .await?;
    let told = hear(&heard).await?;
    assert_eq!(
        told.pushes,
        ["sam"],
        "a flag: his phone at once; the manager's only if it stays open"
    );
    let mut sent: Vec<(String, String)> = told
        .notify
        .iter()
        .map(|(kind, body)| {
            let to = body["email_address"]
                .as_str()
                .or(body["phone_number"].as_str())
                .unwrap_or_default();
            (kind.clone(), to.to_owned())
        })
        .collect();
    sent.sort();
    assert_eq!(
        sent,
        [
            ("email".to_owned(), "morgan@riverside.example".to_owned()),
            ("email".to_owned(), "sam@riverside.example".to_owned()),
            ("sms".to_owned(), "07700 900118".to_owned()),
            ("sms".to_owned(), "07700 900461".to_owned()),
        ]
    );
    for (kind, body) in &told.notify {
        assert_eq!(body["template_id"], format!("{kind}-template"));
        assert_eq!(
            body["personalisation"],
            json!({ "link": format!("https://pathway.example/young-people/{owner}") })
        );
        assert!(
            !body.to_string().contains("door"),
            "none of her words: {body}"
        );
    }
    assert!(told.problems.is_empty(), "{:?}", told.problems);

    // Still open past the council's escalation time (two hours): the
    // manager's phone, once.
    let soon = now() + 119 * 60;
    assert_eq!(notifier.escalate(&server.db, soon).await?, 0);
    let later = now() + 121 * 60;
    assert_eq!(notifier.escalate(&server.db, later).await?, 1);
    assert_eq!(hear(&heard).await?.pushes, ["morgan"]);
    assert_eq!(notifier.escalate(&server.db, later).await?, 0);

    // Signed out: that phone is told nothing more.
    server
        .http
        .post(server.url("/api/auth/logout"))
        .bearer_auth(&ella)
        .send()
        .await?;
    server
        .add_record(&sam, &owner, "message", json!({ "text": "Are you OK?" }))
        .await?;
    assert!(hear(&heard).await?.pushes.is_empty());
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_subscription_the_push_service_says_is_gone_is_forgotten() -> TestResult {
    let (origin, heard) = stand_ins().await?;
    let server = Server::start_configured(None, |state| {
        state.notifier.push_hosts = vec!["127.0.0.1".to_owned()].into();
    })
    .await?;
    let (ella, user) = server.sign_in("ella").await?;
    let owner = user["id"].as_str().ok_or("no id")?.to_owned();
    let (sam, _) = server.sign_in("sam").await?;
    subscribe(&server, &ella, &format!("{origin}/push/gone-phone")).await?;
    server
        .add_record(&sam, &owner, "message", json!({ "text": "Hi" }))
        .await?;
    let told = hear(&heard).await?;
    assert_eq!(told.pushes, ["gone-phone"]);
    assert!(told.notify.is_empty(), "Notify is off unless configured");
    let kept: i64 = common::sql(&server.db, |conn| {
        conn.query_one("SELECT COUNT(*) FROM push_subscriptions", &[])?
            .get(0)
    })?;
    assert_eq!(kept, 0);
    server
        .add_record(&sam, &owner, "message", json!({ "text": "Hi again" }))
        .await?;
    assert!(hear(&heard).await?.pushes.is_empty());
    Ok(())
}
