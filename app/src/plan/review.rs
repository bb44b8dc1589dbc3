//! Plan reviews: her request for one (which cannot be refused), the review
//! itself, the version of the plan it produces, and whether she agrees.
//!
//! The plan being worked on is always the live plan (its part and action
//! records, edited and merged as ever). Recording a review freezes a copy
//! of it into the review record: that copy is the version, and the server
//! refuses any change to it afterwards. Her answer is a record of its own,
//! added and never changed, so changing her mind adds a new answer and the
//! old one stays in the history.

use pathway_derive::ReadObject;
use serde::Serialize;
use time::{Date, Duration};
use uuid::Uuid;

use crate::contacts::rules::add_months;
use crate::named::{read_by_name, Named};
use crate::plan::{OtherVersion, PathwayPlan, PlanPart};
use crate::sync::{ConflictNote, Record, RecordKind};

/// The law's longest gap between reviews.
pub const MONTHS_BETWEEN_REVIEWS: u8 = 6;
/// How soon after a move the plan is reviewed, unless it already was.
pub const REVIEW_AFTER_MOVE_DAYS: i64 = 28;

/// The latest date the next review can be after one held on `held_on`.
pub fn latest_next_review(held_on: Date) -> Date {
    add_months(held_on, MONTHS_BETWEEN_REVIEWS)
}

/// How the young person took part in her review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Participation {
    CameAndSpoke,
    CameWithAdvocate,
    SentViews,
    DidNotTakePart,
}

impl Participation {
    pub const ALL: [Participation; 4] = [
        Participation::CameAndSpoke,
        Participation::CameWithAdvocate,
        Participation::SentViews,
        Participation::DidNotTakePart,
    ];

    /// As staff record it.
    pub fn label(self) -> &'static str {
        match self {
            Participation::CameAndSpoke => "Came and spoke for themselves",
            Participation::CameWithAdvocate => "Came, and an advocate spoke for them",
            Participation::SentViews => "Sent their views in writing or through the app",
            Participation::DidNotTakePart => "Did not take part",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Participation::CameAndSpoke => "came_and_spoke",
            Participation::CameWithAdvocate => "came_with_advocate",
            Participation::SentViews => "sent_views",
            Participation::DidNotTakePart => "did_not_take_part",
        }
    }
}

impl Named for Participation {
    const ALL: &'static [Participation] = &Participation::ALL;

    fn name(self) -> &'static str {
        self.slug()
    }
}

read_by_name!(Participation);

/// Where a review is: being prepared, or held and written down for good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReviewStage {
    #[default]
    Draft,
    Recorded,
}

impl Named for ReviewStage {
    const ALL: &'static [ReviewStage] = &[ReviewStage::Draft, ReviewStage::Recorded];

    fn name(self) -> &'static str {
        match self {
            ReviewStage::Draft => "draft",
            ReviewStage::Recorded => "recorded",
        }
    }
}

read_by_name!(ReviewStage);

/// One action as a version of the plan keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ActionCopy {
    /// The live action's id, so two versions can be compared action by action.
    pub id: Uuid,
    pub what: String,
    #[serde(default)]
    pub who: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(with = "crate::dates::optional_iso", default)]
    pub by_when: Option<Date>,
    #[serde(default)]
    pub done: bool,
}

/// One part as a version of the plan keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartCopy {
    pub part: PlanPart,
    #[serde(default)]
    pub what_i_think: String,
    #[serde(default)]
    pub actions: Vec<ActionCopy>,
}

/// The words of a plan at one moment: what a version is.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanCopy {
    pub parts: Vec<PartCopy>,
}

