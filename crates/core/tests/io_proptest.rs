//! Property tests of the project file: save → load is the identity for arbitrary projects, and no
//! bytes — random, truncated or mutated — make the loader panic.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use gevinst_core::i18n::Language;
use gevinst_core::io;
use gevinst_core::model::*;
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;

fn text() -> impl Strategy<Value = String> {
    "(?s).{0,12}"
}

fn money() -> impl Strategy<Value = Money> {
    (-MAX_KRONER * 100..=MAX_KRONER * 100).prop_map(Money::from_ore)
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..=8).prop_map(|(m, s)| Decimal::new(m, s))
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..2200, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
}

fn timestamp() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..4_000_000_000, 0u32..1_000_000_000).prop_map(|(s, n)| Utc.timestamp_opt(s, n).unwrap())
}

fn id() -> impl Strategy<Value = Id> {
    any::<u128>().prop_map(Id::from_u128)
}

fn agency() -> impl Strategy<Value = Agency> {
    (text(), text(), text()).prop_map(|(name, org_number, parent_ministry)| Agency {
        name,
        org_number,
        parent_ministry,
    })
}

fn report() -> impl Strategy<Value = ReportInfo> {
    (
        any::<i32>(),
        select(ReportPart::ALL.to_vec()),
        select(Language::ALL.to_vec()),
        any::<i32>(),
        text(),
        text(),
    )
        .prop_map(
            |(year, part, language, price_year, introduction, closing)| ReportInfo {
                year,
                part,
                language,
                price_year,
                introduction,
                closing,
            },
        )
}

fn settings() -> impl Strategy<Value = Settings> {
    (
        (decimal(), money(), decimal(), decimal(), any::<u32>()),
        prop::collection::vec(
            (prop::option::of(any::<u32>()), decimal()).prop_map(|(until_year, rate_percent)| {
                DiscountBand {
                    until_year,
                    rate_percent: Rate::clamped(rate_percent),
                }
            }),
            0..3,
        ),
        (
            money(),
            any::<u64>(),
            any::<u64>(),
            prop::option::of(any::<i32>()),
        ),
        prop::collection::vec(
            (any::<i32>(), decimal()).prop_map(|(year, index)| PriceIndexEntry {
                year,
                index: IndexValue::clamped(index),
            }),
            0..3,
        ),
    )
        .prop_map(
            |((hpf, cost, tax, growth, period), rates, (ks, hi, lo, comparison), index)| Settings {
                hours_per_fte: HoursPerFte::clamped(hpf),
                cost_per_fte: cost,
                discount_rates: rates,
                tax_financing_cost_percent: Percent::clamped(tax),
                real_price_growth_percent: Rate::clamped(growth),
                analysis_period_years: period,
                comparison_year: comparison,
                ks_threshold: ks,
                digital_threshold_high: hi,
                digital_threshold_low: lo,
                price_index: index,
            },
        )
}

fn priority_area() -> impl Strategy<Value = PriorityArea> {
    (id(), text(), text()).prop_map(|(id, name, description)| PriorityArea {
        id,
        name,
        description,
    })
}

fn measure() -> impl Strategy<Value = Measure> {
    (
        (id(), text(), text(), select(MeasureStatus::ALL.to_vec())),
        (
            prop::option::of(date()),
            prop::option::of(date()),
            text(),
            text(),
        ),
        (any::<bool>(), text(), prop::collection::vec(id(), 0..3)),
        (
            prop::option::of(money()),
            prop::option::of(money()),
            any::<i32>(),
        ),
    )
        .prop_map(
            |(
                (id, title, description, status),
                (start_date, end_date, responsible_unit, responsible_person),
                (digitalisation, special_assessment, service_ids),
                (investment, annual_operating_cost, price_year),
            )| Measure {
                id,
                title,
                description,
                status,
                start_date,
                end_date,
                responsible_unit,
                responsible_person,
                digitalisation,
                special_assessment,
                service_ids,
                investment,
                annual_operating_cost,
                price_year,
            },
        )
}

