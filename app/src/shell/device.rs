//! What the app keeps on the phone (`docs/sync.md` lists every key).
//!
//! Every key starts `pathway.`. Per person, the outbox and the cache are
//! separate values (see `sync::stored`). The outbox holds her unsent words:
//! it is small, lives in localStorage, and is written first and on its own.
//! The cache can always be pulled again; a team's is many megabytes, so it
//! lives in IndexedDB, and it is what gives way when the phone is full.
//! Nothing that can't be read is ever written over: it is set aside under a
//! dated key.

use leptos::prelude::{RwSignal, Set};
use leptos::task::spawn_local;
use pathway_derive::ReadObject;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::idb::{self, IdbError};

use crate::audit::Opened;
use crate::auth::{Role, User};
use crate::ids;
use crate::language::Gender;
use crate::sync::stored::{self, Found, Slot};
use crate::sync::Replica;
use crate::voice::Topic;
use crate::writing::Form;

const PREFIX: &str = "pathway.";
const SESSION: &str = "pathway.session";
const REVOKE: &str = "pathway.revoke";
/// The format of the session and of the small per-person values.
const FORMAT: u32 = 1;

/// The signed-in person and their bearer token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub token: String,
    pub user: User,
}

/// The session as stored. Format 0 (before formats) had only `token` and
/// `user`. An ended session keeps the person, so her unsent changes wait
/// for her, but not the token.
#[derive(Serialize, ReadObject)]
struct StoredSession {
    #[serde(default)]
    format: u32,
    #[serde(default)]
    token: Option<String>,
    user: User,
}

fn stored_session() -> Option<StoredSession> {
    read::<StoredSession>(SESSION).filter(|s| s.format <= FORMAT)
}

/// The session saved on this phone, if it is still signed in.
pub fn saved_session() -> Option<Session> {
    let stored = stored_session()?;
    Some(Session {
        token: stored.token.filter(|t| !t.is_empty())?,
        user: stored.user,
    })
}

/// The person whose sign-in ended on this phone, if they have not signed in
/// again since.
pub fn ended_session() -> Option<User> {
    stored_session()
        .filter(|s| s.token.as_deref().is_none_or(str::is_empty))
        .map(|s| s.user)
}

/// Saves a new sign-in. If another person used this phone before, what
/// was pulled for them is removed, so one person never sees another's
/// plan; their unsent changes stay aside, unread, until they sign in again.
pub fn save_session(session: &Session) {
    if let Some(old) = stored_session().filter(|old| old.user.id != session.user.id) {
        forget_person(old.user.id, Keep::Outbox);
    }
    // Without room for the session the app still works until it is
    // reloaded; saving changes reports a full phone.
    let _ = write(
        SESSION,
        &StoredSession {
            format: FORMAT,
            token: Some(session.token.clone()),
            user: session.user.clone(),
        },
    );
}

/// Changes the phone's copy of who `person` is, if she is still signed in
/// here (her account was told something first).
pub fn update_user(person: Uuid, change: impl FnOnce(&mut User)) {
    if let Some(mut session) = saved_session().filter(|s| s.user.id == person) {
        change(&mut session.user);
        save_session(&session);
    }
}

/// The server ended this sign-in: the token goes, the person's changes stay.
pub fn end_session() {
    if let Some(mut stored) = stored_session() {
        stored.token = None;
        stored.format = FORMAT;
        let _ = write(SESSION, &stored);
    }
}

fn key(person: Uuid, what: &str) -> String {
    format!("{PREFIX}{person}.{what}")
}

/// The phone's localStorage; none where the browser refuses it (some
/// private windows).
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The text kept under `key`, if any.
pub(crate) fn raw(key: &str) -> Option<String> {
    local()?.get_item(key).ok()?
}

/// Keeps `value` under `key`; `Err` if the phone would not (full, or no
/// storage at all).
pub(crate) fn write_raw(key: &str, value: &str) -> Result<(), ()> {
    local().ok_or(())?.set_item(key, value).map_err(drop)
}

/// Forgets what is kept under `key`.
pub(crate) fn remove(key: &str) {
    if let Some(storage) = local() {
        let _ = storage.remove_item(key);
    }
}

/// The value kept under `key` as JSON, if it is there and reads as `T`.
fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&raw(key)?).ok()
}

/// Keeps `value` under `key` as JSON.
fn write<T: Serialize>(key: &str, value: &T) -> Result<(), ()> {
    write_raw(key, &serde_json::to_string(value).map_err(drop)?)
}

