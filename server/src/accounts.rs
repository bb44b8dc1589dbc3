//! Creating accounts and what the command line does to them: the
//! `user add` command and the demo team both come through here, so every
//! account is made the same way.

use pathway_app::auth::Role;
use pathway_app::dates::iso;
use pathway_app::ids;
use pathway_app::reports::Sex;
use pathway_app::sync::Pronouns;
use time::Date;
use uuid::Uuid;

use crate::args;
use crate::auth::hash_password;
use crate::councils::{self, CouncilError};
use crate::db::{now, StoreError};
use crate::plan::{self, PlanStart};
use crate::store::Conn;

/// Shortest password an account may be given.
pub const MIN_PASSWORD_LEN: usize = 10;

/// Everything needed to create one account.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub username: String,
    pub display_name: String,
    pub role: Role,
    /// `None` makes an account that cannot sign in yet.
    pub password: Option<String>,
    pub phone: Option<String>,
    /// Where staff are emailed when a young person needs them.
    pub email: Option<String>,
    /// The council's name; needed only when the server holds more than one.
    pub council: Option<String>,
    /// The team's name in the council; created if it does not exist yet.
    /// For staff.
    pub team: Option<String>,
    /// The personal adviser's username. For young people.
    pub adviser: Option<String>,
    /// Required for young people.
    pub date_of_birth: Option<Date>,
    /// For young people.
    pub pronouns: Pronouns,
    /// For young people: how their plan starts.
    pub plan: PlanStart,
    /// For young people: the council's own id for them, and their sex, as
    /// the national return records them.
    pub child_id: Option<String>,
    pub sex: Option<Sex>,
}

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("the username {0:?} is already taken")]
    UsernameTaken(String),
    #[error("a username needs 2 to 64 letters, digits, dots, dashes or underscores")]
    BadUsername,
    #[error("a password needs at least {MIN_PASSWORD_LEN} characters")]
    ShortPassword,
    #[error("a young person needs a date of birth (--date-of-birth YYYY-MM-DD)")]
    MissingDateOfBirth,
    #[error("no personal adviser in the council has the username {0:?}")]
    UnknownAdviser(String),
    #[error("no account is called {0:?}")]
    UnknownUsername(String),
    #[error("no young person has the username {0:?}")]
    UnknownYoungPerson(String),
    #[error(transparent)]
    Council(#[from] CouncilError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The id of the account called `username`, if there is one.
pub fn find<'c>(conn: impl Into<Conn<'c>>, username: &str) -> Result<Option<Uuid>, StoreError> {
    conn.into()
        .query_opt("SELECT id FROM users WHERE username = ?1", args![username])?
        .map(|row| row.get(0))
        .transpose()
}

/// The id of the account called `username`.
pub fn id_of<'c>(conn: impl Into<Conn<'c>>, username: &str) -> Result<Uuid, AccountError> {
    find(conn, username)?.ok_or_else(|| AccountError::UnknownUsername(username.to_owned()))
}

/// Gives `username` a new password and ends every sign-in it has (her
/// phones keep her unsent changes until she signs in with the new one).
/// Returns the account's id.
pub fn reset_password<'c>(
    conn: impl Into<Conn<'c>>,
    username: &str,
    password: &str,
) -> Result<Uuid, AccountError> {
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(AccountError::ShortPassword);
    }
    let conn = conn.into();
    let id = id_of(conn, username)?;
    let hash = hash_password(password)?;
    conn.execute(
        "UPDATE users SET password_hash = ?2 WHERE id = ?1",
        args![id, hash],
    )?;
    crate::sessions::end_everywhere_keeping_changes(conn, id)?;
    Ok(id)
}

/// Gives the young person `username` the adviser `adviser` from now on,
/// and keeps the change in her adviser history for the reports.
pub fn move_to_adviser<'c>(
    conn: impl Into<Conn<'c>>,
    username: &str,
    adviser: &str,
) -> Result<(), AccountError> {
    let tx = conn.into().begin()?;
    let young_person: Uuid = tx
        .query_opt(
            "SELECT id FROM users WHERE username = ?1 AND role = 'young_person'",
            args![username],
        )?
        .map(|row| row.get(0))
        .transpose()?
        .ok_or_else(|| AccountError::UnknownYoungPerson(username.to_owned()))?;
    let council = councils::of_person(*tx, young_person)?;
    let adviser_id = adviser_in(*tx, council.id, adviser)?;
    tx.execute(
        "UPDATE young_people SET adviser_id = ?2 WHERE user_id = ?1",
        args![young_person, adviser_id],
    )?;
    tx.execute(
        "INSERT INTO adviser_history (young_person_id, adviser_id, from_at) VALUES (?1, ?2, ?3)",
        args![young_person, adviser_id, now()],
    )?;
    tx.commit()?;
    Ok(())
}

