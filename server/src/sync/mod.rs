//! Push and pull: the server's half of the sync protocol described in
//! `docs/sync.md`.
//!
//! Each mutation is applied atomically together with the phone's new
//! position in its sequence and the mutation's outcome, so a replayed push
//! gets the very same answer and nothing is applied twice.

pub mod rules;

use std::collections::HashSet;

use axum::extract::State;
use pathway_app::audit::Access;
use pathway_app::auth::{Role, User};
use pathway_app::error::ApiError;
use pathway_app::ids;
use pathway_app::plan::review::PlanCopy;
use pathway_app::sync::{
    ConflictNote, Fields, Mutation, MutationOutcome, Outcome, PullResponse, PushRequest,
    PushResponse, Record, RecordKind, Refusal, SCHEMA_VERSION,
};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::access::{self, visible_young_people};
use crate::args;
use crate::audit;
use crate::auth::{ClientAddress, CurrentSession, CurrentUser};
use crate::caseload::person;
use crate::db::{now, StoreError};
use crate::error::{AppError, Json, Query};
use crate::live::Happening;
use crate::records::{self, FieldVersion, Stored};
use crate::store::Conn;
use crate::AppState;
use rules::Refused;

/// The most mutations accepted in one push.
pub const MAX_PUSH: usize = 500;
/// The most records in one page of a pull.
pub const PULL_PAGE: usize = 500;
/// A page of a pull stops growing past this many bytes of records (it
/// always holds at least one), so a phone on a poor connection gets pages
/// it can finish.
pub const PULL_BYTES: usize = 512 * 1024;

/// What the council allows that the server enforces on every push.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// How long after a review it may still be written down, in days.
    pub review_window_days: u32,
    /// Changes a young person may make in a day (UTC), and their bytes.
    pub young_person_per_day: Quota,
    /// Changes a member of staff may make in a day (UTC), and their bytes.
    pub staff_per_day: Quota,
}

/// A day's allowance: far above what anyone writes, so it stops only a
/// runaway phone or a stolen token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    pub changes: u64,
    pub bytes: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            review_window_days: 90,
            young_person_per_day: Quota {
                changes: 1_000,
                bytes: 2 * 1024 * 1024,
            },
            staff_per_day: Quota {
                changes: 5_000,
                bytes: 10 * 1024 * 1024,
            },
        }
    }
}

/// Why a push was not taken at all.
#[derive(Debug, PartialEq, Eq)]
pub enum PushRefused {
    /// The phone id is another person's.
    ForeignClient,
    /// Today's allowance is used up: try again after this long. Nothing is
    /// refused for good, so the phone keeps every change.
    DailyLimit(std::time::Duration),
}

/// A phone id that another person's phone already uses.
#[derive(Debug)]
pub struct ForeignClient;

/// Send changes made on a phone.
#[utoipa::path(
    post, path = "/api/sync/push", tag = "sync",
    security(("bearer" = [])),
    request_body = PushRequest,
    responses(
        (status = 200, description = "What became of each mutation, in order", body = PushResponse),
        (status = 401, description = "No valid token: sign in again and keep the outbox", body = ApiError),
        (status = 404, description = "The client id belongs to someone else", body = ApiError),
        (status = 409, description = "The app is too old: reload it", body = ApiError),
        (status = 429, description = "Today's allowance of changes is used up: `daily_limit`; `Retry-After` says when to send again. Nothing is refused for good", body = ApiError),
        (status = 400, description = "Malformed JSON: `malformed_json`", body = ApiError),
        (status = 413, description = "The body is over 1 MB: `payload_too_large`", body = ApiError),
        (status = 415, description = "The body was not sent as application/json: `unsupported_media_type`", body = ApiError),
        (status = 422, description = "Too many mutations, or not shaped as mutations", body = ApiError),
    )
)]
pub async fn push(
    State(state): State<AppState>,
    CurrentSession { user, id: sign_in }: CurrentSession,
    ClientAddress(client): ClientAddress,
    Json(request): Json<PushRequest>,
) -> Result<Json<PushResponse>, AppError> {
    if request.schema_version < SCHEMA_VERSION {
        return Err(AppError::ReloadNeeded);
    }
    if request.mutations.len() > MAX_PUSH {
        return Err(AppError::InvalidInput(format!(
            "Send at most {MAX_PUSH} changes at a time."
        )));
    }
    let limits = state.limits;
    let pusher = user.clone();
    let pushed = state
        .db
        .call(move |conn| apply_push(conn, &pusher, &request, &limits, &client))
        .await?
        .map_err(|refused| match refused {
            PushRefused::ForeignClient => AppError::NotFound,
            PushRefused::DailyLimit(wait) => AppError::DailyLimit(wait),
        })?;
    // Committed: now the phones of everyone else who may see them hear,
    // and whoever needs to know with the app closed is told, once.
    let Pushed { answer, fresh } = pushed;
    let changed: HashSet<Uuid> = fresh.iter().map(|m| m.young_person_id).collect();
    state.notifier.after_push(state.db.clone(), user, fresh);
    let by: std::sync::Arc<str> = sign_in.into();
    for young_person in changed {
        state.live.announce(Happening::Changed {
            young_person,
            by: by.clone(),
        });
    }
    Ok(Json(answer))
}

