//! Totals: gains per year and kind, extractions per priority area and form, measures per status.

use super::{CalcError, convert_price_year, hours_to_fte};
use crate::model::{ExtractionForm, GainKind, Id, MeasureStatus, Money, Project};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Planned and realised totals of one kind of gain in one year, in the project's price year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindYearTotal {
    /// The calendar year.
    pub year: i32,
    /// The kind of gain.
    pub kind: GainKind,
    /// Sum of planned kroner.
    pub planned_nok: Money,
    /// Sum of realised kroner; `None` when no gain of this kind has realised kroner that year.
    pub realised_nok: Option<Money>,
    /// Sum of planned hours.
    pub planned_hours: Decimal,
    /// Sum of realised hours; `None` when none were recorded.
    pub realised_hours: Option<Decimal>,
    /// Planned hours as FTE.
    pub planned_fte: Decimal,
    /// Realised hours as FTE.
    pub realised_fte: Option<Decimal>,
}

/// All gain totals of a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GainTotals {
    /// The price year every amount is expressed in (the project's default price year).
    pub price_year: i32,
    /// One row per year and kind that has any value, sorted by year, then kind.
    pub rows: Vec<KindYearTotal>,
    /// Gains whose price year could not be converted (no index for it); their amounts are
    /// included as they are, and validation warns about them.
    pub unconverted: Vec<Id>,
}

impl GainTotals {
    /// The years that have any value, ascending.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.rows.iter().map(|r| r.year).collect();
        years.dedup();
        years
    }

    /// Planned and realised kroner of all kinds in a year.
    pub fn year_nok(&self, year: i32) -> (Money, Option<Money>) {
        let mut planned = Money::ZERO;
        let mut realised: Option<Money> = None;
        for r in self.rows.iter().filter(|r| r.year == year) {
            planned = planned.checked_add(r.planned_nok).unwrap_or(planned);
            if let Some(x) = r.realised_nok {
                let sum = realised.unwrap_or(Money::ZERO);
                realised = Some(sum.checked_add(x).unwrap_or(sum));
            }
        }
        (planned, realised)
    }
}

fn add_opt<T>(
    acc: Option<T>,
    x: Option<T>,
    add: impl Fn(T, T) -> Option<T>,
) -> Result<Option<T>, CalcError>
where
    T: Copy,
{
    match (acc, x) {
        (a, None) => Ok(a),
        (None, Some(x)) => Ok(Some(x)),
        (Some(a), Some(x)) => add(a, x).map(Some).ok_or(CalcError::Overflow),
    }
}

/// Sum planned and realised values per year and kind over all gains, converting kroner to the
/// project's price year.
pub fn gain_totals(project: &Project) -> Result<GainTotals, CalcError> {
    let target_year = project.report.price_year;
    let index = &project.settings.price_index;
    let hpf = project.settings.hours_per_fte;
    let mut map: BTreeMap<(i32, GainKind), KindYearTotal> = BTreeMap::new();
    let mut unconverted = Vec::new();
    for gain in &project.gains {
        let mut convert =
            |m: Money| match convert_price_year(m, gain.price_year, target_year, index) {
                Some(c) => c,
                None => {
                    if !unconverted.contains(&gain.id) {
                        unconverted.push(gain.id);
                    }
                    m
                }
            };
        for y in &gain.years {
            let row = map.entry((y.year, gain.kind)).or_insert(KindYearTotal {
                year: y.year,
                kind: gain.kind,
                planned_nok: Money::ZERO,
                realised_nok: None,
                planned_hours: Decimal::ZERO,
                realised_hours: None,
                planned_fte: Decimal::ZERO,
                realised_fte: None,
            });
            if let Some(p) = y.planned_nok {
                row.planned_nok = row
                    .planned_nok
                    .checked_add(convert(p))
                    .ok_or(CalcError::Overflow)?;
            }
            row.realised_nok = add_opt(
                row.realised_nok,
                y.realised_nok.map(&mut convert),
                |a, b| a.checked_add(b),
            )?;
            if let Some(h) = y.planned_hours {
                row.planned_hours = row
                    .planned_hours
                    .checked_add(h.get())
                    .ok_or(CalcError::Overflow)?;
            }
            row.realised_hours = add_opt(
                row.realised_hours,
                y.realised_hours.map(|h| h.get()),
                |a, b| a.checked_add(b),
            )?;
        }
    }
    let mut rows: Vec<KindYearTotal> = map.into_values().collect();
    for r in &mut rows {
        r.planned_fte = hours_to_fte(r.planned_hours, hpf.get()).unwrap_or(Decimal::ZERO);
        r.realised_fte = r.realised_hours.and_then(|h| hours_to_fte(h, hpf.get()));
    }
    Ok(GainTotals {
        price_year: target_year,
        rows,
        unconverted,
    })
}

