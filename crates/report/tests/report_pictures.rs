//! Writes the example report in every language to `target/report/` (run by
//! `scripts/report-pictures.sh`, which turns pages into `docs/report-p*.png`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use gevinst_core::i18n::Language;
use gevinst_report::{ReportOptions, export_pdf};
use std::path::PathBuf;

#[test]
#[ignore = "writes files for scripts/report-pictures.sh"]
fn write_example_reports() {
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/report");
    std::fs::create_dir_all(&out).unwrap();
    let project = gevinst_core::example::project();
    for lang in Language::ALL {
        let options = ReportOptions::for_project(&project).with_language(lang);
        let path = out.join(format!("example-{}.pdf", lang.code()));
        export_pdf(&project, &options, &path).unwrap();
        println!("{}", path.display());
    }
}
