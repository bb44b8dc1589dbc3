//! What each kind of record holds, how long its words may be, and what makes
//! it valid: the one place for all three. The server keeps a record only as
//! it parses into its type here, written out again; the pages build their
//! changes from the same types and size their boxes from the same limits.
//! Who may change which field is the server's (`sync::rules` there).

use serde::de::DeserializeOwned;
use serde::Serialize;
use time::Date;

use super::ConflictNote;
use crate::contacts::{Circumstances, ContactNote};
use crate::goals::{GoalFields, GoalNoteFields, RatingFields};
use crate::messages::{MessageFields, SeenFields};
use crate::plan::review::{AgreementFields, RequestFields, ReviewFields};
use crate::plan::{ActionFields, PartNotes, PlanDates};
use crate::voice::{AcknowledgementFields, ReplyFields, StatementFields};

/// The longest piece of writing: her thoughts, a summary, a reply.
pub const MAX_THOUGHTS: usize = 4000;
/// The longest one-line text: an action, a goal, a step, a question.
pub const MAX_ACTION: usize = 500;
/// The longest name-like text: who will do it, where it happened.
pub const MAX_WHO: usize = 200;
/// The most steps one goal has.
pub const MAX_STEPS: usize = 30;
/// The most prompts one statement answers.
pub const MAX_ANSWERS: usize = 10;

/// The typed fields of one kind of record.
pub trait KindFields: Serialize + DeserializeOwned {
    /// The record in a sentence: "This isn't part of {NAME}."
    const NAME: &'static str;
    /// Every field, as a change names it (checked against the type by a test).
    const FIELDS: &'static [&'static str];
    /// What is wrong with it, in words for the person who wrote it. `today`
    /// is the server's day, so nothing that happened can be in the future.
    fn problem(&self, today: Date) -> Result<(), String>;
}

/// Words a person wrote, at most `max` characters, with nothing hidden in
/// them: no invisible control characters (newlines and tabs aside) and no
/// direction overrides, which can make words read as other words on someone
/// else's screen.
pub fn words(text: &str, max: usize) -> Result<(), String> {
    if text.chars().count() > max {
        Err(format!("That's too long: keep it under {max} characters."))
    } else if text.chars().any(hidden) {
        Err("This has invisible characters in it that can't be kept. Type it again, or paste it as plain text.".into())
    } else {
        Ok(())
    }
}

/// `text` with what [`words`] refuses taken out, so words that must never
/// be refused (her messages) are kept as she meant them.
pub fn plain(text: &str, max: usize) -> String {
    text.chars().filter(|&c| !hidden(c)).take(max).collect()
}

fn hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// As [`words`], and not left empty.
fn said(text: &str, max: usize) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("This can't be left empty.".into());
    }
    words(text, max)
}

/// The dates Pathway keeps: anything outside is a slip of the keyboard.
fn sensible(date: Option<Date>) -> Result<(), String> {
    match date {
        Some(day) if !(2000..=2099).contains(&day.year()) => {
            Err("That date doesn't look right: use one between 2000 and 2099.".into())
        }
        _ => Ok(()),
    }
}

/// The day something happened: not one still to come. A day's grace allows
/// for a phone ahead of the server across midnight.
fn happened(day: Date, today: Date) -> Result<(), String> {
    if day > today + time::Duration::days(1) {
        return Err("That day hasn't come yet.".into());
    }
    sensible(Some(day))
}

impl KindFields for PlanDates {
    const NAME: &'static str = "a plan's dates";
    const FIELDS: &'static [&'static str] = &["next_contact", "next_review"];
    fn problem(&self, _today: Date) -> Result<(), String> {
        sensible(self.next_contact)?;
        sensible(self.next_review)
    }
}

impl KindFields for PartNotes {
    const NAME: &'static str = "a part of the plan";
    const FIELDS: &'static [&'static str] = &["part", "what_i_think"];
    fn problem(&self, _today: Date) -> Result<(), String> {
        words(&self.what_i_think, MAX_THOUGHTS)
    }
}

impl KindFields for ActionFields {
    const NAME: &'static str = "an action";
    const FIELDS: &'static [&'static str] = &[
        "part", "what", "who", "by_when", "done", "done_by", "done_at",
    ];
    fn problem(&self, _today: Date) -> Result<(), String> {
        said(&self.what, MAX_ACTION)?;
        words(&self.who, MAX_WHO)?;
        sensible(self.by_when)
    }
}

