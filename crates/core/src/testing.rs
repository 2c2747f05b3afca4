//! Test support, behind the `testing` feature: a seeded mutator of project files for the fuzz
//! harness (`crates/report/tests/fuzz_mutations.rs`), the app's kittest over mutated files and
//! the `cargo fuzz` targets in `fuzz/`, and LibreOffice as a real reader ([`office`]). Not part
//! of the program's work on a user's files.
//!
//! [`mutate`] takes a project as JSON and changes it structurally and numerically, the way a
//! colleague's hand edit or another program might: numbers to extremes, strings to huge or odd
//! Unicode, entries duplicated or removed, references dangling, years far apart. The same seed
//! always gives the same file.

pub mod office;

use serde_json::{Map, Value};

/// A small, fast, seeded generator (SplitMix64): reproducible on every machine.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        let n = u64::try_from(n).unwrap_or(u64::MAX);
        usize::try_from(self.next_u64().checked_rem(n).unwrap_or(0)).unwrap_or(0)
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }
}

/// Decimal numbers as the file writes them (strings), at and beyond every bound.
const NUMBER_TEXTS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "-100",
    "-99.99",
    "100",
    "1000",
    "8784",
    "10000000",
    "10000001",
    "100000",
    "-100000",
    "0.0001",
    "0.0000000001",
    "0.0000000000000000000000000001",
    "1000000000",
    "100000000000000000",
    "1000000000000000",
    "-1000000000000000",
    "79228162514264337593543950335",
    "-79228162514264337593543950335",
    "99999999999999999999999999999999",
    "1e30",
    "NaN",
    "",
    "12,5",
    "10000000000000.00",
    "-10000000000000.00",
    "9999999999999.99",
    "0.01",
];

/// Years and other whole numbers at the edges.
const INTEGERS: &[i64] = &[
    0,
    1,
    -1,
    1900,
    2026,
    2100,
    9999,
    10000,
    -262_144,
    262_143,
    i32::MAX as i64,
    i32::MIN as i64,
    u32::MAX as i64,
    i64::MAX,
    i64::MIN,
    200,
    201,
];

/// Odd strings: control characters, bidirectional marks, combining marks, emoji, surrogates'
/// neighbours, and markup a PDF or a template might trip on.
const ODD_STRINGS: &[&str] = &[
    "",
    " ",
    "\u{0}",
    "\u{7}\u{1b}[31m",
    "\u{202e}tekst baklengs\u{202c}",
    "\u{200b}\u{200d}\u{feff}",
    "a\u{30a}\u{301}\u{302}\u{303}\u{304}",
    "🚀📈👨‍👩‍👧‍👦🏳️‍🌈",
    "مرحبا بالعالم",
    "你好，世界",
    "\u{fffd}\u{ffff}\u{10ffff}",
    "\t\r\n\r\n\n\n",
    "{year} {name} {count, plural, one {#} other {#}}",
    "%PDF-1.7 ) ( \\ /Type /Page",
    "ÆØÅ æøå «»–—…",
    "0000-00-00",
    "2026-02-30",
    "+262142-12-31",
    "-0001-01-01",
    "9999-12-31",
    "not-a-uuid",
    "00000000-0000-0000-0000-000000000000",
];

