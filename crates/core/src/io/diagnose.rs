//! Turning the parser's English errors into [`LoadError`]s that say what is wrong and where.

use super::error::{DataProblem, Found, LoadError, SyntaxProblem, ValueKind};
use crate::model::MoneyError;
use serde_json::Value;

/// Line and column (both from 1) of a byte offset; the column counts characters.
pub(super) fn line_column(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    // Counts of a slice's bytes, and a position inside it: none can reach usize::MAX.
    let line = before
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        .saturating_add(1);
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i.saturating_add(1));
    let column = before[line_start..]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count()
        .saturating_add(1);
    (line, column)
}

/// The parser's text without its " at line L column C" tail.
fn bare_message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    if e.line() == 0 {
        return s;
    }
    let tail = format!(" at line {} column {}", e.line(), e.column());
    match s.strip_suffix(&tail) {
        Some(head) => head.to_owned(),
        None => s,
    }
}

/// A syntax error (category `Syntax` or `Eof`) as a [`LoadError`].
pub(super) fn syntax_error(file: &str, e: &serde_json::Error) -> LoadError {
    let msg = bare_message(e);
    let problem = if e.classify() == serde_json::error::Category::Eof {
        SyntaxProblem::Truncated
    } else {
        match msg.as_str() {
            "trailing characters" => SyntaxProblem::TrailingCharacters,
            "recursion limit exceeded" => SyntaxProblem::TooDeep,
            "expected value" => SyntaxProblem::ExpectedValue,
            "expected `:`" => SyntaxProblem::ExpectedColon,
            "expected `,` or `}`" => SyntaxProblem::ExpectedCommaOrBrace,
            "expected `,` or `]`" => SyntaxProblem::ExpectedCommaOrBracket,
            "key must be a string" => SyntaxProblem::KeyMustBeString,
            "trailing comma" => SyntaxProblem::TrailingComma,
            "invalid escape" => SyntaxProblem::InvalidEscape,
            "invalid number" => SyntaxProblem::InvalidNumber,
            "number out of range" => SyntaxProblem::NumberOutOfRange,
            "expected ident" => SyntaxProblem::ExpectedIdent,
            m if m.starts_with("control character") => SyntaxProblem::ControlCharacter,
            m if m.contains("unicode code point")
                || m.contains("surrogate")
                || m.contains("hex escape") =>
            {
                SyntaxProblem::InvalidUnicode
            }
            _ => SyntaxProblem::Other(msg),
        }
    };
    LoadError::Syntax {
        file: file.to_owned(),
        line: e.line().max(1),
        column: e.column().max(1),
        problem,
    }
}

/// The words between backticks in a serde message: "expected one of `a`, `b`" → `[a, b]`.
fn backticked(s: &str) -> Vec<String> {
    s.split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, w)| w.to_owned())
        .collect()
}

/// Edit distance between two short words, for "did you mean".
// Indices and lengths of two in-memory words, and distances bounded by their lengths:
// `+ 1` cannot overflow.
#[allow(clippy::arithmetic_side_effects)]
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The known name closest to a mistyped one, if it is close enough to be a typo.
pub(super) fn suggest(typo: &str, known: &[String]) -> Option<String> {
    let lower = typo.to_lowercase();
    known
        .iter()
        .map(|k| (distance(&lower, k), k))
        .filter(|(d, k)| {
            let len = k.chars().count();
            *d < len && *d <= (len / 3).max(2)
        })
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.clone())
}

/// The kind serde's "expected …" text stands for.
fn expected_kind(exp: &str, last_field: &str) -> Option<ValueKind> {
    let exp = exp.trim();
    Some(match exp {
        "a string" => ValueKind::Text,
        "u8" | "u16" | "u32" | "u64" | "usize" => ValueKind::NonNegativeInteger,
        "i8" | "i16" | "i32" | "i64" | "isize" => ValueKind::Integer,
        "f32" | "f64" => ValueKind::Number,
        "a boolean" => ValueKind::Bool,
        "a sequence" => ValueKind::List,
        "a map" => ValueKind::Object,
        "a UUID string" => ValueKind::Id,
        "a Decimal type representing a fixed-point number" => ValueKind::Decimal,
        "a formatted date string" => ValueKind::Date,
        _ if exp.starts_with("struct ") => ValueKind::Object,
        _ if exp.starts_with("enum ") || exp.contains("variant") => ValueKind::Choice,
        _ if exp.contains("amount in kroner") => ValueKind::Money,
        _ if exp.contains("date and time") => ValueKind::Timestamp,
        _ if exp.contains("date") && is_timestamp_field(last_field) => ValueKind::Timestamp,
        _ if exp.contains("date") => ValueKind::Date,
        _ => return None,
    })
}

