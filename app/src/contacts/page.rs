//! Contact screens: the adviser's record of contact with one young person
//! (log a contact, the history, the national data), and the young person's
//! own *My contacts*, which shows only what was shared with her.

use leptos::prelude::*;
use pathway_derive::ReadObject;
use serde::Serialize;
use time::Date;
use uuid::Uuid;

use crate::ids;
use crate::sync::kinds::{MAX_THOUGHTS, MAX_WHO};
use crate::writing::Form;

use crate::audit::Access;
use crate::auth::Role;
use crate::contacts::codes::{Accommodation, Activity, InTouch};
use crate::contacts::rules::birthday_prompt;
use crate::contacts::rules::{add_months, ContactRules, VisitReason};
use crate::contacts::{
    due_for, history, latest_circumstances, Circumstances, ContactEntry, ContactKind, ContactNote,
};
use crate::dates::{age_on, iso, parse_iso, short_day};
use crate::language::browser::short_day as her_short_day;
use crate::plan::PathwayPlan;
use crate::shell::{admit, device, set_title, shell, today, young_person_in_path, Audience};
use crate::sync::{fields_of, first_name, PersonCard, RecordKind};
use crate::tr;
use crate::ui::contact_kind_words;

/// Everything the contact screens show about one young person.
#[derive(Debug, Clone, PartialEq)]
struct Log {
    person: PersonCard,
    entries: Vec<ContactEntry>,
    circumstances: Option<Circumstances>,
    next_contact: Option<Date>,
    next_visit: Option<(Date, VisitReason)>,
    planned_contact: Option<Date>,
    contact_every_months: u8,
}

fn log_of(young_person: Uuid) -> Memo<Option<Log>> {
    let store = shell().store;
    Memo::new(move |_| {
        store.replica.with(|replica| {
            let replica = replica.as_ref()?;
            let person = replica
                .people
                .iter()
                .find(|p| p.id == young_person)?
                .clone();
            let records = store.view.get();
            let rules = replica.rules.clone().unwrap_or_else(ContactRules::example);
            let plan = PathwayPlan::from_records(&person, records.values());
            let entries = history(young_person, records.values());
            let circumstances = latest_circumstances(young_person, records.values());
            let today = today();
            let due = due_for(&person, &plan, records.values(), &rules, today);
            let contact_every_months = rules
                .band(age_on(person.date_of_birth, today))
                .and_then(|b| b.contact_every_months)
                .unwrap_or(1);
            Some(Log {
                person,
                entries,
                circumstances,
                next_contact: due.next_contact,
                next_visit: due.next_visit,
                planned_contact: plan.next_contact,
                contact_every_months,
            })
        })
    })
}

