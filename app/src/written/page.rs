//! "What's written about me": the young person opens everything Pathway
//! keeps about her, and can download it as a web page or a JSON file.
//! It comes from the server, not the phone, because the phone does not hold
//! the staff-only notes whose dates she is shown.

use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

use crate::dates::{day_of, long_day, short_day};
use crate::goals::{scale_words, GoalStatus};
use crate::shell::api::{self, ApiFailure};
use crate::shell::{admit, set_title, Audience};
use crate::ui::{download, participation_words, LookedList, PlanCopyView};
use crate::written::WrittenAboutMe;

#[component]
pub fn WrittenAboutMePage() -> impl IntoView {
    set_title("What's written about me");
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
        <p class="back no-print"><A href="/my-plan">"← My plan"</A></p>
        {move || match written.get() {
            None => view! {
                <section class="page narrow empty">
                    <h1>"What's written about me"</h1>
                    <p aria-busy="true">"Getting everything written about you…"</p>
                </section>
            }
            .into_any(),
            Some(Err(failure)) => {
                let why = match failure {
                    ApiFailure::Offline => "You're offline. This comes straight from Pathway's records, not just what's on this phone, so it needs a connection. Try again when you're back online.".to_owned(),
                    other => other.message(),
                };
                view! {
                    <section class="page narrow empty">
                        <h1>"What's written about me"</h1>
                        <p role="alert">{why}</p>
                        <button type="button" class="quiet-button" on:click=move |_| attempt.update(|n| *n += 1)>"Try again"</button>
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
    let title = format!("What's written about {}", written.name);
    view! {
        <article class="page written" id="written">
            <h1>"What's written about me"</h1>
            <p class="lede">{format!("Everything Pathway keeps about you, put together on {made}.")}</p>
            <p>"Some notes are only for the staff who support you. They're listed at the end with their dates, so nothing is hidden from you. You can ask your personal adviser about any of them."</p>
            <div class="downloads no-print">
                <button type="button" class="quiet-button" on:click=move |_| {
                    if let Some(page) = page_html(&title) {
                        download(&html_file, "text/html", &page);
                    }
                }>"Download as a web page"</button>
                <button type="button" class="quiet-button" on:click=move |_| download(&json_file, "application/json", &json)>"Download as a file for other apps"</button>
            </div>

            <section aria-labelledby="about-heading">
                <h2 id="about-heading">"About me"</h2>
                <dl class="facts">
                    <div class="fact"><dt>"Name"</dt><dd>{written.name.clone()}</dd></div>
                    <div class="fact"><dt>"Date of birth"</dt><dd>{long_day(written.date_of_birth)}</dd></div>
                    <div class="fact"><dt>"Personal adviser"</dt><dd>{written.adviser.as_ref().map_or("Not named yet".to_owned(), |a| a.name.clone())}</dd></div>
                </dl>
            </section>

            <section aria-labelledby="plan-now-heading">
                <h2 id="plan-now-heading">"My plan now"</h2>
                <PlanCopyView plan=written.plan.clone() own=true first=String::new()/>
            </section>

            <section aria-labelledby="versions-heading">
                <h2 id="versions-heading">"Versions of my plan"</h2>
                {if written.versions.is_empty() {
                    view! { <p class="quiet">"None yet."</p> }.into_any()
                } else {
                    written.versions.iter().map(|v| {
                        let number = v.review.number.unwrap_or_default();
                        let held = v.review.held_on.map(long_day).unwrap_or_default();
                        view! {
                            <details class="written-version">
                                <summary>{format!("Version {number}, reviewed {held}")}</summary>
                                <p>{v.review.participation.map(participation_words)}</p>
                                {v.answers.iter().map(|a| view! {
                                    <p>
                                        {if a.agrees { "You agreed" } else { "You didn't agree" }}
                                        {day_of(a.at).map(|d| format!(" on {}", short_day(d)))}
                                        {(!a.reasons.trim().is_empty()).then(|| format!(": “{}”", a.reasons.trim()))}
                                    </p>
                                }).collect_view()}
                                <PlanCopyView plan=v.review.plan.clone().unwrap_or_default() own=true first=String::new()/>
                            </details>
                        }
                    }).collect_view().into_any()
                }}
                {written.review_in_progress.as_ref().map(|r| view! {
                    <p>{format!(
                        "A review is being got ready{}.",
                        r.held_on.map(|d| format!(" for {}", short_day(d))).unwrap_or_default()
                    )}</p>
                })}
                {(!written.review_requests.is_empty()).then(|| view! {
                    <h3>"Reviews I asked for"</h3>
                    <ul>
                        {written.review_requests.iter().map(|r| view! {
                            <li>{short_day(r.on)}{(!r.why.trim().is_empty()).then(|| format!(": “{}”", r.why.trim()))}</li>
                        }).collect_view()}
                    </ul>
                })}
            </section>

            <section aria-labelledby="goals-heading">
                <h2 id="goals-heading">"My goals"</h2>
                {if written.goals.is_empty() { Some(view! { <p class="quiet">"None yet."</p> }) } else { None }}
                <ul class="plain">
                    {written.goals.iter().map(|g| view! {
                        <li>
                            <p><strong>{g.goal.title.clone()}</strong>" — "{g.goal.domain.heading()}
                                {match g.goal.status { GoalStatus::Suggested => " (a suggestion)", GoalStatus::Declined => " (you said no)", GoalStatus::Active => "" }}</p>
                            {(!g.goal.steps.is_empty()).then(|| view! {
                                <ul>{g.goal.steps.iter().map(|s| view! { <li>{s.text.clone()}{if s.done { " — done" } else { "" }}</li> }).collect_view()}</ul>
                            })}
                            {g.ratings.iter().map(|r| view! {
                                <p class="small">{format!("{}: {} — by {}", short_day(r.on), scale_words(r.score), r.by_name)}{(!r.note.is_empty()).then(|| format!(" — “{}”", r.note))}</p>
                            }).collect_view()}
                            {g.notes.iter().map(|n| view! { <p class="small">{format!("{} wrote: “{}”", n.by_name, n.text)}</p> }).collect_view()}
                        </li>
                    }).collect_view()}
                </ul>
            </section>

            <section aria-labelledby="contacts-heading">
                <h2 id="contacts-heading">"Notes of contact shared with me"</h2>
                {if written.contacts.is_empty() { Some(view! { <p class="quiet">"None yet."</p> }) } else { None }}
                <ul class="plain">
                    {written.contacts.iter().map(|c| view! {
                        <li>
                            <p><strong>{format!("{} — {}", short_day(c.on), c.kind.label())}</strong>{format!(" (written by {})", c.by_name)}</p>
                            <p>{c.summary.clone()}</p>
                            {(!c.actions.is_empty()).then(|| view! { <p>{format!("Agreed: {}", c.actions)}</p> })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>

            <section aria-labelledby="sent-heading">
                <h2 id="sent-heading">"What I've sent"</h2>
                {if written.statements.is_empty() { Some(view! { <p class="quiet">"Nothing yet."</p> }) } else { None }}
                <ul class="plain">
                    {written.statements.iter().map(|s| view! {
                        <li>
                            <p><strong>{s.statement.topic.label()}</strong>
                                {day_of(s.sent_at).filter(|_| s.sent_at > 0).map(|d| format!(" — {}", short_day(d)))}
                                {s.statement.feeling.map(|f| format!(" — feeling {}", f.word()))}</p>
                            {s.statement.answers.iter().filter(|(_, a)| !a.trim().is_empty()).map(|(q, a)| view! {
                                <p>{format!("{q}: “{a}”")}</p>
                            }).collect_view()}
                            {(!s.statement.text.trim().is_empty()).then(|| view! { <p>{format!("“{}”", s.statement.text)}</p> })}
                            {s.statement.call_me.then(|| view! { <p>"You asked for someone to call you."</p> })}
                            {s.read_by.iter().map(|r| view! { <p class="small">{format!("Read by {}", r.by_name)}{day_of(r.at).map(|d| format!(" on {}", short_day(d)))}</p> }).collect_view()}
                            {s.replies.iter().map(|r| view! { <p class="small">{format!("{} replied: “{}”", r.by_name, r.text)}</p> }).collect_view()}
                        </li>
                    }).collect_view()}
                </ul>
            </section>

            <section aria-labelledby="looked-heading">
                <h2 id="looked-heading">"Who has opened your records"</h2>
                <p class="quiet">"Every member of staff who opened or wrote in your records, newest first."</p>
                <LookedList looked=written.looked_at.clone() to_her=true/>
            </section>

            <section aria-labelledby="staff-only-heading">
                <h2 id="staff-only-heading">"Notes only staff read"</h2>
                {if written.staff_only.is_empty() {
                    view! { <p class="quiet">"There are none."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain">
                            {written.staff_only.iter().map(|s| view! { <li>{format!("{} — {}", short_day(s.on), s.what)}</li> }).collect_view()}
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
    Some(format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>body{{font-family:system-ui,sans-serif;line-height:1.5;max-width:46rem;margin:1rem auto;padding:0 1rem;color:#1d2523}}\
         blockquote{{margin:0.5rem 0;padding-left:0.75rem;border-left:4px solid #1f5f56}}.quiet{{color:#4d5956}}</style></head>\
         <body>{article}</body></html>\n",
        escape(title)
    ))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
