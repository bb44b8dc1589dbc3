//! Outcome Bees: the council's six outcome domains, made the young
//! person's own goals, in her words, with her progress over time.
//!
//! Progress uses our own plain-words scale, not any licensed one.

#[cfg(target_arch = "wasm32")]
pub mod page;

use serde::{Deserialize, Serialize};
use time::Date;
use uuid::Uuid;

use crate::plan::OtherVersion;
use crate::sync::{ConflictNote, Record, RecordKind};

/// One of the six Outcome Bees domains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    Active,
    /// Suggested by her adviser; hers only once she accepts it.
    Suggested,
    /// A suggestion she said no to.
    Declined,
}

/// One small step towards a goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub text: String,
    #[serde(default)]
    pub done: bool,
}

/// The fields of a [`RecordKind::Goal`] record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
        match self.ratings.last() {
            Some(rating) => f64::from(rating.score.clamp(1, 5) - 1) / 4.0,
            None if self.fields.steps.is_empty() => 0.0,
            None => {
                self.fields.steps.iter().filter(|s| s.done).count() as f64
                    / self.fields.steps.len() as f64
            }
        }
    }
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
    (!active.is_empty()).then(|| active.iter().sum::<f64>() / active.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::test_record as record;
    use serde_json::json;

    #[test]
    fn progress_is_the_latest_rating_or_before_any_the_steps_ticked() {
        let ella = Uuid::now_v7();
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
        let ella = Uuid::now_v7();
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
}
