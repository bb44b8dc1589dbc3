//! The OpenAPI document, generated from the handlers' own annotations.

use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "Pathway API", description = "Pathway's API for the app: sign-in, caseloads and pathway plans."),
    paths(
        crate::auth::login,
        crate::auth::logout,
        crate::auth::me,
        crate::auth::choose_language,
        crate::auth::choose_gender,
        crate::auth::my_sessions,
        crate::auth::end_session,
        crate::auth::end_other_sessions,
        crate::caseload::list,
        crate::locks::team,
        crate::locks::lock,
        crate::locks::unlock,
        crate::plan::get_plan,
        crate::audit::opened,
        crate::audit::who_looked,
        crate::written::written_about_me,
        crate::reports::team_report,
        crate::reports::national_return,
        crate::reports::outcome_bees,
        crate::practice::list,
        crate::practice::draw,
        crate::practice::grade,
        crate::practice::answer,
        crate::sync::push,
        crate::sync::pull,
        crate::live::live,
        crate::notify::push_key,
        crate::notify::subscribe,
        crate::healthz,
        openapi_json,
    ),
    modifiers(&BearerToken),
)]
pub struct ApiDoc;

struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// This document.
#[utoipa::path(
    get, path = "/api/openapi.json", tag = "meta",
    responses((status = 200, description = "The OpenAPI 3 document", content_type = "application/json"))
)]
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
