//! The phone's half of sync: the replica every screen reads, kept on the
//! phone (see `device`), and the loop that sends and fetches.
//!
//! The loop runs on start, when the browser says it is back online, shortly
//! after each change, every half minute while the app is open, and — while
//! something waits or fails — again after a growing, jittered delay.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use crate::audit::{Access, Opened};
use crate::auth::Role;
use crate::error::ErrorCode;
use crate::ids;
use crate::messages::{Conversation, SeenFields};
use crate::sync::{fields_of, stored, PullResponse, PushResponse, RecordKind, Replica};
use crate::tr;

use super::api::{self, ApiFailure};
use super::device::{self, Full, Keep, Session};
use super::idb::IdbError;
use super::openings;

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
    /// The server is newer than this app: reload.
    ReloadNeeded,
    /// The server could not be used just now; trying again soon.
    Failing(String),
    /// The server asked the phone to wait before sending more, saying why
    /// (a day's allowance used up); everything waits on the phone.
    Paused(String),
}

/// The replica and the state of syncing it, shared by every screen.
#[derive(Clone, Copy)]
pub struct Store {
    pub replica: RwSignal<Option<Replica>>,
    pub state: RwSignal<SyncState>,
    /// Something that stopped a change being kept on the phone.
    pub problem: RwSignal<Option<String>>,
    /// Why the phone's copy for offline use could not be saved, if it
    /// could not; the app works online and her changes are kept.
    pub unkept: RwSignal<Option<Unkept>>,
    /// Whether the copy for offline use has been read back yet.
    cache: RwSignal<Cache>,
    /// How this phone's last sign-in ended, for the sign-in screen.
    pub ended: RwSignal<Option<Ended>>,
    /// She chose to sign out once her changes are sent.
    pub signing_out: RwSignal<bool>,
    /// The live stream is open: others' changes arrive as they happen, so
    /// the loop need not poll (see `live`).
    pub live: RwSignal<bool>,
    /// The records as this phone shows them (`Replica::view`): made once
    /// per change to the replica and shared by every screen and widget,
    /// rather than made again by each.
    pub view: Memo<Records>,
    /// Screens are drawn: no one is signed in, or what the phone kept for
    /// whoever is has been read back (see `open`).
    pub ready: Memo<bool>,
    session: RwSignal<Option<Session>>,
    running: RwSignal<bool>,
    again: RwSignal<bool>,
    failures: RwSignal<u32>,
    /// The next sync's timer, and when it is due (ms since 1970).
    timer: RwSignal<Option<(TimeoutHandle, f64)>>,
}

/// Why there is no copy on the phone to use offline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unkept {
    /// The phone is out of space.
    Full,
    /// The browser would not keep one (private browsing, for example).
    Refused,
}

impl Unkept {
    /// Why, in words, with what still works.
    pub fn words(self) -> &'static str {
        match self {
            Unkept::Full => tr!("unkept-full"),
            Unkept::Refused => tr!("unkept-refused"),
        }
    }
}

impl From<IdbError> for Unkept {
    fn from(error: IdbError) -> Unkept {
        match error {
            IdbError::Full => Unkept::Full,
            IdbError::Unavailable | IdbError::Failed(_) => Unkept::Refused,
        }
    }
}

/// The copy for offline use, as the app opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cache {
    /// Being read back: nothing is pulled until it has been, or the older
    /// copy would be laid over the newer.
    Opening,
    /// Read back, or there was none: saved as pages are pulled.
    Open,
    /// One that could not be read could not be set aside either: it is
    /// never written over, so nothing more is saved until the app reopens.
    Blocked,
}

/// How often a long pull saves what it has so far, so an app closed
/// half-way through a team's first pull need not start again.
const SAVE_EVERY_MS: f64 = 5_000.0;

/// Why the phone is no longer signed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The sign-in ran out or was signed out: her changes wait for her.
    RanOut,
    /// Signed out from elsewhere: the phone was cleared.
    Wiped,
    /// The account was locked: the phone was cleared.
    Locked,
}

/// How long to wait before trying again when the server asked for a pause.
const PAUSED_FOR: Duration = Duration::from_secs(15 * 60);

