//! The builder: where the sections write their blocks, with the numbering of sections, tables
//! and figures, lookups by id, and the helpers that format amounts, dates and user text.

use super::document::*;
use crate::text::{Span, clean, tie_numbers};
use gevinst_core::calc::AmountFte;
use gevinst_core::format;
use gevinst_core::i18n::{Common, Key, Language, ReportText as R, fill};
use gevinst_core::model::{Extraction, Gain, Id, Measure, Money, PriorityArea, Project, Service};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// Lookups by id, so that a large project is not searched again for every row.
pub(super) struct Index<'a> {
    pub(super) measures: HashMap<Id, &'a Measure>,
    pub(super) gains: HashMap<Id, &'a Gain>,
    pub(super) gains_of: HashMap<Id, Vec<&'a Gain>>,
    pub(super) services: HashMap<Id, &'a Service>,
    pub(super) extractions: HashMap<Id, &'a Extraction>,
    pub(super) areas: HashMap<Id, &'a PriorityArea>,
}

impl<'a> Index<'a> {
    pub(super) fn new(p: &'a Project) -> Index<'a> {
        let mut gains_of: HashMap<Id, Vec<&Gain>> = HashMap::new();
        for g in &p.gains {
            if let Some(m) = g.measure_id {
                gains_of.entry(m).or_default().push(g);
            }
        }
        // The first of duplicate ids wins, as with `Project::measure` and the like.
        fn first<T>(items: &[T], id: impl Fn(&T) -> Id) -> HashMap<Id, &T> {
            let mut map = HashMap::with_capacity(items.len());
            for item in items {
                map.entry(id(item)).or_insert(item);
            }
            map
        }
        Index {
            measures: first(&p.measures, |m| m.id),
            gains: first(&p.gains, |g| g.id),
            gains_of,
            services: first(&p.services, |s| s.id),
            extractions: first(&p.extractions, |e| e.id),
            areas: first(&p.priority_areas, |a| a.id),
        }
    }
}

/// Builds the content.
pub(super) struct Builder<'a> {
    pub(super) p: &'a Project,
    pub(super) ix: &'a Index<'a>,
    pub(super) lang: Language,
    pub(super) part_no: usize,
    pub(super) section: usize,
    pub(super) subsection: usize,
    pub(super) tables: usize,
    pub(super) figures: usize,
    pub(super) blocks: Vec<Block>,
}

/// Text without trailing or leading whitespace, cleaned for printing, numbers tied.
pub(super) fn user(text: &str) -> String {
    tie_numbers(&clean(text.trim()))
}