impl PlanCopy {
    /// The words of `plan` as they stand.
    pub fn of(plan: &PathwayPlan) -> PlanCopy {
        PlanCopy {
            parts: plan
                .parts
                .iter()
                .map(|view| PartCopy {
                    part: view.part,
                    what_i_think: view.what_i_think.clone(),
                    actions: view
                        .actions
                        .iter()
                        .map(|a| ActionCopy {
                            id: a.id,
                            what: a.what.clone(),
                            who: a.who.clone(),
                            by_when: a.by_when,
                            done: a.done,
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// This part's words, empty where the copy has none.
    pub fn part(&self, part: PlanPart) -> PartCopy {
        self.parts
            .iter()
            .find(|p| p.part == part)
            .cloned()
            .unwrap_or(PartCopy {
                part,
                what_i_think: String::new(),
                actions: Vec::new(),
            })
    }

    /// Whether it has all ten parts, once each: the shape a version must have.
    pub fn is_whole(&self) -> bool {
        self.parts.len() == PlanPart::ALL.len()
            && PlanPart::ALL
                .iter()
                .all(|part| self.parts.iter().filter(|p| p.part == *part).count() == 1)
    }
}

/// The fields of a [`RecordKind::Review`] record.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewFields {
    #[serde(default)]
    pub stage: ReviewStage,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(with = "crate::dates::optional_iso", default)]
    pub held_on: Option<Date>,
    /// Who was there, in the adviser's words.
    #[serde(default)]
    pub who_took_part: String,
    #[serde(default)]
    pub participation: Option<Participation>,
    /// Why she did not take part, when she did not.
    #[serde(default)]
    pub why_not: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(with = "crate::dates::optional_iso", default)]
    pub next_review: Option<Date>,
    /// The plan as it was agreed at the review; set by the server when it
    /// is recorded (a phone's copy only shows until the server answers).
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub plan: Option<PlanCopy>,
    /// Set by the server when the review is recorded: 1 for the first.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub number: Option<u32>,
    /// Set by the server: who recorded it.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub by_name: String,
}

impl ReviewFields {
    /// What stops this review being recorded, in words, if anything.
    pub fn not_ready(&self) -> Option<&'static str> {
        let Some(held_on) = self.held_on else {
            return Some("Say when the review was held.");
        };
        match self.participation {
            None => return Some("Say how the young person took part."),
            Some(Participation::DidNotTakePart) if self.why_not.trim().is_empty() => {
                return Some("Say why the young person didn't take part.")
            }
            Some(_) => {}
        }
        match self.next_review {
            None => Some("Choose the date of the next review."),
            Some(next) if next <= held_on => Some("The next review must be after this one."),
            Some(next) if next > latest_next_review(held_on) => {
                Some("The next review must be within six months of this one.")
            }
            Some(_) if !self.plan.as_ref().is_some_and(PlanCopy::is_whole) => {
                Some("The plan's ten parts must be kept with the review.")
            }
            Some(_) => None,
        }
    }
}

/// The fields of a [`RecordKind::Agreement`] record: her answer to a version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgreementFields {
    /// The review record holding the version.
    pub version: Uuid,
    pub agrees: bool,
    #[serde(default)]
    pub reasons: String,
    /// Set by the server.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub by_name: String,
    /// When, in Unix seconds (server time); 0 while still on the phone.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub at: i64,
}

/// The fields of a [`RecordKind::ReviewRequest`] record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RequestFields {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "crate::dates::iso_date")]
    pub on: Date,
    /// What she wants to talk about, if she said.
    #[serde(default)]
    pub why: String,
}

/// A recorded review: one version of the plan, and her answers to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub id: Uuid,
    pub number: u32,
    pub review: ReviewFields,
    /// Her answers, oldest first; the last one stands.
    pub answers: Vec<AgreementFields>,
}

impl Version {
    /// Her answer as it stands: `None` until she gives one.
    pub fn answer(&self) -> Option<&AgreementFields> {
        self.answers.last()
    }

    pub fn agreed(&self) -> bool {
        self.answer().is_some_and(|a| a.agrees)
    }

    pub fn held_on(&self) -> Option<Date> {
        self.review.held_on
    }

    pub fn plan(&self) -> PlanCopy {
        self.review.plan.clone().unwrap_or_default()
    }

    /// Where she stands on it, in words for staff.
    pub fn agreement_words(&self, first_name: &str) -> String {
        match self.answer() {
            None => format!("Waiting for {first_name}'s answer"),
            Some(a) if a.agrees => format!("{first_name} agrees"),
            Some(_) => format!("{first_name} doesn't agree"),
        }
    }
}

/// She asked for a review on this day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: Uuid,
    pub fields: RequestFields,
}

/// Everything about one young person's reviews.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reviews {
    /// The review being prepared, if one is.
    pub draft: Option<(Uuid, ReviewFields)>,
    /// Versions of the draft's fields that met another change.
    pub draft_conflicts: Vec<OtherVersion>,
    /// Every recorded version, the first first.
    pub versions: Vec<Version>,
    pub requests: Vec<Request>,
}

