//! The demo team, seeded on the first start in demo mode so a newcomer can
//! sign in at once. Dates are relative to today so the demo never goes stale.

use pathway_app::auth::Role;
use pathway_app::contacts::codes::{Accommodation, Activity, InTouch};
use pathway_app::contacts::ContactKind::*;
use pathway_app::contacts::{Circumstances, ContactKind, ContactNote};
use pathway_app::goals::{BeeDomain, GoalFields, GoalNoteFields, GoalStatus, RatingFields, Step};
use pathway_app::ids;
use pathway_app::plan::review::{
    AgreementFields, Participation, PlanCopy, ReviewFields, ReviewStage,
};
use pathway_app::plan::PlanPart::{self, *};
use pathway_app::plan::{ActionFields, PlanDates};
use pathway_app::reports::Sex;
use pathway_app::sync::{Advocacy, Pronouns, RecordKind};
use time::{Date, Duration};
use uuid::Uuid;

use crate::accounts::{self, AccountError, NewAccount};
use crate::councils::{self, Changes};
use crate::db::today;
use crate::plan::PlanStart;
use crate::records;
use crate::store::Conn;

/// The password of every demo account that can sign in.
pub const PASSWORD: &str = "pathway-demo";

const TEAM: &str = "Riverside leaving care team";
/// The demo's council.
pub const COUNCIL: &str = "Riverside";

/// One action: part, what, who, days from today it is due, done.
type ActionSeed = (PlanPart, &'static str, &'static str, i64, bool);

struct YoungPersonSeed {
    username: &'static str,
    name: &'static str,
    pronouns: Pronouns,
    sex: Option<Sex>,
    /// Age in years, and days since the last birthday.
    age: (i32, i64),
    adviser: &'static str,
    next_contact_in_days: i64,
    next_review_in_days: i64,
    views: &'static [(PlanPart, &'static str)],
    actions: &'static [ActionSeed],
    contacts: &'static [ContactSeed],
    circumstances: CircumstancesSeed,
}