/// Applies a push. Each mutation is applied atomically with its outcome and
/// the phone's new position (a savepoint of its own), and the whole push is
/// committed once before it is answered: no answer ever names a change that
/// is not stored, and a crash part-way stores none of it, so the phone sends
/// it all again. One commit per push rather than per mutation is what makes
/// pushes fast (see `make bench`).
pub fn apply_push<'c>(
    conn: impl Into<Conn<'c>>,
    user: &User,
    request: &PushRequest,
    limits: &Limits,
    client_address: &str,
) -> Result<Result<Pushed, PushRefused>, StoreError> {
    let client = request.client_id;
    let tx = conn.into().begin()?;
    let visible: HashSet<Uuid> = visible_young_people(*tx, user)?.into_iter().collect();
    let Some(mut last) = client_position(*tx, client, user.id)? else {
        return Ok(Err(PushRefused::ForeignClient));
    };
    let quota = if user.role.is_staff() {
        limits.staff_per_day
    } else {
        limits.young_person_per_day
    };
    let used = used_today(*tx, user.id)?;
    if used.changes >= quota.changes || used.bytes >= quota.bytes {
        return Ok(Err(PushRefused::DailyLimit(until_tomorrow())));
    }
    // The phone sends only what it has no answer for, oldest first: the
    // answers to everything before its first change are no longer needed.
    if let Some(first) = request.mutations.first() {
        tx.execute(
            "DELETE FROM mutation_outcomes WHERE client_id = ?1 AND mutation_id < ?2",
            args![client, first.mutation_id],
        )?;
    }
    let mut added = Quota {
        changes: 0,
        bytes: 0,
    };
    // Whose records a member of staff changed, for the audit log.
    let mut changed: HashSet<Uuid> = HashSet::new();
    let mut outcomes = Vec::with_capacity(request.mutations.len());
    let mut fresh = Vec::new();
    for mutation in &request.mutations {
        let outcome = if mutation.mutation_id <= last {
            // Already dealt with: answer exactly as the first time.
            earlier_outcome(*tx, client, mutation.mutation_id)?.unwrap_or_else(|| {
                rejected(Refused::new(
                    Refusal::AlreadyDealtWith,
                    "This change was already dealt with.",
                ))
            })
        } else if mutation.mutation_id != last + 1 {
            outcomes.push(MutationOutcome {
                mutation_id: mutation.mutation_id,
                outcome: Outcome::OutOfOrder { expected: last + 1 },
            });
            break;
        } else {
            // A failure here fails the whole push, which then changes nothing.
            let outcome = apply_one(*tx, user, &visible, client, mutation, limits)?;
            added.changes += 1;
            if matches!(
                outcome,
                Outcome::Applied { .. } | Outcome::Conflicted { .. }
            ) {
                changed.insert(mutation.young_person_id);
            }
            added.bytes += serde_json::to_string(&mutation.data).map_or(0, |s| s.len() as u64);
            tx.execute(
                "INSERT INTO mutation_outcomes (client_id, mutation_id, outcome) VALUES (?1, ?2, ?3)",
                args![client, mutation.mutation_id, serde_json::to_string(&outcome)?],
            )?;
            last = mutation.mutation_id;
            if matches!(
                outcome,
                Outcome::Applied { .. } | Outcome::Conflicted { .. }
            ) {
                fresh.push(mutation.clone());
            }
            outcome
        };
        outcomes.push(MutationOutcome {
            mutation_id: mutation.mutation_id,
            outcome,
        });
    }
    // Where the phone's changes have reached, once for the whole push.
    tx.execute(
        "UPDATE sync_clients SET last_mutation_id = ?2 WHERE client_id = ?1",
        args![client, last],
    )?;
    if user.role.is_staff() {
        for young_person in changed {
            audit::record_access(
                *tx,
                None,
                Access::Changed,
                young_person,
                user.id,
                client_address,
                now(),
            )?;
        }
    }
    tx.execute(
        "INSERT INTO daily_use (user_id, day, changes, bytes) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (user_id, day)
         DO UPDATE SET changes = daily_use.changes + ?3, bytes = daily_use.bytes + ?4",
        args![
            user.id,
            crate::db::today().to_string(),
            added.changes,
            added.bytes
        ],
    )?;
    tx.commit()?;
    Ok(Ok(Pushed {
        answer: PushResponse { outcomes },
        fresh,
    }))
}

