//! Reading one row into an entity: a row with an id updates that entity (only the columns the
//! sheet has), a row without one is a new entity.

use crate::apply::{Row, Work};
use crate::columns::{Col, ListSheet};
use crate::read::Table;
use crate::value::{self, Problem};
use gevinst_core::edit::{Item, new_item};
use gevinst_core::model::{
    Beneficiary, Channel, Direction, Extraction, ExtractionForm, Fte, Gain, GainKind, GainYear,
    Hours, Id, IndicatorValue, ItemKind, Measure, MeasureStatus, Percent, Service, TargetGroup,
};

/// The entity a row's id names, or a new one (with that id, if given). `None` when the id
/// cell is wrong.
fn base(work: &Work, row: &mut Row<'_>, id_col: Col, kind: ItemKind) -> Option<(Item, bool)> {
    let id = row.read(id_col, value::id).unwrap_or(None);
    if row.raw(id_col).is_some_and(|r| value::id(r).is_err()) {
        return None;
    }
    if let Some(id) = id
        && let Some(item) = gevinst_core::edit::item(&work.project, kind, id)
    {
        return Some((item, true));
    }
    let mut item = new_item(&work.project, kind);
    if let Some(id) = id {
        set_id(&mut item, id);
    }
    Some((item, false))
}

fn set_id(item: &mut Item, id: Id) {
    match item {
        Item::Measure(x) => x.id = id,
        Item::Service(x) => x.id = id,
        Item::Gain(x) => x.id = id,
        Item::Extraction(x) => x.id = id,
        Item::PriorityArea(x) => x.id = id,
        Item::OwnPoint(x) => x.id = id,
    }
}

/// Read one row of the measures, services, priority-areas or extractions sheet.
pub(crate) fn read_row(work: &mut Work, sheet: ListSheet, row: &mut Row<'_>) {
    let errors_before = row.errors.len();
    let (kind, id_col) = match sheet {
        ListSheet::Measures => (ItemKind::Measure, Col::MeasureId),
        ListSheet::Services => (ItemKind::Service, Col::ServiceId),
        ListSheet::PriorityAreas => (ItemKind::PriorityArea, Col::AreaId),
        ListSheet::Extractions => (ItemKind::Extraction, Col::ExtractionId),
        ListSheet::Gains | ListSheet::Checklist => return,
    };
    let Some((mut item, existed)) = base(work, row, id_col, kind) else {
        return;
    };
    match &mut item {
        Item::Measure(m) => measure(m, row),
        Item::Service(s) => service(s, row),
        Item::PriorityArea(a) => {
            if let Some(v) = row.text(Col::AreaName) {
                a.name = v;
            }
            if let Some(v) = row.text(Col::AreaDescription) {
                a.description = v;
            }
        }
        Item::Extraction(e) => extraction(work, e, row),
        Item::Gain(_) | Item::OwnPoint(_) => {}
    }
    if row.errors.len() == errors_before {
        work.put(item, existed);
    }
}

fn measure(m: &mut Measure, row: &mut Row<'_>) {
    if let Some(v) = row.text(Col::MeasureTitle) {
        m.title = v;
    }
    if let Some(v) = row.text(Col::MeasureDescription) {
        m.description = v;
    }
    if let Some(v) = row.read(Col::MeasureStatus, |r| {
        value::choice(r, &MeasureStatus::ALL)
    }) {
        m.status = v.unwrap_or_default();
    }
    if let Some(v) = row.read(Col::MeasureStart, value::date) {
        m.start_date = v;
    }
    if let Some(v) = row.read(Col::MeasureEnd, value::date) {
        m.end_date = v;
    }
    if let Some(v) = row.text(Col::MeasureUnit) {
        m.responsible_unit = v;
    }
    if let Some(v) = row.text(Col::MeasurePerson) {
        m.responsible_person = v;
    }
    if let Some(v) = row.read(Col::MeasureDigitalisation, value::yes_no) {
        m.digitalisation = v.unwrap_or(false);
    }
    if let Some(v) = row.text(Col::MeasureAssessment) {
        m.special_assessment = v;
    }
    if let Some(v) = row.read(Col::MeasureServices, value::ids) {
        m.service_ids = v;
    }
    if let Some(v) = row.read(Col::MeasureInvestment, value::money) {
        m.investment = v;
    }
    if let Some(v) = row.read(Col::MeasureOperatingCost, value::money) {
        m.annual_operating_cost = v;
    }
    if let Some(Some(v)) = row.read(Col::MeasurePriceYear, value::year) {
        m.price_year = v;
    }
}

