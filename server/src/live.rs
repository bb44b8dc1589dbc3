//! Live: an open phone is told within a moment that something it may see
//! has changed, and then pulls. The stream (`GET /api/live`, Server-Sent
//! Events) carries no content and no ids — only "changed" — so it can never
//! say more about a record than its person may see; and it is sent only to
//! those who may see the young person whose record it was.
//!
//! A stream ends when its sign-in does (signed out, ended elsewhere,
//! locked, run out), saying `ended`: the phone then syncs, and hears why.
//!
//! With PostgreSQL, several servers may share the data: each tells the
//! others what happened through PostgreSQL's `NOTIFY`, and passes on to its
//! own streams what they heard (`LISTEN`).

use std::collections::HashSet;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use futures_util::stream::{self, Stream};
use pathway_app::auth::User;
use pathway_app::error::ApiError;
use pathway_app::ids;
use serde::{Deserialize, Serialize};
use tokio::sync::{broadcast, watch};
use tokio::time::{interval_at, Instant, Interval, MissedTickBehavior};
use uuid::Uuid;

use crate::access::visible_young_people;
use crate::auth::{self, CurrentSession};
use crate::error::AppError;
use crate::sessions::{self, Standing};
use crate::store::Pool;
use crate::AppState;

/// How many happenings wait for a slow stream before it is told to pull
/// everything (it then misses nothing: a pull fetches all that is new).
const BACKLOG: usize = 1024;

/// How often a stream checks its sign-in still stands (to end when it runs
/// out) and who its person may see (a young person moved to another
/// adviser), and sends a comment so proxies keep the connection open.
const RECHECK_EVERY: Duration = Duration::from_secs(20);

/// Something that happened which some open phones must hear about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Happening {
    /// A record of this young person's changed, by a push under the sign-in
    /// `by` (that phone already has it).
    Changed { young_person: Uuid, by: Arc<str> },
    /// Some of this person's sign-ins ended.
    SignInsEnded { person: Uuid },
}

/// Where happenings are announced and open streams listen.
#[derive(Clone)]
pub struct Hub {
    happenings: broadcast::Sender<Happening>,
    /// Turned on when the server stops, so open streams end and the server
    /// can finish.
    closing: Arc<watch::Sender<bool>>,
    /// The other servers sharing the database, when there can be any.
    others: Option<Others>,
}

/// The way to the other servers: PostgreSQL's notifications, with this
/// server's own id so it does not hear itself twice.
#[derive(Clone)]
struct Others {
    pool: Pool,
    me: Uuid,
}

/// The PostgreSQL channel servers tell each other on.
const CHANNEL: &str = "pathway_live";

/// A happening as it travels between servers: ids only, as on a stream,
/// and which server it happened on.
#[derive(Debug, Serialize, Deserialize)]
struct Note {
    from: Uuid,
    happened: Happened,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Happened {
    Changed { young_person: Uuid, by: String },
    SignInsEnded { person: Uuid },
}

impl From<&Happening> for Happened {
    fn from(happening: &Happening) -> Happened {
        match happening {
            Happening::Changed { young_person, by } => Happened::Changed {
                young_person: *young_person,
                by: by.to_string(),
            },
            Happening::SignInsEnded { person } => Happened::SignInsEnded { person: *person },
        }
    }
}

impl From<Happened> for Happening {
    fn from(happened: Happened) -> Happening {
        match happened {
            Happened::Changed { young_person, by } => Happening::Changed {
                young_person,
                by: by.into(),
            },
            Happened::SignInsEnded { person } => Happening::SignInsEnded { person },
        }
    }
}

impl Default for Hub {
    fn default() -> Hub {
        Hub {
            happenings: broadcast::channel(BACKLOG).0,
            closing: Arc::new(watch::channel(false).0),
            others: None,
        }
    }
}

impl Hub {
    /// Tells every open stream that may hear of it, on this server and on
    /// every other sharing the database. Nobody listening is fine.
    pub fn announce(&self, happening: Happening) {
        if let Some(others) = &self.others {
            let note = Note {
                from: others.me,
                happened: Happened::from(&happening),
            };
            let pool = others.pool.clone();
            tokio::spawn(async move {
                let sent = match serde_json::to_string(&note) {
                    Ok(payload) => pool.notify(CHANNEL, &payload).await,
                    Err(e) => Err(e.into()),
                };
                if let Err(error) = sent {
                    tracing::warn!(%error, "cannot tell the other servers");
                }
            });
        }
        let _ = self.happenings.send(happening);
    }

    /// Hears what the other servers sharing `pool`'s database announce, and
    /// tells them what this one does.
    pub fn across_servers(&mut self, pool: Pool) {
        let me = ids::new();
        let mut heard = pool.listen(CHANNEL);
        let happenings = self.happenings.clone();
        tokio::spawn(async move {
            while let Some(payload) = heard.recv().await {
                match serde_json::from_str::<Note>(&payload) {
                    Ok(note) if note.from == me => {}
                    Ok(note) => {
                        let _ = happenings.send(note.happened.into());
                    }
                    Err(error) => {
                        tracing::warn!(%error, payload, "a note from another server not understood");
                    }
                }
            }
        });
        self.others = Some(Others { pool, me });
    }

