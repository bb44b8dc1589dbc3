//! Audits of practice over HTTP: a team manager draws a dip sample of his
//! team's plans and grades each; the young person's adviser reads the
//! grades and answers; a head of service reads every team's. Whose audits
//! someone sees follows whose figures they see in the reports.

use axum::extract::{Path, State};
use pathway_app::auth::{Role, User};
use pathway_app::dates::{age_on, day_of, parse_iso};
use pathway_app::ids;
use pathway_app::practice::{
    AuditAnswer, Audits, DrawSample, Grade, Grading, PracticeAudit, MAX_SAMPLE,
};
use pathway_app::reports::AgeBand;
use rand::seq::IndexedRandom;
use uuid::Uuid;

use crate::args;
use crate::auth::CurrentUser;
use crate::db::{now, today, StoreError};
use crate::error::{AppError, Json};
use crate::reports::scope;
use crate::store::Conn;
use crate::AppState;

const STAFF_ONLY: &str = "Audits of practice are for the staff who work with young people.";

/// Every audit of the young people in `ids`, newest sample first.
fn audits_of(conn: Conn<'_>, ids: &[Uuid]) -> Result<Vec<PracticeAudit>, StoreError> {
    let wanted = serde_json::to_string(ids)?;
    let rows = conn.query(
        "SELECT p.id, p.young_person_id, y.display_name, COALESCE(a.display_name, 'No adviser'),
                p.sample_id, p.drawn_at, m.display_name,
                p.plan_quality, p.voice, p.actions, p.timeliness, p.comments,
                p.answer, w.display_name
           FROM practice_audits p
           JOIN users y ON y.id = p.young_person_id
           JOIN young_people yp ON yp.user_id = p.young_person_id
           LEFT JOIN users a ON a.id = yp.adviser_id
           JOIN users m ON m.id = p.drawn_by
           LEFT JOIN users w ON w.id = p.answered_by
          WHERE p.young_person_id IN (SELECT value FROM json_each(?1))
          ORDER BY p.drawn_at DESC, y.display_name",
        args![&wanted],
    )?;
    let mut audits = Vec::new();
    for row in &rows {
        let grade = |i: usize| -> Result<Option<Grade>, StoreError> {
            Ok(row.get::<Option<String>>(i)?.and_then(|g| Grade::parse(&g)))
        };
        let grading = match (grade(7)?, grade(8)?, grade(9)?, grade(10)?) {
            (Some(plan_quality), Some(voice), Some(actions), Some(timeliness)) => Some(Grading {
                plan_quality,
                voice,
                actions,
                timeliness,
                comments: row.get::<Option<String>>(11)?.unwrap_or_default(),
            }),
            _ => None,
        };
        audits.push(PracticeAudit {
            id: row.get(0)?,
            young_person: row.get(1)?,
            name: row.get(2)?,
            adviser: row.get(3)?,
            sample: row.get(4)?,
            drawn_on: day_of(row.get(5)?).unwrap_or_else(today),
            auditor: row.get(6)?,
            grading,
            answer: row.get(12)?,
            answered_by: row.get(13)?,
        });
    }
    Ok(audits)
}

/// The audits `viewer` may see; `None` for a young person.
fn visible(conn: Conn<'_>, viewer: &User) -> Result<Option<Audits>, StoreError> {
    let Some((_, ids)) = scope(conn, viewer)? else {
        return Ok(None);
    };
    Ok(Some(Audits::of(audits_of(conn, &ids)?)))
}

/// The audit `id` if `viewer` may see it.
fn one(conn: Conn<'_>, viewer: &User, id: &str) -> Result<Option<PracticeAudit>, StoreError> {
    let Ok(id) = Uuid::parse_str(id) else {
        return Ok(None);
    };
    let Some((_, ids)) = scope(conn, viewer)? else {
        return Ok(None);
    };
    Ok(audits_of(conn, &ids)?.into_iter().find(|a| a.id == id))
}

