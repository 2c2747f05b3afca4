//! Realised and extracted, reconciled per year: what the agency's own gains realised, what was
//! extracted from them, what was recorded as not extracted, and what is not yet accounted for.

use super::{AmountFte, CalcError, convert_price_year, extraction_rows, hours_to_fte};
use crate::model::{Beneficiary, ExtractionForm, Gain, GainKind, Id, Money, Project};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashMap};

/// True for a gain for other actors: of that kind, or benefiting someone other than the agency
/// (citizens, businesses, municipalities, other public bodies).
pub fn is_for_other_actors(gain: &Gain) -> bool {
    gain.kind == GainKind::OtherActors || gain.beneficiary != Beneficiary::Agency
}

/// True for a gain the agency can take out itself: a cash or time gain that benefits the
/// agency. Gains for other actors cannot be extracted.
pub fn is_agency_own(gain: &Gain) -> bool {
    matches!(gain.kind, GainKind::Cash | GainKind::Time) && !is_for_other_actors(gain)
}

/// One year of the reconciliation. Kroner in the project's price year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReconciledYear {
    /// The year.
    pub year: i32,
    /// Realised by the agency's own gains: kroner, and hours as FTE.
    pub realised: AmountFte,
    /// Extracted from them (every form but "not extracted").
    pub extracted: AmountFte,
    /// Recorded as not extracted, with a reason.
    pub not_extracted: AmountFte,
    /// Realised − extracted − not extracted: what no extraction accounts for yet (negative
    /// when more was extracted than realised, e.g. a budget cut made on the planned gain).
    pub unaccounted_nok: Money,
    /// The same in FTE.
    pub unaccounted_fte: Decimal,
}

/// The reconciliation, one entry per year in which the agency's own gains realised something
/// or something was extracted from them, in year order.
pub fn reconcile(project: &Project) -> Result<Vec<ReconciledYear>, CalcError> {
    let target = project.report.price_year;
    let s = &project.settings;
    let mut own: HashMap<Id, &Gain> = HashMap::new();
    for g in project.gains.iter().filter(|g| is_agency_own(g)) {
        own.entry(g.id).or_insert(g);
    }
    let mut realised: BTreeMap<i32, (Money, Decimal)> = BTreeMap::new();
    for g in own.values() {
        for y in &g.years {
            if y.realised_nok.is_none() && y.realised_hours.is_none() {
                continue;
            }
            let entry = realised.entry(y.year).or_default();
            if let Some(m) = y.realised_nok {
                let m = convert_price_year(m, g.price_year, target, &s.price_index).unwrap_or(m);
                entry.0 = entry.0.checked_add(m).ok_or(CalcError::Overflow)?;
            }
            if let Some(h) = y.realised_hours {
                entry.1 = entry.1.checked_add(h.get()).ok_or(CalcError::Overflow)?;
            }
        }
    }
    let mut out: BTreeMap<i32, ReconciledYear> = BTreeMap::new();
    let blank = |year| ReconciledYear {
        year,
        realised: AmountFte::ZERO,
        extracted: AmountFte::ZERO,
        not_extracted: AmountFte::ZERO,
        unaccounted_nok: Money::ZERO,
        unaccounted_fte: Decimal::ZERO,
    };
    for (year, (nok, hours)) in realised {
        let fte = hours_to_fte(hours, s.hours_per_fte.get()).unwrap_or(Decimal::ZERO);
        out.entry(year).or_insert_with(|| blank(year)).realised = AmountFte {
            amount_nok: nok,
            fte,
        };
    }
    for r in extraction_rows(project) {
        if !r.gain_id.is_some_and(|g| own.contains_key(&g)) {
            continue;
        }
        let row = out.entry(r.year).or_insert_with(|| blank(r.year));
        let value = AmountFte {
            amount_nok: r.amount_nok.unwrap_or_default(),
            fte: r.fte.unwrap_or_default(),
        };
        if r.form == ExtractionForm::NotExtracted {
            row.not_extracted = row.not_extracted.checked_add(value)?;
        } else {
            row.extracted = row.extracted.checked_add(value)?;
        }
    }
    out.into_values()
        .map(|mut y| {
            let accounted = y.extracted.checked_add(y.not_extracted)?;
            y.unaccounted_nok = y
                .realised
                .amount_nok
                .checked_sub(accounted.amount_nok)
                .ok_or(CalcError::Overflow)?;
            y.unaccounted_fte = y
                .realised
                .fte
                .checked_sub(accounted.fte)
                .ok_or(CalcError::Overflow)?;
            Ok(y)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Extraction, Fte, GainYear, Hours};

    fn kr(n: i64) -> Money {
        Money::from_kroner(n).unwrap()
    }

    #[test]
    fn realised_extracted_and_unaccounted_per_year() {
        let mut p = Project::new();
        p.report.price_year = 2025;
        let cash = Gain {
            id: Id::from_u128(1),
            kind: GainKind::Cash,
            price_year: 2025,
            years: vec![
                GainYear {
                    year: 2024,
                    realised_nok: Some(kr(900_000)),
                    ..Default::default()
                },
                GainYear {
                    year: 2025,
                    realised_nok: Some(kr(1_000_000)),
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        let time = Gain {
            id: Id::from_u128(2),
            kind: GainKind::Time,
            price_year: 2025,
            years: vec![GainYear {
                year: 2025,
                realised_hours: Some(Hours::clamped(Decimal::from(3390))),
                ..Default::default()
            }],
            ..Default::default()
        };
        let others = Gain {
            id: Id::from_u128(3),
            kind: GainKind::OtherActors,
            beneficiary: Beneficiary::Citizens,
            price_year: 2025,
            years: vec![GainYear {
                year: 2025,
                realised_nok: Some(kr(5_000_000)),
                ..Default::default()
            }],
            ..Default::default()
        };
        p.gains = vec![cash, time, others];
        let x = |id, gain, form, nok: Option<i64>, fte: Option<i64>| Extraction {
            id: Id::from_u128(id),
            gain_id: Some(Id::from_u128(gain)),
            year: 2025,
            form,
            amount_nok: nok.map(kr),
            fte: fte.map(|f| Fte::clamped(Decimal::from(f))),
            ..Default::default()
        };
        p.extractions = vec![
            x(10, 1, ExtractionForm::BudgetCut, Some(600_000), None),
            x(11, 1, ExtractionForm::NotExtracted, Some(100_000), None),
            x(12, 2, ExtractionForm::Reallocation, None, Some(1)),
            // From citizens' gain: not the agency's, left out of the reconciliation.
            x(13, 3, ExtractionForm::BudgetCut, Some(5_000_000), None),
        ];
        let r = reconcile(&p).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].year, 2024);
        assert_eq!(r[0].unaccounted_nok, kr(900_000));
        let y = r[1];
        assert_eq!(
            y.realised.amount_nok,
            kr(1_000_000),
            "citizens' kroner left out"
        );
        assert_eq!(y.realised.fte, Decimal::from(2));
        assert_eq!(y.extracted.amount_nok, kr(600_000));
        assert_eq!(y.not_extracted.amount_nok, kr(100_000));
        assert_eq!(y.unaccounted_nok, kr(300_000));
        assert_eq!(y.unaccounted_fte, Decimal::ONE);
    }
}
