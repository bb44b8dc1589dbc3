//! The young people a member of staff may see.

#[cfg(target_arch = "wasm32")]
pub mod page;

use pathway_derive::ReadObject;
use serde::Serialize;
use time::Date;
use uuid::Uuid;

use crate::plan::review::{DueBecause, ReviewDue};

/// One young person on a staff member's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct YoungPersonSummary {
    pub id: Uuid,
    pub name: String,
    /// Age in whole years today.
    pub age: u8,
    /// Their personal adviser's name, if they have one.
    pub adviser_name: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(with = "crate::dates::optional_iso", default)]
    pub next_contact: Option<Date>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(with = "crate::dates::optional_iso", default)]
    pub next_review: Option<Date>,
}

/// Where a young person stands, most urgent first: the order of an
/// adviser's caseload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    /// They said they are not safe (from the young person's voice).
    SafetyConcern,
    /// A required visit is this many days late.
    VisitOverdue { days: i64 },
    /// Contact (of any kind) with someone in touch is this many days late.
    ContactOverdue { days: i64 },
    /// Their plan review is due on this date (within four weeks, or past),
    /// planned, asked for or brought forward by a move.
    ReviewDue { on: Date, because: DueBecause },
    /// The adviser has lost touch with them.
    NotInTouch,
    /// Nothing pressing; the next contact is due on this date, if known.
    OnTrack { next_contact: Option<Date> },
}

/// How far ahead a review counts as due.
pub const REVIEW_SOON_DAYS: i64 = 28;

impl Standing {
    /// Where someone stands today. Within one kind, the most pressing
    /// comes first: the longest overdue, the soonest review.
    pub fn of(
        safety_concern: bool,
        next_visit: Option<Date>,
        review: Option<ReviewDue>,
        in_touch: bool,
        next_contact: Option<Date>,
        today: Date,
    ) -> Standing {
        if safety_concern {
            return Standing::SafetyConcern;
        }
        if let Some(visit) = next_visit.filter(|visit| *visit < today) {
            return Standing::VisitOverdue {
                days: (today - visit).whole_days(),
            };
        }
        // Someone lost touch with is "Not in touch": that says more than
        // a date gone by.
        if let Some(contact) = next_contact.filter(|contact| in_touch && *contact < today) {
            return Standing::ContactOverdue {
                days: (today - contact).whole_days(),
            };
        }
        if let Some(review) =
            review.filter(|review| (review.on - today).whole_days() <= REVIEW_SOON_DAYS)
        {
            return Standing::ReviewDue {
                on: review.on,
                because: review.because,
            };
        }
        if !in_touch {
            return Standing::NotInTouch;
        }
        Standing::OnTrack { next_contact }
    }

    /// Why the card is where it is, in words, for staff screens.
    pub fn words(self) -> String {
        match self {
            Standing::SafetyConcern => "Safety concern raised".into(),
            Standing::VisitOverdue { days: 1 } => "Visit overdue by 1 day".into(),
            Standing::VisitOverdue { days } => format!("Visit overdue by {days} days"),
            Standing::ContactOverdue { days: 1 } => "Contact overdue by 1 day".into(),
            Standing::ContactOverdue { days } => format!("Contact overdue by {days} days"),
            Standing::ReviewDue {
                because: DueBecause::Asked { on },
                ..
            } => format!("Review requested {}", crate::dates::short_day(on)),
            Standing::ReviewDue {
                on,
                because: DueBecause::Moved { .. },
            } => format!("Review due {} after a move", crate::dates::short_day(on)),
            Standing::ReviewDue { on, .. } => format!("Review due {}", crate::dates::short_day(on)),
            Standing::NotInTouch => "Not in touch".into(),
            Standing::OnTrack {
                next_contact: Some(on),
            } => {
                format!("Next contact due {}", crate::dates::short_day(on))
            }
            Standing::OnTrack { next_contact: None } => "On track".into(),
        }
    }

