//! The comparison window: what was added, removed and changed from the other copy to the open
//! project, grouped by step, each changed field with its old and new value in the user's
//! language and Norwegian formats (`gevinst_core::compare`). A line is a button that jumps
//! to its item, as a finding does. The difference is worked out in the background
//! ([`Recomputed`]) whenever the open project changes; meanwhile the last one stays, greyed
//! out, under a spinner.

use super::{OtherCopy, working};
use crate::app::Recomputed;
use crate::command::UiCommand;
use crate::context::Focus;
use crate::steps::Step;
use crate::widgets::centred_window;
use egui::{RichText, Ui};
use gevinst_core::compare::{self, Change, ChangeKind, Diff, typed_field};
use gevinst_core::i18n::{CompareText as T, Key, Language, WorkingText as W, fill};
use gevinst_core::model::Project;
use std::sync::Arc;

/// What the user asked for in the comparison window.
#[derive(Debug, Clone, PartialEq)]
pub enum CompareAction {
    /// Close the window.
    Close,
    /// Compare two different projects all the same.
    Force,
    /// Go to an item (or, for one only the other copy has, to its step).
    Go(UiCommand),
}

/// The comparison with another copy.
#[derive(Debug)]
pub struct CompareView {
    other: OtherCopy,
    forced: bool,
    /// The difference, worked out for each revision of the open project (`None`: the work
    /// ended without one).
    diff: Recomputed<u64, Option<Diff>>,
}

/// Where a change's line jumps: the item with the field, or the step of an item the open
/// project does not have.
fn target(change: &Change, field: Option<&str>) -> Option<UiCommand> {
    let entity = change.entity?;
    let field = field
        .or_else(|| change.fields.first().map(|f| f.field.as_str()))
        .and_then(|f| typed_field(&change.key, f));
    Some(match change.kind {
        ChangeKind::Removed => UiCommand::ShowStep(Step::of(entity, field)),
        ChangeKind::Added | ChangeKind::Changed => UiCommand::GoTo(Focus { entity, field }),
    })
}

/// A line of the list: a button when it jumps, a label otherwise.
fn line(ui: &mut Ui, text: RichText, go: Option<UiCommand>, tip: &str) -> Option<UiCommand> {
    match go {
        Some(cmd) => {
            let button = egui::Button::new(text).frame(false).wrap();
            ui.add(button).on_hover_text(tip).clicked().then_some(cmd)
        }
        None => {
            ui.label(text);
            None
        }
    }
}

impl CompareView {
    /// A comparison with `other`.
    pub fn new(other: OtherCopy) -> Self {
        CompareView {
            other,
            forced: false,
            diff: Recomputed::new(|_| None),
        }
    }

    /// The other copy.
    pub fn other(&self) -> &OtherCopy {
        &self.other
    }

    /// Compare all the same when the projects differ.
    pub fn force(&mut self) {
        self.forced = true;
    }

    /// True when the copies are of different projects and the user has not chosen to
    /// compare them all the same.
    pub fn refused(&self, mine: &Project) -> bool {
        mine.id != self.other.project.id && !self.forced
    }

    /// Take the background work's result, and start it again when the project is at another
    /// `revision` than the last result's (a result for an older revision is dropped).
    fn update(&mut self, ctx: &egui::Context, mine: &Project, revision: u64, background: bool) {
        let other = &self.other.project;
        self.diff.update(ctx, revision, background, || {
            let (other, mine) = (Arc::clone(other), mine.clone());
            move || Some(compare::diff(&other, &mine))
        });
    }

    /// True while the difference is being worked out.
    pub fn working(&self) -> bool {
        self.diff.working()
    }

    /// Wait for the background work (tests, quitting); its result is taken in the next frame.
    pub fn wait(&mut self) {
        self.diff.wait();
    }

    /// Draw the window over the open project `mine` (named `mine_name`); returns what the
    /// user asked for.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        (mine, mine_name): (&Project, &str),
        (revision, background): (u64, bool),
        lang: Language,
    ) -> Option<CompareAction> {
        if !self.refused(mine) {
            self.update(ctx, mine, revision, background);
        }
        let file = self.other.file_name();
        let title = fill(T::CompareTitle.text(lang), &[("file", &file)]);
        centred_window(
            ctx,
            (egui::Id::unique("gevinst-compare"), title),
            egui::vec2(680.0, 620.0),
            Some(CompareAction::Close),
            |ui| self.contents(ui, (mine, mine_name), revision, lang),
        )
    }

    fn contents(
        &mut self,
        ui: &mut Ui,
        (mine, mine_name): (&Project, &str),
        revision: u64,
        lang: Language,
    ) -> Option<CompareAction> {
        let file = self.other.file_name();
        let mut action = None;
        if self.refused(mine) {
            let names = [("mine", mine_name), ("theirs", file.as_str())];
            ui.label(
                RichText::new(fill(T::DifferentProjectsApp.text(lang), &names))
                    .color(ui.visuals().warn_fg_color),
            );
            ui.horizontal(|ui| {
                if ui.button(T::CompareAnyway.text(lang)).clicked() {
                    action = Some(CompareAction::Force);
                }
                if ui.button(T::Close.text(lang)).clicked() {
                    action = Some(CompareAction::Close);
                }
            });
            return action;
        }
        let current = self.diff.is_current(revision);
        let (Some(result), other) = (self.diff.latest(), &*self.other.project) else {
            working(ui, lang);
            return close_button(ui, lang);
        };
        let Some(diff) = result else {
            if !current {
                working(ui, lang);
            }
            ui.label(RichText::new(W::WorkFailed.text(lang)).color(ui.visuals().warn_fg_color));
            return close_button(ui, lang);
        };
        ui.label(RichText::new(fill(T::CompareIntro.text(lang), &[("file", &file)])).weak());
        ui.separator();
        if !current {
            working(ui, lang);
        }
        if diff.is_empty() {
            ui.label(RichText::new(T::NoDifferences.text(lang)).strong());
        } else {
            let tip = gevinst_core::i18n::UiText::FindingGoTip.text(lang);
            egui::ScrollArea::vertical()
                .auto_shrink([false, true])
                .max_height(ui.available_height() - 40.0)
                .show(ui, |ui| {
                    // A difference for an older revision is only shown, greyed out.
                    ui.add_enabled_ui(current, |ui| {
                        let mut group = None;
                        for c in &diff.changes {
                            if group != Some(c.group) {
                                group = Some(c.group);
                                ui.add_space(6.0);
                                ui.label(RichText::new(c.group.title(lang)).strong());
                            }
                            let head = RichText::new(c.headline(other, mine, lang));
                            if let Some(cmd) = line(ui, head, target(c, None), tip) {
                                action = Some(CompareAction::Go(cmd));
                            }
                            if c.fields.is_empty() {
                                // Added or removed: no field lines (an empty indent leaves a stub).
                                continue;
                            }
                            ui.indent(("change", &c.key, c.group), |ui| {
                                for f in &c.fields {
                                    let text = RichText::new(super::field_line(&c.key, f, lang));
                                    let go = target(c, Some(&f.field));
                                    if let Some(cmd) = line(ui, text, go, tip) {
                                        action = Some(CompareAction::Go(cmd));
                                    }
                                }
                            });
                        }
                    });
                });
        }
        ui.separator();
        close_button(ui, lang).or(action)
    }
}

/// The window's Close button.
fn close_button(ui: &mut Ui, lang: Language) -> Option<CompareAction> {
    ui.button(T::Close.text(lang))
        .clicked()
        .then_some(CompareAction::Close)
}
