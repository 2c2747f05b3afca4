//! The checks, run step by step in the order of the app's guided steps and, within a step, in
//! the order of the entities in their list. Lookups go through hash maps built once, so a
//! project with tens of thousands of entities validates in linear time.

use super::at::{self, At};
use super::{Arg, Finding, Rule, Validation};
use crate::calc::convert_price_year;
use crate::model::{
    AgencyField, ExtractionField, ExtractionForm, Gain, GainField, GainKind, GainYear, Id,
    InfoSource, MeasureField, MeasureStatus, Money, PriorityAreaField, Project, ReportField,
    ServiceChain, ServiceField, SettingsField, Suitability, UserOrientation, org_number_is_valid,
};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::collections::{HashMap, HashSet};

/// Names longer than this are shortened in messages.
const NAME_CHARS: usize = 80;
/// Free texts quoted in messages are shortened to this.
const QUOTE_CHARS: usize = 160;
/// The earliest report year that makes sense.
const FIRST_REPORT_YEAR: i32 = 2000;
/// Circular 1.1: services above the high threshold were to be digital by this date.
const DEADLINE_HIGH: NaiveDate = day(2014, 6, 30);
/// Circular 1.1: services between the thresholds were to be digital by this date.
const DEADLINE_LOW: NaiveDate = day(2015, 6, 30);

/// A fixed date; an impossible one fails the build.
const fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("not a date"),
    }
}

pub(super) fn run(project: &Project, today: NaiveDate) -> Validation {
    let index = Index::new(project);
    let mut out = Out::default();
    agency_and_report(project, today, &mut out);
    super::method::settings(project, &mut out);
    priority_areas(project, &mut out);
    measures(project, &index, &mut out);
    services(project, today, &mut out);
    gains(project, today, &index, &mut out);
    super::method::gains(project, &mut out);
    extractions(project, &index, &mut out);
    super::method::extractions(project, &mut out);
    super::sources::checklist(project, &mut out);
    texts(project, &mut out);
    super::year::carried_over(project, &mut out);
    // Stable: within a severity the findings keep the order of the steps and the lists.
    out.findings.sort_by_key(|f| f.severity);
    Validation {
        findings: out.findings,
        checks: out.checks,
    }
}

/// Findings and the number of checks made so far.
#[derive(Default)]
pub(super) struct Out {
    findings: Vec<Finding>,
    checks: usize,
}

impl Out {
    /// One check: count it, and keep the finding if it failed.
    pub(super) fn check(&mut self, failed: Option<Finding>) {
        self.checks = self.checks.saturating_add(1);
        self.findings.extend(failed);
    }

    /// Advice that is not a check.
    pub(super) fn hint(&mut self, hint: Option<Finding>) {
        self.findings.extend(hint);
    }
}

pub(super) fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// Trimmed text, shortened with "…" beyond `max` characters.
fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(max.saturating_sub(1)).collect();
    short.truncate(short.trim_end().len());
    short.push('…');
    short
}

/// A user's name for something as a message argument, shortened.
pub(super) fn name(text: &str) -> Arg {
    Arg::Name(shorten(text, NAME_CHARS))
}

/// A count of things as a message argument.
fn count(n: usize) -> Arg {
    Arg::Count(u64::try_from(n).unwrap_or(u64::MAX))
}

/// What was extracted from one gain in one year, summed over its extractions.
#[derive(Default)]
struct Group {
    /// Kroner, in øre (wide, so ten thousand huge amounts cannot overflow).
    ore: i128,
    /// The first extraction (by position) with an amount: the one a finding points at.
    first_amount: Option<usize>,
    /// FTE; `None` once the sum overflowed.
    fte: Option<Decimal>,
    /// The first extraction with FTE.
    first_fte: Option<usize>,
}

/// Lookups built once per validation.
struct Index<'a> {
    measures: HashSet<Id>,
    services: HashSet<Id>,
    areas: HashSet<Id>,
    /// Gains by id (the first of duplicates).
    gains: HashMap<Id, &'a Gain>,
    /// A gain's values in a year (the first entry for a year).
    gain_years: HashMap<(Id, i32), &'a GainYear>,
    /// Extractions grouped by gain and year.
    groups: HashMap<(Id, i32), Group>,
    /// Gains that kroner were extracted from.
    extracted_kroner: HashSet<Id>,
}