/// What this phone keeps for `person` in localStorage: the outbox, and a
/// cache or both together as older apps kept them. Empty on a phone's
/// first sign-in, which then needs no code to read anything back.
pub fn found(person: Uuid) -> Found {
    Found {
        outbox: raw(&key(person, Slot::Outbox.name())),
        cache: raw(&key(person, Slot::Cache.name())),
        legacy: raw(&key(person, Slot::Legacy.name())),
    }
}

/// Reads the person's outbox back from what was `found`, setting aside
/// anything that can't be read and bringing older shapes up to date. A
/// cache kept by apps before it moved to IndexedDB comes with it (the
/// store then saves it there); otherwise [`read_cache`] follows.
pub async fn load_replica(person: Uuid, found: &Found) -> Replica {
    (reading::load().await)(person, found)
}

/// [`load_replica`], once its code is here.
fn load_kept(person: Uuid, found: &Found) -> Replica {
    let loaded = stored::load(found, ids::new());
    let mut blocked = false;
    for (slot, why) in &loaded.set_aside {
        let from = key(person, slot.name());
        let Some(value) = raw(&from) else { continue };
        let dated = key(person, &format!("unreadable.{}.{}", slot.name(), iso_now()));
        // What was pulled gives way, if need be, to make room for the copy.
        let copied = write_raw(&dated, &value).is_ok() || {
            remove(&key(person, Slot::Cache.name()));
            write_raw(&dated, &value).is_ok()
        };
        if copied {
            remove(&from);
            web_sys::console::warn_1(&format!("Pathway set aside {from} as {dated}: {why}").into());
        } else {
            // Not even room for a copy: it stays where it is for now. The
            // next change she makes saves an outbox holding everything
            // that could be recovered from it.
            blocked = true;
        }
    }
    if loaded.rewrite && !blocked && save_outbox(person, &loaded.replica).is_ok() {
        remove(&key(person, Slot::Legacy.name()));
    }
    loaded.replica
}

/// Reading back what the phone kept, which a phone's first visit, with
/// nothing kept, never does: its code is in a bundle of its own for each
/// person (`EveryoneKept`, `xtask/src/bundles.rs`), kept by the service
/// worker with their screens, rather than in the main module that every
/// first visit downloads.
pub(crate) mod reading {
    use leptos::wasm_split::wasm_split;
    use uuid::Uuid;

    use crate::sync::stored::{self, Found};
    use crate::sync::Replica;

    /// [`super::load_replica`]'s reading and setting aside.
    #[wasm_split(EveryoneKept, wasm_split_path = ::leptos::wasm_split)]
    pub fn load() -> fn(Uuid, &Found) -> Replica {
        super::load_kept
    }

    /// Whether anything in what was `found` waits to be sent, or could not
    /// be read.
    #[wasm_split(EveryoneKept, wasm_split_path = ::leptos::wasm_split)]
    pub fn waiting() -> fn(&Found) -> bool {
        |found| {
            let loaded = stored::load(found, Uuid::nil());
            !loaded.set_aside.is_empty() || loaded.replica.waiting() > 0
        }
    }

    /// [`stored::read_cache`], once its code is here; when the cache can't
    /// be read, why, for [`super::set_cache_aside`].
    #[wasm_split(EveryoneKept, wasm_split_path = ::leptos::wasm_split)]
    pub fn cache() -> fn(&mut Replica, &str) -> Result<(), String> {
        |replica, text| stored::read_cache(replica, text).map_err(|why| why.to_string())
    }
}

/// The person's cache, as stored in IndexedDB.
pub async fn read_cache(person: Uuid) -> Result<Option<String>, IdbError> {
    idb::get(&key(person, Slot::Cache.name())).await
}

/// Moves a cache that can't be read out of the way, under a dated key.
pub async fn set_cache_aside(person: Uuid, why: &str) -> Result<(), IdbError> {
    let from = key(person, Slot::Cache.name());
    let dated = key(
        person,
        &format!("unreadable.{}.{}", Slot::Cache.name(), iso_now()),
    );
    idb::rename(&from, &dated).await?;
    web_sys::console::warn_1(&format!("Pathway set aside {from} as {dated}: {why}").into());
    Ok(())
}

/// Saves what was pulled, in IndexedDB. A cache an older app kept in
/// localStorage goes once this one is saved.
pub async fn save_cache(person: Uuid, text: &str) -> Result<(), IdbError> {
    let key = key(person, Slot::Cache.name());
    idb::put(&key, text).await?;
    remove(&key);
    Ok(())
}