/// What a push did: the answer for the phone, and the changes it made now
/// (not those answered again from an earlier push), which others hear of.
pub struct Pushed {
    pub answer: PushResponse,
    pub fresh: Vec<Mutation>,
}

/// What `user` has written today.
fn used_today(conn: Conn<'_>, user: Uuid) -> Result<Quota, StoreError> {
    let found = conn.query_opt(
        "SELECT changes, bytes FROM daily_use WHERE user_id = ?1 AND day = ?2",
        args![user, crate::db::today().to_string()],
    )?;
    Ok(match found {
        Some(row) => Quota {
            changes: row.get(0)?,
            bytes: row.get(1)?,
        },
        None => Quota {
            changes: 0,
            bytes: 0,
        },
    })
}

/// How long until the next day (UTC) begins.
fn until_tomorrow() -> std::time::Duration {
    let seconds = 86_400 - now().rem_euclid(86_400);
    std::time::Duration::from_secs(seconds.unsigned_abs())
}

/// Whose phone `client` is and the last of its mutations dealt with, if
/// the server has seen it.
fn known_client(conn: Conn<'_>, client: Uuid) -> Result<Option<(Uuid, u64)>, StoreError> {
    conn.query_opt(
        "SELECT user_id, last_mutation_id FROM sync_clients WHERE client_id = ?1",
        args![client],
    )?
    .map(|row| Ok((row.get(0)?, row.get(1)?)))
    .transpose()
}

/// The last mutation id applied from `client`, registering the client to
/// `user` on first sight; `None` if it is another person's.
fn client_position(conn: Conn<'_>, client: Uuid, user: Uuid) -> Result<Option<u64>, StoreError> {
    match known_client(conn, client)? {
        Some((owner, last)) => Ok((owner == user).then_some(last)),
        None => {
            conn.execute(
                "INSERT INTO sync_clients (client_id, user_id, created_at) VALUES (?1, ?2, ?3)",
                args![client, user, now()],
            )?;
            Ok(Some(0))
        }
    }
}

fn earlier_outcome(
    tx: Conn<'_>,
    client: Uuid,
    mutation_id: u64,
) -> Result<Option<Outcome>, StoreError> {
    let text: Option<String> = tx
        .query_opt(
            "SELECT outcome FROM mutation_outcomes WHERE client_id = ?1 AND mutation_id = ?2",
            args![client, mutation_id],
        )?
        .map(|row| row.get(0))
        .transpose()?;
    Ok(text.map(|text| serde_json::from_str(&text)).transpose()?)
}