/// One contact: days ago, how, what was talked about, shared with them.
type ContactSeed = (i64, ContactKind, &'static str, bool);

/// In touch, activity, accommodation, suitable, moved this many days ago.
type CircumstancesSeed = (InTouch, Activity, Accommodation, bool, Option<i64>);

const ELLA_VIEWS: &[(PlanPart, &str)] = &[
    (ContactAndSupport, "Sam is easy to talk to. I'd rather text than have calls in the daytime because of college."),
    (EducationAndTraining, "I love the childcare course. Maths is the hard bit but I'm not giving up."),
    (WorkAndActivities, "I want a Saturday job so I have my own money, maybe in a nursery or a café."),
    (IfThingsGoWrong, "If the flat doesn't work out I don't want to go back to a hostel. I'd call Sam first."),
    (WhereILive, "I like my flat. The boiler keeps going off and it gets really cold at night."),
    (FamilyAndFriends, "I want to see my little brother more. Family time on Sundays works best for me."),
    (SkillsForLiving, "I can cook five meals now! Still scared of the gas bill."),
    (Money, "I'm trying to save £10 a week. Universal Credit dates confuse me."),
    (HealthAndWellbeing, "My anxiety is better than last year. The counselling helps."),
    (WhoIAm, "I'm proud of being Irish and Jamaican. I want to learn more about my dad's side."),
];

const ELLA_ACTIONS: &[ActionSeed] = &[
    (
        ContactAndSupport,
        "Meet every month, and text in between",
        "Sam and Ella",
        6,
        false,
    ),
    (
        ContactAndSupport,
        "Save the out-of-hours number in my phone",
        "Ella, with Sam",
        -60,
        true,
    ),
    (
        EducationAndTraining,
        "Apply for the 16–19 bursary for college",
        "Ella, with help from Sam",
        -30,
        true,
    ),
    (
        EducationAndTraining,
        "Find a maths tutor at college",
        "Ella",
        21,
        false,
    ),
    (
        WorkAndActivities,
        "Write a CV together",
        "Sam and Ella",
        14,
        false,
    ),
    (
        WorkAndActivities,
        "Ask the college nursery about Saturday work",
        "Ella",
        35,
        false,
    ),
    (
        IfThingsGoWrong,
        "If the tenancy is at risk, Sam calls the housing officer the same week",
        "Sam",
        120,
        false,
    ),
    (
        WhereILive,
        "Report the boiler to the housing association and chase it",
        "Sam",
        7,
        false,
    ),
    (
        WhereILive,
        "Check the flat is still suitable at the next visit",
        "Sam",
        28,
        false,
    ),
    (
        FamilyAndFriends,
        "Arrange family time with her brother on Sundays",
        "Social worker for her brother",
        21,
        false,
    ),
    (
        SkillsForLiving,
        "Set up the gas and electric accounts in my name",
        "Ella, with help from Sam",
        -14,
        true,
    ),
    (
        SkillsForLiving,
        "Go through a food budget together",
        "Sam and Ella",
        30,
        false,
    ),
    (Money, "Set up a savings account", "Ella", 30, false),
    (
        Money,
        "Check the setting-up-home allowance that is left",
        "Sam",
        14,
        false,
    ),
    (
        HealthAndWellbeing,
        "Keep going to counselling on Tuesdays",
        "Ella",
        60,
        false,
    ),
    (
        HealthAndWellbeing,
        "Register with a dentist near the flat",
        "Ella",
        45,
        false,
    ),
    (
        WhoIAm,
        "Find out about the family history project at the library",
        "Sam",
        40,
        false,
    ),
];

const YOUNG_PEOPLE: &[YoungPersonSeed] = &[
    YoungPersonSeed {
        username: "ella",
        name: "Ella Morris",
        pronouns: Pronouns::She,
        sex: Some(Sex::Female),
        age: (19, 100),
        adviser: "sam",
        next_contact_in_days: 6,
        next_review_in_days: 70,
        views: ELLA_VIEWS,
        actions: ELLA_ACTIONS,
        contacts: &[
            (35, HomeVisit, "Looked round the flat together. The boiler keeps failing; reported it to the housing association.", true),
            (12, Phone, "College is going well. Talked about a Saturday job and the bursary.", true),
            (12, Phone, "Ella mentioned her mum has been in touch again; she wants to think about it before deciding anything.", false),
        ],
        circumstances: (InTouch::Yes, Activity::F2, Accommodation::U, true, None),
    },
    YoungPersonSeed {
        username: "jayden",
        name: "Jayden Clarke",
        pronouns: Pronouns::He,
        sex: Some(Sex::Male),
        age: (18, 40),
        adviser: "sam",
        next_contact_in_days: -12,
        next_review_in_days: 95,
        views: &[(WhereILive, "The hostel is loud but it's OK for now.")],
        actions: &[
            (WhereILive, "Visit me at the hostel", "Sam", -12, false),
            (
                EducationAndTraining,
                "Look at Level 2 plumbing courses",
                "Jayden",
                30,
                false,
            ),
        ],
        contacts: &[
            (75, HomeVisit, "Visited at the hostel. He is keen on plumbing.", false),
            (40, Phone, "Quick call; he missed the college open day.", false),
            (5, TriedNoAnswer, "Called twice, no answer. Left a message.", false),
        ],
        circumstances: (InTouch::Yes, Activity::G5, Accommodation::D, true, None),
    },
    YoungPersonSeed {
        username: "amira",
        name: "Amira Hassan",
        pronouns: Pronouns::She,
        sex: Some(Sex::Female),
        age: (17, 300),
        adviser: "sam",
        next_contact_in_days: 9,
        next_review_in_days: 14,
        views: &[(
            WhoIAm,
            "I want an interpreter who speaks Sorani, not Arabic.",
        )],
        actions: &[
            (
                WhoIAm,
                "Book a Sorani interpreter for the review",
                "Sam",
                10,
                false,
            ),
            (
                EducationAndTraining,
                "Start English classes at college",
                "Amira",
                -20,
                true,
            ),
        ],
        contacts: &[(20, HomeVisit, "Visited her supported lodgings with an interpreter. She is settling in.", true)],
        circumstances: (InTouch::Yes, Activity::F2, Accommodation::E, true, None),
    },
    YoungPersonSeed {
        username: "kyle",
        name: "Kyle Brennan",
        pronouns: Pronouns::He,
        sex: Some(Sex::Male),
        age: (22, 150),
        adviser: "sam",
        next_contact_in_days: -41,
        next_review_in_days: 60,
        views: &[],
        actions: &[(
            ContactAndSupport,
            "Try to reach Kyle through his nan and his last hostel",
            "Sam",
            -5,
            false,
        )],
        contacts: &[
            (110, Phone, "Last proper conversation: he was sofa-surfing with friends.", false),
            (30, TriedNoAnswer, "Phone off. Asked his nan to pass on a message.", false),
            (9, TriedNoAnswer, "Went to his last known address; nobody there.", false),
        ],
        circumstances: (InTouch::No, Activity::NotKnown, Accommodation::R, false, None),
    },
    YoungPersonSeed {
        username: "chloe",
        name: "Chloe Davies",
        pronouns: Pronouns::She,
        sex: Some(Sex::Female),
        age: (21, 20),
        adviser: "sam",
        next_contact_in_days: 3,
        next_review_in_days: 120,
        views: &[(
            WhereILive,
            "I don't like who my neighbour lets in the building.",
        )],
        actions: &[(
            WhereILive,
            "Talk to the housing officer about the building's door",
            "Sam",
            3,
            false,
        )],
        contacts: &[(20, HomeVisit, "Seen alone at her flat. She is unhappy about people coming into the building.", false)],
        circumstances: (InTouch::Yes, Activity::F5, Accommodation::U, true, None),
    },
    YoungPersonSeed {
        username: "tomasz",
        name: "Tomasz Nowak",
        pronouns: Pronouns::He,
        sex: Some(Sex::Male),
        age: (22, 210),
        adviser: "sam",
        next_contact_in_days: 25,
        next_review_in_days: 150,
        views: &[(
            WorkAndActivities,
            "Warehouse nights are fine. I want days eventually.",
        )],
        actions: &[(
            Money,
            "Check he is getting the right tax code",
            "Tomasz",
            20,
            false,
        )],
        contacts: &[(30, Phone, "Night shifts are fine; asked about his tax code.", false)],
        circumstances: (InTouch::Yes, Activity::F5, Accommodation::U, true, None),
    },
    YoungPersonSeed {
        username: "leah",
        name: "Leah O'Connor",
        pronouns: Pronouns::She,
        sex: Some(Sex::Female),
        age: (18, 250),
        adviser: "sam",
        next_contact_in_days: 4,
        next_review_in_days: 40,
        views: &[(
            HealthAndWellbeing,
            "The midwife is nice. I'm worried about money when the baby comes.",
        )],
        actions: &[
            (
                HealthAndWellbeing,
                "Go to the antenatal appointment on the 12th",
                "Leah",
                12,
                false,
            ),
            (
                Money,
                "Apply for the Sure Start Maternity Grant",
                "Sam and Leah",
                18,
                false,
            ),
        ],
        contacts: &[(25, HomeVisit, "Talked about the baby's arrival and the maternity grant.", true)],
        circumstances: (InTouch::Yes, Activity::G6, Accommodation::E, true, None),
    },
    YoungPersonSeed {
        username: "daniel",
        name: "Daniel Mensah",
        pronouns: Pronouns::He,
        sex: Some(Sex::Male),
        age: (19, 30),
        adviser: "sam",
        next_contact_in_days: 16,
        next_review_in_days: 130,
        views: &[(
            WorkAndActivities,
            "The apprenticeship is hard work but I like the team.",
        )],
        actions: &[(
            WorkAndActivities,
            "Finish the first-year electrical assessment",
            "Daniel",
            50,
            false,
        )],
        contacts: &[(40, HomeVisit, "Apprenticeship going well; his flat is tidy and warm.", true)],
        circumstances: (InTouch::Yes, Activity::F4, Accommodation::U, true, None),
    },
    YoungPersonSeed {
        username: "sophie",
        name: "Sophie Turner",
        pronouns: Pronouns::She,
        sex: Some(Sex::Female),
        age: (23, 60),
        adviser: "sam",
        next_contact_in_days: 30,
        next_review_in_days: 170,
        views: &[(
            EducationAndTraining,
            "Second year at uni. Need help with holiday housing.",
        )],
        actions: &[(
            WhereILive,
            "Sort holiday accommodation for the summer",
            "Sam",
            45,
            false,
        )],
        contacts: &[(60, Video, "Video call from university; needs summer housing.", true)],
        circumstances: (InTouch::Yes, Activity::F1, Accommodation::U, true, None),
    },
    YoungPersonSeed {
        username: "mohammed",
        name: "Mohammed Rahimi",
        pronouns: Pronouns::He,
        sex: Some(Sex::Male),
        age: (19, 180),
        adviser: "sam",
        next_contact_in_days: 8,
        next_review_in_days: 75,
        views: &[(
            WhoIAm,
            "Friday prayers are important to me; please don't book meetings then.",
        )],
        actions: &[(
            EducationAndTraining,
            "Move up to the Entry 3 English class",
            "Mohammed",
            25,
            false,
        )],
        contacts: &[(30, HomeVisit, "Visited at his old placement before the move.", false)],
        circumstances: (InTouch::Yes, Activity::F2, Accommodation::E, true, Some(3)),
    },
    YoungPersonSeed {
        username: "tyler",
        name: "Tyler Jones",
        pronouns: Pronouns::They,
        // Not recorded yet: the national return lists it as a gap.
        sex: None,
        age: (20, 90),
        adviser: "sam",
        next_contact_in_days: 11,
        next_review_in_days: 45,
        views: &[],
        actions: &[(
            IfThingsGoWrong,
            "Plan where I will live on release",
            "Sam and probation",
            60,
            false,
        )],
        contacts: &[(50, OtherVisit, "Prison visit. Talked about where he will live on release.", false)],
        circumstances: (InTouch::Yes, Activity::NotKnown, Accommodation::X, false, None),
    },
    YoungPersonSeed {
        username: "grace",
        name: "Grace Adeyemi",
        pronouns: Pronouns::She,
        sex: Some(Sex::Female),
        age: (24, 10),
        adviser: "sam",
        next_contact_in_days: 20,
        next_review_in_days: 100,
        views: &[(
            HealthAndWellbeing,
            "I'm doing well. I'd like less contact now but not to lose it.",
        )],
        actions: &[(
            ContactAndSupport,
            "Agree contact every two months",
            "Sam and Grace",
            20,
            false,
        )],
        contacts: &[(45, Phone, "Doing well at work; agreed less frequent contact.", true)],
        circumstances: (InTouch::Yes, Activity::F5, Accommodation::U, true, None),
    },
    YoungPersonSeed {
        username: "ruby",
        name: "Ruby Walsh",
        pronouns: Pronouns::She,
        sex: Some(Sex::Female),
        age: (18, 70),
        adviser: "priya",
        next_contact_in_days: -3,
        next_review_in_days: 20,
        views: &[],
        actions: &[(
            EducationAndTraining,
            "Enrol on the hair and beauty course",
            "Ruby",
            15,
            false,
        )],
        contacts: &[(70, HomeVisit, "Visited at her aunt's.", false)],
        circumstances: (InTouch::Yes, Activity::G5, Accommodation::B, true, None),
    },
    YoungPersonSeed {
        username: "ethan",
        name: "Ethan Price",
        pronouns: Pronouns::He,
        sex: Some(Sex::Male),
        age: (21, 200),
        adviser: "priya",
        next_contact_in_days: 12,
        next_review_in_days: 90,
        views: &[],
        actions: &[(
            Money,
            "Make a plan for the rent arrears",
            "Priya and Ethan",
            10,
            false,
        )],
        contacts: &[(30, HomeVisit, "Went through the rent arrears letter together.", false)],
        circumstances: (InTouch::Yes, Activity::P5, Accommodation::U, false, None),
    },
    YoungPersonSeed {
        username: "nadia",
        name: "Nadia Begum",
        pronouns: Pronouns::She,
        sex: Some(Sex::Female),
        age: (19, 330),
        adviser: "priya",
        next_contact_in_days: 7,
        next_review_in_days: 160,
        views: &[],
        actions: &[(
            WorkAndActivities,
            "Apply for the council's care leaver internship",
            "Nadia",
            21,
            false,
        )],
        contacts: &[(10, HomeVisit, "Helped with the internship application.", true)],
        circumstances: (InTouch::Yes, Activity::F2, Accommodation::Z, true, None),
    },
];

/// Seeds the demo team unless the database already has people in it.
/// Returns whether it seeded.
pub fn seed_if_empty<'c>(conn: impl Into<Conn<'c>>) -> Result<bool, AccountError> {
    let conn = conn.into();
    let people: i64 = conn.query_one("SELECT COUNT(*) FROM users", &[])?.get(0)?;
    if people > 0 {
        return Ok(false);
    }
    let riverside = councils::for_new_account(conn, None)?;
    councils::change(
        conn,
        &riverside.name,
        &Changes {
            name: Some(COUNCIL.into()),
            advocacy: Some(Some(Advocacy {
                name: "Riverside Advocacy".into(),
                phone: Some("0300 555 0142".into()),
                web: Some("https://advocacy.riverside.example".into()),
            })),
            ..Changes::default()
        },
    )?;
    let today = today();
    let staff = [
        (
            "morgan",
            "Morgan Hughes",
            Role::TeamManager,
            Some("07700 900118"),
            true,
        ),
        (
            "sam",
            "Sam Okafor",
            Role::PersonalAdviser,
            Some("07700 900461"),
            true,
        ),
        (
            "priya",
            "Priya Shah",
            Role::PersonalAdviser,
            Some("07700 900274"),
            false,
        ),
        ("jordan", "Jordan Ellis", Role::HeadOfService, None, true),
    ];
    let mut ids = Vec::new();
    for (username, name, role, phone, can_sign_in) in staff {
        let id = accounts::create(
            conn,
            &NewAccount {
                username: username.into(),
                display_name: name.into(),
                role,
                password: can_sign_in.then(|| PASSWORD.to_owned()),
                phone: phone.map(str::to_owned),
                email: Some(format!("{username}@riverside.example")),
                council: None,
                // A head of service is over every team, not in one.
                team: (role != Role::HeadOfService).then(|| TEAM.into()),
                adviser: None,
                date_of_birth: None,
                pronouns: Pronouns::They,
                plan: PlanStart::default(),
                child_id: None,
                sex: None,
            },
        )?;
        ids.push((username, (id, name)));
    }
    for (n, seed) in YOUNG_PEOPLE.iter().enumerate() {
        let (years, days) = seed.age;
        let born = birthday_years_ago(today, years) - Duration::days(days);
        let id = accounts::create(
            conn,
            &NewAccount {
                username: seed.username.into(),
                display_name: seed.name.into(),
                role: Role::YoungPerson,
                password: (seed.username == "ella").then(|| PASSWORD.to_owned()),
                // From Ofcom's range kept for drama: never anyone's number.
                phone: Some(format!("07700 900{}", 600 + n)),
                email: None,
                council: None,
                team: None,
                adviser: Some(seed.adviser.into()),
                date_of_birth: Some(born),
                pronouns: seed.pronouns,
                child_id: Some(format!("RV{}", 1001 + n)),
                sex: seed.sex,
                plan: PlanStart {
                    dates: PlanDates {
                        next_contact: Some(today + Duration::days(seed.next_contact_in_days)),
                        next_review: Some(today + Duration::days(seed.next_review_in_days)),
                    },
                    views: seed
                        .views
                        .iter()
                        .map(|(part, words)| (*part, (*words).to_owned()))
                        .collect(),
                },
            },
        )?;
        let adviser = ids
            .iter()
            .find(|(username, _)| *username == seed.adviser)
            .map_or((id, seed.name), |(_, adviser)| *adviser);
        seed_records(conn, seed, id, adviser, today)?;
        if seed.username == "ella" {
            seed_goals(conn, id, adviser, today)?;
            seed_first_review(conn, id, adviser, today)?;
        }
    }
    Ok(true)
}

