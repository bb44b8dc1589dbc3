//! Oversight reports, as the server computes them and the phone shows,
//! keeps and downloads them: the team report (moment in time, trend and
//! comparison) and the national care-leaver return.

pub mod csv;
#[cfg(target_arch = "wasm32")]
pub mod page;

use pathway_derive::ReadObject;
use serde::{Deserialize, Serialize};
use time::Date;
use uuid::Uuid;

use crate::contacts::codes::{Accommodation, Activity, InTouch};
use crate::named::{self, read_by_name, Named};

/// One thing the team report measures, each counted in young people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    InTouch,
    InEducationOrWork,
    SuitableHome,
    ContactOnTime,
    ReviewOnTime,
    HeardInTime,
    SafetyFlagOpen,
}

impl Measure {
    /// In the order the report shows them.
    pub const ALL: [Measure; 7] = [
        Measure::InTouch,
        Measure::InEducationOrWork,
        Measure::SuitableHome,
        Measure::ContactOnTime,
        Measure::ReviewOnTime,
        Measure::HeardInTime,
        Measure::SafetyFlagOpen,
    ];

    /// A heading: "In touch".
    pub fn label(self) -> &'static str {
        match self {
            Measure::InTouch => "In touch",
            Measure::InEducationOrWork => "In education, employment or training",
            Measure::SuitableHome => "In suitable accommodation",
            Measure::ContactOnTime => "Contact and visits on time",
            Measure::ReviewOnTime => "Plan reviewed on time",
            Measure::HeardInTime => "Statements acknowledged in time",
            Measure::SafetyFlagOpen => "Safety flag open",
        }
    }

    /// What counts, to end "Young people who…": "were in touch by their
    /// latest record".
    pub fn meaning(self) -> &'static str {
        match self {
            Measure::InTouch => "were in touch by their latest record",
            Measure::InEducationOrWork => "were in education, employment or training by their latest record",
            Measure::SuitableHome => "were in accommodation recorded as suitable",
            Measure::ContactOnTime => "had their contact and visits on time by the contact rules",
            Measure::ReviewOnTime => "had their plan reviewed within 6 months",
            Measure::HeardInTime => "sent something in the last 30 days and had every statement acknowledged within the escalation time",
            Measure::SafetyFlagOpen => "had a safety flag no one had acknowledged",
        }
    }

    /// For a bar chart: whether a longer bar is better news.
    pub fn higher_is_better(self) -> bool {
        self != Measure::SafetyFlagOpen
    }

    /// Its name in a downloaded file and in addresses.
    pub fn slug(self) -> &'static str {
        match self {
            Measure::InTouch => "in-touch",
            Measure::InEducationOrWork => "in-education-or-work",
            Measure::SuitableHome => "suitable-home",
            Measure::ContactOnTime => "contact-on-time",
            Measure::ReviewOnTime => "review-on-time",
            Measure::HeardInTime => "heard-in-time",
            Measure::SafetyFlagOpen => "safety-flag-open",
        }
    }
}

impl Named for Measure {
    const ALL: &'static [Measure] = &Measure::ALL;

    fn name(self) -> &'static str {
        match self {
            Measure::InTouch => "in_touch",
            Measure::InEducationOrWork => "in_education_or_work",
            Measure::SuitableHome => "suitable_home",
            Measure::ContactOnTime => "contact_on_time",
            Measure::ReviewOnTime => "review_on_time",
            Measure::HeardInTime => "heard_in_time",
            Measure::SafetyFlagOpen => "safety_flag_open",
        }
    }
}

read_by_name!(Measure);

/// `yes` of `of` young people.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Figure {
    pub yes: u32,
    pub of: u32,
}

impl Figure {
    /// The share in whole percent, rounded half up; none of none is no share.
    pub fn percent(self) -> Option<u32> {
        (self.of > 0).then(|| (self.yes * 200 + self.of) / (self.of * 2))
    }

    /// "18 of 24 (75%)", or "None to count".
    pub fn words(self) -> String {
        match self.percent() {
            Some(percent) => format!("{} of {} ({percent}%)", self.yes, self.of),
            None => "None to count".into(),
        }
    }
}

