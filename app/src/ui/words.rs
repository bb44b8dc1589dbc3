//! The names of things her screens share with staff screens — the parts of
//! her plan, the Bees and their scale, the topics and feelings of *My
//! voice*, kinds of contact, staff roles, devices — in her language. The
//! domain keeps its English names for staff screens and for what is
//! stored, so what she sends reads the same to her adviser whatever
//! language she reads it in.

use super::bee_name;
use crate::audit::Access;
use crate::auth::device::{Browser, Device, System};
use crate::auth::Role;
use crate::contacts::ContactKind;
use crate::goals::BeeDomain;
use crate::plan::review::Participation;
use crate::plan::PlanPart;
use crate::sync::Refusal;
use crate::tr;
use crate::voice::{Feeling, Topic};

pub fn part_heading(part: PlanPart) -> &'static str {
    match part {
        PlanPart::ContactAndSupport => tr!("part-contact-and-support"),
        PlanPart::EducationAndTraining => tr!("part-education-and-training"),
        PlanPart::WorkAndActivities => tr!("part-work-and-activities"),
        PlanPart::IfThingsGoWrong => tr!("part-if-things-go-wrong"),
        PlanPart::WhereILive => tr!("part-where-i-live"),
        PlanPart::FamilyAndFriends => tr!("part-family-and-friends"),
        PlanPart::SkillsForLiving => tr!("part-skills-for-living"),
        PlanPart::Money => tr!("part-money"),
        PlanPart::HealthAndWellbeing => tr!("part-health-and-wellbeing"),
        PlanPart::WhoIAm => tr!("part-who-i-am"),
    }
}

pub fn part_about(part: PlanPart) -> &'static str {
    match part {
        PlanPart::ContactAndSupport => tr!("part-contact-and-support-about"),
        PlanPart::EducationAndTraining => tr!("part-education-and-training-about"),
        PlanPart::WorkAndActivities => tr!("part-work-and-activities-about"),
        PlanPart::IfThingsGoWrong => tr!("part-if-things-go-wrong-about"),
        PlanPart::WhereILive => tr!("part-where-i-live-about"),
        PlanPart::FamilyAndFriends => tr!("part-family-and-friends-about"),
        PlanPart::SkillsForLiving => tr!("part-skills-for-living-about"),
        PlanPart::Money => tr!("part-money-about"),
        PlanPart::HealthAndWellbeing => tr!("part-health-and-wellbeing-about"),
        PlanPart::WhoIAm => tr!("part-who-i-am-about"),
    }
}

pub fn topic_words(topic: Topic) -> &'static str {
    match topic {
        Topic::ReviewReady => tr!("topic-review-ready"),
        Topic::GoodNews => tr!("topic-good-news"),
        Topic::Problem => tr!("topic-problem"),
        Topic::Feeling => tr!("topic-feeling"),
        Topic::WhereILive => tr!("topic-where-i-live"),
        Topic::SomethingWrong => tr!("topic-something-wrong"),
    }
}

/// The `index`th question of `topic` in her language; what is stored with
/// her answer is the English one (`Topic::prompts`).
pub fn prompt_words(topic: Topic, index: usize) -> &'static str {
    match (topic, index) {
        (Topic::ReviewReady, i) => PlanPart::ALL
            .get(i)
            .map(|&p| part_heading(p))
            .unwrap_or_default(),
        (Topic::GoodNews, 0) => tr!("prompt-good-news-what"),
        (Topic::GoodNews, _) => tr!("prompt-good-news-who"),
        (Topic::Problem, 0) => tr!("prompt-problem-what"),
        (Topic::Problem, _) => tr!("prompt-problem-help"),
        (Topic::Feeling, _) => tr!("prompt-feeling-why"),
        (Topic::WhereILive, 0) => tr!("prompt-where-i-live-like"),
        (Topic::WhereILive, _) => tr!("prompt-where-i-live-better"),
        (Topic::SomethingWrong, 0) => tr!("prompt-something-wrong-what"),
        (Topic::SomethingWrong, _) => tr!("prompt-something-wrong-where"),
    }
}

pub fn feeling_words(feeling: Feeling) -> &'static str {
    match feeling {
        Feeling::Great => tr!("feeling-great"),
        Feeling::Good => tr!("feeling-good"),
        Feeling::Okay => tr!("feeling-okay"),
        Feeling::Sad => tr!("feeling-sad"),
        Feeling::Worried => tr!("feeling-worried"),
        Feeling::Angry => tr!("feeling-angry"),
        Feeling::Scared => tr!("feeling-scared"),
        Feeling::Unsafe => tr!("feeling-unsafe"),
    }
}

