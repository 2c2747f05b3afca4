//! The report as a Word document (DOCX), made from the same semantic document as the PDF.
//!
//! docx-rs writes the body (paragraphs, tables, the TOC field, the picture, header and
//! footer) and packs the file; the styles and the core properties are written here
//! (`styles.rs`), because docx-rs can set neither the language nor Word's built-in style
//! names; two details docx-rs lacks are added to its XML afterwards ([`patch`]): the
//! `tblHeader` mark of header rows and the pictures' alternative text.
//!
//! Where things are: `body.rs` the blocks in reading order (headings, the TOC, paragraphs,
//! lists, callouts, the chart); `table.rs` the tables; `slots.rs` the tables' XML written on a
//! second thread; `chart.rs` the chart rasterised from the display list; `text.rs` text as XML
//! allows it; `styles.rs` styles.xml and core.xml.

mod body;
mod chart;
mod slots;
mod styles;
mod table;
mod text;

use crate::content::{self, Content, Meta};
use crate::{ReportError, ReportOptions, Stage, staged};
use chrono::{DateTime, Utc};
use docx_rs::{
    AbstractNumbering, Docx, FieldCharType, Footer, Header, InstrNUMPAGES, InstrPAGE, InstrText,
    Level, LevelJc, LevelText, NumberFormat, Numbering, PageMargin, Paragraph, Run,
    SpecialIndentType, Start,
};
use gevinst_core::model::Project;
use std::path::Path;

/// A4 in twentieths of a point.
const PAGE_W: u32 = 11_906;
const PAGE_H: u32 = 16_838;
/// The bullet list's numbering (1 is docx-rs's default one).
const BULLETS: usize = 2;

/// A field (`PAGE`, `NUMPAGES`) with its current value.
fn field(instr: InstrText, value: &str) -> Run {
    Run::new()
        .add_field_char(FieldCharType::Begin, false)
        .add_instr_text(instr)
        .add_field_char(FieldCharType::Separate, false)
        .add_text(value)
        .add_field_char(FieldCharType::End, false)
}

/// The running header (agency, tab, "Årsrapport 2026") and the footer ("Side {page} av
/// {pages}" with `PAGE` and `NUMPAGES` fields).
fn header_footer(meta: &Meta) -> (Header, Footer) {
    let header = Header::new().add_paragraph(
        Paragraph::new()
            .style("Header")
            .add_run(Run::new().add_text(text::one_line(&meta.header_left)))
            .add_run(Run::new().add_tab())
            .add_run(Run::new().add_text(text::one_line(&meta.header_right))),
    );
    let mut p = Paragraph::new().style("Footer");
    let mut rest = text::one_line(&meta.footer);
    loop {
        let page = rest.find("{page}");
        let pages = rest.find("{pages}");
        let (at, len, instr) = match (page, pages) {
            (Some(a), Some(b)) if b < a => (b, 7, InstrText::NUMPAGES(InstrNUMPAGES::new())),
            (Some(a), _) => (a, 6, InstrText::PAGE(InstrPAGE::new())),
            (None, Some(b)) => (b, 7, InstrText::NUMPAGES(InstrNUMPAGES::new())),
            (None, None) => break,
        };
        let (before, after) = rest.split_at(at);
        if !before.is_empty() {
            p = p.add_run(Run::new().add_text(before));
        }
        p = p.add_run(field(instr, "1"));
        rest = after.get(len..).unwrap_or_default().to_owned();
    }
    if !rest.is_empty() {
        p = p.add_run(Run::new().add_text(rest));
    }
    (header, Footer::new().add_paragraph(p))
}

/// A table's XML with `tblHeader` on every header row (the rows `table.rs` marks with
/// `cantSplit`), which docx-rs cannot write.
fn mark_header_rows(table: &str) -> String {
    table.replace("<w:cantSplit />", "<w:cantSplit /><w:tblHeader />")
}

/// Add what docx-rs cannot write to its `document.xml`: the pictures' ids, names and
/// alternative texts; and put the tables' XML (`slots.rs`) in their placeholders' places.
fn patch(document: Vec<u8>, alts: &[String], tables: &[String]) -> Result<Vec<u8>, ReportError> {
    let xml = String::from_utf8(document).map_err(|_| ReportError::Docx)?;
    let mut out = String::with_capacity(xml.len().saturating_add(alts.len().saturating_mul(200)));
    let mut rest = xml.as_str();
    let mut n = 0usize;
    while let Some(at) = rest.find("<wp:docPr ") {
        let (before, from) = rest.split_at(at);
        let end = from.find("/>").ok_or(ReportError::Docx)?;
        out.push_str(before);
        n = n.saturating_add(1);
        let alt = alts.get(n.saturating_sub(1)).map_or("", String::as_str);
        out.push_str(&format!(
            r#"<wp:docPr id="{n}" name="Figur {n}" descr="{}" />"#,
            text::escape(alt)
        ));
        rest = from.get(end.saturating_add(2)..).unwrap_or_default();
    }
    out.push_str(rest);
    Ok(slots::splice(&out, tables)?.into_bytes())
}

