//! The team report from the facts: where each young person stood on a day,
//! and those standings counted for the day, for each month-end of the
//! year before it, by adviser and by age band.

use std::collections::{BTreeMap, HashMap, HashSet};

use pathway_app::contacts::codes::InTouch;
use pathway_app::contacts::rules::{add_months, due, months_before, ContactRules, Situation};
use pathway_app::dates::age_on;
use pathway_app::reports::{
    AdvisersHad, AgeBand, Figures, Group, Month, ReportPerson, Standing, TeamReport,
};
use time::{Date, Duration, Time};
use uuid::Uuid;

use super::facts::Person;

/// How long a young person new to Pathway has before her first contact
/// and visit are late.
const NEW_GRACE_DAYS: i64 = 28;
/// A plan is reviewed at least this often (Schedule 1 of the 2010
/// Regulations).
const REVIEW_EVERY_MONTHS: u8 = 6;
/// The statements "acknowledged in time" looks back over.
const HEARD_WINDOW_DAYS: i64 = 30;

/// What the report is computed with, besides the facts.
pub struct Rules<'a> {
    pub contact: &'a ContactRules,
    /// A statement is acknowledged in time within this many minutes.
    pub escalate_after_minutes: u32,
    /// Now (Unix seconds): a report for today counts what has happened so
    /// far, so a statement sent a moment ago is not yet late.
    pub now: i64,
}

/// The first moment (Unix seconds) of the day after `day`: everything
/// before it happened on or before `day`.
fn end_of(day: Date) -> i64 {
    (day + Duration::days(1))
        .with_time(Time::MIDNIGHT)
        .assume_utc()
        .unix_timestamp()
}

/// Where `person` stood at the end of `day`, or `None` if Pathway did not
/// know her yet.
pub fn standing(person: &Person, day: Date, rules: &Rules<'_>) -> Option<Standing> {
    let known_from = person.known_from.filter(|known| *known <= day)?;
    let end = end_of(day);
    let latest = person
        .circumstances
        .iter()
        .filter(|c| c.on <= day)
        .max_by_key(|c| c.on);
    let in_touch = latest.is_some_and(|c| c.in_touch == InTouch::Yes);
    let in_education_or_work = latest
        .and_then(|c| c.activity)
        .is_some_and(|a| a.code().starts_with(['F', 'P']));
    let suitable_home = latest.is_some_and(|c| {
        c.suitable == Some(true) && c.accommodation.is_some_and(|a| a.can_be_suitable())
    });

    let contacts: Vec<_> = person
        .contacts
        .iter()
        .copied()
        .filter(|(on, _)| *on <= day)
        .collect();
    let new = (day - known_from).whole_days() <= NEW_GRACE_DAYS;
    let contact_on_time = match person.born {
        Some(born) => {
            let last_review = person
                .reviews
                .iter()
                .filter(|held| **held <= day)
                .max()
                .copied();
            let due = due(
                rules.contact,
                &Situation {
                    born,
                    contacts: &contacts,
                    moved: latest.and_then(|c| c.moved),
                    next_review: last_review.map(|held| add_months(held, REVIEW_EVERY_MONTHS)),
                    arranged: None,
                },
                day,
            );
            let band = rules.contact.band(age_on(born, day));
            let needs_visits = band.is_some_and(|b| b.visit_every_months.is_some());
            let never = due.last_contact.is_none() || (needs_visits && due.last_visit.is_none());
            if never {
                new
            } else {
                due.next_contact.is_none_or(|on| on >= day)
                    && due.next_visit.is_none_or(|(on, _)| on >= day)
            }
        }
        None => false,
    };
    let review_on_time = match person.reviews.iter().filter(|held| **held <= day).max() {
        Some(held) => add_months(*held, REVIEW_EVERY_MONTHS) >= day,
        None => add_months(known_from, REVIEW_EVERY_MONTHS) >= day,
    };

    let window = i64::from(rules.escalate_after_minutes) * 60;
    let heard_from = end - HEARD_WINDOW_DAYS * 86_400;
    let recent: Vec<_> = person
        .statements
        .iter()
        .filter(|s| s.received_at >= heard_from && s.received_at < end)
        .collect();
    let so_far = end.min(rules.now);
    let heard_in_time = (!recent.is_empty()).then(|| {
        recent.iter().all(|s| {
            let deadline = s.received_at + window;
            match s.acknowledged_at {
                Some(at) => at <= deadline,
                // Not acknowledged yet, and not late yet either.
                None => deadline >= so_far,
            }
        })
    });
    let safety_flag_open = person
        .statements
        .iter()
        .any(|s| s.flag && s.received_at < end && s.acknowledged_at.is_none_or(|at| at >= end));

    Some(Standing {
        in_touch: Some(in_touch),
        in_education_or_work: Some(in_education_or_work),
        suitable_home: Some(suitable_home),
        contact_on_time: Some(contact_on_time),
        review_on_time: Some(review_on_time),
        heard_in_time,
        safety_flag_open: Some(safety_flag_open),
    })
}

