//! The rows of each list sheet as cell values: what the export writes and the app previews.

use crate::columns::{Col, ListSheet};
use crate::value::Out;
use gevinst_core::calc::{convert_price_year, extraction_rows, hours_to_fte};
use gevinst_core::i18n::{Label, Language};
use gevinst_core::model::{Gain, GainYear, Money, Project};

/// The rows of a list sheet, each a cell per column of [`ListSheet::columns`].
pub fn rows(project: &Project, sheet: ListSheet, lang: Language) -> Vec<Vec<Out>> {
    let cols = sheet.columns();
    match sheet {
        ListSheet::Measures => project
            .measures
            .iter()
            .map(|m| cols.iter().map(|c| measure_cell(m, *c, lang)).collect())
            .collect(),
        ListSheet::Services => project
            .services
            .iter()
            .map(|s| cols.iter().map(|c| service_cell(s, *c, lang)).collect())
            .collect(),
        ListSheet::Gains => {
            let mut out = Vec::new();
            for g in &project.gains {
                if g.years.is_empty() {
                    out.push(
                        cols.iter()
                            .map(|c| gain_cell(project, g, None, *c, lang))
                            .collect(),
                    );
                }
                for y in &g.years {
                    out.push(
                        cols.iter()
                            .map(|c| gain_cell(project, g, Some(y), *c, lang))
                            .collect(),
                    );
                }
            }
            out
        }
        ListSheet::Extractions => {
            let converted = extraction_rows(project);
            project
                .extractions
                .iter()
                .zip(converted)
                .map(|(e, conv)| {
                    cols.iter()
                        .map(|c| match c {
                            Col::ExtractionId => Out::id(Some(e.id)),
                            Col::ExtractionGainId => Out::id(e.gain_id),
                            Col::ExtractionGain => Out::Text(
                                e.gain_id
                                    .and_then(|id| project.gain(id))
                                    .map(|g| g.name.clone())
                                    .unwrap_or_default(),
                            ),
                            Col::ExtractionYear => Out::Int(e.year.into()),
                            Col::ExtractionForm => Out::Text(e.form.label(lang).to_owned()),
                            Col::ExtractionAmount => Out::money(e.amount_nok),
                            Col::ExtractionFte => Out::decimal(e.fte.map(|f| f.get())),
                            Col::ExtractionAreaId => Out::id(e.priority_area_id),
                            Col::ExtractionArea => Out::Text(
                                e.priority_area_id
                                    .and_then(|id| project.priority_area(id))
                                    .map(|a| a.name.clone())
                                    .unwrap_or_default(),
                            ),
                            Col::ExtractionDescription => Out::Text(e.description.clone()),
                            Col::ExtractionAmountReport => Out::money(conv.amount_nok),
                            _ => Out::Empty,
                        })
                        .collect()
                })
                .collect()
        }
        ListSheet::PriorityAreas => project
            .priority_areas
            .iter()
            .map(|a| {
                cols.iter()
                    .map(|c| match c {
                        Col::AreaId => Out::id(Some(a.id)),
                        Col::AreaName => Out::Text(a.name.clone()),
                        Col::AreaDescription => Out::Text(a.description.clone()),
                        _ => Out::Empty,
                    })
                    .collect()
            })
            .collect(),
        ListSheet::Checklist => project
            .checklist
            .iter()
            .map(|item| {
                cols.iter()
                    .map(|c| match c {
                        Col::ChecklistPoint => Out::Text(format!(
                            "{} {}",
                            item.point.number(),
                            item.point.label(lang)
                        )),
                        Col::ChecklistStatus => Out::Text(item.status.label(lang).to_owned()),
                        Col::ChecklistJustification => Out::Text(item.justification.clone()),
                        _ => Out::Empty,
                    })
                    .collect()
            })
            .collect(),
    }
}

