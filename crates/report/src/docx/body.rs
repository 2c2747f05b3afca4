//! The semantic document's blocks as Word paragraphs and tables, in reading order.

use super::chart;
use super::slots;
use super::table::{chart_numbers, key_figures, table};
use super::text::{one_line, para, paragraph, run};
use crate::content::{Block, Callout, Chart, Content, Heading, ParaKind};
use crate::fonts::FontStyle;
use docx_rs::{
    DocumentChild, Docx, FieldCharType, Hyperlink, HyperlinkType, InstrPAGEREF, InstrText,
    InstrToC, Paragraph, Pic, Run,
};
use gevinst_core::i18n::{DocxText, Key};
use std::sync::mpsc::{SendError, Sender};

/// English Metric Units per point.
const EMU_PER_PT: f32 = 12_700.0;

/// The document body being written.
pub(super) struct Body<'a> {
    content: &'a Content,
    docx: Docx,
    /// The alternative text of each picture, in order.
    pub(super) alts: Vec<String>,
    /// Headings that get a bookmark for the table of contents, in order.
    bookmarks: usize,
    /// Tables sent so far (the next one's number).
    sent: usize,
    /// Where the tables go to have their XML written (`slots.rs`).
    tables: Sender<(usize, docx_rs::Table)>,
}

/// The Word style of a heading level of the content (2: section, 3: subsection, 4: measure).
fn heading_style(level: u8) -> &'static str {
    match level {
        0 | 1 => "Heading1",
        2 => "Heading2",
        3 => "Heading3",
        _ => "Heading4",
    }
}

/// A phrase with its first letter in lower case, to stand inside a sentence ("Mill. kr").
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if chars.clone().next().is_some_and(char::is_lowercase) || s.len() == 1 => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => s.to_owned(),
    }
}

/// The style of a table-of-contents entry of a heading level.
fn toc_style(level: u8) -> &'static str {
    match level {
        0 | 1 => "ToC1",
        2 => "ToC2",
        _ => "ToC3",
    }
}

/// The bookmark name of the n-th heading in the table of contents.
fn toc_key(n: usize) -> String {
    format!("_Toc{:08}", n)
}

