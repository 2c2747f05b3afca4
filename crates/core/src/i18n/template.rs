//! Filling a text's placeholders, with plural forms.
//!
//! A text names its values in braces, `{year}`, and says how a noun follows a number with
//! ICU MessageFormat's plural syntax: `{pages, plural, one {# side} other {# sider}}`. `#`
//! is the number as the language writes it; the branch is the number's plural category in
//! the language (`zero`, `one`, `two`, `few`, `many`, `other`, or an exact `=0`), and every
//! plural has an `other` branch.
//!
//! The categories come from the Unicode CLDR's plural rules through ICU4X's `icu_plurals`,
//! chosen over Fluent so that the tables stay as they are (one `match` per language, with the
//! same placeholders), and because CLDR's rules also know decimals ("1,5 årsverk", English
//! "1.0 FTEs") and the languages Gevinst may add (Northern Sami has a `two` form).
//!
//! Anything in braces that is not a placeholder (`{ … }`, a lone `}`) is plain text, and a
//! placeholder without a value stays as it is, so a mistake shows instead of vanishing.

use crate::format;
use crate::model::Language;
use icu_locale_core::locale;
use icu_plurals::{PluralCategory, PluralOperands, PluralRules};
use rust_decimal::Decimal;

/// A value for a placeholder.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// Text, shown as it is.
    Text(&'a str),
    /// A whole number, shown with the language's digit groups (`12 000`).
    Count(i64),
    /// A decimal number, shown with at most `.1` decimals (`1,5`).
    Decimal(Decimal, u32),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Value::Text(text)
    }
}

impl<'a> From<&'a String> for Value<'a> {
    fn from(text: &'a String) -> Self {
        Value::Text(text)
    }
}

impl From<i64> for Value<'_> {
    fn from(n: i64) -> Self {
        Value::Count(n)
    }
}

impl From<i32> for Value<'_> {
    fn from(n: i32) -> Self {
        Value::Count(n.into())
    }
}

impl From<u32> for Value<'_> {
    fn from(n: u32) -> Self {
        Value::Count(n.into())
    }
}

