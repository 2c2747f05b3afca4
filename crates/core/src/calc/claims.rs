//! What the report's summary sentences claim, computed from the data, so that a sentence is
//! chosen by what is there: every digitalisation measure specially assessed or not, every
//! deviation in the checklist justified or not, and the gains realised for the agency itself
//! kept apart from the gains for other actors. See `docs/report-sentences.md`.

use super::{CalcError, convert_price_year, hours_to_fte, hours_value, is_agency_own};
use crate::model::{ChecklistPoint, Gain, GainKind, Measure, Money, Project};

/// The digitalisation measures whose special assessment has not been written, in project order.
pub fn unassessed_digitalisation(project: &Project) -> Vec<&Measure> {
    project
        .measures
        .iter()
        .filter(|m| m.digitalisation && m.special_assessment.trim().is_empty())
        .collect()
}

/// The checklist points answered with a deviation (partly or not fulfilled) that has no
/// justification, in the order of [`ChecklistPoint::ALL`].
pub fn unjustified_deviations(project: &Project) -> Vec<ChecklistPoint> {
    ChecklistPoint::ALL
        .into_iter()
        .filter(|&p| {
            project
                .checklist_item(p)
                .is_some_and(|i| i.status.is_deviation() && i.justification.trim().is_empty())
        })
        .collect()
}

/// How many checklist points are answered with a deviation (partly or not fulfilled).
pub fn deviations(project: &Project) -> usize {
    ChecklistPoint::ALL
        .into_iter()
        .filter(|&p| {
            project
                .checklist_item(p)
                .is_some_and(|i| i.status.is_deviation())
        })
        .count()
}

/// Whose gain it is, for the key figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GainOwner {
    /// The agency's own budget or time: a cash or time gain whose beneficiary is the agency.
    Agency,
    /// Citizens, businesses, municipalities or other public bodies: a gain for other actors,
    /// or a cash or time gain whose beneficiary is not the agency.
    OtherActors,
}

/// Whose gain `g` is; `None` for a quality gain, which has no value in kroner.
pub fn gain_owner(g: &Gain) -> Option<GainOwner> {
    if g.kind == GainKind::Quality {
        None
    } else if is_agency_own(g) {
        Some(GainOwner::Agency)
    } else {
        Some(GainOwner::OtherActors)
    }
}

/// The realised value of the gains in one year, in kroner of the project's price year, with the
/// agency's own gains apart from those of other actors. Only the agency's own can be extracted
/// and compared with what was reallocated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RealisedSplit {
    /// Cash gains and time gains of the agency; `None` when none has a realised value that year.
    pub agency: Option<Money>,
    /// Gains for other actors; `None` when none has a realised value that year.
    pub other_actors: Option<Money>,
    /// Whether the project has any gain for other actors (with or without values).
    pub has_other_actors: bool,
}

/// The realised value of one gain in `year`, in the project's price year: a time gain's realised
/// hours valued at the cost of an FTE where hours are recorded, otherwise its realised kroner;
/// any other gain's realised kroner. `None` when nothing was realised that year.
pub fn realised_value(project: &Project, g: &Gain, year: i32) -> Result<Option<Money>, CalcError> {
    let Some(y) = g.year(year) else {
        return Ok(None);
    };
    let s = &project.settings;
    if g.kind == GainKind::Time
        && let Some(hours) = y.realised_hours
    {
        let value = if hours_to_fte(hours.get(), s.hours_per_fte.get()).is_some() {
            hours_value(hours.get(), s).ok_or(CalcError::Overflow)?
        } else {
            Money::ZERO
        };
        return Ok(Some(value));
    }
    Ok(y.realised_nok.map(|m| {
        convert_price_year(m, g.price_year, project.report.price_year, &s.price_index).unwrap_or(m)
    }))
}

