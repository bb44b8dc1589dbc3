//! One conversation between a young person and the people who work with
//! her: her messages and theirs, her statements (what she said through *My
//! voice*) and the replies to them, in the order they were written. Her
//! team manager can read it.
//!
//! Messages are only ever added. Whether one has reached the other side is
//! told by receipts ([`SeenFields`]), also only ever added: the phone of the
//! person it was for adds one when the message arrives ("Delivered") and
//! another when it is on screen ("Read by Sam at 14:02"). A receipt marks a
//! place in the conversation, so one covers everything before it.

#[cfg(target_arch = "wasm32")]
pub mod page;

use pathway_derive::ReadObject;
use serde::Serialize;
use uuid::Uuid;

use crate::sync::{Record, RecordKind};
use crate::voice::{ReplyFields, StatementFields, StatementFlag, Topic};

/// The fields of a [`RecordKind::Message`] record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct MessageFields {
    pub text: String,
    /// Set by the server.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub by_name: String,
}

/// The fields of a [`RecordKind::Seen`] record: a person's phone has every
/// message of the conversation up to the one with id `up_to` (and, with
/// `read`, has shown them to her or him).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct SeenFields {
    pub up_to: Uuid,
    #[serde(default)]
    pub read: bool,
    /// Set by the server.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub by_name: String,
    /// When, in Unix seconds (server time). Set by the server.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub at: i64,
}

/// One thing said in the conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: Uuid,
    /// Who wrote it.
    pub by: Uuid,
    pub by_name: String,
    /// Written by the young person herself.
    pub hers: bool,
    pub text: String,
    /// What she said it was about, for a statement.
    pub topic: Option<Topic>,
    /// When the server stored it (Unix seconds); 0 while on the phone.
    pub at: i64,
}

/// A message as far as where it is in the conversation and whose it is.
pub trait Placed {
    fn place(&self) -> Place;
}

impl Placed for Message {
    fn place(&self) -> Place {
        Place {
            id: self.id,
            by: self.by,
            at: self.at,
        }
    }
}

impl Message {
    pub fn is_by(&self, me: Uuid) -> bool {
        self.by == me
    }
}

/// A message without its words: enough to count what is unread and to
/// know which receipt a phone owes. The menu's count and the sync loop's
/// receipts are on every phone, so they come with the first download; the
/// words, and the code that reads them, come with the screens that show
/// them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub id: Uuid,
    /// Who wrote it.
    pub by: Uuid,
    /// When the server stored it (Unix seconds); 0 while on the phone.
    pub at: i64,
}

impl Placed for Place {
    fn place(&self) -> Place {
        *self
    }
}

/// How far a message has got, in the words shown beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// Still on the writer's phone.
    OnPhone,
    /// Kept by the server.
    Sent,
    /// On the phone of someone it was for.
    Delivered,
    /// On someone's screen: who, and when (Unix seconds).
    Read { by_name: String, at: i64 },
}

/// A receipt, with whose it is.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Receipt {
    by: Uuid,
    fields: SeenFields,
}

/// A young person's conversation, as one phone holds it: her messages
/// with their words ([`Conversation::of`]), or only their places
/// ([`Conversation::places`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversation<M = Message> {
    /// Oldest first.
    pub messages: Vec<M>,
    receipts: Vec<Receipt>,
}

impl<M> Default for Conversation<M> {
    fn default() -> Self {
        Conversation {
            messages: Vec::new(),
            receipts: Vec::new(),
        }
    }
}

impl Conversation {
    /// `young_person`'s conversation from the records `me`'s phone holds.
    pub fn of<'a>(
        records: impl IntoIterator<Item = &'a Record>,
        young_person: Uuid,
        me: Uuid,
    ) -> Self {
        Conversation::read(records, young_person, me, |record, by| {
            let hers = by == young_person;
            let said = |text: String, by_name: String, hers: bool, topic: Option<Topic>| Message {
                id: record.id,
                by,
                by_name,
                hers,
                text,
                topic,
                at: record.updated_at,
            };
            match record.kind {
                RecordKind::Message => record
                    .fields::<MessageFields>()
                    .map(|m| said(m.text, m.by_name, hers, None)),
                RecordKind::Statement => record
                    .fields::<StatementFields>()
                    .map(|s| said(statement_words(&s), s.by_name, true, Some(s.topic))),
                RecordKind::Reply => record
                    .fields::<ReplyFields>()
                    .map(|r| said(r.text, r.by_name, false, None)),
                _ => None,
            }
        })
    }

    /// How far `message` has got. Receipts count only from people it was
    /// for: her, for her adviser's; anyone but her, for hers.
    pub fn delivery(&self, message: &Message, young_person: Uuid) -> Delivery {
        if message.at == 0 {
            return Delivery::OnPhone;
        }
        let for_them =
            |r: &&Receipt| r.fields.up_to >= message.id && (r.by == young_person) != message.hers;
        let read = self
            .receipts
            .iter()
            .filter(for_them)
            .filter(|r| r.fields.read)
            .min_by_key(|r| r.fields.at);
        if let Some(read) = read {
            return Delivery::Read {
                by_name: read.fields.by_name.clone(),
                at: read.fields.at,
            };
        }
        if self.receipts.iter().any(|r| for_them(&r)) {
            Delivery::Delivered
        } else {
            Delivery::Sent
        }
    }
}

