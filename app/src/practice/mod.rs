//! Audits of practice: a team manager draws a random sample of plans (a dip
//! sample), grades each on four areas, and the young person's adviser
//! answers. Kept on the server only: they are about the work, not records
//! of the young person's life, and need a connection.

#[cfg(target_arch = "wasm32")]
pub mod page;

use pathway_derive::ReadObject;
use serde::Serialize;
use time::Date;
use uuid::Uuid;

use crate::named::{self, read_by_name, Named};
use crate::reports::AgeBand;
use crate::sync::kinds::{words, MAX_THOUGHTS};

/// A grade, as inspections give them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    Outstanding,
    Good,
    RequiresImprovement,
    Inadequate,
}

impl Grade {
    pub const ALL: [Grade; 4] = [
        Grade::Outstanding,
        Grade::Good,
        Grade::RequiresImprovement,
        Grade::Inadequate,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Grade::Outstanding => "Outstanding",
            Grade::Good => "Good",
            Grade::RequiresImprovement => "Requires improvement",
            Grade::Inadequate => "Inadequate",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Grade::Outstanding => "outstanding",
            Grade::Good => "good",
            Grade::RequiresImprovement => "requires_improvement",
            Grade::Inadequate => "inadequate",
        }
    }

    pub fn parse(text: &str) -> Option<Grade> {
        named::find(text)
    }
}

impl Named for Grade {
    const ALL: &'static [Grade] = &Grade::ALL;

    fn name(self) -> &'static str {
        self.as_str()
    }
}

read_by_name!(Grade);

/// What an audit grades.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Area {
    PlanQuality,
    Voice,
    Actions,
    Timeliness,
}

impl Area {
    pub const ALL: [Area; 4] = [
        Area::PlanQuality,
        Area::Voice,
        Area::Actions,
        Area::Timeliness,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Area::PlanQuality => "Quality of the plan",
            Area::Voice => "The young person's voice",
            Area::Actions => "Actions",
            Area::Timeliness => "Timeliness",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Area::PlanQuality => "plan-quality",
            Area::Voice => "voice",
            Area::Actions => "actions",
            Area::Timeliness => "timeliness",
        }
    }
}

impl Named for Area {
    const ALL: &'static [Area] = &Area::ALL;

    fn name(self) -> &'static str {
        match self {
            Area::PlanQuality => "plan_quality",
            Area::Voice => "voice",
            Area::Actions => "actions",
            Area::Timeliness => "timeliness",
        }
    }
}

read_by_name!(Area);

/// `POST /api/practice-audits/{id}/grading`: the manager's grades.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Grading {
    pub plan_quality: Grade,
    pub voice: Grade,
    pub actions: Grade,
    pub timeliness: Grade,
    /// What was good, and what would make it better.
    #[serde(default)]
    pub comments: String,
}

impl Grading {
    pub fn get(&self, area: Area) -> Grade {
        match area {
            Area::PlanQuality => self.plan_quality,
            Area::Voice => self.voice,
            Area::Actions => self.actions,
            Area::Timeliness => self.timeliness,
        }
    }

    /// What is wrong with it, in words.
    pub fn problem(&self) -> Result<(), String> {
        words(&self.comments, MAX_THOUGHTS)
    }
}

/// `POST /api/practice-audits/{id}/answer`: the adviser's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditAnswer {
    pub text: String,
}

impl AuditAnswer {
    pub fn problem(&self) -> Result<(), String> {
        if self.text.trim().is_empty() {
            return Err("Write an answer first.".into());
        }
        words(&self.text, MAX_THOUGHTS)
    }
}

/// The most plans one sample draws.
pub const MAX_SAMPLE: u8 = 20;

/// `POST /api/practice-audits/samples`: how many plans to draw, and from
/// which age band (any, if none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DrawSample {
    pub size: u8,
    #[serde(default)]
    pub band: Option<AgeBand>,
}

/// One audit of one young person's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PracticeAudit {
    pub id: Uuid,
    pub young_person: Uuid,
    pub name: String,
    /// Her adviser, as they are now.
    pub adviser: String,
    pub sample: Uuid,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "crate::dates::iso_date")]
    pub drawn_on: Date,
    pub auditor: String,
    pub grading: Option<Grading>,
    pub answer: Option<String>,
    pub answered_by: Option<String>,
}

/// How many audits gave each grade in one area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AreaGrades {
    pub area: Area,
    /// Outstanding, good, requires improvement, inadequate.
    pub counts: Vec<u32>,
}

/// The audits the caller may see, newest sample first, with their grades
/// counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Audits {
    pub audits: Vec<PracticeAudit>,
    pub graded: u32,
    pub answered: u32,
    pub grades: Vec<AreaGrades>,
}

impl Audits {
    /// Counts `audits` and their grades.
    pub fn of(audits: Vec<PracticeAudit>) -> Audits {
        let graded: Vec<&Grading> = audits.iter().filter_map(|a| a.grading.as_ref()).collect();
        let grades = Area::ALL
            .into_iter()
            .map(|area| AreaGrades {
                area,
                counts: Grade::ALL
                    .into_iter()
                    .map(|grade| {
                        let n = graded.iter().filter(|g| g.get(area) == grade).count();
                        u32::try_from(n).unwrap_or(u32::MAX)
                    })
                    .collect(),
            })
            .collect();
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Audits {
            graded: count(graded.len()),
            answered: count(audits.iter().filter(|a| a.answer.is_some()).count()),
            grades,
            audits,
        }
    }
}
