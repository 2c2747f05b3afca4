//! Net present value in one comparison year, with the discount-rate schedule of the Ministry of
//! Finance's circular R-109/2021 (unchanged from R-109/14).

use super::{CalcError, convert_price_year, fraction, hours_to_fte};
use crate::model::{DiscountBand, GainKind, GainYear, Hours, Id, Money, Project, Settings};
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
/// R-109 schedule this is `1.04^-t` to year 40, then 3 % a year to 75, then 2 %.
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

/// The comparison year (*sammenligningsår*) every net present value is expressed in: the
/// setting, or the report year when it is not set.
pub fn comparison_year(project: &Project) -> i32 {
    project
        .settings
        .comparison_year
        .unwrap_or(project.report.year)
}

/// `base^n` by repeated squaring; `None` when it overflows.
fn pow(base: Decimal, mut n: u64) -> Option<Decimal> {
    let mut out = Decimal::ONE;
    let mut square = base;
    while n > 0 {
        if n & 1 == 1 {
            out = out.checked_mul(square)?;
        }
        n >>= 1;
        if n > 0 {
            square = square.checked_mul(square)?;
        }
    }
    Some(out)
}

/// The factor that expresses a flow `offset` calendar years after the comparison year in the
/// comparison year's value.
///
/// From the comparison year on (`offset ≥ 0`) the flow is discounted: the factor is the product
/// over the years 1…`offset` of `1 / (1 + r)`, where `r` is the rate of the band the year falls
/// in, counted from the comparison year (R-109/2021: 4 % to year 40, 3 % to 75, 2 % after).
/// A flow before the comparison year (`offset < 0`) is compounded forward at the first band's
/// rate, `(1 + r₁)^-offset`: the krone spent or saved earlier carried the same return forgone,
/// so moving the comparison year scales every value alike and a total stays a real sum.
/// `None` when compounding forward overflows.
pub fn comparison_factor(offset: i64, schedule: &[DiscountBand]) -> Option<Decimal> {
    let rate = |b: &DiscountBand| Decimal::ONE.checked_add(fraction(b.rate_percent.get()));
    if offset < 0 {
        let first = schedule.first().map_or(Some(Decimal::ONE), rate)?;
        return pow(first, offset.unsigned_abs());
    }
    let offset = offset.unsigned_abs();
    let mut growth = Some(Decimal::ONE);
    let mut done: u64 = 0;
    for band in schedule {
        if done >= offset {
            break;
        }
        let until = band.until_year.map_or(u64::MAX, u64::from).min(offset);
        let Some(years) = until.checked_sub(done).filter(|&n| n > 0) else {
            continue;
        };
        growth = growth.and_then(|g| g.checked_mul(pow(rate(band)?, years)?));
        done = until;
    }
    // A growth too large to hold discounts to nothing.
    Some(growth.map_or(Decimal::ZERO, |g| {
        Decimal::ONE.checked_div(g).unwrap_or(Decimal::ZERO)
    }))
}

/// What `hours` saved are worth: the FTE they make (`hours_per_fte`) at `cost_per_fte`.
/// `None` when the hours per FTE are not positive or the value does not fit.
pub fn hours_value(hours: Decimal, settings: &Settings) -> Option<Money> {
    let fte = hours_to_fte(hours, settings.hours_per_fte.get())?;
    money_mul(settings.cost_per_fte, fte).ok()
}

/// One year of a measure's socio-economic analysis. Amounts in the project's price year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NpvYear {
    /// Calendar year.
    pub year: i32,
    /// Year of the measure's analysis period (0 = its start year).
    pub t: u32,
    /// Monetised benefits: cash gains, time gains (hours at the cost of an FTE, or their
    /// kroner where no hours are recorded) and gains for other actors; the latter two with
    /// real price growth from the price year.
    pub benefits: Money,
    /// Investment and operating costs.
    pub costs: Money,
    /// Tax-financing effect on the budget effects only (cash gains − costs): negative for net
    /// spending, positive for a net saving.
    pub tax_financing: Money,
    /// Benefits − costs + tax-financing effect.
    pub net: Money,
    /// The factor to the comparison year ([`comparison_factor`]).
    pub discount_factor: Decimal,
    /// `net × discount_factor`, rounded to the øre (for display; the NPV is rounded once, from
    /// the unrounded sum).
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
    /// The year the present values are expressed in.
    pub comparison_year: i32,
    /// Each year of the analysis period.
    pub years: Vec<NpvYear>,
    /// The exact sum of the years' present values, before rounding.
    pub npv_unrounded: Decimal,
    /// The net present value: the exact sum rounded to the øre (half away from zero).
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