impl Reviews {
    /// Her reviews, read from `records` (anyone else's are ignored).
    pub fn of<'a>(young_person: Uuid, records: impl IntoIterator<Item = &'a Record>) -> Reviews {
        let mut reviews = Reviews::default();
        let mut answers: Vec<(Uuid, AgreementFields)> = Vec::new();
        let mut conflicts: Vec<(Uuid, ConflictNote)> = Vec::new();
        for record in records
            .into_iter()
            .filter(|r| r.young_person_id == young_person && !r.deleted)
        {
            match record.kind {
                RecordKind::Review => {
                    let Some(fields) = record.fields::<ReviewFields>() else {
                        continue;
                    };
                    match (fields.stage, fields.number) {
                        (ReviewStage::Recorded, Some(number)) => reviews.versions.push(Version {
                            id: record.id,
                            number,
                            review: fields,
                            answers: Vec::new(),
                        }),
                        // Recorded on this phone, not yet numbered by the
                        // server: still shown as the review being finished.
                        _ => {
                            if reviews.draft.as_ref().is_none_or(|(id, _)| *id < record.id) {
                                reviews.draft = Some((record.id, fields));
                            }
                        }
                    }
                }
                RecordKind::Agreement => {
                    if let Some(fields) = record.fields::<AgreementFields>() {
                        answers.push((record.id, fields));
                    }
                }
                RecordKind::ReviewRequest => {
                    if let Some(fields) = record.fields::<RequestFields>() {
                        reviews.requests.push(Request {
                            id: record.id,
                            fields,
                        });
                    }
                }
                RecordKind::Conflict => {
                    if let Some(note) = record.fields::<ConflictNote>() {
                        if note.record_kind == RecordKind::Review {
                            conflicts.push((record.id, note));
                        }
                    }
                }
                _ => {}
            }
        }
        crate::order::by_key(&mut reviews.versions, |v| (v.number, v.id));
        crate::order::by_key(&mut answers, |(id, _)| *id);
        for (_, answer) in answers {
            if let Some(version) = reviews.versions.iter_mut().find(|v| v.id == answer.version) {
                version.answers.push(answer);
            }
        }
        crate::order::by_key(&mut reviews.requests, |r| (r.fields.on, r.id));
        if let Some((draft, _)) = &reviews.draft {
            reviews.draft_conflicts = conflicts
                .iter()
                .filter(|(_, note)| note.record_id == *draft)
                .map(|(id, note)| OtherVersion::of(*id, note))
                .collect();
        }
        reviews
    }

    /// The newest version.
    pub fn latest(&self) -> Option<&Version> {
        self.versions.last()
    }

    /// The newest version she agreed to.
    pub fn last_agreed(&self) -> Option<&Version> {
        self.versions.iter().rev().find(|v| v.agreed())
    }

    /// The version a new one is compared with: the last she agreed to, or
    /// failing that the last one written down.
    pub fn baseline(&self) -> Option<&Version> {
        self.last_agreed().or_else(|| self.latest())
    }

    pub fn version(&self, id: Uuid) -> Option<&Version> {
        self.versions.iter().find(|v| v.id == id)
    }

    /// When the last review was held.
    pub fn last_held(&self) -> Option<Date> {
        self.versions.iter().filter_map(Version::held_on).max()
    }

    /// Requests not yet answered by a review held on or after the day asked.
    pub fn open_requests(&self) -> Vec<&Request> {
        let last = self.last_held();
        self.requests
            .iter()
            .filter(|r| last.is_none_or(|held| held < r.fields.on))
            .collect()
    }
}

/// What her tabs and her home need of her reviews: whether the newest
/// version waits for her answer, when the last review was held, and the
/// first day she asked for one not yet held. Read without the copy of the
/// plan each version keeps, which is most of a review's bytes and of the
/// code that reads it: her tabs and her home come with her first download,
/// and only the screens that show a version need the copy ([`Reviews`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReviewSummary {
    pub waiting: bool,
    pub last_held: Option<Date>,
    pub asked: Option<Date>,
}

