//! Pages as a display list: positioned text runs, lines and rectangles, with the outline and
//! the internal links. No PDF types here: the PDF writer and the app's preview paint the same
//! list.
//!
//! Units are points (1/72 inch); the origin is the top-left corner of the page and y grows
//! downwards. A text run's `y` is its baseline; [`TextRun::top`] gives the top of its line box.
//!
//! The engine cuts every block into *slices* (a line of a paragraph, a table row, a heading, a
//! chart) that know their height, the space above them and whether they must stay on the same
//! page as the next slice. Pagination then fills the pages: headings stay with what follows,
//! a paragraph leaves neither a single first line at the foot of a page (orphan) nor a single
//! last line at the head of the next (widow), a table row is split only when it is taller than
//! a page, and a table's header row is repeated on every page it continues on. The table of
//! contents reserves room for its page numbers and gets them when the pages are known, and the
//! footer says "Side X av Y" once Y is known.
//!
//! Where things are: the display list in `display.rs`; the block setters in `blocks.rs`,
//! tables in `table.rs`, the chart in `chart.rs`; slices, pagination and the parallel setting
//! of the blocks in `paginate.rs`; page numbers, links, header and footer in `finish.rs`.

mod blocks;
mod chart;
mod display;
mod finish;
mod paginate;
mod table;
#[cfg(test)]
mod testkit;

pub use display::{
    Color, Document, Item, LineItem, Link, Mark, OutlineEntry, Page, RectItem, Role, Scope,
    StructNode, TextRun, palette,
};

use crate::content::{Block, Content};
use crate::fonts::{FontStyle, metrics};
use crate::text::Line;
use gevinst_core::i18n::Language;
use paginate::{Slice, paginate, set_blocks};

/// A4 width in points.
pub const PAGE_WIDTH: f32 = 595.28;
/// A4 height in points.
pub const PAGE_HEIGHT: f32 = 841.89;
/// Left margin.
pub const MARGIN_LEFT: f32 = 68.0;
/// Right margin.
pub const MARGIN_RIGHT: f32 = 68.0;
/// Top of the text area (below the running header).
pub const BODY_TOP: f32 = 74.0;
/// Bottom of the text area (above the footer).
pub const BODY_BOTTOM: f32 = 784.0;
/// Width of the text column.
pub const TEXT_WIDTH: f32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

// ---- Typography -----------------------------------------------------------------------------

const BODY_SIZE: f32 = 10.0;
const BODY_LEADING: f32 = 14.5;
const PARA_GAP: f32 = 6.0;
const TABLE_SIZE: f32 = 8.5;
const TABLE_LEADING: f32 = 11.0;
const CELL_PAD_X: f32 = 5.0;
const CELL_PAD_Y: f32 = 3.5;
const MARK_SIZE: f32 = 5.5;
const MARK_ROOM: f32 = 9.0;

struct HeadingStyle {
    size: f32,
    leading: f32,
    before: f32,
    after: f32,
    color: Color,
}

fn heading_style(level: u8) -> HeadingStyle {
    match level {
        2 => HeadingStyle {
            size: 14.0,
            leading: 18.0,
            before: 22.0,
            after: 5.0,
            color: palette::HEADING,
        },
        3 => HeadingStyle {
            size: 11.5,
            leading: 15.0,
            before: 14.0,
            after: 3.0,
            color: palette::HEADING,
        },
        _ => HeadingStyle {
            size: 10.5,
            leading: 14.0,
            before: 13.0,
            after: 1.0,
            color: palette::TEXT,
        },
    }
}

fn text_item(x: f32, y: f32, style: FontStyle, size: f32, color: Color, text: String) -> Item {
    let (text, actual) = super::fonts::printable_and_actual(text);
    Item::Text(TextRun {
        x,
        y,
        style,
        size,
        color,
        text,
        actual,
    })
}

/// The mark that makes the items after it content of structure element `node`.
fn mark(node: u32) -> Item {
    Item::Mark(Mark::Node(node))
}

