//! *Home*: "Hi Ella", and what is next for her — her next catch-up, her
//! actions, her review, new messages and her Bees — with the two things
//! she may need in a hurry one tap away.

use leptos::prelude::*;

use crate::contacts::plan_as_shown;
use crate::contacts::rules::ContactRules;
use crate::dates::iso;
use crate::goals::{progress_by_domain, BeeDomain};
use crate::home::{her_next_actions, how_near, Near};
use crate::language::browser::short_day;
use crate::plan::review::{ReviewDue, ReviewSummary};
use crate::plan::{PathwayPlan, PlanAction, PlanPart};
use crate::shell::{admit, set_title, shell, today, Audience};
use crate::sync::first_name;
use crate::tr;
use crate::ui::{bee_name, BeeIcon, CallLink};

/// What her home screen shows, read from the replica in one pass.
#[derive(Clone, PartialEq)]
struct Glance {
    first: String,
    adviser: Option<(String, Option<String>)>,
    next_contact: Option<time::Date>,
    review: Option<ReviewDue>,
    actions: Vec<(PlanPart, PlanAction)>,
    bees: Vec<(BeeDomain, Option<f64>)>,
}

#[component]
pub fn MyHome() -> impl IntoView {
    set_title(tr!("home-title"));
    let session = match admit(Audience::YoungPerson("/young-people")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let me = session.user.id;
    let ask = crate::language::picker::still_to_ask(&session.user);
    let store = shell().store;
    let unread = crate::shell::unread_messages();
    let glance = Memo::new(move |_| {
        store.replica.with(|replica| {
            let replica = replica.as_ref()?;
            let card = replica.people.iter().find(|p| p.id == me)?;
            let view = store.view.get();
            let rules = replica.rules.clone().unwrap_or_else(ContactRules::example);
            let plan = PathwayPlan::at_a_glance(card, view.values());
            let plan = plan_as_shown(card, plan, view.values(), &rules, today());
            let moved = crate::contacts::moved_on(me, view.values());
            let review = ReviewDue::of(
                plan.next_review,
                &ReviewSummary::of(me, view.values()),
                moved,
            );
            let first = card.first_name().to_owned();
            Some(Glance {
                actions: her_next_actions(&plan, &first),
                first,
                adviser: card.adviser.clone().map(|a| (a.name, a.phone)),
                next_contact: plan.next_contact,
                review,
                bees: progress_by_domain(me, view.values()),
            })
        })
    });
    let greeting = move || {
        glance.with(|g| match g {
            Some(g) => tr!("home-hi", name = g.first.clone()),
            None => tr!("home-hi", name = first_name(&session.user.display_name)),
        })
    };
    view! {
        <section class="page home">
            <h1>{greeting}</h1>
            {move || match glance.get() {
                None => view! {
                    <p aria-busy="true" class="quiet">{tr!("home-getting-plan")}</p>
                }.into_any(),
                Some(g) => view! { <Glance glance=g unread=unread ask=ask/> }.into_any(),
            }}
        </section>
    }
    .into_any()
}

#[component]
fn Glance(glance: Glance, unread: Memo<usize>, ask: bool) -> impl IntoView {
    let today = today();
    let adviser_first = glance
        .adviser
        .as_ref()
        .map(|(name, _)| first_name(name).to_owned());
    const SHOWN: usize = 3;
    let more_actions = glance.actions.len().saturating_sub(SHOWN);
    view! {
        <div class="quick">
            <a href="/my-voice?about=something-wrong" class="quick-action urgent">
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 3L2 21h20zm-1 6h2v6h-2zm0 8h2v2h-2z" fill="currentColor"/></svg>
                {tr!("home-something-wrong")}
            </a>
            {glance.adviser.clone().and_then(|(name, phone)| phone.map(|phone| view! {
                <CallLink who=name.clone() phone=phone text=tr!("home-call", name = first_name(&name)) class="quick-action"/>
            }))}
        </div>

        <p class="help-link"><a href="/people-who-help-me">{tr!("help-title")}</a></p>
        {ask.then(|| view! {
            <p class="help-link then"><a href="/this-phone">{tr!("gender-legend")}</a></p>
        })}

        <section class="card" aria-labelledby="coming-up">
            <h2 id="coming-up">{tr!("home-coming-up")}</h2>
            <ul class="coming-up">
                <li>
                    <span class="label">{match &adviser_first {
                        Some(name) => tr!("home-next-catch-up-with", name = name),
                        None => tr!("home-next-catch-up").to_owned(),
                    }}</span>
                    {match glance.next_contact {
                        Some(day) => view! {
                            <span class="when"><time datetime=iso(day)>{short_day(day)}</time>{format!(" ({})", near(day, today))}</span>
                        }.into_any(),
                        None => view! { <span class="when">{tr!("home-not-arranged")}</span> }.into_any(),
                    }}
                </li>
                <li>
                    <span class="label">{tr!("home-next-review")}</span>
                    {match glance.review {
                        Some(due) => view! {
                            <span class="when"><time datetime=iso(due.on)>{short_day(due.on)}</time>{format!(" ({})", near(due.on, today))}</span>
                        }.into_any(),
                        None => view! { <span class="when">{tr!("home-not-set")}</span> }.into_any(),
                    }}
                </li>
            </ul>
        </section>

        <section class="card" aria-labelledby="your-next-steps">
            <h2 id="your-next-steps">{tr!("home-next-steps")}</h2>
            {if glance.actions.is_empty() {
                view! { <p class="quiet">{tr!("home-nothing-to-do")}</p> }.into_any()
            } else {
                view! {
                    <ul class="steps-list">
                        {glance.actions.into_iter().take(SHOWN).map(|(part, action)| view! {
                            <li>
                                <a href=format!("/my-plan#{}", part.slug())>{action.what}</a>
                                {action.by_when.map(|day| view! {
                                    <span class="when">{tr!("home-step-by", day = short_day(day), near = near(day, today))}</span>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                    {(more_actions > 0).then(|| view! {
                        <p class="small"><a href="/my-plan">{tr!("home-more-steps", count = more_actions)}</a></p>
                    })}
                }.into_any()
            }}
        </section>

        <a href="/my-messages" class="card link-card">
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M4 4h16v12H7l-3 3z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/></svg>
            {move || match (unread.get(), &adviser_first) {
                (0, Some(name)) => tr!("home-messages-with", name = name),
                (0, None) => tr!("home-messages").to_owned(),
                (n, Some(name)) => tr!("home-new-messages-from", count = n, name = name),
                (n, None) => tr!("home-new-messages", count = n),
            }}
        </a>

        <section class="card" aria-labelledby="my-bees">
            <h2 id="my-bees">{tr!("home-my-bees")}</h2>
            <ul class="bee-glance">
                {glance.bees.into_iter().map(|(domain, progress)| {
                    // The bar is drawn to the whole percent her words say,
                    // written as an integer: a float's printer would add its
                    // code to her first visit.
                    let percent = progress.map(|p| (p * 100.0).round() as u32);
                    let words = match percent {
                        None => tr!("home-bee-no-goals").to_owned(),
                        Some(percent) => tr!("home-bee-progress", percent = percent),
                    };
                    let width = percent.unwrap_or(0);
                    view! {
                        <li>
                            <BeeIcon domain=domain/>
                            <span class="bee-name">{bee_name(domain)}</span>
                            <svg class="bee-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                <rect class="bar-back" x="0" y="0" width="100" height="8" rx="4"/>
                                <rect class="bar-fill" x="0" y="0" width=width.to_string() height="8" rx="4"/>
                            </svg>
                            <span class="visually-hidden">{format!(": {words}")}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="small"><a href="/my-goals">{tr!("home-see-goals")}</a></p>
        </section>
    }
}

/// *More*: her other screens, one tap each.
#[component]
pub fn More() -> impl IntoView {
    set_title(tr!("more-title"));
    if let Err(elsewhere) = admit(Audience::YoungPerson("/young-people")) {
        return elsewhere;
    }
    let unread = crate::shell::unread_messages();
    let store = shell().store;
    let me = shell().session.get_untracked().map(|s| s.user.id);
    let adviser = Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref()?
                .people
                .iter()
                .find(|p| Some(p.id) == me)?
                .adviser
                .as_ref()
                .map(|a| first_name(&a.name).to_owned())
        })
    });
    view! {
        <section class="page narrow more">
            <h1>{tr!("more-title")}</h1>
            <ul class="more-list">
                <li><a href="/people-who-help-me">{tr!("help-title")}</a></li>
                <li><a href="/my-messages">{tr!("more-messages")}{move || (unread.get() > 0).then(|| view! {
                    <span class="count"><span aria-hidden="true">{format!(" {}", unread.get())}</span><span class="visually-hidden">" "{tr!("tab-more-unread", count = unread.get())}</span></span>
                })}</a></li>
                <li><a href="/my-contacts">{move || match adviser.get() {
                    Some(name) => tr!("more-meetings-with", name = name),
                    None => tr!("more-my-meetings").to_owned(),
                }}</a></li>
                <li><a href="/written-about-me">{tr!("more-written-about-me")}</a></li>
                <li><a href="/this-phone">{tr!("more-this-phone")}</a></li>
            </ul>
        </section>
    }
    .into_any()
}

/// How near a day is, in her words.
fn near(day: time::Date, today: time::Date) -> String {
    match how_near(day, today) {
        Near::Today => tr!("near-today").to_owned(),
        Near::Tomorrow => tr!("near-tomorrow").to_owned(),
        Near::Yesterday => tr!("near-yesterday").to_owned(),
        Near::InDays(n) => tr!("near-in-days", count = n),
        Near::DaysAgo(n) => tr!("near-days-ago", count = n),
    }
}
