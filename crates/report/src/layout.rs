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

use super::content::{
    Align, Block, Callout, Cell, Chart, Content, Heading, KeyFigure, Mark, Meta, ParaKind,
    SeriesKind, Table,
};
use super::fonts::{FontStyle, metrics};
use super::text::{Line, Span, max_line_width, min_word_width, wrap};
use gevinst_core::format::NBSP;
use gevinst_core::i18n::fill;

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

/// An RGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Color {
    /// Red 0–255.
    pub r: u8,
    /// Green 0–255.
    pub g: u8,
    /// Blue 0–255.
    pub b: u8,
}

impl Color {
    const fn rgb(r: u8, g: u8, b: u8) -> Color {
        Color { r, g, b }
    }
}

/// The report's colours.
pub mod palette {
    use super::Color;
    /// Body text.
    pub const TEXT: Color = Color::rgb(0x1c, 0x1c, 0x1c);
    /// Secondary text: header, footer, notes, facts.
    pub const MUTED: Color = Color::rgb(0x5a, 0x61, 0x68);
    /// Headings.
    pub const HEADING: Color = Color::rgb(0x0b, 0x35, 0x5c);
    /// Accent: rules, key figures, planned bars.
    pub const ACCENT: Color = Color::rgb(0x1f, 0x5f, 0x8b);
    /// Light accent: planned bars.
    pub const ACCENT_LIGHT: Color = Color::rgb(0x9d, 0xc0, 0xdc);
    /// Backgrounds of boxes and the table header.
    pub const TINT: Color = Color::rgb(0xe6, 0xee, 0xf5);
    /// Zebra rows.
    pub const ZEBRA: Color = Color::rgb(0xf5, 0xf8, 0xfa);
    /// Thin rules.
    pub const RULE: Color = Color::rgb(0xc5, 0xcf, 0xd8);
    /// Warning box background.
    pub const WARN_TINT: Color = Color::rgb(0xfb, 0xee, 0xe6);
    /// Warning accent.
    pub const WARN: Color = Color::rgb(0xb4, 0x4b, 0x12);
    /// Good mark.
    pub const GOOD: Color = Color::rgb(0x2e, 0x7d, 0x32);
    /// Partial mark.
    pub const PARTIAL: Color = Color::rgb(0xe0, 0x9b, 0x00);
    /// Bad mark.
    pub const BAD: Color = Color::rgb(0xc6, 0x28, 0x28);
    /// Neutral mark.
    pub const NEUTRAL: Color = Color::rgb(0xa0, 0xa6, 0xab);
}

/// A run of text in one style on one baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Left edge.
    pub x: f32,
    /// Baseline.
    pub y: f32,
    /// The font style.
    pub style: FontStyle,
    /// Font size in points.
    pub size: f32,
    /// Colour.
    pub color: Color,
    /// The text (NFC; may contain no-break spaces, which print as spaces).
    pub text: String,
}

impl TextRun {
    /// The top of the run's line box (baseline minus the font's ascender).
    pub fn top(&self) -> f32 {
        self.y - metrics(self.style).ascent(self.size)
    }

    /// The run's width in points.
    pub fn width(&self) -> f32 {
        metrics(self.style).width(&self.text, self.size)
    }
}

/// A straight line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LineItem {
    /// Start x.
    pub x1: f32,
    /// Start y.
    pub y1: f32,
    /// End x.
    pub x2: f32,
    /// End y.
    pub y2: f32,
    /// Stroke width.
    pub width: f32,
    /// Colour.
    pub color: Color,
}

/// A rectangle, filled and/or stroked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RectItem {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
    /// Fill colour.
    pub fill: Option<Color>,
    /// Stroke colour and width.
    pub stroke: Option<(Color, f32)>,
}

/// Something drawn on a page, in painting order.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Text.
    Text(TextRun),
    /// A line.
    Line(LineItem),
    /// A rectangle.
    Rect(RectItem),
}

/// A clickable area that jumps to a place in the document (the table of contents).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// The area: left, top, width, height.
    pub rect: [f32; 4],
    /// The target page (index into [`Document::pages`]).
    pub page: usize,
    /// The target y on that page.
    pub y: f32,
}

/// One page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Width in points.
    pub width: f32,
    /// Height in points.
    pub height: f32,
    /// What is drawn, in painting order.
    pub items: Vec<Item>,
    /// Clickable areas.
    pub links: Vec<Link>,
}

/// An entry of the outline (PDF bookmarks): one per heading.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    /// 2: section, 3: subsection, 4: measure.
    pub level: u8,
    /// Number and text.
    pub title: String,
    /// The page (index into [`Document::pages`]).
    pub page: usize,
    /// The top of the heading on that page.
    pub y: f32,
}

/// The laid-out report.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Title, author, language and the rest of the metadata.
    pub meta: Meta,
    /// The pages.
    pub pages: Vec<Page>,
    /// One entry per heading, in reading order.
    pub outline: Vec<OutlineEntry>,
}

impl Document {
    /// A compact, line-per-text-run description of the pages (page, y, x, style, size, text),
    /// for snapshot tests and debugging. No-break spaces show as `␣`.
    pub fn to_compact_text(&self) -> String {
        let mut out = String::new();
        for (n, page) in self.pages.iter().enumerate() {
            let (mut lines, mut rects) = (0, 0);
            for item in &page.items {
                match item {
                    Item::Text(t) => {
                        out.push_str(&format!(
                            "p{} y{:.1} x{:.1} {}{:.1} {}\n",
                            n + 1,
                            t.y,
                            t.x,
                            t.style.short(),
                            t.size,
                            t.text.replace(NBSP, "␣")
                        ));
                    }
                    Item::Line(_) => lines += 1,
                    Item::Rect(_) => rects += 1,
                }
            }
            out.push_str(&format!(
                "p{} lines={lines} rects={rects} links={}\n",
                n + 1,
                page.links.len()
            ));
        }
        for o in &self.outline {
            out.push_str(&format!(
                "outline {} p{} y{:.1} {}\n",
                o.level,
                o.page + 1,
                o.y,
                o.title
            ));
        }
        out
    }

