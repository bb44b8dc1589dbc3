//! The menu's links that say when something waits: a new version of her
//! plan to answer, new replies, open safety flags. In the main module, as
//! the menu is on every screen.

use leptos::prelude::*;
use leptos_router::components::A;

use super::shell;
use crate::auth::Role;
use crate::messages::Conversation;
use crate::plan::review::Reviews;
use crate::voice::statements;

/// *My plan* in the young person's menu, marked while a new version of her
/// plan waits for her answer.
#[component]
pub fn MyPlanLink() -> impl IntoView {
    let waiting = Memo::new(move |_| {
        let Some(session) = shell().session.get() else {
            return false;
        };
        shell().store.replica.with(|r| {
            r.as_ref().is_some_and(|r| {
                Reviews::of(session.user.id, r.view().values())
                    .latest()
                    .is_some_and(|v| v.answer().is_none())
            })
        })
    });
    view! {
        <A href="/my-plan">"My plan"{move || waiting.get().then(|| view! {
            <span class="count"><span aria-hidden="true">" ●"</span><span class="visually-hidden">" a new version waits for your answer"</span></span>
        })}</A>
    }
}

/// A link to the voice screen that says when there is something new.
#[component]
pub fn VoiceLink(staff: bool) -> impl IntoView {
    let store = shell().store;
    let open_flags = Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref()
                .map(|r| {
                    statements(r.view().values().collect::<Vec<_>>())
                        .iter()
                        .filter(|s| s.open_flag())
                        .count()
                })
                .unwrap_or(0)
        })
    });
    if staff {
        view! {
            <A href="/inbox">"Voice"{move || (open_flags.get() > 0).then(|| view! { <span class="count">{format!(" ⚠ {}", open_flags.get())}<span class="visually-hidden">" safety flags"</span></span> })}</A>
        }
        .into_any()
    } else {
        let seen = shell().replies_seen;
        let new = move || store.replies().saturating_sub(seen.get());
        view! {
            <A href="/my-voice">"My voice"{move || (new() > 0).then(|| view! {
                <span class="count">" ●"<span class="visually-hidden">{format!(" {} new {}", new(), if new() == 1 { "reply" } else { "replies" })}</span></span>
            })}</A>
        }
        .into_any()
    }
}

/// *Messages*, with how many wait unread: in her conversation, or for an
/// adviser across his caseload. A manager reads conversations but is not
/// in them, so nothing is counted for him.
#[component]
pub fn MessagesLink() -> impl IntoView {
    let unread = Memo::new(move |_| {
        let Some(session) = shell().session.get() else {
            return 0;
        };
        if session.user.role == Role::TeamManager {
            return 0;
        }
        shell().store.replica.with(|r| {
            r.as_ref().map_or(0, |r| {
                let view = r.view();
                r.people
                    .iter()
                    .map(|p| {
                        Conversation::of(view.values(), p.id, session.user.id)
                            .unread(session.user.id)
                    })
                    .sum()
            })
        })
    });
    let staff = shell()
        .session
        .get_untracked()
        .is_some_and(|s| s.user.role.is_staff());
    view! {
        <A href=if staff { "/messages" } else { "/my-messages" }>"Messages"{move || (unread.get() > 0).then(|| view! {
            <span class="count">{format!(" {}", unread.get())}<span class="visually-hidden">" unread"</span></span>
        })}</A>
    }
}
