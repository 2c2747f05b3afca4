//! What the lists of a project do when the user adds, duplicates or deletes an item: the rules
//! (a new measure's price year, a copy's name, the references a delete clears) live here, so
//! every front end makes the same edits and the tests check them without a window.

use super::{Edit, Item, entity_ref, index_after};
use crate::model::{
    EntityRef, Extraction, Gain, Id, ItemKind, Measure, OwnPoint, PriorityArea, Project, Service,
};

/// An entity that lives in one of the project's lists.
pub trait ListItem: Clone + PartialEq + Sized {
    /// Which list.
    const KIND: ItemKind;
    /// The list in a project.
    fn list(project: &Project) -> &[Self];
    /// The item's id.
    fn id(&self) -> Id;
    /// The item's name as a user knows it (see [`Item::name`]).
    fn name(&self) -> &str;
    /// The item as an [`Item`], for an edit.
    fn into_item(self) -> Item;
    /// The item with this id.
    fn find(project: &Project, id: Id) -> Option<&Self> {
        Self::list(project).iter().find(|x| x.id() == id)
    }
    /// Where the item is, as a finding or a selection refers to it.
    fn entity(&self) -> EntityRef {
        entity_ref(Self::KIND, self.id())
    }
}

macro_rules! list_item {
    ($($t:ident => $field:ident . $name:ident),* $(,)?) => {
        $(impl ListItem for $t {
            const KIND: ItemKind = ItemKind::$t;
            fn list(project: &Project) -> &[Self] {
                &project.$field
            }
            fn id(&self) -> Id {
                self.id
            }
            fn name(&self) -> &str {
                &self.$name
            }
            fn into_item(self) -> Item {
                Item::$t(self)
            }
        })*
    };
}

list_item!(
    PriorityArea => priority_areas.name,
    Measure => measures.title,
    Service => services.name,
    Gain => gains.name,
    Extraction => extractions.description,
    OwnPoint => own_points.title,
);

/// The id in `entity` when it is an item of the list `kind`.
pub fn id_in(entity: EntityRef, kind: ItemKind) -> Option<Id> {
    match (entity, kind) {
        (EntityRef::PriorityArea(id), ItemKind::PriorityArea)
        | (EntityRef::Measure(id), ItemKind::Measure)
        | (EntityRef::Service(id), ItemKind::Service)
        | (EntityRef::Gain(id), ItemKind::Gain)
        | (EntityRef::Extraction(id), ItemKind::Extraction)
        | (EntityRef::OwnPoint(id), ItemKind::OwnPoint) => Some(id),
        _ => None,
    }
}

/// A copy of the item with this kind and id, if the project has it.
pub fn item(project: &Project, kind: ItemKind, id: Id) -> Option<Item> {
    match kind {
        ItemKind::PriorityArea => project.priority_area(id).cloned().map(Item::PriorityArea),
        ItemKind::Measure => project.measure(id).cloned().map(Item::Measure),
        ItemKind::Service => project.service(id).cloned().map(Item::Service),
        ItemKind::Gain => project.gain(id).cloned().map(Item::Gain),
        ItemKind::Extraction => project.extraction(id).cloned().map(Item::Extraction),
        ItemKind::OwnPoint => project.own_point(id).cloned().map(Item::OwnPoint),
    }
}

/// A new, empty item of a list as "Add" makes it: measures and gains are in the report's price
/// year, an extraction is in the report's year.
pub fn new_item(project: &Project, kind: ItemKind) -> Item {
    let price_year = project.report.price_year;
    match kind {
        ItemKind::PriorityArea => Item::PriorityArea(PriorityArea::default()),
        ItemKind::Measure => Item::Measure(Measure {
            price_year,
            ..Measure::default()
        }),
        ItemKind::Service => Item::Service(Service::default()),
        ItemKind::Gain => Item::Gain(Gain {
            price_year,
            ..Gain::default()
        }),
        ItemKind::Extraction => Item::Extraction(Extraction {
            year: project.report.year,
            ..Extraction::default()
        }),
        ItemKind::OwnPoint => Item::OwnPoint(OwnPoint::default()),
    }
}

