//! Property test of putting a backup back while phones work offline and
//! sync, in process against a real SQLite file: Ella writes in her plan,
//! her adviser adds and rewords actions, each phone sends and fetches at
//! any moment and some answers to what it sends are lost, and at random
//! moments a backup is taken and later restored. Once both phones
//! have synced, each equals the server, and the server holds exactly what
//! the backup held with every change either phone still had laid over it,
//! in the order made: nothing a phone held is lost, and nothing else
//! written after the backup comes back.

use std::collections::BTreeMap;
use std::path::PathBuf;

use pathway_app::auth::User;
use pathway_app::ids;
use pathway_app::plan::PlanPart;
use pathway_app::sync::stored;
use pathway_app::sync::{Fields, Mutation, PullResponse, RecordKind, Replica};
use pathway_server::backup;
use pathway_server::db::{Db, FILE_NAME};
use pathway_server::demo;
use pathway_server::sync::{apply_push, PullQuery};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Value};
use uuid::Uuid;

mod common;

type Fallible<T> = Result<T, Box<dyn std::error::Error>>;

#[derive(Debug, Clone)]
enum Step {
    /// Phone 0 (Ella's) rewrites "What I think" in one part of her plan;
    /// phone 1 (her adviser's) adds an action or rewords one he added.
    Edit { phone: usize, pick: usize },
    /// A phone sends what waits; the answer may be lost.
    Push { phone: usize, lose_answer: bool },
    /// A phone fetches what changed.
    Pull { phone: usize },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0usize..2, any::<usize>()).prop_map(|(phone, pick)| Step::Edit { phone, pick }),
        2 => (0usize..2, prop::bool::weighted(0.2))
            .prop_map(|(phone, lose_answer)| Step::Push { phone, lose_answer }),
        2 => (0usize..2).prop_map(|phone| Step::Pull { phone }),
    ]
}

/// A change as made: which phone, the record, and the fields it set.
type Change = (usize, Uuid, Fields);

struct World {
    dir: tempfile::TempDir,
    db: Db,
    people: [User; 2],
    ella: Uuid,
    phones: [Replica; 2],
    /// Every change made, in order.
    made: Vec<Change>,
    /// Each phone's outbox (by mutation, as made) at the moment of the
    /// restore: what it still holds.
    held: Vec<Change>,
    /// Ella's records as the backup holds them: id to fields.
    at_backup: BTreeMap<Uuid, Fields>,
    counter: u64,
}

impl World {
    fn new() -> Fallible<World> {
        let dir = tempfile::tempdir()?;
        let db = Db::open(&dir.path().join(FILE_NAME))?;
        db.blocking(|conn| demo::seed_if_empty(conn))?;
        let user = |username: &str| common::user_named(&db, username);
        let ella = user("ella")?;
        let sam = user("sam")?;
        let mut world = World {
            dir,
            db,
            ella: ella.id,
            people: [ella, sam],
            phones: [Replica::new(ids::new()), Replica::new(ids::new())],
            made: Vec::new(),
            held: Vec::new(),
            at_backup: BTreeMap::new(),
            counter: 0,
        };
        for phone in 0..2 {
            world.pull(phone)?;
        }
        Ok(world)
    }

    fn edit(&mut self, phone: usize, pick: usize) {
        self.counter += 1;
        let text = format!("phone {phone} change {}", self.counter);
        let view = self.phones[phone].view();
        let of_kind = |kind: RecordKind| -> Vec<Uuid> {
            view.values()
                .filter(|r| r.kind == kind && r.young_person_id == self.ella)
                .map(|r| r.id)
                .collect()
        };
        let fields = |value: Value| -> Fields { value.as_object().cloned().unwrap_or_default() };
        let (record, data, kind) = if phone == 0 {
            let parts = of_kind(RecordKind::PlanPart);
            let Some(&part) = parts.get(pick % parts.len().max(1)) else {
                return;
            };
            (
                part,
                fields(json!({ "what_i_think": text })),
                RecordKind::PlanPart,
            )
        } else {
            // His own actions only, so each field has one writer.
            let his: Vec<Uuid> = self
                .made
                .iter()
                .filter(|(p, _, _)| *p == 1)
                .map(|(_, id, _)| *id)
                .filter(|id| view.contains_key(id))
                .collect();
            match his.get(pick % 3) {
                Some(&action) if pick.is_multiple_of(2) => (
                    action,
                    fields(json!({ "what": text })),
                    RecordKind::PlanAction,
                ),
                _ => {
                    let part = PlanPart::ALL[pick % PlanPart::ALL.len()];
                    let data = json!({ "part": part, "what": text, "who": "Sam", "by_when": null, "done": false });
                    (ids::new(), fields(data), RecordKind::PlanAction)
                }
            }
        };
        self.phones[phone].change(kind, record, self.ella, data.clone());
        self.made.push((phone, record, data));
    }

    fn push(&mut self, phone: usize, lose_answer: bool) -> Fallible<()> {
        if let Some(request) = self.phones[phone].push_request() {
            let user = self.people[phone].clone();
            let answer = self
                .db
                .blocking(|conn| apply_push(conn, &user, &request, &Default::default(), "test"))?
                .map_err(|_| "refused")?
                .answer;
            if !lose_answer {
                self.phones[phone].apply_push(&answer);
            }
        }
        Ok(())
    }

    fn pull(&mut self, phone: usize) -> Fallible<()> {
        loop {
            let page = self.pull_as(phone, &common::next_pull(&self.phones[phone]))?;
            let more = page.more;
            self.phones[phone].apply_pull(page);
            if !more {
                self.phones[phone].forget_stored();
                return Ok(());
            }
        }
    }