impl KindFields for ContactNote {
    const NAME: &'static str = "a record of contact";
    const FIELDS: &'static [&'static str] = &[
        "on",
        "kind",
        "place",
        "seen_alone",
        "summary",
        "actions",
        "next_contact",
        "shared",
        "corrects",
        "by_name",
    ];
    fn problem(&self, today: Date) -> Result<(), String> {
        happened(self.on, today)?;
        words(&self.place, MAX_WHO)?;
        said(&self.summary, MAX_THOUGHTS)?;
        words(&self.actions, MAX_THOUGHTS)?;
        sensible(self.next_contact)
    }
}

impl KindFields for Circumstances {
    const NAME: &'static str = "a record of circumstances";
    const FIELDS: &'static [&'static str] = &[
        "on",
        "in_touch",
        "activity",
        "accommodation",
        "suitable",
        "moved",
    ];
    fn problem(&self, today: Date) -> Result<(), String> {
        happened(self.on, today)?;
        sensible(self.moved)
    }
}

impl KindFields for GoalFields {
    const NAME: &'static str = "a goal";
    const FIELDS: &'static [&'static str] = &[
        "domain",
        "title",
        "steps",
        "by_when",
        "status",
        "suggested_by",
    ];
    fn problem(&self, _today: Date) -> Result<(), String> {
        said(&self.title, MAX_ACTION)?;
        if self.steps.len() > MAX_STEPS {
            return Err(format!("A goal has a list of at most {MAX_STEPS} steps."));
        }
        for step in &self.steps {
            said(&step.text, MAX_ACTION)?;
        }
        sensible(self.by_when)
    }
}

impl KindFields for RatingFields {
    const NAME: &'static str = "a rating";
    const FIELDS: &'static [&'static str] =
        &["goal", "on", "score", "note", "by_name", "by_young_person"];
    fn problem(&self, today: Date) -> Result<(), String> {
        if !(1..=5).contains(&self.score) {
            return Err("A rating is from 1 (not started) to 5 (done it).".into());
        }
        happened(self.on, today)?;
        words(&self.note, MAX_THOUGHTS)
    }
}

impl KindFields for GoalNoteFields {
    const NAME: &'static str = "a note on a goal";
    const FIELDS: &'static [&'static str] = &["goal", "text", "by_name"];
    fn problem(&self, _today: Date) -> Result<(), String> {
        said(&self.text, MAX_THOUGHTS)
    }
}

impl KindFields for StatementFields {
    const NAME: &'static str = "what you said";
    const FIELDS: &'static [&'static str] = &[
        "topic", "feeling", "answers", "text", "call_me", "flag", "by_name",
    ];
    fn problem(&self, _today: Date) -> Result<(), String> {
        if self.answers.len() > MAX_ANSWERS {
            return Err(format!(
                "At most {MAX_ANSWERS} questions are answered at once."
            ));
        }
        for (question, answer) in &self.answers {
            words(question, MAX_ACTION)?;
            words(answer, MAX_THOUGHTS)?;
        }
        words(&self.text, MAX_THOUGHTS)
    }
}

impl KindFields for ReplyFields {
    const NAME: &'static str = "a reply";
    const FIELDS: &'static [&'static str] = &["statement", "text", "by_name"];
    fn problem(&self, _today: Date) -> Result<(), String> {
        said(&self.text, MAX_THOUGHTS)
    }
}

impl KindFields for MessageFields {
    const NAME: &'static str = "a message";
    const FIELDS: &'static [&'static str] = &["text", "by_name"];
    fn problem(&self, _today: Date) -> Result<(), String> {
        said(&self.text, MAX_THOUGHTS)
    }
}

impl KindFields for SeenFields {
    const NAME: &'static str = "a note that messages were seen";
    const FIELDS: &'static [&'static str] = &["up_to", "read", "by_name", "at"];
    fn problem(&self, _today: Date) -> Result<(), String> {
        Ok(())
    }
}

impl KindFields for AcknowledgementFields {
    const NAME: &'static str = "an acknowledgement";
    const FIELDS: &'static [&'static str] = &["statement", "by_name", "at"];
    fn problem(&self, _today: Date) -> Result<(), String> {
        Ok(())
    }
}

