//! The Word export in English.

use crate::i18n::DocxText as T;

use crate::i18n::{Language, Word, capital};

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::StageDocx => "Writing the Word document",
        T::ChartAlt => {
            "{caption}. Bar chart showing {series} for the years {years}, in {unit}. The numbers are in the table below the figure."
        }
        T::ChartTable => "The numbers in {figure}",
        T::ChartYear => capital(Word::Year, Language::En),
        T::CmdExportDocx => "Export to Word …",
        T::CmdExportDocxTip => {
            "Make the annual-report chapter as a Word document (DOCX) to paste into the annual report"
        }
        T::DialogTitle => "Export to Word",
        T::Filter => "Word document",
        T::StatusExporting => "Making Word document … {percent}",
        T::StatusExported => "Word document exported to {path}",
        T::ExportFailed => "Could not export the Word document to “{path}”.\n\n{reason}",
        T::ErrPackage => "The Word document could not be assembled.",
        T::Written => "Wrote {file} (Word, {language}).",
    }
}
