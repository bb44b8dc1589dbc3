//! The storage interface: one way to run SQL against either database the
//! server can keep its data in, the embedded SQLite (the default) or
//! PostgreSQL.
//!
//! Storage code writes each statement once, in what both databases
//! understand: `?1`-style or `:name` parameters, `json_extract` and
//! `json_each` as SQLite has them (PostgreSQL's schema defines the same),
//! `ON CONFLICT … DO NOTHING` rather than `INSERT OR IGNORE`. [`dialect`]
//! rewrites the rest for PostgreSQL. Rows come back as [`Value`]s, read
//! into Rust types by [`Row::get`] the same way from either database.
//!
//! Work runs on a blocking thread, as it always has for SQLite; there, a
//! PostgreSQL connection from the pool is driven by its asynchronous driver
//! one statement at a time.

mod dialect;
pub mod postgres;
mod sqlite;

use std::borrow::Cow;
use std::cell::Cell;

use uuid::Uuid;

use crate::db::StoreError;

pub use postgres::{Pool, Session};

/// A statement's parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum Param<'a> {
    Null,
    Int(i64),
    Text(Cow<'a, str>),
}

/// Builds a statement's parameters from anything [`Param`] converts from.
#[macro_export]
macro_rules! args {
    ($($value:expr),* $(,)?) => {
        &[$($crate::store::Param::from($value)),*] as &[$crate::store::Param<'_>]
    };
}

/// Builds named parameters (`:name` in the statement).
#[macro_export]
macro_rules! named_args {
    ($($name:literal => $value:expr),* $(,)?) => {
        &[$(($name, $crate::store::Param::from($value))),*] as &[(&str, $crate::store::Param<'_>)]
    };
}

impl From<i64> for Param<'_> {
    fn from(n: i64) -> Self {
        Param::Int(n)
    }
}

impl From<u8> for Param<'_> {
    fn from(n: u8) -> Self {
        Param::Int(n.into())
    }
}

impl From<u32> for Param<'_> {
    fn from(n: u32) -> Self {
        Param::Int(n.into())
    }
}