impl<'a> Index<'a> {
    fn new(project: &'a Project) -> Self {
        let mut gains = HashMap::new();
        let mut gain_years = HashMap::new();
        for g in &project.gains {
            if gains.contains_key(&g.id) {
                continue;
            }
            gains.insert(g.id, g);
            for y in &g.years {
                gain_years.entry((g.id, y.year)).or_insert(y);
            }
        }
        let mut groups: HashMap<(Id, i32), Group> = HashMap::new();
        let mut extracted_kroner = HashSet::new();
        for (i, e) in project.extractions.iter().enumerate() {
            let Some(gain) = e.gain_id.filter(|g| gains.contains_key(g)) else {
                continue;
            };
            let group = groups.entry((gain, e.year)).or_default();
            if let Some(amount) = e.amount_nok {
                // i64 amounts summed in i128: even 2^64 of them cannot overflow; saturating
                // all the same.
                group.ore = group.ore.saturating_add(i128::from(amount.ore()));
                group.first_amount.get_or_insert(i);
                extracted_kroner.insert(gain);
            }
            if let Some(fte) = e.fte {
                group.fte = match group.first_fte {
                    None => Some(fte.get()),
                    Some(_) => group.fte.and_then(|sum| sum.checked_add(fte.get())),
                };
                group.first_fte.get_or_insert(i);
            }
        }
        Index {
            measures: project.measures.iter().map(|m| m.id).collect(),
            services: project.services.iter().map(|s| s.id).collect(),
            areas: project.priority_areas.iter().map(|a| a.id).collect(),
            gains,
            gain_years,
            groups,
            extracted_kroner,
        }
    }
}

fn agency_and_report(project: &Project, today: NaiveDate, out: &mut Out) {
    let agency = &project.agency;
    let at = at::AGENCY;
    out.check(
        blank(&agency.name).then(|| at.error(AgencyField::Name, Rule::AgencyNameMissing, &[])),
    );
    out.check(if blank(&agency.org_number) {
        Some(at.warning(AgencyField::OrgNumber, Rule::OrgNumberMissing, &[]))
    } else if !org_number_is_valid(&agency.org_number) {
        Some(at.error(
            AgencyField::OrgNumber,
            Rule::OrgNumberInvalid,
            &[("org_number", Arg::Text(shorten(&agency.org_number, 40)))],
        ))
    } else {
        None
    });
    out.check(blank(&agency.parent_ministry).then(|| {
        at.warning(
            AgencyField::ParentMinistry,
            Rule::ParentMinistryMissing,
            &[],
        )
    }));

    let year = project.report.year;
    let latest = today.year().saturating_add(1);
    out.check((!(FIRST_REPORT_YEAR..=latest).contains(&year)).then(|| {
        at::REPORT.error(
            ReportField::Year,
            Rule::ReportYearImplausible,
            &[("year", Arg::Year(year)), ("latest", Arg::Year(latest))],
        )
    }));

    let settings = &project.settings;
    let at = at::SETTINGS;
    out.check((settings.hours_per_fte.get() <= Decimal::ZERO).then(|| {
        at.error(
            SettingsField::HoursPerFte,
            Rule::HoursPerFteNotPositive,
            &[],
        )
    }));
    out.check(
        (settings.digital_threshold_low > settings.digital_threshold_high).then(|| {
            at.error(
                SettingsField::DigitalThresholdLow,
                Rule::DigitalThresholdsReversed,
                &[
                    ("low", Arg::Count(settings.digital_threshold_low)),
                    ("high", Arg::Count(settings.digital_threshold_high)),
                ],
            )
        }),
    );
}

