//! Who may change what, and what a valid change looks like. The reasons are
//! shown to the person on their phone, so they are written for them: staff
//! read them as written; a young person reads their kind ([`Refusal`]) in
//! her language.

use pathway_app::auth::Role;
use pathway_app::auth::User;
use pathway_app::contacts::{Circumstances, ContactNote};
use pathway_app::goals::{GoalFields, GoalNoteFields, RatingFields};
use pathway_app::messages::{MessageFields, SeenFields};
use pathway_app::plan::review::{AgreementFields, PlanCopy, RequestFields, ReviewFields};
use pathway_app::plan::{names_her, ActionFields, PartNotes, PlanDates};
use pathway_app::sync::kinds::KindFields;
use pathway_app::sync::{
    fields_of, first_name, ConflictNote, Fields, Mutation, Record, RecordKind, Refusal,
};
use pathway_app::voice::{
    raises_flag, AcknowledgementFields, Feeling, ReplyFields, StatementFields, Topic,
};
use serde_json::Value;
use time::Date;

/// Whether `role` may make `mutation` to `existing` (`None` when it would
/// create the record). The caller has already checked that the person may
/// see the young person the record belongs to.
pub fn check(user: &User, mutation: &Mutation, existing: Option<&Record>) -> Result<(), Refused> {
    let role = user.role;
    let creating = existing.is_none();
    if role == Role::HeadOfService {
        return Err(Refused::new(
            Refusal::NotAllowed,
            "A head of service reads the reports but changes no one's records.",
        ));
    }
    if !mutation.delete && mutation.data.is_empty() {
        return Err(Refused::new(
            Refusal::NotKept,
            "This change has nothing in it.",
        ));
    }
    match (mutation.kind, role) {
        (RecordKind::Statement, Role::YoungPerson) => {
            added_only(mutation, creating)?;
            // "flag" and "by_name" are accepted and then decided by the
            // server: her words are never refused over them.
            fields(mutation, &["topic", "feeling", "answers", "text", "call_me", "flag", "by_name"])
        }
        (RecordKind::Statement, _) => Err(Refused::new(Refusal::NotAllowed, "Only the young person sends her statements.")),
        (RecordKind::Reply | RecordKind::Acknowledgement, Role::YoungPerson) => {
            Err(Refused::new(Refusal::NotAllowed, "Replies come from the people who work with you."))
        }
        (RecordKind::Reply, _) => {
            added_only(mutation, creating)?;
            fields(mutation, &["statement", "text"])
        }
        (RecordKind::Acknowledgement, _) => {
            added_only(mutation, creating)?;
            fields(mutation, &["statement"])
        }
        (RecordKind::ReviewRequest, Role::YoungPerson) => {
            added_only(mutation, creating)?;
            fields(mutation, &["on", "why"])
        }
        (RecordKind::ReviewRequest, _) => Err(Refused::new(
            Refusal::NotAllowed,
            "Only the young person asks for her review. To hold one, start a review on her plan.",
        )),
        (RecordKind::Agreement, Role::YoungPerson) => {
            added_only(mutation, creating)?;
            fields(mutation, &["version", "agrees", "reasons"])
        }
        (RecordKind::Agreement, _) => {
            Err(Refused::new(Refusal::NotAllowed, "Only the young person says whether she agrees with her plan."))
        }
        (RecordKind::Message, Role::TeamManager) => {
            Err(Refused::new(Refusal::NotAllowed, "Team managers can read conversations but not write in them."))
        }
        (RecordKind::Message, _) => {
            added_only(mutation, creating)?;
            fields(mutation, &["text", "by_name"])
        }
        (RecordKind::Seen, Role::TeamManager) => {
            Err(Refused::new(Refusal::NotAllowed, "Only the people in a conversation say they have read it."))
        }
        (RecordKind::Seen, _) => {
            added_only(mutation, creating)?;
            fields(mutation, &["up_to", "read", "by_name", "at"])
        }
        (_, Role::TeamManager | Role::HeadOfService) => {
            Err(Refused::new(Refusal::NotAllowed, "Team managers can read plans but not change them."))
        }
        (RecordKind::Review, Role::YoungPerson) => Err(Refused::new(
            Refusal::AdvisersToChange,
            "Your personal adviser writes down your review. You can ask for one, and say whether you agree.",
        )),
        (RecordKind::Review, Role::PersonalAdviser) => {
            if existing.is_some_and(is_recorded) {
                return Err(Refused::new(
                    Refusal::WrittenDown,
                    "This version of the plan was written down at a review and can't be changed. Start a new review to make a new version.",
                ));
            }
            if mutation.delete {
                return if creating { Err(Refused::not_found()) } else { Ok(()) };
            }
            fields(
                mutation,
                &["stage", "held_on", "who_took_part", "participation", "why_not", "next_review"],
            )
        }
        (RecordKind::Conflict, _) => {
            if mutation.delete && !creating {
                Ok(())
            } else {
                Err(Refused::new(Refusal::NotAllowed, "Two versions of a change are only ever kept by Pathway itself."))
            }
        }
        (RecordKind::Plan, Role::YoungPerson) => {
            Err(Refused::new(Refusal::AdvisersToChange, "Only your personal adviser can change your plan's dates."))
        }
        (RecordKind::Plan, Role::PersonalAdviser) => {
            fixed(mutation, creating, "A plan's dates can't be added or removed.")?;
            fields(mutation, &["next_contact", "next_review"])
        }
        (RecordKind::PlanPart, _) => {
            fixed(mutation, creating, "The ten parts of a plan can't be added or removed.")?;
            fields(mutation, &["what_i_think"])
        }
        (RecordKind::PlanAction, Role::YoungPerson) => {
            let hers = existing
                .and_then(Record::fields::<ActionFields>)
                .is_some_and(|action| names_her(&action.who, first_name(&user.display_name)));
            if hers && !mutation.delete && mutation.data.keys().all(|field| field == "done") {
                Ok(())
            } else {
                Err(Refused::new(
                    Refusal::AdvisersToChange,
                    "Only your personal adviser can change what's planned. You can tick off the actions that are yours, and say what you think in \"What I think\".",
                ))
            }
        }
        (RecordKind::Contact | RecordKind::Circumstances, Role::YoungPerson) => {
            Err(Refused::new(Refusal::AdvisersToChange, "Only your personal adviser writes the record of your contact."))
        }
        (RecordKind::Contact, Role::PersonalAdviser) => {
            added_only(mutation, creating)?;
            fields(
                mutation,
                &["on", "kind", "place", "seen_alone", "summary", "actions", "next_contact", "shared", "corrects", "by_name"],
            )
        }
        (RecordKind::Circumstances, Role::PersonalAdviser) => {
            added_only(mutation, creating)?;
            fields(mutation, &["on", "in_touch", "activity", "accommodation", "suitable", "moved"])
        }
        (RecordKind::Goal, Role::YoungPerson) => {
            if mutation.delete {
                return if creating { Err(Refused::not_found()) } else { Ok(()) };
            }
            if creating && mutation.data.get("status") != Some(&Value::from("active")) {
                return Err(Refused::new(Refusal::NotKept, "A goal you add is yours: its status is \"active\"."));
            }
            fields(mutation, &["domain", "title", "steps", "by_when", "status"])
        }
        (RecordKind::Goal, Role::PersonalAdviser) => {
            if mutation.delete {
                return Err(Refused::new(Refusal::NotAllowed, "Only the young person can remove her goals."));
            }
            if creating {
                if mutation.data.get("status") != Some(&Value::from("suggested")) {
                    return Err(Refused::new(Refusal::NotKept, "A goal you add is a suggestion she can accept or decline."));
                }
                fields(mutation, &["domain", "title", "steps", "by_when", "status"])
            } else {
                fields(mutation, &["title", "steps", "by_when"])
            }
        }
        (RecordKind::Rating, _) => {
            added_only(mutation, creating)?;
            fields(mutation, &["goal", "on", "score", "note"])
        }
        (RecordKind::GoalNote, Role::PersonalAdviser) => {
            added_only(mutation, creating)?;
            fields(mutation, &["goal", "text"])
        }
        (RecordKind::GoalNote, Role::YoungPerson) => {
            Err(Refused::new(Refusal::AdvisersToChange, "Notes of encouragement come from your personal adviser."))
        }
        (RecordKind::PlanAction, Role::PersonalAdviser) => {
            if mutation.delete {
                return if creating { Err(Refused::not_found()) } else { Ok(()) };
            }
            if creating {
                fields(mutation, &["part", "what", "who", "by_when", "done"])
            } else {
                fields(mutation, &["what", "who", "by_when", "done"])
            }
        }
    }
}

