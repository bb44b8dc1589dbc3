//! How often contact and visits must happen, and when the next are due.
//!
//! The statutory floor (Care Leavers (England) Regulations 2010, reg. 8:
//! a visit within 7 days of a move, before each review, and at least every
//! two months) and each council's own standards by age are both expressed
//! as [`ContactRules`] data, so a council changes its rules without a
//! change to the code.

use pathway_derive::ReadObject;
use serde::Serialize;
use time::{Date, Duration, Month};

use super::ContactKind;
use crate::dates::age_on;

/// "every month", "every 2 months": how often, in words.
pub fn every_months(months: u8) -> String {
    match months {
        1 => "every month".to_owned(),
        n => format!("every {n} months"),
    }
}

/// The contact standards in force for an age range (inclusive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgeBand {
    pub from_age: u8,
    pub to_age: u8,
    /// At least one contact of any kind this often, if set.
    pub contact_every_months: Option<u8>,
    /// At least one visit this often, if set.
    pub visit_every_months: Option<u8>,
}

/// A council's contact rules: the statutory floor and its own standards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactRules {
    /// What the rules are called, e.g. "Riverside standards 2026".
    pub name: String,
    /// A visit is due this many days after a move.
    pub visit_after_move_days: u8,
    /// A visit is due before each review: one within this many days before
    /// the review date counts.
    pub visit_before_review_days: Option<u8>,
    pub bands: Vec<AgeBand>,
    /// Which kinds of contact count as a visit.
    pub visit_kinds: Vec<ContactKind>,
}

impl ContactRules {
    /// A realistic local rule set on top of the statutory floor, as the
    /// demo council uses.
    pub fn example() -> ContactRules {
        let band = |from_age, to_age, contact, visit| AgeBand {
            from_age,
            to_age,
            contact_every_months: contact,
            visit_every_months: visit,
        };
        ContactRules {
            name: "Riverside leaving care standards".into(),
            visit_after_move_days: 7,
            visit_before_review_days: Some(28),
            bands: vec![
                band(16, 17, Some(1), Some(1)),
                band(18, 19, Some(1), Some(2)),
                band(20, 21, Some(1), Some(2)),
                band(22, 25, Some(3), None),
            ],
            visit_kinds: vec![ContactKind::HomeVisit, ContactKind::OtherVisit],
        }
    }

    /// The band for someone of `age`, if any.
    pub fn band(&self, age: u8) -> Option<&AgeBand> {
        self.bands
            .iter()
            .find(|b| (b.from_age..=b.to_age).contains(&age))
    }
}

/// What the rules are applied to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Situation<'a> {
    pub born: Date,
    /// Every recorded contact: when, and how.
    pub contacts: &'a [(Date, ContactKind)],
    /// The last move of home, if any.
    pub moved: Option<Date>,
    pub next_review: Option<Date>,
    /// The day arranged for the next contact, if one was (on the plan, or
    /// at the last contact).
    pub arranged: Option<Date>,
}

/// When the next contact and visit are due, and why the visit is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub last_contact: Option<Date>,
    pub last_visit: Option<Date>,
    pub next_contact: Option<Date>,
    pub next_visit: Option<(Date, VisitReason)>,
}

/// Why a visit is due when it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VisitReason {
    /// The young person moved home.
    Moved,
    /// The plan's review is coming.
    Review,
    /// The regular visit for their age.
    Regular,
    /// No visit has ever been recorded.
    NeverVisited,
}

