//! The storage interface over PostgreSQL: a pool of connections, each
//! driven by tokio-postgres, used from the blocking thread the work runs
//! on. Statements are translated ([`super::dialect`]) and stay prepared on
//! each connection.

use std::cell::Cell;
use std::error::Error;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use bytes::{BufMut, BytesMut};
use deadpool_postgres::{Manager, ManagerConfig, Object, RecyclingMethod};
use futures_util::StreamExt;
use tokio::runtime::Handle;
use tokio::sync::mpsc;
use tokio_postgres::types::{to_sql_checked, IsNull, ToSql, Type};
use tokio_postgres::{AsyncMessage, NoTls};

use super::{dialect, Param, Row, Value};
use crate::db::StoreError;

/// The key of the advisory lock a writing transaction holds: one writer at
/// a time across every server, as with SQLite.
const WRITER_LOCK: i64 = 0x7061_7468;

/// The schema, as the SQLite migrations have it after `BASELINE_STEP`
/// steps; later steps are the same files for both databases.
const BASELINE: &str = include_str!("../../migrations/postgres/baseline.sql");
/// How many of SQLite's steps the baseline stands for.
pub const BASELINE_STEP: usize = 16;

/// Connections to one PostgreSQL database, cheap to clone.
#[derive(Clone)]
pub struct Pool {
    pool: deadpool_postgres::Pool,
    runtime: Handle,
    /// For connections of their own, outside the pool (listening).
    config: Arc<tokio_postgres::Config>,
}

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pool")
            .field("status", &self.pool.status())
            .finish()
    }
}