fn is_timestamp_field(field: &str) -> bool {
    matches!(field, "created" | "modified")
}

/// serde's description of an unexpected value ("string \"x\"", "integer `5`", "map") as a [`Found`].
fn found_from(unexp: &str) -> Found {
    let unexp = unexp.trim();
    if let Some(rest) = unexp.strip_prefix("string ") {
        let inner = rest.trim_matches('"');
        return Found::Text(inner.replace("\\\"", "\""));
    }
    for prefix in ["integer ", "floating point "] {
        if let Some(rest) = unexp.strip_prefix(prefix) {
            return Found::Number(rest.trim_matches('`').to_owned());
        }
    }
    if let Some(rest) = unexp.strip_prefix("boolean ") {
        return Found::Bool(rest.trim_matches('`') == "true");
    }
    Found::Kind(match unexp {
        "sequence" => ValueKind::List,
        "map" => ValueKind::Object,
        _ => ValueKind::Null,
    })
}

/// A parsed value as a [`Found`].
pub(super) fn found_of(v: &Value) -> Found {
    match v {
        Value::String(s) => Found::Text(s.clone()),
        Value::Number(n) => Found::Number(n.to_string()),
        Value::Bool(b) => Found::Bool(*b),
        Value::Array(_) => Found::Kind(ValueKind::List),
        Value::Object(_) => Found::Kind(ValueKind::Object),
        Value::Null => Found::Kind(ValueKind::Null),
    }
}

/// The value at a serde path in a parsed file, if the path leads anywhere.
pub(super) fn value_at<'a>(root: &'a Value, path: &serde_path_to_error::Path) -> Option<&'a Value> {
    use serde_path_to_error::Segment;
    let mut v = root;
    for seg in path.iter() {
        v = match seg {
            Segment::Seq { index } => v.as_array()?.get(*index)?,
            Segment::Map { key } | Segment::Enum { variant: key } => v.as_object()?.get(key)?,
            Segment::Unknown => return None,
        };
    }
    Some(v)
}

/// A value as text for a message: strings without quotes, others as JSON.
fn value_text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// The last named field of a path: `measures[3].status` → `status`.
fn last_field(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    path.iter()
        .filter_map(|s| match s {
            Segment::Map { key } => Some(key.clone()),
            _ => None,
        })
        .next_back()
        .unwrap_or_default()
}