/// One figure for each measure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Figures {
    pub in_touch: Figure,
    pub in_education_or_work: Figure,
    pub suitable_home: Figure,
    pub contact_on_time: Figure,
    pub review_on_time: Figure,
    pub heard_in_time: Figure,
    pub safety_flag_open: Figure,
}

impl Figures {
    pub fn get(&self, measure: Measure) -> Figure {
        *self.slot(measure)
    }

    /// Counts one young person: `standing` says, for each measure, whether
    /// she is counted at all (`Some`) and whether she meets it.
    pub fn count(&mut self, standing: &Standing) {
        for measure in Measure::ALL {
            if let Some(yes) = standing.get(measure) {
                let figure = self.slot_mut(measure);
                figure.of += 1;
                figure.yes += u32::from(yes);
            }
        }
    }

    fn slot(&self, measure: Measure) -> &Figure {
        match measure {
            Measure::InTouch => &self.in_touch,
            Measure::InEducationOrWork => &self.in_education_or_work,
            Measure::SuitableHome => &self.suitable_home,
            Measure::ContactOnTime => &self.contact_on_time,
            Measure::ReviewOnTime => &self.review_on_time,
            Measure::HeardInTime => &self.heard_in_time,
            Measure::SafetyFlagOpen => &self.safety_flag_open,
        }
    }

    fn slot_mut(&mut self, measure: Measure) -> &mut Figure {
        match measure {
            Measure::InTouch => &mut self.in_touch,
            Measure::InEducationOrWork => &mut self.in_education_or_work,
            Measure::SuitableHome => &mut self.suitable_home,
            Measure::ContactOnTime => &mut self.contact_on_time,
            Measure::ReviewOnTime => &mut self.review_on_time,
            Measure::HeardInTime => &mut self.heard_in_time,
            Measure::SafetyFlagOpen => &mut self.safety_flag_open,
        }
    }
}

/// Where one young person stands on each measure on a day: `None` where
/// she isn't counted (no statements sent, say).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Standing {
    pub in_touch: Option<bool>,
    pub in_education_or_work: Option<bool>,
    pub suitable_home: Option<bool>,
    pub contact_on_time: Option<bool>,
    pub review_on_time: Option<bool>,
    pub heard_in_time: Option<bool>,
    pub safety_flag_open: Option<bool>,
}

impl Standing {
    /// Two bits a measure, in [`Measure::ALL`]'s order: 0 not counted, 1
    /// counted and not met, 2 met. A whole year of one young person's
    /// standings travels in 12 small numbers, not 84 fields.
    pub fn pack(&self) -> u16 {
        Measure::ALL
            .into_iter()
            .enumerate()
            .map(|(i, m)| {
                let bits = match self.get(m) {
                    None => 0,
                    Some(false) => 1,
                    Some(true) => 2,
                };
                bits << (2 * i)
            })
            .sum()
    }

    /// The standing [`Standing::pack`] made.
    pub fn unpack(packed: u16) -> Standing {
        let at = |m: Measure| {
            let i = Measure::ALL.iter().position(|x| *x == m).unwrap_or(0);
            match (packed >> (2 * i)) & 0b11 {
                1 => Some(false),
                2 => Some(true),
                _ => None,
            }
        };
        Standing {
            in_touch: at(Measure::InTouch),
            in_education_or_work: at(Measure::InEducationOrWork),
            suitable_home: at(Measure::SuitableHome),
            contact_on_time: at(Measure::ContactOnTime),
            review_on_time: at(Measure::ReviewOnTime),
            heard_in_time: at(Measure::HeardInTime),
            safety_flag_open: at(Measure::SafetyFlagOpen),
        }
    }

    pub fn get(&self, measure: Measure) -> Option<bool> {
        match measure {
            Measure::InTouch => self.in_touch,
            Measure::InEducationOrWork => self.in_education_or_work,
            Measure::SuitableHome => self.suitable_home,
            Measure::ContactOnTime => self.contact_on_time,
            Measure::ReviewOnTime => self.review_on_time,
            Measure::HeardInTime => self.heard_in_time,
            Measure::SafetyFlagOpen => self.safety_flag_open,
        }
    }
}

/// The age bands the report compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AgeBand {
    Under17,
    From17To18,
    From19To21,
    From22To25,
}

impl AgeBand {
    pub const ALL: [AgeBand; 4] = [
        AgeBand::Under17,
        AgeBand::From17To18,
        AgeBand::From19To21,
        AgeBand::From22To25,
    ];

