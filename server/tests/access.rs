//! The access matrix: every route the server serves (read from the router's
//! own table) × every kind of caller × their own and others' ids, each
//! answer asserted. A route added without a row here fails the test.

mod common;

use common::{Server, TestResult};
use pathway_server::sample_team::{self, TeamSize};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

/// Who is asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caller {
    Nobody,
    /// Ella: a young person on Sam's caseload in Morgan's team.
    YoungPerson,
    /// Sam: Ella's and Kyle's adviser.
    Adviser,
    /// Morgan: manager of Sam's and Priya's team.
    Manager,
    /// The manager of another team.
    OtherManager,
    /// Jordan: head of service, reads every team's reports, sees no plans.
    HeadOfService,
    /// Naz: manager of a team in another council, with the very name of
    /// Morgan's.
    OtherCouncil,
}

/// Whose id is in the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// Ella (for sign-ins: one of the caller's own other sign-ins).
    Own,
    /// Kyle: on Sam's caseload, no password (safe to lock).
    Caseload,
    /// Ruby: Priya's, in Morgan's team.
    Team,
    /// A young person in the other team.
    Elsewhere,
    /// Nell: a young person in Naz's team, in another council.
    OtherCouncil,
    /// An id no one has.
    NoOne,
    /// Not an id at all.
    Garbage,
}

const CALLERS: [Caller; 7] = [
    Caller::Nobody,
    Caller::YoungPerson,
    Caller::Adviser,
    Caller::Manager,
    Caller::OtherManager,
    Caller::HeadOfService,
    Caller::OtherCouncil,
];
const TARGETS: [Target; 7] = [
    Target::Own,
    Target::Caseload,
    Target::Team,
    Target::Elsewhere,
    Target::OtherCouncil,
    Target::NoOne,
    Target::Garbage,
];

use pathway_app::ids;
use StatusCode as S;

/// What each call must answer.
fn expected(method: &str, path: &str, caller: Caller, target: Option<Target>) -> StatusCode {
    use Caller::*;
    use Target::*;
    let signed_in = caller != Nobody;
    let staff = matches!(
        caller,
        Adviser | Manager | OtherManager | HeadOfService | Caller::OtherCouncil
    );
    let managers = matches!(caller, Manager | OtherManager | Caller::OtherCouncil);
    match (method, path) {
        ("get", "/openapi.json") => S::OK,
        ("post", "/auth/login") => S::UNAUTHORIZED, // always for no one's username here
        _ if !signed_in => S::UNAUTHORIZED,
        ("post", "/auth/logout") => S::NO_CONTENT,
        ("get", "/me") | ("get", "/me/sessions") | ("get", "/young-people") => S::OK,
        ("get", "/me/written-about-me") if caller == YoungPerson => S::OK,
        ("get", "/me/written-about-me") => S::NOT_FOUND,
        ("post", "/me/sessions/end-others") => S::OK,
        ("post", "/me/language") | ("post", "/me/gender") => S::NO_CONTENT,
        ("post", "/me/sessions/{id}/end") => match target {
            Some(Own) => S::NO_CONTENT,
            _ => S::NOT_FOUND,
        },
        ("post", "/me/opened") if staff => S::NO_CONTENT,
        ("post", "/me/opened") => S::NOT_FOUND,
        ("get", "/young-people/{id}/plan") => match (caller, target) {
            (YoungPerson, Some(Own)) => S::OK,
            (Adviser, Some(Own | Caseload)) => S::OK,
            (Manager, Some(Own | Caseload | Team)) => S::OK,
            (OtherManager, Some(Elsewhere)) => S::OK,
            (Caller::OtherCouncil, Some(Target::OtherCouncil)) => S::OK,
            _ => S::NOT_FOUND,
        },
        ("get", "/young-people/{id}/looked-at") => match (caller, target) {
            (Manager, Some(Own | Caseload | Team)) => S::OK,
            (OtherManager, Some(Elsewhere)) => S::OK,
            (Caller::OtherCouncil, Some(Target::OtherCouncil)) => S::OK,
            _ => S::NOT_FOUND,
        },
        ("get", "/team") if managers => S::OK,
        ("get", "/team") => S::NOT_FOUND,
        ("post", "/accounts/{id}/lock") | ("post", "/accounts/{id}/unlock") => {
            match (caller, target) {
                (Manager, Some(Own | Caseload | Team)) => S::NO_CONTENT,
                (OtherManager, Some(Elsewhere)) => S::NO_CONTENT,
                (Caller::OtherCouncil, Some(Target::OtherCouncil)) => S::NO_CONTENT,
                _ => S::NOT_FOUND,
            }
        }
        ("get", "/reports/team" | "/reports/care-leaver-return" | "/reports/outcome-bees") => {
            if staff {
                S::OK
            } else {
                S::FORBIDDEN
            }
        }
        ("get", "/practice-audits") if staff => S::OK,
        ("get", "/practice-audits") => S::FORBIDDEN,
        ("post", "/practice-audits/samples") if managers => S::OK,
        ("post", "/practice-audits/samples") => S::FORBIDDEN,
        // The ids in the matrix are people's, never an audit's.
        ("post", "/practice-audits/{id}/grading" | "/practice-audits/{id}/answer") => S::NOT_FOUND,
        ("post", "/sync/push") | ("get", "/sync/pull") | ("get", "/live") => S::OK,
        ("get", "/push/key") => S::OK,
        ("post", "/push/subscriptions") => S::NO_CONTENT,
        (method, path) => panic!("no row in the access matrix for {method} {path}"),
    }
}

