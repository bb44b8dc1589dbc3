//! Pathway's server: the JSON API, storage and auth, and the built app.

pub mod access;
pub mod accounts;
pub mod audit;
pub mod auth;
pub mod backup;
mod caseload;
pub mod config;
pub mod councils;
pub mod db;
pub mod demo;
mod error;
mod headers;
pub mod live;
mod locks;
pub mod notify;
mod openapi;
mod plan;
mod practice;
pub mod records;
pub mod reports;
pub mod sample_team;
pub mod sessions;
mod shell;
pub mod store;
pub mod sync;
pub mod throttle;
mod written;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, StatusCode};
use axum::routing::{get, post};
use axum::Router;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::config::ServeConfig;
use crate::db::{Db, StoreError};
use crate::headers::SecurityHeaders;

/// The largest request body accepted.
pub const BODY_LIMIT: usize = 1024 * 1024;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    /// How long sign-ins last.
    pub sessions: sessions::Limits,
    /// A real argon2 hash that no password matches, checked when a username
    /// is unknown so that sign-in takes as long either way.
    pub decoy_hash: Arc<str>,
    /// Password checks at once: each takes a core's worth of work, so a
    /// flood of sign-ins queues here instead of starving everything else.
    pub hashing: Arc<Semaphore>,
    /// The header a TLS proxy in front puts the client's address in; the
    /// connection's own address when there is none.
    pub client_address_header: Option<HeaderName>,
    /// What every push is held to.
    pub limits: sync::Limits,
    /// Open phones, told when something they may see changes.
    pub live: live::Hub,
    /// Phones and staff told when something needs them, app closed.
    pub notifier: notify::Notifier,
}

impl AppState {
    /// State over `db`; hashes the decoy password, so call from a blocking
    /// thread within the runtime (with PostgreSQL, it starts listening to
    /// the other servers).
    pub fn new(db: Db, sessions: sessions::Limits) -> Result<AppState, StoreError> {
        let mut random = [0u8; 16];
        rand::RngCore::fill_bytes(&mut rand::rng(), &mut random);
        let decoy = auth::hash_password(&hex::encode(random))?;
        let push_key = db.blocking(|conn| notify::push::PushKey::load_or_make(conn))?;
        let mut live = live::Hub::default();
        if let Some(pool) = db.postgres() {
            live.across_servers(pool.clone());
        }
        Ok(AppState {
            db,
            sessions,
            decoy_hash: decoy.into(),
            hashing: Arc::new(Semaphore::new(
                std::thread::available_parallelism().map_or(2, usize::from),
            )),
            client_address_header: None,
            limits: sync::Limits::default(),
            live,
            notifier: notify::Notifier::new(push_key),
        })
    }
}

/// Declares the API once: the router is built from this table, and
/// [`API_ROUTES`] lists it for tests, so nothing served goes unchecked.
macro_rules! api {
    ($($method:ident $path:literal => $handler:path),* $(,)?) => {
        /// Every route under `/api`: its method and path, as served.
        pub const API_ROUTES: &[(&str, &str)] = &[$((stringify!($method), $path)),*];

        fn api_router() -> Router<AppState> {
            Router::new()$(.route($path, $method($handler)))*
        }
    };
}

api! {
    post "/auth/login" => auth::login,
    post "/auth/logout" => auth::logout,
    get "/me" => auth::me,
    get "/me/written-about-me" => written::written_about_me,
    post "/me/language" => auth::choose_language,
    post "/me/gender" => auth::choose_gender,
    get "/me/sessions" => auth::my_sessions,
    post "/me/sessions/end-others" => auth::end_other_sessions,
    post "/me/sessions/{id}/end" => auth::end_session,
    get "/young-people" => caseload::list,
    get "/young-people/{id}/plan" => plan::get_plan,
    get "/young-people/{id}/looked-at" => audit::who_looked,
    get "/reports/team" => reports::team_report,
    get "/reports/care-leaver-return" => reports::national_return,
    get "/reports/outcome-bees" => reports::outcome_bees,
    get "/practice-audits" => practice::list,
    post "/practice-audits/samples" => practice::draw,
    post "/practice-audits/{id}/grading" => practice::grade,
    post "/practice-audits/{id}/answer" => practice::answer,
    post "/me/opened" => audit::opened,
    get "/team" => locks::team,
    post "/accounts/{id}/lock" => locks::lock,
    post "/accounts/{id}/unlock" => locks::unlock,
    post "/sync/push" => sync::push,
    get "/sync/pull" => sync::pull,
    get "/live" => live::live,
    get "/push/key" => notify::push_key,
    post "/push/subscriptions" => notify::subscribe,
    get "/openapi.json" => openapi::openapi_json,
}

/// The whole application: the API under `/api`, `/healthz`, and the built
/// app from `dist` when there is one.
pub fn app(state: AppState, dist: Option<&std::path::Path>) -> Router {
    let router = Router::new()
        .nest(
            "/api",
            api_router()
                .fallback(error::no_such_endpoint)
                // Records, plans and reports as JSON shrink several times
                // over, for phones on little data; the live stream is left
                // as it is, so each event goes at once. Brotli's quality 5,
                // not its default 11: an adviser's first pull of 348 KB
                // came to 30 KB in 3 ms, where 11 made 24 KB in 425 ms.
                .layer(CompressionLayer::new().quality(CompressionLevel::Precise(5))),
        )
        .route("/healthz", get(healthz))
        .with_state(state);
    let router = match dist {
        Some(dist) => router.merge(shell::router(dist)),
        None => router,
    };
    router
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            Duration::from_secs(30),
        ))
        .layer(TraceLayer::new_for_http())
        // Outermost, so every answer has them, a timeout's included.
        .layer(axum::middleware::from_fn_with_state(
            SecurityHeaders::for_app(dist),
            headers::add,
        ))
}

