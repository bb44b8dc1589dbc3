//! A real server on a random port, over a real SQLite file seeded with the
//! demo team, for the HTTP tests.

#![allow(dead_code)] // each test file uses a different part of this

use pathway_app::auth::{Role, User};
use pathway_app::ids;
use pathway_app::sync::{PullResponse, Replica};
use pathway_server::args;
use pathway_server::db::{Db, StoreError};
use pathway_server::sync::{pull_page, PullQuery};
use pathway_server::{app, demo, AppState};
use reqwest::{Client, StatusCode};
use serde_json::{json, Value};
use tempfile::TempDir;

pub type TestResult = Result<(), Box<dyn std::error::Error>>;

pub struct Server {
    pub base: String,
    pub http: Client,
    pub db: Db,
    _data: TempDir,
}

impl Server {
    pub async fn start() -> Result<Server, Box<dyn std::error::Error>> {
        Self::start_with_dist(None).await
    }

    pub async fn start_with_dist(
        dist: Option<&std::path::Path>,
    ) -> Result<Server, Box<dyn std::error::Error>> {
        Self::start_configured(dist, |_| {}).await
    }

    /// A server whose state `configure` changes first.
    pub async fn start_configured(
        dist: Option<&std::path::Path>,
        configure: impl FnOnce(&mut AppState),
    ) -> Result<Server, Box<dyn std::error::Error>> {
        let data = tempfile::tempdir()?;
        // PATHWAY_TEST_STORE=postgres runs the server on PostgreSQL instead.
        let db = match std::env::var("PATHWAY_TEST_STORE").as_deref() {
            Ok("postgres") => postgres().await?.ok_or("no PostgreSQL to test against")?,
            _ => Db::open(&data.path().join("pathway.sqlite3"))?,
        };
        Self::start_on(db, data, dist, configure).await
    }

    /// A server over `db`, seeded with the demo team if it has no one yet;
    /// `data` is removed with it.
    pub async fn start_on(
        db: Db,
        data: TempDir,
        dist: Option<&std::path::Path>,
        configure: impl FnOnce(&mut AppState),
    ) -> Result<Server, Box<dyn std::error::Error>> {
        let state = {
            let db = db.clone();
            tokio::task::spawn_blocking(move || {
                db.blocking(|conn| demo::seed_if_empty(conn))?;
                Ok::<_, Box<dyn std::error::Error + Send + Sync>>(AppState::new(
                    db,
                    Default::default(),
                )?)
            })
            .await?
        };
        let mut state = state.map_err(|e| e.to_string())?;
        configure(&mut state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let base = format!("http://{}", listener.local_addr()?);
        let router = app(state, dist);
        let router = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, router).await });
        Ok(Server {
            base,
            http: Client::new(),
            db,
            _data: data,
        })
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn sign_in(
        &self,
        username: &str,
    ) -> Result<(String, Value), Box<dyn std::error::Error>> {
        sign_in_at(&self.http, &self.base, username).await
    }

    pub async fn get(
        &self,
        path: &str,
        token: &str,
    ) -> Result<(StatusCode, Value), Box<dyn std::error::Error>> {
        let response = self
            .http
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await?;
        let status = response.status();
        Ok((status, response.json().await.unwrap_or(Value::Null)))
    }

    /// Pushes `mutations` from a fresh phone; the answer.
    pub async fn push_mutations(
        &self,
        token: &str,
        mutations: Vec<Value>,
    ) -> Result<Value, Box<dyn std::error::Error>> {
        let response = self
            .http
            .post(self.url("/api/sync/push"))
            .bearer_auth(token)
            .json(&json!({ "client_id": ids::new(), "schema_version": 1, "mutations": mutations }))
            .send()
            .await?;
        if response.status() != StatusCode::OK {
            return Err(format!("push answered {}", response.status()).into());
        }
        Ok(response.json().await?)
    }

    /// Adds one new record of `kind` to `owner`'s, and checks it was kept.
    pub async fn add_record(
        &self,
        token: &str,
        owner: &str,
        kind: &str,
        data: Value,
    ) -> Result<(), Box<dyn std::error::Error>> {
        let answer = self
            .push_mutations(
                token,
                vec![
                    json!({ "mutation_id": 1, "kind": kind, "record_id": ids::new(),
                             "young_person_id": owner, "base_version": 0, "data": data }),
                ],
            )
            .await?;
        if answer["outcomes"][0]["outcome"] != "applied" {
            return Err(format!("not applied: {answer}").into());
        }
        Ok(())
    }

    pub fn id_of(&self, username: &str) -> Result<String, Box<dyn std::error::Error>> {
        sql(&self.db, |conn| {
            conn.query_one("SELECT id FROM users WHERE username = ?1", args![username])?
                .get::<String>(0)
        })
    }
}

