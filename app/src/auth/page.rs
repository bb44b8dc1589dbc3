//! The sign-in screen.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::auth::{LoginRequest, LoginResponse};
use crate::language::picker::LanguagePicker;
use crate::routes::address::SendOn;
use crate::shell::api::{self, ApiFailure};
use crate::shell::device::{self, Session};
use crate::shell::sync::Ended;
use crate::shell::{set_title, shell};
use crate::tr;

#[component]
pub fn SignIn() -> impl IntoView {
    set_title(tr!("sign-in-title"));
    let shell = shell();
    // Signing in again after a sign-in ran out: same person, same phone.
    let again = device::ended_session().map(|user| user.username);
    let ended = shell.store.ended.get_untracked();
    let username = RwSignal::new(again.clone().unwrap_or_default());
    let password = RwSignal::new(String::new());
    let show_password = RwSignal::new(false);
    let pending = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);

    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if pending.get_untracked() {
            return;
        }
        let request = LoginRequest {
            username: username.get_untracked().trim().to_owned(),
            password: password.get_untracked(),
        };
        if request.username.is_empty() || request.password.is_empty() {
            problem.set(Some(tr!("sign-in-enter-both").to_owned()));
            return;
        }
        pending.set(true);
        problem.set(None);
        spawn_local(async move {
            let answer = api::post::<_, LoginResponse>("/api/auth/login", &request, None).await;
            pending.set(false);
            match answer {
                Ok(LoginResponse { token, user }) => {
                    let session = Session { token, user };
                    device::save_session(&session);
                    shell
                        .replies_seen
                        .set(device::replies_seen(session.user.id));
                    device::ask_to_keep_storage();
                    crate::language::browser::speak_to(device::gender(&session.user));
                    password.set(String::new());
                    shell.session.set(Some(session.clone()));
                    shell.store.signed_in(&session);
                }
                Err(ApiFailure::Offline) => problem.set(Some(tr!("sign-in-offline").to_owned())),
                Err(failure) => problem.set(Some(failure.message())),
            }
        });
    };

    view! {
        <Show when=move || shell.session.get().is_some()>
            <SendOn path="/"/>
        </Show>
        <section class="page narrow sign-in">
            <h1>{tr!("sign-in-title")}</h1>
            {match (ended, again) {
                (Some(Ended::Wiped), _) => view! {
                    <p class="lede" role="alert">{tr!("sign-in-wiped")}</p>
                }.into_any(),
                (Some(Ended::Locked), _) => view! {
                    <p class="lede" role="alert">{tr!("sign-in-locked")}</p>
                }.into_any(),
                (_, Some(_)) => view! {
                    <p class="lede" role="alert">{tr!("sign-in-ran-out")}</p>
                }.into_any(),
                _ => view! {
                    <p class="lede">{tr!("sign-in-welcome")}</p>
                }.into_any(),
            }}
            <form on:submit=submit novalidate>
                <div class="field">
                    <label for="username">{tr!("sign-in-username")}</label>
                    <input
                        id="username"
                        name="username"
                        type="text"
                        autocomplete="username"
                        autocapitalize="none"
                        spellcheck="false"
                        required
                        prop:value=move || username.get()
                        on:input=move |ev| username.set(event_target_value(&ev))
                    />
                </div>
                <div class="field">
                    <label for="password">{tr!("sign-in-password")}</label>
                    <input
                        id="password"
                        name="password"
                        type=move || if show_password.get() { "text" } else { "password" }
                        autocomplete="current-password"
                        required
                        prop:value=move || password.get()
                        on:input=move |ev| password.set(event_target_value(&ev))
                    />
                </div>
                <div class="field check">
                    <input
                        id="show-password"
                        type="checkbox"
                        prop:checked=move || show_password.get()
                        on:change=move |ev| show_password.set(event_target_checked(&ev))
                    />
                    <label for="show-password">{tr!("sign-in-show-password")}</label>
                </div>
                <p class="problem" role="alert">{move || problem.get()}</p>
                <button type="submit" class="primary" disabled=move || pending.get()>
                    {move || if pending.get() { tr!("sign-in-pending") } else { tr!("sign-in-button") }}
                </button>
            </form>
            <LanguagePicker/>
        </section>
    }
}
