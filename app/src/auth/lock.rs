//! A team manager locks a young person's account when her phone is lost
//! or someone else may have it: she is signed out everywhere, each phone
//! removes what Pathway kept, and she cannot sign in until it is unlocked.
//! It needs a connection: a lock that waited in an outbox would protect no
//! one.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use crate::auth::TeamMember;
use crate::shell::api::{self, ApiFailure};
use crate::shell::shell;

/// The lock on a young person's plan page, for her team manager.
#[component]
pub fn AccountLock(young_person: Uuid) -> impl IntoView {
    let store = shell().store;
    let card = Memo::new(move |_| {
        store.replica.with(|r| {
            let card = r.as_ref()?.people.iter().find(|p| p.id == young_person)?;
            Some((card.first_name().to_owned(), card.locked))
        })
    });
    // The next pull brings her card, locked or not.
    let done = Callback::new(move |()| store.sync_soon(Duration::ZERO));
    // Outside what is drawn again when her card changes, so it stays said.
    let said = RwSignal::new(None::<String>);
    move || {
        let (name, locked) = card.get()?;
        Some(view! {
            <section class="page narrow account-lock" aria-labelledby="account-heading">
                <h2 id="account-heading">{format!("{name}'s account")}</h2>
                <p>{if locked {
                    format!("{name}'s account is locked. {name} can't sign in, and every phone {name} was signed in on removes what Pathway kept on it.")
                } else {
                    format!("If {name}'s phone is lost, or someone else may have it, lock the account. {name} is signed out everywhere, each phone removes what Pathway kept on it, and {name} can't sign in until you unlock it.")
                }}</p>
                <LockControl account=young_person name=name locked=locked done=done said=said/>
                <p role="status">{move || said.get()}</p>
            </section>
        })
    }
}

/// The advisers in a team manager's team, each with their lock: an
/// adviser's lost phone holds a whole caseload. It needs a connection, as
/// locking does.
#[component]
pub fn TeamAccounts() -> impl IntoView {
    let shell = shell();
    let team = RwSignal::new(None::<Result<Vec<TeamMember>, ApiFailure>>);
    let load = move || {
        let Some(session) = shell.session.get_untracked() else {
            return;
        };
        spawn_local(async move {
            team.set(Some(api::get("/api/team", &session.token).await));
        });
    };
    load();
    let done = Callback::new(move |()| load());
    let said = RwSignal::new(None::<String>);
    view! {
        <details class="team-accounts">
            <summary>"Your advisers' accounts"</summary>
            <p class="quiet small">"If an adviser's phone is lost, or someone else may have it, lock their account. They're signed out everywhere, each phone removes what Pathway kept on it, and they can't sign in until you unlock it."</p>
            {move || match team.get() {
                None => view! { <p role="status">"Getting your team…"</p> }.into_any(),
                Some(Err(ApiFailure::Offline)) => view! {
                    <p role="status">"You're offline. Connect to the internet to see and lock your advisers' accounts."</p>
                    <button type="button" class="quiet-button" on:click=move |_| load()>"Try again"</button>
                }.into_any(),
                Some(Err(failure)) => view! { <p role="alert">{failure.message()}</p> }.into_any(),
                Some(Ok(advisers)) if advisers.is_empty() => {
                    view! { <p>"There are no advisers in your team yet."</p> }.into_any()
                }
                Some(Ok(advisers)) => view! {
                    <ul class="team-accounts-list">
                        {advisers.into_iter().map(|adviser| view! {
                            <li>
                                <h3>{adviser.name.clone()}</h3>
                                <p>{if adviser.locked { "Locked: can't sign in" } else { "Can sign in" }}</p>
                                <LockControl account=adviser.id name=adviser.name locked=adviser.locked done=done said=said/>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
            <p role="status">{move || said.get()}</p>
        </details>
    }
}

/// Lock or unlock one account, asking first before a lock; `done` runs
/// once the server has done it, to show the account's new state, and what
/// became of it is put in `said`.
#[component]
fn LockControl(
    account: Uuid,
    name: String,
    locked: bool,
    done: Callback<()>,
    said: RwSignal<Option<String>>,
) -> impl IntoView {
    let shell = shell();
    let asking = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let question = format!("lock-question-{}", account.simple());
    let act = {
        let name = name.clone();
        move |lock: bool| {
            let Some(session) = shell.session.get_untracked() else {
                return;
            };
            asking.set(false);
            busy.set(true);
            let name = name.clone();
            spawn_local(async move {
                let verb = if lock { "lock" } else { "unlock" };
                let path = format!("/api/accounts/{account}/{verb}");
                let outcome = api::post_empty(&path, &session.token).await;
                busy.set(false);
                said.set(Some(match outcome {
                    Ok(()) => {
                        done.run(());
                        if lock {
                            format!("{name}'s account is locked.")
                        } else {
                            format!("{name}'s account is unlocked, so {name} can sign in again.")
                        }
                    }
                    Err(ApiFailure::Offline) => {
                        format!(
                            "You're offline. Connect to the internet to {verb} {name}'s account."
                        )
                    }
                    Err(failure) => failure.message(),
                }));
            });
        }
    };
    let act = StoredValue::new(act);
    view! {
        {if locked {
            view! {
                <button type="button" class="quiet-button" disabled=busy on:click=move |_| act.with_value(|act| act(false))>
                    {format!("Unlock {name}'s account")}
                </button>
            }.into_any()
        } else {
            let name = name.clone();
            view! {
                <Show
                    when=move || asking.get()
                    fallback={
                        let name = name.clone();
                        move || view! {
                            <button type="button" class="quiet-button danger" disabled=busy on:click=move |_| asking.set(true)>
                                {format!("Lock {name}'s account")}
                            </button>
                        }
                    }
                >
                    <div class="confirm" role="group" aria-labelledby=question.clone()>
                        <h3 id=question.clone()>{format!("Lock {name}'s account?")}</h3>
                        <p>{format!("Anything on {name}'s phones that hasn't been sent yet will be lost.")}</p>
                        <button type="button" class="primary danger" on:click=move |_| act.with_value(|act| act(true))>"Yes, lock it"</button>
                        <button type="button" class="quiet-button" on:click=move |_| asking.set(false)>"Cancel"</button>
                    </div>
                </Show>
            }.into_any()
        }}
    }
}
