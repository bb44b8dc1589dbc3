//! Councils: one server may hold many. Every person belongs to one council,
//! and each council has its own contact rules, out-of-hours number,
//! advocacy service and notification settings, read afresh for every
//! request so a change reaches phones on their next pull.

use pathway_app::contacts::rules::ContactRules;
use pathway_app::ids;
use pathway_app::sync::{Advocacy, LocalSettings};
use uuid::Uuid;

use crate::args;
use crate::db::{now, StoreError};
use crate::store::{Conn, Row};

/// Longest a safety flag may wait for the team manager: a week.
pub const MOST_ESCALATE_AFTER_MINUTES: u32 = 7 * 24 * 60;

/// A council and its settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Council {
    pub id: Uuid,
    pub name: String,
    /// The contact rules its staff work to, sent to every phone.
    pub rules: ContactRules,
    /// What its young people's phones are told: the out-of-hours number,
    /// the advocacy service, when a flag goes to the manager.
    pub settings: LocalSettings,
    pub alerts: Alerts,
}

/// The GOV.UK Notify templates a council's staff are emailed and texted
/// with when a young person raises a safety flag; none sends nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Alerts {
    pub email_template: Option<String>,
    pub sms_template: Option<String>,
}

/// What `council add` gives, or `council set` changes: `None` leaves a
/// setting as it is (or, adding, as the example has it); `Some(None)`
/// removes one that may be absent.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub name: Option<String>,
    pub out_of_hours_phone: Option<String>,
    pub advocacy: Option<Option<Advocacy>>,
    pub escalate_after_minutes: Option<u32>,
    pub contact_rules: Option<ContactRules>,
    pub email_template: Option<Option<String>>,
    pub sms_template: Option<Option<String>>,
}

/// One council, as `council list` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub council: Council,
    pub young_people: u64,
    pub staff: u64,
}

/// Why a council could not be added, changed or chosen.
#[derive(Debug, thiserror::Error)]
pub enum CouncilError {
    #[error("a council is already called {0:?}")]
    NameTaken(String),
    #[error("no council is called {0:?}")]
    Unknown(String),
    #[error("there are {0} councils: say which with --council")]
    WhichOne(usize),
    #[error("there is no council yet: add one with `pathway-server council add`")]
    None,
    #[error("a council's name needs 1 to 100 characters")]
    BadName,
    #[error("a council needs its out-of-hours phone number (--out-of-hours-phone)")]
    NoOutOfHoursPhone,
    #[error("{0:?} is not a phone number: it needs at least 3 digits, and only digits, spaces, + ( ) and -")]
    BadPhone(String),
    #[error(
        "a safety flag goes to the team manager after 1 to {MOST_ESCALATE_AFTER_MINUTES} minutes"
    )]
    BadEscalation,
    #[error("an advocacy service's web address starts with https:// or http://")]
    BadWeb,
    #[error(transparent)]
    Store(#[from] StoreError),
}

const COLUMNS: &str = "c.id, c.name, c.out_of_hours_phone, c.advocacy_name, c.advocacy_phone,
     c.advocacy_web, c.escalate_after_minutes, c.contact_rules, c.notify_email_template,
     c.notify_sms_template";

fn read(row: &Row) -> Result<Council, StoreError> {
    let rules: Option<String> = row.get(7)?;
    let rules = match rules {
        Some(text) => serde_json::from_str::<ContactRules>(&text)?,
        None => ContactRules::example(),
    };
    let advocacy = row
        .get::<Option<String>>(3)?
        .map(|name| -> Result<_, StoreError> {
            Ok(Advocacy {
                name,
                phone: row.get(4)?,
                web: row.get(5)?,
            })
        })
        .transpose()?;
    Ok(Council {
        id: row.get(0)?,
        name: row.get(1)?,
        rules,
        settings: LocalSettings {
            out_of_hours_phone: row.get(2)?,
            escalate_after_minutes: row.get(6)?,
            advocacy,
        },
        alerts: Alerts {
            email_template: row.get(8)?,
            sms_template: row.get(9)?,
        },
    })
}

