//! "What's written about me": the young person opens everything Pathway
//! keeps about her, and can download it as a web page or a JSON file.
//! It comes from the server, not the phone, because the phone does not hold
//! the staff-only notes whose dates she is shown.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::dates::day_of;
use crate::goals::GoalStatus;
use crate::language::browser;
use crate::language::browser::{long_day, short_day};
use crate::shell::api::{self, ApiFailure};
use crate::shell::{admit, set_title, Audience};
use crate::tr;
use crate::ui::{
    bee_heading, contact_kind_words, download, feeling_words, participation_words, prompt_words,
    scale_words, topic_words, LookedList, PlanCopyView,
};
use crate::written::{StaffNote, WrittenAboutMe};

#[component]
pub fn WrittenAboutMePage() -> impl IntoView {
    set_title(tr!("more-written-about-me"));
    let session = match admit(Audience::YoungPerson("/young-people")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let attempt = RwSignal::new(0u32);
    let token = session.token.clone();
    let written = LocalResource::new(move || {
        attempt.track();
        let token = token.clone();
        async move {
            // The download is the server's own text; the page is read from it.
            let text = api::get_text("/api/me/written-about-me", &token).await?;
            let written: WrittenAboutMe = api::parse(&text)?;
            Ok::<_, ApiFailure>((written, text))
        }
    });
    view! {
        <p class="back no-print"><a href="/my-plan">{tr!("plan-back-to-mine")}</a></p>
        {move || match written.get() {
            None => view! {
                <section class="page narrow empty">
                    <h1>{tr!("more-written-about-me")}</h1>
                    <p aria-busy="true">{tr!("written-getting")}</p>
                </section>
            }
            .into_any(),
            Some(Err(failure)) => {
                let why = match failure {
                    ApiFailure::Offline => tr!("written-offline").to_owned(),
                    other => other.message(),
                };
                view! {
                    <section class="page narrow empty">
                        <h1>{tr!("more-written-about-me")}</h1>
                        <p role="alert">{why}</p>
                        <button type="button" class="quiet-button" on:click=move |_| attempt.update(|n| *n += 1)>{tr!("written-try-again")}</button>
                    </section>
                }
                .into_any()
            }
            Some(Ok((written, json))) => view! { <Written written=written json=json/> }.into_any(),
        }}
    }
    .into_any()
}

#[component]
fn Written(written: WrittenAboutMe, json: String) -> impl IntoView {
    let made = day_of(written.made_at).map(long_day).unwrap_or_default();
    let file = format!(
        "written-about-{}-{}",
        written.name.to_lowercase().replace(' ', "-"),
        day_of(written.made_at)
            .map(crate::dates::iso)
            .unwrap_or_default()
    );
    let html_file = format!("{file}.html");
    let json_file = format!("{file}.json");
    let title = tr!("written-about-name", name = written.name.clone());
    view! {
        <article class="page written" id="written">
            <h1>{tr!("more-written-about-me")}</h1>
            <p class="lede">{tr!("written-lede", day = made)}</p>
            <p>{tr!("written-staff-notes-about")}</p>
            <div class="downloads no-print">
                <button type="button" class="quiet-button" on:click=move |_| {
                    if let Some(page) = page_html(&title) {
                        download(&html_file, "text/html", &page);
                    }
                }>{tr!("written-download-page")}</button>
                <button type="button" class="quiet-button" on:click=move |_| download(&json_file, "application/json", &json)>{tr!("written-download-file")}</button>
            </div>

            <section aria-labelledby="about-heading">
                <h2 id="about-heading">{tr!("written-about-me")}</h2>
                <dl class="facts">
                    <div class="fact"><dt>{tr!("plan-fact-name")}</dt><dd>{written.name.clone()}</dd></div>
                    <div class="fact"><dt>{tr!("written-date-of-birth")}</dt><dd>{long_day(written.date_of_birth)}</dd></div>
                    <div class="fact"><dt>{tr!("plan-my-adviser")}</dt><dd>{written.adviser.as_ref().map_or(tr!("plan-not-named").to_owned(), |a| a.name.clone())}</dd></div>
                </dl>
            </section>

            <section aria-labelledby="plan-now-heading">
                <h2 id="plan-now-heading">{tr!("written-plan-now")}</h2>
                <PlanCopyView plan=written.plan.clone() own=true first=String::new()/>
            </section>

            <section aria-labelledby="versions-heading">
                <h2 id="versions-heading">{tr!("written-versions")}</h2>
                {if written.versions.is_empty() {
                    view! { <p class="quiet">{tr!("written-none-yet")}</p> }.into_any()
                } else {
                    written.versions.iter().map(|v| {
                        let number = v.review.number.unwrap_or_default();
                        let held = v.review.held_on.map(long_day).unwrap_or_default();
                        view! {
                            <details class="written-version">
                                <summary>{tr!("written-version-reviewed", number = number, day = held)}</summary>
                                <p>{v.review.participation.map(participation_words)}</p>
                                {v.answers.iter().map(|a| view! {
                                    <p>
                                        {match (a.agrees, day_of(a.at)) {
                                            (true, Some(d)) => tr!("written-you-agreed-on", day = short_day(d)),
                                            (false, Some(d)) => tr!("written-you-disagreed-on", day = short_day(d)),
                                            (true, None) => tr!("written-you-agreed").to_owned(),
                                            (false, None) => tr!("written-you-disagreed").to_owned(),
                                        }}
                                        {(!a.reasons.trim().is_empty()).then(|| format!(": “{}”", a.reasons.trim()))}
                                    </p>
                                }).collect_view()}
                                <PlanCopyView plan=v.review.plan.clone().unwrap_or_default() own=true first=String::new()/>
                            </details>
                        }
                    }).collect_view().into_any()
                }}
                {written.review_in_progress.as_ref().map(|r| view! {
                    <p>{match r.held_on {
                        Some(d) => tr!("written-review-getting-ready-for", day = short_day(d)),
                        None => tr!("written-review-getting-ready").to_owned(),
                    }}</p>
                })}
                {(!written.review_requests.is_empty()).then(|| view! {
                    <h3>{tr!("written-asked-for")}</h3>
                    <ul>
                        {written.review_requests.iter().map(|r| view! {
                            <li>{short_day(r.on)}{(!r.why.trim().is_empty()).then(|| format!(": “{}”", r.why.trim()))}</li>
                        }).collect_view()}
                    </ul>
                })}
            </section>

            <section aria-labelledby="goals-heading">
                <h2 id="goals-heading">{tr!("goals-title")}</h2>
                {if written.goals.is_empty() { Some(view! { <p class="quiet">{tr!("written-none-yet")}</p> }) } else { None }}
                <ul class="plain">
                    {written.goals.iter().map(|g| view! {
                        <li>
                            <p><strong dir="auto">{g.goal.title.clone()}</strong>" — "{bee_heading(g.goal.domain)}
                                {match g.goal.status { GoalStatus::Suggested => format!(" {}", tr!("written-a-suggestion")), GoalStatus::Declined => format!(" {}", tr!("written-you-said-no")), GoalStatus::Active => String::new() }}</p>
                            {(!g.goal.steps.is_empty()).then(|| view! {
                                <ul>{g.goal.steps.iter().map(|s| view! { <li><span dir="auto">{s.text.clone()}</span>{if s.done { format!(" — {}", tr!("plan-done")) } else { String::new() }}</li> }).collect_view()}</ul>
                            })}
                            {g.ratings.iter().map(|r| view! {
                                <p class="small">{tr!("written-rating", day = short_day(r.on), words = scale_words(r.score), name = r.by_name.clone())}{(!r.note.is_empty()).then(|| format!(" — “{}”", r.note))}</p>
                            }).collect_view()}
                            {g.notes.iter().map(|n| view! { <p class="small">{tr!("written-note", name = n.by_name.clone(), text = n.text.clone())}</p> }).collect_view()}
                        </li>
                    }).collect_view()}
                </ul>
            </section>

            <section aria-labelledby="contacts-heading">
                <h2 id="contacts-heading">{tr!("written-contacts")}</h2>
                {if written.contacts.is_empty() { Some(view! { <p class="quiet">{tr!("written-none-yet")}</p> }) } else { None }}
                <ul class="plain">
                    {written.contacts.iter().map(|c| view! {
                        <li>
                            <p><strong>{format!("{} — {}", short_day(c.on), contact_kind_words(c.kind))}</strong>" "{tr!("written-written-by", name = c.by_name.clone())}</p>
                            <p dir="auto">{c.summary.clone()}</p>
                            {(!c.actions.is_empty()).then(|| view! { <p>{tr!("contacts-we-agreed")}" "<span dir="auto">{c.actions.clone()}</span></p> })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>

            <section aria-labelledby="sent-heading">
                <h2 id="sent-heading">{tr!("voice-what-sent")}</h2>
                {if written.statements.is_empty() { Some(view! { <p class="quiet">{tr!("voice-nothing-yet")}</p> }) } else { None }}
                <ul class="plain">
                    {written.statements.iter().map(|s| view! {
                        <li>
                            <p><strong>{topic_words(s.statement.topic)}</strong>
                                {day_of(s.sent_at).filter(|_| s.sent_at > 0).map(|d| format!(" — {}", short_day(d)))}
                                {s.statement.feeling.map(|f| format!(" — {}", tr!("written-feeling", feeling = feeling_words(f))))}</p>
                            {s.statement.answers.iter().enumerate().filter(|(_, (_, a))| !a.trim().is_empty()).map(|(i, (q, a))| {
                                // The question as she was asked it, in her
                                // language; stored in English for her adviser.
                                let topic = s.statement.topic;
                                let asked = if topic.prompts().get(i) == Some(&q.as_str()) { prompt_words(topic, i).to_owned() } else { q.clone() };
                                view! { <p>{format!("{asked}: “{a}”")}</p> }
                            }).collect_view()}
                            {(!s.statement.text.trim().is_empty()).then(|| view! { <p dir="auto">{format!("“{}”", s.statement.text)}</p> })}
                            {s.statement.call_me.then(|| view! { <p>{tr!("written-asked-call")}</p> })}
                            {s.read_by.iter().map(|r| view! { <p class="small">{match day_of(r.at) {
                                Some(d) => tr!("written-read-by-on", name = r.by_name.clone(), day = short_day(d)),
                                None => tr!("voice-status-read-by", name = r.by_name.clone()),
                            }}</p> }).collect_view()}
                            {s.replies.iter().map(|r| view! { <p class="small">{tr!("written-replied", name = r.by_name.clone(), text = r.text.clone())}</p> }).collect_view()}
                        </li>
                    }).collect_view()}
                </ul>
            </section>

            <section aria-labelledby="looked-heading">
                <h2 id="looked-heading">{tr!("written-who-opened")}</h2>
                <p class="quiet">{tr!("written-who-opened-about")}</p>
                <LookedList looked=written.looked_at.clone() to_her=true/>
            </section>

            <section aria-labelledby="staff-only-heading">
                <h2 id="staff-only-heading">{tr!("written-staff-only")}</h2>
                {if written.staff_only.is_empty() {
                    view! { <p class="quiet">{tr!("written-there-are-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain">
                            {written.staff_only.iter().map(|s| view! { <li>{format!("{} — {}", short_day(s.on), staff_note_words(&s.what))}</li> }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </article>
    }
}

/// The page as shown, as a web page of its own that opens anywhere.
fn page_html(title: &str) -> Option<String> {
    let shown = web_sys::window()?
        .document()?
        .get_element_by_id("written")?;
    // A copy without the buttons, which do nothing in a saved page.
    let copy = shown
        .clone_node_with_deep(true)
        .ok()?
        .dyn_into::<web_sys::Element>()
        .ok()?;
    if let Ok(Some(buttons)) = copy.query_selector(".downloads") {
        buttons.remove();
    }
    let article = copy.outer_html();
    let lang = browser::current();
    let dir = if lang.right_to_left() { "rtl" } else { "ltr" };
    Some(format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>body{{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:1rem auto;padding:0 1rem;color:#1d2523}}\
         blockquote{{margin:0.5rem 0;padding-inline-start:0.75rem;border-inline-start:4px solid #1f5f56}}.quiet{{color:#4d5956}}</style></head>\
         <body>{article}</body></html>\n",
        lang.tag(),
        escape(title)
    ))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// What a note only staff read is, in her language.
fn staff_note_words(note: &StaffNote) -> String {
    match note {
        StaffNote::Contact { how, by } => tr!(
            "written-staff-contact",
            how = contact_kind_words(*how),
            name = by
        ),
        StaffNote::ContactUnread => tr!("written-staff-contact-unread").to_owned(),
        StaffNote::NationalCount => tr!("written-staff-national-count").to_owned(),
    }
}