fn rejected(refused: Refused) -> Outcome {
    Outcome::Rejected {
        reason: refused.reason,
        why: refused.why,
    }
}

/// Applies one mutation: access, rules, then a field-by-field merge.
fn apply_one(
    tx: Conn<'_>,
    user: &User,
    visible: &HashSet<Uuid>,
    client: Uuid,
    mutation: &Mutation,
    limits: &Limits,
) -> Result<Outcome, StoreError> {
    // A version's copy of the plan is the server's to make, from the live
    // records (`rules::settle_review`): whatever copy a phone sends is ignored.
    let without_plan;
    let mutation = if mutation.kind == RecordKind::Review && mutation.data.contains_key("plan") {
        let mut data = mutation.data.clone();
        data.remove("plan");
        without_plan = Mutation {
            data,
            ..mutation.clone()
        };
        &without_plan
    } else {
        mutation
    };
    let existing = records::get(tx, mutation.record_id)?;
    let belongs = existing.as_ref().is_none_or(|stored| {
        stored.record.kind == mutation.kind
            && stored.record.young_person_id == mutation.young_person_id
    });
    if !belongs || !visible.contains(&mutation.young_person_id) {
        return Ok(rejected(Refused::not_found()));
    }
    if existing.is_none() && mutation.base_version != 0 {
        return Ok(rejected(Refused::not_found()));
    }
    // Before the rules: a removed action is no longer hers to tick off, and
    // she is told it was removed, not that it was never hers.
    if existing.as_ref().is_some_and(|s| s.record.deleted) {
        return Ok(rejected(Refused::new(
            Refusal::Removed,
            "This was removed, so the change couldn't be saved.",
        )));
    }
    if let Err(refused) = rules::check(user, mutation, existing.as_ref().map(|s| &s.record)) {
        return Ok(rejected(refused));
    }
    if let Some(refused) = refers_elsewhere(tx, mutation)? {
        return Ok(rejected(refused));
    }
    // The record as it would stand after this change, checked whole by its
    // kind's rules (so a review is recorded only whole, whichever phone sent
    // which of its fields) and kept as its type writes it.
    let kept = if mutation.delete {
        Fields::new()
    } else {
        let mut merged = existing
            .as_ref()
            .map(|s| s.record.data.clone())
            .unwrap_or_default();
        merged.extend(mutation.data.clone());
        if existing.is_none() {
            rules::stamp(user, mutation.kind, &mut merged);
        }
        for field in mutation.data.keys() {
            rules::vouch(user, mutation.kind, field, &mut merged);
        }
        let mut kept = match rules::typed(mutation.kind, &merged, crate::db::today()) {
            Ok(kept) => kept,
            Err(reason) => return Ok(rejected(Refused::not_kept(reason))),
        };
        if mutation.kind == RecordKind::Review && rules::records_review(&kept) {
            let card = person(tx, mutation.young_person_id)?;
            let recording = rules::Recording {
                by: user,
                earlier: versions_of(tx, mutation.young_person_id)?,
                plan: PlanCopy::of(&crate::plan::load(tx, &card)?),
                today: crate::db::today(),
                window_days: limits.review_window_days,
            };
            if let Err(reason) = rules::settle_review(&mut kept, recording) {
                return Ok(rejected(Refused::not_kept(reason)));
            }
        }
        kept
    };
    let Some(mut stored) = existing else {
        records::insert(
            tx,
            mutation.kind,
            mutation.record_id,
            mutation.young_person_id,
            user.id,
            Some(client),
            &kept,
        )?;
        return Ok(Outcome::Applied { version: 1 });
    };
    let version = stored.record.version + 1;
    if mutation.delete {
        // What it said goes with it: a tombstone tells phones only which
        // record to remove.
        stored.record.deleted = true;
        stored.record.data.clear();
        stored.field_versions.clear();
        touch(&mut stored, version, user.id);
        records::update(tx, &stored)?;
        return Ok(Outcome::Applied { version });
    }

    let mut applied = false;
    let mut conflicts = Vec::new();
    for field in mutation.data.keys() {
        let value = kept.get(field);
        let changed_elsewhere = stored.field_versions.get(field).is_some_and(|last| {
            last.version > mutation.base_version && last.client != Some(client)
        });
        if changed_elsewhere && stored.record.data.get(field) != value {
            // Both sides changed this field: keep the server's value and
            // keep this one beside it for a person to settle.
            let conflict = ids::new();
            let note = ConflictNote {
                record_id: stored.record.id,
                record_kind: stored.record.kind,
                field: field.clone(),
                value: value.cloned().unwrap_or_default(),
                by: user.id,
                by_name: user.display_name.clone(),
            };
            records::insert(
                tx,
                RecordKind::Conflict,
                conflict,
                stored.record.young_person_id,
                user.id,
                Some(client),
                &note,
            )?;
            conflicts.push(conflict);
        } else {
            // What the server vouches for beside this field (who ticked it
            // off) changes only when the field itself does.
            if stored.record.data.get(field) != value {
                for beside in rules::vouched_with(mutation.kind, field) {
                    match kept.get(*beside) {
                        Some(v) => stored.record.data.insert((*beside).into(), v.clone()),
                        None => stored.record.data.remove(*beside),
                    };
                }
            }
            match value {
                Some(value) => stored.record.data.insert(field.clone(), value.clone()),
                None => stored.record.data.remove(field),
            };
            stored.field_versions.insert(
                field.clone(),
                FieldVersion {
                    version,
                    client: Some(client),
                },
            );
            applied = true;
        }
    }
    // Numbered, signed and frozen only if this change left it recorded (its
    // stage may instead have met another change and been kept aside).
    if mutation.kind == RecordKind::Review && rules::is_recorded(&stored.record) {
        for field in ["number", "by_name", "plan"] {
            if let Some(value) = kept.get(field) {
                stored.record.data.insert(field.into(), value.clone());
            }
        }
    }
    if applied {
        touch(&mut stored, version, user.id);
        records::update(tx, &stored)?;
    }
    let version = stored.record.version;
    Ok(if conflicts.is_empty() {
        Outcome::Applied { version }
    } else {
        Outcome::Conflicted { version, conflicts }
    })
}

