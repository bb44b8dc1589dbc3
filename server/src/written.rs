//! "What's written about me": a young person's copy of everything Pathway
//! holds about her that she may read, and the dates of what she may not.

use axum::extract::State;
use pathway_app::auth::Role;
use pathway_app::error::ApiError;
use pathway_app::written::WrittenAboutMe;

use crate::audit;
use crate::auth::CurrentUser;
use crate::caseload::person;
use crate::db::now;
use crate::error::{AppError, Json};
use crate::records;
use crate::AppState;

/// Everything written about the signed-in young person. Only young people
/// have one; for anyone else it is not found.
#[utoipa::path(
    get, path = "/api/me/written-about-me", tag = "plan",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Her plan and its versions, goals, shared contact notes, statements and replies, the dates of staff-only notes, and which staff opened or changed her records", content_type = "application/json"),
        (status = 401, description = "No valid token", body = ApiError),
        (status = 404, description = "The caller is not a young person", body = ApiError),
    )
)]
pub async fn written_about_me(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> Result<Json<WrittenAboutMe>, AppError> {
    if user.role != Role::YoungPerson {
        return Err(AppError::NotFound);
    }
    let written = state
        .db
        .call(move |conn| {
            let card = person(conn, user.id)?;
            let records = records::of_young_person(conn, user.id)?;
            let mut written = WrittenAboutMe::of(&card, &records, now());
            written.looked_at = audit::looked_at(conn, user.id)?;
            Ok(written)
        })
        .await?;
    Ok(Json(written))
}
