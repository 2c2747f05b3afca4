//! How a difference is shown: which entity and step it belongs to, a field's label, a value in
//! Norwegian formats.

use super::{Group, list_of};
use crate::format;
use crate::i18n::{Common, CompareText, Key, Label, Language, entity_text};
use crate::model::{ChecklistPoint, EntityRef, Field, Id, Money, Project, ReportField};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::Value;
use std::str::FromStr;

/// The entity an entity name refers to, for the kinds the app knows (`measures/<id>` →
/// [`EntityRef::Measure`]); `None` for data of no known kind.
pub fn entity_of(key: &str) -> Option<EntityRef> {
    let id = || {
        key.split_once('/')
            .and_then(|(_, id)| uuid::Uuid::from_str(id).ok())
            .map(Id)
    };
    Some(match list_of(key) {
        "agency" => EntityRef::Agency,
        "report" => EntityRef::Report,
        "settings" => EntityRef::Settings,
        "priority_areas" => EntityRef::PriorityArea(id()?),
        "measures" => EntityRef::Measure(id()?),
        "services" => EntityRef::Service(id()?),
        "gains" => EntityRef::Gain(id()?),
        "extractions" => EntityRef::Extraction(id()?),
        "own_points" => EntityRef::OwnPoint(id()?),
        "checklist" => {
            let (_, n) = key.split_once('/')?;
            EntityRef::Checklist(ChecklistPoint::ALL.into_iter().find(|p| p.number() == n)?)
        }
        _ => return None,
    })
}

/// The step a changed field of an entity belongs to (`field` is `None` for the whole entity).
pub fn group_of(key: &str, field: Option<&str>) -> Group {
    match list_of(key) {
        "agency" | "settings" => Group::Agency,
        "report" => match field {
            Some(f)
                if f == ReportField::Introduction.name() || f == ReportField::Closing.name() =>
            {
                Group::Texts
            }
            _ => Group::Agency,
        },
        "priority_areas" => Group::PriorityAreas,
        "measures" => Group::Measures,
        "services" => Group::Services,
        "gains" => Group::Gains,
        "extractions" => Group::Extractions,
        "checklist" | "own_points" => Group::Checklist,
        _ => Group::Other,
    }
}

impl Group {
    /// The group's heading: the step's name.
    pub fn title(self, lang: Language) -> &'static str {
        use crate::i18n::UiText as U;
        match self {
            Group::Agency => U::StepAgency.text(lang),
            Group::PriorityAreas => U::StepPriorities.text(lang),
            Group::Measures => U::StepMeasures.text(lang),
            Group::Services => U::StepServices.text(lang),
            Group::Gains => U::StepGains.text(lang),
            Group::Extractions => U::StepExtraction.text(lang),
            Group::Checklist => U::StepChecklist.text(lang),
            Group::Texts => U::StepTexts.text(lang),
            Group::Other => CompareText::GroupOther.text(lang),
        }
    }
}

/// The typed field of an entity's JSON field, if there is one.
pub fn typed_field(key: &str, field: &str) -> Option<Field> {
    let entity = entity_of(key)?;
    Field::all().find(|f| f.belongs_to(entity) && f.name() == field)
}

/// A field's label as the form shows it; a field of no typed kind by its name in the file
/// (`last_year.measures` → "last year measures"); the whole entity (`""`) as such.
pub fn field_label(key: &str, field: &str, lang: Language) -> String {
    if field.is_empty() {
        return CompareText::WholeItem.text(lang).to_owned();
    }
    match typed_field(key, field) {
        Some(f) => f.label(lang).to_owned(),
        None => field.replace(['_', '.'], " "),
    }
}

/// An entity in running text: "Tiltak «Digital søknad»", looked up in the first project that
/// has it; data of no known kind by its name in the file.
pub fn entity_title(key: &str, projects: &[&Project], lang: Language) -> String {
    match entity_of(key) {
        Some(entity) => {
            let has = |p: &&&Project| entity_text_known(p, entity);
            let project = projects.iter().find(has).or(projects.first());
            match project {
                Some(p) => entity_text(p, entity, lang),
                None => key.to_owned(),
            }
        }
        None => key.replace('_', " "),
    }
}

fn entity_text_known(project: &Project, entity: EntityRef) -> bool {
    match entity {
        EntityRef::PriorityArea(id) => project.priority_area(id).is_some(),
        EntityRef::Measure(id) => project.measure(id).is_some(),
        EntityRef::Service(id) => project.service(id).is_some(),
        EntityRef::Gain(id) => project.gain(id).is_some(),
        EntityRef::Extraction(id) => project.extraction(id).is_some(),
        EntityRef::OwnPoint(id) => project.own_point(id).is_some(),
        _ => true,
    }
}

const MONEY_FIELDS: [&str; 4] = [
    "investment",
    "annual_operating_cost",
    "cost_per_fte",
    "ks_threshold",
];

/// A value in the user's language: amounts, percentages and dates in Norwegian formats, texts
/// in quotes, lists by their length.
pub fn show_value(field: &str, value: Option<&Value>, lang: Language) -> String {
    let empty = || CompareText::Empty.text(lang).to_owned();
    let Some(value) = value else {
        return empty();
    };
    let quoted = |s: &str| match lang {
        Language::En => format!("“{s}”"),
        _ => format!("«{s}»"),
    };
    match value {
        Value::Null => empty(),
        Value::Bool(true) => Common::Yes.text(lang).to_owned(),
        Value::Bool(false) => Common::No.text(lang).to_owned(),
        Value::String(s) if s.is_empty() => empty(),
        Value::String(s) => {
            if (field.ends_with("_nok") || MONEY_FIELDS.contains(&field))
                && let Ok(m) = Money::from_str(s)
            {
                return format::money_exact(m, lang);
            }
            if field.ends_with("_percent")
                && let Ok(d) = Decimal::from_str(s)
            {
                return format::percent(d, 4, lang);
            }
            if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                return format::date(d, lang);
            }
            quoted(&short(s))
        }
        Value::Number(n) => match (n.as_i64(), Decimal::from_str(&n.to_string())) {
            (Some(i), _) if field.contains("year") => i.to_string(),
            (Some(i), _) => format::integer(i, lang),
            (None, Ok(d)) if field.ends_with("_percent") => format::percent(d, 4, lang),
            (None, Ok(d)) => format::decimal(d, 4, lang),
            (None, Err(_)) => n.to_string(),
        },
        Value::Array(items) => CompareText::ListOf.fill(
            lang,
            &[(
                "n",
                crate::i18n::Value::Count(i64::try_from(items.len()).unwrap_or(i64::MAX)),
            )],
        ),
        Value::Object(_) => short(&value.to_string()),
    }
}

/// A long text cut to its first 80 characters.
fn short(s: &str) -> String {
    let one_line = s.replace(['\n', '\r'], " ");
    match one_line.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &one_line[..i]),
        None => one_line,
    }
}
