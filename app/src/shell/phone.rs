//! Two screens about the phone itself: *This phone* (what is kept here,
//! what waits to be sent, and **Sign out**), and *Sign out* when changes
//! are still waiting.

use std::time::Duration;

use crate::routes::address::address;
use leptos::prelude::*;

use crate::language::browser;
use crate::language::picker::{GenderPicker, LanguagePicker};
use crate::sync::unsent::{self, Sort, Unsent};
use crate::tr;
use crate::ui::{part_heading, topic_words};
use crate::writing::Form;

use super::sync::{Store, SyncState};
use super::{admit, device, set_title, shell, Audience};

/// What waits to be sent, if anything.
fn waiting(store: Store) -> Option<Unsent> {
    store
        .replica
        .with(|replica| unsent::counted(replica.as_ref()?.unsent()))
}

/// What waits, in words: "1 statement and 2 changes to your plan"; `own`
/// when it is the young person's own plan and goals.
fn in_words(unsent: &Unsent, own: bool) -> String {
    let sorts: Vec<String> = unsent
        .sorts
        .iter()
        .map(|&(sort, count)| match (sort, own) {
            (Sort::Message, _) => tr!("unsent-messages", count = count),
            (Sort::Statement, _) => tr!("unsent-statements", count = count),
            (Sort::Reply, _) => tr!("unsent-replies", count = count),
            (Sort::Contact, _) => tr!("unsent-contact-notes", count = count),
            (Sort::Plan, true) => tr!("unsent-your-plan", count = count),
            (Sort::Plan, false) => tr!("unsent-plans", count = count),
            (Sort::Goals, true) => tr!("unsent-your-goals", count = count),
            (Sort::Goals, false) => tr!("unsent-goals", count = count),
            (Sort::Other, _) => tr!("unsent-other", count = count),
        })
        .collect();
    browser::list(&sorts)
}

/// What was being written in `form`, in words: "A message".
fn form_words(form: Form, own: bool) -> String {
    match (form, own) {
        (Form::Statement(topic), _) => tr!("writing-statement", topic = topic_words(topic)),
        (Form::Message(_), _) => tr!("writing-message").to_owned(),
        (Form::Reply(_), _) => tr!("writing-reply").to_owned(),
        (Form::ReviewRequest(_), _) => tr!("writing-review-request").to_owned(),
        (Form::Answer(_), _) => tr!("writing-answer").to_owned(),
        (Form::Plan(_, part), true) => tr!("writing-your-plan", part = part_heading(part)),
        (Form::Plan(_, part), false) => tr!("writing-plan", part = part_heading(part)),
        (Form::Action(_, part), _) => tr!("writing-action", part = part_heading(part)),
        (Form::Contact(_), _) => tr!("writing-contact").to_owned(),
        (Form::Goal(_), _) => tr!("writing-goal").to_owned(),
        (Form::Rating(..), _) => tr!("writing-rating").to_owned(),
        (Form::Rename(..), _) => tr!("writing-rename").to_owned(),
        (Form::Cheer(..), _) => tr!("writing-cheer").to_owned(),
        (Form::Review(..), _) => tr!("writing-review").to_owned(),
        (Form::AuditGrading(_), _) => tr!("writing-audit-grading").to_owned(),
        (Form::AuditAnswer(_), _) => tr!("writing-audit-answer").to_owned(),
    }
}

/// What the signed-in person started writing and has not sent or saved,
/// which signing out deletes: each a way back to it, which keeps her
/// signed in. Staff see whose each is, to tell two contact notes apart.
#[component]
fn Unfinished(forms: Vec<Form>, own: bool) -> impl IntoView {
    let store = shell().store;
    let address = address();
    let whose = move |form: Form| {
        let young_person = form.about().filter(|_| !own)?;
        store.replica.with_untracked(|r| {
            r.as_ref()?
                .people
                .iter()
                .find(|p| p.id == young_person)
                .map(|p| p.name.clone())
        })
    };
    let count = forms.len();
    view! {
        <div class="notice" role="group" aria-labelledby="unfinished-heading">
            <h2 id="unfinished-heading">{tr!("writing-unfinished")}</h2>
            <p>{tr!("sign-out-unfinished-about", count = count)}</p>
            <ul class="more-list">
                {forms.into_iter().map(|form| {
                    let words = match whose(form) {
                        Some(name) => format!("{} – {name}", form_words(form, own)),
                        None => form_words(form, own),
                    };
                    let place = form.place(!own);
                    let go_back = move |ev: leptos::ev::MouseEvent| {
                        ev.prevent_default();
                        store.sign_out_when_sent(false);
                        address.go(&place);
                    };
                    view! { <li><a href=form.place(!own) on:click=go_back>{words}</a></li> }
                }).collect_view()}
            </ul>
        </div>
    }
}