fn service(s: &mut Service, row: &mut Row<'_>) {
    if let Some(v) = row.text(Col::ServiceName) {
        s.name = v;
    }
    if let Some(v) = row.text(Col::ServiceDescription) {
        s.description = v;
    }
    if let Some(v) = row.read(Col::ServiceTargetGroup, |r| {
        value::choice(r, &TargetGroup::ALL)
    }) {
        s.target_group = v.unwrap_or_default();
    }
    if let Some(v) = row.read(Col::ServiceChannel, |r| value::choice(r, &Channel::ALL)) {
        s.channel = v.unwrap_or_default();
    }
    if let Some(v) = row.read(Col::ServiceVolume, value::count) {
        s.annual_volume = v;
    }
    if let Some(v) = row.read(Col::ServiceDigitalShare, |r| match value::percent(r)? {
        None => Ok(None),
        Some(d) => Percent::new(d).map(Some).ok_or(Problem::OutOfRange),
    }) {
        s.digital_share_percent = v;
    }
    if let Some(v) = row.read(Col::ServiceAvailable, value::yes_no) {
        s.digitally_available = v.unwrap_or(false);
    }
    if let Some(v) = row.read(Col::ServiceRemains, value::yes_no) {
        s.remains_to_digitalise = v.unwrap_or(false);
    }
}

/// The entity a reference names: by id (which must exist) or else by exact name.
fn find<T>(
    row: &mut Row<'_>,
    id_col: Col,
    name_col: Col,
    list: &[T],
    id: impl Fn(&T) -> Id,
    name: impl Fn(&T) -> &str,
    missing: Problem,
) -> Option<Option<Id>> {
    let by_id = row.read(id_col, value::id);
    match by_id {
        Some(Some(i)) => {
            if list.iter().any(|x| id(x) == i) {
                return Some(Some(i));
            }
            row.error(id_col, missing);
            return None;
        }
        None if row.raw(id_col).is_some() => return None,
        _ => {}
    }
    let wanted = row.text(name_col)?;
    if wanted.is_empty() {
        // Mapped but empty: no reference (only when the id column said nothing either).
        return Some(None);
    }
    match list.iter().find(|x| name(x) == wanted) {
        Some(x) => Some(Some(id(x))),
        None => {
            row.error(name_col, missing);
            None
        }
    }
}

fn extraction(work: &Work, e: &mut Extraction, row: &mut Row<'_>) {
    let p = &work.project;
    if (row.raw(Col::ExtractionGainId).is_some() || row.raw(Col::ExtractionGain).is_some())
        && let Some(g) = find(
            row,
            Col::ExtractionGainId,
            Col::ExtractionGain,
            &p.gains,
            |g| g.id,
            |g| &g.name,
            Problem::NoGain,
        )
    {
        e.gain_id = g;
    }
    match row.read(Col::ExtractionYear, value::year) {
        Some(Some(y)) => e.year = y,
        Some(None) => row.error(Col::ExtractionYear, Problem::Missing),
        None => {}
    }
    if let Some(v) = row.read(Col::ExtractionForm, |r| {
        value::choice(r, &ExtractionForm::ALL)
    }) {
        e.form = v.unwrap_or_default();
    }
    if let Some(v) = row.read(Col::ExtractionAmount, value::money) {
        e.amount_nok = v;
    }
    if let Some(v) = row.read(Col::ExtractionFte, value::bounded::<Fte>) {
        e.fte = v;
    }
    if (row.raw(Col::ExtractionAreaId).is_some() || row.raw(Col::ExtractionArea).is_some())
        && let Some(a) = find(
            row,
            Col::ExtractionAreaId,
            Col::ExtractionArea,
            &p.priority_areas,
            |a| a.id,
            |a| &a.name,
            Problem::NoArea,
        )
    {
        e.priority_area_id = a;
    }
    if let Some(v) = row.text(Col::ExtractionDescription) {
        e.description = v;
    }
}

