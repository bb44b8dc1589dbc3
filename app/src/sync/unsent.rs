//! Unsent changes said in words, so a person knows what signing out would
//! lose: "1 statement and 2 changes to your plan".

use std::collections::{BTreeMap, BTreeSet};

use uuid::Uuid;

use super::{Mutation, RecordKind};

/// What a change is, as a person would count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Sort {
    Message,
    Statement,
    Reply,
    Contact,
    Plan,
    Goals,
    Other,
}

fn sort(kind: RecordKind) -> Sort {
    match kind {
        RecordKind::Message => Sort::Message,
        RecordKind::Statement => Sort::Statement,
        RecordKind::Reply => Sort::Reply,
        RecordKind::Contact | RecordKind::Circumstances => Sort::Contact,
        RecordKind::Plan
        | RecordKind::PlanPart
        | RecordKind::PlanAction
        | RecordKind::Review
        | RecordKind::Agreement
        | RecordKind::ReviewRequest => Sort::Plan,
        RecordKind::Goal | RecordKind::Rating | RecordKind::GoalNote => Sort::Goals,
        RecordKind::Conflict | RecordKind::Acknowledgement | RecordKind::Seen => Sort::Other,
    }
}

fn phrase(sort: Sort, count: usize, own: bool) -> String {
    let (one, many) = match (sort, own) {
        (Sort::Message, _) => ("message", "messages"),
        (Sort::Statement, _) => ("statement", "statements"),
        (Sort::Reply, _) => ("reply", "replies"),
        (Sort::Contact, _) => ("contact note", "contact notes"),
        (Sort::Plan, true) => ("change to your plan", "changes to your plan"),
        (Sort::Plan, false) => ("change to a plan", "changes to plans"),
        (Sort::Goals, true) => ("change to your goals", "changes to your goals"),
        (Sort::Goals, false) => ("change to goals", "changes to goals"),
        (Sort::Other, _) => ("other change", "other changes"),
    };
    format!("{count} {}", if count == 1 { one } else { many })
}

/// The unsent changes in words, each thing counted once however many times
/// it was edited; `own` when the person is the young person whose plan it
/// is. `None` when nothing waits.
pub fn in_words<'a>(unsent: impl IntoIterator<Item = &'a Mutation>, own: bool) -> Option<String> {
    let mut things: BTreeMap<Sort, BTreeSet<Uuid>> = BTreeMap::new();
    for mutation in unsent {
        things
            .entry(sort(mutation.kind))
            .or_default()
            .insert(mutation.record_id);
    }
    let parts: Vec<String> = things
        .iter()
        .map(|(sort, records)| phrase(*sort, records.len(), own))
        .collect();
    match parts.as_slice() {
        [] => None,
        [only] => Some(only.clone()),
        [rest @ .., last] => Some(format!("{} and {last}", rest.join(", "))),
    }
}

/// "hasn't" or "haven't", to follow [`in_words`].
pub fn has_or_have<'a>(unsent: impl IntoIterator<Item = &'a Mutation>) -> &'static str {
    let records: BTreeSet<Uuid> = unsent.into_iter().map(|m| m.record_id).collect();
    if records.len() == 1 {
        "hasn't"
    } else {
        "haven't"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::Fields;

    fn change(kind: RecordKind, record_id: Uuid) -> Mutation {
        Mutation {
            mutation_id: 1,
            kind,
            record_id,
            young_person_id: Uuid::nil(),
            base_version: 0,
            data: Fields::new(),
            delete: false,
        }
    }

    #[test]
    fn counts_each_thing_once_and_names_it_as_she_would() {
        let part = Uuid::now_v7();
        let unsent = [
            change(RecordKind::PlanPart, part),
            change(RecordKind::PlanPart, part),
            change(RecordKind::Statement, Uuid::now_v7()),
            change(RecordKind::PlanAction, Uuid::now_v7()),
        ];
        assert_eq!(
            in_words(&unsent, true).as_deref(),
            Some("1 statement and 2 changes to your plan")
        );
        assert_eq!(has_or_have(&unsent), "haven't");
    }

    #[test]
    fn three_sorts_are_listed_with_commas_and_staff_see_their_own_words() {
        let unsent = [
            change(RecordKind::Contact, Uuid::now_v7()),
            change(RecordKind::Reply, Uuid::now_v7()),
            change(RecordKind::Reply, Uuid::now_v7()),
            change(RecordKind::Goal, Uuid::now_v7()),
        ];
        assert_eq!(
            in_words(&unsent, false).as_deref(),
            Some("2 replies, 1 contact note and 1 change to goals")
        );
    }

    #[test]
    fn one_thing_hasnt_been_sent_and_nothing_says_nothing() {
        let one = [change(RecordKind::Statement, Uuid::now_v7())];
        assert_eq!(in_words(&one, true).as_deref(), Some("1 statement"));
        assert_eq!(has_or_have(&one), "hasn't");
        assert_eq!(in_words(&[], true), None);
    }
}
