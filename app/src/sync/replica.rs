//! A phone's copy of what its person may see, and its outbox.

use pathway_derive::ReadObject;
use std::collections::BTreeMap;

use serde::Serialize;
use uuid::Uuid;

use crate::contacts::rules::ContactRules;

use super::{
    fields_of, Fields, LocalSettings, Mutation, Outcome, PersonCard, PullResponse, PushRequest,
    PushResponse, Record, RecordKind, Refusal, PUSH_BATCH, SCHEMA_VERSION,
};

/// One outbox entry: a change not yet sent or answered, or one the server
/// has stored but whose result has not come down in a pull yet. Both are
/// laid over the pulled records, so an edit never flickers out of sight.
#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
pub(super) struct Entry {
    pub(super) mutation: Mutation,
    /// The record's version once the server stored this change.
    pub(super) stored_as: Option<u64>,
}

/// A change the server would not store, kept to show the person why.
#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
pub struct Rejection {
    pub mutation: Mutation,
    pub reason: String,
    /// Kept from before kinds were sent, it reads as [`Refusal::NotKept`].
    #[serde(default)]
    pub why: Refusal,
}

/// Everything a phone keeps for one signed-in person. It is written down as
/// two values (see `stored`): the outbox, which is precious (`client_id`,
/// `next_mutation_id`, `outbox`, `rejected`), and the cache of what was
/// pulled, which can always be pulled again (everything else).
#[derive(Debug, Clone, PartialEq)]
pub struct Replica {
    pub client_id: Uuid,
    /// The highest change number pulled and stored.
    pub cursor: u64,
    /// The set of young people this replica was pulled for.
    pub scope: String,
    pub(super) next_mutation_id: u64,
    /// The records as the server last sent them.
    pub(super) pulled: BTreeMap<Uuid, Record>,
    pub(super) outbox: Vec<Entry>,
    pub rejected: Vec<Rejection>,
    pub people: Vec<PersonCard>,
    /// The contact rules in force, as last pulled.
    pub rules: Option<ContactRules>,
    /// The council's settings, as last pulled.
    pub settings: LocalSettings,
}

impl Replica {
    /// An empty replica for a new phone (or a new sign-in).
    pub fn new(client_id: Uuid) -> Replica {
        Replica {
            client_id,
            cursor: 0,
            scope: String::new(),
            next_mutation_id: 1,
            pulled: BTreeMap::new(),
            outbox: Vec::new(),
            rejected: Vec::new(),
            people: Vec::new(),
            rules: None,
            settings: LocalSettings::default(),
        }
    }

    /// How many changes a person made wait to be sent. Receipts
    /// (`RecordKind::Seen`), which the phone makes by itself as messages
    /// arrive and are shown, are sent with them but not counted: no one is
    /// told a change waits, or asked about it at sign-out, for reading.
    pub fn waiting(&self) -> usize {
        self.unsent().filter(|m| m.kind != RecordKind::Seen).count()
    }

    /// The changes not yet sent (or not yet answered), oldest first.
    pub fn unsent(&self) -> impl Iterator<Item = &Mutation> {
        self.outbox
            .iter()
            .filter(|e| e.stored_as.is_none())
            .map(|e| &e.mutation)
    }

    /// How many records were pulled and are kept on the phone.
    pub fn records_kept(&self) -> usize {
        self.pulled.len()
    }

    /// Whether anything has ever been pulled.
    pub fn has_pulled(&self) -> bool {
        self.cursor > 0 || !self.scope.is_empty()
    }

    /// Changes fields of a record, creating it if it is new, as one outbox
    /// entry. Returns the mutation id.
    pub fn change(
        &mut self,
        kind: RecordKind,
        record_id: Uuid,
        young_person_id: Uuid,
        data: Fields,
    ) -> u64 {
        self.append(kind, record_id, young_person_id, data, false)
    }

    /// Changes a typed record from `before` to `after`: one outbox entry
    /// holding only the fields that differ, or none when nothing does.
    pub fn update<T: Serialize>(
        &mut self,
        kind: RecordKind,
        record_id: Uuid,
        young_person_id: Uuid,
        before: &T,
        after: &T,
    ) -> Option<u64> {
        let before = fields_of(before);
        let data: Fields = fields_of(after)
            .into_iter()
            .filter(|(field, value)| before.get(field) != Some(value))
            .collect();
        (!data.is_empty()).then(|| self.change(kind, record_id, young_person_id, data))
    }

