//! The phone's half of sync: the replica every screen reads, saved whole to
//! the phone on every change, and the loop that sends and fetches.
//!
//! The loop runs on start, when the browser says it is back online, shortly
//! after each change, every half minute while the app is open, and — while
//! something waits or fails — again after a growing, jittered delay.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::error::ErrorCode;
use crate::sync::{PullResponse, PushResponse, Replica};

use super::api::{self, ApiFailure};
use super::device::{self, Session};

/// Where syncing stands.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncState {
    /// Nothing has been tried yet.
    Starting,
    /// Talking to the server now.
    Sending,
    /// Everything is sent and fetched, as of this time (ms since 1970).
    UpToDate(f64),
    /// No connection; changes wait on the phone.
    Offline,
    /// The server no longer accepts this sign-in; changes wait on the phone.
    SignInAgain,
    /// The server is newer than this app: reload.
    ReloadNeeded,
    /// The server could not be used just now; trying again soon.
    Failing(String),
}

/// The replica and the state of syncing it, shared by every screen.
#[derive(Clone, Copy)]
pub struct Store {
    pub replica: RwSignal<Option<Replica>>,
    pub state: RwSignal<SyncState>,
    /// Something that stopped a change being kept on the phone.
    pub problem: RwSignal<Option<String>>,
    session: RwSignal<Option<Session>>,
    running: RwSignal<bool>,
    again: RwSignal<bool>,
    failures: RwSignal<u32>,
    timer: RwSignal<Option<TimeoutHandle>>,
}

/// How long after a change it is sent, so a burst of changes goes together.
const AFTER_CHANGE: Duration = Duration::from_millis(600);
/// How often an open app asks for others' changes: staff screens every few
/// seconds, so a safety flag shows on an open caseload within ten.
fn every(staff: bool) -> Duration {
    Duration::from_secs(if staff { 4 } else { 30 })
}

impl Store {
    /// The store for whoever is signed in (if anyone), read from the phone.
    pub fn new(session: RwSignal<Option<Session>>) -> Store {
        let replica = session.get_untracked().map(|s| load_or_new(&s));
        Store {
            replica: RwSignal::new(replica),
            state: RwSignal::new(SyncState::Starting),
            problem: RwSignal::new(None),
            session,
            running: RwSignal::new(false),
            again: RwSignal::new(false),
            failures: RwSignal::new(0),
            timer: RwSignal::new(None),
        }
    }

    /// Switches to a newly signed-in person and syncs at once.
    pub fn signed_in(&self, session: &Session) {
        self.replica.set(Some(load_or_new(session)));
        self.state.set(SyncState::Starting);
        self.failures.set(0);
        self.sync_soon(Duration::ZERO);
    }

    /// Forgets everything when the person signs out.
    pub fn signed_out(&self) {
        self.cancel_timer();
        self.replica.set(None);
        self.state.set(SyncState::Starting);
    }

    /// How many changes wait to be sent.
    pub fn waiting(&self) -> usize {
        self.replica
            .with(|r| r.as_ref().map_or(0, Replica::waiting))
    }

    /// Forgets a refused change the person has read.
    pub fn dismiss(&self, mutation_id: u64) {
        self.edit(|replica| replica.dismiss_rejection(mutation_id));
    }

    /// Makes changes on the phone, at once, and sends them soon. `edit` is
    /// applied to a copy of the replica that is kept only once it is saved,
    /// so what the screen shows is always what the phone holds, and changes
    /// made together are saved together.
    pub fn edit(&self, edit: impl FnOnce(&mut Replica)) {
        let (Some(session), Some(mut replica)) =
            (self.session.get_untracked(), self.replica.get_untracked())
        else {
            return;
        };
        edit(&mut replica);
        match device::save_replica(&session, &replica) {
            Ok(()) => {
                self.problem.set(None);
                self.replica.set(Some(replica));
                self.sync_soon(AFTER_CHANGE);
            }
            Err(why) => self.problem.set(Some(why)),
        }
    }

