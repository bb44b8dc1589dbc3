//! The sync protocol (described in `docs/sync.md`): the records every screen
//! reads, the mutations a phone sends, and what the server answers.
//!
//! A phone keeps a [`Replica`]: the records as the server last sent them,
//! plus an outbox of its own changes not yet confirmed. What it shows is the
//! one laid over the other ([`Replica::view`]), so a local write is a single
//! append to the outbox and nothing the person typed can be overwritten by
//! a pull before the server has answered for it.

pub mod kinds;
mod replica;
pub mod stored;
pub mod unsent;

pub use replica::{Rejection, Replica};

use pathway_derive::ReadObject;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::named::{self, read_by_name, Named};

use crate::contacts::rules::ContactRules;
use crate::plan::AdviserContact;

/// The protocol's version; a server refuses an older one and the phone reloads.
pub const SCHEMA_VERSION: u32 = 1;

/// The most mutations sent in one push.
pub const PUSH_BATCH: usize = 100;

/// The fields of a record, or the changed fields of a mutation.
pub type Fields = Map<String, Value>;

/// Whether a field the server fills in is still empty, so a phone sending
/// the typed fields of a new record leaves it out.
pub fn unset<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// The fields of a typed record, as a change carries them.
pub fn fields_of<T: Serialize>(record: &T) -> Fields {
    match serde_json::to_value(record) {
        Ok(Value::Object(fields)) => fields,
        _ => Fields::new(),
    }
}

/// The fields of a JSON object (anything else has none), for tests.
#[cfg(test)]
pub(crate) fn fields(value: Value) -> Fields {
    match value {
        Value::Object(fields) => fields,
        _ => Fields::new(),
    }
}

/// Every kind of synced record. Adding a kind means adding it here, saying
/// who may change which of its fields (on the server, `sync::rules`), and
/// reading it where it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// The plan's dates: `next_contact`, `next_review`.
    Plan,
    /// One part of the plan: `part`, `what_i_think`.
    PlanPart,
    /// One action: `part`, `what`, `who`, `by_when`, `done`.
    PlanAction,
    /// A change that met another change to the same field; see [`ConflictNote`].
    Conflict,
    /// The adviser's record of one contact; see `contacts::ContactNote`.
    Contact,
    /// National data as of a date; see `contacts::Circumstances`.
    Circumstances,
    /// One of her Outcome Bees goals; see `goals::GoalFields`.
    Goal,
    /// How a goal was going on a day; see `goals::RatingFields`.
    Rating,
    /// Encouragement on a goal; see `goals::GoalNoteFields`.
    GoalNote,
    /// Something she told her worker; see `voice::StatementFields`.
    Statement,
    /// A worker's answer to a statement; see `voice::ReplyFields`.
    Reply,
    /// A person has read a statement; see `voice::AcknowledgementFields`.
    Acknowledgement,
    /// A plan review, and once recorded the version of the plan it agreed;
    /// see `plan::review::ReviewFields`.
    Review,
    /// Her answer to a version: agree or not, and why; see
    /// `plan::review::AgreementFields`.
    Agreement,
    /// She asked for a review; see `plan::review::RequestFields`.
    ReviewRequest,
    /// Something said in her conversation; see `messages::MessageFields`.
    Message,
    /// A phone has, or has shown, her conversation up to a message; see
    /// `messages::SeenFields`.
    Seen,
}

impl RecordKind {
    /// The name used in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Plan => "plan",
            RecordKind::PlanPart => "plan_part",
            RecordKind::PlanAction => "plan_action",
            RecordKind::Conflict => "conflict",
            RecordKind::Contact => "contact",
            RecordKind::Circumstances => "circumstances",
            RecordKind::Goal => "goal",
            RecordKind::Rating => "rating",
            RecordKind::GoalNote => "goal_note",
            RecordKind::Statement => "statement",
            RecordKind::Reply => "reply",
            RecordKind::Acknowledgement => "acknowledgement",
            RecordKind::Review => "review",
            RecordKind::Agreement => "agreement",
            RecordKind::ReviewRequest => "review_request",
            RecordKind::Message => "message",
            RecordKind::Seen => "seen",
        }
    }
}

impl Named for RecordKind {
    const ALL: &'static [RecordKind] = &[
        RecordKind::Plan,
        RecordKind::PlanPart,
        RecordKind::PlanAction,
        RecordKind::Conflict,
        RecordKind::Contact,
        RecordKind::Circumstances,
        RecordKind::Goal,
        RecordKind::Rating,
        RecordKind::GoalNote,
        RecordKind::Statement,
        RecordKind::Reply,
        RecordKind::Acknowledgement,
        RecordKind::Review,
        RecordKind::Agreement,
        RecordKind::ReviewRequest,
        RecordKind::Message,
        RecordKind::Seen,
    ];

    fn name(self) -> &'static str {
        self.as_str()
    }
}

