//! Telling people, with the app closed, that something in Pathway needs
//! them — and never what: a push says only that there is something new,
//! and an email or text to staff carries a link and nothing else.
//!
//! - Her phones: a message or a reply from the people who work with her.
//! - Her adviser's phones: her message, statement or request for a review;
//!   for a safety flag, his email and phone at once as well, and her team
//!   manager's, through GOV.UK Notify when it is set up.
//! - Her team manager's phones: a safety flag no one has acknowledged
//!   within the escalation time.

pub mod gov_notify;
pub mod push;

use std::sync::Arc;

use crate::args;
use crate::store::Conn;
use axum::extract::State;
use axum::http::StatusCode;
use pathway_app::auth::{Role, User};
use pathway_app::error::ApiError;
use pathway_app::notifications::{PushPublicKey, PushSubscription};
use pathway_app::sync::{Mutation, RecordKind};
use uuid::Uuid;

use crate::auth::CurrentSession;
use crate::councils::{self, Alerts};
use crate::db::{now, Db, StoreError};
use crate::error::{AppError, Json};
use crate::sync::rules::flags;
use crate::AppState;
use gov_notify::GovNotify;
use push::{Delivery, PushKey};

/// How notifications are sent: the server's push key, which push services
/// it will send to, and GOV.UK Notify when configured.
#[derive(Clone, Debug)]
pub struct Notifier {
    http: reqwest::Client,
    pub key: PushKey,
    /// Who runs this server, for push services to contact (VAPID `sub`).
    pub subject: String,
    /// The hosts of the push services phones may subscribe with: a phone
    /// can't have the server send requests anywhere else.
    pub push_hosts: Arc<[String]>,
    pub gov_notify: Option<GovNotify>,
    /// Where Pathway is, for the link in an email or text.
    pub public_url: String,
}

/// The push services of the browsers people use.
pub const PUSH_HOSTS: &[&str] = &[
    "fcm.googleapis.com",
    "updates.push.services.mozilla.com",
    "web.push.apple.com",
    "wns2-par02p.notify.windows.com",
];

impl Notifier {
    pub fn new(key: PushKey) -> Notifier {
        Notifier {
            http: reqwest::Client::builder()
                .timeout(std::time::Duration::from_secs(10))
                .build()
                .unwrap_or_default(),
            key,
            subject: "mailto:pathway@localhost".into(),
            push_hosts: PUSH_HOSTS.iter().map(|h| (*h).to_owned()).collect(),
            gov_notify: None,
            public_url: "http://127.0.0.1:8080".into(),
        }
    }

    /// Whether a phone may subscribe with `endpoint`.
    fn allowed(&self, endpoint: &reqwest::Url) -> bool {
        let host = endpoint.host_str().unwrap_or_default();
        let secure = endpoint.scheme() == "https"
            || (endpoint.scheme() == "http" && matches!(host, "127.0.0.1" | "localhost"));
        secure
            && self
                .push_hosts
                .iter()
                .any(|allowed| host == allowed || host.ends_with(&format!(".{allowed}")))
    }

    /// Tells whoever needs telling about what `by` just changed (applied
    /// changes only). Runs after the changes are committed, off the
    /// request.
    pub fn after_push(&self, db: Db, by: User, applied: Vec<Mutation>) {
        let notifier = self.clone();
        tokio::spawn(async move {
            let news = db.call(move |conn| news(conn, &by, &applied)).await;
            match news {
                Ok(news) => notifier.deliver(&db, news).await,
                Err(error) => tracing::error!(%error, "cannot work out whom to notify"),
            }
        });
    }

    /// Passes each safety flag still open at `at` (Unix seconds) after its
    /// council's escalation time to the team manager, once.
    pub async fn escalate(&self, db: &Db, at: i64) -> Result<usize, StoreError> {
        let news = db.call(move |conn| escalations(conn, at)).await?;
        let count = news.len();
        self.deliver(db, news).await;
        Ok(count)
    }