    /// Removes a record (the server keeps a tombstone).
    pub fn delete(&mut self, kind: RecordKind, record_id: Uuid, young_person_id: Uuid) -> u64 {
        self.append(kind, record_id, young_person_id, Fields::new(), true)
    }

    fn append(
        &mut self,
        kind: RecordKind,
        record_id: Uuid,
        young_person_id: Uuid,
        data: Fields,
        delete: bool,
    ) -> u64 {
        let mutation_id = self.next_mutation_id;
        self.next_mutation_id += 1;
        let base_version = self.pulled.get(&record_id).map_or(0, |r| r.version);
        self.outbox.push(Entry {
            mutation: Mutation {
                mutation_id,
                kind,
                record_id,
                young_person_id,
                base_version,
                data,
                delete,
            },
            stored_as: None,
        });
        mutation_id
    }

    /// The records as the person should see them: pulled, with every change
    /// of theirs laid over in order. Removed records are left out.
    pub fn view(&self) -> BTreeMap<Uuid, Record> {
        let mut view = self.pulled.clone();
        for Entry { mutation, .. } in self.outbox.iter().filter(|e| self.shows(e)) {
            let record = view.entry(mutation.record_id).or_insert_with(|| Record {
                id: mutation.record_id,
                kind: mutation.kind,
                young_person_id: mutation.young_person_id,
                version: 0,
                updated_at: 0,
                updated_by: Uuid::nil(),
                deleted: false,
                data: Fields::new(),
            });
            if mutation.delete {
                record.deleted = true;
            } else {
                for (field, value) in &mutation.data {
                    record.data.insert(field.clone(), value.clone());
                }
            }
        }
        view.retain(|_, record| !record.deleted);
        view
    }

    /// Whether a change to this record is still on its way.
    pub fn is_pending(&self, record_id: Uuid) -> bool {
        self.outbox
            .iter()
            .any(|e| e.mutation.record_id == record_id && self.shows(e))
    }

    /// Whether a change still shows over what was pulled: it is unsent, or
    /// the server stored it but its result has not been pulled yet.
    fn shows(&self, entry: &Entry) -> bool {
        match entry.stored_as {
            None => true,
            Some(version) => self
                .pulled
                .get(&entry.mutation.record_id)
                .is_none_or(|record| record.version < version),
        }
    }

    /// The next batch to send, oldest first, if anything waits.
    pub fn push_request(&self) -> Option<PushRequest> {
        let mutations: Vec<Mutation> = self
            .outbox
            .iter()
            .filter(|e| e.stored_as.is_none())
            .take(PUSH_BATCH)
            .map(|e| e.mutation.clone())
            .collect();
        (!mutations.is_empty()).then_some(PushRequest {
            client_id: self.client_id,
            schema_version: SCHEMA_VERSION,
            mutations,
        })
    }

    /// Takes in the server's answer to a push. Only mutations the answer
    /// names leave the queue of things to send.
    pub fn apply_push(&mut self, response: &PushResponse) {
        for answer in &response.outcomes {
            let Some(index) = self.outbox.iter().position(|e| {
                e.mutation.mutation_id == answer.mutation_id && e.stored_as.is_none()
            }) else {
                continue;
            };
            match &answer.outcome {
                Outcome::Applied { version } | Outcome::Conflicted { version, .. } => {
                    if let Some(entry) = self.outbox.get_mut(index) {
                        entry.stored_as = Some(*version);
                    }
                }
                Outcome::Rejected { reason, why } => {
                    let entry = self.outbox.remove(index);
                    self.rejected.push(Rejection {
                        mutation: entry.mutation,
                        reason: reason.clone(),
                        why: *why,
                    });
                }
                Outcome::OutOfOrder { expected } => self.renumber_from(*expected),
            }
        }
    }

    /// The server has dealt with this phone's changes before `expected`
    /// only, so the unsent changes take the numbers from there on.
    fn renumber_from(&mut self, expected: u64) {
        self.unstore_from(expected);
        let mut next = expected;
        for entry in self.outbox.iter_mut().filter(|e| e.stored_as.is_none()) {
            entry.mutation.mutation_id = next;
            next += 1;
        }
        self.next_mutation_id = next;
    }