/// Read the gains sheet: one row per gain and year. Rows with the same gain id (or, without
/// an id, the same measure and name) are one gain; its years are the rows' years.
pub(crate) fn read_gains(
    work: &mut Work,
    table: &Table,
    t: usize,
    cells: &[(Col, usize)],
    rows: &[usize],
    errors: &mut Vec<crate::apply::CellError>,
) {
    // (key, gain, existed) in the order of first appearance.
    let mut gains: Vec<(String, Gain, bool, bool)> = Vec::new();
    let mut slots: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let has_year = cells.iter().any(|(c, _)| *c == Col::GainYear);
    for &index in rows {
        let mut row = Row {
            table,
            index,
            t,
            cells: cells.to_vec(),
            errors: &mut *errors,
        };
        let before = row.errors.len();
        let Some(id) = row.read(Col::GainId, value::id).or(Some(None)) else {
            continue;
        };
        let measure =
            if row.raw(Col::GainMeasureId).is_some() || row.raw(Col::GainMeasure).is_some() {
                find(
                    &mut row,
                    Col::GainMeasureId,
                    Col::GainMeasure,
                    &work.project.measures,
                    |m| m.id,
                    |m| &m.title,
                    Problem::NoMeasure,
                )
            } else {
                None
            };
        if row.errors.len() > before {
            continue;
        }
        let name = row.raw(Col::GainName).map(value::text).unwrap_or_default();
        let key = match id {
            Some(id) => id.to_string(),
            None => format!("{:?}\u{1f}{name}", measure.flatten()),
        };
        let slot = match slots.get(&key) {
            Some(i) => *i,
            None => {
                let existing = id.and_then(|i| work.project.gain(i)).cloned();
                let existed = existing.is_some();
                let mut g =
                    existing.unwrap_or_else(|| match new_item(&work.project, ItemKind::Gain) {
                        Item::Gain(g) => g,
                        _ => Gain::default(),
                    });
                if let Some(i) = id {
                    g.id = i;
                }
                if has_year {
                    g.years.clear();
                }
                slots.insert(key.clone(), gains.len());
                gains.push((key, g, existed, true));
                gains.len() - 1
            }
        };
        let Some((_, g, _, ok)) = gains.get_mut(slot) else {
            continue;
        };
        if let Some(m) = measure {
            g.measure_id = m;
        }
        gain_fields(g, &mut row);
        let year = row.read(Col::GainYear, value::year);
        if year.is_none() {
            // The year is wrong: still check the row's other cells, so every wrong cell is named.
            year_fields(&mut GainYear::default(), &mut row);
        }
        if let Some(Some(year)) = year {
            let y = match g.years.iter().position(|y| y.year == year) {
                Some(i) => i,
                None => {
                    g.years.push(GainYear {
                        year,
                        ..GainYear::default()
                    });
                    g.years.len() - 1
                }
            };
            if let Some(y) = g.years.get_mut(y) {
                year_fields(y, &mut row);
            }
        }
        if row.errors.len() > before {
            *ok = false;
        }
    }
    for (_, mut g, existed, ok) in gains {
        if ok {
            g.years.sort_by_key(|y| y.year);
            work.put(Item::Gain(g), existed);
        }
    }
}

fn gain_fields(g: &mut Gain, row: &mut Row<'_>) {
    if let Some(v) = row.text(Col::GainName) {
        g.name = v;
    }
    if let Some(v) = row.read(Col::GainKind, |r| value::choice(r, &GainKind::ALL)) {
        g.kind = v.unwrap_or_default();
    }
    if let Some(v) = row.read(Col::GainBeneficiary, |r| {
        value::choice(r, &Beneficiary::ALL)
    }) {
        g.beneficiary = v.unwrap_or_default();
    }
    if let Some(v) = row.text(Col::GainDescription) {
        g.description = v;
    }
    if let Some(v) = row.text(Col::GainIndicator) {
        g.indicator = v;
    }
    if let Some(v) = row.text(Col::GainUnit) {
        g.unit = v;
    }
    if let Some(v) = row.read(Col::GainBaseline, value::bounded::<IndicatorValue>) {
        g.baseline_value = v;
    }
    if let Some(v) = row.read(Col::GainBaselineDate, value::date) {
        g.baseline_date = v;
    }
    if let Some(v) = row.read(Col::GainTarget, value::bounded::<IndicatorValue>) {
        g.target_value = v;
    }
    if let Some(v) = row.read(Col::GainTargetDate, value::date) {
        g.target_date = v;
    }
    if let Some(v) = row.read(Col::GainDirection, |r| value::choice(r, &Direction::ALL)) {
        g.direction = v.unwrap_or_default();
    }
    if let Some(v) = row.text(Col::GainOwner) {
        g.owner = v;
    }
    if let Some(Some(v)) = row.read(Col::GainPriceYear, value::year) {
        g.price_year = v;
    }
}

fn year_fields(y: &mut GainYear, row: &mut Row<'_>) {
    if let Some(v) = row.read(Col::GainPlannedNok, value::money) {
        y.planned_nok = v;
    }
    if let Some(v) = row.read(Col::GainRealisedNok, value::money) {
        y.realised_nok = v;
    }
    if let Some(v) = row.read(Col::GainPlannedHours, value::bounded::<Hours>) {
        y.planned_hours = v;
    }
    if let Some(v) = row.read(Col::GainRealisedHours, value::bounded::<Hours>) {
        y.realised_hours = v;
    }
    if let Some(v) = row.read(Col::GainPlannedIndicator, value::bounded::<IndicatorValue>) {
        y.planned_indicator = v;
    }
    if let Some(v) = row.read(Col::GainRealisedIndicator, value::bounded::<IndicatorValue>) {
        y.realised_indicator = v;
    }
}
