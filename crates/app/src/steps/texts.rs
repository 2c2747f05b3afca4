//! Step: the section's own texts, the introduction and the closing, with guidance on what to
//! write.

use crate::StepCtx;
use crate::steps::Step;
use crate::steps::form::{self, Form};
use egui::{RichText, Ui};
use gevinst_core::edit::Edit;
use gevinst_core::i18n::{EditorText as E, Key};
use gevinst_core::model::{EntityRef, ReportField};

/// State of the texts step.
#[derive(Debug, Default)]
pub struct TextsStep {}

/// Words and paragraphs (separated by blank lines) in a text.
pub fn text_stats(text: &str) -> (usize, usize) {
    let words = text.split_whitespace().count();
    let paragraphs = text.split("\n\n").filter(|p| !p.trim().is_empty()).count();
    (words, paragraphs)
}

impl TextsStep {
    /// Show the step.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) {
        let lang = ctx.lang;
        let project = ctx.project;
        let original = &project.report;
        form::header(ui, Step::Texts, E::HelpTexts, lang);
        let jump = ctx
            .focus
            .is_some_and(|f| Step::of(f.entity, f.field) == Step::Texts);
        let mut report = original.clone();
        form::scrolled(ui, "texts", |ui| {
            let mut form = Form::new(ctx, EntityRef::Report, None);
            for (field, text) in [
                (ReportField::Introduction, &mut report.introduction),
                (ReportField::Closing, &mut report.closing),
            ] {
                form.long_text(ui, field, text, 10);
                let (words, paragraphs) = text_stats(text);
                ui.label(
                    RichText::new(E::TextStats.fill(
                        lang,
                        &[("words", words.into()), ("paragraphs", paragraphs.into())],
                    ))
                    .weak(),
                );
            }
            let differs = report != *original;
            form.commit(differs, || Edit::SetReport(report));
        });
        if jump {
            ctx.focus_done();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_and_paragraphs() {
        assert_eq!(text_stats(""), (0, 0));
        assert_eq!(text_stats("Ett avsnitt med fem ord."), (5, 1));
        assert_eq!(text_stats("Første.\n\nAndre avsnitt.\n\n\n"), (3, 2));
    }
}
