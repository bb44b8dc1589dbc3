//! Choosing her language: on the sign-in screen and on *This phone*. The
//! choice is kept on the phone and on her account, so a new phone opens
//! in it once she signs in. On *This phone* she also chooses how her
//! language speaks to her, where its words change for a girl or a boy.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser::{self, SwitchFailed};
use super::{Gender, GenderChoice, Lang, LanguageChoice};
use crate::auth::User;
use crate::shell::api;
use crate::shell::device::{self, Session};
use crate::tr;

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let current = browser::current();
    let status = RwSignal::new(None::<(bool, String)>);
    let choose = move |event: leptos::ev::Event| {
        let Ok(lang) = Lang::from_code(&event_target_value(&event)) else {
            return;
        };
        if lang == current {
            return;
        }
        status.set(Some((
            false,
            tr!("language-switching", language = lang.own_name()),
        )));
        // Her account learns it once the app opens again in it
        // (`agree_with_account`), so it never holds a language this phone
        // could not switch to.
        spawn_local(async move {
            let problem = match browser::switch_to(lang).await {
                Ok(()) => return,
                Err(SwitchFailed::Offline | SwitchFailed::NotBuilt) => {
                    tr!("language-offline", language = lang.own_name())
                }
                Err(SwitchFailed::Storage) => tr!("language-not-kept").to_owned(),
            };
            status.set(Some((true, problem)));
        });
    };
    view! {
        <div class="field language-picker">
            <label for="language">
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/>
                    <path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18" fill="none" stroke="currentColor" stroke-width="2"/>
                </svg>
                {tr!("language-label")}
                // Someone who landed in a language she cannot read still
                // finds the way back.
                {(current != Lang::En).then_some(" · Language")}
            </label>
            <select id="language" on:change=choose>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| view! {
                        <option value=lang.code() lang=lang.tag() selected=lang == current>
                            {lang.own_name()}
                        </option>
                    })
                    .collect_view()}
            </select>
            <p role="status" class=move || match status.get() {
                Some((true, _)) => "problem",
                _ => "quiet",
            }>{move || status.get().map(|(_, words)| words)}</p>
        </div>
    }
}

/// How should Pathway speak to you: shown to a young person whose
/// language's words change for a girl or a boy. Kept on the phone at once
/// (and so used when the app opens again, with or without a signal), and
/// on her account when there is a connection.
#[component]
pub fn GenderPicker(session: Session) -> impl IntoView {
    if !is_asked(&session.user) {
        return ().into_any();
    }
    let person = session.user.id;
    // Unanswered until she chooses, here or on her account; "Don't choose"
    // is an answer too, so her home stops asking.
    let answered = answered(&session.user);
    let status = RwSignal::new(None::<(bool, &'static str)>);
    let choose = move |gender: Gender| {
        if answered == Some(gender) {
            return;
        }
        if !device::choose_gender(person, gender) {
            status.set(Some((true, tr!("language-not-kept"))));
            return;
        }
        status.set(Some((false, tr!("gender-changing"))));
        // Every screen reads its words once, as it is drawn; opening again
        // draws them all in the new way.
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    let words = |gender: Gender| match gender {
        Gender::Feminine => tr!("gender-feminine"),
        Gender::Masculine => tr!("gender-masculine"),
        Gender::Neutral => tr!("gender-neutral"),
    };
    view! {
        <fieldset class="choices stacked gender-picker">
            <legend>{tr!("gender-legend")}</legend>
            <p class="quiet" id="gender-about">{tr!("gender-about")}</p>
            {Gender::ALL.into_iter().map(|gender| {
                let id = format!("gender-{}", gender.code());
                view! {
                    <span class="choice">
                        <input type="radio" name="gender" id=id.clone() aria-describedby="gender-about"
                            checked=answered == Some(gender) on:change=move |_| choose(gender)/>
                        <label for=id>{words(gender)}</label>
                    </span>
                }
            }).collect_view()}
            <p role="status" class=move || match status.get() {
                Some((true, _)) => "problem",
                _ => "quiet",
            }>{move || status.get().map(|(_, words)| words)}</p>
        </fieldset>
    }
    .into_any()
}

/// How she answered "How should Pathway speak to you?": on this phone, else
/// on her account (where "Don't choose" is an answer too, on any phone).
fn answered(user: &User) -> Option<Gender> {
    device::gender_chosen_here(user.id).or(on_account(user))
}

/// How she answered on her account, if she has.
fn on_account(user: &User) -> Option<Gender> {
    user.gender_answered.then_some(user.gender)
}

/// Whether she is asked how Pathway is to speak to her at all: a young
/// person whose language's words change for a girl or a boy.
fn is_asked(user: &User) -> bool {
    browser::current().speaks_by_gender() && !user.role.is_staff()
}

/// Whether her home should ask how Pathway is to speak to her: she is
/// asked, and has not said.
pub fn still_to_ask(user: &User) -> bool {
    is_asked(user) && answered(user).is_none()
}

/// Brings the phone and her account into agreement once she is signed in:
/// a language chosen on this phone goes to her account; with none chosen
/// here, the one on her account is opened. How she chose to be spoken to
/// here goes to her account too.
pub fn agree_with_account(session: Session) {
    let account = on_account(&session.user);
    if let Some(gender) =
        device::gender_chosen_here(session.user.id).filter(|g| Some(*g) != account)
    {
        keep_on_account(
            session.clone(),
            "/api/me/gender",
            serde_json::to_string(&GenderChoice { gender }),
            Box::new(move |user| {
                user.gender = gender;
                user.gender_answered = true;
            }),
        );
    }
    let here = browser::chosen_here();
    match (here, session.user.language) {
        (Some(here), account) if account != Some(here) => keep_on_account(
            session,
            "/api/me/language",
            serde_json::to_string(&LanguageChoice { language: here }),
            Box::new(move |user| user.language = Some(here)),
        ),
        (None, Some(account)) if account != browser::current() => {
            spawn_local(async move {
                // With no signal it opens in her language next time.
                let _ = browser::switch_to(account).await;
            });
        }
        _ => {}
    }
}

/// Keeps one of her choices on her account (`body`, sent to `path`) and
/// then in the phone's copy of who she is (`change`); with no signal, it is
/// sent when she next opens Pathway online. Written and boxed by the
/// caller, so one copy of it serves every choice.
fn keep_on_account(
    session: Session,
    path: &'static str,
    body: serde_json::Result<String>,
    change: Box<dyn FnOnce(&mut User)>,
) {
    spawn_local(async move {
        if api::post_written(path, body, &session.token).await.is_ok() {
            device::update_user(session.user.id, change);
        }
    });
}
