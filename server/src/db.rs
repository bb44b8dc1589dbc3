//! The database: the embedded SQLite (the default) or PostgreSQL, its
//! migrations, and running work on it away from the async runtime.
//!
//! With SQLite, one connection serves every request, one at a time: SQLite
//! allows one writer anyway, and at a team's scale this is far from the
//! bottleneck. With PostgreSQL, each piece of work has a connection of a
//! pool to itself. Either way the work is handed a [`Conn`].

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rusqlite::Connection;

use crate::store::{Conn, Pool};

/// The schema, one step per entry; a database records how many it has run
/// in `PRAGMA user_version`.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_foundation.sql"),
    include_str!("../migrations/0002_sync.sql"),
    include_str!("../migrations/0003_session_end.sql"),
    include_str!("../migrations/0004_audit_log.sql"),
    include_str!("../migrations/0005_empty_tombstones.sql"),
    include_str!("../migrations/0006_session_use.sql"),
    include_str!("../migrations/0007_account_lock.sql"),
    include_str!("../migrations/0008_daily_use.sql"),
    include_str!("../migrations/0009_audit_access.sql"),
    include_str!("../migrations/0010_notifications.sql"),
    include_str!("../migrations/0011_pronouns.sql"),
    include_str!("../migrations/0012_reports.sql"),
    include_str!("../migrations/0013_practice_audits.sql"),
    include_str!("../migrations/0014_language.sql"),
    include_str!("../migrations/0015_gender.sql"),
    include_str!("../migrations/0016_councils.sql"),
    include_str!("../migrations/0017_sign_in_failures.sql"),
    include_str!("../migrations/0018_gender_answered.sql"),
];

/// A failure in storage.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("PostgreSQL: {0}")]
    Postgres(String),
    #[error("stored value is not valid: {0}")]
    Corrupt(String),
    #[error("hashing a password: {0}")]
    Hashing(String),
    #[error("the database worker stopped: {0}")]
    Worker(String),
    #[error("cannot prepare the data directory {0}: {1}")]
    Folder(std::path::PathBuf, std::io::Error),
    #[error("a Pathway server is using {0}; stop it first")]
    InUse(std::path::PathBuf),
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        StoreError::Corrupt(e.to_string())
    }
}

/// A handle to the database, cheap to clone.
#[derive(Clone)]
pub struct Db {
    backend: Backend,
}

#[derive(Clone)]
enum Backend {
    Sqlite(Arc<Mutex<Connection>>),
    Postgres(Pool),
}

/// Connections to PostgreSQL kept open by one server.
const POSTGRES_POOL: usize = 16;

/// The database's file name inside the data directory.
pub const FILE_NAME: &str = "pathway.sqlite3";

/// The file a serving process holds locked inside the data directory.
const LOCK_NAME: &str = "pathway.lock";

/// Claims `data_dir` for this process until the returned file is dropped:
/// a server holds it while it serves, and a restore while it writes, so
/// neither happens under the other. The operating system lets go of it if
/// the process dies.
pub fn claim(data_dir: &Path) -> Result<std::fs::File, StoreError> {
    let folder = |e| StoreError::Folder(data_dir.to_path_buf(), e);
    std::fs::create_dir_all(data_dir).map_err(folder)?;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join(LOCK_NAME))
        .map_err(folder)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::InUse(data_dir.to_path_buf())),
        Err(std::fs::TryLockError::Error(e)) => Err(folder(e)),
    }
}

