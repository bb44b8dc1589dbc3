//! Contact between a personal adviser and a young person: the kinds of
//! contact, the rules for how often they must happen (statutory floor plus
//! local rules by age, which are data, not code), and when the next is due.
//!
//! Every due date in Pathway is computed here, in one place.

pub mod codes;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod rules;

use pathway_derive::ReadObject;
use serde::Serialize;
use time::Date;
use uuid::Uuid;

use crate::named::{read_by_name, Named};
use crate::plan::PathwayPlan;
use crate::sync::{PersonCard, Record, RecordKind};
use codes::{Accommodation, Activity, InTouch};
use rules::{due, ContactRules, Due, Situation};

/// How a contact happened (the adviser's record of it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
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

impl Named for ContactKind {
    const ALL: &'static [ContactKind] = &ContactKind::ALL;

    fn name(self) -> &'static str {
        match self {
            ContactKind::HomeVisit => "home_visit",
            ContactKind::OtherVisit => "other_visit",
            ContactKind::Office => "office",
            ContactKind::Phone => "phone",
            ContactKind::Video => "video",
            ContactKind::Message => "message",
            ContactKind::Email => "email",
            ContactKind::TriedNoAnswer => "tried_no_answer",
        }
    }
}

read_by_name!(ContactKind);

/// The fields of a [`RecordKind::Contact`] record: the adviser's written
/// record of one contact. Contacts are only ever added; a mistake is put
/// right by a later contact that `corrects` it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct ContactNote {
    #[serde(with = "crate::dates::iso_date")]
    pub on: Date,
    pub kind: ContactKind,
    /// Where it happened.
    #[serde(default)]
    pub place: String,
    /// For visits: whether the young person was seen alone.
    #[serde(default)]
    pub seen_alone: Option<bool>,
    /// What was talked about.
    pub summary: String,
    /// What was agreed.
    #[serde(default)]
    pub actions: String,
    #[serde(with = "crate::dates::optional_iso", default)]
    pub next_contact: Option<Date>,
    /// Shown to the young person (off unless the adviser turns it on).
    #[serde(default)]
    pub shared: bool,
    /// The earlier contact this one puts right.
    #[serde(default)]
    pub corrects: Option<Uuid>,
    /// Who wrote it: set by the server, never trusted from a phone.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub by_name: String,
}

/// The fields of a [`RecordKind::Circumstances`] record: the national data
/// about a young person as of a date, recorded with a contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct Circumstances {
    #[serde(with = "crate::dates::iso_date")]
    pub on: Date,
    pub in_touch: InTouch,
    #[serde(default)]
    pub activity: Option<Activity>,
    #[serde(default)]
    pub accommodation: Option<Accommodation>,
    #[serde(default)]
    pub suitable: Option<bool>,
    /// They moved home on this date.
    #[serde(with = "crate::dates::optional_iso", default)]
    pub moved: Option<Date>,
}

/// One contact as the history shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactEntry {
    pub id: Uuid,
    pub note: ContactNote,
    /// Later contacts that put this one right.
    pub corrected_by: Vec<Uuid>,
}

/// A young person's contacts, newest first (by date, then by when written).
pub fn history<'a>(
    young_person: Uuid,
    records: impl IntoIterator<Item = &'a Record>,
) -> Vec<ContactEntry> {
    let mut entries: Vec<ContactEntry> = records
        .into_iter()
        .filter(|r| {
            r.young_person_id == young_person && r.kind == RecordKind::Contact && !r.deleted
        })
        .filter_map(|r| {
            r.fields::<ContactNote>().map(|note| ContactEntry {
                id: r.id,
                note,
                corrected_by: Vec::new(),
            })
        })
        .collect();
    let corrections: Vec<(Uuid, Uuid)> = entries
        .iter()
        .filter_map(|e| e.note.corrects.map(|earlier| (earlier, e.id)))
        .collect();
    for (earlier, later) in corrections {
        if let Some(entry) = entries.iter_mut().find(|e| e.id == earlier) {
            entry.corrected_by.push(later);
        }
    }
    crate::order::by_key(&mut entries, |e| std::cmp::Reverse((e.note.on, e.id)));
    entries
}

/// `person`'s `plan` as her screens show it: with the one next-contact
/// date every screen shows ([`due_for`]), not only the day arranged.
pub fn plan_as_shown<'a>(
    person: &PersonCard,
    mut plan: PathwayPlan,
    records: impl IntoIterator<Item = &'a Record> + Clone,
    rules: &ContactRules,
    today: Date,
) -> PathwayPlan {
    plan.next_contact = due_for(person, &plan, records, rules, today).next_contact;
    plan
}

