//! Gevinst's spreadsheets, both ways.
//!
//! - **Export** ([`export()`]): one xlsx workbook with a sheet per list (measures, services,
//!   gains with a row per gain and year, extractions, priority areas, checklist), each row
//!   with its entity's id, and a summary sheet with the report's tables whose sums are
//!   formulas over the list sheets, cached with Gevinst's own figures (to the øre).
//! - **Import** ([`read()`], [`guess`], [`apply`]): a workbook (xlsx, xls, ods) or CSV file,
//!   its columns found by their headers in nb, nn or en; all or nothing, with every wrong cell
//!   named, and the result as one [`gevinst_core::edit::Edit`] so the app can undo it.
//!
//! Money stays exact: a spreadsheet's number of kroner becomes whole øre through a decimal
//! (the number's shortest text, rounded to two decimals), never through float arithmetic.
//! The column names in every language: `docs/spreadsheets.md`.

pub mod apply;
pub mod columns;
mod entities;
pub mod example;
pub mod export;
pub mod preview;
pub mod read;
pub mod rows;
pub mod value;

pub use apply::{CellError, Mapping, Outcome, apply, guess};
pub use columns::{Col, ListSheet};
pub use export::{ExportError, export, export_to_bytes, workbook};
pub use preview::{PreviewCell, PreviewRow, fields, preview, read_cell};
pub use read::{MAX_ROWS, ReadError, Table, Workbook, read, read_bytes};

/// What an import read and made of it: the workbook, the guessed mapping of each table, and
/// either the outcome (one edit) or every wrong cell.
pub type Imported = (Workbook, Vec<Mapping>, Result<Outcome, Vec<CellError>>);

/// Read a file and apply it with the guessed mapping: the command line's import.
pub fn import(
    project: &gevinst_core::model::Project,
    path: &std::path::Path,
) -> Result<Imported, ReadError> {
    let wb = read(path)?;
    let maps = guess(&wb);
    let outcome = apply(project, &wb, &maps);
    Ok((wb, maps, outcome))
}
