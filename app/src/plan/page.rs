//! The plan screens: *My plan* for the young person, and the same plan for
//! the staff who may see it. Everything is read from the phone's replica and
//! every change is made there first, so it all works with no signal.

use leptos::prelude::*;
use pathway_derive::ReadObject;
use serde::Serialize;
use uuid::Uuid;

use crate::ids;
use crate::sync::kinds::{MAX_ACTION, MAX_THOUGHTS, MAX_WHO};
use crate::writing::Form;

use crate::audit::Access;
use crate::auth::lock::AccountLock;
use crate::auth::Role;
use crate::contacts::plan_as_shown;
use crate::contacts::rules::ContactRules;
use crate::dates::{iso, parse_iso};
use crate::language::browser::{long_day, short_day};
use crate::plan::review::{PartComparison, ReviewDue};
use crate::plan::review_page::{
    changes_under_review, due_words, reviews_of, PartChanges, ReviewForm, ReviewFormOn,
    ReviewPanel, Viewer,
};
use crate::plan::{
    names_her, who_for_her, ActionFields, PartNotes, PathwayPlan, PlanAction, PlanPart,
};
use crate::shell::{
    admit, celebrate, device, local_moment, set_title, shell, today, young_person_in_path, Audience,
};
use crate::sync::{fields_of, first_name, RecordKind};
use crate::tr;
use crate::ui::{part_about, part_heading, CallLink, OtherVersionChoice, Rejections, WhoLooked};
use crate::voice::{review_words, statements};

