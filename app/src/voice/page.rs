//! *My voice* for the young person, and the statements inbox for staff.
//! A statement is kept on the phone the moment she sends it; while it
//! waits, and whenever it says she is not safe, she is shown who to call now.

use leptos::prelude::*;
use uuid::Uuid;
use wasm_bindgen::JsCast;

use crate::ids;
use crate::sync::kinds::MAX_THOUGHTS;
use crate::writing::Form;

use crate::auth::Role;
use crate::language::browser::short_day;
use crate::plan::PlanPart;
use crate::shell::{admit, device, set_title, shell, Audience};
use crate::sync::{fields_of, Fields, RecordKind};
use crate::tr;
use crate::ui::{
    feeling_words, part_about, prompt_words, read_aloud, topic_words, KeptWords, Rejections,
};
use crate::voice::{
    raises_flag, statements, AcknowledgementFields, Feeling, ReplyFields, Statement,
    StatementFields, Topic,
};

/// The fields of an acknowledgement: who and when the server fills in.
fn read(statement: Uuid) -> Fields {
    fields_of(&AcknowledgementFields {
        statement,
        by_name: String::new(),
        at: 0,
    })
}

/// Who to call right now: always shown beside a worrying statement.
#[component]
fn CallNow() -> impl IntoView {
    let store = shell().store;
    let number = move || {
        store.replica.with(|r| {
            r.as_ref()
                .map(|r| r.settings.out_of_hours_phone.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="call-now" role="note" aria-label=tr!("call-now-label")>
            <p><strong>{tr!("call-now-999")}</strong></p>
            <p>
                {tr!("call-now-out-of-hours")}" "
                <a href=move || format!("tel:{}", number().replace(' ', "")) dir="ltr">{number}</a>
            </p>
        </div>
    }
}

#[component]
pub fn MyVoice() -> impl IntoView {
    set_title(tr!("voice-title"));
    let session = match admit(Audience::YoungPerson("/inbox")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let me = session.user.id;
    let store = shell().store;
    // Opening My voice counts as seeing every reply in it.
    let seen = shell().replies_seen;
    Effect::new(move |_| {
        let count = store.replies();
        if count != seen.get_untracked() {
            crate::shell::device::see_replies(session.user.id, count);
            seen.set(count);
        }
    });
    // Home's *Something's wrong*, and what signing out says is unfinished,
    // open a topic's form straight away.
    let asked = crate::routes::address::query("about").and_then(|about| Topic::from_slug(&about));
    let topic = RwSignal::new(asked);
    let just_sent = RwSignal::new(None::<bool>);
    let mine = Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref()
                .map(|r| {
                    let view = store.view.get();
                    statements(view.values().collect::<Vec<_>>())
                        .into_iter()
                        .map(|s| {
                            let pending = r.is_pending(s.id);
                            (s, pending)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <section class="page voice">
            <h1>{tr!("voice-title")}</h1>
            <p class="lede">{tr!("voice-lede")}</p>
            <Rejections/>
            {move || just_sent.get().map(|flagged| view! {
                <div class="notice sent" aria-live="polite">
                    <p><strong>{tr!("voice-thanks")}</strong>" "
                        {move || if store.waiting() > 0 {
                            tr!("voice-saved-will-send")
                        } else {
                            tr!("voice-sent")
                        }}
                    </p>
                </div>
                {flagged.then(|| view! { <CallNow/> })}
            })}
            <Show when=move || topic.get().is_none()>
                <h2>{tr!("voice-what-to-do")}</h2>
                <div class="topics">
                    // A topic she started writing about says so: her words
                    // are kept, and open with it.
                    {Topic::ALL.iter().map(|&t| view! {
                        <button type="button" class="topic" data-topic=t.slug() on:click=move |_| { just_sent.set(None); topic.set(Some(t)) }>
                            {topic_words(t)}
                            {device::writing::<Vec<String>>(Form::Statement(t)).map(|_| view! { <span class="pending">{tr!("writing-unfinished")}</span> })}
                        </button>
                    }).collect_view()}
                </div>
            </Show>
            {move || topic.get().map(|t| view! { <StatementForm topic=t young_person=me open=topic sent=just_sent/> })}
            <h2>{tr!("voice-what-sent")}</h2>
            {move || {
                let list = mine.get();
                if list.is_empty() {
                    view! { <p class="quiet">{tr!("voice-nothing-yet")}</p> }.into_any()
                } else {
                    view! {
                        <ol class="timeline">
                            {list.into_iter().map(|(s, pending)| view! { <Sent statement=s pending=pending/> }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }}
        </section>
    }
    .into_any()
}

#[component]
fn Sent(statement: Statement, pending: bool) -> impl IntoView {
    let status = if pending && statement.received_at == 0 {
        tr!("voice-status-saved").to_owned()
    } else if let Some(ack) = statement.acknowledged.first() {
        tr!("voice-status-read-by", name = &ack.by_name)
    } else if let Some(reply) = statement.replies.first() {
        tr!("voice-status-read-by", name = &reply.by_name)
    } else {
        tr!("voice-status-sent").to_owned()
    };
    view! {
        <li class="entry">
            <p class="entry-head"><strong>{topic_words(statement.fields.topic)}</strong>
                {statement.fields.feeling.map(|f| format!(" · {} {}", f.face(), feeling_words(f)))}
            </p>
            <p class="badges"><span class="badge">{status}</span></p>
            {(!statement.fields.text.is_empty()).then(|| view! { <p dir="auto">{statement.fields.text.clone()}</p> })}
            {statement.replies.iter().map(|r| view! {
                <p class="encouragement"><strong>{tr!("voice-replied", name = &r.by_name)}" "</strong><span dir="auto">{r.text.clone()}</span></p>
            }).collect_view()}
        </li>
    }
}

/// A short, guided statement.
#[component]
fn StatementForm(
    topic: Topic,
    young_person: Uuid,
    open: RwSignal<Option<Topic>>,
    sent: RwSignal<Option<bool>>,
) -> impl IntoView {
    let store = shell().store;
    let feeling = RwSignal::new(None::<Feeling>);
    // Getting ready for a review is long: one part of the plan a screen.
    let stepped = topic == Topic::ReviewReady;
    // Her words are kept on the phone as she writes them: each answer,
    // then anything else.
    let form = Form::Statement(topic);
    let kept: Vec<String> = device::writing(form).unwrap_or_default();
    let answers: Vec<RwSignal<String>> = topic
        .prompts()
        .iter()
        .enumerate()
        .map(|(i, _)| RwSignal::new(kept.get(i).cloned().unwrap_or_default()))
        .collect();
    let parts = answers.len();
    let text = RwSignal::new(kept.get(parts).cloned().unwrap_or_default());
    // 0: how she feels; 1 to `parts`: each part; then the rest and Send.
    let step = RwSignal::new(0usize);
    let last = parts + 1;
    let keep_going = {
        let answers = answers.clone();
        move || {
            let now: Vec<String> = answers
                .iter()
                .chain([&text])
                .map(|a| a.get_untracked())
                .collect();
            let written = now.iter().any(|words| !words.trim().is_empty());
            device::keep_writing(form, written.then_some(&now));
        }
    };
    // Each new screen's first box takes the focus, so she can write at once.
    Effect::new(move |was: Option<usize>| {
        let now = step.get();
        if stepped && was.is_some_and(|was| was != now) {
            let target = match now {
                0 => "feeling-heading".to_owned(),
                n if n <= parts => format!("prompt-{}", n - 1),
                _ => "statement-more".to_owned(),
            };
            if let Some(element) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&target))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = element.focus();
            }
        }
        now
    });
    let shown = move |at: usize| !stepped || step.get() == at;
    let call_me = RwSignal::new(false);
    let flagged = move || raises_flag(topic, feeling.get());
    let spoken = format!(
        "{}. {} {}",
        topic_words(topic),
        tr!("voice-how-feeling"),
        (0..topic.prompts().len())
            .map(|i| prompt_words(topic, i))
            .collect::<Vec<_>>()
            .join(" ")
    );
    let send = {
        let answers = answers.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if stepped && step.get_untracked() < last {
                step.update(|s| *s += 1);
                return;
            }
            let pairs: Vec<(String, String)> = topic
                .prompts()
                .iter()
                .zip(&answers)
                .map(|(q, a)| ((*q).to_owned(), a.get_untracked().trim().to_owned()))
                .filter(|(_, a)| !a.is_empty())
                .collect();
            let data = fields_of(&StatementFields {
                topic,
                feeling: feeling.get_untracked(),
                answers: pairs,
                text: text.get_untracked().trim().to_owned(),
                call_me: call_me.get_untracked(),
                flag: false,
                by_name: String::new(),
            });
            store.edit(|replica| {
                replica.change(RecordKind::Statement, ids::new(), young_person, data);
            });
            device::keep_writing::<Vec<String>>(form, None);
            sent.set(Some(raises_flag(topic, feeling.get_untracked())));
            open.set(None);
        }
    };
    let current_empty = {
        let answers = answers.clone();
        move || {
            let at = step.get();
            (1..=parts).contains(&at) && answers[at - 1].with(|a| a.trim().is_empty())
        }
    };
    view! {
        <form class="editor contact-form statement" on:submit=send>
            <h2>{topic_words(topic)}</h2>
            <button type="button" class="quiet-button" on:click=move |_| read_aloud(&spoken)>"🔊 "{tr!("voice-read-this")}</button>
            {(topic == Topic::SomethingWrong).then(|| view! { <CallNow/> })}
            {stepped.then(|| view! {
                <div class="prep-progress">
                    <p id="prep-where">{move || match step.get() {
                        0 => tr!("voice-first-feeling").to_owned(),
                        n if n <= parts => tr!("voice-part-of", part = n, parts = parts),
                        _ => tr!("voice-last").to_owned(),
                    }}</p>
                    <progress max=last.to_string() value=move || step.get().to_string() aria-labelledby="prep-where"></progress>
                </div>
            })}
            <div class="prep-step" hidden=move || !shown(0)>
                <fieldset class="choices feelings">
                    <legend id="feeling-heading" tabindex="-1">{tr!("voice-how-feeling")}</legend>
                    {Feeling::ALL.iter().map(|&f| {
                        let id = format!("feeling-{}", f.word().to_lowercase().replace(' ', "-"));
                        view! {
                            <span class="choice">
                                <input type="radio" name="feeling" id=id.clone() prop:checked=move || feeling.get() == Some(f) on:change=move |_| feeling.set(Some(f))/>
                                <label for=id><span aria-hidden="true">{f.face()}" "</span>{feeling_words(f)}</label>
                            </span>
                        }
                    }).collect_view()}
                </fieldset>
                <Show when=move || flagged() && topic != Topic::SomethingWrong>
                    <CallNow/>
                </Show>
                {stepped.then(|| view! {
                    <p class="quiet">{tr!("voice-prep-about")}</p>
                })}
            </div>
            {answers.into_iter().enumerate().map(|(i, answer)| {
                let id = format!("prompt-{i}");
                let keep = keep_going.clone();
                let about = stepped.then(|| PlanPart::ALL.get(i).map(|&p| part_about(p))).flatten();
                view! {
                    <div class="field prep-step" hidden=move || !shown(i + 1)>
                        <label for=id.clone()>{prompt_words(topic, i)}</label>
                        {about.map(|about| view! { <p class="quiet small">{about}</p> })}
                        <textarea id=id rows=if stepped { "6" } else { "3" } maxlength=MAX_THOUGHTS prop:value=move || answer.get() on:input=move |ev| {
                            answer.set(event_target_value(&ev));
                            keep();
                        }></textarea>
                    </div>
                }
            }).collect_view()}
            <div class="prep-step" hidden=move || !shown(last)>
                <div class="field">
                    <label for="statement-more">{tr!("voice-anything-else")}</label>
                    <textarea id="statement-more" rows="3" maxlength=MAX_THOUGHTS prop:value=move || text.get() on:input={
                        let keep = keep_going.clone();
                        move |ev| {
                            text.set(event_target_value(&ev));
                            keep();
                        }
                    }></textarea>
                </div>
                <div class="field check">
                    <input type="checkbox" id="call-me" prop:checked=move || call_me.get() on:change=move |ev| call_me.set(event_target_checked(&ev))/>
                    <label for="call-me">{tr!("voice-call-me")}</label>
                </div>
            </div>
            <div class="editor-buttons">
                {move || if !stepped || step.get() == last {
                    view! { <button type="submit" class="primary">{tr!("voice-send")}</button> }.into_any()
                } else if current_empty() {
                    view! { <button type="submit" class="primary">{tr!("voice-skip")}</button> }.into_any()
                } else {
                    view! { <button type="submit" class="primary">{tr!("voice-next")}</button> }.into_any()
                }}
                {move || if stepped && step.get() > 0 {
                    view! { <button type="button" class="quiet-button" on:click=move |_| step.update(|s| *s -= 1)>{tr!("voice-back")}</button> }.into_any()
                } else {
                    view! { <button type="button" class="quiet-button" on:click=move |_| open.set(None)>{tr!("voice-back")}</button> }.into_any()
                }}
            </div>
        </form>
    }
}

/// Every statement from the young people this person may see: open safety
/// flags first, then the newest.
#[component]
pub fn Inbox() -> impl IntoView {
    set_title("Voice");
    let session = match admit(Audience::Staff("/my-voice")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let manager = session.user.role == Role::TeamManager;
    let store = shell().store;
    let list = Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref()
                .map(|r| {
                    let view = store.view.get();
                    let minutes = r.settings.escalate_after_minutes;
                    statements(view.values().collect::<Vec<_>>())
                        .into_iter()
                        .map(|s| {
                            let name = r
                                .people
                                .iter()
                                .find(|p| p.id == s.young_person)
                                .map(|p| p.name.clone())
                                .unwrap_or_default();
                            let escalated =
                                s.escalated((js_sys::Date::now() / 1000.0) as i64, minutes);
                            (s, name, escalated, minutes)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // Only whether there is anything rebuilds the list itself.
    let empty = Memo::new(move |_| list.with(Vec::is_empty));
    view! {
        <section class="page voice">
            <h1>"Voice"</h1>
            <p class="lede">{if manager { "What young people across the team have said. Safety flags first." } else { "What the young people on your caseload have said. Safety flags first." }}</p>
            {move || {
                if empty.get() {
                    view! { <p class="quiet">"Nothing has been sent yet."</p> }.into_any()
                } else {
                    // Keyed, each card rebuilt only when what it shows
                    // changes: a statement arriving live never takes a
                    // reply being typed in another, or the focus.
                    view! {
                        <ol class="timeline">
                            <For
                                each=move || list.with(|l| l.iter().map(|(s, ..)| s.id).collect::<Vec<_>>())
                                key=|id| *id
                                let:id
                            >
                                {
                                    let entry = Memo::new(move |_| list.with(|l| l.iter().find(|(s, ..)| s.id == id).cloned()));
                                    move || entry.get().map(|(s, name, escalated, minutes)| view! {
                                        <Received statement=s name=name escalated=escalated minutes=minutes/>
                                    })
                                }
                            </For>
                        </ol>
                    }.into_any()
                }
            }}
        </section>
    }
    .into_any()
}

#[component]
fn Received(statement: Statement, name: String, escalated: bool, minutes: u32) -> impl IntoView {
    let store = shell().store;
    let id = statement.id;
    let young_person = statement.young_person;
    let reply = KeptWords::new(Form::Reply(id));
    let open_flag = statement.open_flag();
    let acknowledge = move |_| {
        store.edit(|replica| {
            replica.change(
                RecordKind::Acknowledgement,
                ids::new(),
                young_person,
                read(id),
            );
        });
    };
    let send_reply = move |_| {
        let text = reply.get_untracked();
        if text.trim().is_empty() {
            return;
        }
        store.edit(|replica| {
            replica.change(
                RecordKind::Reply,
                ids::new(),
                young_person,
                fields_of(&ReplyFields {
                    statement: id,
                    text: text.trim().to_owned(),
                    by_name: String::new(),
                }),
            );
            if open_flag {
                replica.change(
                    RecordKind::Acknowledgement,
                    ids::new(),
                    young_person,
                    read(id),
                );
            }
        });
        reply.set(String::new());
    };
    let reply_id = format!("reply-{}", id.simple());
    let acknowledged = statement.acknowledged.first().map(|a| {
        let at = crate::dates::day_of(a.at)
            .map(short_day)
            .unwrap_or_default();
        format!("Acknowledged by {} on {at}", a.by_name)
    });
    view! {
        <li class="entry" data-flag=open_flag.to_string()>
            {statement.fields.flag.then(|| view! {
                <p class="flag"><span aria-hidden="true">"⚠ "</span><strong>"Safety flag"</strong>
                    {escalated.then(|| format!(" — not acknowledged for over {} hours", minutes / 60))}
                </p>
            })}
            <p class="entry-head"><strong>{name}</strong>" · "{statement.fields.topic.label()}
                {statement.fields.feeling.map(|f| format!(" · {} {}", f.face(), f.word()))}
            </p>
            <p class="badges">
                {statement.fields.call_me.then(|| view! { <span class="badge">"Wants a call"</span> })}
                {acknowledged.map(|a| view! { <span class="badge">{a}</span> })}
            </p>
            // Her words as she wrote them, in whichever direction her language runs.
            {statement.fields.answers.iter().map(|(q, a)| view! { <p><strong>{format!("{q} ")}</strong><span dir="auto">{a.clone()}</span></p> }).collect_view()}
            {(!statement.fields.text.is_empty()).then(|| view! { <p dir="auto">{statement.fields.text.clone()}</p> })}
            {statement.replies.iter().map(|r| view! { <p class="encouragement"><strong>{format!("{} replied: ", r.by_name)}</strong>{r.text.clone()}</p> }).collect_view()}
            {open_flag.then(|| view! {
                <button type="button" class="primary" on:click=acknowledge>"Acknowledge"</button>
            })}
            <div class="field">
                <label for=reply_id.clone()>"Reply"</label>
                <textarea id=reply_id rows="2" maxlength=MAX_THOUGHTS prop:value=move || reply.get() on:input=move |ev| reply.set(event_target_value(&ev))></textarea>
                <button type="button" class="quiet-button" on:click=send_reply>"Send reply"</button>
            </div>
        </li>
    }
}
