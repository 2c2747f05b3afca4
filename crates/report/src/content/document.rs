//! The document types: what the content is made of, before anything is laid out.

use crate::text::Span;
use gevinst_core::i18n::Language;
use gevinst_core::model::Money;

/// The semantic document.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    /// Document information: title, author, running header.
    pub meta: Meta,
    /// The blocks, in reading order.
    pub blocks: Vec<Block>,
}

/// Document information.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// The language of the report.
    pub language: Language,
    /// The document title (PDF metadata).
    pub title: String,
    /// The author (the agency).
    pub author: String,
    /// The subject (PDF metadata).
    pub subject: String,
    /// Keywords (PDF metadata).
    pub keywords: Vec<String>,
    /// Left part of the running header (the agency).
    pub header_left: String,
    /// Right part of the running header ("Årsrapport 2026").
    pub header_right: String,
    /// The footer template with `{page}` and `{pages}`.
    pub footer: String,
}

/// A block of the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The title of the section: kicker (report and part), title, agency.
    Title {
        /// "Årsrapport 2026 · Del IV Styring og kontroll i virksomheten".
        kicker: String,
        /// The section title.
        title: String,
        /// The agency and its ministry.
        subtitle: String,
    },
    /// A row of key figures.
    KeyFigures(Vec<KeyFigure>),
    /// The table of contents (filled in by the layout).
    Toc {
        /// Its heading.
        title: String,
    },
    /// A heading.
    Heading(Heading),
    /// A paragraph.
    Paragraph(Paragraph),
    /// A bulleted list; each item is rich text.
    Bullets(Vec<Vec<Span>>),
    /// A table.
    Table(Table),
    /// A bar chart.
    Chart(Chart),
    /// A framed box: the special assessment of a digitalisation measure.
    Callout(Callout),
}

/// A heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 2: section, 3: subsection, 4: a measure (in the outline, not in the table of contents).
    pub level: u8,
    /// Its number, e.g. "4.2", if numbered.
    pub number: Option<String>,
    /// The text.
    pub text: String,
}

impl Heading {
    /// Number and text, as shown in the table of contents and the outline.
    pub fn full_text(&self) -> String {
        match &self.number {
            Some(n) => format!("{n} {}", self.text),
            None => self.text.clone(),
        }
    }
}

/// What kind of paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParaKind {
    /// Body text.
    Body,
    /// Small grey facts under a measure's title.
    Meta,
    /// A small note under a table or figure.
    Note,
}

/// A paragraph of rich text.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// The text.
    pub spans: Vec<Span>,
    /// Its kind.
    pub kind: ParaKind,
}

/// One key figure: a big value and a label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFigure {
    /// "4", "14 410 043 kr".
    pub value: String,
    /// What it counts.
    pub label: String,
}

/// How a column is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Left: text.
    Left,
    /// Right: numbers.
    Right,
}

/// A table column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The header text.
    pub header: String,
    /// Alignment of header and cells.
    pub align: Align,
}

/// A status mark drawn before a cell's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Fulfilled, done.
    Good,
    /// Partly.
    Partial,
    /// Not fulfilled, missing.
    Bad,
    /// Not relevant, not answered.
    Neutral,
}

/// A table cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The text.
    pub spans: Vec<Span>,
    /// An optional status mark.
    pub mark: Option<Mark>,
}

impl Cell {
    /// A plain cell.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell {
            spans: vec![Span::plain(text)],
            mark: None,
        }
    }

    /// A cell of rich text.
    pub fn rich(spans: Vec<Span>) -> Cell {
        Cell { spans, mark: None }
    }

    /// A cell of rich text with a status mark.
    pub fn marked(spans: Vec<Span>, mark: Mark) -> Cell {
        Cell {
            spans,
            mark: Some(mark),
        }
    }
}

/// A table row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// One cell per column.
    pub cells: Vec<Cell>,
    /// A sum row: bold, with a rule above.
    pub total: bool,
}

/// A table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// "Tabell 3 Gevinster per år", above the table.
    pub caption: String,
    /// The columns.
    pub columns: Vec<Column>,
    /// The body rows.
    pub rows: Vec<Row>,
    /// A note under the table.
    pub note: Option<String>,
}

/// Which series of the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesKind {
    /// Planned values.
    Planned,
    /// Realised values.
    Realised,
}

/// A series of the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    /// Which series (decides the colour).
    pub kind: SeriesKind,
    /// The legend text.
    pub name: String,
    /// One value per category; `None`: not measured.
    pub values: Vec<Option<Money>>,
}

/// A grouped bar chart of amounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// "Figur 1 Planlagte og realiserte gevinster per år".
    pub caption: String,
    /// The axis unit, e.g. "mill. kr (2026-kroner)".
    pub unit: String,
    /// Amounts are divided by this for the axis labels (1 or 1 000 000 kroner).
    pub divisor: i64,
    /// The categories (years).
    pub categories: Vec<String>,
    /// The series.
    pub series: Vec<Series>,
    /// For formatting the axis labels.
    pub language: Language,
}

/// A framed box with a title.
#[derive(Debug, Clone, PartialEq)]
pub struct Callout {
    /// The title line.
    pub title: String,
    /// Paragraphs.
    pub body: Vec<Vec<Span>>,
    /// A warning (missing text) rather than information.
    pub warning: bool,
}