/// A young person's contacts, for the staff who may see them.
#[component]
pub fn TheirContacts() -> impl IntoView {
    let session = match admit(Audience::Staff("/my-contacts")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let young_person = young_person_in_path();
    shell()
        .store
        .note_opened(young_person, Access::OpenedContacts);
    let adviser = session.user.role == Role::PersonalAdviser;
    let log = log_of(young_person);
    // A contact being written is kept on the phone as it is written.
    let kept_as = Form::Contact(young_person);
    let form = RwSignal::new(device::writing::<Draft>(kept_as));
    Effect::new(move |_| {
        form.with(|draft| device::keep_writing(kept_as, draft.as_ref()));
    });
    Effect::new(move |_| {
        if let Some(name) = log.with(|l| l.as_ref().map(|l| l.person.name.clone())) {
            set_title(&format!("Contacts with {name}"));
        }
    });
    view! {
        <p class="back"><a href=format!("/young-people/{young_person}")>"← Plan"</a></p>
        {move || match log.get() {
            None => view! {
                <section class="page narrow empty">
                    <h1>"Contacts"</h1>
                    <p aria-busy="true">"Getting the record… If you're offline, it will appear as soon as you're back online."</p>
                </section>
            }
            .into_any(),
            Some(log) => {
                let for_form = log.clone();
                view! {
                <section class="page contacts">
                    <h1>{format!("Contacts with {}", log.person.name)}</h1>
                    {adviser.then(|| view! {
                        <Show when=move || form.with(Option::is_none)>
                            <button type="button" class="primary wide" on:click={
                                let log = for_form.clone();
                                move |_| form.set(Some(Draft::new(&log, None)))
                            }>"Log a contact"</button>
                        </Show>
                    })}
                    <Show when=move || form.with(Option::is_some)>
                        <ContactForm young_person=young_person draft=form/>
                    </Show>
                    <Standing log=log.clone()/>
                    <h2>"Contact history"</h2>
                    <History log=log.clone() correct=adviser.then_some(form)/>
                </section>
                }
                .into_any()
            }
        }}
    }
    .into_any()
}

/// In touch, activity, where they live, and what is due next.
#[component]
fn Standing(log: Log) -> impl IntoView {
    let first = log.person.first_name().to_owned();
    let codes = log.circumstances.clone().map(|c| {
        let activity = c.activity.map(|a| (a.label(), a.code().to_owned()));
        let home = c
            .accommodation
            .map(|a| (a.label(), a.with_suitability(c.suitable.unwrap_or(false))));
        (c.in_touch, activity, home, c.on)
    });
    let birthday = birthday_prompt(log.person.date_of_birth, today()).map(|(age, on)| view! {
        <p class="notice" role="note">
            {format!("{first} turns {age} on {}: record in touch, main activity and where they live for the national return.", short_day(on))}
        </p>
    });
    let visit = log.next_visit.map(|(on, why)| {
        let why = match why {
            VisitReason::Moved => "after a move",
            VisitReason::Review => "before the review",
            VisitReason::Regular => "regular visit",
            VisitReason::NeverVisited => "no visit recorded yet",
        };
        format!("{} ({why})", short_day(on))
    });
    view! {
        {birthday}
        <dl class="facts">
            {codes.map(|(in_touch, activity, home, on)| view! {
                <div class="fact"><dt>"In touch"</dt><dd>{in_touch.label()} " " <small class="code">"(" {in_touch.code()} ")"</small></dd></div>
                {activity.map(|(label, code)| view! {
                    <div class="fact"><dt>"Main activity"</dt><dd>{label} " " <small class="code">"(" {code} ")"</small></dd></div>
                })}
                {home.map(|(label, code)| view! {
                    <div class="fact"><dt>"Where they live"</dt><dd>{label} " " <small class="code">"(" {code} ")"</small></dd></div>
                })}
                <div class="fact"><dt>"Recorded on"</dt><dd>{short_day(on)}</dd></div>
            })}
            <div class="fact"><dt>"Next contact due"</dt><dd>{log.next_contact.map_or_else(|| "No rule for this age".to_owned(), short_day)}</dd></div>
            <div class="fact"><dt>"Next visit due"</dt><dd>{visit.unwrap_or_else(|| "No visit needed by the rules".to_owned())}</dd></div>
        </dl>
    }
}

/// The contacts, newest first.
#[component]
fn History(log: Log, correct: Option<RwSignal<Option<Draft>>>) -> impl IntoView {
    if log.entries.is_empty() {
        return view! { <p class="quiet">"No contact recorded yet."</p> }.into_any();
    }
    let first = log.person.first_name().to_owned();
    let dates: Vec<(Uuid, Date)> = log.entries.iter().map(|e| (e.id, e.note.on)).collect();
    view! {
        <ol class="timeline">
            {log.entries.clone().into_iter().map(|entry| {
                let note = entry.note.clone();
                let corrects = note.corrects.and_then(|id| dates.iter().find(|(i, _)| *i == id)).map(|(_, on)| {
                    view! { <p class="quiet small">{format!("Corrects the entry of {}", short_day(*on))}</p> }
                });
                let corrected = (!entry.corrected_by.is_empty()).then(|| view! {
                    <p class="notice small">"Corrected by a later entry."</p>
                });
                let shared = if note.shared { format!("Shared with {first}") } else { "Not shared".to_owned() };
                let seen_alone = note.seen_alone.map(|alone| if alone { "Seen alone" } else { "Not seen alone" });
                let correct_button = correct.map(|form| {
                    let log = log.clone();
                    let entry = entry.clone();
                    view! {
                        <button type="button" class="quiet-button" on:click=move |_| form.set(Some(Draft::new(&log, Some(&entry))))>
                            "Correct this"<span class="visually-hidden">{format!(" entry of {}", short_day(entry.note.on))}</span>
                        </button>
                    }
                });
                view! {
                    <li class="entry">
                        <p class="entry-head">
                            <time datetime=iso(note.on)>{short_day(note.on)}</time>
                            " · " <strong>{note.kind.label()}</strong>
                            {(!note.by_name.is_empty()).then(|| format!(" · {}", note.by_name))}
                        </p>
                        <p class="badges">
                            <span class="badge">{shared}</span>
                            {seen_alone.map(|s| view! { <span class="badge">{s}</span> })}
                            {(!note.place.is_empty()).then(|| view! { <span class="badge">{format!("At {}", note.place)}</span> })}
                        </p>
                        {corrects}
                        {corrected}
                        <p class="summary">{note.summary.clone()}</p>
                        {(!note.actions.is_empty()).then(|| view! { <p><strong>"Agreed: "</strong>{note.actions.clone()}</p> })}
                        {note.next_contact.map(|on| view! { <p class="small">{format!("Next contact: {}", short_day(on))}</p> })}
                        {correct_button}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
    .into_any()
}

/// A contact being written.
#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
struct Draft {
    corrects: Option<Uuid>,
    on: String,
    kind: Option<ContactKind>,
    place: String,
    seen_alone: Option<bool>,
    summary: String,
    actions: String,
    next_contact: String,
    shared: bool,
    update_codes: bool,
    in_touch: InTouch,
    activity: Option<Activity>,
    accommodation: Option<Accommodation>,
    suitable: bool,
    moved: String,
    every_months: u8,
}

impl Draft {
    fn new(log: &Log, correcting: Option<&ContactEntry>) -> Draft {
        let today = today();
        let c = log.circumstances.as_ref();
        let mut draft = Draft {
            corrects: None,
            on: iso(today),
            kind: None,
            place: String::new(),
            seen_alone: None,
            summary: String::new(),
            actions: String::new(),
            next_contact: log
                .planned_contact
                .filter(|d| *d > today)
                .map(iso)
                .unwrap_or_else(|| iso(add_months(today, log.contact_every_months))),
            shared: false,
            update_codes: false,
            in_touch: c.map_or(InTouch::Yes, |c| c.in_touch),
            activity: c.and_then(|c| c.activity),
            accommodation: c.and_then(|c| c.accommodation),
            suitable: c.and_then(|c| c.suitable).unwrap_or(true),
            moved: String::new(),
            every_months: log.contact_every_months,
        };
        if let Some(entry) = correcting {
            let note = &entry.note;
            draft.corrects = Some(entry.id);
            draft.on = iso(note.on);
            draft.kind = Some(note.kind);
            draft.place = note.place.clone();
            draft.seen_alone = note.seen_alone;
            draft.summary = note.summary.clone();
            draft.actions = note.actions.clone();
            draft.next_contact = note.next_contact.map(iso).unwrap_or_default();
            draft.shared = note.shared;
        }
        draft
    }
}

fn is_visit(kind: Option<ContactKind>) -> bool {
    matches!(kind, Some(ContactKind::HomeVisit | ContactKind::OtherVisit))
}

/// Logging a contact: quick on a phone, entirely offline.
#[component]
fn ContactForm(young_person: Uuid, draft: RwSignal<Option<Draft>>) -> impl IntoView {
    let store = shell().store;
    let problem = RwSignal::new(None::<&'static str>);
    let get = move |read: fn(&Draft) -> String| {
        move || draft.with(|d| d.as_ref().map(read).unwrap_or_default())
    };
    let set = move |write: fn(&mut Draft, String)| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            draft.update(|d| {
                if let Some(d) = d {
                    write(d, value);
                }
            });
        }
    };
    let flag = move |read: fn(&Draft) -> bool| move || draft.with(|d| d.as_ref().is_some_and(read));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(d) = draft.get_untracked() else {
            return;
        };
        let Ok(on) = parse_iso(&d.on) else {
            problem.set(Some("Say when the contact was."));
            return;
        };
        let Some(kind) = d.kind else {
            problem.set(Some("Choose how the contact happened."));
            return;
        };
        if d.summary.trim().is_empty() {
            problem.set(Some("Write what you talked about."));
            return;
        }
        let next_contact = match d.next_contact.trim() {
            "" => None,
            text => match parse_iso(text) {
                Ok(date) => Some(date),
                Err(_) => {
                    problem.set(Some(
                        "Choose a date for the next contact, or leave it empty.",
                    ));
                    return;
                }
            },
        };
        let contact = fields_of(&ContactNote {
            on,
            kind,
            place: d.place.trim().to_owned(),
            seen_alone: if is_visit(Some(kind)) {
                d.seen_alone
            } else {
                None
            },
            summary: d.summary.trim().to_owned(),
            actions: d.actions.trim().to_owned(),
            next_contact,
            shared: d.shared,
            corrects: d.corrects,
            by_name: String::new(),
        });
        let codes = d.update_codes.then(|| {
            let takes = d.in_touch.takes_circumstances();
            fields_of(&Circumstances {
                on,
                in_touch: d.in_touch,
                activity: d.activity.filter(|_| takes),
                accommodation: d.accommodation.filter(|_| takes),
                suitable: takes.then_some(d.suitable),
                moved: parse_iso(d.moved.trim()).ok(),
            })
        });
        store.edit(|replica| {
            replica.change(RecordKind::Contact, ids::new(), young_person, contact);
            if let Some(codes) = codes {
                replica.change(RecordKind::Circumstances, ids::new(), young_person, codes);
            }
        });
        problem.set(None);
        draft.set(None);
    };
    let title = move || {
        if draft.with(|d| d.as_ref().is_some_and(|d| d.corrects.is_some())) {
            "Correct an entry"
        } else {
            "Log a contact"
        }
    };
    view! {
        <form class="editor contact-form" on:submit=save novalidate>
            <h2>{title}</h2>
            <div class="field">
                <label for="contact-on">"When"</label>
                <input type="date" id="contact-on" prop:value=get(|d| d.on.clone()) on:input=set(|d, v| d.on = v)/>
            </div>
            <fieldset class="choices">
                <legend>"How"</legend>
                {ContactKind::ALL.iter().enumerate().map(|(n, &kind)| {
                    let id = format!("kind-{n}");
                    view! {
                        <span class="choice">
                            <input type="radio" name="kind" id=id.clone()
                                prop:checked=move || draft.with(|d| d.as_ref().and_then(|d| d.kind)) == Some(kind)
                                on:change=move |_| draft.update(|d| if let Some(d) = d { d.kind = Some(kind) })/>
                            <label for=id>{kind.label()}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for="contact-place">"Where"</label>
                <input type="text" id="contact-place" maxlength=MAX_WHO prop:value=get(|d| d.place.clone()) on:input=set(|d, v| d.place = v)/>
            </div>
            <Show when=move || draft.with(|d| is_visit(d.as_ref().and_then(|d| d.kind)))>
                <fieldset class="choices">
                    <legend>"Seen alone?"</legend>
                    {[(true, "Yes"), (false, "No")].into_iter().map(|(value, label)| {
                        let id = format!("alone-{value}");
                        view! {
                            <span class="choice">
                                <input type="radio" name="alone" id=id.clone()
                                    prop:checked=move || draft.with(|d| d.as_ref().and_then(|d| d.seen_alone)) == Some(value)
                                    on:change=move |_| draft.update(|d| if let Some(d) = d { d.seen_alone = Some(value) })/>
                                <label for=id>{label}</label>
                            </span>
                        }
                    }).collect_view()}
                </fieldset>
            </Show>
            <div class="field">
                <label for="contact-summary">"What we talked about"</label>
                <textarea id="contact-summary" rows="4" maxlength=MAX_THOUGHTS prop:value=get(|d| d.summary.clone()) on:input=set(|d, v| d.summary = v)></textarea>
            </div>
            <div class="field">
                <label for="contact-actions">"Actions agreed"</label>
                <textarea id="contact-actions" rows="3" maxlength=MAX_THOUGHTS prop:value=get(|d| d.actions.clone()) on:input=set(|d, v| d.actions = v)></textarea>
            </div>
            <div class="field">
                <label for="contact-next">"Next contact"</label>
                <input type="date" id="contact-next" aria-describedby="contact-next-hint" prop:value=get(|d| d.next_contact.clone()) on:input=set(|d, v| d.next_contact = v)/>
                <p class="quiet small" id="contact-next-hint">{move || draft.with(|d| d.as_ref().map(|d| format!("The rules for this age ask for contact at least {}.", crate::contacts::rules::every_months(d.every_months))))}</p>
            </div>
            <div class="field check">
                <input type="checkbox" id="contact-shared" prop:checked=flag(|d| d.shared)
                    on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| if let Some(d) = d { d.shared = on }) }/>
                <label for="contact-shared">"Share with the young person"</label>
            </div>
            <div class="field check">
                <input type="checkbox" id="contact-codes" prop:checked=flag(|d| d.update_codes)
                    on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| if let Some(d) = d { d.update_codes = on }) }/>
                <label for="contact-codes">"Update in touch, activity and where they live"</label>
            </div>
            <Show when=flag(|d| d.update_codes)>
                <Codes draft=draft/>
            </Show>
            <p class="problem" role="alert">{move || problem.get()}</p>
            <div class="editor-buttons">
                <button type="submit" class="primary">"Save"</button>
                <button type="button" class="quiet-button" on:click=move |_| draft.set(None)>"Cancel"</button>
            </div>
            <p class="quiet small">"Saving keeps it on this phone at once; it is sent when there's signal. A saved contact can't be changed, only corrected by a new entry."</p>
        </form>
    }
}

/// The national data fields, in plain words with the codes alongside.
#[component]
fn Codes(draft: RwSignal<Option<Draft>>) -> impl IntoView {
    let read = move |f: fn(&Draft) -> String| {
        move || draft.with(|d| d.as_ref().map(f).unwrap_or_default())
    };
    view! {
        {code_select("codes-in-touch", "In touch", &InTouch::ALL, InTouch::code, InTouch::label,
            move || draft.with(|d| d.as_ref().map(|d| d.in_touch)),
            move |v| draft.update(|d| if let (Some(d), Some(v)) = (d, v) { d.in_touch = v }))}
        {code_select("codes-activity", "Main activity", &Activity::ALL, Activity::code, Activity::label,
            move || draft.with(|d| d.as_ref().and_then(|d| d.activity)),
            move |v| draft.update(|d| if let Some(d) = d { d.activity = v }))}
        {code_select("codes-home", "Where they live", &Accommodation::ALL, Accommodation::code, Accommodation::label,
            move || draft.with(|d| d.as_ref().and_then(|d| d.accommodation)),
            move |v| draft.update(|d| if let Some(d) = d { d.accommodation = v }))}
        <div class="field check">
            <input type="checkbox" id="codes-suitable" prop:checked=move || draft.with(|d| d.as_ref().is_some_and(|d| d.suitable))
                on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| if let Some(d) = d { d.suitable = on }) }/>
            <label for="codes-suitable">"Where they live is suitable"</label>
        </div>
        <div class="field">
            <label for="codes-moved">"Moved home on (if they moved)"</label>
            <input type="date" id="codes-moved" prop:value=read(|d| d.moved.clone())
                on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| if let Some(d) = d { d.moved = v }) }/>
        </div>
    }
}

