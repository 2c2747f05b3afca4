//! What happens after a frame: the steps' edits go through the undo history, and commands
//! (from menus, shortcuts, panels and steps) are carried out — after asking about unsaved work
//! when one would close the project. Also undo and redo with their labels, jumps to an entity,
//! and the answers to prompts.

use super::{GevinstApp, ShownPrompt};
use crate::command::UiCommand;
use crate::context::{Focus, Pending, StepOutput};
use crate::dialogs::DialogKind;
use crate::document::Document;
use crate::prompts::{Answer, Prompt};
use crate::steps::Step;
use egui::ViewportCommand;
use gevinst_core::edit::Verb;
use gevinst_core::i18n::{Key, UiText, entity_label, fill};
use gevinst_core::model::EntityRef;
use gevinst_core::validate::Validation;
use std::path::{Path, PathBuf};

impl GevinstApp {
    /// Validate the project again when it changed since the last time.
    pub(super) fn refresh_findings(&mut self) {
        if let Some(doc) = &self.doc {
            let key = (self.doc_serial, doc.history.revision());
            if self.findings_key != Some(key) {
                self.findings = gevinst_core::validate::validate(&doc.project, self.today);
                self.findings_key = Some(key);
            }
        } else {
            self.findings = Validation::default();
            self.findings_key = None;
        }
    }

    /// "endre tiltak «Digital søknad»" for a history step.
    pub(super) fn action_text(&self, verb: Verb, entity: Option<EntityRef>) -> String {
        let lang = self.lang();
        let what = match (entity, &self.doc) {
            (Some(e), Some(doc)) => entity_label(&doc.project, e, lang),
            _ => String::new(),
        };
        let key = match verb {
            Verb::Add => UiText::ActionAdd,
            Verb::Change => UiText::ActionChange,
            Verb::Delete => UiText::ActionDelete,
        };
        fill(key.text(lang), &[("what", &what)]).trim().to_owned()
    }

    /// The Undo menu text: "Angre: endre tiltak «…»", or plain "Angre".
    pub fn undo_text(&self) -> String {
        let lang = self.lang();
        match self.doc.as_ref().and_then(|d| d.history.next_undo()) {
            Some(step) => fill(
                UiText::UndoAction.text(lang),
                &[("action", &self.action_text(step.verb, step.entity))],
            ),
            None => UiCommand::Undo.text(lang),
        }
    }

    /// The Redo menu text: "Gjør om: …", or plain "Gjør om".
    pub fn redo_text(&self) -> String {
        let lang = self.lang();
        match self.doc.as_ref().and_then(|d| d.history.next_redo()) {
            Some(step) => fill(
                UiText::RedoAction.text(lang),
                &[("action", &self.action_text(step.verb, step.entity))],
            ),
            None => UiCommand::Redo.text(lang),
        }
    }

    /// Apply what a step left after its frame: its edits (refused in a read-only project), seals
    /// and commands.
    pub(super) fn apply_output(&mut self, out: StepOutput) {
        let lang = self.lang();
        if out.focus_done {
            self.focus = None;
        }
        if let Some(doc) = &mut self.doc {
            let read_only = doc.read_only();
            let mut refused = false;
            for p in out.pending {
                match p {
                    Pending::Edit(_, _) if read_only => refused = true,
                    Pending::Edit(edit, key) => {
                        // An edit of something deleted meanwhile is refused; nothing changes.
                        let _ = doc.history.apply(&mut doc.project, *edit, key.as_deref());
                    }
                    Pending::Seal => doc.history.seal(),
                }
            }
            if refused {
                self.say(UiText::StatusReadOnly.text(lang).to_owned());
            }
        }
        self.queue.extend(out.commands);
    }

    /// True when `cmd` would close the open project.
    pub(super) fn closes_project(cmd: &UiCommand) -> bool {
        matches!(
            cmd,
            UiCommand::New
                | UiCommand::Open
                | UiCommand::OpenRecent(_)
                | UiCommand::OpenFile(_)
                | UiCommand::OpenExample
                | UiCommand::Close
                | UiCommand::Quit
        )
    }