fn priority_areas(project: &Project, out: &mut Out) {
    let mut seen = HashSet::new();
    for area in &project.priority_areas {
        let at = at::area(area.id);
        if !seen.insert(area.id) {
            out.check(Some(at.error(
                PriorityAreaField::Id,
                Rule::DuplicateId,
                &[("name", name(&area.name))],
            )));
        }
        out.check(
            blank(&area.name)
                .then(|| at.error(PriorityAreaField::Name, Rule::PriorityAreaNameMissing, &[])),
        );
    }
}

fn measures(project: &Project, index: &Index, out: &mut Out) {
    let list = at::REPORT;
    out.check(if project.measures.is_empty() {
        Some(list.error(ReportField::Measures, Rule::NoMeasures, &[]))
    } else if project
        .measures
        .iter()
        .all(|m| m.status == MeasureStatus::Stopped)
    {
        Some(list.warning(ReportField::Measures, Rule::NoActiveMeasures, &[]))
    } else {
        None
    });

    let mut seen = HashSet::new();
    for m in &project.measures {
        let at = at::measure(m.id);
        let title = ("title", name(&m.title));
        let just_title = [title.clone()];
        if !seen.insert(m.id) {
            out.check(Some(at.error(
                MeasureField::Id,
                Rule::DuplicateId,
                &[("name", title.1.clone())],
            )));
        }
        out.check(
            blank(&m.title).then(|| at.error(MeasureField::Title, Rule::MeasureTitleMissing, &[])),
        );
        if m.digitalisation {
            out.check(blank(&m.special_assessment).then(|| {
                at.error(
                    MeasureField::SpecialAssessment,
                    Rule::DigitalisationWithoutAssessment,
                    &just_title,
                )
            }));
        }
        if let (Some(start), Some(end)) = (m.start_date, m.end_date) {
            out.check((start > end).then(|| {
                at.error(
                    MeasureField::EndDate,
                    Rule::MeasureDatesReversed,
                    &[
                        title.clone(),
                        ("start", Arg::Date(start)),
                        ("end", Arg::Date(end)),
                    ],
                )
            }));
        }
        if !m.service_ids.is_empty() {
            let missing: HashSet<Id> = m
                .service_ids
                .iter()
                .filter(|id| !index.services.contains(id))
                .copied()
                .collect();
            out.check((!missing.is_empty()).then(|| {
                at.error(
                    MeasureField::ServiceIds,
                    Rule::MeasureServiceMissing,
                    &[title.clone(), ("count", count(missing.len()))],
                )
            }));
        }
        out.hint((m.digitalisation && m.service_ids.is_empty()).then(|| {
            at.hint(
                MeasureField::ServiceIds,
                Rule::DigitalisationWithoutServices,
                &just_title,
            )
        }));
        if let Some(investment) = m.investment {
            out.check(investment.is_negative().then(|| {
                at.error(
                    MeasureField::Investment,
                    Rule::MeasureNegativeInvestment,
                    &[title.clone(), ("investment", Arg::Money(investment))],
                )
            }));
        }
        if let Some(cost) = m.annual_operating_cost {
            out.check(cost.is_negative().then(|| {
                at.error(
                    MeasureField::AnnualOperatingCost,
                    Rule::MeasureNegativeOperatingCost,
                    &[title.clone(), ("amount", Arg::Money(cost))],
                )
            }));
        }
        super::sources::ks_threshold(project, m, out);
    }
}