/// The actions, contacts and national data of one young person.
fn seed_records(
    conn: Conn<'_>,
    seed: &YoungPersonSeed,
    young_person: Uuid,
    (adviser, adviser_name): (Uuid, &str),
    today: Date,
) -> Result<(), AccountError> {
    let tx = conn.begin()?;
    for (part, what, who, due_in_days, done) in seed.actions {
        let action = ActionFields {
            part: *part,
            what: (*what).to_owned(),
            who: (*who).to_owned(),
            by_when: Some(today + Duration::days(*due_in_days)),
            done: *done,
            done_by: None,
            done_at: None,
        };
        records::insert(
            *tx,
            RecordKind::PlanAction,
            ids::new(),
            young_person,
            adviser,
            None,
            &action,
        )?;
    }
    for (days_ago, kind, summary, shared) in seed.contacts {
        let note = ContactNote {
            on: today - Duration::days(*days_ago),
            kind: *kind,
            place: String::new(),
            seen_alone: matches!(kind, HomeVisit | OtherVisit).then_some(true),
            summary: (*summary).to_owned(),
            actions: String::new(),
            next_contact: None,
            shared: *shared,
            corrects: None,
            by_name: adviser_name.to_owned(),
        };
        records::insert(
            *tx,
            RecordKind::Contact,
            ids::new(),
            young_person,
            adviser,
            None,
            &note,
        )?;
    }
    let (in_touch, activity, accommodation, suitable, moved) = seed.circumstances;
    let circumstances = Circumstances {
        on: today - Duration::days(seed.contacts.iter().map(|c| c.0).min().unwrap_or(0)),
        in_touch,
        activity: Some(activity),
        accommodation: Some(accommodation),
        suitable: Some(suitable),
        moved: moved.map(|days| today - Duration::days(days)),
    };
    records::insert(
        *tx,
        RecordKind::Circumstances,
        ids::new(),
        young_person,
        adviser,
        None,
        &circumstances,
    )?;
    tx.commit()?;
    Ok(())
}

