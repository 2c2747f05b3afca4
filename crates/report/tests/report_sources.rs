//! The report states the rules as the sources state them: the checklist table marks each point
//! an obligation or a recommendation, asks for a justification only where the circular does,
//! and reports the ministry's own requirements in rows of their own; the circular is named by
//! its edition.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::{DateTime, Utc};
use gevinst_core::i18n::{Key, Label, Language, ReportText};
use gevinst_core::model::{ChecklistPoint, ChecklistStatus, Obligation, Project};
use gevinst_report::{ReportOptions, layout};

fn options(lang: Language) -> ReportOptions {
    ReportOptions {
        language: lang,
        created: DateTime::parse_from_rfc3339("2026-11-27T09:30:00Z")
            .unwrap()
            .with_timezone(&Utc),
    }
}

fn text(p: &Project, lang: Language) -> String {
    let doc = layout(p, &options(lang)).unwrap();
    (0..doc.pages.len())
        .map(|i| doc.page_text(i))
        .collect::<Vec<_>>()
        .join(" ")
}

fn status(p: &mut Project, point: ChecklistPoint, status: ChecklistStatus, why: &str) {
    let item = p.checklist.iter_mut().find(|c| c.point == point).unwrap();
    item.status = status;
    item.justification = why.into();
}

#[test]
fn the_checklist_table_shows_obligation_or_recommendation_in_every_language() {
    let p = gevinst_core::example::project();
    for lang in Language::ALL {
        let all = text(&p, lang);
        assert!(
            all.contains(ReportText::ColObligation.text(lang)),
            "{lang:?}"
        );
        for kind in Obligation::ALL {
            assert!(all.contains(kind.label(lang)), "{lang:?}: {kind:?}");
        }
        // The circular is named by its edition, and the new line 1.5b is a row.
        assert!(all.contains("P-4/2013"), "{lang:?}");
        assert!(all.contains(ChecklistPoint::P1_5b.label(lang)), "{lang:?}");
        // The ministry's own requirement has its rows, with its source.
        assert!(all.contains(ReportText::HOwnPoints.text(lang)), "{lang:?}");
        assert!(all.contains("Tildelingsbrev 2025"), "{lang:?}");
    }
}

#[test]
fn a_missing_justification_is_flagged_only_where_the_circular_asks_for_one() {
    let mut p = gevinst_core::example::project();
    for c in &mut p.checklist {
        c.status = ChecklistStatus::Fulfilled;
        c.justification = "Oppfylt.".into();
    }
    p.own_points.clear();
    // 1.10 (a recommendation, no justification asked) partly met without one.
    status(&mut p, ChecklistPoint::P1_10, ChecklistStatus::Partly, "");
    for lang in Language::ALL {
        let missing = ReportText::MissingJustification.text(lang);
        assert!(!text(&p, lang).contains(missing), "{lang:?}");
    }
    // 1.2 (Altinn: the circular asks for a justification) partly met without one.
    status(&mut p, ChecklistPoint::P1_2, ChecklistStatus::Partly, "");
    for lang in Language::ALL {
        let missing = ReportText::MissingJustification.text(lang);
        assert!(text(&p, lang).contains(missing), "{lang:?}");
    }
}

#[test]
fn an_exemption_is_reported_with_its_ground_and_documentation() {
    let p = gevinst_core::example::project();
    let all = text(&p, Language::Nb).replace('\n', " ");
    assert!(all.contains("Grunnlag: Digitalisering lønner"), "{all}");
    assert!(all.contains("Dokumentert i Sak 2024/1187"));
    assert!(all.contains("Vurdert uten informasjon å gjenbruke"));
    // The benefit owner is told as the recommendation it is.
    assert!(all.contains("punkt 1.10 anbefaler"));
    assert!(!all.contains("krever at hver gevinst"));
}
