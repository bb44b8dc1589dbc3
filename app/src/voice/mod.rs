//! The young person's voice: short statements to her worker, in her own
//! time, and the safety flag that must always reach a person.

#[cfg(target_arch = "wasm32")]
pub mod page;

use pathway_derive::ReadObject;
use serde::Serialize;
use uuid::Uuid;

use crate::named::{read_by_name, Named};
use crate::plan::PlanPart;
use crate::sync::{Record, RecordKind};

/// What a statement is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    ReviewReady,
    GoodNews,
    Problem,
    Feeling,
    WhereILive,
    SomethingWrong,
}

impl Topic {
    pub const ALL: [Topic; 6] = [
        Topic::SomethingWrong,
        Topic::Feeling,
        Topic::WhereILive,
        Topic::Problem,
        Topic::GoodNews,
        Topic::ReviewReady,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Topic::ReviewReady => "Get ready for my review",
            Topic::GoodNews => "Share good news",
            Topic::Problem => "Sort a problem",
            Topic::Feeling => "How I'm feeling",
            Topic::WhereILive => "About where I live",
            Topic::SomethingWrong => "Something's wrong",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Topic::ReviewReady => "review",
            Topic::GoodNews => "good-news",
            Topic::Problem => "problem",
            Topic::Feeling => "feeling",
            Topic::WhereILive => "where-i-live",
            Topic::SomethingWrong => "something-wrong",
        }
    }

    /// The topic a slug names.
    pub fn from_slug(slug: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|topic| topic.slug() == slug)
    }

    /// The questions asked, in plain words. Getting ready for a review
    /// asks about each part of the plan, by its heading.
    pub fn prompts(self) -> Vec<&'static str> {
        let fixed: &[&'static str] = match self {
            Topic::ReviewReady => return PlanPart::ALL.iter().map(|p| p.heading()).collect(),
            Topic::GoodNews => &["What happened?", "Who would I like to know?"],
            Topic::Problem => &["What's the problem?", "What would help?"],
            Topic::Feeling => &["What's making me feel this way?"],
            Topic::WhereILive => &["What's it like where I live?", "What would make it better?"],
            Topic::SomethingWrong => &["What's wrong?", "Where am I now?"],
        };
        fixed.to_vec()
    }
}

impl Named for Topic {
    const ALL: &'static [Topic] = &Topic::ALL;

    fn name(self) -> &'static str {
        match self {
            Topic::ReviewReady => "review_ready",
            Topic::GoodNews => "good_news",
            Topic::Problem => "problem",
            Topic::Feeling => "feeling",
            Topic::WhereILive => "where_i_live",
            Topic::SomethingWrong => "something_wrong",
        }
    }
}

read_by_name!(Topic);

/// How she feels, as a face and a word (never colour alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Feeling {
    Great,
    Good,
    Okay,
    Sad,
    Worried,
    Angry,
    Scared,
    Unsafe,
}

impl Feeling {
    pub const ALL: [Feeling; 8] = [
        Feeling::Great,
        Feeling::Good,
        Feeling::Okay,
        Feeling::Sad,
        Feeling::Worried,
        Feeling::Angry,
        Feeling::Scared,
        Feeling::Unsafe,
    ];

    pub fn word(self) -> &'static str {
        match self {
            Feeling::Great => "Great",
            Feeling::Good => "Good",
            Feeling::Okay => "Okay",
            Feeling::Sad => "Sad",
            Feeling::Worried => "Worried",
            Feeling::Angry => "Angry",
            Feeling::Scared => "Scared",
            Feeling::Unsafe => "Not safe",
        }
    }

    pub fn face(self) -> &'static str {
        match self {
            Feeling::Great => "😄",
            Feeling::Good => "🙂",
            Feeling::Okay => "😐",
            Feeling::Sad => "😢",
            Feeling::Worried => "😟",
            Feeling::Angry => "😠",
            Feeling::Scared => "😨",
            Feeling::Unsafe => "🚨",
        }
    }

    /// A feeling that is not a good one.
    fn unhappy(self) -> bool {
        matches!(
            self,
            Feeling::Sad | Feeling::Worried | Feeling::Angry | Feeling::Scared | Feeling::Unsafe
        )
    }
}

impl Named for Feeling {
    const ALL: &'static [Feeling] = &Feeling::ALL;

