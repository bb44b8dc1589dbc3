//! How a [`Replica`] is written down on the phone, and read back whatever
//! happened to it since: an app update, a half-written save, a newer app.
//!
//! It is kept as two values. The **outbox** holds her unsent changes and is
//! precious: it is written first and on its own, and never overwritten by
//! something that could not read it. The **cache** holds what was pulled and
//! can always be pulled again. Each value names its `format`; a value this
//! app cannot read is handed back to be set aside under a dated key, and the
//! changes it held are recovered wherever they still parse.
//!
//! Format 0 is the shape apps wrote before the split: one value holding
//! both (see the fixtures beside this file).

use pathway_derive::ReadObject;
use std::collections::BTreeMap;

use serde::de::IgnoredAny;
use serde::Serialize;
use uuid::Uuid;

use crate::contacts::rules::ContactRules;

use super::replica::{Entry, Rejection, Replica};
use super::{LocalSettings, PersonCard, Record};

/// The outbox's format, written with it.
pub const OUTBOX_FORMAT: u32 = 1;
/// The cache's format, written with it.
pub const CACHE_FORMAT: u32 = 1;

/// One of the values a replica is stored as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Her unsent changes.
    Outbox,
    /// What was pulled.
    Cache,
    /// Both together, as apps before format 1 saved them.
    Legacy,
}

impl Slot {
    /// The last part of the slot's storage key.
    pub fn name(self) -> &'static str {
        match self {
            Slot::Outbox => "outbox",
            Slot::Cache => "cache",
            Slot::Legacy => "replica",
        }
    }
}

/// The values found on the phone for one person, as text.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub outbox: Option<String>,
    pub cache: Option<String>,
    pub legacy: Option<String>,
}

impl Found {
    /// Nothing was kept: a phone's first sign-in, or the first since
    /// everything was sent and forgotten.
    pub fn is_empty(&self) -> bool {
        self.outbox.is_none() && self.cache.is_none() && self.legacy.is_none()
    }
}

/// Why a stored value could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unreadable {
    /// A newer app wrote it, in a format this one does not know.
    #[error("a newer app wrote it, in format {0}")]
    Newer(u32),
    /// It is cut short or is not the shape it should be.
    #[error("it is damaged: {0}")]
    Damaged(String),
}

/// A replica read back, and what must happen on the phone before anything
/// is written over it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub replica: Replica,
    /// Values that could not be read: copy each under a dated key, and only
    /// then write anything in its slot.
    pub set_aside: Vec<(Slot, Unreadable)>,
    /// The values were in an older shape (or set aside): write both anew,
    /// the outbox first, then remove the legacy value.
    pub rewrite: bool,
    /// Changes recovered from a value that could not be read whole.
    pub recovered: usize,
}

#[derive(Serialize)]
struct OutboxOut<'a> {
    format: u32,
    client_id: Uuid,
    next_mutation_id: u64,
    entries: &'a [Entry],
    rejected: &'a [Rejection],
}

#[derive(ReadObject)]
struct OutboxIn {
    format: u32,
    client_id: Uuid,
    next_mutation_id: u64,
    entries: Vec<Entry>,
    #[serde(default)]
    rejected: Vec<Rejection>,
}

#[derive(Serialize)]
struct CacheOut<'a> {
    format: u32,
    cursor: u64,
    scope: &'a str,
    pulled: &'a BTreeMap<Uuid, Record>,
    people: &'a [PersonCard],
    rules: &'a Option<ContactRules>,
    settings: &'a LocalSettings,
}

#[derive(ReadObject)]
struct CacheIn {
    format: u32,
    cursor: u64,
    scope: String,
    pulled: BTreeMap<Uuid, Record>,
    people: Vec<PersonCard>,
    #[serde(default)]
    rules: Option<ContactRules>,
    #[serde(default)]
    settings: LocalSettings,
}

/// Format 0: outbox and cache in one value. `rules` and `settings` came
/// later than the rest, so older values lack them.
#[derive(ReadObject)]
struct LegacyIn {
    client_id: Uuid,
    cursor: u64,
    scope: String,
    next_mutation_id: u64,
    pulled: BTreeMap<Uuid, Record>,
    outbox: Vec<Entry>,
    rejected: Vec<Rejection>,
    people: Vec<PersonCard>,
    #[serde(default)]
    rules: Option<ContactRules>,
    #[serde(default)]
    settings: LocalSettings,
}

