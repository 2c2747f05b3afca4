//! Applying read tables to a project: columns found by their headers, every cell checked, and
//! the result as one edit, or every wrong cell and nothing changed.

use crate::columns::{Col, ListSheet, guess_sheet, match_header};
use crate::read::{Table, Workbook};
use crate::value::{self, Problem, Raw};
use gevinst_core::edit::{Edit, Item};
use gevinst_core::i18n::{Key, Language, SheetText, fill};
use gevinst_core::model::{
    Beneficiary, Channel, Direction, ExtractionForm, GainKind, Id, MeasureStatus, Project,
    TargetGroup,
};

/// How one table is read: as which list, and which column is which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    /// The list the table holds; `None` to leave the table out.
    pub sheet: Option<ListSheet>,
    /// For each column of the table, the field it fills (`None`: not read).
    pub columns: Vec<Option<Col>>,
}

impl Mapping {
    /// The guess: the list by the sheet's name (in any language) or else by its headers,
    /// each column by its header.
    pub fn guess(table: &Table) -> Mapping {
        let sheet = ListSheet::from_name(&table.name)
            .filter(|s| ListSheet::IMPORTED.contains(s))
            .or_else(|| guess_sheet(&table.headers));
        let columns = match sheet {
            Some(s) => table.headers.iter().map(|h| match_header(s, h)).collect(),
            None => vec![None; table.headers.len()],
        };
        Mapping { sheet, columns }
    }

    /// The headers of the table that match no field (and are not empty).
    pub fn unknown<'a>(&self, table: &'a Table) -> Vec<&'a str> {
        if self.sheet.is_none() {
            return Vec::new();
        }
        table
            .headers
            .iter()
            .zip(&self.columns)
            .filter(|(h, c)| c.is_none() && !h.trim().is_empty())
            .map(|(h, _)| h.as_str())
            .collect()
    }
}

/// The guessed mapping of every table.
pub fn guess(wb: &Workbook) -> Vec<Mapping> {
    wb.tables.iter().map(Mapping::guess).collect()
}

/// A wrong cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellError {
    /// The table's index in the workbook.
    pub table: usize,
    /// The data row's index in the table.
    pub data_row: usize,
    /// The sheet's name.
    pub sheet: String,
    /// The spreadsheet row number (1-based).
    pub row: usize,
    /// The column's header as written in the sheet.
    pub column: String,
    /// The cell as shown.
    pub value: String,
    /// What is wrong.
    pub problem: Problem,
    /// For a choice, the field whose choices to list.
    pub field: Col,
}

impl CellError {
    /// The sentence: «Ark «Gevinster», rad 14, kolonne «Realisert (kr)»: «tolv» er ikke et beløp».
    pub fn message(&self, lang: Language) -> String {
        let problem = fill(
            self.problem.key().text(lang),
            &[
                ("value", &self.value),
                ("choices", &choices(self.field, lang)),
            ],
        );
        fill(
            SheetText::CellError.text(lang),
            &[
                ("sheet", &self.sheet),
                ("row", &self.row.to_string()),
                ("column", &self.column),
                ("problem", &problem),
            ],
        )
    }
}

fn choices(col: Col, lang: Language) -> String {
    match col {
        Col::MeasureStatus => value::choices(&MeasureStatus::ALL, lang),
        Col::ServiceTargetGroup => value::choices(&TargetGroup::ALL, lang),
        Col::ServiceChannel => value::choices(&Channel::ALL, lang),
        Col::GainKind => value::choices(&GainKind::ALL, lang),
        Col::GainBeneficiary => value::choices(&Beneficiary::ALL, lang),
        Col::GainDirection => value::choices(&Direction::ALL, lang),
        Col::ExtractionForm => value::choices(&ExtractionForm::ALL, lang),
        _ => String::new(),
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The one edit that makes the change (undoable in the app).
    pub edit: Edit,
    /// The project with the edit applied.
    pub project: Project,
    /// Entities added.
    pub new: usize,
    /// Entities updated.
    pub updated: usize,
}

/// One data row being read: its cells by field, and the errors it finds.
pub(crate) struct Row<'a> {
    pub(crate) table: &'a Table,
    pub(crate) index: usize,
    pub(crate) t: usize,
    pub(crate) cells: Vec<(Col, usize)>,
    pub(crate) errors: &'a mut Vec<CellError>,
}

impl Row<'_> {
    fn position(&self, col: Col) -> Option<usize> {
        self.cells.iter().find(|(c, _)| *c == col).map(|(_, i)| *i)
    }

    pub(crate) fn raw(&self, col: Col) -> Option<&Raw> {
        let i = self.position(col)?;
        self.table
            .rows
            .get(self.index)?
            .get(i)
            .or(Some(&Raw::Empty))
    }

    pub(crate) fn error(&mut self, col: Col, problem: Problem) {
        let i = self.position(col).unwrap_or(0);
        let value = self.raw(col).map(Raw::shown).unwrap_or_default();
        self.errors.push(CellError {
            table: self.t,
            data_row: self.index,
            sheet: self.table.name.clone(),
            row: self.table.header_row + 1 + self.index,
            column: self.table.headers.get(i).cloned().unwrap_or_default(),
            value,
            problem,
            field: col,
        });
    }

    /// The column's value: `None` when the column is not mapped or the cell is wrong (then
    /// the error is recorded).
    pub(crate) fn read<T>(
        &mut self,
        col: Col,
        f: impl Fn(&Raw) -> Result<T, Problem>,
    ) -> Option<T> {
        let result = f(self.raw(col)?);
        match result {
            Ok(v) => Some(v),
            Err(p) => {
                self.error(col, p);
                None
            }
        }
    }

    pub(crate) fn text(&mut self, col: Col) -> Option<String> {
        self.read(col, |r| Ok(value::text(r)))
    }
}

