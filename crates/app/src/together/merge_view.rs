//! The merge window: a colleague's copy merged into the open project with
//! `gevinst_core::compare::merge` (the common ancestor from the files' histories). The changes
//! taken automatically are listed; each conflicting field shows my value and theirs with the
//! choice "Behold min" / "Ta deres"; "Slå sammen" is enabled once every conflict is chosen.

use super::OtherCopy;
use crate::widgets::centred_window;
use egui::{RichText, Ui};
use gevinst_core::compare::{
    self, Conflict, FieldConflict, Merge, MergeError, Side, entity_title, field_label, show_value,
};
use gevinst_core::i18n::{CompareText as T, Key, Language, fill};
use gevinst_core::model::Project;
use std::collections::HashMap;

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

/// A merge worked out for one revision of the open project.
#[derive(Debug)]
struct Worked {
    revision: u64,
    lang: Language,
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
    worked: Option<Worked>,
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
            worked: None,
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
        self.worked = None;
    }

    /// The copy was read again (it changed on disk): merge with what it holds now, keeping
    /// the choices made for conflicts that remain, and say why.
    pub fn reread(&mut self, other: OtherCopy, notice: String) {
        self.other = other;
        self.worked = None;
        self.notice = Some(notice);
    }

    /// Choose a side for one conflicting field of entity `key` (`""` for the whole entity).
    pub fn choose(&mut self, key: &str, field: &str, side: Side) {
        self.choices
            .insert((key.to_owned(), field.to_owned()), side);
    }

    /// The merge of the other copy into `mine` at `revision`, worked out again when the
    /// project (or the language of the listed changes) changed.
    pub fn merge(
        &mut self,
        mine: &Project,
        revision: u64,
        lang: Language,
    ) -> &Result<Merge, MergeError> {
        if self
            .worked
            .as_ref()
            .is_none_or(|w| w.revision != revision || w.lang != lang)
        {
            let merge = compare::merge(mine, &self.other.project, None, self.forced);
            let taken = match &merge {
                Ok(m) => m
                    .resolve_all(Side::Mine)
                    .map(|p| super::lines(&compare::diff(mine, &p), mine, &p, lang))
                    .unwrap_or_default(),
                Err(_) => Vec::new(),
            };
            self.worked = Some(Worked {
                revision,
                lang,
                merge,
                taken,
            });
        }
        &self
            .worked
            .get_or_insert_with(|| Worked {
                revision,
                lang,
                merge: Err(MergeError::DifferentProjects),
                taken: Vec::new(),
            })
            .merge
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
    /// some are open or the projects may not be merged.
    pub fn resolve(
        &mut self,
        mine: &Project,
        revision: u64,
        lang: Language,
    ) -> Option<Result<Project, String>> {
        self.merge(mine, revision, lang);
        let merge = self.worked.as_ref()?.merge.as_ref().ok()?;
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
        revision: u64,
        lang: Language,
    ) -> Option<MergeAction> {
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
        self.merge(mine, revision, lang);
        let Some(worked) = &self.worked else {
            return None;
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
        let other = &self.other.project;
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
        let ready = self
            .worked
            .as_ref()
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
