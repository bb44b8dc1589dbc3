//! *Where you're signed in*: each phone or browser signed in as this
//! person, and signing another out (it removes what Pathway kept on it
//! when it next connects), for a phone lost, sold or shared.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::auth::{SignedIn, SignedOutElsewhere};
use crate::dates::day_of;
use crate::language::browser::short_day;
use crate::tr;
use crate::ui::device_words;

use super::api::{self, ApiFailure};
use super::{admit, ago, set_title, shell, Audience};

/// What the screen knows of the list.
#[derive(Debug, Clone, PartialEq)]
enum Listed {
    Checking,
    Here(Vec<SignedIn>),
    Offline,
    Failed(String),
}

/// Which sign-out is waiting for a yes.
#[derive(Debug, Clone, PartialEq)]
enum Asking {
    Nothing,
    One(SignedIn),
    AllOthers,
}

#[component]
pub fn SignedInOn() -> impl IntoView {
    set_title(tr!("signed-in-title"));
    let session = match admit(Audience::Anyone) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let store = shell().store;
    let listed = RwSignal::new(Listed::Checking);
    let asking = RwSignal::new(Asking::Nothing);
    let done = RwSignal::new(None::<String>);
    let token = StoredValue::new(session.token);
    // A sign-in the server says is over is the sync loop's to deal with.
    let failed = move |failure: ApiFailure| match failure {
        ApiFailure::Offline => listed.set(Listed::Offline),
        ApiFailure::SignedOut(_) => store.sync_soon(Duration::ZERO),
        other => listed.set(Listed::Failed(other.message())),
    };
    let load = move || {
        spawn_local(async move {
            match api::get::<Vec<SignedIn>>("/api/me/sessions", &token.get_value()).await {
                Ok(list) => listed.set(Listed::Here(list)),
                Err(failure) => failed(failure),
            }
        });
    };
    load();
    let sign_out = move |which: Asking| {
        asking.set(Asking::Nothing);
        spawn_local(async move {
            let token = token.get_value();
            let outcome = match &which {
                Asking::One(other) => {
                    api::post_empty(&format!("/api/me/sessions/{}/end", other.id), &token)
                        .await
                        .map(|()| tr!("signed-in-one-out", device = device_words(&other.device)))
                }
                Asking::AllOthers => api::post::<_, SignedOutElsewhere>(
                    "/api/me/sessions/end-others",
                    &(),
                    Some(&token),
                )
                .await
                .map(|answer| tr!("signed-in-others-out", count = answer.ended)),
                Asking::Nothing => return,
            };
            match outcome {
                Ok(words) => {
                    done.set(Some(words));
                    load();
                }
                Err(failure) => failed(failure),
            }
        });
    };

    view! {
        <section class="page narrow signed-in-on">
            <h1>{tr!("signed-in-title")}</h1>
            <p class="lede">{tr!("signed-in-lede")}</p>
            <p role="status" class="done">{move || done.get()}</p>
            {move || match listed.get() {
                Listed::Checking => view! { <p aria-busy="true">{tr!("signed-in-checking")}</p> }.into_any(),
                Listed::Offline => view! {
                    <p>{tr!("signed-in-offline")}</p>
                    <button type="button" class="primary" on:click=move |_| { listed.set(Listed::Checking); load(); }>{tr!("signed-in-try-again")}</button>
                }.into_any(),
                Listed::Failed(why) => view! {
                    <p class="problem" role="alert">{why}</p>
                    <button type="button" class="primary" on:click=move |_| { listed.set(Listed::Checking); load(); }>{tr!("signed-in-try-again")}</button>
                }.into_any(),
                Listed::Here(list) => {
                    let others = list.iter().filter(|s| !s.this_one).count();
                    view! {
                        <ul class="sign-ins">
                            {list.into_iter().map(|place| view! { <Place place=place asking=asking sign_out=sign_out/> }).collect_view()}
                        </ul>
                        {(others > 1).then(|| view! {
                            <Show
                                when=move || asking.get() == Asking::AllOthers
                                fallback=move || view! {
                                    <button type="button" class="quiet-button danger" on:click=move |_| asking.set(Asking::AllOthers)>
                                        {tr!("signed-in-all-others")}
                                    </button>
                                }
                            >
                                <Confirm question=tr!("signed-in-all-others-question").to_owned() asking=asking sign_out=sign_out/>
                            </Show>
                        })}
                    }.into_any()
                }
            }}
        </section>
    }
    .into_any()
}

/// The question before signing out elsewhere, where the button was; it
/// takes the focus, so a screen reader reads it out.
#[component]
fn Confirm(
    question: String,
    asking: RwSignal<Asking>,
    sign_out: impl Fn(Asking) + Copy + 'static,
) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    view! {
        <div class="confirm" role="group" aria-labelledby="sign-out-question">
            <h2 id="sign-out-question" tabindex="-1" node_ref=heading>{question}</h2>
            <p>{tr!("signed-in-will-be-lost")}</p>
            <button type="button" class="primary danger" on:click=move |_| sign_out(asking.get_untracked())>
                {tr!("signed-in-yes")}
            </button>
            <button type="button" class="quiet-button" on:click=move |_| asking.set(Asking::Nothing)>
                {tr!("signed-in-keep")}
            </button>
        </div>
    }
}

/// One phone or browser.
#[component]
fn Place(
    place: SignedIn,
    asking: RwSignal<Asking>,
    sign_out: impl Fn(Asking) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let since = day_of(place.signed_in_at)
        .map(short_day)
        .unwrap_or_default();
    let used = ago(js_sys::Date::now() - place.last_used_at as f64 * 1000.0);
    let this_one = place.this_one;
    let device = device_words(&place.device);
    view! {
        <li class="sign-in-place">
            <p class="device">
                {device.clone()}
                {this_one.then(|| view! { <span class="badge">{tr!("signed-in-this-one")}</span> })}
            </p>
            <p class="quiet">{tr!("signed-in-since", since = since, used = used)}</p>
            {(!this_one).then(|| {
                let id = place.id.clone();
                let question = tr!("signed-in-question", device = &device);
                view! {
                    <Show
                        when=move || matches!(asking.get(), Asking::One(ref p) if p.id == id)
                        fallback=move || {
                            let place = place.clone();
                            view! {
                                <button
                                    type="button"
                                    class="quiet-button danger"
                                    aria-label=tr!("signed-in-sign-out-device", device = device_words(&place.device))
                                    on:click=move |_| asking.set(Asking::One(place.clone()))
                                >
                                    {tr!("signed-in-sign-out")}
                                </button>
                            }
                        }
                    >
                        <Confirm question=question.clone() asking=asking sign_out=sign_out/>
                    </Show>
                }
            })}
        </li>
    }
}
