//! Who may change what, and what a valid change looks like. The reasons are
//! shown to the person on their phone, so they are written for them.

use pathway_app::auth::Role;
use pathway_app::contacts::codes::{Accommodation, Activity, InTouch};
use pathway_app::contacts::ContactKind;
use pathway_app::dates::parse_iso;
use pathway_app::goals::{BeeDomain, GoalStatus, Step};
use pathway_app::plan::review::{Participation, PlanCopy, ReviewFields, ReviewStage};
use pathway_app::plan::PlanPart;
use pathway_app::sync::{Mutation, Record, RecordKind};
use pathway_app::voice::{raises_flag, Feeling, Topic};
use serde_json::Value;

/// The longest "What I think" accepted.
pub const MAX_THOUGHTS: usize = 4000;
/// The longest action text accepted.
pub const MAX_ACTION: usize = 500;
/// The longest "who" accepted.
pub const MAX_WHO: usize = 200;

/// Whether `role` may make `mutation` to `existing` (`None` when it would
/// create the record). The caller has already checked that the person may
/// see the young person the record belongs to.
pub fn check(role: Role, mutation: &Mutation, existing: Option<&Record>) -> Result<(), String> {
    let creating = existing.is_none();
    if !mutation.delete && mutation.data.is_empty() {
        return Err("This change has nothing in it.".into());
    }
    match (mutation.kind, role) {
        (RecordKind::Statement, Role::YoungPerson) => {
            added_only(mutation, creating)?;
            required(mutation, &["topic"])?;
            // "flag" and "by_name" are accepted and then decided by the
            // server: her words are never refused over them.
            fields(mutation, &["topic", "feeling", "answers", "text", "call_me", "flag", "by_name"])
        }
        (RecordKind::Statement, _) => Err("Only the young person sends her statements.".into()),
        (RecordKind::Reply | RecordKind::Acknowledgement, Role::YoungPerson) => {
            Err("Replies come from the people who work with you.".into())
        }
        (RecordKind::Reply, _) => {
            added_only(mutation, creating)?;
            required(mutation, &["statement", "text"])?;
            not_blank(mutation, "text")?;
            fields(mutation, &["statement", "text"])
        }
        (RecordKind::Acknowledgement, _) => {
            added_only(mutation, creating)?;
            required(mutation, &["statement"])?;
            fields(mutation, &["statement"])
        }
        (RecordKind::ReviewRequest, Role::YoungPerson) => {
            added_only(mutation, creating)?;
            required(mutation, &["on"])?;
            fields(mutation, &["on", "why"])
        }
        (RecordKind::ReviewRequest, _) => Err(
            "Only the young person asks for her review. To hold one, start a review on her plan."
                .into(),
        ),
        (RecordKind::Agreement, Role::YoungPerson) => {
            added_only(mutation, creating)?;
            required(mutation, &["version", "agrees"])?;
            fields(mutation, &["version", "agrees", "reasons"])?;
            if mutation.data.get("agrees") == Some(&Value::Bool(false)) {
                not_blank(mutation, "reasons")
                    .map_err(|_| "Say why you don't agree, so it's written down.".to_owned())?;
            }
            Ok(())
        }
        (RecordKind::Agreement, _) => {
            Err("Only the young person says whether she agrees with her plan.".into())
        }
        (_, Role::TeamManager) => Err("Team managers can read plans but not change them.".into()),
        (RecordKind::Review, Role::YoungPerson) => Err(
            "Your personal adviser writes down your review. You can ask for one, and say whether you agree."
                .into(),
        ),
        (RecordKind::Review, Role::PersonalAdviser) => {
            if existing.is_some_and(is_recorded) {
                return Err(
                    "This version of the plan was written down at a review and can't be changed. Start a new review to make a new version."
                        .into(),
                );
            }
            if mutation.delete {
                return if creating { Err(NOT_FOUND.into()) } else { Ok(()) };
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
                Err("Two versions of a change are only ever kept by Pathway itself.".into())
            }
        }
        (RecordKind::Plan, Role::YoungPerson) => {
            Err("Only your personal adviser can change your plan's dates.".into())
        }
        (RecordKind::Plan, Role::PersonalAdviser) => {
            fixed(mutation, creating, "A plan's dates can't be added or removed.")?;
            fields(mutation, &["next_contact", "next_review"])
        }
        (RecordKind::PlanPart, _) => {
            fixed(mutation, creating, "The ten parts of a plan can't be added or removed.")?;
            fields(mutation, &["what_i_think"])
        }
        (RecordKind::PlanAction, Role::YoungPerson) => Err(
            "Only your personal adviser can change what's planned. You can say what you think in \"What I think\"."
                .into(),
        ),
        (RecordKind::Contact | RecordKind::Circumstances, Role::YoungPerson) => {
            Err("Only your personal adviser writes the record of your contact.".into())
        }
        (RecordKind::Contact, Role::PersonalAdviser) => {
            added_only(mutation, creating)?;
            required(mutation, &["on", "kind", "summary"])?;
            fields(
                mutation,
                &["on", "kind", "place", "seen_alone", "summary", "actions", "next_contact", "shared", "corrects", "by_name"],
            )
        }
        (RecordKind::Circumstances, Role::PersonalAdviser) => {
            added_only(mutation, creating)?;
            required(mutation, &["on", "in_touch"])?;
            fields(mutation, &["on", "in_touch", "activity", "accommodation", "suitable", "moved"])
        }
        (RecordKind::Goal, Role::YoungPerson) => {
            if mutation.delete {
                return if creating { Err(NOT_FOUND.into()) } else { Ok(()) };
            }
            if creating {
                required(mutation, &["domain", "title", "status"])?;
                if mutation.data.get("status") != Some(&Value::from("active")) {
                    return Err("A goal you add is yours: its status is \"active\".".into());
                }
            }
            fields(mutation, &["domain", "title", "steps", "by_when", "status"])
        }
        (RecordKind::Goal, Role::PersonalAdviser) => {
            if mutation.delete {
                return Err("Only the young person can remove her goals.".into());
            }
            if creating {
                required(mutation, &["domain", "title", "status"])?;
                if mutation.data.get("status") != Some(&Value::from("suggested")) {
                    return Err("A goal you add is a suggestion she can accept or decline.".into());
                }
                fields(mutation, &["domain", "title", "steps", "by_when", "status"])
            } else {
                fields(mutation, &["title", "steps", "by_when"])
            }
        }
        (RecordKind::Rating, _) => {
            added_only(mutation, creating)?;
            required(mutation, &["goal", "on", "score"])?;
            fields(mutation, &["goal", "on", "score", "note"])
        }
        (RecordKind::GoalNote, Role::PersonalAdviser) => {
            added_only(mutation, creating)?;
            required(mutation, &["goal", "text"])?;
            not_blank(mutation, "text")?;
            fields(mutation, &["goal", "text"])
        }
        (RecordKind::GoalNote, Role::YoungPerson) => {
            Err("Notes of encouragement come from your personal adviser.".into())
        }
        (RecordKind::PlanAction, Role::PersonalAdviser) => {
            if mutation.delete {
                return if creating { Err(NOT_FOUND.into()) } else { Ok(()) };
            }
            if creating {
                required(mutation, &["part", "what"])?;
                fields(mutation, &["part", "what", "who", "by_when", "done"])
            } else {
                fields(mutation, &["what", "who", "by_when", "done"])
            }
        }
    }
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
        RecordKind::Contact | RecordKind::GoalNote | RecordKind::Reply => {
            data.insert("by_name".into(), name);
        }
        RecordKind::Statement => {
            let topic = data
                .get("topic")
                .and_then(|t| serde_json::from_value::<Topic>(t.clone()).ok());
            let feeling = data
                .get("feeling")
                .and_then(|f| serde_json::from_value::<Feeling>(f.clone()).ok());
            let flag = topic.is_some_and(|topic| raises_flag(topic, feeling));
            data.insert("flag".into(), Value::Bool(flag));
            data.insert("by_name".into(), name);
        }
        RecordKind::Acknowledgement | RecordKind::Agreement => {
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

/// Checks a review as it would stand after a change (`data`, all its
/// fields) and, when this change records it, keeps the server's copy of the
/// plan with it, numbers the version and says who recorded it.
pub fn settle_review(
    data: &mut pathway_app::sync::Fields,
    recording: Option<Recording<'_>>,
) -> Result<(), String> {
    if let Some(recording) = &recording {
        let plan = serde_json::to_value(&recording.plan)
            .map_err(|_| "This plan couldn't be copied.".to_owned())?;
        data.insert("plan".into(), plan);
    }
    let review: ReviewFields = serde_json::from_value(Value::Object(data.clone()))
        .map_err(|_| "This review isn't in a shape Pathway can keep.".to_owned())?;
    let Some(recording) = recording.filter(|_| review.stage == ReviewStage::Recorded) else {
        return Ok(());
    };
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
pub fn answerable(version: Option<&Record>, young_person: uuid::Uuid) -> Result<(), String> {
    match version {
        Some(v)
            if v.kind == RecordKind::Review && v.young_person_id == young_person && !v.deleted =>
        {
            if is_recorded(v) {
                Ok(())
            } else {
                Err(
                    "This review hasn't been written down yet, so there's nothing to agree with."
                        .into(),
                )
            }
        }
        _ => Err(NOT_FOUND.into()),
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

/// What a person is told about a record that does not exist or that they
/// may not see: the same words for both.
pub const NOT_FOUND: &str = "This doesn't exist, or isn't yours to change.";

fn fixed(mutation: &Mutation, creating: bool, why: &str) -> Result<(), String> {
    if creating || mutation.delete {
        Err(why.into())
    } else {
        Ok(())
    }
}

/// Records that are only ever added: the written record of what happened.
fn added_only(mutation: &Mutation, creating: bool) -> Result<(), String> {
    if creating && !mutation.delete {
        Ok(())
    } else {
        Err(
            "A record of contact can't be changed or removed. Add a new one that corrects it."
                .into(),
        )
    }
}

fn required(mutation: &Mutation, names: &[&str]) -> Result<(), String> {
    match names
        .iter()
        .find(|name| !mutation.data.contains_key(**name))
    {
        Some(missing) => Err(format!("This needs its \"{missing}\".")),
        None => Ok(()),
    }
}

fn not_blank(mutation: &Mutation, name: &str) -> Result<(), String> {
    match mutation.data.get(name).and_then(Value::as_str) {
        Some(text) if !text.trim().is_empty() => Ok(()),
        _ => Err("This can't be left empty.".into()),
    }
}

fn fields(mutation: &Mutation, allowed: &[&str]) -> Result<(), String> {
    for (field, value) in &mutation.data {
        if !allowed.contains(&field.as_str()) {
            return Err(format!("\"{field}\" can't be changed here."));
        }
        valid(field, value)?;
    }
    Ok(())
}

/// Text a person wrote: no invisible control characters (newlines and tabs
/// aside) and no direction overrides, which can make words read as other
/// words on someone else's screen.
fn plain(text: &str) -> Result<(), String> {
    let hidden = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if text.chars().any(hidden) {
        Err("This has invisible characters in it that can't be kept. Type it again, or paste it as plain text.".into())
    } else {
        Ok(())
    }
}

/// The dates Pathway keeps: anything outside is a slip of the keyboard.
fn sensible(date: time::Date) -> Result<(), String> {
    if (2000..=2099).contains(&date.year()) {
        Ok(())
    } else {
        Err("That date doesn't look right: use one between 2000 and 2099.".into())
    }
}

/// A goal's steps: at most 30, each a `text` and whether it is `done`, and
/// nothing else.
fn steps(value: &Value) -> Result<(), String> {
    let Some(list) = value.as_array().filter(|l| l.len() <= 30) else {
        return Err("A goal has a list of at most 30 steps.".into());
    };
    for step in list {
        let unknown = step.as_object().and_then(|fields| {
            fields
                .keys()
                .find(|k| !matches!(k.as_str(), "text" | "done"))
        });
        if let Some(key) = unknown {
            return Err(format!(
                "A step has only its \"text\" and \"done\", not \"{key}\"."
            ));
        }
        match serde_json::from_value::<Step>(step.clone()) {
            Ok(Step { text, .. })
                if !text.trim().is_empty() && text.chars().count() <= MAX_ACTION =>
            {
                plain(&text)?
            }
            Ok(_) => {
                return Err(format!(
                    "Each step needs a few words, under {MAX_ACTION} characters."
                ))
            }
            Err(_) => return Err("A step has its \"text\" and whether it is \"done\".".into()),
        }
    }
    Ok(())
}

fn valid(field: &str, value: &Value) -> Result<(), String> {
    let text = |max: usize, required: bool| match value {
        Value::String(s) if s.chars().count() > max => {
            Err(format!("That's too long: keep it under {max} characters."))
        }
        Value::String(s) if required && s.trim().is_empty() => {
            Err("This can't be left empty.".to_owned())
        }
        Value::String(s) => plain(s),
        _ => Err(format!("\"{field}\" must be text.")),
    };
    let date = || match value {
        Value::Null => Ok(()),
        Value::String(s) => match parse_iso(s) {
            Ok(date) => sensible(date),
            Err(_) => Err(format!(
                "\"{field}\" must be a date like 2026-12-03, or empty."
            )),
        },
        _ => Err(format!(
            "\"{field}\" must be a date like 2026-12-03, or empty."
        )),
    };
    // The day something happened: not one still to come.
    let happened = || match value.as_str().map(parse_iso) {
        Some(Ok(day)) if day > crate::db::today() + time::Duration::days(1) => {
            Err("That day hasn't come yet.".to_owned())
        }
        Some(Ok(day)) => sensible(day),
        _ => Err(format!("\"{field}\" must be a date like 2026-12-03.")),
    };
    let one_of = |ok: bool| {
        if ok {
            Ok(())
        } else {
            Err(format!("That isn't a valid \"{field}\"."))
        }
    };
    let optional = |ok: bool| one_of(value.is_null() || ok);
    match field {
        "what_i_think" => text(MAX_THOUGHTS, false),
        "what" => text(MAX_ACTION, true),
        "who" => text(MAX_WHO, false),
        "done" if value.is_boolean() => Ok(()),
        "done" => Err("\"done\" must be true or false.".into()),
        "by_when" | "next_contact" | "next_review" | "moved" => date(),
        "on" => happened(),
        "kind" => one_of(serde_json::from_value::<ContactKind>(value.clone()).is_ok()),
        "place" => text(MAX_WHO, false),
        "summary" => text(MAX_THOUGHTS, true),
        "actions" => text(MAX_THOUGHTS, false),
        "seen_alone" | "suitable" => optional(value.is_boolean()),
        "shared" => one_of(value.is_boolean()),
        "corrects" => optional(
            value
                .as_str()
                .is_some_and(|s| uuid::Uuid::parse_str(s).is_ok()),
        ),
        "by_name" => one_of(value.is_string()),
        "domain" => one_of(serde_json::from_value::<BeeDomain>(value.clone()).is_ok()),
        "title" => text(MAX_ACTION, true),
        "status" => one_of(serde_json::from_value::<GoalStatus>(value.clone()).is_ok()),
        "steps" => steps(value),
        "goal" | "statement" => one_of(
            value
                .as_str()
                .is_some_and(|s| uuid::Uuid::parse_str(s).is_ok()),
        ),
        "score" => one_of(value.as_u64().is_some_and(|n| (1..=5).contains(&n))),
        "note" => text(MAX_THOUGHTS, false),
        "text" => text(MAX_THOUGHTS, false),
        "in_touch" => one_of(serde_json::from_value::<InTouch>(value.clone()).is_ok()),
        "activity" => optional(serde_json::from_value::<Activity>(value.clone()).is_ok()),
        "accommodation" => optional(serde_json::from_value::<Accommodation>(value.clone()).is_ok()),
        "part" if serde_json::from_value::<PlanPart>(value.clone()).is_ok() => Ok(()),
        "part" => Err("That isn't one of the ten parts of a plan.".into()),
        "topic" => one_of(serde_json::from_value::<Topic>(value.clone()).is_ok()),
        "feeling" => optional(serde_json::from_value::<Feeling>(value.clone()).is_ok()),
        "answers" => match serde_json::from_value::<Vec<(String, String)>>(value.clone()) {
            Ok(answers)
                if answers.len() <= 10
                    && answers.iter().all(|(q, a)| {
                        q.chars().count() <= MAX_ACTION && a.chars().count() <= MAX_THOUGHTS
                    }) =>
            {
                answers
                    .iter()
                    .try_for_each(|(q, a)| plain(q).and_then(|()| plain(a)))
            }
            _ => Err("That isn't a valid \"answers\".".into()),
        },
        "call_me" | "flag" | "agrees" => one_of(value.is_boolean()),
        "version" => one_of(
            value
                .as_str()
                .is_some_and(|s| uuid::Uuid::parse_str(s).is_ok()),
        ),
        "why" | "reasons" | "why_not" | "who_took_part" => text(MAX_THOUGHTS, false),
        "held_on" => date(),
        "stage" => one_of(serde_json::from_value::<ReviewStage>(value.clone()).is_ok()),
        "participation" => optional(serde_json::from_value::<Participation>(value.clone()).is_ok()),
        other => Err(format!("\"{other}\" can't be changed here.")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert_eq!(check(Role::YoungPerson, &words, Some(&part)), Ok(()));
        assert_eq!(check(Role::PersonalAdviser, &words, Some(&part)), Ok(()));
        assert!(check(Role::TeamManager, &words, Some(&part)).is_err());

        let done = mutation(RecordKind::PlanAction, json!({ "done": true }));
        let action = existing(RecordKind::PlanAction);
        assert_eq!(check(Role::PersonalAdviser, &done, Some(&action)), Ok(()));
        assert!(check(Role::YoungPerson, &done, Some(&action)).is_err());

        let dates = mutation(RecordKind::Plan, json!({ "next_review": "2027-01-31" }));
        assert_eq!(
            check(
                Role::PersonalAdviser,
                &dates,
                Some(&existing(RecordKind::Plan))
            ),
            Ok(())
        );
        assert!(check(Role::YoungPerson, &dates, Some(&existing(RecordKind::Plan))).is_err());
    }

    #[test]
    fn bad_values_are_refused_with_a_reason() {
        let part = existing(RecordKind::PlanPart);
        let action = existing(RecordKind::PlanAction);
        let cases = [
            (
                mutation(
                    RecordKind::PlanPart,
                    json!({ "what_i_think": "x".repeat(MAX_THOUGHTS + 1) }),
                ),
                Some(&part),
            ),
            (
                mutation(RecordKind::PlanPart, json!({ "what_i_think": 42 })),
                Some(&part),
            ),
            (
                mutation(RecordKind::PlanPart, json!({ "part": "money" })),
                Some(&part),
            ),
            (mutation(RecordKind::PlanPart, json!({})), Some(&part)),
            (
                mutation(RecordKind::PlanAction, json!({ "what": "  " })),
                Some(&action),
            ),
            (
                mutation(RecordKind::PlanAction, json!({ "by_when": "next week" })),
                Some(&action),
            ),
            (
                mutation(RecordKind::PlanAction, json!({ "done": "yes" })),
                Some(&action),
            ),
            (
                mutation(
                    RecordKind::PlanAction,
                    json!({ "part": "money", "what": "New" }),
                ),
                Some(&action),
            ),
            (
                mutation(RecordKind::PlanAction, json!({ "what": "New" })),
                None,
            ),
            (
                mutation(
                    RecordKind::PlanAction,
                    json!({ "part": "moon", "what": "New" }),
                ),
                None,
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
            let answer = check(Role::PersonalAdviser, &change, on);
            assert!(
                answer.as_ref().is_err_and(|why| !why.is_empty()),
                "{change:?} gave {answer:?}"
            );
        }
        let create = mutation(
            RecordKind::PlanAction,
            json!({ "part": "money", "what": "Open an account", "by_when": null }),
        );
        assert_eq!(check(Role::PersonalAdviser, &create, None), Ok(()));
    }

    #[test]
    fn an_unknown_stage_is_refused_and_a_no_needs_her_reasons() {
        let draft = existing(RecordKind::Review);
        let odd_stage = mutation(RecordKind::Review, json!({ "stage": "agreed" }));
        assert!(check(Role::PersonalAdviser, &odd_stage, Some(&draft)).is_err());

        let no = |reasons: &str| {
            let mut m = mutation(
                RecordKind::Agreement,
                json!({ "version": Uuid::now_v7(), "agrees": false, "reasons": reasons }),
            );
            m.base_version = 0;
            m
        };
        assert_eq!(
            check(Role::YoungPerson, &no("  "), None),
            Err("Say why you don't agree, so it's written down.".into())
        );
        assert_eq!(check(Role::YoungPerson, &no("The boiler"), None), Ok(()));
        assert!(check(Role::PersonalAdviser, &no("The boiler"), None).is_err());
        assert!(check(Role::TeamManager, &no("The boiler"), None).is_err());
    }
}
