//! One export for every format of the report: make the bytes with the format's renderer,
//! then save them atomically, with progress through all stages.

use crate::{ReportError, ReportOptions, Stage, staged};
use gevinst_core::model::Project;
use std::path::Path;

/// A file format of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// A tagged PDF/A (PDF/UA-1).
    Pdf,
    /// A Word document.
    Docx,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 2] = [Format::Pdf, Format::Docx];

    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }

    /// The format a file's name asks for by its extension (any case), if any.
    pub fn of_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?;
        Format::ALL
            .into_iter()
            .find(|f| ext.eq_ignore_ascii_case(f.extension()))
    }

    /// The report of a project in this format, with progress reports.
    pub fn render_with_progress(
        self,
        project: &Project,
        options: &ReportOptions,
        progress: &mut dyn FnMut(Stage, f32),
    ) -> Result<Vec<u8>, ReportError> {
        match self {
            Format::Pdf => crate::render_pdf_with_progress(project, options, progress),
            Format::Docx => crate::render_docx_with_progress(project, options, progress),
        }
    }
}

/// Make the report in `format` and save it at `path`, atomically: the file is complete or not
/// there (an existing file is left as it was on failure). `progress` gets the stage and the
/// fraction of the whole job done (0–1), the writing last.
pub fn export_with_progress(
    project: &Project,
    options: &ReportOptions,
    format: Format,
    path: &Path,
    progress: &mut dyn FnMut(Stage, f32),
) -> Result<(), ReportError> {
    let bytes = format.render_with_progress(project, options, progress)?;
    staged(Stage::Write, progress)(0.0);
    gevinst_core::io::write_atomic(path, &bytes).map_err(|e| ReportError::Write {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    staged(Stage::Write, progress)(1.0);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_follows_the_extension() {
        assert_eq!(Format::of_path(Path::new("a/k.DOCX")), Some(Format::Docx));
        assert_eq!(Format::of_path(Path::new("k.pdf")), Some(Format::Pdf));
        assert_eq!(Format::of_path(Path::new("k.xlsx")), None);
        assert_eq!(Format::of_path(Path::new("k")), None);
    }
}