/// Classify a data error (a wrong value in valid JSON). `root` is the whole file when it could be
/// parsed, to quote the offending value.
pub(super) fn data_problem(
    e: &serde_json::Error,
    path: &serde_path_to_error::Path,
    root: Option<&Value>,
) -> DataProblem {
    let msg = bare_message(e);
    let field = last_field(path);
    let value = || value_text(root.and_then(|r| value_at(r, path)));

    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let words = backticked(rest);
        if let Some((value, expected)) = words.split_first() {
            return DataProblem::UnknownValue {
                value: value.clone(),
                expected: expected.to_vec(),
            };
        }
    }
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let words = backticked(rest);
        if let Some((field, known)) = words.split_first() {
            return DataProblem::UnknownField {
                field: field.clone(),
                suggestion: suggest(field, known),
            };
        }
    }
    if let Some(rest) = msg.strip_prefix("missing field ")
        && let Some(field) = backticked(rest).into_iter().next()
    {
        return DataProblem::MissingField { field };
    }
    if let Some(rest) = msg.strip_prefix("duplicate field ")
        && let Some(field) = backticked(rest).into_iter().next()
    {
        return DataProblem::DuplicateField { field };
    }
    for (prefix, range) in [("invalid type: ", false), ("invalid value: ", true)] {
        if let Some(rest) = msg.strip_prefix(prefix)
            && let Some((unexp, exp)) = rest.rsplit_once(", expected ")
            && let Some(expected) = expected_kind(exp, &field)
        {
            let found = found_from(unexp);
            if range {
                match (&found, expected) {
                    (Found::Number(n), _) => {
                        return DataProblem::OutOfRange {
                            value: n.clone(),
                            expected,
                        };
                    }
                    (Found::Text(value), ValueKind::Decimal) => {
                        return DataProblem::BadNumber {
                            value: value.clone(),
                        };
                    }
                    (Found::Text(value), ValueKind::Date) => {
                        return DataProblem::BadDate {
                            value: value.clone(),
                        };
                    }
                    (Found::Text(value), ValueKind::Timestamp) => {
                        return DataProblem::BadTimestamp {
                            value: value.clone(),
                        };
                    }
                    (Found::Text(value), ValueKind::Id) => {
                        return DataProblem::BadId {
                            value: value.clone(),
                        };
                    }
                    _ => {}
                }
            }
            return DataProblem::WrongType { expected, found };
        }
    }
    // Our own money errors (see `MoneyError`'s texts).
    let money = if msg.starts_with("not an amount") {
        Some(MoneyError::Invalid(value()))
    } else if msg.starts_with("more than two decimals") {
        Some(MoneyError::TooManyDecimals(value()))
    } else if msg == "amount too large" {
        Some(MoneyError::Overflow)
    } else {
        None
    };
    if let Some(error) = money {
        return DataProblem::Money {
            value: value(),
            error,
        };
    }
    if let Some(q) = msg
        .strip_prefix(crate::model::OUT_OF_BOUNDS)
        .and_then(crate::model::Quantity::from_key)
    {
        return DataProblem::OutOfBounds {
            value: value(),
            quantity: q,
        };
    }
    if msg.starts_with("Invalid decimal") {
        return DataProblem::BadNumber { value: value() };
    }
    if msg.starts_with("UUID parsing failed") || msg.starts_with("invalid character: expected") {
        return DataProblem::BadId { value: value() };
    }
    const CHRONO: [&str; 7] = [
        "input is out of range",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "bad or unsupported format string",
    ];
    if CHRONO.contains(&msg.as_str()) {
        return if is_timestamp_field(&field) {
            DataProblem::BadTimestamp { value: value() }
        } else {
            DataProblem::BadDate { value: value() }
        };
    }
    DataProblem::Other { detail: msg }
}

/// A data error from deserializing a `Project` as a [`LoadError::Invalid`].
pub(super) fn invalid(
    file: &str,
    err: serde_path_to_error::Error<serde_json::Error>,
    root: Option<&Value>,
    migrated_from: Option<u32>,
) -> LoadError {
    let inner = err.inner();
    let line = (inner.line() > 0).then_some(inner.line());
    let column = (inner.line() > 0).then_some(inner.column());
    let problem = data_problem(inner, err.path(), root);
    let mut path = err.path().to_string();
    if let DataProblem::UnknownField { field, .. } = &problem {
        // The path ends with the unknown field itself; the message names the object it is in.
        if let Some(parent) = path.strip_suffix(field.as_str()) {
            path = parent.trim_end_matches('.').to_owned();
        }
    }
    LoadError::Invalid {
        file: file.to_owned(),
        line,
        column,
        path,
        problem: Box::new(problem),
        migrated_from,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\nçd€x".as_bytes();
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        let x = text.iter().position(|&b| b == b'x').unwrap();
        assert_eq!(line_column(text, x), (2, 4));
    }

    #[test]
    fn suggestions_catch_typos_only() {
        let known: Vec<String> = ["title", "status", "description"]
            .map(String::from)
            .to_vec();
        assert_eq!(suggest("titel", &known).as_deref(), Some("title"));
        assert_eq!(suggest("Status", &known).as_deref(), Some("status"));
        assert_eq!(
            suggest("descripton", &known).as_deref(),
            Some("description")
        );
        assert_eq!(suggest("owner", &known), None);
    }

    #[test]
    fn backticks() {
        assert_eq!(
            backticked("`ferdig`, expected one of `planned`, `stopped`"),
            vec!["ferdig", "planned", "stopped"]
        );
    }
}
