//! Property tests of the sync protocol, in process against a real SQLite
//! file: several phones edit while offline for random stretches; requests
//! and answers are dropped, duplicated and cut short; the server restarts
//! and phones reload between any two steps. Once every phone has synced,
//! all replicas equal the server, every mutation was applied exactly once,
//! and no edit was lost: each is either the value that stands, overwritten
//! by a later one, kept as a conflict, or refused with a reason.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use pathway_app::auth::User;
use pathway_app::ids;
use pathway_app::plan::PlanPart;
use pathway_app::sync::stored::{self, Found};
use pathway_app::sync::{
    ConflictNote, Fields, Mutation, Outcome, PullResponse, PushRequest, Record, RecordKind, Replica,
};
use pathway_server::db::Db;
use pathway_server::demo;
use pathway_server::sync::{apply_push, PullQuery};
use proptest::prelude::*;
use serde_json::{json, Value};
use uuid::Uuid;

mod common;

/// What can happen between two moments.
#[derive(Debug, Clone)]
enum Step {
    /// A person changes something on their phone (offline or not).
    Edit {
        phone: usize,
        pick: usize,
        choice: u8,
    },
    /// A phone syncs; the network may lose or repeat things.
    Sync { phone: usize, net: Net },
    /// The server process restarts.
    Restart,
    /// The browser tab is closed and opened again, finding what it stored
    /// in this state.
    Reload { phone: usize, stored: Stored },
    /// Someone settles a conflict they can see.
    Settle { phone: usize, keep_other: bool },
}

/// What a phone finds in its storage when it opens.
#[derive(Debug, Clone, Copy)]
enum Stored {
    /// As it was written.
    AsWritten,
    /// In the shape apps wrote before the outbox and cache were split.
    OldShape,
    /// The cache cut short at this fraction (of 256) of its length.
    CacheCut(u8),
    /// The cache rewritten by a newer app, in a format this one can't read.
    NewerCache,
}

#[derive(Debug, Clone, Copy)]
enum Net {
    Fine,
    /// The push never reaches the server.
    LoseRequest,
    /// The server applies only the first `n` mutations, then dies.
    CutShort(usize),
    /// The server applies the push but the answer is lost.
    LoseAnswer,
    /// The push arrives twice.
    Duplicate,
    /// The pull's answer is lost.
    LosePull,
}

fn stored() -> impl Strategy<Value = Stored> {
    prop_oneof![
        2 => Just(Stored::AsWritten),
        1 => Just(Stored::OldShape),
        1 => any::<u8>().prop_map(Stored::CacheCut),
        1 => Just(Stored::NewerCache),
    ]
}

/// The value an app before format 1 would have stored for `replica`: the
/// outbox's and the cache's fields in one object, the changes under `outbox`.
fn old_shape(replica: &Replica) -> Fallible<String> {
    let mut outbox: serde_json::Map<String, Value> =
        serde_json::from_str(&stored::outbox_text(replica))?;
    let cache: serde_json::Map<String, Value> = serde_json::from_str(&stored::cache_text(replica))?;
    let entries = outbox.remove("entries").unwrap_or_default();
    outbox.insert("outbox".into(), entries);
    outbox.extend(cache);
    outbox.remove("format");
    Ok(serde_json::to_string(&outbox)?)
}

fn step() -> impl Strategy<Value = Step> {
    let net = prop_oneof![
        4 => Just(Net::Fine),
        1 => Just(Net::LoseRequest),
        1 => (0usize..3).prop_map(Net::CutShort),
        1 => Just(Net::LoseAnswer),
        1 => Just(Net::Duplicate),
        1 => Just(Net::LosePull),
    ];
    prop_oneof![
        6 => (0usize..3, any::<usize>(), any::<u8>()).prop_map(|(phone, pick, choice)| Step::Edit { phone, pick, choice }),
        4 => (0usize..3, net).prop_map(|(phone, net)| Step::Sync { phone, net }),
        1 => Just(Step::Restart),
        2 => (0usize..3, stored()).prop_map(|(phone, stored)| Step::Reload { phone, stored }),
        1 => (0usize..3, any::<bool>()).prop_map(|(phone, keep_other)| Step::Settle { phone, keep_other }),
    ]
}