impl Conversation<Place> {
    /// `young_person`'s conversation without its words: the same messages
    /// as [`Conversation::of`] reads, each read only as far as it takes to
    /// know it is one.
    pub fn places<'a>(
        records: impl IntoIterator<Item = &'a Record>,
        young_person: Uuid,
        me: Uuid,
    ) -> Self {
        Conversation::read(records, young_person, me, |record, by| {
            let readable = match record.kind {
                RecordKind::Message => record.fields::<MessageFields>().is_some(),
                RecordKind::Statement => record.fields::<StatementFlag>().is_some(),
                RecordKind::Reply => record.fields::<ReplyFields>().is_some(),
                _ => false,
            };
            readable.then_some(Place {
                id: record.id,
                by,
                at: record.updated_at,
            })
        })
    }
}

impl<M: Placed> Conversation<M> {
    /// The conversation's receipts, and its messages as `message` reads
    /// each record (`None`: not a message, or one this phone cannot read),
    /// given who wrote it.
    fn read<'a>(
        records: impl IntoIterator<Item = &'a Record>,
        young_person: Uuid,
        me: Uuid,
        message: impl Fn(&Record, Uuid) -> Option<M>,
    ) -> Self {
        let mut conversation = Conversation::default();
        for record in records {
            if record.young_person_id != young_person || record.deleted {
                continue;
            }
            // Not yet sent, so written on this phone.
            let by = if record.updated_by.is_nil() {
                me
            } else {
                record.updated_by
            };
            if record.kind == RecordKind::Seen {
                if let Some(fields) = record.fields::<SeenFields>() {
                    conversation.receipts.push(Receipt { by, fields });
                }
            } else if let Some(said) = message(record, by) {
                conversation.messages.push(said);
            }
        }
        // Ids are made in time order (UUIDv7) on the phone that wrote them.
        crate::order::by_key(&mut conversation.messages, |m| m.place().id);
        conversation
    }

    /// Messages written by others after the last one `me` read.
    pub fn unread(&self, me: Uuid) -> usize {
        let read_to = self.marked(me, true);
        self.messages
            .iter()
            .map(Placed::place)
            .filter(|m| m.by != me && Some(m.id) > read_to)
            .count()
    }

    /// The receipt `me`'s phone owes, if any: the newest message from
    /// someone else is past what `me` has marked (`read`: read, or else
    /// delivered). A receipt marks a place in the conversation (ids are in
    /// time order), so it covers statements and replies as well.
    pub fn receipt_due(&self, me: Uuid, read: bool) -> Option<SeenFields> {
        let newest = self
            .messages
            .iter()
            .map(Placed::place)
            .filter(|m| m.by != me && m.at > 0)
            .map(|m| m.id)
            .max()?;
        let marked = if read {
            self.marked(me, true)
        } else {
            self.marked(me, false).max(self.marked(me, true))
        };
        (Some(newest) > marked).then(|| SeenFields {
            up_to: newest,
            read,
            by_name: String::new(),
            at: 0,
        })
    }

    /// The newest message `me` has marked (read, or any mark).
    fn marked(&self, me: Uuid, read: bool) -> Option<Uuid> {
        self.receipts
            .iter()
            .filter(|r| r.by == me && (r.fields.read || !read))
            .map(|r| r.fields.up_to)
            .max()
    }
}

