//! What the reports are computed from: for each young person in view, only
//! the few fields of her records that the measures read, taken out by SQL
//! rather than whole records parsed. Each query names the index that holds
//! its fields (migration 0012): the planner's own choice, the index by
//! young person and kind, parses every record's JSON, five times slower.

use std::collections::HashMap;

use pathway_app::contacts::{Circumstances, ContactKind};
use pathway_app::dates::{day_of, parse_iso};
use pathway_app::reports::Sex;
use serde::de::IntoDeserializer;
use serde::Deserialize;
use time::Date;
use uuid::Uuid;

use crate::args;
use crate::db::StoreError;
use crate::store::Conn;

/// One young person, as the reports see her.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    pub id: Uuid,
    pub name: String,
    pub born: Option<Date>,
    /// The first day Pathway knows of her: her account, or an earlier
    /// record (history brought in from before).
    pub known_from: Option<Date>,
    /// Her advisers, each from a moment (Unix seconds), oldest first.
    pub advisers: Vec<(i64, Option<Uuid>)>,
    pub contacts: Vec<(Date, ContactKind)>,
    pub circumstances: Vec<Circumstances>,
    /// The days her reviews were held, as recorded.
    pub reviews: Vec<Date>,
    pub statements: Vec<Said>,
    /// For the national return.
    pub child_id: Option<String>,
    pub sex: Option<Sex>,
}

/// One statement she sent: when it reached the server, whether it raised
/// a safety flag, and when it was first acknowledged (Unix seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Said {
    pub received_at: i64,
    pub flag: bool,
    pub acknowledged_at: Option<i64>,
}

/// Everyone in `ids`, with what the reports read, in no set order. Unknown
/// ids are left out.
pub fn load<'c>(conn: impl Into<Conn<'c>>, ids: &[Uuid]) -> Result<Vec<Person>, StoreError> {
    let conn = conn.into();
    let wanted = serde_json::to_string(&ids)?;
    let mut people: HashMap<Uuid, Person> = HashMap::with_capacity(ids.len());
    for row in &conn.query(
        "SELECT u.id, u.display_name, y.date_of_birth, u.created_at, y.child_id, y.sex
           FROM young_people y JOIN users u ON u.id = y.user_id
          WHERE y.user_id IN (SELECT value FROM json_each(?1))",
        args![&wanted],
    )? {
        let id = row.get::<Uuid>(0)?;
        people.insert(
            id,
            Person {
                id,
                name: row.get(1)?,
                born: Some(row.parse(2, parse_iso)?),
                known_from: day_of(row.get(3)?),
                child_id: row.get(4)?,
                sex: row.get::<Option<u8>>(5)?.and_then(Sex::from_code),
                ..Person::default()
            },
        );
    }

    for row in &conn.query(
        "SELECT young_person_id, adviser_id, from_at FROM adviser_history
          WHERE young_person_id IN (SELECT value FROM json_each(?1))
          ORDER BY from_at",
        args![&wanted],
    )? {
        let adviser: Option<Uuid> = row.get(1)?;
        if let Some(p) = people.get_mut(&row.get::<Uuid>(0)?) {
            p.advisers.push((row.get(2)?, adviser));
        }
    }

    for row in &conn.query(
        "SELECT young_person_id, json_extract(data, '$.on'), json_extract(data, '$.kind')
           FROM records INDEXED BY records_contact_when
          WHERE kind = 'contact' AND deleted = 0
            AND young_person_id IN (SELECT value FROM json_each(?1))",
        args![&wanted],
    )? {
        if let Some(p) = people.get_mut(&row.get::<Uuid>(0)?) {
            let on = row.parse(1, parse_iso)?;
            let kind = row.parse(2, |kind| {
                ContactKind::deserialize(kind.into_deserializer())
                    .map_err(|e: serde::de::value::Error| StoreError::Corrupt(e.to_string()))
            })?;
            p.contacts.push((on, kind));
        }
    }
    for row in &conn.query(
        "SELECT young_person_id, data FROM records
          WHERE kind = 'circumstances' AND deleted = 0
            AND young_person_id IN (SELECT value FROM json_each(?1))",
        args![&wanted],
    )? {
        if let Some(p) = people.get_mut(&row.get::<Uuid>(0)?) {
            let text: String = row.get(1)?;
            p.circumstances.push(serde_json::from_str(&text)?);
        }
    }
    for row in &conn.query(
        "SELECT young_person_id, json_extract(data, '$.held_on')
           FROM records INDEXED BY records_review_held
          WHERE kind = 'review' AND deleted = 0
            AND young_person_id IN (SELECT value FROM json_each(?1))
            AND json_extract(data, '$.stage') = 'recorded'",
        args![&wanted],
    )? {
        let held: Option<String> = row.get(1)?;
        if let (Some(p), Some(held)) = (people.get_mut(&row.get::<Uuid>(0)?), held) {
            p.reviews
                .push(parse_iso(&held).map_err(|e| StoreError::Corrupt(e.to_string()))?);
        }
    }
    for row in &conn.query(
        "SELECT s.young_person_id, s.updated_at, COALESCE(json_extract(s.data, '$.flag'), '0'),
                (SELECT MIN(CAST(json_extract(a.data, '$.at') AS BIGINT)) FROM records a INDEXED BY records_acknowledged
                  WHERE a.kind = 'acknowledgement' AND a.deleted = 0
                    AND a.young_person_id = s.young_person_id
                    AND json_extract(a.data, '$.statement') = s.id)
           FROM records s INDEXED BY records_statement_flag
          WHERE s.kind = 'statement' AND s.deleted = 0
            AND s.young_person_id IN (SELECT value FROM json_each(?1))",
        args![&wanted],
    )? {
        if let Some(p) = people.get_mut(&row.get::<Uuid>(0)?) {
            p.statements.push(Said {
                received_at: row.get(1)?,
                flag: row.get(2)?,
                acknowledged_at: row.get(3)?,
            });
        }
    }

    let mut people: Vec<Person> = people.into_values().collect();
    for p in &mut people {
        let earliest_record = p
            .contacts
            .iter()
            .map(|(on, _)| *on)
            .chain(p.circumstances.iter().map(|c| c.on))
            .min();
        p.known_from = match (p.known_from, earliest_record) {
            (Some(account), Some(record)) => Some(account.min(record)),
            (account, record) => account.or(record),
        };
    }
    Ok(people)
}
