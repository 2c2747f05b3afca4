//! A project as the serialized text of each entity: what the merge compares.
//!
//! The same entities as [`Entities`](super::Entities), named and ordered alike, but each kept as
//! its JSON text (a span of the project serialized once) instead of a tree of values. Two
//! entities serialized from the model's types are equal exactly when their texts are (the
//! model's fields serialize in a fixed order and hold no floats or hash maps), so comparing
//! texts gives the same answers as comparing values; only entities merged field by field are
//! parsed into values.

use super::{BOOKKEEPING, list_of};
use crate::model::Project;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;

/// A project's entities as spans of its serialized text.
#[derive(Debug, Clone, Default)]
pub(super) struct Texts {
    /// The whole project serialized.
    text: String,
    /// Entity name → the span of its value in `text`.
    map: HashMap<String, Range<usize>>,
    /// The entity names in the order [`Entities`](super::Entities) gives them.
    pub(super) order: Vec<String>,
    /// The top-level fields that are lists of entities.
    pub(super) lists: Vec<String>,
    /// The bookkeeping fields (id, dates, history) with their spans.
    bookkeeping: Vec<(String, Range<usize>)>,
}

impl Texts {
    /// The entities of a project.
    pub(super) fn of(project: &Project) -> Texts {
        serde_json::to_string(project)
            .map(Texts::of_text)
            .unwrap_or_default()
    }

    /// The entities of two projects, taken apart at the same time (one on another core).
    pub(super) fn of_both(a: &Project, b: &Project) -> (Texts, Texts) {
        std::thread::scope(|scope| {
            let other = scope.spawn(|| Texts::of(b));
            let first = Texts::of(a);
            // A thread that could not finish leaves the work to this one.
            let second = other.join().unwrap_or_else(|_| Texts::of(b));
            (first, second)
        })
    }

    /// The entities of a serialized project (as `serde_json` writes it: no white space).
    fn of_text(text: String) -> Texts {
        let mut out = Texts::default();
        let Some(root) = inner(&text, 0..text.len(), b'{') else {
            out.text = text;
            return out;
        };
        let (parts, commas) = scan(&text, root);
        let members: HashMap<String, Range<usize>> = parts
            .into_iter()
            .filter_map(|part| member(&text, part))
            .collect();
        // The fields in the order a `serde_json` map of them iterates, as `Entities` sees them.
        let names: Map<String, Value> = members
            .keys()
            .map(|name| (name.clone(), Value::Null))
            .collect();
        for name in names.keys() {
            let Some(span) = members.get(name).cloned() else {
                continue;
            };
            if BOOKKEEPING.contains(&name.as_str()) {
                out.bookkeeping.push((name.clone(), span));
                continue;
            }
            let items = inner(&text, span.clone(), b'[').map(|i| split(i, &commas));
            let keyed: Option<Vec<(String, Range<usize>)>> = items.and_then(|items| {
                items
                    .into_iter()
                    .map(|item| Some((item_key(text.get(item.clone())?)?, item)))
                    .collect()
            });
            match keyed {
                Some(items) => {
                    for (key, item) in items {
                        let key = format!("{name}/{key}");
                        if !out.map.contains_key(&key) {
                            out.order.push(key.clone());
                            out.map.insert(key, item);
                        }
                    }
                    out.lists.push(name.clone());
                }
                None => {
                    out.order.push(name.clone());
                    out.map.insert(name.clone(), span);
                }
            }
        }
        out.text = text;
        out
    }

    /// The text of an entity.
    pub(super) fn get(&self, key: &str) -> Option<&str> {
        self.text.get(self.map.get(key)?.clone())
    }

    /// Whether the project has an entity of this name.
    pub(super) fn contains(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    /// The project's JSON rebuilt from these bookkeeping fields (but the history, which the merge
    /// writes itself) and the entities `text_of` gives for the names in `order`.
    pub(super) fn rebuild<'a>(
        &'a self,
        text_of: impl Fn(&str) -> Option<Cow<'a, str>>,
        order: &[String],
        lists: &[String],
    ) -> String {
        let mut root: BTreeMap<&str, Slot<'a>> = BTreeMap::new();
        for (name, span) in &self.bookkeeping {
            if let Some(v) = self.text.get(span.clone()).filter(|_| name != "history") {
                root.insert(name, Slot::One(Cow::Borrowed(v)));
            }
        }
        for list in lists {
            root.insert(list, Slot::List(Vec::new()));
        }
        for key in order {
            let Some(v) = text_of(key) else {
                continue;
            };
            if key.contains('/') && lists.iter().any(|l| l == list_of(key)) {
                if let Some(Slot::List(items)) = root.get_mut(list_of(key)) {
                    items.push(v);
                }
            } else {
                root.insert(key, Slot::One(v));
            }
        }
        let mut out = String::with_capacity(self.text.len());
        out.push('{');
        for (i, (name, slot)) in root.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&Value::String((*name).to_owned()).to_string());
            out.push(':');
            match slot {
                Slot::One(v) => out.push_str(v),
                Slot::List(items) => {
                    out.push('[');
                    for (j, item) in items.iter().enumerate() {
                        if j > 0 {
                            out.push(',');
                        }
                        out.push_str(item);
                    }
                    out.push(']');
                }
            }
        }
        out.push('}');
        out
    }
}

