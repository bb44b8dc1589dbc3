//! Who may see which young person — decided here, once, for every read.
//!
//! A young person sees herself; a personal adviser, his caseload; a team
//! manager, every young person whose adviser is in his team; and never
//! anyone in another council, whatever the teams say. Anything else
//! answers as not found, so ids do not reveal who exists.

use pathway_app::auth::User;
use uuid::Uuid;

use crate::db::StoreError;
use crate::named_args;
use crate::store::Conn;

/// The ids of the young people `:viewer` (whose role is `:role`) may see.
pub const VISIBLE: &str = "
    SELECT y.user_id FROM young_people y
      JOIN users p ON p.id = y.user_id
      LEFT JOIN users a ON a.id = y.adviser_id
     WHERE p.council_id = (SELECT council_id FROM users WHERE id = :viewer)
       AND ((:role = 'young_person' AND y.user_id = :viewer)
         OR (:role = 'personal_adviser' AND y.adviser_id = :viewer)
         OR (:role = 'team_manager'
             AND a.team_id = (SELECT team_id FROM users WHERE id = :viewer)))";

/// The young people `viewer` may see, in no particular order.
pub fn visible_young_people<'c>(
    conn: impl Into<Conn<'c>>,
    viewer: &User,
) -> Result<Vec<Uuid>, StoreError> {
    conn.into()
        .query_named(
            VISIBLE,
            named_args! { ":role" => viewer.role.as_str(), ":viewer" => viewer.id },
        )?
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
    let sql = format!("SELECT 1 FROM ({VISIBLE}) AS visible WHERE user_id = :young_person");
    let found = conn.into().query_named(
        &sql,
        named_args! {
            ":role" => viewer.role.as_str(),
            ":viewer" => viewer.id,
            ":young_person" => young_person,
        },
    )?;
    Ok(!found.is_empty())
}