/// A place in a JSON value: object keys and array indices from the root.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn paths(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                here.push(Step::Key(k.clone()));
                paths(child, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                here.push(Step::Index(i));
                paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(v: &'a mut Value, path: &[Step]) -> Option<&'a mut Value> {
    let mut cur = v;
    for step in path {
        cur = match (step, cur) {
            (Step::Key(k), Value::Object(m)) => m.get_mut(k)?,
            (Step::Index(i), Value::Array(a)) => a.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(cur)
}

fn last_key(path: &[Step]) -> &str {
    path.iter()
        .rev()
        .find_map(|s| match s {
            Step::Key(k) => Some(k.as_str()),
            Step::Index(_) => None,
        })
        .unwrap_or("")
}

/// Every id in the file, to make references point at the wrong kind of entity.
fn ids(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                if let (true, Value::String(s)) = (k == "id", child) {
                    out.push(s.clone());
                }
                ids(child, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|c| ids(c, out)),
        _ => {}
    }
}

fn huge_string(rng: &mut Rng) -> String {
    let unit = *rng
        .pick(&["x", "ø", "a\u{30a}", "🚀", "Ord ", "\n", "lang\u{ad}ord"])
        .unwrap_or(&"x");
    let n = *rng.pick(&[1_000usize, 10_000, 100_000]).unwrap_or(&1_000);
    unit.repeat(n)
}

fn extreme_number(rng: &mut Rng, was_string: bool) -> Value {
    if was_string || rng.below(3) == 0 {
        Value::String((*rng.pick(NUMBER_TEXTS).unwrap_or(&"0")).to_owned())
    } else if rng.below(4) == 0 {
        serde_json::Number::from_f64(*rng.pick(&[1e300, -1e300, 0.5, 1e-300]).unwrap_or(&0.5))
            .map_or(Value::Null, Value::Number)
    } else {
        Value::from(*rng.pick(INTEGERS).unwrap_or(&0))
    }
}

fn looks_numeric(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        && s.bytes().any(|b| b.is_ascii_digit())
}

/// One change at a random place of `v`.
fn mutate_once(v: &mut Value, rng: &mut Rng, all: &[Vec<Step>], id_pool: &[String]) {
    let Some(path) = rng.pick(all) else {
        return;
    };
    let key = last_key(path).to_owned();
    let Some(node) = at_mut(v, path) else {
        return;
    };
    let is_id_ref = key.ends_with("_id") || key == "id";
    let is_year = key.contains("year");
    match node {
        Value::String(s) if is_id_ref => {
            *s = match rng.below(3) {
                0 => "6f9619ff-8b86-d011-b42d-00cf4fc964ff".to_owned(),
                1 => rng.pick(id_pool).cloned().unwrap_or_default(),
                _ => (*rng.pick(ODD_STRINGS).unwrap_or(&"")).to_owned(),
            };
        }
        Value::String(s) if looks_numeric(s) => {
            *node = extreme_number(rng, true);
        }
        Value::String(s) => {
            *s = match rng.below(4) {
                0 => huge_string(rng),
                1 => format!("{s}{}", rng.pick(ODD_STRINGS).unwrap_or(&"")),
                _ => (*rng.pick(ODD_STRINGS).unwrap_or(&"")).to_owned(),
            };
        }
        Value::Number(_) if is_year => {
            *node = Value::from(*rng.pick(INTEGERS).unwrap_or(&0));
        }
        Value::Number(_) => *node = extreme_number(rng, false),
        Value::Null if is_id_ref => {
            *node = Value::String(rng.pick(id_pool).cloned().unwrap_or_default());
        }
        Value::Null => {
            *node = if rng.below(2) == 0 {
                extreme_number(rng, true)
            } else {
                Value::String((*rng.pick(ODD_STRINGS).unwrap_or(&"")).to_owned())
            };
        }
        Value::Bool(b) => *b = !*b,
        Value::Array(items) => mutate_array(items, rng),
        Value::Object(map) => mutate_object(map, rng),
    }
}

fn mutate_array(items: &mut Vec<Value>, rng: &mut Rng) {
    let n = items.len();
    match rng.below(5) {
        0 | 1 if n > 0 => {
            // Duplicate an entry (same id: duplicate ids), a few times.
            let i = rng.below(n);
            let copies = rng.below(3).saturating_add(1);
            for _ in 0..copies {
                if let Some(e) = items.get(i).cloned() {
                    items.insert(i, e);
                }
            }
        }
        2 if n > 0 => {
            items.remove(rng.below(n));
        }
        3 => items.reverse(),
        _ => {
            if rng.below(4) == 0 {
                items.clear();
            } else if let Some(e) = items.first().cloned() {
                items.push(e);
            }
        }
    }
}

fn mutate_object(map: &mut Map<String, Value>, rng: &mut Rng) {
    let keys: Vec<String> = map.keys().cloned().collect();
    let Some(k) = rng.pick(&keys).cloned() else {
        return;
    };
    if k == "schema_version" {
        return;
    }
    if rng.below(2) == 0 {
        map.remove(&k);
    } else {
        map.insert(k, Value::Null);
    }
}

/// Years far apart: every `year`-like number of the file moved to one of two distant years.
fn years_far_apart(v: &mut Value, rng: &mut Rng) {
    let a = *rng.pick(INTEGERS).unwrap_or(&1);
    let b = *rng.pick(INTEGERS).unwrap_or(&9999);
    fn walk(v: &mut Value, a: i64, b: i64, flip: &mut bool) {
        match v {
            Value::Object(m) => {
                for (k, child) in m.iter_mut() {
                    if k.contains("year") && child.is_number() {
                        *flip = !*flip;
                        *child = Value::from(if *flip { a } else { b });
                    } else {
                        walk(child, a, b, flip);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|c| walk(c, a, b, flip)),
            _ => {}
        }
    }
    walk(v, a, b, &mut false);
}

/// A mutated copy of the project `base` (a parsed project file). One to three changes, chosen
/// by `seed`; the same seed gives the same file.
pub fn mutate(base: &Value, seed: u64) -> Value {
    let mut rng = Rng::new(seed);
    let mut v = base.clone();
    let mut id_pool = Vec::new();
    ids(&v, &mut id_pool);
    let rounds = rng.below(3).saturating_add(1);
    let mut all = Vec::new();
    paths(&v, &mut Vec::new(), &mut all);
    for _ in 0..rounds {
        if rng.below(12) == 0 {
            years_far_apart(&mut v, &mut rng);
        } else {
            mutate_once(&mut v, &mut rng, &all, &id_pool);
        }
        if rng.below(3) == 0 {
            // The structure changed: find the places again.
            all.clear();
            paths(&v, &mut Vec::new(), &mut all);
        }
    }
    v
}

/// [`mutate`] as the bytes of a project file.
pub fn mutate_bytes(base: &Value, seed: u64) -> Vec<u8> {
    serde_json::to_vec_pretty(&mutate(base, seed)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_file() {
        let base: Value = serde_json::from_str(crate::example::EXAMPLE_JSON).unwrap();
        for seed in 0..50 {
            assert_eq!(mutate(&base, seed), mutate(&base, seed));
        }
        let changed = (0..50).filter(|&s| mutate(&base, s) != base).count();
        assert!(changed > 40, "{changed}");
    }
}
