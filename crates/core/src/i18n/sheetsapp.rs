//! Texts of the spreadsheets in the app: "Eksporter til Excel …", "Importer fra Excel …" and
//! the import window (mapping step, preview, wrong cells). The sheets' own names, headers and
//! cell messages are [`super::SheetText`].

use super::key_table;

/// A label or sentence of the app's spreadsheet export and import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum SheetAppText {
    /// Menu: export the workbook.
    CmdExport,
    /// Tooltip of the export.
    CmdExportTip,
    /// Menu: import a workbook or CSV file.
    CmdImport,
    /// Tooltip of the import.
    CmdImportTip,
    /// Title of the export's save dialog.
    DialogExportTitle,
    /// Filter of the export's save dialog.
    FilterXlsx,
    /// Title of the import's open dialog.
    DialogImportTitle,
    /// Filter of the import's open dialog.
    FilterSheets,
    /// Status: the workbook was written. `{path}`.
    StatusExported,
    /// Error: the workbook could not be written. `{path}`, `{reason}`.
    ExportFailed,
    /// Error: the file could not be read as a spreadsheet. `{reason}`.
    ReadFailed,
    /// Title of the import window. `{file}`.
    WindowTitle,
    /// Heading of one sheet. `{sheet}`.
    SheetHeading,
    /// Label of the choice of which list a sheet is read as.
    ReadAs,
    /// The choice: the sheet is not read.
    NotRead,
    /// Column heading: the sheet's column.
    ColumnInSheet,
    /// Column heading: the field of Gevinst.
    FieldInGevinst,
    /// The choice: the column is not read.
    Ignore,
    /// Accessible label of a column's choice. `{column}`.
    MapColumn,
    /// The columns no field matches. `{columns}`.
    Unknown,
    /// Heading of the preview.
    Preview,
    /// Column heading of the preview: the row number.
    Row,
    /// Heading of the wrong cells. `{count}`.
    Errors,
    /// Under the wrong cells: nothing is imported until they are fixed.
    ErrorsHelp,
    /// Everything can be read. `{new}`, `{updated}`.
    Ready,
    /// Button: import.
    Import,
    /// Tooltip of Import while cells are wrong.
    ImportDisabledTip,
    /// Tooltip of Import.
    ImportTip,
    /// Button: read the file again (after fixing it).
    Reload,
    /// Button: cancel.
    Cancel,
    /// Status: imported. `{file}`, `{new}`, `{updated}`.
    StatusImported,
    /// Nothing in the file is read (no sheet mapped to a list).
    NothingToImport,
}

key_table!(SheetAppText, sheetsapp::text);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_complete() {
        let problems = super::super::table_problems::<SheetAppText>();
        assert!(problems.is_empty(), "{problems:?}");
    }
}
