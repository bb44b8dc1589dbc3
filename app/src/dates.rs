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

/// The day (UTC) of a moment given in Unix seconds, as the server stamps them.
pub fn day_of(unix_seconds: i64) -> Option<Date> {
    time::OffsetDateTime::from_unix_timestamp(unix_seconds)
        .ok()
        .map(|t| t.date())
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

/// A date as ISO 8601 ("2026-12-03"): how dates travel and are stored.
pub fn iso(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// A text that is not an ISO date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a date like 2007-05-14")]
pub struct NotADate(pub String);

/// Reads an ISO date such as "2007-05-14". Written out by hand because the
/// `time` crate's general-purpose parser costs the phone app tens of KB.
pub fn parse_iso(text: &str) -> Result<Date, NotADate> {
    let not_a_date = || NotADate(text.to_owned());
    let number = |range: std::ops::Range<usize>| {
        text.get(range)
            .filter(|digits| digits.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|digits| digits.parse::<u16>().ok())
    };
    let shaped = text.len() == 10 && text.get(4..5) == Some("-") && text.get(7..8) == Some("-");
    if !shaped {
        return Err(not_a_date());
    }
    let (year, month, day) = match (number(0..4), number(5..7), number(8..10)) {
        (Some(year), Some(month), Some(day)) => (year, month, day),
        _ => return Err(not_a_date()),
    };
    let month = u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .ok_or_else(not_a_date)?;
    let day = u8::try_from(day).map_err(|_| not_a_date())?;
    Date::from_calendar_date(i32::from(year), month, day).map_err(|_| not_a_date())
}

/// Serde for a date as an ISO string: `#[serde(with = "crate::dates::iso_date")]`.
pub mod iso_date {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&super::iso(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        super::parse_iso(&text).map_err(serde::de::Error::custom)
    }
}

/// Serde for an optional date as an ISO string or `null`:
/// `#[serde(with = "crate::dates::optional_iso")]`.
pub mod optional_iso {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.serialize_str(&super::iso(*date)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Date>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .map(|text| super::parse_iso(&text).map_err(serde::de::Error::custom))
            .transpose()
    }
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
    }

    #[test]
    fn iso_dates_read_back_exactly_and_nonsense_is_refused() {
        for day in [
            date!(2026 - 12 - 03),
            date!(2028 - 02 - 29),
            date!(0999 - 01 - 01),
        ] {
            assert_eq!(parse_iso(&iso(day)), Ok(day));
        }
        assert_eq!(iso(date!(2026 - 12 - 03)), "2026-12-03");
        for bad in [
            "3/12/2026",
            "2026-13-01",
            "2027-02-29",
            "2026-1-01",
            "2026-01-01T00",
            "+026-01-01",
            "",
        ] {
            assert!(parse_iso(bad).is_err(), "{bad}");
        }
    }
}
