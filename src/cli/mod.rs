//! The command line: a thin shell over the core, usable in scripts.
//!
//! `gevinst` with no subcommand opens the desktop app (with a file argument, that file).
//! Each subcommand lives in its own file; add one by adding a variant to [`Command`] and an arm
//! to [`run`].

mod check;
mod diff;
mod example;
mod export;
mod import;
mod merge;
mod next_year;
mod report;
mod schema;
mod summary;
mod upgrade;

use clap::{Parser, Subcommand};
use gevinst_core::i18n::Language;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Gevinst: efficiency measures, Digitalt førstevalg and gain extraction for the
/// annual report of a Norwegian state agency.
#[derive(Debug, Parser)]
#[command(name = "gevinst", version)]
pub struct Cli {
    /// A project file to open in the app.
    pub file: Option<PathBuf>,
    /// Language of messages and output: nb (bokmål, default), nn (nynorsk) or en (English).
    /// For `report`, the report's language (default: the project's).
    #[arg(long, global = true, value_parser = parse_language)]
    pub lang: Option<Language>,
    /// What to do; without a subcommand the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the bundled example project (or a large generated one) to a file.
    Example(example::Args),
    /// Check a project file: print what is wrong or missing. Exit 0 without errors, 1 with
    /// errors, 2 when the file cannot be read.
    Check(check::Args),
    /// Print key figures of a project: measures, gains, extraction, net present value.
    Summary(summary::Args),
    /// Write the annual-report section as PDF or Word (DOCX, by the output's extension or
    /// `--format`). The language defaults to the project's.
    Report(report::Args),
    /// Print the JSON Schema of the project file.
    Schema,
    /// Rewrite project files in the current format, in place (atomically, keeping the previous
    /// file as `<name>.bak`). A file from a newer Gevinst is left alone. Exit 2 when any file
    /// could not be upgraded.
    Upgrade(upgrade::Args),
    /// Print what differs between two copies of a project, grouped by step. Exit 0 when they
    /// are equal (nothing is printed), 1 when they differ, 2 when a file cannot be read.
    Diff(diff::Args),
    /// Merge a colleague's copy into mine and write the result. Exit 1 with the conflicts
    /// listed (OUT not written) unless --prefer is given; 2 when a file cannot be read or
    /// written, or the files are of different projects (unless --force).
    Merge(merge::Args),
    /// Write the project's lists and the report's tables as an Excel workbook (xlsx).
    Export(export::Args),
    /// Import measures, services, gains and extractions from a workbook (xlsx, xls, ods) or a
    /// CSV file. Exit 1, writing nothing, when any cell is wrong.
    Import(import::Args),
    /// Make next year's report from this one: the report year moves on, ids are kept, what
    /// was planned or answered is carried over to confirm, and last year's key figures are
    /// kept. Exit 2 when a file cannot be read or written.
    NextYear(next_year::Args),
}

fn parse_language(s: &str) -> Result<Language, String> {
    Language::from_code(s).ok_or_else(|| format!("unknown language “{s}”: use nb, nn or en"))
}

/// Exit code: the file could not be read, parsed or written.
const EXIT_FILE: u8 = 2;

/// Print to standard output; a closed pipe (`gevinst summary … | head`) is not an error.
fn print_out(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// Print a line to standard error.
fn print_err(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{text}");
}

/// Run a parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let lang = cli.lang.unwrap_or_default();
    match cli.command {
        Some(Command::Example(args)) => example::run(&args, lang),
        Some(Command::Check(args)) => check::run(&args, lang),
        Some(Command::Summary(args)) => summary::run(&args, lang),
        Some(Command::Report(args)) => report::run(&args, cli.lang),
        Some(Command::Schema) => schema::run(),
        Some(Command::Upgrade(args)) => upgrade::run(&args, lang),
        Some(Command::Diff(args)) => diff::run(&args, lang),
        Some(Command::Merge(args)) => merge::run(&args, lang),
        Some(Command::Export(args)) => export::run(&args, lang),
        Some(Command::Import(args)) => import::run(&args, lang),
        Some(Command::NextYear(args)) => next_year::run(&args, lang),
        None => open_app(cli.file, lang),
    }
}

/// No subcommand: open the desktop app (on `file`, if given).
#[cfg(feature = "app")]
fn open_app(file: Option<PathBuf>, _lang: Language) -> ExitCode {
    gevinst_app::run(file)
}

/// No subcommand in a build without the app: say so, and how to get help.
#[cfg(not(feature = "app"))]
fn open_app(_file: Option<PathBuf>, lang: Language) -> ExitCode {
    use gevinst_core::i18n::{CliText, Key};
    print_err(CliText::NoApp.text(lang));
    ExitCode::from(EXIT_FILE)
}

/// Parse the arguments and run. Exit codes: 0 success, 1 the project has errors (`check`),
/// 2 a file could not be read, parsed or written.
///
/// A subcommand, `--help`, `--version` or a mistake on the command line prints, so on Windows
/// the shell's console is attached first; opening the app (no subcommand) does not.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            crate::console::attach_parent();
            e.exit()
        }
    };
    if cli.command.is_some() || cfg!(not(feature = "app")) {
        crate::console::attach_parent();
    }
    run(cli)
}
