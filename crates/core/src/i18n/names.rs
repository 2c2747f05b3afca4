//! How an entity of a project is named for the user: the app's findings panel and undo labels
//! ("tiltak «Digital søknad»") and the command line's `check` ("Tiltak «Digital søknad»") look
//! the entity up here, once, and word it from the same parts.

use super::{CliText, Key, Label, Language, UiText, fill};
use crate::model::{ChecklistPoint, EntityRef, Id, Project};

/// What the project holds about an entity that names it.
enum Found<'p> {
    /// A block with no name of its own (the report, the settings).
    Block,
    /// The agency, or an item of a list, with its title or name.
    Named(&'p str),
    /// An extraction: its year and its gain's name (empty without a gain).
    Extraction { year: i32, gain: &'p str },
    /// A point of the checklist.
    Point(ChecklistPoint),
    /// A list item the project does not hold (any more).
    Missing(Id),
}

fn named(name: Option<&str>, id: Id) -> Found<'_> {
    name.map_or(Found::Missing(id), Found::Named)
}

fn find(project: &Project, entity: EntityRef) -> Found<'_> {
    match entity {
        EntityRef::Agency => Found::Named(&project.agency.name),
        EntityRef::Report | EntityRef::Settings => Found::Block,
        EntityRef::PriorityArea(id) => named(project.priority_area(id).map(|x| &*x.name), id),
        EntityRef::Measure(id) => named(project.measure(id).map(|x| &*x.title), id),
        EntityRef::Service(id) => named(project.service(id).map(|x| &*x.name), id),
        EntityRef::Gain(id) => named(project.gain(id).map(|x| &*x.name), id),
        EntityRef::Extraction(id) => match project.extraction(id) {
            Some(e) => Found::Extraction {
                year: e.year,
                gain: e
                    .gain_id
                    .and_then(|g| project.gain(g))
                    .map_or("", |g| &g.name),
            },
            None => Found::Missing(id),
        },
        EntityRef::Checklist(point) => Found::Point(point),
        EntityRef::OwnPoint(id) => named(project.own_point(id).map(|x| &*x.title), id),
    }
}

/// The kind of an entity in running text, e.g. "tiltak" or "sjekklistepunkt 1.10".
pub fn entity_kind(entity: EntityRef, lang: Language) -> String {
    let key = match entity {
        EntityRef::Agency => UiText::EntityAgency,
        EntityRef::Report => UiText::EntityReport,
        EntityRef::Settings => UiText::EntitySettings,
        EntityRef::PriorityArea(_) => UiText::EntityPriorityArea,
        EntityRef::Measure(_) => UiText::EntityMeasure,
        EntityRef::Service(_) => UiText::EntityService,
        EntityRef::Gain(_) => UiText::EntityGain,
        EntityRef::Extraction(_) => UiText::EntityExtraction,
        EntityRef::Checklist(p) => {
            return fill(UiText::EntityChecklist.text(lang), &[("point", p.number())]);
        }
        EntityRef::OwnPoint(_) => UiText::EntityOwnPoint,
    };
    key.text(lang).to_owned()
}

/// The name the user knows an entity by (its title or name; an extraction by its gain and
/// year; a checklist point by its text), if it has one.
pub fn entity_name(project: &Project, entity: EntityRef, lang: Language) -> Option<String> {
    let name = match find(project, entity) {
        Found::Block | Found::Missing(_) => return None,
        Found::Named(name) => name.trim().to_owned(),
        Found::Extraction { year, gain } if !gain.trim().is_empty() => {
            format!("{gain} {year}").trim().to_owned()
        }
        Found::Extraction { year, .. } => year.to_string(),
        Found::Point(point) => point.label(lang).trim().to_owned(),
    };
    (!name.is_empty()).then_some(name)
}

/// An entity in running text: "tiltak «Digital søknad»", or just "tiltak" without a name.
pub fn entity_label(project: &Project, entity: EntityRef, lang: Language) -> String {
    let kind = entity_kind(entity, lang);
    match entity_name(project, entity, lang) {
        Some(name) => fill(
            UiText::EntityNamed.text(lang),
            &[("kind", &kind), ("name", &name)],
        ),
        None => kind,
    }
}