/// The young person's own plan.
#[component]
pub fn MyPlan() -> impl IntoView {
    set_title(tr!("plan-title"));
    let session = match admit(Audience::YoungPerson("/young-people")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    view! { <PlanScreen young_person=session.user.id role=session.user.role/> }.into_any()
}

/// A young person's plan as a member of staff reads it.
#[component]
pub fn TheirPlan() -> impl IntoView {
    let session = match admit(Audience::Staff("/my-plan")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let young_person = young_person_in_path();
    shell().store.note_opened(young_person, Access::OpenedPlan);
    view! {
        <p class="back">
            <a href="/young-people">{if session.user.role == Role::TeamManager { "← Team" } else { "← Caseload" }}</a>
            <a href=format!("/young-people/{young_person}/goals") class="forward">"Goals →"</a>
            <a href=format!("/young-people/{young_person}/messages") class="forward">"Messages →"</a>
            <a href=format!("/young-people/{young_person}/contacts") class="forward">"Contacts and national data →"</a>
        </p>
        <PlanScreen young_person=young_person role=session.user.role/>
        {(session.user.role == Role::TeamManager).then(|| view! {
            <AccountLock young_person=young_person/>
            <WhoLooked young_person=young_person/>
        })}
    }
    .into_any()
}

/// Who may change what on this screen; the server checks it all again.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Powers {
    own: bool,
    words: bool,
    actions: bool,
    young_person: Uuid,
}

/// A plan, or the honest reason it is not here yet.
#[component]
fn PlanScreen(young_person: Uuid, role: Role) -> impl IntoView {
    let store = shell().store;
    let plan = Memo::new(move |_| {
        store.replica.with(|replica| {
            let replica = replica.as_ref()?;
            let card = replica.people.iter().find(|p| p.id == young_person)?;
            let rules = replica.rules.clone().unwrap_or_else(ContactRules::example);
            let view = store.view.get();
            let plan = PathwayPlan::from_records(card, view.values());
            Some(plan_as_shown(card, plan, view.values(), &rules, today()))
        })
    });
    let pulled = Memo::new(move |_| {
        store
            .replica
            .with(|r| r.as_ref().is_some_and(|r| r.has_pulled()))
    });
    let powers = Powers {
        own: role == Role::YoungPerson,
        words: role != Role::TeamManager,
        actions: role == Role::PersonalAdviser,
        young_person,
    };
    let found = Memo::new(move |_| plan.with(Option::is_some));
    Effect::new(move |_| {
        if let (false, Some(name)) = (
            powers.own,
            plan.with(|p| p.as_ref().map(|p| p.young_person_name.clone())),
        ) {
            set_title(&format!("{name}'s plan"));
        }
    });
    move || {
        let heading = if powers.own {
            tr!("plan-title")
        } else {
            "Plan"
        };
        match (found.get(), pulled.get()) {
            (true, _) => view! { <Plan plan=plan powers=powers/> }.into_any(),
            (false, true) => view! {
                <section class="page narrow empty">
                    <h1>{tr!("plan-not-found")}</h1>
                    <p>{tr!("plan-not-found-why")}</p>
                </section>
            }
            .into_any(),
            (false, false) => view! {
                <section class="page narrow empty">
                    <h1>{heading}</h1>
                    <p aria-busy="true">{tr!("plan-getting")}</p>
                </section>
            }
            .into_any(),
        }
    }
}

#[component]
fn Plan(plan: Memo<Option<PathwayPlan>>, powers: Powers) -> impl IntoView {
    let head = Memo::new(move |_| {
        plan.get().map(|p| {
            let unsettled = p.unsettled();
            (
                p.young_person_name,
                p.adviser,
                p.young_person_phone,
                p.next_contact,
                p.next_review,
                unsettled,
            )
        })
    });
    let heading = move || match (powers.own, head.get()) {
        (true, _) => tr!("plan-title").to_owned(),
        (false, Some((name, ..))) => format!("{name}'s plan"),
        (false, None) => "Plan".to_owned(),
    };
    // Her first name, for every sentence on this screen that names her.
    let first = Memo::new(move |_| {
        head.with(|h| {
            h.as_ref()
                .map(|(name, ..)| first_name(name).to_owned())
                .unwrap_or_default()
        })
    });
    let name = Signal::derive(move || head.get().map(|(name, ..)| name).unwrap_or_default());
    let viewer = Viewer {
        young_person: powers.young_person,
        own: powers.own,
        adviser: powers.actions,
    };
    let reviews = reviews_of(powers.young_person);
    let changes = changes_under_review(plan, reviews);
    provide_context(ReviewFormOn {
        viewer,
        plan,
        name,
        changes,
    });
    // Her adviser's phone alone draws the form for writing a review down.
    let review_form = use_context::<ReviewForm>().filter(|_| viewer.adviser);
    let review_due = Memo::new(move |_| {
        let planned = head.with(|h| h.as_ref().and_then(|h| h.4));
        let store = shell().store;
        let moved = store.replica.with(|r| {
            r.as_ref().and_then(|_| {
                crate::contacts::moved_on(powers.young_person, store.view.get().values())
            })
        });
        reviews.with(|r| due_words(ReviewDue::of(planned, &r.summary(), moved)))
    });
    let thoughts_heading = Signal::derive(move || {
        if powers.own {
            tr!("plan-what-i-think").to_owned()
        } else {
            format!("What {} thinks", first.get())
        }
    });
    // Her statements are read once for every part, not once a part.
    let store = shell().store;
    let prepared = Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref().map_or_else(Vec::new, |_| {
                let said = statements(store.view.get().values().collect::<Vec<_>>());
                PlanPart::ALL
                    .into_iter()
                    .filter_map(|part| {
                        review_words(&said, powers.young_person, part).map(|w| (part, w))
                    })
                    .collect()
            })
        })
    });
    // One part open at a time; an address ending `#money` opens that one.
    let open = RwSignal::new(
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .and_then(|hash| PlanPart::from_slug(hash.trim_start_matches('#'))),
    );
    view! {
        <article class="page plan">
            <header class="plan-head">
                <h1>{heading}</h1>
                <Rejections/>
                {move || head.get().map(|(name, adviser, phone, next_contact, next_review, unsettled)| view! {
                    {(unsettled > 0).then(|| view! {
                        <p class="notice" role="note">
                            {tr!("plan-two-places", count = unsettled)}
                        </p>
                    })}
                    <dl class="facts">
                        <div class="fact">
                            <dt>{if powers.own { tr!("plan-my-adviser") } else { "Personal adviser" }}</dt>
                            <dd>
                                {match adviser {
                                    // Hers to call; staff see who it is.
                                    Some(adviser) => view! {
                                        <Caller name=adviser.name phone=adviser.phone.filter(|_| powers.own)/>
                                    }.into_any(),
                                    None => view! { <span>{tr!("plan-not-named")}</span> }.into_any(),
                                }}
                            </dd>
                        </div>
                        {(!powers.own).then(|| view! {
                            <div class="fact">
                                <dt>"Phone"</dt>
                                <dd>{match phone {
                                    Some(phone) => view! { <Caller name=name.clone() phone=Some(phone) quiet=true/> }.into_any(),
                                    None => view! { <span>"No number on record"</span> }.into_any(),
                                }}</dd>
                            </div>
                        })}
                        <div class="fact">
                            <dt>{if powers.own { tr!("plan-next-catch-up") } else { "Next planned contact" }}</dt>
                            <dd><Day date=next_contact/></dd>
                        </div>
                        <div class="fact">
                            <dt>{tr!("plan-next-review")}</dt>
                            <dd>{move || match review_due.get() {
                                Some(words) => view! { <span>{words}</span> }.into_any(),
                                None => view! { <Day date=next_review/> }.into_any(),
                            }}</dd>
                        </div>
                    </dl>
                })}
                <ReviewPanel viewer=viewer name=name/>
            </header>
            <WhatsNext plan=plan powers=powers open=open first=first/>
            <div class="parts">
                {PlanPart::ALL.iter().map(|&part| view! {
                    <Part part=part plan=plan powers=powers thoughts_heading=thoughts_heading changes=changes open=open prepared=prepared first=first/>
                }).collect_view()}
            </div>
            {review_form.map(|ReviewForm(form)| form())}
        </article>
    }
}