/// When contact and a visit are next due for `situation` on `today`.
pub fn due(rules: &ContactRules, situation: &Situation<'_>, today: Date) -> Due {
    let reached = situation.contacts.iter().filter(|(_, kind)| kind.reached());
    let last_contact = reached.clone().map(|(on, _)| *on).max();
    let last_visit = reached
        .filter(|(_, kind)| rules.visit_kinds.contains(kind))
        .map(|(on, _)| *on)
        .max();
    let band = rules.band(age_on(situation.born, today));

    let by_rules = band
        .and_then(|b| b.contact_every_months)
        .map(|months| match last_contact {
            Some(last) => add_months(last, months),
            None => today,
        });
    // One date everywhere: the day arranged, unless the rules want contact
    // sooner; a day arranged before the last contact has been and gone.
    let arranged = situation
        .arranged
        .filter(|on| last_contact.is_none_or(|last| *on > last));
    let next_contact = match (by_rules, arranged) {
        (Some(by_rules), Some(arranged)) => Some(by_rules.min(arranged)),
        (by_rules, arranged) => by_rules.or(arranged),
    };

    let mut visits: Vec<(Date, VisitReason)> = Vec::new();
    if let Some(months) = band.and_then(|b| b.visit_every_months) {
        visits.push(match last_visit {
            Some(last) => (add_months(last, months), VisitReason::Regular),
            None => (today, VisitReason::NeverVisited),
        });
    }
    if let Some(moved) = situation.moved {
        if last_visit.is_none_or(|visit| visit < moved) {
            visits.push((
                moved + Duration::days(i64::from(rules.visit_after_move_days)),
                VisitReason::Moved,
            ));
        }
    }
    if let (Some(review), Some(window)) = (situation.next_review, rules.visit_before_review_days) {
        let window_opens = review - Duration::days(i64::from(window));
        if last_visit.is_none_or(|visit| visit < window_opens) {
            visits.push((review, VisitReason::Review));
        }
    }
    let next_visit = visits.into_iter().min_by_key(|(on, _)| *on);
    Due {
        last_contact,
        last_visit,
        next_contact,
        next_visit,
    }
}

/// A birthday from 17 to 21 in the next two weeks (today included), when
/// the national return asks for the young person's circumstances: the age
/// they turn and the day.
pub fn birthday_prompt(born: Date, today: Date) -> Option<(u8, Date)> {
    let next_age = age_on(born, today).checked_add(1)?;
    let year = born.year() + i32::from(next_age);
    // Born on 29 February: the birthday is 1 March in other years.
    let birthday = Date::from_calendar_date(year, born.month(), born.day())
        .or_else(|_| Date::from_calendar_date(year, Month::March, 1))
        .ok()?;
    let days = (birthday - today).whole_days();
    ((17..=21).contains(&next_age) && (0..=14).contains(&days)).then_some((next_age, birthday))
}

/// The same day `months` later, or the month's last day where it has none
/// (31 January + 1 month = 28 or 29 February).
pub fn add_months(date: Date, months: u8) -> Date {
    shift_months(date, i32::from(months))
}

/// The same day `months` earlier, or the month's last day where it has none
/// (31 March − 1 month = 28 or 29 February).
pub fn months_before(date: Date, months: u8) -> Date {
    shift_months(date, -i32::from(months))
}

