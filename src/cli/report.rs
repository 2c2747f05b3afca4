//! `gevinst report FILE -o OUT.pdf [--lang nb|nn|en]`: write the annual-report section as PDF.

use gevinst_core::i18n::{CliText, Key, Language};
use gevinst_report::ReportOptions;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The project file.
    pub file: PathBuf,
    /// Where to write the PDF (e.g. effektivisering.pdf). Written atomically: a failed run never
    /// leaves a half-written file under this name.
    #[arg(short, long)]
    pub output: PathBuf,
}

/// Load the project, lay out the section and write the PDF. `lang` is the `--lang` given, if any:
/// it chooses the report's language (default: the project's) and the language of messages.
pub fn run(args: &Args, lang: Option<Language>) -> ExitCode {
    let messages = lang.unwrap_or_default();
    let loaded = match gevinst_core::io::load(&args.file) {
        Ok(l) => l,
        Err(e) => {
            super::print_err(&e.message(messages));
            return ExitCode::from(super::EXIT_FILE);
        }
    };
    if let Some(notice) = loaded.notice(messages) {
        super::print_err(&notice);
    }
    let project = &loaded.project;
    let report_lang = lang.unwrap_or(project.report.language);
    let options = ReportOptions::for_project(project).with_language(report_lang);
    let document = match gevinst_report::layout(project, &options) {
        Ok(d) => d,
        Err(e) => {
            super::print_err(&e.message(messages));
            return ExitCode::from(1);
        }
    };
    let bytes = match gevinst_report::pdf_from_document(&document, &options) {
        Ok(b) => b,
        Err(e) => {
            super::print_err(&e.message(messages));
            return ExitCode::from(1);
        }
    };
    if let Err(e) = gevinst_core::io::write_atomic(&args.output, &bytes) {
        let error = gevinst_report::ReportError::Write {
            path: args.output.clone(),
            reason: e.to_string(),
        };
        super::print_err(&error.message(messages));
        return ExitCode::from(super::EXIT_FILE);
    }
    super::print_out(&format!(
        "{}\n",
        CliText::ReportWritten.fill(
            messages,
            &[
                ("file", (&args.output.display().to_string()).into()),
                ("pages", document.pages.len().into()),
                ("language", report_lang.name_in(messages).into()),
            ],
        )
    ));
    ExitCode::SUCCESS
}
