//! The pathway plan: the ten parts the law says it must cover
//! (Care Leavers (England) Regulations 2010, Schedule 1), in the young
//! person's words.

#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod review;
#[cfg(target_arch = "wasm32")]
pub mod review_page;

use pathway_derive::ReadObject;
use serde::Serialize;
use time::Date;
use uuid::Uuid;

use crate::named::{read_by_name, Named};
use crate::sync::{ConflictNote, PersonCard, Record, RecordKind};

/// One of the ten parts of a pathway plan, in the law's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlanPart {
    ContactAndSupport,
    EducationAndTraining,
    WorkAndActivities,
    IfThingsGoWrong,
    WhereILive,
    FamilyAndFriends,
    SkillsForLiving,
    Money,
    HealthAndWellbeing,
    WhoIAm,
}

impl PlanPart {
    /// Every part, in the order the plan shows them.
    pub const ALL: [PlanPart; 10] = [
        PlanPart::ContactAndSupport,
        PlanPart::EducationAndTraining,
        PlanPart::WorkAndActivities,
        PlanPart::IfThingsGoWrong,
        PlanPart::WhereILive,
        PlanPart::FamilyAndFriends,
        PlanPart::SkillsForLiving,
        PlanPart::Money,
        PlanPart::HealthAndWellbeing,
        PlanPart::WhoIAm,
    ];

    /// The heading, in the words young people asked for.
    pub fn heading(self) -> &'static str {
        match self {
            PlanPart::ContactAndSupport => "Contact and support",
            PlanPart::EducationAndTraining => "Education and training",
            PlanPart::WorkAndActivities => "Work and other activities",
            PlanPart::IfThingsGoWrong => "If things go wrong",
            PlanPart::WhereILive => "Where I live",
            PlanPart::FamilyAndFriends => "Family and friends",
            PlanPart::SkillsForLiving => "Skills for living on my own",
            PlanPart::Money => "Money",
            PlanPart::HealthAndWellbeing => "Health and wellbeing",
            PlanPart::WhoIAm => "Who I am",
        }
    }

    /// One line on what this part is for, in plain words.
    pub fn about(self) -> &'static str {
        match self {
            PlanPart::ContactAndSupport => "How often we meet or talk, and who helps you.",
            PlanPart::EducationAndTraining => "School, college, university or courses.",
            PlanPart::WorkAndActivities => "Jobs, apprenticeships, volunteering and things you do.",
            PlanPart::IfThingsGoWrong => "What happens if this plan stops working.",
            PlanPart::WhereILive => "Your home, and whether it is right for you.",
            PlanPart::FamilyAndFriends => "Family time, friends and people who matter to you.",
            PlanPart::SkillsForLiving => "Cooking, bills, shopping and looking after a home.",
            PlanPart::Money => "Your money, benefits, grants and help with costs.",
            PlanPart::HealthAndWellbeing => "Your body and your mind, and who helps with them.",
            PlanPart::WhoIAm => "Your culture, faith, languages and where you come from.",
        }
    }

    /// The stable name used in storage and in page anchors.
    pub fn slug(self) -> &'static str {
        match self {
            PlanPart::ContactAndSupport => "contact-and-support",
            PlanPart::EducationAndTraining => "education-and-training",
            PlanPart::WorkAndActivities => "work-and-activities",
            PlanPart::IfThingsGoWrong => "if-things-go-wrong",
            PlanPart::WhereILive => "where-i-live",
            PlanPart::FamilyAndFriends => "family-and-friends",
            PlanPart::SkillsForLiving => "skills-for-living",
            PlanPart::Money => "money",
            PlanPart::HealthAndWellbeing => "health-and-wellbeing",
            PlanPart::WhoIAm => "who-i-am",
        }
    }

    /// The part a slug names.
    pub fn from_slug(slug: &str) -> Option<PlanPart> {
        PlanPart::ALL.into_iter().find(|part| part.slug() == slug)
    }
}

impl Named for PlanPart {
    const ALL: &'static [PlanPart] = &PlanPart::ALL;

