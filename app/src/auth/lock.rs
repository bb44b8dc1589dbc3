//! A team manager locks a young person's account when her phone is lost
//! or someone else may have it: she is signed out everywhere, each phone
//! removes what Pathway kept, and she cannot sign in until it is unlocked.
//! It needs a connection: a lock that waited in an outbox would protect no
//! one.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use crate::shell::api::{self, ApiFailure};
use crate::shell::shell;

#[component]
pub fn AccountLock(young_person: Uuid) -> impl IntoView {
    let shell = shell();
    let store = shell.store;
    let card = Memo::new(move |_| {
        store.replica.with(|r| {
            let card = r.as_ref()?.people.iter().find(|p| p.id == young_person)?;
            Some((card.first_name().to_owned(), card.locked))
        })
    });
    let asking = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let said = RwSignal::new(None::<String>);
    let act = move |lock: bool| {
        let Some(session) = shell.session.get_untracked() else {
            return;
        };
        asking.set(false);
        busy.set(true);
        let name = card
            .get_untracked()
            .map(|(name, _)| name)
            .unwrap_or_default();
        spawn_local(async move {
            let verb = if lock { "lock" } else { "unlock" };
            let path = format!("/api/accounts/{young_person}/{verb}");
            let outcome = api::post_empty(&path, &session.token).await;
            busy.set(false);
            said.set(Some(match outcome {
                Ok(()) => {
                    // The next pull brings her card, locked or not.
                    store.sync_soon(Duration::ZERO);
                    if lock {
                        format!("{name}'s account is locked.")
                    } else {
                        format!("{name}'s account is unlocked, so {name} can sign in again.")
                    }
                }
                Err(ApiFailure::Offline) => {
                    format!("You're offline. Connect to the internet to {verb} {name}'s account.")
                }
                Err(failure) => failure.message(),
            }));
        });
    };

    move || {
        let (name, locked) = card.get()?;
        Some(view! {
            <section class="page narrow account-lock" aria-labelledby="account-heading">
                <h2 id="account-heading">{format!("{name}'s account")}</h2>
                {if locked {
                    view! {
                        <p>{format!("{name}'s account is locked. {name} can't sign in, and every phone {name} was signed in on removes what Pathway kept on it.")}</p>
                        <button type="button" class="quiet-button" disabled=busy on:click=move |_| act(false)>
                            {format!("Unlock {name}'s account")}
                        </button>
                    }.into_any()
                } else {
                    let name = name.clone();
                    view! {
                        <p>{format!("If {name}'s phone is lost, or someone else may have it, lock the account. {name} is signed out everywhere, each phone removes what Pathway kept on it, and {name} can't sign in until you unlock it.")}</p>
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
                            <div class="confirm" role="group" aria-labelledby="lock-question">
                                <h3 id="lock-question">{format!("Lock {name}'s account?")}</h3>
                                <p>{format!("Anything on {name}'s phones that hasn't been sent yet will be lost.")}</p>
                                <button type="button" class="primary danger" on:click=move |_| act(true)>"Yes, lock it"</button>
                                <button type="button" class="quiet-button" on:click=move |_| asking.set(false)>"Cancel"</button>
                            </div>
                        </Show>
                    }.into_any()
                }}
                <p role="status">{move || said.get()}</p>
            </section>
        })
    }
}
