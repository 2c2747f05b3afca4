//! The display list: what a laid-out page is made of (text runs, lines, rectangles, links),
//! the report's colours, and the laid-out document with its text helpers.

use crate::content::Meta;
use crate::fonts::{FontStyle, metrics};
use gevinst_core::format::NBSP;

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
    /// What the run stands for when it shows something else, written as the PDF's
    /// `/ActualText`: the original text when characters the fonts lack print as U+FFFD, or
    /// empty for a hyphen that hyphenation added at a line end (the word reads joined).
    pub actual: Option<String>,
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
    /// From here on, the page's items belong to this structure element (or are an artifact),
    /// until the next mark. Each page starts as an artifact.
    Mark(Mark),
}

/// What the items after an [`Item::Mark`] are in the tagged PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Content of the structure element [`Document::structure`]`[n]`. Text always is; lines
    /// and rectangles only in a figure (elsewhere they are decoration, so artifacts).
    Node(u32),
    /// Decoration or pagination: running header, footer, rules, repeated table headers.
    Artifact,
}

/// Whether a table header cell heads its column or its row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Heads the cells below it.
    Column,
    /// Heads the cells beside it.
    Row,
}

/// The kind of a structure element (the standard structure types of PDF 1.7).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// A heading of level 1–6 (the title is 1, sections 2, subsections 3, measures 4).
    H(u8),
    /// A paragraph.
    P,
    /// A group of elements (key figures, a box).
    Div,
    /// A list.
    L,
    /// A list item.
    LI,
    /// A list item's label (the bullet).
    Lbl,
    /// A list item's body.
    LBody,
    /// A table.
    Table,
    /// A table row.
    TR,
    /// A header cell with its scope.
    TH(Scope),
    /// A data cell.
    TD,
    /// A figure with its alternative text.
    Figure(String),
    /// The caption of a table or figure.
    Caption,
    /// The table of contents.
    Toc,
    /// An entry of the table of contents.
    Toci,
    /// A link (the entry of the table of contents that jumps to its heading).
    Link,
}

/// An element of the structure tree. The elements are in reading order; a parent comes
/// before its children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StructNode {
    /// Its kind.
    pub role: Role,
    /// Its parent element (`None`: a child of the document).
    pub parent: Option<u32>,
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
    /// The structure element of the link (a [`Role::Link`]), if tagged.
    pub node: Option<u32>,
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
    /// The structure elements the pages' [`Item::Mark`]s refer to, in reading order.
    pub structure: Vec<StructNode>,
}

impl Document {
    /// A compact, line-per-text-run description of the pages (page, y, x, style, size, text),
    /// for snapshot tests and debugging. No-break spaces show as `␣`.
    pub fn to_compact_text(&self) -> String {
        let mut out = String::new();
        for (page_no, page) in (1usize..).zip(&self.pages) {
            let (mut lines, mut rects) = (0usize, 0usize);
            for item in &page.items {
                match item {
                    Item::Text(t) => {
                        out.push_str(&format!(
                            "p{page_no} y{:.1} x{:.1} {}{:.1} {}\n",
                            t.y,
                            t.x,
                            t.style.short(),
                            t.size,
                            t.text.replace(NBSP, "␣")
                        ));
                    }
                    Item::Line(_) => lines = lines.saturating_add(1),
                    Item::Rect(_) => rects = rects.saturating_add(1),
                    Item::Mark(_) => {}
                }
            }
            out.push_str(&format!(
                "p{page_no} lines={lines} rects={rects} links={}\n",
                page.links.len()
            ));
        }
        for o in &self.outline {
            out.push_str(&format!(
                "outline {} p{} y{:.1} {}\n",
                o.level,
                o.page.saturating_add(1),
                o.y,
                o.title
            ));
        }
        out
    }

    /// All text of a page as a reader gets it (a run's actual text where it has one, so no
    /// added hyphens), runs joined by spaces (for tests).
    pub fn page_text(&self, page: usize) -> String {
        self.pages
            .get(page)
            .map(|p| {
                p.items
                    .iter()
                    .filter_map(|i| match i {
                        Item::Text(t) => Some(t.actual.as_deref().unwrap_or(&t.text)),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    }
}