    /// The caseload's order: most urgent first.
    pub fn rank(self) -> (u8, i64) {
        match self {
            Standing::SafetyConcern => (0, 0),
            // Late is late: visits and other contact by how late.
            Standing::VisitOverdue { days } | Standing::ContactOverdue { days } => (1, -days),
            Standing::ReviewDue { on, .. } => (2, on.to_julian_day().into()),
            Standing::NotInTouch => (3, 0),
            Standing::OnTrack { next_contact } => (
                4,
                next_contact.map_or(i64::MAX, |d| d.to_julian_day().into()),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 26);

    fn planned(on: Date) -> Option<ReviewDue> {
        Some(ReviewDue {
            on,
            because: DueBecause::Planned,
        })
    }

    #[test]
    fn a_review_she_asked_for_is_due_at_once_and_says_so() {
        let asked = Standing::of(
            false,
            None,
            Some(ReviewDue {
                on: date!(2026 - 11 - 20),
                because: DueBecause::Asked {
                    on: date!(2026 - 11 - 20),
                },
            }),
            true,
            None,
            TODAY,
        );
        assert_eq!(asked.words(), "Review requested 20 Nov 2026");
        let planned_soon = Standing::of(
            false,
            None,
            planned(date!(2026 - 12 - 01)),
            true,
            None,
            TODAY,
        );
        assert!(asked.rank() < planned_soon.rank());
        let moved = Standing::of(
            false,
            None,
            Some(ReviewDue {
                on: date!(2026 - 12 - 10),
                because: DueBecause::Moved {
                    on: date!(2026 - 11 - 12),
                },
            }),
            true,
            None,
            TODAY,
        );
        assert_eq!(moved.words(), "Review due 10 Dec 2026 after a move");
    }

    #[test]
    fn a_caseload_sorts_safety_then_overdue_visits_then_reviews_then_lost_touch() {
        let mut caseload = [
            (
                "contact 19 days late",
                Standing::of(
                    false,
                    Some(date!(2026 - 12 - 20)),
                    planned(date!(2026 - 12 - 10)),
                    true,
                    Some(date!(2026 - 11 - 07)),
                    TODAY,
                ),
            ),
            (
                "on track",
                Standing::of(
                    false,
                    Some(date!(2026 - 12 - 20)),
                    None,
                    true,
                    Some(date!(2026 - 12 - 02)),
                    TODAY,
                ),
            ),
            (
                "not in touch",
                Standing::of(false, None, None, false, None, TODAY),
            ),
            (
                "review in 3 weeks",
                Standing::of(
                    false,
                    None,
                    planned(date!(2026 - 12 - 17)),
                    true,
                    None,
                    TODAY,
                ),
            ),
            (
                "review in 2 weeks",
                Standing::of(
                    false,
                    None,
                    planned(date!(2026 - 12 - 10)),
                    true,
                    None,
                    TODAY,
                ),
            ),
            (
                "visit 3 days late",
                Standing::of(false, Some(date!(2026 - 11 - 23)), None, true, None, TODAY),
            ),
            (
                "visit 12 days late",
                Standing::of(false, Some(date!(2026 - 11 - 14)), None, false, None, TODAY),
            ),
            (
                "unsafe",
                Standing::of(true, Some(date!(2026 - 11 - 01)), None, true, None, TODAY),
            ),
        ];
        caseload.sort_by_key(|(_, standing)| standing.rank());
        let order: Vec<_> = caseload.iter().map(|(who, _)| *who).collect();
        assert_eq!(
            order,
            [
                "unsafe",
                "contact 19 days late",
                "visit 12 days late",
                "visit 3 days late",
                "review in 2 weeks",
                "review in 3 weeks",
                "not in touch",
                "on track"
            ]
        );
    }

    #[test]
    fn each_place_is_explained_in_words() {
        assert_eq!(
            Standing::of(false, Some(date!(2026 - 11 - 14)), None, true, None, TODAY).words(),
            "Visit overdue by 12 days"
        );
        assert_eq!(
            Standing::of(false, Some(date!(2026 - 11 - 25)), None, true, None, TODAY).words(),
            "Visit overdue by 1 day"
        );
        assert_eq!(
            Standing::of(false, Some(TODAY), None, true, None, TODAY).words(),
            "On track"
        );
        assert_eq!(
            Standing::of(false, None, None, true, Some(date!(2026 - 11 - 07)), TODAY).words(),
            "Contact overdue by 19 days"
        );
        assert_eq!(
            Standing::of(false, None, None, true, Some(TODAY), TODAY).words(),
            "Next contact due 26 Nov 2026"
        );
        assert_eq!(
            Standing::of(false, None, None, false, Some(date!(2026 - 11 - 07)), TODAY).words(),
            "Not in touch"
        );
        assert_eq!(
            Standing::of(
                false,
                None,
                planned(date!(2026 - 12 - 03)),
                true,
                None,
                TODAY
            )
            .words(),
            "Review due 3 Dec 2026"
        );
        // Four weeks ahead is due; a day more is not.
        assert!(matches!(
            Standing::of(
                false,
                None,
                planned(date!(2026 - 12 - 24)),
                true,
                None,
                TODAY
            ),
            Standing::ReviewDue { .. }
        ));
        assert!(matches!(
            Standing::of(
                false,
                None,
                planned(date!(2026 - 12 - 25)),
                true,
                None,
                TODAY
            ),
            Standing::OnTrack { .. }
        ));
    }
}
