//! Plan reviews on screen: asking for one, running and recording one
//! (offline like everything else), answering a version, every version kept
//! and readable in full, two versions side by side, and a print view.

use crate::ids;
use crate::routes::address::address;
use crate::routes::screens::param;
use crate::writing::Form;
use leptos::prelude::*;
use serde::Deserialize as _;
use uuid::Uuid;

use crate::sync::kinds::MAX_THOUGHTS;

use crate::audit::Access;
use crate::dates::{iso, parse_iso};
use crate::language::browser::{long_day, short_day};
use crate::plan::review::{
    compare, latest_next_review, AgreementFields, Change, DueBecause, PartComparison,
    Participation, PlanCopy, RequestFields, ReviewDue, ReviewFields, ReviewStage, Reviews, Version,
};
use crate::plan::{PathwayPlan, PlanDates, PlanPart};
use crate::shell::{admit, device, set_title, shell, today, young_person_in_path, Audience};
use crate::sync::{fields_of, first_name, RecordKind};
use crate::tr;
use crate::ui::{
    part_heading, participation_words, KeptChoice, KeptWords, OtherVersionChoice, PlanCopyView,
    Rejections,
};

/// A change in a word, so it never rests on colour alone.
fn change_word<T>(change: &Change<T>) -> &'static str {
    match change {
        Change::Same(_) => tr!("change-none"),
        Change::Added(_) => tr!("change-added"),
        Change::Removed(_) => tr!("change-removed"),
        Change::Changed { .. } => tr!("change-changed"),
    }
}

/// Where she stands on a version, as she reads it.
fn her_agreement(version: &Version) -> &'static str {
    match version.answer() {
        None => tr!("plan-not-said-yet"),
        Some(a) if a.agrees => tr!("plan-agree-with-version"),
        Some(_) => tr!("plan-disagree-with-version"),
    }
}

/// Whose plan a screen shows, and how they are related to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewer {
    pub young_person: Uuid,
    /// She is reading her own plan.
    pub own: bool,
    /// Her personal adviser, who runs reviews.
    pub adviser: bool,
}

impl Viewer {
    /// Who is reading, from the address: `/my-plan/…` is her own screen,
    /// `/young-people/:id/…` a staff screen. Anyone else is sent on.
    fn from_address() -> Result<Viewer, AnyView> {
        let staff_screen = param("id").is_some();
        if staff_screen {
            let session = admit(Audience::Staff("/my-plan"))?;
            shell()
                .store
                .note_opened(young_person_in_path(), Access::OpenedVersions);
            Ok(Viewer {
                young_person: young_person_in_path(),
                own: false,
                adviser: session.user.role == crate::auth::Role::PersonalAdviser,
            })
        } else {
            let session = admit(Audience::YoungPerson("/young-people"))?;
            Ok(Viewer {
                young_person: session.user.id,
                own: true,
                adviser: false,
            })
        }
    }

    fn base(self) -> String {
        if self.own {
            "/my-plan".into()
        } else {
            format!("/young-people/{}", self.young_person)
        }
    }
}

/// Her reviews as this phone has them.
pub fn reviews_of(young_person: Uuid) -> Memo<Reviews> {
    let store = shell().store;
    Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref()
                .map(|_| Reviews::of(young_person, store.view.get().values()))
                .unwrap_or_default()
        })
    })
}

/// The plan now compared with the version it will replace, part by part,
/// while a review is being prepared.
pub fn changes_under_review(
    plan: Memo<Option<PathwayPlan>>,
    reviews: Memo<Reviews>,
) -> Memo<Option<(u32, Vec<PartComparison>)>> {
    Memo::new(move |_| {
        reviews.with(|reviews| {
            reviews.draft.as_ref()?;
            let baseline = reviews.baseline()?;
            let now = plan.with(|p| p.as_ref().map(PlanCopy::of))?;
            Some((baseline.number, compare(&baseline.plan(), &now)))
        })
    })
}