/// The edit that puts `item` into its list just after the item `after` (at the end when there
/// is no such item).
pub fn insert_after(project: &Project, item: Item, after: Option<Id>) -> Edit {
    let index = index_after(project, item.kind(), after);
    Edit::Insert { index, item }
}

/// The edit that puts a copy of an item just after it: a new id, and `suffix` (the translated
/// "(copy)") after its title or name. Extractions have no name and are copied as they are.
/// `None` when the project has no such item.
pub fn duplicate(project: &Project, kind: ItemKind, id: Id, suffix: &str) -> Option<Edit> {
    let mut copy = item(project, kind, id)?;
    let new_id = Id::new();
    let name = match &mut copy {
        Item::PriorityArea(x) => {
            x.id = new_id;
            Some(&mut x.name)
        }
        Item::Measure(x) => {
            x.id = new_id;
            Some(&mut x.title)
        }
        Item::Service(x) => {
            x.id = new_id;
            Some(&mut x.name)
        }
        Item::Gain(x) => {
            x.id = new_id;
            Some(&mut x.name)
        }
        Item::Extraction(x) => {
            x.id = new_id;
            None
        }
        Item::OwnPoint(x) => {
            x.id = new_id;
            Some(&mut x.title)
        }
    };
    if let Some(name) = name {
        name.push(' ');
        name.push_str(suffix);
    }
    Some(insert_after(project, copy, Some(id)))
}