fn shift_months(date: Date, months: i32) -> Date {
    let total = i32::from(u8::from(date.month())) - 1 + months;
    let year = date.year() + total.div_euclid(12);
    let month = Month::try_from(u8::try_from(total.rem_euclid(12) + 1).unwrap_or(1))
        .unwrap_or(Month::January);
    let last_day = time::util::days_in_month(month, year);
    Date::from_calendar_date(year, month, date.day().min(last_day)).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;
    use ContactKind::*;

    #[test]
    fn months_are_added_by_the_calendar() {
        let cases = [
            (date!(2026 - 01 - 15), 1, date!(2026 - 02 - 15)),
            (date!(2026 - 01 - 31), 1, date!(2026 - 02 - 28)),
            (date!(2028 - 01 - 31), 1, date!(2028 - 02 - 29)),
            (date!(2026 - 12 - 31), 2, date!(2027 - 02 - 28)),
            (date!(2026 - 11 - 30), 3, date!(2027 - 02 - 28)),
            (date!(2026 - 08 - 31), 1, date!(2026 - 09 - 30)),
        ];
        assert_eq!(
            months_before(date!(2026 - 03 - 31), 1),
            date!(2026 - 02 - 28)
        );
        assert_eq!(
            months_before(date!(2026 - 01 - 15), 12),
            date!(2025 - 01 - 15)
        );
        assert_eq!(
            months_before(date!(2026 - 02 - 10), 3),
            date!(2025 - 11 - 10)
        );
        for (from, months, expected) in cases {
            assert_eq!(
                add_months(from, months),
                expected,
                "{from} + {months} months"
            );
        }
    }

    fn situation(contacts: &[(Date, ContactKind)]) -> Situation<'_> {
        Situation {
            born: date!(2007 - 05 - 14),
            contacts,
            moved: None,
            next_review: None,
            arranged: None,
        }
    }

    #[test]
    fn an_eighteen_year_old_needs_monthly_contact_and_a_visit_every_other_month() {
        let rules = ContactRules::example();
        let contacts = [
            (date!(2026 - 01 - 10), HomeVisit),
            (date!(2026 - 02 - 20), Phone),
            (date!(2026 - 03 - 25), TriedNoAnswer),
        ];
        let due = due(&rules, &situation(&contacts), date!(2026 - 03 - 26));
        assert_eq!(
            due.last_contact,
            Some(date!(2026 - 02 - 20)),
            "no answer is not contact"
        );
        assert_eq!(due.next_contact, Some(date!(2026 - 03 - 20)));
        assert_eq!(
            due.next_visit,
            Some((date!(2026 - 03 - 10), VisitReason::Regular))
        );
    }

    #[test]
    fn the_rules_change_on_the_birthday_itself() {
        let rules = ContactRules::example();
        let contacts = [
            (date!(2029 - 03 - 01), Phone),
            (date!(2029 - 03 - 01), HomeVisit),
        ];
        // 21 on 13 May 2029: monthly contact, visits every other month.
        let at_21 = due(&rules, &situation(&contacts), date!(2029 - 05 - 13));
        assert_eq!(at_21.next_contact, Some(date!(2029 - 04 - 01)));
        assert_eq!(
            at_21.next_visit.map(|(on, _)| on),
            Some(date!(2029 - 05 - 01))
        );
        // 22 on 14 May 2029: contact every three months, no regular visit.
        let at_22 = due(&rules, &situation(&contacts), date!(2029 - 05 - 14));
        assert_eq!(at_22.next_contact, Some(date!(2029 - 06 - 01)));
        assert_eq!(at_22.next_visit, None);
    }

    #[test]
    fn someone_born_on_29_february_changes_band_on_1_march() {
        let rules = ContactRules::example();
        let contacts = [(date!(2026 - 01 - 10), HomeVisit)];
        let leapling = |today| {
            due(
                &rules,
                &Situation {
                    born: date!(2008 - 02 - 29),
                    contacts: &contacts,
                    moved: None,
                    next_review: None,
                    arranged: None,
                },
                today,
            )
        };
        // 17 until 1 March 2026: visits monthly; then 18: every two months.
        assert_eq!(
            leapling(date!(2026 - 02 - 28)).next_visit.map(|(on, _)| on),
            Some(date!(2026 - 02 - 10))
        );
        assert_eq!(
            leapling(date!(2026 - 03 - 01)).next_visit.map(|(on, _)| on),
            Some(date!(2026 - 03 - 10))
        );
    }

    #[test]
    fn the_next_contact_is_the_day_arranged_unless_the_rules_want_it_sooner() {
        let rules = ContactRules::example();
        // 19 on 26 Nov 2026: contact every month, so due by 10 Dec.
        let contacts = [(date!(2026 - 11 - 10), Phone)];
        let arranged = |on| Situation {
            arranged: on,
            ..situation(&contacts)
        };
        let today = date!(2026 - 11 - 26);
        let next = |on| due(&rules, &arranged(on), today).next_contact;
        assert_eq!(next(None), Some(date!(2026 - 12 - 10)));
        assert_eq!(
            next(Some(date!(2026 - 12 - 03))),
            Some(date!(2026 - 12 - 03))
        );
        assert_eq!(
            next(Some(date!(2027 - 01 - 15))),
            Some(date!(2026 - 12 - 10)),
            "the rules' date when the day arranged is later"
        );
        assert_eq!(
            next(Some(date!(2026 - 11 - 01))),
            Some(date!(2026 - 12 - 10)),
            "a day arranged before the last contact has been"
        );
        // With no rule for her age, the day arranged is all there is.
        let older = Situation {
            born: date!(2000 - 01 - 01),
            arranged: Some(date!(2027 - 03 - 01)),
            ..situation(&contacts)
        };
        assert_eq!(
            due(&rules, &older, today).next_contact,
            Some(date!(2027 - 03 - 01))
        );
    }

    #[test]
    fn a_move_needs_a_visit_within_seven_days_unless_there_has_been_one() {
        let rules = ContactRules::example();
        let contacts = [(date!(2026 - 03 - 01), HomeVisit)];
        let moved = |moved| Situation {
            moved: Some(moved),
            ..situation(&contacts)
        };
        let after = due(&rules, &moved(date!(2026 - 03 - 20)), date!(2026 - 03 - 21));
        assert_eq!(
            after.next_visit,
            Some((date!(2026 - 03 - 27), VisitReason::Moved))
        );
        let visited_since = due(&rules, &moved(date!(2026 - 02 - 25)), date!(2026 - 03 - 21));
        assert_eq!(
            visited_since.next_visit,
            Some((date!(2026 - 05 - 01), VisitReason::Regular))
        );
    }

    #[test]
    fn a_review_needs_a_visit_in_the_four_weeks_before_it() {
        let rules = ContactRules::example();
        let contacts = [(date!(2026 - 03 - 01), HomeVisit)];
        let review = |on| Situation {
            next_review: Some(on),
            ..situation(&contacts)
        };
        let soon = due(
            &rules,
            &review(date!(2026 - 04 - 15)),
            date!(2026 - 03 - 10),
        );
        assert_eq!(
            soon.next_visit,
            Some((date!(2026 - 04 - 15), VisitReason::Review))
        );
        // A visit on the day the four weeks begin counts.
        let covered = due(
            &rules,
            &review(date!(2026 - 03 - 29)),
            date!(2026 - 03 - 10),
        );
        assert_eq!(
            covered.next_visit,
            Some((date!(2026 - 05 - 01), VisitReason::Regular))
        );
    }

    #[test]
    fn birthdays_from_17_to_21_prompt_for_the_national_return() {
        let born = date!(2007 - 05 - 14);
        assert_eq!(
            birthday_prompt(born, date!(2026 - 04 - 30)),
            Some((19, date!(2026 - 05 - 14)))
        );
        assert_eq!(
            birthday_prompt(born, date!(2026 - 04 - 29)),
            None,
            "more than two weeks ahead"
        );
        assert_eq!(
            birthday_prompt(born, date!(2029 - 05 - 01)),
            None,
            "turning 22"
        );
        assert_eq!(
            birthday_prompt(born, date!(2023 - 05 - 01)),
            None,
            "turning 16"
        );
        assert_eq!(
            birthday_prompt(date!(2008 - 02 - 29), date!(2027 - 02 - 20)),
            Some((19, date!(2027 - 03 - 01)))
        );
    }

    #[test]
    fn no_contact_or_visit_yet_is_due_today() {
        let rules = ContactRules::example();
        let due = due(&rules, &situation(&[]), date!(2026 - 03 - 10));
        assert_eq!(due.next_contact, Some(date!(2026 - 03 - 10)));
        assert_eq!(
            due.next_visit,
            Some((date!(2026 - 03 - 10), VisitReason::NeverVisited))
        );
    }

    #[test]
    fn rules_are_data_that_travel_as_json() {
        let rules = ContactRules::example();
        let json = serde_json::to_string(&rules).unwrap_or_default();
        assert!(json.contains("\"visit_kinds\":[\"home_visit\",\"other_visit\"]"));
        assert_eq!(
            serde_json::from_str::<ContactRules>(&json).ok(),
            Some(rules)
        );
    }
}
