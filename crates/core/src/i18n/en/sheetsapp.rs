//! The spreadsheets in the app in English.

use crate::i18n::SheetAppText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::CmdExport => "Export to Excel …",
        T::CmdExportTip => {
            "Save the lists and the report's tables as an Excel workbook, in the report's language"
        }
        T::CmdImport => "Import from Excel …",
        T::CmdImportTip => {
            "Read measures, services, gains and extractions from a workbook or CSV file, as one change that can be undone"
        }
        T::DialogExportTitle => "Export to Excel",
        T::FilterXlsx => "Excel workbook",
        T::DialogImportTitle => "Import from Excel",
        T::FilterSheets => "Spreadsheets (xlsx, xls, ods, csv)",
        T::StatusExported => "Spreadsheet exported to {path}",
        T::ExportFailed => "Could not export the spreadsheet to “{path}”.\n\n{reason}",
        T::ReadFailed => "Could not read the spreadsheet.\n\n{reason}",
        T::WindowTitle => "Import from {file}",
        T::SheetHeading => "Sheet “{sheet}”",
        T::ReadAs => "Read as",
        T::NotRead => "Not read",
        T::ColumnInSheet => "Column in the sheet",
        T::FieldInGevinst => "Field in Gevinst",
        T::Ignore => "ignore",
        T::MapColumn => "Field for the column “{column}”",
        T::Unknown => "Unknown columns, ignored: {columns}",
        T::Preview => "Preview: the first rows as they will be read",
        T::Row => "Row",
        T::Errors => "Errors in {count, plural, one {# cell} other {# cells}}",
        T::ErrorsHelp => {
            "Nothing is imported until every cell is fixed. Fix them in the spreadsheet and choose “Read the file again”, or choose another field for the column."
        }
        T::Ready => "Ready to import: {new} new and {updated} updated.",
        T::Import => "Import",
        T::ImportDisabledTip => "Fix the wrong cells first",
        T::ImportTip => "Import as one change that can be undone",
        T::Reload => "Read the file again",
        T::Cancel => "Cancel",
        T::StatusImported => "Imported from {file}: {new} new and {updated} updated",
        T::NothingToImport => "No sheet is read. Choose which list a sheet is read as.",
    }
}
