//! Tables as Word tables: the header row marked as a header (repeated on every page) and
//! shaded, numbers right-aligned, sum rows bold with a rule above; the key figures and the
//! chart's numbers as tables too.

use super::text::{para, run};
use crate::content::{Align, Chart, KeyFigure, Mark, Table as ContentTable};
use crate::fonts::FontStyle;
use docx_rs::{
    AlignmentType, BorderType, Paragraph, ParagraphChild, Shading, Table, TableCell,
    TableCellBorder, TableCellBorderPosition, TableCellContent, TableRow, WidthType,
};
use gevinst_core::i18n::{Common, DocxText, Key};

/// The width of the text column in twentieths of a point (A4 less the margins).
pub(super) const TEXT_TWIPS: usize = 9180;

/// The header row's shading and the sum row's rule.
const TINT: &str = "E6EEF5";
const RULE: &str = "5A6168";

/// The header row: marked to repeat (`cantSplit` is the marker `super::patch` turns into
/// `tblHeader`; no other row uses it).
fn header_row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells).cant_split()
}

fn aligned(p: Paragraph, align: Align) -> Paragraph {
    match align {
        Align::Left => p,
        Align::Right => p.align(AlignmentType::Right),
    }
}

fn mark_color(mark: Mark) -> &'static str {
    match mark {
        Mark::Good => "2E7D32",
        Mark::Partial => "E09B00",
        Mark::Bad => "C62828",
        Mark::Neutral => "A0A6AB",
    }
}

/// Column widths in twips, by the length of their longest text (a word of the header at least).
fn widths(columns: usize, texts: impl Fn(usize) -> Vec<usize>) -> Vec<usize> {
    let weights: Vec<usize> = (0..columns)
        .map(|i| texts(i).into_iter().max().unwrap_or(4).clamp(4, 40))
        .collect();
    let sum: usize = weights.iter().sum::<usize>().max(1);
    weights
        .iter()
        .map(|w| w.saturating_mul(TEXT_TWIPS).checked_div(sum).unwrap_or(0))
        .collect()
}

/// The size of table text in points (the `GevinstTableText` style's 17 half-points).
const TABLE_PT: f32 = 8.5;
/// A cell's left and right margins (the `GevinstTable` style), and some room for a font
/// a little wider than Noto Sans, in twips.
const CELL_MARGINS: usize = 260;

/// The least width in twips of a cell whose unbreakable words include a number (a date such
/// as `30.06.2026`, an amount with no-break spaces, a percentage), so that it never wraps; 0
/// for other text, which may wrap and hyphenate.
fn number_twips(spans: &[crate::text::Span], bold: bool) -> usize {
    if !spans
        .iter()
        .any(|s| s.text.chars().any(|c| c.is_ascii_digit()))
    {
        return 0;
    }
    let spans: Vec<crate::text::Span> = spans
        .iter()
        .map(|s| crate::text::Span {
            text: s.text.clone(),
            style: if bold { FontStyle::Bold } else { s.style },
        })
        .collect();
    // Points to twips, with 10 % to spare for Word's own spacing.
    let twips = crate::text::min_word_width(&spans, TABLE_PT) * 22.0;
    (twips.ceil() as usize).saturating_add(CELL_MARGINS)
}

/// `grid` with every column at least its minimum (`mins`), the others shrunk in proportion
/// to make room; unchanged when the minimums do not fit the text width together.
fn with_minimums(grid: Vec<usize>, mins: &[usize]) -> Vec<usize> {
    let min = |i: usize| mins.get(i).copied().unwrap_or(0);
    if mins.iter().sum::<usize>() > TEXT_TWIPS {
        return grid;
    }
    let mut fixed = vec![false; grid.len()];
    // Fix the columns below their minimum until the rest, shared in proportion, all fit.
    loop {
        let room = TEXT_TWIPS.saturating_sub(
            (0..grid.len())
                .filter(|&i| fixed[i])
                .map(min)
                .sum::<usize>(),
        );
        let free: usize = (0..grid.len())
            .filter(|&i| !fixed[i])
            .map(|i| grid[i])
            .sum();
        let share = |i: usize| grid[i].saturating_mul(room).checked_div(free).unwrap_or(0);
        let short: Vec<usize> = (0..grid.len())
            .filter(|&i| !fixed[i] && share(i) < min(i))
            .collect();
        if short.is_empty() {
            return (0..grid.len())
                .map(|i| if fixed[i] { min(i) } else { share(i) })
                .collect();
        }
        for i in short {
            fixed[i] = true;
        }
    }
}

/// A cell of one paragraph, built in place: the builders move the whole cell and paragraph
/// (with their property structs) at every step, which for the large project's tables was most
/// of the export's time.
fn cell(p: Paragraph, width: usize) -> TableCell {
    let mut c = TableCell::new().width(width, WidthType::Dxa);
    c.has_numbering = p.has_numbering;
    c.children.push(TableCellContent::Paragraph(Box::new(p)));
    c
}

fn new_table(rows: Vec<TableRow>, grid: Vec<usize>, style: &str) -> Table {
    Table::without_borders(rows)
        .style(style)
        .set_grid(grid)
        .width(TEXT_TWIPS, WidthType::Dxa)
}

