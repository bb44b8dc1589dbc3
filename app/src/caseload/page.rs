//! The list of young people a member of staff may see.

use leptos::prelude::*;
use leptos_router::components::{Redirect, A};

use crate::auth::Role;
use crate::caseload::YoungPersonSummary;
use crate::dates::short_day;
use crate::shell::{saved_then_fresh, set_title, shell, Connection};

#[component]
pub fn YoungPeople() -> impl IntoView {
    set_title("Young people");
    let Some(session) = shell().session.get_untracked() else {
        return view! { <Redirect path="/sign-in"/> }.into_any();
    };
    if !session.user.role.is_staff() {
        return view! { <Redirect path="/my-plan"/> }.into_any();
    }
    let manager = session.user.role == Role::TeamManager;
    let people = saved_then_fresh::<Vec<YoungPersonSummary>>(
        "young-people".into(),
        "/api/young-people".into(),
    );
    let connection = shell().connection;
    let intro = if manager {
        "Everyone on your team's caseloads."
    } else {
        "The young people on your caseload."
    };
    view! {
        <section class="page people">
            <h1>"Young people"</h1>
            <p class="lede">{intro}</p>
            {move || match (people.get(), connection.get()) {
                (Some(list), _) if list.is_empty() => view! {
                    <p class="quiet">"No young people are linked to you yet."</p>
                }
                .into_any(),
                (Some(list), _) => view! {
                    <ul class="people-list">
                        {list.into_iter().map(|person| view! { <Person person=person manager=manager/> }).collect_view()}
                    </ul>
                }
                .into_any(),
                (None, Connection::Offline) => view! {
                    <p class="quiet">"You're offline, and this list isn't saved on this phone yet."</p>
                }
                .into_any(),
                (None, _) => view! { <p class="quiet" aria-busy="true">"Getting the list…"</p> }.into_any(),
            }}
        </section>
    }
    .into_any()
}

#[component]
fn Person(person: YoungPersonSummary, manager: bool) -> impl IntoView {
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
