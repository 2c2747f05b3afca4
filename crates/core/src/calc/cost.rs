//! A measure's total estimated cost, the figure the circular's threshold for external quality
//! assurance (2.3, *anslått kostnad*) is compared with.

use super::CalcError;
use crate::model::{Measure, Money, Settings};

/// The measure's total estimated cost: its investment and its yearly operating cost for each
/// year of the analysis period after the investment year (`analysis_period_years − 1` years,
/// the years the net present value counts operating costs in), undiscounted and in the
/// measure's price year. `Ok(None)` when the measure has neither amount; an error when the
/// sum is beyond what an amount holds.
pub fn total_estimated_cost(
    measure: &Measure,
    settings: &Settings,
) -> Result<Option<Money>, CalcError> {
    if measure.investment.is_none() && measure.annual_operating_cost.is_none() {
        return Ok(None);
    }
    let operating_years = i64::from(settings.analysis_period_years.saturating_sub(1));
    let operating = measure
        .annual_operating_cost
        .unwrap_or_default()
        .checked_mul(operating_years)
        .ok_or(CalcError::Overflow)?;
    measure
        .investment
        .unwrap_or_default()
        .checked_add(operating)
        .map(Some)
        .ok_or(CalcError::Overflow)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kr(n: i64) -> Money {
        Money::from_kroner(n).unwrap()
    }

    #[test]
    fn investment_and_operating_costs_over_the_period_after_the_investment_year() {
        let settings = Settings {
            analysis_period_years: 10,
            ..Settings::default()
        };
        let m = Measure {
            investment: Some(kr(600_000_000)),
            annual_operating_cost: Some(kr(20_000_000)),
            ..Measure::default()
        };
        assert_eq!(
            total_estimated_cost(&m, &settings),
            Ok(Some(kr(780_000_000)))
        );
        let only_operating = Measure {
            annual_operating_cost: Some(kr(1_000)),
            ..Measure::default()
        };
        assert_eq!(
            total_estimated_cost(&only_operating, &settings),
            Ok(Some(kr(9_000)))
        );
        assert_eq!(
            total_estimated_cost(&Measure::default(), &settings),
            Ok(None)
        );
        let huge = Measure {
            investment: Some(Money::from_ore(i64::MAX)),
            annual_operating_cost: Some(Money::from_ore(i64::MAX)),
            ..Measure::default()
        };
        assert_eq!(
            total_estimated_cost(&huge, &settings),
            Err(CalcError::Overflow)
        );
    }
}