/// Why a mutation may not point where it points: an answer to something
/// that is not one of her written-down reviews.
fn refers_elsewhere(tx: Conn<'_>, mutation: &Mutation) -> Result<Option<Refused>, StoreError> {
    let Some((field, kind)) = rules::refers_to(mutation.kind).filter(|_| !mutation.delete) else {
        return Ok(None);
    };
    let Some(value) = mutation.data.get(field).filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let stored = match value.as_str().and_then(|v| Uuid::parse_str(v).ok()) {
        Some(id) => records::get(tx, id)?,
        None => None,
    };
    let record = stored.as_ref().map(|s| &s.record);
    if mutation.kind == RecordKind::Agreement {
        return Ok(rules::answerable(record, mutation.young_person_id).err());
    }
    // Another young person's record, the wrong kind, a removed one or none
    // at all: the same answer, so ids tell nothing.
    let fits = record.is_some_and(|r| {
        r.kind == kind && r.young_person_id == mutation.young_person_id && !r.deleted
    });
    Ok((!fits).then(Refused::not_found))
}

/// How many versions of her plan have been written down.
fn versions_of(tx: Conn<'_>, young_person: Uuid) -> Result<u32, StoreError> {
    tx.query_one(
        "SELECT COUNT(*) FROM records WHERE young_person_id = ?1 AND kind = 'review' \
         AND deleted = 0 AND json_extract(data, '$.stage') = 'recorded'",
        args![young_person],
    )?
    .get(0)
}

fn touch(stored: &mut Stored, version: u64, by: Uuid) {
    stored.record.version = version;
    stored.record.updated_at = now();
    stored.record.updated_by = by;
}

/// `GET /api/sync/pull` parameters.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PullQuery {
    /// The highest change number already stored on the phone (0 at first).
    #[serde(default)]
    pub cursor: u64,
    /// The phone's id, to learn its last mutation the server has dealt with.
    pub client_id: Option<Uuid>,
    /// The scope the phone last pulled; a different one means start again.
    pub scope: Option<String>,
}

