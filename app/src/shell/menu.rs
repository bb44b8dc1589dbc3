//! The menus, with links that say when something waits: a new version of
//! her plan to answer, new replies, open safety flags. Her tabs are in the
//! main module, as they are on every screen of hers; staff's menu is in the
//! caseload's code, so a young person's phone never downloads it.

use crate::routes::address::MenuLink;
use leptos::prelude::*;

use super::shell;
use crate::auth::Role;
use crate::messages::Conversation;
use crate::plan::review::ReviewSummary;
use crate::tr;
use crate::voice::Tally;

/// *My plan* in the young person's menu, marked while a new version of her
/// plan waits for her answer.
#[component]
pub fn MyPlanLink() -> impl IntoView {
    let waiting = Memo::new(move |_| {
        let Some(session) = shell().session.get() else {
            return false;
        };
        shell().store.replica.with(|r| {
            r.as_ref().is_some_and(|_| {
                ReviewSummary::of(session.user.id, shell().store.view.get().values()).waiting
            })
        })
    });
    view! {
        <MenuLink href="/my-plan">{tab_icon(PLAN_ICON)}<span class="tab-label">{tr!("tab-plan")}</span>{move || waiting.get().then(|| view! {
            <span class="count"><span aria-hidden="true">" ●"</span><span class="visually-hidden">" "{tr!("tab-plan-waiting")}</span></span>
        })}</MenuLink>
    }
}

/// *My voice* in her tabs, marked when a reply is new to her.
#[component]
fn VoiceLink() -> impl IntoView {
    let store = shell().store;
    let seen = shell().replies_seen;
    let new = move || store.replies().saturating_sub(seen.get());
    view! {
        <MenuLink href="/my-voice">{tab_icon(VOICE_ICON)}<span class="tab-label">{tr!("tab-voice")}</span>{move || (new() > 0).then(|| view! {
            <span class="count">" ●"<span class="visually-hidden">" "{tr!("tab-voice-new-replies", count = new())}</span></span>
        })}</MenuLink>
    }
}

/// The staff menu, across the top of every screen.
#[component]
pub fn StaffMenu() -> impl IntoView {
    let shell = shell();
    view! {
        <nav aria-label="Main">
            {move || match shell.session.get().map(|s| s.user.role) {
                // Reports are all a head of service reads here.
                Some(Role::HeadOfService) => view! {
                    <MenuLink href="/reports">"Reports"</MenuLink>
                }
                .into_any(),
                role => view! {
                    <MenuLink href="/young-people">
                        {if role == Some(Role::TeamManager) { "Team" } else { "Caseload" }}
                    </MenuLink>
                    <MessagesLink/>
                    <InboxLink/>
                    <MenuLink href="/reports">"Reports"</MenuLink>
                }
                .into_any(),
            }}
            <MenuLink href="/this-phone">"This phone"</MenuLink>
        </nav>
    }
}

/// *Voice* in the staff menu, with how many safety flags are open.
#[component]
fn InboxLink() -> impl IntoView {
    let store = shell().store;
    let open_flags = Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref()
                .map(|_| Tally::of(store.view.get().values()).open_flags)
                .unwrap_or(0)
        })
    });
    view! {
        <MenuLink href="/inbox">"Voice"{move || (open_flags.get() > 0).then(|| view! { <span class="count">{format!(" ⚠ {}", open_flags.get())}<span class="visually-hidden">" safety flags"</span></span> })}</MenuLink>
    }
}

/// How many messages wait unread: in her conversation, or for an adviser
/// across his caseload. A manager reads conversations but is not in them,
/// so nothing is counted for him.
pub fn unread_messages() -> Memo<usize> {
    Memo::new(move |_| {
        let Some(session) = shell().session.get() else {
            return 0;
        };
        if session.user.role == Role::TeamManager {
            return 0;
        }
        shell().store.replica.with(|r| {
            r.as_ref().map_or(0, |r| {
                let view = shell().store.view.get();
                r.people
                    .iter()
                    .map(|p| {
                        Conversation::places(view.values(), p.id, session.user.id)
                            .unread(session.user.id)
                    })
                    .sum()
            })
        })
    })
}

/// *Messages* in the staff menu, with how many wait unread.
#[component]
fn MessagesLink() -> impl IntoView {
    let unread = unread_messages();
    view! {
        <MenuLink href="/messages">"Messages"{move || (unread.get() > 0).then(|| view! {
            <span class="count">{format!(" {}", unread.get())}<span class="visually-hidden">" unread"</span></span>
        })}</MenuLink>
    }
}

/// The young person's tabs, at the foot of the screen on a phone: her
/// home, plan, goals and voice, and the rest under *More* (marked when a
/// message waits there).
#[component]
pub fn Tabs() -> impl IntoView {
    let unread = unread_messages();
    view! {
        <nav aria-label=tr!("tabs-label") class="tabs">
            <MenuLink href="/home">{tab_icon(HOME_ICON)}<span class="tab-label">{tr!("tab-home")}</span></MenuLink>
            <MyPlanLink/>
            <MenuLink href="/my-goals">{tab_icon(GOALS_ICON)}<span class="tab-label">{tr!("tab-goals")}</span></MenuLink>
            <VoiceLink/>
            <MenuLink href="/more">{tab_icon(MORE_ICON)}<span class="tab-label">{tr!("tab-more")}</span>{move || (unread.get() > 0).then(|| view! {
                <span class="count"><span aria-hidden="true">" ●"</span><span class="visually-hidden">" "{tr!("tab-more-unread", count = unread.get())}</span></span>
            })}</MenuLink>
        </nav>
    }
}

const HOME_ICON: &str = "M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z";
const PLAN_ICON: &str = "M5 4h14v17H5zM8 8h8M8 12h8M8 16h5";
const GOALS_ICON: &str = "M12 2.5l8 4.6v9.8l-8 4.6-8-4.6V7.1z";
const VOICE_ICON: &str = "M4 5h16v11H9l-5 4z";
const MORE_ICON: &str = "M4 12a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M10.5 12a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0M17 12a1.5 1.5 0 1 0 3 0a1.5 1.5 0 1 0-3 0";

fn tab_icon(path: &'static str) -> impl IntoView {
    view! {
        <svg class="tab-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
