//! Widgets several screens share: a change the server would not keep, a
//! choice between two versions of a field, and a version of a plan. Screens use these rather than
//! each other, so each screen's code stays in its own chunk.

use leptos::prelude::*;
use uuid::Uuid;

use crate::dates::short_day;
use crate::plan::review::{ActionCopy, PlanCopy};
use crate::plan::{OtherVersion, PlanPart};
use crate::shell::shell;
use crate::sync::{Fields, RecordKind};

/// Changes the server would not keep, each with its reason.
#[component]
pub fn Rejections() -> impl IntoView {
    let store = shell().store;
    let rejected = Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.rejected
                        .iter()
                        .map(|x| (x.mutation.mutation_id, x.reason.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    move || {
        rejected.get().into_iter().map(|(id, reason)| view! {
            <div class="notice refused" role="alert">
                <p><strong>"A change wasn't saved. "</strong>{reason}</p>
                <button type="button" class="quiet-button" on:click=move |_| store.dismiss(id)>"OK"</button>
            </div>
        }).collect_view()
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
        "what_i_think" => "these words",
        "what" => "what will be done",
        "who" => "who does it",
        "by_when" => "by when",
        "done" => "whether it's done",
        _ => "this",
    };
    view! {
        <div class="conflict" role="group" aria-label=format!("Two versions of {label}")>
            <p><strong>{format!("Changed in two places: {label}.")}</strong>" Nothing has been lost — choose which to keep."</p>
            <dl class="versions">
                <div><dt>"Version 1 (showing now)"</dt><dd>{current.clone()}</dd></div>
                <div><dt>{format!("Version 2, by {}", other.by_name)}</dt><dd>{other.text.clone()}</dd></div>
            </dl>
            {can_settle.then(|| view! {
                <div class="editor-buttons">
                    <button type="button" class="quiet-button" on:click=keep_this>"Keep version 1"</button>
                    <button type="button" class="quiet-button" on:click=keep_other>"Keep version 2"</button>
                    {combine.clone().map(|combine| view! {
                        <button type="button" class="quiet-button" on:click=combine>"Combine them"</button>
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
        "What I think".to_owned()
    } else {
        format!("What {first} thinks")
    };
    PlanPart::ALL
        .iter()
        .map(|&part| {
            let copy = plan.part(part);
            view! {
                <section class="part">
                    <h2>{part.heading()}</h2>
                    <h3>"What's planned"</h3>
                    {if copy.actions.is_empty() {
                        view! { <p class="quiet">"Nothing planned here."</p> }.into_any()
                    } else {
                        view! { <ul class="actions">{copy.actions.iter().map(|a| view! { <ActionLine action=a.clone()/> }).collect_view()}</ul> }.into_any()
                    }}
                    <h3>{thoughts.clone()}</h3>
                    {if copy.what_i_think.trim().is_empty() {
                        view! { <p class="quiet">"Nothing written here."</p> }.into_any()
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
                    <span class="state">{if action.done { "Done" } else { "To do" }}</span>
                    {(!action.who.is_empty()).then(|| format!(" · Who: {}", action.who))}
                    {action.by_when.map(|d| format!(" · By {}", short_day(d)))}
                </p>
            </div>
        </li>
    }
}