/// The phone is full.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Full;

/// Saves the outbox. If localStorage is full, a cache an older app kept
/// there is removed to make room (it can be pulled again); the outbox never
/// gives way.
pub fn save_outbox(person: Uuid, replica: &Replica) -> Result<(), Full> {
    let text = stored::outbox_text(replica);
    let outbox = key(person, Slot::Outbox.name());
    if write_raw(&outbox, &text).is_ok() {
        return Ok(());
    }
    remove(&key(person, Slot::Cache.name()));
    write_raw(&outbox, &text).map_err(|()| Full)
}

#[derive(Serialize, ReadObject)]
struct Seen {
    format: u32,
    replies: usize,
}

/// How this person asked to be spoken to: as chosen on this phone, else as
/// her account has it.
pub fn gender(user: &User) -> Gender {
    gender_chosen_here(user.id).unwrap_or(user.gender)
}

/// How she chose to be spoken to on this phone, if she did; her account
/// learns it when there is a connection.
pub fn gender_chosen_here(person: Uuid) -> Option<Gender> {
    raw(&key(person, "gender")).and_then(|code| code.parse().ok())
}

/// Keeps how she chose to be spoken to; `false` if the phone would not.
pub fn choose_gender(person: Uuid, gender: Gender) -> bool {
    write_raw(&key(person, "gender"), gender.code()).is_ok()
}

/// How many replies to her statements she has already seen here.
pub fn replies_seen(person: Uuid) -> usize {
    if let Some(seen) = read::<Seen>(&key(person, "seen")) {
        return seen.replies;
    }
    // Format 0: a bare number under its own key.
    read(&key(person, "replies-seen")).unwrap_or(0)
}

/// What the signed-in person is writing in `form`, as it was written:
/// kept on this phone until it is sent, since a phone may close the page
/// at any time (to free memory while she is in another app, or to update)
/// and what she was writing must be there when she is back.
pub fn writing<T: DeserializeOwned>(form: Form) -> Option<T> {
    read(&writing_key(stored_session()?.user.id, form))
}

/// Under `pathway.<person>.`: what is being written, by form.
const WRITING: &str = "writing.";
/// Where *Get ready for my review* (the form `statement.review`) kept its
/// answers before every form's words were kept: they stay there, so none
/// kept by an older app is lost.
const REVIEW_PREP: &str = "review-prep";

fn writing_key(person: Uuid, form: Form) -> String {
    if form == Form::Statement(Topic::ReviewReady) {
        key(person, REVIEW_PREP)
    } else {
        key(person, &format!("{WRITING}{}", form.name()))
    }
}

/// Whether anything `person` was writing is kept.
fn writing_kept(person: Uuid) -> bool {
    let writing = key(person, WRITING);
    let review_prep = key(person, REVIEW_PREP);
    our_keys()
        .iter()
        .any(|key| key.starts_with(&writing) || *key == review_prep)
}

/// Every form the signed-in person has words kept in, in the order of
/// their names.
pub fn being_written() -> Vec<Form> {
    let Some(session) = stored_session() else {
        return Vec::new();
    };
    let writing = key(session.user.id, WRITING);
    let review_prep = key(session.user.id, REVIEW_PREP);
    let mut names = our_keys();
    names.sort();
    names
        .iter()
        .filter_map(|key| match key.strip_prefix(&writing) {
            Some(name) => Form::parse(name),
            None => (*key == review_prep).then_some(Form::Statement(Topic::ReviewReady)),
        })
        .collect()
}

/// Keeps what the signed-in person is writing in `form`; `None` (sent,
/// given up, or nothing written) forgets it.
pub fn keep_writing<T: Serialize>(form: Form, words: Option<&T>) {
    let Some(session) = stored_session() else {
        return;
    };
    let key = writing_key(session.user.id, form);
    match words {
        Some(words) => {
            let _ = write(&key, words);
        }
        None => remove(&key),
    }
}

/// A report as it was last fetched on this phone, and when (milliseconds
/// since 1970, the phone's clock): read when there's no signal.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeptReport<T> {
    pub at: f64,
    pub report: T,
}

/// The report called `name` last fetched by `person` here, if any.
pub fn kept_report<T: DeserializeOwned>(person: Uuid, name: &str) -> Option<KeptReport<T>> {
    read(&key(person, &format!("report.{name}")))
}

