//! The storage interface over the embedded SQLite: every statement stays
//! prepared on the connection.

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, Statement, ToSql};

use super::{Param, Row, Value};
use crate::db::StoreError;

impl ToSql for Param<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Param::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Param::Int(n) => ToSqlOutput::Borrowed(ValueRef::Integer(*n)),
            Param::Text(text) => ToSqlOutput::Borrowed(ValueRef::Text(text.as_bytes())),
        })
    }
}

pub(super) fn execute(
    conn: &Connection,
    sql: &str,
    params: &[Param<'_>],
) -> Result<u64, StoreError> {
    let changed = conn
        .prepare_cached(sql)?
        .execute(rusqlite::params_from_iter(params))?;
    Ok(changed as u64)
}

pub(super) fn query(
    conn: &Connection,
    sql: &str,
    params: &[Param<'_>],
) -> Result<Vec<Row>, StoreError> {
    let mut statement = conn.prepare_cached(sql)?;
    let rows = statement.query(rusqlite::params_from_iter(params))?;
    read(rows)
}

pub(super) fn query_named(
    conn: &Connection,
    sql: &str,
    params: &[(&str, Param<'_>)],
) -> Result<Vec<Row>, StoreError> {
    let named: Vec<(&str, &dyn ToSql)> =
        params.iter().map(|(n, v)| (*n, v as &dyn ToSql)).collect();
    let mut statement = conn.prepare_cached(sql)?;
    let rows = statement.query(named.as_slice())?;
    read(rows)
}

fn read(mut rows: rusqlite::Rows<'_>) -> Result<Vec<Row>, StoreError> {
    let width = rows.as_ref().map_or(0, Statement::column_count);
    let mut all = Vec::new();
    while let Some(row) = rows.next()? {
        let values = (0..width)
            .map(|i| {
                Ok(match row.get_ref(i)? {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(n) => Value::Int(n),
                    ValueRef::Real(x) => Value::Real(x),
                    ValueRef::Text(text) => Value::Text(String::from_utf8_lossy(text).into_owned()),
                    ValueRef::Blob(bytes) => {
                        Value::Text(String::from_utf8_lossy(bytes).into_owned())
                    }
                })
            })
            .collect::<rusqlite::Result<Vec<_>>>()?;
        all.push(Row(values));
    }
    Ok(all)
}