    fn name(self) -> &'static str {
        match self {
            Feeling::Great => "great",
            Feeling::Good => "good",
            Feeling::Okay => "okay",
            Feeling::Sad => "sad",
            Feeling::Worried => "worried",
            Feeling::Angry => "angry",
            Feeling::Scared => "scared",
            Feeling::Unsafe => "unsafe",
        }
    }
}

read_by_name!(Feeling);

/// The fields of a [`RecordKind::Statement`] record. Only ever added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct StatementFields {
    pub topic: Topic,
    #[serde(default)]
    pub feeling: Option<Feeling>,
    /// Each prompt with her answer.
    #[serde(default)]
    pub answers: Vec<(String, String)>,
    /// Anything else, in her words.
    #[serde(default)]
    pub text: String,
    /// "I'd like someone to call me."
    #[serde(default)]
    pub call_me: bool,
    /// Set by the server from the statement itself, never by the phone.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub flag: bool,
    /// Set by the server.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub by_name: String,
}

/// Whether a statement says she is not safe, or unhappy where she lives:
/// a safety flag that must reach a person at once.
pub fn raises_flag(topic: Topic, feeling: Option<Feeling>) -> bool {
    topic == Topic::SomethingWrong
        || matches!(feeling, Some(Feeling::Scared | Feeling::Unsafe))
        || (topic == Topic::WhereILive && feeling.is_some_and(Feeling::unhappy))
}

/// The fields of a [`RecordKind::Reply`] record: a worker's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct ReplyFields {
    pub statement: Uuid,
    pub text: String,
    /// Set by the server.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub by_name: String,
}

/// The fields of a [`RecordKind::Acknowledgement`] record: a person has
/// read the statement (and for a flag, taken it on). Set by the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
pub struct AcknowledgementFields {
    pub statement: Uuid,
    /// Set by the server.
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub by_name: String,
    /// When, in Unix seconds (server time).
    #[serde(default, skip_serializing_if = "crate::sync::unset")]
    pub at: i64,
}

/// A statement with what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub id: Uuid,
    pub young_person: Uuid,
    pub fields: StatementFields,
    /// When the server stored it (Unix seconds; 0 while still on the phone).
    pub received_at: i64,
    pub acknowledged: Vec<AcknowledgementFields>,
    pub replies: Vec<ReplyFields>,
}

impl Statement {
    /// A flag no one has acknowledged yet.
    pub fn open_flag(&self) -> bool {
        self.fields.flag && self.acknowledged.is_empty()
    }

    /// An open flag older than `minutes` at `now` (Unix seconds): it goes
    /// to the manager's list as unacknowledged.
    pub fn escalated(&self, now: i64, minutes: u32) -> bool {
        self.open_flag()
            && self.received_at > 0
            && now - self.received_at >= i64::from(minutes) * 60
    }
}

/// What she said about `part` in her latest "Get ready for my review".
pub fn review_words(
    statements: &[Statement],
    young_person: Uuid,
    part: PlanPart,
) -> Option<String> {
    statements
        .iter()
        .filter(|s| s.young_person == young_person && s.fields.topic == Topic::ReviewReady)
        .max_by_key(|s| s.id)
        .and_then(|s| s.fields.answers.iter().find(|(q, _)| q == part.heading()))
        .map(|(_, answer)| answer.clone())
}

/// Every statement of the young people in `records`, newest first, with
/// open flags before everything else.
pub fn statements<'a>(records: impl IntoIterator<Item = &'a Record> + Clone) -> Vec<Statement> {
    let of = |kind: RecordKind| {
        records
            .clone()
            .into_iter()
            .filter(move |r| r.kind == kind && !r.deleted)
    };
    let mut list: Vec<Statement> = of(RecordKind::Statement)
        .filter_map(|r| {
            r.fields::<StatementFields>().map(|fields| Statement {
                id: r.id,
                young_person: r.young_person_id,
                fields,
                received_at: r.updated_at,
                acknowledged: Vec::new(),
                replies: Vec::new(),
            })
        })
        .collect();
    for ack in of(RecordKind::Acknowledgement).filter_map(|r| r.fields::<AcknowledgementFields>()) {
        if let Some(s) = list.iter_mut().find(|s| s.id == ack.statement) {
            s.acknowledged.push(ack);
        }
    }
    let mut replies: Vec<(Uuid, ReplyFields)> = of(RecordKind::Reply)
        .filter_map(|r| r.fields::<ReplyFields>().map(|f| (r.id, f)))
        .collect();
    crate::order::by_key(&mut replies, |(id, _)| *id);
    for (_, reply) in replies {
        if let Some(s) = list.iter_mut().find(|s| s.id == reply.statement) {
            s.replies.push(reply);
        }
    }
    crate::order::by_key(&mut list, |s| (!s.open_flag(), std::cmp::Reverse(s.id)));
    list
}