/// The actions still to do across every part, soonest first: what the
/// plan asks of whom next, without opening each part.
#[component]
fn WhatsNext(
    plan: Memo<Option<PathwayPlan>>,
    powers: Powers,
    open: RwSignal<Option<PlanPart>>,
    first: Memo<String>,
) -> impl IntoView {
    const SHOWN: usize = 5;
    let next = Memo::new(move |_| {
        plan.with(|p| {
            let Some(p) = p else {
                return (Vec::new(), 0);
            };
            let mut to_do = p.to_do();
            let more = to_do.len().saturating_sub(SHOWN);
            to_do.truncate(SHOWN);
            (to_do, more)
        })
    });
    view! {
        <section class="whats-next" aria-labelledby="whats-next-heading">
            <h2 id="whats-next-heading">{tr!("plan-whats-next")}</h2>
            {move || {
                let (to_do, more) = next.get();
                if to_do.is_empty() {
                    return view! { <p class="quiet">{tr!("plan-nothing-left")}</p> }.into_any();
                }
                view! {
                    <ul class="actions">
                        {to_do.into_iter().map(|(part, action)| view! {
                            <li class="next-action">
                                <p class="what">{action.what.clone()}</p>
                                <p class="meta">
                                    {who_words(&action.who, powers.own, &first.get_untracked())}
                                    {action.by_when.map(|date| view! { " · " {tr!("plan-by")} " " <Day date=Some(date)/> })}
                                    " · "
                                    <a href=format!("#{}", part.slug()) on:click=move |_| open.set(Some(part))>
                                        {part_heading(part)}
                                    </a>
                                </p>
                            </li>
                        }).collect_view()}
                    </ul>
                    {(more > 0).then(|| view! {
                        <p class="quiet small">{tr!("plan-more-below", count = more)}</p>
                    })}
                }
                .into_any()
            }}
        </section>
    }
}

/// "Who: Sam and you" on her own screens, "Who: Sam and Ella" on staff's.
fn who_words(who: &str, own: bool, first: &str) -> String {
    match (who.trim(), own) {
        ("", _) => tr!("plan-who-not-said").to_owned(),
        (who, true) => tr!(
            "plan-who",
            who = who_for_her(who, first, tr!("plan-you-first"), tr!("plan-you"))
        ),
        (who, false) => tr!("plan-who", who = who),
    }
}