    async fn deliver(&self, db: &Db, news: Vec<News>) {
        for item in news {
            let endpoints = match db.call(move |conn| subscriptions(conn, item.person)).await {
                Ok(endpoints) if item.push => endpoints,
                Ok(_) => Vec::new(),
                Err(error) => {
                    tracing::error!(%error, "cannot read push subscriptions");
                    Vec::new()
                }
            };
            for endpoint in endpoints {
                let Ok(url) = reqwest::Url::parse(&endpoint) else {
                    continue;
                };
                if push::send(&self.http, &self.key, &self.subject, &url).await == Delivery::Gone {
                    let _ = db
                        .call(move |conn| {
                            conn.execute(
                                "DELETE FROM push_subscriptions WHERE endpoint = ?1",
                                args![endpoint],
                            )
                        })
                        .await;
                }
            }
            if let (true, Some(notify)) = (item.urgent, &self.gov_notify) {
                let link = format!("{}/young-people/{}", self.public_url, item.about);
                if let (Some(email), Some(template)) = (&item.email, &item.alerts.email_template) {
                    notify.email(&self.http, template, email, &link).await;
                }
                if let (Some(phone), Some(template)) = (&item.phone, &item.alerts.sms_template) {
                    notify.sms(&self.http, template, phone, &link).await;
                }
            }
        }
    }
}

/// One person to tell.
#[derive(Debug, Clone, PartialEq, Eq)]
struct News {
    person: Uuid,
    /// The young person it is about, for the link.
    about: Uuid,
    /// Their phones are sent a push.
    push: bool,
    /// A safety flag: staff are emailed and texted too.
    urgent: bool,
    email: Option<String>,
    phone: Option<String>,
    /// The young person's council's templates, when staff are emailed.
    alerts: Alerts,
}

/// Who must hear of `applied`, made by `by`.
fn news(conn: Conn<'_>, by: &User, applied: &[Mutation]) -> Result<Vec<News>, StoreError> {
    let mut news: Vec<News> = Vec::new();
    for change in applied {
        let young_person = change.young_person_id;
        let mut tell = |person: Uuid, push: bool, urgent: bool| -> Result<(), StoreError> {
            if person == by.id {
                return Ok(());
            }
            match news.iter_mut().find(|n| n.person == person) {
                Some(known) => {
                    known.push |= push;
                    known.urgent |= urgent;
                }
                None => {
                    let (email, phone) = contact_of(conn, person)?;
                    news.push(News {
                        person,
                        about: young_person,
                        push,
                        urgent,
                        email,
                        phone,
                        alerts: Alerts::default(),
                    });
                }
            }
            Ok(())
        };
        match (change.kind, by.role) {
            (RecordKind::Message | RecordKind::Reply, role) if role.is_staff() => {
                tell(young_person, true, false)?;
            }
            (RecordKind::Statement, Role::YoungPerson) if flags(&change.data) => {
                if let Some(adviser) = adviser_of(conn, young_person)? {
                    tell(adviser, true, true)?;
                }
                // The manager is emailed and texted at once; his phones
                // are sent a push if it is still open at the escalation time.
                for manager in managers_of(conn, young_person)? {
                    tell(manager, false, true)?;
                }
            }
            (
                RecordKind::Message | RecordKind::Statement | RecordKind::ReviewRequest,
                Role::YoungPerson,
            ) => {
                if let Some(adviser) = adviser_of(conn, young_person)? {
                    tell(adviser, true, false)?;
                }
            }
            _ => {}
        }
    }
    // Email and text are for staff, and only when it is urgent.
    for item in &mut news {
        if item.person == item.about || !item.urgent {
            item.email = None;
            item.phone = None;
        } else {
            item.alerts = councils::of_person(conn, item.about)?.alerts;
        }
    }
    Ok(news)
}

fn adviser_of(conn: Conn<'_>, young_person: Uuid) -> Result<Option<Uuid>, StoreError> {
    let found = conn.query_opt(
        "SELECT adviser_id FROM young_people WHERE user_id = ?1",
        args![young_person],
    )?;
    Ok(found.map(|row| row.get(0)).transpose()?.flatten())
}

fn managers_of(conn: Conn<'_>, young_person: Uuid) -> Result<Vec<Uuid>, StoreError> {
    conn.query(
        "SELECT m.id FROM young_people y
           JOIN users a ON a.id = y.adviser_id
           JOIN users m ON m.team_id = a.team_id AND m.role = 'team_manager'
          WHERE y.user_id = ?1",
        args![young_person],
    )?
    .iter()
    .map(|row| row.get(0))
    .collect()
}

fn contact_of(
    conn: Conn<'_>,
    person: Uuid,
) -> Result<(Option<String>, Option<String>), StoreError> {
    let row = conn.query_one(
        "SELECT email, phone FROM users WHERE id = ?1",
        args![person],
    )?;
    Ok((row.get(0)?, row.get(1)?))
}