/// Keeps `report` for reading offline; forgotten with everything else of
/// hers at sign-out. A phone too full to keep it just fetches it next time.
pub fn keep_report<T: Serialize>(person: Uuid, name: &str, report: &T) {
    let kept = KeptReport {
        at: js_sys::Date::now(),
        report,
    };
    let _ = write(&key(person, &format!("report.{name}")), &kept);
}

/// Notes that she has seen `count` replies.
pub fn see_replies(person: Uuid, count: usize) {
    let seen = Seen {
        format: FORMAT,
        replies: count,
    };
    if write(&key(person, "seen"), &seen).is_ok() {
        remove(&key(person, "replies-seen"));
    }
}

#[derive(Serialize, ReadObject, Default)]
struct Openings {
    format: u32,
    opened: Vec<Opened>,
}

/// At most this many openings wait on the phone; past it the oldest go
/// (a member of staff offline for weeks, opening records all day).
const MOST_OPENINGS: usize = 1_000;
/// The same record opened again within this many seconds is one opening.
const SAME_OPENING_SECS: i64 = 10 * 60;

/// What this member of staff opened that the server has not been told, as
/// the phone keeps it: none when nothing waits (the last opening sent
/// removes it). Read as it is, so a phone that never kept one, hers, needs
/// no code to read one.
pub fn openings_kept(person: Uuid) -> Option<String> {
    raw(&key(person, "opened"))
}

/// The openings in what [`openings_kept`] gave.
pub fn openings_in(text: &str) -> Vec<Opened> {
    serde_json::from_str::<Openings>(text)
        .map(|o| o.opened)
        .unwrap_or_default()
}

/// Notes an opening, unless the same was noted a few minutes ago.
pub fn note_opened(person: Uuid, opening: Opened) {
    let mut kept = read::<Openings>(&key(person, "opened")).unwrap_or_default();
    let again = kept.opened.iter().any(|o| {
        o.young_person_id == opening.young_person_id
            && o.what == opening.what
            && opening.at - o.at < SAME_OPENING_SECS
    });
    if again {
        return;
    }
    kept.format = FORMAT;
    kept.opened.push(opening);
    let over = kept.opened.len().saturating_sub(MOST_OPENINGS);
    kept.opened.drain(..over);
    let _ = write(&key(person, "opened"), &kept);
}

/// Under `pathway.<person>.`: the token a member of staff signed out of
/// with openings unreported, kept to report them with before it is revoked.
const REPORT_WITH: &str = "opened.token";

/// Keeps the token `person` signs out of to report what they opened.
pub fn report_with(person: Uuid, token: &str) {
    let _ = write_raw(&key(person, REPORT_WITH), token);
}

/// Whether a member of staff signed out before what they opened was
/// reported.
pub fn reports_left() -> bool {
    our_keys().iter().any(|key| key.ends_with(REPORT_WITH))
}

/// Members of staff who signed out before what they opened was reported,
/// each with the token to report it with.
pub fn reports_with() -> Vec<(Uuid, String)> {
    our_keys()
        .iter()
        .filter_map(|key| {
            let person = key
                .strip_prefix(PREFIX)?
                .strip_suffix(REPORT_WITH)?
                .strip_suffix('.')?
                .parse()
                .ok()?;
            Some((person, raw(key)?))
        })
        .collect()
}

/// Forgets the token kept by [`report_with`]: the report was made, or
/// can't be with it. Openings still unreported wait for their next
/// sign-in here.
pub fn reported(person: Uuid) {
    remove(&key(person, REPORT_WITH));
}

/// Forgets openings the server has kept.
pub fn openings_sent(person: Uuid, sent: &[Uuid]) {
    let mut kept = read::<Openings>(&key(person, "opened")).unwrap_or_default();
    kept.opened.retain(|o| !sent.contains(&o.id));
    if kept.opened.is_empty() {
        remove(&key(person, "opened"));
    } else {
        let _ = write(&key(person, "opened"), &kept);
    }
}

#[derive(Serialize, ReadObject)]
struct SigningOut {
    format: u32,
}

/// Whether she asked to be signed out once her changes are sent.
pub fn signing_out(person: Uuid) -> bool {
    read::<SigningOut>(&key(person, "signing-out")).is_some()
}