impl From<u64> for Value<'_> {
    fn from(n: u64) -> Self {
        Value::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<usize> for Value<'_> {
    fn from(n: usize) -> Self {
        Value::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// A piece of a parsed text.
#[derive(Debug, Clone, PartialEq)]
enum Part<'t> {
    /// Plain text.
    Text(&'t str),
    /// `#`: the number of the plural around it.
    Number,
    /// `{name}`.
    Value(&'t str),
    /// `{name, plural, one {…} other {…}}`.
    Plural {
        name: &'t str,
        branches: Vec<(&'t str, Vec<Part<'t>>)>,
    },
}

/// Reads a text into parts; what cannot be read is kept as plain text and described in
/// `problems`.
struct Parser<'t> {
    src: &'t str,
    pos: usize,
    problems: Vec<String>,
}

impl<'t> Parser<'t> {
    fn new(src: &'t str) -> Self {
        Parser {
            src,
            pos: 0,
            problems: Vec::new(),
        }
    }

    fn rest(&self) -> &'t str {
        self.src.get(self.pos..).unwrap_or("")
    }

    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    /// Move past `n` bytes of the text (never beyond its end).
    fn advance(&mut self, n: usize) {
        self.pos = self.pos.saturating_add(n).min(self.src.len());
    }

    fn skip_spaces(&mut self) {
        while self.peek() == Some(b' ') {
            self.advance(1);
        }
    }

    /// A name: ASCII letters, digits and `_`, not starting with a digit.
    fn name(&mut self) -> Option<&'t str> {
        let rest = self.rest();
        let len = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
            .count();
        let name = rest.get(..len)?;
        if name.is_empty() || name.as_bytes()[0].is_ascii_digit() {
            return None;
        }
        self.advance(len);
        Some(name)
    }

    /// A selector of a plural branch: a category or `=N`.
    fn selector(&mut self) -> Option<&'t str> {
        let rest = self.rest();
        let len = rest
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'=')
            .count();
        let selector = rest.get(..len).filter(|s| !s.is_empty())?;
        self.advance(len);
        Some(selector)
    }

    /// Parts up to the end, or (`in_plural`) up to the `}` that closes a branch.
    fn message(&mut self, in_plural: bool) -> Vec<Part<'t>> {
        let mut parts = Vec::new();
        let mut start = self.pos;
        while let Some(b) = self.peek() {
            let special = b == b'{' || (in_plural && (b == b'}' || b == b'#'));
            if !special {
                self.advance(1);
                continue;
            }
            if start < self.pos {
                parts.push(Part::Text(&self.src[start..self.pos]));
            }
            match b {
                b'}' => return parts,
                b'#' => {
                    parts.push(Part::Number);
                    self.advance(1);
                }
                _ => {
                    let open = self.pos;
                    match self.placeholder() {
                        Some(part) => parts.push(part),
                        None => {
                            self.pos = open;
                            self.advance(1);
                            parts.push(Part::Text("{"));
                        }
                    }
                }
            }
            start = self.pos;
        }
        if start < self.pos {
            parts.push(Part::Text(&self.src[start..self.pos]));
        }
        if in_plural {
            self.problems.push("a plural branch is not closed".into());
        }
        parts
    }

    /// `{name}` or `{name, plural, …}` at `{`; `None` if it is not a placeholder.
    fn placeholder(&mut self) -> Option<Part<'t>> {
        self.advance(1);
        let name = self.name()?;
        self.skip_spaces();
        match self.peek()? {
            b'}' => {
                self.advance(1);
                Some(Part::Value(name))
            }
            b',' => {
                self.advance(1);
                self.skip_spaces();
                if self.name() != Some("plural") {
                    self.problems.push(format!("{{{name}, …}} is not a plural"));
                    return None;
                }
                self.skip_spaces();
                if self.peek() != Some(b',') {
                    self.problems
                        .push(format!("{{{name}, plural}} has no branches"));
                    return None;
                }
                self.advance(1);
                self.plural(name)
            }
            _ => None,
        }
    }

    /// The branches of a plural, after `{name, plural,`.
    fn plural(&mut self, name: &'t str) -> Option<Part<'t>> {
        let mut branches = Vec::new();
        loop {
            self.skip_spaces();
            let Some(next) = self.peek() else {
                self.problems
                    .push(format!("the plural of {{{name}}} is not closed"));
                return None;
            };
            if next == b'}' {
                self.advance(1);
                break;
            }
            let Some(selector) = self.selector() else {
                self.problems.push(format!(
                    "the plural of {{{name}}} has a branch without a selector"
                ));
                return None;
            };
            self.skip_spaces();
            if self.peek() != Some(b'{') {
                self.problems
                    .push(format!("the branch {selector} of {{{name}}} has no text"));
                return None;
            }
            self.advance(1);
            let parts = self.message(true);
            if self.peek() != Some(b'}') {
                return None;
            }
            self.advance(1);
            branches.push((selector, parts));
        }
        if !branches.iter().any(|(s, _)| *s == "other") {
            self.problems
                .push(format!("the plural of {{{name}}} has no other branch"));
        }
        Some(Part::Plural { name, branches })
    }
}

/// A text as parts, and what could not be read.
fn parse(template: &str) -> (Vec<Part<'_>>, Vec<String>) {
    let mut parser = Parser::new(template);
    let parts = parser.message(false);
    (parts, parser.problems)
}

/// The plural category of a number in a language, by the language's rules.
fn category(lang: Language, operands: PluralOperands) -> Option<&'static str> {
    thread_local! {
        // Made once per thread: the rules hold data that is not shared between threads.
        static RULES: [Option<PluralRules>; 3] = Language::ALL.map(|lang| {
            let locale = match lang {
                Language::Nb => locale!("nb"),
                Language::Nn => locale!("nn"),
                Language::En => locale!("en"),
            };
            PluralRules::try_new_cardinal(locale.into()).ok()
        });
    }
    RULES.with(|rules| {
        rules
            .get(lang as usize)
            .and_then(Option::as_ref)
            .map(|rules| category_name(rules.category_for(operands)))
    })
}

/// The CLDR name of a plural category, as a branch selects it.
fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// A number for a plural: its value, and its plural operands as shown (`1,0` is not `1`).
struct Quantity {
    value: Option<Decimal>,
    operands: Option<PluralOperands>,
}

