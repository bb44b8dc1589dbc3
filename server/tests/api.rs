//! The API over real HTTP, on a random port, against a real SQLite file
//! seeded with the demo team.

use std::process::Command;

use pathway_server::args;
use pathway_server::db::{now, Db, StoreError};
use pathway_server::sample_team::{self, TeamSize};
use pathway_server::{app, AppState};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};

mod common;

use common::{Server, TestResult};
use pathway_app::ids;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_in_gives_a_token_that_identifies_the_person() -> TestResult {
    let server = Server::start().await?;
    let (token, user) = server.sign_in("ella").await?;
    assert_eq!(user["username"], "ella");
    assert_eq!(user["display_name"], "Ella Morris");
    assert_eq!(user["role"], "young_person");

    let (status, me) = server.get("/api/me", &token).await?;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me, user);
    Ok(())
}

/// Fails unless `answer` (to sending `sent`) refuses it as the caller's
/// mistake, with a message a person can read.
async fn refused_with_a_message(answer: reqwest::Response, sent: &str) -> TestResult {
    let status = answer.status();
    assert!(status.is_client_error(), "{sent} gave {status}");
    let body: Value = answer.json().await?;
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{sent}: {body}"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn her_language_is_kept_on_her_account_and_comes_back_at_each_sign_in() -> TestResult {
    let server = Server::start().await?;
    let (token, user) = server.sign_in("ella").await?;
    assert_eq!(user["language"], Value::Null);
    let choose = |token: &str, body: String| {
        server
            .http
            .post(server.url("/api/me/language"))
            .bearer_auth(token)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };

    let answer = choose(&token, r#"{"language":"ar"}"#.into()).await?;
    assert_eq!(answer.status(), StatusCode::NO_CONTENT);
    assert_eq!(server.get("/api/me", &token).await?.1["language"], "ar");
    let (_, again) = server.sign_in("ella").await?;
    assert_eq!(again["language"], "ar", "a new phone opens in her language");

    // A language Pathway has no words for, or none at all, changes nothing.
    for bad in [r#"{"language":"xx"}"#, r#"{"language":null}"#, "{", "{}"] {
        refused_with_a_message(choose(&token, bad.into()).await?, bad).await?;
    }
    assert_eq!(server.get("/api/me", &token).await?.1["language"], "ar");

    // Only the person signed in chooses, and only for herself.
    let refused = server
        .http
        .post(server.url("/api/me/language"))
        .json(&json!({ "language": "pl" }))
        .send()
        .await?;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    let (sams, _) = server.sign_in("sam").await?;
    assert_eq!(
        choose(&sams, r#"{"language":"pl"}"#.into()).await?.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(server.get("/api/me", &token).await?.1["language"], "ar");
    assert_eq!(server.get("/api/me", &sams).await?.1["language"], "pl");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn how_she_is_spoken_to_is_kept_on_her_account_and_only_hers() -> TestResult {
    let server = Server::start().await?;
    let (token, user) = server.sign_in("ella").await?;
    assert_eq!(
        user["gender"], "neutral",
        "words that fit either until she chooses"
    );
    assert_eq!(user["gender_answered"], false, "so her phone asks her");
    let choose = |token: &str, body: &'static str| {
        server
            .http
            .post(server.url("/api/me/gender"))
            .bearer_auth(token)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };

    let answer = choose(&token, r#"{"gender":"feminine"}"#).await?;
    assert_eq!(answer.status(), StatusCode::NO_CONTENT);
    let (_, again) = server.sign_in("ella").await?;
    assert_eq!(again["gender"], "feminine", "a new phone speaks to her so");

    for bad in [r#"{"gender":"female"}"#, r#"{"gender":null}"#, "{", "{}"] {
        refused_with_a_message(choose(&token, bad).await?, bad).await?;
    }
    assert_eq!(server.get("/api/me", &token).await?.1["gender"], "feminine");

    let (sams, _) = server.sign_in("sam").await?;
    let answer = choose(&sams, r#"{"gender":"masculine"}"#).await?;
    assert_eq!(answer.status(), StatusCode::NO_CONTENT);
    assert_eq!(server.get("/api/me", &token).await?.1["gender"], "feminine");
    assert_eq!(server.get("/api/me", &sams).await?.1["gender"], "masculine");
    let answer = choose(&token, r#"{"gender":"neutral"}"#).await?;
    assert_eq!(answer.status(), StatusCode::NO_CONTENT);
    assert_eq!(server.get("/api/me", &token).await?.1["gender"], "neutral");

    // "Don't choose" is an answer: a new phone does not ask her again.
    let (_, on_a_new_phone) = server.sign_in("ella").await?;
    assert_eq!(on_a_new_phone["gender"], "neutral");
    assert_eq!(on_a_new_phone["gender_answered"], true);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_password_and_an_unknown_username_get_the_same_answer() -> TestResult {
    let server = Server::start().await?;
    let mut answers = Vec::new();
    for (username, password) in [
        ("ella", "wrong-password"),
        ("nobody", "pathway-demo"),
        ("priya", "pathway-demo"),
    ] {
        let response = server
            .http
            .post(server.url("/api/auth/login"))
            .json(&json!({ "username": username, "password": password }))
            .send()
            .await?;
        answers.push((response.status(), response.json::<Value>().await?));
    }
    for answer in &answers {
        assert_eq!(answer.0, StatusCode::UNAUTHORIZED);
        assert_eq!(answer.1["error"], "invalid_credentials");
        assert_eq!(
            answer, &answers[0],
            "priya's demo account cannot sign in, and says so no differently"
        );
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_token_a_made_up_token_an_expired_token_and_a_revoked_token_are_all_refused(
) -> TestResult {
    let server = Server::start().await?;
    let response = server.http.get(server.url("/api/me")).send().await?;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(response.json::<Value>().await?["error"], "unauthorized");
    assert_eq!(
        server.get("/api/me", "made-up").await?.0,
        StatusCode::UNAUTHORIZED
    );

    let (expiring, _) = server.sign_in("sam").await?;
    common::sql(&server.db, |conn| {
        conn.execute("UPDATE sessions SET expires_at = 0", &[])
    })?;
    let (status, body) = server.get("/api/me", &expiring).await?;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        body["error"], "session_expired",
        "the phone keeps her changes and asks her to sign in again"
    );

    let (token, _) = server.sign_in("sam").await?;
    assert_eq!(server.get("/api/me", &token).await?.0, StatusCode::OK);
    let logout = server
        .http
        .post(server.url("/api/auth/logout"))
        .bearer_auth(&token)
        .send()
        .await?;
    assert_eq!(logout.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        server.get("/api/me", &token).await?.0,
        StatusCode::UNAUTHORIZED
    );
    let again = server
        .http
        .post(server.url("/api/auth/logout"))
        .bearer_auth(&token)
        .send()
        .await?;
    assert_eq!(again.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        server.get("/api/me", &token).await?.1["error"],
        "unauthorized"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signing_out_everywhere_ends_every_phone_and_tells_each_to_clear_itself() -> TestResult {
    let server = Server::start().await?;
    let (phone, _) = server.sign_in("ella").await?;
    let (laptop, _) = server.sign_in("ella").await?;
    let (sams, _) = server.sign_in("sam").await?;

    let ended = common::sql(&server.db, |conn| {
        pathway_server::sessions::sign_out_everywhere(conn, "ella")
    })?;
    assert_eq!(ended, Some(2));
    for token in [&phone, &laptop] {
        let (status, body) = server.get("/api/sync/pull?cursor=0", token).await?;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert_eq!(body["error"], "signed_out_elsewhere");
    }
    assert_eq!(
        server.get("/api/me", &sams).await?.0,
        StatusCode::OK,
        "nobody else is touched"
    );

    // She signs in again on a phone she still has.
    let (fresh, _) = server.sign_in("ella").await?;
    assert_eq!(server.get("/api/me", &fresh).await?.0, StatusCode::OK);
    assert_eq!(
        common::sql(&server.db, |conn| {
            pathway_server::sessions::sign_out_everywhere(conn, "nobody")
        })?,
        None
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_young_person_reads_her_own_plan_and_no_one_elses() -> TestResult {
    let server = Server::start().await?;
    let (token, ella) = server.sign_in("ella").await?;
    let ella_id = ella["id"].as_str().ok_or("no id")?;

    let (status, plan) = server
        .get(&format!("/api/young-people/{ella_id}/plan"), &token)
        .await?;
    assert_eq!(status, StatusCode::OK);
    let parts = plan["parts"].as_array().ok_or("no parts")?;
    assert_eq!(parts.len(), 10);
    assert_eq!(parts[0]["part"], "contact_and_support");
    assert_eq!(parts[9]["part"], "who_i_am");
    assert!(parts
        .iter()
        .all(|p| !p["what_i_think"].as_str().unwrap_or("").is_empty()));
    assert_eq!(plan["adviser"]["name"], "Sam Okafor");
    assert!(plan["next_review"].is_string());

    let jayden = server.id_of("jayden")?;
    let ruby = server.id_of("ruby")?;
    let unknown = ids::new().to_string();
    for other in [
        jayden.as_str(),
        ruby.as_str(),
        unknown.as_str(),
        "not-a-uuid",
    ] {
        let (status, body) = server
            .get(&format!("/api/young-people/{other}/plan"), &token)
            .await?;
        assert_eq!(status, StatusCode::NOT_FOUND, "{other}");
        assert_eq!(body["error"], "not_found");
    }

    let (_, list) = server.get("/api/young-people", &token).await?;
    let names: Vec<_> = list
        .as_array()
        .ok_or("not a list")?
        .iter()
        .map(|p| p["name"].clone())
        .collect();
    assert_eq!(names, [json!("Ella Morris")]);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_adviser_sees_only_his_caseload_and_a_manager_only_his_team() -> TestResult {
    let server = Server::start().await?;
    let ruby = server.id_of("ruby")?;
    let ella = server.id_of("ella")?;

    let (sam, _) = server.sign_in("sam").await?;
    let (_, list) = server.get("/api/young-people", &sam).await?;
    let list = list.as_array().ok_or("not a list")?;
    assert_eq!(list.len(), 12);
    assert!(list.iter().all(|p| p["adviser_name"] == "Sam Okafor"));
    assert_eq!(
        server
            .get(&format!("/api/young-people/{ella}/plan"), &sam)
            .await?
            .0,
        StatusCode::OK
    );
    assert_eq!(
        server
            .get(&format!("/api/young-people/{ruby}/plan"), &sam)
            .await?
            .0,
        StatusCode::NOT_FOUND
    );

    let (morgan, _) = server.sign_in("morgan").await?;
    let (_, list) = server.get("/api/young-people", &morgan).await?;
    assert_eq!(list.as_array().ok_or("not a list")?.len(), 15);
    assert_eq!(
        server
            .get(&format!("/api/young-people/{ruby}/plan"), &morgan)
            .await?
            .0,
        StatusCode::OK
    );

    // A young person on another team's caseload is out of his sight.
    common::sql(&server.db, |conn| {
        conn.execute(
            "INSERT INTO teams (id, council_id, name)
                  SELECT 't2', council_id, 'Hilltop team' FROM users WHERE username = 'priya'",
            &[],
        )?;
        conn.execute(
            "UPDATE users SET team_id = 't2' WHERE username = 'priya'",
            &[],
        )
    })?;
    assert_eq!(
        server
            .get(&format!("/api/young-people/{ruby}/plan"), &morgan)
            .await?
            .0,
        StatusCode::NOT_FOUND
    );
    let (_, list) = server.get("/api/young-people", &morgan).await?;
    assert_eq!(list.as_array().ok_or("not a list")?.len(), 12);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_bodies_get_clear_errors_and_change_nothing() -> TestResult {
    let server = Server::start().await?;
    let sessions = || -> Result<i64, Box<dyn std::error::Error>> {
        common::sql(&server.db, |conn| {
            conn.query_one("SELECT COUNT(*) FROM sessions", &[])?.get(0)
        })
    };
    let login = server.url("/api/auth/login");
    let cases: Vec<(reqwest::RequestBuilder, StatusCode, &str)> = vec![
        (
            server
                .http
                .post(&login)
                .header("content-type", "application/json")
                .body("{\"username\": \"ella\""),
            StatusCode::BAD_REQUEST,
            "malformed_json",
        ),
        (
            server
                .http
                .post(&login)
                .json(&json!({ "username": "ella" })),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_input",
        ),
        (
            server
                .http
                .post(&login)
                .body("{\"username\":\"ella\",\"password\":\"pathway-demo\"}"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
        ),
        (
            // The server answers before reading all of it and closes the
            // connection, so it goes on one no other request will reuse.
            Client::builder()
                .pool_max_idle_per_host(0)
                .build()?
                .post(&login)
                .json(&json!({ "username": "ella", "password": "x".repeat(2 * 1024 * 1024) })),
            StatusCode::PAYLOAD_TOO_LARGE,
            "payload_too_large",
        ),
        (
            server.http.get(server.url("/api/no-such-thing")),
            StatusCode::NOT_FOUND,
            "not_found",
        ),
    ];
    for (request, status, code) in cases {
        let response = request.send().await?;
        assert_eq!(response.status(), status, "{code}");
        let body: Value = response.json().await?;
        assert_eq!(body["error"], code);
        assert!(!body["message"].as_str().unwrap_or("").is_empty());
    }
    assert_eq!(sessions()?, 0, "no bad request signed anyone in");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_openapi_document_covers_every_route() -> TestResult {
    let server = Server::start().await?;
    let doc: Value = server
        .http
        .get(server.url("/api/openapi.json"))
        .send()
        .await?
        .json()
        .await?;
    assert!(doc["openapi"].as_str().unwrap_or("").starts_with("3."));
    let paths = doc["paths"].as_object().ok_or("no paths")?;
    let mut documented: Vec<String> = paths
        .iter()
        .flat_map(|(path, operations)| {
            let methods = operations
                .as_object()
                .map(|o| o.keys().cloned().collect())
                .unwrap_or_else(Vec::new);
            methods
                .into_iter()
                .map(move |method| format!("{method} {path}"))
        })
        .collect();
    let mut served: Vec<String> = pathway_server::API_ROUTES
        .iter()
        .map(|(method, path)| format!("{method} /api{path}"))
        .chain(["get /healthz".to_owned()])
        .collect();
    documented.sort();
    served.sort();
    assert_eq!(
        served, documented,
        "a route is served that the document does not describe, or the reverse"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_built_app_is_served_with_the_right_caching_and_no_html_for_missing_files() -> TestResult
{
    let dist = tempfile::tempdir()?;
    std::fs::write(
        dist.path().join("index.html"),
        "<!doctype html><title>Pathway</title>",
    )?;
    std::fs::write(
        dist.path().join("pathway-0123456789abcdef.js"),
        "export default 1;",
    )?;
    std::fs::write(
        dist.path().join("pathway-0123456789abcdef.js.br"),
        [0x0b, 0x02, 0x80],
    )?;
    std::fs::write(dist.path().join("sw.js"), "// worker")?;
    let server = Server::start_with_dist(Some(dist.path())).await?;

    let page = server
        .http
        .get(server.url("/young-people/anything"))
        .send()
        .await?;
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(page.headers()["cache-control"], "no-cache");
    assert!(page.text().await?.contains("<title>Pathway</title>"));

    let script = server
        .http
        .get(server.url("/pathway-0123456789abcdef.js"))
        .header("accept-encoding", "br")
        .send()
        .await?;
    assert_eq!(script.status(), StatusCode::OK);
    assert_eq!(script.headers()["content-encoding"], "br");
    assert!(script.headers()["cache-control"]
        .to_str()?
        .contains("immutable"));

    let worker = server.http.get(server.url("/sw.js")).send().await?;
    assert_eq!(worker.headers()["cache-control"], "no-cache");

    let missing = server
        .http
        .get(server.url("/pathway-ffffffffffffffff_bg.wasm"))
        .send()
        .await?;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert!(!missing.text().await?.contains("<title>"));

    let health = server.http.get(server.url("/healthz")).send().await?;
    assert_eq!(health.status(), StatusCode::OK);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_with_the_build_before_gets_each_new_file_compressed_against_it() -> TestResult {
    use base64::Engine;
    use sha2::{Digest, Sha256};

    let dist = tempfile::tempdir()?;
    std::fs::write(dist.path().join("index.html"), "<!doctype html>")?;
    let module = "pathway-1111111111111111_bg.wasm";
    std::fs::write(dist.path().join(module), b"\0asm the new build")?;
    std::fs::write(dist.path().join(format!("{module}.br")), b"brotli alone")?;
    let before = b"\0asm the build before";
    let hash = Sha256::digest(before);
    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    let compressed = dist.path().join("dictionary").join(&hex).join(module);
    std::fs::create_dir_all(compressed.parent().ok_or("no folder")?)?;
    std::fs::write(&compressed, b"\x5e\x2a\x4d\x18 against the build before")?;
    let server = Server::start_with_dist(Some(dist.path())).await?;
    let named = format!(
        ":{}:",
        base64::engine::general_purpose::STANDARD.encode(hash)
    );
    let ask = |dictionary: &str, encodings: &str| {
        server
            .http
            .get(server.url(&format!("/{module}")))
            .header("accept-encoding", encodings)
            .header("available-dictionary", dictionary)
            .send()
    };

    let update = ask(&named, "gzip, br, zstd, dcb, dcz").await?;
    assert_eq!(update.status(), StatusCode::OK);
    assert_eq!(update.headers()["content-encoding"], "dcz");
    assert_eq!(update.headers()["content-type"], "application/wasm");
    assert!(update.headers()["cache-control"]
        .to_str()?
        .contains("immutable"));
    assert_eq!(
        update.headers()["use-as-dictionary"],
        "match=\"/pathway-*_bg.wasm\""
    );
    let varies: Vec<_> = update.headers().get_all("vary").iter().collect();
    assert!(varies.iter().any(|v| *v == "available-dictionary"));
    assert_eq!(
        &update.bytes().await?[..],
        b"\x5e\x2a\x4d\x18 against the build before"
    );

    // A dictionary the server has nothing for, one that is not a hash, or a
    // phone that does not take `dcz`: the file as it always was.
    let unknown = format!(
        ":{}:",
        base64::engine::general_purpose::STANDARD.encode([7u8; 32])
    );
    for (dictionary, encodings) in [
        (unknown.as_str(), "br, dcz"),
        (":bm90IGEgaGFzaA==:", "br, dcz"),
        ("../../etc", "br, dcz"),
        (named.as_str(), "br, dcb"),
    ] {
        let plain = ask(dictionary, encodings).await?;
        assert_eq!(plain.status(), StatusCode::OK);
        assert_eq!(
            plain.headers()["content-encoding"],
            "br",
            "{dictionary} {encodings}"
        );
        assert_eq!(&plain.bytes().await?[..], b"brotli alone");
    }

    // A phone that could not decode it asks again for the whole file.
    let whole = server
        .http
        .get(server.url(&format!("/{module}?whole")))
        .header("accept-encoding", "br, dcz")
        .header("available-dictionary", &named)
        .send()
        .await?;
    assert_eq!(whole.headers()["content-encoding"], "br");
    assert_eq!(&whole.bytes().await?[..], b"brotli alone");

    // The compressed files are not served by their own path.
    let direct = server
        .http
        .get(server.url(&format!("/dictionary/{hex}/{module}")))
        .send()
        .await?;
    assert_eq!(direct.status(), StatusCode::NOT_FOUND);

    // Only hashed files are kept as dictionaries.
    let page = server.http.get(server.url("/")).send().await?;
    assert!(page.headers().get("use-as-dictionary").is_none());
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn user_add_creates_an_account_that_can_sign_in() -> TestResult {
    let data = tempfile::tempdir()?;
    let add = |args: &[&str], password: &str| {
        Command::new(env!("CARGO_BIN_EXE_pathway-server"))
            .arg("--data-dir")
            .arg(data.path())
            .args(["user", "add"])
            .args(args)
            .env("PATHWAY_PASSWORD", password)
            .output()
    };
    let adviser = add(
        &[
            "--username",
            "kim",
            "--name",
            "Kim Lee",
            "--role",
            "personal_adviser",
            "--team",
            "East team",
        ],
        "a long password",
    )?;
    assert!(
        adviser.status.success(),
        "{}",
        String::from_utf8_lossy(&adviser.stderr)
    );
    let young_person = add(
        &[
            "--username",
            "jo",
            "--name",
            "Jo Bell",
            "--role",
            "young_person",
            "--adviser",
            "kim",
        ],
        "another long password",
    )?;
    assert!(
        !young_person.status.success(),
        "a young person needs a date of birth"
    );
    assert!(String::from_utf8_lossy(&young_person.stderr).contains("date of birth"));
    let young_person = add(
        &[
            "--username",
            "jo",
            "--name",
            "Jo Bell",
            "--role",
            "young_person",
            "--adviser",
            "kim",
            "--date-of-birth",
            "2007-05-14",
        ],
        "another long password",
    )?;
    assert!(
        young_person.status.success(),
        "{}",
        String::from_utf8_lossy(&young_person.stderr)
    );
    let odd = add(
        &[
            "--username",
            "max",
            "--name",
            "Max Rowe",
            "--role",
            "young_person",
            "--adviser",
            "kim",
            "--date-of-birth",
            "2008-01-02",
            "--pronouns",
            "xe",
        ],
        "a third long password",
    )?;
    assert!(!odd.status.success());
    assert!(String::from_utf8_lossy(&odd.stderr).contains("pronouns are she, he or they"));
    let max = add(
        &[
            "--username",
            "max",
            "--name",
            "Max Rowe",
            "--role",
            "young_person",
            "--adviser",
            "kim",
            "--date-of-birth",
            "2008-01-02",
            "--pronouns",
            "he",
        ],
        "a third long password",
    )?;
    assert!(
        max.status.success(),
        "{}",
        String::from_utf8_lossy(&max.stderr)
    );
    let duplicate = add(
        &[
            "--username",
            "kim",
            "--name",
            "Kim Again",
            "--role",
            "team_manager",
        ],
        "a long password",
    )?;
    assert!(!duplicate.status.success());
    assert!(String::from_utf8_lossy(&duplicate.stderr).contains("already taken"));

    let db = Db::open(&data.path().join("pathway.sqlite3"))?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let router = app(AppState::new(db, Default::default())?, None);
    tokio::spawn(async move { axum::serve(listener, router).await });
    let http = Client::new();
    let answer: Value = http
        .post(format!("{base}/api/auth/login"))
        .json(&json!({ "username": "kim", "password": "a long password" }))
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(answer["user"]["role"], "personal_adviser");
    let token = answer["token"].as_str().ok_or("no token")?;
    let list: Value = http
        .get(format!("{base}/api/young-people"))
        .bearer_auth(token)
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(list[0]["name"], "Jo Bell");
    assert_eq!(list[1]["name"], "Max Rowe");
    assert_eq!(list.as_array().map(Vec::len), Some(2));
    // Staff screens speak of each as recorded; "they" until recorded.
    let pulled: Value = http
        .get(format!("{base}/api/sync/pull?cursor=0"))
        .bearer_auth(token)
        .send()
        .await?
        .json()
        .await?;
    let pronouns = |name: &str| {
        pulled["people"]
            .as_array()
            .and_then(|people| people.iter().find(|p| p["name"] == name))
            .map(|p| p["pronouns"].clone())
    };
    assert_eq!(pronouns("Jo Bell"), Some(json!("they")));
    assert_eq!(pronouns("Max Rowe"), Some(json!("he")));
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outside_demo_mode_there_are_no_accounts() -> TestResult {
    let data = tempfile::tempdir()?;
    let db = Db::open(&data.path().join("pathway.sqlite3"))?;
    let users: i64 =
        db.with_connection(|conn| conn.query_row("SELECT COUNT(*) FROM users", [], |r| r.get(0)))??;
    assert_eq!(users, 0);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_generated_team_can_be_pulled_whole_by_its_manager_and_in_part_by_each_adviser(
) -> TestResult {
    let server = Server::start().await?;
    let size = TeamSize {
        advisers: 2,
        young_people_each: 3,
        years: 1,
    };
    let made = common::sql(&server.db, |conn| {
        sample_team::generate(conn, size, pathway_server::demo::PASSWORD, 7)
    })?;
    assert_eq!(made.manager, "sample-manager");
    assert_eq!(made.young_people, 6);
    // A year of history is dozens of records a young person: a contact a
    // month, circumstances, goals, statements, reviews and the plan.
    assert!(made.records >= 6 * 50, "{} records", made.records);

    let pulled = |username: &'static str| {
        let server = &server;
        async move {
            let (token, _) = server.sign_in(username).await?;
            let mut cursor = 0;
            let mut records = 0;
            loop {
                let (status, page) = server
                    .get(&format!("/api/sync/pull?cursor={cursor}"), &token)
                    .await?;
                assert_eq!(status, StatusCode::OK);
                records += page["records"].as_array().map_or(0, Vec::len) as u64;
                cursor = page["cursor"].as_u64().ok_or("no cursor")?;
                if page["more"] != Value::Bool(true) {
                    let people = page["people"].as_array().map_or(0, Vec::len);
                    return Ok::<_, Box<dyn std::error::Error>>((records, people));
                }
            }
        }
    };
    assert_eq!(pulled("sample-manager").await?, (made.records, 6));
    let (adviser_records, adviser_people) = pulled("sample-adviser-1").await?;
    assert_eq!(adviser_people, 3);
    assert!(adviser_records > 0 && adviser_records < made.records);
    // The demo team's people are not in it.
    let (_, demo_people) = pulled("sam").await?;
    assert_eq!(demo_people, 12);

    // A second team gets names of its own.
    let again = common::sql(&server.db, |conn| {
        sample_team::generate(conn, size, pathway_server::demo::PASSWORD, 7)
    })?;
    assert_eq!(again.manager, "sample-manager-2");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answer_carries_the_security_headers_and_personal_data_is_never_cached() -> TestResult
{
    let dist = tempfile::tempdir()?;
    let start = "\n    import init from \"/pathway.js\";\n    init();\n  ";
    std::fs::write(
        dist.path().join("index.html"),
        format!("<!doctype html><title>Pathway</title><script type=\"module\">{start}</script>"),
    )?;
    let server = Server::start_with_dist(Some(dist.path())).await?;
    let (token, _) = server.sign_in("ella").await?;
    let answers = [
        server.http.get(server.url("/")).send().await?,
        server.http.get(server.url("/healthz")).send().await?,
        server.http.get(server.url("/api/me")).send().await?,
        server
            .http
            .get(server.url("/api/sync/pull?cursor=0"))
            .bearer_auth(&token)
            .send()
            .await?,
        server
            .http
            .get(server.url("/api/nothing-here"))
            .send()
            .await?,
    ];
    let hash = {
        use base64::Engine;
        use sha2::Digest;
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(start.as_bytes()))
    };
    for answer in &answers {
        let headers = answer.headers();
        let policy = headers["content-security-policy"].to_str()?;
        assert!(policy.contains("default-src 'self'"), "{policy}");
        assert!(policy.contains("'wasm-unsafe-eval'"), "{policy}");
        assert!(policy.contains(&format!("'sha256-{hash}'")), "{policy}");
        assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
        assert!(!policy.contains("unsafe-inline"), "{policy}");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "no-referrer");
        assert_eq!(headers["cross-origin-opener-policy"], "same-origin");
        assert!(headers["permissions-policy"]
            .to_str()?
            .contains("camera=()"));
        if answer.url().path().starts_with("/api/") {
            assert_eq!(headers["cache-control"], "no-store", "{}", answer.url());
        }
    }
    assert_eq!(answers[2].status(), StatusCode::UNAUTHORIZED);
    assert_eq!(answers[3].status(), StatusCode::OK);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_passwords_make_the_next_try_wait_even_with_the_right_one_and_all_are_audited(
) -> TestResult {
    let server = Server::start().await?;
    let try_as = |username: &'static str, password: &'static str| {
        let server = &server;
        async move {
            server
                .http
                .post(server.url("/api/auth/login"))
                .json(&json!({ "username": username, "password": password }))
                .send()
                .await
        }
    };
    for _ in 0..pathway_server::throttle::PER_USERNAME.free + 1 {
        assert_eq!(
            try_as("ella", "not her password").await?.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let waiting = try_as("ella", pathway_server::demo::PASSWORD).await?;
    assert_eq!(waiting.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = waiting.headers()["retry-after"].to_str()?.parse()?;
    assert!((55..=60).contains(&retry_after), "{retry_after}");
    let body: Value = waiting.json().await?;
    assert_eq!(body["error"], "too_many_attempts");
    assert_eq!(
        body["message"],
        "Too many tries. To keep the account safe, you can try again in 1 minute."
    );
    // Typed another way, it is the same account.
    assert_eq!(
        try_as(" ELLA", "x").await?.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    // Others signing in from the same place are not held up.
    assert_eq!(server.sign_in("sam").await?.1["username"], "sam");

    let log = common::sql(&server.db, |conn| pathway_server::audit::recent(conn, 20))?;
    let events: Vec<(&str, &str)> = log
        .iter()
        .rev()
        .map(|e| (e.event.as_str(), e.username.as_str()))
        .collect();
    let mut expected = vec![("sign_in_failed", "ella"); 6];
    expected.extend([
        ("sign_in_throttled", "ella"),
        ("sign_in_throttled", "ELLA"),
        ("signed_in", "sam"),
    ]);
    assert_eq!(events[events.len() - expected.len()..], expected[..]);
    let ella = server.id_of("ella")?;
    assert!(log.iter().filter(|e| e.event == "sign_in_failed").all(|e| e
        .user_id
        .map(|id| id.to_string())
        .as_deref()
        == Some(ella.as_str())));
    assert!(log.iter().all(|e| e.client == "127.0.0.1"), "{log:?}");

    // The log cannot be changed or emptied, even from inside.
    let tampered = common::sql(&server.db, |conn| {
        Ok::<_, StoreError>(
            conn.execute("UPDATE audit_log SET username = 'nobody'", &[])
                .err()
                .zip(conn.execute("DELETE FROM audit_log", &[]).err()),
        )
    })?;
    let (update, delete) = tampered.ok_or("the audit log was changed")?;
    assert!(update.to_string().contains("append-only"));
    assert!(delete.to_string().contains("append-only"));
    Ok(())
}

/// Signs in as `username` from a browser that calls itself `agent`.
async fn sign_in_from(
    server: &Server,
    username: &str,
    agent: &str,
) -> Result<String, Box<dyn std::error::Error>> {
    let answer: Value = server
        .http
        .post(server.url("/api/auth/login"))
        .header("user-agent", agent)
        .json(&json!({ "username": username, "password": pathway_server::demo::PASSWORD }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(answer["token"].as_str().ok_or("no token")?.to_owned())
}

const ANDROID: &str = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";
const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn she_sees_where_she_is_signed_in_and_signs_out_another_phone_which_then_wipes() -> TestResult
{
    let server = Server::start().await?;
    let phone = sign_in_from(&server, "ella", ANDROID).await?;
    let lost = sign_in_from(&server, "ella", IPHONE).await?;
    let (status, list) = server.get("/api/me/sessions", &phone).await?;
    assert_eq!(status, StatusCode::OK);
    let list = list.as_array().ok_or("not a list")?.clone();
    assert_eq!(list.len(), 2);
    let mine = list
        .iter()
        .find(|s| s["this_one"] == true)
        .ok_or("no this_one")?;
    let other = list
        .iter()
        .find(|s| s["this_one"] == false)
        .ok_or("no other")?;
    assert_eq!(mine["device"], "Chrome on Android");
    assert_eq!(other["device"], "Safari on iPhone");
    let other_id = other["id"].as_str().ok_or("no id")?;
    let mine_id = mine["id"].as_str().ok_or("no id")?;

    let end = |token: &str, id: &str| {
        server
            .http
            .post(server.url(&format!("/api/me/sessions/{id}/end")))
            .bearer_auth(token.to_owned())
            .send()
    };
    // Not his to end, not her own phone, not one that doesn't exist.
    let (sam, _) = server.sign_in("sam").await?;
    assert_eq!(end(&sam, other_id).await?.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        end(&phone, mine_id).await?.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(end(&phone, "0123").await?.status(), StatusCode::NOT_FOUND);
    assert_eq!(server.get("/api/me", &lost).await?.0, StatusCode::OK);

    assert_eq!(
        end(&phone, other_id).await?.status(),
        StatusCode::NO_CONTENT
    );
    let (status, body) = server.get("/api/me", &lost).await?;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "signed_out_elsewhere");
    assert_eq!(server.get("/api/me", &phone).await?.0, StatusCode::OK);

    // Everywhere else at once.
    let third = sign_in_from(&server, "ella", IPHONE).await?;
    let ended: Value = server
        .http
        .post(server.url("/api/me/sessions/end-others"))
        .bearer_auth(&phone)
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(ended["ended"], 1);
    assert_eq!(
        server.get("/api/me", &third).await?.1["error"],
        "signed_out_elsewhere"
    );
    let (_, list) = server.get("/api/me/sessions", &phone).await?;
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_in_left_unused_runs_out_sooner_for_staff_than_for_young_people() -> TestResult {
    let server = Server::start().await?;
    let (sam, _) = server.sign_in("sam").await?;
    let (ella, _) = server.sign_in("ella").await?;
    let thirteen_hours_ago = |username: &str| -> Result<u64, Box<dyn std::error::Error>> {
        common::sql(&server.db, |conn| {
            conn.execute(
                "UPDATE sessions SET last_used_at = ?2
                  WHERE user_id = (SELECT id FROM users WHERE username = ?1)",
                args![username, now() - 13 * 3600],
            )
        })
    };
    thirteen_hours_ago("sam")?;
    thirteen_hours_ago("ella")?;
    let (status, body) = server.get("/api/me", &sam).await?;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "session_expired");
    assert_eq!(server.get("/api/me", &ella).await?.0, StatusCode::OK);
    // Using it keeps it going.
    let used: i64 = common::sql(&server.db, |conn| {
        conn.query_one(
            "SELECT ?1 - last_used_at FROM sessions
              WHERE user_id = (SELECT id FROM users WHERE username = 'ella')",
            args![now()],
        )?
        .get(0)
    })?;
    assert!(used < 5, "last used {used} s ago");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_ins_long_over_are_removed_but_a_lost_phones_is_kept_for_it_to_wipe() -> TestResult {
    let server = Server::start().await?;
    let tokens = [
        server.sign_in("ella").await?.0,
        server.sign_in("sam").await?.0,
        server.sign_in("morgan").await?.0,
    ];
    let forty_days_ago = now() - 40 * 86_400;
    common::sql(&server.db, |conn| {
        conn.execute(
            "UPDATE sessions SET expires_at = ?1
               WHERE user_id = (SELECT id FROM users WHERE username = 'ella')",
            args![forty_days_ago],
        )?;
        conn.execute(
            "UPDATE sessions SET revoked_at = ?1, ended_reason = 'signed_out_elsewhere'
               WHERE user_id = (SELECT id FROM users WHERE username = 'sam')",
            args![forty_days_ago],
        )
    })?;
    let removed = common::sql(&server.db, |conn| pathway_server::sessions::purge(conn))?;
    assert_eq!(removed, 1);
    assert_eq!(
        server.get("/api/me", &tokens[0]).await?.1["error"],
        "unauthorized"
    );
    assert_eq!(
        server.get("/api/me", &tokens[1]).await?.1["error"],
        "signed_out_elsewhere"
    );
    assert_eq!(server.get("/api/me", &tokens[2]).await?.0, StatusCode::OK);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manager_locks_an_account_in_her_team_and_its_phones_wipe_until_she_unlocks_it(
) -> TestResult {
    let server = Server::start().await?;
    let (morgan, _) = server.sign_in("morgan").await?;
    let (sam, _) = server.sign_in("sam").await?;
    let (ella, _) = server.sign_in("ella").await?;
    let ella_id = server.id_of("ella")?;
    let sam_id = server.id_of("sam")?;
    let morgan_id = server.id_of("morgan")?;
    common::sql(&server.db, |conn| {
        sample_team::generate(
            conn,
            TeamSize {
                advisers: 1,
                young_people_each: 1,
                years: 1,
            },
            pathway_server::demo::PASSWORD,
            3,
        )
    })?;
    let (stranger, _) = server.sign_in("sample-manager").await?;
    let act = |token: &str, id: &str, verb: &str| {
        server
            .http
            .post(server.url(&format!("/api/accounts/{id}/{verb}")))
            .bearer_auth(token.to_owned())
            .send()
    };
    // Only her own team's manager, never herself, never by an adviser.
    assert_eq!(
        act(&sam, &ella_id, "lock").await?.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        act(&ella, &ella_id, "lock").await?.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        act(&stranger, &ella_id, "lock").await?.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        act(&morgan, &morgan_id, "lock").await?.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        act(&morgan, "not-an-id", "lock").await?.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(server.get("/api/me", &ella).await?.0, StatusCode::OK);

    assert_eq!(
        act(&morgan, &ella_id, "lock").await?.status(),
        StatusCode::NO_CONTENT
    );
    let (status, body) = server.get("/api/me", &ella).await?;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "account_locked");
    let refused = server
        .http
        .post(server.url("/api/auth/login"))
        .json(&json!({ "username": "ella", "password": pathway_server::demo::PASSWORD }))
        .send()
        .await?;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let refused: Value = refused.json().await?;
    assert_eq!(refused["error"], "account_locked");
    assert_eq!(
        refused["message"],
        "This account is locked, so it can't sign in. Contact your team to unlock it."
    );
    // The wrong password still gets the usual answer: a lock tells a guesser nothing.
    let guess = server
        .http
        .post(server.url("/api/auth/login"))
        .json(&json!({ "username": "ella", "password": "not her password" }))
        .send()
        .await?;
    assert_eq!(guess.status(), StatusCode::UNAUTHORIZED);
    // Her card says so, for her team.
    let page = server.get("/api/sync/pull?cursor=0", &morgan).await?.1;
    let card = page["people"]
        .as_array()
        .and_then(|people| people.iter().find(|p| p["id"] == ella_id.as_str()))
        .ok_or("no card")?;
    assert_eq!(card["locked"], true);

    // Her adviser too, for his lost phone.
    assert_eq!(
        act(&morgan, &sam_id, "lock").await?.status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        server.get("/api/me", &sam).await?.1["error"],
        "account_locked"
    );
    // Her team's list says which advisers are locked, and only she has one.
    let (_, team) = server.get("/api/team", &morgan).await?;
    let locked: Vec<(&str, bool)> = team
        .as_array()
        .ok_or("no team")?
        .iter()
        .filter_map(|a| Some((a["name"].as_str()?, a["locked"].as_bool()?)))
        .collect();
    assert!(locked.contains(&("Sam Okafor", true)), "{team}");
    assert!(team
        .as_array()
        .is_some_and(|t| t.iter().all(|a| a["id"] != morgan_id.as_str())));

    assert_eq!(
        act(&morgan, &ella_id, "unlock").await?.status(),
        StatusCode::NO_CONTENT
    );
    let (ella, user) = server.sign_in("ella").await?;
    assert_eq!(user["username"], "ella");
    assert_eq!(
        server.get("/api/team", &ella).await?.0,
        StatusCode::NOT_FOUND
    );
    let log = common::sql(&server.db, |conn| pathway_server::audit::recent(conn, 50))?;
    let by_morgan: Vec<(&str, &str)> = log
        .iter()
        .rev()
        .filter(|e| e.actor_id.map(|id| id.to_string()) == Some(morgan_id.clone()))
        .map(|e| (e.event.as_str(), e.username.as_str()))
        .collect();
    assert_eq!(
        by_morgan,
        [
            ("account_locked", "ella"),
            ("account_locked", "sam"),
            ("account_unlocked", "ella")
        ]
    );
    assert!(log
        .iter()
        .any(|e| e.event == "sign_in_locked" && e.username == "ella"));
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_line_locks_unlocks_and_resets_a_password() -> TestResult {
    let data = tempfile::tempdir()?;
    let run = |args: &[&str], password: &str| {
        Command::new(env!("CARGO_BIN_EXE_pathway-server"))
            .arg("--data-dir")
            .arg(data.path())
            .args(args)
            .env("PATHWAY_PASSWORD", password)
            .output()
    };
    let made = run(
        &[
            "user",
            "add",
            "--username",
            "sam",
            "--name",
            "Sam Okafor",
            "--role",
            "personal_adviser",
            "--team",
            "Riverside",
        ],
        "a long password",
    )?;
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let db = Db::open(&data.path().join("pathway.sqlite3"))?;
    let locked = |db: &Db| -> Result<bool, Box<dyn std::error::Error>> {
        Ok(db.with_connection(|conn| {
            conn.query_row(
                "SELECT locked_at IS NOT NULL FROM users WHERE username = 'sam'",
                [],
                |r| r.get::<_, bool>(0),
            )
        })??)
    };
    assert!(run(&["user", "lock", "--username", "sam"], "")?
        .status
        .success());
    assert!(locked(&db)?);
    assert!(run(&["user", "unlock", "--username", "sam"], "")?
        .status
        .success());
    assert!(!locked(&db)?);
    let short = run(&["user", "reset-password", "--username", "sam"], "short")?;
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 10 characters"));
    let nobody = run(&["user", "lock", "--username", "nobody"], "")?;
    assert!(String::from_utf8_lossy(&nobody.stderr).contains("no account is called \"nobody\""));
    assert!(run(
        &["user", "reset-password", "--username", "sam"],
        "a brand new password"
    )?
    .status
    .success());

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    let router = app(AppState::new(db.clone(), Default::default())?, None);
    tokio::spawn(async move { axum::serve(listener, router).await });
    let http = Client::new();
    let login = |password: &'static str| {
        http.post(format!("{base}/api/auth/login"))
            .json(&json!({ "username": "sam", "password": password }))
            .send()
    };
    assert_eq!(
        login("a long password").await?.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        login("a brand new password").await?.status(),
        StatusCode::OK
    );
    let events: Vec<String> = db
        .blocking(|conn| pathway_server::audit::recent(conn, 10))?
        .into_iter()
        .rev()
        .map(|e| format!("{} {}", e.event, e.client))
        .collect();
    assert_eq!(
        events[..3],
        [
            "account_locked command line",
            "account_unlocked command line",
            "password_reset command line"
        ]
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_twenty_first_sign_in_signs_out_the_one_used_longest_ago() -> TestResult {
    let server = Server::start().await?;
    let mut tokens = Vec::new();
    for _ in 0..pathway_server::sessions::MOST_AT_ONCE {
        tokens.push(server.sign_in("ella").await?.0);
    }
    // The first one is still in use; the second has not been used since.
    common::sql(&server.db, |conn| {
        conn.execute(
            "UPDATE sessions SET last_used_at = last_used_at - 3600
              WHERE user_id = (SELECT id FROM users WHERE username = 'ella')",
            &[],
        )
    })?;
    assert_eq!(server.get("/api/me", &tokens[0]).await?.0, StatusCode::OK);
    let (status, list) = server.get("/api/me/sessions", &tokens[0]).await?;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list.as_array().map(Vec::len), Some(20));
    let newest = server.sign_in("ella").await?.0;
    assert_eq!(server.get("/api/me", &newest).await?.0, StatusCode::OK);
    assert_eq!(server.get("/api/me", &tokens[0]).await?.0, StatusCode::OK);
    let ended: Vec<usize> = {
        let mut ended = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            if server.get("/api/me", token).await?.0 != StatusCode::OK {
                ended.push(i);
            }
        }
        ended
    };
    assert_eq!(ended.len(), 1, "{ended:?}");
    assert_ne!(ended[0], 0);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_staff_open_is_kept_once_and_shown_to_her_manager_and_to_her() -> TestResult {
    let server = Server::start().await?;
    let (sam, _) = server.sign_in("sam").await?;
    let (morgan, _) = server.sign_in("morgan").await?;
    let (ella, _) = server.sign_in("ella").await?;
    let ella_id = server.id_of("ella")?;
    let ruby_id = server.id_of("ruby")?; // Priya's, not Sam's
    let report = |token: &str, body: Value| {
        server
            .http
            .post(server.url("/api/me/opened"))
            .bearer_auth(token.to_owned())
            .json(&body)
            .send()
    };
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let openings = json!({ "opened": [
        { "id": ids::new(), "young_person_id": ella_id, "what": "opened_goals", "at": now - 600 },
        { "id": ids::new(), "young_person_id": ella_id, "what": "opened_contacts", "at": now + 86_400 },
        { "id": ids::new(), "young_person_id": ruby_id, "what": "opened_plan", "at": now },
    ]});
    assert_eq!(
        report(&sam, openings.clone()).await?.status(),
        StatusCode::NO_CONTENT
    );
    // Sent again because the answer was lost: kept once.
    assert_eq!(
        report(&sam, openings).await?.status(),
        StatusCode::NO_CONTENT
    );
    // Her own openings are not looked for; too many at once is refused.
    let own = json!({ "opened": [{ "id": ids::new(), "young_person_id": ella_id, "what": "opened_plan", "at": now }] });
    assert_eq!(report(&ella, own).await?.status(), StatusCode::NOT_FOUND);
    let flood: Vec<Value> = (0..501)
        .map(|_| json!({ "id": ids::new(), "young_person_id": ella_id, "what": "opened_plan", "at": now }))
        .collect();
    assert_eq!(
        report(&sam, json!({ "opened": flood })).await?.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // Reading her plan through the API is kept too.
    assert_eq!(
        server
            .get(&format!("/api/young-people/{ella_id}/plan"), &sam)
            .await?
            .0,
        StatusCode::OK
    );

    let (status, looked) = server
        .get(&format!("/api/young-people/{ella_id}/looked-at"), &morgan)
        .await?;
    assert_eq!(status, StatusCode::OK);
    let lines: Vec<(String, String)> = looked
        .as_array()
        .ok_or("not a list")?
        .iter()
        .map(|l| {
            (
                l["by_name"].as_str().unwrap_or("").to_owned(),
                l["what"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("Sam Okafor".to_owned(), "opened_plan".to_owned()),
            ("Sam Okafor".to_owned(), "opened_contacts".to_owned()),
            ("Sam Okafor".to_owned(), "opened_goals".to_owned()),
        ],
        "newest first (a phone's clock ahead of time is kept as now, before the plan read after it)"
    );
    assert!(looked[0]["at"].as_i64().is_some_and(|at| at <= now + 5));
    // Ruby's opening was not Sam's to report.
    let (_, ruby) = server
        .get(&format!("/api/young-people/{ruby_id}/looked-at"), &morgan)
        .await?;
    assert_eq!(ruby, json!([]));
    // Only her team manager reads it.
    assert_eq!(
        server
            .get(&format!("/api/young-people/{ella_id}/looked-at"), &sam)
            .await?
            .0,
        StatusCode::NOT_FOUND
    );

    // She sees it on What's written about me.
    let (_, written) = server.get("/api/me/written-about-me", &ella).await?;
    let seen = written["looked_at"].as_array().ok_or("no looked_at")?;
    assert_eq!(seen.len(), 3);
    assert!(seen
        .iter()
        .all(|l| l["by_name"] == "Sam Okafor" && l["by_role"] == "personal_adviser"));
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_sharing_postgresql_count_the_same_wrong_passwords() -> TestResult {
    let Some((one, two)) = common::two_servers().await? else {
        return Ok(());
    };
    let try_at = |server: &Server, password: &str| {
        server
            .http
            .post(server.url("/api/auth/login"))
            .json(&json!({ "username": "ella", "password": password }))
            .send()
    };
    // Wrong passwords spread over both servers count as one run of tries.
    for n in 0..=pathway_server::throttle::PER_USERNAME.free {
        let server = if n % 2 == 0 { &one } else { &two };
        assert_eq!(
            try_at(server, "not her password").await?.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    for server in [&one, &two] {
        assert_eq!(
            try_at(server, pathway_server::demo::PASSWORD)
                .await?
                .status(),
            StatusCode::TOO_MANY_REQUESTS
        );
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_come_compressed_to_a_phone_that_asks_but_the_live_stream_does_not() -> TestResult {
    use reqwest::header::{ACCEPT_ENCODING, CONTENT_ENCODING};
    let server = Server::start().await?;
    let (token, _) = server.sign_in("morgan").await?;
    let pull = |encodings: Option<&'static str>| {
        let request = server
            .http
            .get(server.url("/api/sync/pull?cursor=0"))
            .bearer_auth(&token);
        match encodings {
            Some(encodings) => request.header(ACCEPT_ENCODING, encodings),
            None => request,
        }
        .send()
    };

    let plain = pull(None).await?;
    assert_eq!(plain.headers().get(CONTENT_ENCODING), None);
    let plain = plain.bytes().await?;
    let squeezed = pull(Some("gzip, deflate, br, zstd")).await?;
    assert_eq!(squeezed.status(), StatusCode::OK);
    assert_eq!(squeezed.headers()[CONTENT_ENCODING], "br");
    let squeezed = squeezed.bytes().await?;
    assert!(
        squeezed.len() * 4 < plain.len(),
        "{} bytes compressed from {}",
        squeezed.len(),
        plain.len()
    );
    let mut read = Vec::new();
    brotli::BrotliDecompress(&mut &squeezed[..], &mut read)?;
    let (read, plain): (Value, Value) = (
        serde_json::from_slice(&read)?,
        serde_json::from_slice(&plain)?,
    );
    assert_eq!(read["records"], plain["records"]);
    assert!(plain["records"]
        .as_array()
        .is_some_and(|records| records.len() > 20));

    let live = server
        .http
        .get(server.url("/api/live"))
        .bearer_auth(&token)
        .header(ACCEPT_ENCODING, "gzip, deflate, br, zstd")
        .send()
        .await?;
    assert_eq!(live.status(), StatusCode::OK);
    assert_eq!(
        live.headers().get(CONTENT_ENCODING),
        None,
        "each event goes at once"
    );
    Ok(())
}
