//! The storage interface against both databases: each test runs the same
//! work over the embedded SQLite and over PostgreSQL (a fresh database in
//! the throwaway cluster `tests/with-postgres.sh` starts for `make test`,
//! named by PATHWAY_TEST_DATABASE_URL), and both must answer alike.

use std::collections::BTreeMap;
use std::error::Error;

use pathway_app::ids;
use pathway_app::sync::{Record, RecordKind};
use pathway_server::args;
use pathway_server::db::{Db, StoreError};
use pathway_server::records::{self, FieldVersion};
use pathway_server::store::Conn;
use serde_json::json;
use uuid::Uuid;

mod common;

use common::TestResult;

/// Runs `work` against SQLite, and against PostgreSQL when there is one;
/// both answers, SQLite's first.
async fn on_both<T, F>(work: F) -> Result<Vec<T>, Box<dyn Error>>
where
    T: Send + 'static,
    F: Fn(Conn<'_>) -> Result<T, StoreError> + Send + Sync + Clone + 'static,
{
    let dir = tempfile::tempdir()?;
    let sqlite = Db::open(&dir.path().join("pathway.sqlite3"))?;
    let mut answers = vec![sqlite.call(work.clone()).await?];
    if let Some(postgres) = common::postgres().await? {
        answers.push(postgres.call(work).await?);
    }
    Ok(answers)
}

/// A council's young person, made with the statements both databases take.
fn young_person(conn: Conn<'_>, username: &str) -> Result<Uuid, StoreError> {
    let id = ids::new();
    let council: String = conn.query_one("SELECT id FROM councils", &[])?.get(0)?;
    conn.execute(
        "INSERT INTO users (id, username, display_name, role, created_at, council_id)
         VALUES (?1, ?2, ?3, 'young_person', ?4, ?5)",
        args![id, username, "Ella Morris", 1_767_225_600_i64, council],
    )?;
    conn.execute(
        "INSERT INTO young_people (user_id, date_of_birth) VALUES (?1, '2007-03-14')",
        args![id],
    )?;
    Ok(id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_has_the_tables_columns_and_indexes_sqlite_has() -> TestResult {
    let dir = tempfile::tempdir()?;
    let db = Db::open(&dir.path().join("pathway.sqlite3"))?;
    let sqlite = db
        .call(|conn| {
            let mut shape: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for table in conn.query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                &[],
            )? {
                let table: String = table.get(0)?;
                let columns = conn.query(
                    "SELECT name FROM pragma_table_info(?1) ORDER BY name",
                    args![&table],
                )?;
                shape.insert(
                    table,
                    columns.iter().map(|c| c.get(0)).collect::<Result<_, _>>()?,
                );
            }
            let indexes = conn.query(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
            &[],
        )?;
            shape.insert(
                "indexes".into(),
                indexes.iter().map(|i| i.get(0)).collect::<Result<_, _>>()?,
            );
            Ok(shape)
        })
        .await?;
    let Some(postgres) = common::postgres().await? else {
        return Ok(());
    };
    let postgres = postgres
        .call(|conn| {
            let mut shape: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for column in conn.query(
                "SELECT table_name::text, column_name::text FROM information_schema.columns
              WHERE table_schema = current_schema() AND table_name != 'pathway_schema'
              ORDER BY 1, 2",
                &[],
            )? {
                shape
                    .entry(column.get(0)?)
                    .or_default()
                    .push(column.get(1)?);
            }
            // Named indexes only: those behind a primary key or a UNIQUE column
            // are made by the table, as SQLite's own are.
            let indexes = conn.query(
                "SELECT indexname::text FROM pg_indexes
              WHERE schemaname = current_schema()
                AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key'
              ORDER BY 1",
                &[],
            )?;
            shape.insert(
                "indexes".into(),
                indexes.iter().map(|i| i.get(0)).collect::<Result<_, _>>()?,
            );
            Ok(shape)
        })
        .await?;
    assert_eq!(postgres, sqlite);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_are_kept_numbered_and_read_alike_in_both() -> TestResult {
    let answers = on_both(|conn| {
        let ella = young_person(conn, "ella")?;
        let nobody_else = young_person(conn, "kyle")?;
        let plan = ids::new();
        records::insert(
            conn,
            RecordKind::PlanPart,
            plan,
            ella,
            ella,
            None,
            &json!({ "part": "money", "what_i_think": "Saving for a deposit — £20 a week" }),
        )?;
        let other = ids::new();
        records::insert(
            conn,
            RecordKind::Message,
            other,
            nobody_else,
            nobody_else,
            None,
            &json!({ "text": "Hi" }),
        )?;
        let mut stored = records::get(conn, plan)?.ok_or(StoreError::Corrupt("not kept".into()))?;
        assert_eq!(stored.record.version, 1);
        assert_eq!(
            stored.field_versions.get("what_i_think"),
            Some(&FieldVersion {
                version: 1,
                client: None
            })
        );
        stored.record.version = 2;
        stored
            .record
            .data
            .insert("what_i_think".into(), json!("A deposit by summer"));
        records::update(conn, &stored)?;
        assert!(records::get(conn, ids::new())?.is_none());

        let hers = records::of_young_person(conn, ella)?;
        let visible = pathway_server::access::visible(pathway_app::auth::Role::YoungPerson);
        let since_start = records::changed_since(conn, 0, visible, ella, 10)?;
        let since_first = records::changed_since(conn, 1, visible, ella, 10)?;
        let changes = (
            records::earliest_change(conn)?,
            records::latest_change(conn)?,
        );
        let simplify = |records: Vec<(Record, u64)>| -> Vec<(String, u64, u64, String)> {
            records
                .into_iter()
                .map(|(r, change)| {
                    (
                        r.kind.as_str().to_owned(),
                        r.version,
                        change,
                        serde_json::to_string(&r.data).unwrap_or_default(),
                    )
                })
                .collect()
        };
        Ok((
            hers.len(),
            hers.first().map(|r| r.data.clone()),
            simplify(since_start),
            simplify(since_first),
            changes,
        ))
    })
    .await?;
    let sqlite = &answers[0];
    assert_eq!(sqlite.0, 1, "only her own record");
    assert_eq!(
        sqlite.1.as_ref().and_then(|d| d.get("what_i_think")),
        Some(&json!("A deposit by summer"))
    );
    // Her plan part, changed after Kyle's message, is change 3; the cursor
    // past change 1 still finds it, and nothing of Kyle's shows.
    assert_eq!(sqlite.2.len(), 1);
    assert_eq!((sqlite.2[0].1, sqlite.2[0].2), (2, 3));
    assert_eq!(sqlite.3, sqlite.2);
    assert_eq!(sqlite.4, (2, 3));
    for other in &answers[1..] {
        assert_eq!(other, sqlite, "PostgreSQL answers as SQLite does");
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transaction_keeps_all_of_its_work_or_none() -> TestResult {
    let answers = on_both(|conn| {
        let count = |conn: Conn<'_>| -> Result<i64, StoreError> {
            conn.query_one("SELECT COUNT(*) FROM teams", &[])?.get(0)
        };
        let council: String = conn.query_one("SELECT id FROM councils", &[])?.get(0)?;
        let add = |conn: Conn<'_>, name: &str| {
            conn.execute(
                "INSERT INTO teams (id, council_id, name) VALUES (?1, ?2, ?3)",
                args![ids::new(), &council, name],
            )
        };
        {
            let tx = conn.begin()?;
            add(*tx, "North")?;
            // Dropped without committing: rolled back.
        }
        let after_drop = count(conn)?;
        let tx = conn.begin()?;
        add(*tx, "South")?;
        {
            // Work that begins inside a transaction joins it.
            let inner = tx.begin()?;
            add(*inner, "East")?;
            inner.commit()?;
        }
        tx.commit()?;
        let duplicate = add(conn, "South");
        Ok((after_drop, duplicate.is_err(), count(conn)?))
    })
    .await?;
    for answer in &answers {
        assert_eq!(*answer, (0, true, 2));
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn councils_are_added_changed_and_found_alike_in_both() -> TestResult {
    use pathway_server::councils::{self, Changes, CouncilError};
    let answers = on_both(|conn| {
        let added = councils::add(
            conn,
            &Changes {
                name: Some("Northvale".into()),
                out_of_hours_phone: Some("0300 555 0300".into()),
                escalate_after_minutes: Some(30),
                ..Changes::default()
            },
        )
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let taken = councils::add(
            conn,
            &Changes {
                name: Some("NORTHVALE".into()),
                out_of_hours_phone: Some("0300 555 0300".into()),
                ..Changes::default()
            },
        );
        let which = councils::for_new_account(conn, None);
        let changed = councils::change(
            conn,
            "northvale",
            &Changes {
                name: Some("Northvale Council".into()),
                email_template: Some(Some("nv-email".into())),
                ..Changes::default()
            },
        )
        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let listed: Vec<(String, u64)> = councils::list(conn)?
            .into_iter()
            .map(|l| (l.council.name, l.young_people))
            .collect();
        Ok((
            matches!(taken, Err(CouncilError::NameTaken(_))),
            matches!(which, Err(CouncilError::WhichOne(2))),
            changed.id == added.id,
            changed.settings.escalate_after_minutes,
            changed.alerts.email_template,
            listed,
        ))
    })
    .await?;
    for answer in &answers {
        assert_eq!(
            *answer,
            (
                true,
                true,
                true,
                30,
                Some("nv-email".to_owned()),
                vec![
                    ("Northvale Council".to_owned(), 0),
                    ("Our council".to_owned(), 0)
                ]
            )
        );
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_database_is_put_back_every_phone_starts_again() -> TestResult {
    use pathway_app::auth::{Role, User};
    use pathway_server::sync::{pull_page, PullQuery};
    let answers = on_both(|conn| {
        let ella = young_person(conn, "ella")?;
        for words in ["Before", "Also before"] {
            records::insert(
                conn,
                RecordKind::Message,
                ids::new(),
                ella,
                ella,
                None,
                &json!({ "text": words }),
            )?;
        }
        pathway_server::sessions::create(conn, ella, "hash", "phone", &Default::default())?;
        let user = User {
            id: ella,
            username: "ella".into(),
            display_name: "Ella Morris".into(),
            role: Role::YoungPerson,
            language: None,
            gender: Default::default(),
            gender_answered: false,
        };
        // Her phone has everything the database put back has; changes made
        // after it is put back must not hide behind her cursor.
        let query = PullQuery {
            cursor: records::latest_change(conn)?,
            client_id: None,
            scope: None,
        };
        let ended = pathway_server::backup::restored(conn, "test")?;
        let page =
            pull_page(conn, &user, &query)?.map_err(|_| StoreError::Corrupt("foreign".into()))?;
        let logged = pathway_server::audit::recent(conn, 1)?;
        Ok((
            ended,
            page.reset,
            page.records.len(),
            logged[0].event.clone(),
        ))
    })
    .await?;
    for answer in &answers {
        assert_eq!(*answer, (1, true, 2, "database_restored".to_owned()));
    }
    Ok(())
}
