//! The project file on the large generated project (2 000 measures, 4 000 gains):
//! a plain `serde_json::Value` parse as the yardstick, Gevinst's load, load + validate, and save.
//!
//! Goal (issue 3 §8): load + validate ≤ 1.5 × the `Value` parse of the same bytes.
//! Results are in `docs/benchmarks.md`, section "Project file".

use divan::{Bencher, black_box};
use gevinst_core::io;
use std::sync::LazyLock;

fn main() {
    divan::main();
}

static BYTES: LazyLock<Vec<u8>> = LazyLock::new(|| io::to_bytes(&gevinst_core::example::large()));

#[divan::bench]
fn value_parse(b: Bencher) {
    let bytes = &*BYTES;
    b.counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| serde_json::from_slice::<serde_json::Value>(black_box(bytes)));
}

#[divan::bench]
fn load_bytes(b: Bencher) {
    let bytes = &*BYTES;
    b.counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| io::load_bytes(black_box(bytes), "stor.gevinst.json"));
}

#[divan::bench]
fn load_and_validate(b: Bencher) {
    let bytes = &*BYTES;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default();
    b.counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| {
            let loaded = io::load_bytes(black_box(bytes), "stor.gevinst.json");
            loaded.map(|l| gevinst_core::validate::validate(&l.project, today))
        });
}

#[divan::bench]
fn serialize(b: Bencher) {
    let project = gevinst_core::example::large();
    b.bench(|| io::to_bytes(black_box(&project)));
}

#[divan::bench]
fn save_with_backup(b: Bencher) {
    let project = gevinst_core::example::large();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let path = dir.path().join("stor.gevinst.json");
    b.bench(|| io::save(black_box(&project), &path));
}
