//! The menu's links that say when something waits: a new version of her
//! plan to answer, new replies, open safety flags. In the main module, as
//! the menu is on every screen.

use leptos::prelude::*;
use leptos_router::components::A;

use super::shell;
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