/// The gains realised in `year`, the agency's own apart from those of other actors.
pub fn realised_split(project: &Project, year: i32) -> Result<RealisedSplit, CalcError> {
    let mut out = RealisedSplit::default();
    for g in &project.gains {
        let Some(owner) = gain_owner(g) else { continue };
        let slot = match owner {
            GainOwner::Agency => &mut out.agency,
            GainOwner::OtherActors => {
                out.has_other_actors = true;
                &mut out.other_actors
            }
        };
        if let Some(v) = realised_value(project, g, year)? {
            let sum = slot.unwrap_or(Money::ZERO);
            *slot = Some(sum.checked_add(v).ok_or(CalcError::Overflow)?);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Beneficiary, ChecklistItem, ChecklistStatus, GainYear, Hours, HoursPerFte, Id,
    };
    use rust_decimal::Decimal;

    fn kr(n: i64) -> Money {
        Money::from_kroner(n).unwrap()
    }

    fn gain(kind: GainKind, beneficiary: Beneficiary, year: GainYear) -> Gain {
        Gain {
            id: Id::new(),
            kind,
            beneficiary,
            price_year: 2026,
            years: vec![year],
            ..Default::default()
        }
    }

    fn project() -> Project {
        let mut p = Project::new();
        p.report.year = 2026;
        p.report.price_year = 2026;
        p.settings.hours_per_fte = HoursPerFte::clamped(Decimal::from(1695));
        p.settings.cost_per_fte = kr(1_000_000);
        p
    }

    #[test]
    fn realised_counts_cash_and_valued_time_for_the_agency_and_others_apart() {
        let mut p = project();
        p.gains = vec![
            gain(
                GainKind::Cash,
                Beneficiary::Agency,
                GainYear {
                    year: 2026,
                    realised_nok: Some(kr(500_000)),
                    ..Default::default()
                },
            ),
            // Hours and kroner both recorded: the hours count, once.
            gain(
                GainKind::Time,
                Beneficiary::Agency,
                GainYear {
                    year: 2026,
                    realised_hours: Some(Hours::clamped(Decimal::from(3390))),
                    realised_nok: Some(kr(7)),
                    ..Default::default()
                },
            ),
            // Kroner only.
            gain(
                GainKind::Time,
                Beneficiary::Agency,
                GainYear {
                    year: 2026,
                    realised_nok: Some(kr(100)),
                    ..Default::default()
                },
            ),
            gain(
                GainKind::OtherActors,
                Beneficiary::Businesses,
                GainYear {
                    year: 2026,
                    realised_nok: Some(kr(4_000_000)),
                    ..Default::default()
                },
            ),
            // Time saved for citizens is theirs, not the agency's.
            gain(
                GainKind::Time,
                Beneficiary::Citizens,
                GainYear {
                    year: 2026,
                    realised_hours: Some(Hours::clamped(Decimal::from(1695))),
                    ..Default::default()
                },
            ),
            gain(
                GainKind::Quality,
                Beneficiary::Agency,
                GainYear {
                    year: 2026,
                    realised_nok: Some(kr(9_999)),
                    ..Default::default()
                },
            ),
        ];
        let s = realised_split(&p, 2026).unwrap();
        assert_eq!(s.agency, Some(kr(2_500_100)));
        assert_eq!(s.other_actors, Some(kr(5_000_000)));
        assert!(s.has_other_actors);
        let none = realised_split(&p, 2025).unwrap();
        assert_eq!((none.agency, none.other_actors), (None, None));
        assert!(none.has_other_actors);
    }

    #[test]
    fn the_example_counts_only_its_own_gains_as_realised() {
        let p = crate::example::project();
        let s = realised_split(&p, 2026).unwrap();
        // The business gain planned for 2026 has no realised value: nothing for others.
        assert!(s.has_other_actors);
        assert_eq!(s.other_actors, None);
        let own = s.agency.unwrap();
        // Cash realised in 2026 plus 10 150 realised hours at 1 000 000 kr per 1 695 hours.
        let cash = super::super::gain_totals(&p)
            .unwrap()
            .rows
            .iter()
            .filter(|r| r.year == 2026 && r.kind == GainKind::Cash)
            .filter_map(|r| r.realised_nok)
            .fold(Money::ZERO, |a, b| a.checked_add(b).unwrap());
        let time = Money::from_decimal(
            Decimal::from(1_000_000) * Decimal::from(10_150) / Decimal::from(1695),
        )
        .unwrap();
        let diff = own.checked_sub(cash).unwrap().checked_sub(time).unwrap();
        assert!(diff.to_decimal().abs() <= Decimal::new(3, 2), "{diff:?}");
    }

    #[test]
    fn missing_assessments_and_justifications_are_named() {
        let mut p = project();
        p.measures = vec![
            Measure {
                title: "A".into(),
                digitalisation: true,
                special_assessment: "Vurdert.".into(),
                ..Default::default()
            },
            Measure {
                title: "B".into(),
                digitalisation: true,
                special_assessment: "  \n".into(),
                ..Default::default()
            },
            Measure {
                title: "C".into(),
                ..Default::default()
            },
        ];
        let titles: Vec<&str> = unassessed_digitalisation(&p)
            .iter()
            .map(|m| m.title.as_str())
            .collect();
        assert_eq!(titles, ["B"]);

        let item = |point, status, justification: &str| ChecklistItem {
            point,
            status,
            justification: justification.into(),
        };
        let [a, b, c, ..] = ChecklistPoint::ALL;
        p.checklist = vec![
            item(a, ChecklistStatus::Partly, "Fordi."),
            item(b, ChecklistStatus::NotFulfilled, " "),
            item(c, ChecklistStatus::NotRelevant, ""),
        ];
        assert_eq!(unjustified_deviations(&p), vec![b]);
        assert_eq!(deviations(&p), 2);
    }
}
