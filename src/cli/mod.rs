//! The command line: a thin shell over the core, usable in scripts.
//!
//! `gevinst` with no subcommand opens the desktop app (with a file argument, that file).

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Gevinst: effectivisation measures, Digitalt førstevalg and gain extraction for the
/// annual report of a Norwegian state agency.
#[derive(Debug, Parser)]
#[command(name = "gevinst", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A project file to open in the app.
    pub file: Option<PathBuf>,
    /// What to do; without a subcommand the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {}

/// Parse the arguments and run. Exit codes: 0 success, 1 the project has errors (`check`),
/// 2 a file could not be read, parsed or written.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => match command {},
        None => crate::ui::run(cli.file),
    }
}