impl KindFields for ReviewFields {
    const NAME: &'static str = "a review";
    const FIELDS: &'static [&'static str] = &[
        "stage",
        "held_on",
        "who_took_part",
        "participation",
        "why_not",
        "next_review",
        "plan",
        "number",
        "by_name",
    ];
    fn problem(&self, _today: Date) -> Result<(), String> {
        sensible(self.held_on)?;
        sensible(self.next_review)?;
        words(&self.who_took_part, MAX_THOUGHTS)?;
        words(&self.why_not, MAX_THOUGHTS)
    }
}

impl KindFields for AgreementFields {
    const NAME: &'static str = "your answer to your plan";
    const FIELDS: &'static [&'static str] = &["version", "agrees", "reasons", "by_name", "at"];
    fn problem(&self, _today: Date) -> Result<(), String> {
        if !self.agrees && self.reasons.trim().is_empty() {
            return Err("Say why you don't agree, so it's written down.".into());
        }
        words(&self.reasons, MAX_THOUGHTS)
    }
}

impl KindFields for RequestFields {
    const NAME: &'static str = "asking for a review";
    const FIELDS: &'static [&'static str] = &["on", "why"];
    fn problem(&self, today: Date) -> Result<(), String> {
        happened(self.on, today)?;
        words(&self.why, MAX_THOUGHTS)
    }
}

