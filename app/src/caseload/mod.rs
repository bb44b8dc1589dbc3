//! The young people a member of staff may see.

#[cfg(target_arch = "wasm32")]
pub mod page;

use serde::{Deserialize, Serialize};
use time::Date;
use uuid::Uuid;

/// One young person on a staff member's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
