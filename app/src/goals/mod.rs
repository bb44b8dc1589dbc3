//! Outcome Bees: the council's six outcome domains, made the young
//! person's own goals, in her words, with her progress over time.
//!
//! Progress uses our own plain-words scale, not any licensed one.

#[cfg(target_arch = "wasm32")]
pub mod page;

use pathway_derive::ReadObject;
use serde::Serialize;
use time::Date;
use uuid::Uuid;

use crate::named::{read_by_name, Named};
use crate::plan::OtherVersion;
use crate::sync::{ConflictNote, Record, RecordKind};

/// One of the six Outcome Bees domains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BeeDomain {
    Happy,
    Healthy,
    Safe,
    Resilient,
    Ambitious,
    Independent,
}

impl BeeDomain {
    pub const ALL: [BeeDomain; 6] = [
        BeeDomain::Happy,
        BeeDomain::Healthy,
        BeeDomain::Safe,
        BeeDomain::Resilient,
        BeeDomain::Ambitious,
        BeeDomain::Independent,
    ];

    pub fn heading(self) -> &'static str {
        match self {
            BeeDomain::Happy => "Bee Happy",
            BeeDomain::Healthy => "Bee Healthy",
            BeeDomain::Safe => "Bee Safe",
            BeeDomain::Resilient => "Bee Resilient",
            BeeDomain::Ambitious => "Bee Ambitious",
            BeeDomain::Independent => "Bee Independent",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            BeeDomain::Happy => "bee-happy",
            BeeDomain::Healthy => "bee-healthy",
            BeeDomain::Safe => "bee-safe",
            BeeDomain::Resilient => "bee-resilient",
            BeeDomain::Ambitious => "bee-ambitious",
            BeeDomain::Independent => "bee-independent",
        }
    }
}

impl Named for BeeDomain {
    const ALL: &'static [BeeDomain] = &BeeDomain::ALL;

    fn name(self) -> &'static str {
        match self {
            BeeDomain::Happy => "happy",
            BeeDomain::Healthy => "healthy",
            BeeDomain::Safe => "safe",
            BeeDomain::Resilient => "resilient",
            BeeDomain::Ambitious => "ambitious",
            BeeDomain::Independent => "independent",
        }
    }
}

read_by_name!(BeeDomain);

/// Our own five-step scale of how a goal is going, in English, for staff's
/// reports and their CSV; her screens say it in her language
/// (`ui::scale_words`).
pub const SCALE: [&str; 5] = [
    "Not started",
    "Starting",
    "Getting there",
    "Nearly there",
    "Done it",
];

/// Whether a goal is the young person's own, or still a suggestion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    Active,
    /// Suggested by her adviser; hers only once she accepts it.
    Suggested,
    /// A suggestion she said no to.
    Declined,
}

impl Named for GoalStatus {
    const ALL: &'static [GoalStatus] = &[
        GoalStatus::Active,
        GoalStatus::Suggested,
        GoalStatus::Declined,
    ];

    fn name(self) -> &'static str {
        match self {
            GoalStatus::Active => "active",
            GoalStatus::Suggested => "suggested",
            GoalStatus::Declined => "declined",
        }
    }
}

read_by_name!(GoalStatus);

/// One small step towards a goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct Step {
    pub text: String,
    #[serde(default)]
    pub done: bool,
}

/// The fields of a [`RecordKind::Goal`] record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct GoalFields {
    pub domain: BeeDomain,
    /// The goal in her own words.
    pub title: String,
    #[serde(default)]
    pub steps: Vec<Step>,
    #[serde(with = "crate::dates::optional_iso", default)]
    pub by_when: Option<Date>,
    pub status: GoalStatus,
    /// Who suggested it, if it began as a suggestion (set by the server).
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub suggested_by: Option<String>,
}

/// The fields of a [`RecordKind::Rating`] record: how a goal was going on a
/// day, by whom. Ratings are only ever added, so progress over time shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct RatingFields {
    pub goal: Uuid,
    #[serde(with = "crate::dates::iso_date")]
    pub on: Date,
    /// 1 (not started) to 5 (done it).
    pub score: u8,
    #[serde(default)]
    pub note: String,
    /// Set by the server: whose rating it is.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub by_name: String,
    /// Set by the server: whether the young person gave it herself.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub by_young_person: bool,
}

