//! How long the spreadsheets of the large project take (`gevinst_core::example::large()`:
//! 2 000 measures, 300 services, 4 000 gains, about 3 000 extractions): the export to an xlsx
//! workbook (goal ≤ 1 s) and the import of that workbook into the project (goal ≤ 2 s).
//! Results: `docs/benchmarks.md`, section "Spreadsheets".

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark stops at what it did not expect

use gevinst_core::i18n::Language;
use gevinst_core::model::Project;
use std::sync::LazyLock;

/// The allocator the `gevinst` program uses (`src/main.rs`), so that the figures are the CLI's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

static LARGE: LazyLock<Project> = LazyLock::new(gevinst_core::example::large);
static XLSX: LazyLock<Vec<u8>> =
    LazyLock::new(|| gevinst_sheets::export_to_bytes(&LARGE, Language::Nb).unwrap());

fn main() {
    eprintln!(
        "large project: {} measures, {} gains, {} extractions; workbook {} bytes",
        LARGE.measures.len(),
        LARGE.gains.len(),
        LARGE.extractions.len(),
        XLSX.len()
    );
    divan::main();
}

/// The whole export: rows, summary, the zipped xlsx in memory.
#[divan::bench(sample_count = 5)]
fn export_large() -> usize {
    gevinst_sheets::export_to_bytes(&LARGE, Language::Nb)
        .unwrap()
        .len()
}

/// The whole import: read the workbook, guess the columns, check every cell, build the edit
/// and apply it.
#[divan::bench(sample_count = 5)]
fn import_large() -> usize {
    let wb = gevinst_sheets::read_bytes("tall.xlsx", &XLSX).unwrap();
    let maps = gevinst_sheets::guess(&wb);
    let outcome = gevinst_sheets::apply(&LARGE, &wb, &maps).unwrap();
    outcome.updated
}
