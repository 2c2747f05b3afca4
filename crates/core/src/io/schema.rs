//! The JSON Schema of the project file, generated from the model's types
//! (committed as `docs/project.schema.json`), and the pruning of newer files against it.

use crate::model::Project;
use serde_json::{Map, Value};
use std::sync::LazyLock;

/// Fields whose default depends on the clock or is random (ids, timestamps, the current year):
/// their `default` is left out so that the schema is the same on every machine and every day.
const CHANGING_DEFAULTS: [&str; 7] = [
    "id",
    "created",
    "modified",
    "year",
    "price_year",
    "report",
    "saved",
];

fn remove_changing_defaults(v: &mut Value) {
    match v {
        Value::Object(obj) => {
            if let Some(Value::Object(props)) = obj.get_mut("properties") {
                for (name, prop) in props.iter_mut() {
                    if CHANGING_DEFAULTS.contains(&name.as_str())
                        && let Some(p) = prop.as_object_mut()
                    {
                        p.remove("default");
                    }
                }
            }
            obj.values_mut().for_each(remove_changing_defaults);
        }
        Value::Array(items) => items.iter_mut().for_each(remove_changing_defaults),
        _ => {}
    }
}

static SCHEMA: LazyLock<Value> = LazyLock::new(|| {
    let mut v = schemars::schema_for!(Project).as_value().clone();
    remove_changing_defaults(&mut v);
    v
});

/// The JSON Schema (draft 2020-12) of a project file.
pub fn json_schema() -> &'static Value {
    &SCHEMA
}

/// The JSON Schema as pretty-printed text with a final newline, exactly as committed in
/// `docs/project.schema.json` and printed by `gevinst schema`.
pub fn json_schema_text() -> String {
    format!("{:#}\n", json_schema())
}

/// Whether a pruned value may stay.
enum Verdict {
    Keep,
    Drop,
}

struct Pruner<'a> {
    defs: Option<&'a Map<String, Value>>,
    dropped: Vec<String>,
}

impl<'a> Pruner<'a> {
    /// Follow `$ref`s to the schema that describes the value.
    fn resolve(&self, mut s: &'a Value) -> &'a Value {
        for _ in 0..16 {
            let Some(r) = s.get("$ref").and_then(Value::as_str) else {
                break;
            };
            let Some(def) = r
                .strip_prefix("#/$defs/")
                .and_then(|name| self.defs?.get(name))
            else {
                break;
            };
            s = def;
        }
        s
    }

    fn prune(&mut self, v: &mut Value, schema: &'a Value, path: &str) -> Verdict {
        let s = self.resolve(schema);
        if v.is_null() {
            return Verdict::Keep;
        }
        if let Some(alts) = s.get("anyOf").and_then(Value::as_array) {
            // `Option<T>`: the alternative that is not `null`.
            if let Some(alt) = alts
                .iter()
                .find(|a| a.get("type") != Some(&Value::from("null")))
            {
                return self.prune(v, alt, path);
            }
        }
        if let Some(alts) = s.get("oneOf").and_then(Value::as_array) {
            let consts: Option<Vec<&Value>> = alts.iter().map(|a| a.get("const")).collect();
            if let Some(consts) = consts {
                return if consts.contains(&&*v) {
                    Verdict::Keep
                } else {
                    Verdict::Drop
                };
            }
        }
        if let (Some(props), Value::Object(obj)) =
            (s.get("properties").and_then(Value::as_object), &mut *v)
        {
            let required: Vec<&str> = s
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let keys: Vec<String> = obj.keys().cloned().collect();
            for key in keys {
                let child_path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                let verdict = match (props.get(&key), obj.get_mut(&key)) {
                    (Some(ps), Some(child)) => self.prune(child, ps, &child_path),
                    _ => Verdict::Drop,
                };
                if let Verdict::Drop = verdict {
                    if required.contains(&key.as_str()) {
                        return Verdict::Drop;
                    }
                    obj.remove(&key);
                    self.dropped.push(child_path);
                }
            }
        }
        if let (Some(items), Value::Array(list)) = (s.get("items"), &mut *v) {
            let mut kept = Vec::with_capacity(list.len());
            for (index, mut child) in std::mem::take(list).into_iter().enumerate() {
                let child_path = format!("{path}[{index}]");
                match self.prune(&mut child, items, &child_path) {
                    Verdict::Keep => kept.push(child),
                    Verdict::Drop => self.dropped.push(child_path),
                }
            }
            *list = kept;
        }
        Verdict::Keep
    }
}

/// Remove from `value` every field the schema does not know and every value outside an
/// enumeration (a list element whose required field is unknown goes whole). Returns the paths
/// of what was removed, in the file's terms (`measures[3].risk`).
pub fn prune_to_schema(value: &mut Value) -> Vec<String> {
    let schema = json_schema();
    let mut p = Pruner {
        defs: schema.get("$defs").and_then(Value::as_object),
        dropped: Vec::new(),
    };
    p.prune(value, schema, "");
    p.dropped
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn schema_has_no_changing_defaults() {
        let text = json_schema_text();
        assert!(!text.contains(&crate::model::this_year().to_string()));
        assert!(
            text.contains("\"default\": \"1695\""),
            "stable defaults stay"
        );
    }

    #[test]
    fn pruning_drops_unknown_fields_and_values() {
        let mut v = json!({
            "schema_version": 2,
            "new_top": { "a": 1 },
            "agency": { "name": "X", "logo": "…" },
            "measures": [
                { "title": "A", "status": "cancelled", "risk": "high" },
                { "title": "B", "status": "planned", "investment": "10.00" }
            ],
            "services": [{ "reusable_information": ["krr", "a_new_register"] }],
            "checklist": [{ "point": "3.1", "status": "fulfilled" }, { "point": "1.1" }]
        });
        let mut dropped = prune_to_schema(&mut v);
        dropped.sort();
        assert_eq!(
            dropped,
            vec![
                "agency.logo",
                "checklist[0]",
                "measures[0].risk",
                "measures[0].status",
                "new_top",
                "services[0].reusable_information[1]",
            ]
        );
        assert_eq!(v["measures"][1]["investment"], "10.00");
        assert_eq!(v["services"][0]["reusable_information"], json!(["krr"]));
        assert_eq!(v["checklist"], json!([{ "point": "1.1" }]));
    }
}