/// Change numbers, versions and counts never come near `i64::MAX`; one that
/// did would be stored as the largest there is rather than wrap.
impl From<u64> for Param<'_> {
    fn from(n: u64) -> Self {
        Param::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<usize> for Param<'_> {
    fn from(n: usize) -> Self {
        Param::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<bool> for Param<'_> {
    fn from(b: bool) -> Self {
        Param::Int(b.into())
    }
}

impl<'a> From<&'a str> for Param<'a> {
    fn from(text: &'a str) -> Self {
        Param::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Param<'a> {
    fn from(text: &'a String) -> Self {
        Param::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Param<'_> {
    fn from(text: String) -> Self {
        Param::Text(Cow::Owned(text))
    }
}

/// Ids are stored as their hyphenated text.
impl From<Uuid> for Param<'_> {
    fn from(id: Uuid) -> Self {
        Param::Text(Cow::Owned(id.to_string()))
    }
}

impl<'a, T> From<Option<T>> for Param<'a>
where
    T: Into<Param<'a>>,
{
    fn from(value: Option<T>) -> Self {
        value.map_or(Param::Null, Into::into)
    }
}

impl<'a, T> From<&Option<T>> for Param<'a>
where
    T: Clone + Into<Param<'a>>,
{
    fn from(value: &Option<T>) -> Self {
        value.clone().map_or(Param::Null, Into::into)
    }
}

/// A value read from a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

/// One row of a result.
#[derive(Debug, Clone, PartialEq)]
pub struct Row(Vec<Value>);

impl Row {
    /// Column `index` as `T`; a value that is not a `T` is an error naming
    /// the column, never a panic.
    pub fn get<T: FromValue>(&self, index: usize) -> Result<T, StoreError> {
        let value = self.0.get(index).unwrap_or(&Value::Null);
        T::from_value(value).map_err(|why| StoreError::Corrupt(format!("column {index}: {why}")))
    }

    /// Column `index` as text, parsed by `parse`.
    pub fn parse<T, E: std::fmt::Display>(
        &self,
        index: usize,
        parse: impl FnOnce(&str) -> Result<T, E>,
    ) -> Result<T, StoreError> {
        let text: String = self.get(index)?;
        parse(&text).map_err(|e| StoreError::Corrupt(format!("column {index}: {e}")))
    }
}

/// What a column's value can be read as.
pub trait FromValue: Sized {
    fn from_value(value: &Value) -> Result<Self, String>;
}

impl FromValue for i64 {
    fn from_value(value: &Value) -> Result<Self, String> {
        match value {
            Value::Int(n) => Ok(*n),
            // PostgreSQL's `json_extract` gives text, SQLite's a number.
            Value::Text(text) => text
                .parse()
                .map_err(|_| format!("{text:?} is not a number")),
            other => Err(format!("{other:?} is not a whole number")),
        }
    }
}

macro_rules! narrower_integer {
    ($($t:ty),*) => {$(
        impl FromValue for $t {
            fn from_value(value: &Value) -> Result<Self, String> {
                let n = i64::from_value(value)?;
                <$t>::try_from(n).map_err(|_| format!("{n} is out of range"))
            }
        }
    )*};
}
narrower_integer!(u8, u32, u64, usize);

impl FromValue for bool {
    fn from_value(value: &Value) -> Result<Self, String> {
        Ok(i64::from_value(value)? != 0)
    }
}

impl FromValue for String {
    fn from_value(value: &Value) -> Result<Self, String> {
        match value {
            Value::Text(text) => Ok(text.clone()),
            Value::Int(n) => Ok(n.to_string()),
            other => Err(format!("{other:?} is not text")),
        }
    }
}

impl FromValue for Uuid {
    fn from_value(value: &Value) -> Result<Self, String> {
        let text = String::from_value(value)?;
        Uuid::parse_str(&text).map_err(|e| format!("{text:?}: {e}"))
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(value: &Value) -> Result<Self, String> {
        match value {
            Value::Null => Ok(None),
            other => T::from_value(other).map(Some),
        }
    }
}

/// A connection to the database, for one piece of work.
#[derive(Clone, Copy)]
pub enum Conn<'a> {
    Sqlite(&'a rusqlite::Connection),
    Postgres(&'a Session),
}

impl<'a> From<&'a rusqlite::Connection> for Conn<'a> {
    fn from(conn: &'a rusqlite::Connection) -> Self {
        Conn::Sqlite(conn)
    }
}

impl<'a> From<&'a mut rusqlite::Connection> for Conn<'a> {
    fn from(conn: &'a mut rusqlite::Connection) -> Self {
        Conn::Sqlite(conn)
    }
}

impl<'a> From<&'a rusqlite::Transaction<'_>> for Conn<'a> {
    fn from(tx: &'a rusqlite::Transaction<'_>) -> Self {
        Conn::Sqlite(tx)
    }
}

impl<'a> From<&'a Tx<'a>> for Conn<'a> {
    fn from(tx: &'a Tx<'a>) -> Self {
        tx.conn
    }
}

impl<'a> From<&'a Session> for Conn<'a> {
    fn from(session: &'a Session) -> Self {
        Conn::Postgres(session)
    }
}

