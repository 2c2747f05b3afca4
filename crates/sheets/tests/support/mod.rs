//! Shared helpers of the sheets tests: a generator of modest projects.

#![allow(dead_code)]

use chrono::NaiveDate;
use gevinst_core::model::*;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[A-Za-zÆØÅæøå][A-Za-zÆØÅæøå0-9 ,.«»-]{0,20}[a-zø]".prop_map(|s| s),
    ]
}

fn money() -> impl Strategy<Value = Option<Money>> {
    prop_oneof![
        Just(None),
        (-100_000_000_000_000i64..100_000_000_000_000).prop_map(|o| Some(Money::from_ore(o))),
        (0i64..10_000_000).prop_map(|k| Some(Money::from_ore(k * 100))),
    ]
}

fn decimal(max: i64, scale: u32) -> impl Strategy<Value = Decimal> {
    (0..max).prop_map(move |n| Decimal::new(n, scale))
}

fn date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        (2000i32..2040, 1u32..13, 1u32..29).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
    ]
}

fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    (0..all.len()).prop_map(move |i| all[i])
}

fn gain_year() -> impl Strategy<Value = GainYear> {
    (
        money(),
        money(),
        proptest::option::of(decimal(100_000_000, 2)),
        proptest::option::of(decimal(100_000, 1)),
        proptest::option::of(decimal(1_000_000, 3)),
    )
        .prop_map(|(p, r, ph, rh, ind)| GainYear {
            year: 0,
            planned_nok: p,
            realised_nok: r,
            planned_hours: ph.and_then(Hours::new),
            realised_hours: rh.and_then(Hours::new),
            planned_indicator: ind.and_then(IndicatorValue::new),
            realised_indicator: None,
        })
}

/// A project with a few of every list, every exported field filled at random.
pub fn project() -> impl Strategy<Value = Project> {
    let measures = proptest::collection::vec(
        (
            text(),
            text(),
            pick(&MeasureStatus::ALL),
            date(),
            date(),
            text(),
            any::<bool>(),
            money(),
            money(),
            2015i32..2030,
        ),
        0..4,
    );
    let areas = proptest::collection::vec((text(), text()), 0..3);
    let services = proptest::collection::vec(
        (
            text(),
            pick(&TargetGroup::ALL),
            pick(&Channel::ALL),
            proptest::option::of(0u64..1_000_000),
            proptest::option::of(decimal(1000, 1)),
            any::<bool>(),
        ),
        0..3,
    );
    let gains = proptest::collection::vec(
        (
            proptest::option::of(0usize..4),
            text(),
            pick(&GainKind::ALL),
            pick(&Beneficiary::ALL),
            text(),
            proptest::option::of(decimal(1_000_000, 2)),
            date(),
            pick(&Direction::ALL),
            2018i32..2030,
            proptest::collection::vec(gain_year(), 0..3),
        ),
        0..5,
    );
    let extractions = proptest::collection::vec(
        (
            proptest::option::of(0usize..5),
            2018i32..2030,
            pick(&ExtractionForm::ALL),
            money(),
            proptest::option::of(decimal(10_000, 2)),
            proptest::option::of(0usize..3),
            text(),
        ),
        0..5,
    );
    (measures, areas, services, gains, extractions, 2020i32..2030).prop_map(
        |(measures, areas, services, gains, extractions, year)| {
            let mut p = Project::new();
            p.report.year = year;
            p.report.price_year = year;
            p.priority_areas = areas
                .into_iter()
                .map(|(name, description)| PriorityArea {
                    name,
                    description,
                    ..Default::default()
                })
                .collect();
            p.services = services
                .into_iter()
                .map(
                    |(name, target_group, channel, volume, share, available)| Service {
                        name,
                        target_group,
                        channel,
                        annual_volume: volume,
                        digital_share_percent: share.and_then(Percent::new),
                        digitally_available: available,
                        ..Default::default()
                    },
                )
                .collect();
            let service_ids: Vec<Id> = p.services.iter().map(|s| s.id).collect();
            p.measures = measures
                .into_iter()
                .enumerate()
                .map(
                    |(
                        i,
                        (
                            title,
                            description,
                            status,
                            start,
                            end,
                            unit,
                            digital,
                            inv,
                            op,
                            price_year,
                        ),
                    )| Measure {
                        title,
                        description,
                        status,
                        start_date: start,
                        end_date: end,
                        responsible_unit: unit,
                        digitalisation: digital,
                        service_ids: service_ids.iter().take(i).copied().collect(),
                        investment: inv,
                        annual_operating_cost: op,
                        price_year,
                        ..Default::default()
                    },
                )
                .collect();
            let measure_ids: Vec<Id> = p.measures.iter().map(|m| m.id).collect();
            p.gains = gains
                .into_iter()
                .map(
                    |(
                        m,
                        name,
                        kind,
                        beneficiary,
                        owner,
                        baseline,
                        bdate,
                        direction,
                        price_year,
                        years,
                    )| Gain {
                        measure_id: m.and_then(|i| measure_ids.get(i).copied()),
                        name,
                        kind,
                        beneficiary,
                        owner,
                        baseline_value: baseline.and_then(IndicatorValue::new),
                        baseline_date: bdate,
                        direction,
                        price_year,
                        years: years
                            .into_iter()
                            .enumerate()
                            .map(|(i, y)| GainYear {
                                year: year - 1 + i as i32,
                                ..y
                            })
                            .collect(),
                        ..Default::default()
                    },
                )
                .collect();
            let gain_ids: Vec<Id> = p.gains.iter().map(|g| g.id).collect();
            let area_ids: Vec<Id> = p.priority_areas.iter().map(|a| a.id).collect();
            p.extractions = extractions
                .into_iter()
                .map(
                    |(g, year, form, amount, fte, area, description)| Extraction {
                        gain_id: g.and_then(|i| gain_ids.get(i).copied()),
                        year,
                        form,
                        amount_nok: amount,
                        fte: fte.and_then(Fte::new),
                        priority_area_id: area.and_then(|i| area_ids.get(i).copied()),
                        description,
                        ..Default::default()
                    },
                )
                .collect();
            p
        },
    )
}

/// Export a project and import the workbook into `into`.
pub fn round_trip(p: &Project, into: &Project, lang: gevinst_core::i18n::Language) -> Project {
    let bytes = gevinst_sheets::export_to_bytes(p, lang).unwrap();
    let wb = gevinst_sheets::read_bytes("tall.xlsx", &bytes).unwrap();
    let maps = gevinst_sheets::guess(&wb);
    match gevinst_sheets::apply(into, &wb, &maps) {
        Ok(o) => o.project,
        Err(errors) => panic!(
            "{:#?}",
            errors.iter().map(|e| e.message(lang)).collect::<Vec<_>>()
        ),
    }
}

/// The project without the lists the import can rebuild from ids (services stay: only some
/// of their fields are in the sheet).
pub fn without_lists(p: &Project) -> Project {
    let mut q = p.clone();
    q.measures.clear();
    q.gains.clear();
    q.extractions.clear();
    q.priority_areas.clear();
    q
}
