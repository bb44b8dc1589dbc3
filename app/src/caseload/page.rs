//! The adviser's caseload and the manager's team view, read from the phone:
//! every young person as a card, the most pressing first, each saying why.

use std::collections::BTreeMap;

use leptos::prelude::*;
use uuid::Uuid;

use crate::auth::lock::TeamAccounts;
use crate::auth::Role;
use crate::caseload::Standing;
use crate::contacts::codes::InTouch;
use crate::contacts::rules::{birthday_prompt, every_months, ContactRules};
use crate::contacts::{contact_days, due_for, latest_circumstances, Circumstances};
use crate::dates::{age_on, short_day};
use crate::messages::Conversation;
use crate::plan::review::{ReviewDue, ReviewSummary};
use crate::plan::PathwayPlan;
use crate::shell::notify_offer::NotifyOffer;
use crate::shell::{admit, set_title, shell, today, Audience};
use crate::sync::Record;
use crate::voice::{statements, Statement};

/// One card on the caseload.
#[derive(Debug, Clone, PartialEq)]
struct Card {
    id: uuid::Uuid,
    name: String,
    age: u8,
    born: time::Date,
    adviser: Option<String>,
    standing: Standing,
    /// Her words, when she has said she is not safe and no one has acknowledged it yet.
    concern: Option<String>,
    circumstances: Option<Circumstances>,
    last_contact: Option<(time::Date, &'static str)>,
    /// What she is waiting for from a person: a call she asked for, an
    /// answer to her message.
    waiting: Vec<&'static str>,
}

#[component]
pub fn YoungPeople() -> impl IntoView {
    let session = match admit(Audience::Staff("/my-plan")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let manager = session.user.role == Role::TeamManager;
    let me = session.user.id;
    set_title(if manager { "Team" } else { "Caseload" });
    let store = shell().store;
    let today = today();
    let cards = Memo::new(move |_| {
        store.replica.with(|replica| {
            let replica = replica.as_ref()?;
            if !replica.has_pulled() {
                return None;
            }
            let records = store.view.get();
            let rules = replica.rules.clone().unwrap_or_else(ContactRules::example);
            let said = statements(records.values().collect::<Vec<_>>());
            // A team holds tens of thousands of records: each person's are
            // found once, not searched for once per person.
            let mut theirs: BTreeMap<Uuid, Vec<&Record>> = BTreeMap::new();
            for record in records.values() {
                theirs
                    .entry(record.young_person_id)
                    .or_default()
                    .push(record);
            }
            let mut cards: Vec<Card> = replica
                .people
                .iter()
                .map(|person| {
                    let records = theirs.get(&person.id).map_or(&[][..], Vec::as_slice);
                    let plan = PathwayPlan::at_a_glance(person, records.iter().copied());
                    let contacts = contact_days(person.id, records.iter().copied());
                    let circumstances = latest_circumstances(person.id, records.iter().copied());
                    let due = due_for(person, &plan, records.iter().copied(), &rules, today);
                    let in_touch = circumstances
                        .as_ref()
                        .is_none_or(|c| c.in_touch == InTouch::Yes);
                    let concern = said
                        .iter()
                        .find(|s| s.young_person == person.id && s.open_flag())
                        .map(|s| {
                            let words: Vec<&str> = s
                                .fields
                                .answers
                                .iter()
                                .map(|(_, a)| a.as_str())
                                .chain([s.fields.text.as_str()])
                                .filter(|w| !w.is_empty())
                                .collect();
                            if words.is_empty() {
                                s.fields.topic.label().to_owned()
                            } else {
                                words.join(" ")
                            }
                        });
                    Card {
                        id: person.id,
                        name: person.name.clone(),
                        age: age_on(person.date_of_birth, today),
                        born: person.date_of_birth,
                        adviser: person.adviser.as_ref().map(|a| a.name.clone()),
                        standing: Standing::of(
                            concern.is_some(),
                            due.next_visit.map(|(on, _)| on),
                            ReviewDue::of(
                                plan.next_review,
                                &ReviewSummary::of(person.id, records.iter().copied()),
                                circumstances.as_ref().and_then(|c| c.moved),
                            ),
                            in_touch,
                            due.next_contact,
                            today,
                        ),
                        last_contact: contacts
                            .iter()
                            .find(|c| c.kind.reached())
                            .map(|c| (c.on, c.kind.label())),
                        concern,
                        waiting: waiting_for(person.id, records, &said, me),
                        circumstances,
                    }
                })
                .collect();
            crate::order::by_key(&mut cards, |c| (c.standing.rank(), c.name.clone()));
            Some(cards)
        })
    });
    let search = RwSignal::new(String::new());
    let shown = move || {
        let wanted = search.get().trim().to_lowercase();
        cards.get().map(|cards| {
            cards
                .into_iter()
                .filter(|card| wanted.is_empty() || card.name.to_lowercase().contains(&wanted))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="page people">
            <h1>{if manager { "Team" } else { "Caseload" }}</h1>
            <p class="lede">
                {if manager { "Everyone on your team's caseloads, the most pressing first." } else { "The young people on your caseload, the most pressing first." }}
            </p>
            {manager.then(|| view! {
                <TeamCounts cards=cards/>
                <TeamAccounts/>
                <RulesInForce/>
            })}
            <div class="field search">
                <label for="search">"Search by name"</label>
                <input id="search" type="search" autocomplete="off" prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev))/>
            </div>
            {move || match shown() {
                Some(list) if list.is_empty() && !search.get().trim().is_empty() => view! {
                    <p class="quiet">"No one on the list has that name."</p>
                }
                .into_any(),
                Some(list) if list.is_empty() => view! {
                    <p class="quiet">"No young people are linked to you yet."</p>
                }
                .into_any(),
                Some(list) => view! {
                    <ul class="people-list">
                        {list.into_iter().map(|card| view! { <Person card=card manager=manager/> }).collect_view()}
                    </ul>
                }
                .into_any(),
                None => view! {
                    <p class="quiet" aria-busy="true">"Getting the list… If you're offline, it will appear as soon as you're back online."</p>
                }
                .into_any(),
            }}
            <NotifyOffer
                offer=if manager {
                    "Get a notification on this phone when a safety flag hasn't been picked up in time."
                } else {
                    "Get a notification on this phone when a young person writes to you or needs you."
                }.to_owned()
                button="Turn on notifications"
            />
        </section>
    }
    .into_any()
}

/// Each adviser's counts of what needs doing, for the team manager.
#[component]
fn TeamCounts(cards: Memo<Option<Vec<Card>>>) -> impl IntoView {
    let rows = move || {
        let cards = cards.get().unwrap_or_default();
        let mut advisers: Vec<String> = cards.iter().filter_map(|c| c.adviser.clone()).collect();
        crate::order::by_key(&mut advisers, String::clone);
        advisers.dedup();
        advisers
            .into_iter()
            .map(|adviser| {
                let theirs: Vec<&Card> = cards
                    .iter()
                    .filter(|c| c.adviser.as_deref() == Some(&adviser))
                    .collect();
                let count = |wanted: fn(&Standing) -> bool| {
                    theirs.iter().filter(|c| wanted(&c.standing)).count()
                };
                (
                    adviser,
                    theirs.len(),
                    count(|s| {
                        matches!(
                            s,
                            Standing::VisitOverdue { .. } | Standing::ContactOverdue { .. }
                        )
                    }),
                    count(|s| matches!(s, Standing::ReviewDue { .. })),
                    count(|s| matches!(s, Standing::NotInTouch)),
                )
            })
            .collect::<Vec<_>>()
    };
    view! {
        <section class="adviser-counts" aria-labelledby="adviser-counts-heading">
            <h2 id="adviser-counts-heading">"Each adviser's caseload"</h2>
            {move || rows().into_iter().map(|(adviser, all, overdue, reviews, lost)| {
                let label = adviser.clone();
                view! {
                <div class="adviser-count" role="group" aria-label=label>
                    <h3>{adviser}</h3>
                    <dl>
                        <div><dt>"Young people"</dt><dd>{all}</dd></div>
                        <div><dt>"Contact overdue"</dt><dd>{overdue}</dd></div>
                        <div><dt>"Reviews due"</dt><dd>{reviews}</dd></div>
                        <div><dt>"Not in touch"</dt><dd>{lost}</dd></div>
                    </dl>
                </div>
                }
            }).collect_view()}
            <p><a href="/reports">"The team's report, month by month →"</a></p>
        </section>
    }
}

/// The contact rules the council has set, for the manager to check.
#[component]
fn RulesInForce() -> impl IntoView {
    let store = shell().store;
    let rules = Memo::new(move |_| {
        store
            .replica
            .with(|r| r.as_ref().and_then(|r| r.rules.clone()))
    });
    let every = |months: Option<u8>| months.map_or_else(|| "—".to_owned(), every_months);
    move || {
        rules.get().map(|rules| {
            let visits: Vec<&str> = rules.visit_kinds.iter().map(|k| k.label()).collect();
            view! {
                <details class="rules">
                    <summary>{format!("Contact rules in force: {}", rules.name)}</summary>
                    <ul>
                        <li>{format!("A visit within {} days of a move.", rules.visit_after_move_days)}</li>
                        {rules.visit_before_review_days.map(|days| view! {
                            <li>{format!("A visit in the {days} days before each review.")}</li>
                        })}
                        {rules.bands.iter().map(|band| view! {
                            <li>{format!(
                                "Age {} to {}: contact {}, a visit {}.",
                                band.from_age,
                                band.to_age,
                                every(band.contact_every_months),
                                every(band.visit_every_months)
                            )}</li>
                        }).collect_view()}
                        <li>{format!("Counts as a visit: {}.", visits.join(", "))}</li>
                    </ul>
                </details>
            }
        })
    }
}

#[component]
fn Person(card: Card, manager: bool) -> impl IntoView {
    let pressing = !matches!(card.standing, Standing::OnTrack { .. });
    let adviser = manager.then(|| {
        let name = card
            .adviser
            .clone()
            .unwrap_or_else(|| "no adviser yet".into());
        view! { <span>"Adviser: " {name}</span> }
    });
    let home = card.circumstances.as_ref().and_then(|c| {
        c.accommodation.map(|a| {
            let code = a.with_suitability(c.suitable.unwrap_or(false));
            view! { <span>{a.label()} " " <small class="code">"(" {code} ")"</small></span> }
        })
    });
    let codes = card.circumstances.as_ref().map(|c| {
        let activity = c
            .activity
            .map(|a| format!(" · {} ({})", a.label(), a.code()))
            .unwrap_or_default();
        format!("{} ({}){activity}", c.in_touch.label(), c.in_touch.code())
    });
    let birthday = birthday_prompt(card.born, today()).map(|(age, on)| view! {
        <span class="birthday">{format!("Turns {age} on {}: record national data", short_day(on))}</span>
    });
    let last = match card.last_contact {
        Some((on, how)) => format!("Last contact: {} ({how})", short_day(on)),
        None => "No contact recorded yet".to_owned(),
    };
    view! {
        <li class="person">
            <a href=format!("/young-people/{}", card.id)>
                <span class="person-name">{card.name.clone()}</span>
                <span class="standing" data-pressing=pressing.to_string() data-safety=card.concern.is_some().to_string()>
                    {pressing.then(|| view! { <span aria-hidden="true">{if card.concern.is_some() { "⚠ " } else { "! " }}</span> })}
                    {card.standing.words()}
                </span>
                {card.concern.clone().map(|words| view! { <span class="concern">"“" {words} "”"</span> })}
                {(!card.waiting.is_empty()).then(|| view! {
                    <span class="waiting">{card.waiting.iter().map(|w| view! { <span class="badge">{*w}</span> }).collect_view()}</span>
                })}
                <span class="person-meta">
                    <span>{format!("Age {}", card.age)}</span>
                    {adviser}
                    {codes.map(|c| view! { <span>{c}</span> })}
                    {home}
                    {birthday}
                    <span>{last}</span>
                </span>
            </a>
        </li>
    }
}

/// What she waits for from a person: a call she asked for in a statement no
/// one has acknowledged or answered, and an answer when the last word in
/// her conversation is hers.
fn waiting_for(
    young_person: Uuid,
    records: &[&Record],
    said: &[Statement],
    me: Uuid,
) -> Vec<&'static str> {
    let mut waiting = Vec::new();
    if said.iter().any(|s| {
        s.young_person == young_person
            && s.fields.call_me
            && s.acknowledged.is_empty()
            && s.replies.is_empty()
    }) {
        waiting.push("Asked to be called");
    }
    let conversation = Conversation::of(records.iter().copied(), young_person, me);
    if conversation
        .messages
        .last()
        .is_some_and(|m| m.hers && m.topic.is_none())
    {
        waiting.push("Message waiting for an answer");
    }
    waiting
}
