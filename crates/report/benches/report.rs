//! How long the report of a large project takes: 2 000 measures (the example's nine cloned
//! with new ids and titles, each with its gains and extractions) to a finished PDF, and the
//! steps on their own. Goal: the whole PDF within 300 ms on the project's 2-core machines.
//! Results: `docs/benchmarks.md`, section "Report".

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::{DateTime, Utc};
use gevinst_core::i18n::Language;
use gevinst_core::model::{Id, Project};
use gevinst_report::ReportOptions;
use std::sync::LazyLock;

/// The allocator the `gevinst` program uses (`src/main.rs`), so that the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let doc = gevinst_report::layout(&LARGE, &options()).unwrap();
    let glyphs: usize = doc
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .map(|i| match i {
            gevinst_report::Item::Text(t) => t.text.chars().count(),
            _ => 0,
        })
        .sum();
    eprintln!(
        "large project: {} measures, {} gains, {} extractions, {} pages, {} glyphs",
        LARGE.measures.len(),
        LARGE.gains.len(),
        LARGE.extractions.len(),
        doc.pages.len(),
        glyphs
    );
    divan::main();
}

/// The example with its measures cloned to `n`, each clone with its own gains and extractions.
fn large(n: usize) -> Project {
    let base = gevinst_core::example::project();
    let mut p = base.clone();
    p.measures.clear();
    p.gains.clear();
    p.extractions.clear();
    let mut next = 1u128 << 64;
    let mut id = || {
        next += 1;
        Id::from_u128(next)
    };
    for k in 0..n {
        let m0 = &base.measures[k % base.measures.len()];
        let mut m = m0.clone();
        m.id = id();
        m.title = format!("{} (del {})", m0.title, k + 1);
        for g0 in base.gains_of(m0.id) {
            let mut g = g0.clone();
            g.id = id();
            g.measure_id = Some(m.id);
            for e0 in base.extractions_of(g0.id) {
                let mut e = e0.clone();
                e.id = id();
                e.gain_id = Some(g.id);
                p.extractions.push(e);
            }
            p.gains.push(g);
        }
        p.measures.push(m);
    }
    p
}

static LARGE: LazyLock<Project> = LazyLock::new(|| large(2000));

fn options() -> ReportOptions {
    ReportOptions {
        language: Language::Nb,
        created: DateTime::parse_from_rfc3339("2026-11-27T09:30:00Z")
            .unwrap()
            .with_timezone(&Utc),
    }
}

/// The whole job: project → PDF bytes.
#[divan::bench(sample_count = 10)]
fn large_project_to_pdf() -> usize {
    gevinst_report::render_pdf(&LARGE, &options())
        .unwrap()
        .len()
}

/// Content and layout only (what the app's preview needs).
#[divan::bench(sample_count = 10)]
fn large_project_layout() -> usize {
    gevinst_report::layout(&LARGE, &options())
        .unwrap()
        .pages
        .len()
}

static LARGE_DOC: LazyLock<gevinst_report::Document> =
    LazyLock::new(|| gevinst_report::layout(&LARGE, &options()).unwrap());

/// Writing the PDF of the laid-out large project (the PDF step alone).
#[divan::bench(sample_count = 10)]
fn large_document_to_pdf() -> usize {
    gevinst_report::pdf_from_document(&LARGE_DOC, &options())
        .unwrap()
        .len()
}

/// The example project to PDF.
#[divan::bench(sample_count = 20)]
fn example_to_pdf() -> usize {
    gevinst_report::render_pdf(&gevinst_core::example::project(), &options())
        .unwrap()
        .len()
}