/// A statement as one message: what she picked and wrote.
fn statement_words(statement: &StatementFields) -> String {
    let mut parts: Vec<String> = statement
        .answers
        .iter()
        .filter(|(_, answer)| !answer.trim().is_empty())
        .map(|(question, answer)| format!("{question} {answer}"))
        .collect();
    if !statement.text.trim().is_empty() {
        parts.push(statement.text.clone());
    }
    parts.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;
    use crate::sync::test_record;
    use serde_json::json;

    /// A record as it came from the server: written by `by` at `at`.
    fn stored(owner: Uuid, by: Uuid, kind: RecordKind, at: i64, data: serde_json::Value) -> Record {
        Record {
            updated_by: by,
            updated_at: at,
            ..test_record(owner, kind, data)
        }
    }

    #[test]
    fn a_message_says_how_far_it_has_got_by_the_receipts_of_those_it_was_for() {
        let (ella, sam) = (ids::new(), ids::new());
        let hers = stored(
            ella,
            ella,
            RecordKind::Message,
            100,
            json!({ "text": "Can we meet Friday?", "by_name": "Ella Morris" }),
        );
        let mut records = vec![hers.clone()];
        let state = |records: &[Record]| {
            let c = Conversation::of(records, ella, ella);
            c.delivery(&c.messages[0], ella)
        };
        assert_eq!(state(&records), Delivery::Sent);

        // Her own receipt says nothing of whether Sam has it.
        records.push(stored(
            ella,
            ella,
            RecordKind::Seen,
            101,
            json!({ "up_to": hers.id, "read": true, "by_name": "Ella Morris", "at": 101 }),
        ));
        assert_eq!(state(&records), Delivery::Sent);

        records.push(stored(
            ella,
            sam,
            RecordKind::Seen,
            102,
            json!({ "up_to": hers.id, "read": false, "by_name": "Sam Okafor", "at": 102 }),
        ));
        assert_eq!(state(&records), Delivery::Delivered);
        records.push(stored(
            ella,
            sam,
            RecordKind::Seen,
            103,
            json!({ "up_to": hers.id, "read": true, "by_name": "Sam Okafor", "at": 50_000 }),
        ));
        assert_eq!(
            state(&records),
            Delivery::Read {
                by_name: "Sam Okafor".into(),
                at: 50_000
            }
        );

        let unsent = test_record(ella, RecordKind::Message, json!({ "text": "Still here" }));
        let c = Conversation::of([&unsent], ella, ella);
        assert_eq!(c.delivery(&c.messages[0], ella), Delivery::OnPhone);
        assert!(c.messages[0].hers, "on her phone, unsent, it is hers");
        let c = Conversation::of([&unsent], ella, sam);
        assert!(!c.messages[0].hers, "on his phone, unsent, it is his");
    }

    #[test]
    fn what_is_unread_and_which_receipt_is_owed() {
        let (ella, sam) = (ids::new(), ids::new());
        let first = stored(
            ella,
            sam,
            RecordKind::Message,
            100,
            json!({ "text": "Hi Ella", "by_name": "Sam Okafor" }),
        );
        let second = stored(
            ella,
            sam,
            RecordKind::Reply,
            101,
            json!({ "statement": ids::new(), "text": "I'll call you", "by_name": "Sam Okafor" }),
        );
        let mut records = vec![first.clone(), second.clone()];
        let c = Conversation::of(&records, ella, ella);
        assert_eq!(
            c.unread(ella),
            2,
            "his message and his reply to her statement"
        );
        assert_eq!(c.unread(sam), 0, "nothing of his own is unread to him");
        assert_eq!(c.receipt_due(ella, false).map(|s| s.up_to), Some(second.id));
        assert_eq!(c.receipt_due(sam, false), None);

        records.push(stored(
            ella,
            ella,
            RecordKind::Seen,
            102,
            json!({ "up_to": second.id, "read": false }),
        ));
        let c = Conversation::of(&records, ella, ella);
        assert_eq!(c.receipt_due(ella, false), None, "delivered already said");
        assert_eq!(c.unread(ella), 2, "delivered is not read");
        assert_eq!(
            c.receipt_due(ella, true).map(|s| (s.up_to, s.read)),
            Some((second.id, true))
        );

        records.push(stored(
            ella,
            ella,
            RecordKind::Seen,
            103,
            json!({ "up_to": first.id, "read": true }),
        ));
        let c = Conversation::of(&records, ella, ella);
        assert_eq!(c.unread(ella), 1, "read up to the first only");

        // Her receipt, written on her phone and not yet sent, counts too.
        records.push(test_record(
            ella,
            RecordKind::Seen,
            json!({ "up_to": second.id, "read": true }),
        ));
        let c = Conversation::of(&records, ella, ella);
        assert_eq!(c.unread(ella), 0);
        assert_eq!(c.receipt_due(ella, true), None);
        assert_eq!(c.receipt_due(ella, false), None);
    }

    #[test]
    fn her_statements_are_in_her_conversation_in_the_order_written() {
        let ella = ids::new();
        let statement = stored(
            ella,
            ella,
            RecordKind::Statement,
            100,
            json!({
                "topic": "problem", "answers": [["What's the problem?", "My bus pass ran out"], ["What would help?", ""]],
                "text": "", "by_name": "Ella Morris",
            }),
        );
        let message = stored(
            ella,
            ella,
            RecordKind::Message,
            101,
            json!({ "text": "Any news?", "by_name": "Ella Morris" }),
        );
        let someone_elses = stored(
            ids::new(),
            ids::new(),
            RecordKind::Message,
            102,
            json!({ "text": "Not hers" }),
        );
        let c = Conversation::of([&message, &someone_elses, &statement], ella, ella);
        let said: Vec<(&str, Option<Topic>)> = c
            .messages
            .iter()
            .map(|m| (m.text.as_str(), m.topic))
            .collect();
        assert_eq!(
            said,
            [
                (
                    "What's the problem? My bus pass ran out",
                    Some(Topic::Problem)
                ),
                ("Any news?", None)
            ]
        );
        assert!(c.messages.iter().all(|m| m.hers));
    }

    /// The menu's count and the sync loop's receipts, read from places
    /// alone, say what the conversation read whole says, whatever the
    /// phone holds: messages, statements, replies and receipts by her, by
    /// Sam, or written on this phone and not yet sent; removed ones,
    /// someone else's, and records this phone cannot read.
    mod places {
        use super::*;
        use crate::sync::Kept;
        use proptest::prelude::*;

        /// A record, read as: (kind 0–3, who wrote it (0 her, 1 Sam, 2 this
        /// phone, unsent), which message a receipt marks, read, how kept).
        type Made = (u8, u8, usize, bool, Kept);

        fn records(ella: Uuid, sam: Uuid, made: &[Made]) -> Vec<Record> {
            let ids: Vec<Uuid> = made.iter().map(|_| ids::new()).collect();
            made.iter()
                .zip(&ids)
                .enumerate()
                .map(|(at, (&(kind, by, marks, read, kept), id))| {
                    let (kind, data) = match (kind % 4, kept.readable) {
                        (0, true) => (RecordKind::Message, json!({ "text": "Hi" })),
                        (0, false) => (RecordKind::Message, json!({ "words": "Hi" })),
                        (1, true) => (
                            RecordKind::Statement,
                            json!({ "topic": "problem", "answers": [["What's the problem?", "Rent"]] }),
                        ),
                        (1, false) => (RecordKind::Statement, json!({ "topic": "not_a_topic" })),
                        (2, true) => (
                            RecordKind::Reply,
                            json!({ "statement": ids::new(), "text": "Thanks" }),
                        ),
                        (2, false) => (RecordKind::Reply, json!({ "text": "Thanks" })),
                        (_, true) => (
                            RecordKind::Seen,
                            json!({ "up_to": ids.get(marks).copied().unwrap_or_else(ids::new), "read": read }),
                        ),
                        (_, false) => (RecordKind::Seen, json!({ "up_to": "not an id" })),
                    };
                    let (updated_by, updated_at) = match by % 3 {
                        0 => (ella, 100 + at as i64),
                        1 => (sam, 100 + at as i64),
                        _ => (Uuid::nil(), 0),
                    };
                    Record {
                        updated_by,
                        updated_at,
                        ..kept.record(ella, *id, kind, data)
                    }
                })
                .collect()
        }

        proptest! {
            #[test]
            fn count_and_owe_as_the_conversation_read_whole(made in proptest::collection::vec(
                (
                    0u8..4,
                    0u8..3,
                    0usize..12,
                    any::<bool>(),
                    Kept::any(),
                ),
                0..12,
            )) {
                let (ella, sam) = (ids::new(), ids::new());
                let records = records(ella, sam, &made);
                for phone in [ella, sam] {
                    let whole = Conversation::of(&records, ella, phone);
                    let places = Conversation::places(&records, ella, phone);
                    let ids: Vec<Uuid> = whole.messages.iter().map(|m| m.id).collect();
                    let placed: Vec<Uuid> = places.messages.iter().map(|p| p.id).collect();
                    prop_assert_eq!(ids, placed);
                    prop_assert_eq!(whole.unread(phone), places.unread(phone));
                    for read in [false, true] {
                        prop_assert_eq!(whole.receipt_due(phone, read), places.receipt_due(phone, read));
                    }
                }
            }
        }
    }
}
