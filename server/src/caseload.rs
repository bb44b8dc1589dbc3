//! The list of young people a member of staff may see.

use axum::extract::State;
use pathway_app::caseload::YoungPersonSummary;
use pathway_app::dates::{age_on, parse_iso};
use pathway_app::error::ApiError;
use pathway_app::plan::AdviserContact;
use pathway_app::sync::{PersonCard, Pronouns};
use uuid::Uuid;

use crate::access::visible_young_people;
use crate::args;
use crate::auth::CurrentUser;
use crate::db::{today, StoreError};
use crate::error::{AppError, Json};
use crate::plan::load;
use crate::store::Conn;
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

/// Who a young person is and who their adviser is: what the records do
/// not hold.
pub fn person<'c>(conn: impl Into<Conn<'c>>, id: Uuid) -> Result<PersonCard, StoreError> {
    let row = conn.into().query_one(
        "SELECT u.display_name, y.date_of_birth, a.display_name, a.phone, u.locked_at IS NOT NULL,
                u.phone, y.pronouns
           FROM young_people y JOIN users u ON u.id = y.user_id
           LEFT JOIN users a ON a.id = y.adviser_id
          WHERE y.user_id = ?1",
        args![id],
    )?;
    let adviser = row
        .get::<Option<String>>(2)?
        .map(|name| -> Result<_, StoreError> {
            Ok(AdviserContact {
                name,
                phone: row.get(3)?,
            })
        })
        .transpose()?;
    Ok(PersonCard {
        id,
        name: row.get(0)?,
        date_of_birth: row.parse(1, parse_iso)?,
        adviser,
        phone: row.get(5)?,
        locked: row.get(4)?,
        pronouns: Pronouns::parse(&row.get::<String>(6)?).unwrap_or_default(),
    })
}

/// One young person's line on a list.
pub fn summary<'c>(conn: impl Into<Conn<'c>>, id: Uuid) -> Result<YoungPersonSummary, StoreError> {
    let conn = conn.into();
    let card = person(conn, id)?;
    let born = card.date_of_birth;
    let plan = load(conn, &card)?;
    Ok(YoungPersonSummary {
        id,
        name: plan.young_person_name,
        age: age_on(born, today()),
        adviser_name: plan.adviser.map(|adviser| adviser.name),
        next_contact: plan.next_contact,
        next_review: plan.next_review,
    })
}
