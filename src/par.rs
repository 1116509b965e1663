//! A small parallel map over a slice on scoped threads, order preserved.
//!
//! Checking a Firefox-sized tree is dominated by reading and parsing a few thousand
//! files that do not depend on each other; this spreads them over the machine's cores
//! without pulling in a thread-pool crate.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Applies `f` to every item on up to `available_parallelism()` threads and returns the
/// results in the items' order. Items are handed out one at a time, so a few large
/// files do not leave the other threads idle.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    map_init(items, || (), |(), item| f(item))
}

/// Like [`map`], but each thread first makes its own state with `init` (a typesetter
/// with its shaping caches, which cannot be shared) and passes it to `f` for every item
/// it takes.
pub fn map_init<T: Sync, S, R: Send>(
    items: &[T],
    init: impl Fn() -> S + Sync,
    f: impl Fn(&mut S, &T) -> R + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(items.len());
    if threads <= 1 {
        let mut state = init();
        return items.iter().map(|item| f(&mut state, item)).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut state = init();
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            done.push((i, f(&mut state, item)));
        }
        done
    };
    let mut parts: Vec<Vec<(usize, R)>> = std::thread::scope(|scope| {
        // The calling thread works too: one thread fewer to start, and its allocations
        // go to the main heap (each extra thread's heap grows by many small `mprotect`s).
        let handles: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut parts = vec![work()];
        // A panic in `f` is a bug; re-raise it on the calling thread.
        parts.extend(
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))),
        );
        parts
    });
    let mut all: Vec<(usize, R)> = parts.iter_mut().flat_map(std::mem::take).collect();
    all.sort_unstable_by_key(|(i, _)| *i);
    debug_assert!(all.iter().enumerate().all(|(n, (i, _))| n == *i));
    all.into_iter().map(|(_, r)| r).collect()
}

/// Like [`map`], but consumes the items, so `f` can take ownership of each (a file's
/// text handed to the parser without a copy).
pub fn map_into<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    // Each slot is taken exactly once, by the one thread the index is handed to.
    let slots: Vec<std::sync::Mutex<Option<T>>> = items
        .into_iter()
        .map(|t| std::sync::Mutex::new(Some(t)))
        .collect();
    map(&slots, |slot| {
        let item = slot
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take();
        f(item.expect("each slot is taken once"))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order() {
        let items: Vec<usize> = (0..1000).collect();
        let out = super::map(&items, |x| x * 2);
        assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        // Per-thread state: each thread counts its own items; together they saw all.
        let counts = super::map_init(
            &items,
            || 0usize,
            |seen, x| {
                *seen += 1;
                (*x, *seen)
            },
        );
        assert_eq!(counts.iter().map(|c| c.0).collect::<Vec<_>>(), items);
        assert!(counts
            .iter()
            .all(|&(_, seen)| seen >= 1 && seen <= items.len()));
        assert!(super::map(&[] as &[u8], |x| *x).is_empty());
    }
}
