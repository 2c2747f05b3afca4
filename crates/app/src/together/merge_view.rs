//! The merge window: a colleague's copy merged into the open project with
//! `gevinst_core::compare::merge` (the common ancestor from the files' histories). The changes
//! taken automatically are listed; each conflicting field shows my value and theirs with the
//! choice "Behold min" / "Ta deres"; "Slå sammen" is enabled once every conflict is chosen.
//! The merge is worked out in the background ([`Recomputed`]) whenever the open project, the
//! language or the copy changes; while it runs the last one stays, greyed out, under a spinner,
//! and it cannot be applied.

use super::{OtherCopy, working};
use crate::app::Recomputed;
use crate::widgets::centred_window;
use egui::{RichText, Ui};
use gevinst_core::compare::{
    self, Conflict, FieldConflict, Merge, MergeError, Side, entity_title, field_label, show_value,
};
use gevinst_core::i18n::{CompareText as T, Key, Language, WorkingText as W, fill};
use gevinst_core::model::Project;
use std::collections::HashMap;
use std::sync::Arc;

/// What the user asked for in the merge window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeAction {
    /// Close the window; nothing is merged.
    Close,
    /// Merge two different projects all the same.
    Force,
    /// Apply the merge with the choices made.
    Apply,
}

/// What a merge is worked out for: the open project's revision, the language of the listed
/// changes, whether different projects are merged all the same, and the copy's reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct For {
    revision: u64,
    lang: Language,
    forced: bool,
    read: u32,
}

/// A merge worked out for one revision of the open project.
#[derive(Debug)]
struct Worked {
    merge: Result<Merge, MergeError>,
    /// The changes taken from their copy without a conflict, as lines.
    taken: Vec<String>,
}

/// The merge of a colleague's copy, with the user's choices.
#[derive(Debug)]
pub struct MergeView {
    other: OtherCopy,
    forced: bool,
    /// The choice per conflicting field: (entity, field) → side.
    choices: HashMap<(String, String), Side>,
    /// The merge, worked out again when what it is for changes.
    worked: Recomputed<For, Worked>,
    /// How many times the copy was read again.
    read: u32,
    /// A message over the window (the copy was read again).
    notice: Option<String>,
}

fn choice_key(c: &Conflict, f: &FieldConflict) -> (String, String) {
    (c.key.clone(), f.field.clone())
}

impl MergeView {
    /// A merge of `other` into the open project.
    pub fn new(other: OtherCopy) -> Self {
        MergeView {
            other,
            forced: false,
            choices: HashMap::new(),
            worked: Recomputed::new(failed),
            read: 0,
            notice: None,
        }
    }

    /// The colleague's copy.
    pub fn other(&self) -> &OtherCopy {
        &self.other
    }

    /// Merge all the same when the projects differ.
    pub fn force(&mut self) {
        self.forced = true;
    }

    /// The copy was read again (it changed on disk): merge with what it holds now, keeping
    /// the choices made for conflicts that remain, and say why.
    pub fn reread(&mut self, other: OtherCopy, notice: String) {
        self.other = other;
        self.read = self.read.wrapping_add(1);
        self.notice = Some(notice);
    }

    /// Choose a side for one conflicting field of entity `key` (`""` for the whole entity).
    pub fn choose(&mut self, key: &str, field: &str, side: Side) {
        self.choices
            .insert((key.to_owned(), field.to_owned()), side);
    }

    /// Take the background work's result, and start it again when the last result is not
    /// for `what` (a result for anything older is dropped).
    fn update(&mut self, ctx: &egui::Context, mine: &Project, what: For, background: bool) {
        let other = &self.other.project;
        self.worked.update(ctx, what, background, || {
            let (other, mine) = (Arc::clone(other), mine.clone());
            move || work(&mine, &other, what)
        });
    }

    /// What the merge is to be worked out for now.
    fn now(&self, revision: u64, lang: Language) -> For {
        For {
            revision,
            lang,
            forced: self.forced,
            read: self.read,
        }
    }

    /// True when the merge shown is the one for `what`.
    fn is_current(&self, what: For) -> bool {
        self.worked.is_current(what)
    }

    /// True while the merge is being worked out.
    pub fn working(&self) -> bool {
        self.worked.working()
    }