struct World {
    _dir: tempfile::TempDir,
    path: PathBuf,
    db: Db,
    /// Phone 0 is Ella's; phones 1 and 2 are two of Sam's.
    people: [User; 3],
    phones: Vec<Replica>,
    ella: Uuid,
    /// Every mutation the server received, by phone and id.
    received: HashMap<(Uuid, u64), Mutation>,
    /// For making every written value unique.
    counter: u64,
    /// Every change each phone made, in order: kind, record, fields, removal.
    made: [Vec<Made>; 3],
    /// Each conflict as the server first stored it (settling one removes
    /// what it said).
    conflicts: HashMap<Uuid, ConflictNote>,
    /// Each mutation's first answer: phone, mutation id, outcome.
    answers: Vec<(Uuid, u64, Outcome)>,
}

type Fallible<T> = Result<T, Box<dyn std::error::Error>>;

/// A change as its phone made it, whatever number it is sent under.
type Made = (RecordKind, Uuid, Fields, bool);

/// A field's value as applied: at what version, from which phone, made on
/// which version.
type Write = (u64, Uuid, u64, Value);

fn made(mutation: &Mutation) -> Made {
    (
        mutation.kind,
        mutation.record_id,
        mutation.data.clone(),
        mutation.delete,
    )
}

impl World {
    fn new() -> Fallible<World> {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("pathway.sqlite3");
        let db = Db::open(&path)?;
        db.blocking(|conn| demo::seed_if_empty(conn))?;
        let user = |username: &str| common::user_named(&db, username);
        let ella = user("ella")?;
        let sam = user("sam")?;
        let ella_id = ella.id;
        let mut world = World {
            _dir: dir,
            path,
            db,
            people: [ella, sam.clone(), sam],
            phones: (0..3).map(|_| Replica::new(ids::new())).collect(),
            ella: ella_id,
            received: HashMap::new(),
            conflicts: HashMap::new(),
            answers: Vec::new(),
            counter: 0,
            made: Default::default(),
        };
        // Each phone signs in online once, as the app requires.
        for phone in 0..3 {
            world.pull(phone, false)?;
        }
        Ok(world)
    }

    fn ellas_records(&self, phone: usize) -> Vec<Record> {
        self.phones[phone]
            .view()
            .into_values()
            .filter(|r| r.young_person_id == self.ella)
            .collect()
    }

    fn edit(&mut self, phone: usize, pick: usize, choice: u8) {
        self.counter += 1;
        let text = format!("phone {phone} edit {}", self.counter);
        let records = self.ellas_records(phone);
        let of = |kind: RecordKind| -> Vec<&Record> {
            records.iter().filter(|r| r.kind == kind).collect()
        };
        let fields = |value: Value| -> Fields { value.as_object().cloned().unwrap_or_default() };
        let pick_from = |list: Vec<&Record>| list.get(pick % list.len().max(1)).map(|r| r.id);
        let change = match choice % 6 {
            // Everyone writes "What I think"; Ella does so most.
            0..=2 => pick_from(of(RecordKind::PlanPart)).map(|id| {
                (
                    RecordKind::PlanPart,
                    id,
                    fields(json!({ "what_i_think": text })),
                    false,
                )
            }),
            3 => pick_from(of(RecordKind::PlanAction)).map(|id| {
                let data = if pick.is_multiple_of(2) {
                    json!({ "what": text })
                } else {
                    json!({ "done": pick % 4 == 1 })
                };
                (RecordKind::PlanAction, id, fields(data), false)
            }),
            4 => {
                let part = PlanPart::ALL[pick % PlanPart::ALL.len()];
                let data = json!({ "part": part, "what": text, "who": "Sam", "by_when": null, "done": false });
                Some((RecordKind::PlanAction, ids::new(), fields(data), false))
            }
            _ => pick_from(of(RecordKind::PlanAction))
                .map(|id| (RecordKind::PlanAction, id, Fields::new(), true)),
        };
        if let Some(change) = change {
            self.make(phone, change);
        }
    }

    fn settle(&mut self, phone: usize, keep_other: bool) -> Fallible<()> {
        let records = self.ellas_records(phone);
        let Some(conflict) = records.iter().find(|r| r.kind == RecordKind::Conflict) else {
            return Ok(());
        };
        let note: ConflictNote = conflict
            .fields()
            .ok_or("a conflict record without a note")?;
        if keep_other && records.iter().any(|r| r.id == note.record_id) {
            let mut data = Fields::new();
            data.insert(note.field.clone(), note.value.clone());
            self.make(phone, (note.record_kind, note.record_id, data, false));
        }
        self.make(
            phone,
            (RecordKind::Conflict, conflict.id, Fields::new(), true),
        );
        Ok(())
    }