/// A top-level field of the rebuilt project.
enum Slot<'a> {
    /// One entity's text.
    One(Cow<'a, str>),
    /// A list's items.
    List(Vec<Cow<'a, str>>),
}

/// An entity's text parsed into a value.
pub(super) fn value(text: Option<&str>) -> Option<Value> {
    serde_json::from_str(text?).ok()
}

/// The span inside the brackets of the array (`open` `[`) or object (`{`) at `span`.
fn inner(text: &str, span: Range<usize>, open: u8) -> Option<Range<usize>> {
    let close = if open == b'[' { b']' } else { b'}' };
    let bytes = text.as_bytes().get(span.clone())?;
    if bytes.first() != Some(&open) || bytes.last() != Some(&close) || bytes.len() < 2 {
        return None;
    }
    Some(span.start.checked_add(1)?..span.end.checked_sub(1)?)
}

/// The spans of the members or items in `span` (the inside of an object or array), split at
/// the commas outside strings and nested values, and the places of the commas one level down
/// (those between the items of a member's list): one pass over the text.
fn scan(text: &str, span: Range<usize>) -> (Vec<Range<usize>>, Vec<usize>) {
    let (mut out, mut commas) = (Vec::new(), Vec::new());
    let Some(bytes) = text.as_bytes().get(span.clone()).filter(|b| !b.is_empty()) else {
        return (out, commas);
    };
    let (mut depth, mut start, mut at) = (0usize, 0usize, 0usize);
    while let Some(b) = bytes.get(at) {
        match b {
            b'"' => {
                at = string_end(bytes, at.saturating_add(1));
                continue;
            }
            b'{' | b'[' => depth = depth.saturating_add(1),
            b'}' | b']' => depth = depth.saturating_sub(1),
            b',' if depth == 0 => {
                out.push(span.start.saturating_add(start)..span.start.saturating_add(at));
                start = at.saturating_add(1);
            }
            b',' if depth == 1 => commas.push(span.start.saturating_add(at)),
            _ => {}
        }
        at = at.saturating_add(1);
    }
    out.push(span.start.saturating_add(start)..span.end);
    (out, commas)
}

/// The items of a list whose inside is `span`, split at those of `commas` (in order) in it.
fn split(span: Range<usize>, commas: &[usize]) -> Vec<Range<usize>> {
    if span.is_empty() {
        return Vec::new();
    }
    let from = commas.partition_point(|c| *c < span.start);
    let to = commas.partition_point(|c| *c < span.end);
    let mut out = Vec::new();
    let mut start = span.start;
    for comma in commas.get(from..to).unwrap_or_default() {
        out.push(start..*comma);
        start = comma.saturating_add(1);
    }
    out.push(start..span.end);
    out
}

/// The index just after the closing quote of the string whose characters start at `from`.
fn string_end(bytes: &[u8], mut from: usize) -> usize {
    while let Some(rest) = bytes.get(from..) {
        let Some(found) = memchr::memchr2(b'"', b'\\', rest) else {
            break;
        };
        let at = from.saturating_add(found);
        if bytes.get(at) == Some(&b'"') {
            return at.saturating_add(1);
        }
        // A backslash: skip it and the character it escapes.
        from = at.saturating_add(2);
    }
    bytes.len()
}

/// An object member's name and the span of its value.
fn member(text: &str, span: Range<usize>) -> Option<(String, Range<usize>)> {
    let bytes = text.as_bytes().get(span.clone())?;
    if bytes.first() != Some(&b'"') {
        return None;
    }
    let colon = string_end(bytes, 1);
    if bytes.get(colon) != Some(&b':') {
        return None;
    }
    let name_end = span.start.checked_add(colon)?;
    let name: String = serde_json::from_str(text.get(span.start..name_end)?).ok()?;
    Some((name, name_end.checked_add(1)?..span.end))
}

/// The key of a list item: its `id`, or a checklist item's `point` (as
/// [`item_key`](super::item_key) finds it in a value).
fn item_key(item: &str) -> Option<String> {
    // Most items start with their id; a serialized struct has each member once, so that is
    // the key. The rest are read member by member.
    if let Some(rest) = item.strip_prefix(r#"{"id":""#)
        && let Some(end) = memchr::memchr2(b'"', b'\\', rest.as_bytes())
        && rest.as_bytes().get(end) == Some(&b'"')
    {
        return rest.get(..end).map(str::to_owned);
    }
    if !item.starts_with('{') {
        return None;
    }
    let mut de = serde_json::Deserializer::from_str(item);
    de.deserialize_map(KeyVisitor).ok().flatten()
}

/// Reads an object's `id` and `point` members, skipping the rest.
struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut id, mut point) = (None::<Value>, None::<Value>);
        while let Some(name) = map.next_key::<Name>()? {
            match name {
                Name::Id => id = Some(map.next_value()?),
                Name::Point => point = Some(map.next_value()?),
                Name::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(match id.or(point) {
            Some(Value::String(key)) => Some(key),
            _ => None,
        })
    }
}

/// A member's name as [`KeyVisitor`] needs it, read without copying.
enum Name {
    /// `id`.
    Id,
    /// `point`.
    Point,
    /// Any other.
    Other,
}

impl<'de> serde::Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(NameVisitor)
    }
}