/// Reviews on the plan screen: asking for one, the one being prepared, and
/// where she stands on the latest version, disagreement never hidden.
#[component]
pub fn ReviewPanel(viewer: Viewer, name: Signal<String>) -> impl IntoView {
    let store = shell().store;
    let reviews = reviews_of(viewer.young_person);
    let first = move || first_name(&name.get()).to_owned();
    let open_requests = Memo::new(move |_| {
        reviews.with(|r| {
            r.open_requests()
                .into_iter()
                .map(|r| (r.id, r.fields.clone()))
                .collect::<Vec<_>>()
        })
    });
    let latest = Memo::new(move |_| reviews.with(|r| r.latest().cloned()));
    let draft = Memo::new(move |_| reviews.with(|r| r.draft.clone()));
    // Why she asks, kept on the phone as she writes it; the form opens
    // again with it.
    let why_ask = KeptWords::new(Form::ReviewRequest(viewer.young_person));
    let asking = RwSignal::new(!why_ask.get_untracked().is_empty());
    let ask = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let why = why_ask.get_untracked();
        store.edit(|replica| {
            replica.change(
                RecordKind::ReviewRequest,
                ids::new(),
                viewer.young_person,
                fields_of(&RequestFields {
                    on: today(),
                    why: why.trim().to_owned(),
                }),
            );
        });
        why_ask.set(String::new());
        asking.set(false);
    };
    let start = move |_| {
        let held = today();
        store.edit(|replica| {
            replica.change(
                RecordKind::Review,
                ids::new(),
                viewer.young_person,
                fields_of(&ReviewFields {
                    stage: ReviewStage::Draft,
                    held_on: Some(held),
                    next_review: Some(latest_next_review(held)),
                    ..ReviewFields::default()
                }),
            );
        });
    };
    let next_number = move || latest.with(|l| l.as_ref().map_or(1, |v| v.number + 1));
    view! {
        <section class="review-box" aria-labelledby="reviews-heading">
            <h2 id="reviews-heading">{if viewer.own { tr!("plan-reviews-mine") } else { "Reviews" }}</h2>
            {move || latest.get().map(|version| view! { <WhereSheStands version=version viewer=viewer first=first()/> })}
            {move || open_requests.get().into_iter().map(|(_, request)| {
                let said = request.why.trim().to_owned();
                let day = short_day(request.on);
                if viewer.own {
                    view! {
                        <p class="notice" aria-live="polite">
                            {tr!("plan-you-asked", day = day)}
                        </p>
                    }.into_any()
                } else {
                    view! {
                        <p class="notice asked">
                            <strong>{format!("Review requested {day}. ")}</strong>
                            {format!("{} asked for a review", first())}
                            {(!said.is_empty()).then(|| format!(": “{said}”"))}
                        </p>
                    }.into_any()
                }
            }).collect_view()}
            {move || match draft.get() {
                Some((_, fields)) if fields.stage == ReviewStage::Recorded => view! {
                    <p class="notice" aria-live="polite">{tr!("plan-review-recorded")}</p>
                }.into_any(),
                Some(_) if viewer.own => view! {
                    <p class="notice">
                        {tr!("plan-review-getting-ready")}
                        {reviews.with(|r| r.baseline().map(|v| format!(" {}", tr!("plan-review-marked", number = v.number))))}
                    </p>
                }.into_any(),
                Some(_) => view! {
                    <p class="notice">
                        {format!("Review in progress: the draft of version {}. ", next_number())}
                        {move || format!("{}'s “Get ready for my review” answers are beside each part, and what changed since the last agreed version is marked.", first())}
                    </p>
                    <p><a href="#record-review">"Record the review"</a></p>
                }.into_any(),
                None if viewer.adviser => view! {
                    <button type="button" class="quiet-button" on:click=start>"Start a review"</button>
                }.into_any(),
                None => ().into_any(),
            }}
            {viewer.own.then(|| view! {
                <Show
                    when=move || asking.get()
                    fallback=move || view! {
                        <Show when=move || open_requests.with(Vec::is_empty)>
                            <p class="quiet">{tr!("plan-every-six-months")}</p>
                            <button type="button" class="quiet-button" on:click=move |_| asking.set(true)>{tr!("plan-ask-review")}</button>
                        </Show>
                    }
                >
                    <form class="editor" on:submit=ask>
                        <label for="review-why">{tr!("plan-review-why")}</label>
                        <textarea id="review-why" rows="3" maxlength=MAX_THOUGHTS
                            prop:value=move || why_ask.get()
                            on:input=move |ev| why_ask.set(event_target_value(&ev))></textarea>
                        <div class="editor-buttons">
                            <button type="submit" class="primary">{tr!("plan-ask-my-review")}</button>
                            <button type="button" class="quiet-button" on:click=move |_| {
                                why_ask.set(String::new());
                                asking.set(false);
                            }>{tr!("plan-cancel")}</button>
                        </div>
                    </form>
                </Show>
            })}
            <p class="links">
                <a href=format!("{}/versions", viewer.base())>{if viewer.own { tr!("plan-every-version") } else { "Every version" }}</a>
                {viewer.own.then(|| view! { <a href="/written-about-me">{tr!("more-written-about-me")}</a> })}
            </p>
        </section>
    }
}

/// Where she stands on a version: waiting, agreed, or not agreed with her
/// reasons, which everyone who reads the plan sees.
#[component]
fn WhereSheStands(version: Version, viewer: Viewer, first: String) -> impl IntoView {
    let link = format!("{}/versions/{}", viewer.base(), version.id);
    let held = version.held_on().map(short_day).unwrap_or_default();
    let number = version.number;
    match version.answer().cloned() {
        None if viewer.own => view! {
            <div class="notice ask-answer">
                <p><strong>{tr!("plan-reviewed-agree", day = held)}</strong></p>
                <a href=link class="button-link">{tr!("plan-read-and-answer", number = number)}</a>
            </div>
        }
        .into_any(),
        None => view! {
            <p>{format!("Version {number}, reviewed {held}: waiting for {first}'s answer. ")}<a href=link>{tr!("plan-read-version", number = number)}</a></p>
        }
        .into_any(),
        Some(answer) if answer.agrees => view! {
            <p>
                <span aria-hidden="true">"✓ "</span>
                {if viewer.own { format!("{} ", tr!("plan-you-agree", number = number, day = held)) } else { format!("Version {number}, reviewed {held}: {first} agrees. ") }}
                <a href=link>{tr!("plan-read-version", number = number)}</a>
            </p>
        }
        .into_any(),
        Some(answer) => view! {
            <div class="disagreement" role="note">
                <p><strong>
                    <span aria-hidden="true">"✗ "</span>
                    {if viewer.own { tr!("plan-you-disagree", number = number, day = held) } else { format!("{first} doesn't agree with version {number} (reviewed {held}).") }}
                </strong></p>
                <blockquote class="own-words">{answer.reasons.clone()}</blockquote>
                <p class="small">
                    {if viewer.own { tr!("plan-kept-on-plan") } else { "Kept on the plan for everyone who reads it." }}" "
                    <a href=link>{tr!("plan-read-version", number = number)}</a>
                </p>
            </div>
        }
        .into_any(),
    }
}