    fn push(&mut self, phone: usize, net: Net) -> Fallible<()> {
        let Some(mut request) = self.phones[phone].push_request() else {
            return Ok(());
        };
        if let Net::LoseRequest = net {
            return Ok(());
        }
        if let Net::CutShort(n) = net {
            request.mutations.truncate(n);
        }
        let answer = self.send(phone, &request)?;
        match net {
            Net::LoseAnswer | Net::CutShort(_) => Ok(()),
            Net::Duplicate => {
                let again = self.send(phone, &request)?;
                assert_eq!(
                    again, answer,
                    "a repeated push is answered exactly as the first"
                );
                self.phones[phone].apply_push(&again);
                Ok(())
            }
            _ => {
                self.phones[phone].apply_push(&answer);
                Ok(())
            }
        }
    }

    fn send(
        &mut self,
        phone: usize,
        request: &PushRequest,
    ) -> Fallible<pathway_app::sync::PushResponse> {
        for m in &request.mutations {
            self.received
                .entry((request.client_id, m.mutation_id))
                .or_insert_with(|| m.clone());
        }
        let user = self.people[phone].clone();
        let answer = self
            .db
            .blocking(|conn| apply_push(conn, &user, request, &Default::default(), "test"))?
            .map_err(|_| "foreign client")?
            .answer;
        for outcome in &answer.outcomes {
            let first = !matches!(outcome.outcome, Outcome::OutOfOrder { .. })
                && !self
                    .answers
                    .iter()
                    .any(|(c, id, _)| *c == request.client_id && *id == outcome.mutation_id);
            if first {
                self.answers.push((
                    request.client_id,
                    outcome.mutation_id,
                    outcome.outcome.clone(),
                ));
            }
            let Outcome::Conflicted { conflicts, .. } = &outcome.outcome else {
                continue;
            };
            for id in conflicts {
                if self.conflicts.contains_key(id) {
                    continue;
                }
                let data: String = self.db.with_connection(|conn| {
                    conn.query_row(
                        "SELECT data FROM records WHERE id = ?1",
                        [id.to_string()],
                        |row| row.get(0),
                    )
                })??;
                self.conflicts.insert(*id, serde_json::from_str(&data)?);
            }
        }
        Ok(answer)
    }

    fn pull(&mut self, phone: usize, lose: bool) -> Fallible<()> {
        loop {
            let page = self.pull_as(phone, &common::next_pull(&self.phones[phone]))?;
            if lose {
                return Ok(());
            }
            let more = page.more;
            self.phones[phone].apply_pull(page);
            if !more {
                // As the app does once the pulled records are saved.
                self.phones[phone].forget_stored();
                return Ok(());
            }
        }
    }

    fn run(&mut self, step: &Step) -> Fallible<()> {
        match *step {
            Step::Edit {
                phone,
                pick,
                choice,
            } => self.edit(phone, pick, choice),
            Step::Sync { phone, net } => {
                self.push(phone, net)?;
                self.pull(phone, matches!(net, Net::LosePull))?;
            }
            Step::Restart => {
                self.db = Db::open(&self.path)?;
            }
            Step::Reload { phone, stored } => self.reload(phone, stored)?,
            Step::Settle { phone, keep_other } => self.settle(phone, keep_other)?,
        }
        Ok(())
    }

