//! The list of young people a member of staff may see.

use axum::extract::State;
use pathway_app::caseload::YoungPersonSummary;
use pathway_app::dates::{age_on, parse_iso};
use pathway_app::error::ApiError;
use pathway_app::plan::AdviserContact;
use rusqlite::Connection;
use time::Date;
use uuid::Uuid;

use crate::access::visible_young_people;
use crate::auth::CurrentUser;
use crate::db::{column, today, StoreError};
use crate::error::{AppError, Json};
use crate::plan::plan_dates;
use crate::AppState;

/// The young people the caller may see, by name. A young person sees only
/// herself.
#[utoipa::path(
    get, path = "/api/young-people", tag = "caseload",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The young people the caller may see", body = [YoungPersonSummary]),
        (status = 401, description = "No valid token", body = ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    CurrentUser(viewer): CurrentUser,
) -> Result<Json<Vec<YoungPersonSummary>>, AppError> {
    let people = state
        .db
        .call(move |conn| {
            let mut people = visible_young_people(conn, &viewer)?
                .into_iter()
                .map(|id| summary(conn, id))
                .collect::<Result<Vec<_>, _>>()?;
            people.sort_by(|a, b| a.name.cmp(&b.name));
            Ok(people)
        })
        .await?;
    Ok(Json(people))
}

/// What the records do not hold about a young person: who they are and
/// who their adviser is.
pub struct Person {
    pub name: String,
    pub born: Date,
    pub adviser: Option<AdviserContact>,
}

/// Looks a young person up by id.
pub fn person(conn: &Connection, id: Uuid) -> Result<Person, StoreError> {
    Ok(conn.query_row(
        "SELECT u.display_name, y.date_of_birth, a.display_name, a.phone
           FROM young_people y JOIN users u ON u.id = y.user_id
           LEFT JOIN users a ON a.id = y.adviser_id
          WHERE y.user_id = ?1",
        [id.to_string()],
        |row| {
            let adviser = row
                .get::<_, Option<String>>(2)?
                .map(|name| -> rusqlite::Result<_> {
                    Ok(AdviserContact {
                        name,
                        phone: row.get(3)?,
                    })
                })
                .transpose()?;
            Ok(Person {
                name: row.get(0)?,
                born: column(row, 1, parse_iso)?,
                adviser,
            })
        },
    )?)
}

/// One young person's line on a list.
pub fn summary(conn: &Connection, id: Uuid) -> Result<YoungPersonSummary, StoreError> {
    let person = person(conn, id)?;
    let dates = plan_dates(conn, id)?;
    Ok(YoungPersonSummary {
        id,
        name: person.name,
        age: age_on(person.born, today()),
        adviser_name: person.adviser.map(|adviser| adviser.name),
        next_contact: dates.next_contact,
        next_review: dates.next_review,
    })
}