/// One extraction with its amount in the project's price year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractionRow {
    /// The extraction.
    pub id: Id,
    /// The gain it comes from.
    pub gain_id: Option<Id>,
    /// The year.
    pub year: i32,
    /// How it was extracted.
    pub form: ExtractionForm,
    /// The priority area it went to.
    pub priority_area: Option<Id>,
    /// Kroner in the project's price year (converted from the gain's price year).
    pub amount_nok: Option<Money>,
    /// Full-time equivalents.
    pub fte: Option<Decimal>,
}

/// Every extraction, with amounts converted to the project's price year where the index allows.
pub fn extraction_rows(project: &Project) -> Vec<ExtractionRow> {
    let target = project.report.price_year;
    // The price year of each gain, looked up once (the first of duplicate ids, as
    // `Project::gain`), so that a large project is not searched for every extraction.
    let mut price_years = std::collections::HashMap::with_capacity(project.gains.len());
    for g in &project.gains {
        price_years.entry(g.id).or_insert(g.price_year);
    }
    project
        .extractions
        .iter()
        .map(|e| {
            let from = e
                .gain_id
                .and_then(|g| price_years.get(&g).copied())
                .unwrap_or(target);
            ExtractionRow {
                id: e.id,
                gain_id: e.gain_id,
                year: e.year,
                form: e.form,
                priority_area: e.priority_area_id,
                amount_nok: e.amount_nok.map(|m| {
                    convert_price_year(m, from, target, &project.settings.price_index).unwrap_or(m)
                }),
                fte: e.fte.map(|f| f.get()),
            }
        })
        .collect()
}

/// What was reallocated to one priority area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaTotal {
    /// The priority area; `None` for reallocations that name no area.
    pub area: Option<Id>,
    /// Kroner in the project's price year.
    pub amount_nok: Money,
    /// Full-time equivalents.
    pub fte: Decimal,
}

/// Reallocations summed per priority area, in the order of the project's priority areas
/// (then the unnamed). With `year`, only that year's extractions count.
pub fn extraction_by_area(
    project: &Project,
    year: Option<i32>,
) -> Result<Vec<AreaTotal>, CalcError> {
    let rows = extraction_rows(project);
    let mut order: Vec<Option<Id>> = project.priority_areas.iter().map(|p| Some(p.id)).collect();
    order.push(None);
    let mut out = Vec::new();
    for area in order {
        let mut total = AreaTotal {
            area,
            amount_nok: Money::ZERO,
            fte: Decimal::ZERO,
        };
        let mut any = false;
        for r in rows.iter().filter(|r| {
            r.form == ExtractionForm::Reallocation
                && r.priority_area == area
                && year.is_none_or(|y| r.year == y)
        }) {
            any = true;
            if let Some(m) = r.amount_nok {
                total.amount_nok = total.amount_nok.checked_add(m).ok_or(CalcError::Overflow)?;
            }
            if let Some(f) = r.fte {
                total.fte = total.fte.checked_add(f).ok_or(CalcError::Overflow)?;
            }
        }
        if any {
            out.push(total);
        }
    }
    Ok(out)
}

