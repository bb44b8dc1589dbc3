//! Unsent changes counted as a person would count them, so she can be told
//! what signing out would lose: "1 statement and 2 changes to your plan"
//! (said in her language by `shell::phone`).

use uuid::Uuid;

use super::{Mutation, RecordKind};

/// What a change is, as a person would count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Sort {
    Message,
    Statement,
    Reply,
    Contact,
    Plan,
    Goals,
    Other,
}

/// `None` for a receipt, which the phone makes by itself and no one counts
/// as a change (`Replica::waiting`).
fn sort(kind: RecordKind) -> Option<Sort> {
    Some(match kind {
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
        RecordKind::Conflict | RecordKind::Acknowledgement => Sort::Other,
        RecordKind::Seen => return None,
    })
}

/// What waits to be sent: each thing counted once however many times it
/// was edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsent {
    /// How many of each sort, in [`Sort`]'s order.
    pub sorts: Vec<(Sort, usize)>,
    /// How many things in all (to say "it" or "them").
    pub things: usize,
}

/// What waits to be sent; `None` when nothing does.
pub fn counted<'a>(unsent: impl IntoIterator<Item = &'a Mutation>) -> Option<Unsent> {
    let mut things: Vec<(Sort, Uuid)> = unsent
        .into_iter()
        .filter_map(|mutation| Some((sort(mutation.kind)?, mutation.record_id)))
        .collect();
    crate::order::by_key(&mut things, |thing| *thing);
    things.dedup();
    let mut sorts: Vec<(Sort, usize)> = Vec::new();
    for (sort, _) in &things {
        match sorts.last_mut() {
            Some((last, count)) if last == sort => *count += 1,
            _ => sorts.push((*sort, 1)),
        }
    }
    (!things.is_empty()).then_some(Unsent {
        things: things.len(),
        sorts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;
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
    fn counts_each_thing_once_by_what_she_would_call_it() {
        let part = ids::new();
        let unsent = [
            change(RecordKind::PlanPart, part),
            change(RecordKind::PlanPart, part),
            change(RecordKind::Statement, ids::new()),
            change(RecordKind::PlanAction, ids::new()),
        ];
        assert_eq!(
            counted(&unsent),
            Some(Unsent {
                sorts: vec![(Sort::Statement, 1), (Sort::Plan, 2)],
                things: 3,
            })
        );
    }

    #[test]
    fn sorts_come_in_one_order_whatever_order_they_were_made_in() {
        let unsent = [
            change(RecordKind::Goal, ids::new()),
            change(RecordKind::Contact, ids::new()),
            change(RecordKind::Reply, ids::new()),
            change(RecordKind::Reply, ids::new()),
            change(RecordKind::Circumstances, ids::new()),
        ];
        assert_eq!(
            counted(&unsent),
            Some(Unsent {
                sorts: vec![(Sort::Reply, 2), (Sort::Contact, 2), (Sort::Goals, 1)],
                things: 5,
            })
        );
    }

    #[test]
    fn receipts_are_not_counted_as_changes() {
        let receipt = change(RecordKind::Seen, ids::new());
        assert_eq!(counted([&receipt]), None);
        let unsent = [receipt, change(RecordKind::Message, ids::new())];
        assert_eq!(
            counted(&unsent),
            Some(Unsent {
                sorts: vec![(Sort::Message, 1)],
                things: 1,
            })
        );
    }

    #[test]
    fn one_thing_is_one_and_nothing_is_none() {
        let one = [change(RecordKind::Statement, ids::new())];
        assert_eq!(counted(&one).map(|u| u.things), Some(1));
        assert_eq!(counted(&[]), None);
    }
}