    fn name(self) -> &'static str {
        match self {
            PlanPart::ContactAndSupport => "contact_and_support",
            PlanPart::EducationAndTraining => "education_and_training",
            PlanPart::WorkAndActivities => "work_and_activities",
            PlanPart::IfThingsGoWrong => "if_things_go_wrong",
            PlanPart::WhereILive => "where_i_live",
            PlanPart::FamilyAndFriends => "family_and_friends",
            PlanPart::SkillsForLiving => "skills_for_living",
            PlanPart::Money => "money",
            PlanPart::HealthAndWellbeing => "health_and_wellbeing",
            PlanPart::WhoIAm => "who_i_am",
        }
    }
}

read_by_name!(PlanPart);

/// The plan's own dates: the fields of a [`RecordKind::Plan`] record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ReadObject)]
pub struct PlanDates {
    #[serde(with = "crate::dates::optional_iso", default)]
    pub next_contact: Option<Date>,
    #[serde(with = "crate::dates::optional_iso", default)]
    pub next_review: Option<Date>,
}

/// The fields of a [`RecordKind::PlanPart`] record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct PartNotes {
    pub part: PlanPart,
    #[serde(default)]
    pub what_i_think: String,
}

/// The fields of a [`RecordKind::PlanAction`] record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct ActionFields {
    pub part: PlanPart,
    pub what: String,
    #[serde(default)]
    pub who: String,
    #[serde(with = "crate::dates::optional_iso", default)]
    pub by_when: Option<Date>,
    #[serde(default)]
    pub done: bool,
    /// Who ticked it off, and when (Unix seconds): stamped by the server
    /// whenever `done` changes, never taken from a phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_by: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_at: Option<i64>,
}

/// Whether an action's "who" names this young person (by her first name,
/// as a word: "Sam and Ella", "Ella, with help from Sam"), so it is hers
/// to tick off.
pub fn names_her(who: &str, first_name: &str) -> bool {
    !first_name.is_empty()
        && who
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
            .any(|word| word.eq_ignore_ascii_case(first_name))
}

/// An action's "who" as she reads it on her own screens: her name is "you"
/// (`you`, or `you_first` at the start), in her language.
pub fn who_for_her(who: &str, first_name: &str, you_first: &str, you: &str) -> String {
    let mut out = String::with_capacity(who.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !first_name.is_empty() && word.eq_ignore_ascii_case(first_name) {
            out.push_str(if out.trim().is_empty() {
                you_first
            } else {
                you
            });
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in who.chars() {
        if c.is_alphanumeric() || c == '\'' || c == '-' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Another version of a field, kept where two changes met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OtherVersion {
    /// The conflict record's id; removing it settles the conflict.
    pub id: Uuid,
    pub field: String,
    /// The version that was not kept.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub value: serde_json::Value,
    /// The same, as text to show.
    pub text: String,
    /// Who wrote it.
    pub by_name: String,
}

impl OtherVersion {
    /// The version kept aside by conflict record `id`.
    pub fn of(id: Uuid, note: &ConflictNote) -> OtherVersion {
        OtherVersion {
            id,
            field: note.field.clone(),
            value: note.value.clone(),
            // Written as JSON the way the phone writes every record (a
            // value's `Display` is the same text by another, larger path).
            text: match &note.value {
                serde_json::Value::String(text) => text.clone(),
                other => serde_json::to_string(other).unwrap_or_default(),
            },
            by_name: note.by_name.clone(),
        }
    }
}

/// Something the plan says will be done: what, by whom, by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanAction {
    pub id: Uuid,
    pub what: String,
    pub who: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(with = "crate::dates::optional_iso", default)]
    pub by_when: Option<Date>,
    pub done: bool,
    /// Who ticked it off, and when (Unix seconds), where known.
    #[serde(default)]
    pub done_by: Option<String>,
    #[serde(default)]
    pub done_at: Option<i64>,
    /// Versions of this action's fields that met another change.
    #[serde(default)]
    pub other_versions: Vec<OtherVersion>,
}

/// One part of the plan as the young person reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanPartView {
    pub part: PlanPart,
    /// The record holding this part's words; `None` until one exists.
    pub record_id: Option<Uuid>,
    /// The young person's own words on this part.
    pub what_i_think: String,
    /// Versions of these words that met another change.
    #[serde(default)]
    pub other_versions: Vec<OtherVersion>,
    pub actions: Vec<PlanAction>,
}

/// The young person's personal adviser, as her plan shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdviserContact {
    pub name: String,
    pub phone: Option<String>,
}

