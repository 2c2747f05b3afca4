//! Converting files of older schema versions to the current one, step by step through
//! `serde_json::Value`. Each step is lenient: what it does not recognise it leaves alone, and the
//! final deserialization reports it with its path.
//!
//! The versions are described in `docs/file-format.md`.

use crate::model::{ChecklistPoint, Money, SCHEMA_VERSION};
use rust_decimal::Decimal;
use serde_json::{Map, Value, json};

/// One step: converts a file of version `n` to version `n + 1`, in place.
type Step = fn(&mut Value);

/// The steps, indexed by the version they convert from.
const STEPS: [Step; SCHEMA_VERSION as usize] = [migrate_v0_to_v1, migrate_v1_to_v2];

/// Convert `value` from schema version `from` to [`SCHEMA_VERSION`]. Versions at or above the
/// current one are left as they are.
pub fn migrate(value: &mut Value, from: u32) {
    for step in STEPS.iter().skip(from as usize) {
        step(value);
    }
    if let Some(obj) = value.as_object_mut() {
        obj.insert("schema_version".into(), json!(SCHEMA_VERSION));
    }
}

/// Version 0 (the pre-release draft) → version 1:
/// - `agency.orgnr` is renamed `agency.org_number`;
/// - the checklist, an object keyed by point number (`{"1.1": {"status": …}}`), becomes a list of
///   items with a `point` field, in the circular's order, with missing points added unanswered;
/// - amounts, JSON numbers of kroner (`1250000.5`), become decimal strings (`"1250000.50"`).
pub fn migrate_v0_to_v1(value: &mut Value) {
    let Some(root) = value.as_object_mut() else {
        return;
    };
    if let Some(agency) = root.get_mut("agency").and_then(Value::as_object_mut)
        && let Some(orgnr) = agency.remove("orgnr")
    {
        agency.entry("org_number").or_insert(orgnr);
    }
    if let Some(Value::Object(points)) = root.remove("checklist") {
        root.insert("checklist".into(), checklist_v0_to_v1(points));
    }
    if let Some(settings) = root.get_mut("settings").and_then(Value::as_object_mut) {
        amounts_to_text(settings, &["cost_per_fte", "ks_threshold"]);
    }
    for_each_object(root, "measures", |m| {
        amounts_to_text(m, &["investment", "annual_operating_cost"]);
    });
    for_each_object(root, "gains", |g| {
        for_each_object(g, "years", |y| {
            amounts_to_text(y, &["planned_nok", "realised_nok"]);
        });
    });
    for_each_object(root, "extractions", |e| amounts_to_text(e, &["amount_nok"]));
}

/// Version 1 → version 2: the file gains a `history` (revisions and which revision last changed
/// each entity). A version-1 file has none: its history starts empty, and the first save records
/// the first revision. Nothing else changes.
pub fn migrate_v1_to_v2(value: &mut Value) {
    if let Some(root) = value.as_object_mut() {
        root.remove("history");
    }
}

fn for_each_object(
    obj: &mut Map<String, Value>,
    list: &str,
    mut f: impl FnMut(&mut Map<String, Value>),
) {
    if let Some(items) = obj.get_mut(list).and_then(Value::as_array_mut) {
        for item in items.iter_mut().filter_map(Value::as_object_mut) {
            f(item);
        }
    }
}

/// JSON numbers of kroner in the named fields → canonical amount strings. A number that is not an
/// exact amount (more than two decimals, too large) becomes its text, which the loader then
/// reports with the field's path.
fn amounts_to_text(obj: &mut Map<String, Value>, fields: &[&str]) {
    for field in fields {
        if let Some(v) = obj.get_mut(*field)
            && let Value::Number(n) = v
        {
            let text = n.to_string();
            let exact = Decimal::from_str_exact(&text)
                .or_else(|_| Decimal::from_scientific(&text))
                .ok()
                .filter(|d| d.normalize().scale() <= 2)
                .and_then(Money::from_decimal);
            *v = Value::String(exact.map_or(text, |m| m.to_string()));
        }
    }
}