fn line_items(line: &Line, x: f32, baseline: f32, size: f32, color: Color, out: &mut Vec<Item>) {
    let last = line.runs.len().saturating_sub(1);
    for (i, run) in line.runs.iter().enumerate() {
        // A hyphen that hyphenation added is a run of its own with an empty actual text.
        let hyphen = line.hyphenated && i == last;
        let text = match run.text.strip_suffix('-') {
            Some(word) if hyphen => word,
            _ => run.text.as_str(),
        };
        if !text.is_empty() {
            out.push(text_item(
                x + run.x,
                baseline,
                run.style,
                size,
                color,
                text.to_owned(),
            ));
        }
        if hyphen && text.len() < run.text.len() {
            out.push(Item::Text(TextRun {
                x: x + run.x + metrics(run.style).width(text, size),
                y: baseline,
                style: run.style,
                size,
                color,
                text: "-".to_owned(),
                actual: Some(String::new()),
            }));
        }
    }
}

/// The baseline offset of a line box of `leading` for `size`: text centred in the line box.
fn baseline_in(leading: f32, size: f32) -> f32 {
    let m = metrics(FontStyle::Regular);
    let content = m.ascent(size) + m.descent(size);
    (leading - content) / 2.0 + m.ascent(size)
}

/// Sets blocks into slices: the body slices in reading order, the header rows of the tables
/// (repeated on every page a table continues on), the headings (for the outline) and the
/// structure elements the slices' marks refer to.
struct Engine {
    slices: Vec<Slice>,
    headers: Vec<Slice>,
    headings: Vec<(u8, String)>,
    nodes: Vec<StructNode>,
    /// The language the text is hyphenated in.
    lang: Language,
    /// The words hyphenated so far, remembered.
    hyphenator: std::cell::RefCell<crate::hyphenate::Hyphenator>,
}

impl Engine {
    fn new(lang: Language) -> Engine {
        Engine {
            slices: Vec::new(),
            headers: Vec::new(),
            headings: Vec::new(),
            nodes: Vec::new(),
            lang,
            hyphenator: std::cell::RefCell::new(crate::hyphenate::Hyphenator::new(lang)),
        }
    }

    /// Lines of `spans`, hyphenated in the document's language.
    fn wrap(&self, spans: &[crate::text::Span], size: f32, max_width: f32) -> Vec<Line> {
        match self.hyphenator.try_borrow_mut() {
            Ok(mut h) => crate::text::wrap_with(spans, size, max_width, Some(&mut h)),
            Err(_) => crate::text::wrap_in(spans, size, max_width, Some(self.lang)),
        }
    }

    /// A new structure element; its id.
    fn node(&mut self, role: Role, parent: Option<u32>) -> u32 {
        let id = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
        self.nodes.push(StructNode { role, parent });
        id
    }

    /// Set one block; `rest` are the blocks after it (the table of contents lists them).
    fn set(&mut self, block: &Block, rest: &[Block]) {
        match block {
            Block::Title {
                kicker,
                title,
                subtitle,
            } => self.title(kicker, title, subtitle),
            Block::KeyFigures(f) => self.key_figures(f),
            Block::Toc { title } => self.toc(title, rest),
            Block::Heading(h) => self.heading(h),
            Block::Paragraph(p) => self.paragraph(&p.spans, p.kind),
            Block::Bullets(items) => self.bullets(items),
            Block::Table(t) => self.table(t),
            Block::Chart(c) => self.chart(c),
            Block::Callout(c) => self.callout(c),
        }
    }
}

/// Lay out a semantic document into pages. `progress` is called with the fraction done (0–1).
pub fn layout(content: &Content, progress: &mut dyn FnMut(f32)) -> Document {
    layout_on(content, super::parallel::threads(), progress)
}

/// [`layout`] with the blocks set on `threads` threads.
fn layout_on(content: &Content, threads: usize, progress: &mut dyn FnMut(f32)) -> Document {
    let mut e = set_blocks(
        &content.blocks,
        content.meta.language,
        threads.max(1),
        progress,
    );
    // The last slice never needs to keep with anything.
    if let Some(last) = e.slices.last_mut() {
        last.keep_with_next = false;
    }
    let plan = paginate(&e.slices, &e.headers);
    progress(0.8);

    let doc = finish::finish(e, &plan, &content.meta);
    progress(1.0);
    doc
}
