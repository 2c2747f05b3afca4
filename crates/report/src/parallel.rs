//! Work spread over the machine's cores (at most 8), with scoped threads: the report of a
//! large project sets its blocks and writes its pages and streams in parallel.

/// How many threads to use: the machine's cores, at most 8.
pub fn threads() -> usize {
    std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .clamp(1, 8)
}

/// `f` of every item, in order, computed on all cores (at most 8). `None` if a worker panicked.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Option<Vec<R>> {
    let chunk = items.len().div_ceil(threads()).max(1);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<R>>()))
            .collect();
        let mut out = Vec::with_capacity(items.len());
        for h in handles {
            out.extend(h.join().ok()?);
        }
        Some(out)
    })
}

/// [`map`], or the items one by one on this thread if a worker panicked.
pub fn map_or_here<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    map(items, &f).unwrap_or_else(|| items.iter().map(&f).collect())
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<u32> = (0..1000).collect();
        let out = super::map(&items, |i| i * 2).unwrap();
        assert_eq!(out, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        assert_eq!(super::map(&[] as &[u32], |i| *i), Some(Vec::new()));
    }
}