/// A name, with a button that rings their phone if there is a number.
/// `quiet`: the name is said already, so only the button shows.
#[component]
fn Caller(name: String, phone: Option<String>, #[prop(optional)] quiet: bool) -> impl IntoView {
    let call = phone.map(|phone| view! { <CallLink who=name.clone() phone=phone/> });
    view! {
        {(!quiet).then(|| view! { <span class="adviser-name">{name.clone()}</span> })}
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
        None => view! { <span>{tr!("plan-not-set")}</span> }.into_any(),
    }
}

/// An action being written: a new one (no id) or an existing one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ReadObject)]
struct ActionDraft {
    id: Option<Uuid>,
    what: String,
    who: String,
    by_when: String,
}

impl ActionDraft {
    /// An action as it stands, to change.
    fn of(action: &PlanAction) -> ActionDraft {
        ActionDraft {
            id: Some(action.id),
            what: action.what.clone(),
            who: action.who.clone(),
            by_when: action.by_when.map(iso).unwrap_or_default(),
        }
    }
}

#[component]
fn Part(
    part: PlanPart,
    plan: Memo<Option<PathwayPlan>>,
    powers: Powers,
    thoughts_heading: Signal<String>,
    changes: Memo<Option<(u32, Vec<PartComparison>)>>,
    open: RwSignal<Option<PlanPart>>,
    /// Her "Get ready for my review" words, by part.
    prepared: Memo<Vec<(PlanPart, String)>>,
    first: Memo<String>,
) -> impl IntoView {
    let store = shell().store;
    let view = Memo::new(move |_| {
        plan.with(|p| {
            p.as_ref()
                .and_then(|p| p.parts.iter().find(|v| v.part == part).cloned())
        })
    });
    let slug = part.slug();
    let heading_id = format!("{slug}-heading");
    let record = move || view.with(|v| v.as_ref().and_then(|v| v.record_id));
    let words = Memo::new(move |_| {
        view.with(|v| {
            v.as_ref()
                .map(|v| v.what_i_think.clone())
                .unwrap_or_default()
        })
    });
    let others = Memo::new(move |_| {
        view.with(|v| {
            v.as_ref()
                .map(|v| v.other_versions.clone())
                .unwrap_or_default()
        })
    });
    let actions = Memo::new(move |_| {
        view.with(|v| v.as_ref().map(|v| v.actions.clone()).unwrap_or_default())
    });
    let for_review = Memo::new(move |_| {
        prepared.with(|p| {
            p.iter()
                .find(|(at, _)| *at == part)
                .map(|(_, words)| words.clone())
        })
    });
    let pending = move || {
        record().is_some_and(|id| {
            store
                .replica
                .with(|r| r.as_ref().is_some_and(|r| r.is_pending(id)))
        })
    };
    // Open editors live here, outside what a sync re-renders, so a pull
    // arriving mid-sentence never takes the words being typed; and on the
    // phone as they are typed, so a page the phone closed opens with them.
    let form = Form::Plan(powers.young_person, part);
    let writing = RwSignal::new(device::writing::<String>(form));
    // Words opened to edit but not changed are not kept: there is nothing
    // to lose, and nothing to say is unfinished.
    let changed = move || {
        writing.with(|w| {
            w.as_ref()
                .filter(|w| words.with(|saved| *w != saved))
                .cloned()
        })
    };
    Effect::new(move |_| {
        device::keep_writing(form, changed().as_ref());
    });
    // The other version being combined into these words: it is settled only
    // when the combined words are saved, never on opening the editor.
    let combining = RwSignal::new(None::<Uuid>);
    // So is an action being written, once anything in it is new.
    let action_form = Form::Action(powers.young_person, part);
    let action_draft = RwSignal::new(device::writing::<ActionDraft>(action_form));
    let action_changed = move || {
        action_draft.with(|d| {
            d.as_ref()
                .filter(|d| match d.id {
                    None => **d != ActionDraft::default(),
                    Some(id) => actions.with(|a| {
                        a.iter()
                            .find(|a| a.id == id)
                            .is_none_or(|a| ActionDraft::of(a) != **d)
                    }),
                })
                .cloned()
        })
    };
    Effect::new(move |_| {
        device::keep_writing(action_form, action_changed().as_ref());
    });
    let editor_id = format!("{slug}-words");

    let save_words = move |text: String| {
        if let Some(id) = record() {
            store.edit(|replica| {
                let before = PartNotes {
                    part,
                    what_i_think: words.get_untracked(),
                };
                let after = PartNotes {
                    part,
                    what_i_think: text,
                };
                replica.update(
                    RecordKind::PlanPart,
                    id,
                    powers.young_person,
                    &before,
                    &after,
                );
                if let Some(conflict) = combining.get_untracked() {
                    replica.delete(RecordKind::Conflict, conflict, powers.young_person);
                }
            });
        }
        combining.set(None);
        writing.set(None);
    };

    let is_open = move || open.get() == Some(part);
    let body_id = format!("{slug}-body");
    let state_id = format!("{slug}-state");
    // The part in a line, so the plan can be read folded: what is left to
    // do, whether her words are there, and anything waiting for a choice.
    let state = move || {
        let mut said = Vec::new();
        let (total, to_do) = actions.with(|a| (a.len(), a.iter().filter(|a| !a.done).count()));
        said.push(match (total, to_do) {
            (0, _) => tr!("plan-nothing-planned").to_owned(),
            (_, 0) => tr!("plan-all-done").to_owned(),
            (_, n) => tr!("plan-to-do", count = n),
        });
        let written = words.with(|w| !w.trim().is_empty());
        said.push(match (written, powers.own) {
            (true, true) => tr!("plan-your-words-here").to_owned(),
            (false, true) => tr!("plan-add-your-words").to_owned(),
            (true, false) => format!("{}'s words are here", first.get()),
            (false, false) => format!("Nothing from {} yet", first.get()),
        });
        if changed().is_some() || action_changed().is_some() {
            said.push(tr!("writing-unfinished").to_owned());
        }
        let choices = others.with(Vec::len)
            + actions.with(|a| a.iter().map(|a| a.other_versions.len()).sum::<usize>());
        if choices > 0 {
            said.push(tr!("plan-two-versions").to_owned());
        }
        if let Some((number, changed)) = changes.with(|c| {
            c.as_ref().map(|(number, parts)| {
                (
                    *number,
                    parts.iter().any(|p| p.part == part && p.changes() > 0),
                )
            })
        }) {
            if changed {
                said.push(tr!("plan-changed-since", number = number));
            }
        }
        said.join(" · ")
    };
    let toggle = move |_| {
        let opening = open.get_untracked() != Some(part);
        open.set(opening.then_some(part));
        if opening {
            // The parts above may just have folded: bring this one's top
            // into view rather than leave the reader somewhere else.
            if let Some(heading) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(slug))
            {
                heading.scroll_into_view_with_bool(true);
            }
        }
    };
    view! {
        <section class="part" id=slug aria-labelledby=heading_id.clone() data-open=move || is_open().to_string()>
            <h2 id=heading_id.clone()>
                <button
                    type="button"
                    class="fold"
                    aria-expanded=move || is_open().to_string()
                    aria-controls=body_id.clone()
                    aria-describedby=state_id.clone()
                    on:click=toggle
                >
                    {part_heading(part)}
                </button>
            </h2>
            <p class="part-state" id=state_id.clone()>{state}</p>
            <div class="part-body" id=body_id.clone() hidden=move || !is_open()>
            <p class="about">{part_about(part)}</p>
            <PartChanges part=part changes=changes thoughts=thoughts_heading/>
            <h3>{tr!("plan-whats-planned")}</h3>
            <Show when=move || actions.with(Vec::is_empty)>
                <p class="quiet">{tr!("plan-nothing-planned-here")}</p>
            </Show>
            // Keyed, so a sync that changes one action leaves the others,
            // and the box someone just ticked keeps its focus.
            <ul class="actions">
                <For
                    each=move || actions.with(|a| a.iter().map(|a| a.id).collect::<Vec<_>>())
                    key=|id| *id
                    let:id
                >
                    <Action id=id actions=actions part=part powers=powers draft=action_draft first=first/>
                </For>
            </ul>
            {move || actions.get().into_iter().flat_map(|a| {
                let what = a.what.clone();
                a.other_versions.into_iter().map(move |other| (a.id, what.clone(), other))
            }).map(|(id, what, other)| view! {
                <OtherVersionChoice record=id kind=RecordKind::PlanAction current=what other=other young_person=powers.young_person can_settle=powers.actions combine=None/>
            }).collect_view()}
            <Show when=move || powers.actions && !action_draft.with(|d| d.as_ref().is_some_and(|d| d.id.is_none()))>
                <button type="button" class="quiet-button" on:click=move |_| action_draft.set(Some(ActionDraft::default()))>"Add an action to " {part.heading()}</button>
            </Show>
            <Show when=move || action_draft.with(Option::is_some)>
                <ActionForm part=part powers=powers draft=action_draft/>
            </Show>

            <h3 id=format!("{slug}-thoughts")>{move || thoughts_heading.get()}</h3>
            <Show
                when=move || writing.with(Option::is_some)
                fallback=move || view! {
                    {move || {
                        let text = words.get();
                        if text.trim().is_empty() {
                            let empty = if powers.own { tr!("plan-no-thoughts") } else { "Nothing written here yet." };
                            view! { <p class="quiet">{empty}</p> }.into_any()
                        } else {
                            view! { <blockquote class="own-words">{text}</blockquote> }.into_any()
                        }
                    }}
                    <Show when=pending>
                        <p class="pending"><span aria-hidden="true">"● "</span>{tr!("plan-saved-not-sent")}</p>
                    </Show>
                    <Show when=move || powers.words && record().is_some()>
                        <button type="button" class="quiet-button" on:click=move |_| {
                            combining.set(None);
                            writing.set(Some(words.get_untracked()));
                        }>
                            {move || match (words.get().trim().is_empty(), powers.own) {
                                (true, true) => tr!("plan-add-what-i-think").to_owned(),
                                (true, false) => format!("Add what {} thinks", thoughts_heading.get().trim_start_matches("What ").trim_end_matches(" thinks")),
                                (false, _) => tr!("plan-change-words").to_owned(),
                            }}
                            <span class="visually-hidden">" "{tr!("plan-about-part", part = part_heading(part))}</span>
                        </button>
                    </Show>
                }
            >
                <WordsEditor id=editor_id.clone() label=Signal::derive(move || format!("{} — {}", thoughts_heading.get(), part_heading(part))) draft=writing on_save=save_words/>
            </Show>
            {move || for_review.get().map(|words| view! {
                <div class="for-review">
                    <h3>{if powers.own { tr!("plan-for-my-review") } else { "For the next review" }}</h3>
                    <p>{words}</p>
                </div>
            })}
            {move || others.get().into_iter().filter(|o| o.field == "what_i_think").map(|other| view! {
                <OtherVersionChoice record=record().unwrap_or(Uuid::nil()) kind=RecordKind::PlanPart current=words.get_untracked() other=other young_person=powers.young_person can_settle=powers.words combine=Some((writing, combining))/>
            }).collect_view()}
            </div>
        </section>
    }
}