/// Whether a statement's fields raise a safety flag: decided by the server
/// from what she picked, never taken from the phone.
pub fn flags(data: &pathway_app::sync::Fields) -> bool {
    let topic = data
        .get("topic")
        .and_then(|t| serde_json::from_value::<Topic>(t.clone()).ok());
    let feeling = data
        .get("feeling")
        .and_then(|f| serde_json::from_value::<Feeling>(f.clone()).ok());
    topic.is_some_and(|topic| raises_flag(topic, feeling))
}

/// What the server adds to a new record on its own authority: who wrote
/// it, never taken from the phone.
pub fn stamp(
    user: &pathway_app::auth::User,
    kind: RecordKind,
    data: &mut pathway_app::sync::Fields,
) {
    let name = Value::from(user.display_name.clone());
    match kind {
        RecordKind::Contact | RecordKind::GoalNote | RecordKind::Reply | RecordKind::Message => {
            data.insert("by_name".into(), name);
        }
        RecordKind::Statement => {
            let flag = flags(data);
            data.insert("flag".into(), Value::Bool(flag));
            data.insert("by_name".into(), name);
        }
        RecordKind::Acknowledgement | RecordKind::Agreement | RecordKind::Seen => {
            data.insert("by_name".into(), name);
            data.insert("at".into(), Value::from(crate::db::now()));
        }
        RecordKind::Rating => {
            data.insert("by_name".into(), name);
            data.insert(
                "by_young_person".into(),
                Value::Bool(user.role == Role::YoungPerson),
            );
        }
        RecordKind::Goal if user.role == Role::PersonalAdviser => {
            data.insert("suggested_by".into(), name);
        }
        _ => {}
    }
}