/// What one gain's record gives a year of the analysis, in kroner of the price year.
/// A time gain counts once: realised before planned, and within each hours (valued at the cost
/// of an FTE) before kroner.
fn record_value(
    kind: GainKind,
    rec: &GainYear,
    s: &Settings,
    nok: impl Fn(Money) -> Money,
) -> Money {
    let hours = |h: Option<Hours>| h.and_then(|h| hours_value(h.get(), s));
    let value = match kind {
        GainKind::Time => hours(rec.realised_hours)
            .or(rec.realised_nok.map(&nok))
            .or_else(|| hours(rec.planned_hours))
            .or(rec.planned_nok.map(&nok)),
        GainKind::Cash | GainKind::OtherActors => rec.realised_nok.or(rec.planned_nok).map(&nok),
        GainKind::Quality => None,
    };
    value.unwrap_or_default()
}

/// The net present value of a measure over the project's analysis period, expressed in the
/// comparison year, or `Ok(None)` when the measure has neither costs nor monetisable gains.
///
/// Year 0 is the measure's start year (or, without one, its first gain year, or the report
/// year); the analysis period is that year and the following ones. The investment falls in
/// year 0 and operating costs in years 1 onwards. A gain counts its realised values where
/// recorded and its planned values otherwise; after its last recorded year it is assumed to
/// continue at that level. A time gain counts once: its hours at the cost of an FTE where hours
/// are recorded, otherwise its kroner. Time gains and gains for other actors grow with the real
/// price growth from the price year on. The tax-financing cost is levied on the budget effects
/// only (cash gains minus costs). The flow of calendar year *y* is brought to the comparison
/// year by [`comparison_factor`] over *y − comparison year*. See `docs/calculations.md`.
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
    let comparison = comparison_year(project);
    let periods = s.analysis_period_years.clamp(1, 200);
    let growth = Decimal::ONE
        .checked_add(fraction(s.real_price_growth_percent.get()))
        .ok_or(CalcError::Overflow)?;
    let tax = fraction(s.tax_financing_cost_percent.get());
    let investment = measure.investment.map(|m| conv(m, measure.price_year));
    let operating = measure
        .annual_operating_cost
        .map(|m| conv(m, measure.price_year));

    let mut years = Vec::with_capacity(periods as usize);
    let mut sum = Decimal::ZERO;
    for t in 0..periods {
        let year = i32::try_from(t)
            .ok()
            .and_then(|t| start_year.checked_add(t))
            .ok_or(CalcError::Overflow)?;
        // Real price growth is a forecast: from the price year on, none before it.
        let since_price_year = i64::from(year)
            .saturating_sub(i64::from(target))
            .max(0)
            .unsigned_abs();
        let real_factor = pow(growth, since_price_year).ok_or(CalcError::Overflow)?;
        let mut cash = Money::ZERO;
        let mut grows = Money::ZERO;
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
            let value = record_value(g.kind, rec, s, |m| conv(m, g.price_year));
            match g.kind {
                GainKind::Cash => cash = add(cash, value)?,
                _ => grows = add(grows, value)?,
            }
        }
        let benefits = add(cash, money_mul(grows, real_factor)?)?;
        let costs = if t == 0 { investment } else { operating }.unwrap_or_default();
        let budget = cash.checked_sub(costs).ok_or(CalcError::Overflow)?;
        let tax_financing = money_mul(budget, tax)?;
        let net = add(
            benefits.checked_sub(costs).ok_or(CalcError::Overflow)?,
            tax_financing,
        )?;
        let offset = i64::from(year).saturating_sub(i64::from(comparison));
        let df = comparison_factor(offset, &s.discount_rates).ok_or(CalcError::Overflow)?;
        let pv = net
            .to_decimal()
            .checked_mul(df)
            .ok_or(CalcError::Overflow)?;
        sum = sum.checked_add(pv).ok_or(CalcError::Overflow)?;
        years.push(NpvYear {
            year,
            t,
            benefits,
            costs,
            tax_financing,
            net,
            discount_factor: df,
            present_value: Money::from_decimal(pv).ok_or(CalcError::Overflow)?,
        });
    }
    Ok(Some(NpvResult {
        measure_id,
        start_year,
        price_year: target,
        comparison_year: comparison,
        years,
        npv_unrounded: sum,
        npv: Money::from_decimal(sum).ok_or(CalcError::Overflow)?,
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
        // −1 200 000 + 484 615.384 6… + 465 976.331 3… = −249 408.284 0…, rounded once.
        assert_eq!(r.comparison_year, 2025);
        assert_eq!(r.npv, Money::from_ore(-24_940_828));
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