    pub fn of_age(age: u8) -> AgeBand {
        match age {
            0..=16 => AgeBand::Under17,
            17..=18 => AgeBand::From17To18,
            19..=21 => AgeBand::From19To21,
            _ => AgeBand::From22To25,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AgeBand::Under17 => "16",
            AgeBand::From17To18 => "17–18",
            AgeBand::From19To21 => "19–21",
            AgeBand::From22To25 => "22–25",
        }
    }
}

impl Named for AgeBand {
    const ALL: &'static [AgeBand] = &AgeBand::ALL;

    fn name(self) -> &'static str {
        match self {
            AgeBand::Under17 => "under17",
            AgeBand::From17To18 => "from17_to18",
            AgeBand::From19To21 => "from19_to21",
            AgeBand::From22To25 => "from22_to25",
        }
    }
}

read_by_name!(AgeBand);

/// The figures at the end of one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Month {
    /// The month's last day (today, for this month).
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "crate::dates::iso_date")]
    pub ends: Date,
    pub figures: Figures,
}

/// The figures of one adviser's caseload, or of one age band.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Group {
    pub name: String,
    pub figures: Figures,
}

/// One young person behind the figures, for the lists a bar opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportPerson {
    pub id: Uuid,
    pub name: String,
    /// Her adviser on the report's day, as the adviser groups are named.
    pub adviser: String,
    pub band: AgeBand,
    pub standing: Standing,
    /// Her standing at each point of the trend, packed
    /// ([`Standing::pack`]; 0 before Pathway knew her).
    pub months: Vec<u16>,
    /// Different advisers in the 12 months to the report's day.
    pub advisers_had: u32,
}

/// How many young people had this many different advisers in 12 months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdvisersHad {
    pub advisers: u32,
    pub young_people: u32,
}

/// The team report: a moment in time, its trend and its comparisons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamReport {
    /// Whose young people: "Sam Okafor's caseload", "Riverside leaving care
    /// team", "Every team".
    pub scope: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "crate::dates::iso_date")]
    pub as_of: Date,
    pub now: Figures,
    /// The 12 months to `as_of`, oldest first.
    pub trend: Vec<Month>,
    pub by_adviser: Vec<Group>,
    pub by_age: Vec<Group>,
    pub advisers_had: Vec<AdvisersHad>,
    pub people: Vec<ReportPerson>,
}

/// Sex as the national return records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

impl Sex {
    /// The return's code: 1 male, 2 female.
    pub fn code(self) -> u8 {
        match self {
            Sex::Male => 1,
            Sex::Female => 2,
        }
    }

    pub fn from_code(code: u8) -> Option<Sex> {
        match code {
            1 => Some(Sex::Male),
            2 => Some(Sex::Female),
            _ => None,
        }
    }
}

impl Named for Sex {
    const ALL: &'static [Sex] = &[Sex::Male, Sex::Female];

    fn name(self) -> &'static str {
        match self {
            Sex::Male => "male",
            Sex::Female => "female",
        }
    }
}

read_by_name!(Sex);

impl std::str::FromStr for Sex {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        named::find(text)
            .ok_or_else(|| "sex is male or female, as the national return records it".into())
    }
}

/// One line of the care-leaver table of the national return.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnLine {
    /// The council's own id for the young person (CHILD).
    pub child: String,
    pub sex: Sex,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "crate::dates::iso_date")]
    pub born: Date,
    pub in_touch: InTouch,
    pub activity: Option<Activity>,
    pub accommodation: Option<Accommodation>,
    pub suitable: Option<bool>,
}

/// Why a young person due in the return is missing from it, or is in it
/// with codes recorded too far from her birthday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnGap {
    pub id: Uuid,
    pub name: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "crate::dates::iso_date")]
    pub birthday: Date,
    /// What to put right, in words: "No circumstances recorded", "Recorded
    /// on 3 Jan 2026, more than 3 months before her birthday".
    pub what: String,
    /// Whether she is left out of the file until it is put right.
    pub left_out: bool,
}

/// The care-leaver table for one collection year, and what stops it being
/// complete.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CareLeaverReturn {
    /// The year the collection starts: 2026 is 1 April 2026 to 31 March 2027.
    pub year: i32,
    pub lines: Vec<ReturnLine>,
    pub gaps: Vec<ReturnGap>,
}