/// Reads a [`Name`].
struct NameVisitor;

impl Visitor<'_> for NameVisitor {
    type Value = Name;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<Name, E> {
        Ok(match name {
            "id" => Name::Id,
            "point" => Name::Point,
            _ => Name::Other,
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;
    use crate::compare::Entities;
    use crate::example;
    use proptest::prelude::*;

    /// The example with titles and names that stress the scanner (quotes, backslashes, commas,
    /// brackets, any characters), some measures removed and, when `dup`, one measure twice.
    fn edited(titles: &[String], drop: usize, dup: bool) -> Project {
        let mut p = example::project();
        for (m, t) in p.measures.iter_mut().zip(titles) {
            m.title.clone_from(t);
        }
        for (s, t) in p.services.iter_mut().zip(titles.iter().rev()) {
            s.name.clone_from(t);
        }
        if let Some(a) = titles.first() {
            p.agency.name.clone_from(a);
        }
        p.measures.truncate(p.measures.len().saturating_sub(drop));
        if dup && let Some(m) = p.measures.first().cloned() {
            p.measures.push(m);
        }
        crate::compare::stamp_revision(&mut p, None);
        p
    }

    fn titles() -> impl Strategy<Value = Vec<String>> {
        proptest::collection::vec(r#"(?s)[\\",\[\]{}:a]{0,6}|.{0,8}"#, 0..6)
    }

    /// The texts name, order and hold the same entities as the values.
    fn same_as_values(p: &Project) {
        let (texts, values) = (Texts::of(p), Entities::of(p));
        assert_eq!(texts.order, values.order);
        assert_eq!(texts.lists, values.lists);
        assert_eq!(texts.map.len(), values.map.len());
        for key in &values.order {
            assert_eq!(value(texts.get(key)).as_ref(), values.get(key), "{key}");
        }
        let bookkeeping: Vec<&String> = texts.bookkeeping.iter().map(|(n, _)| n).collect();
        assert_eq!(bookkeeping, values.bookkeeping.keys().collect::<Vec<_>>());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        #[test]
        fn texts_are_the_entities_values(
            titles in titles(), drop in 0usize..3, dup in any::<bool>()
        ) {
            same_as_values(&edited(&titles, drop, dup));
        }

        #[test]
        fn texts_are_equal_when_values_are_and_diff_alike(
            a in titles(), b in titles(), drop in 0usize..2
        ) {
            let (pa, pb) = (edited(&a, drop, false), edited(&b, 0, false));
            let (ta, tb) = (Texts::of(&pa), Texts::of(&pb));
            let (va, vb) = (Entities::of(&pa), Entities::of(&pb));
            for key in va.order.iter().chain(&vb.order) {
                prop_assert_eq!(ta.get(key) == tb.get(key), va.get(key) == vb.get(key), "{}", key);
            }
            // The diff compares texts; the same diff as of the values.
            prop_assert_eq!(crate::compare::diff(&pa, &pb), crate::compare::diff_entities(&va, &vb));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]

        /// Measures changed in my copy and services in theirs: the merge, rebuilt from the
        /// texts, has both and the rest as it was.
        #[test]
        fn one_sided_changes_merge_through_the_texts(a in titles(), b in titles()) {
            let mut base = example::project();
            crate::compare::stamp_revision(&mut base, None);
            let mut mine = base.clone();
            for (m, t) in mine.measures.iter_mut().zip(&a) {
                m.title.clone_from(t);
            }
            crate::compare::stamp_revision(&mut mine, Some(&base));
            let mut theirs = base.clone();
            for (s, t) in theirs.services.iter_mut().zip(&b) {
                s.name.clone_from(t);
            }
            crate::compare::stamp_revision(&mut theirs, Some(&base));
            let m = crate::compare::merge(&mine, &theirs, None, false).unwrap();
            prop_assert!(m.conflicts.is_empty());
            let merged = m.resolve_all(crate::compare::Side::Mine).unwrap();
            prop_assert_eq!(&merged.measures, &mine.measures);
            prop_assert_eq!(&merged.services, &theirs.services);
            let rest = |p: &Project| Project {
                measures: Vec::new(),
                services: Vec::new(),
                history: Default::default(),
                modified: base.modified,
                ..p.clone()
            };
            prop_assert_eq!(rest(&merged), rest(&base));
        }
    }

    #[test]
    fn the_rebuilt_text_is_the_project_without_its_history() {
        let p = example::large();
        let texts = Texts::of(&p);
        let text = texts.rebuild(
            |k| texts.get(k).map(Cow::Borrowed),
            &texts.order,
            &texts.lists,
        );
        let rebuilt: Project = serde_json::from_str(&text).unwrap();
        assert_eq!(
            rebuilt,
            Project {
                history: Default::default(),
                ..p
            }
        );
    }
}