/// Remembers (or forgets) that she is waiting to sign out.
pub fn set_signing_out(person: Uuid, waiting: bool) {
    let key = key(person, "signing-out");
    if waiting {
        let _ = write(&key, &SigningOut { format: FORMAT });
    } else {
        remove(&key);
    }
}

/// What of a person's to keep when forgetting them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Nothing at all.
    Nothing,
    /// Her unsent changes, the words she was writing, what she opened
    /// that the server has not been told, and anything set aside: for when
    /// she is back.
    Outbox,
    /// What a member of staff opened that the server has not been told,
    /// with the token to tell it with: they signed out with no connection.
    Opened,
}

/// Removes what this phone keeps for `person`. An outbox kept for her
/// goes too, soon after, if nothing in it waits to be sent and nothing she
/// was writing is kept.
pub fn forget_person(person: Uuid, keep: Keep) {
    remove_own(person, keep);
    if stored_session().is_some_and(|s| s.user.id == person) {
        remove(SESSION);
    }
    // Caches are never kept: they can be pulled again.
    let cached = format!("{PREFIX}{person}.");
    spawn_local(async move {
        if let Err(error) = idb::remove_starting(&cached).await {
            web_sys::console::warn_1(&format!("Pathway could not remove {cached}: {error}").into());
        }
    });
    let outbox = key(person, Slot::Outbox.name());
    if let (Keep::Outbox, Some(text)) = (keep, raw(&outbox)) {
        spawn_local(async move {
            let found = Found {
                outbox: Some(text.clone()),
                ..Found::default()
            };
            let nothing_waits = !(reading::waiting().await)(&found)
                && openings_kept(person).is_none()
                && !writing_kept(person);
            // Only the outbox that was read, and only while she is not
            // signed in again: one she wrote since is hers to keep.
            let unchanged = raw(&outbox).as_ref() == Some(&text)
                && stored_session().is_none_or(|s| s.user.id != person);
            if nothing_waits && unchanged {
                remove_own(person, Keep::Nothing);
            }
        });
    }
}

/// Removes the person's keys in localStorage but those `keep` names.
fn remove_own(person: Uuid, keep: Keep) {
    let own = format!("{PREFIX}{person}.");
    let outbox = key(person, Slot::Outbox.name());
    let opened = key(person, "opened");
    let report_with = key(person, REPORT_WITH);
    let writing = key(person, WRITING);
    let review_prep = key(person, REVIEW_PREP);
    let unreadable = key(person, "unreadable.");
    let aside = key(person, &format!("unreadable.{}", Slot::Cache.name()));
    for key in our_keys() {
        let kept = match keep {
            Keep::Nothing => false,
            Keep::Outbox => {
                key == outbox
                    || key == opened
                    || key == report_with
                    || key.starts_with(&writing)
                    || key == review_prep
                    || (key.starts_with(&unreadable) && !key.starts_with(&aside))
            }
            Keep::Opened => key == opened || key == report_with,
        };
        if key.starts_with(&own) && !kept {
            remove(&key);
        }
    }
}

/// Removes everything Pathway keeps on this phone, everyone's changes
/// included: for a phone that was reported lost.
pub fn forget_everything() {
    for key in our_keys() {
        remove(&key);
    }
    spawn_local(async {
        if let Err(error) = idb::clear().await {
            web_sys::console::warn_1(&format!("Pathway could not clear IndexedDB: {error}").into());
        }
    });
}

fn our_keys() -> Vec<String> {
    let Some(storage) = local() else {
        return Vec::new();
    };
    let length = storage.length().unwrap_or(0);
    (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .collect()
}

#[derive(Serialize, ReadObject, Default)]
struct Revoke {
    format: u32,
    tokens: Vec<String>,
}

/// Remembers a token to revoke at the next connection: she signed out
/// with no signal.
pub fn revoke_later(token: &str) {
    let mut revoke = read::<Revoke>(REVOKE).unwrap_or_default();
    revoke.format = FORMAT;
    revoke.tokens.push(token.to_owned());
    let _ = write(REVOKE, &revoke);
}

/// Tokens still to revoke.
pub fn tokens_to_revoke() -> Vec<String> {
    read::<Revoke>(REVOKE).map(|r| r.tokens).unwrap_or_default()
}

/// Forgets a token the server has now revoked.
pub fn revoked(token: &str) {
    let mut revoke = read::<Revoke>(REVOKE).unwrap_or_default();
    revoke.tokens.retain(|t| t != token);
    if revoke.tokens.is_empty() {
        remove(REVOKE);
    } else {
        let _ = write(REVOKE, &revoke);
    }
}

/// How much this phone holds for Pathway, for the *This phone* screen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Usage {
    /// Bytes of what was pulled for the signed-in person.
    pub cache: usize,
    /// Bytes of the signed-in person's unsent changes.
    pub outbox: usize,
    /// Values set aside because they could not be read, and their bytes.
    pub set_aside: Vec<usize>,
    /// Other people who left unsent changes on this phone.
    pub others_waiting: usize,
    /// Bytes of everything Pathway keeps here.
    pub total: usize,
}