read_by_name!(RecordKind, Pronouns, OutcomeKind);

impl std::str::FromStr for RecordKind {
    type Err = UnknownKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        named::find(s).ok_or_else(|| UnknownKind(s.to_owned()))
    }
}

/// A stored kind name that is not a [`RecordKind`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown record kind \"{0}\"")]
pub struct UnknownKind(pub String);

/// One synced record as the server holds it.
#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Record {
    /// Made by the phone that created it (UUIDv7).
    pub id: Uuid,
    pub kind: RecordKind,
    /// Whose record it is, which decides who may see it.
    pub young_person_id: Uuid,
    /// Made by the server; grows by one with each change.
    pub version: u64,
    /// When the server stored the last change (Unix seconds).
    pub updated_at: i64,
    pub updated_by: Uuid,
    /// A tombstone: kept so every phone learns of the removal.
    pub deleted: bool,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub data: Fields,
}

impl Record {
    /// The record's fields as `T`, if they have that shape. Read where
    /// they are, not from a copy: a copy of every field, words and all,
    /// for each record read was most of the work.
    pub fn fields<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        T::deserialize(&self.data).ok()
    }
}

/// One change made on a phone.
#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Mutation {
    /// Counts up from 1 on each phone, with no gaps.
    pub mutation_id: u64,
    pub kind: RecordKind,
    pub record_id: Uuid,
    /// Whose record; must match the stored record's.
    pub young_person_id: Uuid,
    /// The version the change was made on; 0 when it creates the record.
    pub base_version: u64,
    /// Only the fields that changed.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub data: Fields,
    /// Removes the record (a tombstone is kept).
    #[serde(default)]
    pub delete: bool,
}

/// `POST /api/sync/push`.
#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushRequest {
    pub client_id: Uuid,
    pub schema_version: u32,
    pub mutations: Vec<Mutation>,
}

/// What became of one mutation, tagged by `outcome`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "outcome", rename_all = "snake_case", try_from = "FlatOutcome")]
pub enum Outcome {
    /// Stored; the record is now at `version`.
    Applied { version: u64 },
    /// Fields someone else had changed since `base_version` kept their value;
    /// this mutation's values for them are kept as the `conflicts` records.
    /// Any other fields were applied.
    Conflicted { version: u64, conflicts: Vec<Uuid> },
    /// Not stored, for this reason, which the phone shows staff; a young
    /// person reads its kind, `why`, in her language. The queue moves on.
    Rejected {
        reason: String,
        /// Answers from before kinds were sent read as [`Refusal::NotKept`].
        #[serde(default)]
        why: Refusal,
    },
    /// A mutation id was skipped: nothing from here on was looked at; send
    /// again from `expected`.
    OutOfOrder { expected: u64 },
}

/// The kind of reason a change was refused: what a young person's phone
/// says, in her language (`refusal-*` messages).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", into = "&'static str")]
pub enum Refusal {
    /// The record is not there, or not the person's to change.
    NotFound,
    /// The record was removed.
    Removed,
    /// Only her personal adviser changes it.
    AdvisersToChange,
    /// It was written down (a version of her plan, a record) and stays so.
    WrittenDown,
    /// The review she answers has not been written down yet.
    NotWrittenDownYet,
    /// What was sent is not in a shape Pathway keeps.
    #[default]
    NotKept,
    /// The same change was sent before.
    AlreadyDealtWith,
    /// The person's role does not make such changes.
    NotAllowed,
}

impl Refusal {
    pub const ALL: [Refusal; 8] = [
        Refusal::NotFound,
        Refusal::Removed,
        Refusal::AdvisersToChange,
        Refusal::WrittenDown,
        Refusal::NotWrittenDownYet,
        Refusal::NotKept,
        Refusal::AlreadyDealtWith,
        Refusal::NotAllowed,
    ];

    /// How the push answer names it.
    pub fn code(self) -> &'static str {
        match self {
            Refusal::NotFound => "not_found",
            Refusal::Removed => "removed",
            Refusal::AdvisersToChange => "advisers_to_change",
            Refusal::WrittenDown => "written_down",
            Refusal::NotWrittenDownYet => "not_written_down_yet",
            Refusal::NotKept => "not_kept",
            Refusal::AlreadyDealtWith => "already_dealt_with",
            Refusal::NotAllowed => "not_allowed",
        }
    }
}

// Read and written by the code above, which costs the phone less than
// serde's derive. A kind this phone does not know yet (from a newer
// server) reads as `NotKept`.
impl Named for Refusal {
    const ALL: &'static [Refusal] = &Refusal::ALL;