/// The push endpoints of `person`'s phones that are still signed in.
fn subscriptions(conn: Conn<'_>, person: Uuid) -> Result<Vec<String>, StoreError> {
    conn.query(
        "SELECT p.endpoint FROM push_subscriptions p
           JOIN sessions s ON s.id = p.session_id
          WHERE p.user_id = ?1 AND s.revoked_at IS NULL AND s.expires_at > ?2",
        args![person, now()],
    )?
    .iter()
    .map(|row| row.get(0))
    .collect()
}

/// The safety flags open at `at` for longer than their council's
/// escalation time and not yet passed on, marked as passed on now, with
/// the managers to tell.
fn escalations(conn: Conn<'_>, at: i64) -> Result<Vec<News>, StoreError> {
    let tx = conn.begin()?;
    let flags: Vec<(String, Uuid)> = tx
        .query(
            "SELECT r.id, r.young_person_id FROM records r
               JOIN users u ON u.id = r.young_person_id
               JOIN councils c ON c.id = u.council_id
              WHERE r.kind = 'statement' AND r.deleted = 0
                AND r.updated_at <= ?1 - c.escalate_after_minutes * 60
                AND CAST(json_extract(r.data, '$.flag') AS INTEGER) = 1
                AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.statement_id = r.id)
                AND NOT EXISTS (SELECT 1 FROM records a
                                 WHERE a.young_person_id = r.young_person_id
                                   AND a.kind = 'acknowledgement'
                                   AND json_extract(a.data, '$.statement') = r.id)",
            args![at],
        )?
        .iter()
        .map(|row| Ok((row.get(0)?, row.get(1)?)))
        .collect::<Result<_, StoreError>>()?;
    let mut news = Vec::new();
    for (statement, young_person) in flags {
        tx.execute(
            "INSERT INTO escalations (statement_id, at) VALUES (?1, ?2)",
            args![statement, now()],
        )?;
        for manager in managers_of(*tx, young_person)? {
            news.push(News {
                person: manager,
                about: young_person,
                push: true,
                urgent: false,
                email: None,
                phone: None,
                alerts: Alerts::default(),
            });
        }
    }
    tx.commit()?;
    Ok(news)
}

/// The server's public key for push subscriptions.
#[utoipa::path(
    get, path = "/api/push/key", tag = "notifications",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The key to subscribe with", body = PushPublicKey),
        (status = 401, description = "No valid token", body = ApiError),
    )
)]
pub async fn push_key(
    State(state): State<AppState>,
    _session: CurrentSession,
) -> Json<PushPublicKey> {
    Json(PushPublicKey {
        public_key: state.notifier.key.public(),
    })
}

/// Keeps this phone's push subscription, for this sign-in: when it ends,
/// nothing more is sent to the phone.
#[utoipa::path(
    post, path = "/api/push/subscriptions", tag = "notifications",
    security(("bearer" = [])),
    request_body = PushSubscription,
    responses(
        (status = 204, description = "Kept"),
        (status = 401, description = "No valid token", body = ApiError),
        (status = 400, description = "Malformed JSON: `malformed_json`", body = ApiError),
        (status = 413, description = "The body is over 1 MB: `payload_too_large`", body = ApiError),
        (status = 415, description = "The body was not sent as application/json: `unsupported_media_type`", body = ApiError),
        (status = 422, description = "Not a push service Pathway sends to, or not shaped as a subscription", body = ApiError),
    )
)]
pub async fn subscribe(
    State(state): State<AppState>,
    CurrentSession { user, id }: CurrentSession,
    Json(subscription): Json<PushSubscription>,
) -> Result<StatusCode, AppError> {
    let endpoint = reqwest::Url::parse(&subscription.endpoint)
        .ok()
        .filter(|url| state.notifier.allowed(url))
        .ok_or_else(|| {
            AppError::InvalidInput("That isn't a push service Pathway can send to.".into())
        })?;
    let too_long = [&subscription.keys.p256dh, &subscription.keys.auth]
        .iter()
        .any(|key| key.len() > 200)
        || endpoint.as_str().len() > 2000;
    if too_long {
        return Err(AppError::InvalidInput(
            "That isn't a push subscription.".into(),
        ));
    }
    state
        .db
        .call(move |conn| {
            conn.execute(
                "INSERT INTO push_subscriptions (endpoint, user_id, session_id, p256dh, auth, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (endpoint) DO UPDATE SET user_id = ?2, session_id = ?3, p256dh = ?4, auth = ?5",
                args![
                    endpoint.as_str(),
                    user.id,
                    &id,
                    &subscription.keys.p256dh,
                    &subscription.keys.auth,
                    now()
                ],
            )
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
