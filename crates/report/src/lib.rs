//! The annual-report section as PDF, in bokmål, nynorsk or English.
//!
//! Three steps, kept apart like a typesetting system:
//! 1. [`content`] turns the project into a semantic document (headings, paragraphs, tables,
//!    a chart, key figures) with `gevinst_core::calc`, `gevinst_core::format` and the translation tables;
//! 2. [`layout`](mod@layout) sets it on A4 pages as a display list (positioned text runs, lines and
//!    rectangles, the outline and links), with line breaking by real glyph widths;
//! 3. a PDF writer serialises the display list with printpdf.
//!
//! The app's preview paints the same display list ([`layout()`] gives it; [`fonts::bytes`]
//! gives the fonts to register), so what is previewed is what is exported.
//! How the report is built and how to read it: `docs/report.md`.

// Integer and decimal arithmetic is checked or saturating; f32/f64 geometry is not linted.
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

pub mod breaks;
pub mod content;
pub mod docx;
mod export;
pub mod fonts;
pub mod hyphenate;
pub mod layout;
mod parallel;
mod pdf;
pub mod tagcheck;
mod tagged;
pub mod testing;
pub mod text;

pub use docx::{
    docx_from_content, export_docx, export_docx_with_progress, render_docx,
    render_docx_with_progress,
};
pub use export::{Format, export_with_progress};
pub use layout::{
    Color, Document, Item, LineItem, Link, Mark, OutlineEntry, Page, RectItem, Role, Scope,
    StructNode, TextRun,
};

use chrono::{DateTime, Utc};
use gevinst_core::calc::CalcError;
use gevinst_core::i18n::{DocxText, Key, Language, ReportText, fill};
use gevinst_core::model::Project;
use std::path::{Path, PathBuf};

/// How to make the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportOptions {
    /// The language of the report.
    pub language: Language,
    /// The creation time written into the PDF's metadata.
    pub created: DateTime<Utc>,
}

impl ReportOptions {
    /// The project's report language, created now.
    pub fn for_project(project: &Project) -> ReportOptions {
        ReportOptions {
            language: project.report.language,
            created: Utc::now(),
        }
    }

    /// The same options in another language.
    pub fn with_language(self, language: Language) -> ReportOptions {
        ReportOptions { language, ..self }
    }
}

/// A stage of making the report, for a progress indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Gathering the content from the project.
    Content,
    /// Laying out the pages.
    Layout,
    /// Writing the PDF.
    Pdf,
    /// Writing the Word document (instead of laying out and writing the PDF).
    Docx,
    /// Saving the file.
    Write,
}

impl Stage {
    /// The stage's name in a language, e.g. "Setter sidene".
    pub fn label(self, lang: Language) -> &'static str {
        let key = match self {
            Stage::Content => ReportText::StageContent,
            Stage::Layout => ReportText::StageLayout,
            Stage::Pdf => ReportText::StagePdf,
            Stage::Write => ReportText::StageWrite,
            Stage::Docx => return DocxText::StageDocx.text(lang),
        };
        key.text(lang)
    }

    /// The share of the whole job before this stage, and the stage's own share.
    fn span(self) -> (f32, f32) {
        match self {
            Stage::Content => (0.0, 0.05),
            Stage::Layout => (0.05, 0.40),
            Stage::Pdf => (0.45, 0.50),
            Stage::Docx => (0.05, 0.90),
            Stage::Write => (0.95, 0.05),
        }
    }
}

/// Why the report could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportError {
    /// Sums of the project's amounts overflow.
    Calc,
    /// A bundled font could not be read, or the PDF could not be assembled.
    Font,
    /// The Word document could not be assembled.
    Docx,
    /// The file could not be written.
    Write {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        reason: String,
    },
}

impl ReportError {
    /// The error as a sentence in a language.
    pub fn message(&self, lang: Language) -> String {
        match self {
            ReportError::Calc => ReportText::ErrCalc.text(lang).to_owned(),
            ReportError::Font => ReportText::ErrFont.text(lang).to_owned(),
            ReportError::Docx => DocxText::ErrPackage.text(lang).to_owned(),
            ReportError::Write { path, reason } => fill(
                ReportText::ErrWrite.text(lang),
                &[("path", &path.display().to_string()), ("reason", reason)],
            ),
        }
    }
}

impl std::fmt::Display for ReportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for ReportError {}

impl From<CalcError> for ReportError {
    fn from(_: CalcError) -> Self {
        ReportError::Calc
    }
}

impl From<pdf::PdfError> for ReportError {
    fn from(_: pdf::PdfError) -> Self {
        ReportError::Font
    }
}

/// Reports progress as (stage, fraction of the whole job 0–1).
fn staged<'a>(stage: Stage, progress: &'a mut dyn FnMut(Stage, f32)) -> impl FnMut(f32) + 'a {
    let (start, share) = stage.span();
    move |f: f32| progress(stage, start + share * f.clamp(0.0, 1.0))
}