struct World {
    server: Server,
    ids: [(Target, String); 7],
}

impl World {
    async fn new() -> Result<World, Box<dyn std::error::Error>> {
        let server = Server::start().await?;
        let size = TeamSize {
            advisers: 1,
            young_people_each: 1,
            years: 1,
        };
        common::sql(&server.db, |conn| {
            sample_team::generate(conn, size, pathway_server::demo::PASSWORD, 9)
        })?;
        common::add_northvale(&server.db)?;
        let ids = [
            (Target::Own, server.id_of("ella")?),
            (Target::Caseload, server.id_of("kyle")?),
            (Target::Team, server.id_of("ruby")?),
            (Target::Elsewhere, server.id_of("sample-1-1")?),
            (Target::OtherCouncil, server.id_of("nell")?),
            (Target::NoOne, ids::new().to_string()),
            (Target::Garbage, "not-an-id".to_owned()),
        ];
        Ok(World { server, ids })
    }

    fn username(caller: Caller) -> Option<&'static str> {
        match caller {
            Caller::Nobody => None,
            Caller::YoungPerson => Some("ella"),
            Caller::Adviser => Some("sam"),
            Caller::Manager => Some("morgan"),
            Caller::OtherManager => Some("sample-manager"),
            Caller::HeadOfService => Some("jordan"),
            Caller::OtherCouncil => Some("naz"),
        }
    }

    /// The id standing for `target` in a path, as `caller` would use it.
    async fn id_for(
        &self,
        path: &str,
        caller: Caller,
        target: Target,
        token: Option<&str>,
    ) -> Result<String, Box<dyn std::error::Error>> {
        if path.starts_with("/me/sessions/") {
            // Sign-ins: one of the caller's own others, someone else's, or
            // no one's.
            return Ok(match target {
                Target::Own => match (Self::username(caller), token) {
                    (Some(username), Some(_)) => self.other_sign_in(username).await?,
                    _ => "0123".into(),
                },
                Target::Team => {
                    let someone_else = if caller == Caller::Adviser {
                        "morgan"
                    } else {
                        "sam"
                    };
                    self.other_sign_in(someone_else).await?
                }
                _ => self
                    .ids
                    .iter()
                    .find(|(t, _)| *t == target)
                    .map(|(_, id)| id.clone())
                    .unwrap_or_default(),
            });
        }
        Ok(self
            .ids
            .iter()
            .find(|(t, _)| *t == target)
            .map(|(_, id)| id.clone())
            .unwrap_or_default())
    }

    /// A fresh sign-in of `username`'s, by its id.
    async fn other_sign_in(&self, username: &str) -> Result<String, Box<dyn std::error::Error>> {
        let (token, _) = self.server.sign_in(username).await?;
        let (_, list) = self.server.get("/api/me/sessions", &token).await?;
        list.as_array()
            .and_then(|all| all.iter().find(|s| s["this_one"] == true))
            .and_then(|s| s["id"].as_str())
            .map(str::to_owned)
            .ok_or_else(|| "no sign-in".into())
    }
}