    /// Closes and opens a phone's app, which reads back what it stored.
    fn reload(&mut self, phone: usize, how: Stored) -> Fallible<()> {
        let replica = &self.phones[phone];
        let cache = stored::cache_text(replica);
        let found = match how {
            Stored::AsWritten => Found {
                outbox: Some(stored::outbox_text(replica)),
                cache: Some(cache),
                legacy: None,
            },
            Stored::OldShape => Found {
                legacy: Some(old_shape(replica)?),
                ..Found::default()
            },
            Stored::CacheCut(fraction) => {
                let at = cache.len() * usize::from(fraction) / 256;
                let cut = (0..=at)
                    .rev()
                    .find(|i| cache.is_char_boundary(*i))
                    .unwrap_or(0);
                Found {
                    outbox: Some(stored::outbox_text(replica)),
                    cache: cache.get(..cut).map(str::to_owned),
                    legacy: None,
                }
            }
            Stored::NewerCache => Found {
                outbox: Some(stored::outbox_text(replica)),
                cache: Some(cache.replacen("\"format\":1", "\"format\":9", 1)),
                legacy: None,
            },
        };
        let loaded = stored::load(&found, ids::new());
        assert_eq!(
            loaded.replica.unsent().collect::<Vec<_>>(),
            replica.unsent().collect::<Vec<_>>(),
            "a reload keeps every unsent change, as it was"
        );
        if let Stored::AsWritten = how {
            assert_eq!(
                loaded.replica.view(),
                replica.view(),
                "a reload shows what was shown before"
            );
        }
        if let Stored::CacheCut(_) | Stored::NewerCache = how {
            assert!(
                loaded
                    .set_aside
                    .iter()
                    .all(|(slot, _)| *slot == stored::Slot::Cache),
                "only the cache is set aside"
            );
        }
        self.phones[phone] = loaded.replica;
        Ok(())
    }

    /// Makes a change on a phone, as its person would, and notes it.
    fn make(&mut self, phone: usize, change: Made) {
        let (kind, record, data, delete) = change.clone();
        if delete {
            self.phones[phone].delete(kind, record, self.ella);
        } else {
            self.phones[phone].change(kind, record, self.ella, data);
        }
        self.made[phone].push(change);
    }

    /// Every phone comes online and syncs until nothing waits.
    fn heal(&mut self) -> Fallible<()> {
        for _ in 0..10 {
            for phone in 0..3 {
                self.push(phone, Net::Fine)?;
                self.pull(phone, false)?;
            }
        }
        for phone in 0..3 {
            self.pull(phone, false)?;
        }
        Ok(())
    }

    /// One page of a pull, as the person of `phone`.
    fn pull_as(&self, phone: usize, query: &PullQuery) -> Fallible<PullResponse> {
        common::pull_as(&self.db, &self.people[phone], query)
    }

    /// Ella's records as the person of `phone` may see them.
    fn server_records(&self, phone: usize) -> Fallible<BTreeMap<Uuid, Record>> {
        let page = self.pull_as(phone, &PullQuery::default())?;
        assert!(!page.more, "the test world fits in one page");
        Ok(page
            .records
            .into_iter()
            .filter(|r| r.young_person_id == self.ella)
            .map(|r| (r.id, r))
            .collect())
    }

    /// Every mutation's outcome as the server first gave it, in the order
    /// applied (the server forgets answers a phone no longer needs).
    fn outcomes(&self) -> Fallible<Vec<(Uuid, u64, Outcome)>> {
        Ok(self.answers.clone())
    }
}

