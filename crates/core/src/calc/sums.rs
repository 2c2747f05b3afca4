//! The sums and counts the annual report shows: measures and services counted, gains summed per
//! year across kinds, extractions summed for the report year and per priority area, the net
//! present values added up, the checklist counted. Plain data in, numbers out; every sum is
//! checked, and one that does not fit is [`CalcError::Overflow`].

use super::{CalcError, ExtractionRow, FormTotal, GainTotals, NpvResult, extraction_by_area};
use crate::model::{
    ChecklistPoint, ChecklistStatus, ExtractionForm, Id, MeasureStatus, Money, Project, Service,
};
use rust_decimal::Decimal;

/// An amount in kroner and full-time equivalents, summed together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AmountFte {
    /// Kroner in the project's price year.
    pub amount_nok: Money,
    /// Full-time equivalents.
    pub fte: Decimal,
}

impl AmountFte {
    /// Nothing.
    pub const ZERO: AmountFte = AmountFte {
        amount_nok: Money::ZERO,
        fte: Decimal::ZERO,
    };

    /// Both parts added; an overflow is an error.
    pub fn checked_add(self, other: AmountFte) -> Result<AmountFte, CalcError> {
        Ok(AmountFte {
            amount_nok: self
                .amount_nok
                .checked_add(other.amount_nok)
                .ok_or(CalcError::Overflow)?,
            fte: self.fte.checked_add(other.fte).ok_or(CalcError::Overflow)?,
        })
    }

    /// Both parts zero.
    pub fn is_zero(&self) -> bool {
        self.amount_nok == Money::ZERO && self.fte.is_zero()
    }

    /// Amount and FTE of extraction rows (a missing value counts as nothing).
    fn of_rows<'a>(
        rows: impl IntoIterator<Item = &'a ExtractionRow>,
    ) -> Result<AmountFte, CalcError> {
        rows.into_iter().try_fold(AmountFte::ZERO, |acc, r| {
            acc.checked_add(AmountFte {
                amount_nok: r.amount_nok.unwrap_or(Money::ZERO),
                fte: r.fte.unwrap_or(Decimal::ZERO),
            })
        })
    }
}

/// `a + 1`, saturating: a count of things in memory cannot reach `usize::MAX`.
fn inc(a: usize) -> usize {
    a.saturating_add(1)
}

/// How many measures there are, per status and with digitalisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MeasureCounts {
    /// All measures.
    pub total: usize,
    /// Planned.
    pub planned: usize,
    /// In progress.
    pub in_progress: usize,
    /// Implemented.
    pub implemented: usize,
    /// Stopped.
    pub stopped: usize,
    /// Digitalisation measures (any status).
    pub digitalisation: usize,
}

impl MeasureCounts {
    /// Planned or in progress.
    pub fn ongoing(&self) -> usize {
        self.planned.saturating_add(self.in_progress)
    }
}

/// The measures of a project counted.
pub fn measure_counts(project: &Project) -> MeasureCounts {
    let mut c = MeasureCounts::default();
    for m in &project.measures {
        c.total = inc(c.total);
        let slot = match m.status {
            MeasureStatus::Planned => &mut c.planned,
            MeasureStatus::InProgress => &mut c.in_progress,
            MeasureStatus::Implemented => &mut c.implemented,
            MeasureStatus::Stopped => &mut c.stopped,
        };
        *slot = inc(*slot);
        if m.digitalisation {
            c.digitalisation = inc(c.digitalisation);
        }
    }
    c
}

/// The services counted, with their volume.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ServiceCounts {
    /// All services.
    pub total: usize,
    /// Digitally available.
    pub digitally_available: usize,
    /// Remaining to be digitalised.
    pub remaining: usize,
    /// The yearly volume of all services that give one (at most `u64::MAX`).
    pub volume: u64,
    /// The digital share in percent, weighted by volume over the services that give both;
    /// `None` when none does.
    pub digital_share_percent: Option<Decimal>,
}