/// What Pathway keeps on this phone, as seen by `person`.
pub async fn usage(person: Uuid) -> Usage {
    let mut usage = Usage::default();
    let own = format!("{PREFIX}{person}.");
    let aside = key(person, "unreadable.");
    // Both stores keep text as UTF-16: two bytes a character.
    let local = our_keys().into_iter().map(|key| {
        let length = raw(&key).map_or(0, |v| v.encode_utf16().count());
        (key, length)
    });
    let indexed = idb::lengths(PREFIX).await.unwrap_or_default();
    for (key, length) in local.chain(indexed) {
        let size = 2 * (key.len() + length);
        usage.total += size;
        if key == self::key(person, Slot::Cache.name()) {
            usage.cache = size;
        } else if key == self::key(person, Slot::Outbox.name()) {
            usage.outbox = size;
        } else if key.starts_with(&aside) {
            usage.set_aside.push(size);
        } else if !key.starts_with(&own) && key.ends_with(".outbox") {
            usage.others_waiting += 1;
        }
    }
    usage
}

fn iso_now() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// Asks the browser not to clear Pathway's storage when space runs low (and,
/// on Safari, after a week without a visit for installed apps).
pub fn ask_to_keep_storage() {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().storage().persist();
    }
}

/// A listener for the service worker's answer, and whose screens it waits for.
type ScreensListener = (&'static str, Closure<dyn FnMut(web_sys::MessageEvent)>);

thread_local! {
    static SCREENS_LISTENER: std::cell::RefCell<Option<ScreensListener>> =
        const { std::cell::RefCell::new(None) };
}

/// Asks the service worker to keep the code of every screen `role` may
/// open (a young person's phone never fetches the staff screens), and sets
/// `ready` once it says it has. Asked again whenever the phone comes online:
/// what is already kept is not fetched twice.
pub fn keep_screens_for(role: Role, ready: RwSignal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let who = if role.is_staff() {
        "staff"
    } else {
        "young_person"
    };
    let workers = window.navigator().service_worker();
    // One listener per person's kind, kept while it is needed: asking
    // again (each time the phone comes online) reuses it.
    let listening = SCREENS_LISTENER.with(|l| l.borrow().as_ref().is_some_and(|(w, _)| *w == who));
    if !listening {
        let on_reply = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
            move |event: web_sys::MessageEvent| {
                let kept = js_sys::Reflect::get(&event.data(), &"kept".into()).ok();
                if kept.and_then(|k| k.as_string()).as_deref() == Some(who) {
                    ready.set(true);
                }
            },
        );
        workers.set_onmessage(Some(on_reply.as_ref().unchecked_ref()));
        // The one it replaces is no longer called, so it can go.
        SCREENS_LISTENER.with(|l| *l.borrow_mut() = Some((who, on_reply)));
    }
    tell_worker("keep", who.into());
}

/// Asks the service worker to keep the words of the language the app shows,
/// both parts, so every screen opens in her language with no signal; and
/// the first part of the phone's own language, in which the sign-in screen
/// opens once she signs out (which forgets the language chosen here).
pub fn keep_words() {
    use crate::language::{browser, Part};
    let shown = browser::current();
    let files = Part::ALL
        .map(|part| browser::file_of(shown, part))
        .into_iter()
        .chain([browser::phone_language()
            .filter(|own| *own != shown)
            .and_then(|own| browser::file_of(own, Part::First))]);
    for file in files.flatten() {
        tell_worker("words", file.into());
    }
}

/// Sends `{ name: value }` to the service worker once it is running.
fn tell_worker(name: &'static str, value: wasm_bindgen::JsValue) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let workers = window.navigator().service_worker();
    spawn_local(async move {
        let Ok(registration) = workers.ready() else {
            return;
        };
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(registration).await else {
            return;
        };
        let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(worker) = registration.active() {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &name.into(), &value);
            let _ = worker.post_message(&message);
        }
    });
}