fn services(project: &Project, today: NaiveDate, out: &mut Out) {
    let settings = &project.settings;
    let mut seen = HashSet::new();
    for s in &project.services {
        let at = at::service(s.id);
        let this = ("name", name(&s.name));
        let just_name = [this.clone()];
        if !seen.insert(s.id) {
            out.check(Some(at.error(
                ServiceField::Id,
                Rule::DuplicateId,
                &just_name,
            )));
        }
        out.check(
            blank(&s.name).then(|| at.error(ServiceField::Name, Rule::ServiceNameMissing, &[])),
        );
        if let Some(share) = s.digital_share_percent.map(|p| p.get()) {
            out.check(
                (share < Decimal::ZERO || share > Decimal::ONE_HUNDRED).then(|| {
                    at.error(
                        ServiceField::DigitalSharePercent,
                        Rule::DigitalShareOutOfRange,
                        &[this.clone(), ("percent", Arg::Percent(share))],
                    )
                }),
            );
        }
        if let Some(volume) = s.annual_volume.filter(|_| !s.digitally_available) {
            let (high, low) = (
                settings.digital_threshold_high,
                settings.digital_threshold_low,
            );
            let circular = if volume > high {
                Some((
                    Rule::ServiceNotDigitalHigh,
                    vec![
                        this.clone(),
                        ("volume", Arg::Count(volume)),
                        ("threshold", Arg::Count(high)),
                        ("deadline", Arg::Date(DEADLINE_HIGH)),
                    ],
                ))
            } else if volume >= low {
                Some((
                    Rule::ServiceNotDigitalLow,
                    vec![
                        this.clone(),
                        ("volume", Arg::Count(volume)),
                        ("low", Arg::Count(low)),
                        ("high", Arg::Count(high)),
                        ("deadline", Arg::Date(DEADLINE_LOW)),
                    ],
                ))
            } else {
                None
            };
            if let Some((rule, args)) = circular {
                out.check(Some(if blank(&s.exemption_reason) {
                    at.warning(ServiceField::DigitallyAvailable, rule, &args)
                } else {
                    at.hint(
                        ServiceField::ExemptionReason,
                        Rule::ServiceExempted,
                        &[
                            this.clone(),
                            ("volume", Arg::Count(volume)),
                            (
                                "reason",
                                Arg::Text(shorten(&s.exemption_reason, QUOTE_CHARS)),
                            ),
                        ],
                    )
                }));
            }
        }
        if s.remains_to_digitalise {
            let plan = &s.plan;
            out.check(blank(&plan.what).then(|| {
                at.warning(
                    ServiceField::PlanWhat,
                    Rule::ServicePlanWithoutWhat,
                    &just_name,
                )
            }));
            out.check(blank(&plan.responsible).then(|| {
                at.warning(
                    ServiceField::PlanResponsible,
                    Rule::ServicePlanWithoutResponsible,
                    &just_name,
                )
            }));
            out.check(plan.due.is_none().then(|| {
                at.warning(
                    ServiceField::PlanDue,
                    Rule::ServicePlanWithoutDue,
                    &just_name,
                )
            }));
            if let Some(due) = plan.due {
                out.check((due < today).then(|| {
                    at.warning(
                        ServiceField::PlanDue,
                        Rule::ServicePlanOverdue,
                        &[this.clone(), ("due", Arg::Date(due))],
                    )
                }));
            }
        }
        for (value, field, rule) in [
            (
                s.self_service,
                ServiceField::SelfService,
                Rule::SelfServiceNotAssessed,
            ),
            (
                s.instant_decision,
                ServiceField::InstantDecision,
                Rule::InstantDecisionNotAssessed,
            ),
            (
                s.automated_processing,
                ServiceField::AutomatedProcessing,
                Rule::AutomationNotAssessed,
            ),
        ] {
            out.check(
                (value == Suitability::NotAssessed).then(|| at.warning(field, rule, &just_name)),
            );
        }
        if s.digitally_available {
            out.check(
                (s.user_orientation == UserOrientation::NotAssessed).then(|| {
                    at.warning(
                        ServiceField::UserOrientation,
                        Rule::UserOrientationNotAssessed,
                        &just_name,
                    )
                }),
            );
        }
        if matches!(
            s.user_orientation,
            UserOrientation::Redesign | UserOrientation::Simplify | UserOrientation::Discontinue
        ) {
            out.check(blank(&s.user_orientation_reason).then(|| {
                at.warning(
                    ServiceField::UserOrientationReason,
                    Rule::UserOrientationWithoutReason,
                    &just_name,
                )
            }));
        }
        if s.reusable_information.contains(&InfoSource::Other) {
            out.check(blank(&s.reusable_other).then(|| {
                at.warning(
                    ServiceField::ReusableOther,
                    Rule::ReusableOtherMissing,
                    &just_name,
                )
            }));
        }
        if s.service_chain == ServiceChain::Yes {
            out.check(blank(&s.service_chain_partners).then(|| {
                at.warning(
                    ServiceField::ServiceChainPartners,
                    Rule::ServiceChainWithoutPartners,
                    &just_name,
                )
            }));
        }
        super::sources::service(project, s, out);
    }
}