/// Services counted, and their digital share weighted by volume.
pub fn service_counts(services: &[Service]) -> ServiceCounts {
    let mut c = ServiceCounts::default();
    let mut weighted = Decimal::ZERO;
    let mut weight = Decimal::ZERO;
    for s in services {
        c.total = inc(c.total);
        if s.digitally_available {
            c.digitally_available = inc(c.digitally_available);
        }
        if s.remains_to_digitalise {
            c.remaining = inc(c.remaining);
        }
        if let Some(v) = s.annual_volume {
            c.volume = c.volume.saturating_add(v);
        }
        if let (Some(v), Some(share)) = (s.annual_volume, s.digital_share_percent) {
            let v = Decimal::from(v);
            // A service whose product or sum does not fit is left out of the share.
            if let Some(w) = v.checked_mul(share.get())
                && let (Some(a), Some(b)) = (weighted.checked_add(w), weight.checked_add(v))
            {
                weighted = a;
                weight = b;
            }
        }
    }
    if weight > Decimal::ZERO {
        c.digital_share_percent = Some(weighted.checked_div(weight).unwrap_or_default());
    }
    c
}

/// The gains of one year, all kinds together.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearSum {
    /// The year.
    pub year: i32,
    /// Planned kroner.
    pub planned_nok: Money,
    /// Realised kroner; `None` when nothing was realised in kroner that year.
    pub realised_nok: Option<Money>,
    /// Planned FTE.
    pub planned_fte: Decimal,
    /// Realised FTE; `None` when no realised hours were recorded.
    pub realised_fte: Option<Decimal>,
}

/// `Some(a + b)` where either is there; `None` when neither is.
fn add_some<T: Copy>(
    a: Option<T>,
    b: Option<T>,
    add: impl Fn(T, T) -> Option<T>,
) -> Result<Option<T>, CalcError> {
    match (a, b) {
        (Some(a), Some(b)) => add(a, b).map(Some).ok_or(CalcError::Overflow),
        (a, None) => Ok(a),
        (None, b) => Ok(b),
    }
}

/// The gain totals summed over the kinds, one entry per year of [`GainTotals::years`].
pub fn gain_year_sums(totals: &GainTotals) -> Result<Vec<YearSum>, CalcError> {
    let mut out: Vec<YearSum> = Vec::new();
    for r in &totals.rows {
        if out.last().is_none_or(|s| s.year != r.year) {
            out.push(YearSum {
                year: r.year,
                planned_nok: Money::ZERO,
                realised_nok: None,
                planned_fte: Decimal::ZERO,
                realised_fte: None,
            });
        }
        let Some(s) = out.last_mut() else { continue };
        s.planned_nok = s
            .planned_nok
            .checked_add(r.planned_nok)
            .ok_or(CalcError::Overflow)?;
        s.realised_nok = add_some(s.realised_nok, r.realised_nok, Money::checked_add)?;
        s.planned_fte = s
            .planned_fte
            .checked_add(r.planned_fte)
            .ok_or(CalcError::Overflow)?;
        s.realised_fte = add_some(s.realised_fte, r.realised_fte, Decimal::checked_add)?;
    }
    Ok(out)
}

/// What was extracted in one year, in all and by the forms the report names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExtractionYear {
    /// Every form but "not extracted".
    pub total: AmountFte,
    /// Reallocated.
    pub reallocation: AmountFte,
    /// Cut from the budget.
    pub budget_cut: AmountFte,
    /// Taken as more capacity: increased volume or improved quality.
    pub capacity: AmountFte,
}

/// The extractions of `year` summed; `None` when nothing was extracted that year.
pub fn extraction_year(
    rows: &[ExtractionRow],
    year: i32,
) -> Result<Option<ExtractionYear>, CalcError> {
    let in_year: Vec<&ExtractionRow> = rows
        .iter()
        .filter(|r| r.year == year && r.form != ExtractionForm::NotExtracted)
        .collect();
    if in_year.is_empty() {
        return Ok(None);
    }
    let of = |forms: &[ExtractionForm]| {
        AmountFte::of_rows(in_year.iter().copied().filter(|r| forms.contains(&r.form)))
    };
    Ok(Some(ExtractionYear {
        total: AmountFte::of_rows(in_year.iter().copied())?,
        reallocation: of(&[ExtractionForm::Reallocation])?,
        budget_cut: of(&[ExtractionForm::BudgetCut])?,
        capacity: of(&[
            ExtractionForm::IncreasedVolume,
            ExtractionForm::ImprovedQuality,
        ])?,
    }))
}

