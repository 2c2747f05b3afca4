//! Tables: a row as slices (split when taller than a page), the header repeated on every page
//! it continues on, and column widths that fit the content.

use super::display::{Color, Item, LineItem, RectItem, Role, Scope, palette};
use super::paginate::Slice;
use super::{
    BODY_BOTTOM, BODY_TOP, CELL_PAD_X, CELL_PAD_Y, Engine, MARGIN_LEFT, MARK_ROOM, MARK_SIZE,
    TABLE_LEADING, TABLE_SIZE, TEXT_WIDTH, baseline_in, line_items,
};
use crate::content::{Align, Cell, Column, Mark, ParaKind, Table};
use crate::fonts::{FontStyle, metrics};
use crate::text::{Line, Span, max_line_width, min_word_width};

impl Engine {
    pub(super) fn table(&mut self, t: &Table) {
        let cols = t.columns.len();
        if cols == 0 {
            return;
        }
        let table = self.node(Role::Table, None);
        self.caption(&t.caption, 12.0, Some(table));
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
        let row = self.node(Role::TR, Some(table));
        let nodes: Vec<u32> = (0..cols)
            .map(|_| self.node(Role::TH(Scope::Column), Some(row)))
            .collect();
        let header = self.row_slices(
            t,
            &header_cells,
            &nodes,
            &widths,
            &xs,
            RowKind::Header,
            f32::MAX,
        );
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
            let tr = self.node(Role::TR, Some(table));
            let nodes: Vec<u32> = (0..row.cells.len())
                .map(|_| self.node(Role::TD, Some(tr)))
                .collect();
            let parts = self.row_slices(t, &row.cells, &nodes, &widths, &xs, kind, max_row);
            let parts_n = parts.len();
            for (k, mut s) in parts.into_iter().enumerate() {
                s.table = Some(table_id);
                // Keep the first row with the header and the last two rows together; a sum row
                // stays with the row above it.
                let next_is_total = t.rows.get(i.saturating_add(1)).is_some_and(|r| r.total);
                s.keep_with_next = k.saturating_add(1) == parts_n
                    && ((i == 0 && n > 1) || i.saturating_add(2) == n || next_is_total);
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

    /// A table row as one slice, or several when it is taller than `max_height`; the text of
    /// cell `c` is content of structure element `nodes[c]`.
    #[allow(clippy::too_many_arguments)] // a row, its elements and its geometry
    fn row_slices(
        &self,
        t: &Table,
        cells: &[Cell],
        nodes: &[u32],
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
                self.wrap(&spans, TABLE_SIZE, w - 2.0 * CELL_PAD_X - mark)
            })
            .collect();
        let max_lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let per_slice = (((max_height - 2.0 * CELL_PAD_Y) / TABLE_LEADING).floor() as usize).max(1);
        let chunks = max_lines.div_ceil(per_slice);
        let base = baseline_in(TABLE_LEADING, TABLE_SIZE);
        let mut out = Vec::with_capacity(chunks);
        for chunk in 0..chunks {
            // At most `max_lines`: the products stay far below `usize::MAX`.
            let from = chunk.saturating_mul(per_slice);
            let to = chunk
                .saturating_add(1)
                .saturating_mul(per_slice)
                .min(max_lines);
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
                if let Some(&node) = nodes.get(c) {
                    s.items.push(super::mark(node));
                }
                for (i, line) in lines.iter().enumerate().take(to).skip(from) {
                    let y = CELL_PAD_Y + i.saturating_sub(from) as f32 * TABLE_LEADING + base;
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
            if kind == RowKind::Header || chunk.saturating_add(1) == chunks {
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
        .map(|(i, _)| {
            // Either side of the space (one byte) at `i`.
            let (left, right) = text.split_at(i);
            m.width(left, size).max(m.width(&right[1..], size))
        })
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
            // Row 0 is the header; body row `r` is `t.rows[r - 1]`.
            let row = r.checked_sub(1).and_then(|k| t.rows.get(k));
            let mark = row
                .and_then(|row| row.cells.get(c))
                .and_then(|cell| cell.mark)
                .map_or(0.0, |_| MARK_ROOM);
            let total = row.is_some_and(|row| row.total);
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
fn distribute(min: &[f32], max: &[f32], columns: &[Column], w: f32) -> Vec<f32> {
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

#[cfg(test)]
mod tests {
    use super::super::testkit::{doc, pages_with};
    use super::super::{BODY_BOTTOM, BODY_TOP, Item};
    use super::*;
    use crate::content::{Block, Row};
    use gevinst_core::i18n::Language;

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
}
