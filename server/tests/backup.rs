//! `pathway-server backup` and `restore`, through the real command line, a
//! real serving process, its SQLite file and HTTP.

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use pathway_server::db::{Db, FILE_NAME};
use pathway_server::{audit, demo};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

mod common;

use common::TestResult;
use pathway_app::ids;

/// `pathway-server` serving the demo team from `data`, stopped when dropped.
struct Serving {
    child: Child,
    base: String,
    http: Client,
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Serving {
    async fn start(data: &Path) -> Result<Serving, Box<dyn std::error::Error>> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")?
            .local_addr()?
            .port();
        let child = Command::new(env!("CARGO_BIN_EXE_pathway-server"))
            .arg("--data-dir")
            .arg(data)
            .args(["--demo", "--addr", &format!("127.0.0.1:{port}")])
            .arg("--dist-dir")
            .arg(data.join("no-app"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let serving = Serving {
            child,
            base: format!("http://127.0.0.1:{port}"),
            http: Client::new(),
        };
        for _ in 0..200 {
            let health = serving.http.get(serving.url("/healthz")).send().await;
            if health.is_ok_and(|answer| answer.status() == StatusCode::OK) {
                return Ok(serving);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Err("the server did not start".into())
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Her token and id.
    async fn sign_in(
        &self,
        username: &str,
    ) -> Result<(String, String), Box<dyn std::error::Error>> {
        let (token, user) = common::sign_in_at(&self.http, &self.base, username).await?;
        Ok((token, user["id"].as_str().ok_or("no id")?.to_owned()))
    }

    /// She tells her adviser `words` from phone `client`, as its change `n`.
    async fn tell(
        &self,
        token: &str,
        owner: &str,
        client: Uuid,
        n: u64,
        words: &str,
    ) -> TestResult {
        let answer: Value = self
            .http
            .post(self.url("/api/sync/push"))
            .bearer_auth(token)
            .json(&json!({ "client_id": client, "schema_version": 1, "mutations": [
                { "mutation_id": n, "kind": "statement", "record_id": ids::new(), "young_person_id": owner,
                  "base_version": 0, "data": { "topic": "good_news", "feeling": "great", "text": words, "answers": [] } }
            ] }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        assert_eq!(answer["outcomes"][0]["outcome"], "applied", "{answer}");
        Ok(())
    }

    /// A pull from `cursor`, as phone `client` whose records are of `scope`.
    async fn pull(
        &self,
        token: &str,
        client: Uuid,
        cursor: u64,
        scope: &str,
    ) -> Result<(StatusCode, Value), Box<dyn std::error::Error>> {
        let answer = self
            .http
            .get(self.url(&format!(
                "/api/sync/pull?cursor={cursor}&client_id={client}&scope={scope}"
            )))
            .bearer_auth(token)
            .send()
            .await?;
        let status = answer.status();
        Ok((status, answer.json().await.unwrap_or(Value::Null)))
    }
}

fn run(data: &Path, args: &[&str]) -> std::io::Result<Output> {
    Command::new(env!("CARGO_BIN_EXE_pathway-server"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn statements(page: &Value) -> Vec<String> {
    page["records"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["kind"] == "statement")
        .filter_map(|r| r["data"]["text"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_serving_is_restored_and_every_phone_starts_again_keeping_locks(
) -> TestResult {
    let data = tempfile::tempdir()?;
    let copies = tempfile::tempdir()?;
    let copy = copies.path().join("pathway-backup.sqlite3");
    let server = Serving::start(data.path()).await?;
    let (ella, ella_id) = server.sign_in("ella").await?;
    let phone = ids::new();
    server
        .tell(&ella, &ella_id, phone, 1, "Before the backup")
        .await?;

    let taken = run(
        data.path(),
        &["backup", "--to", copy.to_str().ok_or("path")?],
    )?;
    assert!(taken.status.success(), "{}", said(&taken));
    assert!(said(&taken).contains("record(s)"), "{}", said(&taken));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&copy)?.permissions().mode() & 0o777,
            0o600
        );
    }
    let again = run(
        data.path(),
        &["backup", "--to", copy.to_str().ok_or("path")?],
    )?;
    assert!(!again.status.success());
    assert!(said(&again).contains("already exists"), "{}", said(&again));

    // After the backup: a new statement, and her adviser's lost phone locked out.
    server
        .tell(&ella, &ella_id, phone, 2, "After the backup")
        .await?;
    let (_, page) = server.pull(&ella, phone, 0, "").await?;
    let cursor = page["cursor"].as_u64().ok_or("no cursor")?;
    let scope = page["scope"].as_str().ok_or("no scope")?.to_owned();
    assert_eq!(statements(&page).len(), 2);
    let (sam, _) = server.sign_in("sam").await?;
    let new_number = run(
        data.path(),
        &[
            "council",
            "set",
            "--name",
            "Riverside",
            "--out-of-hours-phone",
            "0300 555 0111",
        ],
    )?;
    assert!(new_number.status.success(), "{}", said(&new_number));
    assert!(run(data.path(), &["user", "lock", "--username", "sam"])?
        .status
        .success());

    let refused = run(
        data.path(),
        &["restore", "--from", copy.to_str().ok_or("path")?],
    )?;
    assert!(!refused.status.success());
    assert!(
        said(&refused).contains("stop it first"),
        "{}",
        said(&refused)
    );
    let (_, unchanged) = server.pull(&ella, phone, 0, "").await?;
    assert_eq!(
        statements(&unchanged).len(),
        2,
        "a refused restore changes nothing"
    );

    drop(server);
    let restored = run(
        data.path(),
        &["restore", "--from", copy.to_str().ok_or("path")?],
    )?;
    assert!(restored.status.success(), "{}", said(&restored));
    assert!(said(&restored).contains("1 lock(s)"), "{}", said(&restored));

    // The audit log is only ever added to: what it said after the backup
    // is still there, and the restore is written after it.
    let log = Db::open(&data.path().join(FILE_NAME))?.blocking(|conn| audit::recent(conn, 100))?;
    let events: Vec<(&str, &str)> = log
        .iter()
        .map(|e| (e.event.as_str(), e.username.as_str()))
        .collect();
    assert_eq!(events.first().map(|e| e.0), Some("database_restored"));
    assert_eq!(events.get(1), Some(&("account_locked", "sam")));
    assert!(events.contains(&("signed_in", "sam")));
    // The council's new out-of-hours number outlives the restore.
    let council = run(data.path(), &["council", "list"])?;
    assert!(
        said(&council).contains("out of hours: 0300 555 0111"),
        "{}",
        said(&council)
    );

    let server = Serving::start(data.path()).await?;
    // Every sign-in ended; hers without wiping her phone, the locked
    // account's with it.
    let (status, answer) = server.pull(&ella, phone, cursor, &scope).await?;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_ne!(answer["error"], "account_locked");
    let (status, answer) = server.pull(&sam, ids::new(), 0, "").await?;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(answer["error"], "account_locked");
    let locked_out = server
        .http
        .post(server.url("/api/auth/login"))
        .json(&json!({ "username": "sam", "password": demo::PASSWORD }))
        .send()
        .await?;
    assert_ne!(locked_out.status(), StatusCode::OK);

    // Her phone, at the cursor it had, starts its records again: what the
    // backup held and nothing written after it.
    let (ella, _) = server.sign_in("ella").await?;
    let (status, page) = server.pull(&ella, phone, cursor, &scope).await?;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(page["reset"], true, "{page}");
    assert_eq!(statements(&page), ["Before the backup"]);
    assert!(page["cursor"].as_u64().ok_or("no cursor")? > cursor);
    // Her phone's next change follows on from what the server has of it.
    server
        .tell(&ella, &ella_id, phone, 2, "After the restore")
        .await?;
    let (_, page) = server.pull(&ella, ids::new(), 0, "").await?;
    let mut words = statements(&page);
    words.sort();
    assert_eq!(words, ["After the restore", "Before the backup"]);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_that_is_not_a_backup_is_refused_and_changes_nothing() -> TestResult {
    let data = tempfile::tempdir()?;
    let server = Serving::start(data.path()).await?;
    let (ella, ella_id) = server.sign_in("ella").await?;
    server
        .tell(&ella, &ella_id, ids::new(), 1, "Still here")
        .await?;
    drop(server);

    let copies = tempfile::tempdir()?;
    let junk = copies.path().join("notes.txt");
    std::fs::write(&junk, "not a database at all, just words")?;
    let empty = copies.path().join("empty.sqlite3");
    rusqlite::Connection::open(&empty)?.execute_batch("CREATE TABLE other (x)")?;
    let newer = copies.path().join("newer.sqlite3");
    rusqlite::Connection::open(&newer)?
        .execute_batch("CREATE TABLE users (id); PRAGMA user_version = 999;")?;
    let missing = copies.path().join("missing.sqlite3");
    for (file, why) in [
        (junk.as_path(), "is not a Pathway backup"),
        (empty.as_path(), "none of Pathway's tables"),
        (newer.as_path(), "written by a newer Pathway"),
        (missing.as_path(), "not found"),
    ] {
        let refused = run(
            data.path(),
            &["restore", "--from", file.to_str().ok_or("path")?],
        )?;
        assert!(!refused.status.success());
        assert!(said(&refused).contains(why), "{}", said(&refused));
    }
    let nowhere = tempfile::tempdir()?;
    let no_database = run(
        nowhere.path(),
        &[
            "backup",
            "--to",
            copies.path().join("b").to_str().ok_or("path")?,
        ],
    )?;
    assert!(
        said(&no_database).contains("no Pathway database"),
        "{}",
        said(&no_database)
    );

    let server = Serving::start(data.path()).await?;
    let (status, page) = server.pull(&ella, ids::new(), 0, "").await?;
    assert_eq!(status, StatusCode::OK, "her sign-in still stands");
    assert_eq!(statements(&page), ["Still here"]);
    Ok(())
}