    /// Handle a command: first ask about unsaved work if it would close the project.
    pub(super) fn handle(&mut self, cmd: UiCommand) {
        if Self::closes_project(&cmd)
            && let Some(doc) = &self.doc
            && doc.has_unsaved_work()
        {
            let folder = doc.folder().map(Path::to_path_buf);
            let name = doc.display_name(self.lang());
            // For Open, ask for the file first: cancelling the dialog should not prompt.
            let cmd = match cmd {
                UiCommand::Open => match self.ask(DialogKind::OpenProject, folder.as_deref(), "") {
                    Some(path) => UiCommand::OpenFile(path),
                    None => return,
                },
                other => other,
            };
            self.prompts.push_back(ShownPrompt {
                prompt: Prompt::Unsaved { name, then: cmd },
            });
            return;
        }
        self.perform(cmd);
    }

    /// Do a command without asking.
    pub(super) fn perform(&mut self, cmd: UiCommand) {
        match cmd {
            UiCommand::New => self.set_document(Document::new_project()),
            UiCommand::Open => {
                let folder = self
                    .doc
                    .as_ref()
                    .and_then(|d| d.folder().map(Path::to_path_buf))
                    .or_else(|| {
                        self.settings
                            .recent
                            .first()
                            .and_then(|p| p.parent().map(Path::to_path_buf))
                    });
                if let Some(path) = self.ask(DialogKind::OpenProject, folder.as_deref(), "") {
                    self.open_path(&path);
                }
            }
            // Whether it still exists is asked in the background (a share may be slow).
            UiCommand::OpenRecent(path) => self.open_path_from(&path, true),
            UiCommand::OpenFile(path) => self.open_path(&path),
            UiCommand::OpenExample => self.set_document(Document::example()),
            UiCommand::Close => {
                self.doc = None;
                self.recovery.clear();
                self.refresh_findings();
            }
            UiCommand::Quit => {
                self.close_confirmed = true;
                self.queue.push_back(UiCommand::Quit);
            }
            UiCommand::Save => {
                self.save(None);
            }
            UiCommand::SaveAs => {
                self.save_as(None);
            }
            UiCommand::ExportPdf => self.export_pdf(),
            UiCommand::ExportDocx => self.export_docx(),
            UiCommand::Undo | UiCommand::Redo => {
                self.undo_redo(cmd == UiCommand::Undo);
                self.sync_merge_base();
            }
            UiCommand::Find => self.search_requested = true,
            UiCommand::ToggleFindings => {
                self.settings.show_findings = !self.settings.show_findings;
            }
            UiCommand::NextStep => self.show_step(self.step.next()),
            UiCommand::PrevStep => self.show_step(self.step.prev()),
            UiCommand::ShowStep(step) => self.show_step(step),
            UiCommand::GoTo(focus) => self.jump(focus),
            UiCommand::SetLanguage(l) => self.settings.language = l,
            UiCommand::About => self.prompts.push_back(ShownPrompt {
                prompt: Prompt::About,
            }),
        }
    }

    /// Go to an entity and field: its step, and tell the step to select and focus it.
    pub(super) fn jump(&mut self, focus: Focus) {
        self.step = Step::of(focus.entity, focus.field);
        self.focus = Some(focus);
        self.last_jump = Some(focus);
        self.focus_frames = 0;
    }

    /// Show a step (only with a project open).
    pub(super) fn show_step(&mut self, step: Step) {
        if self.doc.is_some() {
            self.step = step;
            self.focus = None;
        }
    }