/// The council `person` belongs to.
pub fn of_person<'c>(conn: impl Into<Conn<'c>>, person: Uuid) -> Result<Council, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM users u JOIN councils c ON c.id = u.council_id WHERE u.id = ?1"
    );
    read(&conn.into().query_one(&sql, args![person])?)
}

/// The council called `name` (in any case).
pub fn named<'c>(conn: impl Into<Conn<'c>>, name: &str) -> Result<Council, CouncilError> {
    let sql = format!("SELECT {COLUMNS} FROM councils c WHERE c.name = ?1");
    let found = conn.into().query_opt(&sql, args![name.trim()])?;
    found
        .map(|row| read(&row))
        .transpose()?
        .ok_or_else(|| CouncilError::Unknown(name.to_owned()))
}

/// The council a new account joins: the one named, or else the only one.
pub fn for_new_account<'c>(
    conn: impl Into<Conn<'c>>,
    name: Option<&str>,
) -> Result<Council, CouncilError> {
    let conn = conn.into();
    if let Some(name) = name {
        return named(conn, name);
    }
    let sql = format!("SELECT {COLUMNS} FROM councils c LIMIT 2");
    let mut found = conn.query(&sql, &[])?;
    match found.len() {
        0 => Err(CouncilError::None),
        1 => Ok(read(&found.remove(0))?),
        _ => {
            let all: usize = conn
                .query_one("SELECT COUNT(*) FROM councils", &[])?
                .get(0)?;
            Err(CouncilError::WhichOne(all))
        }
    }
}

/// Every council, by name, with how many people it holds.
pub fn list<'c>(conn: impl Into<Conn<'c>>) -> Result<Vec<Listed>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS},
                (SELECT COUNT(*) FROM users u WHERE u.council_id = c.id AND u.role = 'young_person'),
                (SELECT COUNT(*) FROM users u WHERE u.council_id = c.id AND u.role != 'young_person')
           FROM councils c ORDER BY c.name"
    );
    conn.into()
        .query(&sql, &[])?
        .iter()
        .map(|row| {
            Ok(Listed {
                council: read(row)?,
                young_people: row.get(10)?,
                staff: row.get(11)?,
            })
        })
        .collect()
}

/// Adds a council; it needs a name and an out-of-hours number, and takes
/// the example contact rules unless given its own.
pub fn add<'c>(conn: impl Into<Conn<'c>>, changes: &Changes) -> Result<Council, CouncilError> {
    let conn = conn.into();
    let name = changes.name.as_deref().ok_or(CouncilError::BadName)?;
    let phone = changes
        .out_of_hours_phone
        .clone()
        .ok_or(CouncilError::NoOutOfHoursPhone)?;
    let council = Council {
        id: ids::new(),
        name: name.to_owned(),
        rules: ContactRules::example(),
        settings: LocalSettings {
            out_of_hours_phone: phone,
            ..LocalSettings::default()
        },
        alerts: Alerts::default(),
    };
    let council = changed(council, changes)?;
    if exists(conn, &council.name, None)? {
        return Err(CouncilError::NameTaken(council.name));
    }
    conn.execute(
        "INSERT INTO councils (id, name, out_of_hours_phone, escalate_after_minutes, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        args![
            council.id,
            &council.name,
            &council.settings.out_of_hours_phone,
            council.settings.escalate_after_minutes,
            now()
        ],
    )?;
    store(conn, &council, changes.contact_rules.is_some())?;
    Ok(council)
}

/// Changes the council called `name`, and returns it as it now is.
pub fn change<'c>(
    conn: impl Into<Conn<'c>>,
    name: &str,
    changes: &Changes,
) -> Result<Council, CouncilError> {
    let conn = conn.into();
    let before = named(conn, name)?;
    let council = changed(before.clone(), changes)?;
    if exists(conn, &council.name, Some(council.id))? {
        return Err(CouncilError::NameTaken(council.name));
    }
    store(conn, &council, changes.contact_rules.is_some())?;
    Ok(council)
}