/// Which question the sign-out screen is asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Choose,
    ConfirmDelete,
}

/// Signing out with changes not yet sent: wait for them, or delete them
/// on purpose, in a second step. What she started writing and hasn't sent
/// is named too, since signing out deletes it.
#[component]
pub fn SignOut() -> impl IntoView {
    set_title(tr!("sign-out"));
    let store = shell().store;
    let session = match admit(Audience::Anyone) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let own = !session.user.role.is_staff();
    let address = address();
    let step = RwSignal::new(Step::Choose);
    let waiting = Memo::new(move |_| waiting(store));
    let unfinished = device::being_written();
    let writing = !unfinished.is_empty();
    let stay = move |_| {
        store.sign_out_when_sent(false);
        address.go("/");
    };

    view! {
        <section class="page narrow sign-out-page">
            <h1>{tr!("sign-out")}</h1>
            {writing.then(|| view! { <Unfinished forms=unfinished own=own/> })}
            {move || match (waiting.get(), store.signing_out.get(), step.get()) {
                (None, _, _) if writing => view! {
                    <button type="button" class="quiet-button danger" on:click=move |_| store.sign_out()>
                        {tr!("sign-out-and-delete")}
                    </button>
                }.into_any(),
                (None, _, _) => view! {
                    <p>{tr!("sign-out-all-sent")}</p>
                    <button type="button" class="primary" on:click=move |_| store.sign_out()>{tr!("sign-out")}</button>
                }.into_any(),
                (Some(unsent), true, _) => view! {
                    <p role="status">
                        {tr!("sign-out-once-sent", what = in_words(&unsent, own), count = unsent.things)}
                    </p>
                }.into_any(),
                (Some(unsent), false, Step::Choose) => view! {
                    <p class="lede">{tr!("unsent-not-yet", what = in_words(&unsent, own), count = unsent.things)}</p>
                    <p>{tr!("sign-out-if-you-wait", count = unsent.things)}</p>
                    <button type="button" class="primary" on:click=move |_| store.sign_out_when_sent(true)>
                        {tr!("sign-out-wait")}
                    </button>
                    <button type="button" class="quiet-button danger" on:click=move |_| step.set(Step::ConfirmDelete)>
                        {tr!("sign-out-and-delete")}
                    </button>
                }.into_any(),
                (Some(unsent), false, Step::ConfirmDelete) => view! {
                    <div role="group" aria-labelledby="delete-question">
                        <h2 id="delete-question">{tr!("sign-out-delete-question", what = in_words(&unsent, own))}</h2>
                        <p>{tr!("sign-out-gone-for-good", count = unsent.things)}</p>
                        <button type="button" class="quiet-button danger" on:click=move |_| store.sign_out()>
                            {tr!("sign-out-delete")}
                        </button>
                        <button type="button" class="quiet-button" on:click=move |_| step.set(Step::Choose)>
                            {tr!("sign-out-go-back")}
                        </button>
                    </div>
                }.into_any(),
            }}
            <p>
                <button type="button" class="quiet-button" on:click=stay>{tr!("sign-out-stay")}</button>
            </p>
        </section>
    }
    .into_any()
}