fn gains(project: &Project, today: NaiveDate, index: &Index, out: &mut Out) {
    let mut seen = HashSet::new();
    for g in &project.gains {
        let at = at::gain(g.id);
        let this = ("name", name(&g.name));
        let just_name = [this.clone()];
        if !seen.insert(g.id) {
            out.check(Some(at.error(GainField::Id, Rule::DuplicateId, &just_name)));
        }
        out.check(blank(&g.name).then(|| at.error(GainField::Name, Rule::GainNameMissing, &[])));
        out.check(match g.measure_id {
            None => Some(at.error(GainField::MeasureId, Rule::GainWithoutMeasure, &just_name)),
            Some(id) if !index.measures.contains(&id) => {
                Some(at.error(GainField::MeasureId, Rule::GainMeasureMissing, &just_name))
            }
            Some(_) => None,
        });
        out.check(
            blank(&g.owner)
                .then(|| at.warning(GainField::Owner, Rule::GainWithoutOwner, &just_name)),
        );
        out.check(
            blank(&g.indicator)
                .then(|| at.warning(GainField::Indicator, Rule::GainWithoutIndicator, &just_name)),
        );
        if !blank(&g.indicator) {
            out.check(
                blank(&g.unit)
                    .then(|| at.warning(GainField::Unit, Rule::GainWithoutUnit, &just_name)),
            );
        }
        let baseline_gap = if g.baseline_value.is_none() {
            Some(GainField::BaselineValue)
        } else if g.baseline_date.is_none() {
            Some(GainField::BaselineDate)
        } else {
            None
        };
        out.check(
            baseline_gap.map(|field| at.warning(field, Rule::GainWithoutBaseline, &just_name)),
        );
        let target_gap = if g.target_value.is_none() {
            Some(GainField::TargetValue)
        } else if g.target_date.is_none() {
            Some(GainField::TargetDate)
        } else {
            None
        };
        out.check(target_gap.map(|field| at.warning(field, Rule::GainWithoutTarget, &just_name)));
        if let (Some(baseline), Some(target)) = (g.baseline_date, g.target_date) {
            out.check((baseline > target).then(|| {
                at.error(
                    GainField::TargetDate,
                    Rule::GainDatesReversed,
                    &[
                        this.clone(),
                        ("baseline_date", Arg::Date(baseline)),
                        ("target_date", Arg::Date(target)),
                    ],
                )
            }));
        }
        year_checks(g, today, at, out);
        let has_kroner = g
            .years
            .iter()
            .any(|y| y.planned_nok.is_some() || y.realised_nok.is_some())
            || index.extracted_kroner.contains(&g.id);
        let report_price_year = project.report.price_year;
        if has_kroner && g.price_year != report_price_year {
            let convertible = convert_price_year(
                Money::from_ore(100),
                g.price_year,
                report_price_year,
                &project.settings.price_index,
            )
            .is_some();
            out.check((!convertible).then(|| {
                at.warning(
                    GainField::PriceYear,
                    Rule::GainPriceYearNotConvertible,
                    &[
                        this.clone(),
                        ("price_year", Arg::Year(g.price_year)),
                        ("report_price_year", Arg::Year(report_price_year)),
                    ],
                )
            }));
        }
    }
}