/// What was reallocated to one priority area: in the report year and in all years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AreaYearTotal {
    /// The priority area; `None` for reallocations that name none.
    pub area: Option<Id>,
    /// In the report year.
    pub year: AmountFte,
    /// In all years.
    pub all: AmountFte,
}

/// Reallocations per priority area, for the report year and for all years, with their sums.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaTable {
    /// One entry per area that anything was reallocated to in any year, in the order of
    /// [`extraction_by_area`].
    pub rows: Vec<AreaYearTotal>,
    /// The sum of the report year.
    pub year: AmountFte,
    /// The sum of all years.
    pub all: AmountFte,
}

/// Reallocations per priority area in `year` and in all years.
pub fn extraction_by_area_and_year(project: &Project, year: i32) -> Result<AreaTable, CalcError> {
    let all = extraction_by_area(project, None)?;
    let this = extraction_by_area(project, Some(year))?;
    let mut table = AreaTable {
        rows: Vec::with_capacity(all.len()),
        year: AmountFte::ZERO,
        all: AmountFte::ZERO,
    };
    for a in &all {
        let cur = this
            .iter()
            .find(|t| t.area == a.area)
            .map_or(AmountFte::ZERO, |c| AmountFte {
                amount_nok: c.amount_nok,
                fte: c.fte,
            });
        let row = AreaYearTotal {
            area: a.area,
            year: cur,
            all: AmountFte {
                amount_nok: a.amount_nok,
                fte: a.fte,
            },
        };
        table.year = table.year.checked_add(row.year)?;
        table.all = table.all.checked_add(row.all)?;
        table.rows.push(row);
    }
    Ok(table)
}

/// The sum of the extraction forms that extract something (all but "not extracted").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExtractedSum {
    /// How many extractions.
    pub count: usize,
    /// Their kroner and FTE.
    pub value: AmountFte,
}

/// The totals per form summed over the forms that extract something.
pub fn extracted_sum(forms: &[FormTotal]) -> Result<ExtractedSum, CalcError> {
    forms
        .iter()
        .filter(|f| f.form != ExtractionForm::NotExtracted)
        .try_fold(
            ExtractedSum {
                count: 0,
                value: AmountFte::ZERO,
            },
            |acc, f| {
                Ok(ExtractedSum {
                    count: acc.count.checked_add(f.count).ok_or(CalcError::Overflow)?,
                    value: acc.value.checked_add(AmountFte {
                        amount_nok: f.amount_nok,
                        fte: f.fte,
                    })?,
                })
            },
        )
}

/// The net present values of the measures added up (all in the comparison year, so the sum is
/// a real sum).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NpvTotal {
    /// The sum of the values that could be computed; `None` if the sum itself overflows.
    pub total: Option<Money>,
    /// How many measures' values could not be computed (their amounts overflow).
    pub failed: usize,
}

/// The sum of the measures' net present values (as [`super::measure_npv`] gives them): measures
/// without an analysis are left out, and those whose analysis overflowed are counted.
pub fn npv_total(results: &[Result<Option<NpvResult>, CalcError>]) -> NpvTotal {
    let mut out = NpvTotal {
        total: Some(Money::ZERO),
        failed: 0,
    };
    for r in results {
        match r {
            Ok(Some(res)) => out.total = out.total.and_then(|t| t.checked_add(res.npv)),
            Ok(None) => {}
            Err(CalcError::Overflow) => out.failed = inc(out.failed),
        }
    }
    out
}

/// The answers of the checklist counted per status (a point not answered counts as
/// [`ChecklistStatus::NotAnswered`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChecklistCounts {
    /// All points.
    pub total: usize,
    /// Fulfilled.
    pub fulfilled: usize,
    /// Partly fulfilled.
    pub partly: usize,
    /// Not fulfilled.
    pub not_fulfilled: usize,
    /// Not relevant.
    pub not_relevant: usize,
    /// Not answered.
    pub not_answered: usize,
}

