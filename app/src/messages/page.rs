//! The conversation on screen: *Messages* for the young person, the same
//! conversation on her record for her adviser (read only for the manager),
//! and the list of conversations for staff. A message is kept on the phone
//! the moment it is sent and says how far it has got.

use leptos::prelude::*;
use uuid::Uuid;

use super::{Conversation, Delivery, Message, MessageFields};
use crate::auth::Role;
use crate::ids;
use crate::language::browser::short_day;
use crate::shell::notify_offer::NotifyOffer;
use crate::shell::{admit, local_moment, set_title, shell, today, young_person_in_path, Audience};
use crate::sync::kinds::{plain, MAX_THOUGHTS};
use crate::sync::{fields_of, first_name, RecordKind};
use crate::tr;
use crate::ui::{topic_words, KeptWords, Rejections};
use crate::writing::Form;

/// Her conversation with the people who work with her.
#[component]
pub fn MyMessages() -> impl IntoView {
    set_title(tr!("more-messages"));
    let session = match admit(Audience::YoungPerson("/messages")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let me = session.user.id;
    let adviser = Memo::new(move |_| {
        shell().store.replica.with(|r| {
            r.as_ref()
                .and_then(|r| r.people.iter().find(|p| p.id == me))
                .and_then(|p| p.adviser.as_ref().map(|a| a.name.clone()))
        })
    });
    // Asked only once she has written: then a reply is worth hearing of.
    let has_written = Memo::new(move |_| {
        shell().store.replica.with(|r| {
            r.as_ref().is_some_and(|_| {
                Conversation::of(shell().store.view.get().values(), me, me)
                    .messages
                    .iter()
                    .any(|m| m.is_by(me))
            })
        })
    });
    view! {
        <section class="page messages">
            <h1>{move || match adviser.get() {
                Some(name) => tr!("home-messages-with", name = first_name(&name)),
                None => tr!("more-messages").to_owned(),
            }}</h1>
            <p class="lede">{tr!("messages-lede")}</p>
            <Rejections/>
            <Thread young_person=me me=me writer=Writer::Her/>
            <Show when=move || has_written.get()>
                <NotifyOffer
                    offer=move || match adviser.get() {
                        Some(name) => tr!("messages-notify-offer", name = first_name(&name)),
                        None => tr!("messages-notify-offer-adviser").to_owned(),
                    }
                    button=tr!("messages-notify-button")
                />
            </Show>
        </section>
    }
    .into_any()
}

/// Her conversation, on her record, for staff.
#[component]
pub fn TheirMessages() -> impl IntoView {
    set_title("Messages");
    let session = match admit(Audience::Staff("/my-messages")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let young_person = young_person_in_path();
    let name = Memo::new(move |_| {
        shell().store.replica.with(|r| {
            r.as_ref()
                .and_then(|r| r.people.iter().find(|p| p.id == young_person))
                .map(|p| p.name.clone())
        })
    });
    let writer = if session.user.role == Role::TeamManager {
        Writer::Reader
    } else {
        Writer::Adviser
    };
    let me = session.user.id;
    view! {
        <section class="page messages">
            {move || match name.get() {
                None => view! {
                    <h1>"Messages"</h1>
                    <p>"There's no one with that link on your caseload."</p>
                    <p><a href="/messages">"All messages"</a></p>
                }.into_any(),
                Some(name) => view! {
                    <p class="breadcrumb"><a href=format!("/young-people/{young_person}")>{format!("{name}'s plan")}</a></p>
                    <h1>{format!("Messages with {name}")}</h1>
                    <Rejections/>
                    <Thread young_person=young_person me=me writer=writer/>
                }.into_any(),
            }}
        </section>
    }
    .into_any()
}

/// Every conversation staff may read, the ones with something unread first.
#[component]
pub fn Conversations() -> impl IntoView {
    set_title("Messages");
    let session = match admit(Audience::Staff("/my-messages")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let me = session.user.id;
    let manager = session.user.role == Role::TeamManager;
    let list = Memo::new(move |_| {
        shell().store.replica.with(|r| {
            let Some(r) = r.as_ref() else {
                return Vec::new();
            };
            let view = shell().store.view.get();
            let mut list: Vec<(Uuid, String, Option<Message>, usize)> = r
                .people
                .iter()
                .map(|p| {
                    let conversation = Conversation::of(view.values(), p.id, me);
                    let unread = if manager { 0 } else { conversation.unread(me) };
                    (
                        p.id,
                        p.name.clone(),
                        conversation.messages.last().cloned(),
                        unread,
                    )
                })
                .collect();
            crate::order::by_key(&mut list, |(_, name, last, unread)| {
                (
                    *unread == 0,
                    std::cmp::Reverse(last.as_ref().map(|m| m.id)),
                    name.clone(),
                )
            });
            list
        })
    });
    view! {
        <section class="page messages">
            <h1>"Messages"</h1>
            <p class="lede">{if manager {
                "Conversations between young people in the team and their advisers. You can read them; their adviser replies."
            } else {
                "Your conversations with the young people on your caseload. Unread ones first."
            }}</p>
            <ul class="conversations">
                {move || list.get().into_iter().map(|(id, name, last, unread)| view! {
                    <li>
                        <a href=format!("/young-people/{id}/messages")>
                            <span class="who">{name}</span>
                            {(unread > 0).then(|| view! {
                                <span class="unread">{format!("{unread} unread")}</span>
                            })}
                            <span class="last">{match last {
                                Some(m) => format!(
                                    "{}: {}",
                                    if m.is_by(me) { "You" } else { first_name(&m.by_name) },
                                    first_line(&m.text),
                                ),
                                None => "No messages yet".to_owned(),
                            }}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
    .into_any()
}

/// Who is looking at a conversation, and so what they may do in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Writer {
    Her,
    Adviser,
    /// Her team manager: reads only, and sends no receipts (a message is
    /// not "read" because the manager looked).
    Reader,
}

#[component]
fn Thread(young_person: Uuid, me: Uuid, writer: Writer) -> impl IntoView {
    let store = shell().store;
    let conversation = Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref()
                .map(|_| Conversation::of(store.view.get().values(), young_person, me))
                .unwrap_or_default()
        })
    });
    // On screen is read: the phone says so, once per new message.
    if writer != Writer::Reader {
        Effect::new(move |_| {
            if let Some(seen) = conversation.with(|c| c.receipt_due(me, true)) {
                store.edit(|replica| {
                    replica.change(RecordKind::Seen, ids::new(), young_person, fields_of(&seen));
                });
            }
        });
    }
    let text = KeptWords::new(Form::Message(young_person));
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let words = plain(text.get_untracked().trim(), MAX_THOUGHTS);
        if words.is_empty() {
            return;
        }
        store.edit(|replica| {
            replica.change(
                RecordKind::Message,
                ids::new(),
                young_person,
                fields_of(&MessageFields {
                    text: words,
                    by_name: String::new(),
                }),
            );
        });
        text.set(String::new());
    };
    let label = match writer {
        Writer::Her => tr!("messages-your-message"),
        _ => tr!("messages-your-reply"),
    };
    view! {
        {move || {
            let c = conversation.get();
            if c.messages.is_empty() {
                view! { <p class="quiet">{match writer {
                    Writer::Her => tr!("messages-none-yet-hers"),
                    _ => tr!("messages-none-yet"),
                }}</p> }.into_any()
            } else {
                view! {
                    <ol class="thread" aria-label=tr!("more-messages")>
                        {c.messages.iter().map(|m| view! { <Said message=m.clone() conversation=c.clone() young_person=young_person me=me/> }).collect_view()}
                    </ol>
                }.into_any()
            }
        }}
        {match writer {
            Writer::Reader => view! {
                <p class="quiet">{format!("Only {} adviser writes here.", crate::shell::pronouns_of(young_person).possessive())}</p>
            }.into_any(),
            _ => view! {
                <form class="compose" on:submit=send>
                    <label for="message-text">{label}</label>
                    <textarea id="message-text" rows="3" maxlength=MAX_THOUGHTS prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                    <button type="submit" class="primary" disabled=move || text.get().trim().is_empty()>{tr!("voice-send")}</button>
                </form>
            }.into_any(),
        }}
    }
}

#[component]
fn Said(
    message: Message,
    conversation: Conversation,
    young_person: Uuid,
    me: Uuid,
) -> impl IntoView {
    let mine = message.is_by(me);
    let who = if mine {
        tr!("messages-you").to_owned()
    } else {
        message.by_name.clone()
    };
    let state = mine.then(|| match conversation.delivery(&message, young_person) {
        Delivery::OnPhone => tr!("voice-status-saved").to_owned(),
        Delivery::Sent => tr!("voice-status-sent").to_owned(),
        Delivery::Delivered => tr!("messages-delivered").to_owned(),
        Delivery::Read { by_name, at } => tr!(
            "messages-read-by-at",
            name = first_name(&by_name),
            time = local_moment(at).1
        ),
    });
    view! {
        <li class="said" data-mine=mine.to_string()>
            <p class="said-head">
                <strong>{who}</strong>
                {message.topic.map(|t| format!(" · {}", topic_words(t)))}
                {(message.at > 0).then(|| view! { <span class="when">{format!(" · {}", when(message.at))}</span> })}
            </p>
            <p class="said-text" dir="auto">{message.text.clone()}</p>
            {state.map(|s| view! { <p class="said-state">{s}</p> })}
        </li>
    }
}

fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    match line.char_indices().nth(60) {
        Some((end, _)) => format!("{}…", &line[..end]),
        None => line.to_owned(),
    }
}

/// "14:02" today, else "3 Nov 2026, 14:02", on this phone's clock.
fn when(unix_seconds: i64) -> String {
    let (day, time) = local_moment(unix_seconds);
    if day == today() {
        time
    } else {
        tr!("messages-day-time", day = short_day(day), time = time)
    }
}
