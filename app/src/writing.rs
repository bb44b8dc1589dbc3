//! The forms whose words the phone keeps while they are written
//! (`device::writing`): what each is called in the phone's storage, and
//! where it is written, so that signing out can say what is unfinished
//! and lead back to it.

use uuid::Uuid;

use crate::plan::PlanPart;
use crate::voice::Topic;

/// A form being written, and whose or what it is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Her words about a topic in *My voice*.
    Statement(Topic),
    /// A message in a young person's conversation, by her or to her.
    Message(Uuid),
    /// A member of staff's reply to a statement.
    Reply(Uuid),
    /// Why she asks for a review of her plan.
    ReviewRequest(Uuid),
    /// What she says about a version of her plan.
    Answer(Uuid),
    /// Words in one part of a young person's plan.
    Plan(Uuid, PlanPart),
    /// An action in one part of a young person's plan, new or changed.
    Action(Uuid, PlanPart),
    /// A contact with a young person, as her adviser records it.
    Contact(Uuid),
    /// A new goal of a young person's.
    Goal(Uuid),
    /// The note with a rating of how one of a young person's goals is going.
    Rating(Uuid, Uuid),
    /// New words for one of a young person's goals.
    Rename(Uuid, Uuid),
    /// Her adviser's encouragement on one of her goals.
    Cheer(Uuid, Uuid),
    /// Her adviser's record of a review of a young person's plan, for the
    /// draft under way: when, who, how she took part, the next review.
    Review(Uuid, Uuid),
    /// A manager's grades of an audit of practice, with the comments.
    AuditGrading(Uuid),
    /// Her adviser's answer to an audit of practice.
    AuditAnswer(Uuid),
}

impl Form {
    /// Its name under `pathway.<person>.writing.`: its kind, then what it
    /// is about.
    pub fn name(self) -> String {
        let kind = match self {
            Form::Statement(_) => "statement",
            Form::Message(_) => "message",
            Form::Reply(_) => "reply",
            Form::ReviewRequest(_) => "review-request",
            Form::Answer(_) => "answer",
            Form::Plan(..) => "plan",
            Form::Action(..) => "action",
            Form::Contact(_) => "contact",
            Form::Goal(_) => "goal",
            Form::Rating(..) => "rating",
            Form::Rename(..) => "rename",
            Form::Cheer(..) => "cheer",
            Form::Review(..) => "review",
            // Named for the comments, which it kept alone at first.
            Form::AuditGrading(_) => "audit-comments",
            Form::AuditAnswer(_) => "audit-answer",
        };
        match self {
            Form::Statement(topic) => format!("{kind}.{}", topic.slug()),
            Form::Plan(young_person, part) | Form::Action(young_person, part) => {
                format!("{kind}.{young_person}.{}", part.slug())
            }
            Form::Rating(young_person, id)
            | Form::Rename(young_person, id)
            | Form::Cheer(young_person, id)
            | Form::Review(young_person, id) => format!("{kind}.{young_person}.{id}"),
            Form::Message(id)
            | Form::Reply(id)
            | Form::ReviewRequest(id)
            | Form::Answer(id)
            | Form::Contact(id)
            | Form::Goal(id)
            | Form::AuditGrading(id)
            | Form::AuditAnswer(id) => format!("{kind}.{id}"),
        }
    }

    /// The form a name stands for; `None` for one this app doesn't know.
    pub fn parse(name: &str) -> Option<Form> {
        let (form, rest) = name.split_once('.')?;
        let id = || Uuid::parse_str(rest).ok();
        match form {
            "statement" => Topic::from_slug(rest).map(Form::Statement),
            "message" => id().map(Form::Message),
            "reply" => id().map(Form::Reply),
            "review-request" => id().map(Form::ReviewRequest),
            "answer" => id().map(Form::Answer),
            "plan" | "action" => {
                let (young_person, part) = rest.split_once('.')?;
                let young_person = Uuid::parse_str(young_person).ok()?;
                let part = PlanPart::from_slug(part)?;
                Some(if form == "plan" {
                    Form::Plan(young_person, part)
                } else {
                    Form::Action(young_person, part)
                })
            }
            "contact" => id().map(Form::Contact),
            "goal" => id().map(Form::Goal),
            "audit-comments" => id().map(Form::AuditGrading),
            "audit-answer" => id().map(Form::AuditAnswer),
            "rating" | "rename" | "cheer" | "review" => {
                let (young_person, id) = rest.split_once('.')?;
                let young_person = Uuid::parse_str(young_person).ok()?;
                let id = Uuid::parse_str(id).ok()?;
                Some(match form {
                    "rating" => Form::Rating(young_person, id),
                    "rename" => Form::Rename(young_person, id),
                    "review" => Form::Review(young_person, id),
                    _ => Form::Cheer(young_person, id),
                })
            }
            _ => None,
        }
    }

