//! The bundled example project: a fictional agency with a full year's work, shown to new users
//! and written by `gevinst example`.

mod copies;

pub use copies::{CopyWording, NEW_GAIN, two_copies};

use crate::model::Project;

/// The example project file exactly as shipped (`fixtures/example.gevinst.json`).
pub const EXAMPLE_JSON: &str = include_str!("../../../fixtures/example.gevinst.json");

/// The example project.
#[allow(
    clippy::expect_used,
    reason = "the file is compiled in and the tests below parse it, so it always parses"
)]
pub fn project() -> Project {
    serde_json::from_str(EXAMPLE_JSON).expect("the bundled example project is valid")
}

/// Sizes of the large generated project ([`large`]).
pub mod large_size {
    /// Measures.
    pub const MEASURES: usize = 2_000;
    /// Services.
    pub const SERVICES: usize = 300;
    /// Gains (two per measure).
    pub const GAINS: usize = 4_000;
    /// Priority areas.
    pub const PRIORITY_AREAS: usize = 12;
}

const ACTIONS: [&str; 10] = [
    "Digital søknad om",
    "Automatisert behandling av",
    "Forenklet rapportering av",
    "Selvbetjening for",
    "Straksavgjørelse for",
    "Gjenbruk av registerdata i",
    "Ny saksflyt for",
    "Digital innsending av",
    "Felles løsning for",
    "Avvikling av papirskjema for",
];
const SUBJECTS: [&str; 20] = [
    "driftstilskudd",
    "prosjekttilskudd",
    "klager på vedtak",
    "tilsynsrapporter",
    "refusjonskrav",
    "godkjenning av virksomheter",
    "endringsmeldinger",
    "årsregnskap fra tilskuddsmottakere",
    "søknader om dispensasjon",
    "innsyn i saksdokumenter",
    "registrering av frivillige lag",
    "utbetaling av stipend",
    "sertifisering av kontrollører",
    "meldinger om avvik",
    "tilbakebetaling av tilskudd",
    "søknader om forlenget frist",
    "lønnstilskudd",
    "kurs og opplæring",
    "byggesaksuttalelser",
    "fakturering",
];
const TARGETS: [&str; 6] = [
    "for kommunene",
    "for frivillige organisasjoner",
    "for små bedrifter",
    "for innbyggere",
    "i regionkontorene",
    "i fagavdelingene",
];
const UNITS: [&str; 5] = [
    "Avdeling for digitalisering",
    "Seksjon for tilskudd",
    "Seksjon for tilsyn",
    "Avdeling for forvaltning",
    "Økonomiseksjonen",
];
const PEOPLE: [&str; 8] = [
    "Kari Nordmann",
    "Per Olsen",
    "Ingrid Hansen",
    "Ola Berg",
    "Siri Johansen",
    "Anders Dahl",
    "Marte Lie",
    "Jonas Haugen",
];
const AREAS: [&str; 12] = [
    "Tilsyn med kommunene",
    "Veiledning til små søkere",
    "Informasjonssikkerhet",
    "Kortere saksbehandlingstid",
    "Personvern",
    "Kompetanse i regionene",
    "Beredskap",
    "Kvalitet i statistikken",
    "Brukerdialog",
    "Arkiv og dokumentasjon",
    "Internkontroll",
    "Klimatiltak",
];