impl ReviewSummary {
    /// Her reviews' summary, read from `records` as [`Reviews::of`] reads
    /// them (anyone else's are ignored).
    pub fn of<'a>(
        young_person: Uuid,
        records: impl IntoIterator<Item = &'a Record>,
    ) -> ReviewSummary {
        #[derive(ReadObject)]
        struct Held {
            #[serde(default)]
            stage: ReviewStage,
            #[serde(with = "crate::dates::optional_iso", default)]
            held_on: Option<Date>,
            #[serde(default)]
            number: Option<u32>,
        }
        #[derive(ReadObject)]
        struct Answer {
            version: Uuid,
            #[serde(rename = "agrees")]
            _agrees: bool,
        }
        let mut versions: Vec<(u32, Uuid, Option<Date>)> = Vec::new();
        let mut answered: Vec<Uuid> = Vec::new();
        let mut asked: Vec<Date> = Vec::new();
        for record in records
            .into_iter()
            .filter(|r| r.young_person_id == young_person && !r.deleted)
        {
            match record.kind {
                RecordKind::Review => {
                    if let Some(Held {
                        stage: ReviewStage::Recorded,
                        number: Some(number),
                        held_on,
                    }) = record.fields::<Held>()
                    {
                        versions.push((number, record.id, held_on));
                    }
                }
                RecordKind::Agreement => {
                    if let Some(answer) = record.fields::<Answer>() {
                        answered.push(answer.version);
                    }
                }
                RecordKind::ReviewRequest => {
                    if let Some(request) = record.fields::<RequestFields>() {
                        asked.push(request.on);
                    }
                }
                _ => {}
            }
        }
        let latest = versions.iter().max_by_key(|(number, id, _)| (*number, *id));
        let last_held = versions.iter().filter_map(|(_, _, held_on)| *held_on).max();
        ReviewSummary {
            waiting: latest.is_some_and(|(_, id, _)| !answered.contains(id)),
            last_held,
            asked: asked
                .into_iter()
                .filter(|on| last_held.is_none_or(|held| held < *on))
                .min(),
        }
    }
}

impl Reviews {
    pub fn summary(&self) -> ReviewSummary {
        ReviewSummary {
            waiting: self.latest().is_some_and(|v| v.answer().is_none()),
            last_held: self.last_held(),
            asked: self.open_requests().first().map(|r| r.fields.on),
        }
    }
}

/// Why a review is due when it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DueBecause {
    /// The date set at the last review (or on the plan).
    Planned,
    /// She asked on this day; it is due at once.
    Asked { on: Date },
    /// She moved home on this day, after her last review.
    Moved { on: Date },
}

/// When a review is next due, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ReviewDue {
    pub on: Date,
    pub because: DueBecause,
}

impl ReviewDue {
    /// When her review is due: the planned date, brought forward by a
    /// request (due the day she asked) or by a move since the last review.
    pub fn of(
        planned: Option<Date>,
        reviews: &ReviewSummary,
        moved: Option<Date>,
    ) -> Option<ReviewDue> {
        let asked = reviews.asked.map(|on| ReviewDue {
            on,
            because: DueBecause::Asked { on },
        });
        let moved = moved
            .filter(|on| reviews.last_held.is_none_or(|held| held < *on))
            .map(|on| ReviewDue {
                on: on + Duration::days(REVIEW_AFTER_MOVE_DAYS),
                because: DueBecause::Moved { on },
            });
        let planned = planned.map(|on| ReviewDue {
            on,
            because: DueBecause::Planned,
        });
        [asked, moved, planned]
            .into_iter()
            .flatten()
            .min_by_key(|d| d.on)
    }
}

/// How one thing differs between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change<T> {
    Same(T),
    Added(T),
    Removed(T),
    Changed { before: T, after: T },
}

impl<T> Change<T> {
    pub fn slug(&self) -> &'static str {
        match self {
            Change::Same(_) => "same",
            Change::Added(_) => "added",
            Change::Removed(_) => "removed",
            Change::Changed { .. } => "changed",
        }
    }

    pub fn is_change(&self) -> bool {
        !matches!(self, Change::Same(_))
    }

    fn between(
        before: Option<T>,
        after: Option<T>,
        same: impl Fn(&T, &T) -> bool,
    ) -> Option<Change<T>> {
        match (before, after) {
            (None, None) => None,
            (None, Some(after)) => Some(Change::Added(after)),
            (Some(before), None) => Some(Change::Removed(before)),
            (Some(before), Some(after)) if same(&before, &after) => Some(Change::Same(after)),
            (Some(before), Some(after)) => Some(Change::Changed { before, after }),
        }
    }
}

