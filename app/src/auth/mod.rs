//! Who is signed in, and what they are.

pub mod device;
#[cfg(target_arch = "wasm32")]
pub mod lock;
#[cfg(target_arch = "wasm32")]
pub mod page;

use pathway_derive::ReadObject;
use serde::Serialize;
use uuid::Uuid;

use crate::language::{Gender, Lang};
use crate::named::{self, read_by_name, Named};

/// What a person is to Pathway; decides what they may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A care leaver: sees her own plan.
    YoungPerson,
    /// A personal adviser: sees the young people on his caseload.
    PersonalAdviser,
    /// A team manager: sees every young person whose adviser is in the team.
    TeamManager,
    /// A head of service: reads every team's reports, and changes nothing.
    HeadOfService,
}

impl Role {
    /// The name stored in the database and used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::YoungPerson => "young_person",
            Role::PersonalAdviser => "personal_adviser",
            Role::TeamManager => "team_manager",
            Role::HeadOfService => "head_of_service",
        }
    }

    /// Whether this person works with young people (and so sees a list of them).
    pub fn is_staff(self) -> bool {
        !matches!(self, Role::YoungPerson)
    }
}

impl Named for Role {
    const ALL: &'static [Role] = &[
        Role::YoungPerson,
        Role::PersonalAdviser,
        Role::TeamManager,
        Role::HeadOfService,
    ];

    fn name(self) -> &'static str {
        self.as_str()
    }
}

read_by_name!(Role);

impl std::str::FromStr for Role {
    type Err = UnknownRole;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        named::find(s).ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

/// A role name that is none of Pathway's four.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown role \"{0}\": use young_person, personal_adviser, team_manager or head_of_service"
)]
pub struct UnknownRole(pub String);

/// The signed-in person, as the server describes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    pub id: Uuid,
    pub username: String,
    /// The name to greet them by.
    pub display_name: String,
    pub role: Role,
    /// The language she chose for her screens, if she has.
    #[serde(default)]
    pub language: Option<Lang>,
    /// How she chose to be spoken to where her language speaks differently
    /// to girls and boys.
    #[serde(default)]
    pub gender: Gender,
    /// Whether she has answered how to be spoken to: "Don't choose" keeps
    /// [`Gender::Neutral`], as an account has before she answers.
    #[serde(default)]
    pub gender_answered: bool,
}

/// `POST /api/auth/login`.
#[derive(Debug, Clone, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
}

/// The answer to a successful sign-in.
#[derive(Debug, Clone, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginResponse {
    /// An opaque bearer token for the `Authorization` header.
    pub token: String,
    pub user: User,
}

/// One place a person is signed in (`GET /api/me/sessions`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignedIn {
    /// Names this sign-in, to end it from another phone.
    pub id: String,
    /// The browser and system, in words: "Chrome on Android".
    pub device: String,
    /// Unix seconds.
    pub signed_in_at: i64,
    /// Unix seconds.
    pub last_used_at: i64,
    /// Whether this is the phone asking.
    pub this_one: bool,
}

/// An adviser in a team manager's team (`GET /api/team`), for her to lock
/// their account if their phone is lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeamMember {
    pub id: Uuid,
    pub name: String,
    /// Their account is locked: they cannot sign in.
    pub locked: bool,
}

/// The answer to ending sign-ins elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignedOutElsewhere {
    /// How many phones or browsers were signed out.
    pub ended: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_through_their_stored_names() {
        for &role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
            assert_eq!(
                serde_json::to_string(&role).ok(),
                Some(format!("\"{}\"", role.as_str()))
            );
        }
        assert!("admin".parse::<Role>().is_err());
    }

    #[test]
    fn only_young_people_are_not_staff() {
        assert!(!Role::YoungPerson.is_staff());
        assert!(Role::PersonalAdviser.is_staff());
        assert!(Role::TeamManager.is_staff());
    }
}