/// `council` with `changes` made, each checked.
fn changed(mut council: Council, changes: &Changes) -> Result<Council, CouncilError> {
    if let Some(name) = &changes.name {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(CouncilError::BadName);
        }
        name.clone_into(&mut council.name);
    }
    if let Some(phone) = &changes.out_of_hours_phone {
        council.settings.out_of_hours_phone = phone_number(phone)?;
    }
    if let Some(advocacy) = &changes.advocacy {
        council.settings.advocacy = advocacy
            .clone()
            .map(|advocacy| -> Result<_, CouncilError> {
                if advocacy.name.trim().is_empty() || advocacy.name.chars().count() > 100 {
                    return Err(CouncilError::BadName);
                }
                let web_ok = advocacy
                    .web
                    .as_deref()
                    .is_none_or(|web| web.starts_with("https://") || web.starts_with("http://"));
                if !web_ok {
                    return Err(CouncilError::BadWeb);
                }
                Ok(Advocacy {
                    phone: advocacy.phone.as_deref().map(phone_number).transpose()?,
                    ..advocacy
                })
            })
            .transpose()?;
    }
    if let Some(minutes) = changes.escalate_after_minutes {
        if !(1..=MOST_ESCALATE_AFTER_MINUTES).contains(&minutes) {
            return Err(CouncilError::BadEscalation);
        }
        council.settings.escalate_after_minutes = minutes;
    }
    if let Some(rules) = &changes.contact_rules {
        council.rules = rules.clone();
    }
    if let Some(template) = &changes.email_template {
        council.alerts.email_template.clone_from(template);
    }
    if let Some(template) = &changes.sms_template {
        council.alerts.sms_template.clone_from(template);
    }
    Ok(council)
}

fn phone_number(text: &str) -> Result<String, CouncilError> {
    let text = text.trim();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '(' | ')' | '-'));
    if digits >= 3 && allowed && text.len() <= 30 {
        Ok(text.to_owned())
    } else {
        Err(CouncilError::BadPhone(text.to_owned()))
    }
}

fn exists(conn: Conn<'_>, name: &str, other_than: Option<Uuid>) -> Result<bool, StoreError> {
    let found = conn.query_opt(
        "SELECT 1 FROM councils WHERE name = ?1 AND id != COALESCE(?2, '')",
        args![name, other_than],
    )?;
    Ok(found.is_some())
}