fn own_point() -> impl Strategy<Value = OwnPoint> {
    (
        id(),
        text(),
        text(),
        select(Obligation::ALL.to_vec()),
        any::<bool>(),
        select(ChecklistStatus::ALL.to_vec()),
        text(),
    )
        .prop_map(
            |(id, title, source, obligation, required, status, justification)| OwnPoint {
                id,
                title,
                source,
                obligation,
                justification_required: required,
                status,
                justification,
            },
        )
}

fn service() -> impl Strategy<Value = Service> {
    (
        (
            id(),
            text(),
            text(),
            select(TargetGroup::ALL.to_vec()),
            select(Channel::ALL.to_vec()),
        ),
        (
            prop::option::of(any::<u64>()),
            prop::option::of(decimal()),
            any::<bool>(),
            any::<bool>(),
            text(),
        ),
        (
            select(Suitability::ALL.to_vec()),
            select(Suitability::ALL.to_vec()),
            select(Suitability::ALL.to_vec()),
            select(UserOrientation::ALL.to_vec()),
            text(),
        ),
        (
            prop::collection::vec(select(InfoSource::ALL.to_vec()), 0..3),
            text(),
            text(),
            select(ServiceChain::ALL.to_vec()),
            text(),
        ),
        (
            select(ExemptionGround::ALL.to_vec()),
            text(),
            select(CatalogueRegistration::ALL.to_vec()),
            any::<bool>(),
            any::<bool>(),
        ),
        (text(), text(), prop::option::of(date())),
    )
        .prop_map(|(a, b, c, d, e, f)| Service {
            id: a.0,
            name: a.1,
            description: a.2,
            target_group: a.3,
            channel: a.4,
            annual_volume: b.0,
            digital_share_percent: b.1.map(Percent::clamped),
            digitally_available: b.2,
            remains_to_digitalise: b.3,
            exemption_reason: b.4,
            exemption_ground: e.0,
            exemption_documented_in: e.1,
            catalogue: e.2,
            reusable_none: e.3,
            regulations_none: e.4,
            self_service: c.0,
            instant_decision: c.1,
            automated_processing: c.2,
            user_orientation: c.3,
            user_orientation_reason: c.4,
            reusable_information: d.0,
            reusable_other: d.1,
            regulations_to_review: d.2,
            service_chain: d.3,
            service_chain_partners: d.4,
            plan: ServicePlan {
                what: f.0,
                responsible: f.1,
                due: f.2,
            },
        })
}

fn gain_year() -> impl Strategy<Value = GainYear> {
    (
        any::<i32>(),
        prop::option::of(money()),
        prop::option::of(money()),
        prop::option::of(decimal()),
        prop::option::of(decimal()),
        prop::option::of(decimal()),
        prop::option::of(decimal()),
    )
        .prop_map(|(year, pn, rn, ph, rh, pi, ri)| GainYear {
            year,
            planned_nok: pn,
            realised_nok: rn,
            planned_hours: ph.map(Hours::clamped),
            realised_hours: rh.map(Hours::clamped),
            planned_indicator: pi.map(IndicatorValue::clamped),
            realised_indicator: ri.map(IndicatorValue::clamped),
        })
}

fn gain() -> impl Strategy<Value = Gain> {
    (
        (
            id(),
            prop::option::of(id()),
            text(),
            select(GainKind::ALL.to_vec()),
            select(Beneficiary::ALL.to_vec()),
        ),
        (
            text(),
            text(),
            text(),
            prop::option::of(decimal()),
            prop::option::of(date()),
        ),
        (
            prop::option::of(decimal()),
            prop::option::of(date()),
            select(Direction::ALL.to_vec()),
            text(),
            any::<i32>(),
        ),
        prop::collection::vec(gain_year(), 0..3),
    )
        .prop_map(|(a, b, c, years)| Gain {
            id: a.0,
            measure_id: a.1,
            name: a.2,
            kind: a.3,
            beneficiary: a.4,
            description: b.0,
            indicator: b.1,
            unit: b.2,
            baseline_value: b.3.map(IndicatorValue::clamped),
            baseline_date: b.4,
            target_value: c.0.map(IndicatorValue::clamped),
            target_date: c.1,
            direction: c.2,
            owner: c.3,
            price_year: c.4,
            years,
        })
}

