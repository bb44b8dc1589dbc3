//! Sign-in throttling, per username and per client address. A few wrong
//! passwords cost nothing; after that each one doubles the wait before the
//! next try is even checked (a minute, two, four … up to an hour), and a
//! try made while waiting is answered `429` with `Retry-After`. Failures
//! are forgotten a day after the last one, and a username's as soon as its
//! owner signs in.
//!
//! A client address is allowed many more failures than a username: a
//! college or a council office signs in many people from one address.
//! The counts are kept in the database, so every server sharing it counts
//! the same tries.

use std::time::Duration;

use crate::args;
use crate::db::{now, StoreError};
use crate::store::Conn;

/// How many failures are free, and how the wait grows after them.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub free: u32,
    pub first_wait: Duration,
    pub longest_wait: Duration,
}

/// For one username.
pub const PER_USERNAME: Policy = Policy {
    free: 5,
    first_wait: Duration::from_secs(60),
    longest_wait: Duration::from_secs(60 * 60),
};

/// For one client address, across every username tried from it.
pub const PER_CLIENT: Policy = Policy {
    free: 50,
    first_wait: Duration::from_secs(60),
    longest_wait: Duration::from_secs(60 * 60),
};

/// Seconds after the last failure that a count is forgotten.
const FORGET_AFTER: i64 = 24 * 60 * 60;

fn username_key(username: &str) -> String {
    format!("username:{}", username.trim().to_lowercase())
}

fn client_key(client: &str) -> String {
    format!("client:{client}")
}

/// How long the try must wait, if it must.
pub fn wait<'c>(
    conn: impl Into<Conn<'c>>,
    username: &str,
    client: &str,
) -> Result<Option<Duration>, StoreError> {
    let at = now();
    let until: Option<i64> = conn
        .into()
        .query_one(
            "SELECT MAX(wait_until) FROM sign_in_failures
              WHERE key IN (?1, ?2) AND wait_until > ?3",
            args![username_key(username), client_key(client), at],
        )?
        .get(0)?;
    Ok(until.map(|until| Duration::from_secs((until - at).unsigned_abs())))
}

/// Counts a failed sign-in against the username and the address.
pub fn failed<'c>(
    conn: impl Into<Conn<'c>>,
    username: &str,
    client: &str,
) -> Result<(), StoreError> {
    let tx = conn.into().begin()?;
    let at = now();
    tx.execute(
        "DELETE FROM sign_in_failures WHERE last_at < ?1",
        args![at - FORGET_AFTER],
    )?;
    for (key, policy) in [
        (username_key(username), PER_USERNAME),
        (client_key(client), PER_CLIENT),
    ] {
        let before: u32 = tx
            .query_opt(
                "SELECT failures FROM sign_in_failures WHERE key = ?1",
                args![&key],
            )?
            .map(|row| row.get(0))
            .transpose()?
            .unwrap_or(0);
        let count = before.saturating_add(1);
        let wait_until = wait_after(policy, count)
            .map(|wait| at + i64::try_from(wait.as_secs()).unwrap_or(i64::MAX / 2));
        tx.execute(
            "INSERT INTO sign_in_failures (key, failures, last_at, wait_until)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (key) DO UPDATE
                SET failures = ?2, last_at = ?3, wait_until = ?4",
            args![&key, count, at, wait_until],
        )?;
    }
    tx.commit()
}

/// The username's owner signed in: its failures are forgotten. The
/// address's are not, or one account could unlock guessing at others.
pub fn succeeded<'c>(conn: impl Into<Conn<'c>>, username: &str) -> Result<(), StoreError> {
    conn.into().execute(
        "DELETE FROM sign_in_failures WHERE key = ?1",
        args![username_key(username)],
    )?;
    Ok(())
}

/// The wait after the `count`th failure in a row, if any.
pub fn wait_after(policy: Policy, count: u32) -> Option<Duration> {
    let over = count.checked_sub(policy.free)?.checked_sub(1)?;
    let doubled = policy
        .first_wait
        .checked_mul(1u32.checked_shl(over.min(31))?)
        .unwrap_or(policy.longest_wait);
    Some(doubled.min(policy.longest_wait))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_failures_are_free_then_each_doubles_the_wait_up_to_an_hour() {
        let waits: Vec<Option<u64>> = (1..=13)
            .map(|n| wait_after(PER_USERNAME, n).map(|d| d.as_secs()))
            .collect();
        assert_eq!(
            waits,
            [
                None,
                None,
                None,
                None,
                None,
                Some(60),
                Some(120),
                Some(240),
                Some(480),
                Some(960),
                Some(1920),
                Some(3600),
                Some(3600)
            ]
        );
        assert_eq!(
            wait_after(PER_USERNAME, u32::MAX),
            Some(PER_USERNAME.longest_wait)
        );
    }

    fn database() -> Result<rusqlite::Connection, StoreError> {
        let mut conn = rusqlite::Connection::open_in_memory()?;
        crate::db::migrate(&mut conn)?;
        Ok(conn)
    }

    #[test]
    fn a_username_waits_whatever_case_it_is_typed_in_and_signing_in_clears_it(
    ) -> Result<(), StoreError> {
        let conn = database()?;
        for _ in 0..6 {
            failed(&conn, "Ella", "10.0.0.1")?;
        }
        let wait = wait(&conn, " ella ", "10.0.0.2")?;
        assert!(
            wait.is_some_and(|w| w > Duration::from_secs(55)),
            "{wait:?}"
        );
        assert_eq!(super::wait(&conn, "sam", "10.0.0.2")?, None);
        succeeded(&conn, "ELLA")?;
        assert_eq!(super::wait(&conn, "ella", "10.0.0.2")?, None);
        Ok(())
    }

    #[test]
    fn one_address_guessing_at_many_usernames_waits_too() -> Result<(), StoreError> {
        let conn = database()?;
        for n in 0..=PER_CLIENT.free {
            failed(&conn, &format!("user{n}"), "10.0.0.9")?;
        }
        assert!(wait(&conn, "someone-new", "10.0.0.9")?.is_some());
        assert_eq!(wait(&conn, "someone-new", "10.0.0.10")?, None);
        Ok(())
    }
}