impl OutboxIn {
    fn put_into(self, replica: &mut Replica) {
        replica.client_id = self.client_id;
        replica.next_mutation_id = self.next_mutation_id;
        replica.outbox = self.entries;
        replica.rejected = self.rejected;
    }
}

impl CacheIn {
    fn put_into(self, replica: &mut Replica) {
        replica.cursor = self.cursor;
        replica.scope = self.scope;
        replica.pulled = self.pulled;
        replica.people = self.people;
        replica.rules = self.rules;
        replica.settings = self.settings;
    }
}

impl LegacyIn {
    /// The two values format 1 keeps apart.
    fn split(self) -> (OutboxIn, CacheIn) {
        let outbox = OutboxIn {
            format: 0,
            client_id: self.client_id,
            next_mutation_id: self.next_mutation_id,
            entries: self.outbox,
            rejected: self.rejected,
        };
        let cache = CacheIn {
            format: 0,
            cursor: self.cursor,
            scope: self.scope,
            pulled: self.pulled,
            people: self.people,
            rules: self.rules,
            settings: self.settings,
        };
        (outbox, cache)
    }
}

#[derive(ReadObject)]
struct FormatOnly {
    #[serde(default)]
    format: u32,
}

/// The outbox as it is stored.
pub fn outbox_text(replica: &Replica) -> String {
    serde_json::to_string(&OutboxOut {
        format: OUTBOX_FORMAT,
        client_id: replica.client_id,
        next_mutation_id: replica.next_mutation_id,
        entries: &replica.outbox,
        rejected: &replica.rejected,
    })
    .unwrap_or_default()
}

/// The cache as it is stored.
pub fn cache_text(replica: &Replica) -> String {
    serde_json::to_string(&CacheOut {
        format: CACHE_FORMAT,
        cursor: replica.cursor,
        scope: &replica.scope,
        pulled: &replica.pulled,
        people: &replica.people,
        rules: &replica.rules,
        settings: &replica.settings,
    })
    .unwrap_or_default()
}

/// Reads back what was found, or starts afresh with `new_client_id` where
/// nothing usable was. Never fails: whatever can't be read is named in
/// [`Loaded::set_aside`], and a fresh cache is pulled again.
pub fn load(found: &Found, new_client_id: Uuid) -> Loaded {
    let mut replica = Replica::new(new_client_id);
    let mut set_aside = Vec::new();
    let mut rewrite = false;
    let mut recovered = 0;

    let mut outbox_read = false;
    if let Some(text) = &found.outbox {
        match read::<OutboxIn>(text, OUTBOX_FORMAT) {
            Ok(outbox) => {
                outbox.put_into(&mut replica);
                outbox_read = true;
            }
            Err(why) => {
                recovered += recover(&mut replica, text, "entries");
                set_aside.push((Slot::Outbox, why));
                rewrite = true;
                outbox_read = true;
            }
        }
    }
    let mut cache_read = false;
    if let Some(text) = &found.cache {
        match read_cache(&mut replica, text) {
            Ok(()) => cache_read = true,
            Err(why) => {
                set_aside.push((Slot::Cache, why));
                rewrite = true;
            }
        }
    }
    if let Some(text) = &found.legacy {
        rewrite = true;
        match serde_json::from_str::<LegacyIn>(text) {
            Ok(old) => {
                let (outbox, cache) = old.split();
                if !outbox_read {
                    outbox.put_into(&mut replica);
                }
                if !cache_read {
                    cache.put_into(&mut replica);
                }
            }
            Err(error) => {
                let format = serde_json::from_str::<FormatOnly>(text).map_or(0, |f| f.format);
                let why = if format > 0 {
                    Unreadable::Newer(format)
                } else {
                    Unreadable::Damaged(error.to_string())
                };
                if !outbox_read {
                    recovered += recover(&mut replica, text, "outbox");
                }
                set_aside.push((Slot::Legacy, why));
            }
        }
    }
    // Whatever the cache says, the records it lacks must be pulled: a cache
    // older than the outbox only makes the phone show less until the pull.
    replica.forget_stored();
    Loaded {
        replica,
        set_aside,
        rewrite,
        recovered,
    }
}

/// Reads a cache kept apart from the outbox (it lives elsewhere on the
/// phone and is read later) into a replica holding the outbox. A cache that
/// can't be read changes nothing and must be set aside before the next one
/// is written.
pub fn read_cache(replica: &mut Replica, text: &str) -> Result<(), Unreadable> {
    read::<CacheIn>(text, CACHE_FORMAT)?.put_into(replica);
    replica.forget_stored();
    Ok(())
}