/// Ella's Outcome Bees goals: domain, her words, steps (text, done), and
/// her ratings as (days ago, score), oldest first.
type GoalSeed = (
    BeeDomain,
    &'static str,
    &'static [(&'static str, bool)],
    &'static [(i64, u8)],
);

const ELLA_GOALS: &[GoalSeed] = &[
    (
        BeeDomain::Happy,
        "See my little brother every Sunday",
        &[
            ("Ask his social worker about Sundays", true),
            ("Find a bus route to his foster home", true),
        ],
        &[(150, 2), (110, 3), (60, 3), (14, 4)],
    ),
    (
        BeeDomain::Healthy,
        "Get to sleep before midnight on college nights",
        &[],
        &[(120, 1), (70, 2), (20, 3)],
    ),
    (
        BeeDomain::Safe,
        "Feel safe in my flat at night",
        &[
            ("Get the door lock fixed", true),
            ("Save the out-of-hours number in my phone", true),
            ("Meet my neighbours", false),
        ],
        &[(140, 2), (90, 3), (30, 4)],
    ),
    (
        BeeDomain::Resilient,
        "Keep going to counselling, even on bad weeks",
        &[],
        &[(160, 2), (120, 3), (75, 3), (25, 4)],
    ),
    (
        BeeDomain::Ambitious,
        "Pass my childcare Level 2",
        &[
            ("Hand in the placement report", true),
            ("Pass the maths test", false),
        ],
        &[(170, 1), (120, 2), (80, 2), (10, 3)],
    ),
    (
        BeeDomain::Independent,
        "Cook five meals on my own",
        &[
            ("Pasta bake", true),
            ("Chilli", true),
            ("Curry", true),
            ("Stir fry", true),
            ("Roast dinner", true),
        ],
        &[(130, 2), (90, 3), (45, 4), (7, 5)],
    ),
];