/// A young person's whole pathway plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PathwayPlan {
    pub young_person_id: Uuid,
    pub young_person_name: String,
    /// Her own phone number.
    #[serde(default)]
    pub young_person_phone: Option<String>,
    pub adviser: Option<AdviserContact>,
    /// The record holding the dates; `None` until one exists.
    pub dates_record_id: Option<Uuid>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(with = "crate::dates::optional_iso", default)]
    pub next_contact: Option<Date>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(with = "crate::dates::optional_iso", default)]
    pub next_review: Option<Date>,
    /// All ten parts, in the law's order.
    pub parts: Vec<PlanPartView>,
}

impl PathwayPlan {
    /// Assembles a young person's plan from her records (any others are
    /// ignored), with all ten parts in order even where nothing is written.
    /// Actions keep the order they were made in (their ids are UUIDv7).
    pub fn from_records<'a>(
        person: &PersonCard,
        records: impl IntoIterator<Item = &'a Record>,
    ) -> PathwayPlan {
        PathwayPlan::read::<true>(person, records)
    }

    /// Her plan without the other versions kept where two changes met to
    /// a part or an action: what her home and the caseload show of it (her
    /// next actions, when contact and her review are due) shows none, and
    /// reading them brings their code with her first download.
    pub fn at_a_glance<'a>(
        person: &PersonCard,
        records: impl IntoIterator<Item = &'a Record>,
    ) -> PathwayPlan {
        PathwayPlan::read::<false>(person, records)
    }

    fn read<'a, const OTHER_VERSIONS: bool>(
        person: &PersonCard,
        records: impl IntoIterator<Item = &'a Record>,
    ) -> PathwayPlan {
        let mut plan = PathwayPlan {
            young_person_id: person.id,
            young_person_name: person.name.clone(),
            young_person_phone: person.phone.clone(),
            adviser: person.adviser.clone(),
            dates_record_id: None,
            next_contact: None,
            next_review: None,
            parts: PlanPart::ALL
                .iter()
                .map(|&part| PlanPartView {
                    part,
                    record_id: None,
                    what_i_think: String::new(),
                    other_versions: Vec::new(),
                    actions: Vec::new(),
                })
                .collect(),
        };
        let mut records: Vec<&Record> = records
            .into_iter()
            .filter(|r| r.young_person_id == person.id && !r.deleted)
            .collect();
        crate::order::by_key(&mut records, |r| r.id);
        let mut conflicts: Vec<ConflictNote> = Vec::new();
        let mut conflict_ids = Vec::new();
        for record in &records {
            match record.kind {
                RecordKind::Plan => {
                    if let Some(dates) = record.fields::<PlanDates>() {
                        plan.dates_record_id = Some(record.id);
                        plan.next_contact = dates.next_contact;
                        plan.next_review = dates.next_review;
                    }
                }
                RecordKind::PlanPart => {
                    if let Some(notes) = record.fields::<PartNotes>() {
                        if let Some(view) = plan.part_mut(notes.part) {
                            view.record_id = Some(record.id);
                            view.what_i_think = notes.what_i_think;
                        }
                    }
                }
                RecordKind::PlanAction => {
                    if let Some(action) = record.fields::<ActionFields>() {
                        if let Some(view) = plan.part_mut(action.part) {
                            view.actions.push(PlanAction {
                                id: record.id,
                                what: action.what,
                                who: action.who,
                                by_when: action.by_when,
                                done: action.done,
                                done_by: action.done_by,
                                done_at: action.done_at,
                                other_versions: Vec::new(),
                            });
                        }
                    }
                }
                RecordKind::Conflict if OTHER_VERSIONS => {
                    if let Some(note) = record.fields::<ConflictNote>() {
                        conflicts.push(note);
                        conflict_ids.push(record.id);
                    }
                }
                RecordKind::Conflict
                | RecordKind::Contact
                | RecordKind::Circumstances
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
                | RecordKind::Seen => {}
            }
        }
        if !OTHER_VERSIONS {
            return plan;
        }
        for (id, note) in conflict_ids.into_iter().zip(conflicts) {
            let other = OtherVersion::of(id, &note);
            for part in &mut plan.parts {
                if part.record_id == Some(note.record_id) {
                    part.other_versions.push(other.clone());
                }
                for action in &mut part.actions {
                    if action.id == note.record_id {
                        action.other_versions.push(other.clone());
                    }
                }
            }
        }
        plan
    }

    fn part_mut(&mut self, part: PlanPart) -> Option<&mut PlanPartView> {
        self.parts.iter_mut().find(|view| view.part == part)
    }

    /// The actions still to do across every part, each with its part:
    /// dated ones first, soonest first; undated after, in the plan's order.
    pub fn to_do(&self) -> Vec<(PlanPart, PlanAction)> {
        let mut to_do: Vec<(PlanPart, PlanAction)> = self
            .parts
            .iter()
            .flat_map(|p| p.actions.iter().map(move |a| (p.part, a.clone())))
            .filter(|(_, a)| !a.done)
            .collect();
        crate::order::by_key(&mut to_do, |(_, a)| (a.by_when.is_none(), a.by_when));
        to_do
    }

    /// How many versions of anything in the plan wait to be settled.
    pub fn unsettled(&self) -> usize {
        self.parts
            .iter()
            .map(|p| {
                p.other_versions.len()
                    + p.actions
                        .iter()
                        .map(|a| a.other_versions.len())
                        .sum::<usize>()
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;
    use serde_json::json;
    use time::macros::date;

    fn ella() -> PersonCard {
        PersonCard {
            phone: None,
            id: ids::new(),
            name: "Ella Morris".into(),
            date_of_birth: date!(2007 - 05 - 14),
            adviser: Some(AdviserContact {
                name: "Sam Okafor".into(),
                phone: None,
            }),
            locked: false,
            pronouns: Default::default(),
        }
    }

    use crate::sync::test_record as record;

    #[test]
    fn another_version_shows_words_as_written_and_anything_else_as_json() {
        let note = |value: serde_json::Value| ConflictNote {
            record_id: ids::new(),
            record_kind: RecordKind::PlanAction,
            field: "what".into(),
            value,
            by: ids::new(),
            by_name: "Sam Okafor".into(),
        };
        let text = |value| OtherVersion::of(ids::new(), &note(value)).text;
        assert_eq!(
            text(json!("Open a \"bank\" account")),
            "Open a \"bank\" account"
        );
        assert_eq!(text(json!(true)), "true");
        assert_eq!(text(json!(3)), "3");
        assert_eq!(text(json!(null)), "null");
        assert_eq!(text(json!(["a", 1])), r#"["a",1]"#);
    }

    #[test]
    fn a_plan_always_has_the_ten_parts_in_the_laws_order() {
        let plan = PathwayPlan::from_records(&ella(), []);
        let headings: Vec<_> = plan.parts.iter().map(|p| p.part.heading()).collect();
        assert_eq!(
            headings,
            [
                "Contact and support",
                "Education and training",
                "Work and other activities",
                "If things go wrong",
                "Where I live",
                "Family and friends",
                "Skills for living on my own",
                "Money",
                "Health and wellbeing",
                "Who I am",
            ]
        );
        assert!(plan
            .parts
            .iter()
            .all(|p| p.record_id.is_none() && p.actions.is_empty()));
    }

    #[test]
    fn records_land_in_their_own_part_and_others_records_are_ignored() {
        let person = ella();
        let someone_else = ids::new();
        let records = [
            record(
                person.id,
                RecordKind::PlanPart,
                json!({ "part": "money", "what_i_think": "I want to save" }),
            ),
            record(
                person.id,
                RecordKind::PlanAction,
                json!({ "part": "money", "what": "Open a bank account", "who": "Ella", "by_when": "2026-12-03", "done": false }),
            ),
            record(
                person.id,
                RecordKind::PlanAction,
                json!({ "part": "where_i_live", "what": "Fix the boiler", "who": "Sam" }),
            ),
            record(
                person.id,
                RecordKind::PlanAction,
                json!({ "part": "money", "what": "Apply for the bursary", "who": "Sam", "done": true }),
            ),
            record(
                person.id,
                RecordKind::Plan,
                json!({ "next_review": "2027-02-04", "next_contact": null }),
            ),
            record(
                someone_else,
                RecordKind::PlanAction,
                json!({ "part": "money", "what": "Not hers" }),
            ),
        ];
        let mut removed = record(
            person.id,
            RecordKind::PlanAction,
            json!({ "part": "money", "what": "Removed" }),
        );
        removed.deleted = true;
        let plan = PathwayPlan::from_records(&person, records.iter().chain([&removed]));

        let money = plan.parts.iter().find(|p| p.part == PlanPart::Money);
        assert_eq!(
            money.map(|p| p.what_i_think.as_str()),
            Some("I want to save")
        );
        assert_eq!(money.and_then(|p| p.record_id), Some(records[0].id));
        let whats: Vec<_> = money
            .map(|p| p.actions.iter().map(|a| a.what.as_str()).collect())
            .unwrap_or_default();
        assert_eq!(whats, ["Open a bank account", "Apply for the bursary"]);
        assert_eq!(
            money.map(|p| p.actions[0].by_when),
            Some(Some(date!(2026 - 12 - 03)))
        );
        let home = plan.parts.iter().find(|p| p.part == PlanPart::WhereILive);
        assert_eq!(home.map(|p| p.actions.len()), Some(1));
        assert_eq!(plan.next_review, Some(date!(2027 - 02 - 04)));
        assert_eq!(plan.next_contact, None);
        assert_eq!(plan.dates_record_id, Some(records[4].id));
    }

    #[test]
    fn another_version_of_a_field_is_shown_beside_it_until_settled() {
        let person = ella();
        let part = record(
            person.id,
            RecordKind::PlanPart,
            json!({ "part": "money", "what_i_think": "Sam's words" }),
        );
        let conflict = record(
            person.id,
            RecordKind::Conflict,
            json!({ "record_id": part.id, "record_kind": "plan_part", "field": "what_i_think", "value": "Ella's words", "by": Uuid::nil(), "by_name": "Ella Morris" }),
        );
        let plan = PathwayPlan::from_records(&person, [&part, &conflict]);
        let money = plan.parts.iter().find(|p| p.part == PlanPart::Money);
        assert_eq!(money.map(|p| p.what_i_think.as_str()), Some("Sam's words"));
        assert_eq!(
            money.map(|p| p.other_versions.clone()),
            Some(vec![OtherVersion {
                id: conflict.id,
                field: "what_i_think".into(),
                value: json!("Ella's words"),
                text: "Ella's words".into(),
                by_name: "Ella Morris".into(),
            }])
        );
        assert_eq!(plan.unsettled(), 1);

        let glance = PathwayPlan::at_a_glance(&person, [&part, &conflict]);
        assert_eq!(glance.unsettled(), 0, "at a glance, no other versions");
        let mut without = plan.clone();
        for part in &mut without.parts {
            part.other_versions.clear();
        }
        assert_eq!(glance, without, "and otherwise the same plan");
    }

    #[test]
    fn an_action_is_hers_when_its_who_names_her_as_a_word() {
        assert!(names_her("Ella", "Ella"));
        assert!(names_her("Sam and ella", "Ella"));
        assert!(names_her("Ella, with help from Sam", "Ella"));
        assert!(!names_her("Sam", "Ella"));
        assert!(!names_her("Ellapaul", "Ella"));
        assert!(!names_her("", "Ella"));
        assert!(!names_her("Sam", ""));
    }

    #[test]
    fn her_own_screens_call_her_you() {
        let for_her = |who| who_for_her(who, "Ella", "You", "you");
        assert_eq!(for_her("Sam and Ella"), "Sam and you");
        assert_eq!(
            for_her("Ella, with help from Sam"),
            "You, with help from Sam"
        );
        assert_eq!(for_her("Sam"), "Sam");
        assert_eq!(for_her("Ellapaul"), "Ellapaul");
        assert_eq!(who_for_her("Sam a Ella", "Ella", "Ty", "ty"), "Sam a ty");
    }

    #[test]
    fn slugs_are_unique() {
        let mut slugs: Vec<_> = PlanPart::ALL.iter().map(|p| p.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), 10);
    }
}