/// The checks of a gain's values per year.
fn year_checks(g: &Gain, today: NaiveDate, at: At<GainField>, out: &mut Out) {
    let this = ("name", name(&g.name));
    let just_name = [this.clone()];
    out.check(
        g.years
            .is_empty()
            .then(|| at.warning(GainField::Years, Rule::GainWithoutYears, &just_name)),
    );
    let mut seen = HashSet::new();
    let mut reported_twice = HashSet::new();
    let mut reported_future = HashSet::new();
    for y in &g.years {
        let year = ("year", Arg::Year(y.year));
        if !seen.insert(y.year) && reported_twice.insert(y.year) {
            out.check(Some(at.error(
                GainField::Years,
                Rule::GainDuplicateYear,
                &[this.clone(), year.clone()],
            )));
        }
        let realised = y.realised_nok.is_some()
            || y.realised_hours.is_some()
            || y.realised_indicator.is_some();
        if realised && y.year > today.year() && reported_future.insert(y.year) {
            out.check(Some(at.error(
                GainField::Years,
                Rule::GainRealisedInFuture,
                &[this.clone(), year],
            )));
        }
    }
    if g.years.is_empty() {
        return;
    }
    match g.kind {
        GainKind::Cash => {
            let none = g
                .years
                .iter()
                .all(|y| y.planned_nok.is_none() && y.realised_nok.is_none());
            out.check(
                none.then(|| {
                    at.warning(GainField::Years, Rule::GainCashWithoutAmounts, &just_name)
                }),
            );
        }
        GainKind::Time => {
            let none = g
                .years
                .iter()
                .all(|y| y.planned_hours.is_none() && y.realised_hours.is_none());
            out.check(
                none.then(|| at.warning(GainField::Years, Rule::GainTimeWithoutHours, &just_name)),
            );
        }
        GainKind::Quality | GainKind::OtherActors => {}
    }
}

fn extractions(project: &Project, index: &Index, out: &mut Out) {
    let hours_per_fte = project.settings.hours_per_fte.get();
    let mut seen = HashSet::new();
    for (i, e) in project.extractions.iter().enumerate() {
        let at = at::extraction(e.id);
        let gain = e.gain_id.and_then(|id| index.gains.get(&id).copied());
        let year = ("year", Arg::Year(e.year));
        let label = [
            ("gain", name(gain.map_or("", |g| g.name.as_str()))),
            year.clone(),
        ];
        if !seen.insert(e.id) {
            out.check(Some(at.error(
                ExtractionField::Id,
                Rule::DuplicateExtractionId,
                &label,
            )));
        }
        out.check(match (e.gain_id, gain) {
            (None, _) => Some(at.error(
                ExtractionField::GainId,
                Rule::ExtractionWithoutGain,
                std::slice::from_ref(&year),
            )),
            (Some(_), None) => Some(at.error(
                ExtractionField::GainId,
                Rule::ExtractionGainMissing,
                std::slice::from_ref(&year),
            )),
            (Some(_), Some(_)) => None,
        });
        match e.form {
            ExtractionForm::Reallocation => out.check(match e.priority_area_id {
                None => Some(at.error(
                    ExtractionField::PriorityAreaId,
                    Rule::ExtractionWithoutPriorityArea,
                    &label,
                )),
                Some(id) if !index.areas.contains(&id) => Some(at.error(
                    ExtractionField::PriorityAreaId,
                    Rule::ExtractionPriorityAreaMissing,
                    &label,
                )),
                Some(_) => None,
            }),
            ExtractionForm::NotExtracted => out.check(blank(&e.description).then(|| {
                at.warning(
                    ExtractionField::Description,
                    Rule::NotExtractedWithoutReason,
                    &label,
                )
            })),
            ExtractionForm::BudgetCut
            | ExtractionForm::IncreasedVolume
            | ExtractionForm::ImprovedQuality => {}
        }
        if e.form != ExtractionForm::NotExtracted {
            out.check((e.amount_nok.is_none() && e.fte.is_none()).then(|| {
                at.warning(
                    ExtractionField::AmountNok,
                    Rule::ExtractionWithoutAmount,
                    &label,
                )
            }));
        }
        if let Some(amount) = e.amount_nok {
            out.check(amount.is_negative().then(|| {
                at.error(
                    ExtractionField::AmountNok,
                    Rule::ExtractionNegativeAmount,
                    &[
                        label[0].clone(),
                        year.clone(),
                        ("amount", Arg::Money(amount)),
                    ],
                )
            }));
        }
        if let Some(fte) = e.fte.map(|f| f.get()) {
            out.check((fte < Decimal::ZERO).then(|| {
                at.error(
                    ExtractionField::Fte,
                    Rule::ExtractionNegativeFte,
                    &[label[0].clone(), year.clone(), ("fte", Arg::Decimal(fte))],
                )
            }));
        }
        let Some(gain) = gain else {
            continue;
        };
        let key = (gain.id, e.year);
        let Some(group) = index.groups.get(&key) else {
            continue;
        };
        let values = index.gain_years.get(&key).copied();
        if group.first_amount == Some(i) {
            out.check(kroner_check(group, values, at, &label));
        }
        if group.first_fte == Some(i) && hours_per_fte > Decimal::ZERO {
            out.check(fte_check(group, values, hours_per_fte, at, &label));
        }
    }
}