fn checklist_v0_to_v1(points: Map<String, Value>) -> Value {
    let mut known: Vec<(usize, Value)> = Vec::new();
    let mut unknown: Vec<Value> = Vec::new();
    for (number, answer) in points {
        let mut item = match answer {
            Value::Object(o) => o,
            Value::String(status) => {
                let mut o = Map::new();
                o.insert("status".into(), Value::String(status));
                o
            }
            other => {
                let mut o = Map::new();
                o.insert("status".into(), other);
                o
            }
        };
        item.insert("point".into(), Value::String(number.clone()));
        let order = ChecklistPoint::ALL
            .iter()
            .position(|p| p.number() == number);
        match order {
            Some(i) => known.push((i, Value::Object(item))),
            None => unknown.push(Value::Object(item)),
        }
    }
    for (i, p) in ChecklistPoint::ALL.iter().enumerate() {
        if !known.iter().any(|(k, _)| *k == i) {
            known.push((i, json!({ "point": p.number() })));
        }
    }
    known.sort_by_key(|(i, _)| *i);
    let mut list: Vec<Value> = known.into_iter().map(|(_, v)| v).collect();
    list.extend(unknown);
    Value::Array(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v0_to_v1_renames_reshapes_and_converts() {
        let mut v = json!({
            "schema_version": 0,
            "agency": { "name": "X", "orgnr": "974760673" },
            "settings": { "cost_per_fte": 950000 },
            "measures": [{ "investment": 1250000.5, "annual_operating_cost": 10.125 }],
            "gains": [{ "years": [{ "year": 2025, "planned_nok": 100, "realised_nok": 1e3 }] }],
            "extractions": [{ "amount_nok": 42 }],
            "checklist": { "1.10": { "status": "fulfilled" }, "1.2": "partly", "9.9": {} }
        });
        migrate(&mut v, 0);
        assert_eq!(v["schema_version"], SCHEMA_VERSION);
        assert_eq!(v["agency"]["org_number"], "974760673");
        assert!(v["agency"].get("orgnr").is_none());
        assert_eq!(v["settings"]["cost_per_fte"], "950000.00");
        assert_eq!(v["measures"][0]["investment"], "1250000.50");
        assert_eq!(v["measures"][0]["annual_operating_cost"], "10.125");
        assert_eq!(v["gains"][0]["years"][0]["planned_nok"], "100.00");
        assert_eq!(v["gains"][0]["years"][0]["realised_nok"], "1000.00");
        assert_eq!(v["extractions"][0]["amount_nok"], "42.00");
        let list = v["checklist"].as_array().unwrap();
        assert_eq!(list.len(), 15, "14 points plus the unknown one at the end");
        assert_eq!(list[1], json!({ "point": "1.2", "status": "partly" }));
        assert_eq!(list[10], json!({ "point": "1.10", "status": "fulfilled" }));
        assert_eq!(list[0], json!({ "point": "1.1" }));
        assert_eq!(list[14]["point"], "9.9");
    }

    #[test]
    fn current_and_odd_shapes_are_left_alone() {
        let mut v = json!([1, 2]);
        migrate(&mut v, 0);
        assert_eq!(v, json!([1, 2]));
        let mut v = json!({ "schema_version": 2, "agency": { "orgnr": "1" } });
        migrate(&mut v, 2);
        assert_eq!(
            v["agency"]["orgnr"], "1",
            "no step runs for the current version"
        );
    }

    #[test]
    fn v1_to_v2_starts_an_empty_history() {
        let mut v = json!({ "schema_version": 1, "agency": { "name": "X" } });
        migrate(&mut v, 1);
        assert_eq!(v["schema_version"], 2);
        assert!(v.get("history").is_none());
        assert_eq!(v["agency"]["name"], "X");
    }
}
