//! The checks of the economic method (`docs/calculations.md`): a discount schedule the net
//! present value can use, a time gain counted once, realised gains reconciled with their
//! extractions, and nothing extracted from gains for other actors.

use super::at;
use super::checks::{Out, name};
use super::{Arg, Rule};
use crate::calc::{convert_price_year, hours_value, is_agency_own, is_for_other_actors};
use crate::model::{
    ExtractionField, GainField, GainKind, GainYear, Hours, Id, Money, Project, SettingsField,
};
use rust_decimal::Decimal;
use std::collections::HashSet;
use std::hash::Hash;

/// The discount schedule: bands with rising last years, only the last open-ended, and rates
/// above −100 %. Rare damage: counted only where it fails.
pub(super) fn settings(project: &Project, out: &mut Out) {
    let bands = &project.settings.discount_rates;
    let at = at::SETTINGS;
    let field = SettingsField::DiscountRates;
    let mut before: Option<Option<u32>> = None;
    for (i, band) in bands.iter().enumerate() {
        let out_of_order = match (before, band.until_year) {
            (Some(None), _) => true,
            (Some(Some(prev)), Some(until)) => until <= prev,
            _ => false,
        };
        if out_of_order {
            let band_no = u64::try_from(i).unwrap_or(u64::MAX).saturating_add(1);
            out.check(Some(at.error(
                field,
                Rule::DiscountBandsNotAscending,
                &[("band", Arg::Count(band_no))],
            )));
            break;
        }
        before = Some(band.until_year);
    }
    let floor = Decimal::from(-100);
    if let Some(band) = bands.iter().find(|b| b.rate_percent.get() <= floor) {
        out.check(Some(at.error(
            field,
            Rule::DiscountRateTooLow,
            &[("percent", Arg::Percent(band.rate_percent.get()))],
        )));
    }
}

/// The first of each id: a duplicate is reported elsewhere and not checked twice.
fn firsts<T, K: Eq + Hash>(items: &[T], id: impl Fn(&T) -> K) -> impl Iterator<Item = &T> {
    let mut seen = HashSet::new();
    items.iter().filter(move |x| seen.insert(id(x)))
}

/// A time gain's hours and kroner in one year, where both are recorded and they disagree at
/// whole kroner: `(hours valued, kroner as recorded)`. The kroner are compared in the report's
/// price year.
fn disagreement(project: &Project, price_year: i32, y: &GainYear) -> Option<(Money, Money)> {
    let s = &project.settings;
    [
        (y.realised_hours, y.realised_nok),
        (y.planned_hours, y.planned_nok),
    ]
    .into_iter()
    .find_map(|pair| match pair {
        (Some(hours), Some(nok)) => {
            let valued = hours_value(hours.get(), s)?;
            let target = project.report.price_year;
            let converted = convert_price_year(nok, price_year, target, &s.price_index)?;
            (valued.round_kroner() != converted.round_kroner()).then_some((valued, nok))
        }
        _ => None,
    })
}

/// Per gain and year: a time gain's hours and kroner that disagree (a hint: the hours count),
/// and realised values of the agency's own gains with no extraction recorded that year.
pub(super) fn gains(project: &Project, out: &mut Out) {
    let extracted: HashSet<(Id, i32)> = project
        .extractions
        .iter()
        .filter_map(|e| e.gain_id.map(|g| (g, e.year)))
        .collect();
    let zero = |m: Option<Money>| m.is_none_or(|m| m == Money::ZERO);
    let no_hours = |h: Option<Hours>| h.is_none_or(|h| h.get().is_zero());
    for g in firsts(&project.gains, |g| g.id) {
        let at = at::gain(g.id);
        for y in firsts(&g.years, |y| y.year) {
            let year = ("year", Arg::Year(y.year));
            if g.kind == GainKind::Time
                && let Some((valued, amount)) = disagreement(project, g.price_year, y)
            {
                out.hint(Some(at.hint(
                    GainField::Years,
                    Rule::TimeGainHoursAndKronerDisagree,
                    &[
                        ("name", name(&g.name)),
                        year.clone(),
                        ("valued", Arg::Money(valued)),
                        ("amount", Arg::Money(amount)),
                    ],
                )));
            }
            if !is_agency_own(g) || (zero(y.realised_nok) && no_hours(y.realised_hours)) {
                continue;
            }
            out.check((!extracted.contains(&(g.id, y.year))).then(|| {
                at.warning(
                    GainField::Years,
                    Rule::RealisedWithoutExtraction,
                    &[("name", name(&g.name)), year],
                )
            }));
        }
    }
}

/// Extractions from gains for other actors: the agency cannot take out what others saved.
/// Rare damage: counted only where it fails.
pub(super) fn extractions(project: &Project, out: &mut Out) {
    let others: HashSet<Id> = firsts(&project.gains, |g| g.id)
        .filter(|g| is_for_other_actors(g))
        .map(|g| g.id)
        .collect();
    for e in &project.extractions {
        let Some(gain) = e.gain_id.filter(|g| others.contains(g)) else {
            continue;
        };
        let gain_name = project.gain(gain).map(|g| g.name.as_str()).unwrap_or("");
        out.check(Some(at::extraction(e.id).error(
            ExtractionField::GainId,
            Rule::ExtractionFromOtherActors,
            &[("gain", name(gain_name)), ("year", Arg::Year(e.year))],
        )));
    }
}
