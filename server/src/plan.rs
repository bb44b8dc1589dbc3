//! Reading a young person's pathway plan.

use axum::extract::{Path, State};
use pathway_app::error::ApiError;
use pathway_app::plan::{all_parts, PathwayPlan, PlanAction, PlanPart};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use time::Date;
use uuid::Uuid;

use crate::access::may_see;
use crate::auth::CurrentUser;
use crate::caseload::person;
use crate::db::StoreError;
use crate::error::{AppError, Json};
use crate::records::{self, Kind};
use crate::AppState;

/// The plan's own dates, stored as a `plan` record.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PlanDates {
    #[serde(with = "pathway_app::dates::optional_iso", default)]
    pub next_contact: Option<Date>,
    #[serde(with = "pathway_app::dates::optional_iso", default)]
    pub next_review: Option<Date>,
}

/// The young person's words on one part, stored as a `plan_part` record.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PartNotes {
    pub part: PlanPart,
    pub what_i_think: String,
}

/// One action, stored as a `plan_action` record.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredAction {
    pub part: PlanPart,
    pub what: String,
    pub who: String,
    #[serde(with = "pathway_app::dates::optional_iso", default)]
    pub by_when: Option<Date>,
    pub done: bool,
}

/// A young person's whole plan. Anyone the caller may not see is not found.
#[utoipa::path(
    get, path = "/api/young-people/{id}/plan", tag = "plan",
    security(("bearer" = [])),
    params(("id" = Uuid, Path, description = "The young person's id")),
    responses(
        (status = 200, description = "The plan, all ten parts in order", body = PathwayPlan),
        (status = 401, description = "No valid token", body = ApiError),
        (status = 404, description = "No such young person, or not one the caller may see", body = ApiError),
    )
)]
pub async fn get_plan(
    State(state): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<PathwayPlan>, AppError> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let plan = state
        .db
        .call(move |conn| {
            if !may_see(conn, &viewer, id)? {
                return Ok(None);
            }
            load(conn, id).map(Some)
        })
        .await?;
    plan.map(Json).ok_or(AppError::NotFound)
}

/// The plan's dates, or none yet.
pub fn plan_dates(conn: &Connection, young_person: Uuid) -> Result<PlanDates, StoreError> {
    Ok(records::live::<PlanDates>(conn, Kind::Plan, young_person)?
        .into_iter()
        .next()
        .map(|(_, dates)| dates)
        .unwrap_or_default())
}

/// Assembles a young person's plan from its records.
pub fn load(conn: &Connection, young_person: Uuid) -> Result<PathwayPlan, StoreError> {
    let person = person(conn, young_person)?;
    let dates = plan_dates(conn, young_person)?;
    let notes = records::live::<PartNotes>(conn, Kind::PlanPart, young_person)?
        .into_iter()
        .map(|(_, notes)| (notes.part, notes.what_i_think));
    let actions = records::live::<StoredAction>(conn, Kind::PlanAction, young_person)?
        .into_iter()
        .map(|(id, a)| {
            let action = PlanAction {
                id,
                what: a.what,
                who: a.who,
                by_when: a.by_when,
                done: a.done,
            };
            (a.part, action)
        });
    Ok(PathwayPlan {
        young_person_id: young_person,
        young_person_name: person.name,
        adviser: person.adviser,
        next_contact: dates.next_contact,
        next_review: dates.next_review,
        parts: all_parts(notes, actions),
    })
}
