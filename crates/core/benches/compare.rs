//! Diff and merge of two large copies (`example::large()`, 2 000 measures) with 10 % of the
//! entities changed on each side; the target is ≤ 200 ms each (issue 15).

use gevinst_core::compare::{self, Side};
use gevinst_core::model::Project;

/// The allocator the `gevinst` program uses (`src/main.rs`), so that the figures are what
/// `gevinst diff`/`merge` and the app get.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// The large example saved once, and two copies each with every tenth entity of each list
/// changed (mine from the first, theirs from the fifth, so they rarely meet).
fn copies() -> (Project, Project) {
    let mut base = gevinst_core::example::large();
    compare::stamp_revision(&mut base, None);
    let edit = |offset: usize, label: &str| {
        let mut p = base.clone();
        for m in p.measures.iter_mut().skip(offset).step_by(10) {
            m.title = format!("{} ({label})", m.title);
        }
        for g in p.gains.iter_mut().skip(offset).step_by(10) {
            g.name = format!("{} ({label})", g.name);
        }
        for s in p.services.iter_mut().skip(offset).step_by(10) {
            s.name = format!("{} ({label})", s.name);
        }
        for e in p.extractions.iter_mut().skip(offset).step_by(10) {
            e.description = format!("{} ({label})", e.description);
        }
        compare::stamp_revision(&mut p, Some(&base));
        p
    };
    (edit(0, "min"), edit(5, "deres"))
}

#[divan::bench]
fn diff_large(bencher: divan::Bencher) {
    let (mine, theirs) = copies();
    bencher.bench(|| compare::diff(divan::black_box(&mine), divan::black_box(&theirs)));
}

#[divan::bench]
fn merge_large(bencher: divan::Bencher) {
    let (mine, theirs) = copies();
    bencher.bench(|| {
        compare::merge(
            divan::black_box(&mine),
            divan::black_box(&theirs),
            None,
            false,
        )
        .and_then(|m| m.resolve_all(Side::Mine))
    });
}