/// Writes every setting of `council`; its rules only when they were given,
/// so a council on the example rules follows them as Pathway updates them.
fn store(conn: Conn<'_>, council: &Council, rules_given: bool) -> Result<(), StoreError> {
    let advocacy = council.settings.advocacy.as_ref();
    conn.execute(
        "UPDATE councils SET name = ?2, out_of_hours_phone = ?3, advocacy_name = ?4,
                advocacy_phone = ?5, advocacy_web = ?6, escalate_after_minutes = ?7,
                notify_email_template = ?8, notify_sms_template = ?9
          WHERE id = ?1",
        args![
            council.id,
            &council.name,
            &council.settings.out_of_hours_phone,
            advocacy.map(|a| &a.name),
            advocacy.and_then(|a| a.phone.as_ref()),
            advocacy.and_then(|a| a.web.as_ref()),
            council.settings.escalate_after_minutes,
            &council.alerts.email_template,
            &council.alerts.sms_template,
        ],
    )?;
    if rules_given {
        conn.execute(
            "UPDATE councils SET contact_rules = ?2 WHERE id = ?1",
            args![council.id, serde_json::to_string(&council.rules)?],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn riverside() -> Changes {
        Changes {
            name: Some("Riverside".into()),
            out_of_hours_phone: Some("0300 555 0199".into()),
            ..Changes::default()
        }
    }

    #[test]
    fn a_database_from_before_councils_is_one_council_on_the_old_defaults(
    ) -> Result<(), CouncilError> {
        let mut conn = rusqlite::Connection::open_in_memory().map_err(StoreError::from)?;
        crate::db::migrate(&mut conn)?;
        let only = for_new_account(&conn, None)?;
        assert_eq!(only.name, "Our council");
        assert_eq!(only.settings, LocalSettings::default());
        assert_eq!(only.rules, ContactRules::example());
        assert_eq!(only.alerts, Alerts::default());
        Ok(())
    }

    #[test]
    fn councils_are_added_changed_and_checked_before_anything_is_stored() -> Result<(), CouncilError>
    {
        let mut conn = rusqlite::Connection::open_in_memory().map_err(StoreError::from)?;
        crate::db::migrate(&mut conn)?;
        let added = add(&conn, &riverside())?;
        assert_eq!(added.settings.escalate_after_minutes, 120);
        assert!(matches!(
            for_new_account(&conn, None),
            Err(CouncilError::WhichOne(2))
        ));
        assert_eq!(for_new_account(&conn, Some("riverside"))?.id, added.id);

        let refused = [
            (
                Changes {
                    name: Some("  ".into()),
                    ..riverside()
                },
                "a blank name",
            ),
            (
                Changes {
                    out_of_hours_phone: Some("call us".into()),
                    ..riverside()
                },
                "a phone with no digits",
            ),
            (
                Changes {
                    escalate_after_minutes: Some(0),
                    ..riverside()
                },
                "no time to acknowledge",
            ),
            (
                Changes {
                    advocacy: Some(Some(Advocacy {
                        name: "Advocates".into(),
                        phone: None,
                        web: Some("javascript:alert(1)".into()),
                    })),
                    ..riverside()
                },
                "a web address that is not one",
            ),
        ];
        for (changes, why) in refused {
            assert!(change(&conn, "Riverside", &changes).is_err(), "{why}");
        }
        assert!(matches!(
            add(
                &conn,
                &Changes {
                    name: Some("RIVERSIDE".into()),
                    ..riverside()
                }
            ),
            Err(CouncilError::NameTaken(_))
        ));
        assert!(matches!(
            add(
                &conn,
                &Changes {
                    out_of_hours_phone: None,
                    ..riverside()
                }
            ),
            Err(CouncilError::NoOutOfHoursPhone)
        ));
        assert_eq!(
            named(&conn, "Riverside")?,
            added,
            "nothing refused was stored"
        );

        let mut rules = ContactRules::example();
        rules.name = "Riverside standards 2027".into();
        let advocacy = Advocacy {
            name: "Riverside Advocacy".into(),
            phone: Some("0300 555 0142".into()),
            web: Some("https://advocacy.riverside.example".into()),
        };
        let changed = change(
            &conn,
            "Riverside",
            &Changes {
                name: Some("Riverside Council".into()),
                advocacy: Some(Some(advocacy.clone())),
                escalate_after_minutes: Some(30),
                contact_rules: Some(rules.clone()),
                email_template: Some(Some("email-template".into())),
                ..Changes::default()
            },
        )?;
        let read_back = named(&conn, "riverside council")?;
        assert_eq!(read_back, changed);
        assert_eq!(read_back.settings.advocacy, Some(advocacy));
        assert_eq!(read_back.settings.out_of_hours_phone, "0300 555 0199");
        assert_eq!(read_back.settings.escalate_after_minutes, 30);
        assert_eq!(read_back.rules, rules);
        assert_eq!(
            read_back.alerts.email_template.as_deref(),
            Some("email-template")
        );

        let cleared = change(
            &conn,
            "Riverside Council",
            &Changes {
                advocacy: Some(None),
                email_template: Some(None),
                ..Changes::default()
            },
        )?;
        assert_eq!(
            (cleared.settings.advocacy, cleared.alerts.email_template),
            (None, None)
        );
        assert!(matches!(
            change(&conn, "Riverside", &Changes::default()),
            Err(CouncilError::Unknown(_))
        ));
        Ok(())
    }
}
