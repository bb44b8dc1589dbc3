//! "What's written about me": everything Pathway holds about a young
//! person that she may read, and a list of what only staff read (with its
//! date), so nothing about her is secretly hidden from her.

#[cfg(target_arch = "wasm32")]
pub mod page;

use pathway_derive::ReadObject;
use serde::{Deserialize, Serialize};
use time::Date;

use crate::audit::Looked;
use crate::contacts::{history, Circumstances, ContactKind, ContactNote};
use crate::goals::{goals_of, GoalFields, GoalNoteFields, RatingFields};
use crate::plan::review::{AgreementFields, PlanCopy, RequestFields, ReviewFields, Reviews};
use crate::plan::{AdviserContact, PathwayPlan, PlanDates};
use crate::sync::{PersonCard, Record, RecordKind};
use crate::voice::{statements, AcknowledgementFields, ReplyFields, StatementFields};

/// Everything written about one young person, as she may read it.
#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
pub struct WrittenAboutMe {
    pub name: String,
    #[serde(with = "crate::dates::iso_date")]
    pub date_of_birth: Date,
    pub adviser: Option<AdviserContact>,
    /// When this was put together (Unix seconds, server time).
    pub made_at: i64,
    pub plan_dates: PlanDates,
    /// The plan as it stands now.
    pub plan: PlanCopy,
    /// Every written-down review, the first first, each with her answers.
    pub versions: Vec<VersionWritten>,
    /// A review being got ready, if there is one.
    pub review_in_progress: Option<ReviewFields>,
    pub review_requests: Vec<RequestFields>,
    pub goals: Vec<GoalWritten>,
    /// Contact notes shared with her, newest first.
    pub contacts: Vec<ContactNote>,
    /// What she sent, newest first, with who read it and the replies.
    pub statements: Vec<StatementWritten>,
    /// What staff keep that she does not read, by what it is and its date.
    pub staff_only: Vec<StaffOnly>,
    /// Which staff opened or changed her records, and when, newest first
    /// (the server fills it in from its audit log).
    #[serde(default)]
    pub looked_at: Vec<Looked>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
pub struct VersionWritten {
    pub review: ReviewFields,
    pub answers: Vec<AgreementFields>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
pub struct GoalWritten {
    pub goal: GoalFields,
    pub ratings: Vec<RatingFields>,
    pub notes: Vec<GoalNoteFields>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
pub struct StatementWritten {
    /// When the server received it (Unix seconds).
    pub sent_at: i64,
    pub statement: StatementFields,
    pub read_by: Vec<AcknowledgementFields>,
    pub replies: Vec<ReplyFields>,
}

/// Something staff keep that she is told exists, without its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct StaffOnly {
    pub what: StaffNote,
    #[serde(with = "crate::dates::iso_date")]
    pub on: Date,
}

/// What a note only staff read is: typed, so her screen says it in her
/// language and another app can read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StaffNote {
    /// A note of a contact not shared with her: how they were in touch,
    /// and who wrote it.
    Contact { how: ContactKind, by: String },
    /// A note of a contact whose words cannot be read.
    ContactUnread,
    /// What the council sends for the government's yearly count of care
    /// leavers.
    NationalCount,
}

impl Record {
    /// Staff's own records that a young person does not read: contact notes
    /// not shared with her, and the national data kept about her.
    pub fn staff_only(&self) -> bool {
        match self.kind {
            RecordKind::Contact => self.data.get("shared") != Some(&serde_json::Value::Bool(true)),
            RecordKind::Circumstances => true,
            RecordKind::Plan
            | RecordKind::PlanPart
            | RecordKind::PlanAction
            | RecordKind::Conflict
            | RecordKind::Goal
            | RecordKind::Rating
            | RecordKind::GoalNote
            | RecordKind::Statement
            | RecordKind::Reply
            | RecordKind::Acknowledgement
            | RecordKind::Review
            | RecordKind::Agreement
            | RecordKind::ReviewRequest
            | RecordKind::Message
            | RecordKind::Seen => false,
        }
    }
}

impl WrittenAboutMe {
    /// Puts it together from every record of hers (staff-only ones included:
    /// only their kind and date are kept). Anyone else's records are ignored.
    pub fn of(person: &PersonCard, records: &[Record], made_at: i64) -> WrittenAboutMe {
        let hers: Vec<&Record> = records
            .iter()
            .filter(|r| r.young_person_id == person.id && !r.deleted)
            .collect();
        let readable: Vec<&Record> = hers.iter().copied().filter(|r| !r.staff_only()).collect();
        let plan = PathwayPlan::from_records(person, readable.iter().copied());
        let reviews = Reviews::of(person.id, readable.iter().copied());
        let mut staff_only: Vec<StaffOnly> = hers
            .iter()
            .filter(|r| r.staff_only())
            .map(|r| {
                // Listed even if its words cannot be read, with the day it
                // was last written, so nothing is left off.
                let written_on = crate::dates::day_of(r.updated_at).unwrap_or(Date::MIN);
                match r
                    .fields::<ContactNote>()
                    .filter(|_| r.kind == RecordKind::Contact)
                {
                    Some(note) => StaffOnly {
                        what: StaffNote::Contact {
                            how: note.kind,
                            by: note.by_name,
                        },
                        on: note.on,
                    },
                    None if r.kind == RecordKind::Contact => StaffOnly {
                        what: StaffNote::ContactUnread,
                        on: written_on,
                    },
                    None => StaffOnly {
                        what: StaffNote::NationalCount,
                        on: r.fields::<Circumstances>().map_or(written_on, |c| c.on),
                    },
                }
            })
            .collect();
        crate::order::by_key(&mut staff_only, |s| std::cmp::Reverse(s.on));
        WrittenAboutMe {
            name: person.name.clone(),
            date_of_birth: person.date_of_birth,
            adviser: person.adviser.clone(),
            made_at,
            plan_dates: PlanDates {
                next_contact: plan.next_contact,
                next_review: plan.next_review,
            },
            plan: PlanCopy::of(&plan),
            versions: reviews
                .versions
                .iter()
                .map(|v| VersionWritten {
                    review: v.review.clone(),
                    answers: v.answers.clone(),
                })
                .collect(),
            review_in_progress: reviews.draft.as_ref().map(|(_, fields)| fields.clone()),
            review_requests: reviews.requests.iter().map(|r| r.fields.clone()).collect(),
            goals: goals_of(person.id, readable.iter().copied())
                .into_iter()
                .map(|g| GoalWritten {
                    goal: g.fields,
                    ratings: g.ratings,
                    notes: g.notes,
                })
                .collect(),
            contacts: history(person.id, readable.iter().copied())
                .into_iter()
                .map(|entry| entry.note)
                .collect(),
            statements: statements(readable.iter().copied())
                .into_iter()
                .filter(|s| s.young_person == person.id)
                .map(|s| StatementWritten {
                    sent_at: s.received_at,
                    statement: s.fields,
                    read_by: s.acknowledged,
                    replies: s.replies,
                })
                .collect(),
            staff_only,
            looked_at: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;
    use crate::sync::test_record as record;
    use serde_json::json;
    use time::macros::date;

    #[test]
    fn she_reads_her_own_words_and_shared_notes_and_only_the_dates_of_staff_notes() {
        let ella = PersonCard {
            phone: None,
            id: ids::new(),
            name: "Ella Morris".into(),
            date_of_birth: date!(2007 - 05 - 14),
            adviser: None,
            locked: false,
            pronouns: Default::default(),
        };
        let jayden = ids::new();
        let records = [
            record(
                ella.id,
                RecordKind::Statement,
                json!({ "topic": "good_news", "text": "I passed maths" }),
            ),
            record(
                jayden,
                RecordKind::Statement,
                json!({ "topic": "good_news", "text": "Jayden's news" }),
            ),
            record(
                ella.id,
                RecordKind::Contact,
                json!({ "on": "2026-11-01", "kind": "phone", "summary": "Talked about college", "shared": true }),
            ),
            record(
                ella.id,
                RecordKind::Contact,
                json!({ "on": "2026-11-02", "kind": "home_visit", "summary": "Her mum called", "shared": false, "by_name": "Sam Okafor" }),
            ),
            record(
                ella.id,
                RecordKind::Circumstances,
                json!({ "on": "2026-11-02", "in_touch": "YES" }),
            ),
        ];
        let written = WrittenAboutMe::of(&ella, &records, 0);
        let text = serde_json::to_string(&written).unwrap_or_default();
        assert!(text.contains("I passed maths"));
        assert!(text.contains("Talked about college"));
        assert!(!text.contains("Jayden"));
        assert!(!text.contains("Her mum called"));
        assert_eq!(written.plan.parts.len(), 10);
        assert_eq!(
            written.staff_only,
            [
                StaffOnly {
                    what: StaffNote::Contact {
                        how: ContactKind::HomeVisit,
                        by: "Sam Okafor".into()
                    },
                    on: date!(2026 - 11 - 02)
                },
                StaffOnly {
                    what: StaffNote::NationalCount,
                    on: date!(2026 - 11 - 02)
                },
            ]
        );
    }
}