/// A statement read for its flag alone, and its topic, which every
/// statement has: what the menu's marks and a conversation's places
/// ([`crate::messages::Place`]) need of it, without her words.
#[derive(ReadObject)]
pub struct StatementFlag {
    #[serde(rename = "topic")]
    _topic: Topic,
    #[serde(default)]
    pub flag: bool,
}

/// What the menu says of her statements: how many replies they have, and
/// how many carry a safety flag no one has acknowledged yet. Counted as
/// [`statements`] would count them, but reading of each statement only its
/// flag (and its topic, so both count the same statements): her tabs are
/// on every screen of hers, so this is in the main module, and
/// `statements`, which reads each statement whole, stays with the screens
/// that show them.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub replies: usize,
    pub open_flags: usize,
}

impl Tally {
    pub fn of<'a>(records: impl IntoIterator<Item = &'a Record> + Clone) -> Tally {
        let of = |kind: RecordKind| {
            records
                .clone()
                .into_iter()
                .filter(move |r| r.kind == kind && !r.deleted)
        };
        let flagged: Vec<(Uuid, bool)> = of(RecordKind::Statement)
            .filter_map(|r| r.fields::<StatementFlag>().map(|said| (r.id, said.flag)))
            .collect();
        let is_hers = |statement: &Uuid| flagged.iter().any(|(id, _)| id == statement);
        let acknowledged: Vec<Uuid> = of(RecordKind::Acknowledgement)
            .filter_map(|r| r.fields::<AcknowledgementFields>())
            .map(|ack| ack.statement)
            .collect();
        Tally {
            replies: of(RecordKind::Reply)
                .filter_map(|r| r.fields::<ReplyFields>())
                .filter(|reply| is_hers(&reply.statement))
                .count(),
            open_flags: flagged
                .iter()
                .filter(|(id, flag)| *flag && !acknowledged.contains(id))
                .count(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;
    use crate::sync::test_record as record;
    use serde_json::json;

    #[test]
    fn review_answers_are_found_by_part() {
        let ella = ids::new();
        let older = record(
            ella,
            RecordKind::Statement,
            json!({ "topic": "review_ready", "answers": [["Money", "Old words"]] }),
        );
        let newer = record(
            ella,
            RecordKind::Statement,
            json!({ "topic": "review_ready", "answers": [["Money", "Saving is going well"], ["Where I live", "The boiler"]] }),
        );
        let list = statements([&older, &newer]);
        assert_eq!(
            review_words(&list, ella, PlanPart::Money).as_deref(),
            Some("Saving is going well")
        );
        assert_eq!(review_words(&list, ella, PlanPart::WhoIAm), None);
        assert_eq!(Topic::ReviewReady.prompts().len(), 10);
    }

    #[test]
    fn what_raises_a_safety_flag() {
        use Feeling::*;
        let cases = [
            (Topic::SomethingWrong, None, true),
            (Topic::SomethingWrong, Some(Great), true),
            (Topic::Feeling, Some(Scared), true),
            (Topic::Feeling, Some(Unsafe), true),
            (Topic::GoodNews, Some(Unsafe), true),
            (Topic::Feeling, Some(Sad), false),
            (Topic::WhereILive, Some(Sad), true),
            (Topic::WhereILive, Some(Worried), true),
            (Topic::WhereILive, Some(Okay), false),
            (Topic::WhereILive, None, false),
            (Topic::Problem, Some(Angry), false),
            (Topic::ReviewReady, None, false),
        ];
        for (topic, feeling, flag) in cases {
            assert_eq!(raises_flag(topic, feeling), flag, "{topic:?} {feeling:?}");
        }
    }

    #[test]
    fn open_flags_come_first_then_newest_and_escalate_when_left() {
        let ella = ids::new();
        let statement = |topic: &str, flag: bool| {
            let mut r = record(
                ella,
                RecordKind::Statement,
                json!({ "topic": topic, "flag": flag }),
            );
            r.updated_at = 1_000;
            r
        };
        let older_flag = statement("something_wrong", true);
        let news = statement("good_news", false);
        let acked_flag = statement("something_wrong", true);
        let ack = record(
            ella,
            RecordKind::Acknowledgement,
            json!({ "statement": acked_flag.id, "by_name": "Sam Okafor", "at": 1_100 }),
        );
        let reply = record(
            ella,
            RecordKind::Reply,
            json!({ "statement": news.id, "text": "Brilliant!", "by_name": "Sam Okafor" }),
        );
        let list = statements([&older_flag, &news, &acked_flag, &ack, &reply]);
        let order: Vec<Uuid> = list.iter().map(|s| s.id).collect();
        assert_eq!(order, [older_flag.id, acked_flag.id, news.id]);
        assert_eq!(list[2].replies[0].text, "Brilliant!");
        assert!(list[0].escalated(1_000 + 120 * 60, 120));
        assert!(!list[0].escalated(1_000 + 119 * 60, 120));
        assert!(
            !list[1].escalated(1_000_000, 120),
            "acknowledged flags never escalate"
        );
    }

    /// The menu's counts agree with what *My voice* and the inbox show,
    /// whatever mix of statements, replies and acknowledgements the phone
    /// holds: removed ones, ones answering a statement it does not have,
    /// and records a newer Pathway wrote that this one cannot read.
    mod tally {
        use super::*;
        use proptest::prelude::*;

        /// A record, read as: (kind 0–2, which statement it answers,
        /// removed, flagged, readable).
        type Made = (u8, usize, bool, bool, bool);

        fn records(made: &[Made]) -> Vec<Record> {
            let ella = ids::new();
            let ids: Vec<Uuid> = made.iter().map(|_| ids::new()).collect();
            made.iter()
                .zip(&ids)
                .map(|(&(kind, answers, deleted, flag, readable), id)| {
                    let statement = ids.get(answers).copied().unwrap_or_else(ids::new);
                    let (kind, data) = match (kind % 3, readable) {
                        (0, true) => (
                            RecordKind::Statement,
                            json!({ "topic": "problem", "flag": flag }),
                        ),
                        (0, false) => (
                            RecordKind::Statement,
                            json!({ "topic": "not_a_topic", "flag": flag }),
                        ),
                        (1, true) => (
                            RecordKind::Reply,
                            json!({ "statement": statement, "text": "Thanks" }),
                        ),
                        (1, false) => (RecordKind::Reply, json!({ "statement": statement })),
                        (_, true) => (
                            RecordKind::Acknowledgement,
                            json!({ "statement": statement }),
                        ),
                        (_, false) => (
                            RecordKind::Acknowledgement,
                            json!({ "statement": "not an id" }),
                        ),
                    };
                    let mut r = record(ella, kind, data);
                    r.id = *id;
                    r.deleted = deleted;
                    r
                })
                .collect()
        }

        proptest! {
            #[test]
            fn counts_as_her_statements_show(made in proptest::collection::vec(
                (0u8..3, 0usize..12, proptest::bool::weighted(0.15), any::<bool>(), proptest::bool::weighted(0.9)),
                0..12,
            )) {
                let records = records(&made);
                let shown = statements(&records);
                prop_assert_eq!(
                    Tally::of(&records),
                    Tally {
                        replies: shown.iter().map(|s| s.replies.len()).sum(),
                        open_flags: shown.iter().filter(|s| s.open_flag()).count(),
                    }
                );
            }
        }

        #[test]
        fn an_acknowledged_flag_is_no_longer_open_and_replies_count() {
            let made = [
                (0, 0, false, true, true),
                (0, 0, false, true, true),
                (2, 0, false, false, true),
                (1, 1, false, false, true),
                (1, 1, false, false, true),
            ];
            assert_eq!(
                Tally::of(&records(&made)),
                Tally {
                    replies: 2,
                    open_flags: 1
                }
            );
        }
    }
}
