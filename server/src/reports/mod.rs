//! Oversight reports for staff, computed here from the records: the team
//! report and the care-leaver table of the national return. Whose figures
//! a report covers follows the caller's role: an adviser's own caseload, a
//! team manager's team, a head of service's every team in the council.

mod bees;
mod facts;
mod national_return;
mod team;

use std::collections::HashMap;

use axum::extract::State;
use pathway_app::auth::{Role, User};
use pathway_app::dates::parse_iso;
use pathway_app::reports::{collection_year, BeesReport, CareLeaverReturn, TeamReport};
use serde::Deserialize;
use time::Date;
use uuid::Uuid;

use crate::access::visible_young_people;
use crate::args;
use crate::auth::CurrentUser;
use crate::db::{now, today, StoreError};
use crate::error::{AppError, Json, Query};
use crate::store::Conn;
use crate::AppState;

pub use facts::{load, Person};
pub use national_return::care_leaver_return;
pub use team::{report, Rules};

/// Whose figures `viewer` sees, and their ids.
pub fn scope<'c>(
    conn: impl Into<Conn<'c>>,
    viewer: &User,
) -> Result<Option<(String, Vec<Uuid>)>, StoreError> {
    let conn = conn.into();
    let name = match viewer.role {
        Role::YoungPerson => return Ok(None),
        Role::PersonalAdviser => format!("{}'s caseload", viewer.display_name),
        Role::TeamManager => conn
            .query_one(
                "SELECT t.name FROM users u JOIN teams t ON t.id = u.team_id WHERE u.id = ?1",
                args![viewer.id],
            )?
            .get(0)?,
        Role::HeadOfService => {
            let ids = conn
                .query(
                    "SELECT y.user_id FROM young_people y JOIN users u ON u.id = y.user_id
                      WHERE u.council_id = (SELECT council_id FROM users WHERE id = ?1)",
                    args![viewer.id],
                )?
                .iter()
                .map(|row| row.get(0))
                .collect::<Result<_, _>>()?;
            return Ok(Some(("Every team".to_owned(), ids)));
        }
    };
    Ok(Some((name, visible_young_people(conn, viewer)?)))
}

/// The name of every adviser in `viewer`'s council, by id.
fn advisers(conn: Conn<'_>, viewer: &User) -> Result<HashMap<Uuid, String>, StoreError> {
    conn.query(
        "SELECT id, display_name FROM users
          WHERE role = 'personal_adviser'
            AND council_id = (SELECT council_id FROM users WHERE id = ?1)",
        args![viewer.id],
    )?
    .iter()
    .map(|row| Ok((row.get(0)?, row.get(1)?)))
    .collect()
}

const STAFF_ONLY: &str = "Reports are for the staff who work with young people.";

/// `GET /api/reports/team` parameters.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TeamQuery {
    /// The day the report is for, YYYY-MM-DD; today if not given.
    pub as_of: Option<String>,
}

/// A report's day: one that has come, in the years Pathway keeps.
fn report_day(as_of: Option<&str>) -> Result<Date, AppError> {
    let Some(text) = as_of else {
        return Ok(today());
    };
    let day = parse_iso(text).map_err(|e| AppError::InvalidInput(e.to_string()))?;
    if day > today() {
        return Err(AppError::InvalidInput(
            "A report can't be for a day that hasn't come yet.".into(),
        ));
    }
    if day.year() < 2000 {
        return Err(AppError::InvalidInput(
            "That date doesn't look right: use one from 2000 on.".into(),
        ));
    }
    Ok(day)
}

/// The team report: where the caller's young people stand on a day, month
/// by month over the year before it, by adviser and by age band.
#[utoipa::path(
    get, path = "/api/reports/team", tag = "reports",
    params(TeamQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The report", body = TeamReport),
        (status = 401, description = "No valid token", body = pathway_app::error::ApiError),
        (status = 403, description = "A young person asked", body = pathway_app::error::ApiError),
        (status = 422, description = "The day is not a date, or still to come", body = pathway_app::error::ApiError),
    )
)]
pub async fn team_report(
    State(state): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Query(query): Query<TeamQuery>,
) -> Result<Json<TeamReport>, AppError> {
    let as_of = report_day(query.as_of.as_deref())?;
    let report = state
        .db
        .call(move |conn| {
            let Some((name, ids)) = scope(conn, &viewer)? else {
                return Ok(None);
            };
            let people = load(conn, &ids)?;
            let council = crate::councils::of_person(conn, viewer.id)?;
            let rules = Rules {
                contact: &council.rules,
                escalate_after_minutes: council.settings.escalate_after_minutes,
                now: now(),
            };
            let advisers = advisers(conn, &viewer)?;
            Ok(Some(report(name, &people, &advisers, as_of, &rules)))
        })
        .await?
        .ok_or(AppError::NotForYourRole(STAFF_ONLY))?;
    Ok(Json(report))
}

/// The Outcome Bees report for the corporate parenting panel: the six
/// domains across the caller's young people, with no names and small
/// numbers withheld.
#[utoipa::path(
    get, path = "/api/reports/outcome-bees", tag = "reports",
    params(TeamQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The report", body = BeesReport),
        (status = 401, description = "No valid token", body = pathway_app::error::ApiError),
        (status = 403, description = "A young person asked", body = pathway_app::error::ApiError),
        (status = 422, description = "The day is not a date, or still to come", body = pathway_app::error::ApiError),
    )
)]
pub async fn outcome_bees(
    State(state): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Query(query): Query<TeamQuery>,
) -> Result<Json<BeesReport>, AppError> {
    let as_of = report_day(query.as_of.as_deref())?;
    let report = state
        .db
        .call(move |conn| {
            let Some((name, ids)) = scope(conn, &viewer)? else {
                return Ok(None);
            };
            Ok(Some(bees::report(
                name,
                &bees::load_goals(conn, &ids)?,
                as_of,
            )))
        })
        .await?
        .ok_or(AppError::NotForYourRole(STAFF_ONLY))?;
    Ok(Json(report))
}

/// `GET /api/reports/care-leaver-return` parameters.
#[derive(Debug, Clone, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReturnQuery {
    /// The year the collection starts: 2026 for April 2026 to March 2027.
    pub year: i32,
}

/// The care-leaver table of the SSDA903 return for a collection year, with
/// what is missing from it or recorded too far from a birthday.
#[utoipa::path(
    get, path = "/api/reports/care-leaver-return", tag = "reports",
    params(ReturnQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The table and its gaps", body = CareLeaverReturn),
        (status = 401, description = "No valid token", body = pathway_app::error::ApiError),
        (status = 403, description = "A young person asked", body = pathway_app::error::ApiError),
        (status = 422, description = "Not a collection year Pathway keeps", body = pathway_app::error::ApiError),
    )
)]
pub async fn national_return(
    State(state): State<AppState>,
    CurrentUser(viewer): CurrentUser,
    Query(query): Query<ReturnQuery>,
) -> Result<Json<CareLeaverReturn>, AppError> {
    let year = query.year;
    let days = collection_year(year)
        .filter(|_| (2000..=today().year()).contains(&year))
        .ok_or_else(|| {
            AppError::InvalidInput(format!(
                "Choose a collection year from 2000 to {}.",
                today().year()
            ))
        })?;
    let table = state
        .db
        .call(move |conn| {
            let Some((_, ids)) = scope(conn, &viewer)? else {
                return Ok(None);
            };
            Ok(Some(care_leaver_return(&load(conn, &ids)?, year, days)))
        })
        .await?
        .ok_or(AppError::NotForYourRole(STAFF_ONLY))?;
    Ok(Json(table))
}