/// Reads a value written in `current` format.
fn read<T: serde::de::DeserializeOwned + HasFormat>(
    text: &str,
    current: u32,
) -> Result<T, Unreadable> {
    match serde_json::from_str::<T>(text) {
        Ok(value) if value.format() == current => Ok(value),
        Ok(value) if value.format() > current => Err(Unreadable::Newer(value.format())),
        Ok(value) => Err(Unreadable::Damaged(format!(
            "format {} is not one this app wrote",
            value.format()
        ))),
        Err(error) => match serde_json::from_str::<FormatOnly>(text) {
            Ok(FormatOnly { format }) if format > current => Err(Unreadable::Newer(format)),
            _ => Err(Unreadable::Damaged(error.to_string())),
        },
    }
}

trait HasFormat {
    fn format(&self) -> u32;
}

impl HasFormat for OutboxIn {
    fn format(&self) -> u32 {
        self.format
    }
}

impl HasFormat for CacheIn {
    fn format(&self) -> u32 {
        self.format
    }
}

/// Takes every change that still parses out of a value that can't be read
/// whole (cut short, or in a shape this app does not know), into `replica`.
/// Returns how many unsent changes were recovered.
///
/// The changes are the array under `key`; each element is read on its own,
/// so everything before a cut is kept. If the phone's id can be read too,
/// the changes keep their numbers and the server skips any it already has;
/// if not, they are sent afresh from a new id.
fn recover(replica: &mut Replica, text: &str, key: &str) -> usize {
    let entries = elements_of(text, key)
        .into_iter()
        .filter_map(|element| serde_json::from_str::<Entry>(element).ok())
        .collect::<Vec<_>>();
    let client_id = string_after(text, "client_id").and_then(|s| Uuid::parse_str(&s).ok());
    let next = number_after(text, "next_mutation_id");
    match client_id {
        Some(client_id) => {
            replica.client_id = client_id;
            let highest = entries.iter().map(|e| e.mutation.mutation_id).max();
            replica.next_mutation_id = next.unwrap_or(1).max(highest.map_or(1, |h| h + 1));
            replica.outbox = entries;
        }
        None => {
            // Under a new id, the numbers start again from 1; what the old
            // id had already stored is on the server.
            replica.outbox = entries
                .into_iter()
                .filter(|e| e.stored_as.is_none())
                .collect();
            for (number, entry) in (1..).zip(replica.outbox.iter_mut()) {
                entry.mutation.mutation_id = number;
            }
            replica.next_mutation_id = replica.outbox.len() as u64 + 1;
        }
    }
    replica.unsent().count()
}

/// The text of each complete JSON value in the array that follows
/// `"key":` in `text`, up to the first that is cut short or malformed.
fn elements_of<'a>(text: &'a str, key: &str) -> Vec<&'a str> {
    let mut elements = Vec::new();
    let Some(mut rest) = after_key(text, key).and_then(|rest| rest.strip_prefix('[')) else {
        return elements;
    };
    loop {
        rest = rest.trim_start();
        if rest.starts_with(']') {
            return elements;
        }
        let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<IgnoredAny>();
        if !matches!(stream.next(), Some(Ok(_))) {
            return elements;
        }
        let Some((element, next)) = rest.split_at_checked(stream.byte_offset()) else {
            return elements;
        };
        elements.push(element);
        rest = next.trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest);
    }
}

/// What follows `"key":` (and any spaces) in `text`.
fn after_key<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let marker = format!("\"{key}\":");
    let start = text.find(&marker)? + marker.len();
    text.get(start..).map(str::trim_start)
}

fn string_after(text: &str, key: &str) -> Option<String> {
    let mut stream =
        serde_json::Deserializer::from_str(after_key(text, key)?).into_iter::<String>();
    stream.next()?.ok()
}