/// When contact and a visit are next due for `person`, from her plan and
/// records: the one "next contact" date every screen shows.
pub fn due_for<'a>(
    person: &PersonCard,
    plan: &PathwayPlan,
    records: impl IntoIterator<Item = &'a Record> + Clone,
    rules: &ContactRules,
    today: Date,
) -> Due {
    let entries = contact_days(person.id, records.clone());
    let when: Vec<(Date, ContactKind)> = entries.iter().map(|e| (e.on, e.kind)).collect();
    due(
        rules,
        &Situation {
            born: person.date_of_birth,
            contacts: &when,
            moved: moved_on(person.id, records),
            next_review: plan.next_review,
            arranged: plan
                .next_contact
                .or_else(|| entries.iter().find_map(|e| e.next_contact)),
        },
        today,
    )
}

/// A contact as far as when it is due next depends on it.
#[derive(Debug, Clone, PartialEq, Eq, ReadObject)]
pub struct ContactDay {
    #[serde(with = "crate::dates::iso_date")]
    pub on: Date,
    pub kind: ContactKind,
    #[serde(rename = "summary")]
    _summary: String,
    #[serde(with = "crate::dates::optional_iso", default)]
    pub next_contact: Option<Date>,
}

/// Her contacts as [`history`] lists them, newest first, each read only
/// for its day, its kind and the day next arranged: what [`due_for`] and
/// the caseload need, without the adviser's words. Every one of her screens
/// shows when contact is next due, so this comes with her first download,
/// and the contact log's code does not.
pub fn contact_days<'a>(
    young_person: Uuid,
    records: impl IntoIterator<Item = &'a Record>,
) -> Vec<ContactDay> {
    let mut days: Vec<(Uuid, ContactDay)> = records
        .into_iter()
        .filter(|r| {
            r.young_person_id == young_person && r.kind == RecordKind::Contact && !r.deleted
        })
        .filter_map(|r| r.fields::<ContactDay>().map(|day| (r.id, day)))
        .collect();
    crate::order::by_key(&mut days, |(id, day)| std::cmp::Reverse((day.on, *id)));
    days.into_iter().map(|(_, day)| day).collect()
}

/// The day she last moved home, as her [`latest_circumstances`] say, read
/// without the rest of them (the national data): when contact and her
/// review are due depend on it, on screens of hers that come with her
/// first download.
pub fn moved_on<'a>(
    young_person: Uuid,
    records: impl IntoIterator<Item = &'a Record>,
) -> Option<Date> {
    #[derive(ReadObject)]
    struct Moved {
        #[serde(with = "crate::dates::iso_date")]
        on: Date,
        #[serde(rename = "in_touch")]
        _in_touch: InTouch,
        #[serde(with = "crate::dates::optional_iso", default)]
        moved: Option<Date>,
    }
    records
        .into_iter()
        .filter(|r| {
            r.young_person_id == young_person && r.kind == RecordKind::Circumstances && !r.deleted
        })
        .filter_map(|r| r.fields::<Moved>().map(|c| (c.on, r.id, c.moved)))
        .max_by_key(|(on, id, _)| (*on, *id))
        .and_then(|(_, _, moved)| moved)
}

