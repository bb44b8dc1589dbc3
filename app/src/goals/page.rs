//! *My goals*: the six Outcome Bees domains as a honeycomb that fills with
//! her progress, her goals under each, and what her adviser says. Staff see
//! the same screen for a young person, and can suggest and encourage.

use leptos::prelude::*;
use pathway_derive::ReadObject;
use serde::Serialize;
use uuid::Uuid;

use crate::ids;
use crate::sync::kinds::MAX_ACTION;
use crate::writing::Form;

use crate::audit::Access;
use crate::auth::Role;
use crate::dates::parse_iso;
use crate::goals::{
    domain_progress, goals_of, BeeDomain, Goal, GoalFields, GoalNoteFields, GoalStatus,
    RatingFields, Step,
};
use crate::language::browser::short_day;
use crate::shell::{
    admit, celebrate, device, set_title, shell, today, young_person_in_path, Audience,
};
use crate::sync::{fields_of, RecordKind};
use crate::tr;
use crate::ui::{
    bee_heading, bee_meaning, bee_name, scale_words, BeeIcon, KeptChoice, KeptWords,
    OtherVersionChoice,
};

/// Whose goals a screen shows: hers, or a young person's (by first name,
/// once it is known) on staff screens.
#[derive(Clone)]
enum Whose {
    Yours,
    Of(String),
    Theirs,
}

/// What the honeycomb says in words, for screen readers.
fn honeycomb_label(goals: &[Goal], whose: &Whose) -> String {
    let cells: Vec<String> = BeeDomain::ALL
        .iter()
        .map(|&domain| match domain_progress(goals, domain) {
            None => tr!("goals-cell-empty", bee = bee_heading(domain)),
            Some(p) => tr!(
                "goals-cell",
                bee = bee_heading(domain),
                percent = (p * 100.0).round() as u32
            ),
        })
        .collect();
    let cells = cells.join("; ");
    match whose {
        Whose::Yours => tr!("goals-progress-yours", cells = cells),
        Whose::Of(name) => tr!("goals-progress-of", name = name, cells = cells),
        Whose::Theirs => tr!("goals-progress-theirs", cells = cells),
    }
}

