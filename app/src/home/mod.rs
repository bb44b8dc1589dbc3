//! Her home screen: what is coming up for her, in one look.

#[cfg(target_arch = "wasm32")]
pub mod page;

use time::Date;

use crate::plan::{names_her, PathwayPlan, PlanAction, PlanPart};

/// The actions still hers to do, soonest first (undated last), each with
/// the part of the plan it is in.
pub fn her_next_actions(plan: &PathwayPlan, first_name: &str) -> Vec<(PlanPart, PlanAction)> {
    plan.to_do()
        .into_iter()
        .filter(|(_, a)| names_her(&a.who, first_name))
        .collect()
}

/// How near a day is, for her screens to say in her language: "today",
/// "tomorrow", "in 3 days", "3 days ago".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Near {
    Today,
    Tomorrow,
    Yesterday,
    InDays(i64),
    DaysAgo(i64),
}

pub fn how_near(day: Date, today: Date) -> Near {
    match (day - today).whole_days() {
        0 => Near::Today,
        1 => Near::Tomorrow,
        -1 => Near::Yesterday,
        n if n > 1 => Near::InDays(n),
        n => Near::DaysAgo(-n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;
    use crate::plan::PlanPartView;
    use time::macros::date;
    use uuid::Uuid;

    fn action(what: &str, who: &str, by_when: Option<Date>, done: bool) -> PlanAction {
        PlanAction {
            id: ids::new(),
            what: what.into(),
            who: who.into(),
            by_when,
            done,
            done_by: None,
            done_at: None,
            other_versions: Vec::new(),
        }
    }

    #[test]
    fn her_next_actions_are_hers_not_done_and_soonest_first() {
        let plan = PathwayPlan {
            young_person_id: Uuid::nil(),
            young_person_name: "Ella Morris".into(),
            young_person_phone: None,
            adviser: None,
            dates_record_id: None,
            next_contact: None,
            next_review: None,
            parts: vec![
                PlanPartView {
                    part: PlanPart::Money,
                    record_id: None,
                    what_i_think: String::new(),
                    other_versions: Vec::new(),
                    actions: vec![
                        action("Undated", "Ella", None, false),
                        action("Later", "Sam and Ella", Some(date!(2026 - 12 - 20)), false),
                        action("Sam's", "Sam", Some(date!(2026 - 12 - 01)), false),
                        action("Done", "Ella", Some(date!(2026 - 11 - 01)), true),
                    ],
                },
                PlanPartView {
                    part: PlanPart::WhereILive,
                    record_id: None,
                    what_i_think: String::new(),
                    other_versions: Vec::new(),
                    actions: vec![action("Sooner", "ella", Some(date!(2026 - 12 - 02)), false)],
                },
            ],
        };
        let next: Vec<_> = her_next_actions(&plan, "Ella")
            .into_iter()
            .map(|(part, a)| (part, a.what))
            .collect();
        assert_eq!(
            next,
            [
                (PlanPart::WhereILive, "Sooner".to_owned()),
                (PlanPart::Money, "Later".to_owned()),
                (PlanPart::Money, "Undated".to_owned()),
            ]
        );
    }

    #[test]
    fn nearness_counts_whole_days_either_way() {
        let today = date!(2026 - 11 - 26);
        assert_eq!(how_near(today, today), Near::Today);
        assert_eq!(how_near(date!(2026 - 11 - 27), today), Near::Tomorrow);
        assert_eq!(how_near(date!(2026 - 11 - 25), today), Near::Yesterday);
        assert_eq!(how_near(date!(2026 - 12 - 02), today), Near::InDays(6));
        assert_eq!(how_near(date!(2026 - 11 - 23), today), Near::DaysAgo(3));
    }
}
