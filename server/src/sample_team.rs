//! A whole leaving care team with years of history, for measuring what a
//! phone must hold (`pathway-server generate-team`). Unlike the demo it is
//! sized by its arguments and its words are filler: it exists to be big.
//!
//! Each young person gets what three years of ordinary practice leave
//! behind: a contact every month, her circumstances every four months, a
//! review every six months with the plan it agreed and her answer, Outcome
//! Bees goals with ratings, and a few statements with a reply and an
//! acknowledgement each.

use pathway_app::auth::Role;
use pathway_app::contacts::codes::{Accommodation, Activity, InTouch};
use pathway_app::contacts::{Circumstances, ContactKind, ContactNote};
use pathway_app::goals::{BeeDomain, GoalFields, GoalNoteFields, GoalStatus, RatingFields, Step};
use pathway_app::ids;
use pathway_app::plan::review::{
    AgreementFields, Participation, PlanCopy, ReviewFields, ReviewStage,
};
use pathway_app::plan::{ActionFields, PlanDates, PlanPart};
use pathway_app::reports::Sex;
use pathway_app::sync::{Pronouns, RecordKind};
use pathway_app::voice::{AcknowledgementFields, ReplyFields, StatementFields, Topic};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::Serialize;
use time::{Date, Duration};
use uuid::Uuid;

use crate::accounts::{self, AccountError, NewAccount};
use crate::db::{now, today};
use crate::plan::PlanStart;
use crate::records;
use crate::store::Conn;

/// How big a team to make.
#[derive(Debug, Clone, Copy)]
pub struct TeamSize {
    pub advisers: usize,
    pub young_people_each: usize,
    pub years: u32,
}

/// The accounts that can sign in, all with the one password given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    pub team: String,
    pub manager: String,
    pub first_adviser: String,
    pub first_young_person: String,
    pub young_people: usize,
    pub records: u64,
}

const DAY: i64 = 86_400;

/// Creates the team "Sample team" (a number added if taken): its manager
/// `sample-manager`, advisers `sample-adviser-1`…, and their young people
/// `sample-1-1`…. Only the manager, the first adviser and her first young
/// person can sign in: hashing a password for everyone would take minutes
/// and measure nothing. The same `seed` makes the same team.
pub fn generate<'c>(
    conn: impl Into<Conn<'c>>,
    size: TeamSize,
    password: &str,
    seed: u64,
) -> Result<Generated, AccountError> {
    let conn = conn.into();
    let taken: i64 = conn
        .query_one(
            "SELECT COUNT(*) FROM users WHERE username LIKE 'sample-manager%'",
            &[],
        )?
        .get(0)?;
    let suffix = if taken == 0 {
        String::new()
    } else {
        format!("-{}", taken + 1)
    };
    let team = format!("Sample team{suffix}");
    let mut rng = StdRng::seed_from_u64(seed);
    let today = today();
    let staff = |username: String, name: String, role, can_sign_in: bool| NewAccount {
        username,
        display_name: name,
        role,
        password: can_sign_in.then(|| password.to_owned()),
        phone: Some("07700 900000".into()),
        email: None,
        council: None,
        team: Some(team.clone()),
        adviser: None,
        date_of_birth: None,
        pronouns: Pronouns::They,
        plan: PlanStart::default(),
        child_id: None,
        sex: None,
    };
    let manager = format!("sample-manager{suffix}");
    accounts::create(
        conn,
        &staff(
            manager.clone(),
            "Sample Manager".into(),
            Role::TeamManager,
            true,
        ),
    )?;
    let before = records_in(conn)?;
    let mut first_young_person = String::new();
    for a in 1..=size.advisers {
        let adviser = format!("sample-adviser{suffix}-{a}");
        let adviser_name = format!("Adviser {a}");
        let adviser_id = accounts::create(
            conn,
            &staff(
                adviser.clone(),
                adviser_name.clone(),
                Role::PersonalAdviser,
                a == 1,
            ),
        )?;
        for y in 1..=size.young_people_each {
            let username = format!("sample{suffix}-{a}-{y}");
            let age = rng.random_range(17..=24);
            let born = today - Duration::days(age * 365 + rng.random_range(0..365));
            let views = PlanPart::ALL
                .iter()
                .map(|part| (*part, filler(&mut rng, 12)))
                .collect();
            let id = accounts::create(
                conn,
                &NewAccount {
                    username: username.clone(),
                    display_name: format!("Young Person {a}-{y}"),
                    role: Role::YoungPerson,
                    password: (a == 1 && y == 1).then(|| password.to_owned()),
                    phone: None,
                    email: None,
                    council: None,
                    team: None,
                    adviser: Some(adviser.clone()),
                    date_of_birth: Some(born),
                    pronouns: Pronouns::They,
                    child_id: Some(format!("S{a}X{y}")),
                    sex: Some(if rng.random_bool(0.5) {
                        Sex::Female
                    } else {
                        Sex::Male
                    }),
                    plan: PlanStart {
                        dates: PlanDates {
                            next_contact: Some(today + Duration::days(rng.random_range(-20..30))),
                            next_review: Some(today + Duration::days(rng.random_range(-10..180))),
                        },
                        views,
                    },
                },
            )?;
            if first_young_person.is_empty() {
                first_young_person = username;
            }
            let person = Person {
                id,
                name: format!("Young Person {a}-{y}"),
                adviser: adviser_id,
                adviser_name: adviser_name.clone(),
            };
            history(conn, &mut rng, &person, size.years, today)?;
        }
    }
    Ok(Generated {
        team,
        manager,
        first_adviser: format!("sample-adviser{suffix}-1"),
        first_young_person,
        young_people: size.advisers * size.young_people_each,
        records: records_in(conn)? - before,
    })
}