    fn name(self) -> &'static str {
        self.code()
    }
}

impl<'de> Deserialize<'de> for Refusal {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        named::read_or(deserializer, Refusal::default())
    }
}

impl From<Refusal> for &'static str {
    fn from(why: Refusal) -> &'static str {
        why.code()
    }
}

/// The answer for one mutation: one flat object, `outcome` naming which
/// (`{"mutation_id": 4, "outcome": "applied", "version": 2}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(try_from = "FlatOutcome")]
pub struct MutationOutcome {
    pub mutation_id: u64,
    #[serde(flatten)]
    pub outcome: Outcome,
}

/// An outcome as it is read, with or without its mutation's id (the server
/// keeps each outcome without it). Serde's tagged and flattened enums
/// buffer every answer before reading it, which cost the phone 4 KB of
/// code; this reads the same JSON field by field.
#[derive(ReadObject)]
struct FlatOutcome {
    mutation_id: Option<u64>,
    outcome: OutcomeKind,
    version: Option<u64>,
    conflicts: Option<Vec<Uuid>>,
    reason: Option<String>,
    #[serde(default)]
    why: Refusal,
    expected: Option<u64>,
}

#[derive(Clone, Copy)]
enum OutcomeKind {
    Applied,
    Conflicted,
    Rejected,
    OutOfOrder,
}

impl Named for OutcomeKind {
    const ALL: &'static [OutcomeKind] = &[
        OutcomeKind::Applied,
        OutcomeKind::Conflicted,
        OutcomeKind::Rejected,
        OutcomeKind::OutOfOrder,
    ];

    fn name(self) -> &'static str {
        match self {
            OutcomeKind::Applied => "applied",
            OutcomeKind::Conflicted => "conflicted",
            OutcomeKind::Rejected => "rejected",
            OutcomeKind::OutOfOrder => "out_of_order",
        }
    }
}

impl TryFrom<FlatOutcome> for Outcome {
    type Error = MissingField;

    fn try_from(flat: FlatOutcome) -> Result<Outcome, MissingField> {
        Ok(match flat.outcome {
            OutcomeKind::Applied => Outcome::Applied {
                version: flat.version.ok_or(MissingField("version"))?,
            },
            OutcomeKind::Conflicted => Outcome::Conflicted {
                version: flat.version.ok_or(MissingField("version"))?,
                conflicts: flat.conflicts.ok_or(MissingField("conflicts"))?,
            },
            OutcomeKind::Rejected => Outcome::Rejected {
                reason: flat.reason.ok_or(MissingField("reason"))?,
                why: flat.why,
            },
            OutcomeKind::OutOfOrder => Outcome::OutOfOrder {
                expected: flat.expected.ok_or(MissingField("expected"))?,
            },
        })
    }
}

impl TryFrom<FlatOutcome> for MutationOutcome {
    type Error = MissingField;

    fn try_from(flat: FlatOutcome) -> Result<MutationOutcome, MissingField> {
        Ok(MutationOutcome {
            mutation_id: flat.mutation_id.ok_or(MissingField("mutation_id"))?,
            outcome: flat.try_into()?,
        })
    }
}

/// An outcome without a field its kind needs.
#[derive(Debug, thiserror::Error)]
#[error("missing field `{0}`")]
pub struct MissingField(&'static str);

/// The answer to a push: one outcome per mutation looked at, in order.
#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushResponse {
    pub outcomes: Vec<MutationOutcome>,
}

/// A young person as the phone needs to show them: not a synced record,
/// but sent with every pull.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonCard {
    pub id: Uuid,
    pub name: String,
    #[serde(with = "crate::dates::iso_date")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub date_of_birth: time::Date,
    pub adviser: Option<AdviserContact>,
    /// Her own phone number, for staff to call her.
    #[serde(default)]
    pub phone: Option<String>,
    /// Her account is locked (a phone was lost): she cannot sign in.
    #[serde(default)]
    pub locked: bool,
    /// How staff screens speak of them.
    #[serde(default)]
    pub pronouns: Pronouns,
}

/// The pronouns a young person has asked to be spoken of with; "they"
/// until recorded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Pronouns {
    She,
    He,
    #[default]
    They,
}

impl Pronouns {
    /// "Waiting for her to accept it."
    pub fn object(self) -> &'static str {
        match self {
            Pronouns::She => "her",
            Pronouns::He => "him",
            Pronouns::They => "them",
        }
    }

    /// "Only her adviser writes here."
    pub fn possessive(self) -> &'static str {
        match self {
            Pronouns::She => "her",
            Pronouns::He => "his",
            Pronouns::They => "their",
        }
    }

    /// "Your rating, not hers."
    pub fn independent(self) -> &'static str {
        match self {
            Pronouns::She => "hers",
            Pronouns::He => "his",
            Pronouns::They => "theirs",
        }
    }

    /// The name the command line and the database use.
    pub fn as_str(self) -> &'static str {
        match self {
            Pronouns::She => "she",
            Pronouns::He => "he",
            Pronouns::They => "they",
        }
    }

    /// From [`Pronouns::as_str`]'s names.
    pub fn parse(name: &str) -> Option<Pronouns> {
        named::find(name)
    }
}

