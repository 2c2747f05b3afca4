//! The table builder: a numbered caption, columns by their translated headers, body rows and
//! sum rows, and a note, so that a section says what its table holds and nothing more.

use super::builder::Builder;
use super::document::{Align, Block, Cell, Column, Row, Table};
use gevinst_core::i18n::{Key, Language, ReportText as R};

/// A table being built; [`Builder::push_table`] adds it to the document.
pub(super) struct TableBuilder {
    lang: Language,
    table: Table,
}

impl TableBuilder {
    /// A left-aligned (text) column.
    pub(super) fn left(self, header: R) -> TableBuilder {
        let header = header.text(self.lang).to_owned();
        self.column(header, Align::Left)
    }

    /// A right-aligned (number) column.
    pub(super) fn right(self, header: R) -> TableBuilder {
        let header = header.text(self.lang).to_owned();
        self.column(header, Align::Right)
    }

    /// A column with a header of its own.
    pub(super) fn column(mut self, header: String, align: Align) -> TableBuilder {
        self.table.columns.push(Column { header, align });
        self
    }

    /// A note under the table.
    pub(super) fn note(mut self, note: impl Into<String>) -> TableBuilder {
        self.table.note = Some(note.into());
        self
    }

    /// A body row.
    pub(super) fn row(&mut self, cells: Vec<Cell>) {
        self.table.rows.push(Row {
            cells,
            total: false,
        });
    }

    /// Body rows.
    pub(super) fn rows(&mut self, rows: impl IntoIterator<Item = Vec<Cell>>) {
        for cells in rows {
            self.row(cells);
        }
    }

    /// A sum row: bold, with a rule above.
    pub(super) fn sum_row(&mut self, cells: Vec<Cell>) {
        self.table.rows.push(Row { cells, total: true });
    }
}

impl Builder<'_> {
    /// A new table with the next table number and the caption `key` filled with `args`.
    pub(super) fn new_table(&mut self, key: R, args: &[(&str, &str)]) -> TableBuilder {
        self.tables = self.tables.saturating_add(1);
        let n = self.tables.to_string();
        let caption = format!(
            "{} {}",
            self.f(R::TableCaption, &[("n", &n)]),
            self.f(key, args)
        );
        TableBuilder {
            lang: self.lang,
            table: Table {
                caption,
                columns: Vec::new(),
                rows: Vec::new(),
                note: None,
            },
        }
    }

    /// Add a built table to the document.
    pub(super) fn push_table(&mut self, t: TableBuilder) {
        self.push(Block::Table(t.table));
    }
}
