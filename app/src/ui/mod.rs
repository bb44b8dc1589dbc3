//! Widgets several screens share: a change the server would not keep, a
//! choice between two versions of a field, a version of a plan, who has
//! looked at a young person's records, and words kept as they are
//! written. Screens use these rather than each other, so each screen's
//! code stays in its own chunk.

mod aloud;
mod looked;
mod words;

pub use aloud::{read_aloud, ReadScreenAloud};
pub use looked::{LookedList, WhoLooked};
pub use words::{
    bee_heading, bee_meaning, contact_kind_words, device_words, done_to_her, feeling_words,
    part_about, part_heading, participation_words, prompt_words, role_words, scale_words,
    topic_words,
};

use leptos::prelude::*;
use uuid::Uuid;
use wasm_bindgen::JsCast;

use crate::goals::BeeDomain;
use crate::language::browser::short_day;
use crate::plan::review::{ActionCopy, PlanCopy};
use crate::plan::{OtherVersion, PlanPart};
use crate::shell::{device, shell};
use crate::sync::{Fields, RecordKind};
use crate::tr;
use crate::writing::Form;

/// Changes the server would not keep, each with its reason: as the server
/// wrote it for staff, in her language for a young person.
#[component]
pub fn Rejections() -> impl IntoView {
    let shell = shell();
    let store = shell.store;
    let staff = shell
        .session
        .get_untracked()
        .is_some_and(|s| s.user.role.is_staff());
    let rejected = Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.rejected
                        .iter()
                        .map(|x| {
                            let reason = if staff {
                                x.reason.clone()
                            } else {
                                words::refusal_words(x.why).to_owned()
                            };
                            (x.mutation.mutation_id, reason)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    move || {
        rejected.get().into_iter().map(|(id, reason)| view! {
            <div class="notice refused" role="alert">
                <p><strong>{tr!("refused-not-saved")}" "</strong>{reason}</p>
                <button type="button" class="quiet-button" on:click=move |_| store.dismiss(id)>{tr!("refused-ok")}</button>
            </div>
        }).collect_view()
    }
}

/// Words being written in a form, kept on the phone as they are written
/// (`device::writing`): a page the phone closed, or a part of a screen
/// drawn again, opens with them. Emptied, as sending them does, they are
/// forgotten at once.
#[derive(Clone, Copy)]
pub struct KeptWords {
    words: RwSignal<String>,
    form: Form,
}

impl KeptWords {
    /// The words kept for `form`.
    pub fn new(form: Form) -> KeptWords {
        KeptWords {
            words: RwSignal::new(device::writing(form).unwrap_or_default()),
            form,
        }
    }

    pub fn get(&self) -> String {
        self.words.get()
    }

    pub fn get_untracked(&self) -> String {
        self.words.get_untracked()
    }

    /// Shows and keeps `words`.
    pub fn set(&self, words: String) {
        device::keep_writing(self.form, (!words.trim().is_empty()).then_some(&words));
        self.words.set(words);
    }
}

/// A choice and the words written with it (an answer and why, a score and
/// a note), kept on the phone together as they are made
/// (`device::writing`), so a page the phone closed opens with both. An app
/// from before the choice was kept kept the words alone: those are read
/// too, and she chooses again.
#[derive(Clone, Copy)]
pub struct KeptChoice<C: Send + Sync + 'static> {
    kept: RwSignal<Chosen<C>>,
    form: Form,
}

/// What [`KeptChoice`] keeps.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
struct Chosen<C> {
    choice: Option<C>,
    words: String,
}

impl<C> KeptChoice<C>
where
    C: Copy + PartialEq + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
{
    /// The choice and words kept for `form`.
    pub fn new(form: Form) -> KeptChoice<C> {
        let kept = device::writing::<Chosen<C>>(form).unwrap_or_else(|| Chosen {
            choice: None,
            words: device::writing::<String>(form).unwrap_or_default(),
        });
        KeptChoice {
            kept: RwSignal::new(kept),
            form,
        }
    }

    pub fn choice(&self) -> Option<C> {
        self.kept.with(|k| k.choice)
    }

    pub fn words(&self) -> String {
        self.kept.with(|k| k.words.clone())
    }

    pub fn choice_untracked(&self) -> Option<C> {
        self.kept.with_untracked(|k| k.choice)
    }

    pub fn words_untracked(&self) -> String {
        self.kept.with_untracked(|k| k.words.clone())
    }

    /// Whether anything is chosen or written.
    pub fn started_untracked(&self) -> bool {
        self.kept.with_untracked(Chosen::started)
    }

    pub fn choose(&self, choice: C) {
        self.keep(|k| k.choice = Some(choice));
    }

    pub fn write(&self, words: String) {
        self.keep(|k| k.words = words);
    }

    /// Forgets both, as sending them does.
    pub fn clear(&self) {
        self.keep(|k| {
            k.choice = None;
            k.words.clear();
        });
    }

    fn keep(&self, change: impl FnOnce(&mut Chosen<C>)) {
        self.kept.update(change);
        self.kept.with_untracked(|k| {
            device::keep_writing(self.form, k.started().then_some(k));
        });
    }
}

impl<C> Chosen<C> {
    fn started(&self) -> bool {
        self.choice.is_some() || !self.words.trim().is_empty()
    }
}

/// The editor's draft, and the other version that saving it settles.
pub type Combine = (RwSignal<Option<String>>, RwSignal<Option<Uuid>>);

/// Two versions of one field: the one that stands and the one kept aside.
#[component]
pub fn OtherVersionChoice(
    record: Uuid,
    kind: RecordKind,
    current: String,
    other: OtherVersion,
    young_person: Uuid,
    /// Whether this person may choose (the server checks again).
    can_settle: bool,
    /// Where to open combined words for editing, and what to settle on Save.
    combine: Option<Combine>,
) -> impl IntoView {
    let store = shell().store;
    let conflict = other.id;
    let field = other.field.clone();
    let value = other.value.clone();
    let combined = format!("{current}\n\n{}", other.text);
    let keep_this = move |_| {
        store.edit(|replica| {
            replica.delete(RecordKind::Conflict, conflict, young_person);
        })
    };
    let keep_other = {
        let field = field.clone();
        move |_| {
            let mut data = Fields::new();
            data.insert(field.clone(), value.clone());
            store.edit(|replica| {
                replica.change(kind, record, young_person, data);
                replica.delete(RecordKind::Conflict, conflict, young_person);
            });
        }
    };
    let combine = combine.map(|(writing, combining)| {
        move |_| {
            combining.set(Some(conflict));
            writing.set(Some(combined.clone()));
        }
    });
    let label = match field.as_str() {
        "what_i_think" => tr!("two-versions-words"),
        "what" => tr!("two-versions-what"),
        "who" => tr!("two-versions-who"),
        "by_when" => tr!("two-versions-by-when"),
        "done" => tr!("two-versions-done"),
        _ => tr!("two-versions-this"),
    };
    view! {
        <div class="conflict" role="group" aria-label=tr!("two-versions-of", what = label)>
            <p><strong>{tr!("two-versions-changed", what = label)}</strong>" "{tr!("two-versions-nothing-lost")}</p>
            <dl class="versions">
                <div><dt>{tr!("two-versions-first")}</dt><dd>{current.clone()}</dd></div>
                <div><dt>{tr!("two-versions-second", name = other.by_name.clone())}</dt><dd>{other.text.clone()}</dd></div>
            </dl>
            {can_settle.then(|| view! {
                <div class="editor-buttons">
                    <button type="button" class="quiet-button" on:click=keep_this>{tr!("two-versions-keep-first")}</button>
                    <button type="button" class="quiet-button" on:click=keep_other>{tr!("two-versions-keep-second")}</button>
                    {combine.clone().map(|combine| view! {
                        <button type="button" class="quiet-button" on:click=combine>{tr!("two-versions-combine")}</button>
                    })}
                </div>
            })}
        </div>
    }
}

/// A version's ten parts, read-only.
#[component]
pub fn PlanCopyView(plan: PlanCopy, own: bool, first: String) -> impl IntoView {
    let thoughts = if own {
        tr!("plan-what-i-think").to_owned()
    } else {
        format!("What {first} thinks")
    };
    PlanPart::ALL
        .iter()
        .map(|&part| {
            let copy = plan.part(part);
            view! {
                <section class="part">
                    <h2>{part_heading(part)}</h2>
                    <h3>{tr!("plan-whats-planned")}</h3>
                    {if copy.actions.is_empty() {
                        view! { <p class="quiet">{tr!("plan-nothing-planned-in-version")}</p> }.into_any()
                    } else {
                        view! { <ul class="actions">{copy.actions.iter().map(|a| view! { <ActionLine action=a.clone()/> }).collect_view()}</ul> }.into_any()
                    }}
                    <h3>{thoughts.clone()}</h3>
                    {if copy.what_i_think.trim().is_empty() {
                        view! { <p class="quiet">{tr!("plan-nothing-written-in-version")}</p> }.into_any()
                    } else {
                        view! { <blockquote class="own-words">{copy.what_i_think.clone()}</blockquote> }.into_any()
                    }}
                </section>
            }
        })
        .collect_view()
}

#[component]
fn ActionLine(action: ActionCopy) -> impl IntoView {
    view! {
        <li class="action" data-done=action.done.to_string()>
            <span class="tick" aria-hidden="true">{if action.done { "✓" } else { "" }}</span>
            <div class="action-body">
                <p class="what">{action.what.clone()}</p>
                <p class="meta">
                    <span class="state">{if action.done { tr!("plan-done") } else { tr!("plan-to-do-state") }}</span>
                    {(!action.who.is_empty()).then(|| format!(" · {}", tr!("plan-who", who = action.who.clone())))}
                    {action.by_when.map(|d| format!(" · {} {}", tr!("plan-by"), short_day(d)))}
                </p>
            </div>
        </li>
    }
}

/// A Bee's name in her language: "Happy", "Healthy"…
pub fn bee_name(domain: BeeDomain) -> &'static str {
    match domain {
        BeeDomain::Happy => tr!("bee-happy"),
        BeeDomain::Healthy => tr!("bee-healthy"),
        BeeDomain::Safe => tr!("bee-safe"),
        BeeDomain::Resilient => tr!("bee-resilient"),
        BeeDomain::Ambitious => tr!("bee-ambitious"),
        BeeDomain::Independent => tr!("bee-independent"),
    }
}

