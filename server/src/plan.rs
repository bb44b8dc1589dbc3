//! A young person's pathway plan: starting one, and reading it whole.

use axum::extract::{Path, State};
use pathway_app::audit::Access;
use pathway_app::error::ApiError;
use pathway_app::ids;
use pathway_app::plan::{PartNotes, PathwayPlan, PlanDates, PlanPart};
use pathway_app::sync::{PersonCard, RecordKind};
use uuid::Uuid;

use crate::access::may_see;
use crate::audit;
use crate::auth::{ClientAddress, CurrentUser};
use crate::caseload::person;
use crate::db::{now, StoreError};
use crate::error::{AppError, Json};
use crate::records;
use crate::store::Conn;
use crate::AppState;

/// How a new plan starts: its dates and any words already written.
#[derive(Debug, Clone, Default)]
pub struct PlanStart {
    pub dates: PlanDates,
    pub views: Vec<(PlanPart, String)>,
}

/// Creates a young person's plan: its dates record and a record for each of
/// the ten parts, so that every phone edits the same ten records.
pub fn start<'c>(
    conn: impl Into<Conn<'c>>,
    young_person: Uuid,
    by: Uuid,
    start: &PlanStart,
) -> Result<(), StoreError> {
    let conn = conn.into();
    records::insert(
        conn,
        RecordKind::Plan,
        ids::new(),
        young_person,
        by,
        None,
        &start.dates,
    )?;
    for part in PlanPart::ALL {
        let what_i_think = start
            .views
            .iter()
            .find(|(p, _)| *p == part)
            .map(|(_, words)| words.clone())
            .unwrap_or_default();
        let notes = PartNotes { part, what_i_think };
        records::insert(
            conn,
            RecordKind::PlanPart,
            ids::new(),
            young_person,
            by,
            None,
            &notes,
        )?;
    }
    Ok(())
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
    ClientAddress(client): ClientAddress,
    Path(id): Path<String>,
) -> Result<Json<PathwayPlan>, AppError> {
    let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
    let plan = state
        .db
        .call(move |conn| {
            if !may_see(conn, &viewer, id)? {
                return Ok(None);
            }
            if viewer.role.is_staff() {
                audit::record_access(
                    conn,
                    None,
                    Access::OpenedPlan,
                    id,
                    viewer.id,
                    &client,
                    now(),
                )?;
            }
            load(conn, &person(conn, id)?).map(Some)
        })
        .await?;
    plan.map(Json).ok_or(AppError::NotFound)
}

/// Assembles a young person's plan from their records.
pub fn load<'c>(
    conn: impl Into<Conn<'c>>,
    young_person: &PersonCard,
) -> Result<PathwayPlan, StoreError> {
    let records = records::of_young_person(conn, young_person.id)?;
    Ok(PathwayPlan::from_records(young_person, &records))
}