impl Db {
    /// Opens (creating if need be) the database in `data_dir`. The folder
    /// and the file are made readable by the server's own user only, and
    /// SQLite gives its journal files the file's permissions.
    pub fn open_in(data_dir: &Path) -> Result<Db, StoreError> {
        let path = data_dir.join(FILE_NAME);
        let folder = |e| StoreError::Folder(data_dir.to_path_buf(), e);
        std::fs::create_dir_all(data_dir).map_err(folder)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
            let private = |mode| std::fs::Permissions::from_mode(mode);
            std::fs::set_permissions(data_dir, private(0o700)).map_err(folder)?;
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .mode(0o600)
                .open(&path)
                .map_err(folder)?;
            std::fs::set_permissions(&path, private(0o600)).map_err(folder)?;
        }
        Db::open(&path)
    }

    /// Opens (creating if need be) the database at `path` and brings its
    /// schema up to date.
    pub fn open(path: &Path) -> Result<Db, StoreError> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Every statement the server runs stays prepared.
        conn.set_prepared_statement_cache_capacity(128);
        migrate(&mut conn)?;
        Ok(Db {
            backend: Backend::Sqlite(Arc::new(Mutex::new(conn))),
        })
    }

    /// Connects to the PostgreSQL database at `url` and brings its schema
    /// up to date. Call from within the runtime.
    pub async fn connect(url: &str) -> Result<Db, StoreError> {
        let pool = Pool::new(url, POSTGRES_POOL)?;
        pool.migrate().await?;
        Ok(Db {
            backend: Backend::Postgres(pool),
        })
    }

    /// The PostgreSQL pool, when the data is kept there.
    pub fn postgres(&self) -> Option<&Pool> {
        match &self.backend {
            Backend::Postgres(pool) => Some(pool),
            Backend::Sqlite(_) => None,
        }
    }

    /// Runs `work` on a blocking thread, so a slow query never stalls the
    /// async runtime.
    pub async fn call<R, F>(&self, work: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(Conn<'_>) -> Result<R, StoreError> + Send + 'static,
    {
        let joined = match &self.backend {
            Backend::Sqlite(conn) => {
                let conn = Arc::clone(conn);
                tokio::task::spawn_blocking(move || work(Conn::from(&*locked(&conn)))).await
            }
            Backend::Postgres(pool) => {
                let session = pool.session().await?;
                tokio::task::spawn_blocking(move || work(Conn::from(&session))).await
            }
        };
        joined.map_err(|e| StoreError::Worker(e.to_string()))?
    }

    /// Runs `work` here and now, for start-up and commands: never on the
    /// async runtime's own threads.
    pub fn blocking<R, E: From<StoreError>>(
        &self,
        work: impl FnOnce(Conn<'_>) -> Result<R, E>,
    ) -> Result<R, E> {
        match &self.backend {
            Backend::Sqlite(conn) => work(Conn::from(&*locked(conn))),
            Backend::Postgres(pool) => work(Conn::from(&pool.session_here()?)),
        }
    }

    /// Runs `work` on the SQLite connection itself, for what only SQLite
    /// has (its online backup, its pragmas) and for tests.
    pub fn with_connection<R>(
        &self,
        work: impl FnOnce(&mut Connection) -> R,
    ) -> Result<R, StoreError> {
        match &self.backend {
            Backend::Sqlite(conn) => Ok(work(&mut locked(conn))),
            Backend::Postgres(_) => Err(StoreError::Postgres(
                "this is for the embedded SQLite only".into(),
            )),
        }
    }
}

/// A panic while holding the lock leaves SQLite itself consistent (the
/// transaction rolls back), so the connection is still usable.
fn locked(conn: &Mutex<Connection>) -> std::sync::MutexGuard<'_, Connection> {
    conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Runs the migrations not yet run. Foreign keys are off meanwhile, so a
/// step may rebuild a table others refer to; each step's references are
/// checked before it commits, and foreign keys are on again after.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let done: usize = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if done >= MIGRATIONS.len() {
        return Ok(());
    }
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let migrated = run_migrations(conn, done);
    conn.pragma_update(None, "foreign_keys", "ON")?;
    migrated
}

fn run_migrations(conn: &mut Connection, done: usize) -> Result<(), StoreError> {
    for (step, sql) in MIGRATIONS.iter().enumerate().skip(done) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch(sql)?;
        let broken: i64 =
            tx.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |row| {
                row.get(0)
            })?;
        if broken > 0 {
            return Err(StoreError::Corrupt(format!(
                "migration {} would leave {broken} rows pointing at nothing",
                step + 1
            )));
        }
        tx.pragma_update(None, "user_version", step + 1)?;
        tx.commit()?;
        tracing::info!(step = step + 1, "database migrated");
    }
    Ok(())
}

/// Now, as Unix seconds.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// Today's date (UTC).
pub fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_run_once_and_survive_reopening() -> Result<(), StoreError> {
        let dir = tempfile::tempdir().map_err(|e| StoreError::Worker(e.to_string()))?;
        let path = dir.path().join("pathway.sqlite3");
        drop(Db::open(&path)?);
        let conn = Connection::open(&path)?;
        let version: usize = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        assert_eq!(version, MIGRATIONS.len());
        let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        assert_eq!(mode, "wal");
        drop(conn);
        drop(Db::open(&path)?);
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn only_the_servers_user_can_read_the_data_directory_and_database() -> Result<(), StoreError> {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().map_err(|e| StoreError::Worker(e.to_string()))?;
        let data = dir.path().join("data");
        let mode = |path: &Path| {
            std::fs::metadata(path)
                .map(|m| m.permissions().mode() & 0o777)
                .map_err(|e| StoreError::Worker(e.to_string()))
        };
        let db = Db::open_in(&data)?;
        db.blocking(|conn| conn.execute("CREATE TABLE t (x)", &[]))?;
        assert_eq!(mode(&data)?, 0o700);
        for file in [FILE_NAME, "pathway.sqlite3-wal", "pathway.sqlite3-shm"] {
            assert_eq!(mode(&data.join(file))?, 0o600, "{file}");
        }
        // An existing folder and file, opened too widely, are closed up.
        drop(db);
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| StoreError::Worker(e.to_string()))?;
        std::fs::set_permissions(data.join(FILE_NAME), std::fs::Permissions::from_mode(0o644))
            .map_err(|e| StoreError::Worker(e.to_string()))?;
        drop(Db::open_in(&data)?);
        assert_eq!(mode(&data)?, 0o700);
        assert_eq!(mode(&data.join(FILE_NAME))?, 0o600);
        Ok(())
    }
}