/// A small drawing for each of the six Bees, so she can find one at a
/// glance; the Bee's name is always written beside it.
#[component]
pub fn BeeIcon(domain: BeeDomain) -> impl IntoView {
    let path = match domain {
        // A smile.
        BeeDomain::Happy => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm-3 6.5a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6zm6 0a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6zM7.8 14h8.4a4.4 4.4 0 0 1-8.4 0z",
        // A heart.
        BeeDomain::Healthy => "M12 20s-7.5-4.6-7.5-10A4.3 4.3 0 0 1 12 7.4 4.3 4.3 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z",
        // A shield.
        BeeDomain::Safe => "M12 3l7 3v5c0 4.6-3 8.4-7 10-4-1.6-7-5.4-7-10V6z",
        // A sprout.
        BeeDomain::Resilient => "M11 21v-7C7 14 4.5 11.5 4.5 7.5 8.5 7.5 11 10 11 14m2 7v-9c0-4 2.5-6.5 6.5-6.5 0 4-2.5 6.5-6.5 6.5",
        // A star.
        BeeDomain::Ambitious => "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z",
        // A key.
        BeeDomain::Independent => "M8 10.5a4.5 4.5 0 1 1 3.9 4.5L10 17H8v2H6v2H3v-3l5.5-5.5A4.5 4.5 0 0 1 8 10.5zm4.5-1.5a1.5 1.5 0 1 0 0 .1z",
    };
    let stroked = matches!(domain, BeeDomain::Resilient);
    view! {
        <svg class=format!("bee-icon {}", domain.slug()) viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
                d=path
                fill=if stroked { "none" } else { "currentColor" }
                stroke=if stroked { "currentColor" } else { "none" }
                stroke-width="2"
                stroke-linecap="round"
                fill-rule="evenodd"
            />
        </svg>
    }
}

/// A link that rings `phone`, named for whom it rings ("Call Sam Okafor on
/// 07700 900461"; just "Call 999" where the number is the name). It shows
/// the number, or `text` if given.
#[component]
pub fn CallLink(
    who: String,
    phone: String,
    #[prop(optional)] text: Option<String>,
    #[prop(default = "call")] class: &'static str,
) -> impl IntoView {
    let dial: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    let label = if who == phone {
        tr!("call-number", phone = phone.clone())
    } else {
        tr!("call-who-on", who = who, phone = phone.clone())
    };
    view! {
        <a class=class href=format!("tel:{dial}") aria-label=label>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="icon">
                <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" fill="currentColor"/>
            </svg>
            // A number reads left to right in every language.
            {match text {
                Some(text) => view! { <span>{text}</span> }.into_any(),
                None => view! { <span dir="ltr">{phone}</span> }.into_any(),
            }}
        </a>
    }
}

/// Saves `contents` as a file called `name` through the browser.
pub fn download(name: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