fn date(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

fn kroner(n: i64) -> Option<crate::model::Money> {
    crate::model::Money::from_kroner(n)
}

/// A large, deterministic project for benchmarks and stress tests: 2 000 measures, 300 services,
/// 4 000 gains with four years each, about 3 000 extractions and 12 priority areas, with titles
/// made by combining word lists. Ids come from counters; nothing depends on the clock.
// Generated data from constants only: every operand is a loop index below the fixed counts
// (at most 4 000), a year near 2026 or a small constant, so no operation here can overflow,
// and no user or file value reaches this function.
#[allow(clippy::arithmetic_side_effects)]
pub fn large() -> Project {
    use crate::model::*;
    use chrono::TimeZone;
    use large_size::*;
    use rust_decimal::Decimal;

    let id =
        |kind: u128, n: usize| Id::from_u128((kind << 96) | 0x4000_8000_0000_0000_0000 | n as u128);
    let year = 2026;
    let mut p = Project::new();
    p.id = id(1, 1);
    p.agency = Agency {
        name: "Direktoratet for store datamengder".into(),
        org_number: "974 760 673".into(),
        parent_ministry: "Digitaliserings- og forvaltningsdepartementet".into(),
    };
    p.report = ReportInfo {
        year,
        part: ReportPart::Iv,
        language: crate::model::Language::Nb,
        price_year: year,
        introduction: "Et stort, generert prosjekt for ytelsestester.".into(),
        closing: String::new(),
    };
    p.created = chrono::Utc
        .with_ymd_and_hms(2026, 1, 5, 8, 0, 0)
        .single()
        .unwrap_or_default();
    p.modified = chrono::Utc
        .with_ymd_and_hms(2026, 11, 20, 16, 0, 0)
        .single()
        .unwrap_or_default();
    p.last_edited_by = "Generator".into();
    // The consumer price index for every price year the generated amounts use, as an agency
    // that reports in several price years has it.
    p.settings.price_index = [
        (2022, 1265),
        (2023, 1310),
        (2024, 1351),
        (2025, 1390),
        (2026, 1425),
    ]
    .into_iter()
    .map(|(year, tenths)| PriceIndexEntry {
        year,
        index: IndexValue::clamped(Decimal::new(tenths, 1)),
    })
    .collect();
    p.priority_areas = (0..PRIORITY_AREAS)
        .map(|i| PriorityArea {
            id: id(0xa, i + 1),
            name: AREAS[i % AREAS.len()].into(),
            description: format!("Prioritert område nummer {} i virksomhetsplanen.", i + 1),
        })
        .collect();
    p.services = (0..SERVICES)
        .map(|i| {
            let digital = i % 3 != 0;
            Service {
                id: id(0xc, i + 1),
                name: format!(
                    "{} {}",
                    SUBJECTS[i % SUBJECTS.len()],
                    TARGETS[(i / 20) % TARGETS.len()]
                ),
                description: "Generert tjeneste.".into(),
                target_group: TargetGroup::ALL[i % 3],
                channel: Channel::ALL[i % Channel::ALL.len()],
                annual_volume: Some(500 + (i as u64 * 137) % 20_000),
                digital_share_percent: Some(Percent::clamped(Decimal::from(if digital {
                    60 + i % 40
                } else {
                    i % 30
                }))),
                digitally_available: digital,
                remains_to_digitalise: !digital,
                exemption_reason: String::new(),
                exemption_ground: ExemptionGround::NotStated,
                exemption_documented_in: String::new(),
                catalogue: if digital {
                    CatalogueRegistration::Registered
                } else {
                    CatalogueRegistration::NotRecorded
                },
                self_service: Suitability::ALL[i % 4],
                instant_decision: Suitability::ALL[(i + 1) % 4],
                automated_processing: Suitability::ALL[(i + 2) % 4],
                user_orientation: UserOrientation::ALL[i % 5],
                user_orientation_reason: "Vurdert i brukerundersøkelsen.".into(),
                reusable_information: vec![InfoSource::ALL[i % 4]],
                reusable_other: String::new(),
                reusable_none: false,
                regulations_to_review: String::new(),
                regulations_none: i % 2 == 0,
                service_chain: if i % 7 == 0 {
                    ServiceChain::Yes
                } else {
                    ServiceChain::No
                },
                service_chain_partners: if i % 7 == 0 {
                    "Skatteetaten, NAV".into()
                } else {
                    String::new()
                },
                plan: ServicePlan {
                    what: "Digitalisere og forenkle tjenesten.".into(),
                    responsible: UNITS[i % UNITS.len()].into(),
                    due: date(2027 + (i % 3) as i32, 12, 31),
                },
            }
        })
        .collect();
    p.measures = (0..MEASURES)
        .map(|i| {
            let start = 2022 + (i % 5) as i32;
            let digitalisation = i % 2 == 0;
            Measure {
                id: id(0xb, i + 1),
                title: format!(
                    "{} {} {}",
                    ACTIONS[i % ACTIONS.len()],
                    SUBJECTS[(i / ACTIONS.len()) % SUBJECTS.len()],
                    TARGETS[(i / 200) % TARGETS.len()]
                ),
                description: format!("Tiltak nummer {} i porteføljen.", i + 1),
                status: MeasureStatus::ALL[i % 4],
                start_date: date(start, 1 + (i % 12) as u32, 1),
                end_date: date(start + 2, 1 + (i % 12) as u32, 28),
                responsible_unit: UNITS[i % UNITS.len()].into(),
                responsible_person: PEOPLE[i % PEOPLE.len()].into(),
                digitalisation,
                special_assessment: if digitalisation {
                    "Vurdert mot digitaliseringsrundskrivet og arkitekturprinsippene.".into()
                } else {
                    String::new()
                },
                service_ids: vec![id(0xc, i % SERVICES + 1)],
                investment: kroner(500_000 + (i as i64 * 7_919) % 5_000_000),
                annual_operating_cost: kroner(50_000 + (i as i64 * 1_009) % 400_000),
                price_year: start,
            }
        })
        .collect();
    p.gains = (0..GAINS)
        .map(|i| {
            let m = i / 2;
            let kind = GainKind::ALL[i % 4];
            let first = 2023 + (m % 4) as i32;
            let years = (0..4)
                .map(|k| {
                    let y = first + k;
                    let base = 100_000 + ((i as i64 * 3_571) % 900_000);
                    let realised = y <= year;
                    let hours = Decimal::from(200 + (i as i64 * 37) % 3_000);
                    match kind {
                        GainKind::Time => GainYear {
                            year: y,
                            planned_hours: Some(Hours::clamped(hours)),
                            realised_hours: realised
                                .then(|| Hours::clamped(hours * Decimal::new(9, 1))),
                            ..GainYear::default()
                        },
                        GainKind::Quality => GainYear {
                            year: y,
                            planned_indicator: Some(IndicatorValue::clamped(Decimal::from(70 + k))),
                            realised_indicator: realised
                                .then(|| IndicatorValue::clamped(Decimal::from(68 + k))),
                            ..GainYear::default()
                        },
                        _ => GainYear {
                            year: y,
                            planned_nok: kroner(base),
                            realised_nok: if realised {
                                kroner(base * 95 / 100)
                            } else {
                                None
                            },
                            ..GainYear::default()
                        },
                    }
                })
                .collect();
            Gain {
                id: id(0xd, i + 1),
                measure_id: Some(id(0xb, m + 1)),
                name: format!("Gevinst {} av tiltak {}", i % 2 + 1, m + 1),
                kind,
                beneficiary: if kind == GainKind::OtherActors {
                    Beneficiary::Citizens
                } else {
                    Beneficiary::Agency
                },
                description: "Generert gevinst.".into(),
                indicator: "Saksbehandlingstid".into(),
                unit: "dager".into(),
                baseline_value: Some(IndicatorValue::clamped(Decimal::from(30))),
                baseline_date: date(first - 1, 12, 31),
                target_value: Some(IndicatorValue::clamped(Decimal::from(10))),
                target_date: date(first + 3, 12, 31),
                direction: Direction::LowerIsBetter,
                owner: format!("{}, seksjonssjef", PEOPLE[i % PEOPLE.len()]),
                price_year: first,
                years,
            }
        })
        .collect();
    let mut n = 0;
    for g in p
        .gains
        .iter()
        .filter(|g| matches!(g.kind, GainKind::Cash | GainKind::Time))
    {
        for y in g.years.iter().filter(|y| y.year <= year).take(2) {
            n += 1;
            let form = ExtractionForm::ALL[n % ExtractionForm::ALL.len()];
            p.extractions.push(Extraction {
                id: id(0xe, n),
                gain_id: Some(g.id),
                year: y.year,
                form,
                amount_nok: y.realised_nok,
                fte: y.realised_hours.map(|h| Fte::clamped((h.get() / Decimal::from(1695)).round_dp(2))),
                priority_area_id: (form == ExtractionForm::Reallocation)
                    .then(|| id(0xa, n % PRIORITY_AREAS + 1)),
                description: if form == ExtractionForm::NotExtracted {
                    "Gevinsten er spredt på mange medarbeidere og kan ikke hentes ut som budsjettkutt.".into()
                } else {
                    "Generert uttak.".into()
                },
            });
        }
    }
    for (i, c) in p.checklist.iter_mut().enumerate() {
        c.status = ChecklistStatus::ALL[1 + i % 4];
        if c.status.is_deviation() {
            c.justification = "Arbeidet er startet og fullføres neste år.".into();
        }
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ExtractionForm, GainKind, MeasureStatus};
    use std::collections::HashSet;

    #[test]
    fn example_is_rich_enough_to_show_everything() {
        let p = project();
        assert!(p.measures.len() >= 8);
        assert!(p.measures.iter().filter(|m| m.digitalisation).count() >= 4);
        assert!(
            p.measures
                .iter()
                .any(|m| m.status == MeasureStatus::Implemented)
        );
        assert!(
            p.measures
                .iter()
                .any(|m| m.status == MeasureStatus::Planned)
        );
        assert!(p.services.len() >= 6);
        assert!(p.gains.len() >= 10);
        let kinds: HashSet<GainKind> = p.gains.iter().map(|g| g.kind).collect();
        assert_eq!(kinds.len(), GainKind::ALL.len(), "every kind of gain");
        let years: HashSet<i32> = p
            .gains
            .iter()
            .flat_map(|g| g.years.iter().map(|y| y.year))
            .collect();
        assert!(years.len() >= 4);
        let areas: HashSet<_> = p
            .extractions
            .iter()
            .filter(|e| e.form == ExtractionForm::Reallocation)
            .filter_map(|e| e.priority_area_id)
            .collect();
        assert!(areas.len() >= 3);
        assert_eq!(p.checklist.len(), 14);
        assert_eq!(p.own_points.len(), 1);
        assert!(
            p.checklist
                .iter()
                .all(|c| c.status != crate::model::ChecklistStatus::NotAnswered)
        );
    }

    #[test]
    fn example_file_is_exactly_what_gevinst_writes() {
        let mut text = serde_json::to_string_pretty(&project()).unwrap();
        text.push('\n');
        assert_eq!(text, EXAMPLE_JSON);
    }

    #[test]
    fn large_project_is_large_and_deterministic() {
        let p = large();
        assert_eq!(p.measures.len(), large_size::MEASURES);
        assert_eq!(p.services.len(), large_size::SERVICES);
        assert_eq!(p.gains.len(), large_size::GAINS);
        assert!(p.extractions.len() > 2_000);
        assert_eq!(p, large(), "the same every time");
        let ids: HashSet<_> = p
            .measures
            .iter()
            .map(|m| m.id)
            .chain(p.gains.iter().map(|g| g.id))
            .chain(p.services.iter().map(|s| s.id))
            .chain(p.extractions.iter().map(|e| e.id))
            .collect();
        assert_eq!(
            ids.len(),
            p.measures.len() + p.gains.len() + p.services.len() + p.extractions.len()
        );
        let titles: HashSet<_> = p.measures.iter().map(|m| m.title.as_str()).collect();
        assert!(titles.len() > 1_000, "varied titles: {}", titles.len());
    }
}
