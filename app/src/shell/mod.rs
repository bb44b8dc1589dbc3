//! The app around every screen: who is signed in, whether the phone is
//! online, the header with its sync status and **Sign out**, and the routes.

pub mod api;
pub mod device;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Redirect, Route, Router, Routes, A};
use leptos_router::hooks::use_navigate;
use leptos_router::path;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::auth::page::SignIn;
use crate::caseload::page::YoungPeople;
use crate::plan::page::{MyPlan, TheirPlan};
use api::ApiFailure;
use device::Session;

/// Starts the app in the page's `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(App);
}

/// How fresh what is on screen is.
#[derive(Debug, Clone, PartialEq)]
pub enum Connection {
    /// Asking the server now.
    Checking,
    /// The server answered at this time (milliseconds since 1970).
    UpToDate(f64),
    /// No connection: showing what is saved on this phone.
    Offline,
    /// The server no longer accepts this sign-in.
    SignInAgain,
    /// The server answered with a problem.
    Problem(String),
}

/// What every screen shares.
#[derive(Clone, Copy)]
pub struct Shell {
    pub session: RwSignal<Option<Session>>,
    pub connection: RwSignal<Connection>,
    /// Bumped when the connection comes back, so screens fetch afresh.
    pub refresh: RwSignal<u32>,
}

/// The shell shared by every screen.
pub fn shell() -> Shell {
    expect_context::<Shell>()
}

#[component]
fn App() -> impl IntoView {
    let shell = Shell {
        session: RwSignal::new(device::saved_session()),
        connection: RwSignal::new(Connection::Checking),
        refresh: RwSignal::new(0),
    };
    provide_context(shell);
    let _online = window_event_listener(leptos::ev::online, move |_| {
        shell.refresh.update(|n| *n += 1);
    });
    let _offline = window_event_listener(leptos::ev::offline, move |_| {
        shell.connection.set(Connection::Offline);
    });

    view! {
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/sign-in") view=SignIn/>
                    <Route path=path!("/my-plan") view=MyPlan/>
                    <Route path=path!("/young-people") view=YoungPeople/>
                    <Route path=path!("/young-people/:id") view=TheirPlan/>
                </Routes>
            </main>
        </Router>
    }
}

/// Sends each person to their own first screen.
#[component]
fn Home() -> impl IntoView {
    let path = match shell().session.get_untracked() {
        None => "/sign-in",
        Some(session) if session.user.role.is_staff() => "/young-people",
        Some(_) => "/my-plan",
    };
    view! { <Redirect path=path/> }
}

#[component]
fn NotFound() -> impl IntoView {
    set_title("Page not found");
    view! {
        <section class="page narrow">
            <h1>"We can't find that page"</h1>
            <p><A href="/">"Go to the start"</A></p>
        </section>
    }
}

#[component]
fn Header() -> impl IntoView {
    let shell = shell();
    let navigate = use_navigate();
    let sign_out = move |_| {
        if let Some(session) = shell.session.get_untracked() {
            // The device is cleared at once; telling the server is best
            // effort, as the phone may be offline.
            spawn_local(async move {
                let _ = api::post_empty("/api/auth/logout", &session.token).await;
            });
        }
        device::forget_everything();
        shell.session.set(None);
        shell.connection.set(Connection::Checking);
        navigate("/sign-in", Default::default());
    };
    view! {
        <header class="topbar">
            <A href="/" attr:class="brand">
                <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                    <path d="M6 26 C10 14, 18 22, 26 6" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round"/>
                    <circle cx="26" cy="6" r="3.5" fill="currentColor"/>
                </svg>
                "Pathway"
            </A>
            <Show when=move || shell.session.get().is_some()>
                <nav aria-label="Main">
                    <Show
                        when=move || shell.session.get().is_some_and(|s| s.user.role.is_staff())
                        fallback=|| view! { <A href="/my-plan">"My plan"</A> }
                    >
                        <A href="/young-people">"Young people"</A>
                    </Show>
                </nav>
                <button type="button" class="sign-out" on:click=sign_out.clone()>"Sign out"</button>
            </Show>
        </header>
        <Show when=move || shell.session.get().is_some()>
            <SyncStatus/>
        </Show>
    }
}

/// An honest line on how fresh the screen is, read out when it changes.
#[component]
fn SyncStatus() -> impl IntoView {
    let shell = shell();
    // A clock for "2 min ago", ticking while the page is open.
    let now = RwSignal::new(js_sys::Date::now());
    let tick = set_interval_with_handle(
        move || now.set(js_sys::Date::now()),
        std::time::Duration::from_secs(30),
    );
    on_cleanup(move || {
        if let Ok(handle) = tick {
            handle.clear();
        }
    });
    let state = move || {
        match shell.connection.get() {
        Connection::Checking => ("checking", "Checking for updates…".to_string()),
        Connection::UpToDate(at) => ("ok", format!("Up to date ({})", ago(now.get() - at))),
        Connection::Offline => ("offline", "Offline — showing what's saved on this phone".into()),
        Connection::SignInAgain => (
            "attention",
            "Your sign-in has run out — showing what's saved on this phone. Sign out and in again to update.".into(),
        ),
        Connection::Problem(message) => (
            "attention",
            format!("Couldn't update: {message} Showing what's saved on this phone."),
        ),
    }
    };
    view! {
        <p class="sync-status" data-state=move || state().0 role="status">
            <span class="sync-dot" aria-hidden="true"></span>
            {move || state().1}
        </p>
    }
}

fn ago(milliseconds: f64) -> String {
    // Whole minutes as an integer: formatting floats would add KBs to the app.
    let minutes = (milliseconds / 60_000.0).max(0.0) as u64;
    match minutes {
        0 => "just now".into(),
        1..=59 => format!("{minutes} min ago"),
        _ => format!("{} h ago", minutes / 60),
    }
}

/// Sets the browser tab's title, which screen readers announce on arrival.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{title} · Pathway"));
    }
}

/// Something the signed-in person may see, read from the phone at once and
/// refreshed from `path` whenever there is a connection. `None` until one
/// of the two has it.
pub fn saved_then_fresh<T>(name: String, path: String) -> RwSignal<Option<T>>
where
    T: Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
{
    let shell = shell();
    let session = shell.session.get_untracked();
    let value = RwSignal::new(session.as_ref().and_then(|s| device::cached::<T>(s, &name)));
    // Fetches on arrival and again whenever the connection comes back, and
    // keeps the phone's copy in step with the server's.
    Effect::new(move |_| {
        shell.refresh.track();
        let Some(session) = session.clone() else {
            return;
        };
        let (name, path) = (name.clone(), path.clone());
        shell.connection.set(Connection::Checking);
        spawn_local(async move {
            match api::get::<T>(&path, &session.token).await {
                Ok(fresh) => {
                    device::keep(&session, &name, &fresh);
                    value.set(Some(fresh));
                    shell
                        .connection
                        .set(Connection::UpToDate(js_sys::Date::now()));
                }
                Err(ApiFailure::Offline) => shell.connection.set(Connection::Offline),
                Err(ApiFailure::SignedOut) => shell.connection.set(Connection::SignInAgain),
                Err(failure) => shell.connection.set(Connection::Problem(failure.message())),
            }
        });
    });
    value
}
