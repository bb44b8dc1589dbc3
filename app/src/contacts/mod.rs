//! Contact between a personal adviser and a young person: the kinds of
//! contact, the rules for how often they must happen (statutory floor plus
//! local rules by age, which are data, not code), and when the next is due.
//!
//! Every due date in Pathway is computed here, in one place.

pub mod rules;

use serde::{Deserialize, Serialize};

/// How a contact happened (the adviser's record of it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    HomeVisit,
    OtherVisit,
    Office,
    Phone,
    Video,
    Message,
    Email,
    /// Tried to make contact, but there was no answer: recorded, but not
    /// contact.
    TriedNoAnswer,
}

impl ContactKind {
    /// Every kind, in the order the form offers them.
    pub const ALL: [ContactKind; 8] = [
        ContactKind::HomeVisit,
        ContactKind::OtherVisit,
        ContactKind::Office,
        ContactKind::Phone,
        ContactKind::Video,
        ContactKind::Message,
        ContactKind::Email,
        ContactKind::TriedNoAnswer,
    ];

    /// In words, for staff screens.
    pub fn label(self) -> &'static str {
        match self {
            ContactKind::HomeVisit => "Home visit",
            ContactKind::OtherVisit => "Other visit",
            ContactKind::Office => "Office",
            ContactKind::Phone => "Phone",
            ContactKind::Video => "Video",
            ContactKind::Message => "Text or message",
            ContactKind::Email => "Email",
            ContactKind::TriedNoAnswer => "Tried — no answer",
        }
    }

    /// Whether the young person was actually reached.
    pub fn reached(self) -> bool {
        self != ContactKind::TriedNoAnswer
    }
}
