//! Net present value with the discount-rate schedule of circular R-109/14.

use super::{CalcError, convert_price_year, fraction, hours_to_fte};
use crate::model::{DiscountBand, GainKind, Id, Money, Project};
use chrono::Datelike;
use rust_decimal::Decimal;

/// The rate (as a fraction, 0.04) that applies in year `t` of the analysis.
fn rate_for_year(t: u32, schedule: &[DiscountBand]) -> Decimal {
    schedule
        .iter()
        .find(|b| b.until_year.is_none_or(|until| t <= until))
        .map_or(Decimal::ZERO, |b| fraction(b.rate_percent.get()))
}

/// The discount factor for year `t` (year 0 is undiscounted): the product over years
/// 1..=t of `1 / (1 + r_k)`, where `r_k` is the rate of the band year `k` falls in. With the
/// R-109/14 schedule this is `1.04^-t` to year 40, then 3 % a year to 75, then 2 %.
pub fn discount_factor(t: u32, schedule: &[DiscountBand]) -> Decimal {
    discount_factors(t.saturating_add(1), schedule)
        .pop()
        .unwrap_or(Decimal::ONE)
}

/// The discount factors for years `0..n`.
pub fn discount_factors(n: u32, schedule: &[DiscountBand]) -> Vec<Decimal> {
    let mut out = Vec::with_capacity(n as usize);
    let mut growth = Decimal::ONE;
    for t in 0..n {
        if t > 0 {
            growth = growth
                .checked_mul(
                    Decimal::ONE
                        .checked_add(rate_for_year(t, schedule))
                        .unwrap_or(Decimal::MAX),
                )
                .unwrap_or(Decimal::MAX);
        }
        out.push(Decimal::ONE.checked_div(growth).unwrap_or(Decimal::ZERO));
    }
    out
}

/// The present value of yearly net flows (index 0 = year 0).
pub fn npv_of_flows(flows: &[Money], schedule: &[DiscountBand]) -> Result<Money, CalcError> {
    let factors = discount_factors(flows.len() as u32, schedule);
    let mut sum = Decimal::ZERO;
    for (flow, df) in flows.iter().zip(factors) {
        let pv = flow
            .to_decimal()
            .checked_mul(df)
            .ok_or(CalcError::Overflow)?;
        sum = sum.checked_add(pv).ok_or(CalcError::Overflow)?;
    }
    Money::from_decimal(sum).ok_or(CalcError::Overflow)
}

/// One year of a measure's socio-economic analysis. Amounts in the project's price year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NpvYear {
    /// Calendar year.
    pub year: i32,
    /// Year of the analysis (0 = start).
    pub t: u32,
    /// Monetised benefits: cash gains, gains for other actors in kroner, and time gains valued
    /// at the cost of an FTE; with real price growth applied.
    pub benefits: Money,
    /// Investment and operating costs.
    pub costs: Money,
    /// Tax-financing effect: the cost's share of net public spending (negative), or the
    /// saving's (positive).
    pub tax_financing: Money,
    /// Benefits − costs + tax-financing effect.
    pub net: Money,
    /// The discount factor.
    pub discount_factor: Decimal,
    /// `net × discount_factor`.
    pub present_value: Money,
}

/// The socio-economic analysis of one measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NpvResult {
    /// The measure.
    pub measure_id: Id,
    /// The calendar year of year 0.
    pub start_year: i32,
    /// The price year of every amount.
    pub price_year: i32,
    /// Each year of the analysis period.
    pub years: Vec<NpvYear>,
    /// The net present value.
    pub npv: Money,
}

fn money_mul(m: Money, d: Decimal) -> Result<Money, CalcError> {
    m.to_decimal()
        .checked_mul(d)
        .and_then(Money::from_decimal)
        .ok_or(CalcError::Overflow)
}

fn add(a: Money, b: Money) -> Result<Money, CalcError> {
    a.checked_add(b).ok_or(CalcError::Overflow)
}