/// The audits the caller may see, with their grades counted.
#[utoipa::path(
    get, path = "/api/practice-audits", tag = "reports",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The audits and their grades", body = Audits),
        (status = 401, description = "No valid token", body = pathway_app::error::ApiError),
        (status = 403, description = "A young person asked", body = pathway_app::error::ApiError),
    )
)]
pub async fn list(
    State(state): State<AppState>,
    CurrentUser(viewer): CurrentUser,
) -> Result<Json<Audits>, AppError> {
    state
        .db
        .call(move |conn| visible(conn, &viewer))
        .await?
        .map(Json)
        .ok_or(AppError::NotForYourRole(STAFF_ONLY))
}

/// Draw a dip sample: plans chosen at random from the manager's team (of
/// one age band, if asked), each waiting to be graded.
#[utoipa::path(
    post, path = "/api/practice-audits/samples", tag = "reports",
    request_body = DrawSample,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The audits, the new ones among them", body = Audits),
        (status = 401, description = "No valid token", body = pathway_app::error::ApiError),
        (status = 403, description = "Not a team manager", body = pathway_app::error::ApiError),
        (status = 422, description = "No size, too big, or no one to draw", body = pathway_app::error::ApiError),
        (status = 400, description = "Malformed JSON: `malformed_json`", body = pathway_app::error::ApiError),
        (status = 413, description = "The body is over 1 MB: `payload_too_large`", body = pathway_app::error::ApiError),
        (status = 415, description = "The body was not sent as application/json: `unsupported_media_type`", body = pathway_app::error::ApiError),
    )
)]
pub async fn draw(
    State(state): State<AppState>,
    CurrentUser(manager): CurrentUser,
    Json(sample): Json<DrawSample>,
) -> Result<Json<Audits>, AppError> {
    if manager.role != Role::TeamManager {
        return Err(AppError::NotForYourRole(
            "Only a team manager draws a sample of plans to audit.",
        ));
    }
    if !(1..=MAX_SAMPLE).contains(&sample.size) {
        return Err(AppError::InvalidInput(format!(
            "Draw from 1 to {MAX_SAMPLE} plans at a time."
        )));
    }
    state
        .db
        .call(move |conn| {
            let Some((_, ids)) = scope(conn, &manager)? else {
                return Ok(Err(AppError::NotForYourRole(STAFF_ONLY)));
            };
            let today = today();
            let mut pool = Vec::new();
            for id in ids {
                let day = conn
                    .query_one(
                        "SELECT date_of_birth FROM young_people WHERE user_id = ?1",
                        args![id],
                    )?
                    .parse(0, parse_iso)?;
                if sample.band.is_none_or(|band| AgeBand::of_age(age_on(day, today)) == band) {
                    pool.push(id);
                }
            }
            let chosen: Vec<Uuid> = pool
                .choose_multiple(&mut rand::rng(), usize::from(sample.size))
                .copied()
                .collect();
            if chosen.is_empty() {
                return Ok(Err(AppError::InvalidInput(
                    "No young people in your team are in that age band.".into(),
                )));
            }
            let tx = conn.begin()?;
            let sample_id = ids::new();
            for young_person in chosen {
                tx.execute(
                    "INSERT INTO practice_audits (id, sample_id, young_person_id, drawn_by, drawn_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    args![ids::new(), sample_id, young_person, manager.id, now()],
                )?;
            }
            tx.commit()?;
            Ok(visible(conn, &manager)?.ok_or(AppError::NotForYourRole(STAFF_ONLY)))
        })
        .await?
        .map(Json)
}

