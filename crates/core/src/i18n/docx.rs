//! Texts of the Word (DOCX) export: the stage shown while it runs, the chart's alternative
//! text and the table of its numbers, and the app's and the command line's words for it.

use super::key_table;

/// A sentence or phrase of the Word export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum DocxText {
    /// The stage while the Word document is written.
    StageDocx,
    /// The chart's alternative text. `{caption}`, `{series}`, `{years}`, `{unit}`.
    ChartAlt,
    /// The caption of the table of the chart's numbers, under the picture. `{figure}`.
    ChartTable,
    /// The first column of that table: the year.
    ChartYear,
    /// The menu item.
    CmdExportDocx,
    /// Its tooltip.
    CmdExportDocxTip,
    /// The file dialog's title.
    DialogTitle,
    /// The file type in the file dialog.
    Filter,
    /// Status bar while the export runs. `{percent}`.
    StatusExporting,
    /// Status bar when it is done. `{path}`.
    StatusExported,
    /// The export failed. `{path}`, `{reason}`.
    ExportFailed,
    /// The DOCX package could not be assembled.
    ErrPackage,
    /// The command line's line after writing. `{file}`, `{language}`.
    Written,
}

key_table!(DocxText, docx::text);