/// What changed in one part since the version under review, in words.
#[component]
pub fn PartChanges(
    part: PlanPart,
    changes: Memo<Option<(u32, Vec<PartComparison>)>>,
    /// What her words are called on this screen: "What I think", "What Ella thinks".
    thoughts: Signal<String>,
) -> impl IntoView {
    let this = move || {
        changes.with(|c| {
            c.as_ref().and_then(|(number, parts)| {
                parts
                    .iter()
                    .find(|p| p.part == part)
                    .map(|p| (*number, p.clone()))
            })
        })
    };
    move || {
        this().map(|(number, comparison)| {
            if comparison.changes() == 0 {
                view! { <p class="since quiet">{tr!("plan-no-changes", number = number)}</p> }
                    .into_any()
            } else {
                view! {
                    <div class="since">
                        <h3>{tr!("plan-changed-since", number = number)}</h3>
                        <ChangeList comparison=comparison thoughts=thoughts.get()/>
                    </div>
                }
                .into_any()
            }
        })
    }
}

/// The changes in one part, each named in words.
#[component]
fn ChangeList(comparison: PartComparison, thoughts: String) -> impl IntoView {
    let words = comparison.words.filter(Change::is_change).map(|change| {
        let what = thoughts;
        let text = match &change {
            Change::Changed { before, after } => format!("{what}: “{before}” → “{after}”"),
            Change::Added(t) | Change::Removed(t) | Change::Same(t) => format!("{what}: “{t}”"),
        };
        view! { <li data-change=change.slug()><span class="change-word">{change_word(&change)}</span>" "{text}</li> }
    });
    let actions = comparison
        .actions
        .into_iter()
        .filter(Change::is_change)
        .map(|change| {
            let text = match &change {
                Change::Changed { before, after } => action_change(before, after),
                Change::Added(a) | Change::Removed(a) | Change::Same(a) => a.what.clone(),
            };
            view! { <li data-change=change.slug()><span class="change-word">{change_word(&change)}</span>" "{text}</li> }
        })
        .collect_view();
    view! { <ul class="changes">{words}{actions}</ul> }
}

fn action_change(
    before: &crate::plan::review::ActionCopy,
    after: &crate::plan::review::ActionCopy,
) -> String {
    let mut what = Vec::new();
    if before.what != after.what {
        what.push(format!("“{}” → “{}”", before.what, after.what));
    }
    if before.done != after.done {
        what.push(if after.done {
            tr!("change-now-done").to_owned()
        } else {
            tr!("change-no-longer-done").to_owned()
        });
    }
    if before.who != after.who {
        what.push(tr!(
            "change-who",
            before = before.who.clone(),
            after = after.who.clone()
        ));
    }
    if before.by_when != after.by_when {
        let day = |d: Option<time::Date>| d.map_or(tr!("change-no-date").to_owned(), short_day);
        what.push(tr!(
            "change-by-when",
            before = day(before.by_when),
            after = day(after.by_when)
        ));
    }
    format!("{}: {}", after.what, what.join("; "))
}

/// The review's record, as the adviser fills it in.
#[derive(Debug, Clone, PartialEq)]
struct ReviewDraft {
    held_on: String,
    who_took_part: String,
    participation: Option<Participation>,
    why_not: String,
    next_review: String,
}

impl ReviewDraft {
    fn of(fields: &ReviewFields) -> ReviewDraft {
        ReviewDraft {
            held_on: fields.held_on.map(iso).unwrap_or_default(),
            who_took_part: fields.who_took_part.clone(),
            participation: fields.participation,
            why_not: fields.why_not.clone(),
            next_review: fields.next_review.map(iso).unwrap_or_default(),
        }
    }

    fn fields(&self) -> ReviewFields {
        ReviewFields {
            held_on: parse_iso(self.held_on.trim()).ok(),
            who_took_part: self.who_took_part.trim().to_owned(),
            participation: self.participation,
            why_not: self.why_not.trim().to_owned(),
            next_review: parse_iso(self.next_review.trim()).ok(),
            ..ReviewFields::default()
        }
    }
}

/// How a staff plan screen draws the form for writing a review down: the
/// router gives it (`routes::screens`), the form's code coming with
/// staff's screens, so a young person's phone never downloads it.
#[derive(Debug, Clone, Copy)]
pub struct ReviewForm(pub fn() -> AnyView);

/// What the form needs of the plan screen it is drawn on.
#[derive(Debug, Clone, Copy)]
pub struct ReviewFormOn {
    pub viewer: Viewer,
    pub plan: Memo<Option<PathwayPlan>>,
    pub name: Signal<String>,
    pub changes: Memo<Option<(u32, Vec<PartComparison>)>>,
}

/// The form, on the plan screen that gave it [`ReviewFormOn`].
pub fn review_form() -> AnyView {
    match use_context::<ReviewFormOn>() {
        Some(on) => view! {
            <RecordReview viewer=on.viewer plan=on.plan name=on.name changes=on.changes/>
        }
        .into_any(),
        None => ().into_any(),
    }
}

