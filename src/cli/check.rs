//! `gevinst check FILE [--json]`: print what is wrong or missing in a project.

use gevinst_core::i18n::{CliText, Key, Label, Language, Message, entity_text, fill};
use gevinst_core::io::Loaded;
use gevinst_core::model::Project;
use gevinst_core::validate::{Finding, Severity, Validation};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The project file.
    pub file: PathBuf,
    /// Print the findings as JSON (for scripts) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// A severity in a language.
pub fn severity_text(s: Severity, lang: Language) -> &'static str {
    match s {
        Severity::Error => CliText::SevError,
        Severity::Warning => CliText::SevWarning,
        Severity::Hint => CliText::SevHint,
    }
    .text(lang)
}

fn where_text(project: &Project, f: &Finding, lang: Language) -> String {
    let mut s = entity_text(project, f.entity, lang);
    if let Some(field) = f.field {
        s.push_str(", ");
        s.push_str(&fill(
            CliText::Field.text(lang),
            &[("field", field.label(lang))],
        ));
        if let Some(path) = field.path(project, f.entity) {
            s.push_str(&format!(" ({path})"));
        }
    }
    s
}

fn counts_text(v: &Validation, lang: Language) -> String {
    CliText::CheckCounts.fill(
        lang,
        &[
            ("errors", v.count(Severity::Error).into()),
            ("warnings", v.count(Severity::Warning).into()),
            ("hints", v.count(Severity::Hint).into()),
            ("checks", v.checks.into()),
        ],
    )
}

/// The text report: a notice about the file if any, one line per finding, then the counts.
pub fn text_report(loaded: &Loaded, v: &Validation, lang: Language) -> String {
    let mut out = String::new();
    if let Some(notice) = loaded.notice(lang) {
        out.push_str(&notice);
        out.push('\n');
    }
    for f in &v.findings {
        out.push_str(&format!(
            "{}: {}: {}\n",
            severity_text(f.severity, lang),
            where_text(&loaded.project, f, lang),
            f.message(lang)
        ));
    }
    if v.findings.is_empty() {
        out.push_str(CliText::CheckNothingFound.text(lang));
        out.push('\n');
    }
    out.push_str(&counts_text(v, lang));
    out.push('\n');
    out
}

/// The JSON report: file, notice, findings (with severity, entity, field by its name in the
/// file, the field's label and path, rule and message) and counts.
pub fn json_report(loaded: &Loaded, v: &Validation, lang: Language) -> serde_json::Value {
    let findings: Vec<_> = v
        .findings
        .iter()
        .map(|f| {
            json!({
                "severity": f.severity,
                "entity": f.entity,
                "entity_name": entity_text(&loaded.project, f.entity, lang),
                "field": f.field,
                "field_label": f.field.map(|field| field.label(lang)),
                "path": f.field.and_then(|field| field.path(&loaded.project, f.entity)),
                "rule": f.rule,
                "message": f.message(lang),
            })
        })
        .collect();
    json!({
        "file": loaded.file,
        "migrated_from": loaded.migrated_from(),
        "notice": loaded.notice(lang),
        "findings": findings,
        "counts": {
            "error": v.count(Severity::Error),
            "warning": v.count(Severity::Warning),
            "hint": v.count(Severity::Hint),
            "checks": v.checks,
        },
    })
}

/// Load, validate and print. Exit 0 without errors, 1 with errors, 2 when the file cannot be read.
pub fn run(args: &Args, lang: Language) -> ExitCode {
    let loaded = match gevinst_core::io::load(&args.file) {
        Ok(l) => l,
        Err(e) => {
            let message = e.message(lang);
            if args.json {
                super::print_out(&format!("{:#}\n", json!({ "error": message })));
            }
            super::print_err(&message);
            return ExitCode::from(super::EXIT_FILE);
        }
    };
    let today = chrono::Local::now().date_naive();
    let v = gevinst_core::validate::validate(&loaded.project, today);
    let text = if args.json {
        format!("{:#}\n", json_report(&loaded, &v, lang))
    } else {
        text_report(&loaded, &v, lang)
    };
    super::print_out(&text);
    if v.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