/// Which rows of a table to read: those with anything in a mapped column.
fn data_rows(table: &Table, cells: &[(Col, usize)]) -> Vec<usize> {
    (0..table.rows.len())
        .filter(|r| {
            cells.iter().any(|(_, i)| {
                table
                    .rows
                    .get(*r)
                    .and_then(|row| row.get(*i))
                    .is_some_and(|c| !c.is_empty())
            })
        })
        .collect()
}

/// The project being built and the edits that build it.
pub(crate) struct Work {
    pub(crate) project: Project,
    pub(crate) edits: Vec<Edit>,
    pub(crate) new: usize,
    pub(crate) updated: usize,
}

impl Work {
    pub(crate) fn put(&mut self, item: Item, existed: bool) {
        if existed {
            self.updated += 1;
            self.edits.push(Edit::Update(item.clone()));
        } else {
            self.new += 1;
            let index = match &item {
                Item::Measure(_) => self.project.measures.len(),
                Item::Service(_) => self.project.services.len(),
                Item::Gain(_) => self.project.gains.len(),
                Item::Extraction(_) => self.project.extractions.len(),
                Item::PriorityArea(_) => self.project.priority_areas.len(),
                Item::OwnPoint(_) => self.project.own_points.len(),
            };
            self.edits.push(Edit::Insert {
                index,
                item: item.clone(),
            });
        }
        match item {
            Item::Measure(x) => upsert(&mut self.project.measures, x, |m| m.id),
            Item::Service(x) => upsert(&mut self.project.services, x, |m| m.id),
            Item::Gain(x) => upsert(&mut self.project.gains, x, |m| m.id),
            Item::Extraction(x) => upsert(&mut self.project.extractions, x, |m| m.id),
            Item::PriorityArea(x) => upsert(&mut self.project.priority_areas, x, |m| m.id),
            Item::OwnPoint(x) => upsert(&mut self.project.own_points, x, |m| m.id),
        }
    }
}

fn upsert<T>(list: &mut Vec<T>, item: T, id: impl Fn(&T) -> Id) {
    let key = id(&item);
    match list.iter_mut().find(|x| id(x) == key) {
        Some(slot) => *slot = item,
        None => list.push(item),
    }
}

/// Apply the tables to `project` as mapped. All or nothing: with any wrong cell, every wrong
/// cell is returned and nothing is changed.
pub fn apply(
    project: &Project,
    wb: &Workbook,
    maps: &[Mapping],
) -> Result<Outcome, Vec<CellError>> {
    let mut work = Work {
        project: project.clone(),
        edits: Vec::new(),
        new: 0,
        updated: 0,
    };
    let mut errors = Vec::new();
    for sheet in ListSheet::IMPORTED {
        for (t, (table, map)) in wb.tables.iter().zip(maps).enumerate() {
            if map.sheet != Some(sheet) {
                continue;
            }
            let mut cells: Vec<(Col, usize)> = Vec::new();
            for (i, c) in map.columns.iter().enumerate() {
                if let Some(c) = c
                    && !c.computed()
                    && !cells.iter().any(|(x, _)| x == c)
                {
                    cells.push((*c, i));
                }
            }
            for (r, c, formula) in &table.formulas {
                if let Some((col, _)) = cells.iter().find(|(_, i)| i == c) {
                    errors.push(CellError {
                        table: t,
                        data_row: *r,
                        sheet: table.name.clone(),
                        row: table.header_row + 1 + r,
                        column: table.headers.get(*c).cloned().unwrap_or_default(),
                        value: format!("={}", formula.trim_start_matches('=')),
                        problem: Problem::Formula,
                        field: *col,
                    });
                }
            }
            let rows = data_rows(table, &cells);
            match sheet {
                ListSheet::Gains => {
                    crate::entities::read_gains(&mut work, table, t, &cells, &rows, &mut errors)
                }
                _ => {
                    for index in rows {
                        let mut row = Row {
                            table,
                            index,
                            t,
                            cells: cells.clone(),
                            errors: &mut errors,
                        };
                        crate::entities::read_row(&mut work, sheet, &mut row);
                    }
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let edit = Edit::Batch(work.edits);
    let mut result = project.clone();
    // The edit is what the app applies; the CLI applies the same one, so both give one result.
    if edit.clone().apply(&mut result).is_err() {
        return Err(Vec::new());
    }
    Ok(Outcome {
        edit,
        project: result,
        new: work.new,
        updated: work.updated,
    })
}