/// The fields of a [`RecordKind::GoalNote`] record: encouragement from her
/// adviser on a goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct GoalNoteFields {
    pub goal: Uuid,
    pub text: String,
    /// Set by the server.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub by_name: String,
}

/// A goal with everything said about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal {
    pub id: Uuid,
    pub fields: GoalFields,
    /// Oldest first.
    pub ratings: Vec<RatingFields>,
    pub notes: Vec<GoalNoteFields>,
    /// Versions of its fields that met another change.
    pub other_versions: Vec<OtherVersion>,
}

impl Goal {
    /// How far along, from 0.0 to 1.0: where she last said it was (so the
    /// honeycomb agrees with the words beside the goal), or before she has
    /// said, the share of its steps ticked.
    pub fn progress(&self) -> f64 {
        progress(
            self.ratings.last().map(|r| r.score),
            self.fields.steps.iter().map(|s| s.done),
        )
    }
}

/// How far along a goal is, from where she last said it was (`score`), or
/// before she has said, from which of its steps are ticked.
fn progress(score: Option<u8>, ticked: impl ExactSizeIterator<Item = bool>) -> f64 {
    match score {
        Some(score) => f64::from(score.clamp(1, 5) - 1) / 4.0,
        None if ticked.len() == 0 => 0.0,
        None => {
            let steps = ticked.len();
            ticked.filter(|done| *done).count() as f64 / steps as f64
        }
    }
}

/// The average of a domain's active goals' progress; `None` with none.
fn average(progress: &[f64]) -> Option<f64> {
    (!progress.is_empty()).then(|| progress.iter().sum::<f64>() / progress.len() as f64)
}

/// A young person's goals (suggestions included; declined ones left out),
/// each with its ratings and notes, in the order they were made.
pub fn goals_of<'a>(
    young_person: Uuid,
    records: impl IntoIterator<Item = &'a Record> + Clone,
) -> Vec<Goal> {
    let mine = |kind: RecordKind| {
        records
            .clone()
            .into_iter()
            .filter(move |r| r.young_person_id == young_person && r.kind == kind && !r.deleted)
    };
    let mut goals: Vec<Goal> = mine(RecordKind::Goal)
        .filter_map(|r| {
            r.fields::<GoalFields>().map(|fields| Goal {
                id: r.id,
                fields,
                ratings: Vec::new(),
                notes: Vec::new(),
                other_versions: Vec::new(),
            })
        })
        .filter(|g| g.fields.status != GoalStatus::Declined)
        .collect();
    crate::order::by_key(&mut goals, |g| g.id);
    let mut ratings: Vec<(Uuid, RatingFields)> = mine(RecordKind::Rating)
        .filter_map(|r| r.fields::<RatingFields>().map(|f| (r.id, f)))
        .collect();
    crate::order::by_key(&mut ratings, |(id, f)| (f.on, *id));
    for (_, rating) in ratings {
        if let Some(goal) = goals.iter_mut().find(|g| g.id == rating.goal) {
            goal.ratings.push(rating);
        }
    }
    let mut notes: Vec<(Uuid, GoalNoteFields)> = mine(RecordKind::GoalNote)
        .filter_map(|r| r.fields::<GoalNoteFields>().map(|f| (r.id, f)))
        .collect();
    crate::order::by_key(&mut notes, |(id, _)| *id);
    for (_, note) in notes {
        if let Some(goal) = goals.iter_mut().find(|g| g.id == note.goal) {
            goal.notes.push(note);
        }
    }
    for conflict in mine(RecordKind::Conflict) {
        if let Some(note) = conflict.fields::<ConflictNote>() {
            if let Some(goal) = goals.iter_mut().find(|g| g.id == note.record_id) {
                goal.other_versions
                    .push(OtherVersion::of(conflict.id, &note));
            }
        }
    }
    goals
}