impl Pool {
    /// A pool of at most `size` connections to the database at `url`
    /// (`postgres://user:password@host:port/database`). Call from within
    /// the server's runtime; nothing connects until a session is asked for.
    pub fn new(url: &str, size: usize) -> Result<Pool, StoreError> {
        let config: tokio_postgres::Config = url
            .parse()
            .map_err(|e| StoreError::Postgres(format!("the database URL is not valid: {e}")))?;
        let manager = Manager::from_config(
            config.clone(),
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = deadpool_postgres::Pool::builder(manager)
            .max_size(size)
            .build()
            .map_err(|e| StoreError::Postgres(e.to_string()))?;
        let runtime =
            Handle::try_current().map_err(|e| StoreError::Postgres(format!("no runtime: {e}")))?;
        Ok(Pool {
            pool,
            runtime,
            config: Arc::new(config),
        })
    }

    /// A connection for one piece of work.
    pub async fn session(&self) -> Result<Session, StoreError> {
        let client = self
            .pool
            .get()
            .await
            .map_err(|e| StoreError::Postgres(format!("cannot connect: {e}")))?;
        Ok(Session {
            client,
            runtime: self.runtime.clone(),
            in_transaction: Cell::new(false),
            failed: Cell::new(false),
        })
    }

    /// A connection for work on this thread, which is not one of the
    /// runtime's own (start-up, commands).
    pub fn session_here(&self) -> Result<Session, StoreError> {
        self.runtime.block_on(self.session())
    }

    /// Tells every connection listening on `channel`, on any server.
    pub async fn notify(&self, channel: &str, payload: &str) -> Result<(), StoreError> {
        let session = self.session().await?;
        session
            .client
            .execute("SELECT pg_notify($1, $2)", &[&channel, &payload])
            .await
            .map_err(pg)?;
        Ok(())
    }

    /// Every notification on `channel`, heard on a connection of its own,
    /// which connects again after a failure. Ends when the receiver is
    /// dropped.
    pub fn listen(&self, channel: &'static str) -> mpsc::UnboundedReceiver<String> {
        let (heard, receiver) = mpsc::unbounded_channel();
        let config = Arc::clone(&self.config);
        tokio::spawn(async move {
            while !heard.is_closed() {
                if let Err(error) = listen_once(&config, channel, &heard).await {
                    tracing::warn!(%error, channel, "not listening to PostgreSQL; trying again");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            }
        });
        receiver
    }

    /// Brings the schema up to date, one server at a time.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        let session = self.session().await?;
        let client = &session.client;
        let run = async {
            client
                .batch_execute(&format!(
                    "SELECT pg_advisory_lock({WRITER_LOCK});
                     SET client_min_messages = warning;
                     CREATE TABLE IF NOT EXISTS pathway_schema (version BIGINT NOT NULL);
                     RESET client_min_messages;"
                ))
                .await?;
            let done: Option<i64> = client
                .query_opt("SELECT version FROM pathway_schema", &[])
                .await?
                .map(|row| row.get(0));
            let mut done = usize::try_from(done.unwrap_or(0)).unwrap_or(0);
            if done < BASELINE_STEP {
                client
                    .batch_execute(&format!(
                        "BEGIN; {BASELINE}; DELETE FROM pathway_schema;
                         INSERT INTO pathway_schema VALUES ({BASELINE_STEP}); COMMIT;"
                    ))
                    .await?;
                done = BASELINE_STEP;
            }
            for (step, sql) in crate::db::MIGRATIONS.iter().enumerate().skip(done) {
                client
                    .batch_execute(&format!(
                        "BEGIN; {sql}; UPDATE pathway_schema SET version = {}; COMMIT;",
                        step + 1
                    ))
                    .await?;
                tracing::info!(step = step + 1, "database migrated");
            }
            Ok::<_, tokio_postgres::Error>(())
        };
        let outcome = run.await;
        let unlocked = client
            .batch_execute(&format!("SELECT pg_advisory_unlock({WRITER_LOCK})"))
            .await;
        outcome.map_err(pg)?;
        unlocked.map_err(pg)
    }
}

/// Listens on `channel` until the connection fails (an error) or no one
/// wants what is heard (done).
async fn listen_once(
    config: &tokio_postgres::Config,
    channel: &str,
    heard: &mpsc::UnboundedSender<String>,
) -> Result<(), StoreError> {
    let (client, mut connection) = config.connect(NoTls).await.map_err(pg)?;
    let (notes, mut noted) = mpsc::unbounded_channel();
    let driver = tokio::spawn(async move {
        let mut messages = futures_util::stream::poll_fn(move |cx| connection.poll_message(cx));
        while let Some(message) = messages.next().await {
            match message {
                Ok(AsyncMessage::Notification(note)) => {
                    if notes.send(note.payload().to_owned()).is_err() {
                        break;
                    }
                }
                Ok(_) => {}
                Err(error) => return Err(pg(error)),
            }
        }
        Ok(())
    });
    client
        .batch_execute(&format!("LISTEN {channel}"))
        .await
        .map_err(pg)?;
    while let Some(payload) = noted.recv().await {
        if heard.send(payload).is_err() {
            return Ok(());
        }
    }
    driver
        .await
        .map_err(|e| StoreError::Worker(e.to_string()))??;
    Err(StoreError::Postgres(
        "the listening connection closed".into(),
    ))
}

/// One connection from the pool, for one piece of work on a blocking thread.
pub struct Session {
    client: Object,
    runtime: Handle,
    in_transaction: Cell<bool>,
    /// A statement failed in the open transaction, which PostgreSQL then
    /// abandons: committing it is an error, never a quiet rollback.
    failed: Cell<bool>,
}

/// PostgreSQL's own words for what went wrong, where it gave them.
fn pg(e: tokio_postgres::Error) -> StoreError {
    StoreError::Postgres(match e.as_db_error() {
        Some(said) => format!("{} ({})", said.message(), said.code().code()),
        None => e.to_string(),
    })
}

impl Session {
    fn block<T>(&self, work: impl Future<Output = T>) -> T {
        self.runtime.block_on(work)
    }

    fn noted<T>(&self, outcome: Result<T, StoreError>) -> Result<T, StoreError> {
        if outcome.is_err() && self.in_transaction.get() {
            self.failed.set(true);
        }
        outcome
    }

