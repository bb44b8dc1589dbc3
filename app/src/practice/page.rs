//! *Audits of practice*: the manager draws a dip sample and grades each
//! plan; the adviser reads the grades and answers; everyone sees the grades
//! counted. Kept on the phone for reading offline; grading and answering
//! need a connection, and what is written for them is kept on the phone
//! until it is sent.

use leptos::prelude::*;
use pathway_derive::ReadObject;
use serde::de::IgnoredAny;
use serde::Serialize;

use crate::auth::Role;
use crate::dates::short_day;
use crate::practice::{
    Area, AuditAnswer, Audits, DrawSample, Grade, Grading, PracticeAudit, MAX_SAMPLE,
};
use crate::reports::page::{kept_or_fetched, NoReport};
use crate::reports::AgeBand;
use crate::shell::api::{self, ApiFailure};
use crate::shell::{admit, device, set_title, Audience};
use crate::sync::kinds::MAX_THOUGHTS;
use crate::ui::{download, KeptWords};
use crate::writing::Form;

#[component]
pub fn PracticeAudits() -> impl IntoView {
    set_title("Audits of practice");
    let session = match admit(Audience::Staff("/home")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let role = session.user.role;
    let token = StoredValue::new(session.token.clone());
    let attempt = RwSignal::new(0u32);
    let (fetched, shown) =
        kept_or_fetched::<Audits>(&session, "/api/practice-audits", "practice-audits", attempt);
    let reload = move || attempt.update(|n| *n += 1);
    view! {
        <p class="back no-print"><a href="/reports">"← Reports"</a></p>
        <section class="page reports audits">
            <h1>"Audits of practice"</h1>
            {(role == Role::TeamManager).then(|| view! { <DrawForm token=token on_drawn=reload/> })}
            {move || match shown() {
                Ok((audits, kept_at)) => view! {
                    {kept_at.map(|_| view! {
                        <p class="kept-note" role="status">"You're offline: these are the audits as last seen on this phone. Grading and answering need a connection."</p>
                    })}
                    <GradeCounts audits=audits.clone()/>
                    <AuditsDownload audits=audits.clone()/>
                    <AuditList audits=audits.audits role=role token=token on_changed=reload/>
                }
                .into_any(),
                Err(why) => view! {
                    <NoReport why=why settled=Signal::derive(move || fetched.get().is_some()) attempt=attempt/>
                }
                .into_any(),
            }}
        </section>
    }
    .into_any()
}

/// Why a request was refused, in words for the screen.
fn refused(failure: ApiFailure) -> String {
    match failure {
        ApiFailure::Offline => {
            "You're offline. This needs a connection: try again when you're back online.".into()
        }
        other => other.message(),
    }
}

#[component]
fn DrawForm(token: StoredValue<String>, on_drawn: impl Fn() + Copy + 'static) -> impl IntoView {
    let size = RwSignal::new(String::from("5"));
    let band = RwSignal::new(None::<AgeBand>);
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let draw = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(size) = size.get_untracked().trim().parse::<u8>() else {
            problem.set(Some(format!("Say how many plans, from 1 to {MAX_SAMPLE}.")));
            return;
        };
        let request = DrawSample {
            size,
            band: band.get_untracked(),
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let answer: Result<Audits, ApiFailure> = api::post(
                "/api/practice-audits/samples",
                &request,
                Some(&token.get_value()),
            )
            .await;
            busy.set(false);
            match answer {
                Ok(_) => {
                    problem.set(None);
                    on_drawn();
                }
                Err(failure) => problem.set(Some(refused(failure))),
            }
        });
    };
    view! {
        <form class="draw-sample" on:submit=draw>
            <h2>"Draw a sample"</h2>
            <p class="quiet">"Plans from your team, chosen at random, each waiting for you to grade."</p>
            <div class="field">
                <label for="sample-size">"How many plans"</label>
                <input id="sample-size" type="number" inputmode="numeric" min="1" max=MAX_SAMPLE.to_string()
                    prop:value=move || size.get() on:input=move |ev| size.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="sample-band">"Age"</label>
                <select id="sample-band" on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    band.set(AgeBand::ALL.into_iter().find(|b| b.label() == chosen));
                }>
                    <option value="any">"Any age"</option>
                    {AgeBand::ALL.into_iter().map(|b| view! { <option value=b.label()>{b.label()}</option> }).collect_view()}
                </select>
            </div>
            <p class="problem" role="alert">{move || problem.get()}</p>
            <button type="submit" class="primary" disabled=move || busy.get()>"Draw a sample"</button>
        </form>
    }
}

