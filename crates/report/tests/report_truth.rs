//! The report never states what the data contradicts: each summary sentence that depends on the
//! data is checked against the example (where a special assessment, a justification and a
//! digital service are missing) and a complete variant of it, in every language. The list of
//! such sentences is `docs/report-sentences.md`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::{DateTime, Utc};
use gevinst_core::calc;
use gevinst_core::i18n::{Key, Language, ReportText as R, Value};
use gevinst_core::model::{ChecklistStatus, GainKind, Money, Project};
use gevinst_report::ReportOptions;
use gevinst_report::content::{self, Block, KeyFigure};
use std::process::Command;

/// Every text of the semantic document, one block or cell a line.
fn text(p: &Project, lang: Language) -> String {
    let c = content::build(p, lang).unwrap();
    let spans = |s: &[gevinst_report::text::Span]| s.iter().map(|s| s.text.as_str()).collect();
    let mut out: Vec<String> = Vec::new();
    for b in &c.blocks {
        match b {
            Block::Title { title, .. } => out.push(title.clone()),
            Block::KeyFigures(f) => {
                out.extend(f.iter().map(|k| format!("{} {}", k.value, k.label)));
            }
            Block::Toc { title } => out.push(title.clone()),
            Block::Heading(h) => out.push(h.full_text()),
            Block::Paragraph(p) => out.push(spans(&p.spans)),
            Block::Bullets(items) => out.extend(items.iter().map(|i| spans(i))),
            Block::Table(t) => {
                for r in &t.rows {
                    out.extend(r.cells.iter().map(|c| spans(&c.spans)));
                }
                out.extend(t.note.clone());
            }
            Block::Chart(ch) => out.push(ch.caption.clone()),
            Block::Callout(co) => {
                out.push(co.title.clone());
                out.extend(co.body.iter().map(|p| spans(p)));
            }
        }
    }
    out.join("\n")
}

fn key_figures(p: &Project, lang: Language) -> Vec<KeyFigure> {
    content::build(p, lang)
        .unwrap()
        .blocks
        .into_iter()
        .find_map(|b| match b {
            Block::KeyFigures(f) => Some(f),
            _ => None,
        })
        .unwrap()
}

fn quoted(lang: Language, s: &str) -> String {
    match lang {
        Language::En => format!("“{s}”"),
        Language::Nb | Language::Nn => format!("«{s}»"),
    }
}

/// The example with everything the circular asks for filled in: every digitalisation measure
/// specially assessed, every deviation justified, every service over the thresholds digital,
/// and the gain for businesses measured in the report year.
fn complete() -> Project {
    let mut p = gevinst_core::example::project();
    for m in &mut p.measures {
        if m.digitalisation && m.special_assessment.trim().is_empty() {
            m.special_assessment = "Vurdert etter rundskrivet.".into();
        }
    }
    for i in &mut p.checklist {
        if i.status.is_deviation() && i.justification.trim().is_empty() {
            i.justification = "Begrunnet.".into();
        }
    }
    let low = p.settings.digital_threshold_low;
    for s in &mut p.services {
        if s.annual_volume.is_some_and(|v| v >= low) {
            s.digitally_available = true;
        }
    }
    let year = p.report.year;
    let others = p
        .gains
        .iter_mut()
        .find(|g| g.kind == GainKind::OtherActors && g.year(year).is_some())
        .unwrap();
    others
        .years
        .iter_mut()
        .find(|y| y.year == year)
        .unwrap()
        .realised_nok = Some(Money::from_kroner(1_400_000).unwrap());
    p
}

fn digital(p: &Project) -> usize {
    p.measures.iter().filter(|m| m.digitalisation).count()
}

fn assert_has(text: &str, expected: &str, what: &str) {
    assert!(text.contains(expected), "{what}: «{expected}» missing");
}

fn assert_lacks(text: &str, unexpected: &str, what: &str) {
    assert!(!text.contains(unexpected), "{what}: «{unexpected}» found");
}