/// Extractions summed per form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormTotal {
    /// The form.
    pub form: ExtractionForm,
    /// Kroner in the project's price year.
    pub amount_nok: Money,
    /// Full-time equivalents.
    pub fte: Decimal,
    /// How many extractions.
    pub count: usize,
}

/// Extractions summed per form, in the order of [`ExtractionForm::ALL`], forms with none left
/// out. With `year`, only that year's extractions count.
pub fn extraction_by_form(
    project: &Project,
    year: Option<i32>,
) -> Result<Vec<FormTotal>, CalcError> {
    let rows = extraction_rows(project);
    let mut out = Vec::new();
    for form in ExtractionForm::ALL {
        let mut total = FormTotal {
            form,
            amount_nok: Money::ZERO,
            fte: Decimal::ZERO,
            count: 0,
        };
        for r in rows
            .iter()
            .filter(|r| r.form == form && year.is_none_or(|y| r.year == y))
        {
            total.count = total.count.saturating_add(1);
            if let Some(m) = r.amount_nok {
                total.amount_nok = total.amount_nok.checked_add(m).ok_or(CalcError::Overflow)?;
            }
            if let Some(f) = r.fte {
                total.fte = total.fte.checked_add(f).ok_or(CalcError::Overflow)?;
            }
        }
        if total.count > 0 {
            out.push(total);
        }
    }
    Ok(out)
}