/// The fields the server writes beside `field` of a record of `kind`
/// whenever that field changes: who ticked an action off, and when.
pub fn vouched_with(kind: RecordKind, field: &str) -> &'static [&'static str] {
    match (kind, field) {
        (RecordKind::PlanAction, "done") => &["done_by", "done_at"],
        _ => &[],
    }
}

/// Writes what [`vouched_with`] names into a record as it will stand
/// (`data`, all its fields) after `user` changed `field`.
pub fn vouch(user: &User, kind: RecordKind, field: &str, data: &mut Fields) {
    if let (RecordKind::PlanAction, "done") = (kind, field) {
        if data.get("done") == Some(&Value::Bool(true)) {
            data.insert("done_by".into(), Value::from(user.display_name.clone()));
            data.insert("done_at".into(), Value::from(crate::db::now()));
        } else {
            data.remove("done_by");
            data.remove("done_at");
        }
    }
}

/// Whether a review has been written down, and so is a version for good.
pub fn is_recorded(review: &Record) -> bool {
    records_review(&review.data)
}

/// Whether a review, as it would stand after a change (`data`, all its
/// fields), is being written down.
pub fn records_review(data: &pathway_app::sync::Fields) -> bool {
    data.get("stage") == Some(&Value::from("recorded"))
}

/// What the server itself writes into a review as it is recorded.
pub struct Recording<'a> {
    pub by: &'a pathway_app::auth::User,
    /// How many versions she already has.
    pub earlier: u32,
    /// Her plan as it stands now, built by the server from the live
    /// records: the version is this, whatever a phone sent.
    pub plan: PlanCopy,
    pub today: time::Date,
    /// How long after a review it may still be written down, in days.
    pub window_days: u32,
}

/// Records a review: checks it as it would stand after this change (`data`,
/// all its fields, already in its type's shape, so whichever phone sent
/// which of them), keeps the server's copy of the plan with it, numbers the
/// version and says who recorded it.
pub fn settle_review(
    data: &mut pathway_app::sync::Fields,
    recording: Recording<'_>,
) -> Result<(), String> {
    let plan = serde_json::to_value(&recording.plan)
        .map_err(|_| "This plan couldn't be copied.".to_owned())?;
    data.insert("plan".into(), plan);
    let review: ReviewFields = serde_json::from_value(Value::Object(data.clone()))
        .map_err(|_| "This review isn't in a shape Pathway can keep.".to_owned())?;
    if let Some(held_on) = review.held_on {
        if held_on > recording.today {
            return Err("A review can only be written down once it has been held.".into());
        }
        let window = time::Duration::days(i64::from(recording.window_days));
        if held_on < recording.today - window {
            return Err(format!(
                "A review has to be written down within {} days of being held. Ask your team manager about recording an older one.",
                recording.window_days
            ));
        }
    }
    if let Some(problem) = review.not_ready() {
        return Err(problem.into());
    }
    data.insert("number".into(), Value::from(recording.earlier + 1));
    data.insert(
        "by_name".into(),
        Value::from(recording.by.display_name.clone()),
    );
    Ok(())
}