fn seed_goals(
    conn: Conn<'_>,
    ella: Uuid,
    (sam, sam_name): (Uuid, &str),
    today: Date,
) -> Result<(), AccountError> {
    let tx = conn.begin()?;
    for (domain, title, steps, ratings) in ELLA_GOALS {
        let goal = ids::new();
        let fields = GoalFields {
            domain: *domain,
            title: (*title).to_owned(),
            steps: steps
                .iter()
                .map(|(text, done)| Step {
                    text: (*text).to_owned(),
                    done: *done,
                })
                .collect(),
            by_when: None,
            status: GoalStatus::Active,
            suggested_by: None,
        };
        records::insert(*tx, RecordKind::Goal, goal, ella, ella, None, &fields)?;
        for (days_ago, score) in *ratings {
            let rating = RatingFields {
                goal,
                on: today - Duration::days(*days_ago),
                score: *score,
                note: String::new(),
                by_name: "Ella Morris".into(),
                by_young_person: true,
            };
            records::insert(
                *tx,
                RecordKind::Rating,
                ids::new(),
                ella,
                ella,
                None,
                &rating,
            )?;
        }
        if *domain == BeeDomain::Ambitious {
            let note = GoalNoteFields {
                goal,
                text: "Your tutor says your placement report was brilliant. Keep going!".into(),
                by_name: sam_name.to_owned(),
            };
            records::insert(
                *tx,
                RecordKind::GoalNote,
                ids::new(),
                ella,
                sam,
                None,
                &note,
            )?;
        }
    }
    let suggestion = GoalFields {
        domain: BeeDomain::Independent,
        title: "Set up a budget for my bills".into(),
        steps: vec![Step {
            text: "List every bill and when it's due".into(),
            done: false,
        }],
        by_when: Some(today + Duration::days(60)),
        status: GoalStatus::Suggested,
        suggested_by: Some(sam_name.to_owned()),
    };
    records::insert(
        *tx,
        RecordKind::Goal,
        ids::new(),
        ella,
        sam,
        None,
        &suggestion,
    )?;
    tx.commit()?;
    Ok(())
}

