//! Last year's key figures: what the report's key figures, its gains table and its extraction
//! table showed, kept as figures in the report's price year.

use crate::calc::{self, CalcError};
use crate::model::{
    Project, SnapshotArea, SnapshotExtractionYear, SnapshotGainYear, StatusCounts, YearSnapshot,
};

/// A count as a number in the file.
fn n(count: usize) -> u64 {
    u64::try_from(count).unwrap_or(u64::MAX)
}

/// The key figures of `project` for its report year, in its price year, as its report shows
/// them (without the measures it leaves out).
pub fn snapshot(project: &Project) -> Result<YearSnapshot, CalcError> {
    let shown = super::in_report(project);
    let project: &Project = &shown;
    let year = project.report.year;
    let measures = calc::measure_counts(project);
    let services = calc::service_counts(&project.services);
    let realised = calc::realised_split(project, year)?;
    let areas = calc::extraction_by_area_and_year(project, year)?;
    let totals = calc::gain_totals(project)?;
    let gains = calc::gain_year_sums(&totals)?
        .into_iter()
        .map(|s| SnapshotGainYear {
            year: s.year,
            planned_nok: s.planned_nok,
            realised_nok: s.realised_nok,
            planned_fte: s.planned_fte,
            realised_fte: s.realised_fte,
        })
        .collect();
    let rows = calc::extraction_rows(project);
    let mut years: Vec<i32> = rows.iter().map(|r| r.year).collect();
    years.sort_unstable();
    years.dedup();
    let mut extractions = Vec::with_capacity(years.len());
    for y in years {
        if let Some(e) = calc::extraction_year(&rows, y)? {
            extractions.push(SnapshotExtractionYear {
                year: y,
                total_nok: e.total.amount_nok,
                total_fte: e.total.fte,
                reallocated_nok: e.reallocation.amount_nok,
                budget_cut_nok: e.budget_cut.amount_nok,
            });
        }
    }
    let npvs: Vec<_> = project
        .measures
        .iter()
        .map(|m| calc::measure_npv(project, m.id))
        .collect();
    let npv = calc::npv_total(&npvs);
    Ok(YearSnapshot {
        year,
        price_year: project.report.price_year,
        measures: StatusCounts {
            planned: n(measures.planned),
            in_progress: n(measures.in_progress),
            implemented: n(measures.implemented),
            stopped: n(measures.stopped),
        },
        realised_nok: realised.agency,
        reallocated_nok: areas.year.amount_nok,
        digital_services: n(services.digitally_available),
        services: n(services.total),
        npv_total: if npv.failed == 0 { npv.total } else { None },
        npv_year: calc::comparison_year(project),
        gains,
        extractions,
        areas: areas
            .rows
            .iter()
            .map(|a| SnapshotArea {
                priority_area_id: a.area,
                amount_nok: a.year.amount_nok,
                fte: a.year.fte,
            })
            .collect(),
    })
}
