//! Test support: the whole path a project file takes through
//! Gevinst, from its bytes to a PDF, for the fuzz harness (`tests/fuzz_mutations.rs`) and the
//! `cargo fuzz` targets in `fuzz/`. Not part of the program.

use crate::{ReportOptions, layout, pdf_from_document};
use chrono::{DateTime, NaiveDate};
use gevinst_core::i18n::{Language, Message};
use gevinst_core::{calc, io, validate};

/// How far a file got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The file was refused with a message (in every language).
    Refused,
    /// It loaded; the checks, the summary's sums and the report ran, giving a PDF of this many
    /// bytes, or an error message when the report could not be made.
    Ran {
        /// How many findings the checks gave.
        findings: usize,
        /// The PDF's size, or `None` when the report gave an error message.
        pdf_bytes: Option<usize>,
    },
}

/// Load `bytes` as a project file, then check it, work out what `gevinst summary` shows, build
/// the report's content, lay it out and write the PDF in `lang`: every step a file that loads
/// goes through. Errors are outcomes; only a bug panics.
pub fn pipeline(bytes: &[u8], lang: Language) -> Outcome {
    run(bytes, lang, false).unwrap_or(Outcome::Refused)
}

/// [`pipeline`], with the PDF also checked as a tagged PDF/A ([`crate::tagcheck::check`]):
/// the error says what is wrong with the tagging.
pub fn pipeline_tagged(bytes: &[u8], lang: Language) -> Result<Outcome, String> {
    run(bytes, lang, true)
}

fn run(bytes: &[u8], lang: Language, check_tags: bool) -> Result<Outcome, String> {
    let loaded = match io::load_bytes(bytes, "fuzz.gevinst.json") {
        Ok(l) => l,
        Err(e) => {
            for l in Language::ALL {
                let _ = e.message(l);
            }
            return Ok(Outcome::Refused);
        }
    };
    let p = &loaded.project;
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
    let findings = validate::validate(p, today).findings;
    for f in &findings {
        let _ = f.message(lang);
    }
    // What `gevinst summary` computes.
    let _ = calc::measures_by_status(p);
    let _ = calc::gain_totals(p);
    let _ = calc::extraction_by_area(p, None);
    let _ = calc::extraction_by_form(p, None);
    for m in &p.measures {
        let _ = calc::measure_npv(p, m.id);
    }
    let options = ReportOptions {
        language: lang,
        created: DateTime::UNIX_EPOCH,
    };
    // Content, layout (`layout` builds the content first), then the PDF.
    let pdf = layout(p, &options)
        .ok()
        .and_then(|doc| pdf_from_document(&doc, &options).ok());
    if check_tags && let Some(pdf) = &pdf {
        crate::tagcheck::check(pdf)?;
    }
    Ok(Outcome::Ran {
        findings: findings.len(),
        pdf_bytes: pdf.map(|b| b.len()),
    })
}