/// Bring down what changed since the cursor.
#[utoipa::path(
    get, path = "/api/sync/pull", tag = "sync",
    security(("bearer" = [])),
    params(PullQuery),
    responses(
        (status = 200, description = "One page of changes", body = PullResponse),
        (status = 401, description = "No valid token", body = ApiError),
        (status = 404, description = "The client id belongs to someone else", body = ApiError),
        (status = 422, description = "A parameter is not valid", body = ApiError),
    )
)]
pub async fn pull(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Query(query): Query<PullQuery>,
) -> Result<Json<PullResponse>, AppError> {
    let page = state
        .db
        .call(move |conn| pull_page(conn, &user, &query))
        .await?;
    page.map(Json).map_err(|ForeignClient| AppError::NotFound)
}

/// One page of what `user` may see that changed after the cursor, read in
/// one transaction so the records, the cursor and the last mutation id agree.
pub fn pull_page<'c>(
    conn: impl Into<Conn<'c>>,
    user: &User,
    query: &PullQuery,
) -> Result<Result<PullResponse, ForeignClient>, StoreError> {
    let conn = conn.into();
    let tx = conn.reading()?;
    let last_mutation_id = match query.client_id {
        None => 0,
        Some(client) => match known_client(*tx, client)? {
            Some((owner, last)) if owner == user.id => last,
            Some(_) => return Ok(Err(ForeignClient)),
            None => 0,
        },
    };
    let mut visible = visible_young_people(*tx, user)?;
    visible.sort();
    let scope = scope_of(&visible);
    let latest = records::latest_change(*tx)?;
    // A cursor past the latest change, or older than every record (change
    // numbers move past every cursor when a backup is restored), belongs
    // to another copy of the database: the phone starts its records again.
    let reset = query
        .scope
        .as_deref()
        .is_some_and(|s| !s.is_empty() && s != scope)
        || query.cursor > latest
        || (query.cursor > 0 && query.cursor < records::earliest_change(*tx)?);
    let from = if reset { 0 } else { query.cursor };
    let mut rows = records::changed_since(
        *tx,
        from,
        access::visible(user.role),
        user.id,
        PULL_PAGE + 1,
    )?;
    // As many records as fit the page, by count and by bytes, at least one.
    let mut kept = 0;
    let mut bytes = 0;
    for (record, _) in rows.iter().take(PULL_PAGE) {
        let size = serde_json::to_string(&record.data).map_or(0, |s| s.len()) + RECORD_OVERHEAD;
        if kept > 0 && bytes + size > PULL_BYTES {
            break;
        }
        bytes += size;
        kept += 1;
    }
    let more = rows.len() > kept;
    rows.truncate(kept);
    let cursor = match (more, rows.last()) {
        (true, Some((_, change))) => *change,
        _ => latest.max(from),
    };
    let mut people = visible
        .iter()
        .map(|id| person(*tx, *id))
        .collect::<Result<Vec<_>, _>>()?;
    people.sort_by(|a, b| a.name.cmp(&b.name));
    let council = crate::councils::of_person(*tx, user.id)?;
    let mut records: Vec<Record> = rows.into_iter().map(|(record, _)| record).collect();
    if user.role == Role::YoungPerson {
        for record in records.iter_mut().filter(|r| r.staff_only()) {
            // She learns only that something exists, so her phone drops any
            // copy it had (a contact unshared after being shared).
            record.deleted = true;
            record.data.clear();
        }
    }
    Ok(Ok(PullResponse {
        records,
        cursor,
        last_mutation_id,
        scope,
        reset,
        more,
        people,
        rules: council.rules,
        settings: council.settings,
    }))
}

/// A record's bytes besides its fields: ids, kind, version and times.
const RECORD_OVERHEAD: usize = 200;

/// Names a set of young people, so a phone can tell when it changes.
fn scope_of(sorted: &[Uuid]) -> String {
    let mut hash = Sha256::new();
    for id in sorted {
        hash.update(id.as_bytes());
    }
    hex::encode(&hash.finalize()[..8])
}
