//! Calculation settings: FTE hours, discount rates, tax-financing cost, thresholds.

use crate::model::{HoursPerFte, IndexValue, Money, Percent, Rate};
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One band of the discount-rate schedule: `rate_percent` applies to years after the previous
/// band's `until_year` up to and including this band's `until_year` (`None`: all later years).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DiscountBand {
    /// Last year (counted from year 0 of the analysis) this rate applies to; `None` for the last band.
    pub until_year: Option<u32>,
    /// The real discount rate in percent, e.g. `4`.
    pub rate_percent: Rate,
}

/// A consumer-price-index value for a year, used to convert amounts between price years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PriceIndexEntry {
    /// The year.
    pub year: i32,
    /// The index value for that year (e.g. KPI, 2015 = 100).
    pub index: IndexValue,
}

/// Settings for calculations and checks. Defaults follow the sources (see `docs/calculations.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Working hours in one full-time equivalent (*årsverk*). Default 1 695.
    pub hours_per_fte: HoursPerFte,
    /// Cost of one FTE in kroner, used to value time gains in the NPV. Default 1 000 000 kr.
    pub cost_per_fte: Money,
    /// The discount-rate schedule of circular R-109/2021 (as R-109/14): 4 % years 0–40, 3 % to
    /// 75, 2 % after, counted from the comparison year.
    pub discount_rates: Vec<DiscountBand>,
    /// Tax-financing cost (*skattefinansieringskostnad*) in percent of net public spending. Default 20.
    pub tax_financing_cost_percent: Percent,
    /// Yearly real price growth in percent applied to benefits (*realprisjustering*). Default 0.
    pub real_price_growth_percent: Rate,
    /// Length of the socio-economic analysis period in years. Default 10.
    pub analysis_period_years: u32,
    /// The comparison year (*sammenligningsår*) every net present value is expressed in;
    /// `None` (the default) means the report year.
    pub comparison_year: Option<i32>,
    /// Investments above this need external quality assurance KS1/KS2 (circular 2.3).
    /// 750 MNOK in the 2014 circular; later editions lowered it.
    pub ks_threshold: Money,
    /// Services with more yearly submissions than this must be digital (circular 1.1: 5 000).
    pub digital_threshold_high: u64,
    /// Services with yearly submissions from this up to the high threshold must be digital
    /// by the later deadline (circular 1.1: 3 000).
    pub digital_threshold_low: u64,
    /// Price index for converting amounts between price years (*kroneår*).
    pub price_index: Vec<PriceIndexEntry>,
}

impl Settings {
    /// The discount-rate schedule of R-109/2021 (unchanged from R-109/14).
    pub fn r109_schedule() -> Vec<DiscountBand> {
        vec![
            DiscountBand {
                until_year: Some(40),
                rate_percent: Rate::clamped(Decimal::from(4)),
            },
            DiscountBand {
                until_year: Some(75),
                rate_percent: Rate::clamped(Decimal::from(3)),
            },
            DiscountBand {
                until_year: None,
                rate_percent: Rate::clamped(Decimal::from(2)),
            },
        ]
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            hours_per_fte: HoursPerFte::clamped(Decimal::from(1695)),
            cost_per_fte: Money::from_ore(100_000_000),
            discount_rates: Settings::r109_schedule(),
            tax_financing_cost_percent: Percent::clamped(Decimal::from(20)),
            real_price_growth_percent: Rate::clamped(Decimal::ZERO),
            analysis_period_years: 10,
            comparison_year: None,
            ks_threshold: Money::from_ore(75_000_000_000),
            digital_threshold_high: 5000,
            digital_threshold_low: 3000,
            price_index: Vec::new(),
        }
    }
}