/// The latest circumstances recorded for a young person.
pub fn latest_circumstances<'a>(
    young_person: Uuid,
    records: impl IntoIterator<Item = &'a Record>,
) -> Option<Circumstances> {
    records
        .into_iter()
        .filter(|r| {
            r.young_person_id == young_person && r.kind == RecordKind::Circumstances && !r.deleted
        })
        .filter_map(|r| r.fields::<Circumstances>().map(|c| (c.on, r.id, c)))
        .max_by_key(|(on, id, _)| (*on, *id))
        .map(|(_, _, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;
    use serde_json::json;
    use time::macros::date;

    use crate::sync::test_record as record;

    #[test]
    fn the_history_is_newest_first_and_a_correction_points_back() {
        let ella = ids::new();
        let first = record(
            ella,
            RecordKind::Contact,
            json!({ "on": "2026-11-01", "kind": "home_visit", "summary": "Visited the flat" }),
        );
        let later = record(
            ella,
            RecordKind::Contact,
            json!({ "on": "2026-11-20", "kind": "phone", "summary": "Called about the boiler" }),
        );
        let fix = record(
            ella,
            RecordKind::Contact,
            json!({ "on": "2026-11-01", "kind": "home_visit", "summary": "Visited the flat with her brother there", "corrects": first.id }),
        );
        let someone_else = record(
            ids::new(),
            RecordKind::Contact,
            json!({ "on": "2026-11-25", "kind": "phone", "summary": "Not hers" }),
        );
        let entries = history(ella, [&first, &later, &fix, &someone_else]);
        let summaries: Vec<_> = entries.iter().map(|e| e.note.summary.as_str()).collect();
        assert_eq!(
            summaries,
            [
                "Called about the boiler",
                "Visited the flat with her brother there",
                "Visited the flat"
            ]
        );
        assert_eq!(entries[2].corrected_by, vec![fix.id]);
        assert!(
            !entries[1].note.shared,
            "contacts are not shared unless the adviser says so"
        );
    }

    #[test]
    fn the_latest_circumstances_win() {
        let ella = ids::new();
        let older = record(
            ella,
            RecordKind::Circumstances,
            json!({ "on": "2026-06-01", "in_touch": "YES", "activity": "G5", "accommodation": "D", "suitable": true }),
        );
        let newer = record(
            ella,
            RecordKind::Circumstances,
            json!({ "on": "2026-10-01", "in_touch": "YES", "activity": "F2", "accommodation": "U", "suitable": true, "moved": "2026-09-28" }),
        );
        let now = latest_circumstances(ella, [&newer, &older]);
        assert_eq!(now.as_ref().map(|c| c.activity), Some(Some(Activity::F2)));
        assert_eq!(now.and_then(|c| c.moved), Some(date!(2026 - 09 - 28)));
    }

    /// What every screen says of when contact is next due agrees with the
    /// contact log and her circumstances read whole, whatever the phone
    /// holds: corrections, removed records, someone else's, and records it
    /// cannot read.
    mod read_for_due {
        use super::*;
        use crate::sync::Kept;
        use proptest::prelude::*;
        use time::Duration;

        /// A record, read as: (circumstances (else a contact), days after
        /// the first of June, a day arranged or moved (days after it), kind,
        /// how kept).
        type Made = (bool, i64, Option<i64>, usize, Kept);

        fn records(ella: Uuid, made: &[Made]) -> Vec<Record> {
            made.iter()
                .map(|&(circumstances, days, then, kind, kept)| {
                    let day = |days: i64| (date!(2026 - 06 - 01) + Duration::days(days)).to_string();
                    let then = then.map(|later| day(days + later));
                    let (kind, data) = match (circumstances, kept.readable) {
                        (true, true) => (
                            RecordKind::Circumstances,
                            json!({ "on": day(days), "in_touch": "YES", "activity": "F2", "moved": then }),
                        ),
                        (true, false) => (RecordKind::Circumstances, json!({ "on": day(days), "moved": then })),
                        (false, true) => (
                            RecordKind::Contact,
                            json!({
                                "on": day(days), "kind": ContactKind::ALL[kind % 8],
                                "summary": "Talked about the flat", "next_contact": then,
                            }),
                        ),
                        (false, false) => (
                            RecordKind::Contact,
                            json!({ "on": day(days), "kind": "carrier_pigeon", "summary": "Lost" }),
                        ),
                    };
                    kept.record(ella, ids::new(), kind, data)
                })
                .collect()
        }

        proptest! {
            #[test]
            fn agrees_with_the_records_read_whole(made in proptest::collection::vec(
                (
                    any::<bool>(),
                    0i64..20,
                    proptest::option::of(-5i64..60),
                    0usize..8,
                    Kept::any(),
                ),
                0..12,
            )) {
                let ella = ids::new();
                let records = records(ella, &made);
                let whole: Vec<(Date, ContactKind, Option<Date>)> = history(ella, &records)
                    .iter()
                    .map(|e| (e.note.on, e.note.kind, e.note.next_contact))
                    .collect();
                let days: Vec<(Date, ContactKind, Option<Date>)> = contact_days(ella, &records)
                    .iter()
                    .map(|d| (d.on, d.kind, d.next_contact))
                    .collect();
                prop_assert_eq!(days, whole);
                prop_assert_eq!(
                    moved_on(ella, &records),
                    latest_circumstances(ella, &records).and_then(|c| c.moved)
                );
            }
        }
    }
}
