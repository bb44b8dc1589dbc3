//! The list of young people a member of staff may see, read from the phone.

use leptos::prelude::*;
use leptos_router::components::{Redirect, A};

use crate::auth::Role;
use crate::caseload::{Standing, YoungPersonSummary};
use crate::dates::{age_on, short_day};
use crate::plan::PathwayPlan;
use crate::shell::{set_title, shell};

#[component]
pub fn YoungPeople() -> impl IntoView {
    set_title("Young people");
    let Some(session) = shell().session.get_untracked() else {
        return view! { <Redirect path="/sign-in"/> }.into_any();
    };
    if !session.user.role.is_staff() {
        return view! { <Redirect path="/my-plan"/> }.into_any();
    }
    let store = shell().store;
    let manager = session.user.role == Role::TeamManager;
    let today = today();
    let people = Memo::new(move |_| {
        store.replica.with(|replica| {
            let replica = replica.as_ref()?;
            if !replica.has_pulled() {
                return None;
            }
            let records = replica.view();
            let mut list: Vec<(Standing, YoungPersonSummary)> = replica
                .people
                .iter()
                .map(|card| {
                    let plan = PathwayPlan::from_records(card, records.values());
                    // Visits and being in touch come with the contact log;
                    // until then a card stands by its review and planned contact.
                    let standing = Standing::of(
                        false,
                        None,
                        plan.next_review,
                        true,
                        plan.next_contact,
                        today,
                    );
                    let summary = YoungPersonSummary {
                        id: card.id,
                        name: card.name.clone(),
                        age: age_on(card.date_of_birth, today),
                        adviser_name: card.adviser.as_ref().map(|a| a.name.clone()),
                        next_contact: plan.next_contact,
                        next_review: plan.next_review,
                    };
                    (standing, summary)
                })
                .collect();
            list.sort_by(|a, b| {
                a.0.rank()
                    .cmp(&b.0.rank())
                    .then_with(|| a.1.name.cmp(&b.1.name))
            });
            Some(list)
        })
    });
    let intro = if manager {
        "Everyone on your team's caseloads."
    } else {
        "The young people on your caseload."
    };
    view! {
        <section class="page people">
            <h1>"Young people"</h1>
            <p class="lede">{intro}</p>
            {move || match people.get() {
                Some(list) if list.is_empty() => view! {
                    <p class="quiet">"No young people are linked to you yet."</p>
                }
                .into_any(),
                Some(list) => view! {
                    <ul class="people-list">
                        {list.into_iter().map(|(standing, person)| view! { <Person person=person standing=standing manager=manager/> }).collect_view()}
                    </ul>
                }
                .into_any(),
                None => view! {
                    <p class="quiet" aria-busy="true">"Getting the list… If you're offline, it will appear as soon as you're back online."</p>
                }
                .into_any(),
            }}
        </section>
    }
    .into_any()
}

/// Today's date on this phone.
fn today() -> time::Date {
    let now = js_sys::Date::new_0();
    time::Month::try_from(now.get_month() as u8 + 1)
        .ok()
        .and_then(|month| {
            time::Date::from_calendar_date(now.get_full_year() as i32, month, now.get_date() as u8)
                .ok()
        })
        .unwrap_or(time::Date::MIN)
}

#[component]
fn Person(person: YoungPersonSummary, standing: Standing, manager: bool) -> impl IntoView {
    let pressing = !matches!(standing, Standing::OnTrack { .. });
    let adviser = manager.then(|| {
        let name = person
            .adviser_name
            .clone()
            .unwrap_or_else(|| "no adviser yet".into());
        view! { <span>"Adviser: " {name}</span> }
    });
    view! {
        <li class="person">
            <A href=format!("/young-people/{}", person.id)>
                <span class="person-name">{person.name.clone()}</span>
                <span class="standing" data-pressing=pressing.to_string()>
                    {pressing.then(|| view! { <span aria-hidden="true">"! "</span> })}
                    {standing.words()}
                </span>
                <span class="person-meta">
                    <span>{format!("Age {}", person.age)}</span>
                    {adviser}
                    <span>"Next contact: " {person.next_contact.map_or_else(|| "not set".into(), short_day)}</span>
                    <span>"Review: " {person.next_review.map_or_else(|| "not set".into(), short_day)}</span>
                </span>
            </A>
        </li>
    }
}
