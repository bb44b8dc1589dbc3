//! Two screens about the phone itself: *This phone* (what is kept here,
//! what waits to be sent, and **Sign out**), and *Sign out* when changes
//! are still waiting.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::language::picker::LanguagePicker;
use crate::sync::unsent;

use super::sync::{Store, SyncState};
use super::{admit, device, set_title, shell, Audience};

/// The unsent changes in words, and "hasn't"/"haven't" to follow them.
fn unsent_words(store: Store, own: bool) -> Option<(String, &'static str)> {
    store.replica.with(|replica| {
        let replica = replica.as_ref()?;
        let words = unsent::in_words(replica.unsent(), own)?;
        Some((words, unsent::has_or_have(replica.unsent())))
    })
}

/// Which question the sign-out screen is asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Choose,
    ConfirmDelete,
}

/// Signing out with changes not yet sent: wait for them, or delete them
/// on purpose, in a second step.
#[component]
pub fn SignOut() -> impl IntoView {
    set_title("Sign out");
    let store = shell().store;
    let session = match admit(Audience::Anyone) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let own = !session.user.role.is_staff();
    let navigate = use_navigate();
    let step = RwSignal::new(Step::Choose);
    let words = Memo::new(move |_| unsent_words(store, own));
    let stay = {
        let navigate = navigate.clone();
        move |_| {
            store.sign_out_when_sent(false);
            navigate("/", Default::default());
        }
    };

    view! {
        <section class="page narrow sign-out-page">
            <h1>"Sign out"</h1>
            {move || match (words.get(), store.signing_out.get(), step.get()) {
                (None, _, _) => view! {
                    <p>"Everything has been sent."</p>
                    <button type="button" class="primary" on:click=move |_| store.sign_out()>"Sign out"</button>
                }.into_any(),
                (Some((words, verb)), true, _) => view! {
                    <p role="status">
                        {format!("You'll be signed out as soon as {words} {} sent. ", if verb == "hasn't" { "is" } else { "are" })}
                        "That happens by itself when you're online, even if you close Pathway."
                    </p>
                }.into_any(),
                (Some((words, verb)), false, Step::Choose) => view! {
                    <p class="lede">{format!("{words} {verb} been sent yet.")}</p>
                    <p>{if verb == "hasn't" {
                        "It's saved on this phone. If you wait, it will be sent, and then you'll be signed out."
                    } else {
                        "They're saved on this phone. If you wait, they'll be sent, and then you'll be signed out."
                    }}</p>
                    <button type="button" class="primary" on:click=move |_| store.sign_out_when_sent(true)>
                        "Wait and send"
                    </button>
                    <button type="button" class="quiet-button danger" on:click=move |_| step.set(Step::ConfirmDelete)>
                        "Sign out and delete them"
                    </button>
                }.into_any(),
                (Some((words, verb)), false, Step::ConfirmDelete) => view! {
                    <div role="group" aria-labelledby="delete-question">
                        <h2 id="delete-question">{format!("Delete {words}?")}</h2>
                        <p>{if verb == "hasn't" {
                            "Once deleted, nobody will ever see it, and it can't be got back."
                        } else {
                            "Once deleted, nobody will ever see them, and they can't be got back."
                        }}</p>
                        <button type="button" class="quiet-button danger" on:click=move |_| store.sign_out()>
                            "Delete them and sign out"
                        </button>
                        <button type="button" class="quiet-button" on:click=move |_| step.set(Step::Choose)>
                            "Go back"
                        </button>
                    </div>
                }.into_any(),
            }}
            <p>
                <button type="button" class="quiet-button" on:click=stay>"Stay signed in"</button>
            </p>
        </section>
    }
    .into_any()
}

