//! `gevinst report FILE -o OUT.pdf|OUT.docx [--lang nb|nn|en] [--format pdf|docx]`: write the
//! annual-report section as PDF or as a Word document (the format follows the extension).

use gevinst_core::i18n::{CliText, DocxText, Key, Language};
use gevinst_report::ReportOptions;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The project file.
    pub file: PathBuf,
    /// Where to write the report (e.g. effektivisering.pdf or kapittel.docx). Written
    /// atomically: a failed run never leaves a half-written file under this name.
    #[arg(short, long)]
    pub output: PathBuf,
    /// The format: pdf or docx (Word). Default: by the output's extension (.docx is Word,
    /// anything else PDF).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
}

/// The report's file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// PDF.
    Pdf,
    /// Word (DOCX).
    Docx,
}

impl Args {
    /// The format asked for, or the one the output's extension names.
    fn format(&self) -> Format {
        self.format.unwrap_or_else(|| {
            let docx = self
                .output
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
            if docx { Format::Docx } else { Format::Pdf }
        })
    }
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
    if args.format() == Format::Docx {
        return docx(args, project, &options, messages);
    }
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

/// Write the report as a Word document.
fn docx(
    args: &Args,
    project: &gevinst_core::model::Project,
    options: &ReportOptions,
    messages: Language,
) -> ExitCode {
    if let Err(e) = gevinst_report::export_docx(project, options, &args.output) {
        super::print_err(&e.message(messages));
        let code = match e {
            gevinst_report::ReportError::Write { .. } => super::EXIT_FILE,
            _ => 1,
        };
        return ExitCode::from(code);
    }
    super::print_out(&format!(
        "{}\n",
        DocxText::Written.fill(
            messages,
            &[
                ("file", (&args.output.display().to_string()).into()),
                ("language", options.language.name_in(messages).into()),
            ],
        )
    ));
    ExitCode::SUCCESS
}
