//! `gevinst merge MINE THEIRS -o OUT [--base BASE] [--prefer mine|theirs] [--force]`: merge a
//! colleague's copy into mine.
//!
//! Changes made on one side only are taken; a field changed differently on both sides is a
//! conflict. With conflicts and no `--prefer`, they are listed, OUT is not written and the exit
//! code is 1. Exit 2 when a file cannot be read or written, or the files are of different
//! projects (unless `--force`).

use gevinst_core::compare::{Merge, MergeError, Side, field_label, merge, show_value};
use gevinst_core::i18n::{CompareText, Key, Language, Value, fill};
use gevinst_core::model::Project;
use std::path::PathBuf;
use std::process::ExitCode;

/// Which side wins every conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Prefer {
    /// My copy (MINE).
    Mine,
    /// Their copy (THEIRS).
    Theirs,
}

/// Arguments of `merge`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// My copy.
    pub mine: PathBuf,
    /// Their copy, merged into mine.
    pub theirs: PathBuf,
    /// Where to write the merged project.
    #[arg(short, long)]
    pub out: PathBuf,
    /// The copy both started from (found from the files' history when not given).
    #[arg(long)]
    pub base: Option<PathBuf>,
    /// Resolve every conflict to this side and write OUT.
    #[arg(long, value_enum)]
    pub prefer: Option<Prefer>,
    /// Merge even when the files are of different projects.
    #[arg(long)]
    pub force: bool,
}

fn conflict_lines(m: &Merge, mine: &Project, theirs: &Project, lang: Language) -> String {
    let mut out = String::new();
    for c in &m.conflicts {
        let entity = gevinst_core::compare::entity_title(&c.key, &[mine, theirs], lang);
        for f in &c.fields {
            out.push_str(&fill(
                CompareText::ConflictLine.text(lang),
                &[
                    ("entity", &entity),
                    ("field", &field_label(&c.key, &f.field, lang)),
                    ("mine", &show_value(&f.field, f.mine.as_ref(), lang)),
                    ("theirs", &show_value(&f.field, f.theirs.as_ref(), lang)),
                ],
            ));
            out.push('\n');
        }
    }
    out
}

fn count(n: usize) -> Value<'static> {
    n.into()
}

/// Merge the files.
pub fn run(args: &Args, lang: Language) -> ExitCode {
    let fail = |message: &str| {
        super::print_err(message);
        ExitCode::from(super::EXIT_FILE)
    };
    let load = |p: &PathBuf| gevinst_core::io::load(p).map_err(|e| e.message(lang));
    let (mine, theirs) = match (load(&args.mine), load(&args.theirs)) {
        (Ok(a), Ok(b)) => (a.project, b.project),
        (Err(e), _) | (_, Err(e)) => return fail(&e),
    };
    let base = match args.base.as_ref().map(load).transpose() {
        Ok(b) => b.map(|b| b.project),
        Err(e) => return fail(&e),
    };
    let names = [
        ("mine", args.mine.display().to_string()),
        ("theirs", args.theirs.display().to_string()),
    ];
    let names: Vec<(&str, &str)> = names.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let m = match merge(&mine, &theirs, base.as_ref(), args.force) {
        Ok(m) => m,
        Err(_) => return fail(&fill(CompareText::DifferentProjects.text(lang), &names)),
    };
    if !m.has_base {
        super::print_err(&fill(CompareText::NoCommonAncestor.text(lang), &names));
    }
    let out_name = args.out.display().to_string();
    let conflicts = m.conflict_count();
    let side = match args.prefer {
        Some(Prefer::Mine) => Side::Mine,
        Some(Prefer::Theirs) => Side::Theirs,
        None if conflicts > 0 => {
            super::print_out(&conflict_lines(&m, &mine, &theirs, lang));
            super::print_err(&CompareText::ConflictsNotWritten.fill(
                lang,
                &[("n", count(conflicts)), ("out", Value::Text(&out_name))],
            ));
            return ExitCode::from(1);
        }
        None => Side::Mine,
    };
    let project = match m.resolve_all(side) {
        Ok(p) => p,
        Err(e) => {
            let detail = match e {
                MergeError::Invalid(d) => d,
                MergeError::DifferentProjects => String::new(),
            };
            return fail(&fill(
                CompareText::MergeFailed.text(lang),
                &[("detail", &detail)],
            ));
        }
    };
    if let Err(e) = gevinst_core::io::save(&project, &args.out) {
        return fail(&e.message(lang));
    }
    super::print_out(&format!(
        "{}\n",
        CompareText::MergeWritten.fill(
            lang,
            &[
                ("out", Value::Text(&out_name)),
                ("taken", count(m.taken)),
                ("conflicts", count(conflicts)),
            ],
        )
    ));
    ExitCode::SUCCESS
}