    /// Undo or redo one step, then show what it changed and say so in the status bar.
    pub(super) fn undo_redo(&mut self, undo: bool) {
        let lang = self.lang();
        let label = if undo {
            self.doc.as_ref().and_then(|d| d.history.next_undo())
        } else {
            self.doc.as_ref().and_then(|d| d.history.next_redo())
        }
        .map(|s| self.action_text(s.verb, s.entity));
        let Some(doc) = &mut self.doc else {
            return;
        };
        let result = if undo {
            doc.history.undo(&mut doc.project)
        } else {
            doc.history.redo(&mut doc.project)
        };
        match result {
            Ok(Some(entity)) => {
                // Show what changed: go to its step (the Texts step also edits the report
                // block) and select it.
                let here = self.step == Step::Texts && entity == EntityRef::Report;
                if !here {
                    self.step = Step::of(entity, None);
                }
                self.focus = Some(Focus {
                    entity,
                    field: None,
                });
                self.last_jump = self.focus;
                self.focus_frames = 0;
                let key = if undo {
                    UiText::StatusUndone
                } else {
                    UiText::StatusRedone
                };
                let action = label.unwrap_or_default();
                self.say(fill(key.text(lang), &[("action", &action)]));
            }
            Ok(None) => {}
            Err(e) => self.error(fill(
                UiText::InternalError.text(lang),
                &[("reason", &e.to_string())],
            )),
        }
    }

    /// Carry out the user's answer to a prompt.
    pub(super) fn answer(&mut self, prompt: Prompt, answer: Answer) {
        match (prompt, answer) {
            (Prompt::Unsaved { then, .. }, Answer::Save) => {
                self.save(Some(then));
            }
            (Prompt::Unsaved { then, .. }, Answer::DontSave) => {
                self.recovery.clear();
                self.perform(then);
            }
            (Prompt::ChangedOnDisk { path, then }, Answer::Overwrite) => {
                self.write_to(&path, then);
            }
            (Prompt::ChangedOnDisk { then, .. }, Answer::SaveAs) => {
                self.save_as(then);
            }
            (Prompt::Recover(found), Answer::Recover) => {
                self.recover(&found);
                self.next_recovery();
            }
            (Prompt::Recover(found), Answer::Discard) => {
                found.discard();
                self.next_recovery();
            }
            (Prompt::Recover(_), _) => self.next_recovery(),
            (Prompt::Locked { path, holder }, Answer::OpenReadOnly) => {
                self.open_unlocked(&path, Some(holder));
            }
            (Prompt::Locked { path, .. }, Answer::OpenAnyway) => self.open_unlocked(&path, None),
            (Prompt::Locked { .. }, _) => {}
            (Prompt::Unsaved { .. } | Prompt::ChangedOnDisk { .. }, _) => {
                // Cancel: a close of the window that waited for this is off.
                self.close_confirmed = false;
            }
            (Prompt::Error(_) | Prompt::About, _) => {}
        }
    }

    /// A recent file is gone: forget it and say so.
    pub(super) fn recent_missing(&mut self, path: &Path) {
        let lang = self.lang();
        self.settings.remove_recent(path);
        let shown = path.display().to_string();
        self.error(fill(UiText::RecentMissing.text(lang), &[("path", &shown)]));
    }

    /// What the window itself asks for, queued as commands: its close button (asking first
    /// when there is unsaved work), a file dropped on it, and the keyboard shortcuts.
    pub(super) fn window_commands(&mut self, ctx: &egui::Context) {
        // The window's close button: ask first when there is unsaved work.
        if ctx.input(|i| i.viewport().close_requested()) && !self.close_confirmed {
            if let Some(doc) = &self.doc
                && doc.has_unsaved_work()
            {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                let already = self
                    .prompts
                    .iter()
                    .any(|p| matches!(p.prompt, Prompt::Unsaved { .. }));
                if !already {
                    self.queue.push_back(UiCommand::Quit);
                }
            } else {
                self.close_confirmed = true;
            }
        }

        // Files dropped on the window.
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.queue.push_back(UiCommand::OpenFile(path));
        }

        if self.prompts.is_empty() {
            self.queue.extend(UiCommand::consume_shortcuts(ctx));
        }
    }
}