/// The checklist counted over [`ChecklistPoint::ALL`].
pub fn checklist_counts(project: &Project) -> ChecklistCounts {
    let mut c = ChecklistCounts::default();
    for p in ChecklistPoint::ALL {
        c.total = inc(c.total);
        let status = project
            .checklist_item(p)
            .map_or(ChecklistStatus::NotAnswered, |i| i.status);
        let slot = match status {
            ChecklistStatus::Fulfilled => &mut c.fulfilled,
            ChecklistStatus::Partly => &mut c.partly,
            ChecklistStatus::NotFulfilled => &mut c.not_fulfilled,
            ChecklistStatus::NotRelevant => &mut c.not_relevant,
            ChecklistStatus::NotAnswered => &mut c.not_answered,
        };
        *slot = inc(*slot);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::{KindYearTotal, extraction_by_form, extraction_rows};
    use crate::model::{ChecklistItem, Extraction, GainKind, Measure, PriorityArea};
    use crate::model::{Fte, Percent};

    fn kr(n: i64) -> Money {
        Money::from_kroner(n).unwrap()
    }

    fn row(
        year: i32,
        kind: GainKind,
        planned: i64,
        realised: Option<i64>,
        fte: i64,
    ) -> KindYearTotal {
        KindYearTotal {
            year,
            kind,
            planned_nok: kr(planned),
            realised_nok: realised.map(kr),
            planned_hours: Decimal::ZERO,
            realised_hours: None,
            planned_fte: Decimal::from(fte),
            realised_fte: (fte > 0).then(|| Decimal::from(fte)),
        }
    }

    #[test]
    fn year_sums_add_the_kinds_and_keep_not_realised_apart_from_zero() {
        let totals = GainTotals {
            price_year: 2025,
            rows: vec![
                row(2024, GainKind::Cash, 100, Some(90), 0),
                row(2024, GainKind::Time, 0, None, 2),
                row(2025, GainKind::Cash, 200, None, 0),
            ],
            unconverted: Vec::new(),
        };
        let sums = gain_year_sums(&totals).unwrap();
        assert_eq!(sums.len(), 2);
        assert_eq!(sums[0].year, 2024);
        assert_eq!(sums[0].planned_nok, kr(100));
        assert_eq!(sums[0].realised_nok, Some(kr(90)));
        assert_eq!(sums[0].planned_fte, Decimal::from(2));
        assert_eq!(sums[0].realised_fte, Some(Decimal::from(2)));
        assert_eq!(sums[1].realised_nok, None);
        assert_eq!(sums[1].realised_fte, None);
        for s in &sums {
            assert_eq!(totals.year_nok(s.year), (s.planned_nok, s.realised_nok));
        }
    }

    #[test]
    fn year_sums_overflow_is_an_error() {
        let mut rows = Vec::new();
        for kind in [GainKind::Cash, GainKind::Time] {
            let mut r = row(2024, kind, 0, None, 0);
            r.planned_nok = Money::from_ore(i64::MAX);
            rows.push(r);
        }
        let totals = GainTotals {
            price_year: 2025,
            rows,
            unconverted: Vec::new(),
        };
        assert_eq!(gain_year_sums(&totals), Err(CalcError::Overflow));
    }

    fn extraction(
        id: u128,
        year: i32,
        form: ExtractionForm,
        nok: Option<i64>,
        fte: Option<i64>,
    ) -> Extraction {
        Extraction {
            id: Id::from_u128(id),
            year,
            form,
            amount_nok: nok.map(kr),
            fte: fte.map(Decimal::from).map(Fte::clamped),
            priority_area_id: (form == ExtractionForm::Reallocation).then(|| Id::from_u128(10)),
            ..Default::default()
        }
    }

    fn project() -> Project {
        let mut p = Project::new();
        p.priority_areas = vec![PriorityArea {
            id: Id::from_u128(10),
            name: "Tilsyn".into(),
            ..Default::default()
        }];
        p.extractions = vec![
            extraction(1, 2026, ExtractionForm::Reallocation, Some(100), Some(1)),
            extraction(2, 2026, ExtractionForm::BudgetCut, Some(50), None),
            extraction(3, 2026, ExtractionForm::IncreasedVolume, None, Some(2)),
            extraction(4, 2026, ExtractionForm::ImprovedQuality, Some(7), None),
            extraction(5, 2026, ExtractionForm::NotExtracted, Some(1000), None),
            extraction(6, 2025, ExtractionForm::Reallocation, Some(30), None),
        ];
        p
    }

    #[test]
    fn extraction_year_sums_by_form() {
        let rows = extraction_rows(&project());
        let y = extraction_year(&rows, 2026).unwrap().unwrap();
        assert_eq!(y.total.amount_nok, kr(157));
        assert_eq!(y.total.fte, Decimal::from(3));
        assert_eq!(y.reallocation.amount_nok, kr(100));
        assert_eq!(y.budget_cut.amount_nok, kr(50));
        assert_eq!(y.capacity.amount_nok, kr(7));
        assert_eq!(y.capacity.fte, Decimal::from(2));
        assert_eq!(extraction_year(&rows, 2020).unwrap(), None);
    }

    #[test]
    fn areas_per_year_and_in_all() {
        let t = extraction_by_area_and_year(&project(), 2026).unwrap();
        assert_eq!(t.rows.len(), 1);
        assert_eq!(t.rows[0].area, Some(Id::from_u128(10)));
        assert_eq!(t.rows[0].year.amount_nok, kr(100));
        assert_eq!(t.rows[0].all.amount_nok, kr(130));
        assert_eq!(t.year.amount_nok, kr(100));
        assert_eq!(t.all.amount_nok, kr(130));
        assert_eq!(t.all.fte, Decimal::ONE);
    }

    #[test]
    fn extracted_sum_leaves_out_not_extracted() {
        let forms = extraction_by_form(&project(), None).unwrap();
        let s = extracted_sum(&forms).unwrap();
        assert_eq!(s.count, 5);
        assert_eq!(s.value.amount_nok, kr(187));
        assert_eq!(s.value.fte, Decimal::from(3));
    }

    #[test]
    fn npv_total_counts_failures_and_skips_the_unanalysed() {
        let res = |npv: i64| {
            Ok(Some(NpvResult {
                measure_id: Id::from_u128(1),
                start_year: 2024,
                price_year: 2025,
                comparison_year: 2025,
                years: Vec::new(),
                npv_unrounded: kr(npv).to_decimal(),
                npv: kr(npv),
            }))
        };
        let t = npv_total(&[res(10), Ok(None), Err(CalcError::Overflow), res(-4)]);
        assert_eq!(t.total, Some(kr(6)));
        assert_eq!(t.failed, 1);
        let huge = || {
            Ok(Some(NpvResult {
                measure_id: Id::from_u128(1),
                start_year: 2024,
                price_year: 2025,
                comparison_year: 2025,
                years: Vec::new(),
                npv_unrounded: Decimal::MAX,
                npv: Money::from_ore(i64::MAX),
            }))
        };
        assert_eq!(npv_total(&[huge(), huge(), res(1)]).total, None);
    }

    #[test]
    fn measures_services_and_checklist_counted() {
        let mut p = Project::new();
        for (status, digital) in [
            (MeasureStatus::Planned, true),
            (MeasureStatus::InProgress, false),
            (MeasureStatus::Implemented, true),
        ] {
            p.measures.push(Measure {
                status,
                digitalisation: digital,
                ..Default::default()
            });
        }
        let m = measure_counts(&p);
        assert_eq!(
            (m.total, m.ongoing(), m.implemented, m.stopped),
            (3, 2, 1, 0)
        );
        assert_eq!(m.digitalisation, 2);

        let services = vec![
            Service {
                annual_volume: Some(300),
                digital_share_percent: Some(Percent::clamped(Decimal::from(100))),
                digitally_available: true,
                ..Default::default()
            },
            Service {
                annual_volume: Some(100),
                digital_share_percent: Some(Percent::clamped(Decimal::ZERO)),
                remains_to_digitalise: true,
                ..Default::default()
            },
            Service {
                annual_volume: Some(u64::MAX),
                ..Default::default()
            },
        ];
        let s = service_counts(&services);
        assert_eq!((s.total, s.digitally_available, s.remaining), (3, 1, 1));
        assert_eq!(s.volume, u64::MAX);
        assert_eq!(s.digital_share_percent, Some(Decimal::from(75)));
        assert_eq!(service_counts(&[]).digital_share_percent, None);

        p.checklist = vec![ChecklistItem {
            point: ChecklistPoint::ALL[0],
            status: ChecklistStatus::Partly,
            justification: String::new(),
        }];
        let c = checklist_counts(&p);
        assert_eq!(c.total, ChecklistPoint::ALL.len());
        assert_eq!(c.partly, 1);
        assert_eq!(c.not_answered, ChecklistPoint::ALL.len() - 1);
    }
}