#[component]
fn GradeCounts(audits: Audits) -> impl IntoView {
    let total = audits.audits.len();
    view! {
        <h2>"Grades so far"</h2>
        <p>{format!(
            "{total} {} · {} graded · {} answered",
            if total == 1 { "audit" } else { "audits" },
            audits.graded,
            audits.answered
        )}</p>
        <ul class="plain figures grade-counts" aria-label="Audits by grade in each area">
            {audits.grades.into_iter().map(|row| {
                let graded: u32 = row.counts.iter().sum();
                let mut x = 0.0;
                let segments = row.counts.iter().enumerate().map(|(i, n)| {
                    let width = if graded == 0 { 0.0 } else { f64::from(*n) * 100.0 / f64::from(graded) };
                    let segment = view! { <rect class=format!("grade-{i}") x=x y="0" width=width height="10"/> };
                    x += width;
                    segment
                }).collect_view();
                let words = Grade::ALL.iter().zip(&row.counts)
                    .map(|(grade, n)| format!("{} {n}", grade.label()))
                    .collect::<Vec<_>>()
                    .join(" · ");
                view! {
                    <li>
                        <span class="figure-label">{row.area.label()}</span>
                        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="bar-track" width="100" height="10"/>
                            {segments}
                        </svg>
                        <span class="grade-words">{words}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn AuditsDownload(audits: Audits) -> impl IntoView {
    let file = crate::reports::csv::practice_audits(&audits);
    view! {
        <div class="report-actions no-print">
            <button type="button" class="quiet-button" on:click=move |_| download("pathway-audits-of-practice.csv", "text/csv", &file)>
                "Download spreadsheet (CSV)"
            </button>
        </div>
    }
}

#[component]
fn AuditList(
    audits: Vec<PracticeAudit>,
    role: Role,
    token: StoredValue<String>,
    on_changed: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    if audits.is_empty() {
        let none = if role == Role::TeamManager {
            "No audits yet. Draw a sample to start."
        } else {
            "No audits yet."
        };
        return view! { <p class="quiet">{none}</p> }.into_any();
    }
    view! {
        <h2>"Audits"</h2>
        <ul class="plain audit-list">
            {audits.into_iter().map(|audit| view! { <li><AuditCard audit=audit role=role token=token on_changed=on_changed/></li> }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn AuditCard(
    audit: PracticeAudit,
    role: Role,
    token: StoredValue<String>,
    on_changed: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let heading_id = format!("audit-{}", audit.id);
    let labelled_by = heading_id.clone();
    let state = match (&audit.grading, &audit.answer) {
        (None, _) => "To grade".to_owned(),
        (Some(_), None) => format!("Graded · waiting for {}'s answer", audit.adviser),
        (Some(_), Some(_)) => "Answered".to_owned(),
    };
    let name = if role == Role::HeadOfService {
        audit.name.clone().into_any()
    } else {
        let (href, name) = (
            format!("/young-people/{}", audit.young_person),
            audit.name.clone(),
        );
        view! { <a href=href>{name}</a> }.into_any()
    };
    let may_grade = role == Role::TeamManager && audit.answer.is_none();
    let may_answer =
        role == Role::PersonalAdviser && audit.grading.is_some() && audit.answer.is_none();
    view! {
        <article class="audit" aria-labelledby=labelled_by>
            <h3 id=heading_id>{name}</h3>
            <p class="quiet">{format!(
                "Drawn {} by {} · Adviser: {}",
                short_day(audit.drawn_on),
                audit.auditor,
                audit.adviser
            )}</p>
            <p class="audit-state">{state}</p>
            {audit.grading.clone().map(|grading| view! { <GradesShown grading=grading/> })}
            {may_grade.then(|| {
                // Open with the grades and comments kept as they were left, if any.
                let open = RwSignal::new(device::writing::<IgnoredAny>(Form::AuditGrading(audit.id)).is_some());
                let form_id = format!("grade-{}", audit.id);
                let label = if audit.grading.is_some() { "Change the grades" } else { "Grade this plan" };
                view! {
                    <button type="button" class="quiet-button" aria-expanded=move || open.get().to_string()
                        aria-controls=form_id.clone() on:click=move |_| open.update(|o| *o = !*o)>{label}</button>
                    <div id=form_id hidden=move || !open.get()>
                        <GradeForm audit=audit.clone() token=token on_saved=on_changed/>
                    </div>
                }
            })}
            {audit.answer.clone().map(|answer| view! {
                <blockquote class="audit-answer">{answer}</blockquote>
                <p class="quiet">{format!("— {}", audit.answered_by.clone().unwrap_or_default())}</p>
            })}
            {may_answer.then(|| view! { <AnswerForm audit=audit.clone() token=token on_sent=on_changed/> })}
        </article>
    }
}

#[component]
fn GradesShown(grading: Grading) -> impl IntoView {
    view! {
        <dl class="grades">
            {Area::ALL.into_iter().map(|area| view! {
                <div><dt>{area.label()}</dt><dd>{grading.get(area).label()}</dd></div>
            }).collect_view()}
        </dl>
        {(!grading.comments.trim().is_empty()).then(|| view! { <p class="audit-comments">{grading.comments.clone()}</p> })}
    }
}

/// The grading form as the manager left it, kept on the phone while it
/// differs from the grades saved, since saving needs a connection.
#[derive(Clone, PartialEq, Serialize, ReadObject)]
struct GradingDraft {
    /// In the order of [`Area::ALL`].
    grades: [Option<Grade>; 4],
    comments: String,
}

impl GradingDraft {
    fn saved(grading: Option<&Grading>) -> GradingDraft {
        GradingDraft {
            grades: Area::ALL.map(|area| grading.map(|g| g.get(area))),
            comments: grading.map(|g| g.comments.clone()).unwrap_or_default(),
        }
    }

    /// What is kept for `form`, or else what was saved. An older app kept
    /// the comments alone, as text; they are read with the saved grades.
    fn kept(form: Form, saved: &GradingDraft) -> GradingDraft {
        device::writing::<GradingDraft>(form)
            .or_else(|| {
                device::writing::<String>(form).map(|comments| GradingDraft {
                    comments,
                    ..saved.clone()
                })
            })
            .unwrap_or_else(|| saved.clone())
    }
}

#[component]
fn GradeForm(
    audit: PracticeAudit,
    token: StoredValue<String>,
    on_saved: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let id = audit.id;
    let kept = Form::AuditGrading(id);
    let saved = StoredValue::new(GradingDraft::saved(audit.grading.as_ref()));
    let draft = RwSignal::new(GradingDraft::kept(kept, &saved.get_value()));
    let change = move |change: &dyn Fn(&mut GradingDraft)| {
        draft.update(change);
        draft.with_untracked(|now| {
            let changed = saved.with_value(|saved| saved != now);
            device::keep_writing(kept, changed.then_some(now));
        });
    };
    let problem = RwSignal::new(None::<String>);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let [plan_quality, voice, actions, timeliness] = draft.with_untracked(|d| d.grades);
        let (Some(plan_quality), Some(voice), Some(actions), Some(timeliness)) =
            (plan_quality, voice, actions, timeliness)
        else {
            problem.set(Some("Choose a grade in each of the four areas.".into()));
            return;
        };
        let grading = Grading {
            plan_quality,
            voice,
            actions,
            timeliness,
            comments: draft.with_untracked(|d| d.comments.clone()),
        };
        leptos::task::spawn_local(async move {
            let saved: Result<PracticeAudit, ApiFailure> = api::post(
                &format!("/api/practice-audits/{id}/grading"),
                &grading,
                Some(&token.get_value()),
            )
            .await;
            match saved {
                Ok(_) => {
                    device::keep_writing::<GradingDraft>(kept, None);
                    on_saved();
                }
                Err(failure) => problem.set(Some(refused(failure))),
            }
        });
    };
    view! {
        <form class="grade-form" on:submit=save>
            {Area::ALL.into_iter().enumerate().map(|(i, area)| {
                let group = format!("{}-{}", area.slug(), id);
                view! {
                    <fieldset>
                        <legend>{area.label()}</legend>
                        {Grade::ALL.into_iter().map(|grade| {
                            let input_id = format!("{group}-{}", grade.as_str());
                            view! {
                                <div class="choice">
                                    <input type="radio" id=input_id.clone() name=group.clone()
                                        prop:checked=move || draft.with(|d| d.grades[i] == Some(grade))
                                        on:change=move |_| change(&|d| d.grades[i] = Some(grade))/>
                                    <label for=input_id>{grade.label()}</label>
                                </div>
                            }
                        }).collect_view()}
                    </fieldset>
                }
            }).collect_view()}
            <div class="field">
                <label for=format!("comments-{id}")>"Comments"</label>
                <textarea id=format!("comments-{id}") rows="3" maxlength=MAX_THOUGHTS.to_string()
                    prop:value=move || draft.with(|d| d.comments.clone())
                    on:input=move |ev| { let text = event_target_value(&ev); change(&|d| d.comments.clone_from(&text)) }></textarea>
            </div>
            <p class="problem" role="alert">{move || problem.get()}</p>
            <button type="submit" class="primary">"Save grades"</button>
        </form>
    }
}

#[component]
fn AnswerForm(
    audit: PracticeAudit,
    token: StoredValue<String>,
    on_sent: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let id = audit.id;
    // Kept on the phone as it is written: answering needs a connection,
    // and the words wait for one.
    let text = KeptWords::new(Form::AuditAnswer(id));
    let problem = RwSignal::new(None::<String>);
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let answer = AuditAnswer {
            text: text.get_untracked(),
        };
        if let Err(why) = answer.problem() {
            problem.set(Some(why));
            return;
        }
        leptos::task::spawn_local(async move {
            let sent: Result<PracticeAudit, ApiFailure> = api::post(
                &format!("/api/practice-audits/{id}/answer"),
                &answer,
                Some(&token.get_value()),
            )
            .await;
            match sent {
                Ok(_) => {
                    text.set(String::new());
                    on_sent();
                }
                Err(failure) => problem.set(Some(refused(failure))),
            }
        });
    };
    view! {
        <form class="answer-form" on:submit=send>
            <div class="field">
                <label for=format!("answer-{id}")>"Your answer"</label>
                <textarea id=format!("answer-{id}") rows="3" maxlength=MAX_THOUGHTS.to_string()
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <p class="problem" role="alert">{move || problem.get()}</p>
            <button type="submit" class="primary">"Send answer"</button>
        </form>
    }
}