    fn pull_as(&self, phone: usize, query: &PullQuery) -> Fallible<PullResponse> {
        common::pull_as(&self.db, &self.people[phone], query)
    }

    /// Ella's records on the server, as her adviser sees them.
    fn on_server(&self) -> Fallible<BTreeMap<Uuid, Fields>> {
        let page = self.pull_as(1, &PullQuery::default())?;
        assert!(!page.more, "the test world fits in one page");
        Ok(page
            .records
            .into_iter()
            .filter(|r| r.young_person_id == self.ella && !r.deleted)
            .map(|r| (r.id, r.data))
            .collect())
    }

    fn copy(&self) -> PathBuf {
        self.dir.path().join("backup.sqlite3")
    }

    fn take_backup(&mut self) -> Fallible<()> {
        backup::backup(self.dir.path(), &self.copy())?;
        self.at_backup = self.on_server()?;
        Ok(())
    }

    fn restore(&mut self) -> Fallible<()> {
        for (phone, replica) in self.phones.iter().enumerate() {
            // Its outbox as the phone keeps it, stored changes and unsent.
            let kept: Value = serde_json::from_str(&stored::outbox_text(replica))?;
            for entry in kept["entries"].as_array().into_iter().flatten() {
                let mutation: Mutation = serde_json::from_value(entry["mutation"].clone())?;
                self.held.push((phone, mutation.record_id, mutation.data));
            }
        }
        backup::restore(self.dir.path(), &self.copy())?;
        self.db = Db::open(&self.dir.path().join(FILE_NAME))?;
        Ok(())
    }

    /// What the server must hold: the backup, with every change a phone
    /// still held at the restore, or made after it, laid over in order;
    /// and the changes that must have been refused, because the record they
    /// change was made after the backup and is on no phone.
    fn expected(&self, restored_at: usize) -> (BTreeMap<Uuid, Fields>, Vec<&Change>) {
        let mut expected = self.at_backup.clone();
        let mut refused = Vec::new();
        let later = self.made[restored_at..].iter();
        for change in self.held.iter().chain(later) {
            let (_, record, data) = change;
            let creates = data.contains_key("part");
            let Some(fields) = (match expected.get_mut(record) {
                None if creates => Some(expected.entry(*record).or_default()),
                found => found,
            }) else {
                refused.push(change);
                continue;
            };
            for (field, value) in data {
                fields.insert(field.clone(), value.clone());
            }
        }
        (expected, refused)
    }
}

fn check(steps: &[Step], backup_at: Index, restore_at: Index) -> Fallible<()> {
    let mut world = World::new()?;
    let backup_at = backup_at.index(steps.len() + 1);
    let restore_at = backup_at + restore_at.index(steps.len() - backup_at + 1);
    let mut made_at_restore = 0;
    for at in 0..=steps.len() {
        if at == backup_at {
            world.take_backup()?;
        }
        if at == restore_at {
            world.restore()?;
            made_at_restore = world.made.len();
        }
        match steps.get(at) {
            Some(Step::Edit { phone, pick }) => world.edit(*phone, *pick),
            Some(Step::Push { phone, lose_answer }) => world.push(*phone, *lose_answer)?,
            Some(Step::Pull { phone }) => world.pull(*phone)?,
            None => {}
        }
    }
    // Both phones come online and sync until nothing waits.
    for _ in 0..4 {
        for phone in 0..2 {
            world.push(phone, false)?;
            world.pull(phone)?;
        }
    }
    let server = world.on_server()?;
    for phone in 0..2 {
        assert_eq!(
            world.phones[phone].waiting(),
            0,
            "phone {phone} sent everything"
        );
        let shown: BTreeMap<Uuid, Fields> = world.phones[phone]
            .view()
            .into_values()
            .filter(|r| r.young_person_id == world.ella)
            .map(|r| (r.id, r.data))
            .collect();
        let seen: BTreeMap<Uuid, Fields> = world
            .pull_as(phone, &PullQuery::default())?
            .records
            .into_iter()
            .filter(|r| r.young_person_id == world.ella && !r.deleted)
            .map(|r| (r.id, r.data))
            .collect();
        let apart = differences(&shown, &seen);
        assert!(
            apart.is_empty(),
            "phone {phone} shows what the server has not: {apart:#?}"
        );
    }
    let (expected, refused) = world.expected(made_at_restore);
    let differences = differences(&server, &expected);
    assert!(
        differences.is_empty(),
        "the server differs from what it must hold: {differences:#?}"
    );
    for (phone, record, data) in refused {
        assert!(
            world.phones[*phone]
                .rejected
                .iter()
                .any(|r| r.mutation.record_id == *record && r.mutation.data == *data),
            "phone {phone} is told its change to {record} was refused"
        );
    }
    Ok(())
}

/// Each record that differs: its id, what the server has, what it must have.
fn differences(
    server: &BTreeMap<Uuid, Fields>,
    expected: &BTreeMap<Uuid, Fields>,
) -> Vec<(Uuid, Option<Fields>, Option<Fields>)> {
    let ids: std::collections::BTreeSet<&Uuid> = server.keys().chain(expected.keys()).collect();
    ids.into_iter()
        .filter(|id| server.get(id) != expected.get(id))
        .map(|id| (*id, server.get(id).cloned(), expected.get(id).cloned()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn after_a_restore_phones_converge_and_keep_everything_they_held(
        steps in proptest::collection::vec(step(), 1..40),
        backup_at in any::<Index>(),
        restore_at in any::<Index>(),
    ) {
        check(&steps, backup_at, restore_at).map_err(|e| TestCaseError::fail(e.to_string()))?;
    }
}