impl<'a> Body<'a> {
    pub(super) fn new(
        content: &'a Content,
        docx: Docx,
        tables: Sender<(usize, docx_rs::Table)>,
    ) -> Body<'a> {
        Body {
            content,
            docx,
            alts: Vec::new(),
            bookmarks: 0,
            sent: 0,
            tables,
        }
    }

    /// The finished document, with a placeholder for each table sent; the sender closes.
    pub(super) fn finish(self) -> (Docx, Vec<String>) {
        (self.docx, self.alts)
    }

    /// Add a paragraph as `Docx::add_paragraph` does, in place: the builder's
    /// `std::mem::take(&mut self.docx).add_paragraph(p)` made a default `Docx` (styles, fonts,
    /// settings) and moved the whole document for every paragraph.
    fn push(&mut self, p: Paragraph) {
        self.numbering(p.has_numbering);
        self.docx
            .document
            .children
            .push(DocumentChild::Paragraph(Box::new(p)));
    }

    /// Send a table to have its XML written and put its placeholder in its place; if the
    /// writer is gone, add the table itself as `Docx::add_table` does.
    pub(super) fn push_table(&mut self, t: docx_rs::Table) {
        self.numbering(t.has_numbering);
        let child = match self.tables.send((self.sent, t)) {
            Ok(()) => {
                self.sent = self.sent.saturating_add(1);
                DocumentChild::Paragraph(Box::new(slots::placeholder()))
            }
            Err(SendError((_, t))) => DocumentChild::Table(Box::new(t)),
        };
        self.docx.document.children.push(child);
    }

    /// Mark the document as having numbering when a paragraph or table it gets has some.
    fn numbering(&mut self, has: bool) {
        if has {
            self.docx.document_rels.has_numberings = true;
            self.docx.document.has_numbering = true;
        }
    }

    /// Write every block; `progress` gets the fraction done.
    pub(super) fn blocks(&mut self, progress: &mut dyn FnMut(f32)) {
        let blocks = &self.content.blocks;
        let n = blocks.len().max(1) as f32;
        for (i, block) in blocks.iter().enumerate() {
            self.block(block);
            if i % 64 == 0 {
                progress(i as f32 / n);
            }
        }
        progress(1.0);
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Title {
                kicker,
                title,
                subtitle,
            } => {
                self.push(para(kicker, "GevinstKicker"));
                self.heading(1, title);
                self.push(para(subtitle, "Subtitle"));
            }
            Block::KeyFigures(figures) => {
                if !figures.is_empty() {
                    self.push_table(key_figures(figures));
                }
            }
            Block::Toc { title } => self.toc(title),
            Block::Heading(h) => self.heading(h.level, &h.full_text()),
            Block::Paragraph(p) => {
                let style = match p.kind {
                    ParaKind::Body => "Normal",
                    ParaKind::Meta => "GevinstFacts",
                    ParaKind::Note => "GevinstNote",
                };
                self.push(paragraph(&p.spans, style, false));
            }
            Block::Bullets(items) => {
                for item in items {
                    self.push(paragraph(item, "ListBullet", false));
                }
            }
            Block::Table(t) => {
                self.push(para(&t.caption, "Caption"));
                self.push_table(table(t));
                if let Some(note) = &t.note {
                    self.push(para(note, "GevinstNote"));
                }
            }
            Block::Chart(c) => self.chart(c),
            Block::Callout(c) => self.callout(c),
        }
    }

    /// A heading in Word's built-in style; those in the table of contents get its bookmark.
    fn heading(&mut self, level: u8, text: &str) {
        let mut p = Paragraph::new().style(heading_style(level));
        if level <= 3 {
            let id = self.bookmarks;
            self.bookmarks = self.bookmarks.saturating_add(1);
            p = p
                .add_bookmark_start(id, toc_key(id))
                .add_run(run(&one_line(text), FontStyle::Regular))
                .add_bookmark_end(id);
        } else {
            p = p.add_run(run(&one_line(text), FontStyle::Regular));
        }
        self.push(p);
    }

    /// A real TOC field (`TOC \o "1-3" \h`), pre-filled with every heading of levels 1–3 (as
    /// Word would list them), each linked to its heading's bookmark; Word fills in the page
    /// numbers when the field is updated. Written as Word writes it, without a content control
    /// around it (LibreOffice shows the field code of a TOC inside one).
    fn toc(&mut self, title: &str) {
        self.push(para(title, "TOCHeading"));
        let mut entries = Vec::new();
        for block in &self.content.blocks {
            match block {
                Block::Title { title, .. } => entries.push((1u8, title.clone())),
                Block::Heading(Heading { level, .. }) if *level > 3 => {}
                Block::Heading(h) => entries.push((h.level, h.full_text())),
                _ => {}
            }
        }
        let begin = || {
            [
                Run::new().add_field_char(FieldCharType::Begin, true),
                Run::new().add_instr_text(InstrText::TOC(
                    InstrToC::new().heading_styles_range(1, 3).hyperlink(),
                )),
                Run::new().add_field_char(FieldCharType::Separate, false),
            ]
        };
        let last = entries.len().saturating_sub(1);
        let empty = entries.is_empty();
        for (n, (level, text)) in entries.into_iter().enumerate() {
            let mut p = Paragraph::new().style(toc_style(level));
            if n == 0 {
                for r in begin() {
                    p = p.add_run(r);
                }
            }
            let key = toc_key(n);
            p = p.add_hyperlink(
                Hyperlink::new(&key, HyperlinkType::Anchor)
                    .add_run(Run::new().add_text(one_line(&text)))
                    .add_run(Run::new().add_tab())
                    .add_run(
                        Run::new()
                            .add_field_char(FieldCharType::Begin, false)
                            .add_instr_text(InstrText::PAGEREF(InstrPAGEREF::new(&key).hyperlink()))
                            .add_field_char(FieldCharType::Separate, false)
                            .add_field_char(FieldCharType::End, false),
                    ),
            );
            if n == last {
                p = p.add_run(Run::new().add_field_char(FieldCharType::End, false));
            }
            self.push(p);
        }
        if empty {
            // No heading at all: the field still exists, empty.
            let mut p = Paragraph::new().style("ToC1");
            for r in begin() {
                p = p.add_run(r);
            }
            self.push(p.add_run(Run::new().add_field_char(FieldCharType::End, false)));
        }
    }

    /// The chart: caption, the picture with its alternative text, then its numbers as a table.
    fn chart(&mut self, c: &Chart) {
        self.push(para(&c.caption, "Caption"));
        let lang = c.language;
        let series: Vec<String> = c.series.iter().map(|s| s.name.to_lowercase()).collect();
        let years = match (c.categories.first(), c.categories.last()) {
            (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
            (Some(a), _) => a.clone(),
            _ => String::new(),
        };
        let and = match lang {
            gevinst_core::model::Language::En => " and ",
            gevinst_core::model::Language::Nb | gevinst_core::model::Language::Nn => " og ",
        };
        let alt = DocxText::ChartAlt.fill(
            lang,
            &[
                ("caption", one_line(&c.caption).as_str().into()),
                ("series", series.join(and).as_str().into()),
                ("years", years.as_str().into()),
                ("unit", lower_first(&one_line(&c.unit)).as_str().into()),
            ],
        );
        if let Some(pic) = chart::render(c, &self.content.meta) {
            let w = (pic.pt_w * EMU_PER_PT) as u32;
            let h = (pic.pt_h * EMU_PER_PT) as u32;
            let image = Pic::new_with_dimensions(pic.png, pic.px_w, pic.px_h).size(w, h);
            self.alts.push(alt);
            self.push(
                Paragraph::new()
                    .style("GevinstFigure")
                    .add_run(Run::new().add_image(image)),
            );
        } else {
            self.push(para(&alt, "GevinstNote"));
        }
        // The figure's label ("Figur 1") starts the caption.
        let figure: String = c
            .caption
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        let figure = match lang {
            gevinst_core::model::Language::En => figure,
            _ => figure.to_lowercase(),
        };
        let caption = DocxText::ChartTable.fill(lang, &[("figure", figure.as_str().into())]);
        self.push(para(&caption, "Caption"));
        self.push_table(chart_numbers(c));
    }

    fn callout(&mut self, c: &Callout) {
        let (title_style, body_style) = if c.warning {
            ("GevinstWarningTitle", "GevinstWarning")
        } else {
            ("GevinstCalloutTitle", "GevinstCallout")
        };
        self.push(para(&c.title, title_style));
        for spans in &c.body {
            self.push(paragraph(spans, body_style, false));
        }
    }
}