/// How long after a change it is sent, so a burst of changes goes together.
const AFTER_CHANGE: Duration = Duration::from_millis(600);
/// How often an open app asks for others' changes. With the live stream
/// open they arrive as they happen, so only now and then, in case one was
/// missed; without it, staff screens every few seconds, so a safety flag
/// shows on an open caseload within ten.
fn every(staff: bool, live: bool) -> Duration {
    Duration::from_secs(match (live, staff) {
        (true, _) => 5 * 60,
        (false, true) => 4,
        (false, false) => 30,
    })
}

/// The records as the phone shows them, shared without copying.
#[derive(Clone, Default)]
pub struct Records(pub std::sync::Arc<std::collections::BTreeMap<Uuid, crate::sync::Record>>);

impl std::ops::Deref for Records {
    type Target = std::collections::BTreeMap<Uuid, crate::sync::Record>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Store {
    /// How many replies to her statements the phone holds.
    pub fn replies(&self) -> usize {
        self.replica.with(|r| {
            r.as_ref()
                .map(|_| crate::voice::Tally::of(self.view.get().values()).replies)
                .unwrap_or(0)
        })
    }

    /// The store for whoever is signed in (if anyone), read from the phone.
    pub fn new(session: RwSignal<Option<Session>>) -> Store {
        let person = session.get_untracked().map(|s| s.user.id);
        let ended = device::ended_session().map(|_| Ended::RanOut);
        let replica = RwSignal::new(None);
        let store = Store {
            view: Memo::new_with_compare(
                move |_| {
                    Records(std::sync::Arc::new(
                        replica.with(|r| r.as_ref().map(Replica::view).unwrap_or_default()),
                    ))
                },
                // A change to the replica is a new view; comparing every
                // record would cost as much as making it.
                |_, _| true,
            ),
            ready: Memo::new(move |_| {
                session.with(Option::is_none) || replica.with(Option::is_some)
            }),
            replica,
            state: RwSignal::new(SyncState::Starting),
            problem: RwSignal::new(None),
            unkept: RwSignal::new(None),
            cache: RwSignal::new(Cache::Opening),
            ended: RwSignal::new(ended),
            signing_out: RwSignal::new(person.is_some_and(device::signing_out)),
            live: RwSignal::new(false),
            session,
            running: RwSignal::new(false),
            again: RwSignal::new(false),
            failures: RwSignal::new(0),
            timer: RwSignal::new(None),
        };
        if let Some(person) = person {
            store.open(person, true);
        }
        store
    }

    /// Switches to a newly signed-in person and syncs at once: anything
    /// she left unsent on this phone goes first.
    pub fn signed_in(&self, session: &Session) {
        self.state.set(SyncState::Starting);
        self.ended.set(None);
        self.signing_out.set(device::signing_out(session.user.id));
        self.failures.set(0);
        self.open(session.user.id, false);
        self.revoke_pending();
    }

    fn person(&self) -> Option<Uuid> {
        self.session.get_untracked().map(|s| s.user.id)
    }

    /// Whether this phone is still signed in with `session`'s sign-in.
    pub fn is_signed_in_as(&self, session: &Session) -> bool {
        self.session
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.token == session.token))
    }

    /// Reads back what the phone kept for `person`, her outbox and the
    /// copy kept for offline use, then syncs. With nothing kept (her
    /// first sign-in here) she starts afresh at once; otherwise the replica
    /// is `None`, and no screen is drawn (`ready`), until her outbox is
    /// read, so nothing she does can be written over it. The code that
    /// reads them back is fetched only when something was kept, and at
    /// once when the app opens signed in (`at_start`), while the copy is
    /// read from IndexedDB. A copy kept by an app from before
    /// IndexedDB came with the outbox and moves there now.
    fn open(&self, person: Uuid, at_start: bool) {
        let store = *self;
        self.cache.set(Cache::Opening);
        let found = device::found(person);
        let kept = !found.is_empty();
        self.replica.set((!kept).then(|| Replica::new(ids::new())));
        if at_start {
            spawn_local(async {
                device::reading::cache().await;
            });
        }
        spawn_local(async move {
            let outbox = async {
                if kept {
                    Some(device::load_replica(person, &found).await)
                } else {
                    None
                }
            };
            let (replica, cached) = futures::future::join(outbox, device::read_cache(person)).await;
            if store.person() != Some(person) {
                return;
            }
            if let Some(replica) = replica {
                store.replica.set(Some(replica));
            }
            let moved = store
                .replica
                .with_untracked(|r| r.as_ref().is_some_and(Replica::has_pulled));
            let mut opened = Cache::Open;
            if moved {
                store.save_cache(person).await;
            } else {
                match cached {
                    Ok(Some(text)) => {
                        let read = device::reading::cache().await;
                        if store.person() != Some(person) {
                            return;
                        }
                        let unreadable = store
                            .replica
                            .try_update(|r| r.as_mut().and_then(|r| read(r, &text).err()))
                            .flatten();
                        if let Some(why) = unreadable {
                            if let Err(error) = device::set_cache_aside(person, &why).await {
                                store.unkept.set(Some(error.into()));
                                opened = Cache::Blocked;
                            }
                        }
                    }
                    Ok(None) => {}
                    Err(error) => store.unkept.set(Some(error.into())),
                }
            }
            if store.person() == Some(person) {
                store.cache.set(opened);
                store.sync_soon(Duration::ZERO);
            }
        });
    }

    /// Saves what was pulled; whether it was saved.
    async fn save_cache(&self, person: Uuid) -> bool {
        if self.cache.get_untracked() == Cache::Blocked {
            return false;
        }
        let Some(text) = self
            .replica
            .with_untracked(|r| r.as_ref().map(stored::cache_text))
        else {
            return false;
        };
        let saved = device::save_cache(person, &text).await;
        self.unkept
            .set(saved.as_ref().err().cloned().map(Unkept::from));
        saved.is_ok()
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
    /// applied to a copy of the replica that is kept only once its outbox
    /// is saved, so what the screen shows is always what the phone holds,
    /// and changes made together are saved together.
    pub fn edit(&self, edit: impl FnOnce(&mut Replica)) {
        let (Some(session), Some(mut replica)) =
            (self.session.get_untracked(), self.replica.get_untracked())
        else {
            return;
        };
        edit(&mut replica);
        match device::save_outbox(session.user.id, &replica) {
            Ok(()) => {
                self.problem.set(None);
                self.replica.set(Some(replica));
                self.sync_soon(AFTER_CHANGE);
            }
            Err(Full) => self.problem.set(Some(
                "This phone has run out of space, so that change wasn't saved. Free some space and try again."
                    .into(),
            )),
        }
    }

    /// Waits for every change to be sent, then signs out by itself.
    pub fn sign_out_when_sent(&self, waiting: bool) {
        let Some(session) = self.session.get_untracked() else {
            return;
        };
        device::set_signing_out(session.user.id, waiting);
        self.signing_out.set(waiting);
        if waiting {
            self.sync_soon(Duration::ZERO);
        }
    }

    /// Signs out of this phone: the token is revoked (at the next
    /// connection, if there is none now) and what the phone kept for this
    /// person is removed, her unsent changes included — the screen asks
    /// her first. What a member of staff opened and has not reported stays,
    /// with the token, until it is reported with it, before it is revoked.
    pub fn sign_out(&self) {
        let Some(session) = self.session.get_untracked() else {
            return;
        };
        let id = session.user.id;
        let keep = if session.user.role.is_staff() && device::openings_kept(id).is_some() {
            device::report_with(id, &session.token);
            Keep::Opened
        } else {
            Keep::Nothing
        };
        device::revoke_later(&session.token);
        device::forget_person(id, keep);
        crate::language::browser::forget_choice();
        self.leave();
        self.revoke_pending();
    }

    /// Notes that this member of staff opened a young person's records, to
    /// be reported with the next sync (a young person's own are not).
    pub fn note_opened(&self, young_person: Uuid, what: Access) {
        let Some(session) = self.session.get_untracked() else {
            return;
        };
        if !session.user.role.is_staff() {
            return;
        }
        let opening = Opened {
            id: ids::new(),
            young_person_id: young_person,
            what,
            at: (js_sys::Date::now() / 1000.0) as i64,
        };
        device::note_opened(session.user.id, opening);
        self.sync_soon(AFTER_CHANGE);
    }

    /// The server says this sign-in is over. The screen stops showing her
    /// data at once; her changes stay on the phone for when she signs in
    /// again, unless the phone may be in the wrong hands.
    fn session_over(&self, why: ErrorCode) {
        if why.wipes_phone() {
            device::forget_everything();
        } else {
            device::end_session();
        }
        self.ended.set(Some(match why {
            ErrorCode::AccountLocked => Ended::Locked,
            code if code.wipes_phone() => Ended::Wiped,
            _ => Ended::RanOut,
        }));
        self.leave();
    }

    /// Takes the person's data off the screen once the phone is no longer
    /// signed in; the shell then shows the sign-in screen.
    fn leave(&self) {
        self.cancel_timer();
        super::live::stop(*self);
        self.replica.set(None);
        self.signing_out.set(false);
        self.state.set(SyncState::Starting);
        // Whoever signs in next is spoken to as they asked, not as she did.
        crate::language::browser::speak_to(Default::default());
        self.session.set(None);
    }

    /// Tells the server of sign-outs it has not heard of: first what each
    /// member of staff opened, with the token they signed out of, then
    /// revokes the tokens.
    pub fn revoke_pending(&self) {
        let reports = device::reports_left();
        let tokens = device::tokens_to_revoke();
        if !reports && tokens.is_empty() {
            return;
        }
        spawn_local(async move {
            if reports {
                if let Err(ApiFailure::Offline) = (openings::report_left().await)().await {
                    return;
                }
            }
            for token in tokens {
                match api::post_empty("/api/auth/logout", &token).await {
                    Err(ApiFailure::Offline) => return,
                    // Revoked now, or already over: either way, done.
                    Ok(()) | Err(_) => device::revoked(&token),
                }
            }
        });
    }

    /// Syncs after `delay`, unless a sync is already due sooner: a change
    /// made while a sync runs is not put off by that sync's next poll.
    pub fn sync_soon(&self, delay: Duration) {
        let due = js_sys::Date::now() + delay.as_millis() as f64;
        if self
            .timer
            .get_untracked()
            .is_some_and(|(_, sooner)| sooner <= due)
        {
            return;
        }
        self.cancel_timer();
        let store = *self;
        let handle = set_timeout_with_handle(
            move || {
                store.timer.set(None);
                store.run();
            },
            delay,
        )
        .ok();
        self.timer.set(handle.map(|handle| (handle, due)));
    }

    fn cancel_timer(&self) {
        if let Some((handle, _)) = self.timer.get_untracked() {
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
        if self.cache.get_untracked() == Cache::Opening {
            // Opening the cache syncs once it is open.
            return;
        }
        self.running.set(true);
        let store = *self;
        spawn_local(async move {
            let outcome = store.exchange(&session).await;
            store.running.set(false);
            let next = match outcome {
                Ok(()) if store.signing_out.get_untracked() && store.waiting() == 0 => {
                    store.sign_out();
                    None
                }
                Ok(()) => {
                    store.failures.set(0);
                    store.state.set(SyncState::UpToDate(js_sys::Date::now()));
                    store.deliver_receipts(&session);
                    Some(if store.again.get_untracked() {
                        Duration::ZERO
                    } else {
                        every(session.user.role.is_staff(), store.live.get_untracked())
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
            ApiFailure::SignedOut(error) => {
                self.session_over(error.error);
                None
            }
            ApiFailure::Refused(error) if error.error == ErrorCode::ReloadNeeded => {
                self.state.set(SyncState::ReloadNeeded);
                None
            }
            ApiFailure::Offline => {
                self.state.set(SyncState::Offline);
                Some(backoff(failures, 60.0))
            }
            ApiFailure::Refused(error) if error.error == ErrorCode::DailyLimit => {
                // Said in her language, by its code.
                self.state
                    .set(SyncState::Paused(ApiFailure::Refused(error).message()));
                Some(PAUSED_FOR)
            }
            other => {
                self.state.set(SyncState::Failing(other.message()));
                Some(backoff(failures, 60.0))
            }
        }
    }

    /// Sends everything waiting, then fetches everything new. Each answer
    /// is saved on the phone before the next request goes.
    async fn exchange(&self, session: &Session) -> Result<(), ApiFailure> {
        if self.waiting() > 0 {
            self.state.set(SyncState::Sending);
        }
        // Sending paused for the day still lets others' changes (a reply to
        // her) come in: the pause is said once everything is fetched.
        let mut paused = None;
        while let Some(request) = self
            .replica
            .with_untracked(|r| r.as_ref().and_then(Replica::push_request))
        {
            let answer: PushResponse =
                match api::post("/api/sync/push", &request, Some(&session.token)).await {
                    Ok(answer) => answer,
                    Err(ApiFailure::Refused(error)) if error.error == ErrorCode::DailyLimit => {
                        paused = Some(ApiFailure::Refused(error));
                        break;
                    }
                    Err(other) => return Err(other),
                };
            self.keep(session, |replica| replica.apply_push(&answer))?;
            if answer.outcomes.is_empty() {
                break;
            }
        }
        if session.user.role.is_staff() {
            (openings::report().await)(session.token.clone(), session.user.id).await?;
        }
        self.pull(session).await?;
        paused.map_or(Ok(()), Err)
    }

    /// Fetches everything new, page by page, each saved before the next.
    async fn pull(&self, session: &Session) -> Result<(), ApiFailure> {
        let mut unsaved = false;
        let mut saved_at = js_sys::Date::now();
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
            let changed = self
                .replica
                .try_update(|r| r.as_mut().is_some_and(|r| r.apply_pull(page)))
                .unwrap_or(false);
            unsaved |= changed;
            if unsaved && (!more || js_sys::Date::now() - saved_at > SAVE_EVERY_MS) {
                if self.save_cache(session.user.id).await {
                    // Only once the records are saved may the saved outbox
                    // forget the changes they hold.
                    self.keep(session, Replica::forget_stored)?;
                }
                unsaved = false;
                saved_at = js_sys::Date::now();
            }
            if !more {
                return Ok(());
            }
        }
    }

    /// Says a message from someone else has reached this phone
    /// ("Delivered" beside it on theirs), for each conversation it holds.
    /// A manager's phone says nothing: the messages were not for him.
    fn deliver_receipts(&self, session: &Session) {
        if session.user.role == Role::TeamManager {
            return;
        }
        let me = session.user.id;
        let due: Vec<(Uuid, SeenFields)> = self.replica.with_untracked(|r| {
            let Some(r) = r.as_ref() else {
                return Vec::new();
            };
            let view = self.view.get_untracked();
            r.people
                .iter()
                .filter_map(|p| {
                    Conversation::places(view.values(), p.id, me)
                        .receipt_due(me, false)
                        .map(|seen| (p.id, seen))
                })
                .collect()
        });
        if due.is_empty() {
            return;
        }
        self.edit(|replica| {
            for (young_person, seen) in &due {
                replica.change(RecordKind::Seen, ids::new(), *young_person, fields_of(seen));
            }
        });
    }

    /// Changes the outbox and saves it; if it cannot be saved, the change is
    /// not made, so the answer that asked for it will be asked for again.
    fn keep(&self, session: &Session, apply: impl FnOnce(&mut Replica)) -> Result<(), ApiFailure> {
        let Some(mut replica) = self.replica.get_untracked() else {
            return Ok(());
        };
        apply(&mut replica);
        if device::save_outbox(session.user.id, &replica).is_err() {
            self.problem.set(Some(
                "This phone has run out of space. Free some space so Pathway can carry on sending and fetching: your unsent changes are kept."
                    .into(),
            ));
            return Err(ApiFailure::Broken("no room for the outbox".into()));
        }
        self.replica.set(Some(replica));
        Ok(())
    }
}

/// 2 to the power of `step` seconds, at most `longest`, with up to half
/// again at random, so phones coming back online together do not all call
/// at once.
pub(super) fn backoff(step: u32, longest: f64) -> Duration {
    let base = 2f64.powi(step.min(16) as i32).min(longest);
    Duration::from_millis(((base + base * 0.5 * js_sys::Math::random()) * 1000.0) as u64)
}