fn records_in(conn: Conn<'_>) -> Result<u64, AccountError> {
    Ok(conn
        .query_one("SELECT COUNT(*) FROM records", &[])?
        .get(0)?)
}

struct Person {
    id: Uuid,
    name: String,
    adviser: Uuid,
    adviser_name: String,
}

/// Writes one young person's years of history in one transaction.
fn history(
    conn: Conn<'_>,
    rng: &mut StdRng,
    person: &Person,
    years: u32,
    today: Date,
) -> Result<(), AccountError> {
    let days = i64::from(years) * 365;
    let tx = conn.begin()?;
    for part in PlanPart::ALL {
        for _ in 0..rng.random_range(1..=2) {
            let action = ActionFields {
                part,
                what: filler(rng, 8),
                who: person.adviser_name.clone(),
                by_when: Some(today + Duration::days(rng.random_range(-days..90))),
                done: rng.random_bool(0.6),
                done_by: None,
                done_at: None,
            };
            insert(
                *tx,
                RecordKind::PlanAction,
                person.id,
                person.adviser,
                &action,
            )?;
        }
    }
    for month in (0..days).step_by(30) {
        let ago = month + rng.random_range(0..10);
        let kind = [
            ContactKind::HomeVisit,
            ContactKind::Phone,
            ContactKind::Video,
        ][rng.random_range(0..3)];
        let note = ContactNote {
            on: today - Duration::days(ago),
            kind,
            place: String::new(),
            seen_alone: (kind == ContactKind::HomeVisit).then_some(true),
            summary: filler(rng, 40),
            actions: filler(rng, 10),
            next_contact: None,
            shared: rng.random_bool(0.5),
            corrects: None,
            by_name: person.adviser_name.clone(),
        };
        insert(*tx, RecordKind::Contact, person.id, person.adviser, &note)?;
    }
    for ago in (0..days).step_by(120) {
        let circumstances = Circumstances {
            on: today - Duration::days(ago),
            in_touch: InTouch::Yes,
            activity: Some(Activity::ALL[rng.random_range(0..Activity::ALL.len())]),
            accommodation: Some(Accommodation::ALL[rng.random_range(0..Accommodation::ALL.len())]),
            suitable: Some(rng.random_bool(0.9)),
            moved: None,
        };
        insert(
            *tx,
            RecordKind::Circumstances,
            person.id,
            person.adviser,
            &circumstances,
        )?;
    }
    goals(*tx, rng, person, days, today)?;
    statements(*tx, rng, person)?;
    reviews(*tx, rng, person, days, today)?;
    tx.commit()?;
    Ok(())
}

fn goals(
    tx: Conn<'_>,
    rng: &mut StdRng,
    person: &Person,
    days: i64,
    today: Date,
) -> Result<(), AccountError> {
    for _ in 0..3 {
        let goal = ids::new();
        let fields = GoalFields {
            domain: BeeDomain::ALL[rng.random_range(0..BeeDomain::ALL.len())],
            title: filler(rng, 6),
            steps: (0..3)
                .map(|_| Step {
                    text: filler(rng, 4),
                    done: rng.random_bool(0.5),
                })
                .collect(),
            by_when: None,
            status: GoalStatus::Active,
            suggested_by: None,
        };
        insert_as(tx, RecordKind::Goal, goal, person.id, person.id, &fields)?;
        for _ in 0..4 {
            let rating = RatingFields {
                goal,
                on: today - Duration::days(rng.random_range(0..days)),
                score: rng.random_range(1..=5),
                note: String::new(),
                by_name: person.name.clone(),
                by_young_person: true,
            };
            insert(tx, RecordKind::Rating, person.id, person.id, &rating)?;
        }
        let note = GoalNoteFields {
            goal,
            text: filler(rng, 12),
            by_name: person.adviser_name.clone(),
        };
        insert(tx, RecordKind::GoalNote, person.id, person.adviser, &note)?;
    }
    Ok(())
}