impl Quantity {
    fn of(arg: Option<&Value>) -> Self {
        let value = match arg {
            Some(Value::Count(n)) => Some(Decimal::from(*n)),
            Some(Value::Decimal(d, places)) => Some(d.round_dp(*places).normalize()),
            Some(Value::Text(text)) => text.trim().parse::<Decimal>().ok(),
            None => None,
        };
        let operands = value.and_then(|v| {
            fixed_decimal::UnsignedDecimal::try_from_str(&v.abs().to_string())
                .ok()
                .map(|d| PluralOperands::from(&d))
        });
        Quantity { value, operands }
    }

    /// Whether a branch's selector takes this number in a language (`None`: no rules).
    fn selects(&self, selector: &str, category: Option<&str>) -> bool {
        match selector.strip_prefix('=') {
            Some(exact) => exact
                .parse::<Decimal>()
                .is_ok_and(|e| self.value == Some(e)),
            None => category == Some(selector),
        }
    }
}

/// Writes parts with their values.
fn render(
    parts: &[Part],
    lang: Option<Language>,
    args: &[(&str, Value)],
    number: &str,
    out: &mut String,
) {
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Number => out.push_str(number),
            Part::Value(name) => match args.iter().find(|(k, _)| k == name) {
                Some((_, value)) => out.push_str(&shown(*value, lang)),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            },
            Part::Plural { name, branches } => {
                let arg = args.iter().find(|(k, _)| k == name).map(|(_, v)| v);
                let quantity = Quantity::of(arg);
                let category = lang
                    .zip(quantity.operands)
                    .and_then(|(lang, operands)| category(lang, operands));
                let branch = branches
                    .iter()
                    .find(|(s, _)| s.starts_with('=') && quantity.selects(s, category))
                    .or_else(|| branches.iter().find(|(s, _)| quantity.selects(s, category)))
                    .or_else(|| branches.iter().find(|(s, _)| *s == "other"));
                let hash = arg.map_or_else(|| format!("{{{name}}}"), |v| shown(*v, lang));
                if let Some((_, parts)) = branch {
                    render(parts, lang, args, &hash, out);
                }
            }
        }
    }
}

/// A value as the language writes it.
fn shown(arg: Value, lang: Option<Language>) -> String {
    let lang = lang.unwrap_or_default();
    match arg {
        Value::Text(text) => text.to_owned(),
        Value::Count(n) => format::integer(n, lang),
        Value::Decimal(d, places) => format::decimal(d, places, lang),
    }
}

/// Fills a text's placeholders with values in a language, choosing plural forms by the
/// language's rules: `fill_with(Nb, "{n, plural, one {# side} other {# sider}}", &[("n",
/// 1.into())])` is `1 side`. Unknown placeholders are left as they are.
pub fn fill_with(lang: Language, template: &str, args: &[(&str, Value)]) -> String {
    let (parts, _) = parse(template);
    let mut out = String::with_capacity(template.len().saturating_add(16));
    render(&parts, Some(lang), args, "#", &mut out);
    out
}

/// Replaces `{name}` placeholders in a text with values. It knows no language, so a plural
/// takes its `other` form (or an exact `=N`): give a text with plurals its numbers with
/// [`fill_with`] or [`super::Key::fill`]. Unknown placeholders are left as they are.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Value)> = args.iter().map(|(k, v)| (*k, Value::Text(v))).collect();
    let (parts, _) = parse(template);
    let mut out = String::with_capacity(template.len().saturating_add(16));
    render(&parts, None, &args, "#", &mut out);
    out
}

fn collect<'t>(parts: &[Part<'t>], names: &mut Vec<&'t str>, plurals: &mut Vec<&'t str>) {
    for part in parts {
        match part {
            Part::Value(name) => names.push(name),
            Part::Plural { name, branches } => {
                names.push(name);
                plurals.push(name);
                for (_, parts) in branches {
                    collect(parts, names, plurals);
                }
            }
            Part::Text(_) | Part::Number => {}
        }
    }
}

/// The placeholders a text uses (plurals' too, and those inside their branches), sorted and
/// without duplicates.
pub fn placeholders(template: &str) -> Vec<&str> {
    let (parts, _) = parse(template);
    let (mut names, mut plurals) = (Vec::new(), Vec::new());
    collect(&parts, &mut names, &mut plurals);
    names.sort_unstable();
    names.dedup();
    names
}