/// The young person's own goals.
#[component]
pub fn MyGoals() -> impl IntoView {
    set_title(tr!("goals-title"));
    let session = match admit(Audience::YoungPerson("/young-people")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    view! { <GoalsScreen young_person=session.user.id role=session.user.role/> }.into_any()
}

/// A young person's goals, for the staff who may see them.
#[component]
pub fn TheirGoals() -> impl IntoView {
    let session = match admit(Audience::Staff("/my-goals")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let young_person = young_person_in_path();
    shell().store.note_opened(young_person, Access::OpenedGoals);
    view! {
        <p class="back"><a href=format!("/young-people/{young_person}")>"← Plan"</a></p>
        <GoalsScreen young_person=young_person role=session.user.role/>
    }
    .into_any()
}

#[component]
fn GoalsScreen(young_person: Uuid, role: Role) -> impl IntoView {
    let store = shell().store;
    let own = role == Role::YoungPerson;
    let can_write = role != Role::TeamManager;
    let name = Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref().and_then(|r| {
                r.people
                    .iter()
                    .find(|p| p.id == young_person)
                    .map(|p| p.name.clone())
            })
        })
    });
    let goals = Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref()
                .map(|_| goals_of(young_person, store.view.get().values().collect::<Vec<_>>()))
        })
    });
    let heading = move || match (own, name.get()) {
        (true, _) => tr!("goals-title").to_owned(),
        (false, Some(name)) => format!("{name}'s goals"),
        (false, None) => "Goals".to_owned(),
    };
    Effect::new(move |_| {
        if !own {
            set_title(&heading());
        }
    });
    // A goal being written is kept on the phone, so a page the phone
    // closed opens again with the form and its words.
    let kept = device::writing::<GoalDraft>(Form::Goal(young_person));
    let adding = RwSignal::new(kept.is_some());
    let kept = StoredValue::new(kept);
    view! {
        <section class="page goals">
            <h1>{heading}</h1>
            {move || goals.get().map(|list| {
                let whose = match (own, name.get()) {
                    (true, _) => Whose::Yours,
                    (false, Some(name)) => Whose::Of(crate::sync::first_name(&name).to_owned()),
                    (false, None) => Whose::Theirs,
                };
                view! { <Honeycomb goals=list whose=whose/> }
            })}
            <Suggestions goals=goals young_person=young_person own=own/>
            {can_write.then(|| view! {
                <Show when=move || !adding.get() fallback=move || view! { <GoalForm young_person=young_person own=own open=adding kept=kept.get_value().unwrap_or_default()/> }>
                    <button type="button" class="primary wide" on:click=move |_| adding.set(true)>
                        {if own { tr!("goals-add") } else { "Suggest a goal" }}
                    </button>
                </Show>
            })}
            {BeeDomain::ALL.iter().map(|&domain| view! {
                <section class="domain" id=domain.slug() aria-labelledby=format!("{}-heading", domain.slug())>
                    <h2 id=format!("{}-heading", domain.slug())><BeeIcon domain=domain/>{bee_heading(domain)}</h2>
                    <p class="about">{bee_meaning(domain)}</p>
                    {move || {
                        let none = goals.with(|g| !g.iter().flatten().any(|g| g.fields.domain == domain && g.fields.status == GoalStatus::Active));
                        let empty = if own { tr!("goals-none-yours") } else { "No goals here yet." };
                        none.then(|| view! { <p class="quiet">{empty}</p> })
                    }}
                    // Keyed, each card rebuilt only when its own goal
                    // changes: words being typed in another are kept.
                    <For
                        each=move || goals.with(|g| g.iter().flatten()
                            .filter(|g| g.fields.domain == domain && g.fields.status == GoalStatus::Active)
                            .map(|g| g.id).collect::<Vec<_>>())
                        key=|id| *id
                        let:id
                    >
                        {
                            let goal = Memo::new(move |_| goals.with(|g| g.iter().flatten().find(|g| g.id == id).cloned()));
                            move || goal.get().map(|goal| view! { <GoalCard goal=goal young_person=young_person role=role/> })
                        }
                    </For>
                </section>
            }).collect_view()}
        </section>
    }
}