/// How many measures have each status, in the order of [`MeasureStatus::ALL`].
pub fn measures_by_status(project: &Project) -> [(MeasureStatus, usize); 4] {
    MeasureStatus::ALL.map(|s| (s, project.measures.iter().filter(|m| m.status == s).count()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Extraction, Gain, GainYear, PriceIndexEntry, PriorityArea};
    use crate::model::{Fte, Hours, HoursPerFte, IndexValue};

    fn kr(n: i64) -> Money {
        Money::from_kroner(n).unwrap()
    }

    fn project() -> Project {
        let mut p = Project::new();
        p.report.price_year = 2025;
        p.settings.hours_per_fte = HoursPerFte::clamped(Decimal::from(1695));
        p.settings.price_index = vec![
            PriceIndexEntry {
                year: 2024,
                index: IndexValue::clamped(Decimal::from(100)),
            },
            PriceIndexEntry {
                year: 2025,
                index: IndexValue::clamped(Decimal::from(110)),
            },
        ];
        p.priority_areas = vec![
            PriorityArea {
                id: Id::from_u128(10),
                name: "Tilsyn".into(),
                ..Default::default()
            },
            PriorityArea {
                id: Id::from_u128(11),
                name: "Veiledning".into(),
                ..Default::default()
            },
        ];
        p.gains = vec![
            Gain {
                id: Id::from_u128(1),
                kind: GainKind::Cash,
                price_year: 2024,
                years: vec![
                    GainYear {
                        year: 2024,
                        planned_nok: Some(kr(100_000)),
                        realised_nok: Some(kr(90_000)),
                        ..Default::default()
                    },
                    GainYear {
                        year: 2025,
                        planned_nok: Some(kr(200_000)),
                        ..Default::default()
                    },
                ],
                ..Default::default()
            },
            Gain {
                id: Id::from_u128(2),
                kind: GainKind::Cash,
                price_year: 2025,
                years: vec![GainYear {
                    year: 2024,
                    planned_nok: Some(kr(50_000)),
                    ..Default::default()
                }],
                ..Default::default()
            },
            Gain {
                id: Id::from_u128(3),
                kind: GainKind::Time,
                price_year: 2025,
                years: vec![GainYear {
                    year: 2024,
                    planned_hours: Some(Hours::clamped(Decimal::from(3390))),
                    realised_hours: Some(Hours::clamped(Decimal::from(1695))),
                    ..Default::default()
                }],
                ..Default::default()
            },
        ];
        p.extractions = vec![
            Extraction {
                id: Id::from_u128(20),
                gain_id: Some(Id::from_u128(1)),
                year: 2024,
                form: ExtractionForm::Reallocation,
                amount_nok: Some(kr(50_000)),
                priority_area_id: Some(Id::from_u128(11)),
                ..Default::default()
            },
            Extraction {
                id: Id::from_u128(21),
                gain_id: Some(Id::from_u128(3)),
                year: 2024,
                form: ExtractionForm::Reallocation,
                fte: Some(Fte::clamped(Decimal::ONE)),
                priority_area_id: Some(Id::from_u128(10)),
                ..Default::default()
            },
            Extraction {
                id: Id::from_u128(22),
                gain_id: Some(Id::from_u128(1)),
                year: 2025,
                form: ExtractionForm::BudgetCut,
                amount_nok: Some(kr(20_000)),
                ..Default::default()
            },
        ];
        p
    }

    #[test]
    fn gain_totals_per_year_and_kind_in_one_price_year() {
        let t = gain_totals(&project()).unwrap();
        assert_eq!(t.years(), vec![2024, 2025]);
        let cash24 = &t.rows[0];
        assert_eq!((cash24.year, cash24.kind), (2024, GainKind::Cash));
        // 100 000 (2024 kr) → 110 000 (2025 kr), plus 50 000 already in 2025 kr.
        assert_eq!(cash24.planned_nok, kr(160_000));
        assert_eq!(cash24.realised_nok, Some(kr(99_000)));
        let time24 = &t.rows[1];
        assert_eq!(time24.kind, GainKind::Time);
        assert_eq!(time24.planned_fte, Decimal::from(2));
        assert_eq!(time24.realised_fte, Some(Decimal::ONE));
        let cash25 = &t.rows[2];
        assert_eq!(cash25.planned_nok, kr(220_000));
        assert_eq!(
            cash25.realised_nok, None,
            "nothing realised yet is not zero"
        );
        assert_eq!(t.year_nok(2024), (kr(160_000), Some(kr(99_000))));
        assert!(t.unconverted.is_empty());
    }

    #[test]
    fn missing_index_is_reported() {
        let mut p = project();
        p.settings.price_index.clear();
        let t = gain_totals(&p).unwrap();
        assert_eq!(t.unconverted, vec![Id::from_u128(1)]);
        assert_eq!(t.rows[0].planned_nok, kr(150_000));
    }

    #[test]
    fn extraction_totals() {
        let p = project();
        let by_area = extraction_by_area(&p, None).unwrap();
        assert_eq!(by_area.len(), 2);
        assert_eq!(by_area[0].area, Some(Id::from_u128(10)));
        assert_eq!(by_area[0].fte, Decimal::ONE);
        assert_eq!(by_area[1].area, Some(Id::from_u128(11)));
        assert_eq!(by_area[1].amount_nok, kr(55_000));
        let by_form = extraction_by_form(&p, None).unwrap();
        assert_eq!(by_form[0].form, ExtractionForm::BudgetCut);
        assert_eq!(by_form[0].amount_nok, kr(22_000));
        assert_eq!(by_form[1].count, 2);
        assert!(extraction_by_area(&p, Some(2025)).unwrap().is_empty());
    }

    #[test]
    fn overflow_is_an_error() {
        let mut p = project();
        let big = Money::from_kroner(crate::model::MAX_KRONER).unwrap();
        for i in 0..10_000 {
            p.gains.push(Gain {
                id: Id::from_u128(1000 + i),
                price_year: 2025,
                years: vec![GainYear {
                    year: 2024,
                    planned_nok: Some(big),
                    ..Default::default()
                }],
                ..Default::default()
            });
        }
        assert_eq!(gain_totals(&p), Err(CalcError::Overflow));
    }

    #[test]
    fn status_counts() {
        let mut p = Project::new();
        p.measures.push(crate::model::Measure {
            status: MeasureStatus::Implemented,
            ..Default::default()
        });
        assert_eq!(measures_by_status(&p)[2], (MeasureStatus::Implemented, 1));
        assert_eq!(measures_by_status(&p)[0], (MeasureStatus::Planned, 0));
    }
}
