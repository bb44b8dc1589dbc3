//! The plan screens: *My plan* for the young person, and the same plan,
//! read-only, for the staff who may see it.

use leptos::prelude::*;
use leptos_router::components::{Redirect, A};
use leptos_router::hooks::use_params_map;

use crate::dates::{iso, long_day, short_day};
use crate::plan::{PathwayPlan, PlanAction, PlanPartView};
use crate::shell::{saved_then_fresh, set_title, shell, Connection};

/// The young person's own plan.
#[component]
pub fn MyPlan() -> impl IntoView {
    set_title("My plan");
    let Some(session) = shell().session.get_untracked() else {
        return view! { <Redirect path="/sign-in"/> }.into_any();
    };
    if session.user.role.is_staff() {
        return view! { <Redirect path="/young-people"/> }.into_any();
    }
    let plan = saved_then_fresh::<PathwayPlan>(
        "plan".into(),
        format!("/api/young-people/{}/plan", session.user.id),
    );
    view! { <PlanScreen plan=plan own=true/> }.into_any()
}

/// A young person's plan as a member of staff reads it.
#[component]
pub fn TheirPlan() -> impl IntoView {
    let Some(session) = shell().session.get_untracked() else {
        return view! { <Redirect path="/sign-in"/> }.into_any();
    };
    if !session.user.role.is_staff() {
        return view! { <Redirect path="/my-plan"/> }.into_any();
    }
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .unwrap_or_default();
    let plan = saved_then_fresh::<PathwayPlan>(
        format!("plan.{id}"),
        format!("/api/young-people/{id}/plan"),
    );
    Effect::new(move |_| {
        if let Some(plan) = plan.get() {
            set_title(&format!("{}'s plan", plan.young_person_name));
        }
    });
    view! {
        <p class="back"><A href="/young-people">"← Young people"</A></p>
        <PlanScreen plan=plan own=false/>
    }
    .into_any()
}

/// A plan, or the honest reason it is not here yet.
#[component]
fn PlanScreen(plan: RwSignal<Option<PathwayPlan>>, own: bool) -> impl IntoView {
    let connection = shell().connection;
    move || {
        match (plan.get(), connection.get()) {
        (Some(plan), _) => view! { <Plan plan=plan own=own/> }.into_any(),
        (None, Connection::Offline) => view! {
            <section class="page narrow empty">
                <h1>{if own { "My plan" } else { "Plan" }}</h1>
                <p>"You're offline, and this plan isn't saved on this phone yet. It will appear as soon as you're back online."</p>
            </section>
        }
        .into_any(),
        (None, Connection::Problem(message)) => view! {
            <section class="page narrow empty">
                <h1>"We can't show this plan"</h1>
                <p>{message}</p>
            </section>
        }
        .into_any(),
        (None, _) => view! {
            <section class="page narrow empty" aria-busy="true">
                <h1>{if own { "My plan" } else { "Plan" }}</h1>
                <p>"Getting the plan…"</p>
            </section>
        }
        .into_any(),
    }
    }
}

#[component]
fn Plan(plan: PathwayPlan, own: bool) -> impl IntoView {
    let first_name = plan
        .young_person_name
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_owned();
    let heading = if own {
        "My plan".to_owned()
    } else {
        format!("{}'s plan", plan.young_person_name)
    };
    let adviser = plan.adviser.clone();
    let adviser_label = if own {
        "My personal adviser"
    } else {
        "Personal adviser"
    };
    let contact_label = if own {
        "Next catch-up"
    } else {
        "Next planned contact"
    };
    let thoughts_heading = if own {
        "What I think".to_owned()
    } else {
        format!("What {first_name} thinks")
    };
    let parts = plan.parts.clone();
    view! {
        <article class="page plan">
            <header class="plan-head">
                <h1>{heading}</h1>
                <dl class="facts">
                    <div class="fact">
                        <dt>{adviser_label}</dt>
                        <dd>
                            {match adviser {
                                Some(adviser) => view! { <Adviser name=adviser.name phone=adviser.phone/> }.into_any(),
                                None => view! { <span>"Not named yet"</span> }.into_any(),
                            }}
                        </dd>
                    </div>
                    <div class="fact">
                        <dt>{contact_label}</dt>
                        <dd><Day date=plan.next_contact/></dd>
                    </div>
                    <div class="fact">
                        <dt>"Next plan review"</dt>
                        <dd><Day date=plan.next_review/></dd>
                    </div>
                </dl>
            </header>
            <details class="part-index">
                <summary>"Jump to a part of the plan"</summary>
                <nav aria-label="Parts of the plan">
                    <ul>
                        {plan.parts.iter().map(|view| {
                            let part = view.part;
                            view! { <li><a href=format!("#{}", part.slug())>{part.heading()}</a></li> }
                        }).collect_view()}
                    </ul>
                </nav>
            </details>
            {parts.into_iter().map(|view| view! {
                <Part view=view thoughts_heading=thoughts_heading.clone() own=own/>
            }).collect_view()}
        </article>
    }
}

#[component]
fn Adviser(name: String, phone: Option<String>) -> impl IntoView {
    let call = phone.map(|phone| {
        let dial: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        let label = format!("Call {name} on {phone}");
        view! {
            <a class="call" href=format!("tel:{dial}") aria-label=label>
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="icon">
                    <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" fill="currentColor"/>
                </svg>
                {phone.clone()}
            </a>
        }
    });
    view! {
        <span class="adviser-name">{name.clone()}</span>
        {call}
    }
}

#[component]
fn Day(date: Option<time::Date>) -> impl IntoView {
    match date {
        Some(date) => view! {
            <time datetime=iso(date) title=long_day(date)>{short_day(date)}</time>
        }
        .into_any(),
        None => view! { <span>"Not set yet"</span> }.into_any(),
    }
}

#[component]
fn Part(view: PlanPartView, thoughts_heading: String, own: bool) -> impl IntoView {
    let slug = view.part.slug();
    let heading_id = format!("{slug}-heading");
    let actions = view.actions;
    let words = view.what_i_think;
    view! {
        <section class="part" id=slug aria-labelledby=heading_id.clone()>
            <h2 id=heading_id.clone()>{view.part.heading()}</h2>
            <p class="about">{view.part.about()}</p>
            <h3>"What's planned"</h3>
            {if actions.is_empty() {
                view! { <p class="quiet">"Nothing planned here yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="actions">
                        {actions.into_iter().map(|action| view! { <Action action=action/> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <h3>{thoughts_heading}</h3>
            {if words.trim().is_empty() {
                let empty = if own {
                    "You haven't added your thoughts here yet."
                } else {
                    "Nothing written here yet."
                };
                view! { <p class="quiet">{empty}</p> }.into_any()
            } else {
                view! { <blockquote class="own-words">{words}</blockquote> }.into_any()
            }}
        </section>
    }
}

#[component]
fn Action(action: PlanAction) -> impl IntoView {
    let state = if action.done { "Done" } else { "To do" };
    view! {
        <li class="action" data-done=action.done.to_string()>
            <span class="tick" aria-hidden="true">{if action.done { "✓" } else { "" }}</span>
            <div>
                <p class="what">{action.what}</p>
                <p class="meta">
                    <span class="state">{state}</span>
                    " · Who: " {action.who}
                    {action.by_when.map(|date| view! { " · By " <Day date=Some(date)/> })}
                </p>
            </div>
        </li>
    }
}