/// Writing the review down: when, who, how she took part, and the next
/// review. Recording it keeps the plan as it stands as the new version.
#[component]
fn RecordReview(
    viewer: Viewer,
    plan: Memo<Option<PathwayPlan>>,
    name: Signal<String>,
    /// What has changed since the last agreed version, part by part.
    changes: Memo<Option<(u32, Vec<PartComparison>)>>,
) -> impl IntoView {
    let store = shell().store;
    let reviews = reviews_of(viewer.young_person);
    let draft = Memo::new(move |_| {
        reviews.with(|r| {
            r.draft
                .clone()
                .filter(|(_, fields)| fields.stage == ReviewStage::Draft)
        })
    });
    let conflicts = Memo::new(move |_| reviews.with(|r| r.draft_conflicts.clone()));
    let form = RwSignal::new(None::<ReviewDraft>);
    // What he has written and not saved is kept on the phone as he writes
    // it, the draft's fields as one JSON value, for the draft it belongs
    // to: a page the phone closed opens with it, and it is let go once
    // saved, recorded or stopped.
    let kept = move |draft: Uuid| Form::Review(viewer.young_person, draft);
    let keep = move |draft: Uuid, written: Option<&ReviewDraft>| {
        device::keep_writing(
            kept(draft),
            written
                .map(|d| serde_json::Value::Object(fields_of(&d.fields())))
                .as_ref(),
        );
    };
    // What was kept for a draft no longer under way (recorded or stopped,
    // here or on another phone) has nowhere to go.
    let let_go_but = move |draft: Option<Uuid>| {
        for form in device::being_written() {
            if let Form::Review(young_person, other) = form {
                if young_person == viewer.young_person && Some(other) != draft {
                    keep(other, None);
                }
            }
        }
    };
    // The form is filled from the draft once, so a pull never takes what is
    // being typed; it is emptied when the draft is recorded or stopped.
    Effect::new(move |_| match draft.get() {
        None => {
            form.set(None);
            let_go_but(None);
        }
        Some((id, fields)) if form.with_untracked(Option::is_none) => {
            let_go_but(Some(id));
            let written = match device::writing::<serde_json::Value>(kept(id)) {
                Some(serde_json::Value::Object(kept)) => ReviewFields::deserialize(&kept).ok(),
                _ => None,
            };
            form.set(Some(ReviewDraft::of(written.as_ref().unwrap_or(&fields))));
        }
        Some(_) => {}
    });
    let problem = RwSignal::new(None::<&'static str>);
    let saved = RwSignal::new(false);
    let first = move || first_name(&name.get()).to_owned();
    let field = move |get: fn(&ReviewDraft) -> String| {
        move || form.with(|d| d.as_ref().map(get).unwrap_or_default())
    };
    // Every change to the form: kept while it differs from the draft as
    // last saved.
    let change = move |apply: &dyn Fn(&mut ReviewDraft)| {
        saved.set(false);
        form.update(|d| {
            if let Some(d) = d {
                apply(d);
            }
        });
        let (Some((id, fields)), Some(written)) = (draft.get_untracked(), form.get_untracked())
        else {
            return;
        };
        keep(
            id,
            (written != ReviewDraft::of(&fields)).then_some(&written),
        );
    };
    let set = move |apply: fn(&mut ReviewDraft, String)| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            change(&|d| apply(d, value.clone()));
        }
    };
    let write = move |recording: bool| {
        let (Some((id, before)), Some(d)) = (draft.get_untracked(), form.get_untracked()) else {
            return;
        };
        let mut review = d.fields();
        if recording {
            review.stage = ReviewStage::Recorded;
            review.plan = plan.with_untracked(|p| p.as_ref().map(PlanCopy::of));
            if let Some(why) = review.not_ready() {
                problem.set(Some(why));
                return;
            }
        }
        problem.set(None);
        let dates = plan.with_untracked(|p| {
            p.as_ref().and_then(|p| {
                let as_they_are = PlanDates {
                    next_contact: p.next_contact,
                    next_review: p.next_review,
                };
                p.dates_record_id.map(|id| (id, as_they_are))
            })
        });
        store.edit(|replica| {
            replica.update(
                RecordKind::Review,
                id,
                viewer.young_person,
                &before,
                &review,
            );
            if let (true, Some((dates, before))) = (recording, dates) {
                let after = PlanDates {
                    next_review: review.next_review,
                    ..before.clone()
                };
                replica.update(
                    RecordKind::Plan,
                    dates,
                    viewer.young_person,
                    &before,
                    &after,
                );
            }
        });
        keep(id, None);
        saved.set(!recording);
    };
    // Stopping throws the draft away, so it is asked twice; the focus goes
    // to the question and back, never lost with the button that vanished.
    let stopping = RwSignal::new(false);
    let keep_going = NodeRef::<leptos::html::Button>::new();
    let stop_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |was: Option<bool>| {
        let now = stopping.get();
        if now {
            if let Some(button) = keep_going.get() {
                let _ = button.focus();
            }
        } else if was == Some(true) {
            if let Some(button) = stop_button.get() {
                let _ = button.focus();
            }
        }
        now
    });
    let stop = move |_| {
        if let Some((id, _)) = draft.get_untracked() {
            keep(id, None);
            store.edit(|replica| {
                replica.delete(RecordKind::Review, id, viewer.young_person);
            });
            form.set(None);
        }
        stopping.set(false);
    };
    // How far the review has come: the parts changed, and the questions
    // of the record answered.
    let progress = move || {
        let parts = changes.with(|c| {
            c.as_ref().map(|(number, parts)| {
                let changed = parts.iter().filter(|p| p.changes() > 0).count();
                format!("{changed} of 10 parts changed since version {number}")
            })
        });
        let answered = form.with(|d| {
            d.as_ref().map_or(0, |d| {
                [
                    !d.held_on.trim().is_empty(),
                    !d.who_took_part.trim().is_empty(),
                    d.participation.is_some(),
                    !d.next_review.trim().is_empty(),
                ]
                .into_iter()
                .filter(|a| *a)
                .count()
            })
        });
        let record = format!("{answered} of 4 questions answered");
        match parts {
            Some(parts) => format!("{parts} · {record}"),
            None => record,
        }
    };
    let latest_next = move || {
        form.with(|d| {
            d.as_ref()
                .and_then(|d| parse_iso(d.held_on.trim()).ok())
                .map(|held| short_day(latest_next_review(held)))
        })
    };
    let not_took_part = move || {
        form.with(|d| d.as_ref().and_then(|d| d.participation))
            == Some(Participation::DidNotTakePart)
    };
    view! {
        <Show when=move || draft.with(Option::is_some) && viewer.adviser>
            <form class="record-review" id="record-review" aria-labelledby="record-heading" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                write(true);
            }>
                <h2 id="record-heading">"Record the review"</h2>
                <p class="quiet small">"Recording it keeps the plan above, as it stands, as the new version. It can't be changed afterwards; the next review makes the next version."</p>
                {move || conflicts.get().into_iter().map(|other| {
                    let current = draft.with_untracked(|d| {
                        d.as_ref().and_then(|(_, f)| serde_json::to_value(f).ok())
                            .and_then(|v| v.get(&other.field).cloned())
                            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
                    }).unwrap_or_default();
                    let record = draft.with_untracked(|d| d.as_ref().map(|(id, _)| *id)).unwrap_or(Uuid::nil());
                    view! {
                        <OtherVersionChoice record=record kind=RecordKind::Review current=current other=other young_person=viewer.young_person can_settle=true combine=None/>
                    }
                }).collect_view()}
                <div class="field">
                    <label for="review-held">"Date of the review"</label>
                    <input type="date" id="review-held" prop:value=field(|d| d.held_on.clone()) on:input=set(|d, v| d.held_on = v)/>
                </div>
                <div class="field">
                    <label for="review-who">"Who took part"</label>
                    <input type="text" id="review-who" maxlength=MAX_THOUGHTS prop:value=field(|d| d.who_took_part.clone()) on:input=set(|d, v| d.who_took_part = v)/>
                </div>
                <fieldset class="choices stacked">
                    <legend>{move || format!("How did {} take part?", first())}</legend>
                    {Participation::ALL.iter().map(|&way| {
                        let id = format!("took-part-{}", way.slug());
                        view! {
                            <span class="choice">
                                <input type="radio" name="took-part" id=id.clone()
                                    prop:checked=move || form.with(|d| d.as_ref().and_then(|d| d.participation)) == Some(way)
                                    on:change=move |_| change(&|d| d.participation = Some(way))/>
                                <label for=id>{way.label()}</label>
                            </span>
                        }
                    }).collect_view()}
                </fieldset>
                <Show when=not_took_part>
                    <div class="field">
                        <label for="review-why-not">{move || format!("Why didn't {} take part?", first())}</label>
                        <textarea id="review-why-not" rows="3" maxlength=MAX_THOUGHTS prop:value=field(|d| d.why_not.clone()) on:input=set(|d, v| d.why_not = v)></textarea>
                    </div>
                </Show>
                <div class="field">
                    <label for="review-next">"Next review"</label>
                    <input type="date" id="review-next" aria-describedby="review-next-hint" prop:value=field(|d| d.next_review.clone()) on:input=set(|d, v| d.next_review = v)/>
                    <p class="quiet small" id="review-next-hint">
                        {move || latest_next().map(|day| format!("Six months at most: by {day}. Choose earlier if it's needed."))}
                    </p>
                </div>
                <p class="problem" role="alert">{move || problem.get()}</p>
                <button type="submit" class="primary">"Record the review"</button>
            </form>
            // Always in view while the review runs, however long the plan.
            <section class="review-bar" aria-label="This review">
                <p class="review-progress">
                    <strong>{move || format!("Review: draft of version {}", reviews.with(|r| r.latest().map_or(1, |v| v.number + 1)))}</strong>
                    <span>{progress}</span>
                </p>
                <Show when=move || saved.get()>
                    <p class="pending" aria-live="polite">"Saved on this phone. It's sent when there's signal."</p>
                </Show>
                <Show
                    when=move || stopping.get()
                    fallback=move || view! {
                        <div class="review-buttons">
                            <a class="button-link" href="#record-review">"Record"</a>
                            <button type="button" class="quiet-button" on:click=move |_| write(false)>"Save for later"</button>
                            <button type="button" class="quiet-button danger" node_ref=stop_button on:click=move |_| stopping.set(true)>"Stop"</button>
                        </div>
                    }
                >
                    <div class="review-confirm" role="group" aria-labelledby="stop-question">
                        <p id="stop-question"><strong>"Stop this review?"</strong>" The draft and its answers are thrown away. Changes made to the plan stay."</p>
                        <div class="review-buttons">
                            <button type="button" class="primary danger" on:click=stop>"Yes, stop the review"</button>
                            <button type="button" class="quiet-button" node_ref=keep_going on:click=move |_| stopping.set(false)>"Keep going"</button>
                        </div>
                    </div>
                </Show>
            </section>
        </Show>
    }
}