/// A text box with Save and Cancel, for someone's own words.
#[component]
fn WordsEditor(
    id: String,
    label: Signal<String>,
    draft: RwSignal<Option<String>>,
    on_save: impl Fn(String) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let area = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if let Some(area) = area.get() {
            let _ = area.focus();
        }
    });
    view! {
        <div class="editor">
            <label for=id.clone()>{move || label.get()}</label>
            <textarea
                id=id
                node_ref=area
                rows="5"
                maxlength=MAX_THOUGHTS
                prop:value=move || draft.get().unwrap_or_default()
                on:input=move |ev| draft.set(Some(event_target_value(&ev)))
            ></textarea>
            <div class="editor-buttons">
                <button type="button" class="primary" on:click=move |_| on_save(draft.get_untracked().unwrap_or_default())>{tr!("plan-save")}</button>
                <button type="button" class="quiet-button" on:click=move |_| draft.set(None)>{tr!("plan-cancel")}</button>
            </div>
            <p class="quiet small">{tr!("plan-saving-keeps")}</p>
        </div>
    }
}

/// One action, marked done one way: a box to tick for whoever may tick
/// it, a filled circle for everyone else.
#[component]
fn Action(
    id: Uuid,
    actions: Memo<Vec<PlanAction>>,
    part: PlanPart,
    powers: Powers,
    draft: RwSignal<Option<ActionDraft>>,
    first: Memo<String>,
) -> impl IntoView {
    let store = shell().store;
    let this = Memo::new(move |_| actions.with(|a| a.iter().find(|a| a.id == id).cloned()));
    let read = move |get: fn(&PlanAction) -> String| {
        move || this.with(|a| a.as_ref().map(get).unwrap_or_default())
    };
    let done = move || this.with(|a| a.as_ref().is_some_and(|a| a.done));
    let can_tick = move || {
        powers.actions
            || (powers.own
                && this.with(|a| a.as_ref().is_some_and(|a| names_her(&a.who, &first.get()))))
    };
    let meta_id = move || format!("action-{id}-meta");
    let checkbox = move || format!("done-{id}");
    let tick = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        let Some(action) = this.get_untracked() else {
            return;
        };
        let as_it_is = ActionFields {
            part,
            what: action.what,
            who: action.who,
            by_when: action.by_when,
            done: action.done,
            done_by: action.done_by,
            done_at: action.done_at,
        };
        store.edit(|replica| {
            let after = ActionFields {
                done: checked,
                ..as_it_is.clone()
            };
            replica.update(
                RecordKind::PlanAction,
                id,
                powers.young_person,
                &as_it_is,
                &after,
            );
        });
        if checked {
            celebrate(if powers.own {
                tr!("plan-done-cheer")
            } else {
                "Ticked off."
            });
        }
    };
    let meta = move || {
        this.with(|a| {
            let Some(a) = a else {
                return String::new();
            };
            let mut meta = who_words(&a.who, powers.own, &first.get());
            if let Some(date) = a.by_when {
                meta.push_str(&format!(" · {} {}", tr!("plan-by"), short_day(date)));
            }
            if let (true, Some(by)) = (a.done, &a.done_by) {
                let who = if powers.own && first_name(by) == first.get() {
                    tr!("plan-you")
                } else {
                    by
                };
                meta.push_str(" · ");
                meta.push_str(&match a.done_at {
                    Some(at) => {
                        let (day, time) = local_moment(at);
                        tr!(
                            "plan-ticked-off-on",
                            who = who,
                            day = short_day(day),
                            time = time
                        )
                    }
                    None => tr!("plan-ticked-off", who = who),
                });
            }
            meta
        })
    };
    let edit = move |_| {
        if let Some(action) = this.get_untracked() {
            draft.set(Some(ActionDraft::of(&action)))
        }
    };
    view! {
        <li class="action" data-done=move || done().to_string()>
            <Show
                when=can_tick
                fallback=move || view! {
                    <span class="tick" aria-hidden="true">{move || if done() { "✓" } else { "" }}</span>
                }
            >
                <input
                    type="checkbox"
                    class="tick-box"
                    id=checkbox()
                    aria-describedby=meta_id()
                    prop:checked=done
                    on:change=tick
                />
            </Show>
            <div class="action-body">
                <Show
                    when=can_tick
                    fallback=move || view! {
                        <p class="what">
                            <span class="visually-hidden">{move || if done() { tr!("plan-done-label") } else { tr!("plan-to-do-label") }}" "</span>
                            {read(|a| a.what.clone())}
                        </p>
                    }
                >
                    <label class="what" for=checkbox()>{read(|a| a.what.clone())}</label>
                </Show>
                <p class="meta" id=meta_id()>{meta}</p>
                {powers.actions.then(|| view! {
                    <button type="button" class="quiet-button" on:click=edit>
                        "Change"<span class="visually-hidden">{move || format!(" {}", read(|a| a.what.clone())())}</span>
                    </button>
                })}
            </div>
        </li>
    }
}