/// The edit that deletes an item together with every reference to it, as one undoable step:
/// a measure's gains lose their measure, a service leaves the measures that touch it, a gain's
/// extractions lose their gain, a priority area's extractions lose their area. A plain
/// [`Edit::Remove`] when nothing refers to the item; `None` when the project has no such item.
pub fn delete(project: &Project, kind: ItemKind, id: Id) -> Option<Edit> {
    super::position(project, kind, id)?;
    let mut edits = vec![Edit::Remove { kind, id }];
    match kind {
        ItemKind::PriorityArea => {
            for e in project
                .extractions
                .iter()
                .filter(|e| e.priority_area_id == Some(id))
            {
                let mut e = e.clone();
                e.priority_area_id = None;
                edits.push(Edit::Update(Item::Extraction(e)));
            }
        }
        ItemKind::Measure => {
            for g in project.gains_of(id) {
                let mut g = g.clone();
                g.measure_id = None;
                edits.push(Edit::Update(Item::Gain(g)));
            }
        }
        ItemKind::Service => {
            for m in project
                .measures
                .iter()
                .filter(|m| m.service_ids.contains(&id))
            {
                let mut m = m.clone();
                m.service_ids.retain(|s| *s != id);
                edits.push(Edit::Update(Item::Measure(m)));
            }
        }
        ItemKind::Gain => {
            for e in project.extractions_of(id) {
                let mut e = e.clone();
                e.gain_id = None;
                edits.push(Edit::Update(Item::Extraction(e)));
            }
        }
        ItemKind::Extraction | ItemKind::OwnPoint => {}
    }
    Some(if edits.len() == 1 {
        edits.remove(0)
    } else {
        Edit::Batch(edits)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const KINDS: [ItemKind; 6] = [
        ItemKind::PriorityArea,
        ItemKind::Measure,
        ItemKind::Service,
        ItemKind::Gain,
        ItemKind::Extraction,
        ItemKind::OwnPoint,
    ];

    fn ids(project: &Project, kind: ItemKind) -> Vec<Id> {
        match kind {
            ItemKind::PriorityArea => project.priority_areas.iter().map(|x| x.id).collect(),
            ItemKind::Measure => project.measures.iter().map(|x| x.id).collect(),
            ItemKind::Service => project.services.iter().map(|x| x.id).collect(),
            ItemKind::Gain => project.gains.iter().map(|x| x.id).collect(),
            ItemKind::Extraction => project.extractions.iter().map(|x| x.id).collect(),
            ItemKind::OwnPoint => project.own_points.iter().map(|x| x.id).collect(),
        }
    }

    /// A small project in which every kind of reference is used.
    fn linked() -> Project {
        let mut p = Project::new();
        let (area, measure, service, gain) = (
            Id::from_u128(1),
            Id::from_u128(2),
            Id::from_u128(3),
            Id::from_u128(4),
        );
        p.priority_areas.push(PriorityArea {
            id: area,
            name: "Område".into(),
            ..PriorityArea::default()
        });
        p.services.push(Service {
            id: service,
            name: "Søknad".into(),
            ..Service::default()
        });
        p.measures.push(Measure {
            id: measure,
            title: "Tiltak".into(),
            service_ids: vec![service, Id::from_u128(9)],
            ..Measure::default()
        });
        p.gains.push(Gain {
            id: gain,
            measure_id: Some(measure),
            name: "Gevinst".into(),
            ..Gain::default()
        });
        p.extractions.push(Extraction {
            id: Id::from_u128(5),
            gain_id: Some(gain),
            priority_area_id: Some(area),
            year: 2025,
            ..Extraction::default()
        });
        p.own_points.push(OwnPoint {
            id: Id::from_u128(6),
            title: "Eget krav".into(),
            ..OwnPoint::default()
        });
        p
    }

    #[test]
    fn deleting_any_item_undoes_to_the_identical_project() {
        for project in [linked(), crate::example::project()] {
            for kind in KINDS {
                for id in ids(&project, kind) {
                    let mut p = project.clone();
                    let edit = delete(&p, kind, id).expect("the item exists");
                    let inverse = edit.apply(&mut p).expect("a delete applies");
                    assert!(super::super::position(&p, kind, id).is_none());
                    inverse.apply(&mut p).expect("its inverse applies");
                    assert_eq!(p, project, "{kind:?} {id}");
                }
            }
        }
    }

    #[test]
    fn deletes_clear_every_reference() {
        let p = linked();
        let after = |kind, id: u128| {
            let mut p = p.clone();
            delete(&p, kind, Id::from_u128(id))
                .expect("exists")
                .apply(&mut p)
                .expect("applies");
            p
        };
        let q = after(ItemKind::PriorityArea, 1);
        assert!(q.priority_areas.is_empty());
        assert_eq!(q.extractions[0].priority_area_id, None);
        let q = after(ItemKind::Measure, 2);
        assert!(q.measures.is_empty());
        assert_eq!(q.gains[0].measure_id, None);
        let q = after(ItemKind::Service, 3);
        assert!(q.services.is_empty());
        assert_eq!(q.measures[0].service_ids, vec![Id::from_u128(9)]);
        let q = after(ItemKind::Gain, 4);
        assert!(q.gains.is_empty());
        assert_eq!(q.extractions[0].gain_id, None);
        let q = after(ItemKind::Extraction, 5);
        assert!(q.extractions.is_empty());
        assert_eq!(q.gains.len(), 1);
    }

    #[test]
    fn a_delete_is_one_step_and_a_plain_remove_without_references() {
        let p = linked();
        assert!(matches!(
            delete(&p, ItemKind::Measure, Id::from_u128(2)),
            Some(Edit::Batch(edits)) if edits.len() == 2
        ));
        assert_eq!(
            delete(&p, ItemKind::Extraction, Id::from_u128(5)),
            Some(Edit::Remove {
                kind: ItemKind::Extraction,
                id: Id::from_u128(5)
            })
        );
        assert_eq!(delete(&p, ItemKind::Gain, Id::from_u128(99)), None);
    }

    #[test]
    fn new_items_take_the_reports_years() {
        let mut p = Project::new();
        p.report.year = 2024;
        p.report.price_year = 2023;
        match new_item(&p, ItemKind::Measure) {
            Item::Measure(m) => assert_eq!(m.price_year, 2023),
            other => panic!("{other:?}"),
        }
        match new_item(&p, ItemKind::Gain) {
            Item::Gain(g) => assert_eq!(g.price_year, 2023),
            other => panic!("{other:?}"),
        }
        match new_item(&p, ItemKind::Extraction) {
            Item::Extraction(e) => assert_eq!(e.year, 2024),
            other => panic!("{other:?}"),
        }
        for kind in KINDS {
            let item = new_item(&p, kind);
            assert_eq!(item.kind(), kind);
            assert_eq!(item.name(), "");
        }
    }

    #[test]
    fn new_items_go_after_the_selected_one_and_undo() {
        let mut p = linked();
        p.measures.push(Measure {
            id: Id::from_u128(7),
            title: "Siste".into(),
            ..Measure::default()
        });
        let before = p.clone();
        let item = new_item(&p, ItemKind::Measure);
        let id = item.id();
        let inverse = insert_after(&p, item, Some(Id::from_u128(2)))
            .apply(&mut p)
            .expect("applies");
        assert_eq!(p.measures[1].id, id);
        inverse.apply(&mut p).expect("undoes");
        assert_eq!(p, before);
        let at_end = insert_after(&p, new_item(&p, ItemKind::Measure), None);
        assert!(matches!(at_end, Edit::Insert { index: 2, .. }));
    }

    #[test]
    fn a_duplicate_is_a_renamed_copy_with_a_new_id_after_the_original() {
        for kind in KINDS {
            let mut p = linked();
            let original = ids(&p, kind)[0];
            let before = p.clone();
            let edit = duplicate(&p, kind, original, "(kopi)").expect("exists");
            let Edit::Insert { index, item } = &edit else {
                panic!("{edit:?}");
            };
            assert_eq!(*index, 1);
            assert_ne!(item.id(), original);
            let source = super::item(&p, kind, original).expect("exists");
            if kind == ItemKind::Extraction {
                assert_eq!(item.name(), source.name());
            } else {
                assert_eq!(item.name(), format!("{} (kopi)", source.name()));
            }
            let inverse = edit.apply(&mut p).expect("applies");
            assert_eq!(ids(&p, kind).len(), 2);
            inverse.apply(&mut p).expect("undoes");
            assert_eq!(p, before);
        }
        assert_eq!(
            duplicate(&linked(), ItemKind::Gain, Id::from_u128(99), "(kopi)"),
            None
        );
    }

    #[test]
    fn ids_come_back_out_of_entity_refs() {
        let id = Id::from_u128(3);
        for kind in KINDS {
            assert_eq!(id_in(entity_ref(kind, id), kind), Some(id));
        }
        assert_eq!(id_in(EntityRef::Measure(id), ItemKind::Gain), None);
        assert_eq!(id_in(EntityRef::Report, ItemKind::Measure), None);
        assert_eq!(
            Measure::find(&linked(), Id::from_u128(2)).map(|m| m.id),
            Some(Id::from_u128(2))
        );
        assert_eq!(
            linked().gains[0].entity(),
            EntityRef::Gain(Id::from_u128(4))
        );
    }

    #[test]
    fn a_list_items_name_is_the_items_name() {
        let p = linked();
        for kind in KINDS {
            let id = ids(&p, kind)[0];
            let name = super::item(&p, kind, id).map(|i| i.name().to_owned());
            let listed = match kind {
                ItemKind::PriorityArea => ListItem::name(&p.priority_areas[0]),
                ItemKind::Measure => ListItem::name(&p.measures[0]),
                ItemKind::Service => ListItem::name(&p.services[0]),
                ItemKind::Gain => ListItem::name(&p.gains[0]),
                ItemKind::Extraction => ListItem::name(&p.extractions[0]),
                ItemKind::OwnPoint => ListItem::name(&p.own_points[0]),
            };
            assert_eq!(name.as_deref(), Some(listed));
        }
    }
}
