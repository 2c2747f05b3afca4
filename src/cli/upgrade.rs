//! `gevinst upgrade FILE…`: rewrite project files in the current format, in place.
//!
//! Each file is read as the app reads it (older formats are converted), then saved atomically
//! with the previous file kept as `<name>.bak`. A file from a newer Gevinst, or one that cannot be
//! read, is left alone and named; the others are still upgraded.

use gevinst_core::i18n::{CliText, Key, Language, fill};
use gevinst_core::io::{FileStamp, Origin};
use gevinst_core::model::SCHEMA_VERSION;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `upgrade`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The project files to rewrite in the current format.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

/// Upgrade one file; the line to print on standard output, or the message for standard error.
fn upgrade_one(path: &Path, lang: Language) -> Result<String, String> {
    let file = path.display().to_string();
    let skipped = |message: String| {
        let skip = fill(CliText::UpgradeSkipped.text(lang), &[("file", &file)]);
        format!("{message}\n{skip}")
    };
    let loaded = gevinst_core::io::load(path).map_err(|e| skipped(e.message(lang)))?;
    let to = SCHEMA_VERSION.to_string();
    let bytes = gevinst_core::io::to_bytes(&loaded.project);
    if loaded.origin == Origin::Current && FileStamp::of_bytes(&bytes).same_content(&loaded.stamp) {
        return Ok(fill(
            CliText::UpgradeUnchanged.text(lang),
            &[("file", &file), ("to", &to)],
        ));
    }
    gevinst_core::io::save(&loaded.project, path).map_err(|e| skipped(e.message(lang)))?;
    let backup = gevinst_core::io::backup_path(path).display().to_string();
    Ok(match loaded.origin {
        Origin::Migrated { from } => fill(
            CliText::UpgradeMigrated.text(lang),
            &[
                ("file", &file),
                ("from", &from.to_string()),
                ("to", &to),
                ("backup", &backup),
            ],
        ),
        _ => fill(
            CliText::UpgradeRewritten.text(lang),
            &[("file", &file), ("to", &to), ("backup", &backup)],
        ),
    })
}

/// Upgrade every file named. Exit 2 when any of them could not be read or written (the others
/// are upgraded all the same).
pub fn run(args: &Args, lang: Language) -> ExitCode {
    let mut failed = false;
    for path in &args.files {
        match upgrade_one(path, lang) {
            Ok(line) => super::print_out(&format!("{line}\n")),
            Err(message) => {
                failed = true;
                super::print_err(&message);
            }
        }
    }
    if failed {
        ExitCode::from(super::EXIT_FILE)
    } else {
        ExitCode::SUCCESS
    }
}