/// One part of the plan, compared between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartComparison {
    pub part: PlanPart,
    /// `None` when neither version has words here.
    pub words: Option<Change<String>>,
    /// Actions in the later version's order, then those it removed.
    pub actions: Vec<Change<ActionCopy>>,
}

impl PartComparison {
    /// How many things in this part differ.
    pub fn changes(&self) -> usize {
        usize::from(self.words.as_ref().is_some_and(Change::is_change))
            + self.actions.iter().filter(|a| a.is_change()).count()
    }
}

/// Compares two versions part by part, matching actions by their id.
pub fn compare(before: &PlanCopy, after: &PlanCopy) -> Vec<PartComparison> {
    PlanPart::ALL
        .iter()
        .map(|&part| {
            let old = before.part(part);
            let new = after.part(part);
            let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
            let words =
                Change::between(text(&old.what_i_think), text(&new.what_i_think), |a, b| {
                    a == b
                });
            let mut actions: Vec<Change<ActionCopy>> = new
                .actions
                .iter()
                .filter_map(|action| {
                    let earlier = old.actions.iter().find(|a| a.id == action.id).cloned();
                    Change::between(earlier, Some(action.clone()), |a, b| a == b)
                })
                .collect();
            actions.extend(
                old.actions
                    .iter()
                    .filter(|a| !new.actions.iter().any(|n| n.id == a.id))
                    .cloned()
                    .map(Change::Removed),
            );
            PartComparison {
                part,
                words,
                actions,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;
    use crate::sync::test_record as record;
    use serde_json::json;
    use time::macros::date;

    fn action(what: &str, done: bool) -> ActionCopy {
        ActionCopy {
            id: ids::new(),
            what: what.into(),
            who: "Sam".into(),
            by_when: None,
            done,
        }
    }

    fn copy(money_words: &str, money: Vec<ActionCopy>) -> PlanCopy {
        PlanCopy {
            parts: PlanPart::ALL
                .iter()
                .map(|&part| PartCopy {
                    part,
                    what_i_think: if part == PlanPart::Money {
                        money_words.into()
                    } else {
                        String::new()
                    },
                    actions: if part == PlanPart::Money {
                        money.clone()
                    } else {
                        Vec::new()
                    },
                })
                .collect(),
        }
    }

    #[test]
    fn comparing_versions_names_what_was_added_removed_and_changed() {
        let bank = action("Open a bank account", false);
        let bursary = action("Apply for the bursary", false);
        let budget = action("Make a budget", false);
        let before = copy("I want to save", vec![bank.clone(), bursary.clone()]);
        let bank_done = ActionCopy {
            done: true,
            ..bank.clone()
        };
        let after = copy("I save £10 a week", vec![bank_done.clone(), budget.clone()]);

        let parts = compare(&before, &after);
        assert_eq!(parts.len(), 10);
        let money = parts.iter().find(|p| p.part == PlanPart::Money).cloned();
        let Some(money) = money else {
            panic!("no money part");
        };
        assert_eq!(
            money.words,
            Some(Change::Changed {
                before: "I want to save".into(),
                after: "I save £10 a week".into()
            })
        );
        assert_eq!(
            money.actions,
            vec![
                Change::Changed {
                    before: bank,
                    after: bank_done
                },
                Change::Added(budget),
                Change::Removed(bursary),
            ]
        );
        assert_eq!(money.changes(), 4);
        let slugs: Vec<_> = money.actions.iter().map(Change::slug).collect();
        assert_eq!(slugs, ["changed", "added", "removed"]);
        assert!(parts
            .iter()
            .filter(|p| p.part != PlanPart::Money)
            .all(|p| p.changes() == 0 && p.words.is_none()));
        assert!(compare(&after, &after).iter().all(|p| p.changes() == 0));
    }

    #[test]
    fn words_that_differ_only_in_spacing_are_not_a_change() {
        let before = copy("I want to save ", vec![]);
        let after = copy("I want to save", vec![]);
        let money = &compare(&before, &after)[7];
        assert_eq!(money.words, Some(Change::Same("I want to save".into())));
        let gone = &compare(&before, &copy("", vec![]))[7];
        assert_eq!(gone.words, Some(Change::Removed("I want to save".into())));
    }

    fn recorded(owner: Uuid, number: u32, held_on: &str, next: &str) -> Record {
        record(
            owner,
            RecordKind::Review,
            json!({
                "stage": "recorded", "number": number, "held_on": held_on,
                "participation": "came_and_spoke", "next_review": next,
                "plan": copy("", vec![]),
            }),
        )
    }

    #[test]
    fn a_request_makes_the_review_due_the_day_she_asked_until_a_review_is_held() {
        let ella = ids::new();
        let first = recorded(ella, 1, "2026-06-01", "2026-12-01");
        let planned = Some(date!(2026 - 12 - 01));
        let reviews = Reviews::of(ella, [&first]);
        assert_eq!(
            ReviewDue::of(planned, &reviews.summary(), None),
            Some(ReviewDue {
                on: date!(2026 - 12 - 01),
                because: DueBecause::Planned
            })
        );

        let asked = record(
            ella,
            RecordKind::ReviewRequest,
            json!({ "on": "2026-09-10", "why": "My flat" }),
        );
        let reviews = Reviews::of(ella, [&first, &asked]);
        assert_eq!(
            ReviewDue::of(planned, &reviews.summary(), None),
            Some(ReviewDue {
                on: date!(2026 - 09 - 10),
                because: DueBecause::Asked {
                    on: date!(2026 - 09 - 10)
                }
            })
        );

        let held = recorded(ella, 2, "2026-09-20", "2027-03-20");
        let reviews = Reviews::of(ella, [&first, &asked, &held]);
        assert!(reviews.open_requests().is_empty());
        assert_eq!(
            ReviewDue::of(Some(date!(2027 - 03 - 20)), &reviews.summary(), None).map(|d| d.because),
            Some(DueBecause::Planned)
        );
    }

    #[test]
    fn a_move_since_the_last_review_brings_the_review_forward() {
        let ella = ids::new();
        let first = recorded(ella, 1, "2026-06-01", "2026-12-01");
        let reviews = Reviews::of(ella, [&first]);
        let planned = Some(date!(2026 - 12 - 01));
        assert_eq!(
            ReviewDue::of(planned, &reviews.summary(), Some(date!(2026 - 09 - 01))),
            Some(ReviewDue {
                on: date!(2026 - 09 - 29),
                because: DueBecause::Moved {
                    on: date!(2026 - 09 - 01)
                }
            })
        );
        // A move before the last review was already reviewed.
        assert_eq!(
            ReviewDue::of(planned, &reviews.summary(), Some(date!(2026 - 05 - 01)))
                .map(|d| d.because),
            Some(DueBecause::Planned)
        );
        // A move just before the planned review does not put it later.
        assert_eq!(
            ReviewDue::of(planned, &reviews.summary(), Some(date!(2026 - 11 - 20))).map(|d| d.on),
            planned
        );
    }

    #[test]
    fn her_latest_answer_stands_and_the_earlier_ones_are_kept() {
        let ella = ids::new();
        let version = recorded(ella, 1, "2026-06-01", "2026-12-01");
        let no = record(
            ella,
            RecordKind::Agreement,
            json!({ "version": version.id, "agrees": false, "reasons": "The flat is cold" }),
        );
        let yes = record(
            ella,
            RecordKind::Agreement,
            json!({ "version": version.id, "agrees": true }),
        );
        let reviews = Reviews::of(ella, [&yes, &version, &no]);
        let Some(v) = reviews.latest() else {
            panic!("no version");
        };
        assert!(v.agreed());
        assert_eq!(v.answers.len(), 2);
        assert_eq!(v.answers[0].reasons, "The flat is cold");
        assert_eq!(reviews.last_agreed().map(|v| v.id), Some(version.id));
        assert!(ReviewSummary::of(ella, [&version]).waiting);
        assert!(!ReviewSummary::of(ella, [&version, &no]).waiting);
    }

    #[test]
    fn a_draft_is_not_a_version_until_the_server_numbers_it() {
        let ella = ids::new();
        let draft = record(ella, RecordKind::Review, json!({ "stage": "draft" }));
        let reviews = Reviews::of(ella, [&draft]);
        assert_eq!(reviews.draft.as_ref().map(|(id, _)| *id), Some(draft.id));
        assert!(reviews.versions.is_empty());
    }

    #[test]
    fn a_draft_changed_in_two_places_keeps_the_other_version_beside_it() {
        let ella = ids::new();
        let draft = record(
            ella,
            RecordKind::Review,
            json!({ "stage": "draft", "who_took_part": "Ella and Sam" }),
        );
        let kept = record(
            ella,
            RecordKind::Conflict,
            json!({
                "record_id": draft.id, "record_kind": "review", "field": "who_took_part",
                "value": "Ella, Sam and her tutor", "by": Uuid::nil(), "by_name": "Sam Okafor",
            }),
        );
        let elsewhere = record(
            ella,
            RecordKind::Conflict,
            json!({
                "record_id": ids::new(), "record_kind": "plan_part", "field": "what_i_think",
                "value": "Other words", "by": Uuid::nil(), "by_name": "Ella Morris",
            }),
        );
        let reviews = Reviews::of(ella, [&draft, &kept, &elsewhere]);
        assert_eq!(reviews.draft_conflicts.len(), 1);
        assert_eq!(reviews.draft_conflicts[0].text, "Ella, Sam and her tutor");
        assert_eq!(reviews.draft_conflicts[0].id, kept.id);
    }

    #[test]
    fn a_review_is_ready_to_record_only_when_it_says_what_the_law_asks() {
        let mut review = ReviewFields {
            held_on: Some(date!(2026 - 11 - 26)),
            participation: Some(Participation::DidNotTakePart),
            next_review: Some(date!(2027 - 05 - 26)),
            plan: Some(copy("", vec![])),
            ..ReviewFields::default()
        };
        assert_eq!(
            review.not_ready(),
            Some("Say why the young person didn't take part.")
        );
        review.why_not = "In hospital".into();
        assert_eq!(review.not_ready(), None);
        review.next_review = Some(date!(2027 - 05 - 27));
        assert_eq!(
            review.not_ready(),
            Some("The next review must be within six months of this one.")
        );
        review.next_review = Some(date!(2027 - 01 - 10));
        review.plan = Some(PlanCopy::default());
        assert_eq!(
            review.not_ready(),
            Some("The plan's ten parts must be kept with the review.")
        );
    }

    /// Her tabs and her home say what the review screens say, whatever
    /// reviews, answers and requests the phone holds: drafts, versions
    /// still to be numbered, removed ones, someone else's, answers to a
    /// version it does not have, and records it cannot read.
    mod summary {
        use super::*;
        use crate::sync::Kept;
        use proptest::prelude::*;

        /// A record, read as: (kind 0–2, which record it answers, number
        /// (0 for none), days after the first of June, recorded, how kept).
        type Made = (u8, usize, u32, i64, bool, Kept);

        fn records(ella: Uuid, made: &[Made]) -> Vec<Record> {
            let ids: Vec<Uuid> = made.iter().map(|_| ids::new()).collect();
            made.iter()
                .zip(&ids)
                .map(|(&(kind, answers, number, days, recorded, kept), id)| {
                    let on = (date!(2026 - 06 - 01) + Duration::days(days)).to_string();
                    let data = match (kind % 3, kept.readable) {
                        (0, true) => json!({
                            "stage": if recorded { "recorded" } else { "draft" },
                            "number": (number > 0).then_some(number),
                            "held_on": (days % 5 > 0).then_some(on),
                            "plan": copy("", vec![]),
                        }),
                        (0, false) => json!({ "stage": "not_a_stage", "number": number }),
                        (1, true) => json!({
                            "version": ids.get(answers).copied().unwrap_or_else(ids::new),
                            "agrees": days % 2 == 0,
                        }),
                        (1, false) => json!({ "version": "not an id", "agrees": true }),
                        (_, true) => json!({ "on": on, "why": "My flat" }),
                        (_, false) => json!({ "on": "someday" }),
                    };
                    let kind = [
                        RecordKind::Review,
                        RecordKind::Agreement,
                        RecordKind::ReviewRequest,
                    ][usize::from(kind % 3)];
                    kept.record(ella, *id, kind, data)
                })
                .collect()
        }

        proptest! {
            #[test]
            fn agrees_with_the_review_screens(made in proptest::collection::vec(
                (
                    0u8..3,
                    0usize..12,
                    0u32..4,
                    0i64..90,
                    proptest::bool::weighted(0.7),
                    Kept::any(),
                ),
                0..12,
            )) {
                let ella = ids::new();
                let records = records(ella, &made);
                prop_assert_eq!(
                    ReviewSummary::of(ella, &records),
                    Reviews::of(ella, &records).summary()
                );
            }
        }
    }
}