/// How a meeting happened, in her language.
pub fn contact_kind_words(kind: ContactKind) -> &'static str {
    match kind {
        ContactKind::HomeVisit => tr!("contact-home-visit"),
        ContactKind::OtherVisit => tr!("contact-other-visit"),
        ContactKind::Office => tr!("contact-office"),
        ContactKind::Phone => tr!("contact-phone"),
        ContactKind::Video => tr!("contact-video"),
        ContactKind::Message => tr!("contact-message"),
        ContactKind::Email => tr!("contact-email"),
        ContactKind::TriedNoAnswer => tr!("contact-tried"),
    }
}

/// How she took part in a review, as she reads it about herself.
pub fn participation_words(took_part: Participation) -> &'static str {
    match took_part {
        Participation::CameAndSpoke => tr!("took-part-came-and-spoke"),
        Participation::CameWithAdvocate => tr!("took-part-with-advocate"),
        Participation::SentViews => tr!("took-part-sent-views"),
        Participation::DidNotTakePart => tr!("took-part-did-not"),
    }
}

/// "Bee Happy", in her language.
pub fn bee_heading(domain: BeeDomain) -> String {
    tr!("goals-bee-heading", bee = bee_name(domain))
}

/// What a Bee means, in a line of plain words.
pub fn bee_meaning(domain: BeeDomain) -> &'static str {
    match domain {
        BeeDomain::Happy => tr!("goals-happy-about"),
        BeeDomain::Healthy => tr!("goals-healthy-about"),
        BeeDomain::Safe => tr!("goals-safe-about"),
        BeeDomain::Resilient => tr!("goals-resilient-about"),
        BeeDomain::Ambitious => tr!("goals-ambitious-about"),
        BeeDomain::Independent => tr!("goals-independent-about"),
    }
}

/// Our own five-step scale of how a goal is going, from 1 to 5.
pub fn scale_words(score: u8) -> &'static str {
    match score {
        0 | 1 => tr!("goals-scale-not-started"),
        2 => tr!("goals-scale-starting"),
        3 => tr!("goals-scale-getting-there"),
        4 => tr!("goals-scale-nearly-there"),
        _ => tr!("goals-scale-done-it"),
    }
}

/// Where she signed in ("Chrome on Android"), in her language; words the
/// server did not write itself are shown as they came.
pub fn device_words(english: &str) -> String {
    let Some(device) = Device::from_english(english) else {
        return english.to_owned();
    };
    // Browsers and most systems are names, the same in every language.
    let browser = match device.browser {
        Browser::Other => tr!("device-a-browser"),
        named => named.english(),
    };
    match device.system {
        None => browser.to_owned(),
        Some(system) => {
            let system = match system {
                System::Mac => tr!("device-a-mac"),
                System::Chromebook => tr!("device-a-chromebook"),
                named => named.english(),
            };
            tr!("device-on", browser = browser, system = system)
        }
    }
}

/// Someone's role, told to her.
pub fn role_words(role: Role) -> &'static str {
    match role {
        Role::PersonalAdviser => tr!("role-personal-adviser"),
        Role::TeamManager => tr!("role-team-manager"),
        Role::HeadOfService => tr!("role-head-of-service"),
        Role::YoungPerson => tr!("role-young-person"),
    }
}

/// What was done, told to her: "opened your plan".
pub fn done_to_her(what: Access) -> &'static str {
    match what {
        Access::OpenedPlan => tr!("looked-opened-plan"),
        Access::OpenedContacts => tr!("looked-opened-contacts"),
        Access::OpenedGoals => tr!("looked-opened-goals"),
        Access::OpenedVersions => tr!("looked-opened-versions"),
        Access::Changed => tr!("looked-wrote"),
    }
}

/// Why a change was refused, as she reads it.
pub fn refusal_words(why: Refusal) -> &'static str {
    match why {
        Refusal::NotFound => tr!("refusal-not-found"),
        Refusal::Removed => tr!("refusal-removed"),
        Refusal::AdvisersToChange => tr!("refusal-advisers-to-change"),
        Refusal::WrittenDown => tr!("refusal-written-down"),
        Refusal::NotWrittenDownYet => tr!("refusal-not-written-down-yet"),
        Refusal::NotKept => tr!("refusal-not-kept"),
        Refusal::AlreadyDealtWith => tr!("refusal-already-dealt-with"),
        Refusal::NotAllowed => tr!("refusal-not-allowed"),
    }
}