/// Six cells, one per domain, each filled by progress, with the same in words.
#[component]
fn Honeycomb(goals: Vec<Goal>, whose: Whose) -> impl IntoView {
    let label = honeycomb_label(&goals, &whose);
    // Flat-topped hexagons in two rows of three.
    let cells: Vec<(BeeDomain, f64, f64, Option<f64>)> = BeeDomain::ALL
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            let (col, row) = ((i % 3) as f64, (i / 3) as f64);
            let x = 60.0 + col * 90.0;
            let y = 55.0 + row * 100.0 + if col as usize % 2 == 1 { 50.0 } else { 0.0 };
            (d, x, y, domain_progress(&goals, d))
        })
        .collect();
    let hex = |x: f64, y: f64, r: f64| {
        (0..6)
            .map(|k| {
                let a = std::f64::consts::PI / 3.0 * k as f64;
                format!("{:.1},{:.1}", x + r * a.cos(), y + r * a.sin())
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    view! {
        <figure class="honeycomb">
            <svg viewBox="0 0 300 260" role="img" aria-label=label>
                <defs>
                    {cells.iter().map(|(d, x, y, p)| {
                        let r = 48.0;
                        let filled = p.unwrap_or(0.0) * 2.0 * r * 0.866;
                        view! {
                            <clipPath id=format!("fill-{}", d.slug())>
                                <rect x=format!("{:.1}", x - r) y=format!("{:.1}", y + r * 0.866 - filled) width=format!("{:.1}", 2.0 * r) height=format!("{filled:.1}")/>
                            </clipPath>
                        }
                    }).collect_view()}
                </defs>
                {cells.iter().map(|(d, x, y, p)| {
                    let points = hex(*x, *y, 48.0);
                    let short = bee_name(*d);
                    let amount = p.map_or_else(|| "—".to_owned(), |p| format!("{}%", (p * 100.0).round() as u32));
                    let target = d.slug();
                    // Tapping a cell goes to that Bee; keyboard and screen
                    // reader users reach the same sections by their headings.
                    let go = move |_| {
                        if let Some(section) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(target)) {
                            section.scroll_into_view();
                        }
                    };
                    view! {
                        <g class="cell-link" on:click=go>
                            <polygon points=points.clone() class="cell"/>
                            <polygon points=points class="cell-fill" clip-path=format!("url(#fill-{})", d.slug())/>
                            <text x=format!("{x:.1}") y=format!("{:.1}", y - 4.0) class="cell-name">{short}</text>
                            <text x=format!("{x:.1}") y=format!("{:.1}", y + 16.0) class="cell-amount">{amount}</text>
                        </g>
                    }
                }).collect_view()}
            </svg>
            <figcaption class="quiet small">{match whose {
                Whose::Yours => tr!("goals-cells-fill-yours").to_owned(),
                Whose::Of(name) => tr!("goals-cells-fill-of", name = name),
                Whose::Theirs => tr!("goals-cells-fill-theirs").to_owned(),
            }}</figcaption>
        </figure>
    }
}

/// Goals her adviser suggested, for her to take on or not.
#[component]
fn Suggestions(goals: Memo<Option<Vec<Goal>>>, young_person: Uuid, own: bool) -> impl IntoView {
    let store = shell().store;
    move || {
        goals.get().unwrap_or_default().into_iter().filter(|g| g.fields.status == GoalStatus::Suggested).map(|goal| {
            let by = goal.fields.suggested_by.clone().unwrap_or_else(|| tr!("goals-your-adviser").into());
            let id = goal.id;
            let choose = |status: GoalStatus| {
                let before = goal.fields.clone();
                move |_| store.edit(|replica| {
                    let after = GoalFields { status, ..before.clone() };
                    replica.update(RecordKind::Goal, id, young_person, &before, &after);
                })
            };
            view! {
                <div class="notice suggestion" role="group" aria-label=tr!("goals-a-suggestion")>
                    <p><strong>{tr!("goals-suggested", name = by, bee = bee_heading(goal.fields.domain))}" "</strong>{goal.fields.title.clone()}</p>
                    {if own {
                        view! {
                            <div class="editor-buttons">
                                <button type="button" class="quiet-button" on:click=choose(GoalStatus::Active)>{tr!("goals-make-mine")}</button>
                                <button type="button" class="quiet-button" on:click=choose(GoalStatus::Declined)>{tr!("goals-no-thanks")}</button>
                            </div>
                        }.into_any()
                    } else {
                        view! { <p class="quiet small">{format!("Waiting for {} to accept or decline it.", crate::shell::pronouns_of(young_person).object())}</p> }.into_any()
                    }}
                </div>
            }
        }).collect_view()
    }
}

#[component]
fn GoalCard(goal: Goal, young_person: Uuid, role: Role) -> impl IntoView {
    let store = shell().store;
    let own = role == Role::YoungPerson;
    let can_write = role != Role::TeamManager;
    let id = goal.id;
    let latest = goal.ratings.last().map(|r| scale_words(r.score));
    let steps = goal.fields.steps.clone();
    let title = goal.fields.title.clone();
    // The score she ticked and her note, kept as she makes them.
    let rating = KeptChoice::<u8>::new(Form::Rating(young_person, id));
    let encouragement = KeptWords::new(Form::Cheer(young_person, id));
    let renamed = Form::Rename(young_person, id);
    let renaming = RwSignal::new(device::writing::<String>(renamed));
    let stop_renaming = move || {
        device::keep_writing::<String>(renamed, None);
        renaming.set(None);
    };
    // Kept outside the closures, which must stay copyable for the view.
    let as_it_was = StoredValue::new(goal.fields.clone());
    // Kept only while they differ from the goal's words: opened but
    // unchanged, there is nothing to lose.
    let rename_to = move |text: String| {
        let changed = as_it_was.with_value(|before| before.title != text);
        device::keep_writing(renamed, changed.then_some(&text));
        renaming.set(Some(text));
    };
    let save_rating = move |_| {
        let Some(score) = rating.choice_untracked() else {
            return;
        };
        store.edit(|replica| {
            replica.change(
                RecordKind::Rating,
                ids::new(),
                young_person,
                fields_of(&RatingFields {
                    goal: id,
                    on: today(),
                    score,
                    note: rating.words_untracked().trim().to_owned(),
                    by_name: String::new(),
                    by_young_person: false,
                }),
            );
        });
        if score == 5 && own {
            celebrate(tr!("goals-did-it", goal = as_it_was.get_value().title));
        }
        rating.clear();
    };
    let save_note = move |_| {
        let text = encouragement.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        store.edit(|replica| {
            replica.change(
                RecordKind::GoalNote,
                ids::new(),
                young_person,
                fields_of(&GoalNoteFields {
                    goal: id,
                    text: text.trim().to_owned(),
                    by_name: String::new(),
                }),
            );
        });
        encouragement.set(String::new());
    };
    let rename = move |_| {
        if let Some(text) = renaming.get_untracked().filter(|t| !t.trim().is_empty()) {
            let before = as_it_was.get_value();
            let after = GoalFields {
                title: text.trim().to_owned(),
                ..before.clone()
            };
            store.edit(|replica| {
                replica.update(RecordKind::Goal, id, young_person, &before, &after);
            });
        }
        stop_renaming();
    };
    let slug = format!("goal-{}", id.simple());
    view! {
        <article class="goal" aria-labelledby=format!("{slug}-title")>
            <h3 id=format!("{slug}-title")>{title.clone()}</h3>
            <p class="goal-state">
                {latest.map_or_else(|| tr!("goals-not-rated").to_owned(), |w| tr!("goals-how-its-going", words = w))}
                {goal.fields.by_when.map(|d| tr!("goals-by-day", day = short_day(d)))}
            </p>
            {goal.other_versions.iter().cloned().map(|other| view! {
                <OtherVersionChoice record=id kind=RecordKind::Goal current=title.clone() other=other young_person=young_person can_settle=can_write combine=None/>
            }).collect_view()}
            {(!steps.is_empty()).then(|| {
                let before = goal.fields.clone();
                view! {
                    <ul class="steps">
                        {steps.iter().enumerate().map(|(i, step)| {
                            let box_id = format!("{slug}-step-{i}");
                            let before = before.clone();
                            view! {
                                <li class="check">
                                    <input type="checkbox" id=box_id.clone() prop:checked=step.done disabled=!can_write
                                        on:change=move |ev| {
                                            let mut after = before.clone();
                                            let ticked = event_target_checked(&ev);
                                            if let Some(s) = after.steps.get_mut(i) {
                                                s.done = ticked;
                                            }
                                            if ticked && own {
                                                celebrate(if after.steps.iter().all(|s| s.done) {
                                                    tr!("goals-every-step")
                                                } else {
                                                    tr!("goals-a-step")
                                                });
                                            }
                                            store.edit(|replica| {
                                                replica.update(RecordKind::Goal, id, young_person, &before, &after);
                                            });
                                        }/>
                                    <label for=box_id>{step.text.clone()}</label>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
            })}
            {(!goal.ratings.is_empty()).then(|| view! { <ProgressChart goal=goal.clone()/> })}
            {goal.notes.iter().map(|n| view! {
                <p class="encouragement"><strong>{tr!("goals-from", name = n.by_name.clone())}" "</strong>{n.text.clone()}</p>
            }).collect_view()}
            {can_write.then({ let slug = slug.clone(); move || view! {
                <details class="rate" open=rating.started_untracked()>
                    <summary>{if own { tr!("goals-rate") } else { "Record progress from a conversation" }}</summary>
                    <fieldset class="choices">
                        <legend>{if own { tr!("goals-choose-rate").to_owned() } else { format!("How it's going (marked as your rating, not {})", crate::shell::pronouns_of(young_person).independent()) }}</legend>
                        {(1..=5).map(|score| {
                            let radio = format!("{slug}-score-{score}");
                            view! {
                                <span class="choice">
                                    <input type="radio" name=format!("{slug}-score") id=radio.clone()
                                        prop:checked=move || rating.choice() == Some(score)
                                        on:change=move |_| rating.choose(score)/>
                                    <label for=radio>{scale_words(score)}</label>
                                </span>
                            }
                        }).collect_view()}
                    </fieldset>
                    <div class="field">
                        <label for=format!("{slug}-note")>{tr!("goals-note")}</label>
                        <input type="text" id=format!("{slug}-note") maxlength=MAX_ACTION prop:value=move || rating.words() on:input=move |ev| rating.write(event_target_value(&ev))/>
                    </div>
                    <button type="button" class="primary" on:click=save_rating disabled=move || rating.choice().is_none()>{tr!("goals-save-rating")}</button>
                </details>
                <Show when=move || renaming.with(Option::is_some) fallback={
                    let title = title.clone();
                    move || {
                        let title = title.clone();
                        let hidden = format!(" {}", tr!("goals-of", goal = title.clone()));
                        view! {
                            <button type="button" class="quiet-button" on:click=move |_| renaming.set(Some(title.clone()))>
                                {tr!("goals-change-words")}<span class="visually-hidden">{hidden}</span>
                            </button>
                        }
                    }
                }>
                    <div class="editor">
                        <label for=format!("{slug}-rename")>{tr!("goals-in-your-words")}</label>
                        <input type="text" id=format!("{slug}-rename") maxlength=MAX_ACTION prop:value=move || renaming.get().unwrap_or_default() on:input=move |ev| rename_to(event_target_value(&ev))/>
                        <div class="editor-buttons">
                            <button type="button" class="primary" on:click=rename>{tr!("goals-save")}</button>
                            <button type="button" class="quiet-button" on:click=move |_| stop_renaming()>{tr!("goals-cancel")}</button>
                        </div>
                    </div>
                </Show>
            }})}
            {(role == Role::PersonalAdviser).then(|| view! {
                <div class="field">
                    <label for=format!("{slug}-cheer")>{format!("Encouragement for {}", crate::shell::pronouns_of(young_person).object())}</label>
                    <input type="text" id=format!("{slug}-cheer") maxlength=MAX_ACTION prop:value=move || encouragement.get() on:input=move |ev| encouragement.set(event_target_value(&ev))/>
                    <button type="button" class="quiet-button" on:click=save_note>"Send encouragement"</button>
                </div>
            })}
        </article>
    }
}

/// How a goal's progress moved over time, drawn, with the same in words.
#[component]
fn ProgressChart(goal: Goal) -> impl IntoView {
    let ratings = goal.ratings.clone();
    let first = ratings.first().map(|r| r.on);
    let last = ratings.last().map(|r| r.on);
    let span = match (first, last) {
        (Some(a), Some(b)) => ((b - a).whole_days().max(1)) as f64,
        _ => 1.0,
    };
    let points: Vec<(f64, f64)> = ratings
        .iter()
        .map(|r| {
            let x = first.map_or(0.0, |a| (r.on - a).whole_days() as f64) / span * 260.0 + 20.0;
            let y = 90.0 - f64::from(r.score.clamp(1, 5) - 1) / 4.0 * 70.0;
            (x, y)
        })
        .collect();
    let line = points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
        .collect::<Vec<_>>()
        .join(" ");
    let words = ratings
        .iter()
        .map(|r| {
            let (words, day) = (scale_words(r.score), short_day(r.on));
            if r.by_young_person {
                tr!("goals-chart-rating", words = words, day = day)
            } else {
                tr!("goals-chart-advisers-rating", words = words, day = day)
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <svg class="progress-chart" viewBox="0 0 300 100" role="img" aria-label=tr!("goals-chart", ratings = words)>
            <line x1="20" y1="90" x2="280" y2="90" class="axis"/>
            <line x1="20" y1="20" x2="280" y2="20" class="axis faint"/>
            <text x="20" y="14" class="axis-label">{scale_words(5)}</text>
            <polyline points=line class="trend"/>
            {points.iter().zip(ratings.iter()).map(|((x, y), r)| view! {
                <circle cx=format!("{x:.1}") cy=format!("{y:.1}") r="4" class=if r.by_young_person { "dot" } else { "dot adviser" }/>
            }).collect_view()}
        </svg>
    }
}

/// A goal being written, as the form holds it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ReadObject)]
struct GoalDraft {
    title: String,
    domain: Option<BeeDomain>,
    steps: String,
    by_when: String,
}

/// Adding a goal (hers) or suggesting one (her adviser's), starting from
/// what was `kept` of one being written.
#[component]
fn GoalForm(young_person: Uuid, own: bool, open: RwSignal<bool>, kept: GoalDraft) -> impl IntoView {
    let store = shell().store;
    let title = RwSignal::new(kept.title);
    let domain = RwSignal::new(kept.domain);
    let steps = RwSignal::new(kept.steps);
    let by_when = RwSignal::new(kept.by_when);
    let problem = RwSignal::new(None::<&'static str>);
    let keep = move |draft: Option<&GoalDraft>| {
        device::keep_writing(Form::Goal(young_person), draft);
    };
    Effect::new(move |_| {
        let draft = GoalDraft {
            title: title.get(),
            domain: domain.get(),
            steps: steps.get(),
            by_when: by_when.get(),
        };
        keep((draft != GoalDraft::default()).then_some(&draft));
    });
    let close = move || {
        keep(None);
        open.set(false);
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(chosen) = domain.get_untracked() else {
            problem.set(Some(tr!("goals-choose-bee")));
            return;
        };
        if title.get_untracked().trim().is_empty() {
            problem.set(Some(tr!("goals-write-it")));
            return;
        }
        let list: Vec<_> = steps
            .get_untracked()
            .lines()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| Step {
                text: s.to_owned(),
                done: false,
            })
            .collect();
        let goal = GoalFields {
            domain: chosen,
            title: title.get_untracked().trim().to_owned(),
            steps: list,
            by_when: parse_iso(by_when.get_untracked().trim()).ok(),
            status: if own {
                GoalStatus::Active
            } else {
                GoalStatus::Suggested
            },
            suggested_by: None,
        };
        store.edit(|replica| {
            replica.change(RecordKind::Goal, ids::new(), young_person, fields_of(&goal));
        });
        close();
    };
    view! {
        <form class="editor contact-form" on:submit=save novalidate>
            <h2>{if own { tr!("goals-add") } else { "Suggest a goal" }}</h2>
            <div class="field">
                <label for="goal-title">{if own { tr!("goals-your-goal") } else { "The goal you suggest" }}</label>
                <input type="text" id="goal-title" maxlength=MAX_ACTION prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="goal-domain">{tr!("goals-which-bee")}</label>
                <select id="goal-domain" on:change=move |ev| {
                    let slug = event_target_value(&ev);
                    domain.set(BeeDomain::ALL.into_iter().find(|d| d.slug() == slug));
                }>
                    <option value="">{tr!("goals-choose")}</option>
                    {BeeDomain::ALL.map(|d| view! { <option value=d.slug() selected=move || domain.get() == Some(d)>{format!("{} — {}", bee_heading(d), bee_meaning(d))}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="goal-steps">{tr!("goals-steps")}</label>
                <textarea id="goal-steps" rows="3" prop:value=move || steps.get() on:input=move |ev| steps.set(event_target_value(&ev))></textarea>
            </div>
            <div class="field">
                <label for="goal-by">{tr!("goals-by")}</label>
                <input type="date" id="goal-by" prop:value=move || by_when.get() on:input=move |ev| by_when.set(event_target_value(&ev))/>
            </div>
            <p class="problem" role="alert">{move || problem.get()}</p>
            <div class="editor-buttons">
                <button type="submit" class="primary">{tr!("goals-save")}</button>
                <button type="button" class="quiet-button" on:click=move |_| close()>{tr!("goals-cancel")}</button>
            </div>
        </form>
    }
}
