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
        let nearest = person
            .circumstances
            .iter()
            .min_by_key(|c| ((c.on - birthday).whole_days().abs(), std::cmp::Reverse(c.on)));
        let Some(nearest) = nearest else {
            gaps.push(gap(
                format!("No circumstances recorded for the {} birthday", ordinal(age)),
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
