//! The pathway plan: the ten parts the law says it must cover
//! (Care Leavers (England) Regulations 2010, Schedule 1), in the young
//! person's words.

#[cfg(target_arch = "wasm32")]
pub mod page;

use serde::{Deserialize, Serialize};
use time::Date;
use uuid::Uuid;

/// One of the ten parts of a pathway plan, in the law's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
}

/// Something the plan says will be done: what, by whom, by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanAction {
    pub id: Uuid,
    pub what: String,
    pub who: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(with = "crate::dates::optional_iso", default)]
    pub by_when: Option<Date>,
    pub done: bool,
}

/// One part of the plan as the young person reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanPartView {
    pub part: PlanPart,
    /// The young person's own words on this part.
    pub what_i_think: String,
    pub actions: Vec<PlanAction>,
}

/// The young person's personal adviser, as her plan shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdviserContact {
    pub name: String,
    pub phone: Option<String>,
}

/// A young person's whole pathway plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PathwayPlan {
    pub young_person_id: Uuid,
    pub young_person_name: String,
    pub adviser: Option<AdviserContact>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(with = "crate::dates::optional_iso", default)]
    pub next_contact: Option<Date>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(with = "crate::dates::optional_iso", default)]
    pub next_review: Option<Date>,
    /// All ten parts, in the law's order.
    pub parts: Vec<PlanPartView>,
}

/// Lays stored views and actions out as all ten parts in order, so a plan
/// with nothing yet written in a part still shows that part.
pub fn all_parts(
    views: impl IntoIterator<Item = (PlanPart, String)>,
    actions: impl IntoIterator<Item = (PlanPart, PlanAction)>,
) -> Vec<PlanPartView> {
    let mut parts: Vec<PlanPartView> = PlanPart::ALL
        .iter()
        .map(|&part| PlanPartView {
            part,
            what_i_think: String::new(),
            actions: Vec::new(),
        })
        .collect();
    let index = |part: PlanPart| PlanPart::ALL.iter().position(|&p| p == part);
    for (part, words) in views {
        if let Some(view) = index(part).and_then(|i| parts.get_mut(i)) {
            view.what_i_think = words;
        }
    }
    for (part, action) in actions {
        if let Some(view) = index(part).and_then(|i| parts.get_mut(i)) {
            view.actions.push(action);
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn action(what: &str) -> PlanAction {
        PlanAction {
            id: Uuid::nil(),
            what: what.into(),
            who: "Sam".into(),
            by_when: Some(date!(2026 - 12 - 03)),
            done: false,
        }
    }

    #[test]
    fn a_plan_always_has_the_ten_parts_in_the_laws_order() {
        let parts = all_parts([], []);
        let headings: Vec<_> = parts.iter().map(|p| p.part.heading()).collect();
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
    }

    #[test]
    fn views_and_actions_land_in_their_own_part_in_the_order_given() {
        let parts = all_parts(
            [(PlanPart::Money, "I want to save".to_string())],
            [
                (PlanPart::Money, action("Open a bank account")),
                (PlanPart::WhereILive, action("Fix the boiler")),
                (PlanPart::Money, action("Apply for the bursary")),
            ],
        );
        let money = parts.iter().find(|p| p.part == PlanPart::Money);
        assert_eq!(
            money.map(|p| p.what_i_think.as_str()),
            Some("I want to save")
        );
        let whats: Vec<_> = money
            .map(|p| p.actions.iter().map(|a| a.what.as_str()).collect())
            .unwrap_or_default();
        assert_eq!(whats, ["Open a bank account", "Apply for the bursary"]);
        let home = parts.iter().find(|p| p.part == PlanPart::WhereILive);
        assert_eq!(home.map(|p| p.actions.len()), Some(1));
        assert_eq!(home.map(|p| p.what_i_think.is_empty()), Some(true));
    }

    #[test]
    fn slugs_are_unique_and_dates_travel_as_iso_strings() {
        let mut slugs: Vec<_> = PlanPart::ALL.iter().map(|p| p.slug()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), 10);
        let json = serde_json::to_value(action("x")).unwrap_or_default();
        assert_eq!(json["by_when"], "2026-12-03");
    }
}