fn number_after(text: &str, key: &str) -> Option<u64> {
    let rest = after_key(text, key)?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;
    use crate::sync::{Fields, MutationOutcome, Outcome, PushResponse, RecordKind};
    use serde_json::json;

    const FIRST: &str = include_str!("fixtures/replica-format-0-first.json");
    const WITH_RULES: &str = include_str!("fixtures/replica-format-0-rules.json");
    const WITH_SETTINGS: &str = include_str!("fixtures/replica-format-0-settings.json");

    /// `WITH_SETTINGS`'s outbox as apps have written it since format 1,
    /// byte for byte. A browser test puts `WITH_SETTINGS` on a phone and
    /// finds this very text written back.
    const WITH_SETTINGS_OUTBOX: &str = include_str!("fixtures/outbox-format-1.json");

    /// The statement each fixture holds unsent.
    const UNSENT_WORDS: &str = "I don't feel safe at the flat tonight";

    fn from_legacy(text: &str) -> Loaded {
        load(
            &Found {
                legacy: Some(text.to_owned()),
                ..Found::default()
            },
            ids::new(),
        )
    }

    fn words_unsent(replica: &Replica) -> Vec<String> {
        replica
            .unsent()
            .filter_map(|m| {
                m.data
                    .get("text")
                    .and_then(|w| w.as_str())
                    .map(str::to_owned)
            })
            .collect()
    }

    fn saved(replica: &Replica) -> Found {
        Found {
            outbox: Some(outbox_text(replica)),
            cache: Some(cache_text(replica)),
            legacy: None,
        }
    }

    fn busy_replica() -> Replica {
        let loaded = from_legacy(WITH_SETTINGS);
        let mut replica = loaded.replica;
        replica.change(RecordKind::Goal, ids::new(), Uuid::nil(), Fields::new());
        replica
    }

    #[test]
    fn every_earlier_shape_reads_back_with_its_unsent_changes() {
        for (name, text) in [
            ("first", FIRST),
            ("with rules", WITH_RULES),
            ("with settings", WITH_SETTINGS),
        ] {
            let loaded = from_legacy(text);
            assert!(
                loaded.set_aside.is_empty(),
                "{name}: {:?}",
                loaded.set_aside
            );
            assert!(loaded.rewrite, "{name}: must be written in the new shape");
            let replica = &loaded.replica;
            assert_eq!(words_unsent(replica), [UNSENT_WORDS], "{name}");
            assert_eq!(
                replica.client_id.to_string(),
                "01936b6e-7a40-7c3e-9a57-2f1e6f0f2a11",
                "{name}: keeps the phone's id, so the server skips what it has"
            );
            assert_eq!(replica.cursor, 42, "{name}");
            assert_eq!(replica.records_kept(), 1, "{name}");
            assert_eq!(replica.rejected.len(), 1, "{name}");
            assert_eq!(replica.people.len(), 1, "{name}");
            let next = replica
                .push_request()
                .map(|r| r.mutations)
                .unwrap_or_default();
            assert_eq!(next.first().map(|m| m.mutation_id), Some(7), "{name}");
        }
        assert!(from_legacy(FIRST).replica.rules.is_none());
        assert!(from_legacy(WITH_RULES).replica.rules.is_some());
        assert_eq!(
            from_legacy(WITH_SETTINGS)
                .replica
                .settings
                .out_of_hours_phone,
            "0300 555 0199"
        );
    }

    #[test]
    fn an_older_shape_is_written_anew_in_the_text_apps_have_always_written() {
        let loaded = from_legacy(WITH_SETTINGS);
        assert_eq!(
            outbox_text(&loaded.replica),
            WITH_SETTINGS_OUTBOX.trim_end()
        );
        let again = load(&saved(&loaded.replica), ids::new());
        assert_eq!(outbox_text(&again.replica), WITH_SETTINGS_OUTBOX.trim_end());
    }

    #[test]
    fn the_new_shape_reads_back_exactly_as_saved() {
        let replica = busy_replica();
        let loaded = load(&saved(&replica), ids::new());
        assert_eq!(loaded.replica, replica);
        assert!(loaded.set_aside.is_empty());
        assert!(!loaded.rewrite);
    }

    #[test]
    fn a_cut_short_old_value_is_set_aside_and_its_changes_recovered() {
        // Cut inside the rejections, after the whole outbox.
        let cut = WITH_SETTINGS
            .find("\"rejected\"")
            .and_then(|at| WITH_SETTINGS.get(..at + 30))
            .unwrap_or_default();
        let loaded = from_legacy(cut);
        assert!(matches!(
            loaded.set_aside.as_slice(),
            [(Slot::Legacy, Unreadable::Damaged(_))]
        ));
        assert_eq!(loaded.recovered, 1);
        assert_eq!(words_unsent(&loaded.replica), [UNSENT_WORDS]);
        assert_eq!(
            loaded.replica.cursor, 0,
            "the cache is pulled afresh rather than trusted"
        );
        let next = loaded
            .replica
            .push_request()
            .map(|r| r.mutations)
            .unwrap_or_default();
        assert_eq!(next.first().map(|m| m.mutation_id), Some(7));
    }

    #[test]
    fn a_cut_short_outbox_keeps_every_change_before_the_cut() {
        let mut replica = Replica::new(ids::new());
        for n in 0..3 {
            replica.change(
                RecordKind::Statement,
                ids::new(),
                Uuid::nil(),
                crate::sync::fields(json!({ "text": format!("number {n}") })),
            );
        }
        let text = outbox_text(&replica);
        let last = text.rfind("number 2").unwrap_or(text.len());
        let mut loaded = load(
            &Found {
                outbox: text.get(..last).map(str::to_owned),
                ..Found::default()
            },
            ids::new(),
        );
        assert_eq!(loaded.set_aside.first().map(|s| s.0), Some(Slot::Outbox));
        assert_eq!(words_unsent(&loaded.replica), ["number 0", "number 1"]);
        assert_eq!(loaded.replica.client_id, replica.client_id);
        assert_eq!(
            loaded
                .replica
                .change(RecordKind::Plan, ids::new(), Uuid::nil(), Fields::new()),
            4,
            "a new change never reuses a number the lost one may have had"
        );
    }

    #[test]
    fn a_value_from_a_newer_app_is_set_aside_not_overwritten() {
        let replica = busy_replica();
        let newer_outbox = outbox_text(&replica).replacen(
            "\"format\":1,",
            "\"format\":2,\"devices\":{\"x\":1},",
            1,
        );
        let newer_cache = json!({ "format": 3, "pages": [] }).to_string();
        let loaded = load(
            &Found {
                outbox: Some(newer_outbox),
                cache: Some(newer_cache),
                legacy: None,
            },
            ids::new(),
        );
        assert_eq!(
            loaded.set_aside,
            [
                (Slot::Outbox, Unreadable::Newer(2)),
                (Slot::Cache, Unreadable::Newer(3))
            ]
        );
        assert!(loaded.rewrite);
        assert_eq!(
            loaded.replica.unsent().count(),
            replica.unsent().count(),
            "its changes still parse, so they are kept"
        );
        assert_eq!(loaded.replica.cursor, 0);
    }

    #[test]
    fn garbage_everywhere_starts_afresh_and_names_every_value_to_set_aside() {
        let id = ids::new();
        let loaded = load(
            &Found {
                outbox: Some("\u{0}\u{0}".into()),
                cache: Some("{\"format\":1,\"cursor\":".into()),
                legacy: Some("null".into()),
            },
            id,
        );
        assert_eq!(loaded.replica, Replica::new(id));
        assert_eq!(
            loaded.set_aside.iter().map(|s| s.0).collect::<Vec<_>>(),
            [Slot::Outbox, Slot::Cache, Slot::Legacy]
        );
    }

    #[test]
    fn changes_recovered_without_the_phones_id_are_renumbered_and_not_resent_if_stored() {
        let mut replica = Replica::new(ids::new());
        let stored = replica.change(RecordKind::Plan, ids::new(), Uuid::nil(), Fields::new());
        replica.change(
            RecordKind::Statement,
            ids::new(),
            Uuid::nil(),
            crate::sync::fields(json!({ "text": "still mine" })),
        );
        replica.apply_push(&PushResponse {
            outcomes: vec![MutationOutcome {
                mutation_id: stored,
                outcome: Outcome::Applied { version: 1 },
            }],
        });
        let text = outbox_text(&replica).replace(&replica.client_id.to_string(), "not-an-id");
        let fresh = ids::new();
        let loaded = load(
            &Found {
                outbox: Some(text),
                ..Found::default()
            },
            fresh,
        );
        assert_eq!(loaded.replica.client_id, fresh);
        let sent = loaded
            .replica
            .push_request()
            .map(|r| r.mutations)
            .unwrap_or_default();
        assert_eq!(sent.iter().map(|m| m.mutation_id).collect::<Vec<_>>(), [1]);
        assert_eq!(words_unsent(&loaded.replica), ["still mine"]);
    }

    #[test]
    fn a_cache_that_cannot_be_read_leaves_the_outbox_alone() {
        let replica = busy_replica();
        let mut found = saved(&replica);
        found.cache = found.cache.map(|c| c[..c.len() / 2].to_owned());
        let loaded = load(&found, ids::new());
        assert_eq!(loaded.set_aside.first().map(|s| s.0), Some(Slot::Cache));
        assert_eq!(loaded.recovered, 0);
        assert_eq!(
            loaded.replica.unsent().collect::<Vec<_>>(),
            replica.unsent().collect::<Vec<_>>()
        );
        assert_eq!(loaded.replica.records_kept(), 0);
    }
}