/// Ready to serve.
#[utoipa::path(get, path = "/healthz", tag = "meta", responses((status = 200, description = "Ready")))]
pub async fn healthz() -> &'static str {
    "ok"
}

/// Opens the database (seeding the demo team if asked), then serves until
/// SIGINT or SIGTERM. With no PostgreSQL `database_url`, the database is
/// the SQLite in `data_dir`, which this server then holds for itself.
pub async fn serve(
    data_dir: &std::path::Path,
    database_url: Option<&str>,
    config: ServeConfig,
) -> Result<(), ServeError> {
    let (db, _serving) = match database_url {
        Some(url) => (Db::connect(url).await?, None),
        None => {
            let held = db::claim(data_dir)?;
            (Db::open_in(data_dir)?, Some(held))
        }
    };
    let limits = sessions::Limits {
        lifetime: i64::from(config.session_days) * 24 * 60 * 60,
        staff_idle: i64::from(config.staff_idle_hours) * 60 * 60,
        young_person_idle: i64::from(config.young_person_idle_days) * 24 * 60 * 60,
    };
    let mut state = {
        let db = db.clone();
        tokio::task::spawn_blocking(move || AppState::new(db, limits))
            .await
            .map_err(|e| StoreError::Worker(e.to_string()))??
    };
    state.client_address_header = config.client_address_header.clone();
    state.limits = sync::Limits {
        review_window_days: config.review_window_days,
        ..sync::Limits::default()
    };
    state.notifier.public_url = config.public_url.trim_end_matches('/').to_owned();
    state.notifier.subject = config.push_contact.clone();
    if let Some(key) = &config.notify_api_key {
        state.notifier.gov_notify = Some(
            notify::gov_notify::GovNotify::new(key, &config.notify_url)
                .map_err(|e| ServeError::Notify(e.to_string()))?,
        );
    }
    if config.demo {
        let db = db.clone();
        let seeded =
            tokio::task::spawn_blocking(move || db.blocking(|conn| demo::seed_if_empty(conn)))
                .await
                .map_err(|e| StoreError::Worker(e.to_string()))??;
        if seeded {
            tracing::info!("seeded the demo team");
        }
    }
    let dist = config
        .dist_dir
        .join("index.html")
        .is_file()
        .then_some(config.dist_dir.as_path());
    if dist.is_none() {
        tracing::warn!(dist = %config.dist_dir.display(), "no built app found; serving the API only (run `make dist`)");
    }
    tokio::spawn(purge_regularly(db.clone()));
    tokio::spawn(escalate_regularly(state.notifier.clone(), db.clone()));
    let listener = TcpListener::bind(config.addr)
        .await
        .map_err(|e| ServeError::Bind(config.addr, e))?;
    let addr = listener
        .local_addr()
        .map_err(|e| ServeError::Bind(config.addr, e))?;
    println!("Pathway is running on http://{addr}");
    if config.demo {
        println!(
            "Demo mode: sign in as ella (young person), sam (personal adviser) or morgan (team manager), password: {}",
            demo::PASSWORD
        );
    }
    let hub = state.live.clone();
    axum::serve(
        listener,
        app(state, dist).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        shutdown_signal().await;
        // Open streams never end by themselves; the server waits for them.
        hub.close();
    })
    .await
    .map_err(ServeError::Serve)
}

/// Why the server could not start or stopped.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {0}: {1}")]
    Bind(std::net::SocketAddr, std::io::Error),
    #[error("serving failed: {0}")]
    Serve(std::io::Error),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot seed the demo team: {0}")]
    Seed(#[from] accounts::AccountError),
    #[error("cannot use GOV.UK Notify: {0}")]
    Notify(String),
}

/// Removes sign-ins long over, at start and then every hour.
async fn purge_regularly(db: Db) {
    let mut every = tokio::time::interval(Duration::from_secs(60 * 60));
    loop {
        every.tick().await;
        match db.call(|conn| sessions::purge(conn)).await {
            Ok(0) => {}
            Ok(removed) => tracing::info!(removed, "removed sign-ins long over"),
            Err(error) => tracing::error!(%error, "cannot remove old sign-ins"),
        }
    }
}

/// Every minute, passes safety flags still open after their council's
/// escalation time to the team manager's phones.
async fn escalate_regularly(notifier: notify::Notifier, db: Db) {
    let mut every = tokio::time::interval(Duration::from_secs(60));
    loop {
        every.tick().await;
        match notifier.escalate(&db, db::now()).await {
            Ok(0) => {}
            Ok(passed) => tracing::info!(passed, "passed open safety flags to team managers"),
            Err(error) => tracing::error!(%error, "cannot pass on open safety flags"),
        }
    }
}

async fn shutdown_signal() {
    let interrupt = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
