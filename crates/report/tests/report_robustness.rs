//! Bad, empty, huge and hostile projects: the report is still made, nothing runs off the page,
//! and a section without data says so.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::{DateTime, NaiveDate, Utc};
use gevinst_core::i18n::{Key, Language, ReportText};
use gevinst_core::model::{
    ChecklistStatus, Extraction, ExtractionForm, Fte, Gain, GainYear, Hours, HoursPerFte, Id,
    MAX_KRONER, Money, Percent, Project, Service,
};
use gevinst_report::{Item, ReportOptions, layout};
use rust_decimal::Decimal;

fn options(lang: Language) -> ReportOptions {
    ReportOptions {
        language: lang,
        created: DateTime::parse_from_rfc3339("2026-11-27T09:30:00Z")
            .unwrap()
            .with_timezone(&Utc),
    }
}

/// Every text run lies inside the page, within the margins (with a hair of tolerance).
fn assert_inside(doc: &gevinst_report::Document) {
    for (p, page) in doc.pages.iter().enumerate() {
        for item in &page.items {
            if let Item::Text(t) = item {
                let right = t.x + t.width();
                assert!(
                    t.x >= layout::MARGIN_LEFT - 0.5
                        && right <= page.width - layout::MARGIN_RIGHT + 0.5,
                    "page {}: «{}» runs from {} to {}",
                    p + 1,
                    t.text.chars().take(40).collect::<String>(),
                    t.x,
                    right
                );
                assert!(t.y > 0.0 && t.y < page.height, "page {}: y {}", p + 1, t.y);
            }
        }
    }
}

fn all_text(doc: &gevinst_report::Document) -> String {
    (0..doc.pages.len())
        .map(|p| doc.page_text(p))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn an_empty_project_makes_a_short_report_that_says_what_is_missing() {
    let mut p = Project::new();
    p.report.year = 2026;
    for lang in Language::ALL {
        let doc = gevinst_report::layout(&p, &options(lang)).unwrap();
        assert_inside(&doc);
        assert!(doc.pages.len() <= 4, "{} pages", doc.pages.len());
        let text = all_text(&doc).replace('\u{a0}', " ");
        for key in [
            ReportText::NoMeasures,
            ReportText::NoServices,
            ReportText::NoGains,
            ReportText::NoExtractions,
            ReportText::NoNpv,
        ] {
            let sentence = gevinst_core::i18n::fill(key.text(lang), &[("year", "2026")]);
            // The sentence may wrap; compare its first words.
            let start: String = sentence.split(' ').take(4).collect::<Vec<_>>().join(" ");
            assert!(text.contains(&start), "{lang:?}: «{start}» missing");
        }
        let pdf = gevinst_report::render_pdf(&p, &options(lang)).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }
}

fn hostile() -> Project {
    let mut p = gevinst_core::example::project();
    let huge_word = "x".repeat(100_000);
    p.agency.name = "Direktoratet med et navn som er så langt at det ikke får plass i den løpende \
        toppteksten på hver side uten å bli kuttet"
        .into();
    p.report.introduction = format!(
        "Kontrolltegn\u{7}\u{1b}[31m, tab\there, CR\r\nLF, soft\u{ad}hyphen, zero\u{200b}width, \
         emoji 🚀📈, arabisk مرحبا, kinesisk 你好, combining a\u{30a}.\n\n{huge_word}\n\n{}",
        "Et avsnitt som gjentas. ".repeat(2_000)
    );
    p.report.closing = "Linje\n".repeat(3_000);
    let mut m = p.measures[0].clone();
    m.id = Id::from_u128(999);
    m.title = "Tiltak ".repeat(300);
    m.special_assessment = huge_word.clone();
    m.investment = Some(Money::from_kroner(MAX_KRONER).unwrap());
    m.annual_operating_cost = Some(Money::from_kroner(-MAX_KRONER).unwrap());
    m.service_ids = vec![Id::from_u128(12345)];
    m.start_date = NaiveDate::from_ymd_opt(1900, 1, 1);
    p.measures.push(m);
    let mut s: Service = p.services[0].clone();
    s.id = Id::from_u128(998);
    s.name = "https://www.example.no/en/veldig/lang/adresse/uten/mellomrom/som/maa/brytes/et/sted/for/aa/passe/i/tabellen".into();
    s.annual_volume = Some(u64::MAX);
    s.digital_share_percent = Some(Percent::clamped(Decimal::new(-5, 0)));
    s.digitally_available = false;
    p.services.push(s);
    p.gains.push(Gain {
        id: Id::from_u128(997),
        measure_id: Some(Id::from_u128(424242)),
        name: "Gevinst med år som ikke finnes i prisindeksen".into(),
        price_year: 1950,
        years: vec![GainYear {
            year: 2200,
            planned_nok: Some(Money::from_kroner(MAX_KRONER).unwrap()),
            realised_hours: Some(Hours::clamped(Decimal::new(-1, 0))),
            ..Default::default()
        }],
        ..Default::default()
    });
    p.extractions.push(Extraction {
        id: Id::from_u128(996),
        gain_id: Some(Id::from_u128(777)),
        year: 1900,
        form: ExtractionForm::NotExtracted,
        amount_nok: Some(Money::from_kroner(-1).unwrap()),
        fte: Some(Fte::clamped(Decimal::new(-25, 1))),
        priority_area_id: Some(Id::from_u128(1)),
        description: String::new(),
    });
    p.settings.hours_per_fte = HoursPerFte::clamped(Decimal::ZERO);
    p.settings.discount_rates.clear();
    p.settings.analysis_period_years = 100_000;
    p.checklist.truncate(3);
    p.checklist[0].status = ChecklistStatus::NotFulfilled;
    p.checklist[0].justification.clear();
    p
}

#[test]
fn hostile_text_and_absurd_numbers_still_give_a_report_inside_the_margins() {
    let p = hostile();
    for lang in Language::ALL {
        let doc = gevinst_report::layout(&p, &options(lang)).unwrap();
        assert_inside(&doc);
        let text = all_text(&doc);
        // The missing justification and the missing special assessment are pointed out.
        let missing = ReportText::MissingJustification.text(lang);
        assert!(text.contains(missing), "{lang:?}: «{missing}» missing");
        // Control characters are gone; the combining ring became one letter.
        assert!(!text.contains('\u{7}') && !text.contains('\u{1b}') && !text.contains('\r'));
        assert!(text.contains("å."));
    }
    let pdf = gevinst_report::render_pdf(&p, &options(Language::Nb)).unwrap();
    assert!(pdf.starts_with(b"%PDF-") && pdf.len() > 10_000);
    let doc = lopdf::Document::load_mem(&pdf).expect("the PDF parses again");
    assert!(doc.get_pages().len() > 50);
}

#[test]
fn a_measure_title_of_one_enormous_word_is_cut_to_the_line() {
    let mut p = gevinst_core::example::project();
    p.measures[0].title = "Ø".repeat(3_000);
    let doc = gevinst_report::layout(&p, &options(Language::Nb)).unwrap();
    assert_inside(&doc);
    let letters: usize = all_text(&doc).matches('Ø').count();
    // In the summary table, the heading, the owners table and the NPV table.
    assert!(letters >= 4 * 3_000, "{letters}");
}