    /// A change the server stored under number `from` or later, it no
    /// longer has (a backup older than the change was put back): it is
    /// unsent again, to be sent once more in its place.
    fn unstore_from(&mut self, from: u64) {
        for entry in self
            .outbox
            .iter_mut()
            .filter(|e| e.mutation.mutation_id >= from)
        {
            entry.stored_as = None;
        }
    }

    /// Takes in one page of a pull: its records and its cursor together.
    /// Returns whether anything changed, so an unchanged replica need not
    /// be saved again.
    pub fn apply_pull(&mut self, page: PullResponse) -> bool {
        let changed = page.reset
            || !page.records.is_empty()
            || page.cursor != self.cursor
            || page.scope != self.scope
            || page.people != self.people
            || self.rules.as_ref() != Some(&page.rules)
            || page.settings != self.settings;
        if page.reset {
            self.pulled.clear();
            // The page says which of this phone's changes the server has.
            self.unstore_from(page.last_mutation_id.saturating_add(1));
        }
        for record in page.records {
            let newer = self
                .pulled
                .get(&record.id)
                .is_none_or(|old| old.version <= record.version);
            if newer {
                self.pulled.insert(record.id, record);
            }
        }
        self.cursor = page.cursor;
        self.scope = page.scope;
        self.people = page.people;
        self.rules = Some(page.rules);
        self.settings = page.settings;
        changed
    }

    /// Drops stored changes whose result has been pulled. Call it only once
    /// what was pulled is saved on the phone: until then the saved outbox
    /// must keep them, or a phone reopened offline would show less than
    /// she wrote.
    pub fn forget_stored(&mut self) {
        let keep: Vec<bool> = self.outbox.iter().map(|e| self.shows(e)).collect();
        let mut keep = keep.into_iter();
        self.outbox.retain(|_| keep.next().unwrap_or(true));
    }

