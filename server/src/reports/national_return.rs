//! The care-leaver table of the SSDA903 return: a line for each young
//! person whose 17th to 21st birthday falls in the collection year, with
//! the codes recorded nearest that birthday, and what stops a line being
//! right.

use pathway_app::contacts::rules::{add_months, months_before};
use pathway_app::dates::short_day;
use pathway_app::reports::{CareLeaverReturn, ReturnGap, ReturnLine};
use time::Date;

use super::facts::Person;

/// Codes count as recorded at the birthday from this many months before it…
const WINDOW_BEFORE_MONTHS: u8 = 3;
/// …to this many months after.
const WINDOW_AFTER_MONTHS: u8 = 1;

/// The birthday on which someone born on `born` turns `age`: 29 February
/// falls on 1 March in other years, as [`pathway_app::dates::age_on`] counts.
fn birthday(born: Date, age: u8) -> Option<Date> {
    let year = born.year() + i32::from(age);
    Date::from_calendar_date(year, born.month(), born.day())
        .or_else(|_| Date::from_calendar_date(year, time::Month::March, 1))
        .ok()
}

fn ordinal(n: u8) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The table for the collection year starting in April of `year`, whose
/// first and last days are `days` ([`collection_year`]).
pub fn care_leaver_return(people: &[Person], year: i32, days: (Date, Date)) -> CareLeaverReturn {
    let (first, last) = days;
    let mut lines = Vec::new();
    let mut gaps = Vec::new();
    let mut people: Vec<&Person> = people.iter().collect();
    people.sort_by(|a, b| a.name.cmp(&b.name));
    for person in people {
        let Some(born) = person.born else { continue };
        let due = (17..=21u8).find_map(|age| {
            birthday(born, age)
                .filter(|day| (first..=last).contains(day))
                .map(|day| (age, day))
        });
        let Some((age, birthday)) = due else { continue };
        let gap = |what: String, left_out: bool| ReturnGap {
            id: person.id,
            name: person.name.clone(),
            birthday,
            what,
            left_out,
        };
        let nearest = person.circumstances.iter().min_by_key(|c| {
            (
                (c.on - birthday).whole_days().abs(),
                std::cmp::Reverse(c.on),
            )
        });
        let Some(nearest) = nearest else {
            gaps.push(gap(
                format!(
                    "No circumstances recorded for the {} birthday",
                    ordinal(age)
                ),
                true,
            ));
            continue;
        };
        let (Some(child), Some(sex)) = (person.child_id.clone(), person.sex) else {
            let missing = match (person.child_id.is_none(), person.sex.is_none()) {
                (true, true) => "No child ID or sex recorded",
                (true, false) => "No child ID recorded",
                _ => "No sex recorded",
            };
            gaps.push(gap(missing.to_owned(), true));
            continue;
        };
        if nearest.on < months_before(birthday, WINDOW_BEFORE_MONTHS) {
            gaps.push(gap(
                format!(
                    "Nearest record is {}, more than {WINDOW_BEFORE_MONTHS} months before the {} birthday",
                    short_day(nearest.on),
                    ordinal(age)
                ),
                false,
            ));
        } else if nearest.on > add_months(birthday, WINDOW_AFTER_MONTHS) {
            gaps.push(gap(
                format!(
                    "Nearest record is {}, more than {WINDOW_AFTER_MONTHS} month after the {} birthday",
                    short_day(nearest.on),
                    ordinal(age)
                ),
                false,
            ));
        }
        lines.push(ReturnLine {
            child,
            sex,
            born,
            in_touch: nearest.in_touch,
            activity: nearest.activity,
            accommodation: nearest.accommodation,
            suitable: nearest.suitable,
        });
    }
    CareLeaverReturn { year, lines, gaps }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pathway_app::contacts::codes::{Accommodation, Activity, InTouch};
    use pathway_app::contacts::Circumstances;
    use pathway_app::reports::{collection_year, csv, Sex};
    use time::macros::date;
    use uuid::Uuid;

    fn person(n: u128, name: &str, born: Date, records: &[(Date, Activity)]) -> Person {
        Person {
            id: Uuid::from_u128(n),
            name: name.into(),
            born: Some(born),
            child_id: Some(format!("RV{n}")),
            sex: Some(Sex::Female),
            circumstances: records
                .iter()
                .map(|(on, activity)| Circumstances {
                    on: *on,
                    in_touch: InTouch::Yes,
                    activity: Some(*activity),
                    accommodation: Some(Accommodation::U),
                    suitable: Some(true),
                    moved: None,
                })
                .collect(),
            ..Person::default()
        }
    }

    #[test]
    fn the_table_takes_the_birthdays_in_the_year_and_the_codes_nearest_them() -> Result<(), String>
    {
        let people = [
            // 18 on 31 March 2026, the collection year's last day: the
            // record 20 days after is nearer than the one 75 days before.
            person(
                1,
                "Amy",
                date!(2008 - 03 - 31),
                &[
                    (date!(2026 - 01 - 15), Activity::G5),
                    (date!(2026 - 04 - 20), Activity::F2),
                ],
            ),
            // 25 in the year: past the return's ages.
            person(
                2,
                "Ben",
                date!(2000 - 06 - 01),
                &[(date!(2025 - 06 - 01), Activity::F5)],
            ),
            // 21 on 10 July 2025, recorded on 1 February: too early, listed.
            person(
                3,
                "Cat",
                date!(2004 - 07 - 10),
                &[(date!(2025 - 02 - 01), Activity::P5)],
            ),
            // 19 on 9 September 2025 with nothing recorded: left out, listed.
            person(4, "Dan", date!(2006 - 09 - 09), &[]),
            // 17 on 1 April 2026: next year's, not this one's.
            person(
                5,
                "Eve",
                date!(2009 - 04 - 01),
                &[(date!(2026 - 04 - 01), Activity::F1)],
            ),
        ];
        let days = collection_year(2025).ok_or("no such year")?;
        let table = care_leaver_return(&people, 2025, days);

        let file = csv::care_leaver_return(&table);
        let lines: Vec<&str> = file.split("\r\n").collect();
        assert_eq!(
            lines,
            [
                "CHILD,SEX,DOB,IN_TOUCH,ACTIV,ACCOM",
                "RV1,2,31/03/2008,YES,F2,U1",
                "RV3,2,10/07/2004,YES,P5,U1",
                "",
            ]
        );
        let gaps: Vec<(&str, &str, bool)> = table
            .gaps
            .iter()
            .map(|g| (g.name.as_str(), g.what.as_str(), g.left_out))
            .collect();
        assert_eq!(
            gaps,
            [
                (
                    "Cat",
                    "Nearest record is 1 Feb 2025, more than 3 months before the 21st birthday",
                    false
                ),
                (
                    "Dan",
                    "No circumstances recorded for the 19th birthday",
                    true
                ),
            ]
        );
        Ok(())
    }

    #[test]
    fn a_line_needs_the_child_id_and_sex() -> Result<(), String> {
        let mut amy = person(
            1,
            "Amy",
            date!(2008 - 03 - 31),
            &[(date!(2026 - 03 - 31), Activity::F2)],
        );
        amy.child_id = None;
        let days = collection_year(2025).ok_or("no such year")?;
        let table = care_leaver_return(&[amy], 2025, days);
        assert!(table.lines.is_empty());
        assert_eq!(table.gaps[0].what, "No child ID recorded");
        assert!(table.gaps[0].left_out);
        Ok(())
    }

    #[test]
    fn a_leap_day_birthday_falls_on_the_first_of_march() {
        assert_eq!(
            birthday(date!(2008 - 02 - 29), 18),
            Some(date!(2026 - 03 - 01))
        );
        assert_eq!(
            birthday(date!(2008 - 02 - 29), 20),
            Some(date!(2028 - 02 - 29))
        );
        assert_eq!(ordinal(21), "21st");
        assert_eq!(ordinal(17), "17th");
        assert_eq!(ordinal(12), "12th");
    }
}
