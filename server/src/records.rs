//! The synced records table: every record carries a server-made version, a
//! change number that only grows (so phones can ask for what is new), and
//! which version and phone last changed each of its fields.

use std::collections::BTreeMap;

use pathway_app::sync::{Fields, Record, RecordKind};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::{column, now, StoreError};

/// The version at which a field last changed, and the phone that changed
/// it (`None` for the server itself, e.g. demo data).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldVersion {
    pub version: u64,
    pub client: Option<Uuid>,
}

/// Per field, its last change.
pub type FieldVersions = BTreeMap<String, FieldVersion>;

/// A record with what the server alone needs to know about it.
#[derive(Debug, Clone)]
pub struct Stored {
    pub record: Record,
    pub field_versions: FieldVersions,
}

const COLUMNS: &str =
    "id, kind, young_person_id, version, updated_at, updated_by, deleted, data, field_versions, change_no";

fn stored_from_row(row: &Row<'_>) -> rusqlite::Result<(Stored, u64)> {
    let data: String = row.get(7)?;
    let field_versions: String = row.get(8)?;
    let json = |index: usize, text: &str| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            format!("{text:.40}… is not valid JSON").into(),
        )
    };
    let record = Record {
        id: column(row, 0, Uuid::parse_str)?,
        kind: column(row, 1, str::parse::<RecordKind>)?,
        young_person_id: column(row, 2, Uuid::parse_str)?,
        version: row.get(3)?,
        updated_at: row.get(4)?,
        updated_by: column(row, 5, Uuid::parse_str)?,
        deleted: row.get(6)?,
        data: serde_json::from_str::<Fields>(&data).map_err(|_| json(7, &data))?,
    };
    let field_versions =
        serde_json::from_str(&field_versions).map_err(|_| json(8, &field_versions))?;
    Ok((
        Stored {
            record,
            field_versions,
        },
        row.get(9)?,
    ))
}

/// The next change number. Call inside a write transaction, so it cannot be
/// taken twice.
fn next_change(conn: &Connection) -> Result<u64, StoreError> {
    Ok(conn
        .prepare_cached("SELECT COALESCE(MAX(change_no), 0) + 1 FROM records")?
        .query_row([], |r| r.get(0))?)
}

/// Stores a new record at version 1 with fields `data`, made by `by` (from
/// phone `client`, if any).
pub fn insert<T: Serialize>(
    conn: &Connection,
    kind: RecordKind,
    id: Uuid,
    young_person: Uuid,
    by: Uuid,
    client: Option<Uuid>,
    data: &T,
) -> Result<(), StoreError> {
    let data = match serde_json::to_value(data)? {
        serde_json::Value::Object(fields) => fields,
        other => {
            return Err(StoreError::Corrupt(format!(
                "record data must be an object, not {other}"
            )))
        }
    };
    let field_versions: FieldVersions = data
        .keys()
        .map(|field| (field.clone(), FieldVersion { version: 1, client }))
        .collect();
    conn.prepare_cached("INSERT INTO records (id, kind, young_person_id, version, change_no, updated_at, updated_by, data, field_versions)
         VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?8)")?.execute(
        params![
            id.to_string(),
            kind.as_str(),
            young_person.to_string(),
            next_change(conn)?,
            now(),
            by.to_string(),
            serde_json::to_string(&data)?,
            serde_json::to_string(&field_versions)?,
        ],
    )?;
    Ok(())
}

/// Stores a changed record under the next change number. The caller has
/// already raised its version.
pub fn update(conn: &Connection, stored: &Stored) -> Result<(), StoreError> {
    let record = &stored.record;
    conn.prepare_cached(
        "UPDATE records SET version = ?2, change_no = ?3, updated_at = ?4, updated_by = ?5,
                deleted = ?6, data = ?7, field_versions = ?8
          WHERE id = ?1",
    )?
    .execute(params![
        record.id.to_string(),
        record.version,
        next_change(conn)?,
        record.updated_at,
        record.updated_by.to_string(),
        record.deleted,
        serde_json::to_string(&record.data)?,
        serde_json::to_string(&stored.field_versions)?,
    ])?;
    Ok(())
}

/// One record by id, removed or not.
pub fn get(conn: &Connection, id: Uuid) -> Result<Option<Stored>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM records WHERE id = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id.to_string()], stored_from_row)
        .optional()?
        .map(|(stored, _)| stored))
}

/// A young person's live (not removed) records, oldest change first.
pub fn of_young_person(conn: &Connection, young_person: Uuid) -> Result<Vec<Record>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM records WHERE young_person_id = ?1 AND deleted = 0 ORDER BY change_no"
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement.query_map([young_person.to_string()], stored_from_row)?;
    Ok(rows
        .map(|row| row.map(|(stored, _)| stored.record))
        .collect::<Result<_, _>>()?)
}

/// Records changed after `cursor` whose young person matches `visible` (an
/// SQL condition on `young_person_id` using `:role` and `:viewer`), oldest
/// change first, at most `limit`, each with its change number.
pub fn changed_since(
    conn: &Connection,
    cursor: u64,
    visible: &str,
    role: &str,
    viewer: &str,
    limit: usize,
) -> Result<Vec<(Record, u64)>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM records
          WHERE change_no > :cursor AND young_person_id IN ({visible})
          ORDER BY change_no LIMIT :limit"
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement.query_map(
        rusqlite::named_params! {
            ":cursor": cursor,
            ":role": role,
            ":viewer": viewer,
            ":limit": i64::try_from(limit).unwrap_or(i64::MAX),
        },
        stored_from_row,
    )?;
    Ok(rows
        .map(|row| row.map(|(stored, change)| (stored.record, change)))
        .collect::<Result<_, _>>()?)
}

/// The lowest change number any record has now (0 with no records): a
/// cursor below it is older than everything there is.
pub fn earliest_change(conn: &Connection) -> Result<u64, StoreError> {
    Ok(conn
        .prepare_cached("SELECT COALESCE(MIN(change_no), 0) FROM records")?
        .query_row([], |r| r.get(0))?)
}

/// The highest change number stored.
pub fn latest_change(conn: &Connection) -> Result<u64, StoreError> {
    Ok(conn
        .prepare_cached("SELECT COALESCE(MAX(change_no), 0) FROM records")?
        .query_row([], |r| r.get(0))?)
}