    /// Forgets a rejection the person has read.
    pub fn dismiss_rejection(&mut self, mutation_id: u64) {
        self.rejected
            .retain(|r| r.mutation.mutation_id != mutation_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;
    use crate::sync::MutationOutcome;
    use serde_json::json;

    fn fields(value: serde_json::Value) -> Fields {
        value.as_object().cloned().unwrap_or_default()
    }

    fn record(id: Uuid, version: u64, words: &str) -> Record {
        Record {
            id,
            kind: RecordKind::PlanPart,
            young_person_id: Uuid::nil(),
            version,
            updated_at: 0,
            updated_by: Uuid::nil(),
            deleted: false,
            data: fields(json!({ "part": "money", "what_i_think": words })),
        }
    }

    fn page(records: Vec<Record>, cursor: u64) -> PullResponse {
        PullResponse {
            records,
            cursor,
            last_mutation_id: 0,
            scope: "s".into(),
            reset: false,
            more: false,
            people: Vec::new(),
            rules: ContactRules::example(),
            settings: LocalSettings::default(),
        }
    }

    fn words(replica: &Replica, id: Uuid) -> Option<serde_json::Value> {
        replica
            .view()
            .get(&id)
            .and_then(|r| r.data.get("what_i_think").cloned())
    }

    #[test]
    fn a_receipt_is_sent_but_not_counted_as_a_change_that_waits() {
        let mut phone = Replica::new(ids::new());
        let conversation = ids::new();
        phone.change(
            RecordKind::Seen,
            ids::new(),
            conversation,
            fields(json!({ "up_to": ids::new(), "read": true })),
        );
        assert_eq!(phone.waiting(), 0);
        phone.change(
            RecordKind::Statement,
            ids::new(),
            conversation,
            fields(json!({ "topic": "feeling" })),
        );
        assert_eq!(phone.waiting(), 1);
        let sent: Vec<RecordKind> = phone
            .push_request()
            .map(|r| r.mutations.iter().map(|m| m.kind).collect())
            .unwrap_or_default();
        assert_eq!(sent, [RecordKind::Seen, RecordKind::Statement]);
    }

    #[test]
    fn an_edit_shows_at_once_and_survives_until_its_result_is_pulled() {
        let id = ids::new();
        let mut phone = Replica::new(ids::new());
        phone.apply_pull(page(vec![record(id, 3, "old")], 10));
        let m = phone.change(
            RecordKind::PlanPart,
            id,
            Uuid::nil(),
            fields(json!({ "what_i_think": "new" })),
        );
        assert_eq!(words(&phone, id), Some(json!("new")));
        assert_eq!(phone.waiting(), 1);

        let sent = phone
            .push_request()
            .map(|r| r.mutations)
            .unwrap_or_default();
        assert_eq!(sent.len(), 1);
        assert_eq!(sent[0].base_version, 3);

        // A pull that raced ahead of the push must not hide the edit.
        phone.apply_pull(page(vec![record(id, 3, "old")], 10));
        assert_eq!(words(&phone, id), Some(json!("new")));

        phone.apply_push(&PushResponse {
            outcomes: vec![MutationOutcome {
                mutation_id: m,
                outcome: Outcome::Applied { version: 4 },
            }],
        });
        assert_eq!(phone.waiting(), 0);
        assert!(phone.push_request().is_none());
        assert_eq!(
            words(&phone, id),
            Some(json!("new")),
            "still shown before the pull"
        );
        assert!(phone.is_pending(id));

        phone.apply_pull(page(vec![record(id, 4, "new")], 11));
        assert!(!phone.is_pending(id));
        assert_eq!(words(&phone, id), Some(json!("new")));
        assert_eq!(phone.outbox.len(), 1, "kept until the cache is saved");
        phone.forget_stored();
        assert!(phone.outbox.is_empty());
        assert_eq!(words(&phone, id), Some(json!("new")));
    }

    #[test]
    fn an_update_sends_only_what_differs_and_nothing_when_nothing_does() {
        use crate::plan::{ActionFields, PlanPart};
        let mut replica = Replica::new(ids::new());
        let before = ActionFields {
            part: PlanPart::Money,
            what: "Open an account".into(),
            who: "Ella".into(),
            by_when: None,
            done: false,
            done_by: None,
            done_at: None,
        };
        let id = ids::new();
        let same = replica.update(RecordKind::PlanAction, id, Uuid::nil(), &before, &before);
        assert_eq!(same, None);
        let done = ActionFields {
            done: true,
            ..before.clone()
        };
        let sent = replica.update(RecordKind::PlanAction, id, Uuid::nil(), &before, &done);
        assert_eq!(sent, Some(1));
        let outbox: Vec<&Fields> = replica.unsent().map(|m| &m.data).collect();
        assert_eq!(outbox, [&fields(json!({ "done": true }))]);
    }

    #[test]
    fn a_stored_change_never_hides_a_newer_pulled_value() {
        let id = ids::new();
        let mut phone = Replica::new(ids::new());
        phone.apply_pull(page(vec![record(id, 3, "old")], 10));
        let m = phone.change(
            RecordKind::PlanPart,
            id,
            Uuid::nil(),
            fields(json!({ "what_i_think": "mine" })),
        );
        phone.apply_push(&PushResponse {
            outcomes: vec![MutationOutcome {
                mutation_id: m,
                outcome: Outcome::Applied { version: 4 },
            }],
        });
        phone.apply_pull(page(vec![record(id, 5, "theirs, later")], 12));
        assert_eq!(words(&phone, id), Some(json!("theirs, later")));
    }

    #[test]
    fn a_refusal_reads_back_as_sent_and_a_kind_not_known_yet_as_not_kept() {
        for why in Refusal::ALL {
            let sent = serde_json::to_string(&why).unwrap_or_default();
            assert_eq!(
                serde_json::from_str::<Refusal>(&sent).ok(),
                Some(why),
                "{sent}"
            );
        }
        assert_eq!(
            serde_json::to_string(&Refusal::AdvisersToChange).unwrap_or_default(),
            "\"advisers_to_change\""
        );
        let newer = serde_json::from_str::<Refusal>("\"over_quota\"");
        assert_eq!(newer.ok(), Some(Refusal::NotKept));
    }

    #[test]
    fn every_answer_to_a_push_reads_back_as_the_server_wrote_it() {
        let conflict = ids::new();
        let outcomes = vec![
            Outcome::Applied { version: 3 },
            Outcome::Conflicted {
                version: 4,
                conflicts: vec![conflict],
            },
            Outcome::Rejected {
                reason: "Removed.".into(),
                why: Refusal::Removed,
            },
            Outcome::OutOfOrder { expected: 7 },
        ];
        let answer = PushResponse {
            outcomes: outcomes
                .into_iter()
                .zip(1..)
                .map(|(outcome, mutation_id)| MutationOutcome {
                    mutation_id,
                    outcome,
                })
                .collect(),
        };
        let sent = serde_json::to_value(&answer).unwrap_or_default();
        assert_eq!(
            sent["outcomes"],
            json!([
                {"mutation_id": 1, "outcome": "applied", "version": 3},
                {"mutation_id": 2, "outcome": "conflicted", "version": 4, "conflicts": [conflict]},
                {"mutation_id": 3, "outcome": "rejected", "reason": "Removed.", "why": "removed"},
                {"mutation_id": 4, "outcome": "out_of_order", "expected": 7},
            ])
        );
        let read = serde_json::from_value::<PushResponse>(sent).ok();
        assert_eq!(read, Some(answer.clone()));
        // The server keeps each outcome on its own, without the id.
        for MutationOutcome { outcome, .. } in answer.outcomes {
            let kept = serde_json::to_string(&outcome).unwrap_or_default();
            assert_eq!(serde_json::from_str::<Outcome>(&kept).ok(), Some(outcome));
        }
        // An answer from before refusals had kinds.
        let older = json!({"mutation_id": 1, "outcome": "rejected", "reason": "No."});
        assert_eq!(
            serde_json::from_value::<MutationOutcome>(older)
                .ok()
                .map(|m| m.outcome),
            Some(Outcome::Rejected {
                reason: "No.".into(),
                why: Refusal::NotKept
            })
        );
    }

    #[test]
    fn an_answer_missing_what_its_outcome_needs_is_refused_by_name() {
        for (answer, missing) in [
            (json!({"mutation_id": 1, "outcome": "applied"}), "version"),
            (
                json!({"mutation_id": 1, "outcome": "conflicted", "version": 2}),
                "conflicts",
            ),
            (json!({"mutation_id": 1, "outcome": "rejected"}), "reason"),
            (
                json!({"mutation_id": 1, "outcome": "out_of_order"}),
                "expected",
            ),
            (json!({"outcome": "applied", "version": 2}), "mutation_id"),
        ] {
            let error = serde_json::from_value::<MutationOutcome>(answer.clone())
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(error.contains(&format!("`{missing}`")), "{answer}: {error}");
        }
        let unknown = json!({"mutation_id": 1, "outcome": "lost", "version": 2});
        assert!(serde_json::from_value::<MutationOutcome>(unknown).is_err());
    }

    #[test]
    fn unanswered_changes_stay_queued_and_a_rejection_is_kept_with_its_reason() {
        let id = ids::new();
        let mut phone = Replica::new(ids::new());
        let first = phone.change(
            RecordKind::PlanAction,
            id,
            Uuid::nil(),
            fields(json!({ "what": "a" })),
        );
        let second = phone.change(
            RecordKind::PlanAction,
            id,
            Uuid::nil(),
            fields(json!({ "what": "b" })),
        );
        phone.apply_push(&PushResponse { outcomes: vec![] });
        assert_eq!(
            phone.waiting(),
            2,
            "an empty answer names nothing, so nothing leaves"
        );

        phone.apply_push(&PushResponse {
            outcomes: vec![MutationOutcome {
                mutation_id: first,
                outcome: Outcome::Rejected {
                    reason: "You can't change this.".into(),
                    why: Refusal::NotAllowed,
                },
            }],
        });
        assert_eq!(phone.waiting(), 1);
        assert_eq!(phone.rejected.len(), 1);
        assert_eq!(phone.rejected[0].reason, "You can't change this.");
        assert_eq!(phone.rejected[0].why, Refusal::NotAllowed);
        let next = phone
            .push_request()
            .map(|r| r.mutations)
            .unwrap_or_default();
        assert_eq!(
            next.iter().map(|m| m.mutation_id).collect::<Vec<_>>(),
            [second]
        );
        phone.dismiss_rejection(first);
        assert!(phone.rejected.is_empty());
    }

    #[test]
    fn a_gap_renumbers_what_is_unsent_from_where_the_server_expects() {
        let mut phone = Replica::new(ids::new());
        for _ in 0..3 {
            phone.change(
                RecordKind::PlanAction,
                ids::new(),
                Uuid::nil(),
                Fields::new(),
            );
        }
        phone.apply_push(&PushResponse {
            outcomes: vec![MutationOutcome {
                mutation_id: 1,
                outcome: Outcome::OutOfOrder { expected: 1 },
            }],
        });
        let ids: Vec<_> = phone
            .push_request()
            .map(|r| r.mutations)
            .unwrap_or_default()
            .iter()
            .map(|m| m.mutation_id)
            .collect();
        assert_eq!(ids, [1, 2, 3]);
        assert_eq!(
            phone.change(RecordKind::Plan, ids::new(), Uuid::nil(), Fields::new()),
            4
        );
    }

    #[test]
    fn a_reset_replaces_everything_and_deletions_disappear_from_view() {
        let (kept, gone) = (ids::new(), ids::new());
        let mut phone = Replica::new(ids::new());
        phone.apply_pull(page(vec![record(kept, 1, "a"), record(gone, 1, "b")], 5));
        let mut tombstone = record(gone, 2, "b");
        tombstone.deleted = true;
        phone.apply_pull(page(vec![tombstone], 6));
        assert_eq!(phone.view().keys().copied().collect::<Vec<_>>(), [kept]);

        let mut fresh = page(vec![record(gone, 1, "c")], 2);
        fresh.reset = true;
        phone.apply_pull(fresh);
        assert_eq!(phone.view().keys().copied().collect::<Vec<_>>(), [gone]);
        assert_eq!(phone.cursor, 2);
    }

    #[test]
    fn a_reset_sends_again_what_the_server_stored_but_no_longer_has() {
        let id = ids::new();
        let mut phone = Replica::new(ids::new());
        phone.apply_pull(page(vec![record(id, 3, "old")], 10));
        let said = |words: &str| fields(json!({ "what_i_think": words }));
        let first = phone.change(RecordKind::PlanPart, id, Uuid::nil(), said("first"));
        let second = phone.change(RecordKind::PlanPart, id, Uuid::nil(), said("second"));
        phone.apply_push(&PushResponse {
            outcomes: [(first, 4), (second, 5)]
                .map(|(mutation_id, version)| MutationOutcome {
                    mutation_id,
                    outcome: Outcome::Applied { version },
                })
                .to_vec(),
        });
        let third = phone.change(RecordKind::PlanPart, id, Uuid::nil(), said("third"));
        assert_eq!(phone.waiting(), 1);

        // An ordinary page: what the server stored stays stored.
        let mut ordinary = page(vec![record(id, 3, "old")], 10);
        ordinary.last_mutation_id = first;
        phone.apply_pull(ordinary);
        assert_eq!(phone.waiting(), 1);

        // The server was put back to before `second`: it has dealt with
        // `first` only, and starts the phone's records again.
        let mut restored = page(vec![record(id, 4, "first")], 20);
        restored.reset = true;
        restored.last_mutation_id = first;
        phone.apply_pull(restored);
        let again: Vec<u64> = phone.unsent().map(|m| m.mutation_id).collect();
        assert_eq!(again, [second, third], "sent again in order, after `first`");
        assert_eq!(words(&phone, id), Some(json!("third")));
        phone.forget_stored();
        assert_eq!(phone.outbox.len(), 2, "`first` is pulled; the rest wait");
    }

    #[test]
    fn a_gap_sends_again_what_the_server_stored_but_no_longer_has() {
        let id = ids::new();
        let mut phone = Replica::new(ids::new());
        let said = |words: &str| fields(json!({ "what_i_think": words }));
        let first = phone.change(RecordKind::PlanPart, id, Uuid::nil(), said("first"));
        phone.apply_push(&PushResponse {
            outcomes: vec![MutationOutcome {
                mutation_id: first,
                outcome: Outcome::Applied { version: 1 },
            }],
        });
        let second = phone.change(RecordKind::PlanPart, id, Uuid::nil(), said("second"));
        // Put back to before `first`, the server expects this phone's first
        // change: `first` goes again, then `second`.
        phone.apply_push(&PushResponse {
            outcomes: vec![MutationOutcome {
                mutation_id: second,
                outcome: Outcome::OutOfOrder { expected: 1 },
            }],
        });
        let again: Vec<(u64, Fields)> = phone
            .unsent()
            .map(|m| (m.mutation_id, m.data.clone()))
            .collect();
        assert_eq!(again, [(1, said("first")), (2, said("second"))]);
    }
}