fn extraction() -> impl Strategy<Value = Extraction> {
    (
        id(),
        prop::option::of(id()),
        any::<i32>(),
        select(ExtractionForm::ALL.to_vec()),
        prop::option::of(money()),
        prop::option::of(decimal()),
        prop::option::of(id()),
        text(),
    )
        .prop_map(
            |(id, gain_id, year, form, amount_nok, fte, priority_area_id, description)| {
                Extraction {
                    id,
                    gain_id,
                    year,
                    form,
                    amount_nok,
                    fte: fte.map(Fte::clamped),
                    priority_area_id,
                    description,
                }
            },
        )
}

fn checklist_item() -> impl Strategy<Value = ChecklistItem> {
    (
        select(ChecklistPoint::ALL.to_vec()),
        select(ChecklistStatus::ALL.to_vec()),
        text(),
    )
        .prop_map(|(point, status, justification)| ChecklistItem {
            point,
            status,
            justification,
        })
}

fn project() -> impl Strategy<Value = Project> {
    (
        (id(), agency(), report(), settings()),
        (
            prop::collection::vec(priority_area(), 0..3),
            prop::collection::vec(measure(), 0..3),
            prop::collection::vec(service(), 0..3),
        ),
        (
            prop::collection::vec(gain(), 0..3),
            prop::collection::vec(extraction(), 0..3),
            prop::collection::vec(checklist_item(), 0..4),
            prop::collection::vec(own_point(), 0..2),
        ),
        (timestamp(), timestamp(), text()),
    )
        .prop_map(|(a, b, c, d)| Project {
            schema_version: SCHEMA_VERSION,
            id: a.0,
            agency: a.1,
            report: a.2,
            settings: a.3,
            priority_areas: b.0,
            measures: b.1,
            services: b.2,
            gains: c.0,
            extractions: c.1,
            checklist: c.2,
            own_points: c.3,
            created: d.0,
            modified: d.1,
            last_edited_by: d.2,
            ..Project::default()
        })
}

/// Loading must give a project or an error with a message in every language — never a panic.
fn load_never_panics(bytes: &[u8]) {
    match io::load_bytes(bytes, "tilfeldig.gevinst.json") {
        Ok(_) => {}
        Err(e) => {
            for lang in Language::ALL {
                let m = e.message(lang);
                assert!(m.contains("tilfeldig.gevinst.json"), "{m}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn save_then_load_is_the_identity(p in project()) {
        let bytes = io::to_bytes(&p);
        let loaded = io::load_bytes(&bytes, "p.gevinst.json").unwrap();
        prop_assert_eq!(&loaded.project, &p);
        prop_assert_eq!(loaded.origin, io::Origin::Current);
        // And through a real file, with the atomic save.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.gevinst.json");
        io::save(&p, &path).unwrap();
        prop_assert_eq!(io::load(&path).unwrap().project, p);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        load_never_panics(&bytes);
    }

    #[test]
    fn arbitrary_json_like_text_never_panics(text in "[{}\\[\\]\":,0-9a-z \\n\\-.]{0,200}") {
        load_never_panics(text.as_bytes());
        let with_version = format!("{{\"schema_version\": 1, {text}");
        load_never_panics(with_version.as_bytes());
    }

    #[test]
    fn truncated_examples_never_panic(cut in 0..gevinst_core::example::EXAMPLE_JSON.len()) {
        let bytes = &gevinst_core::example::EXAMPLE_JSON.as_bytes()[..cut];
        load_never_panics(bytes);
    }

    #[test]
    fn mutated_examples_never_panic(
        edits in prop::collection::vec((0..gevinst_core::example::EXAMPLE_JSON.len(), any::<u8>()), 1..8)
    ) {
        let mut bytes = gevinst_core::example::EXAMPLE_JSON.as_bytes().to_vec();
        for (at, b) in edits {
            bytes[at] = b;
        }
        load_never_panics(&bytes);
        let mut old = bytes.clone();
        if let Some(pos) = old.windows(17).position(|w| w == b"\"schema_version\":") {
            old[pos + 18] = b'0';
        }
        load_never_panics(&old);
        let newer = std::str::from_utf8(&bytes).unwrap_or("").replacen("\"schema_version\": 1", "\"schema_version\": 5", 1);
        let _ = io::load_bytes_with(newer.as_bytes(), "n.gevinst.json", io::LoadOptions { allow_newer: true });
    }
}