/// Her adviser at the end of `day`: the one from the latest change before
/// then, or her first if the day is before any change was recorded.
fn adviser_on(person: &Person, day: Date) -> Option<Uuid> {
    let end = end_of(day);
    person
        .advisers
        .iter()
        .take_while(|(from, _)| *from < end)
        .last()
        .or(person.advisers.first())
        .and_then(|(_, adviser)| *adviser)
}

/// How many different advisers she had in the 12 months to `day`.
fn advisers_had(person: &Person, day: Date) -> u32 {
    let start = end_of(months_before(day, 12));
    let end = end_of(day);
    let mut had = HashSet::new();
    for (i, (from, adviser)) in person.advisers.iter().enumerate() {
        let until = person
            .advisers
            .get(i + 1)
            .map_or(i64::MAX, |(next, _)| *next);
        if *from < end && until > start {
            had.extend(*adviser);
        }
    }
    u32::try_from(had.len()).unwrap_or(u32::MAX)
}

/// The last day of each of the 11 months before `day`'s, oldest first,
/// then `day` itself.
pub fn month_ends(day: Date) -> Vec<Date> {
    let first_of_month = day.replace_day(1).unwrap_or(day);
    let mut ends: Vec<Date> = (0..11u8)
        .rev()
        .map(|back| months_before(first_of_month, back) - Duration::days(1))
        .collect();
    ends.push(day);
    ends
}

