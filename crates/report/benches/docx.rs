//! How long the Word export of a large project takes: `gevinst_core::example::large()` (2 000
//! measures) to finished DOCX bytes, and the semantic document on its own. Goal: the whole
//! DOCX within 1 s. Results: `docs/benchmarks.md`, section "Word export".

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::DateTime;
use gevinst_core::i18n::Language;
use gevinst_core::model::Project;
use gevinst_report::ReportOptions;
use std::sync::LazyLock;

/// The allocator the `gevinst` program uses (`src/main.rs`), so that the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

static LARGE: LazyLock<Project> = LazyLock::new(gevinst_core::example::large);

fn options() -> ReportOptions {
    ReportOptions {
        language: Language::Nb,
        created: DateTime::UNIX_EPOCH,
    }
}

fn main() {
    let bytes = gevinst_report::render_docx(&LARGE, &options()).unwrap();
    eprintln!(
        "large project: {} measures, DOCX of {} bytes",
        LARGE.measures.len(),
        bytes.len()
    );
    divan::main();
}

/// The whole export: content, the chart as PNG, the document, the ZIP.
#[divan::bench(sample_count = 10)]
fn large_to_docx() -> Vec<u8> {
    gevinst_report::render_docx(divan::black_box(&LARGE), &options()).unwrap()
}

/// The semantic document alone (shared with the PDF).
#[divan::bench(sample_count = 10)]
fn large_content() -> usize {
    gevinst_report::content::build(divan::black_box(&LARGE), Language::Nb)
        .unwrap()
        .blocks
        .len()
}
