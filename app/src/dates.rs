//! Dates as people say them, and ages as the law counts them.

use time::{Date, Month};

/// Age in whole years on `today` for someone born on `born`. A person born on
/// 29 February turns a year older on 1 March in years without one, as in
/// English law.
pub fn age_on(born: Date, today: Date) -> u8 {
    let mut years = today.year() - born.year();
    let birthday_passed = (today.month() as u8, today.day()) >= (born.month() as u8, born.day());
    if !birthday_passed {
        years -= 1;
    }
    u8::try_from(years.max(0)).unwrap_or(u8::MAX)
}

/// A date as "3 Dec 2026".
pub fn short_day(date: Date) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_abbrev(date.month()),
        date.year()
    )
}

/// A date as "Thursday 3 December 2026", for screen readers and headings.
pub fn long_day(date: Date) -> String {
    format!(
        "{} {} {} {}",
        date.weekday(),
        date.day(),
        date.month(),
        date.year()
    )
}

/// Reads an ISO date such as "2007-05-14".
pub fn parse_iso(text: &str) -> Result<Date, time::error::Parse> {
    Date::parse(text, &time::format_description::well_known::Iso8601::DATE)
}

fn month_abbrev(month: Month) -> &'static str {
    match month {
        Month::January => "Jan",
        Month::February => "Feb",
        Month::March => "Mar",
        Month::April => "Apr",
        Month::May => "May",
        Month::June => "Jun",
        Month::July => "Jul",
        Month::August => "Aug",
        Month::September => "Sep",
        Month::October => "Oct",
        Month::November => "Nov",
        Month::December => "Dec",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn ages_turn_over_on_the_birthday_itself() {
        let cases = [
            (date!(2007 - 05 - 14), date!(2026 - 05 - 13), 18),
            (date!(2007 - 05 - 14), date!(2026 - 05 - 14), 19),
            (date!(2007 - 05 - 14), date!(2026 - 12 - 31), 19),
            (date!(2008 - 02 - 29), date!(2026 - 02 - 28), 17),
            (date!(2008 - 02 - 29), date!(2026 - 03 - 01), 18),
            (date!(2008 - 02 - 29), date!(2028 - 02 - 29), 20),
            (date!(2030 - 01 - 01), date!(2026 - 01 - 01), 0),
        ];
        for (born, today, age) in cases {
            assert_eq!(age_on(born, today), age, "born {born}, on {today}");
        }
    }

    #[test]
    fn days_read_the_way_people_say_them() {
        assert_eq!(short_day(date!(2026 - 12 - 03)), "3 Dec 2026");
        assert_eq!(long_day(date!(2026 - 12 - 03)), "Thursday 3 December 2026");
        assert_eq!(parse_iso("2026-12-03").ok(), Some(date!(2026 - 12 - 03)));
        assert!(parse_iso("3/12/2026").is_err());
    }
}