    /// Ends every open stream, for shutting down.
    pub fn close(&self) {
        self.closing.send_replace(true);
    }

    /// How many streams are open.
    pub fn listeners(&self) -> usize {
        self.happenings.receiver_count()
    }
}

/// One open stream's state.
struct Listener {
    state: AppState,
    person: User,
    /// The public id of the sign-in the stream was opened under.
    sign_in: Arc<str>,
    token_hash: String,
    visible: HashSet<Uuid>,
    happenings: broadcast::Receiver<Happening>,
    closing: watch::Receiver<bool>,
    recheck: Interval,
    over: bool,
}

/// What woke a stream.
enum Woke {
    Happening(Result<Happening, broadcast::error::RecvError>),
    Recheck,
    Closing,
}

/// What a stream sends next.
enum Next {
    Changed,
    Ended,
    Stop,
}

impl Listener {
    async fn next(&mut self) -> Next {
        loop {
            let woke = tokio::select! {
                happening = self.happenings.recv() => Woke::Happening(happening),
                _ = self.recheck.tick() => Woke::Recheck,
                _ = self.closing.wait_for(|closing| *closing) => Woke::Closing,
            };
            match woke {
                Woke::Happening(Ok(Happening::Changed { young_person, by })) => {
                    if by != self.sign_in && self.visible.contains(&young_person) {
                        return Next::Changed;
                    }
                }
                Woke::Happening(Ok(Happening::SignInsEnded { person })) => {
                    if person == self.person.id && !self.stands().await {
                        return Next::Ended;
                    }
                }
                // Fell behind: whatever was missed, a pull fetches it.
                Woke::Happening(Err(broadcast::error::RecvError::Lagged(_))) => {
                    return Next::Changed
                }
                Woke::Happening(Err(broadcast::error::RecvError::Closed)) | Woke::Closing => {
                    return Next::Stop
                }
                Woke::Recheck => {
                    if !self.stands().await {
                        return Next::Ended;
                    }
                    if let Ok(visible) = self.visible_now().await {
                        self.visible = visible;
                    }
                }
            }
        }
    }

    /// Whether the sign-in still stands; a failed check counts as standing,
    /// as the next pull will say otherwise if it does not.
    async fn stands(&self) -> bool {
        let hash = self.token_hash.clone();
        let limits = self.state.sessions;
        match self
            .state
            .db
            .call(move |conn| sessions::standing(conn, &hash, &limits))
            .await
        {
            Ok(Standing::Valid { .. }) | Err(_) => true,
            Ok(_) => false,
        }
    }

    async fn visible_now(&self) -> Result<HashSet<Uuid>, AppError> {
        let person = self.person.clone();
        let visible = self
            .state
            .db
            .call(move |conn| visible_young_people(conn, &person))
            .await?;
        Ok(visible.into_iter().collect())
    }
}

/// A stream of `changed` events for what this person may see, ending with
/// `ended` when the sign-in does.
#[utoipa::path(
    get, path = "/api/live", tag = "sync",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "`text/event-stream`: `changed` (pull now) whenever a record this person may see changes; `ended` when this sign-in ends (sync to hear why). No event carries content", content_type = "text/event-stream", body = String),
        (status = 401, description = "No valid token", body = ApiError),
    )
)]
pub async fn live(
    State(state): State<AppState>,
    session: CurrentSession,
    headers: HeaderMap,
) -> Result<Sse<impl Stream<Item = Result<SseEvent, Infallible>>>, AppError> {
    let token_hash = auth::bearer_token(&headers)
        .map(auth::token_hash)
        .ok_or(AppError::Unauthorized)?;
    // Listen before reading who she may see, so nothing between is missed.
    let happenings = state.live.happenings.subscribe();
    let closing = state.live.closing.subscribe();
    let mut recheck = interval_at(Instant::now() + RECHECK_EVERY, RECHECK_EVERY);
    recheck.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let mut listener = Listener {
        sign_in: session.id.into(),
        person: session.user,
        token_hash,
        visible: HashSet::new(),
        happenings,
        closing,
        recheck,
        over: false,
        state,
    };
    listener.visible = listener.visible_now().await?;
    let events = stream::unfold(listener, |mut listener| async move {
        if listener.over {
            return None;
        }
        let event = match listener.next().await {
            Next::Changed => SseEvent::default().event("changed").data(""),
            Next::Ended => {
                listener.over = true;
                SseEvent::default().event("ended").data("")
            }
            Next::Stop => return None,
        };
        Some((Ok(event), listener))
    });
    Ok(Sse::new(events).keep_alive(KeepAlive::new().interval(RECHECK_EVERY)))
}