impl Named for Pronouns {
    const ALL: &'static [Pronouns] = &[Pronouns::She, Pronouns::He, Pronouns::They];

    fn name(self) -> &'static str {
        self.as_str()
    }
}

impl PersonCard {
    /// The name to use in a sentence about them ("What Ella thinks").
    pub fn first_name(&self) -> &str {
        first_name(&self.name)
    }
}

/// The first word of a full name.
pub fn first_name(full: &str) -> &str {
    full.split_whitespace().next().unwrap_or(full)
}

/// `GET /api/sync/pull?cursor=N&client_id=…&scope=…`.
#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PullResponse {
    /// Records changed after the cursor, oldest change first, tombstones
    /// included.
    pub records: Vec<Record>,
    /// Where the next pull starts.
    pub cursor: u64,
    /// The last mutation from this phone the server has dealt with.
    pub last_mutation_id: u64,
    /// Names the set of young people this person may see.
    pub scope: String,
    /// What this person may see has changed: drop every record and take
    /// these (pulled from the start) instead.
    pub reset: bool,
    /// More changes wait after `cursor`: pull again.
    pub more: bool,
    /// The young people this person may see.
    pub people: Vec<PersonCard>,
    /// The contact rules in force.
    pub rules: ContactRules,
    /// The council's settings phones need.
    #[serde(default)]
    pub settings: LocalSettings,
}

/// What the council sets that phones need to know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LocalSettings {
    /// Who to call out of hours, shown with every worrying statement.
    pub out_of_hours_phone: String,
    /// An unacknowledged safety flag goes to the manager after this long.
    pub escalate_after_minutes: u32,
    /// The council's advocacy service, on her *People who help me*.
    #[serde(default)]
    pub advocacy: Option<Advocacy>,
}

impl Default for LocalSettings {
    fn default() -> Self {
        LocalSettings {
            out_of_hours_phone: "0300 123 4567".into(),
            escalate_after_minutes: 120,
            advocacy: None,
        }
    }
}

/// Where a young person finds an advocate: someone on her side who is not
/// part of the leaving care team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ReadObject)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Advocacy {
    pub name: String,
    #[serde(default)]
    pub phone: Option<String>,
    /// Its web address.
    #[serde(default)]
    pub web: Option<String>,
}

/// Kept where both sides of a change to one field meet; the record keeps
/// the server's value and this keeps the other.
#[derive(Debug, Clone, PartialEq, Serialize, ReadObject)]
pub struct ConflictNote {
    pub record_id: Uuid,
    pub record_kind: RecordKind,
    pub field: String,
    /// The value that was not kept.
    pub value: Value,
    pub by: Uuid,
    pub by_name: String,
}

/// A live record at version 1, for tests.
#[cfg(test)]
pub(crate) fn test_record(owner: Uuid, kind: RecordKind, data: Value) -> Record {
    Record {
        id: crate::ids::new(),
        kind,
        young_person_id: owner,
        version: 1,
        updated_at: 0,
        updated_by: Uuid::nil(),
        deleted: false,
        data: fields(data),
    }
}

/// How a property test keeps a record it made: removed or not, hers or
/// someone else's, and whether a phone can read what it says (a test
/// writes it `readable` or not).
#[cfg(test)]
#[derive(Debug, Clone, Copy)]
pub(crate) struct Kept {
    pub removed: bool,
    pub hers: bool,
    pub readable: bool,
}

#[cfg(test)]
impl Kept {
    /// Mostly hers, readable and kept, as a phone mostly holds them.
    pub fn any() -> impl proptest::strategy::Strategy<Value = Kept> {
        use proptest::prelude::*;
        (
            proptest::bool::weighted(0.1),
            proptest::bool::weighted(0.9),
            proptest::bool::weighted(0.9),
        )
            .prop_map(|(removed, hers, readable)| Kept {
                removed,
                hers,
                readable,
            })
    }

    /// A record of `kind` saying `data`, with `id`: `her`s, or someone
    /// else's.
    pub fn record(self, her: Uuid, id: Uuid, kind: RecordKind, data: Value) -> Record {
        let owner = if self.hers { her } else { crate::ids::new() };
        Record {
            id,
            deleted: self.removed,
            ..test_record(owner, kind, data)
        }
    }
}