    pub(super) fn execute(
        &self,
        sql: &str,
        names: &[&str],
        params: &[Param<'_>],
    ) -> Result<u64, StoreError> {
        let sql = dialect::postgres(sql, names)?;
        self.noted(self.block(async {
            let statement = self.client.prepare_cached(&sql).await.map_err(pg)?;
            self.client
                .execute(&statement, &refs(params))
                .await
                .map_err(pg)
        }))
    }

    pub(super) fn query(
        &self,
        sql: &str,
        names: &[&str],
        params: &[Param<'_>],
    ) -> Result<Vec<Row>, StoreError> {
        let sql = dialect::postgres(sql, names)?;
        let rows = self.noted(self.block(async {
            let statement = self.client.prepare_cached(&sql).await.map_err(pg)?;
            self.client
                .query(&statement, &refs(params))
                .await
                .map_err(pg)
        }))?;
        rows.iter().map(read).collect()
    }

    pub(super) fn begin_writing(&self) -> Result<(), StoreError> {
        self.block(self.client.batch_execute(&format!(
            "BEGIN; SELECT pg_advisory_xact_lock({WRITER_LOCK})"
        )))
        .map_err(pg)?;
        self.in_transaction.set(true);
        self.failed.set(false);
        Ok(())
    }

    pub(super) fn begin_reading(&self) -> Result<(), StoreError> {
        self.block(
            self.client
                .batch_execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
        )
        .map_err(pg)?;
        self.in_transaction.set(true);
        self.failed.set(false);
        Ok(())
    }

    pub(super) fn end(&self, commit: bool) -> Result<(), StoreError> {
        self.in_transaction.set(false);
        let failed = self.failed.replace(false);
        let sql = if commit && !failed {
            "COMMIT"
        } else {
            "ROLLBACK"
        };
        self.block(self.client.batch_execute(sql)).map_err(pg)?;
        if commit && failed {
            return Err(StoreError::Postgres(
                "a statement failed, so the transaction kept nothing".into(),
            ));
        }
        Ok(())
    }

    pub(super) fn in_transaction(&self) -> bool {
        self.in_transaction.get()
    }
}

impl Drop for Session {
    /// A connection goes back to the pool with no transaction open.
    fn drop(&mut self) {
        if self.in_transaction.get() {
            let _ = self.block(self.client.batch_execute("ROLLBACK"));
        }
    }
}

fn refs<'p>(params: &'p [Param<'_>]) -> Vec<&'p (dyn ToSql + Sync)> {
    params.iter().map(|p| p as &(dyn ToSql + Sync)).collect()
}

fn read(row: &tokio_postgres::Row) -> Result<Row, StoreError> {
    let values = row
        .columns()
        .iter()
        .enumerate()
        .map(|(i, column)| {
            let ty = column.type_();
            let value = match *ty {
                Type::INT8 => row.try_get::<_, Option<i64>>(i).map(|v| v.map(Value::Int)),
                Type::INT4 => row
                    .try_get::<_, Option<i32>>(i)
                    .map(|v| v.map(|n| Value::Int(n.into()))),
                Type::INT2 => row
                    .try_get::<_, Option<i16>>(i)
                    .map(|v| v.map(|n| Value::Int(n.into()))),
                Type::BOOL => row
                    .try_get::<_, Option<bool>>(i)
                    .map(|v| v.map(|b| Value::Int(b.into()))),
                Type::FLOAT8 => row.try_get::<_, Option<f64>>(i).map(|v| v.map(Value::Real)),
                Type::FLOAT4 => row
                    .try_get::<_, Option<f32>>(i)
                    .map(|v| v.map(|x| Value::Real(x.into()))),
                _ => row
                    .try_get::<_, Option<String>>(i)
                    .map(|v| v.map(Value::Text)),
            };
            value
                .map(|v| v.unwrap_or(Value::Null))
                .map_err(|e| StoreError::Postgres(format!("column {i} ({ty}): {e}")))
        })
        .collect::<Result<_, _>>()?;
    Ok(Row(values))
}

impl ToSql for Param<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut BytesMut,
    ) -> Result<IsNull, Box<dyn Error + Sync + Send>> {
        match self {
            Param::Null => Ok(IsNull::Yes),
            Param::Int(n) => match *ty {
                Type::INT8 => n.to_sql(ty, out),
                Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*n)?.to_sql(ty, out),
                Type::BOOL => (*n != 0).to_sql(ty, out),
                #[allow(clippy::cast_precision_loss)]
                Type::FLOAT8 => (*n as f64).to_sql(ty, out),
                _ => n.to_string().as_str().to_sql(ty, out),
            },
            Param::Text(text) => match *ty {
                Type::INT8 => text.parse::<i64>()?.to_sql(ty, out),
                Type::INT4 => text.parse::<i32>()?.to_sql(ty, out),
                Type::JSONB => {
                    // JSONB's binary form: a version byte, then the text.
                    out.put_u8(1);
                    out.put_slice(text.as_bytes());
                    Ok(IsNull::No)
                }
                Type::JSON => {
                    out.put_slice(text.as_bytes());
                    Ok(IsNull::No)
                }
                _ => text.as_ref().to_sql(ty, out),
            },
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}