/// Lay out the report of a project: the pages the PDF will have, for a preview.
pub fn layout(project: &Project, options: &ReportOptions) -> Result<Document, ReportError> {
    layout_with_progress(project, options, &mut |_, _| {})
}

/// [`layout()`] with progress reports.
pub fn layout_with_progress(
    project: &Project,
    options: &ReportOptions,
    progress: &mut dyn FnMut(Stage, f32),
) -> Result<Document, ReportError> {
    staged(Stage::Content, progress)(0.0);
    let content = content::build(project, options.language)?;
    staged(Stage::Content, progress)(1.0);
    let doc = layout::layout(&content, &mut staged(Stage::Layout, progress));
    Ok(doc)
}

/// The PDF of an already laid-out document (e.g. the one the preview shows).
pub fn pdf_from_document(doc: &Document, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    Ok(pdf::write(doc, options.created, &mut |_| {})?)
}

/// The report of a project as PDF bytes.
pub fn render_pdf(project: &Project, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    render_pdf_with_progress(project, options, &mut |_, _| {})
}

/// [`render_pdf`] with progress reports.
pub fn render_pdf_with_progress(
    project: &Project,
    options: &ReportOptions,
    progress: &mut dyn FnMut(Stage, f32),
) -> Result<Vec<u8>, ReportError> {
    let doc = layout_with_progress(project, options, progress)?;
    let bytes = pdf::write(&doc, options.created, &mut staged(Stage::Pdf, progress))?;
    Ok(bytes)
}

/// Make the report and save it at `path`, atomically: the file is complete or not there
/// (an existing file is left as it was on failure).
pub fn export_pdf(
    project: &Project,
    options: &ReportOptions,
    path: &Path,
) -> Result<(), ReportError> {
    export_pdf_with_progress(project, options, path, &mut |_, _| {})
}

/// [`export_pdf`] with progress reports.
pub fn export_pdf_with_progress(
    project: &Project,
    options: &ReportOptions,
    path: &Path,
    progress: &mut dyn FnMut(Stage, f32),
) -> Result<(), ReportError> {
    export_with_progress(project, options, Format::Pdf, path, progress)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> ReportOptions {
        ReportOptions {
            language: Language::Nb,
            created: DateTime::parse_from_rfc3339("2026-11-27T09:30:00Z")
                .unwrap()
                .with_timezone(&Utc),
        }
    }

    #[test]
    fn progress_runs_from_zero_to_one_through_every_stage() {
        let p = gevinst_core::example::project();
        let dir = tempfile::tempdir().unwrap();
        let mut seen: Vec<(Stage, f32)> = Vec::new();
        export_pdf_with_progress(&p, &options(), &dir.path().join("r.pdf"), &mut |s, f| {
            seen.push((s, f))
        })
        .unwrap();
        assert!(seen.windows(2).all(|w| w[0].1 <= w[1].1 + 1e-6), "{seen:?}");
        assert_eq!(seen.first().map(|s| s.1), Some(0.0));
        assert_eq!(seen.last().map(|s| s.1), Some(1.0));
        for stage in [Stage::Content, Stage::Layout, Stage::Pdf, Stage::Write] {
            assert!(seen.iter().any(|s| s.0 == stage), "{stage:?}");
        }
    }

    #[test]
    fn a_failed_export_names_the_file_and_leaves_nothing() {
        let p = gevinst_core::example::project();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no such folder").join("rapport.pdf");
        let err = export_pdf(&p, &options(), &path).unwrap_err();
        let msg = err.message(Language::Nb);
        assert!(msg.contains("rapport.pdf"), "{msg}");
        assert!(msg.starts_with("Rapporten kunne ikke lagres"), "{msg}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn overflowing_amounts_give_a_message_not_a_panic() {
        let mut p = gevinst_core::example::project();
        let big = gevinst_core::model::Money::from_kroner(gevinst_core::model::MAX_KRONER).unwrap();
        // 10 000 gains at the largest amount: their sum does not fit in an amount.
        let template = p.gains[0].clone();
        for i in 0..10_000 {
            let mut g = template.clone();
            g.id = gevinst_core::model::Id::from_u128(1_000_000 + i);
            for y in &mut g.years {
                y.planned_nok = Some(big);
            }
            p.gains.push(g);
        }
        let result = render_pdf(&p, &options());
        assert!(
            matches!(result, Err(ReportError::Calc)),
            "expected an overflow"
        );
        for lang in Language::ALL {
            assert!(!ReportError::Calc.message(lang).is_empty());
        }
    }

    #[test]
    fn one_measure_with_absurd_costs_does_not_stop_the_report() {
        let mut p = gevinst_core::example::project();
        let big = gevinst_core::model::Money::from_kroner(gevinst_core::model::MAX_KRONER).unwrap();
        p.measures[0].investment = Some(big);
        let doc = layout(&p, &options()).unwrap();
        let text: String = (0..doc.pages.len()).map(|i| doc.page_text(i)).collect();
        assert!(
            text.contains("For 1 tiltak kan netto nåverdi ikke beregnes"),
            "note missing"
        );
    }
}