/// A size in words a person can read: "12 KB", "3.4 MB".
fn size(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    if bytes < MB {
        format!("{} KB", bytes.div_ceil(1024))
    } else {
        let tenths = bytes * 10 / MB;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

/// A count as people write it: "22,781".
fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// What Pathway keeps on this phone, what waits to be sent, and a way to
/// send it now.
#[component]
pub fn ThisPhone() -> impl IntoView {
    set_title("This phone");
    let store = shell().store;
    let session = match admit(Audience::Anyone) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let person = session.user.id;
    let own = !session.user.role.is_staff();
    let words = Memo::new(move |_| unsent_words(store, own));
    // The phone's storage is not reactive: read it again whenever the
    // replica changes. Until it has been read, sizes show as nothing.
    let usage = LocalResource::new(move || {
        store.replica.track();
        device::usage(person)
    });
    let usage = Memo::new(move |_| usage.get().unwrap_or_default());
    let records = Memo::new(move |_| {
        store
            .replica
            .with(|r| r.as_ref().map_or(0, |r| r.records_kept()))
    });
    let refused = Memo::new(move |_| {
        store
            .replica
            .with(|r| r.as_ref().map_or(0, |r| r.rejected.len()))
    });
    let sending = move || store.state.get() == SyncState::Sending;
    let navigate = use_navigate();
    let sign_out = move |_| {
        if store.waiting() > 0 {
            navigate("/sign-out", Default::default());
        } else {
            store.sign_out();
        }
    };
    let what_is_kept = if own {
        "Your plan, goals, messages and contacts"
    } else {
        "The records of the young people you work with"
    };

    view! {
        <section class="page narrow this-phone">
            <h1>"This phone"</h1>
            <p class="lede">"What Pathway keeps on this phone, so it works with no signal."</p>
            <LanguagePicker/>

            <h2>"Waiting to be sent"</h2>
            <p>
                {move || match words.get() {
                    Some((words, verb)) => format!(
                        "{words} {verb} been sent yet. {} safe on this phone.",
                        if verb == "hasn't" { "It's" } else { "They're" }
                    ),
                    None => "Nothing is waiting: everything has been sent.".to_owned(),
                }}
            </p>
            <Show when=move || { refused.get() > 0 }>
                <p class="quiet">
                    {move || match refused.get() {
                        1 => "1 change couldn't be saved. The screen it belongs to says why.".to_owned(),
                        n => format!("{n} changes couldn't be saved. The screens they belong to say why."),
                    }}
                </p>
            </Show>
            <button
                type="button"
                class="primary"
                disabled=sending
                on:click=move |_| store.sync_soon(Duration::ZERO)
            >
                {move || if sending() { "Sending…" } else { "Send now" }}
            </button>

            <h2>"Kept on this phone"</h2>
            <dl class="facts">
                <div class="fact">
                    <dt>{what_is_kept}</dt>
                    <dd>{move || format!("{} records · {}", count(records.get()), size(usage.get().cache))}</dd>
                </div>
                <div class="fact">
                    <dt>"Your changes waiting to be sent"</dt>
                    <dd>{move || if words.with(Option::is_none) { "None".to_owned() } else { size(usage.get().outbox) }}</dd>
                </div>
                <div class="fact">
                    <dt>"Everything Pathway keeps here"</dt>
                    <dd>{move || size(usage.get().total)}</dd>
                </div>
            </dl>
            <Show when=move || usage.with(|u| !u.set_aside.is_empty())>
                <p>
                    {move || usage.with(|u| {
                        let bytes = u.set_aside.iter().sum();
                        match u.set_aside.len() {
                            1 => format!("1 saved copy that Pathway couldn't read after an update is kept aside ({}). Any changes in it were recovered.", size(bytes)),
                            n => format!("{n} saved copies that Pathway couldn't read after an update are kept aside ({}). Any changes in them were recovered.", size(bytes)),
                        }
                    })}
                </p>
            </Show>
            <Show when=move || usage.with(|u| u.others_waiting > 0)>
                <p>"Someone else who used Pathway on this phone has changes waiting. They'll be sent when that person signs in again; nobody else can see them."</p>
            </Show>
            {move || store.unkept.get().map(|unkept| view! { <p class="problem">{unkept.words()}</p> })}
            <h2>"Signing out"</h2>
            <p>"Signing out removes everything of yours from this phone. Sign out if other people use it."</p>
            <button type="button" class="primary" on:click=sign_out>"Sign out"</button>
            <p><A href="/signed-in">"See everywhere you're signed in"</A>" — and sign out a phone you've lost."</p>
        </section>
    }
    .into_any()
}
