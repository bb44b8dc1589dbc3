//! The app around every screen: who is signed in, the replica and its sync,
//! the header with its menu and sync status, and the routes.

pub mod api;
pub mod device;
mod idb;
mod live;
pub mod menu;
pub(crate) mod notify_offer;
mod openings;
pub(crate) mod phone;
pub(crate) mod signed_in;
pub mod styles;
pub mod sync;

use std::time::Duration;

use crate::routes::address::{address, Address, SendOn};
use crate::routes::screens::AppRoutes;
use crate::tr;
use device::Session;
use leptos::prelude::*;
pub use menu::unread_messages;
use menu::Tabs;
use sync::{Store, SyncState};

/// Starts the app in the page's `<body>`.
pub fn start() {
    // Nothing is drawn before her words are there: a screen of message
    // keys, or English flashing before Arabic, would be worse than the
    // moment it takes. Until then the page shows Pathway's bar and
    // "Opening…" in her language (`index.html`), which the app replaces.
    // Leptos's own executor starts with the app, so this waits outside it.
    wasm_bindgen_futures::spawn_local(async {
        crate::language::browser::load().await;
        if let Some(session) = device::saved_session() {
            crate::language::browser::speak_to(device::gender(&session.user));
        }
        if let Some(opening) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("opening"))
        {
            opening.remove();
        }
        leptos::mount::mount_to_body(App);
        device::keep_words();
    });
}

/// What every screen shares.
#[derive(Clone, Copy)]
pub struct Shell {
    pub session: RwSignal<Option<Session>>,
    pub store: Store,
    /// How many replies to her statements the young person has seen.
    pub replies_seen: RwSignal<usize>,
    /// The service worker keeps every screen of the person signed in, so
    /// each opens with no signal.
    pub screens_ready: RwSignal<bool>,
    /// A moment of "well done", shown for a few seconds (`celebrate`).
    pub cheer: RwSignal<Option<String>>,
}

/// Says "well done" for a few seconds, over whatever screen she is on: an
/// action ticked off, a step or a goal done. No movement under reduced
/// motion (the stylesheet stops every animation).
pub fn celebrate(words: impl Into<String>) {
    let cheer = shell().cheer;
    let words = words.into();
    cheer.set(Some(words.clone()));
    set_timeout(
        move || {
            if cheer.get_untracked().as_deref() == Some(words.as_str()) {
                cheer.set(None);
            }
        },
        Duration::from_secs(4),
    );
}

/// The shell shared by every screen.
pub fn shell() -> Shell {
    expect_context::<Shell>()
}

#[component]
fn App() -> impl IntoView {
    let session = RwSignal::new(device::saved_session());
    let store = Store::new(session);
    let replies_seen = RwSignal::new(
        session
            .get_untracked()
            .map_or(0, |s| device::replies_seen(s.user.id)),
    );
    let shell = Shell {
        session,
        store,
        replies_seen,
        screens_ready: RwSignal::new(false),
        cheer: RwSignal::new(None),
    };
    provide_context(shell);
    Address::follow();
    if session.get_untracked().is_some() {
        store.sync_soon(Duration::ZERO);
    }
    store.revoke_pending();
    // Whoever is signed in, now or later, has their screens kept for when
    // there is no signal,
    // and hears others' changes as they happen while there is a connection.
    Effect::new(move |_| {
        let session = shell.session.get();
        styles::staff(session.as_ref().is_some_and(|s| s.user.role.is_staff()));
        if let Some(session) = session {
            device::keep_screens_for(session.user.role, shell.screens_ready);
            crate::language::picker::agree_with_account(session.clone());
            live::listen(store, session);
        }
    });
    let _online = window_event_listener(leptos::ev::online, move |_| {
        store.revoke_pending();
        if let Some(session) = shell.session.get_untracked() {
            store.sync_soon(Duration::ZERO);
            device::keep_screens_for(session.user.role, shell.screens_ready);
            live::listen(store, session);
        }
    });
    let _offline = window_event_listener(leptos::ev::offline, move |_| {
        live::stop(store);
        if shell.session.get_untracked().is_some() {
            store.state.set(SyncState::Offline);
        }
    });

    view! {
        <a class="skip-link" href="#main">{tr!("skip-to-content")}</a>
        <Header/>
        <main id="main" tabindex="-1">
            <AppRoutes/>
        </main>
        <Show when=move || shell.session.get().is_some_and(|s| !s.user.role.is_staff())>
            <Tabs/>
        </Show>
        <p class="cheer-toast" aria-live="polite" data-shown=move || shell.cheer.with(Option::is_some).to_string()>
            {move || shell.cheer.get().map(|words| view! {
                <span class="cheer-burst" aria-hidden="true">"✦"</span>{words}
            })}
        </p>
    }
}

