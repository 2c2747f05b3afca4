//! Validation speed on a large project: 2 000 measures, 4 000 gains, 10 000 extractions.
//! The app validates after every edit, so this should stay well under a frame or two.

use chrono::NaiveDate;
use gevinst_core::model::{
    Extraction, ExtractionForm, Gain, GainYear, Id, Measure, MeasureStatus, Money, Project,
};
use gevinst_core::validate::validate;

fn main() {
    divan::main();
}

fn large(measures: u128, gains: u128, extractions: u128) -> Project {
    let mut p = Project::new();
    p.agency.name = "Direktoratet".into();
    p.report.year = 2025;
    p.report.price_year = 2025;
    p.measures = (0..measures)
        .map(|i| Measure {
            id: Id::from_u128(10_000_000 + i),
            title: format!("Tiltak {i}"),
            status: MeasureStatus::Implemented,
            digitalisation: i % 2 == 0,
            ..Measure::default()
        })
        .collect();
    p.gains = (0..gains)
        .map(|i| Gain {
            id: Id::from_u128(20_000_000 + i),
            measure_id: Some(Id::from_u128(10_000_000 + i % measures)),
            name: format!("Gevinst {i}"),
            price_year: 2025,
            years: vec![GainYear {
                year: 2025,
                realised_nok: Money::from_kroner(1_000),
                ..GainYear::default()
            }],
            ..Gain::default()
        })
        .collect();
    p.extractions = (0..extractions)
        .map(|i| Extraction {
            id: Id::from_u128(30_000_000 + i),
            gain_id: Some(Id::from_u128(20_000_000 + i % gains)),
            year: 2025,
            form: ExtractionForm::BudgetCut,
            amount_nok: Money::from_kroner(400),
            ..Extraction::default()
        })
        .collect();
    p
}

#[divan::bench(args = [1, 10])]
fn validate_project(bencher: divan::Bencher, scale: u128) {
    let project = large(200 * scale, 400 * scale, 1_000 * scale);
    let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap_or_default();
    bencher.bench(|| validate(divan::black_box(&project), today));
}
