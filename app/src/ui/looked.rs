//! Who has looked: the list a team manager sees on each young person, and
//! the one she sees on *What's written about me*. Both come from the
//! server's audit log, so they need a connection.

use leptos::prelude::*;
use uuid::Uuid;

use crate::audit::Looked;
use crate::auth::Role;
use crate::language::browser::short_day;
use crate::shell::api::{self, ApiFailure};
use crate::shell::{local_moment, shell};
use crate::tr;
use crate::ui::{done_to_her, role_words};

/// How many lines show before *Show all*.
const FIRST: usize = 20;

/// The lines, newest first: "Sam Okafor (personal adviser) opened the plan
/// — 26 Nov 2026 at 14:02". `to_her`: worded for the young person herself.
#[component]
pub fn LookedList(looked: Vec<Looked>, to_her: bool) -> impl IntoView {
    if looked.is_empty() {
        let none = if to_her {
            tr!("looked-none-yours")
        } else {
            "No member of staff has opened these records yet."
        };
        return view! { <p class="quiet">{none}</p> }.into_any();
    }
    let all = RwSignal::new(false);
    let count = looked.len();
    let lines = StoredValue::new(looked);
    view! {
        <ul class="plain looked">
            {move || {
                let shown = if all.get() { count } else { FIRST.min(count) };
                lines.with_value(|lines| {
                    lines[..shown].iter().map(|l| view! { <li>{line(l, to_her)}</li> }).collect_view()
                })
            }}
        </ul>
        <Show when=move || { !all.get() && count > FIRST }>
            <button type="button" class="quiet-button" on:click=move |_| all.set(true)>
                {if to_her { tr!("looked-show-all", count = count) } else { format!("Show all {count}") }}
            </button>
        </Show>
    }
    .into_any()
}

fn line(looked: &Looked, to_her: bool) -> String {
    if to_her {
        return tr!(
            "looked-line",
            name = looked.by_name.clone(),
            role = role_words(looked.by_role),
            what = done_to_her(looked.what),
            day = short_day(local_moment(looked.at).0),
            time = local_moment(looked.at).1
        );
    }
    let what = looked.what.words();
    let role = match looked.by_role {
        Role::PersonalAdviser => "personal adviser",
        Role::TeamManager => "team manager",
        Role::HeadOfService => "head of service",
        Role::YoungPerson => "young person",
    };
    format!("{} ({role}) {what} — {}", looked.by_name, when(looked.at))
}

/// "26 Nov 2026 at 14:02", on this phone's clock.
fn when(unix_seconds: i64) -> String {
    let (day, time) = local_moment(unix_seconds);
    format!("{} at {time}", short_day(day))
}

/// *Who has looked at this record*, for a young person's team manager.
#[component]
pub fn WhoLooked(young_person: Uuid) -> impl IntoView {
    let Some(session) = shell().session.get_untracked() else {
        return ().into_any();
    };
    let attempt = RwSignal::new(0u32);
    let token = session.token;
    let looked = LocalResource::new(move || {
        attempt.track();
        let token = token.clone();
        async move {
            api::get::<Vec<Looked>>(
                &format!("/api/young-people/{young_person}/looked-at"),
                &token,
            )
            .await
        }
    });
    view! {
        <section class="page narrow who-looked" aria-labelledby="who-looked-heading">
            <h2 id="who-looked-heading">"Who has looked at this record"</h2>
            <p class="quiet">"Every member of staff who opened or changed these records, newest first."</p>
            {move || match looked.get() {
                None => view! { <p aria-busy="true">"Checking…"</p> }.into_any(),
                Some(Ok(looked)) => view! { <LookedList looked=looked to_her=false/> }.into_any(),
                Some(Err(failure)) => {
                    let why = match failure {
                        ApiFailure::Offline => "You're offline. This comes from Pathway's records, so it needs a connection.".to_owned(),
                        other => other.message(),
                    };
                    view! {
                        <p>{why}</p>
                        <button type="button" class="quiet-button" on:click=move |_| attempt.update(|n| *n += 1)>"Try again"</button>
                    }.into_any()
                }
            }}
        </section>
    }
    .into_any()
}