#[component]
fn Header() -> impl IntoView {
    let shell = shell();
    let address = address();
    // When a sign-in ends, by her choice or the server's, no screen of hers
    // may stay in view. (A screen opened with no one signed in sends itself
    // to the sign-in screen: two redirects at once would race a lazy route.)
    Effect::new(move |was_signed_in: Option<bool>| {
        let signed_in = shell.session.get().is_some();
        if was_signed_in == Some(true)
            && !signed_in
            && crate::routes::address::path_now() != "/sign-in"
        {
            address.go("/sign-in");
        }
        signed_in
    });
    view! {
        <header class="topbar">
            <a href="/" class="brand">
                <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                    <path d="M6 26 C10 14, 18 22, 26 6" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round"/>
                    <circle cx="26" cy="6" r="3.5" fill="currentColor"/>
                </svg>
                "Pathway"
            </a>
            <Show when=move || shell.session.get().is_some_and(|s| !s.user.role.is_staff())>
                <crate::ui::ReadScreenAloud/>
            </Show>
            <Show when=move || shell.session.get().is_some_and(|s| s.user.role.is_staff())>
                {crate::routes::screens::staff_menu()}
            </Show>
        </header>
        <Show when=move || shell.session.get().is_some()>
            <SyncStatus/>
        </Show>
    }
}

/// An honest line on what is saved where, read out when it changes.
#[component]
fn SyncStatus() -> impl IntoView {
    let store = shell().store;
    let screens_ready = shell().screens_ready;
    // A clock for "2 min ago", ticking while the page is open.
    let now = RwSignal::new(js_sys::Date::now());
    let tick = set_interval_with_handle(
        move || now.set(js_sys::Date::now()),
        Duration::from_secs(30),
    );
    on_cleanup(move || {
        if let Ok(handle) = tick {
            handle.clear();
        }
    });
    let state = move || {
        let waiting = store.waiting();
        match store.state.get() {
            SyncState::Sending => ("sending", tr!("sync-sending").to_owned()),
            _ if store.signing_out.get() && waiting > 0 => {
                ("waiting", tr!("sync-signing-out", count = waiting))
            }
            SyncState::ReloadNeeded => ("attention", tr!("sync-reload-needed").to_owned()),
            SyncState::Paused(why) => ("waiting", why),
            _ if waiting > 0 => ("waiting", tr!("sync-saved-here", count = waiting)),
            SyncState::UpToDate(_) if store.live.get() => ("ok", tr!("sync-up-to-date").to_owned()),
            SyncState::UpToDate(at) => (
                "ok",
                tr!("sync-up-to-date-since", ago = ago(now.get() - at)),
            ),
            SyncState::Offline => ("offline", tr!("sync-offline").to_owned()),
            SyncState::Failing(_) => ("offline", tr!("sync-failing").to_owned()),
            SyncState::Starting => ("checking", tr!("sync-starting").to_owned()),
        }
    };
    let reload = move || store.state.get() == SyncState::ReloadNeeded;
    view! {
        <div
            class="sync-status"
            data-state=move || state().0
            data-screens=move || if screens_ready.get() { "ready" } else { "fetching" }
            data-live=move || if store.live.get() { "open" } else { "closed" }
        >
            <span class="sync-dot" aria-hidden="true"></span>
            <p role="status">{move || state().1}</p>
            <Show when=reload>
                <button type="button" class="status-action" on:click=|_| {
                    if let Some(window) = web_sys::window() {
                        let _ = window.location().reload();
                    }
                }>{tr!("sync-reload")}</button>
            </Show>
        </div>
        <Show when=move || store.problem.get().is_some()>
            <p class="problem banner" role="alert">{move || store.problem.get()}</p>
        </Show>
        {move || store.unkept.get().map(|unkept| view! {
            <p class="problem banner" role="alert">
                {unkept.words()} " "
                <a href="/this-phone">{tr!("sync-see-this-phone")}</a>
            </p>
        })}
    }
}