/// A body each POST route accepts when the caller may use it.
fn body(path: &str, caller: Caller) -> Value {
    match path {
        // A username of no one's, one for each caller: failed sign-ins are
        // throttled per username.
        "/auth/login" => {
            json!({ "username": format!("no-one-{caller:?}"), "password": "not a password" })
        }
        "/sync/push" => {
            json!({ "client_id": ids::new(), "schema_version": 1, "mutations": [] })
        }
        "/me/opened" => json!({ "opened": [] }),
        "/me/language" => json!({ "language": "en" }),
        "/me/gender" => json!({ "gender": "neutral" }),
        "/practice-audits/samples" => json!({ "size": 1 }),
        "/practice-audits/{id}/grading" => {
            json!({ "plan_quality": "good", "voice": "good", "actions": "good", "timeliness": "good" })
        }
        "/practice-audits/{id}/answer" => json!({ "text": "Thank you" }),
        "/push/subscriptions" => json!({
            "endpoint": format!("https://fcm.googleapis.com/fcm/send/{}", ids::new()),
            "keys": { "p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM", "auth": "tBHItJI5svbpez7KI4CCXg" },
        }),
        _ => Value::Null,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_answers_every_caller_as_the_access_rules_say() -> TestResult {
    let world = World::new().await?;
    let server = &world.server;
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (method, path) in pathway_server::API_ROUTES {
        let targets: Vec<Option<Target>> = if path.contains("{id}") {
            TARGETS.into_iter().map(Some).collect()
        } else {
            vec![None]
        };
        for caller in CALLERS {
            for target in &targets {
                // A fresh sign-in for every call: some calls end sign-ins.
                let token = match World::username(caller) {
                    Some(username) => Some(server.sign_in(username).await?.0),
                    None => None,
                };
                let filled = match target {
                    Some(target) => {
                        let id = world
                            .id_for(path, caller, *target, token.as_deref())
                            .await?;
                        path.replace("{id}", &id)
                    }
                    None => (*path).to_owned(),
                };
                let url = server.url(&format!(
                    "/api{filled}{}",
                    match *path {
                        "/sync/pull" => "?cursor=0",
                        "/reports/care-leaver-return" => "?year=2026",
                        _ => "",
                    }
                ));
                let method = Method::from_bytes(method.to_uppercase().as_bytes())?;
                let mut request = server.http.request(method.clone(), url);
                if let Some(token) = &token {
                    request = request.bearer_auth(token);
                }
                if method == Method::POST {
                    let body = body(path, caller);
                    if !body.is_null() {
                        request = request.json(&body);
                    }
                }
                let answer = request.send().await?.status();
                let want = expected(
                    method.as_str().to_lowercase().as_str(),
                    path,
                    caller,
                    *target,
                );
                if answer != want {
                    wrong.push(format!(
                        "{method} {filled} as {caller:?} ({target:?}): {answer}, not {want}"
                    ));
                }
                checked += 1;
            }
        }
        // Accounts locked along the way are unlocked for the next route.
        common::sql(&server.db, |conn| {
            conn.execute("UPDATE users SET locked_at = NULL", &[])
        })?;
    }
    assert!(
        wrong.is_empty(),
        "{} of {checked} answers were wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    println!(
        "access matrix: {checked} calls over {} routes",
        pathway_server::API_ROUTES.len()
    );
    Ok(())
}
