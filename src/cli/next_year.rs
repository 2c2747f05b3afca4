//! `gevinst next-year FILE -o NEXT`: next year's report made from this one (see
//! [`gevinst_core::year`]), written atomically like a save. The output must not be the input.

use gevinst_core::i18n::{Key, Language, YearText, fill};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `next-year`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// This year's project file.
    pub file: PathBuf,
    /// Where to write next year's project (not the input file).
    #[arg(short, long)]
    pub output: PathBuf,
}

/// The path with its folder resolved (the file itself may not exist yet).
fn resolved(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    match (parent.canonicalize(), path.file_name()) {
        (Ok(dir), Some(name)) => dir.join(name),
        _ => path.to_path_buf(),
    }
}

/// Read, carry over and write. Exit 2 when a file cannot be read or written, or the output is
/// the input.
pub fn run(args: &Args, lang: Language) -> ExitCode {
    if resolved(&args.file) == resolved(&args.output) {
        super::print_err(&fill(
            YearText::SameFile.text(lang),
            &[("file", &args.file.display().to_string())],
        ));
        return ExitCode::from(super::EXIT_FILE);
    }
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
    let year = loaded.project.report.year.saturating_add(1).to_string();
    let failed = |error: String| {
        super::print_err(&fill(
            YearText::Failed.text(lang),
            &[("year", &year), ("error", &error)],
        ));
        ExitCode::from(super::EXIT_FILE)
    };
    let next = match gevinst_core::year::next_year(&loaded.project) {
        Ok(p) => p,
        Err(_) => return failed(YearText::Overflow.text(lang).to_owned()),
    };
    if let Err(e) = gevinst_core::io::save(&next, &args.output) {
        return failed(e.message(lang));
    }
    let open = next.carried_over.as_ref().map_or(0, |c| {
        c.measures
            .len()
            .saturating_add(c.checklist.len())
            .saturating_add(c.own_points.len())
    });
    let written = fill(
        YearText::Written.text(lang),
        &[
            ("year", &year),
            ("file", &args.output.display().to_string()),
        ],
    );
    let to_confirm = YearText::ToConfirm.fill(lang, &[("n", open.into())]);
    super::print_out(&format!("{written}\n{to_confirm}\n"));
    ExitCode::SUCCESS
}