/// Grade one audit. The manager of the young person's team may grade and
/// grade again, until her adviser has answered.
#[utoipa::path(
    post, path = "/api/practice-audits/{id}/grading", tag = "reports",
    request_body = Grading,
    params(("id" = Uuid, Path, description = "The audit")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The audit, graded", body = PracticeAudit),
        (status = 401, description = "No valid token", body = pathway_app::error::ApiError),
        (status = 404, description = "No such audit for this manager", body = pathway_app::error::ApiError),
        (status = 422, description = "Comments too long, or already answered", body = pathway_app::error::ApiError),
        (status = 400, description = "Malformed JSON: `malformed_json`", body = pathway_app::error::ApiError),
        (status = 413, description = "The body is over 1 MB: `payload_too_large`", body = pathway_app::error::ApiError),
        (status = 415, description = "The body was not sent as application/json: `unsupported_media_type`", body = pathway_app::error::ApiError),
    )
)]
pub async fn grade(
    State(state): State<AppState>,
    CurrentUser(manager): CurrentUser,
    Path(id): Path<String>,
    Json(grading): Json<Grading>,
) -> Result<Json<PracticeAudit>, AppError> {
    grading.problem().map_err(AppError::InvalidInput)?;
    state
        .db
        .call(move |conn| {
            let found = one(conn, &manager, &id)?.filter(|_| manager.role == Role::TeamManager);
            let Some(audit) = found else {
                return Ok(Err(AppError::NotFound));
            };
            if audit.answer.is_some() {
                return Ok(Err(AppError::InvalidInput(
                    "The adviser has answered this audit, so its grades stay as they were.".into(),
                )));
            }
            conn.execute(
                "UPDATE practice_audits
                    SET plan_quality = ?2, voice = ?3, actions = ?4, timeliness = ?5,
                        comments = ?6, graded_at = ?7
                  WHERE id = ?1",
                args![
                    audit.id,
                    grading.plan_quality.as_str(),
                    grading.voice.as_str(),
                    grading.actions.as_str(),
                    grading.timeliness.as_str(),
                    &grading.comments,
                    now()
                ],
            )?;
            Ok(one(conn, &manager, &id)?.ok_or(AppError::NotFound))
        })
        .await?
        .map(Json)
}

/// Answer a graded audit: the young person's adviser, once.
#[utoipa::path(
    post, path = "/api/practice-audits/{id}/answer", tag = "reports",
    request_body = AuditAnswer,
    params(("id" = Uuid, Path, description = "The audit")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The audit, answered", body = PracticeAudit),
        (status = 401, description = "No valid token", body = pathway_app::error::ApiError),
        (status = 404, description = "No such audit for this adviser", body = pathway_app::error::ApiError),
        (status = 422, description = "Empty, too long, not graded yet or already answered", body = pathway_app::error::ApiError),
        (status = 400, description = "Malformed JSON: `malformed_json`", body = pathway_app::error::ApiError),
        (status = 413, description = "The body is over 1 MB: `payload_too_large`", body = pathway_app::error::ApiError),
        (status = 415, description = "The body was not sent as application/json: `unsupported_media_type`", body = pathway_app::error::ApiError),
    )
)]
pub async fn answer(
    State(state): State<AppState>,
    CurrentUser(adviser): CurrentUser,
    Path(id): Path<String>,
    Json(answer): Json<AuditAnswer>,
) -> Result<Json<PracticeAudit>, AppError> {
    answer.problem().map_err(AppError::InvalidInput)?;
    state
        .db
        .call(move |conn| {
            let found = one(conn, &adviser, &id)?.filter(|_| adviser.role == Role::PersonalAdviser);
            let Some(audit) = found else {
                return Ok(Err(AppError::NotFound));
            };
            let refused = match (&audit.grading, &audit.answer) {
                (None, _) => Some("This audit hasn't been graded yet: answer it once it has."),
                (_, Some(_)) => Some("This audit has been answered already."),
                _ => None,
            };
            if let Some(why) = refused {
                return Ok(Err(AppError::InvalidInput(why.into())));
            }
            conn.execute(
                "UPDATE practice_audits SET answer = ?2, answered_by = ?3, answered_at = ?4
                  WHERE id = ?1 AND answer IS NULL",
                args![audit.id, answer.text.trim(), adviser.id, now()],
            )?;
            Ok(one(conn, &adviser, &id)?.ok_or(AppError::NotFound))
        })
        .await?
        .map(Json)
}