/// The placeholders a text uses as plurals, sorted and without duplicates.
pub fn plurals(template: &str) -> Vec<&str> {
    let (parts, _) = parse(template);
    let (mut names, mut plurals) = (Vec::new(), Vec::new());
    collect(&parts, &mut names, &mut plurals);
    plurals.sort_unstable();
    plurals.dedup();
    plurals
}

/// What is wrong with a text's plurals: an unreadable one, or one without `other`.
pub fn syntax_problems(template: &str) -> Vec<String> {
    parse(template).1
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGES: &str = "({pages, plural, one {# side} other {# sider}}, {language})";

    #[test]
    fn fill_replaces_known_and_keeps_unknown() {
        assert_eq!(
            fill(
                "Tiltaket «{title}» mangler {what}.",
                &[("title", "A"), ("what", "B")]
            ),
            "Tiltaket «A» mangler B."
        );
        assert_eq!(fill("{x} og {y}", &[("x", "1")]), "1 og {y}");
        assert_eq!(fill("åpen { uten slutt", &[]), "åpen { uten slutt");
        assert_eq!(
            fill("et objekt { … } med «}»", &[]),
            "et objekt { … } med «}»"
        );
    }

    #[test]
    fn plurals_follow_the_language() {
        let f = |lang, n: i64| {
            fill_with(
                lang,
                PAGES,
                &[("pages", n.into()), ("language", "nb".into())],
            )
        };
        assert_eq!(f(Language::Nb, 1), "(1 side, nb)");
        assert_eq!(f(Language::Nb, 0), "(0 sider, nb)");
        assert_eq!(f(Language::Nn, 2), "(2 sider, nb)");
        assert_eq!(f(Language::Nb, 12_000), "(12\u{a0}000 sider, nb)");
        let en = "{n, plural, one {# FTE} other {# FTEs}}";
        let g = |d: Decimal| fill_with(Language::En, en, &[("n", Value::Decimal(d, 2))]);
        assert_eq!(g(Decimal::ONE), "1 FTE");
        assert_eq!(g(Decimal::new(15, 1)), "1.5 FTEs");
        assert_eq!(g(Decimal::new(1001, 3)), "1 FTE");
        // Bokmål's "one" is n = 1, so 1,5 is "other" there too.
        let nb = "{n, plural, one {# time} other {# timer}}";
        assert_eq!(
            fill_with(
                Language::Nb,
                nb,
                &[("n", Value::Decimal(Decimal::new(15, 1), 1))]
            ),
            "1,5 timer"
        );
    }

    #[test]
    fn exact_branches_come_first_and_branches_nest() {
        let t = "{n, plural, =0 {ingen} one {én av {total}} other {# av {total}}}";
        let f = |n: i64| fill_with(Language::Nb, t, &[("n", n.into()), ("total", 7.into())]);
        assert_eq!(f(0), "ingen");
        assert_eq!(f(1), "én av 7");
        assert_eq!(f(3), "3 av 7");
        assert_eq!(placeholders(t), ["n", "total"]);
        assert_eq!(plurals(t), ["n"]);
    }

    #[test]
    fn without_a_language_a_plural_is_other() {
        assert_eq!(
            fill(PAGES, &[("pages", "1"), ("language", "en")]),
            "(1 sider, en)"
        );
        assert_eq!(fill(PAGES, &[]), "({pages} sider, {language})");
    }

    #[test]
    fn placeholders_are_found() {
        assert_eq!(placeholders("{b} {a} {b}"), vec!["a", "b"]);
        assert!(placeholders("ingen { … }").is_empty());
        assert_eq!(placeholders(PAGES), ["language", "pages"]);
    }

    #[test]
    fn broken_plurals_are_problems_and_show_as_text() {
        assert!(syntax_problems(PAGES).is_empty());
        let no_other = "{n, plural, one {# side}}";
        assert_eq!(syntax_problems(no_other).len(), 1);
        let open = "{n, plural, one {# side} other {# sider}";
        assert!(!syntax_problems(open).is_empty());
        assert_eq!(fill_with(Language::Nb, open, &[("n", 2.into())]), open);
        assert!(!syntax_problems("{n, select, a {b}}").is_empty());
    }
}