/// Writing a new action, or changing or removing one.
#[component]
fn ActionForm(
    part: PlanPart,
    powers: Powers,
    draft: RwSignal<Option<ActionDraft>>,
) -> impl IntoView {
    let store = shell().store;
    let problem = RwSignal::new(None::<&'static str>);
    let prefix = format!("{}-action", part.slug());
    let field = move |get: fn(&ActionDraft) -> String| {
        move || draft.with(|d| d.as_ref().map(get).unwrap_or_default())
    };
    let set = move |apply: fn(&mut ActionDraft, String)| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            draft.update(|d| {
                if let Some(d) = d {
                    apply(d, value);
                }
            });
        }
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(d) = draft.get_untracked() else {
            return;
        };
        if d.what.trim().is_empty() {
            problem.set(Some("Say what will be done."));
            return;
        }
        let by_when = match d.by_when.trim() {
            "" => None,
            text => match parse_iso(text) {
                Ok(date) => Some(date),
                Err(_) => {
                    problem.set(Some("Choose a date, or leave it empty."));
                    return;
                }
            },
        };
        let mut data = fields_of(&ActionFields {
            part,
            what: d.what.trim().to_owned(),
            who: d.who.trim().to_owned(),
            by_when,
            done: false,
            done_by: None,
            done_at: None,
        });
        let id = match d.id {
            Some(id) => {
                // A change to an action already there: what it says, not
                // where it sits or whether it is done.
                data.remove("part");
                data.remove("done");
                id
            }
            None => ids::new(),
        };
        store.edit(|replica| {
            replica.change(RecordKind::PlanAction, id, powers.young_person, data);
        });
        draft.set(None);
    };
    let remove = move |_| {
        if let Some(Some(id)) = draft.get_untracked().map(|d| d.id) {
            store.edit(|replica| {
                replica.delete(RecordKind::PlanAction, id, powers.young_person);
            });
        }
        draft.set(None);
    };
    let is_new = move || draft.with(|d| d.as_ref().is_some_and(|d| d.id.is_none()));
    view! {
        <form class="editor action-form" on:submit=save>
            <p class="form-title">{move || if is_new() { format!("New action in {}", part.heading()) } else { "Change this action".to_owned() }}</p>
            <div class="field">
                <label for=format!("{prefix}-what")>"What will be done"</label>
                <input type="text" id=format!("{prefix}-what") maxlength=MAX_ACTION prop:value=field(|d| d.what.clone()) on:input=set(|d, v| d.what = v)/>
            </div>
            <div class="field">
                <label for=format!("{prefix}-who")>"Who does it"</label>
                <input type="text" id=format!("{prefix}-who") maxlength=MAX_WHO prop:value=field(|d| d.who.clone()) on:input=set(|d, v| d.who = v)/>
            </div>
            <div class="field">
                <label for=format!("{prefix}-by")>"By when"</label>
                <input type="date" id=format!("{prefix}-by") prop:value=field(|d| d.by_when.clone()) on:input=set(|d, v| d.by_when = v)/>
            </div>
            <p class="problem" role="alert">{move || problem.get()}</p>
            <div class="editor-buttons">
                <button type="submit" class="primary">"Save"</button>
                <button type="button" class="quiet-button" on:click=move |_| draft.set(None)>"Cancel"</button>
                <Show when=move || !is_new()>
                    <button type="button" class="quiet-button danger" on:click=remove>"Remove this action"</button>
                </Show>
            </div>
        </form>
    }
}