impl<'a> Conn<'a> {
    /// Runs a statement that returns no rows; how many rows it changed.
    pub fn execute(&self, sql: &str, params: &[Param<'_>]) -> Result<u64, StoreError> {
        match self {
            Conn::Sqlite(conn) => sqlite::execute(conn, sql, params),
            Conn::Postgres(session) => session.execute(sql, &[], params),
        }
    }

    /// Every row of a query.
    pub fn query(&self, sql: &str, params: &[Param<'_>]) -> Result<Vec<Row>, StoreError> {
        match self {
            Conn::Sqlite(conn) => sqlite::query(conn, sql, params),
            Conn::Postgres(session) => session.query(sql, &[], params),
        }
    }

    /// [`Conn::query`] with `:name` parameters.
    pub fn query_named(
        &self,
        sql: &str,
        params: &[(&str, Param<'_>)],
    ) -> Result<Vec<Row>, StoreError> {
        match self {
            Conn::Sqlite(conn) => sqlite::query_named(conn, sql, params),
            Conn::Postgres(session) => {
                let (names, values) = split(params);
                session.query(sql, &names, &values)
            }
        }
    }

    /// The first row of a query, if there is one.
    pub fn query_opt(&self, sql: &str, params: &[Param<'_>]) -> Result<Option<Row>, StoreError> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    /// The first row of a query that always has one (a count, a maximum).
    pub fn query_one(&self, sql: &str, params: &[Param<'_>]) -> Result<Row, StoreError> {
        self.query_opt(sql, params)?
            .ok_or_else(|| StoreError::Corrupt(format!("no row from {sql:.60}")))
    }

    /// Starts a transaction that will write: one writer at a time, as
    /// SQLite has always had it, so a change number or a sequence read and
    /// then written cannot be taken twice. Inside a transaction already,
    /// the work joins it, and the outer one commits.
    pub fn begin(&self) -> Result<Tx<'a>, StoreError> {
        let ours = !self.in_transaction();
        if ours {
            match self {
                Conn::Sqlite(conn) => conn.execute_batch("BEGIN IMMEDIATE")?,
                Conn::Postgres(session) => session.begin_writing()?,
            }
        }
        Ok(Tx {
            conn: *self,
            ours,
            finished: Cell::new(false),
        })
    }

    /// Starts a transaction that only reads, so that all it reads is of one
    /// moment, whatever is written meanwhile. Dropped, not committed.
    pub fn reading(&self) -> Result<Tx<'a>, StoreError> {
        let ours = !self.in_transaction();
        if ours {
            match self {
                Conn::Sqlite(conn) => conn.execute_batch("BEGIN")?,
                Conn::Postgres(session) => session.begin_reading()?,
            }
        }
        Ok(Tx {
            conn: *self,
            ours,
            finished: Cell::new(false),
        })
    }

    fn in_transaction(&self) -> bool {
        match self {
            Conn::Sqlite(conn) => !conn.is_autocommit(),
            Conn::Postgres(session) => session.in_transaction(),
        }
    }

    fn end(&self, commit: bool) -> Result<(), StoreError> {
        let sql = if commit { "COMMIT" } else { "ROLLBACK" };
        match self {
            Conn::Sqlite(conn) => Ok(conn.execute_batch(sql)?),
            Conn::Postgres(session) => session.end(commit),
        }
    }
}

fn split<'p>(params: &'p [(&str, Param<'p>)]) -> (Vec<&'p str>, Vec<Param<'p>>) {
    params
        .iter()
        .map(|(name, value)| (*name, value.clone()))
        .unzip()
}

/// A transaction: committed by [`Tx::commit`], rolled back if dropped
/// without it (by an error on the way, say).
pub struct Tx<'a> {
    conn: Conn<'a>,
    /// Whether this transaction began here, rather than joining one.
    ours: bool,
    finished: Cell<bool>,
}

impl<'a> std::ops::Deref for Tx<'a> {
    type Target = Conn<'a>;

    fn deref(&self) -> &Conn<'a> {
        &self.conn
    }
}

impl Tx<'_> {
    pub fn commit(self) -> Result<(), StoreError> {
        self.finished.set(true);
        if self.ours {
            self.conn.end(true)?;
        }
        Ok(())
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if self.ours && !self.finished.get() {
            if let Err(error) = self.conn.end(false) {
                tracing::error!(%error, "cannot roll back a transaction");
            }
        }
    }
}