/// Whether `version` is a written-down review of `young_person`'s, which
/// is all she can answer.
pub fn answerable(version: Option<&Record>, young_person: uuid::Uuid) -> Result<(), Refused> {
    match version {
        Some(v)
            if v.kind == RecordKind::Review && v.young_person_id == young_person && !v.deleted =>
        {
            if is_recorded(v) {
                Ok(())
            } else {
                Err(Refused::new(
                    Refusal::NotWrittenDownYet,
                    "This review hasn't been written down yet, so there's nothing to agree with.",
                ))
            }
        }
        _ => Err(Refused::not_found()),
    }
}

/// The field of a record of `kind` that points at another record, and the
/// kind that one must be (of the same young person).
pub fn refers_to(kind: RecordKind) -> Option<(&'static str, RecordKind)> {
    match kind {
        RecordKind::Reply | RecordKind::Acknowledgement => {
            Some(("statement", RecordKind::Statement))
        }
        RecordKind::Rating | RecordKind::GoalNote => Some(("goal", RecordKind::Goal)),
        RecordKind::Contact => Some(("corrects", RecordKind::Contact)),
        RecordKind::Agreement => Some(("version", RecordKind::Review)),
        _ => None,
    }
}

/// A change refused: its kind, which a young person's phone says in her
/// language, and the reason in full, as staff read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub why: Refusal,
    pub reason: String,
}

impl Refused {
    pub fn new(why: Refusal, reason: impl Into<String>) -> Refused {
        Refused {
            why,
            reason: reason.into(),
        }
    }

    /// What a person is told about a record that does not exist or that
    /// they may not see: the same words for both.
    pub fn not_found() -> Refused {
        Refused::new(
            Refusal::NotFound,
            "This doesn't exist, or isn't yours to change.",
        )
    }

    /// What was sent is not in a shape Pathway keeps (a field too long,
    /// left empty, not valid).
    pub fn not_kept(reason: impl Into<String>) -> Refused {
        Refused::new(Refusal::NotKept, reason)
    }
}

fn fixed(mutation: &Mutation, creating: bool, why: &str) -> Result<(), Refused> {
    if creating || mutation.delete {
        Err(Refused::not_kept(why))
    } else {
        Ok(())
    }
}

/// Records that are only ever added: the written record of what happened.
fn added_only(mutation: &Mutation, creating: bool) -> Result<(), Refused> {
    if creating && !mutation.delete {
        Ok(())
    } else {
        Err(Refused::new(
            Refusal::WrittenDown,
            "A record of contact can't be changed or removed. Add a new one that corrects it.",
        ))
    }
}

/// Whether the change touches only `allowed` fields. What their values may
/// be is the kind's own rule (`typed`).
fn fields(mutation: &Mutation, allowed: &[&str]) -> Result<(), Refused> {
    match mutation
        .data
        .keys()
        .find(|field| !allowed.contains(&field.as_str()))
    {
        Some(field) => Err(Refused::not_kept(format!(
            "\"{field}\" can't be changed here."
        ))),
        None => Ok(()),
    }
}

