//! "Importer fra Excel …": the window between reading a workbook (or CSV file) and changing the
//! project. Per sheet a mapping step (which list the sheet is read as, and for each of its
//! columns the field of Gevinst it fills, the guess filled in, "ignorer" for the rest), a
//! preview of the first rows as they will be read, and the list of wrong cells; each line of
//! that list selects its row in the preview. "Importer" is enabled only when every cell can be
//! read: the import is then one edit (undoable); "Avbryt" leaves the project as it is.

mod view;

use gevinst_core::model::Project;
use gevinst_sheets::columns::match_header;
use gevinst_sheets::{CellError, ListSheet, Mapping, Outcome, Workbook};
use std::path::{Path, PathBuf};

/// How many data rows the preview shows (besides a wrong cell's row further down).
pub const PREVIEW_ROWS: usize = 10;

/// What the user chose in the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Import with the mapping shown.
    Import,
    /// Read the file again (after fixing it in the spreadsheet program).
    Reload,
    /// Close the window; nothing is changed.
    Cancel,
}

/// An import being prepared: the workbook read, the mapping of each table and what applying
/// it to the project gives.
pub struct SheetsImport {
    path: PathBuf,
    workbook: Workbook,
    maps: Vec<Mapping>,
    result: Result<Outcome, Vec<CellError>>,
    /// The wrong cell's row selected in the preview: table and data row.
    selected: Option<(usize, usize)>,
    /// Scroll the selected row into view in the next frame.
    scroll: bool,
}

impl SheetsImport {
    /// Start from a read workbook with the guessed mapping, applied to `project`.
    pub fn new(project: &Project, path: PathBuf, workbook: Workbook) -> Self {
        let maps = gevinst_sheets::guess(&workbook);
        let result = gevinst_sheets::apply(project, &workbook, &maps);
        SheetsImport {
            path,
            workbook,
            maps,
            result,
            selected: None,
            scroll: false,
        }
    }

    /// The same file read again: the mapping the user chose is kept for tables whose headers
    /// did not change.
    pub fn reloaded(self, project: &Project, workbook: Workbook) -> Self {
        let mut next = SheetsImport::new(project, self.path, workbook);
        for (t, map) in next.maps.iter_mut().enumerate() {
            let same = self.workbook.tables.get(t).map(|x| &x.headers)
                == next.workbook.tables.get(t).map(|x| &x.headers);
            if same && let Some(old) = self.maps.get(t) {
                *map = old.clone();
            }
        }
        next.remap(project);
        next
    }

    /// The file read.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The workbook read.
    pub fn workbook(&self) -> &Workbook {
        &self.workbook
    }

    /// The mapping of each table.
    pub fn mappings(&self) -> &[Mapping] {
        &self.maps
    }

    /// Every wrong cell (none when the import can be done).
    pub fn errors(&self) -> &[CellError] {
        self.result.as_ref().err().map_or(&[], Vec::as_slice)
    }

    /// The import's outcome, when every cell can be read.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.result.as_ref().ok()
    }

    /// True when "Importer" is enabled: every cell can be read and some sheet is read.
    pub fn can_import(&self) -> bool {
        self.result.is_ok() && self.maps.iter().any(|m| m.sheet.is_some())
    }

    /// The row selected in the preview (table, data row), after a wrong cell was clicked.
    pub fn selected(&self) -> Option<(usize, usize)> {
        self.selected
    }

    /// Read the table `t` as `sheet` (or not at all), each column guessed again by its header.
    pub fn set_sheet(&mut self, project: &Project, t: usize, sheet: Option<ListSheet>) {
        let Some(table) = self.workbook.tables.get(t) else {
            return;
        };
        if let Some(map) = self.maps.get_mut(t) {
            map.sheet = sheet;
            map.columns = table
                .headers
                .iter()
                .map(|h| sheet.and_then(|s| match_header(s, h)))
                .collect();
        }
        self.remap(project);
    }

    /// Map column `c` of table `t` to `field` (`None`: ignore it).
    pub fn set_column(
        &mut self,
        project: &Project,
        t: usize,
        c: usize,
        field: Option<gevinst_sheets::Col>,
    ) {
        if let Some(slot) = self.maps.get_mut(t).and_then(|m| m.columns.get_mut(c)) {
            *slot = field;
        }
        self.remap(project);
    }

    /// Apply the mapping to `project` again (after a change of mapping, or before importing
    /// into a project edited meanwhile).
    pub fn remap(&mut self, project: &Project) {
        self.result = gevinst_sheets::apply(project, &self.workbook, &self.maps);
        if self.errors().is_empty() {
            self.selected = None;
        }
    }

    /// Select a wrong cell's row in the preview and scroll to it.
    pub fn select(&mut self, t: usize, data_row: usize) {
        self.selected = Some((t, data_row));
        self.scroll = true;
    }
}