impl KindFields for ConflictNote {
    const NAME: &'static str = "a change kept aside";
    const FIELDS: &'static [&'static str] = &[
        "record_id",
        "record_kind",
        "field",
        "value",
        "by",
        "by_name",
    ];
    fn problem(&self, _today: Date) -> Result<(), String> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::codes::InTouch;
    use crate::contacts::ContactKind;
    use crate::goals::{BeeDomain, GoalStatus, Step};
    use crate::plan::review::{Participation, PlanCopy, ReviewStage};
    use crate::plan::PlanPart;
    use crate::sync::{fields_of, RecordKind};
    use crate::voice::{Feeling, Topic};
    use time::macros::date;
    use uuid::Uuid;

    const TODAY: Date = date!(2026 - 11 - 26);

    /// Every field of `T`, filled in so none is skipped, matches its list.
    fn lists_its_fields<T: KindFields>(full: T) {
        let mut written: Vec<String> = fields_of(&full).keys().cloned().collect();
        let mut listed: Vec<String> = T::FIELDS.iter().map(|f| (*f).to_owned()).collect();
        written.sort();
        listed.sort();
        assert_eq!(written, listed, "{}", T::NAME);
        assert_eq!(full.problem(TODAY), Ok(()), "{}", T::NAME);
    }

    #[test]
    fn each_kind_lists_exactly_the_fields_it_writes() {
        let id = Uuid::nil;
        let day = Some(date!(2026 - 12 - 3));
        lists_its_fields(PlanDates {
            next_contact: day,
            next_review: day,
        });
        lists_its_fields(PartNotes {
            part: PlanPart::Money,
            what_i_think: "Fine".into(),
        });
        lists_its_fields(ActionFields {
            part: PlanPart::Money,
            what: "Open an account".into(),
            who: "Ella".into(),
            by_when: day,
            done: true,
            done_by: Some("Ella Morris".into()),
            done_at: Some(1_800_000_000),
        });
        lists_its_fields(ContactNote {
            on: TODAY,
            kind: ContactKind::HomeVisit,
            place: "Home".into(),
            seen_alone: Some(true),
            summary: "Talked".into(),
            actions: "None".into(),
            next_contact: day,
            shared: true,
            corrects: Some(id()),
            by_name: "Sam".into(),
        });
        lists_its_fields(Circumstances {
            on: TODAY,
            in_touch: InTouch::Yes,
            activity: None,
            accommodation: None,
            suitable: Some(true),
            moved: day,
        });
        lists_its_fields(GoalFields {
            domain: BeeDomain::Resilient,
            title: "Drive".into(),
            steps: vec![Step {
                text: "Lessons".into(),
                done: false,
            }],
            by_when: day,
            status: GoalStatus::Suggested,
            suggested_by: Some("Sam".into()),
        });
        lists_its_fields(RatingFields {
            goal: id(),
            on: TODAY,
            score: 3,
            note: "Going well".into(),
            by_name: "Ella".into(),
            by_young_person: true,
        });
        lists_its_fields(GoalNoteFields {
            goal: id(),
            text: "Go on".into(),
            by_name: "Sam".into(),
        });
        lists_its_fields(StatementFields {
            topic: Topic::WhereILive,
            feeling: Some(Feeling::Good),
            answers: vec![("How is it?".into(), "Good".into())],
            text: "More".into(),
            call_me: true,
            flag: true,
            by_name: "Ella".into(),
        });
        lists_its_fields(ReplyFields {
            statement: id(),
            text: "Thanks".into(),
            by_name: "Sam".into(),
        });
        lists_its_fields(AcknowledgementFields {
            statement: id(),
            by_name: "Sam".into(),
            at: 1,
        });
        lists_its_fields(ReviewFields {
            stage: ReviewStage::Recorded,
            held_on: day,
            who_took_part: "Ella, Sam".into(),
            participation: Some(Participation::CameAndSpoke),
            why_not: String::new(),
            next_review: day,
            plan: Some(PlanCopy::default()),
            number: Some(1),
            by_name: "Sam".into(),
        });
        lists_its_fields(AgreementFields {
            version: id(),
            agrees: true,
            reasons: String::new(),
            by_name: "Ella".into(),
            at: 1,
        });
        lists_its_fields(MessageFields {
            text: "See you Tuesday".into(),
            by_name: "Sam".into(),
        });
        lists_its_fields(SeenFields {
            up_to: id(),
            read: true,
            by_name: "Ella".into(),
            at: 1,
        });
        lists_its_fields(RequestFields {
            on: TODAY,
            why: "Moving".into(),
        });
        lists_its_fields(ConflictNote {
            record_id: id(),
            record_kind: RecordKind::Goal,
            field: "title".into(),
            value: serde_json::Value::from("Drive"),
            by: id(),
            by_name: "Sam".into(),
        });
    }

    #[test]
    fn words_refuse_hidden_characters_and_excess_but_keep_new_lines() {
        assert_eq!(
            words("Well done!\nLet's celebrate.\t", MAX_THOUGHTS),
            Ok(())
        );
        for hidden in ["Well done \u{202E}enod lleW", "Ding\u{0007}", "a\u{2066}b"] {
            assert!(words(hidden, MAX_THOUGHTS).is_err_and(|why| why.contains("invisible")));
        }
        assert!(words(&"x".repeat(MAX_WHO + 1), MAX_WHO).is_err_and(|why| why.contains("200")));
        assert_eq!(said("  ", MAX_WHO), Err("This can't be left empty.".into()));
        let cleaned = plain("Well done \u{202E}enod\u{0007}\nx", MAX_THOUGHTS);
        assert_eq!(cleaned, "Well done enod\nx");
        assert_eq!(words(&cleaned, MAX_THOUGHTS), Ok(()));
        assert_eq!(plain(&"x".repeat(MAX_WHO + 5), MAX_WHO).len(), MAX_WHO);
    }

    #[test]
    fn dates_are_sensible_and_what_happened_is_not_still_to_come() {
        assert_eq!(happened(TODAY + time::Duration::days(1), TODAY), Ok(()));
        assert_eq!(
            happened(TODAY + time::Duration::days(2), TODAY),
            Err("That day hasn't come yet.".into())
        );
        assert!(happened(date!(1999 - 12 - 31), TODAY).is_err());
        assert!(sensible(Some(date!(2100 - 01 - 01))).is_err());
        assert_eq!(sensible(None), Ok(()));
    }

    #[test]
    fn a_no_needs_her_reasons_and_a_rating_is_one_to_five() {
        let no = |reasons: &str| AgreementFields {
            version: Uuid::nil(),
            agrees: false,
            reasons: reasons.into(),
            by_name: String::new(),
            at: 0,
        };
        assert_eq!(
            no("  ").problem(TODAY),
            Err("Say why you don't agree, so it's written down.".into())
        );
        assert_eq!(no("The boiler").problem(TODAY), Ok(()));
        let rating = |score| RatingFields {
            goal: Uuid::nil(),
            on: TODAY,
            score,
            note: String::new(),
            by_name: String::new(),
            by_young_person: false,
        };
        assert!(rating(0).problem(TODAY).is_err());
        assert!(rating(6).problem(TODAY).is_err());
        assert_eq!(rating(5).problem(TODAY), Ok(()));
    }
}