/// Progress in one domain: the average over its active goals, or `None`
/// when it has none yet.
pub fn domain_progress(goals: &[Goal], domain: BeeDomain) -> Option<f64> {
    let active: Vec<f64> = goals
        .iter()
        .filter(|g| g.fields.domain == domain && g.fields.status == GoalStatus::Active)
        .map(Goal::progress)
        .collect();
    average(&active)
}

/// Each domain's progress, as [`domain_progress`] says it of [`goals_of`],
/// read from `records` without the goals' words, notes or other versions:
/// her home shows only the bars, and comes with her first download.
pub fn progress_by_domain<'a>(
    young_person: Uuid,
    records: impl IntoIterator<Item = &'a Record> + Clone,
) -> Vec<(BeeDomain, Option<f64>)> {
    #[derive(ReadObject)]
    struct Tick {
        #[serde(rename = "text")]
        _text: String,
        #[serde(default)]
        done: bool,
    }
    #[derive(ReadObject)]
    struct Shape {
        domain: BeeDomain,
        #[serde(rename = "title")]
        _title: String,
        #[serde(default)]
        steps: Vec<Tick>,
        status: GoalStatus,
    }
    #[derive(ReadObject)]
    struct Score {
        goal: Uuid,
        #[serde(with = "crate::dates::iso_date")]
        on: Date,
        score: u8,
    }
    let mine = |kind: RecordKind| {
        records
            .clone()
            .into_iter()
            .filter(move |r| r.young_person_id == young_person && r.kind == kind && !r.deleted)
    };
    let scores: Vec<(Uuid, Score)> = mine(RecordKind::Rating)
        .filter_map(|r| r.fields::<Score>().map(|f| (r.id, f)))
        .collect();
    let mut goals: Vec<(Uuid, BeeDomain, f64)> = mine(RecordKind::Goal)
        .filter_map(|r| r.fields::<Shape>().map(|goal| (r.id, goal)))
        .filter(|(_, goal)| goal.status == GoalStatus::Active)
        .map(|(id, goal)| {
            let latest = scores
                .iter()
                .filter(|(_, s)| s.goal == id)
                .max_by_key(|(rating, s)| (s.on, *rating))
                .map(|(_, s)| s.score);
            let progress = progress(latest, goal.steps.iter().map(|s| s.done));
            (id, goal.domain, progress)
        })
        .collect();
    // Added up in the order goals_of gives them, so the sums agree to the bit.
    crate::order::by_key(&mut goals, |(id, _, _)| *id);
    BeeDomain::ALL
        .iter()
        .map(|&domain| {
            let active: Vec<f64> = goals
                .iter()
                .filter(|(_, d, _)| *d == domain)
                .map(|(_, _, p)| *p)
                .collect();
            (domain, average(&active))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;
    use crate::sync::test_record as record;
    use serde_json::json;

    #[test]
    fn progress_is_the_latest_rating_or_before_any_the_steps_ticked() {
        let ella = ids::new();
        let goal = record(
            ella,
            RecordKind::Goal,
            json!({
                "domain": "independent", "title": "Cook for myself", "status": "active",
                "steps": [{ "text": "Buy a pan", "done": true }, { "text": "Learn three meals", "done": false }],
            }),
        );
        let rating = |on: &str, score: u8| {
            record(
                ella,
                RecordKind::Rating,
                json!({ "goal": goal.id, "on": on, "score": score }),
            )
        };
        assert_eq!(goals_of(ella, [&goal])[0].progress(), 0.5, "half its steps");
        let later = rating("2026-10-01", 2);
        let earlier = rating("2026-08-01", 4);
        let goals = goals_of(ella, [&goal, &later, &earlier]);
        assert_eq!(
            goals[0].ratings.iter().map(|r| r.score).collect::<Vec<_>>(),
            [4, 2],
            "oldest first"
        );
        assert_eq!(
            goals[0].progress(),
            0.25,
            "'Starting', as she said, though half the steps are ticked"
        );
        let better = rating("2026-11-01", 5);
        let goals = goals_of(ella, [&goal, &later, &earlier, &better]);
        assert_eq!(goals[0].progress(), 1.0);
    }

    #[test]
    fn each_domain_averages_its_active_goals_and_the_picture_says_so_in_words() {
        let ella = ids::new();
        let goal = |domain: &str, status: &str| {
            record(
                ella,
                RecordKind::Goal,
                json!({ "domain": domain, "title": "A goal", "status": status }),
            )
        };
        let a = goal("happy", "active");
        let b = goal("happy", "active");
        let suggested = goal("safe", "suggested");
        let declined = goal("ambitious", "declined");
        let rate = |g: &Record, score: u8| {
            record(
                ella,
                RecordKind::Rating,
                json!({ "goal": g.id, "on": "2026-11-01", "score": score }),
            )
        };
        let (ra, rb) = (rate(&a, 5), rate(&b, 3));
        let goals = goals_of(ella, [&a, &b, &suggested, &declined, &ra, &rb]);
        assert_eq!(goals.len(), 3, "declined suggestions are left out");
        assert_eq!(domain_progress(&goals, BeeDomain::Happy), Some(0.75));
        assert_eq!(
            domain_progress(&goals, BeeDomain::Safe),
            None,
            "a suggestion is not hers yet"
        );
    }

    #[test]
    fn the_scale_is_our_own_plain_words() {
        assert_eq!(SCALE[0], "Not started");
        assert_eq!(SCALE[2], "Getting there");
        assert_eq!(SCALE[4], "Done it");
    }

    /// Her home's Bee bars say what her goals' screen says, whatever goals
    /// and ratings the phone holds: suggestions, declined ones, ratings out
    /// of range or for a goal it does not have, removed ones, someone
    /// else's, and records it cannot read.
    mod by_domain {
        use super::*;
        use crate::sync::Kept;
        use proptest::prelude::*;
        use time::macros::date;
        use time::Duration;

        /// A record, read as: (a rating (else a goal), domain, status,
        /// which goal a rating is for, score, days after the first of June,
        /// steps' ticks, how kept).
        type Made = (bool, usize, u8, usize, u8, i64, Vec<bool>, Kept);

        const STATUSES: [&str; 3] = ["active", "suggested", "declined"];

        fn records(ella: Uuid, made: &[Made]) -> Vec<Record> {
            let ids: Vec<Uuid> = made.iter().map(|_| ids::new()).collect();
            made.iter()
                .zip(&ids)
                .map(|(made, id)| {
                    let (rating, domain, status, goal, score, days, ticks, kept) = made;
                    let on = (date!(2026 - 06 - 01) + Duration::days(*days)).to_string();
                    let goal = ids.get(*goal).copied().unwrap_or_else(ids::new);
                    let (kind, data) = match (rating, kept.readable) {
                        (true, true) => (
                            RecordKind::Rating,
                            json!({ "goal": goal, "on": on, "score": score }),
                        ),
                        (true, false) => (RecordKind::Rating, json!({ "goal": goal, "score": score })),
                        (false, true) => (
                            RecordKind::Goal,
                            json!({
                                "domain": BeeDomain::ALL[domain % 6],
                                "title": "Cook for myself",
                                "status": STATUSES[usize::from(*status % 3)],
                                "steps": ticks.iter().map(|done| json!({ "text": "A step", "done": done })).collect::<Vec<_>>(),
                            }),
                        ),
                        (false, false) => (
                            RecordKind::Goal,
                            json!({ "domain": "not_a_domain", "title": "Cook", "status": "active" }),
                        ),
                    };
                    kept.record(ella, *id, kind, data)
                })
                .collect()
        }

        proptest! {
            #[test]
            fn agrees_with_her_goals(made in proptest::collection::vec(
                (
                    any::<bool>(),
                    0usize..6,
                    0u8..3,
                    0usize..12,
                    0u8..7,
                    0i64..30,
                    proptest::collection::vec(any::<bool>(), 0..4),
                    Kept::any(),
                ),
                0..14,
            )) {
                let ella = ids::new();
                let records = records(ella, &made);
                let goals = goals_of(ella, &records);
                let shown: Vec<(BeeDomain, Option<f64>)> = BeeDomain::ALL
                    .iter()
                    .map(|&d| (d, domain_progress(&goals, d)))
                    .collect();
                prop_assert_eq!(progress_by_domain(ella, &records), shown);
            }
        }
    }
}