fn check(steps: &[Step]) -> Fallible<()> {
    let mut world = World::new()?;
    // Sam sees all of Ella's records; she sees fewer.
    let seeded = world.server_records(1)?;
    for step in steps {
        world.run(step)?;
    }
    world.heal()?;

    // Everything was sent and every replica equals the server.
    let server = world.server_records(1)?;
    for (phone, replica) in world.phones.iter().enumerate() {
        let live: BTreeMap<Uuid, Fields> = world
            .server_records(phone)?
            .values()
            .filter(|r| !r.deleted)
            .map(|r| (r.id, r.data.clone()))
            .collect();
        assert_eq!(
            replica.waiting(),
            0,
            "phone {phone} still has changes waiting"
        );
        let view: BTreeMap<Uuid, Fields> = world
            .ellas_records(phone)
            .into_iter()
            .map(|r| (r.id, r.data))
            .collect();
        assert_eq!(view, live, "phone {phone} differs from the server");
    }

    // Every mutation made has exactly one outcome, in order, per phone.
    let outcomes = world.outcomes()?;
    for (replica, changes) in world.phones.iter().zip(&world.made) {
        let answered: Vec<Made> = outcomes
            .iter()
            .filter(|(c, _, _)| *c == replica.client_id)
            .filter_map(|(c, id, _)| world.received.get(&(*c, *id)).map(made))
            .collect();
        assert_eq!(
            &answered, changes,
            "every change made reached the server once, in order"
        );
        let ids: Vec<u64> = outcomes
            .iter()
            .filter(|(c, _, _)| *c == replica.client_id)
            .map(|(_, id, _)| *id)
            .collect();
        let expected: Vec<u64> = (1..=ids.len() as u64).collect();
        assert_eq!(
            ids, expected,
            "one outcome per mutation, none skipped or doubled"
        );
    }

    // Replaying history: each record's version counts its applied changes
    // exactly once, and every field holds the last applied value.
    let mut applied: HashMap<Uuid, u64> = HashMap::new();
    // (record, field) -> every applied write: version, phone, base, value.
    let mut writes: HashMap<(Uuid, String), Vec<Write>> = HashMap::new();
    let mut last_value: HashMap<(Uuid, String), (u64, Value)> = HashMap::new();
    for (client, id, outcome) in &outcomes {
        let mutation = world
            .received
            .get(&(*client, *id))
            .ok_or("an outcome for a mutation never sent")?;
        match outcome {
            Outcome::Applied { version } | Outcome::Conflicted { version, .. } => {
                let kept_aside: Vec<String> = match outcome {
                    Outcome::Conflicted { conflicts, .. } => conflicts
                        .iter()
                        .map(|c| {
                            let note = world
                                .conflicts
                                .get(c)
                                .cloned()
                                .ok_or("a conflict the server never stored")?;
                            assert_eq!(
                                Some(&note.value),
                                mutation.data.get(&note.field),
                                "the other version is kept whole"
                            );
                            Ok(note.field)
                        })
                        .collect::<Fallible<_>>()?,
                    _ => Vec::new(),
                };
                let fields: Vec<_> = mutation
                    .data
                    .iter()
                    .filter(|(f, _)| !kept_aside.contains(f))
                    .collect();
                let creating = mutation.base_version == 0 && *version == 1;
                if !creating && (mutation.delete || !fields.is_empty()) {
                    *applied.entry(mutation.record_id).or_default() += 1;
                }
                for (field, value) in &fields {
                    writes
                        .entry((mutation.record_id, (*field).clone()))
                        .or_default()
                        .push((*version, *client, mutation.base_version, (*value).clone()));
                }
                for (field, value) in fields {
                    let slot = last_value
                        .entry((mutation.record_id, field.clone()))
                        .or_insert((0, Value::Null));
                    if *version >= slot.0 {
                        *slot = (*version, value.clone());
                    }
                }
            }
            Outcome::Rejected { reason, .. } => {
                let allowed = mutation.kind == RecordKind::PlanAction
                    || reason.contains("removed")
                    || reason.contains("doesn't exist");
                assert!(
                    allowed,
                    "a valid change was refused: {reason} ({mutation:?})"
                );
            }
            Outcome::OutOfOrder { .. } => {}
        }
    }
    for record in server.values() {
        let before = seeded.get(&record.id).map_or(1, |r| r.version);
        let changes = applied.get(&record.id).copied().unwrap_or(0);
        assert_eq!(
            record.version,
            before + changes,
            "record {} applied its changes exactly once",
            record.id
        );
    }
    // No write replaced a value from another phone that it had not seen:
    // each write is judged against the one it replaced.
    for ((record, field), all) in &writes {
        for (version, client, base, value) in all {
            let replaced = all
                .iter()
                .filter(|(v, ..)| v < version)
                .max_by_key(|(v, ..)| *v);
            if let Some((replaced_version, replaced_client, _, replaced_value)) = replaced {
                let unseen = replaced_client != client && replaced_version > base;
                assert!(
                    !unseen || replaced_value == value,
                    "{field} of {record} at version {version} replaced version {replaced_version} unseen: {all:?}"
                );
            }
        }
    }
    // A removed record keeps nothing of what it said.
    for ((record, field), (_, value)) in &last_value {
        if let Some(stored) = server.get(record) {
            if stored.deleted {
                assert!(
                    stored.data.is_empty(),
                    "a tombstone holds {:?}",
                    stored.data
                );
                continue;
            }
            assert_eq!(
                stored.data.get(field),
                Some(value),
                "the last applied {field} stands"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn replicas_converge_with_nothing_lost_or_applied_twice(steps in proptest::collection::vec(step(), 1..60)) {
        if let Err(failure) = check(&steps) {
            return Err(TestCaseError::fail(failure.to_string()));
        }
    }
}