    /// All text of a page, runs joined by spaces (for tests).
    pub fn page_text(&self, page: usize) -> String {
        self.pages
            .get(page)
            .map(|p| {
                p.items
                    .iter()
                    .filter_map(|i| match i {
                        Item::Text(t) => Some(t.text.as_str()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    }
}

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

// ---- Slices ---------------------------------------------------------------------------------

/// A page-number placeholder in the table of contents.
#[derive(Debug, Clone, Copy)]
struct TocNumber {
    heading: usize,
    right: f32,
    baseline: f32,
    size: f32,
}

/// A vertical unit of the flow. Item y values are relative to the slice's top.
#[derive(Debug, Default)]
struct Slice {
    height: f32,
    space_before: f32,
    keep_with_next: bool,
    items: Vec<Item>,
    /// A body row of this table: its header is repeated when the slice starts a page.
    table: Option<usize>,
    /// This slice is a heading (index into the outline).
    heading: Option<usize>,
    /// Page numbers to fill in (table of contents).
    toc_numbers: Vec<TocNumber>,
    /// Links to headings: rect relative to the slice, heading index.
    links: Vec<([f32; 4], usize)>,
}

fn text_item(x: f32, y: f32, style: FontStyle, size: f32, color: Color, text: String) -> Item {
    let text = match super::fonts::printable(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(t) => t,
    };
    Item::Text(TextRun {
        x,
        y,
        style,
        size,
        color,
        text,
    })
}

fn line_items(line: &Line, x: f32, baseline: f32, size: f32, color: Color, out: &mut Vec<Item>) {
    for run in &line.runs {
        out.push(text_item(
            x + run.x,
            baseline,
            run.style,
            size,
            color,
            run.text.clone(),
        ));
    }
}

/// The baseline offset of a line box of `leading` for `size`: text centred in the line box.
fn baseline_in(leading: f32, size: f32) -> f32 {
    let m = metrics(FontStyle::Regular);
    let content = m.ascent(size) + m.descent(size);
    (leading - content) / 2.0 + m.ascent(size)
}

struct Engine {
    slices: Vec<Slice>,
    headers: Vec<Slice>,
    headings: Vec<(u8, String)>,
}

impl Engine {
    /// Lines of a paragraph as slices, with widow and orphan control.
    fn lines(
        &mut self,
        lines: Vec<Line>,
        x: f32,
        size: f32,
        leading: f32,
        color: Color,
        space_before: f32,
    ) {
        let n = lines.len();
        let base = baseline_in(leading, size);
        for (i, line) in lines.into_iter().enumerate() {
            let mut s = Slice {
                height: leading,
                space_before: if i == 0 { space_before } else { 0.0 },
                // Orphan: the first two lines together; widow: the last two together.
                keep_with_next: n > 1 && (i == 0 || i + 2 == n),
                ..Slice::default()
            };
            line_items(&line, x, base, size, color, &mut s.items);
            self.slices.push(s);
        }
    }

    fn paragraph(&mut self, spans: &[Span], kind: ParaKind) {
        let (size, leading, color, gap) = match kind {
            ParaKind::Body => (BODY_SIZE, BODY_LEADING, palette::TEXT, PARA_GAP),
            ParaKind::Meta => (8.5, 12.0, palette::MUTED, 0.0),
            ParaKind::Note => (8.0, 11.0, palette::MUTED, 4.0),
        };
        let lines = wrap(spans, size, TEXT_WIDTH);
        let first = self.slices.len();
        self.lines(lines, MARGIN_LEFT, size, leading, color, gap);
        if kind == ParaKind::Meta {
            // A measure's facts belong with its description.
            for s in &mut self.slices[first..] {
                s.keep_with_next = true;
            }
        }
    }

    fn heading(&mut self, h: &Heading) {
        let st = heading_style(h.level);
        let index = self.headings.len();
        self.headings.push((h.level, h.full_text()));
        let number_width = h.number.as_ref().map_or(0.0, |n| {
            metrics(FontStyle::Bold).width(n, st.size) + st.size * 0.6
        });
        let lines = wrap(
            &[Span::bold(h.text.clone())],
            st.size,
            TEXT_WIDTH - number_width,
        );
        let base = baseline_in(st.leading, st.size);
        let n = lines.len();
        // A slice per line, all kept together and with what follows (a heading longer than a
        // page still breaks somewhere).
        for (i, line) in lines.iter().enumerate() {
            let mut s = Slice {
                height: st.leading + if i + 1 == n { st.after } else { 0.0 },
                space_before: if i == 0 { st.before } else { 0.0 },
                keep_with_next: true,
                heading: (i == 0).then_some(index),
                ..Slice::default()
            };
            if let (0, Some(number)) = (i, &h.number) {
                s.items.push(text_item(
                    MARGIN_LEFT,
                    base,
                    FontStyle::Bold,
                    st.size,
                    st.color,
                    number.clone(),
                ));
            }
            line_items(
                line,
                MARGIN_LEFT + number_width,
                base,
                st.size,
                st.color,
                &mut s.items,
            );
            self.slices.push(s);
        }
    }

    fn title(&mut self, kicker: &str, title: &str, subtitle: &str) {
        let parts = [
            (kicker, FontStyle::Bold, 9.0, 13.0, palette::ACCENT, 0.0),
            (title, FontStyle::Bold, 24.0, 30.0, palette::HEADING, 8.0),
            (
                subtitle,
                FontStyle::Regular,
                11.0,
                15.0,
                palette::MUTED,
                4.0,
            ),
        ];
        for (text, style, size, leading, color, before) in parts {
            let lines = wrap(
                &[Span {
                    text: text.to_owned(),
                    style,
                }],
                size,
                TEXT_WIDTH,
            );
            for (i, line) in lines.iter().enumerate() {
                let mut s = Slice {
                    height: leading,
                    space_before: if i == 0 { before } else { 0.0 },
                    keep_with_next: true,
                    ..Slice::default()
                };
                line_items(line, MARGIN_LEFT, size, size, color, &mut s.items);
                self.slices.push(s);
            }
        }
        let mut rule = Slice {
            height: 14.0,
            keep_with_next: true,
            ..Slice::default()
        };
        rule.items.push(Item::Line(LineItem {
            x1: MARGIN_LEFT,
            y1: 10.0,
            x2: MARGIN_LEFT + TEXT_WIDTH,
            y2: 10.0,
            width: 1.2,
            color: palette::ACCENT,
        }));
        self.slices.push(rule);
    }

    fn key_figures(&mut self, figures: &[KeyFigure]) {
        if figures.is_empty() {
            return;
        }
        let gap = 8.0;
        let n = figures.len() as f32;
        let w = (TEXT_WIDTH - gap * (n - 1.0)) / n;
        let pad = 7.0;
        // One value size for all boxes: the largest that fits every value.
        let mut size: f32 = 16.0;
        for f in figures {
            let at_one = metrics(FontStyle::Bold).width(&f.value, 1.0);
            if at_one > 0.0 {
                size = size.min((w - 2.0 * pad) / at_one);
            }
        }
        // In quarter points, so that the size is a round number.
        let size = (size.clamp(7.0, 16.0) * 4.0).floor() / 4.0;
        let labels: Vec<Vec<Line>> = figures
            .iter()
            .map(|f| wrap(&[Span::plain(f.label.clone())], 8.0, w - 2.0 * pad))
            .collect();
        let label_lines = labels.iter().map(Vec::len).max().unwrap_or(1) as f32;
        let h = pad + size * 1.25 + 3.0 + label_lines * 10.0 + pad;
        let mut s = Slice {
            height: h,
            space_before: 14.0,
            ..Slice::default()
        };
        for (i, (f, label)) in figures.iter().zip(labels).enumerate() {
            let x = MARGIN_LEFT + i as f32 * (w + gap);
            s.items.push(Item::Rect(RectItem {
                x,
                y: 0.0,
                w,
                h,
                fill: Some(palette::TINT),
                stroke: None,
            }));
            s.items.push(Item::Rect(RectItem {
                x,
                y: 0.0,
                w,
                h: 2.5,
                fill: Some(palette::ACCENT),
                stroke: None,
            }));
            s.items.push(text_item(
                x + pad,
                pad + size,
                FontStyle::Bold,
                size,
                palette::HEADING,
                f.value.clone(),
            ));
            let mut y = pad + size * 1.25 + 3.0 + 8.0;
            for line in label {
                line_items(&line, x + pad, y, 8.0, palette::MUTED, &mut s.items);
                y += 10.0;
            }
        }
        self.slices.push(s);
    }

    /// The table of contents: the headings of levels 2 and 3 in `blocks`.
    fn toc(&mut self, title: &str, blocks: &[Block]) {
        let mut s = Slice {
            height: 22.0,
            space_before: 22.0,
            keep_with_next: true,
            ..Slice::default()
        };
        s.items.push(text_item(
            MARGIN_LEFT,
            14.0,
            FontStyle::Bold,
            12.0,
            palette::HEADING,
            title.to_owned(),
        ));
        self.slices.push(s);
        // Heading indexes are assigned in block order; count them to know each one's index.
        let mut index = self.headings.len();
        let number_room = 28.0;
        let right = MARGIN_LEFT + TEXT_WIDTH;
        let entries: Vec<(usize, &Heading)> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading(h) => {
                    let i = index;
                    index += 1;
                    Some((i, h))
                }
                _ => None,
            })
            .filter(|(_, h)| h.level <= 3)
            .collect();
        let count = entries.len();
        for (k, (heading, h)) in entries.into_iter().enumerate() {
            let (style, size, indent, leading, color, before) = if h.level == 2 {
                (FontStyle::Bold, 9.5, 0.0, 15.0, palette::TEXT, 3.0)
            } else {
                (FontStyle::Regular, 9.0, 26.0, 13.0, palette::MUTED, 0.0)
            };
            let num = h.number.clone().unwrap_or_default();
            let num_w = 26.0;
            let avail = TEXT_WIDTH - indent - num_w - number_room - 8.0;
            let lines = wrap(
                &[Span {
                    text: h.text.clone(),
                    style,
                }],
                size,
                avail,
            );
            let base = baseline_in(leading, size);
            let mut s = Slice {
                height: lines.len() as f32 * leading,
                space_before: before,
                keep_with_next: k + 1 < count && k == 0,
                ..Slice::default()
            };
            let x = MARGIN_LEFT + indent;
            s.items.push(text_item(x, base, style, size, color, num));
            let mut last_end = 0.0;
            for (i, line) in lines.iter().enumerate() {
                line_items(
                    line,
                    x + num_w,
                    base + i as f32 * leading,
                    size,
                    color,
                    &mut s.items,
                );
                last_end = x + num_w + line.width;
            }
            // Dot leader from the end of the text to the page number.
            let last_base = base + (lines.len().saturating_sub(1)) as f32 * leading;
            let dot_w = metrics(FontStyle::Regular).width(". ", size);
            let from = last_end + 6.0;
            let to = right - number_room;
            if to > from + dot_w {
                let dots = ((to - from) / dot_w).floor() as usize;
                let text = ". ".repeat(dots);
                let text = text.trim_end();
                let w = metrics(FontStyle::Regular).width(text, size);
                s.items.push(text_item(
                    to - w,
                    last_base,
                    FontStyle::Regular,
                    size,
                    palette::RULE,
                    text.to_owned(),
                ));
            }
            s.toc_numbers.push(TocNumber {
                heading,
                right,
                baseline: last_base,
                size,
            });
            s.links
                .push(([MARGIN_LEFT, 0.0, TEXT_WIDTH, s.height], heading));
            self.slices.push(s);
        }
    }

    fn bullets(&mut self, items: &[Vec<Span>]) {
        let indent = 14.0;
        for (k, spans) in items.iter().enumerate() {
            let lines = wrap(spans, BODY_SIZE, TEXT_WIDTH - indent);
            let first = self.slices.len();
            self.lines(
                lines,
                MARGIN_LEFT + indent,
                BODY_SIZE,
                BODY_LEADING,
                palette::TEXT,
                if k == 0 { PARA_GAP } else { 3.0 },
            );
            if let Some(s) = self.slices.get_mut(first) {
                let base = baseline_in(BODY_LEADING, BODY_SIZE);
                s.items.push(text_item(
                    MARGIN_LEFT + 3.0,
                    base,
                    FontStyle::Regular,
                    BODY_SIZE,
                    palette::ACCENT,
                    "•".to_owned(),
                ));
            }
        }
    }

    fn callout(&mut self, c: &Callout) {
        let pad_x = 10.0;
        let pad_y = 7.0;
        let (tint, accent) = if c.warning {
            (palette::WARN_TINT, palette::WARN)
        } else {
            (palette::TINT, palette::ACCENT)
        };
        let size = 9.5;
        let leading = 13.5;
        let inner = TEXT_WIDTH - 2.0 * pad_x - 3.0;
        // (line, size, leading, style colour, extra space above)
        let mut rows: Vec<(Line, f32, f32, Color, f32)> = Vec::new();
        for line in wrap(&[Span::bold(c.title.clone())], 8.5, inner) {
            rows.push((line, 8.5, 12.5, accent, 0.0));
        }
        for (p, para) in c.body.iter().enumerate() {
            for (i, line) in wrap(para, size, inner).into_iter().enumerate() {
                let extra = if i == 0 {
                    if p == 0 { 2.0 } else { 5.0 }
                } else {
                    0.0
                };
                rows.push((line, size, leading, palette::TEXT, extra));
            }
        }
        let n = rows.len();
        for (i, (line, sz, ld, color, extra)) in rows.into_iter().enumerate() {
            let top = if i == 0 { pad_y } else { 0.0 } + extra;
            let bottom = if i + 1 == n { pad_y } else { 0.0 };
            let h = top + ld + bottom;
            let mut s = Slice {
                height: h,
                space_before: if i == 0 { 8.0 } else { 0.0 },
                keep_with_next: n > 1 && (i <= 1 || i + 2 == n),
                ..Slice::default()
            };
            s.items.push(Item::Rect(RectItem {
                x: MARGIN_LEFT,
                y: 0.0,
                w: TEXT_WIDTH,
                h,
                fill: Some(tint),
                stroke: None,
            }));
            s.items.push(Item::Rect(RectItem {
                x: MARGIN_LEFT,
                y: 0.0,
                w: 3.0,
                h,
                fill: Some(accent),
                stroke: None,
            }));
            line_items(
                &line,
                MARGIN_LEFT + 3.0 + pad_x,
                top + baseline_in(ld, sz),
                sz,
                color,
                &mut s.items,
            );
            self.slices.push(s);
        }
    }

    fn caption(&mut self, text: &str, space_before: f32) {
        let lines = wrap(&[Span::bold(text)], 9.0, TEXT_WIDTH);
        let n = lines.len();
        let first = self.slices.len();
        self.lines(
            lines,
            MARGIN_LEFT,
            9.0,
            12.5,
            palette::HEADING,
            space_before,
        );
        for s in &mut self.slices[first..first + n] {
            s.keep_with_next = true;
        }
        if let Some(s) = self.slices.last_mut() {
            s.height += 3.0;
        }
    }

    fn table(&mut self, t: &Table) {
        let cols = t.columns.len();
        if cols == 0 {
            return;
        }
        self.caption(&t.caption, 12.0);
        let widths = column_widths(t);
        let xs: Vec<f32> = widths
            .iter()
            .scan(MARGIN_LEFT, |x, w| {
                let start = *x;
                *x += w;
                Some(start)
            })
            .collect();
        let table_id = self.headers.len();

        // Header row.
        let header_cells: Vec<Cell> = t
            .columns
            .iter()
            .map(|c| Cell::rich(vec![Span::bold(c.header.clone())]))
            .collect();
        let header = self.row_slices(t, &header_cells, &widths, &xs, RowKind::Header, f32::MAX);
        for s in header {
            self.headers.push(Slice {
                height: s.height,
                items: s.items.clone(),
                ..Slice::default()
            });
            self.slices.push(Slice {
                keep_with_next: true,
                ..s
            });
        }

        let header_h = self.headers[table_id].height;
        let max_row = BODY_BOTTOM - BODY_TOP - header_h - 40.0;
        let n = t.rows.len();
        for (i, row) in t.rows.iter().enumerate() {
            let kind = if row.total {
                RowKind::Total
            } else if i % 2 == 1 {
                RowKind::Zebra
            } else {
                RowKind::Plain
            };
            let parts = self.row_slices(t, &row.cells, &widths, &xs, kind, max_row);
            let parts_n = parts.len();
            for (k, mut s) in parts.into_iter().enumerate() {
                s.table = Some(table_id);
                // Keep the first row with the header and the last two rows together; a sum row
                // stays with the row above it.
                let next_is_total = t.rows.get(i + 1).is_some_and(|r| r.total);
                s.keep_with_next =
                    k + 1 == parts_n && ((i == 0 && n > 1) || i + 2 == n || next_is_total);
                self.slices.push(s);
            }
        }
        // A closing rule under the last row.
        if let Some(last) = self.slices.last_mut() {
            let y = last.height;
            last.items.push(Item::Line(LineItem {
                x1: MARGIN_LEFT,
                y1: y,
                x2: MARGIN_LEFT + TEXT_WIDTH,
                y2: y,
                width: 0.8,
                color: palette::ACCENT,
            }));
        }
        if let Some(note) = &t.note {
            self.paragraph(&[Span::italic(note.clone())], ParaKind::Note);
        }
    }

    /// A table row as one slice, or several when it is taller than `max_height`.
    fn row_slices(
        &self,
        t: &Table,
        cells: &[Cell],
        widths: &[f32],
        xs: &[f32],
        kind: RowKind,
        max_height: f32,
    ) -> Vec<Slice> {
        let wrapped: Vec<Vec<Line>> = cells
            .iter()
            .zip(widths)
            .map(|(c, w)| {
                let mark = if c.mark.is_some() { MARK_ROOM } else { 0.0 };
                let spans: Vec<Span> = if kind == RowKind::Total {
                    c.spans.iter().map(|s| Span::bold(s.text.clone())).collect()
                } else {
                    c.spans.clone()
                };
                wrap(&spans, TABLE_SIZE, w - 2.0 * CELL_PAD_X - mark)
            })
            .collect();
        let max_lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let per_slice = (((max_height - 2.0 * CELL_PAD_Y) / TABLE_LEADING).floor() as usize).max(1);
        let chunks = max_lines.div_ceil(per_slice);
        let base = baseline_in(TABLE_LEADING, TABLE_SIZE);
        let mut out = Vec::with_capacity(chunks);
        for chunk in 0..chunks {
            let from = chunk * per_slice;
            let to = ((chunk + 1) * per_slice).min(max_lines);
            let lines_here = wrapped
                .iter()
                .map(|l| l.len().min(to).saturating_sub(from))
                .max()
                .unwrap_or(0)
                .max(1);
            let h = lines_here as f32 * TABLE_LEADING + 2.0 * CELL_PAD_Y;
            let mut s = Slice {
                height: h,
                ..Slice::default()
            };
            let fill = match kind {
                RowKind::Header => Some(palette::TINT),
                RowKind::Zebra => Some(palette::ZEBRA),
                RowKind::Plain | RowKind::Total => None,
            };
            if let Some(fill) = fill {
                s.items.push(Item::Rect(RectItem {
                    x: MARGIN_LEFT,
                    y: 0.0,
                    w: TEXT_WIDTH,
                    h,
                    fill: Some(fill),
                    stroke: None,
                }));
            }
            if kind == RowKind::Total {
                s.items.push(Item::Line(LineItem {
                    x1: MARGIN_LEFT,
                    y1: 0.0,
                    x2: MARGIN_LEFT + TEXT_WIDTH,
                    y2: 0.0,
                    width: 0.8,
                    color: palette::ACCENT,
                }));
            }
            for (c, lines) in wrapped.iter().enumerate() {
                let align = t.columns.get(c).map_or(Align::Left, |col| col.align);
                let mark = cells.get(c).and_then(|cell| cell.mark);
                let x0 = xs[c] + CELL_PAD_X;
                let right = xs[c] + widths[c] - CELL_PAD_X;
                let color = if kind == RowKind::Header {
                    palette::HEADING
                } else {
                    palette::TEXT
                };
                for (i, line) in lines.iter().enumerate().take(to).skip(from) {
                    let y = CELL_PAD_Y + (i - from) as f32 * TABLE_LEADING + base;
                    let mut x = match align {
                        Align::Left => x0,
                        Align::Right => right - line.width,
                    };
                    if i == 0
                        && let Some(m) = mark
                    {
                        let mark_x = match align {
                            Align::Left => x,
                            Align::Right => x - MARK_ROOM,
                        };
                        s.items.push(Item::Rect(RectItem {
                            x: mark_x,
                            y: y - MARK_SIZE - 0.6,
                            w: MARK_SIZE,
                            h: MARK_SIZE,
                            fill: Some(mark_color(m)),
                            stroke: None,
                        }));
                    }
                    if mark.is_some() && align == Align::Left {
                        x += MARK_ROOM;
                    }
                    line_items(line, x, y, TABLE_SIZE, color, &mut s.items);
                }
            }
            let (rule, width) = if kind == RowKind::Header {
                (palette::ACCENT, 0.8)
            } else {
                (palette::RULE, 0.4)
            };
            if kind == RowKind::Header || chunk + 1 == chunks {
                s.items.push(Item::Line(LineItem {
                    x1: MARGIN_LEFT,
                    y1: h,
                    x2: MARGIN_LEFT + TEXT_WIDTH,
                    y2: h,
                    width,
                    color: rule,
                }));
            }
            out.push(s);
        }
        out
    }

    fn chart(&mut self, c: &Chart) {
        let mut s = Slice {
            space_before: 12.0,
            ..Slice::default()
        };
        let mut y = 0.0;
        for line in wrap(&[Span::bold(c.caption.clone())], 9.0, TEXT_WIDTH) {
            line_items(
                &line,
                MARGIN_LEFT,
                y + 9.0,
                9.0,
                palette::HEADING,
                &mut s.items,
            );
            y += 12.5;
        }
        y += 6.0;
        let top = y;
        draw_chart(c, top, &mut s.items);
        s.height = top + CHART_HEIGHT;
        self.slices.push(s);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RowKind {
    Header,
    Plain,
    Zebra,
    Total,
}

fn mark_color(m: Mark) -> Color {
    match m {
        Mark::Good => palette::GOOD,
        Mark::Partial => palette::PARTIAL,
        Mark::Bad => palette::BAD,
        Mark::Neutral => palette::NEUTRAL,
    }
}

/// The least width at which a bold header sets on at most two lines.
fn two_line_width(text: &str, size: f32) -> f32 {
    let m = metrics(FontStyle::Bold);
    let whole = m.width(text, size);
    text.char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(i, _)| m.width(&text[..i], size).max(m.width(&text[i + 1..], size)))
        .fold(whole, f32::min)
}

/// Column widths that fit their content and fill the text width: each column gets at least
/// its longest word; the rest is shared in proportion to how much more each column would
/// need to set its content on one line, and what is left after that goes to text columns.
fn column_widths(t: &Table) -> Vec<f32> {
    let cols = t.columns.len();
    let mut min = vec![0.0f32; cols];
    let mut max = vec![0.0f32; cols];
    let header: Vec<Vec<Span>> = t
        .columns
        .iter()
        .map(|c| vec![Span::bold(c.header.clone())])
        .collect();
    let rows = std::iter::once(header.iter().collect::<Vec<_>>()).chain(
        t.rows
            .iter()
            .map(|r| r.cells.iter().map(|c| &c.spans).collect::<Vec<_>>()),
    );
    for (r, cells) in rows.enumerate() {
        for (c, spans) in cells.into_iter().enumerate().take(cols) {
            let mark = t
                .rows
                .get(r.wrapping_sub(1))
                .and_then(|row| row.cells.get(c))
                .and_then(|cell| cell.mark)
                .map_or(0.0, |_| MARK_ROOM);
            let total = r > 0 && t.rows.get(r - 1).is_some_and(|row| row.total);
            let bold_factor = if total { 1.06 } else { 1.0 };
            min[c] = min[c].max(min_word_width(spans, TABLE_SIZE) * bold_factor + mark);
            // A header may wrap onto two lines, no more.
            let natural = if r == 0 {
                two_line_width(&t.columns[c].header, TABLE_SIZE)
            } else {
                max_line_width(spans, TABLE_SIZE) * bold_factor + mark
            };
            max[c] = max[c].max(natural);
        }
    }
    let pad = 2.0 * CELL_PAD_X + 0.5;
    for c in 0..cols {
        // A word longer than this is cut anyway; it must not squeeze the other columns.
        min[c] = min[c].min(TEXT_WIDTH * 0.4) + pad;
        max[c] = max[c].max(min[c] - pad) + pad;
    }
    distribute(&min, &max, &t.columns, TEXT_WIDTH)
}

/// Share `w` between columns with the given least and one-line widths. Columns whose one-line
/// width is at most a fair share of what is left get it (short columns such as dates and
/// amounts never wrap); the others share the rest between their least and one-line widths.
/// Room to spare goes to text columns.
fn distribute(min: &[f32], max: &[f32], columns: &[super::content::Column], w: f32) -> Vec<f32> {
    let cols = min.len();
    let sum_min: f32 = min.iter().sum();
    if sum_min >= w {
        return min.iter().map(|m| m * w / sum_min).collect();
    }
    let mut out = vec![0.0f32; cols];
    let mut fixed = vec![false; cols];
    let mut remaining = w;
    loop {
        let free: Vec<usize> = (0..cols).filter(|&c| !fixed[c]).collect();
        if free.is_empty() {
            break;
        }
        let fair = remaining / free.len() as f32;
        let mut changed = false;
        for c in free {
            if max[c] <= fair {
                out[c] = max[c];
                fixed[c] = true;
                remaining -= max[c];
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let free: Vec<usize> = (0..cols).filter(|&c| !fixed[c]).collect();
    if free.is_empty() {
        // Everything fits on one line: widen the text columns.
        let text_cols: Vec<usize> = (0..cols)
            .filter(|&c| columns[c].align == Align::Left)
            .collect();
        let share = if text_cols.is_empty() {
            (0..cols).collect()
        } else {
            text_cols
        };
        let weight: f32 = share.iter().map(|&c| max[c]).sum();
        for &c in &share {
            out[c] += remaining * max[c] / weight.max(1.0);
        }
        return out;
    }
    let free_min: f32 = free.iter().map(|&c| min[c]).sum();
    let free_max: f32 = free.iter().map(|&c| max[c]).sum();
    if free_min > remaining {
        // The short columns took too much: fall back to sharing everything by need.
        let f = (w - sum_min) / (max.iter().sum::<f32>() - sum_min).max(1.0);
        return min.iter().zip(max).map(|(a, b)| a + (b - a) * f).collect();
    }
    let f = (remaining - free_min) / (free_max - free_min).max(1e-3);
    for c in free {
        out[c] = min[c] + (max[c] - min[c]) * f.min(1.0);
    }
    out
}

// ---- The chart ------------------------------------------------------------------------------

const CHART_HEIGHT: f32 = 196.0;

/// A "nice" tick step (1, 2 or 5 × 10^k) for about five ticks up to `max`.
fn nice_step(max: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let rough = max / 5.0;
    let mag = 10f64.powf(rough.log10().floor());
    let norm = rough / mag;
    let step = if norm <= 1.0 {
        1.0
    } else if norm <= 2.0 {
        2.0
    } else if norm <= 5.0 {
        5.0
    } else {
        10.0
    };
    step * mag
}

fn axis_label(value: f64, step: f64, c: &Chart) -> String {
    // Decimals enough to tell the ticks apart (0,5 / 1,0 …); exact decimal formatting.
    let decimals = if step >= 1.0 {
        0
    } else {
        (-step.log10()).ceil().max(0.0) as u32
    };
    let scaled = (value * 10f64.powi(decimals as i32)).round() as i64;
    let d = rust_decimal::Decimal::new(scaled, decimals);
    gevinst_core::format::decimal(d, decimals, c.language)
}

fn draw_chart(c: &Chart, top: f32, items: &mut Vec<Item>) {
    let legend_h = 16.0;
    let label_h = 16.0;
    let plot_right = MARGIN_LEFT + TEXT_WIDTH - 4.0;
    let plot_top = top + legend_h + 12.0;
    let plot_bottom = top + CHART_HEIGHT - label_h;
    let plot_h = plot_bottom - plot_top;
    let divisor = c.divisor.max(1) as f64;
    let value = |m: gevinst_core::model::Money| m.ore() as f64 / 100.0 / divisor;
    let max = c
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .map(|m| value(*m))
        .fold(0.0f64, f64::max);
    let min = c
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .map(|m| value(*m))
        .fold(0.0f64, f64::min);
    let step = nice_step(max.max(-min));
    let top_v = (max / step).ceil().max(1.0) * step;
    let bottom_v = (min / step).floor().min(0.0) * step;
    let span = (top_v - bottom_v).max(f64::MIN_POSITIVE);
    // The tick values and labels first: the widest label decides the axis' width.
    let mut ticks = Vec::new();
    let mut v = bottom_v;
    while v <= top_v + step * 0.01 && ticks.len() < 50 {
        ticks.push((v, axis_label(v, step, c)));
        v += step;
    }
    let widest = ticks
        .iter()
        .map(|(_, l)| metrics(FontStyle::Regular).width(l, 8.0))
        .fold(0.0f32, f32::max);
    let plot_left = MARGIN_LEFT + (widest + 8.0).clamp(46.0, TEXT_WIDTH / 2.0);
    let y_of = |v: f64| plot_bottom - ((v - bottom_v) / span) as f32 * plot_h;

    // Unit, top left.
    items.push(text_item(
        MARGIN_LEFT,
        top + 9.0,
        FontStyle::Regular,
        8.0,
        palette::MUTED,
        c.unit.clone(),
    ));
    // Legend, top right.
    let mut lx = plot_right;
    for s in c.series.iter().rev() {
        let w = metrics(FontStyle::Regular).width(&s.name, 8.0);
        lx -= w;
        items.push(text_item(
            lx,
            top + 9.0,
            FontStyle::Regular,
            8.0,
            palette::TEXT,
            s.name.clone(),
        ));
        lx -= 12.0;
        items.push(Item::Rect(RectItem {
            x: lx,
            y: top + 2.5,
            w: 8.0,
            h: 8.0,
            fill: Some(series_color(s.kind)),
            stroke: None,
        }));
        lx -= 14.0;
    }
    // Grid and axis labels.
    for (v, label) in ticks {
        let y = y_of(v);
        let axis = v.abs() < step * 0.01;
        items.push(Item::Line(LineItem {
            x1: plot_left,
            y1: y,
            x2: plot_right,
            y2: y,
            width: if axis { 0.8 } else { 0.4 },
            color: if axis { palette::MUTED } else { palette::RULE },
        }));
        let w = metrics(FontStyle::Regular).width(&label, 8.0);
        items.push(text_item(
            (plot_left - 6.0 - w).max(MARGIN_LEFT),
            y + 2.8,
            FontStyle::Regular,
            8.0,
            palette::MUTED,
            label,
        ));
    }
    // Bars.
    let groups = c.categories.len().max(1) as f32;
    let group_w = (plot_right - plot_left) / groups;
    let series_n = c.series.len().max(1) as f32;
    let bar_w = (group_w * 0.62 / series_n).min(34.0);
    let zero = y_of(0.0);
    for (g, cat) in c.categories.iter().enumerate() {
        let center = plot_left + group_w * (g as f32 + 0.5);
        let start = center - bar_w * series_n / 2.0;
        for (k, s) in c.series.iter().enumerate() {
            let Some(m) = s.values.get(g).copied().flatten() else {
                continue;
            };
            let y = y_of(value(m));
            let (y0, h) = if y < zero {
                (y, zero - y)
            } else {
                (zero, y - zero)
            };
            items.push(Item::Rect(RectItem {
                x: start + k as f32 * bar_w + 0.5,
                y: y0,
                w: bar_w - 1.0,
                h: h.max(0.3),
                fill: Some(series_color(s.kind)),
                stroke: None,
            }));
        }
        let w = metrics(FontStyle::Regular).width(cat, 8.0);
        items.push(text_item(
            center - w / 2.0,
            plot_bottom + 11.0,
            FontStyle::Regular,
            8.0,
            palette::TEXT,
            cat.clone(),
        ));
    }
}

fn series_color(kind: SeriesKind) -> Color {
    match kind {
        SeriesKind::Planned => palette::ACCENT_LIGHT,
        SeriesKind::Realised => palette::ACCENT,
    }
}

// ---- Pagination -----------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
enum Placed {
    Slice(usize, f32),
    Header(usize, f32),
}

/// Assign slices to pages. Returns, per page, the placed slices with their top y.
fn paginate(slices: &[Slice], headers: &[Slice]) -> Vec<Vec<Placed>> {
    let mut pages: Vec<Vec<Placed>> = vec![Vec::new()];
    let mut y = BODY_TOP;
    let mut first_on_page = 0usize;
    let mut i = 0usize;
    // `fresh`: nothing but a repeated header is on the page yet.
    let mut fresh = true;
    while i < slices.len() {
        let s = &slices[i];
        let before = if fresh { 0.0 } else { s.space_before };
        if fresh || y + before + s.height <= BODY_BOTTOM + 0.01 {
            y += before;
            if let Some(page) = pages.last_mut() {
                page.push(Placed::Slice(i, y));
            }
            y += s.height;
            fresh = false;
            i += 1;
            continue;
        }
        // Break before `i`, or earlier if the slices before it must stay with it.
        let mut j = i;
        while j > first_on_page && slices[j - 1].keep_with_next {
            j -= 1;
        }
        if j == first_on_page {
            j = i;
        }
        if let Some(page) = pages.last_mut() {
            page.retain(|p| match p {
                Placed::Slice(k, _) => *k < j,
                Placed::Header(..) => true,
            });
        }
        pages.push(Vec::new());
        y = BODY_TOP;
        first_on_page = j;
        i = j;
        fresh = true;
        if let Some(t) = slices[j].table
            && let (Some(h), Some(page)) = (headers.get(t), pages.last_mut())
        {
            page.push(Placed::Header(t, y));
            y += h.height;
        }
    }
    pages
}

impl Engine {
    fn new() -> Engine {
        Engine {
            slices: Vec::new(),
            headers: Vec::new(),
            headings: Vec::new(),
        }
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

    /// Append the slices of an engine that set the blocks after this one's, renumbering its
    /// references to headings and table headers.
    fn append(&mut self, mut other: Engine) {
        let (headings, tables) = (self.headings.len(), self.headers.len());
        for s in other.slices.iter_mut().chain(other.headers.iter_mut()) {
            if let Some(t) = &mut s.table {
                *t += tables;
            }
            if let Some(h) = &mut s.heading {
                *h += headings;
            }
            for t in &mut s.toc_numbers {
                t.heading += headings;
            }
            for (_, h) in &mut s.links {
                *h += headings;
            }
        }
        self.slices.append(&mut other.slices);
        self.headers.append(&mut other.headers);
        self.headings.append(&mut other.headings);
    }
}

/// Roughly how long a block takes to set: its characters.
fn weight(block: &Block) -> usize {
    let spans = |spans: &[Span]| spans.iter().map(|s| s.text.len()).sum::<usize>();
    match block {
        Block::Paragraph(p) => spans(&p.spans),
        Block::Table(t) => t
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .map(|c| spans(&c.spans) + 8)
            .sum(),
        Block::Bullets(items) => items.iter().map(|i| spans(i)).sum(),
        Block::Callout(c) => c.body.iter().map(|b| spans(b)).sum(),
        _ => 100,
    }
}

/// Set all blocks into slices, on all cores: the blocks are cut before headings into runs of
/// about equal weight, one per core, each run is set by its own engine, and the engines are
/// joined in order. A block's slices depend only on the block (and the table of contents on
/// the headings after it), so the result is the same as setting the blocks one by one.
fn set_blocks(blocks: &[Block], threads: usize, progress: &mut dyn FnMut(f32)) -> Engine {
    let share = blocks.iter().map(weight).sum::<usize>() / threads + 1;
    let mut cuts = vec![0];
    let mut acc = 0;
    for (k, b) in blocks.iter().enumerate() {
        if acc >= share && matches!(b, Block::Heading(_)) && cuts.len() < threads {
            cuts.push(k);
            acc = 0;
        }
        acc += weight(b);
    }
    cuts.push(blocks.len());
    let set_run = |from: usize, to: usize, progress: &mut dyn FnMut(f32)| {
        let mut e = Engine::new();
        let step = ((to - from) / 50).max(1);
        for k in from..to {
            e.set(&blocks[k], &blocks[k + 1..]);
            if (k - from).is_multiple_of(step) {
                progress(0.7 * (k - from) as f32 / (to - from) as f32);
            }
        }
        e
    };
    std::thread::scope(|scope| {
        let others: Vec<_> = cuts[1..]
            .windows(2)
            .map(|w| {
                let (from, to) = (w[0], w[1]);
                scope.spawn(move || set_run(from, to, &mut |_| {}))
            })
            .collect();
        let mut e = set_run(cuts[0], cuts[1], progress);
        for h in others {
            // A panic in a run is a bug; it goes on as it would have without threads.
            e.append(h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        }
        e
    })
}

/// Lay out a semantic document into pages. `progress` is called with the fraction done (0–1).
pub fn layout(content: &Content, progress: &mut dyn FnMut(f32)) -> Document {
    layout_on(content, super::parallel::threads(), progress)
}

/// [`layout`] with the blocks set on `threads` threads.
fn layout_on(content: &Content, threads: usize, progress: &mut dyn FnMut(f32)) -> Document {
    let mut e = set_blocks(&content.blocks, threads.max(1), progress);
    // The last slice never needs to keep with anything.
    if let Some(last) = e.slices.last_mut() {
        last.keep_with_next = false;
    }
    let plan = paginate(&e.slices, &e.headers);
    progress(0.8);

    let mut outline: Vec<Option<OutlineEntry>> = vec![None; e.headings.len()];
    let mut pages = Vec::with_capacity(plan.len());
    let mut pending: Vec<(usize, usize, TocNumber)> = Vec::new();
    let mut pending_links: Vec<(usize, [f32; 4], usize)> = Vec::new();
    for (p, placed) in plan.iter().enumerate() {
        let mut page = Page {
            width: PAGE_WIDTH,
            height: PAGE_HEIGHT,
            items: Vec::new(),
            links: Vec::new(),
        };
        for entry in placed {
            let (s, y) = match *entry {
                Placed::Slice(i, y) => {
                    // Each body slice is placed once: move its items instead of copying them.
                    let s = &mut e.slices[i];
                    let items = std::mem::take(&mut s.items);
                    page.items
                        .extend(items.into_iter().map(|item| shifted(item, y)));
                    (&e.slices[i], y)
                }
                Placed::Header(t, y) => {
                    let s = &e.headers[t];
                    page.items
                        .extend(s.items.iter().map(|item| shifted(item.clone(), y)));
                    (s, y)
                }
            };
            if let (Some(h), Placed::Slice(..)) = (s.heading, entry)
                && let Some((level, title)) = e.headings.get(h)
            {
                outline[h] = Some(OutlineEntry {
                    level: *level,
                    title: title.clone(),
                    page: p,
                    y,
                });
            }
            for t in &s.toc_numbers {
                pending.push((
                    p,
                    page.items.len(),
                    TocNumber {
                        baseline: t.baseline + y,
                        ..*t
                    },
                ));
                page.items.push(text_item(
                    t.right,
                    t.baseline + y,
                    FontStyle::Regular,
                    t.size,
                    palette::TEXT,
                    String::new(),
                ));
            }
            for (r, h) in &s.links {
                pending_links.push((p, [r[0], r[1] + y, r[2], r[3]], *h));
            }
        }
        pages.push(page);
    }
    let find = |h: usize| {
        outline
            .get(h)
            .and_then(|o| o.as_ref())
            .map(|o| (o.page, o.y))
    };
    for (p, idx, t) in pending {
        if let (Some((target, _)), Some(Item::Text(run))) =
            (find(t.heading), pages[p].items.get_mut(idx))
        {
            run.text = (target + 1).to_string();
            run.x = t.right - run.width();
        }
    }
    for (p, rect, h) in pending_links {
        if let Some((target, y)) = find(h) {
            pages[p].links.push(Link {
                rect,
                page: target,
                y,
            });
        }
    }
    decorate(&mut pages, &content.meta);
    progress(1.0);
    Document {
        meta: content.meta.clone(),
        pages,
        outline: outline.into_iter().flatten().collect(),
    }
}

fn shifted(mut item: Item, dy: f32) -> Item {
    match &mut item {
        Item::Text(t) => t.y += dy,
        Item::Line(l) => {
            l.y1 += dy;
            l.y2 += dy;
        }
        Item::Rect(r) => r.y += dy,
    }
    item
}

/// Running header (not on the first page) and footer "Side X av Y".
fn decorate(pages: &mut [Page], meta: &Meta) {
    let total = pages.len().to_string();
    let right = MARGIN_LEFT + TEXT_WIDTH;
    let size = 8.0;
    let m = metrics(FontStyle::Regular);
    for (i, page) in pages.iter_mut().enumerate() {
        if i > 0 {
            let left = fit(&meta.header_left, size, TEXT_WIDTH * 0.7);
            page.items.push(text_item(
                MARGIN_LEFT,
                44.0,
                FontStyle::Regular,
                size,
                palette::MUTED,
                left,
            ));
            let w = m.width(&meta.header_right, size);
            page.items.push(text_item(
                right - w,
                44.0,
                FontStyle::Regular,
                size,
                palette::MUTED,
                meta.header_right.clone(),
            ));
            page.items.push(Item::Line(LineItem {
                x1: MARGIN_LEFT,
                y1: 50.0,
                x2: right,
                y2: 50.0,
                width: 0.5,
                color: palette::RULE,
            }));
        }
        page.items.push(Item::Line(LineItem {
            x1: MARGIN_LEFT,
            y1: 800.0,
            x2: right,
            y2: 800.0,
            width: 0.5,
            color: palette::RULE,
        }));
        let text = fill(
            &meta.footer,
            &[("page", &(i + 1).to_string()), ("pages", &total)],
        );
        let w = m.width(&text, size);
        page.items.push(text_item(
            right - w,
            813.0,
            FontStyle::Regular,
            size,
            palette::MUTED,
            text,
        ));
        let title = fit(&meta.title, size, TEXT_WIDTH * 0.7);
        page.items.push(text_item(
            MARGIN_LEFT,
            813.0,
            FontStyle::Regular,
            size,
            palette::MUTED,
            title,
        ));
    }
}

/// `text` cut with an ellipsis so that it is at most `width` wide.
fn fit(text: &str, size: f32, width: f32) -> String {
    let m = metrics(FontStyle::Regular);
    if m.width(text, size) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let limit = width - m.width("…", size);
    let mut w = 0.0;
    for c in text.chars() {
        w += m.char_width(c, size);
        if w > limit {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Column, Paragraph, Row};
    use gevinst_core::i18n::Language;

    /// Setting the blocks on several threads gives the same pages as setting them on one.
    #[test]
    fn threads_do_not_change_the_pages() {
        for project in [
            gevinst_core::example::project(),
            gevinst_core::example::large(),
        ] {
            let content = crate::content::build(&project, Language::Nb).unwrap();
            let one = layout_on(&content, 1, &mut |_| {});
            for threads in [2, 3, 8] {
                let many = layout_on(&content, threads, &mut |_| {});
                assert_eq!(many.to_compact_text(), one.to_compact_text(), "{threads}");
                assert_eq!(many.outline, one.outline);
                let links =
                    |d: &Document| d.pages.iter().map(|p| p.links.clone()).collect::<Vec<_>>();
                assert_eq!(links(&many), links(&one));
            }
        }
    }

    fn meta() -> Meta {
        Meta {
            language: Language::Nb,
            title: "Tittel".into(),
            author: "Forfatter".into(),
            subject: String::new(),
            keywords: Vec::new(),
            header_left: "Virksomheten".into(),
            header_right: "Årsrapport 2026".into(),
            footer: "Side {page} av {pages}".into(),
        }
    }

    fn para(text: &str) -> Block {
        Block::Paragraph(Paragraph {
            spans: vec![Span::plain(text)],
            kind: ParaKind::Body,
        })
    }

    fn heading(text: &str) -> Block {
        Block::Heading(Heading {
            level: 2,
            number: Some("4.1".into()),
            text: text.into(),
        })
    }

    fn doc(blocks: Vec<Block>) -> Document {
        layout(
            &Content {
                meta: meta(),
                blocks,
            },
            &mut |_| {},
        )
    }

    /// Pages (0-based) on which a text run equal to `text` occurs.
    fn pages_with(d: &Document, text: &str) -> Vec<usize> {
        d.pages
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.items
                    .iter()
                    .any(|i| matches!(i, Item::Text(t) if t.text == text))
            })
            .map(|(n, _)| n)
            .collect()
    }

    /// Every body line (text run with leading `L{n}`) and its page and y.
    fn numbered_lines(d: &Document) -> Vec<(usize, usize, f32)> {
        let mut out = Vec::new();
        for (p, page) in d.pages.iter().enumerate() {
            for item in &page.items {
                if let Item::Text(t) = item {
                    for word in t.text.split(' ') {
                        if let Some(n) = word.strip_prefix('L').and_then(|n| n.parse().ok()) {
                            out.push((n, p, t.y));
                        }
                    }
                }
            }
        }
        out
    }

    /// A paragraph of `n` lines, each a single long token `L{k}` padded to fill the line.
    fn lines_paragraph(first: usize, n: usize) -> Block {
        let text = (first..first + n)
            .map(|k| format!("L{k}"))
            .collect::<Vec<_>>()
            .join("\n");
        para(&text)
    }

    /// Filler lines that leave `left` lines of body text free on the first page.
    fn filler(left: usize) -> Vec<Block> {
        let capacity = ((BODY_BOTTOM - BODY_TOP) / BODY_LEADING).floor() as usize;
        vec![para(&vec!["x"; capacity - left].join("\n"))]
    }

    #[test]
    fn a_heading_is_never_last_on_a_page() {
        for left in 1..6 {
            let mut blocks = filler(left);
            blocks.push(heading("Overskrift"));
            blocks.push(lines_paragraph(0, 6));
            let d = doc(blocks);
            let h = pages_with(&d, "Overskrift");
            let first = numbered_lines(&d)
                .into_iter()
                .find(|l| l.0 == 0)
                .map(|l| l.1);
            assert_eq!(h.len(), 1);
            assert_eq!(
                Some(h[0]),
                first,
                "left {left}: heading and first lines apart"
            );
        }
    }

    #[test]
    fn no_widows_and_no_orphans() {
        for left in 1..8 {
            let mut blocks = filler(left);
            blocks.push(lines_paragraph(0, 5));
            let d = doc(blocks);
            let lines = numbered_lines(&d);
            assert_eq!(lines.len(), 5);
            let on_first = lines.iter().filter(|l| l.1 == lines[0].1).count();
            let on_last = lines.iter().filter(|l| l.1 == lines[4].1).count();
            assert!(on_first >= 2, "left {left}: orphan {lines:?}");
            assert!(on_last >= 2, "left {left}: widow {lines:?}");
        }
    }

    fn table(rows: usize, tall: usize) -> Table {
        Table {
            caption: "Tabell 1 Prøve".into(),
            columns: vec![
                Column {
                    header: "Navn".into(),
                    align: Align::Left,
                },
                Column {
                    header: "Beløp (kr)".into(),
                    align: Align::Right,
                },
            ],
            rows: (0..rows)
                .map(|i| Row {
                    cells: vec![
                        Cell::text(if i == tall {
                            (0..150)
                                .map(|k| format!("T{k}"))
                                .collect::<Vec<_>>()
                                .join("\n")
                        } else {
                            format!("Rad{i}")
                        }),
                        Cell::text(gevinst_core::format::integer(i as i64 * 1000, Language::Nb)),
                    ],
                    total: false,
                })
                .collect(),
            note: None,
        }
    }

    #[test]
    fn a_long_table_repeats_its_header_and_never_splits_a_row() {
        let d = doc(vec![Block::Table(table(150, usize::MAX))]);
        assert!(d.pages.len() >= 3);
        let header_pages = pages_with(&d, "Navn");
        assert_eq!(header_pages, (0..d.pages.len()).collect::<Vec<_>>());
        for (p, page) in d.pages.iter().enumerate() {
            // The header is the first text in the body on every page.
            let first_body = page
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Text(t) if t.y > BODY_TOP && t.y < BODY_BOTTOM => Some(t),
                    _ => None,
                })
                .min_by(|a, b| a.y.total_cmp(&b.y));
            let first_body = first_body.map(|t| t.text.as_str());
            if p == 0 {
                assert_eq!(first_body, Some("Tabell 1 Prøve"));
            } else {
                assert_eq!(first_body, Some("Navn"), "page {p}");
            }
        }
        // Every row's two cells are on the same page, in order.
        let mut last_page = 0;
        for i in 0..150 {
            let name = pages_with(&d, &format!("Rad{i}"));
            let amount = pages_with(
                &d,
                &gevinst_core::format::integer(i as i64 * 1000, Language::Nb),
            );
            assert_eq!(name.len(), 1);
            assert!(amount.contains(&name[0]), "row {i}");
            assert!(name[0] >= last_page);
            last_page = name[0];
        }
        // Right-aligned numbers end at the same x.
        let rights: Vec<f32> = d.pages[0]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) if t.text.starts_with(|c: char| c.is_ascii_digit()) => {
                    Some(t.x + t.width())
                }
                _ => None,
            })
            .collect();
        assert!(rights.len() > 10);
        assert!(rights.iter().all(|r| (r - rights[0]).abs() < 0.01));
    }

    #[test]
    fn a_row_taller_than_a_page_is_split_with_the_header_repeated() {
        let d = doc(vec![Block::Table(table(3, 1))]);
        let tall: Vec<usize> = (0..150)
            .flat_map(|k| pages_with(&d, &format!("T{k}")))
            .collect();
        assert!(tall.first() < tall.last(), "the tall row spans pages");
        for p in tall {
            assert!(pages_with(&d, "Navn").contains(&p));
        }
        // Nothing runs into the footer.
        for page in &d.pages {
            for item in &page.items {
                if let Item::Text(t) = item
                    && t.text.starts_with('T')
                    && t.text[1..].parse::<u32>().is_ok()
                {
                    assert!(t.y < BODY_BOTTOM + 0.01, "{} at {}", t.text, t.y);
                }
            }
        }
    }

    #[test]
    fn short_columns_get_their_width_and_text_wraps_instead() {
        let t = Table {
            caption: String::new(),
            columns: vec![
                Column {
                    header: "Tiltak".into(),
                    align: Align::Left,
                },
                Column {
                    header: "Periode".into(),
                    align: Align::Left,
                },
            ],
            rows: vec![Row {
                cells: vec![
                    Cell::text("Et svært langt tiltaksnavn ".repeat(8)),
                    Cell::text("01.03.2023–30.06.2024"),
                ],
                total: false,
            }],
            note: None,
        };
        let w = column_widths(&t);
        let period = metrics(FontStyle::Regular).width("01.03.2023–30.06.2024", TABLE_SIZE);
        assert!(w[1] >= period + 2.0 * CELL_PAD_X);
        assert!((w[0] + w[1] - TEXT_WIDTH).abs() < 0.1);
    }

    #[test]
    fn footer_counts_pages_and_the_header_runs_from_page_two() {
        let d = doc(vec![lines_paragraph(0, 150)]);
        let n = d.pages.len();
        assert!(n >= 3);
        for p in 0..n {
            assert_eq!(pages_with(&d, &format!("Side {} av {n}", p + 1)), vec![p]);
        }
        assert_eq!(pages_with(&d, "Virksomheten"), (1..n).collect::<Vec<_>>());
    }

    #[test]
    fn toc_numbers_and_outline_point_at_the_headings() {
        let mut blocks = vec![Block::Toc {
            title: "Innhold".into(),
        }];
        for k in 0..4 {
            blocks.push(Block::Heading(Heading {
                level: 2,
                number: Some(format!("4.{k}")),
                text: format!("Del {k}"),
            }));
            blocks.push(lines_paragraph(k * 100, 60));
        }
        let d = doc(blocks);
        assert_eq!(d.outline.len(), 4);
        for (k, o) in d.outline.iter().enumerate() {
            assert_eq!(o.title, format!("4.{k} Del {k}"));
            assert_eq!(pages_with(&d, &format!("Del {k}")).last(), Some(&o.page));
        }
        // The table of contents shows each heading's page number and links to it.
        let toc = &d.pages[0];
        let links: Vec<&Link> = toc.links.iter().collect();
        assert_eq!(links.len(), 4);
        for (k, l) in links.iter().enumerate() {
            assert_eq!(l.page, d.outline[k].page);
            let number = (d.outline[k].page + 1).to_string();
            let shown = toc.items.iter().any(|i| {
                matches!(i, Item::Text(t) if t.text == number
                    && t.y > l.rect[1] && t.y <= l.rect[1] + l.rect[3])
            });
            assert!(shown, "page number of entry {k}");
        }
    }
}