/// Every version of a plan: hers, or for staff a young person's.
#[component]
pub fn Versions() -> impl IntoView {
    match Viewer::from_address() {
        Ok(viewer) => {
            set_title(if viewer.own {
                tr!("plan-every-version")
            } else {
                "Every version of the plan"
            });
            view! { <VersionsScreen viewer=viewer/> }.into_any()
        }
        Err(elsewhere) => elsewhere,
    }
}

/// Her name as the phone knows it.
fn name_of(young_person: Uuid) -> Memo<Option<String>> {
    let store = shell().store;
    Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref()?
                .people
                .iter()
                .find(|p| p.id == young_person)
                .map(|p| p.name.clone())
        })
    })
}

#[component]
fn VersionsScreen(viewer: Viewer) -> impl IntoView {
    let reviews = reviews_of(viewer.young_person);
    let name = name_of(viewer.young_person);
    let first = move || {
        name.get()
            .map(|n| first_name(&n).to_owned())
            .unwrap_or_default()
    };
    let versions = Memo::new(move |_| {
        let mut list = reviews.with(|r| r.versions.clone());
        list.reverse();
        list
    });
    let a = RwSignal::new(String::new());
    let b = RwSignal::new(String::new());
    Effect::new(move |_| {
        let list = versions.get();
        if a.with_untracked(String::is_empty) && list.len() >= 2 {
            a.set(list[1].id.to_string());
            b.set(list[0].id.to_string());
        }
    });
    let address = address();
    let base = viewer.base();
    let compare_now = {
        let base = base.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            address.go(&format!(
                "{base}/compare/{}/{}",
                a.get_untracked(),
                b.get_untracked()
            ));
        }
    };
    let select = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id prop:value=move || value.get() on:change=move |ev| value.set(event_target_value(&ev))>
                    {move || versions.get().into_iter().map(|v| view! {
                        <option value=v.id.to_string() selected=move || value.get() == v.id.to_string()>{tr!("plan-version", number = v.number)}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <p class="back"><a href=base.clone()>{if viewer.own { tr!("plan-back-to-mine") } else { "← Plan" }}</a></p>
        <section class="page versions-page">
            <h1>{move || if viewer.own { tr!("plan-every-version").to_owned() } else { format!("Every version of {}'s plan", first()) }}</h1>
            <p class="lede">{tr!("plan-versions-lede")}</p>
            {move || {
                let list = versions.get();
                if list.is_empty() {
                    view! { <p class="quiet">{if viewer.own { tr!("plan-no-versions") } else { "No reviews recorded in Pathway yet." }}</p> }.into_any()
                } else {
                    let base = viewer.base();
                    view! {
                        <ol class="version-list" reversed>
                            {list.into_iter().map(|v| {
                                let held = v.held_on().map(long_day).unwrap_or_default();
                                let state = if viewer.own { her_agreement(&v).to_owned() } else { v.agreement_words(&first()) };
                                view! {
                                    <li>
                                        <a href=format!("{base}/versions/{}", v.id) class="version-link">{tr!("plan-version", number = v.number)}</a>
                                        <span class="person-meta"><span>{tr!("plan-reviewed-on", day = held)}</span><span data-agrees=v.answer().map(|a| a.agrees.to_string())>{state}</span></span>
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }}
            <Show when=move || versions.with(|v| v.len() >= 2)>
                <form class="compare-form" on:submit=compare_now.clone()>
                    <h2>{tr!("plan-compare-two")}</h2>
                    {select("compare-a", tr!("plan-earlier-version"), a)}
                    {select("compare-b", tr!("plan-later-version"), b)}
                    <button type="submit" class="primary">{tr!("plan-compare-side-by-side")}</button>
                </form>
            </Show>
        </section>
    }
}

/// One version of a plan, in full: the print view too.
#[component]
pub fn VersionPage() -> impl IntoView {
    match Viewer::from_address() {
        Ok(viewer) => {
            view! { <VersionScreen viewer=viewer version=id_param("version")/> }.into_any()
        }
        Err(elsewhere) => elsewhere,
    }
}

/// An id in the address; one that is not an id finds nothing.
fn id_param(name: &str) -> Uuid {
    let text = param(name).unwrap_or_default();
    Uuid::parse_str(&text).unwrap_or(Uuid::nil())
}

#[component]
fn VersionScreen(viewer: Viewer, version: Uuid) -> impl IntoView {
    let reviews = reviews_of(viewer.young_person);
    let name = name_of(viewer.young_person);
    let found = Memo::new(move |_| reviews.with(|r| r.version(version).cloned()));
    let earlier = Memo::new(move |_| {
        reviews.with(|r| {
            found.with(|v| {
                v.as_ref().and_then(|v| {
                    r.versions
                        .iter()
                        .rev()
                        .find(|e| e.number < v.number)
                        .map(|e| e.id)
                })
            })
        })
    });
    let latest = Memo::new(move |_| reviews.with(|r| r.latest().map(|v| v.id)));
    let base = viewer.base();
    move || match found.get() {
        None => view! {
            <section class="page narrow empty">
                <h1>{tr!("plan-version-not-found")}</h1>
                <p>{tr!("plan-version-not-found-why")}</p>
                <p><a href=format!("{base}/versions")>{tr!("plan-see-every-version")}</a></p>
            </section>
        }
        .into_any(),
        Some(v) => {
            let person = name.get().unwrap_or_default();
            let first = first_name(&person).to_owned();
            let heading = if viewer.own {
                tr!("plan-my-version", number = v.number)
            } else {
                format!("{person}'s plan — version {}", v.number)
            };
            set_title(&heading);
            let review = v.review.clone();
            let took_part = review.participation.map(|p| {
                if viewer.own {
                    participation_words(p)
                } else {
                    p.label()
                }
            });
            let is_latest = latest.get() == Some(v.id);
            view! {
                <p class="back">
                    <a href=format!("{base}/versions")>{tr!("plan-back-to-versions")}</a>
                    {earlier.get().map(|e| view! { <a href=format!("{base}/compare/{e}/{}", v.id) class="forward">{tr!("plan-compare-before")}</a> })}
                </p>
                <article class="page plan version">
                    <header class="plan-head">
                        <h1>{heading}</h1>
                        <Rejections/>
                        <dl class="facts">
                            <div class="fact"><dt>{tr!("plan-fact-name")}</dt><dd>{person.clone()}</dd></div>
                            <div class="fact"><dt>{tr!("plan-fact-reviewed-on")}</dt><dd>{review.held_on.map(long_day)}</dd></div>
                            <div class="fact"><dt>{tr!("plan-fact-who-took-part")}</dt><dd>{if review.who_took_part.is_empty() { tr!("plan-not-written-down").to_owned() } else { review.who_took_part.clone() }}</dd></div>
                            <div class="fact"><dt>{if viewer.own { tr!("plan-fact-how-you-took-part") } else { "How they took part" }}</dt><dd>{took_part}</dd></div>
                            {(!review.why_not.is_empty()).then(|| view! { <div class="fact"><dt>{tr!("plan-fact-why-not")}</dt><dd>{review.why_not.clone()}</dd></div> })}
                            <div class="fact"><dt>{tr!("plan-fact-next-review")}</dt><dd>{review.next_review.map(long_day)}</dd></div>
                            <div class="fact"><dt>{tr!("plan-fact-written-by")}</dt><dd>{review.by_name.clone()}</dd></div>
                        </dl>
                        <Agreement version=v.clone() own=viewer.own first=first.clone()/>
                        {(viewer.own && is_latest).then(|| view! { <Answer version=v.id young_person=viewer.young_person answered=v.answer().is_some()/> })}
                        <button type="button" class="quiet-button no-print" on:click=|_| {
                            if let Some(window) = web_sys::window() {
                                let _ = window.print();
                            }
                        }>{tr!("plan-print")}</button>
                    </header>
                    <PlanCopyView plan=v.plan() own=viewer.own first=first/>
                </article>
            }
            .into_any()
        }
    }
}

/// Where she stands on this version, with every answer she has given.
#[component]
fn Agreement(version: Version, own: bool, first: String) -> impl IntoView {
    let words = if own {
        her_agreement(&version).to_owned()
    } else {
        version.agreement_words(&first)
    };
    let agrees = version.answer().map(|a| a.agrees);
    let answers = version.answers.clone();
    let count = answers.len();
    view! {
        <section class="agreement" aria-labelledby="agreement-heading" data-agrees=agrees.map(|a| a.to_string())>
            <h2 id="agreement-heading">{tr!("plan-agreement")}</h2>
            <p class="agreement-state"><strong>
                <span aria-hidden="true">{match agrees { Some(true) => "✓ ", Some(false) => "✗ ", None => "… " }}</span>
                {words}
            </strong></p>
            {answers.into_iter().enumerate().rev().map(|(i, a)| {
                let said = match (a.agrees, crate::dates::day_of(a.at).filter(|_| a.at > 0)) {
                    (true, Some(day)) => tr!("plan-agreed-on", day = short_day(day)),
                    (false, Some(day)) => tr!("plan-disagreed-on", day = short_day(day)),
                    (true, None) => tr!("plan-agreed-not-sent").to_owned(),
                    (false, None) => tr!("plan-disagreed-not-sent").to_owned(),
                };
                let earlier = if i + 1 == count { String::new() } else { format!(" {}", tr!("plan-earlier-answer")) };
                view! {
                    <div class=if i + 1 == count { "answer-given" } else { "answer-given earlier" }>
                        <p class="small">{format!("{said}{earlier}")}</p>
                        {(!a.reasons.trim().is_empty()).then(|| view! { <blockquote class="own-words">{a.reasons.clone()}</blockquote> })}
                    </div>
                }
            }).collect_view()}
        </section>
    }
}

/// Her answer: agree or not, and why. Kept on the phone and sent later.
#[component]
fn Answer(version: Uuid, young_person: Uuid, answered: bool) -> impl IntoView {
    let store = shell().store;
    // What she says, kept on the phone as she says it: the form opens
    // again with her choice and her words, even once she has answered before.
    let answer = KeptChoice::<bool>::new(Form::Answer(version));
    let open = RwSignal::new(!answered || answer.started_untracked());
    let problem = RwSignal::new(None::<&'static str>);
    let agrees = move || answer.choice();
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(yes) = answer.choice_untracked() else {
            problem.set(Some(tr!("plan-answer-choose")));
            return;
        };
        let why = answer.words_untracked().trim().to_owned();
        if !yes && why.is_empty() {
            problem.set(Some(tr!("plan-answer-say-why")));
            return;
        }
        problem.set(None);
        store.edit(|replica| {
            replica.change(
                RecordKind::Agreement,
                ids::new(),
                young_person,
                fields_of(&AgreementFields {
                    version,
                    agrees: yes,
                    reasons: why,
                    by_name: String::new(),
                    at: 0,
                }),
            );
        });
        open.set(false);
        answer.clear();
    };
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <button type="button" class="quiet-button no-print" on:click=move |_| open.set(true)>{tr!("plan-change-answer")}</button>
            }
        >
            <form class="answer-form no-print" on:submit=send>
                <fieldset class="choices">
                    <legend>{tr!("plan-do-you-agree")}</legend>
                    {[(true, tr!("plan-i-agree"), "agree-yes"), (false, tr!("plan-i-dont-agree"), "agree-no")].into_iter().map(|(value, label, id)| view! {
                        <span class="choice">
                            <input type="radio" name="agrees" id=id prop:checked=move || agrees() == Some(value) on:change=move |_| answer.choose(value)/>
                            <label for=id>{label}</label>
                        </span>
                    }).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="agree-reasons">{move || if agrees() == Some(false) { tr!("plan-why-not-agree") } else { tr!("plan-anything-to-add") }}</label>
                    <textarea id="agree-reasons" rows="4" maxlength=MAX_THOUGHTS prop:value=move || answer.words() on:input=move |ev| answer.write(event_target_value(&ev))></textarea>
                </div>
                <p class="problem" role="alert">{move || problem.get()}</p>
                <button type="submit" class="primary">{tr!("plan-send-answer")}</button>
                <p class="quiet small">{tr!("plan-answer-saved")}</p>
            </form>
        </Show>
    }
}

/// Two versions of a plan side by side.
#[component]
pub fn Compare() -> impl IntoView {
    match Viewer::from_address() {
        Ok(viewer) => {
            set_title(tr!("plan-compare-two"));
            view! { <CompareScreen viewer=viewer a=id_param("a") b=id_param("b")/> }.into_any()
        }
        Err(elsewhere) => elsewhere,
    }
}

#[component]
fn CompareScreen(viewer: Viewer, a: Uuid, b: Uuid) -> impl IntoView {
    let reviews = reviews_of(viewer.young_person);
    let pair = Memo::new(move |_| {
        reviews.with(|r| {
            let (x, y) = (r.version(a)?.clone(), r.version(b)?.clone());
            // Earlier on the left, whichever order they were chosen in.
            Some(if x.number <= y.number { (x, y) } else { (y, x) })
        })
    });
    let base = viewer.base();
    move || match pair.get() {
        None => view! {
            <section class="page narrow empty">
                <h1>{tr!("plan-versions-not-found")}</h1>
                <p><a href=format!("{base}/versions")>{tr!("plan-see-every-version")}</a></p>
            </section>
        }
        .into_any(),
        Some((left, right)) => {
            let parts = compare(&left.plan(), &right.plan());
            let total: usize = parts.iter().map(PartComparison::changes).sum();
            let (l, r) = (left.number, right.number);
            view! {
                <p class="back"><a href=format!("{base}/versions")>{tr!("plan-back-to-versions")}</a></p>
                <article class="page compare">
                    <h1>{tr!("plan-version-and-version", left = l, right = r)}</h1>
                    <p class="lede">{tr!("plan-things-changed", count = total)}</p>
                    {parts.into_iter().map(|p| view! { <ComparePart comparison=p left=l right=r/> }).collect_view()}
                </article>
            }
            .into_any()
        }
    }
}

#[component]
fn ComparePart(comparison: PartComparison, left: u32, right: u32) -> impl IntoView {
    let changes = comparison.changes();
    let heading_id = format!("{}-compare", comparison.part.slug());
    let labelled_by = heading_id.clone();
    let mut rows: Vec<(String, String, &'static str, &'static str)> = Vec::new();
    if let Some(words) = &comparison.words {
        let (before, after) = match words {
            Change::Same(t) => (t.clone(), t.clone()),
            Change::Added(t) => (String::new(), t.clone()),
            Change::Removed(t) => (t.clone(), String::new()),
            Change::Changed { before, after } => (before.clone(), after.clone()),
        };
        rows.push((before, after, change_word(words), words.slug()));
    }
    for action in &comparison.actions {
        let show = |a: &crate::plan::review::ActionCopy| {
            if a.done {
                tr!("plan-action-done", what = a.what.clone())
            } else {
                a.what.clone()
            }
        };
        let (before, after) = match action {
            Change::Same(a) => (show(a), show(a)),
            Change::Added(a) => (String::new(), show(a)),
            Change::Removed(a) => (show(a), String::new()),
            Change::Changed { before, after } => (show(before), show(after)),
        };
        rows.push((before, after, change_word(action), action.slug()));
    }
    view! {
        <section class="part compare-part" aria-labelledby=labelled_by>
            <h2 id=heading_id>{part_heading(comparison.part)}</h2>
            <p class="small quiet">{tr!("plan-changes", count = changes)}</p>
            {if rows.is_empty() {
                view! { <p class="quiet">{tr!("plan-nothing-in-either")}</p> }.into_any()
            } else {
                view! {
                    <table class="side-by-side">
                        <thead><tr><th scope="col">{tr!("plan-version", number = left)}</th><th scope="col">{tr!("plan-version", number = right)}</th><th scope="col">{tr!("plan-change-column")}</th></tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(before, after, word, slug)| view! {
                                <tr data-change=slug>
                                    <td>{if before.is_empty() { "—".to_owned() } else { before }}</td>
                                    <td>{if after.is_empty() { "—".to_owned() } else { after }}</td>
                                    <td class="change-word">{word}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

/// Why a review is due, for the plan's facts.
pub fn due_words(due: Option<ReviewDue>) -> Option<String> {
    due.map(|due| match due.because {
        DueBecause::Planned => short_day(due.on),
        DueBecause::Asked { on } => tr!("plan-asked-for-on", day = short_day(on)),
        DueBecause::Moved { on } => tr!(
            "plan-after-the-move",
            day = short_day(due.on),
            moved = short_day(on)
        ),
    })
}