/// The report over `people` on `as_of`. `advisers` names advisers by id.
pub fn report(
    scope: String,
    people: &[Person],
    advisers: &HashMap<Uuid, String>,
    as_of: Date,
    rules: &Rules<'_>,
) -> TeamReport {
    let ends = month_ends(as_of);
    // Each young person's standing at each month's end, computed once: the
    // trend counts them, and the lists behind its bars read them.
    let by_month: Vec<Vec<Option<Standing>>> = people
        .iter()
        .map(|p| ends.iter().map(|day| standing(p, *day, rules)).collect())
        .collect();
    let trend = ends
        .iter()
        .enumerate()
        .map(|(i, ends)| {
            let mut figures = Figures::default();
            for standing in by_month.iter().filter_map(|months| months[i]) {
                figures.count(&standing);
            }
            Month {
                ends: *ends,
                figures,
            }
        })
        .collect();

    let mut now = Figures::default();
    let mut by_adviser: BTreeMap<String, Figures> = BTreeMap::new();
    let mut by_age: BTreeMap<AgeBand, Figures> = BTreeMap::new();
    let mut had: BTreeMap<u32, u32> = BTreeMap::new();
    let mut listed = Vec::new();
    for (person, months) in people.iter().zip(&by_month) {
        // The trend's last point is the report's day.
        let Some(standing) = months.last().copied().flatten() else {
            continue;
        };
        let adviser = adviser_on(person, as_of)
            .and_then(|id| advisers.get(&id).cloned())
            .unwrap_or_else(|| "No adviser".to_owned());
        let band = AgeBand::of_age(person.born.map_or(0, |born| age_on(born, as_of)));
        now.count(&standing);
        by_adviser
            .entry(adviser.clone())
            .or_default()
            .count(&standing);
        by_age.entry(band).or_default().count(&standing);
        let advisers_had = advisers_had(person, as_of);
        *had.entry(advisers_had).or_default() += 1;
        listed.push(ReportPerson {
            id: person.id,
            name: person.name.clone(),
            adviser,
            band,
            standing,
            months: months.iter().map(|m| m.map_or(0, |s| s.pack())).collect(),
            advisers_had,
        });
    }
    listed.sort_by(|a, b| a.name.cmp(&b.name));
    TeamReport {
        scope,
        as_of,
        now,
        trend,
        by_adviser: by_adviser
            .into_iter()
            .map(|(name, figures)| Group { name, figures })
            .collect(),
        by_age: by_age
            .into_iter()
            .map(|(band, figures)| Group {
                name: band.label().to_owned(),
                figures,
            })
            .collect(),
        advisers_had: had
            .into_iter()
            .map(|(advisers, young_people)| AdvisersHad {
                advisers,
                young_people,
            })
            .collect(),
        people: listed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::facts::Said;
    use pathway_app::contacts::codes::{Accommodation, Activity};
    use pathway_app::contacts::Circumstances;
    use pathway_app::contacts::ContactKind;
    use pathway_app::reports::Measure;
    use time::macros::{date, datetime};

    const AS_OF: Date = date!(2026 - 11 - 26);

    fn at(moment: time::PrimitiveDateTime) -> i64 {
        moment.assume_utc().unix_timestamp()
    }

    /// Doing well on every measure; her contact is due on the report's day.
    fn ayesha() -> Person {
        Person {
            id: Uuid::from_u128(1),
            name: "Ayesha".into(),
            born: Some(date!(2007 - 05 - 14)),
            known_from: Some(date!(2026 - 01 - 01)),
            advisers: vec![(at(datetime!(2026-01-01 9:00)), Some(Uuid::from_u128(100)))],
            contacts: vec![(date!(2026 - 10 - 26), ContactKind::HomeVisit)],
            circumstances: vec![Circumstances {
                on: date!(2026 - 09 - 01),
                in_touch: InTouch::Yes,
                activity: Some(Activity::F2),
                accommodation: Some(Accommodation::U),
                suitable: Some(true),
                moved: None,
            }],
            reviews: vec![date!(2026 - 06 - 01)],
            statements: vec![Said {
                received_at: at(datetime!(2026-11-20 10:00)),
                flag: false,
                acknowledged_at: Some(at(datetime!(2026-11-20 10:30))),
            }],
            ..Person::default()
        }
    }

    /// Behind on every measure, and a flag no one has acknowledged.
    fn bryn() -> Person {
        Person {
            id: Uuid::from_u128(2),
            name: "Bryn".into(),
            born: Some(date!(2004 - 03 - 01)),
            known_from: Some(date!(2025 - 01 - 01)),
            advisers: vec![(at(datetime!(2025-01-01 9:00)), Some(Uuid::from_u128(101)))],
            contacts: vec![(date!(2026 - 08 - 01), ContactKind::Phone)],
            circumstances: vec![Circumstances {
                on: date!(2026 - 03 - 01),
                in_touch: InTouch::No,
                activity: Some(Activity::G5),
                // Homeless is never suitable, whatever was ticked.
                accommodation: Some(Accommodation::S),
                suitable: Some(true),
                moved: None,
            }],
            reviews: Vec::new(),
            statements: vec![Said {
                received_at: at(datetime!(2026-11-25 9:00)),
                flag: true,
                acknowledged_at: None,
            }],
            ..Person::default()
        }
    }

    /// Known to Pathway only after the report's day.
    fn cal() -> Person {
        Person {
            id: Uuid::from_u128(3),
            name: "Cal".into(),
            born: Some(date!(2008 - 01 - 01)),
            known_from: Some(date!(2026 - 12 - 01)),
            ..Person::default()
        }
    }

    fn names() -> HashMap<Uuid, String> {
        HashMap::from([
            (Uuid::from_u128(100), "Sam".to_owned()),
            (Uuid::from_u128(101), "Priya".to_owned()),
        ])
    }

    fn rules() -> ContactRules {
        ContactRules::example()
    }

    #[test]
    fn each_measure_counts_the_people_hand_counted() {
        let contact = rules();
        let rules = Rules {
            contact: &contact,
            escalate_after_minutes: 60,
            now: i64::MAX,
        };
        let report = report(
            "Team".into(),
            &[ayesha(), bryn(), cal()],
            &names(),
            AS_OF,
            &rules,
        );
        for measure in Measure::ALL {
            assert_eq!(
                (report.now.get(measure).yes, report.now.get(measure).of),
                (1, 2),
                "{measure:?}: one of the two known on the day"
            );
        }
        let names: Vec<_> = report.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ayesha", "Bryn"]);
        let groups: Vec<_> = report.by_adviser.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(groups, ["Priya", "Sam"]);
        let bands: Vec<_> = report.by_age.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(bands, ["19–21", "22–25"]);
        assert_eq!(report.by_age[1].figures.safety_flag_open.yes, 1);
    }

    #[test]
    fn a_contact_is_on_time_on_its_due_day_and_late_the_day_after() {
        let contact = rules();
        let rules = Rules {
            contact: &contact,
            escalate_after_minutes: 60,
            now: i64::MAX,
        };
        let on = |day| standing(&ayesha(), day, &rules).and_then(|s| s.contact_on_time);
        assert_eq!(on(date!(2026 - 11 - 26)), Some(true));
        assert_eq!(on(date!(2026 - 11 - 27)), Some(false));
    }

    #[test]
    fn a_statement_is_heard_in_time_up_to_the_escalation_minute() {
        let contact = rules();
        let mut person = ayesha();
        let sent = at(datetime!(2026-11-20 10:00));
        for (acknowledged, in_time) in [(sent + 3600, true), (sent + 3601, false)] {
            person.statements[0].acknowledged_at = Some(acknowledged);
            let rules = Rules {
                contact: &contact,
                escalate_after_minutes: 60,
                now: i64::MAX,
            };
            let heard = standing(&person, AS_OF, &rules).and_then(|s| s.heard_in_time);
            assert_eq!(heard, Some(in_time));
        }
        // Not acknowledged yet: in time until the escalation minute has passed.
        person.statements[0] = Said {
            received_at: at(datetime!(2026-11-26 10:00)),
            flag: false,
            acknowledged_at: None,
        };
        for (now, in_time) in [
            (datetime!(2026-11-26 11:00), true),
            (datetime!(2026-11-26 11:01), false),
        ] {
            let rules = Rules {
                contact: &contact,
                escalate_after_minutes: 60,
                now: at(now),
            };
            let heard = standing(&person, AS_OF, &rules).and_then(|s| s.heard_in_time);
            assert_eq!(heard, Some(in_time), "at {now}");
        }
        // Nothing sent in the last 30 days: not counted at all.
        let later = standing(
            &person,
            date!(2026 - 12 - 27),
            &Rules {
                contact: &contact,
                escalate_after_minutes: 60,
                now: i64::MAX,
            },
        );
        assert_eq!(later.and_then(|s| s.heard_in_time), None);
    }

    #[test]
    fn a_move_between_advisers_mid_month_counts_under_each_in_turn() {
        let mut person = ayesha();
        person
            .advisers
            .push((at(datetime!(2026-11-15 12:00)), Some(Uuid::from_u128(101))));
        assert_eq!(
            adviser_on(&person, date!(2026 - 11 - 14)),
            Some(Uuid::from_u128(100))
        );
        assert_eq!(
            adviser_on(&person, date!(2026 - 11 - 15)),
            Some(Uuid::from_u128(101))
        );
        assert_eq!(advisers_had(&person, AS_OF), 2);
        // A year on from the move, only the new adviser is within 12 months.
        assert_eq!(advisers_had(&person, date!(2027 - 11 - 16)), 1);

        let contact = rules();
        let rules = Rules {
            contact: &contact,
            escalate_after_minutes: 60,
            now: i64::MAX,
        };
        let report = report("Team".into(), &[person], &names(), AS_OF, &rules);
        assert_eq!(report.by_adviser.len(), 1);
        assert_eq!(report.by_adviser[0].name, "Priya");
        assert_eq!(report.people[0].advisers_had, 2);
        assert_eq!(
            report.advisers_had,
            [AdvisersHad {
                advisers: 2,
                young_people: 1
            }]
        );
    }

    #[test]
    fn the_trend_is_the_last_day_of_each_month_then_the_report_day() {
        let ends = month_ends(AS_OF);
        assert_eq!(ends.len(), 12);
        assert_eq!(ends[0], date!(2025 - 12 - 31));
        assert_eq!(ends[2], date!(2026 - 02 - 28));
        assert_eq!(ends[10], date!(2026 - 10 - 31));
        assert_eq!(ends[11], AS_OF);

        let contact = rules();
        let rules = Rules {
            contact: &contact,
            escalate_after_minutes: 60,
            now: i64::MAX,
        };
        let report = report("Team".into(), &[ayesha(), bryn()], &names(), AS_OF, &rules);
        // Ayesha was known from January, so December counts Bryn alone.
        assert_eq!(report.trend[0].figures.in_touch.of, 1);
        assert_eq!(report.trend[11].figures.in_touch.of, 2);
        // Bryn's flag was raised on 25 November: open only in the last point.
        let open: Vec<u32> = report
            .trend
            .iter()
            .map(|m| m.figures.safety_flag_open.yes)
            .collect();
        assert_eq!(open, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    }
}
