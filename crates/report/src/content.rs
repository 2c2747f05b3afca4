//! The report as a semantic document: headings, paragraphs, tables, a chart and key figures,
//! built from the project with `gevinst_core::calc`, `gevinst_core::format` and the translation tables.
//!
//! Nothing here knows about pages or points; [`super::layout`](mod@super::layout) decides where things go.
//! Every text comes from the project or from `ReportText`; a section without data says so.

use super::text::{Span, clean, tie_numbers};
use gevinst_core::calc::{self, CalcError};
use gevinst_core::format;
use gevinst_core::i18n::{Arg, Common, Key, Label, Language, ReportText as R, fill};
use gevinst_core::model::{
    ChecklistPoint, ChecklistStatus, Extraction, ExtractionForm, Gain, GainKind, Id, Measure,
    MeasureStatus, Money, PriorityArea, Project, Service,
};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// The semantic document.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    /// Document information: title, author, running header.
    pub meta: Meta,
    /// The blocks, in reading order.
    pub blocks: Vec<Block>,
}

/// Document information.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// The language of the report.
    pub language: Language,
    /// The document title (PDF metadata).
    pub title: String,
    /// The author (the agency).
    pub author: String,
    /// The subject (PDF metadata).
    pub subject: String,
    /// Keywords (PDF metadata).
    pub keywords: Vec<String>,
    /// Left part of the running header (the agency).
    pub header_left: String,
    /// Right part of the running header ("Årsrapport 2026").
    pub header_right: String,
    /// The footer template with `{page}` and `{pages}`.
    pub footer: String,
}

/// A block of the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The title of the section: kicker (report and part), title, agency.
    Title {
        /// "Årsrapport 2026 · Del IV Styring og kontroll i virksomheten".
        kicker: String,
        /// The section title.
        title: String,
        /// The agency and its ministry.
        subtitle: String,
    },
    /// A row of key figures.
    KeyFigures(Vec<KeyFigure>),
    /// The table of contents (filled in by the layout).
    Toc {
        /// Its heading.
        title: String,
    },
    /// A heading.
    Heading(Heading),
    /// A paragraph.
    Paragraph(Paragraph),
    /// A bulleted list; each item is rich text.
    Bullets(Vec<Vec<Span>>),
    /// A table.
    Table(Table),
    /// A bar chart.
    Chart(Chart),
    /// A framed box: the special assessment of a digitalisation measure.
    Callout(Callout),
}

/// A heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 2: section, 3: subsection, 4: a measure (in the outline, not in the table of contents).
    pub level: u8,
    /// Its number, e.g. "4.2", if numbered.
    pub number: Option<String>,
    /// The text.
    pub text: String,
}

impl Heading {
    /// Number and text, as shown in the table of contents and the outline.
    pub fn full_text(&self) -> String {
        match &self.number {
            Some(n) => format!("{n} {}", self.text),
            None => self.text.clone(),
        }
    }
}

/// What kind of paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParaKind {
    /// Body text.
    Body,
    /// Small grey facts under a measure's title.
    Meta,
    /// A small note under a table or figure.
    Note,
}

/// A paragraph of rich text.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// The text.
    pub spans: Vec<Span>,
    /// Its kind.
    pub kind: ParaKind,
}

/// One key figure: a big value and a label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFigure {
    /// "4", "8 421 843 kr".
    pub value: String,
    /// What it counts.
    pub label: String,
}

/// How a column is aligned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Left: text.
    Left,
    /// Right: numbers.
    Right,
}

/// A table column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The header text.
    pub header: String,
    /// Alignment of header and cells.
    pub align: Align,
}

/// A status mark drawn before a cell's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Fulfilled, done.
    Good,
    /// Partly.
    Partial,
    /// Not fulfilled, missing.
    Bad,
    /// Not relevant, not answered.
    Neutral,
}

/// A table cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The text.
    pub spans: Vec<Span>,
    /// An optional status mark.
    pub mark: Option<Mark>,
}

impl Cell {
    /// A plain cell.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell {
            spans: vec![Span::plain(text)],
            mark: None,
        }
    }

    /// A cell of rich text.
    pub fn rich(spans: Vec<Span>) -> Cell {
        Cell { spans, mark: None }
    }
}

/// A table row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// One cell per column.
    pub cells: Vec<Cell>,
    /// A sum row: bold, with a rule above.
    pub total: bool,
}

/// A table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// "Tabell 3 Gevinster per år", above the table.
    pub caption: String,
    /// The columns.
    pub columns: Vec<Column>,
    /// The body rows.
    pub rows: Vec<Row>,
    /// A note under the table.
    pub note: Option<String>,
}

/// Which series of the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesKind {
    /// Planned values.
    Planned,
    /// Realised values.
    Realised,
}

/// A series of the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    /// Which series (decides the colour).
    pub kind: SeriesKind,
    /// The legend text.
    pub name: String,
    /// One value per category; `None`: not measured.
    pub values: Vec<Option<Money>>,
}

/// A grouped bar chart of amounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// "Figur 1 Planlagte og realiserte gevinster per år".
    pub caption: String,
    /// The axis unit, e.g. "mill. kr (2026-kroner)".
    pub unit: String,
    /// Amounts are divided by this for the axis labels (1 or 1 000 000 kroner).
    pub divisor: i64,
    /// The categories (years).
    pub categories: Vec<String>,
    /// The series.
    pub series: Vec<Series>,
    /// For formatting the axis labels.
    pub language: Language,
}

/// A framed box with a title.
#[derive(Debug, Clone, PartialEq)]
pub struct Callout {
    /// The title line.
    pub title: String,
    /// Paragraphs.
    pub body: Vec<Vec<Span>>,
    /// A warning (missing text) rather than information.
    pub warning: bool,
}

/// Lookups by id, so that a large project is not searched again for every row.
struct Index<'a> {
    measures: HashMap<Id, &'a Measure>,
    gains: HashMap<Id, &'a Gain>,
    gains_of: HashMap<Id, Vec<&'a Gain>>,
    services: HashMap<Id, &'a Service>,
    extractions: HashMap<Id, &'a Extraction>,
    areas: HashMap<Id, &'a PriorityArea>,
}

