//! New ids for records, messages and changes, made the same way on the
//! phone and on the server.
//!
//! Each is a version 7 UUID: its first 48 bits are the time in
//! milliseconds, the 12 after the version count the ids made within that
//! millisecond, and 62 are random. So ids made one after another sort in
//! the order they were made, even within a millisecond, and two phones
//! offline at the same moment still make different ones.
//!
//! uuid's own `now_v7` does the same with a 42-bit counter kept in a
//! 128-bit timestamp, whose arithmetic on a phone is 2.4 KB of code in
//! her first download (`docs/sizes.md`); this is a few hundred bytes.

use std::sync::atomic::{AtomicU64, Ordering};

use uuid::Uuid;

/// The last id's time and count, as `millis << 12 | count`.
static LAST: AtomicU64 = AtomicU64::new(0);

/// The version and the count share the third group of the id.
const VERSION_7: u64 = 0x7000;

/// A new id, after every id this process made before it.
pub fn new() -> Uuid {
    let now = millis_now() << 12;
    let previous = match LAST.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |last| {
        Some(next(last, now))
    }) {
        Ok(previous) | Err(previous) => previous,
    };
    from_stamp(next(previous, now))
}

/// The stamp after `last`: the clock's, or one count on when the clock has
/// not moved (or moved back); more than 4096 ids in a millisecond borrow
/// from the next.
fn next(last: u64, now: u64) -> u64 {
    now.max(last + 1)
}

fn from_stamp(stamp: u64) -> Uuid {
    let millis = stamp >> 12;
    let count = stamp & 0xfff;
    // A version 4 id's second half is 62 random bits after the same
    // variant bits a version 7 id has.
    let (_, random) = Uuid::new_v4().as_u64_pair();
    Uuid::from_u64_pair(millis << 16 | VERSION_7 | count, random)
}

#[cfg(target_arch = "wasm32")]
fn millis_now() -> u64 {
    js_sys::Date::now() as u64
}

#[cfg(not(target_arch = "wasm32"))]
fn millis_now() -> u64 {
    std::time::SystemTime::UNIX_EPOCH
        .elapsed()
        .map_or(0, |since| since.as_millis() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ids_are_version_7_with_the_time_they_were_made() {
        let before = millis_now();
        let id = new();
        let after = millis_now();
        assert_eq!(id.get_version_num(), 7);
        assert_eq!(id.get_variant(), uuid::Variant::RFC4122);
        let (high, _) = id.as_u64_pair();
        let millis = high >> 16;
        // Others in this test run may have borrowed a few milliseconds ahead.
        assert!(
            (before..=after + 50).contains(&millis),
            "{before} ≤ {millis} ≤ {after}"
        );
    }

    #[test]
    fn ids_made_in_a_row_sort_in_the_order_they_were_made() {
        let ids: Vec<Uuid> = (0..20_000).map(|_| new()).collect();
        assert!(ids.windows(2).all(|pair| pair[0] < pair[1]));
    }

    #[test]
    fn ids_made_on_many_threads_at_once_all_differ() {
        let made: Vec<Uuid> = std::thread::scope(|scope| {
            let threads: Vec<_> = (0..4)
                .map(|_| scope.spawn(|| (0..5_000).map(|_| new()).collect::<Vec<_>>()))
                .collect();
            threads
                .into_iter()
                .flat_map(|t| t.join().unwrap_or_default())
                .collect()
        });
        let distinct: std::collections::HashSet<Uuid> = made.iter().copied().collect();
        assert_eq!(distinct.len(), 20_000);
    }

    proptest! {
        #[test]
        fn a_stamp_is_after_the_last_and_never_before_the_clock(
            last in 0u64..1 << 60,
            now in 0u64..1 << 48,
        ) {
            let now = now << 12;
            let stamp = next(last, now);
            prop_assert!(stamp > last);
            prop_assert!(stamp >= now);
            prop_assert!(stamp == now || stamp == last + 1);
        }

        #[test]
        fn a_stamp_is_written_where_the_time_and_count_belong(stamp in 0u64..1 << 60) {
            let id = from_stamp(stamp);
            let (high, _) = id.as_u64_pair();
            prop_assert_eq!(high >> 16, stamp >> 12);
            prop_assert_eq!(high & 0xfff, stamp & 0xfff);
            prop_assert_eq!(id.get_version_num(), 7);
            prop_assert_eq!(id.get_variant(), uuid::Variant::RFC4122);
        }

        #[test]
        fn later_stamps_make_later_ids(a in 0u64..1 << 60, b in 0u64..1 << 60) {
            prop_assume!(a < b);
            prop_assert!(from_stamp(a) < from_stamp(b));
        }
    }
}