    /// The young person it is about, when staff write it: the name a
    /// member of staff needs to tell two contact notes apart.
    pub fn about(self) -> Option<Uuid> {
        match self {
            Form::Message(young_person)
            | Form::Plan(young_person, _)
            | Form::Action(young_person, _)
            | Form::Contact(young_person)
            | Form::Goal(young_person)
            | Form::Rating(young_person, _)
            | Form::Rename(young_person, _)
            | Form::Cheer(young_person, _)
            | Form::Review(young_person, _) => Some(young_person),
            Form::Statement(_)
            | Form::Reply(_)
            | Form::ReviewRequest(_)
            | Form::Answer(_)
            | Form::AuditGrading(_)
            | Form::AuditAnswer(_) => None,
        }
    }

    /// The address of the screen it is written on, which opens it with
    /// the words kept; `staff` when a member of staff writes it.
    pub fn place(self, staff: bool) -> String {
        match (self, staff) {
            (Form::Statement(topic), _) => format!("/my-voice?about={}", topic.slug()),
            (Form::Message(_), false) => "/my-messages".to_owned(),
            (Form::Message(young_person), true) => format!("/young-people/{young_person}/messages"),
            (Form::Reply(_), _) => "/inbox".to_owned(),
            (Form::ReviewRequest(_), _) => "/my-plan".to_owned(),
            (Form::Answer(version), _) => format!("/my-plan/versions/{version}"),
            (Form::Plan(_, part) | Form::Action(_, part), false) => {
                format!("/my-plan#{}", part.slug())
            }
            (Form::Plan(young_person, part) | Form::Action(young_person, part), true) => {
                format!("/young-people/{young_person}#{}", part.slug())
            }
            (Form::Contact(young_person), _) => format!("/young-people/{young_person}/contacts"),
            (Form::AuditGrading(_) | Form::AuditAnswer(_), _) => "/audits".to_owned(),
            (Form::Review(young_person, _), _) => {
                format!("/young-people/{young_person}#record-review")
            }
            (Form::Goal(_) | Form::Rating(..) | Form::Rename(..) | Form::Cheer(..), false) => {
                "/my-goals".to_owned()
            }
            (
                Form::Goal(young_person)
                | Form::Rating(young_person, _)
                | Form::Rename(young_person, _)
                | Form::Cheer(young_person, _),
                true,
            ) => format!("/young-people/{young_person}/goals"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids;

    #[test]
    fn every_form_is_read_back_from_its_name() {
        let id = ids::new();
        let forms = Topic::ALL
            .into_iter()
            .map(Form::Statement)
            .chain(PlanPart::ALL.into_iter().map(|part| Form::Plan(id, part)))
            .chain(PlanPart::ALL.into_iter().map(|part| Form::Action(id, part)))
            .chain([
                Form::Message(id),
                Form::Reply(id),
                Form::ReviewRequest(id),
                Form::Answer(id),
                Form::Contact(id),
                Form::Goal(id),
                Form::Rating(id, ids::new()),
                Form::Rename(id, ids::new()),
                Form::Cheer(id, ids::new()),
                Form::Review(id, ids::new()),
                Form::AuditGrading(id),
                Form::AuditAnswer(id),
            ]);
        for form in forms {
            assert_eq!(Form::parse(&form.name()), Some(form), "{}", form.name());
        }
    }

    #[test]
    fn names_this_app_does_not_know_are_not_forms() {
        let id = ids::new();
        let unknown = [
            String::new(),
            "message".to_owned(),
            "message.not-an-id".to_owned(),
            "statement.shopping".to_owned(),
            "plan.x.money".to_owned(),
            format!("action.{id}.pocket-money"),
            format!("poem.{id}"),
            format!("rating.{id}"),
            format!("cheer.{id}.not-an-id"),
            format!("review.{id}"),
            "audit-answer.not-an-id".to_owned(),
        ];
        for name in unknown {
            assert_eq!(Form::parse(&name), None, "{name}");
        }
    }
}