    /// Syncs after `delay`, unless a sync is already due sooner.
    pub fn sync_soon(&self, delay: Duration) {
        self.cancel_timer();
        let store = *self;
        let handle = set_timeout_with_handle(move || store.run(), delay).ok();
        self.timer.set(handle);
    }

    fn cancel_timer(&self) {
        if let Some(handle) = self.timer.get_untracked() {
            handle.clear();
        }
        self.timer.set(None);
    }

    fn run(&self) {
        if self.running.get_untracked() {
            self.again.set(true);
            return;
        }
        let Some(session) = self.session.get_untracked() else {
            return;
        };
        self.running.set(true);
        let store = *self;
        spawn_local(async move {
            let outcome = store.exchange(&session).await;
            store.running.set(false);
            let next = match outcome {
                Ok(()) => {
                    store.failures.set(0);
                    store.state.set(SyncState::UpToDate(js_sys::Date::now()));
                    Some(if store.again.get_untracked() {
                        Duration::ZERO
                    } else {
                        every(session.user.role.is_staff())
                    })
                }
                Err(failure) => store.failed(failure),
            };
            store.again.set(false);
            if let Some(delay) = next {
                store.sync_soon(delay);
            }
        });
    }

    /// Records a failed sync and says when to try again (`None`: not until
    /// the person acts).
    fn failed(&self, failure: ApiFailure) -> Option<Duration> {
        let failures = self.failures.get_untracked() + 1;
        self.failures.set(failures);
        match failure {
            ApiFailure::SignedOut => {
                self.state.set(SyncState::SignInAgain);
                None
            }
            ApiFailure::Refused(error) if error.error == ErrorCode::ReloadNeeded => {
                self.state.set(SyncState::ReloadNeeded);
                None
            }
            ApiFailure::Offline => {
                self.state.set(SyncState::Offline);
                Some(backoff(failures))
            }
            other => {
                self.state.set(SyncState::Failing(other.message()));
                Some(backoff(failures))
            }
        }
    }

    /// Sends everything waiting, then fetches everything new. Each answer
    /// is saved on the phone before the next request goes.
    async fn exchange(&self, session: &Session) -> Result<(), ApiFailure> {
        if self.waiting() > 0 {
            self.state.set(SyncState::Sending);
        }
        while let Some(request) = self
            .replica
            .with_untracked(|r| r.as_ref().and_then(Replica::push_request))
        {
            let answer: PushResponse =
                api::post("/api/sync/push", &request, Some(&session.token)).await?;
            self.keep(session, |replica| replica.apply_push(&answer))?;
            if answer.outcomes.is_empty() {
                break;
            }
        }
        loop {
            let Some(path) = self.replica.with_untracked(|r| {
                r.as_ref().map(|r| {
                    format!(
                        "/api/sync/pull?cursor={}&client_id={}&scope={}",
                        r.cursor, r.client_id, r.scope
                    )
                })
            }) else {
                return Ok(());
            };
            let page: PullResponse = api::get(&path, &session.token).await?;
            let more = page.more;
            self.keep(session, |replica| replica.apply_pull(page))?;
            if !more {
                return Ok(());
            }
        }
    }

    /// Applies a server answer and saves it; if it cannot be saved, it is
    /// not applied, so it will be asked for again.
    fn keep(&self, session: &Session, apply: impl FnOnce(&mut Replica)) -> Result<(), ApiFailure> {
        let Some(mut replica) = self.replica.get_untracked() else {
            return Ok(());
        };
        apply(&mut replica);
        device::save_replica(session, &replica).map_err(ApiFailure::Broken)?;
        self.replica.set(Some(replica));
        Ok(())
    }
}

fn load_or_new(session: &Session) -> Replica {
    device::saved_replica(session).unwrap_or_else(|| Replica::new(uuid::Uuid::now_v7()))
}

/// 2, 4, 8 … seconds up to a minute, each with up to half again at random,
/// so phones coming back online together do not all call at once.
fn backoff(failures: u32) -> Duration {
    let base = 2f64.powi(failures.min(6) as i32).min(60.0);
    Duration::from_millis(((base + base * 0.5 * js_sys::Math::random()) * 1000.0) as u64)
}