/// A labelled choice of one national code, each shown in words and code.
fn code_select<T: Copy + PartialEq + Send + Sync + 'static>(
    id: &'static str,
    label: &'static str,
    options: &'static [T],
    code: fn(T) -> &'static str,
    words: fn(T) -> &'static str,
    get: impl Fn() -> Option<T> + Send + Sync + 'static,
    set: impl Fn(Option<T>) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id prop:value=move || get().map(code).unwrap_or_default()
                on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    set(options.iter().copied().find(|v| code(*v) == chosen));
                }>
                <option value="">"Choose…"</option>
                {options.iter().map(|v| view! { <option value=code(*v)>{format!("{} ({})", words(*v), code(*v))}</option> }).collect_view()}
            </select>
        </div>
    }
}

/// *Meetings with Sam*: the young person's own record of contact, only
/// what her adviser shared with her.
#[component]
pub fn MyContacts() -> impl IntoView {
    set_title(tr!("contacts-title"));
    let session = match admit(Audience::YoungPerson("/young-people")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let log = log_of(session.user.id);
    view! {
        <section class="page contacts">
            <h1>{move || log.with(|l| match l.as_ref().and_then(|l| l.person.adviser.as_ref()) {
                Some(adviser) => tr!("more-meetings-with", name = first_name(&adviser.name)),
                None => tr!("more-my-meetings").to_owned(),
            })}</h1>
            {move || match log.get() {
                None => view! { <p class="quiet" aria-busy="true">{tr!("contacts-getting")}</p> }.into_any(),
                Some(log) => {
                    let adviser = log.person.adviser.as_ref().map(|a| a.name.clone());
                    let next = log.next_contact;
                    view! {
                        <p class="lede">{match &adviser {
                            Some(name) => tr!("contacts-lede-with", name = name),
                            None => tr!("contacts-lede").to_owned(),
                        }}</p>
                        <dl class="facts">
                            <div class="fact">
                                <dt>{match &adviser {
                                    Some(name) => tr!("home-next-catch-up-with", name = name),
                                    None => tr!("home-next-catch-up").to_owned(),
                                }}</dt>
                                <dd>{next.map_or_else(|| tr!("home-not-arranged").to_owned(), her_short_day)}</dd>
                            </div>
                        </dl>
                        {if log.entries.is_empty() {
                            view! { <p class="quiet">{tr!("contacts-none-shared")}</p> }.into_any()
                        } else {
                            view! {
                                <ol class="timeline">
                                    {log.entries.into_iter().map(|entry| view! {
                                        <li class="entry">
                                            <p class="entry-head"><time datetime=iso(entry.note.on)>{her_short_day(entry.note.on)}</time>" · "<strong>{contact_kind_words(entry.note.kind)}</strong></p>
                                            <p class="summary" dir="auto">{entry.note.summary}</p>
                                            {(!entry.note.actions.is_empty()).then(|| view! { <p><strong>{tr!("contacts-we-agreed")}" "</strong><span dir="auto">{entry.note.actions.clone()}</span></p> })}
                                        </li>
                                    }).collect_view()}
                                </ol>
                            }.into_any()
                        }}
                    }
                    .into_any()
                }
            }}
        </section>
    }
    .into_any()
}