/// Signs in as a demo account at the server at `base`: the token, and who.
pub async fn sign_in_at(
    http: &Client,
    base: &str,
    username: &str,
) -> Result<(String, Value), Box<dyn std::error::Error>> {
    let answer: Value = http
        .post(format!("{base}/api/auth/login"))
        .json(&json!({ "username": username, "password": demo::PASSWORD }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let token = answer["token"].as_str().ok_or("no token")?.to_owned();
    Ok((token, answer["user"].clone()))
}

/// An account as the server's own code sees it, for tests that call it in
/// process.
pub fn user_named(db: &Db, username: &str) -> Result<User, Box<dyn std::error::Error>> {
    let (id, display_name, role) = sql(db, |conn| {
        let row = conn.query_one(
            "SELECT id, display_name, role FROM users WHERE username = ?1",
            args![username],
        )?;
        Ok::<_, StoreError>((
            row.get::<String>(0)?,
            row.get::<String>(1)?,
            row.get::<String>(2)?,
        ))
    })?;
    Ok(User {
        id: uuid::Uuid::parse_str(&id)?,
        username: username.to_owned(),
        display_name,
        role: role.parse::<Role>()?,
        language: None,
        gender: Default::default(),
        gender_answered: false,
    })
}

/// One page of a pull as `user`, in process.
pub fn pull_as(
    db: &Db,
    user: &User,
    query: &PullQuery,
) -> Result<PullResponse, Box<dyn std::error::Error>> {
    Ok(sql(db, |conn| pull_page(conn, user, query))?.map_err(|_| "foreign client")?)
}

/// The pull a phone with `replica` asks for next.
pub fn next_pull(replica: &Replica) -> PullQuery {
    PullQuery {
        cursor: replica.cursor,
        client_id: Some(replica.client_id),
        scope: Some(replica.scope.clone()),
    }
}

/// Adds a second council, Northvale, beside the demo's Riverside: its own
/// out-of-hours number, escalation time and contact rules, no advocacy
/// service, and a team with the very name of Riverside's. Naz manages
/// it, Nico advises Nell in it, Harper is its head of service; each signs
/// in with the demo password.
pub fn add_northvale(db: &Db) -> Result<(), Box<dyn std::error::Error>> {
    use pathway_app::contacts::rules::ContactRules;
    use pathway_server::accounts::{self, NewAccount};
    use pathway_server::councils::{self, Changes};

    let mut rules = ContactRules::example();
    rules.name = "Northvale standards".into();
    sql(db, |conn| {
        councils::add(
            conn,
            &Changes {
                name: Some("Northvale".into()),
                out_of_hours_phone: Some("0300 555 0300".into()),
                escalate_after_minutes: Some(30),
                contact_rules: Some(rules),
                ..Changes::default()
            },
        )
    })?;
    let people = [
        ("naz", "Naz Begum", Role::TeamManager),
        ("nico", "Nico Adams", Role::PersonalAdviser),
        ("harper", "Harper Lee", Role::HeadOfService),
        ("nell", "Nell Price", Role::YoungPerson),
    ];
    for (username, name, role) in people {
        let young = role == Role::YoungPerson;
        let account = NewAccount {
            username: username.into(),
            display_name: name.into(),
            role,
            password: Some(demo::PASSWORD.into()),
            phone: None,
            email: None,
            council: Some("Northvale".into()),
            team: matches!(role, Role::TeamManager | Role::PersonalAdviser)
                .then(|| "Riverside leaving care team".into()),
            adviser: young.then(|| "nico".into()),
            date_of_birth: young.then_some(time::macros::date!(2007 - 09 - 02)),
            pronouns: Default::default(),
            plan: Default::default(),
            child_id: None,
            sex: None,
        };
        sql(db, |conn| accounts::create(conn, &account))?;
    }
    Ok(())
}

/// A fresh, migrated PostgreSQL database in the cluster named by
/// PATHWAY_TEST_DATABASE_URL (`tests/with-postgres.sh` starts one for
/// `make test`); `None`, said on stderr, when there is none, which CI never
/// allows.
pub async fn postgres() -> Result<Option<Db>, Box<dyn std::error::Error>> {
    match postgres_url().await? {
        Some(url) => Ok(Some(Db::connect(&url).await?)),
        None => Ok(None),
    }
}

/// The address of a fresh, empty PostgreSQL database, as [`postgres`] makes.
pub async fn postgres_url() -> Result<Option<String>, Box<dyn std::error::Error>> {
    let Ok(url) = std::env::var("PATHWAY_TEST_DATABASE_URL") else {
        if std::env::var_os("CI").is_some() {
            return Err("CI runs the storage tests against PostgreSQL too: run them under tests/with-postgres.sh".into());
        }
        eprintln!(
            "PostgreSQL not tested: PATHWAY_TEST_DATABASE_URL is not set (make test sets it)"
        );
        return Ok(None);
    };
    let (admin, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await?;
    tokio::spawn(connection);
    let name = format!("pathway_{}", ids::new().simple());
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await?;
    let base = url.rsplit_once('/').map_or(url.as_str(), |(base, _)| base);
    Ok(Some(format!("{base}/{name}")))
}

/// Runs `work` on `db` here and now, from a test: on a thread of its own,
/// so that PostgreSQL's connections go on being driven by the test's
/// runtime (which needs to be multi-threaded for it).
pub fn sql<R, E>(
    db: &Db,
    work: impl FnOnce(pathway_server::store::Conn<'_>) -> Result<R, E> + Send,
) -> Result<R, Box<dyn std::error::Error>>
where
    R: Send,
    E: From<pathway_server::db::StoreError> + std::error::Error + Send + Sync + 'static,
{
    let outcome = std::thread::scope(|scope| {
        scope
            .spawn(|| db.blocking(work))
            .join()
            .map_err(|_| "the test's database work panicked")
    })?;
    Ok(outcome?)
}

/// Two servers over one fresh PostgreSQL database, each with connections of
/// its own, as behind a load balancer; `None` as for [`postgres`].
pub async fn two_servers() -> Result<Option<(Server, Server)>, Box<dyn std::error::Error>> {
    let Some(url) = postgres_url().await? else {
        return Ok(None);
    };
    let mut servers = Vec::new();
    for _ in 0..2 {
        let db = Db::connect(&url).await?;
        servers.push(Server::start_on(db, tempfile::tempdir()?, None, |_| {}).await?);
    }
    let two = servers.pop().ok_or("no second server")?;
    let one = servers.pop().ok_or("no first server")?;
    Ok(Some((one, two)))
}