/// How long ago, in words: "just now", "5 min ago", "3 h ago", "2 days ago".
pub fn ago(milliseconds: f64) -> String {
    // Whole minutes as an integer: formatting floats would add KBs to the app.
    let minutes = (milliseconds / 60_000.0).max(0.0) as u64;
    match minutes {
        0 => tr!("ago-just-now").to_owned(),
        1..=59 => tr!("ago-minutes", count = minutes),
        60..=2879 => tr!("ago-hours", count = minutes / 60),
        _ => tr!("ago-days", count = minutes / 1440),
    }
}

/// Who a screen is for; anyone else is sent to their own screen.
pub enum Audience {
    /// A young person's own screen; staff are sent to this path.
    YoungPerson(&'static str),
    /// A staff screen; young people are sent to this path.
    Staff(&'static str),
    /// A screen for anyone signed in.
    Anyone,
}

/// The signed-in person if the screen is for them, or the redirect that
/// takes them where they belong (the sign-in screen if no one is signed in).
pub fn admit(audience: Audience) -> Result<Session, AnyView> {
    let Some(session) = shell().session.get_untracked() else {
        return Err(view! { <SendOn path="/sign-in"/> }.into_any());
    };
    let elsewhere = match audience {
        Audience::YoungPerson(path) if session.user.role.is_staff() => Some(path),
        Audience::Staff(path) if !session.user.role.is_staff() => Some(path),
        _ => None,
    };
    match elsewhere {
        Some(path) => Err(view! { <SendOn path=path/> }.into_any()),
        None => Ok(session),
    }
}

/// The young person named in the address (`/young-people/:id/…`); an id
/// that is not one finds no one, and the screen says so.
pub fn young_person_in_path() -> uuid::Uuid {
    let id = crate::routes::screens::param("id").unwrap_or_default();
    uuid::Uuid::parse_str(&id).unwrap_or(uuid::Uuid::nil())
}

/// How staff screens speak of a young person ("they" until the replica
/// has her card).
pub fn pronouns_of(young_person: uuid::Uuid) -> crate::sync::Pronouns {
    shell().store.replica.with_untracked(|r| {
        r.as_ref()
            .and_then(|r| r.people.iter().find(|p| p.id == young_person))
            .map(|p| p.pronouns)
            .unwrap_or_default()
    })
}

/// Today's date on this phone.
pub fn today() -> time::Date {
    local_day(&js_sys::Date::new_0())
}

/// The day a moment falls on, by this phone's clock.
pub fn local_day(at: &js_sys::Date) -> time::Date {
    time::Month::try_from(at.get_month() as u8 + 1)
        .ok()
        .and_then(|month| {
            time::Date::from_calendar_date(at.get_full_year() as i32, month, at.get_date() as u8)
                .ok()
        })
        .unwrap_or(time::Date::MIN)
}

/// A moment (Unix seconds) on this phone's clock: its day, and its time
/// as "14:02".
pub fn local_moment(unix_seconds: i64) -> (time::Date, String) {
    let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        unix_seconds as f64 * 1000.0,
    ));
    (
        local_day(&at),
        format!("{:02}:{:02}", at.get_hours(), at.get_minutes()),
    )
}

/// Sets the browser tab's title, which screen readers announce on arrival.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{title} · Pathway"));
    }
}

/// What a value JavaScript threw says: an `Error`'s message, or the value
/// itself when it is text.
fn thrown(value: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    match value.dyn_ref::<js_sys::Error>() {
        Some(error) => error.message().into(),
        None => value
            .as_string()
            .unwrap_or_else(|| "something that is not an error".to_owned()),
    }
}