/// The same day `years` years ago, or 28 February where that day does not exist.
/// Ella's plan as it was agreed at her last review, 110 days ago: since
/// then she has written more, some actions were done, one was added and
/// one dropped, so a new review has changes to show.
fn seed_first_review(
    conn: Conn<'_>,
    ella: Uuid,
    (sam, sam_name): (Uuid, &str),
    today: Date,
) -> Result<(), AccountError> {
    let card = crate::caseload::person(conn, ella)?;
    let mut copy = PlanCopy::of(&crate::plan::load(conn, &card)?);
    for part in &mut copy.parts {
        match part.part {
            WhereILive => {
                part.what_i_think = "I've just moved into the flat. It's OK so far.".into();
                part.actions.push(pathway_app::plan::review::ActionCopy {
                    id: ids::new(),
                    what: "Sort out a deposit for the flat".into(),
                    who: "Sam".into(),
                    by_when: Some(today - Duration::days(100)),
                    done: true,
                });
            }
            Money => {
                part.what_i_think = "I want to start saving but I don't know how.".into();
                part.actions.pop();
            }
            _ => {}
        }
        for action in &mut part.actions {
            action.done = false;
        }
    }
    let held_on = today - Duration::days(110);
    let review = ReviewFields {
        stage: ReviewStage::Recorded,
        held_on: Some(held_on),
        who_took_part: "Ella, Sam, and Ella's college tutor".into(),
        participation: Some(Participation::CameAndSpoke),
        why_not: String::new(),
        next_review: Some(today + Duration::days(70)),
        plan: Some(copy),
        number: Some(1),
        by_name: sam_name.to_owned(),
    };
    let tx = conn.begin()?;
    let version = ids::new();
    records::insert(*tx, RecordKind::Review, version, ella, sam, None, &review)?;
    let answer = AgreementFields {
        version,
        agrees: true,
        reasons: "I'm happy with it.".into(),
        by_name: card.name.clone(),
        at: crate::db::now() - 109 * 86_400,
    };
    records::insert(
        *tx,
        RecordKind::Agreement,
        ids::new(),
        ella,
        ella,
        None,
        &answer,
    )?;
    tx.commit()?;
    Ok(())
}

fn birthday_years_ago(today: Date, years: i32) -> Date {
    let year = today.year() - years;
    Date::from_calendar_date(year, today.month(), today.day())
        .or_else(|_| Date::from_calendar_date(year, today.month(), 28))
        .unwrap_or(today)
}
