//! Who may see which young person — decided here, once, for every read.
//!
//! A young person sees herself; a personal adviser, his caseload; a team
//! manager, every young person whose adviser is in his team; and never
//! anyone in another council, whatever the teams say. A head of service
//! reads the reports and opens no one's plan. Anything else answers as not
//! found, so ids do not reveal who exists.

use pathway_app::auth::{Role, User};
use uuid::Uuid;

use crate::db::StoreError;
use crate::named_args;
use crate::store::Conn;

/// The ids of the young people a viewer with `role` may see, as SQL taking
/// the viewer's id as `:viewer`. Each role has a query of its own, so each
/// is answered from its own index: a pull asks this every time.
pub fn visible(role: Role) -> &'static str {
    match role {
        Role::YoungPerson => "SELECT y.user_id FROM young_people y WHERE y.user_id = :viewer",
        Role::PersonalAdviser => {
            "SELECT y.user_id FROM young_people y JOIN users p ON p.id = y.user_id
              WHERE y.adviser_id = :viewer
                AND p.council_id = (SELECT council_id FROM users WHERE id = :viewer)"
        }
        Role::TeamManager => {
            "SELECT y.user_id FROM young_people y
               JOIN users a ON a.id = y.adviser_id
               JOIN users p ON p.id = y.user_id
              WHERE a.team_id = (SELECT team_id FROM users WHERE id = :viewer)
                AND p.council_id = (SELECT council_id FROM users WHERE id = :viewer)"
        }
        // Never one of them: no one.
        Role::HeadOfService => "SELECT y.user_id FROM young_people y WHERE y.user_id = :viewer",
    }
}

/// The young people `viewer` may see, in no particular order.
pub fn visible_young_people<'c>(
    conn: impl Into<Conn<'c>>,
    viewer: &User,
) -> Result<Vec<Uuid>, StoreError> {
    conn.into()
        .query_named(visible(viewer.role), named_args! { ":viewer" => viewer.id })?
        .iter()
        .map(|row| row.get(0))
        .collect()
}

/// Whether `viewer` may see `young_person`. Callers answer "not found" when
/// not, exactly as for an id that does not exist.
pub fn may_see<'c>(
    conn: impl Into<Conn<'c>>,
    viewer: &User,
    young_person: Uuid,
) -> Result<bool, StoreError> {
    let sql = format!(
        "SELECT 1 FROM ({}) AS visible WHERE user_id = :young_person",
        visible(viewer.role)
    );
    let found = conn.into().query_named(
        &sql,
        named_args! { ":viewer" => viewer.id, ":young_person" => young_person },
    )?;
    Ok(!found.is_empty())
}
