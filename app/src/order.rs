//! Putting lists in order. Every list the app orders goes through
//! [`by_key`], so the phone carries one copy of a sorting algorithm rather
//! than one for each kind of list (each about 2.5 KB of code; her first
//! visit carried seven).

use std::cmp::Ordering;

/// Orders `items` by `key`; items with equal keys keep their order.
pub fn by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    let keys: Vec<K> = items.iter().map(key).collect();
    let order = positions(items.len(), &|a, b| keys[a].cmp(&keys[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|at| taken[at].take()));
}

/// `0..len` in the order `compare` gives, ties by position: the one sort
/// the app holds.
fn positions(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_unstable_by(|&a, &b| compare(a, b).then(a.cmp(&b)));
    order
}

#[cfg(test)]
mod tests {
    use super::by_key;

    #[test]
    fn a_list_is_ordered_by_its_key_and_equals_keep_their_order() {
        let mut list = vec![(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (3, "c2"), (0, "z")];
        by_key(&mut list, |(n, _)| *n);
        assert_eq!(
            list,
            vec![(0, "z"), (1, "a"), (1, "a2"), (2, "b"), (3, "c"), (3, "c2")]
        );
        let mut empty: Vec<u8> = Vec::new();
        by_key(&mut empty, |n| *n);
        assert!(empty.is_empty());
    }

    #[test]
    fn it_orders_as_the_standard_stable_sort_does() {
        // A fixed pseudo-random list with many ties, long enough to leave
        // any small-list path.
        let mut seed = 7u32;
        let list: Vec<(u32, usize)> = (0..500)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 16) % 37, i)
            })
            .collect();
        let mut ours = list.clone();
        by_key(&mut ours, |(k, _)| std::cmp::Reverse(*k));
        let mut std_sorted = list;
        std_sorted.sort_by_key(|(k, _)| std::cmp::Reverse(*k));
        assert_eq!(ours, std_sorted);
    }
}