/// The DOCX bytes of a semantic document. `progress` gets the fraction done (0–1).
pub fn docx_from_content(
    content: &Content,
    created: DateTime<Utc>,
    progress: &mut dyn FnMut(f32),
) -> Result<Vec<u8>, ReportError> {
    let meta = &content.meta;
    let (header, footer) = header_footer(meta);
    let bullet = Level::new(
        0,
        Start::new(1),
        NumberFormat::new("bullet"),
        LevelText::new("•"),
        LevelJc::new("left"),
    )
    .indent(Some(360), Some(SpecialIndentType::Hanging(360)), None, None);
    let docx = Docx::new()
        .page_size(PAGE_W, PAGE_H)
        .page_margin(
            PageMargin::new()
                .top(1474)
                .bottom(1247)
                .left(1361)
                .right(1361)
                .header(680)
                .footer(567),
        )
        .header(header)
        .footer(footer)
        .add_abstract_numbering(AbstractNumbering::new(BULLETS).add_level(bullet))
        .add_numbering(Numbering::new(BULLETS, BULLETS));
    // The tables' XML is written on the other cores (`slots.rs`) while this thread builds and
    // writes the rest of the document, then helps with the tables left.
    let (sender, receiver) = std::sync::mpsc::channel();
    let queue: slots::Queue = std::sync::Mutex::new(receiver);
    let workers = crate::parallel::threads().saturating_sub(1).max(1);
    let (mut xml, alts, tables) = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..workers)
            .map(|_| scope.spawn(|| slots::write_tables(&queue)))
            .collect();
        let mut b = body::Body::new(content, docx, sender);
        b.blocks(&mut |f| progress(f * 0.8));
        let (docx, alts) = b.finish();
        let xml = docx.build();
        let mut done = vec![slots::write_tables(&queue)?];
        for w in workers {
            done.push(w.join().map_err(|_| ReportError::Docx)??);
        }
        Ok::<_, ReportError>((xml, alts, slots::in_order(done)))
    })?;
    xml.styles = styles::styles_xml(meta.language).into_bytes();
    xml.doc_props.core = styles::core_xml(meta, created).into_bytes();
    xml.document = patch(std::mem::take(&mut xml.document), &alts, &tables)?;
    progress(0.9);
    // Room for the whole (stored, uncompressed) package, so the buffer does not grow by copies.
    let size = xml
        .document
        .len()
        .saturating_add(xml.media.iter().map(|(_, m)| m.len()).sum());
    let mut out = std::io::Cursor::new(Vec::with_capacity(size.saturating_add(1 << 20)));
    xml.pack(&mut out).map_err(|_| ReportError::Docx)?;
    progress(1.0);
    Ok(out.into_inner())
}

/// The report of a project as DOCX bytes.
pub fn render_docx(project: &Project, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    render_docx_with_progress(project, options, &mut |_, _| {})
}

/// [`render_docx`] with progress reports.
pub fn render_docx_with_progress(
    project: &Project,
    options: &ReportOptions,
    progress: &mut dyn FnMut(Stage, f32),
) -> Result<Vec<u8>, ReportError> {
    staged(Stage::Content, progress)(0.0);
    let content = content::build(project, options.language)?;
    staged(Stage::Content, progress)(1.0);
    docx_from_content(
        &content,
        options.created,
        &mut staged(Stage::Docx, progress),
    )
}

/// Make the report as DOCX and save it at `path`, atomically (like [`crate::export_pdf`]).
pub fn export_docx(
    project: &Project,
    options: &ReportOptions,
    path: &Path,
) -> Result<(), ReportError> {
    export_docx_with_progress(project, options, path, &mut |_, _| {})
}

/// [`export_docx`] with progress reports.
pub fn export_docx_with_progress(
    project: &Project,
    options: &ReportOptions,
    path: &Path,
    progress: &mut dyn FnMut(Stage, f32),
) -> Result<(), ReportError> {
    crate::export_with_progress(project, options, crate::Format::Docx, path, progress)
}
