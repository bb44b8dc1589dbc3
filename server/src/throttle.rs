//! Sign-in throttling, per username and per client address. A few wrong
//! passwords cost nothing; after that each one doubles the wait before the
//! next try is even checked (a minute, two, four … up to an hour), and a
//! try made while waiting is answered `429` with `Retry-After`. Failures
//! are forgotten a day after the last one, and a username's as soon as its
//! owner signs in.
//!
//! A client address is allowed many more failures than a username: a
//! college or a council office signs in many people from one address.
//! The counts live in this process; a second server keeps its own.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

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

const FORGET_AFTER: Duration = Duration::from_secs(24 * 60 * 60);
/// Past this many tracked names and addresses, forgotten ones are swept.
const SWEEP_ABOVE: usize = 10_000;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Username(String),
    Client(String),
}

#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
    wait_until: Option<Instant>,
}

/// The failures seen by this server.
#[derive(Debug, Default)]
pub struct Throttle {
    failures: Mutex<HashMap<Key, Failures>>,
}

impl Throttle {
    /// How long the try must wait, if it must.
    pub fn wait(&self, username: &str, client: &str) -> Option<Duration> {
        let now = Instant::now();
        let failures = self.lock();
        [username_key(username), Key::Client(client.to_owned())]
            .iter()
            .filter_map(|key| failures.get(key)?.wait_until)
            .filter(|until| *until > now)
            .max()
            .map(|until| until - now)
    }

    /// Counts a failed sign-in against the username and the address.
    pub fn failed(&self, username: &str, client: &str) {
        let now = Instant::now();
        let mut failures = self.lock();
        if failures.len() > SWEEP_ABOVE {
            failures.retain(|_, f| now.duration_since(f.last) < FORGET_AFTER);
        }
        for (key, policy) in [
            (username_key(username), PER_USERNAME),
            (Key::Client(client.to_owned()), PER_CLIENT),
        ] {
            let entry = failures.entry(key).or_insert(Failures {
                count: 0,
                last: now,
                wait_until: None,
            });
            if now.duration_since(entry.last) >= FORGET_AFTER {
                entry.count = 0;
            }
            entry.count += 1;
            entry.last = now;
            entry.wait_until = wait_after(policy, entry.count).map(|wait| now + wait);
        }
    }

    /// The username's owner signed in: its failures are forgotten. The
    /// address's are not, or one account could unlock guessing at others.
    pub fn succeeded(&self, username: &str) {
        self.lock().remove(&username_key(username));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Key, Failures>> {
        // The map is only counts: after a panic elsewhere it is still usable.
        self.failures
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn username_key(username: &str) -> Key {
    Key::Username(username.trim().to_lowercase())
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

    #[test]
    fn a_username_waits_whatever_case_it_is_typed_in_and_signing_in_clears_it() {
        let throttle = Throttle::default();
        for _ in 0..6 {
            throttle.failed("Ella", "10.0.0.1");
        }
        let wait = throttle.wait(" ella ", "10.0.0.2");
        assert!(
            wait.is_some_and(|w| w > Duration::from_secs(55)),
            "{wait:?}"
        );
        assert_eq!(throttle.wait("sam", "10.0.0.2"), None);
        throttle.succeeded("ELLA");
        assert_eq!(throttle.wait("ella", "10.0.0.2"), None);
    }

    #[test]
    fn one_address_guessing_at_many_usernames_waits_too() {
        let throttle = Throttle::default();
        for n in 0..=PER_CLIENT.free {
            throttle.failed(&format!("user{n}"), "10.0.0.9");
        }
        assert!(throttle.wait("someone-new", "10.0.0.9").is_some());
        assert_eq!(throttle.wait("someone-new", "10.0.0.10"), None);
    }
}
