//! `gevinst import REGISTER.xlsx|.csv [--into FILE] -o NEW.gevinst.json`: measures, services,
//! gains and extractions from a workbook or CSV file into a project (see docs/spreadsheets.md).
//! All or nothing: with any wrong cell, every wrong cell is listed, nothing is written and the
//! exit code is 1.

use gevinst_core::i18n::{Key, Language, SheetText, fill};
use gevinst_core::model::Project;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The register: .xlsx, .xls, .ods or .csv. Only read, never changed.
    pub register: PathBuf,
    /// The project to import into (default: a new, empty project). Only read.
    #[arg(long)]
    pub into: Option<PathBuf>,
    /// Where to write the resulting project. Written only when the import succeeded.
    #[arg(short, long)]
    pub output: PathBuf,
}

/// Run the import.
pub fn run(args: &Args, lang: Language) -> ExitCode {
    let same = |a: &PathBuf| {
        std::fs::canonicalize(a)
            .ok()
            .is_some_and(|a| std::fs::canonicalize(&args.output).is_ok_and(|o| o == a))
    };
    if same(&args.register) {
        super::print_err(&fill(
            SheetText::ErrWrite.text(lang),
            &[
                ("file", &args.output.display().to_string()),
                ("detail", &args.register.display().to_string()),
            ],
        ));
        return ExitCode::from(super::EXIT_FILE);
    }
    let project = match &args.into {
        Some(path) => match gevinst_core::io::load(path) {
            Ok(l) => {
                if let Some(notice) = l.notice(lang) {
                    super::print_err(&notice);
                }
                l.project
            }
            Err(e) => {
                super::print_err(&e.message(lang));
                return ExitCode::from(super::EXIT_FILE);
            }
        },
        None => Project::new(),
    };
    let (wb, maps, outcome) = match gevinst_sheets::import(&project, &args.register) {
        Ok(x) => x,
        Err(e) => {
            super::print_err(&e.message(lang));
            return ExitCode::from(super::EXIT_FILE);
        }
    };
    for (table, map) in wb.tables.iter().zip(&maps) {
        let unknown = map.unknown(table);
        if !unknown.is_empty() {
            super::print_err(&fill(
                SheetText::UnknownColumns.text(lang),
                &[
                    ("sheet", &table.name),
                    (
                        "columns",
                        &unknown
                            .iter()
                            .map(|c| format!("«{c}»"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                ],
            ));
        }
    }
    if maps.iter().all(|m| m.sheet.is_none()) {
        super::print_err(&fill(SheetText::ErrEmpty.text(lang), &[("file", &wb.file)]));
        return ExitCode::from(super::EXIT_FILE);
    }
    let outcome = match outcome {
        Ok(o) => o,
        Err(errors) => {
            for e in &errors {
                super::print_err(&e.message(lang));
            }
            super::print_err(SheetText::Refused.text(lang));
            return ExitCode::from(1);
        }
    };
    if let Err(e) = gevinst_core::io::save(&outcome.project, &args.output) {
        super::print_err(&e.message(lang));
        return ExitCode::from(super::EXIT_FILE);
    }
    super::print_out(&format!(
        "{}\n",
        fill(
            SheetText::ImportDone.text(lang),
            &[
                ("file", &args.output.display().to_string()),
                ("new", &outcome.new.to_string()),
                ("updated", &outcome.updated.to_string()),
            ],
        )
    ));
    ExitCode::SUCCESS
}
