//! Snapshot of the laid-out example report (bokmål): every text run with its page, position,
//! style and size, in a compact text form. A change to the layout shows up as a readable diff;
//! review it and accept with `cargo insta review` (or `INSTA_UPDATE=always cargo test`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::{DateTime, Utc};
use gevinst_core::i18n::Language;
use gevinst_report::ReportOptions;

#[test]
fn example_layout_in_bokmal() {
    let options = ReportOptions {
        language: Language::Nb,
        created: DateTime::parse_from_rfc3339("2026-11-27T09:30:00Z")
            .unwrap()
            .with_timezone(&Utc),
    };
    let doc = gevinst_report::layout(&gevinst_core::example::project(), &options).unwrap();
    insta::assert_snapshot!("example_nb", doc.to_compact_text());
}