impl<'a> Index<'a> {
    fn new(p: &'a Project) -> Index<'a> {
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
struct Builder<'a> {
    p: &'a Project,
    ix: &'a Index<'a>,
    lang: Language,
    part_no: usize,
    section: usize,
    subsection: usize,
    tables: usize,
    figures: usize,
    blocks: Vec<Block>,
}

/// Text without trailing or leading whitespace, cleaned for printing, numbers tied.
fn user(text: &str) -> String {
    tie_numbers(&clean(text.trim()))
}

/// User text split into paragraphs at blank lines.
fn paragraphs(text: &str) -> Vec<String> {
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

/// The first letter in lower case, for a term used inside a sentence.
fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn arabic(part: gevinst_core::model::ReportPart) -> usize {
    gevinst_core::model::ReportPart::ALL
        .iter()
        .position(|p| *p == part)
        .map_or(4, |i| i + 1)
}

impl<'a> Builder<'a> {
    fn t(&self, key: R) -> &'static str {
        key.text(self.lang)
    }

    fn f(&self, key: R, args: &[(&str, &str)]) -> String {
        fill(key.text(self.lang), args)
    }

    fn c(&self, key: Common) -> &'static str {
        key.text(self.lang)
    }

    fn money(&self, m: Money) -> String {
        format::money(m, self.lang)
    }

    fn plain(&self, m: Money) -> String {
        format::money_plain(m, self.lang)
    }

    fn plain_or_dash(&self, m: Money) -> String {
        if m == Money::ZERO {
            self.missing()
        } else {
            self.plain(m)
        }
    }

    fn fte_or_dash(&self, d: Decimal) -> String {
        if d.is_zero() {
            self.missing()
        } else {
            self.fte(d)
        }
    }

    fn fte(&self, d: Decimal) -> String {
        format::decimal_fixed(d, 1, self.lang)
    }

    fn count(&self, n: usize) -> String {
        format::integer(n as i64, self.lang)
    }

    /// A date that never breaks over two lines (English dates have spaces: `30 Jun 2026`).
    fn date(&self, d: chrono::NaiveDate) -> String {
        format::date(d, self.lang).replace(' ', "\u{a0}")
    }

    fn missing(&self) -> String {
        self.c(Common::Missing).to_owned()
    }

    fn quoted(&self, s: &str) -> String {
        match self.lang {
            Language::En => format!("“{s}”"),
            Language::Nb | Language::Nn => format!("«{s}»"),
        }
    }

    /// A builder at the same place in the numbering, with no blocks yet.
    fn fork(&self) -> Builder<'a> {
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

    fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    fn section(&mut self, key: R) {
        self.section += 1;
        self.subsection = 0;
        let number = format!("{}.{}", self.part_no, self.section);
        self.push(Block::Heading(Heading {
            level: 2,
            number: Some(number),
            text: self.t(key).to_owned(),
        }));
    }

    fn subsection(&mut self, key: R) {
        self.subsection += 1;
        let number = format!("{}.{}.{}", self.part_no, self.section, self.subsection);
        self.push(Block::Heading(Heading {
            level: 3,
            number: Some(number),
            text: self.t(key).to_owned(),
        }));
    }

    fn para(&mut self, text: impl Into<String>) {
        self.push(Block::Paragraph(Paragraph {
            spans: vec![Span::plain(text)],
            kind: ParaKind::Body,
        }));
    }

    fn rich(&mut self, spans: Vec<Span>, kind: ParaKind) {
        self.push(Block::Paragraph(Paragraph { spans, kind }));
    }

    fn table_caption(&mut self, key: R, args: &[(&str, &str)]) -> String {
        self.tables += 1;
        let n = self.tables.to_string();
        format!(
            "{} {}",
            self.f(R::TableCaption, &[("n", &n)]),
            self.f(key, args)
        )
    }

    fn table(
        &mut self,
        caption: String,
        columns: Vec<Column>,
        rows: Vec<Row>,
        note: Option<String>,
    ) {
        self.push(Block::Table(Table {
            caption,
            columns,
            rows,
            note,
        }));
    }

    fn col(&self, key: R, align: Align) -> Column {
        Column {
            header: self.t(key).to_owned(),
            align,
        }
    }

    fn col_text(&self, header: String, align: Align) -> Column {
        Column { header, align }
    }

    fn measure_title(&self, m: &Measure) -> String {
        let t = user(&m.title);
        if t.is_empty() {
            self.t(R::UntitledMeasure).to_owned()
        } else {
            t
        }
    }

    fn service_name(&self, s: &Service) -> String {
        let t = user(&s.name);
        if t.is_empty() {
            self.t(R::UntitledService).to_owned()
        } else {
            t
        }
    }

    fn gain_name(&self, id: Option<Id>) -> String {
        match id.and_then(|id| self.ix.gains.get(&id).copied()) {
            Some(g) if !g.name.trim().is_empty() => user(&g.name),
            Some(_) => self.t(R::UntitledGain).to_owned(),
            None => self.missing(),
        }
    }

    fn period(&self, m: &Measure) -> String {
        match (m.start_date, m.end_date) {
            (Some(a), Some(b)) => format!("{}–{}", self.date(a), self.date(b)),
            (Some(a), None) => self.f(R::PeriodFrom, &[("date", &self.date(a))]),
            (None, Some(b)) => self.f(R::PeriodUntil, &[("date", &self.date(b))]),
            (None, None) => self.missing(),
        }
    }

    /// "4 795 028 kr og 2,9 årsverk", "4 795 028 kr" or "2,9 årsverk".
    fn amount_fte(&self, (m, f): (Money, Decimal)) -> String {
        let fte = format!("{} {}", self.fte(f), self.c(Common::Fte));
        match (m != Money::ZERO, f != Decimal::ZERO) {
            (true, true) => format!("{} {} {fte}", self.money(m), self.t(R::And)),
            (false, true) => fte,
            _ => self.money(m),
        }
    }

    fn price_year(&self) -> String {
        self.p.report.price_year.to_string()
    }

    // ---- The sections -------------------------------------------------------------------

    fn title(&mut self) {
        let r = &self.p.report;
        let kicker = self.f(
            R::Kicker,
            &[
                ("year", &r.year.to_string()),
                ("numeral", r.part.numeral()),
                ("part", r.part.label(self.lang)),
            ],
        );
        let agency = self.agency();
        let ministry = user(&self.p.agency.parent_ministry);
        let subtitle = if ministry.is_empty() {
            agency
        } else {
            format!("{agency} · {ministry}")
        };
        self.push(Block::Title {
            kicker,
            title: self.t(R::SectionTitle).to_owned(),
            subtitle,
        });
    }

    fn agency(&self) -> String {
        let name = user(&self.p.agency.name);
        if name.is_empty() {
            self.t(R::UnnamedAgency).to_owned()
        } else {
            name
        }
    }

    fn key_figures(&mut self, totals: &calc::GainTotals) -> Result<(), CalcError> {
        let year = self.p.report.year;
        let ys = year.to_string();
        let implemented = self
            .p
            .measures
            .iter()
            .filter(|m| m.status == MeasureStatus::Implemented)
            .count();
        let ongoing = self
            .p
            .measures
            .iter()
            .filter(|m| matches!(m.status, MeasureStatus::Planned | MeasureStatus::InProgress))
            .count();
        let realised = totals.year_nok(year).1;
        let reallocated = Money::checked_sum(
            calc::extraction_by_area(self.p, Some(year))?
                .iter()
                .map(|a| a.amount_nok),
        )
        .ok_or(CalcError::Overflow)?;
        let digital = self
            .p
            .services
            .iter()
            .filter(|s| s.digitally_available)
            .count();
        let mut figures = vec![
            KeyFigure {
                value: self.count(implemented),
                label: R::KfImplemented.fill(self.lang, &[("n", implemented.into())]),
            },
            KeyFigure {
                value: self.count(ongoing),
                label: R::KfPlanned.fill(self.lang, &[("n", ongoing.into())]),
            },
            KeyFigure {
                value: realised.map_or_else(|| self.missing(), |m| self.money(m)),
                label: self.f(R::KfRealised, &[("year", &ys)]),
            },
            KeyFigure {
                value: self.money(reallocated),
                label: self.f(R::KfReallocated, &[("year", &ys)]),
            },
        ];
        if !self.p.services.is_empty() {
            figures.push(KeyFigure {
                value: self.f(
                    R::OfTotal,
                    &[
                        ("n", &self.count(digital)),
                        ("total", &self.count(self.p.services.len())),
                    ],
                ),
                label: R::KfDigital.fill(
                    self.lang,
                    &[
                        ("n", digital.into()),
                        ("total", self.p.services.len().into()),
                    ],
                ),
            });
        }
        self.push(Block::KeyFigures(figures));
        Ok(())
    }

    fn introduction(&mut self) {
        self.section(R::HIntro);
        let paras = paragraphs(&self.p.report.introduction);
        if paras.is_empty() {
            let text = self.f(
                R::DefaultIntro,
                &[
                    ("agency", &self.agency()),
                    ("year", &self.p.report.year.to_string()),
                ],
            );
            self.para(text);
        } else {
            for p in paras {
                self.para(p);
            }
        }
    }

    fn measures(&mut self) {
        self.section(R::HMeasures);
        let ms = &self.p.measures;
        if ms.is_empty() {
            let text = self.f(R::NoMeasures, &[("year", &self.p.report.year.to_string())]);
            self.para(text);
            return;
        }
        let n = |s: MeasureStatus| ms.iter().filter(|m| m.status == s).count();
        let digital = ms.iter().filter(|m| m.digitalisation).count();
        let summary = R::MeasuresSummary.fill(
            self.lang,
            &[
                ("total", ms.len().into()),
                ("implemented", n(MeasureStatus::Implemented).into()),
                ("in_progress", n(MeasureStatus::InProgress).into()),
                ("planned", n(MeasureStatus::Planned).into()),
                ("stopped", n(MeasureStatus::Stopped).into()),
                ("digital", digital.into()),
            ],
        );
        self.para(summary);
        self.para(self.t(R::MeasuresGrouping));

        // The summary table, grouped like the text.
        let groups: [(R, &[MeasureStatus]); 3] = [
            (R::HImplemented, &[MeasureStatus::Implemented]),
            (
                R::HPlanned,
                &[MeasureStatus::InProgress, MeasureStatus::Planned],
            ),
            (R::HStopped, &[MeasureStatus::Stopped]),
        ];
        let ordered: Vec<&Measure> = groups
            .iter()
            .flat_map(|(_, statuses)| ms.iter().filter(move |m| statuses.contains(&m.status)))
            .collect();
        let rows = ordered
            .iter()
            .map(|m| Row {
                cells: vec![
                    Cell::text(self.measure_title(m)),
                    Cell::text(m.status.label(self.lang)),
                    Cell::text(self.period(m)),
                    Cell::text(if m.digitalisation {
                        self.c(Common::Yes)
                    } else {
                        self.c(Common::No)
                    }),
                    Cell::text(
                        m.investment
                            .map_or_else(|| self.missing(), |v| self.plain(v)),
                    ),
                ],
                total: false,
            })
            .collect();
        let caption = self.table_caption(R::CapMeasures, &[]);
        let columns = vec![
            self.col(R::ColMeasure, Align::Left),
            self.col(R::ColStatus, Align::Left),
            self.col(R::ColPeriod, Align::Left),
            self.col(R::ColDigitalisation, Align::Left),
            self.col(R::ColInvestment, Align::Right),
        ];
        self.table(
            caption,
            columns,
            rows,
            Some(self.t(R::NoteInvestment).to_owned()),
        );

        for (key, statuses) in groups {
            let members: Vec<&Measure> =
                ms.iter().filter(|m| statuses.contains(&m.status)).collect();
            if members.is_empty() && key == R::HStopped {
                continue;
            }
            self.subsection(key);
            if members.is_empty() {
                let none = if key == R::HImplemented {
                    R::NoImplemented
                } else {
                    R::NoPlanned
                };
                self.para(self.t(none));
            }
            // A measure's blocks depend only on the measure: made on all cores, kept in order.
            let this = &*self;
            let blocks = super::parallel::map_or_here(&members, |m| {
                let mut b = this.fork();
                b.measure(m);
                b.blocks
            });
            self.blocks.extend(blocks.into_iter().flatten());
        }
    }

    fn measure(&mut self, m: &Measure) {
        self.push(Block::Heading(Heading {
            level: 4,
            number: None,
            text: self.measure_title(m),
        }));
        let mut facts = vec![m.status.label(self.lang).to_owned(), self.period(m)];
        let unit = user(&m.responsible_unit);
        let person = user(&m.responsible_person);
        match (unit.is_empty(), person.is_empty()) {
            (false, false) => facts.push(format!("{unit} ({person})")),
            (false, true) => facts.push(unit),
            (true, false) => facts.push(person),
            (true, true) => {}
        }
        if m.digitalisation {
            facts.push(self.t(R::DigitalisationTag).to_owned());
        }
        let mut spans = vec![Span::plain(facts.join(" · "))];
        let mut costs = Vec::new();
        if let Some(inv) = m.investment {
            costs.push(format!(
                "{}: {}",
                self.t(R::LabelInvestment),
                self.money(inv)
            ));
        }
        if let Some(op) = m.annual_operating_cost {
            costs.push(format!("{}: {}", self.t(R::LabelOperating), self.money(op)));
        }
        if !costs.is_empty() {
            let py = m.price_year.to_string();
            spans.push(Span::plain(format!(
                "\n{} ({})",
                costs.join(" · "),
                self.f(R::PriceYearShort, &[("year", &py)])
            )));
        }
        self.rich(spans, ParaKind::Meta);

        for p in paragraphs(&m.description) {
            self.para(p);
        }
        let services: Vec<String> = m
            .service_ids
            .iter()
            .filter_map(|id| self.ix.services.get(id).copied())
            .map(|s| self.service_name(s))
            .collect();
        if !services.is_empty() {
            self.rich(
                vec![
                    Span::bold(format!("{}: ", self.t(R::LabelServices))),
                    Span::plain(services.join(", ")),
                ],
                ParaKind::Body,
            );
        }
        let gains: Vec<String> = self
            .ix
            .gains_of
            .get(&m.id)
            .into_iter()
            .flatten()
            .map(|g| {
                let name = if g.name.trim().is_empty() {
                    self.t(R::UntitledGain).to_owned()
                } else {
                    user(&g.name)
                };
                format!("{name} ({})", lower_first(g.kind.label(self.lang)))
            })
            .collect();
        if !gains.is_empty() {
            self.rich(
                vec![
                    Span::bold(format!("{}: ", self.t(R::LabelGains))),
                    Span::plain(gains.join(", ")),
                ],
                ParaKind::Body,
            );
        }
        if m.digitalisation {
            let assessment = paragraphs(&m.special_assessment);
            if assessment.is_empty() {
                self.push(Block::Callout(Callout {
                    title: self.t(R::SpecialAssessment).to_owned(),
                    body: vec![vec![Span::italic(self.t(R::MissingAssessment))]],
                    warning: true,
                }));
            } else {
                self.push(Block::Callout(Callout {
                    title: self.t(R::SpecialAssessment).to_owned(),
                    body: assessment
                        .into_iter()
                        .map(|p| vec![Span::plain(p)])
                        .collect(),
                    warning: false,
                }));
            }
        }
    }

    fn services(&mut self) {
        self.section(R::HServices);
        let ss = &self.p.services;
        if ss.is_empty() {
            self.para(self.t(R::NoServices));
            return;
        }
        let available = ss.iter().filter(|s| s.digitally_available).count();
        let remaining = ss.iter().filter(|s| s.remains_to_digitalise).count();
        let volume: u64 = ss
            .iter()
            .filter_map(|s| s.annual_volume)
            .fold(0u64, u64::saturating_add);
        // Digital share weighted by volume, over services with both figures.
        let mut weighted = Decimal::ZERO;
        let mut weight = Decimal::ZERO;
        for s in ss {
            if let (Some(v), Some(share)) = (s.annual_volume, s.digital_share_percent) {
                let v = Decimal::from(v);
                if let Some(w) = v.checked_mul(share) {
                    weighted = weighted.checked_add(w).unwrap_or(weighted);
                    weight = weight.checked_add(v).unwrap_or(weight);
                }
            }
        }
        let mut summary = R::ServicesSummary.fill(
            self.lang,
            &[
                ("total", ss.len().into()),
                ("available", available.into()),
                ("remaining", remaining.into()),
            ],
        );
        if weight > Decimal::ZERO {
            let share = weighted.checked_div(weight).unwrap_or_default();
            summary.push(' ');
            summary.push_str(&R::ServicesVolume.fill(
                self.lang,
                &[
                    ("volume", volume.into()),
                    ("share", (&format::percent(share, 0, self.lang)).into()),
                ],
            ));
        }
        self.para(summary);

        // Overview: volume and channel.
        self.subsection(R::HServiceOverview);
        let rows = ss
            .iter()
            .map(|s| Row {
                cells: vec![
                    Cell::text(self.service_name(s)),
                    Cell::text(s.target_group.label(self.lang)),
                    Cell::text(s.channel.label(self.lang)),
                    Cell::text(s.annual_volume.map_or_else(
                        || self.missing(),
                        |v| format::integer(v.min(i64::MAX as u64) as i64, self.lang),
                    )),
                    Cell::text(
                        s.digital_share_percent
                            .map_or_else(|| self.missing(), |p| format::percent(p, 1, self.lang)),
                    ),
                    Cell {
                        spans: vec![Span::plain(if s.digitally_available {
                            self.c(Common::Yes)
                        } else {
                            self.c(Common::No)
                        })],
                        mark: Some(if s.digitally_available {
                            Mark::Good
                        } else {
                            Mark::Bad
                        }),
                    },
                ],
                total: false,
            })
            .collect();
        let caption = self.table_caption(R::CapServices, &[]);
        let columns = vec![
            self.col(R::ColService, Align::Left),
            self.col(R::ColTargetGroup, Align::Left),
            self.col(R::ColChannel, Align::Left),
            self.col(R::ColVolume, Align::Right),
            self.col(R::ColDigitalShare, Align::Right),
            self.col(R::ColAvailable, Align::Left),
        ];
        self.table(caption, columns, rows, None);

        // Suitability and user orientation.
        self.subsection(R::HSuitability);
        self.para(self.t(R::SuitabilityIntro));
        let suit = |s: gevinst_core::model::Suitability| Cell {
            spans: vec![Span::plain(s.label(self.lang))],
            mark: Some(match s {
                gevinst_core::model::Suitability::Suited => Mark::Good,
                gevinst_core::model::Suitability::Partly => Mark::Partial,
                gevinst_core::model::Suitability::NotSuited => Mark::Bad,
                gevinst_core::model::Suitability::NotAssessed => Mark::Neutral,
            }),
        };
        let rows = ss
            .iter()
            .map(|s| Row {
                cells: vec![
                    Cell::text(self.service_name(s)),
                    suit(s.self_service),
                    suit(s.instant_decision),
                    suit(s.automated_processing),
                    Cell::text(s.user_orientation.label(self.lang)),
                ],
                total: false,
            })
            .collect();
        let caption = self.table_caption(R::CapSuitability, &[]);
        let columns = vec![
            self.col(R::ColService, Align::Left),
            self.col(R::ColSelfService, Align::Left),
            self.col(R::ColInstant, Align::Left),
            self.col(R::ColAutomated, Align::Left),
            self.col(R::ColUserOrientation, Align::Left),
        ];
        self.table(caption, columns, rows, None);
        let reasons: Vec<Vec<Span>> = ss
            .iter()
            .filter(|s| !s.user_orientation_reason.trim().is_empty())
            .map(|s| {
                vec![
                    Span::bold(format!(
                        "{} – {}: ",
                        self.service_name(s),
                        lower_first(s.user_orientation.label(self.lang))
                    )),
                    Span::plain(user(&s.user_orientation_reason)),
                ]
            })
            .collect();
        if !reasons.is_empty() {
            self.push(Block::Bullets(reasons));
        }

        self.thresholds();
        self.reuse_regulations_chains();
        self.plans();
    }

    fn thresholds(&mut self) {
        self.subsection(R::HThresholds);
        let st = &self.p.settings;
        let high = st.digital_threshold_high;
        let low = st.digital_threshold_low;
        let intro =
            R::ThresholdIntro.fill(self.lang, &[("high", high.into()), ("low", low.into())]);
        self.para(intro);
        let over: Vec<&Service> = self
            .p
            .services
            .iter()
            .filter(|s| s.annual_volume.is_some_and(|v| v >= low) && !s.digitally_available)
            .collect();
        if over.is_empty() {
            self.para(self.t(R::ThresholdAllDigital));
            return;
        }
        let mut items = Vec::new();
        for s in over {
            let volume = s.annual_volume.unwrap_or_default();
            let name = self.quoted(&self.service_name(s));
            let reason = user(&s.exemption_reason);
            if !reason.is_empty() {
                items.push(vec![
                    Span::bold(R::ThresholdExempt.fill(
                        self.lang,
                        &[("service", (&name).into()), ("volume", volume.into())],
                    )),
                    Span::plain(format!(" {reason}")),
                ]);
            } else {
                let mut spans = vec![Span::bold(R::ThresholdNotDigital.fill(
                    self.lang,
                    &[("service", (&name).into()), ("volume", volume.into())],
                ))];
                spans.push(Span::plain(format!(" {}", self.plan_sentence(s))));
                items.push(spans);
            }
        }
        self.push(Block::Bullets(items));
    }

    fn plan_sentence(&self, s: &Service) -> String {
        let what = user(&s.plan.what);
        if what.is_empty() {
            return self.t(R::NoPlanForService).to_owned();
        }
        let who = user(&s.plan.responsible);
        let mut out = self.f(R::PlanSentence, &[("what", &what)]);
        if !who.is_empty() {
            out.push(' ');
            out.push_str(&self.f(R::PlanResponsible, &[("who", &who)]));
        }
        if let Some(due) = s.plan.due {
            out.push(' ');
            out.push_str(&self.f(R::PlanDue, &[("date", &self.date(due))]));
        }
        out
    }

    fn reuse_regulations_chains(&mut self) {
        let ss = &self.p.services;
        self.subsection(R::HReuse);
        let reuse: Vec<Vec<Span>> = ss
            .iter()
            .filter(|s| !s.reusable_information.is_empty())
            .map(|s| {
                let sources: Vec<String> = s
                    .reusable_information
                    .iter()
                    .map(|i| {
                        if *i == gevinst_core::model::InfoSource::Other
                            && !s.reusable_other.trim().is_empty()
                        {
                            user(&s.reusable_other)
                        } else {
                            i.label(self.lang).to_owned()
                        }
                    })
                    .collect();
                vec![
                    Span::bold(format!("{}: ", self.service_name(s))),
                    Span::plain(sources.join(", ")),
                ]
            })
            .collect();
        if reuse.is_empty() {
            self.para(self.t(R::NoReuse));
        } else {
            self.para(self.t(R::ReuseIntro));
            self.push(Block::Bullets(reuse));
        }

        self.subsection(R::HRegulations);
        let regs: Vec<Vec<Span>> = ss
            .iter()
            .filter(|s| !s.regulations_to_review.trim().is_empty())
            .map(|s| {
                vec![
                    Span::bold(format!("{}: ", self.service_name(s))),
                    Span::plain(user(&s.regulations_to_review)),
                ]
            })
            .collect();
        if regs.is_empty() {
            self.para(self.t(R::NoRegulations));
        } else {
            self.para(self.t(R::RegulationsIntro));
            self.push(Block::Bullets(regs));
        }

        self.subsection(R::HChains);
        let chains: Vec<Vec<Span>> = ss
            .iter()
            .filter(|s| s.service_chain)
            .map(|s| {
                let partners = user(&s.service_chain_partners);
                let name = self.service_name(s);
                if partners.is_empty() {
                    vec![Span::plain(
                        self.f(R::ChainNoPartners, &[("service", &name)]),
                    )]
                } else {
                    vec![
                        Span::bold(format!("{name}: ")),
                        Span::plain(self.f(R::ChainWith, &[("partners", &partners)])),
                    ]
                }
            })
            .collect();
        if chains.is_empty() {
            self.para(self.t(R::NoChains));
        } else {
            self.push(Block::Bullets(chains));
        }
    }

    fn plans(&mut self) {
        self.subsection(R::HPlans);
        let rows: Vec<Row> = self
            .p
            .services
            .iter()
            .filter(|s| !s.plan.what.trim().is_empty())
            .map(|s| Row {
                cells: vec![
                    Cell::text(self.service_name(s)),
                    Cell::text(user(&s.plan.what)),
                    Cell::text({
                        let r = user(&s.plan.responsible);
                        if r.is_empty() { self.missing() } else { r }
                    }),
                    Cell::text(s.plan.due.map_or_else(|| self.missing(), |d| self.date(d))),
                ],
                total: false,
            })
            .collect();
        if rows.is_empty() {
            self.para(self.t(R::NoPlans));
            return;
        }
        let caption = self.table_caption(R::CapPlans, &[]);
        let columns = vec![
            self.col(R::ColService, Align::Left),
            self.col(R::ColWhat, Align::Left),
            self.col(R::ColResponsible, Align::Left),
            self.col(R::ColDue, Align::Right),
        ];
        self.table(caption, columns, rows, None);
        let without: Vec<String> = self
            .p
            .services
            .iter()
            .filter(|s| s.plan.what.trim().is_empty() && s.remains_to_digitalise)
            .map(|s| self.quoted(&self.service_name(s)))
            .collect();
        if !without.is_empty() {
            let list = without.join(", ");
            let text = self.f(R::ServicesWithoutPlan, &[("services", &list)]);
            self.para(text);
        }
    }

    fn gains(&mut self, totals: &calc::GainTotals) {
        self.section(R::HGains);
        if self.p.gains.is_empty() {
            self.para(self.t(R::NoGains));
            return;
        }
        let intro = R::GainsIntro.fill(
            self.lang,
            &[
                ("price_year", (&self.price_year()).into()),
                ("hours", Arg::Decimal(self.p.settings.hours_per_fte, 1)),
            ],
        );
        self.para(intro);
        if !totals.unconverted.is_empty() {
            let text =
                R::UnconvertedWarning.fill(self.lang, &[("n", totals.unconverted.len().into())]);
            self.para(text);
        }

        self.subsection(R::HGainsPerYear);
        let years = totals.years();
        // The chart: kroner per year, planned and realised.
        let planned: Vec<Option<Money>> =
            years.iter().map(|y| Some(totals.year_nok(*y).0)).collect();
        let realised: Vec<Option<Money>> = years.iter().map(|y| totals.year_nok(*y).1).collect();
        let max = planned
            .iter()
            .chain(realised.iter())
            .flatten()
            .map(|m| m.round_kroner().abs())
            .max()
            .unwrap_or(0);
        let millions = max >= 2_000_000;
        let unit_key = if millions {
            R::ChartUnitMillions
        } else {
            R::ChartUnitKroner
        };
        self.figures += 1;
        let caption = format!(
            "{} {}",
            self.f(R::FigureCaption, &[("n", &self.figures.to_string())]),
            self.t(R::CapChart)
        );
        self.push(Block::Chart(Chart {
            caption,
            unit: self.f(unit_key, &[("price_year", &self.price_year())]),
            divisor: if millions { 1_000_000 } else { 1 },
            categories: years.iter().map(|y| y.to_string()).collect(),
            series: vec![
                Series {
                    kind: SeriesKind::Planned,
                    name: self.t(R::Planned).to_owned(),
                    values: planned,
                },
                Series {
                    kind: SeriesKind::Realised,
                    name: self.t(R::Realised).to_owned(),
                    values: realised,
                },
            ],
            language: self.lang,
        }));

        let mut rows = Vec::new();
        for y in &years {
            let mut sum_planned = Money::ZERO;
            let mut sum_realised: Option<Money> = None;
            let mut fte_planned = Decimal::ZERO;
            let mut fte_realised: Option<Decimal> = None;
            let mut first_of_year = true;
            for r in totals.rows.iter().filter(|r| r.year == *y) {
                sum_planned = sum_planned
                    .checked_add(r.planned_nok)
                    .unwrap_or(sum_planned);
                if let Some(x) = r.realised_nok {
                    let s = sum_realised.unwrap_or(Money::ZERO);
                    sum_realised = Some(s.checked_add(x).unwrap_or(s));
                }
                fte_planned += r.planned_fte;
                if let Some(f) = r.realised_fte {
                    fte_realised = Some(fte_realised.unwrap_or_default() + f);
                }
                let has_nok = r.planned_nok != Money::ZERO || r.realised_nok.is_some();
                let has_fte = r.planned_hours != Decimal::ZERO || r.realised_hours.is_some();
                if !has_nok && !has_fte {
                    // Only indicator values (quality gains): shown in the indicator table.
                    continue;
                }
                let year_cell = if first_of_year {
                    y.to_string()
                } else {
                    String::new()
                };
                first_of_year = false;
                rows.push(Row {
                    cells: vec![
                        Cell::text(year_cell),
                        Cell::text(r.kind.label(self.lang)),
                        Cell::text(if has_nok {
                            self.plain(r.planned_nok)
                        } else {
                            self.missing()
                        }),
                        Cell::text(
                            r.realised_nok
                                .map_or_else(|| self.missing(), |m| self.plain(m)),
                        ),
                        Cell::text(if has_fte {
                            self.fte(r.planned_fte)
                        } else {
                            self.missing()
                        }),
                        Cell::text(
                            r.realised_fte
                                .map_or_else(|| self.missing(), |f| self.fte(f)),
                        ),
                    ],
                    total: false,
                });
            }
            rows.push(Row {
                cells: vec![
                    Cell::text(""),
                    Cell::text(self.f(R::SumYear, &[("year", &y.to_string())])),
                    Cell::text(self.plain(sum_planned)),
                    Cell::text(sum_realised.map_or_else(|| self.missing(), |m| self.plain(m))),
                    Cell::text(self.fte(fte_planned)),
                    Cell::text(fte_realised.map_or_else(|| self.missing(), |f| self.fte(f))),
                ],
                total: true,
            });
        }
        let caption = self.table_caption(R::CapGainsPerYear, &[("price_year", &self.price_year())]);
        let columns = vec![
            self.col(R::ColYear, Align::Left),
            self.col(R::ColKind, Align::Left),
            self.col(R::ColPlannedNok, Align::Right),
            self.col(R::ColRealisedNok, Align::Right),
            self.col(R::ColPlannedFte, Align::Right),
            self.col(R::ColRealisedFte, Align::Right),
        ];
        self.table(
            caption,
            columns,
            rows,
            Some(self.t(R::NoteNotMeasured).to_owned()),
        );

        self.indicators();
        self.owners();
    }

    fn indicator_value(&self, v: Decimal, unit: &str) -> String {
        let n = format::decimal(v, 2, self.lang);
        let unit = user(unit);
        if unit.is_empty() {
            n
        } else if unit == "%" && self.lang == Language::En {
            format!("{n}%")
        } else {
            format!("{n}{}{unit}", format::NBSP)
        }
    }

    fn indicators(&mut self) {
        self.subsection(R::HIndicators);
        let report_year = self.p.report.year;
        let mut rows = Vec::new();
        for g in &self.p.gains {
            let latest = g
                .years
                .iter()
                .filter(|y| y.year <= report_year)
                .filter_map(|y| y.realised_indicator.map(|v| (y.year, v)))
                .max_by_key(|(y, _)| *y);
            let non_monetary = matches!(g.kind, GainKind::Quality | GainKind::OtherActors);
            if !non_monetary && latest.is_none() {
                continue;
            }
            let with_date = |v: Option<Decimal>, d: Option<chrono::NaiveDate>| match (v, d) {
                (Some(v), Some(d)) => {
                    format!("{}\n{}", self.indicator_value(v, &g.unit), self.date(d))
                }
                (Some(v), None) => self.indicator_value(v, &g.unit),
                (None, _) => self.missing(),
            };
            let achievement = match (g.target_value, latest) {
                (Some(target), Some((_, actual))) => {
                    calc::achievement_percent(g.baseline_value, target, actual, g.direction)
                }
                _ => None,
            };
            let indicator = user(&g.indicator);
            rows.push(Row {
                cells: vec![
                    Cell::text(if g.name.trim().is_empty() {
                        self.t(R::UntitledGain).to_owned()
                    } else {
                        user(&g.name)
                    }),
                    Cell::text(if indicator.is_empty() {
                        self.missing()
                    } else {
                        indicator
                    }),
                    Cell::text(with_date(g.baseline_value, g.baseline_date)),
                    Cell::text(with_date(g.target_value, g.target_date)),
                    Cell::text(latest.map_or_else(
                        || self.missing(),
                        |(y, v)| format!("{} ({y})", self.indicator_value(v, &g.unit)),
                    )),
                    Cell {
                        spans: vec![Span::plain(achievement.map_or_else(
                            || self.missing(),
                            |a| format::percent(a, 0, self.lang),
                        ))],
                        mark: achievement.map(|a| {
                            if a >= Decimal::ONE_HUNDRED {
                                Mark::Good
                            } else if a >= Decimal::from(50) {
                                Mark::Partial
                            } else {
                                Mark::Bad
                            }
                        }),
                    },
                ],
                total: false,
            });
        }
        if rows.is_empty() {
            self.para(self.t(R::NoIndicators));
            return;
        }
        self.para(self.t(R::IndicatorsIntro));
        let caption = self.table_caption(R::CapIndicators, &[]);
        let columns = vec![
            self.col(R::ColGain, Align::Left),
            self.col(R::ColIndicator, Align::Left),
            self.col(R::ColBaseline, Align::Right),
            self.col(R::ColTarget, Align::Right),
            self.col(R::ColLatest, Align::Right),
            self.col(R::ColAchievement, Align::Right),
        ];
        self.table(
            caption,
            columns,
            rows,
            Some(self.t(R::NoteAchievement).to_owned()),
        );
    }

    fn owners(&mut self) {
        self.subsection(R::HOwners);
        self.para(self.t(R::OwnersIntro));
        let rows = self
            .p
            .gains
            .iter()
            .map(|g| {
                let measure = g
                    .measure_id
                    .and_then(|id| self.ix.measures.get(&id).copied())
                    .map_or_else(|| self.missing(), |m| self.measure_title(m));
                let owner = user(&g.owner);
                Row {
                    cells: vec![
                        Cell::text(self.gain_name(Some(g.id))),
                        Cell::text(measure),
                        Cell::text(g.kind.label(self.lang)),
                        if owner.is_empty() {
                            Cell {
                                spans: vec![Span::italic(self.t(R::NoOwner))],
                                mark: Some(Mark::Bad),
                            }
                        } else {
                            Cell::text(owner)
                        },
                    ],
                    total: false,
                }
            })
            .collect();
        let caption = self.table_caption(R::CapOwners, &[]);
        let columns = vec![
            self.col(R::ColGain, Align::Left),
            self.col(R::ColMeasure, Align::Left),
            self.col(R::ColKind, Align::Left),
            self.col(R::ColOwner, Align::Left),
        ];
        self.table(caption, columns, rows, None);
    }

    fn extraction(&mut self) -> Result<(), CalcError> {
        self.section(R::HExtraction);
        let rows = calc::extraction_rows(self.p);
        if rows.is_empty() {
            self.para(self.t(R::NoExtractions));
            return Ok(());
        }
        let year = self.p.report.year;
        let ys = year.to_string();
        let in_year: Vec<&calc::ExtractionRow> = rows
            .iter()
            .filter(|r| r.year == year && r.form != ExtractionForm::NotExtracted)
            .collect();
        let sum = |it: &mut dyn Iterator<Item = &&calc::ExtractionRow>| -> Result<(Money, Decimal), CalcError> {
            let mut m = Money::ZERO;
            let mut f = Decimal::ZERO;
            for r in it {
                if let Some(a) = r.amount_nok {
                    m = m.checked_add(a).ok_or(CalcError::Overflow)?;
                }
                if let Some(x) = r.fte {
                    f = f.checked_add(x).ok_or(CalcError::Overflow)?;
                }
            }
            Ok((m, f))
        };
        if in_year.is_empty() {
            self.para(self.f(R::NoExtractionsInYear, &[("year", &ys)]));
        } else {
            let of = |forms: &[ExtractionForm]| {
                sum(&mut in_year.iter().filter(|r| forms.contains(&r.form)))
            };
            let total = sum(&mut in_year.iter())?;
            let realloc = of(&[ExtractionForm::Reallocation])?;
            let cut = of(&[ExtractionForm::BudgetCut])?;
            let capacity = of(&[
                ExtractionForm::IncreasedVolume,
                ExtractionForm::ImprovedQuality,
            ])?;
            let mut text = self.f(
                R::ExtractionSummary,
                &[("year", &ys), ("amount", &self.amount_fte(total))],
            );
            for (key, part) in [
                (R::ExtractionRealloc, realloc),
                (R::ExtractionCut, cut),
                (R::ExtractionCapacity, capacity),
            ] {
                if part.0 != Money::ZERO || part.1 != Decimal::ZERO {
                    text.push(' ');
                    text.push_str(&self.f(key, &[("amount", &self.amount_fte(part))]));
                }
            }
            self.para(text);
        }
        self.para(self.f(R::ExtractionIntro, &[("price_year", &self.price_year())]));

        // Per priority area.
        self.subsection(R::HByArea);
        let all = calc::extraction_by_area(self.p, None)?;
        let this = calc::extraction_by_area(self.p, Some(year))?;
        if all.is_empty() {
            self.para(self.t(R::NoReallocations));
        } else {
            let mut table_rows = Vec::new();
            let mut totals = (Money::ZERO, Decimal::ZERO, Money::ZERO, Decimal::ZERO);
            for a in &all {
                let name = match a.area.and_then(|id| self.ix.areas.get(&id).copied()) {
                    Some(pa) if !pa.name.trim().is_empty() => user(&pa.name),
                    _ => self.t(R::NoArea).to_owned(),
                };
                let cur = this.iter().find(|t| t.area == a.area);
                let (cm, cf) = cur.map_or((Money::ZERO, Decimal::ZERO), |c| (c.amount_nok, c.fte));
                totals.0 = totals.0.checked_add(cm).ok_or(CalcError::Overflow)?;
                totals.1 += cf;
                totals.2 = totals
                    .2
                    .checked_add(a.amount_nok)
                    .ok_or(CalcError::Overflow)?;
                totals.3 += a.fte;
                table_rows.push(Row {
                    cells: vec![
                        Cell::text(name),
                        Cell::text(self.plain_or_dash(cm)),
                        Cell::text(self.fte_or_dash(cf)),
                        Cell::text(self.plain_or_dash(a.amount_nok)),
                        Cell::text(self.fte_or_dash(a.fte)),
                    ],
                    total: false,
                });
            }
            table_rows.push(Row {
                cells: vec![
                    Cell::text(self.t(R::Sum)),
                    Cell::text(self.plain_or_dash(totals.0)),
                    Cell::text(self.fte_or_dash(totals.1)),
                    Cell::text(self.plain_or_dash(totals.2)),
                    Cell::text(self.fte_or_dash(totals.3)),
                ],
                total: true,
            });
            let caption = self.table_caption(R::CapByArea, &[]);
            let columns = vec![
                self.col(R::ColArea, Align::Left),
                self.col_text(self.f(R::ColNokYear, &[("year", &ys)]), Align::Right),
                self.col_text(self.f(R::ColFteYear, &[("year", &ys)]), Align::Right),
                self.col(R::ColNokTotal, Align::Right),
                self.col(R::ColFteTotal, Align::Right),
            ];
            self.table(caption, columns, table_rows, None);
            let described: Vec<Vec<Span>> = self
                .p
                .priority_areas
                .iter()
                .filter(|pa| all.iter().any(|a| a.area == Some(pa.id)))
                .filter(|pa| !pa.description.trim().is_empty())
                .map(|pa| {
                    vec![
                        Span::bold(format!("{}: ", user(&pa.name))),
                        Span::plain(user(&pa.description)),
                    ]
                })
                .collect();
            if !described.is_empty() {
                self.push(Block::Bullets(described));
            }
        }

        // Per form.
        self.subsection(R::HByForm);
        let forms = calc::extraction_by_form(self.p, None)?;
        let form_row = |f: &calc::FormTotal, total: bool| Row {
            cells: vec![
                Cell::text(f.form.label(self.lang)),
                Cell::text(self.count(f.count)),
                Cell::text(self.plain_or_dash(f.amount_nok)),
                Cell::text(self.fte_or_dash(f.fte)),
            ],
            total,
        };
        let (extracted, not): (Vec<&calc::FormTotal>, Vec<&calc::FormTotal>) = forms
            .iter()
            .partition(|f| f.form != ExtractionForm::NotExtracted);
        let mut form_rows: Vec<Row> = extracted.iter().map(|f| form_row(f, false)).collect();
        let sum = calc::FormTotal {
            form: ExtractionForm::Reallocation,
            count: extracted.iter().map(|f| f.count).sum(),
            amount_nok: Money::checked_sum(extracted.iter().map(|f| f.amount_nok))
                .ok_or(CalcError::Overflow)?,
            fte: extracted.iter().map(|f| f.fte).sum(),
        };
        let mut sum_row = form_row(&sum, true);
        sum_row.cells[0] = Cell::text(self.t(R::SumExtracted));
        form_rows.push(sum_row);
        form_rows.extend(not.iter().map(|f| form_row(f, false)));
        let caption = self.table_caption(R::CapByForm, &[]);
        let columns = vec![
            self.col(R::ColForm, Align::Left),
            self.col(R::ColCount, Align::Right),
            self.col(R::ColAmount, Align::Right),
            self.col(R::ColFte, Align::Right),
        ];
        self.table(caption, columns, form_rows, None);

        // Every extraction, year by year.
        self.subsection(R::HExtractionList);
        let mut sorted: Vec<&calc::ExtractionRow> = rows.iter().collect();
        sorted.sort_by_key(|r| r.year);
        let list_rows = sorted
            .iter()
            .map(|r| {
                let e = self.ix.extractions.get(&r.id).copied();
                let mut dest = Vec::new();
                if r.form == ExtractionForm::Reallocation {
                    let area = match r
                        .priority_area
                        .and_then(|id| self.ix.areas.get(&id).copied())
                    {
                        Some(pa) if !pa.name.trim().is_empty() => user(&pa.name),
                        _ => self.t(R::NoArea).to_owned(),
                    };
                    dest.push(Span::bold(area));
                }
                let desc = e.map(|e| user(&e.description)).unwrap_or_default();
                if !desc.is_empty() {
                    if !dest.is_empty() {
                        dest.push(Span::plain("\n"));
                    }
                    dest.push(Span::plain(desc));
                } else if r.form == ExtractionForm::NotExtracted {
                    dest.push(Span::italic(self.t(R::MissingReason)));
                }
                if dest.is_empty() {
                    dest.push(Span::plain(self.missing()));
                }
                Row {
                    cells: vec![
                        Cell::text(r.year.to_string()),
                        Cell::text(self.gain_name(r.gain_id)),
                        Cell::text(r.form.label(self.lang)),
                        Cell::rich(dest),
                        Cell::text(
                            r.amount_nok
                                .map_or_else(|| self.missing(), |m| self.plain(m)),
                        ),
                        Cell::text(r.fte.map_or_else(|| self.missing(), |f| self.fte(f))),
                    ],
                    total: false,
                }
            })
            .collect();
        let caption = self.table_caption(R::CapExtractions, &[]);
        let columns = vec![
            self.col(R::ColYear, Align::Left),
            self.col(R::ColGain, Align::Left),
            self.col(R::ColForm, Align::Left),
            self.col(R::ColDestination, Align::Left),
            self.col(R::ColAmount, Align::Right),
            self.col(R::ColFte, Align::Right),
        ];
        self.table(caption, columns, list_rows, None);

        // Not extracted, with the reason.
        let not: Vec<&&calc::ExtractionRow> = sorted
            .iter()
            .filter(|r| r.form == ExtractionForm::NotExtracted)
            .collect();
        if !not.is_empty() {
            self.subsection(R::HNotExtracted);
            let items = not
                .iter()
                .map(|r| {
                    let what = match (r.amount_nok, r.fte) {
                        (Some(m), Some(f)) => format!(
                            "{} / {} {}",
                            self.money(m),
                            self.fte(f),
                            self.c(Common::Fte)
                        ),
                        (Some(m), None) => self.money(m),
                        (None, Some(f)) => format!("{} {}", self.fte(f), self.c(Common::Fte)),
                        (None, None) => self.t(R::AnAmount).to_owned(),
                    };
                    let head = self.f(
                        R::NotExtractedItem,
                        &[
                            ("year", &r.year.to_string()),
                            ("what", &what),
                            ("gain", &self.quoted(&self.gain_name(r.gain_id))),
                        ],
                    );
                    let reason = self
                        .ix
                        .extractions
                        .get(&r.id)
                        .map(|e| user(&e.description))
                        .unwrap_or_default();
                    if reason.is_empty() {
                        vec![
                            Span::bold(head),
                            Span::plain(" "),
                            Span::italic(self.t(R::MissingReason)),
                        ]
                    } else {
                        vec![Span::bold(head), Span::plain(format!(" {reason}"))]
                    }
                })
                .collect();
            self.push(Block::Bullets(items));
        }
        Ok(())
    }

    fn npv(&mut self) -> Result<(), CalcError> {
        self.section(R::HNpv);
        let mut rows = Vec::new();
        let mut total = Some(Money::ZERO);
        let mut failed = 0usize;
        // Each measure's analysis is independent: computed on all cores.
        let p = self.p;
        let results = super::parallel::map_or_here(&p.measures, |m| calc::measure_npv(p, m.id));
        for (m, result) in p.measures.iter().zip(results) {
            // One measure with absurd amounts must not stop the report: its value is left out.
            let (start, npv) = match result {
                Ok(Some(res)) => (res.start_year.to_string(), Some(res.npv)),
                Ok(None) => continue,
                Err(CalcError::Overflow) => {
                    failed += 1;
                    (self.missing(), None)
                }
            };
            total = match (total, npv) {
                (Some(t), Some(v)) => t.checked_add(v),
                (t, None) => t,
                (None, _) => None,
            };
            rows.push(Row {
                cells: vec![
                    Cell::text(self.measure_title(m)),
                    Cell::text(start),
                    Cell::text(
                        m.investment
                            .map_or_else(|| self.missing(), |v| self.plain(v)),
                    ),
                    Cell::text(
                        m.annual_operating_cost
                            .map_or_else(|| self.missing(), |v| self.plain(v)),
                    ),
                    match npv {
                        Some(v) => Cell::text(self.plain(v)),
                        None => Cell {
                            spans: vec![Span::plain(self.missing())],
                            mark: Some(Mark::Bad),
                        },
                    },
                ],
                total: false,
            });
        }
        if rows.is_empty() {
            self.para(self.t(R::NoNpv));
        } else {
            self.para(self.t(R::NpvIntro));
            rows.push(Row {
                cells: vec![
                    Cell::text(self.t(R::Sum)),
                    Cell::text(""),
                    Cell::text(""),
                    Cell::text(""),
                    Cell::text(total.map_or_else(|| self.missing(), |t| self.plain(t))),
                ],
                total: true,
            });
            let caption = self.table_caption(R::CapNpv, &[("price_year", &self.price_year())]);
            let columns = vec![
                self.col(R::ColMeasure, Align::Left),
                self.col(R::ColStartYear, Align::Right),
                self.col(R::ColInvestment, Align::Right),
                self.col(R::ColOperating, Align::Right),
                self.col(R::ColNpv, Align::Right),
            ];
            let mut note = self.t(R::NoteNpv).to_owned();
            if failed > 0 {
                note.push(' ');
                note.push_str(&R::NpvOverflow.fill(self.lang, &[("n", failed.into())]));
            }
            self.table(caption, columns, rows, Some(note));
        }
        self.subsection(R::HMethod);
        let text = self.method_text();
        self.para(text);
        Ok(())
    }

    fn method_text(&self) -> String {
        let s = &self.p.settings;
        let pct = |d: Decimal| format::percent(d, 2, self.lang);
        let mut bands = Vec::new();
        let mut from = 0u32;
        for (i, b) in s.discount_rates.iter().enumerate() {
            let rate = pct(b.rate_percent);
            bands.push(match b.until_year {
                Some(until) => self.f(
                    R::RateBand,
                    &[
                        ("rate", &rate),
                        ("from", &from.to_string()),
                        ("to", &until.to_string()),
                    ],
                ),
                None if i == 0 => rate,
                None => self.f(R::RateBandLast, &[("rate", &rate)]),
            });
            if let Some(until) = b.until_year {
                from = until.saturating_add(1);
            }
        }
        let rates = match bands.len() {
            0 => self.missing(),
            1 => bands.remove(0),
            _ => {
                let last = bands.pop().unwrap_or_default();
                format!("{} {} {last}", bands.join(", "), self.t(R::And))
            }
        };
        R::MethodText.fill(
            self.lang,
            &[
                ("price_year", (&self.price_year()).into()),
                ("years", s.analysis_period_years.into()),
                ("rates", (&rates).into()),
                ("tax", (&pct(s.tax_financing_cost_percent)).into()),
                ("growth", (&pct(s.real_price_growth_percent)).into()),
                ("cost_per_fte", (&self.money(s.cost_per_fte)).into()),
                ("hours", Arg::Decimal(s.hours_per_fte, 1)),
            ],
        )
    }

    fn checklist(&mut self) {
        self.section(R::HChecklist);
        let items: Vec<(ChecklistPoint, ChecklistStatus, String)> = ChecklistPoint::ALL
            .iter()
            .map(|&p| match self.p.checklist_item(p) {
                Some(i) => (p, i.status, user(&i.justification)),
                None => (p, ChecklistStatus::NotAnswered, String::new()),
            })
            .collect();
        let n = |s: ChecklistStatus| items.iter().filter(|i| i.1 == s).count();
        let mut summary = R::ChecklistSummary.fill(
            self.lang,
            &[
                ("total", items.len().into()),
                ("fulfilled", n(ChecklistStatus::Fulfilled).into()),
                ("partly", n(ChecklistStatus::Partly).into()),
                ("not", n(ChecklistStatus::NotFulfilled).into()),
                ("not_relevant", n(ChecklistStatus::NotRelevant).into()),
            ],
        );
        let unanswered = n(ChecklistStatus::NotAnswered);
        if unanswered > 0 {
            summary.push(' ');
            summary.push_str(&R::ChecklistUnanswered.fill(self.lang, &[("n", unanswered.into())]));
        }
        self.para(summary);
        let ks = self.money(self.p.settings.ks_threshold);
        let rows = items
            .iter()
            .map(|(p, status, just)| {
                let mark = match status {
                    ChecklistStatus::Fulfilled => Mark::Good,
                    ChecklistStatus::Partly => Mark::Partial,
                    ChecklistStatus::NotFulfilled => Mark::Bad,
                    ChecklistStatus::NotRelevant | ChecklistStatus::NotAnswered => Mark::Neutral,
                };
                let mut requirement = vec![Span::bold(p.label(self.lang).to_owned())];
                if *p == ChecklistPoint::P2_3 {
                    requirement.push(Span::plain(format!(
                        "\n{}",
                        self.f(R::KsThreshold, &[("amount", &ks)])
                    )));
                }
                let justification = if just.is_empty() {
                    if status.is_deviation() {
                        Cell {
                            spans: vec![Span::italic(self.t(R::MissingJustification))],
                            mark: Some(Mark::Bad),
                        }
                    } else {
                        Cell::text(self.missing())
                    }
                } else {
                    Cell::text(just.clone())
                };
                Row {
                    cells: vec![
                        Cell::text(p.number()),
                        Cell::rich(requirement),
                        Cell {
                            spans: vec![Span::plain(status.label(self.lang))],
                            mark: Some(mark),
                        },
                        justification,
                    ],
                    total: false,
                }
            })
            .collect();
        let caption = self.table_caption(R::CapChecklist, &[]);
        let columns = vec![
            self.col(R::ColPoint, Align::Left),
            self.col(R::ColRequirement, Align::Left),
            self.col(R::ColChecklistStatus, Align::Left),
            self.col(R::ColJustification, Align::Left),
        ];
        self.table(caption, columns, rows, None);
    }

    fn closing(&mut self) {
        let paras = paragraphs(&self.p.report.closing);
        if paras.is_empty() {
            return;
        }
        self.section(R::HClosing);
        for p in paras {
            self.para(p);
        }
    }
}

/// Build the semantic document of a project in a language.
pub fn build(project: &Project, lang: Language) -> Result<Content, CalcError> {
    let totals = calc::gain_totals(project)?;
    let ix = Index::new(project);
    let mut b = Builder {
        p: project,
        ix: &ix,
        lang,
        part_no: arabic(project.report.part),
        section: 0,
        subsection: 0,
        tables: 0,
        figures: 0,
        blocks: Vec::new(),
    };
    b.title();
    b.key_figures(&totals)?;
    b.push(Block::Toc {
        title: b.t(R::TocTitle).to_owned(),
    });
    b.introduction();
    b.measures();
    b.services();
    b.gains(&totals);
    b.extraction()?;
    b.npv()?;
    b.checklist();
    b.closing();

    let year = project.report.year.to_string();
    let agency = b.agency();
    let meta = Meta {
        language: lang,
        title: format!(
            "{} – {}",
            b.t(R::SectionTitle),
            b.f(R::HeaderRight, &[("year", &year)])
        ),
        author: agency.clone(),
        subject: b.t(R::Subject).to_owned(),
        keywords: b
            .t(R::Keywords)
            .split(',')
            .map(|k| k.trim().to_owned())
            .filter(|k| !k.is_empty())
            .collect(),
        header_left: agency,
        header_right: b.f(R::HeaderRight, &[("year", &year)]),
        footer: b.t(R::Footer).to_owned(),
    };
    Ok(Content {
        meta,
        blocks: b.blocks,
    })
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

    #[test]
    fn example_has_every_section_and_every_measure() {
        let p = gevinst_core::example::project();
        let c = build(&p, Language::Nb).unwrap();
        let headings: Vec<&Heading> = c
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading(h) => Some(h),
                _ => None,
            })
            .collect();
        for m in &p.measures {
            assert!(
                headings.iter().any(|h| h.level == 4 && h.text == m.title),
                "{}",
                m.title
            );
        }
        assert_eq!(headings[0].full_text(), "4.1 Innledning");
        let sections: Vec<String> = headings
            .iter()
            .filter(|h| h.level == 2)
            .map(|h| h.full_text())
            .collect();
        assert_eq!(sections.len(), 8, "{sections:?}");
        let callouts = c
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Callout(_)))
            .count();
        assert_eq!(
            callouts,
            p.measures.iter().filter(|m| m.digitalisation).count()
        );
    }

    #[test]
    fn an_empty_project_says_so_in_every_section() {
        let mut p = Project::new();
        p.report.year = 2026;
        let c = build(&p, Language::Nb).unwrap();
        let text: String = c
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) => {
                    Some(p.spans.iter().map(|s| s.text.clone()).collect::<String>())
                }
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n");
        for key in [
            R::NoMeasures,
            R::NoServices,
            R::NoGains,
            R::NoExtractions,
            R::NoNpv,
        ] {
            let expected = fill(key.text(Language::Nb), &[("year", "2026")]);
            assert!(text.contains(&expected), "missing: {expected}");
        }
    }
}