#[test]
fn each_claim_is_made_only_where_the_data_bears_it_out() {
    let example = gevinst_core::example::project();
    let complete = complete();
    let unassessed = calc::unassessed_digitalisation(&example);
    assert_eq!(unassessed.len(), 1, "the example lacks one assessment");
    assert_eq!(calc::unjustified_deviations(&example).len(), 1);
    let n = digital(&example);
    let year = example.report.year;
    for lang in Language::ALL {
        let ex = text(&example, lang);
        let full = text(&complete, lang);

        // Special assessments: all in the complete one, "some missing" with the name in the example.
        let all = R::DigitalAllAssessed.fill(lang, &[("digital", n.into())]);
        assert_has(&full, &all, "complete: all assessed");
        assert_lacks(&ex, &all, "example: all assessed");
        let some = R::DigitalSomeAssessed.fill(
            lang,
            &[
                ("digital", n.into()),
                ("missing", 1.into()),
                ("assessed", (n - 1).into()),
                ("measures", (&quoted(lang, &unassessed[0].title)).into()),
            ],
        );
        assert_has(&ex, &some, "example: one assessment missing");
        assert_lacks(&full, &some, "complete: one assessment missing");

        // Justifications: all in the complete one, point 1.3 named in the example.
        let justified = R::ChecklistJustified.text(lang);
        assert_has(&full, justified, "complete: deviations justified");
        assert_lacks(&ex, justified, "example: deviations justified");
        let one_missing =
            R::ChecklistSomeJustified.fill(lang, &[("n", 1.into()), ("points", "1.3".into())]);
        assert_has(&ex, &one_missing, "example: 1.3 not justified");
        assert_lacks(&full, &one_missing, "complete: 1.3 not justified");

        // The thresholds: all digital only where they are.
        let all_digital = R::ThresholdAllDigital.text(lang);
        assert_has(
            &full,
            all_digital,
            "complete: all over the thresholds digital",
        );
        assert_lacks(&ex, all_digital, "example: all over the thresholds digital");

        // Gains for other actors: shown apart, measured or not.
        let ys = year.to_string();
        let not_realised = R::OthersNotRealised.fill(lang, &[("year", ys.as_str().into())]);
        assert_has(&ex, &not_realised, "example: others not realised");
        assert_lacks(&full, &not_realised, "complete: others not realised");
        // In the report's price year.
        let others = calc::realised_split(&complete, year)
            .unwrap()
            .other_actors
            .unwrap();
        let amount = gevinst_core::format::money(others, lang);
        let realised = R::OthersRealised.fill(
            lang,
            &[
                ("year", ys.as_str().into()),
                ("amount", amount.as_str().into()),
            ],
        );
        assert_has(&full, &realised, "complete: others realised");
        assert_lacks(&ex, &realised, "example: others realised");

        // Both have in-progress and stopped measures, so both grouping sentences.
        for t in [&ex, &full] {
            assert_has(t, R::MeasuresGrouping.text(lang), "grouping");
            assert_has(t, R::MeasuresGroupingStopped.text(lang), "stopped");
        }
    }
}