fn statements(tx: Conn<'_>, rng: &mut StdRng, person: &Person) -> Result<(), AccountError> {
    for _ in 0..3 {
        let statement = ids::new();
        let fields = StatementFields {
            topic: [Topic::GoodNews, Topic::Problem, Topic::Feeling][rng.random_range(0..3)],
            feeling: None,
            answers: Vec::new(),
            text: filler(rng, 25),
            call_me: false,
            flag: false,
            by_name: person.name.clone(),
        };
        insert_as(
            tx,
            RecordKind::Statement,
            statement,
            person.id,
            person.id,
            &fields,
        )?;
        let reply = ReplyFields {
            statement,
            text: filler(rng, 20),
            by_name: person.adviser_name.clone(),
        };
        insert(tx, RecordKind::Reply, person.id, person.adviser, &reply)?;
        let seen = AcknowledgementFields {
            statement,
            by_name: person.adviser_name.clone(),
            at: now(),
        };
        insert(
            tx,
            RecordKind::Acknowledgement,
            person.id,
            person.adviser,
            &seen,
        )?;
    }
    Ok(())
}

/// A review every six months, each freezing the plan as it stands and
/// answered by her.
fn reviews(
    tx: Conn<'_>,
    rng: &mut StdRng,
    person: &Person,
    days: i64,
    today: Date,
) -> Result<(), AccountError> {
    let card = crate::caseload::person(tx, person.id)?;
    let copy = PlanCopy::of(&crate::plan::load(tx, &card)?);
    let held: Vec<i64> = (0..days).step_by(182).collect();
    for (number, ago) in held.into_iter().rev().enumerate() {
        let version = ids::new();
        let review = ReviewFields {
            stage: ReviewStage::Recorded,
            held_on: Some(today - Duration::days(ago)),
            who_took_part: format!("{} and {}", person.name, person.adviser_name),
            participation: Some(Participation::CameAndSpoke),
            why_not: String::new(),
            next_review: Some(today - Duration::days(ago) + Duration::days(182)),
            plan: Some(copy.clone()),
            number: Some(number as u32 + 1),
            by_name: person.adviser_name.clone(),
        };
        insert_as(
            tx,
            RecordKind::Review,
            version,
            person.id,
            person.adviser,
            &review,
        )?;
        let answer = AgreementFields {
            version,
            agrees: rng.random_bool(0.8),
            reasons: filler(rng, 8),
            by_name: person.name.clone(),
            at: now() - ago * DAY,
        };
        insert(tx, RecordKind::Agreement, person.id, person.id, &answer)?;
    }
    Ok(())
}

fn insert<T: Serialize>(
    tx: Conn<'_>,
    kind: RecordKind,
    young_person: Uuid,
    by: Uuid,
    data: &T,
) -> Result<(), AccountError> {
    insert_as(tx, kind, ids::new(), young_person, by, data)
}

fn insert_as<T: Serialize>(
    tx: Conn<'_>,
    kind: RecordKind,
    id: Uuid,
    young_person: Uuid,
    by: Uuid,
    data: &T,
) -> Result<(), AccountError> {
    Ok(records::insert(tx, kind, id, young_person, by, None, data)?)
}

/// `words` ordinary words, as long as the notes people really write.
fn filler(rng: &mut StdRng, words: usize) -> String {
    const WORDS: &[&str] = &[
        "college",
        "flat",
        "money",
        "talked",
        "about",
        "the",
        "next",
        "week",
        "plan",
        "visit",
        "friends",
        "job",
        "course",
        "rent",
        "bills",
        "doctor",
        "family",
        "happy",
        "worried",
        "landlord",
        "bus",
        "appointment",
        "bursary",
        "and",
        "with",
        "she",
        "wants",
        "to",
        "help",
        "called",
        "later",
        "Sunday",
        "cooking",
        "sleep",
        "going",
        "well",
        "better",
        "form",
    ];
    let mut text = String::new();
    for i in 0..words {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(WORDS[rng.random_range(0..WORDS.len())]);
    }
    text
}