/// The kroner extracted from a gain in a year against its realised (else planned) kroner.
fn kroner_check(
    group: &Group,
    values: Option<&GainYear>,
    at: At<ExtractionField>,
    label: &[(&'static str, Arg)],
) -> Option<Finding> {
    let extracted = ("extracted", Arg::Sum(group.ore));
    let args = |limit: Option<(&'static str, Money)>| {
        let mut args = label.to_vec();
        args.push(extracted.clone());
        args.extend(limit.map(|(k, m)| (k, Arg::Money(m))));
        args
    };
    if let Some(realised) = values.and_then(|v| v.realised_nok) {
        (group.ore > i128::from(realised.ore())).then(|| {
            at.error(
                ExtractionField::AmountNok,
                Rule::ExtractionAboveRealised,
                &args(Some(("realised", realised))),
            )
        })
    } else if let Some(planned) = values.and_then(|v| v.planned_nok) {
        (group.ore > i128::from(planned.ore())).then(|| {
            at.warning(
                ExtractionField::AmountNok,
                Rule::ExtractionAbovePlanned,
                &args(Some(("planned", planned))),
            )
        })
    } else {
        (group.ore > 0).then(|| {
            at.warning(
                ExtractionField::AmountNok,
                Rule::ExtractionWithoutGainValue,
                &args(None),
            )
        })
    }
}

/// The FTE extracted from a gain in a year against its realised (else planned) hours.
fn fte_check(
    group: &Group,
    values: Option<&GainYear>,
    hours_per_fte: Decimal,
    at: At<ExtractionField>,
    label: &[(&'static str, Arg)],
) -> Option<Finding> {
    // FTE are typed and shown with two decimals: an extraction equal to the gain's hours in
    // FTE rounded to two decimals is not above them.
    let exceeds = |hours: Decimal| match (group.fte, hours.checked_div(hours_per_fte)) {
        (Some(fte), Some(limit)) => fte > limit.round_dp(2),
        (Some(_), None) => false,
        (None, _) => true,
    };
    let fte_arg = ("fte", Arg::Decimal(group.fte.unwrap_or(Decimal::MAX)));
    let args = |limit: Option<(&'static str, Decimal)>| {
        let mut args = label.to_vec();
        args.push(fte_arg.clone());
        args.extend(limit.map(|(k, hours)| {
            let fte = hours.checked_div(hours_per_fte).unwrap_or_default();
            (k, Arg::Decimal(fte.round_dp(2)))
        }));
        args
    };
    if let Some(realised) = values.and_then(|v| v.realised_hours).map(|h| h.get()) {
        exceeds(realised).then(|| {
            at.error(
                ExtractionField::Fte,
                Rule::FteAboveRealised,
                &args(Some(("realised_fte", realised))),
            )
        })
    } else if let Some(planned) = values.and_then(|v| v.planned_hours).map(|h| h.get()) {
        exceeds(planned).then(|| {
            at.warning(
                ExtractionField::Fte,
                Rule::FteAbovePlanned,
                &args(Some(("planned_fte", planned))),
            )
        })
    } else {
        exceeds(Decimal::ZERO)
            .then(|| at.warning(ExtractionField::Fte, Rule::FteWithoutGainHours, &args(None)))
    }
}

fn texts(project: &Project, out: &mut Out) {
    out.hint(
        blank(&project.report.introduction)
            .then(|| at::REPORT.hint(ReportField::Introduction, Rule::IntroductionMissing, &[])),
    );
}
