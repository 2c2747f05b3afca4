//! The report as a semantic document: headings, paragraphs, tables, a chart and key figures,
//! built from the project with `gevinst_core::calc`, `gevinst_core::format` and the translation tables.
//!
//! Nothing here knows about pages or points; [`super::layout`](mod@super::layout) decides where things go.
//! Every text comes from the project or from `ReportText`; a section without data says so.
//!
//! Where things are: the document types in `document.rs`; the `Builder` and its
//! formatting helpers in `builder.rs`, the table builder in `table.rs`; one file per section.
//! The sums and counts come from `gevinst_core::calc`; the sections only format them.

mod builder;
mod checklist;
mod closing;
mod document;
mod extraction;
mod gains;
mod intro;
mod last_year;
mod measures;
mod npv;
mod plans;
mod reuse;
mod services;
mod table;
mod title;

pub use document::{
    Align, Block, Callout, Cell, Chart, Column, Content, Heading, KeyFigure, Mark, Meta, ParaKind,
    Paragraph, Row, Series, SeriesKind, Table,
};

use builder::{Builder, Index, arabic};
use gevinst_core::calc::{self, CalcError};
use gevinst_core::i18n::{Language, ReportText as R};
use gevinst_core::model::Project;

/// Build the semantic document of a project in a language.
pub fn build(project: &Project, lang: Language) -> Result<Content, CalcError> {
    // Stopped measures of earlier years are left out unless chosen (`gevinst next-year`).
    let shown = gevinst_core::year::in_report(project);
    let project: &Project = &shown;
    let totals = calc::gain_totals(project)?;
    let years = calc::gain_year_sums(&totals)?;
    let areas = calc::extraction_by_area_and_year(project, project.report.year)?;
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
    b.key_figures(&areas)?;
    b.push(Block::Toc {
        title: b.t(R::TocTitle).to_owned(),
    });
    b.introduction();
    b.measures();
    b.services();
    b.gains(&totals, &years);
    b.extraction(&areas)?;
    b.npv();
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
    use gevinst_core::i18n::{Key, fill};

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