fn measure_cell(m: &gevinst_core::model::Measure, col: Col, lang: Language) -> Out {
    match col {
        Col::MeasureId => Out::id(Some(m.id)),
        Col::MeasureTitle => Out::Text(m.title.clone()),
        Col::MeasureDescription => Out::Text(m.description.clone()),
        Col::MeasureStatus => Out::Text(m.status.label(lang).to_owned()),
        Col::MeasureStart => Out::date(m.start_date),
        Col::MeasureEnd => Out::date(m.end_date),
        Col::MeasureUnit => Out::Text(m.responsible_unit.clone()),
        Col::MeasurePerson => Out::Text(m.responsible_person.clone()),
        Col::MeasureDigitalisation => Out::yes_no(m.digitalisation, lang),
        Col::MeasureAssessment => Out::Text(m.special_assessment.clone()),
        Col::MeasureServices => Out::Text(
            m.service_ids
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Col::MeasureInvestment => Out::money(m.investment),
        Col::MeasureOperatingCost => Out::money(m.annual_operating_cost),
        Col::MeasurePriceYear => Out::Int(m.price_year.into()),
        _ => Out::Empty,
    }
}

fn service_cell(s: &gevinst_core::model::Service, col: Col, lang: Language) -> Out {
    match col {
        Col::ServiceId => Out::id(Some(s.id)),
        Col::ServiceName => Out::Text(s.name.clone()),
        Col::ServiceDescription => Out::Text(s.description.clone()),
        Col::ServiceTargetGroup => Out::Text(s.target_group.label(lang).to_owned()),
        Col::ServiceChannel => Out::Text(s.channel.label(lang).to_owned()),
        Col::ServiceVolume => s
            .annual_volume
            .and_then(|v| i64::try_from(v).ok())
            .map_or(Out::Empty, Out::Int),
        Col::ServiceDigitalShare => s
            .digital_share_percent
            .map_or(Out::Empty, |p| Out::Percent(p.get())),
        Col::ServiceAvailable => Out::yes_no(s.digitally_available, lang),
        Col::ServiceRemains => Out::yes_no(s.remains_to_digitalise, lang),
        _ => Out::Empty,
    }
}

/// An amount of a gain converted to the report's price year, as `gain_totals` converts it.
fn converted(project: &Project, gain: &Gain, m: Option<Money>) -> Option<Money> {
    m.map(|m| {
        convert_price_year(
            m,
            gain.price_year,
            project.report.price_year,
            &project.settings.price_index,
        )
        .unwrap_or(m)
    })
}

fn gain_cell(project: &Project, g: &Gain, y: Option<&GainYear>, col: Col, lang: Language) -> Out {
    let hpf = project.settings.hours_per_fte.get();
    let fte = |h: Option<gevinst_core::model::Hours>| {
        Out::decimal(
            h.and_then(|h| hours_to_fte(h.get(), hpf))
                .map(|d| d.round_dp(4)),
        )
    };
    match col {
        Col::GainId => Out::id(Some(g.id)),
        Col::GainMeasureId => Out::id(g.measure_id),
        Col::GainMeasure => Out::Text(
            g.measure_id
                .and_then(|id| project.measure(id))
                .map(|m| m.title.clone())
                .unwrap_or_default(),
        ),
        Col::GainName => Out::Text(g.name.clone()),
        Col::GainKind => Out::Text(g.kind.label(lang).to_owned()),
        Col::GainBeneficiary => Out::Text(g.beneficiary.label(lang).to_owned()),
        Col::GainDescription => Out::Text(g.description.clone()),
        Col::GainIndicator => Out::Text(g.indicator.clone()),
        Col::GainUnit => Out::Text(g.unit.clone()),
        Col::GainBaseline => Out::decimal(g.baseline_value.map(|v| v.get())),
        Col::GainBaselineDate => Out::date(g.baseline_date),
        Col::GainTarget => Out::decimal(g.target_value.map(|v| v.get())),
        Col::GainTargetDate => Out::date(g.target_date),
        Col::GainDirection => Out::Text(g.direction.label(lang).to_owned()),
        Col::GainOwner => Out::Text(g.owner.clone()),
        Col::GainPriceYear => Out::Int(g.price_year.into()),
        Col::GainYear => y.map_or(Out::Empty, |y| Out::Int(y.year.into())),
        Col::GainPlannedNok => Out::money(y.and_then(|y| y.planned_nok)),
        Col::GainRealisedNok => Out::money(y.and_then(|y| y.realised_nok)),
        Col::GainPlannedHours => Out::decimal(y.and_then(|y| y.planned_hours).map(|h| h.get())),
        Col::GainRealisedHours => Out::decimal(y.and_then(|y| y.realised_hours).map(|h| h.get())),
        Col::GainPlannedFte => fte(y.and_then(|y| y.planned_hours)),
        Col::GainRealisedFte => fte(y.and_then(|y| y.realised_hours)),
        Col::GainPlannedIndicator => {
            Out::decimal(y.and_then(|y| y.planned_indicator).map(|v| v.get()))
        }
        Col::GainRealisedIndicator => {
            Out::decimal(y.and_then(|y| y.realised_indicator).map(|v| v.get()))
        }
        Col::GainPlannedReport => Out::money(converted(project, g, y.and_then(|y| y.planned_nok))),
        Col::GainRealisedReport => {
            Out::money(converted(project, g, y.and_then(|y| y.realised_nok)))
        }
        _ => Out::Empty,
    }
}