#[test]
fn with_nothing_done_the_report_says_none() {
    let mut p = gevinst_core::example::project();
    for m in &mut p.measures {
        m.special_assessment.clear();
    }
    for i in &mut p.checklist {
        i.justification.clear();
    }
    for s in &mut p.services {
        s.annual_volume = None;
    }
    let deviations: Vec<String> = p
        .checklist
        .iter()
        .filter(|i| i.status.is_deviation())
        .map(|i| i.point.number().to_owned())
        .collect();
    assert!(deviations.len() > 1);
    let not_digital: Vec<String> = p
        .services
        .iter()
        .filter(|s| !s.digitally_available)
        .map(|s| s.name.clone())
        .collect();
    for lang in Language::ALL {
        let t = text(&p, lang);
        let none = R::DigitalNoneAssessed.fill(lang, &[("digital", digital(&p).into())]);
        assert_has(&t, &none, "no assessment written");
        let and = R::And.text(lang);
        let (last, first) = deviations.split_last().unwrap();
        let points = format!("{} {and} {last}", first.join(", "));
        let unjustified = R::ChecklistNoneJustified.fill(
            lang,
            &[
                ("n", deviations.len().into()),
                ("points", points.as_str().into()),
            ],
        );
        assert_has(&t, &unjustified, "no deviation justified");
        assert_lacks(&t, R::ChecklistJustified.text(lang), "justified");
        // No volume anywhere: no claim that the services over the thresholds are digital, and
        // the services whose volume is unknown are named.
        let low = p.settings.digital_threshold_low;
        assert_has(
            &t,
            &R::ThresholdNoneOver.fill(lang, &[("low", low.into())]),
            "none over",
        );
        assert_lacks(&t, R::ThresholdAllDigital.text(lang), "all digital");
        let names: Vec<String> = not_digital.iter().map(|n| quoted(lang, n)).collect();
        let (last, first) = names.split_last().unwrap();
        let list = format!("{} {and} {last}", first.join(", "));
        assert_has(
            &t,
            &R::ThresholdVolumeUnknown.fill(
                lang,
                &[
                    ("n", names.len().into()),
                    ("services", list.as_str().into()),
                ],
            ),
            "volume unknown",
        );
    }

    // Nothing digitalises, nothing deviates, nothing in progress or stopped.
    for m in &mut p.measures {
        m.digitalisation = false;
        m.status = gevinst_core::model::MeasureStatus::Implemented;
    }
    for i in &mut p.checklist {
        if i.status.is_deviation() {
            i.status = ChecklistStatus::Fulfilled;
        }
    }
    for lang in Language::ALL {
        let t = text(&p, lang);
        assert_has(&t, R::DigitalNone.text(lang), "no digitalisation");
        for key in [
            R::ChecklistJustified,
            R::MeasuresGrouping,
            R::MeasuresGroupingStopped,
        ] {
            assert_lacks(&t, key.text(lang), "nothing to say");
        }
    }
}

#[test]
fn the_realised_key_figure_counts_only_the_agencys_own_gains() {
    let example = gevinst_core::example::project();
    let complete = complete();
    let year = example.report.year;
    let own = calc::realised_split(&example, year)
        .unwrap()
        .agency
        .unwrap();
    // Gains for businesses realised in the complete variant leave the agency's figure as it is.
    assert_eq!(
        calc::realised_split(&complete, year).unwrap().agency,
        Some(own)
    );
    for lang in Language::ALL {
        let label = R::KfRealised.fill(lang, &[("year", Value::Text(&year.to_string()))]);
        for p in [&example, &complete] {
            let f = key_figures(p, lang);
            let realised = f.iter().find(|k| k.label == label).unwrap();
            assert_eq!(
                realised.value,
                gevinst_core::format::money(own, lang),
                "{lang:?}"
            );
        }
    }
}

/// `pdftotext` of a project's report, whitespace collapsed.
fn pdf_text(p: &Project, lang: Language) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.pdf");
    let options = ReportOptions {
        language: lang,
        created: DateTime::parse_from_rfc3339("2026-11-27T09:30:00Z")
            .unwrap()
            .with_timezone(&Utc),
    };
    gevinst_report::export_pdf(p, &options, &path).unwrap();
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext is needed (scripts/install-deps.sh installs poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .replace('\u{a0}', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_pdf_claims_assessments_and_justifications_only_when_complete() {
    let example = gevinst_core::example::project();
    let complete = complete();
    for (lang, assessed, justified) in [
        (
            Language::Nb,
            "Disse er særlig vurdert",
            "Avvik er begrunnet i tabellen",
        ),
        (
            Language::Nn,
            "Desse er særleg vurderte",
            "Avvik er grunngitte i tabellen",
        ),
        (
            Language::En,
            "These have been specially assessed",
            "Deviations are justified in the table",
        ),
    ] {
        let ex = pdf_text(&example, lang);
        let full = pdf_text(&complete, lang);
        for phrase in [assessed, justified] {
            assert_lacks(&ex, phrase, "the example's PDF");
            assert_has(&full, phrase, "the complete variant's PDF");
        }
    }
}