/// The net present value of a measure over the project's analysis period, or `Ok(None)` when
/// the measure has neither costs nor monetisable gains.
///
/// Year 0 is the measure's start year (or, without one, its first gain year, or the report
/// year). The investment falls in year 0 and operating costs in years 1 onwards. A gain counts
/// its realised kroner where recorded and its planned kroner otherwise; after its last recorded
/// year it is assumed to continue at that level. Time gains are valued at the settings' cost per
/// FTE. Benefits grow with the real price growth. The tax-financing cost is levied on the net
/// effect on public budgets (cash gains minus costs). See `docs/calculations.md`.
pub fn measure_npv(project: &Project, measure_id: Id) -> Result<Option<NpvResult>, CalcError> {
    let Some(measure) = project.measure(measure_id) else {
        return Ok(None);
    };
    let s = &project.settings;
    let target = project.report.price_year;
    let conv =
        |m: Money, from: i32| convert_price_year(m, from, target, &s.price_index).unwrap_or(m);
    let gains: Vec<_> = project
        .gains_of(measure_id)
        .filter(|g| g.kind != GainKind::Quality && !g.years.is_empty())
        .collect();
    let has_costs = measure.investment.is_some() || measure.annual_operating_cost.is_some();
    let has_gains = gains.iter().any(|g| {
        g.years.iter().any(|y| {
            y.planned_nok.is_some()
                || y.realised_nok.is_some()
                || y.planned_hours.is_some()
                || y.realised_hours.is_some()
        })
    });
    if !has_costs && !has_gains {
        return Ok(None);
    }
    let start_year = measure
        .start_date
        .map(|d| d.year())
        .or_else(|| {
            gains
                .iter()
                .flat_map(|g| g.years.iter().map(|y| y.year))
                .min()
        })
        .unwrap_or(project.report.year);
    let periods = s.analysis_period_years.clamp(1, 200);
    let factors = discount_factors(periods, &s.discount_rates);
    let growth = Decimal::ONE
        .checked_add(fraction(s.real_price_growth_percent.get()))
        .ok_or(CalcError::Overflow)?;
    let tax = fraction(s.tax_financing_cost_percent.get());
    let investment = measure.investment.map(|m| conv(m, measure.price_year));
    let operating = measure
        .annual_operating_cost
        .map(|m| conv(m, measure.price_year));

    let mut years = Vec::with_capacity(periods as usize);
    let mut npv = Money::ZERO;
    let mut real_factor = Decimal::ONE;
    for t in 0..periods {
        if t > 0 {
            real_factor = real_factor.checked_mul(growth).ok_or(CalcError::Overflow)?;
        }
        let year = i32::try_from(t)
            .ok()
            .and_then(|t| start_year.checked_add(t))
            .ok_or(CalcError::Overflow)?;
        let mut cash = Money::ZERO;
        let mut other = Money::ZERO;
        for g in &gains {
            // The recorded year, or the last recorded year before it (steady state).
            let Some(rec) = g
                .years
                .iter()
                .filter(|y| y.year <= year)
                .max_by_key(|y| y.year)
            else {
                continue;
            };
            let nok = rec
                .realised_nok
                .or(rec.planned_nok)
                .map(|m| conv(m, g.price_year));
            let hours = rec.realised_hours.or(rec.planned_hours);
            match g.kind {
                GainKind::Cash => cash = add(cash, nok.unwrap_or_default())?,
                GainKind::OtherActors => other = add(other, nok.unwrap_or_default())?,
                GainKind::Time => {
                    if let Some(fte) =
                        hours.and_then(|h| hours_to_fte(h.get(), s.hours_per_fte.get()))
                    {
                        other = add(other, money_mul(s.cost_per_fte, fte)?)?;
                    }
                    if let Some(m) = nok {
                        cash = add(cash, m)?;
                    }
                }
                GainKind::Quality => {}
            }
        }
        let benefits = money_mul(add(cash, other)?, real_factor)?;
        let cash_real = money_mul(cash, real_factor)?;
        let mut costs = Money::ZERO;
        if t == 0 {
            costs = add(costs, investment.unwrap_or_default())?;
        } else {
            costs = add(costs, operating.unwrap_or_default())?;
        }
        let budget = cash_real.checked_sub(costs).ok_or(CalcError::Overflow)?;
        let tax_financing = money_mul(budget, tax)?;
        let net = add(
            benefits.checked_sub(costs).ok_or(CalcError::Overflow)?,
            tax_financing,
        )?;
        let df = factors[t as usize];
        let present_value = money_mul(net, df)?;
        npv = add(npv, present_value)?;
        years.push(NpvYear {
            year,
            t,
            benefits,
            costs,
            tax_financing,
            net,
            discount_factor: df,
            present_value,
        });
    }
    Ok(Some(NpvResult {
        measure_id,
        start_year,
        price_year: target,
        years,
        npv,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Gain, GainYear, Measure, Settings};
    use crate::model::{Hours, HoursPerFte, Percent, Rate};
    use chrono::NaiveDate;

    fn close(a: Decimal, b: &str) {
        let b: Decimal = b.parse().unwrap();
        assert!((a - b).abs() < Decimal::new(1, 12), "{a} != {b}");
    }

    #[test]
    fn r109_discount_factors() {
        let s = Settings::r109_schedule();
        assert_eq!(discount_factor(0, &s), Decimal::ONE);
        close(discount_factor(1, &s), "0.961538461538461538");
        // 1.04^-40
        close(discount_factor(40, &s), "0.208289044662941");
        // 1.04^-40 × 1.03^-1
        close(discount_factor(41, &s), "0.202222373459166");
        // 1.04^-40 × 1.03^-35
        close(discount_factor(75, &s), "0.074022468418579");
        // … × 1.02^-1
        close(discount_factor(76, &s), "0.072571047469195");
        assert_eq!(discount_factors(3, &s).len(), 3);
        assert_eq!(discount_factor(5, &[]), Decimal::ONE);
    }

    #[test]
    fn npv_of_simple_flows() {
        let s = Settings::r109_schedule();
        let flows = [
            Money::from_kroner(-1000).unwrap(),
            Money::from_kroner(1040).unwrap(),
        ];
        assert_eq!(npv_of_flows(&flows, &s).unwrap(), Money::ZERO);
        let flows = [
            Money::ZERO,
            Money::ZERO,
            Money::from_kroner(10_816).unwrap(),
        ];
        assert_eq!(
            npv_of_flows(&flows, &s).unwrap(),
            Money::from_kroner(10_000).unwrap()
        );
    }

    fn project_with_measure() -> Project {
        let mut p = Project::new();
        p.report.year = 2025;
        p.report.price_year = 2025;
        p.settings.analysis_period_years = 3;
        p.settings.tax_financing_cost_percent = Percent::clamped(Decimal::from(20));
        p.settings.real_price_growth_percent = Rate::clamped(Decimal::ZERO);
        p.settings.cost_per_fte = Money::from_kroner(1_000_000).unwrap();
        p.settings.hours_per_fte = HoursPerFte::clamped(Decimal::from(1695));
        p.measures.push(Measure {
            id: Id::from_u128(1),
            start_date: NaiveDate::from_ymd_opt(2025, 1, 1),
            investment: Some(Money::from_kroner(1_000_000).unwrap()),
            annual_operating_cost: Some(Money::from_kroner(100_000).unwrap()),
            price_year: 2025,
            ..Default::default()
        });
        p.gains.push(Gain {
            id: Id::from_u128(2),
            measure_id: Some(Id::from_u128(1)),
            kind: GainKind::Cash,
            price_year: 2025,
            years: vec![GainYear {
                year: 2026,
                planned_nok: Some(Money::from_kroner(520_000).unwrap()),
                ..Default::default()
            }],
            ..Default::default()
        });
        p
    }

    #[test]
    fn measure_npv_known_answer() {
        let p = project_with_measure();
        let r = measure_npv(&p, Id::from_u128(1)).unwrap().unwrap();
        assert_eq!(r.start_year, 2025);
        assert_eq!(r.years.len(), 3);
        // Year 0: −1 000 000 investment, tax-financing −200 000 → net −1 200 000.
        assert_eq!(r.years[0].net, Money::from_kroner(-1_200_000).unwrap());
        // Year 1: 520 000 − 100 000 = 420 000, tax +84 000 → 504 000, discounted /1.04.
        assert_eq!(r.years[1].net, Money::from_kroner(504_000).unwrap());
        assert_eq!(r.years[1].present_value, Money::from_ore(48_461_538));
        // Year 2: the gain continues at its last level; /1.04².
        assert_eq!(r.years[2].net, Money::from_kroner(504_000).unwrap());
        // −1 200 000 + 484 615.38 + 465 976.33 (each year rounded to the øre)
        assert_eq!(r.npv, Money::from_ore(-24_940_829));
    }

    #[test]
    fn time_gains_and_real_price_growth() {
        let mut p = project_with_measure();
        p.measures[0].investment = None;
        p.measures[0].annual_operating_cost = None;
        p.settings.real_price_growth_percent = Rate::clamped(Decimal::from(10));
        p.settings.tax_financing_cost_percent = Percent::clamped(Decimal::ZERO);
        p.settings.discount_rates.clear();
        p.gains[0].kind = GainKind::Time;
        p.gains[0].years[0].planned_nok = None;
        p.gains[0].years[0].planned_hours = Some(Hours::clamped(Decimal::from(1695)));
        let r = measure_npv(&p, Id::from_u128(1)).unwrap().unwrap();
        // Year 1: 1 FTE × 1 000 000 × 1.1; year 2: × 1.21.
        assert_eq!(r.years[1].benefits, Money::from_kroner(1_100_000).unwrap());
        assert_eq!(r.years[2].benefits, Money::from_kroner(1_210_000).unwrap());
        assert_eq!(r.npv, Money::from_kroner(2_310_000).unwrap());
    }

    #[test]
    fn no_data_no_npv() {
        let mut p = Project::new();
        p.measures.push(Measure {
            id: Id::from_u128(1),
            ..Default::default()
        });
        assert_eq!(measure_npv(&p, Id::from_u128(1)).unwrap(), None);
        assert_eq!(measure_npv(&p, Id::from_u128(9)).unwrap(), None);
    }
}
