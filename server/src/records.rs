//! The synced records table: every record carries a server-made version and
//! a change number that only grows, so clients can ask for what is new.

use rusqlite::{params, Connection};
use serde::de::DeserializeOwned;
use serde::Serialize;
use uuid::Uuid;

use crate::db::{column, now, StoreError};

/// A kind of synced record, named as it is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The plan's dates: next contact and next review.
    Plan,
    /// A part of the plan and the young person's words on it.
    PlanPart,
    /// One action in a part of the plan.
    PlanAction,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Plan => "plan",
            Kind::PlanPart => "plan_part",
            Kind::PlanAction => "plan_action",
        }
    }
}

/// Stores a new record (version 1) with the next change number. Call inside
/// a write transaction, so the change number cannot be taken twice.
pub fn insert<T: Serialize>(
    conn: &Connection,
    kind: Kind,
    id: Uuid,
    young_person: Uuid,
    by: Uuid,
    data: &T,
) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO records (id, kind, young_person_id, version, change_no, updated_at, updated_by, data)
         VALUES (?1, ?2, ?3, 1, (SELECT COALESCE(MAX(change_no), 0) + 1 FROM records), ?4, ?5, ?6)",
        params![
            id.to_string(),
            kind.as_str(),
            young_person.to_string(),
            now(),
            by.to_string(),
            serde_json::to_string(data)?,
        ],
    )?;
    Ok(())
}

/// The live (not deleted) records of one kind for one young person, oldest
/// change first.
pub fn live<T: DeserializeOwned>(
    conn: &Connection,
    kind: Kind,
    young_person: Uuid,
) -> Result<Vec<(Uuid, T)>, StoreError> {
    let mut statement = conn.prepare_cached(
        "SELECT id, data FROM records
          WHERE young_person_id = ?1 AND kind = ?2 AND deleted = 0
          ORDER BY change_no",
    )?;
    let rows = statement.query_map(params![young_person.to_string(), kind.as_str()], |row| {
        Ok((column(row, 0, Uuid::parse_str)?, row.get::<_, String>(1)?))
    })?;
    rows.map(|row| {
        let (id, data) = row?;
        Ok((id, serde_json::from_str(&data)?))
    })
    .collect()
}