    /// Wait for the background work (tests, quitting); its result is taken in the next frame.
    pub fn wait(&mut self) {
        self.worked.wait();
    }

    /// True when every conflicting field has a choice.
    fn all_chosen(&self, merge: &Merge) -> bool {
        merge.conflicts.iter().all(|c| {
            c.fields
                .iter()
                .all(|f| self.choices.contains_key(&choice_key(c, f)))
        })
    }

    /// The merged project with the choices made, once every conflict has one; `None` while
    /// some are open, the projects may not be merged, or the merge shown is not the one for the
    /// project at `revision` (it is being worked out again).
    pub fn resolve(&self, revision: u64, lang: Language) -> Option<Result<Project, String>> {
        if !self.is_current(self.now(revision, lang)) {
            return None;
        }
        let merge = self.worked.latest()?.merge.as_ref().ok()?;
        if !self.all_chosen(merge) {
            return None;
        }
        let choices = &self.choices;
        Some(
            merge
                .resolve(|c, f| {
                    choices
                        .get(&choice_key(c, f))
                        .copied()
                        .unwrap_or(Side::Mine)
                })
                .map_err(|e| match e {
                    MergeError::Invalid(detail) => detail,
                    MergeError::DifferentProjects => String::new(),
                }),
        )
    }

    /// Draw the window over the open project `mine` (named `mine_name`); returns what the
    /// user asked for.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        (mine, mine_name): (&Project, &str),
        (revision, background): (u64, bool),
        lang: Language,
    ) -> Option<MergeAction> {
        let what = self.now(revision, lang);
        self.update(ctx, mine, what, background);
        let file = self.other.file_name();
        let title = fill(T::MergeTitle.text(lang), &[("file", &file)]);
        centred_window(
            ctx,
            (egui::Id::unique("gevinst-merge"), title),
            egui::vec2(700.0, 600.0),
            Some(MergeAction::Close),
            |ui| self.contents(ui, (mine, mine_name), revision, lang),
        )
    }

    fn contents(
        &mut self,
        ui: &mut Ui,
        (mine, mine_name): (&Project, &str),
        revision: u64,
        lang: Language,
    ) -> Option<MergeAction> {
        let file = self.other.file_name();
        let mut action = None;
        if let Some(notice) = &self.notice {
            ui.label(RichText::new(notice).color(ui.visuals().warn_fg_color));
        }
        let current = self.is_current(self.now(revision, lang));
        if !current {
            working(ui, lang);
        }
        let Some(worked) = self.worked.latest() else {
            return close_button(ui, lang);
        };
        let merge = match &worked.merge {
            Ok(m) => m,
            Err(e) => {
                let text = match e {
                    MergeError::DifferentProjects => fill(
                        T::DifferentProjectsApp.text(lang),
                        &[("mine", mine_name), ("theirs", &file)],
                    ),
                    MergeError::Invalid(detail) => {
                        fill(T::MergeFailed.text(lang), &[("detail", detail)])
                    }
                };
                ui.label(RichText::new(text).color(ui.visuals().warn_fg_color));
                ui.horizontal(|ui| {
                    if matches!(e, MergeError::DifferentProjects)
                        && ui.button(T::MergeAnyway.text(lang)).clicked()
                    {
                        action = Some(MergeAction::Force);
                    }
                    if ui.button(T::Close.text(lang)).clicked() {
                        action = Some(MergeAction::Close);
                    }
                });
                return action;
            }
        };
        if merge.nothing_to_merge() {
            ui.label(RichText::new(T::NothingToMerge.text(lang)).strong());
            if ui.button(T::Close.text(lang)).clicked() {
                action = Some(MergeAction::Close);
            }
            return action;
        }
        if !merge.has_base {
            ui.label(
                RichText::new(fill(T::NoCommonAncestorApp.text(lang), &[("file", &file)]))
                    .color(ui.visuals().warn_fg_color),
            );
        }
        let other = &*self.other.project;
        let mut chosen: Vec<(String, String, Side)> = Vec::new();
        egui::ScrollArea::vertical()
            .auto_shrink([false, true])
            .max_height(ui.available_height() - 48.0)
            .show(ui, |ui| {
                let taken = T::MergeTakenAuto.fill(lang, &[("n", merge.taken.into())]);
                ui.label(RichText::new(taken).strong());
                for line in &worked.taken {
                    ui.label(line);
                }
                if merge.conflicts.is_empty() {
                    return;
                }
                ui.add_space(8.0);
                let heading =
                    T::MergeConflictsHeading.fill(lang, &[("n", merge.conflict_count().into())]);
                ui.label(RichText::new(heading).strong());
                for c in &merge.conflicts {
                    let entity = entity_title(&c.key, &[mine, other], lang);
                    ui.add_space(6.0);
                    ui.label(RichText::new(format!("{} · {entity}", c.group.title(lang))).strong());
                    for f in &c.fields {
                        let now = self.choices.get(&choice_key(c, f)).copied();
                        if let Some(side) = conflict_row(ui, c, f, &entity, now, lang) {
                            chosen.push((c.key.clone(), f.field.clone(), side));
                        }
                    }
                }
            });
        for (key, field, side) in chosen {
            self.choose(&key, &field, side);
        }
        ui.separator();
        // Not while the merge is being worked out again: it may no longer be the one shown.
        let ready = current
            && self
                .worked
                .latest()
                .and_then(|w| w.merge.as_ref().ok())
                .is_some_and(|m| self.all_chosen(m));
        ui.horizontal(|ui| {
            let apply = ui
                .add_enabled(ready, egui::Button::new(T::ApplyMerge.text(lang)))
                .on_disabled_hover_text(T::ChooseEveryConflict.text(lang));
            if apply.clicked() {
                action = Some(MergeAction::Apply);
            }
            if ui.button(T::Close.text(lang)).clicked() {
                action = Some(MergeAction::Close);
            }
        });
        action
    }
}

