//! Who has looked at a young person's records: the staff who opened them
//! on a phone, or changed them. Phones report what their person opened
//! (`POST /api/me/opened`), offline or not, and the server keeps it in its
//! append-only audit log; a team manager sees it for each young person, and
//! she sees it for herself on *What's written about me*.

use pathway_derive::ReadObject;
use serde::Serialize;
use uuid::Uuid;

use crate::auth::Role;
use crate::named::{self, read_by_name, Named};

/// What a member of staff did with a young person's records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Access {
    OpenedPlan,
    OpenedContacts,
    OpenedGoals,
    OpenedVersions,
    /// Changed or added to them.
    Changed,
}

impl Access {
    pub const ALL: [Access; 5] = [
        Access::OpenedPlan,
        Access::OpenedContacts,
        Access::OpenedGoals,
        Access::OpenedVersions,
        Access::Changed,
    ];

    /// The name kept in the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Access::OpenedPlan => "opened_plan",
            Access::OpenedContacts => "opened_contacts",
            Access::OpenedGoals => "opened_goals",
            Access::OpenedVersions => "opened_versions",
            Access::Changed => "changed",
        }
    }

    /// What was done, for a sentence about someone else's record: "Sam
    /// Okafor opened the plan".
    pub fn words(self) -> &'static str {
        match self {
            Access::OpenedPlan => "opened the plan",
            Access::OpenedContacts => "opened the contacts and national data",
            Access::OpenedGoals => "opened the goals",
            Access::OpenedVersions => "opened the plan's versions",
            Access::Changed => "changed or added to the records",
        }
    }
}

impl Named for Access {
    const ALL: &'static [Access] = &Access::ALL;

    fn name(self) -> &'static str {
        self.as_str()
    }
}

read_by_name!(Access);

impl std::str::FromStr for Access {
    type Err = UnknownAccess;

    fn from_str(s: &str) -> Result<Access, UnknownAccess> {
        named::find(s).ok_or_else(|| UnknownAccess(s.to_owned()))
    }
}

/// A name in the audit log that is not an [`Access`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a kind of access")]
pub struct UnknownAccess(pub String);

/// One opening, as a phone reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Opened {
    /// Made by the phone, so a report sent twice is kept once.
    pub id: Uuid,
    pub young_person_id: Uuid,
    pub what: Access,
    /// When, by the phone's clock (Unix seconds); the server keeps it only
    /// within the last 30 days and not in the future.
    pub at: i64,
}

/// `POST /api/me/opened`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpenedReport {
    pub opened: Vec<Opened>,
}

/// One line of who has looked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Looked {
    pub by_name: String,
    pub by_role: Role,
    pub what: Access,
    /// Unix seconds.
    pub at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_access_round_trips_through_its_stored_name() {
        for access in Access::ALL {
            assert_eq!(access.as_str().parse::<Access>(), Ok(access));
            assert_eq!(
                serde_json::to_string(&access).ok(),
                Some(format!("\"{}\"", access.as_str()))
            );
        }
        assert!("signed_in".parse::<Access>().is_err());
    }
}