/// Creates the account in one transaction and returns its id.
pub fn create<'c>(conn: impl Into<Conn<'c>>, account: &NewAccount) -> Result<Uuid, AccountError> {
    let valid_username = (2..=64).contains(&account.username.len())
        && account
            .username
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
    if !valid_username {
        return Err(AccountError::BadUsername);
    }
    if account
        .password
        .as_ref()
        .is_some_and(|p| p.chars().count() < MIN_PASSWORD_LEN)
    {
        return Err(AccountError::ShortPassword);
    }
    let hash = account.password.as_deref().map(hash_password).transpose()?;

    let tx = conn.into().begin()?;
    if find(*tx, &account.username)?.is_some() {
        return Err(AccountError::UsernameTaken(account.username.clone()));
    }
    let council = councils::for_new_account(*tx, account.council.as_deref())?;
    let team_id = account
        .team
        .as_deref()
        .map(|name| team_named(*tx, council.id, name))
        .transpose()?;
    let id = ids::new();
    tx.execute(
        "INSERT INTO users (id, username, display_name, role, password_hash, phone, email, team_id, created_at, council_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        args![
            id,
            &account.username,
            &account.display_name,
            account.role.as_str(),
            hash,
            &account.phone,
            &account.email,
            team_id,
            now(),
            council.id,
        ],
    )?;
    if account.role == Role::YoungPerson {
        let born = account
            .date_of_birth
            .ok_or(AccountError::MissingDateOfBirth)?;
        let adviser = account
            .adviser
            .as_deref()
            .map(|username| adviser_in(*tx, council.id, username))
            .transpose()?;
        tx.execute(
            "INSERT INTO young_people (user_id, adviser_id, date_of_birth, pronouns, child_id, sex)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            args![
                id,
                adviser,
                iso(born),
                account.pronouns.as_str(),
                &account.child_id,
                account.sex.map(Sex::code),
            ],
        )?;
        tx.execute(
            "INSERT INTO adviser_history (young_person_id, adviser_id, from_at) VALUES (?1, ?2, ?3)",
            args![id, adviser, now()],
        )?;
        plan::start(*tx, id, adviser.unwrap_or(id), &account.plan)?;
    }
    tx.commit()?;
    Ok(id)
}

/// The personal adviser called `username` in `council`: a young person's
/// adviser is always one of her own council's staff.
fn adviser_in(conn: Conn<'_>, council: Uuid, username: &str) -> Result<Uuid, AccountError> {
    conn.query_opt(
        "SELECT id FROM users WHERE username = ?1 AND role = 'personal_adviser' AND council_id = ?2",
        args![username, council],
    )?
    .map(|row| row.get(0))
    .transpose()?
    .ok_or_else(|| AccountError::UnknownAdviser(username.to_owned()))
}

fn team_named(conn: Conn<'_>, council: Uuid, name: &str) -> Result<String, StoreError> {
    let existing = conn.query_opt(
        "SELECT id FROM teams WHERE council_id = ?1 AND name = ?2",
        args![council, name],
    )?;
    if let Some(row) = existing {
        return row.get(0);
    }
    let id = ids::new().to_string();
    conn.execute(
        "INSERT INTO teams (id, council_id, name) VALUES (?1, ?2, ?3)",
        args![&id, council, name],
    )?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn account(username: &str, role: Role) -> NewAccount {
        NewAccount {
            username: username.into(),
            display_name: "Someone".into(),
            role,
            password: Some("long enough password".into()),
            phone: None,
            email: None,
            council: None,
            team: Some("North".into()),
            adviser: None,
            date_of_birth: None,
            pronouns: Pronouns::They,
            plan: PlanStart::default(),
            child_id: None,
            sex: None,
        }
    }

    #[test]
    fn accounts_are_checked_before_anything_is_stored() -> Result<(), AccountError> {
        let mut conn = rusqlite::Connection::open_in_memory().map_err(StoreError::from)?;
        crate::db::migrate(&mut conn)?;
        create(&mut conn, &account("sam", Role::PersonalAdviser))?;

        let taken = create(&mut conn, &account("SAM", Role::PersonalAdviser));
        assert!(matches!(taken, Err(AccountError::UsernameTaken(_))));
        let mut short = account("kim", Role::PersonalAdviser);
        short.password = Some("short".into());
        assert!(matches!(
            create(&mut conn, &short),
            Err(AccountError::ShortPassword)
        ));
        assert!(matches!(
            create(&mut conn, &account("no spaces", Role::TeamManager)),
            Err(AccountError::BadUsername)
        ));
        let no_birthday = account("ella", Role::YoungPerson);
        assert!(matches!(
            create(&mut conn, &no_birthday),
            Err(AccountError::MissingDateOfBirth)
        ));
        let mut unknown_adviser = account("ella", Role::YoungPerson);
        unknown_adviser.date_of_birth = Some(date!(2007 - 05 - 14));
        unknown_adviser.adviser = Some("nobody".into());
        assert!(matches!(
            create(&mut conn, &unknown_adviser),
            Err(AccountError::UnknownAdviser(_))
        ));

        let count = |table: &str| -> Result<i64, StoreError> {
            Conn::from(&conn)
                .query_one(&format!("SELECT COUNT(*) FROM {table}"), &[])?
                .get(0)
        };
        let (users, teams) = (count("users")?, count("teams")?);
        assert_eq!((users, teams), (1, 1), "failed attempts store nothing");
        Ok(())
    }
}