/// The merge of `other` into `mine`, with the changes taken from `other` listed in `what`'s
/// language (the background work).
fn work(mine: &Project, other: &Project, what: For) -> Worked {
    let merge = compare::merge(mine, other, None, what.forced);
    let taken = match &merge {
        Ok(m) => m
            .resolve_all(Side::Mine)
            .map(|p| super::lines(&compare::diff(mine, &p), mine, &p, what.lang))
            .unwrap_or_default(),
        Err(_) => Vec::new(),
    };
    Worked { merge, taken }
}

/// The merge of work that ended without one (it panicked): an error the window shows.
fn failed(what: For) -> Worked {
    Worked {
        merge: Err(MergeError::Invalid(W::WorkFailed.text(what.lang).into())),
        taken: Vec::new(),
    }
}

/// The window's Close button.
fn close_button(ui: &mut Ui, lang: Language) -> Option<MergeAction> {
    ui.button(T::Close.text(lang))
        .clicked()
        .then_some(MergeAction::Close)
}

/// One conflicting field: its label, my value, theirs, and the two choices (each spoken with
/// the field and the entity). Returns the side clicked.
fn conflict_row(
    ui: &mut Ui,
    c: &Conflict,
    f: &FieldConflict,
    entity: &str,
    now: Option<Side>,
    lang: Language,
) -> Option<Side> {
    let label = field_label(&c.key, &f.field, lang);
    let mut clicked = None;
    ui.indent(("conflict", &c.key, &f.field), |ui| {
        ui.label(RichText::new(&label).underline());
        let mine = show_value(&f.field, f.mine.as_ref(), lang);
        let theirs = show_value(&f.field, f.theirs.as_ref(), lang);
        ui.label(fill(T::MineValue.text(lang), &[("value", &mine)]));
        ui.label(fill(T::TheirsValue.text(lang), &[("value", &theirs)]));
        ui.horizontal(|ui| {
            for (side, text, spoken) in [
                (Side::Mine, T::KeepMine, T::KeepMineFor),
                (Side::Theirs, T::TakeTheirs, T::TakeTheirsFor),
            ] {
                let selected = now == Some(side);
                let r = ui.radio(selected, text.text(lang));
                let said = fill(spoken.text(lang), &[("field", &label), ("entity", entity)]);
                r.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, &said)
                });
                if r.clicked() {
                    clicked = Some(side);
                }
            }
        });
    });
    clicked
}