/// The first and last day of the collection year that starts in `year`.
pub fn collection_year(year: i32) -> Option<(Date, Date)> {
    let first = Date::from_calendar_date(year, time::Month::April, 1).ok()?;
    let last = Date::from_calendar_date(year + 1, time::Month::March, 31).ok()?;
    Some((first, last))
}

/// A count as a published report shows it: under [`SUPPRESS_BELOW`] (and
/// above none) it is withheld, so no young person can be picked out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Shown {
    Count(u32),
    Withheld,
}

/// Counts from 1 to this less one are withheld, as councils publish them.
pub const SUPPRESS_BELOW: u32 = 5;

impl Shown {
    /// "12", or "fewer than 5".
    pub fn words(self) -> String {
        match self {
            Shown::Count(n) => n.to_string(),
            Shown::Withheld => format!("fewer than {SUPPRESS_BELOW}"),
        }
    }
}

/// `counts` as they may be published: each from 1 to 4 withheld, and where
/// only one in the row would be withheld, the next smallest too, so that
/// no withheld count can be worked out from the row's total.
pub fn suppress(counts: &[u32]) -> Vec<Shown> {
    let small = |n: u32| n > 0 && n < SUPPRESS_BELOW;
    let mut withheld: Vec<bool> = counts.iter().map(|n| small(*n)).collect();
    if withheld.iter().filter(|w| **w).count() == 1 {
        let next = counts
            .iter()
            .enumerate()
            .filter(|(i, n)| !withheld[*i] && **n > 0)
            .min_by_key(|(_, n)| **n)
            .map(|(i, _)| i);
        if let Some(i) = next {
            withheld[i] = true;
        }
    }
    counts
        .iter()
        .zip(withheld)
        .map(|(n, w)| if w { Shown::Withheld } else { Shown::Count(*n) })
        .collect()
}

/// One Outcome Bees domain across the young people in view, with no names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BeesDomain {
    pub domain: crate::goals::BeeDomain,
    /// Young people with a goal here.
    pub young_people: Shown,
    pub goals: Shown,
    /// Goals by their latest rating, from 1 (not started) to 5 (done it),
    /// then those not rated yet: on the report's day…
    pub now: Vec<Shown>,
    /// …and a year before it.
    pub a_year_ago: Vec<Shown>,
    /// Goals rated higher now than six months before.
    pub moved_up: Shown,
}

/// The Outcome Bees report for the corporate parenting panel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BeesReport {
    pub scope: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "crate::dates::iso_date")]
    pub as_of: Date,
    pub domains: Vec<BeesDomain>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_are_withheld_and_one_alone_takes_the_next_smallest_with_it() {
        use Shown::*;
        assert_eq!(suppress(&[0, 12, 7]), [Count(0), Count(12), Count(7)]);
        assert_eq!(suppress(&[3, 12, 2]), [Withheld, Count(12), Withheld]);
        // 3 alone could be worked out from the total: 7 goes too.
        assert_eq!(suppress(&[3, 12, 7]), [Withheld, Count(12), Withheld]);
        assert_eq!(suppress(&[4]), [Withheld]);
        assert_eq!(suppress(&[5]), [Count(5)]);
        assert_eq!(Withheld.words(), "fewer than 5");
    }

    #[test]
    fn a_standing_packs_into_a_small_number_and_back() {
        let standings = [
            Standing::default(),
            Standing {
                in_touch: Some(true),
                in_education_or_work: Some(false),
                heard_in_time: None,
                safety_flag_open: Some(true),
                ..Standing::default()
            },
        ];
        for standing in standings {
            assert_eq!(Standing::unpack(standing.pack()), standing);
        }
        assert_eq!(Standing::default().pack(), 0);
    }

    #[test]
    fn shares_round_half_up() {
        assert_eq!(Figure { yes: 1, of: 8 }.percent(), Some(13));
        assert_eq!(Figure { yes: 2, of: 3 }.percent(), Some(67));
        assert_eq!(Figure { yes: 0, of: 0 }.percent(), None);
        assert_eq!(Figure { yes: 14, of: 15 }.words(), "14 of 15 (93%)");
    }
}
