//! `gevinst diff A B [--json]`: what differs between two copies of a project.
//!
//! Exit 0 when they have the same content (nothing is printed), 1 when they differ, 2 when a
//! file cannot be read.

use gevinst_core::compare::diff;
use gevinst_core::i18n::Language;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The first copy (shown as the old values).
    pub a: PathBuf,
    /// The second copy (shown as the new values).
    pub b: PathBuf,
    /// Print the differences as JSON (for scripts) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Compare the two files.
pub fn run(args: &Args, lang: Language) -> ExitCode {
    let load = |p: &PathBuf| gevinst_core::io::load(p).map_err(|e| e.message(lang));
    let (a, b) = match (load(&args.a), load(&args.b)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            super::print_err(&e);
            return ExitCode::from(super::EXIT_FILE);
        }
    };
    let d = diff(&a.project, &b.project);
    if d.is_empty() {
        return ExitCode::SUCCESS;
    }
    if args.json {
        let text = serde_json::to_string_pretty(&d).unwrap_or_default();
        super::print_out(&format!("{text}\n"));
    } else {
        let mut text = d.lines(&a.project, &b.project, lang).join("\n");
        text.push('\n');
        super::print_out(&text);
    }
    ExitCode::from(1)
}
