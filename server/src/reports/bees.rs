//! The Outcome Bees report for the corporate parenting panel: across the
//! six domains, how many goals, where their latest ratings stand now and a
//! year before, and how many moved up in six months. No names, and small
//! numbers withheld ([`suppress`]).

use std::collections::{HashMap, HashSet};

use pathway_app::contacts::rules::months_before;
use pathway_app::goals::{BeeDomain, GoalStatus};
use pathway_app::reports::{suppress, BeesDomain, BeesReport};
use serde::de::IntoDeserializer;
use serde::Deserialize;
use time::Date;
use uuid::Uuid;

use crate::args;
use crate::db::StoreError;
use crate::store::Conn;
use pathway_app::dates::parse_iso;

/// One of her goals, with its ratings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal {
    pub young_person: Uuid,
    pub domain: BeeDomain,
    /// When, and from 1 to 5.
    pub ratings: Vec<(Date, u8)>,
}

fn parsed<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, StoreError> {
    T::deserialize(text.into_deserializer())
        .map_err(|e: serde::de::value::Error| StoreError::Corrupt(e.to_string()))
}

/// The goals she has taken on (not suggestions), of everyone in `ids`.
pub fn load_goals<'c>(conn: impl Into<Conn<'c>>, ids: &[Uuid]) -> Result<Vec<Goal>, StoreError> {
    let conn = conn.into();
    let wanted = serde_json::to_string(&ids)?;
    let mut goals: HashMap<Uuid, Goal> = HashMap::new();
    for row in &conn.query(
        "SELECT id, young_person_id, json_extract(data, '$.domain'),
                COALESCE(json_extract(data, '$.status'), 'active')
           FROM records
          WHERE kind = 'goal' AND deleted = 0
            AND young_person_id IN (SELECT value FROM json_each(?1))",
        args![&wanted],
    )? {
        let status: GoalStatus = parsed(&row.get::<String>(3)?)?;
        if status != GoalStatus::Active {
            continue;
        }
        goals.insert(
            row.get::<Uuid>(0)?,
            Goal {
                young_person: row.get::<Uuid>(1)?,
                domain: parsed(&row.get::<String>(2)?)?,
                ratings: Vec::new(),
            },
        );
    }
    for row in &conn.query(
        "SELECT json_extract(data, '$.goal'), json_extract(data, '$.on'), json_extract(data, '$.score')
           FROM records
          WHERE kind = 'rating' AND deleted = 0
            AND young_person_id IN (SELECT value FROM json_each(?1))",
        args![&wanted],
    )? {
        if let Some(goal) = goals.get_mut(&row.get::<Uuid>(0)?) {
            goal.ratings.push((row.parse(1, parse_iso)?, row.get(2)?));
        }
    }
    Ok(goals.into_values().collect())
}

/// Its latest rating on or before `day`, if it had one then.
fn rated(goal: &Goal, day: Date) -> Option<u8> {
    goal.ratings
        .iter()
        .filter(|(on, _)| *on <= day)
        .max_by_key(|(on, _)| *on)
        .map(|(_, score)| *score)
}

/// Goals by latest rating on `day` (1 to 5), then those with none yet.
fn spread<'a>(goals: impl Iterator<Item = &'a Goal>, day: Date) -> Vec<u32> {
    let mut counts = vec![0u32; 6];
    for goal in goals {
        let slot = rated(goal, day).map_or(5, |score| usize::from(score.clamp(1, 5)) - 1);
        counts[slot] += 1;
    }
    counts
}

/// The report over `goals` on `as_of`.
pub fn report(scope: String, goals: &[Goal], as_of: Date) -> BeesReport {
    let year_ago = months_before(as_of, 12);
    let half_year_ago = months_before(as_of, 6);
    let domains = BeeDomain::ALL
        .into_iter()
        .map(|domain| {
            let here: Vec<&Goal> = goals.iter().filter(|g| g.domain == domain).collect();
            let people: HashSet<Uuid> = here.iter().map(|g| g.young_person).collect();
            let moved_up = here
                .iter()
                .filter(|g| match (rated(g, half_year_ago), rated(g, as_of)) {
                    (Some(then), Some(now)) => now > then,
                    _ => false,
                })
                .count();
            let one = |n: usize| suppress(&[u32::try_from(n).unwrap_or(u32::MAX)])[0];
            BeesDomain {
                domain,
                young_people: one(people.len()),
                goals: one(here.len()),
                now: suppress(&spread(here.iter().copied(), as_of)),
                a_year_ago: suppress(&spread(here.iter().copied(), year_ago)),
                moved_up: one(moved_up),
            }
        })
        .collect();
    BeesReport {
        scope,
        as_of,
        domains,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pathway_app::reports::Shown::{Count, Withheld};
    use time::macros::date;

    const AS_OF: Date = date!(2026 - 11 - 26);

    fn goal(n: u128, domain: BeeDomain, ratings: &[(Date, u8)]) -> Goal {
        Goal {
            young_person: Uuid::from_u128(n),
            domain,
            ratings: ratings.to_vec(),
        }
    }

    #[test]
    fn each_domain_is_counted_by_hand_with_small_numbers_withheld() {
        let mut goals = Vec::new();
        // Bee Happy: ten young people, a goal each, rated "Starting" in
        // May; five now "Getting there", five "Done it".
        for n in 0..10 {
            let now = if n < 5 { 3 } else { 5 };
            goals.push(goal(
                n,
                BeeDomain::Happy,
                &[(date!(2026 - 05 - 01), 2), (date!(2026 - 11 - 01), now)],
            ));
        }
        // Bee Safe: two goals, one young person.
        goals.push(goal(20, BeeDomain::Safe, &[(date!(2025 - 10 - 01), 1)]));
        goals.push(goal(20, BeeDomain::Safe, &[]));

        let report = report("Team".into(), &goals, AS_OF);
        let happy = &report.domains[0];
        assert_eq!(happy.domain, BeeDomain::Happy);
        assert_eq!((happy.young_people, happy.goals), (Count(10), Count(10)));
        assert_eq!(
            happy.now,
            [Count(0), Count(0), Count(5), Count(0), Count(5), Count(0)]
        );
        // A year ago none was rated yet.
        assert_eq!(
            happy.a_year_ago,
            [Count(0), Count(0), Count(0), Count(0), Count(0), Count(10)]
        );
        // Six months ago (26 May) all were "Starting": every one moved up.
        assert_eq!(happy.moved_up, Count(10));

        let safe = &report.domains[2];
        assert_eq!(safe.domain, BeeDomain::Safe);
        assert_eq!((safe.young_people, safe.goals), (Withheld, Withheld));
        assert_eq!(
            safe.now,
            [Withheld, Count(0), Count(0), Count(0), Count(0), Withheld]
        );
        assert_eq!(safe.moved_up, Count(0));
        // Domains with no goals show plain noughts.
        assert_eq!(report.domains[5].goals, Count(0));
    }
}