/// What Pathway keeps on this phone, what waits to be sent, and a way to
/// send it now.
#[component]
pub fn ThisPhone() -> impl IntoView {
    set_title(tr!("phone-title"));
    let store = shell().store;
    let session = match admit(Audience::Anyone) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let person = session.user.id;
    let own = !session.user.role.is_staff();
    let waiting = Memo::new(move |_| waiting(store));
    // The phone's storage is not reactive: read it again whenever the
    // replica changes. Until it has first been read, the sizes are left
    // out and marked busy, rather than shown as "0 KB".
    let usage = LocalResource::new(move || {
        store.replica.track();
        device::usage(person)
    });
    let usage = Memo::new(move |_| usage.get());
    let room = move |size: fn(&device::Usage) -> usize| {
        usage.with(|u| u.as_ref().map(|u| browser::room(size(u))))
    };
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
    let address = address();
    let sign_out = move |_| {
        if store.waiting() > 0 || !device::being_written().is_empty() {
            address.go("/sign-out");
        } else {
            store.sign_out();
        }
    };
    let what_is_kept = if own {
        tr!("phone-kept-yours")
    } else {
        tr!("phone-kept-theirs")
    };

    view! {
        <section class="page narrow this-phone">
            <h1>{tr!("phone-title")}</h1>
            <p class="lede">{tr!("phone-lede")}</p>
            <LanguagePicker/>
            <GenderPicker session=session.clone()/>

            <h2>{tr!("phone-waiting")}</h2>
            <p>
                {move || match waiting.get() {
                    Some(unsent) => format!(
                        "{} {}",
                        tr!("unsent-not-yet", what = in_words(&unsent, own), count = unsent.things),
                        tr!("phone-safe-here", count = unsent.things)
                    ),
                    None => tr!("phone-nothing-waiting").to_owned(),
                }}
            </p>
            <Show when=move || { refused.get() > 0 }>
                <p class="quiet">{move || tr!("phone-refused", count = refused.get())}</p>
            </Show>
            <button
                type="button"
                class=move || if waiting.with(Option::is_some) { "primary" } else { "quiet-button" }
                disabled=sending
                on:click=move |_| store.sync_soon(Duration::ZERO)
            >
                // With nothing waiting, the same button fetches what is new,
                // rather than offering to send nothing.
                {move || match (sending(), waiting.with(Option::is_some)) {
                    (true, true) => tr!("sync-sending"),
                    (true, false) => tr!("sync-starting"),
                    (false, true) => tr!("phone-send-now"),
                    (false, false) => tr!("phone-check-now"),
                }}
            </button>

            <h2>{tr!("phone-kept")}</h2>
            <dl class="facts" aria-busy=move || usage.with(Option::is_none).to_string()>
                <div class="fact">
                    <dt>{what_is_kept}</dt>
                    <dd>{move || room(|u| u.cache).map(|size| tr!("phone-records", count = records.get(), size = size))}</dd>
                </div>
                <div class="fact">
                    <dt>{tr!("phone-your-changes")}</dt>
                    <dd>{move || if waiting.with(Option::is_none) { Some(tr!("phone-none").to_owned()) } else { room(|u| u.outbox) }}</dd>
                </div>
                <div class="fact">
                    <dt>{tr!("phone-everything")}</dt>
                    <dd>{move || room(|u| u.total)}</dd>
                </div>
            </dl>
            <Show when=move || usage.with(|u| u.as_ref().is_some_and(|u| !u.set_aside.is_empty()))>
                <p>
                    {move || usage.with(|u| u.as_ref().map(|u| {
                        let bytes = u.set_aside.iter().sum();
                        tr!("phone-set-aside", count = u.set_aside.len(), size = browser::room(bytes))
                    }))}
                </p>
            </Show>
            <Show when=move || usage.with(|u| u.as_ref().is_some_and(|u| u.others_waiting > 0))>
                <p>{tr!("phone-others-waiting")}</p>
            </Show>
            {move || store.unkept.get().map(|unkept| view! { <p class="problem">{unkept.words()}</p> })}
            <h2>{tr!("phone-signing-out")}</h2>
            <p>{tr!("phone-signing-out-about")}</p>
            <button type="button" class="primary" on:click=sign_out>{tr!("sign-out")}</button>
            <p><a href="/signed-in">{tr!("phone-see-signed-in")}</a>{tr!("phone-lost-phone")}</p>
        </section>
    }
    .into_any()
}