/// A table of the report.
pub(super) fn table(t: &ContentTable) -> Table {
    let n = t.columns.len().max(1);
    let grid = widths(n, |i| {
        let header = t
            .columns
            .get(i)
            .map(|c| {
                c.header
                    .split_whitespace()
                    .map(|w| w.chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .unwrap_or(0);
        // Numbers do not wrap: their column gets room for the longest, and a little more.
        let extra = match t.columns.get(i).map(|c| c.align) {
            Some(Align::Right) => 3,
            _ => 0,
        };
        let cells = t.rows.iter().filter_map(|r| r.cells.get(i)).map(move |c| {
            c.spans
                .iter()
                .map(|s| s.text.chars().count())
                .sum::<usize>()
                .min(40)
                .saturating_add(extra)
        });
        std::iter::once(header.saturating_add(1))
            .chain(cells)
            .collect()
    });
    let mins: Vec<usize> = (0..n)
        .map(|i| {
            t.rows
                .iter()
                .filter_map(|r| r.cells.get(i).map(|c| number_twips(&c.spans, r.total)))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let grid = with_minimums(grid, &mins);
    let width = |i: usize| grid.get(i).copied().unwrap_or(TEXT_TWIPS);
    let mut rows = Vec::with_capacity(t.rows.len().saturating_add(1));
    let header: Vec<TableCell> = t
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            cell(
                aligned(para(&c.header, "GevinstTableHeading"), c.align),
                width(i),
            )
            .shading(Shading::new().fill(TINT))
        })
        .collect();
    if !header.is_empty() {
        rows.push(header_row(header));
    }
    for r in &t.rows {
        let cells: Vec<TableCell> = (0..n)
            .map(|i| {
                let align = t.columns.get(i).map_or(Align::Left, |c| c.align);
                let mut p = aligned(Paragraph::new().style("GevinstTableText"), align);
                if let Some(c) = r.cells.get(i) {
                    if let Some(mark) = c.mark {
                        let dot = run("● ", FontStyle::Regular).color(mark_color(mark));
                        p.children.push(ParagraphChild::Run(Box::new(dot)));
                    }
                    for s in &c.spans {
                        let style = if r.total { FontStyle::Bold } else { s.style };
                        p.children
                            .push(ParagraphChild::Run(Box::new(run(&s.text, style))));
                    }
                }
                let mut c = cell(p, width(i));
                if r.total {
                    c = c.set_border(
                        TableCellBorder::new(TableCellBorderPosition::Top)
                            .border_type(BorderType::Single)
                            .size(8)
                            .color(RULE),
                    );
                }
                c
            })
            .collect();
        rows.push(TableRow::new(cells));
    }
    new_table(rows, grid, "GevinstTable")
}

/// The key figures: a row of big values over their labels.
pub(super) fn key_figures(figures: &[KeyFigure]) -> Table {
    let grid = widths(figures.len().max(1), |i| {
        figures
            .get(i)
            .map(|f| vec![f.value.chars().count().saturating_add(2), 10])
            .unwrap_or_default()
    });
    let cells = figures
        .iter()
        .zip(&grid)
        .map(|(f, w)| {
            TableCell::new()
                .add_paragraph(para(&f.value, "GevinstKeyValue"))
                .add_paragraph(para(&f.label, "GevinstKeyLabel"))
                .width(*w, WidthType::Dxa)
        })
        .collect();
    new_table(vec![TableRow::new(cells)], grid, "GevinstKeyFigures")
}

/// The chart's numbers: a row per category (year), a column per series, exact amounts.
pub(super) fn chart_numbers(c: &Chart) -> Table {
    let lang = c.language;
    let n = c.series.len().saturating_add(1);
    let grid = widths(n, |i| if i == 0 { vec![10] } else { vec![16] });
    let width = |i: usize| grid.get(i).copied().unwrap_or(TEXT_TWIPS);
    let mut header = vec![
        cell(
            para(DocxText::ChartYear.text(lang), "GevinstTableHeading"),
            width(0),
        )
        .shading(Shading::new().fill(TINT)),
    ];
    for (k, s) in c.series.iter().enumerate() {
        header.push(
            cell(
                aligned(para(&s.name, "GevinstTableHeading"), Align::Right),
                width(k.saturating_add(1)),
            )
            .shading(Shading::new().fill(TINT)),
        );
    }
    let mut rows = vec![header_row(header)];
    for (g, cat) in c.categories.iter().enumerate() {
        let mut cells = vec![cell(para(cat, "GevinstTableText"), width(0))];
        for (k, s) in c.series.iter().enumerate() {
            let text = match s.values.get(g).copied().flatten() {
                Some(m) => gevinst_core::format::money(m, lang),
                None => Common::Missing.text(lang).to_owned(),
            };
            cells.push(cell(
                aligned(para(&text, "GevinstTableText"), Align::Right),
                width(k.saturating_add(1)),
            ));
        }
        rows.push(TableRow::new(cells));
    }
    new_table(rows, grid, "GevinstTable")
}