/// An entity at the start of a line, as `gevinst check` prints it: "Tiltak «Digital søknad»",
/// "Uttak 2025 fra «…»", "Virksomheten"; an item the project no longer holds by its short id.
pub fn entity_text(project: &Project, entity: EntityRef, lang: Language) -> String {
    let key = match entity {
        EntityRef::Agency => CliText::EntityAgency,
        EntityRef::Report => CliText::EntityReport,
        EntityRef::Settings => CliText::EntitySettings,
        EntityRef::PriorityArea(_) => CliText::EntityPriorityArea,
        EntityRef::Measure(_) => CliText::EntityMeasure,
        EntityRef::Service(_) => CliText::EntityService,
        EntityRef::Gain(_) => CliText::EntityGain,
        EntityRef::Extraction(_) => CliText::EntityExtraction,
        EntityRef::Checklist(_) => CliText::EntityChecklist,
        EntityRef::OwnPoint(_) => CliText::EntityOwnPoint,
    };
    match find(project, entity) {
        Found::Missing(id) => fill(CliText::EntityUnknown.text(lang), &[("id", &id.short())]),
        Found::Point(point) => fill(key.text(lang), &[("point", point.number())]),
        Found::Extraction { year, gain } => fill(
            key.text(lang),
            &[("year", &year.to_string()), ("name", gain)],
        ),
        // The agency is "Virksomheten" whatever its name; list items are "Tiltak «…»".
        Found::Named(_) if entity == EntityRef::Agency => key.text(lang).to_owned(),
        Found::Named(name) => fill(
            CliText::EntityNamed.text(lang),
            &[("kind", key.text(lang)), ("name", name)],
        ),
        Found::Block => key.text(lang).to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Extraction, Gain, Measure};

    fn project() -> Project {
        let mut p = Project::new();
        p.agency.name = "Direktoratet".into();
        p.measures.push(Measure {
            id: Id::from_u128(1),
            title: " Digital søknad ".into(),
            ..Measure::default()
        });
        p.measures.push(Measure {
            id: Id::from_u128(2),
            ..Measure::default()
        });
        p.gains.push(Gain {
            id: Id::from_u128(3),
            name: "Spart tid".into(),
            ..Gain::default()
        });
        p.extractions.push(Extraction {
            id: Id::from_u128(4),
            gain_id: Some(Id::from_u128(3)),
            year: 2025,
            ..Extraction::default()
        });
        p.extractions.push(Extraction {
            id: Id::from_u128(5),
            year: 2026,
            ..Extraction::default()
        });
        p
    }

    #[test]
    fn the_app_names_entities_in_running_text() {
        let p = project();
        let nb = Language::Nb;
        let label = |e| entity_label(&p, e, nb);
        assert_eq!(
            label(EntityRef::Measure(Id::from_u128(1))),
            "tiltak «Digital søknad»"
        );
        assert_eq!(label(EntityRef::Measure(Id::from_u128(2))), "tiltak");
        assert_eq!(label(EntityRef::Measure(Id::from_u128(9))), "tiltak");
        assert_eq!(
            label(EntityRef::Extraction(Id::from_u128(4))),
            "gevinstuttak «Spart tid 2025»"
        );
        assert_eq!(
            label(EntityRef::Extraction(Id::from_u128(5))),
            "gevinstuttak «2026»"
        );
        assert_eq!(label(EntityRef::Agency), "virksomheten «Direktoratet»");
        assert_eq!(label(EntityRef::Report), "rapportopplysninger");
        assert_eq!(
            entity_label(&p, EntityRef::Gain(Id::from_u128(3)), Language::En),
            "gain “Spart tid”"
        );
        let point = ChecklistPoint::P1_10;
        assert_eq!(
            entity_name(&p, EntityRef::Checklist(point), nb),
            Some(point.label(nb).to_owned())
        );
        assert_eq!(
            entity_kind(EntityRef::Checklist(point), nb),
            "sjekklistepunkt 1.10"
        );
    }

    #[test]
    fn the_command_line_names_entities_at_the_start_of_a_line() {
        let p = project();
        let nb = Language::Nb;
        let text = |e| entity_text(&p, e, nb);
        assert_eq!(
            text(EntityRef::Measure(Id::from_u128(1))),
            "Tiltak « Digital søknad »"
        );
        assert_eq!(text(EntityRef::Measure(Id::from_u128(2))), "Tiltak «»");
        assert_eq!(
            text(EntityRef::Measure(Id::from_u128(9))),
            format!("Element {} (finnes ikke lenger)", Id::from_u128(9).short())
        );
        assert_eq!(
            text(EntityRef::Extraction(Id::from_u128(4))),
            "Uttak 2025 fra «Spart tid»"
        );
        assert_eq!(
            text(EntityRef::Extraction(Id::from_u128(5))),
            "Uttak 2026 fra «»"
        );
        assert_eq!(text(EntityRef::Agency), "Virksomheten");
        assert_eq!(text(EntityRef::Settings), "Innstillingene");
        assert_eq!(
            text(EntityRef::Checklist(ChecklistPoint::P1_10)),
            "Sjekklistepunkt 1.10"
        );
        assert_eq!(
            entity_text(&p, EntityRef::Gain(Id::from_u128(3)), Language::En),
            "Gain “Spart tid”"
        );
    }
}
