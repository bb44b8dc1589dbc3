//! The synced records table: every record carries a server-made version, a
//! change number that only grows (so phones can ask for what is new), and
//! which version and phone last changed each of its fields.

use std::collections::BTreeMap;

use pathway_app::sync::{Fields, Record, RecordKind};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::{now, StoreError};
use crate::store::{Conn, Row};
use crate::{args, named_args};

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

fn stored_from_row(row: &Row) -> Result<(Stored, u64), StoreError> {
    let json = |text: &str| StoreError::Corrupt(format!("{text:.40}… is not valid JSON"));
    let record = Record {
        id: row.get(0)?,
        kind: row.parse(1, str::parse::<RecordKind>)?,
        young_person_id: row.get(2)?,
        version: row.get(3)?,
        updated_at: row.get(4)?,
        updated_by: row.get(5)?,
        deleted: row.get(6)?,
        data: row.parse(7, |text| {
            serde_json::from_str::<Fields>(text).map_err(|_| json(text))
        })?,
    };
    let field_versions = row.parse(8, |text| serde_json::from_str(text).map_err(|_| json(text)))?;
    Ok((
        Stored {
            record,
            field_versions,
        },
        row.get(9)?,
    ))
}

/// Stores a new record at version 1 with fields `data`, made by `by` (from
/// phone `client`, if any), under the next change number. Call inside a
/// write transaction, so the number cannot be taken twice; it is worked out
/// in the statement that takes it, one round trip fewer to PostgreSQL.
pub fn insert<'c, T: Serialize>(
    conn: impl Into<Conn<'c>>,
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
    let conn = conn.into();
    let field_versions: FieldVersions = data
        .keys()
        .map(|field| (field.clone(), FieldVersion { version: 1, client }))
        .collect();
    conn.execute(
        "INSERT INTO records (id, kind, young_person_id, version, change_no, updated_at, updated_by, data, field_versions)
         VALUES (?1, ?2, ?3, 1, (SELECT COALESCE(MAX(change_no), 0) + 1 FROM records), ?4, ?5, ?6, ?7)",
        args![
            id,
            kind.as_str(),
            young_person,
            now(),
            by,
            serde_json::to_string(&data)?,
            serde_json::to_string(&field_versions)?,
        ],
    )?;
    Ok(())
}

/// Stores a changed record under the next change number (as [`insert`]
/// takes it). The caller has already raised its version.
pub fn update<'c>(conn: impl Into<Conn<'c>>, stored: &Stored) -> Result<(), StoreError> {
    let conn = conn.into();
    let record = &stored.record;
    conn.execute(
        "UPDATE records SET version = ?2,
                change_no = (SELECT COALESCE(MAX(change_no), 0) + 1 FROM records),
                updated_at = ?3, updated_by = ?4, deleted = ?5, data = ?6, field_versions = ?7
          WHERE id = ?1",
        args![
            record.id,
            record.version,
            record.updated_at,
            record.updated_by,
            record.deleted,
            serde_json::to_string(&record.data)?,
            serde_json::to_string(&stored.field_versions)?,
        ],
    )?;
    Ok(())
}

/// One record by id, removed or not.
pub fn get<'c>(conn: impl Into<Conn<'c>>, id: Uuid) -> Result<Option<Stored>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM records WHERE id = ?1");
    conn.into()
        .query_opt(&sql, args![id])?
        .map(|row| stored_from_row(&row).map(|(stored, _)| stored))
        .transpose()
}

/// A young person's live (not removed) records, oldest change first.
pub fn of_young_person<'c>(
    conn: impl Into<Conn<'c>>,
    young_person: Uuid,
) -> Result<Vec<Record>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM records WHERE young_person_id = ?1 AND deleted = 0 ORDER BY change_no"
    );
    conn.into()
        .query(&sql, args![young_person])?
        .iter()
        .map(|row| stored_from_row(row).map(|(stored, _)| stored.record))
        .collect()
}

/// Records changed after `cursor` of the young people `visible` selects
/// (SQL taking `:viewer`, from `access::visible`), oldest change first, at
/// most `limit`, each with its change number.
pub fn changed_since<'c>(
    conn: impl Into<Conn<'c>>,
    cursor: u64,
    visible: &str,
    viewer: Uuid,
    limit: usize,
) -> Result<Vec<(Record, u64)>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM records
          WHERE change_no > :cursor AND young_person_id IN ({visible})
          ORDER BY change_no LIMIT :limit"
    );
    conn.into()
        .query_named(
            &sql,
            named_args! {
                ":cursor" => cursor,
                ":viewer" => viewer,
                ":limit" => limit,
            },
        )?
        .iter()
        .map(|row| stored_from_row(row).map(|(stored, change)| (stored.record, change)))
        .collect()
}

/// The lowest change number any record has now (0 with no records): a
/// cursor below it is older than everything there is.
pub fn earliest_change<'c>(conn: impl Into<Conn<'c>>) -> Result<u64, StoreError> {
    conn.into()
        .query_one("SELECT COALESCE(MIN(change_no), 0) FROM records", &[])?
        .get(0)
}

/// The highest change number stored.
pub fn latest_change<'c>(conn: impl Into<Conn<'c>>) -> Result<u64, StoreError> {
    conn.into()
        .query_one("SELECT COALESCE(MAX(change_no), 0) FROM records", &[])?
        .get(0)
}