/// A record of `kind` as it would stand after a change (`data`, all its
/// fields), parsed into its type, checked by the kind's own rules and
/// written out again: what is stored, never the JSON a phone sent.
pub fn typed(kind: RecordKind, data: &Fields, today: Date) -> Result<Fields, String> {
    match kind {
        RecordKind::Plan => typed_as::<PlanDates>(data, today),
        RecordKind::PlanPart => typed_as::<PartNotes>(data, today),
        RecordKind::PlanAction => typed_as::<ActionFields>(data, today),
        RecordKind::Conflict => typed_as::<ConflictNote>(data, today),
        RecordKind::Contact => typed_as::<ContactNote>(data, today),
        RecordKind::Circumstances => typed_as::<Circumstances>(data, today),
        RecordKind::Goal => typed_as::<GoalFields>(data, today),
        RecordKind::Rating => typed_as::<RatingFields>(data, today),
        RecordKind::GoalNote => typed_as::<GoalNoteFields>(data, today),
        RecordKind::Statement => typed_as::<StatementFields>(data, today),
        RecordKind::Reply => typed_as::<ReplyFields>(data, today),
        RecordKind::Acknowledgement => typed_as::<AcknowledgementFields>(data, today),
        RecordKind::Review => typed_as::<ReviewFields>(data, today),
        RecordKind::Agreement => typed_as::<AgreementFields>(data, today),
        RecordKind::ReviewRequest => typed_as::<RequestFields>(data, today),
        RecordKind::Message => typed_as::<MessageFields>(data, today),
        RecordKind::Seen => typed_as::<SeenFields>(data, today),
    }
}

fn typed_as<T: KindFields>(data: &Fields, today: Date) -> Result<Fields, String> {
    if let Some(field) = data.keys().find(|f| !T::FIELDS.contains(&f.as_str())) {
        return Err(format!(
            "\"{}\" isn't part of {}.",
            shortened(field),
            T::NAME
        ));
    }
    let sent = Value::Object(data.clone());
    let record: T = serde_path_to_error::deserialize(&sent).map_err(|error| {
        let path = error.path().to_string();
        match error.inner().to_string().strip_prefix("missing field `") {
            Some(rest) => format!("This needs its \"{}\".", rest.trim_end_matches('`')),
            None => format!("That isn't a valid \"{}\".", shortened(&path)),
        }
    })?;
    record.problem(today)?;
    let kept = fields_of(&record);
    match left_out(&sent, &Value::Object(kept.clone()), "") {
        Some(path) => Err(format!(
            "\"{}\" isn't part of {}.",
            shortened(&path),
            T::NAME
        )),
        None => Ok(kept),
    }
}

/// The first thing inside `sent` (below the top level, whose names are
/// checked against the kind's list) that the typed record dropped: a key
/// its type has no place for, such as an extra key in a goal's step.
fn left_out(sent: &Value, kept: &Value, at: &str) -> Option<String> {
    match (sent, kept) {
        (Value::Object(sent), Value::Object(kept)) => sent.iter().find_map(|(key, value)| {
            let path = if at.is_empty() {
                key.clone()
            } else {
                format!("{at}.{key}")
            };
            match kept.get(key) {
                Some(kept) => left_out(value, kept, &path),
                // Top-level fields a type leaves out when unset (those the
                // server fills in) are named in its list, so not strays.
                None if at.is_empty() => None,
                None => Some(path),
            }
        }),
        (Value::Array(sent), Value::Array(kept)) => sent
            .iter()
            .zip(kept)
            .enumerate()
            .find_map(|(i, (sent, kept))| left_out(sent, kept, &format!("{at}[{i}]"))),
        _ => None,
    }
}

