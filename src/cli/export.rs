//! `gevinst export FILE -o tall.xlsx [--lang nb|nn|en]`: the project's lists and the report's
//! tables as an Excel workbook (see docs/spreadsheets.md).

use gevinst_core::i18n::{Key, Language, SheetText, fill};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The project file.
    pub file: PathBuf,
    /// Where to write the workbook (e.g. tall.xlsx). Written atomically.
    #[arg(short, long)]
    pub output: PathBuf,
}

/// Load the project and write the workbook in `lang` (headers, sheet names, choices).
pub fn run(args: &Args, lang: Language) -> ExitCode {
    let loaded = match gevinst_core::io::load(&args.file) {
        Ok(l) => l,
        Err(e) => {
            super::print_err(&e.message(lang));
            return ExitCode::from(super::EXIT_FILE);
        }
    };
    if let Some(notice) = loaded.notice(lang) {
        super::print_err(&notice);
    }
    let file = args.output.display().to_string();
    let written = gevinst_sheets::export_to_bytes(&loaded.project, lang)
        .map_err(|e| e.to_string())
        .and_then(|bytes| {
            gevinst_core::io::write_atomic(&args.output, &bytes).map_err(|e| e.to_string())
        });
    match written {
        Ok(()) => {
            super::print_out(&format!(
                "{}\n",
                fill(SheetText::ExportDone.text(lang), &[("file", &file)])
            ));
            ExitCode::SUCCESS
        }
        Err(detail) => {
            super::print_err(&fill(
                SheetText::ErrWrite.text(lang),
                &[("file", &file), ("detail", &detail)],
            ));
            ExitCode::from(super::EXIT_FILE)
        }
    }
}