/// User text split into paragraphs at blank lines.
pub(super) fn paragraphs(text: &str) -> Vec<String> {
    let text = tie_numbers(&clean(text));
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.trim().is_empty() {
                out.push(current.trim().to_owned());
            }
            current.clear();
        } else {
            if !current.is_empty() {
                current.push('\n');
            }
            current.push_str(line.trim_end());
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

/// "Label: text", the label bold.
pub(super) fn labelled(label: &str, text: impl Into<String>) -> Vec<Span> {
    vec![Span::bold(format!("{label}: ")), Span::plain(text)]
}

/// The first letter in lower case, for a term used inside a sentence.
pub(super) fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(super) fn arabic(part: gevinst_core::model::ReportPart) -> usize {
    gevinst_core::model::ReportPart::ALL
        .iter()
        .position(|p| *p == part)
        .map_or(4, |i| i.saturating_add(1))
}

impl<'a> Builder<'a> {
    pub(super) fn t(&self, key: R) -> &'static str {
        key.text(self.lang)
    }

    pub(super) fn f(&self, key: R, args: &[(&str, &str)]) -> String {
        fill(key.text(self.lang), args)
    }

    pub(super) fn c(&self, key: Common) -> &'static str {
        key.text(self.lang)
    }

    pub(super) fn money(&self, m: Money) -> String {
        format::money(m, self.lang)
    }

    pub(super) fn plain(&self, m: Money) -> String {
        format::money_plain(m, self.lang)
    }

    pub(super) fn plain_or_dash(&self, m: Money) -> String {
        if m == Money::ZERO {
            self.missing()
        } else {
            self.plain(m)
        }
    }

    pub(super) fn fte_or_dash(&self, d: Decimal) -> String {
        if d.is_zero() {
            self.missing()
        } else {
            self.fte(d)
        }
    }

    pub(super) fn fte(&self, d: Decimal) -> String {
        format::decimal_fixed(d, 1, self.lang)
    }

    pub(super) fn count(&self, n: usize) -> String {
        format::integer(n as i64, self.lang)
    }

    /// A date that never breaks over two lines (English dates have spaces: `30 Jun 2026`).
    pub(super) fn date(&self, d: chrono::NaiveDate) -> String {
        format::date(d, self.lang).replace(' ', "\u{a0}")
    }

    pub(super) fn missing(&self) -> String {
        self.c(Common::Missing).to_owned()
    }

    pub(super) fn quoted(&self, s: &str) -> String {
        match self.lang {
            Language::En => format!("“{s}”"),
            Language::Nb | Language::Nn => format!("«{s}»"),
        }
    }

    /// Items as a list in a sentence: "a, b og c".
    pub(super) fn and_list(&self, mut items: Vec<String>) -> String {
        match items.pop() {
            None => String::new(),
            Some(last) if items.is_empty() => last,
            Some(last) => format!("{} {} {last}", items.join(", "), self.t(R::And)),
        }
    }

    /// A builder at the same place in the numbering, with no blocks yet.
    pub(super) fn fork(&self) -> Builder<'a> {
        Builder {
            p: self.p,
            ix: self.ix,
            lang: self.lang,
            part_no: self.part_no,
            section: self.section,
            subsection: self.subsection,
            tables: self.tables,
            figures: self.figures,
            blocks: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    pub(super) fn section(&mut self, key: R) {
        self.section = self.section.saturating_add(1);
        self.subsection = 0;
        let number = format!("{}.{}", self.part_no, self.section);
        self.push(Block::Heading(Heading {
            level: 2,
            number: Some(number),
            text: self.t(key).to_owned(),
        }));
    }

    pub(super) fn subsection(&mut self, key: R) {
        self.subsection = self.subsection.saturating_add(1);
        let number = format!("{}.{}.{}", self.part_no, self.section, self.subsection);
        self.push(Block::Heading(Heading {
            level: 3,
            number: Some(number),
            text: self.t(key).to_owned(),
        }));
    }

    pub(super) fn para(&mut self, text: impl Into<String>) {
        self.push(Block::Paragraph(Paragraph {
            spans: vec![Span::plain(text)],
            kind: ParaKind::Body,
        }));
    }

    pub(super) fn rich(&mut self, spans: Vec<Span>, kind: ParaKind) {
        self.push(Block::Paragraph(Paragraph { spans, kind }));
    }

    /// An amount without "kr", or a dash when there is none.
    pub(super) fn plain_opt(&self, m: Option<Money>) -> String {
        m.map_or_else(|| self.missing(), |v| self.plain(v))
    }

    /// Full-time equivalents, or a dash when there are none.
    pub(super) fn fte_opt(&self, f: Option<Decimal>) -> String {
        f.map_or_else(|| self.missing(), |v| self.fte(v))
    }

    /// A yearly volume (at most `i64::MAX`, far beyond any real one).
    pub(super) fn volume(&self, v: u64) -> String {
        format::integer(i64::try_from(v).unwrap_or(i64::MAX), self.lang)
    }

    /// "Ja" or "Nei".
    pub(super) fn yes_no(&self, yes: bool) -> &'static str {
        self.c(if yes { Common::Yes } else { Common::No })
    }

    pub(super) fn measure_title(&self, m: &Measure) -> String {
        let t = user(&m.title);
        if t.is_empty() {
            self.t(R::UntitledMeasure).to_owned()
        } else {
            t
        }
    }

    pub(super) fn service_name(&self, s: &Service) -> String {
        let t = user(&s.name);
        if t.is_empty() {
            self.t(R::UntitledService).to_owned()
        } else {
            t
        }
    }

    /// A gain's name, or "untitled gain".
    pub(super) fn gain_title(&self, g: &Gain) -> String {
        if g.name.trim().is_empty() {
            self.t(R::UntitledGain).to_owned()
        } else {
            user(&g.name)
        }
    }

    /// The name of the gain with this id, or a dash when there is none.
    pub(super) fn gain_name(&self, id: Option<Id>) -> String {
        id.and_then(|id| self.ix.gains.get(&id).copied())
            .map_or_else(|| self.missing(), |g| self.gain_title(g))
    }

    /// Bullets under an introduction, or a sentence saying there are none.
    pub(super) fn bullets_or(&mut self, items: Vec<Vec<Span>>, intro: Option<R>, none: R) {
        if items.is_empty() {
            self.para(self.t(none));
        } else {
            if let Some(intro) = intro {
                self.para(self.t(intro));
            }
            self.push(Block::Bullets(items));
        }
    }

    /// A priority area's name, or "no area".
    pub(super) fn area_name(&self, id: Option<Id>) -> String {
        match id.and_then(|id| self.ix.areas.get(&id).copied()) {
            Some(pa) if !pa.name.trim().is_empty() => user(&pa.name),
            _ => self.t(R::NoArea).to_owned(),
        }
    }

    pub(super) fn period(&self, m: &Measure) -> String {
        match (m.start_date, m.end_date) {
            (Some(a), Some(b)) => format!("{}–{}", self.date(a), self.date(b)),
            (Some(a), None) => self.f(R::PeriodFrom, &[("date", &self.date(a))]),
            (None, Some(b)) => self.f(R::PeriodUntil, &[("date", &self.date(b))]),
            (None, None) => self.missing(),
        }
    }

    /// "4 795 028 kr og 2,9 årsverk", "4 795 028 kr" or "2,9 årsverk".
    pub(super) fn amount_fte(
        &self,
        AmountFte {
            amount_nok: m,
            fte: f,
        }: AmountFte,
    ) -> String {
        let fte = format!("{} {}", self.fte(f), self.c(Common::Fte));
        match (m != Money::ZERO, f != Decimal::ZERO) {
            (true, true) => format!("{} {} {fte}", self.money(m), self.t(R::And)),
            (false, true) => fte,
            _ => self.money(m),
        }
    }

    pub(super) fn price_year(&self) -> String {
        self.p.report.price_year.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_blank_lines() {
        assert_eq!(
            paragraphs("Første.\n\n\nAndre\nlinje.\n  \nTredje."),
            vec!["Første.", "Andre\nlinje.", "Tredje."]
        );
        assert!(paragraphs("  \n ").is_empty());
    }
}