/// A name from a phone, cut short to be repeated back in a reason.
fn shortened(name: &str) -> String {
    const LONGEST: usize = 40;
    match name.char_indices().nth(LONGEST) {
        Some((end, _)) => format!("{}…", &name[..end]),
        None => name.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pathway_app::ids;
    use pathway_app::sync::kinds::MAX_THOUGHTS;
    use serde_json::json;
    use uuid::Uuid;

    fn mutation(kind: RecordKind, data: Value) -> Mutation {
        Mutation {
            mutation_id: 1,
            kind,
            record_id: Uuid::nil(),
            young_person_id: Uuid::nil(),
            base_version: 1,
            data: data.as_object().cloned().unwrap_or_default(),
            delete: false,
        }
    }

    fn as_role(role: Role) -> User {
        User {
            id: Uuid::nil(),
            username: "ella".into(),
            display_name: "Ella Morris".into(),
            role,
            language: None,
            gender: Default::default(),
            gender_answered: false,
        }
    }

    fn existing(kind: RecordKind) -> Record {
        Record {
            id: Uuid::nil(),
            kind,
            young_person_id: Uuid::nil(),
            version: 1,
            updated_at: 0,
            updated_by: Uuid::nil(),
            deleted: false,
            data: Default::default(),
        }
    }

    #[test]
    fn each_role_may_change_only_its_own_fields() {
        let words = mutation(RecordKind::PlanPart, json!({ "what_i_think": "I like it" }));
        let part = existing(RecordKind::PlanPart);
        assert_eq!(
            check(&as_role(Role::YoungPerson), &words, Some(&part)),
            Ok(())
        );
        assert_eq!(
            check(&as_role(Role::PersonalAdviser), &words, Some(&part)),
            Ok(())
        );
        assert!(check(&as_role(Role::TeamManager), &words, Some(&part)).is_err());

        let done = mutation(RecordKind::PlanAction, json!({ "done": true }));
        let action = existing(RecordKind::PlanAction);
        assert_eq!(
            check(&as_role(Role::PersonalAdviser), &done, Some(&action)),
            Ok(())
        );
        assert!(check(&as_role(Role::YoungPerson), &done, Some(&action)).is_err());
        let mut hers = existing(RecordKind::PlanAction);
        hers.data = fields_of(
            &json!({ "part": "money", "what": "Open an account", "who": "Sam and Ella" }),
        );
        let ella = as_role(Role::YoungPerson);
        assert_eq!(check(&ella, &done, Some(&hers)), Ok(()));
        let reworded = mutation(
            RecordKind::PlanAction,
            json!({ "done": true, "what": "Nothing" }),
        );
        assert!(check(&ella, &reworded, Some(&hers)).is_err());
        let mut removing = done.clone();
        removing.delete = true;
        assert!(check(&ella, &removing, Some(&hers)).is_err());

        let dates = mutation(RecordKind::Plan, json!({ "next_review": "2027-01-31" }));
        assert_eq!(
            check(
                &as_role(Role::PersonalAdviser),
                &dates,
                Some(&existing(RecordKind::Plan))
            ),
            Ok(())
        );
        assert!(check(
            &as_role(Role::YoungPerson),
            &dates,
            Some(&existing(RecordKind::Plan))
        )
        .is_err());
    }

    /// A young person reads the kind of each refusal in her language, so
    /// the kind must say what happened to her.
    #[test]
    fn a_refusal_says_its_kind() {
        let her = as_role(Role::YoungPerson);
        let why = |user: &User, change: &Mutation, on: Option<&Record>| {
            check(user, change, on).err().map(|refused| refused.why)
        };
        let dates = mutation(RecordKind::Plan, json!({ "next_review": "2027-01-31" }));
        let plan = existing(RecordKind::Plan);
        assert_eq!(
            why(&her, &dates, Some(&plan)),
            Some(Refusal::AdvisersToChange)
        );
        let review = mutation(RecordKind::Review, json!({ "stage": "held" }));
        assert_eq!(why(&her, &review, None), Some(Refusal::AdvisersToChange));
        let head = as_role(Role::HeadOfService);
        assert_eq!(why(&head, &dates, Some(&plan)), Some(Refusal::NotAllowed));
        let nothing = mutation(RecordKind::PlanPart, json!({}));
        let part = existing(RecordKind::PlanPart);
        assert_eq!(why(&her, &nothing, Some(&part)), Some(Refusal::NotKept));
        let statement = mutation(RecordKind::Statement, json!({ "text": "again" }));
        let sent = existing(RecordKind::Statement);
        assert_eq!(
            why(&her, &statement, Some(&sent)),
            Some(Refusal::WrittenDown)
        );

        let not_held = existing(RecordKind::Review);
        assert_eq!(
            answerable(Some(&not_held), not_held.young_person_id).map_err(|r| r.why),
            Err(Refusal::NotWrittenDownYet)
        );
        assert_eq!(
            answerable(None, Uuid::nil()).map_err(|r| r.why),
            Err(Refusal::NotFound)
        );
    }

    #[test]
    fn changes_outside_what_a_role_may_touch_are_refused_with_a_reason() {
        let part = existing(RecordKind::PlanPart);
        let action = existing(RecordKind::PlanAction);
        let cases = [
            (
                mutation(RecordKind::PlanPart, json!({ "part": "money" })),
                Some(&part),
            ),
            (mutation(RecordKind::PlanPart, json!({})), Some(&part)),
            (
                mutation(
                    RecordKind::PlanAction,
                    json!({ "part": "money", "what": "New" }),
                ),
                Some(&action),
            ),
            (
                mutation(RecordKind::PlanPart, json!({ "what_i_think": "new part" })),
                None,
            ),
            (
                mutation(RecordKind::Conflict, json!({ "value": "mine" })),
                None,
            ),
        ];
        for (change, on) in cases {
            let answer = check(&as_role(Role::PersonalAdviser), &change, on);
            assert!(
                answer
                    .as_ref()
                    .is_err_and(|refused| !refused.reason.is_empty()),
                "{change:?} gave {answer:?}"
            );
        }
        let create = mutation(
            RecordKind::PlanAction,
            json!({ "part": "money", "what": "Open an account", "by_when": null }),
        );
        assert_eq!(
            check(&as_role(Role::PersonalAdviser), &create, None),
            Ok(())
        );
    }

    fn typed_now(kind: RecordKind, data: Value) -> Result<Fields, String> {
        typed(kind, &fields(data), time::macros::date!(2026 - 11 - 26))
    }

    fn fields(data: Value) -> Fields {
        data.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn a_record_is_kept_only_as_its_type_writes_it() {
        let refused = [
            (
                RecordKind::PlanPart,
                json!({ "part": "money", "what_i_think": "x".repeat(MAX_THOUGHTS + 1) }),
                "That's too long: keep it under 4000 characters.",
            ),
            (
                RecordKind::PlanPart,
                json!({ "part": "money", "what_i_think": 42 }),
                "That isn't a valid \"what_i_think\".",
            ),
            (
                RecordKind::PlanPart,
                json!({ "part": "moon" }),
                "That isn't a valid \"part\".",
            ),
            (
                RecordKind::PlanAction,
                json!({ "part": "money", "what": "  " }),
                "This can't be left empty.",
            ),
            (
                RecordKind::PlanAction,
                json!({ "part": "money", "what": "Save", "by_when": "next week" }),
                "That isn't a valid \"by_when\".",
            ),
            (
                RecordKind::PlanAction,
                json!({ "part": "money", "what": "Save", "done": "yes" }),
                "That isn't a valid \"done\".",
            ),
            (
                RecordKind::PlanAction,
                json!({ "what": "Save" }),
                "This needs its \"part\".",
            ),
            (
                RecordKind::PlanAction,
                json!({ "part": "money", "what": "Save", "colour": "red" }),
                "\"colour\" isn't part of an action.",
            ),
            (
                RecordKind::Goal,
                json!({ "domain": "safe", "title": "Feel safe", "status": "active", "steps": [{ "text": "Fix the lock", "done": false, "note": "x" }] }),
                "\"steps[0].note\" isn't part of a goal.",
            ),
            (
                RecordKind::Rating,
                json!({ "goal": Uuid::nil(), "on": "2026-11-20", "score": 9 }),
                "A rating is from 1 (not started) to 5 (done it).",
            ),
            (
                RecordKind::Agreement,
                json!({ "version": Uuid::nil(), "agrees": false, "reasons": " " }),
                "Say why you don't agree, so it's written down.",
            ),
        ];
        for (kind, data, why) in refused {
            assert_eq!(typed_now(kind, data.clone()), Err(why.to_owned()), "{data}");
        }
        // Kept as the type writes it: defaults filled in, nothing else.
        let kept = typed_now(
            RecordKind::PlanAction,
            json!({ "part": "money", "what": "Save" }),
        );
        assert_eq!(
            kept,
            Ok(fields(
                json!({ "part": "money", "what": "Save", "who": "", "by_when": null, "done": false })
            ))
        );
    }

    #[test]
    fn an_unknown_stage_is_refused_and_only_she_answers_her_plan() {
        let draft = existing(RecordKind::Review);
        let odd_stage = mutation(RecordKind::Review, json!({ "stage": "agreed" }));
        assert_eq!(
            check(&as_role(Role::PersonalAdviser), &odd_stage, Some(&draft)),
            Ok(())
        );
        assert_eq!(
            typed_now(RecordKind::Review, json!({ "stage": "agreed" })),
            Err("That isn't a valid \"stage\".".into())
        );

        let mut no = mutation(
            RecordKind::Agreement,
            json!({ "version": ids::new(), "agrees": false, "reasons": "The boiler" }),
        );
        no.base_version = 0;
        assert_eq!(check(&as_role(Role::YoungPerson), &no, None), Ok(()));
        assert!(check(&as_role(Role::PersonalAdviser), &no, None).is_err());
        assert!(check(&as_role(Role::TeamManager), &no, None).is_err());
    }
}
