//! [`GevinstApp`]: the frame (menu bar, navigation, findings, the current step) and the one
//! place where edits are applied and commands handled, after each frame.
//!
//! Each frame: shortcuts and dropped files become commands; the panels draw and queue commands;
//! the current step draws with a [`StepCtx`] and leaves its edits; then the edits go through
//! the project's [`gevinst_core::edit::History`] and the commands are handled in order. Anything that
//! would close a project with unsaved work first asks (Save / Don't save / Cancel).

use crate::command::UiCommand;
use crate::context::{Focus, Pending, StepCtx, StepOutput};
use crate::dialogs::{DialogKind, FileDialogs, NativeDialogs, with_extension};
use crate::document::{Document, Origin};
use crate::export::{ExportJob, Finished};
use crate::prompts::{Answer, Prompt};
use crate::recovery::{Found, Recovery, RecoveryMeta};
use crate::settings::AppSettings;
use crate::steps::{Step, Steps};
use crate::{fileio, findings, nav, steps, theme};
use chrono::NaiveDate;
use egui::{RichText, Ui, ViewportCommand};
use gevinst_core::edit::Verb;
use gevinst_core::i18n::{Key, Language, UiText, entity_label, fill};
use gevinst_core::model::EntityRef;
use gevinst_core::validate::Validation;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

/// How the app starts; tests replace the dialogs, the folders and the date.
pub struct AppOptions {
    /// A file to open at start.
    pub file: Option<PathBuf>,
    /// The file dialogs.
    pub dialogs: Box<dyn FileDialogs>,
    /// Today's date; `None` reads the clock.
    pub today: Option<NaiveDate>,
    /// Where recovery copies are written; `None` disables autosave.
    pub recovery_dir: Option<PathBuf>,
    /// Seconds without edits before a recovery copy is written.
    pub autosave_after: f64,
    /// Settings to start with; `None` reads those saved by the last run.
    pub settings: Option<AppSettings>,
    /// The step to show first.
    pub start_step: Step,
    /// Show the start page even when there are no recent files (instead of the example).
    pub start_page: bool,
}

impl AppOptions {
    /// The options of the real program: native dialogs, the clock, recovery copies in the
    /// platform's data folder (e.g. `%APPDATA%\gevinst\data` on Windows).
    pub fn desktop(file: Option<PathBuf>) -> Self {
        AppOptions {
            file,
            dialogs: Box::new(NativeDialogs),
            today: None,
            recovery_dir: eframe::storage_dir(crate::APP_ID).map(|d| d.join("recovery")),
            autosave_after: 3.0,
            settings: None,
            start_step: Step::Agency,
            start_page: false,
        }
    }

    /// Options for tests: the given dialogs, a fixed date, no saved settings.
    pub fn for_tests(dialogs: Box<dyn FileDialogs>, today: NaiveDate) -> Self {
        AppOptions {
            file: None,
            dialogs,
            today: Some(today),
            recovery_dir: None,
            autosave_after: 0.0,
            settings: Some(AppSettings::default()),
            start_step: Step::Agency,
            start_page: false,
        }
    }
}

/// What the prompt being shown asks about.
struct ShownPrompt {
    prompt: Prompt,
}

/// The desktop app.
pub struct GevinstApp {
    settings: AppSettings,
    doc: Option<Document>,
    /// Counts opened documents, so caches keyed by revision never mix two projects.
    doc_serial: u64,
    step: Step,
    steps: Steps,
    findings: Validation,
    findings_key: Option<(u64, u64)>,
    focus: Option<Focus>,
    focus_frames: u32,
    last_jump: Option<Focus>,
    search_requested: bool,
    queue: VecDeque<UiCommand>,
    prompts: VecDeque<ShownPrompt>,
    recoveries: Vec<Found>,
    dialogs: Box<dyn FileDialogs>,
    recovery: Recovery,
    autosave_after: f64,
    last_change: Option<((u64, u64), f64)>,
    autosaved: Option<(u64, u64)>,
    status: Option<(String, f64)>,
    export: Option<ExportJob>,
    today: NaiveDate,
    title: String,
    close_confirmed: bool,
    /// The egui context, to wake the window from background work.
    ctx: egui::Context,
}

impl GevinstApp {
    /// Create the app: settings from the last run, a file from the command line, or the
    /// example when there is nothing else; and an offer to recover work left by a crash.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        GevinstApp::with_context(&cc.egui_ctx, cc.storage, options)
    }

    /// Create the app on an egui context (without eframe, e.g. for benchmarks).
    pub fn with_context(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        options: AppOptions,
    ) -> Self {
        theme::apply(ctx);
        let settings = options
            .settings
            .unwrap_or_else(|| AppSettings::load(storage));
        let today = options
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        let recovery = Recovery::new(options.recovery_dir);
        let mut recoveries = recovery.find();
        recoveries.reverse(); // popped from the end: newest first
        let mut app = GevinstApp {
            settings,
            doc: None,
            doc_serial: 0,
            step: options.start_step,
            steps: Steps::default(),
            findings: Validation::default(),
            findings_key: None,
            focus: None,
            focus_frames: 0,
            last_jump: None,
            search_requested: false,
            queue: VecDeque::new(),
            prompts: VecDeque::new(),
            recoveries,
            dialogs: options.dialogs,
            recovery,
            autosave_after: options.autosave_after,
            last_change: None,
            autosaved: None,
            status: None,
            export: None,
            today,
            title: String::new(),
            close_confirmed: false,
            ctx: ctx.clone(),
        };
        app.steps
            .report
            .apply_zoom_setting(app.settings.report_zoom);
        match options.file {
            Some(file) => app.open_path(&file),
            None if app.settings.recent.is_empty() && !options.start_page => {
                app.set_document(Document::example());
            }
            None => {}
        }
        app.next_recovery();
        app
    }

    // ----- read access, for tests and the screenshot script -----

    /// The interface language.
    pub fn language(&self) -> Language {
        self.settings.language
    }

    /// The app's settings.
    pub fn settings(&self) -> &AppSettings {
        &self.settings
    }

    /// The step shown.
    pub fn step(&self) -> Step {
        self.step
    }

    /// The entity selected in the current step's list, if the step has a list.
    pub fn selected(&self) -> Option<EntityRef> {
        self.steps.selected(self.step)
    }

    /// The open project, if any.
    pub fn document(&self) -> Option<&Document> {
        self.doc.as_ref()
    }

    /// The current findings.
    pub fn findings(&self) -> &Validation {
        &self.findings
    }

    /// The prompt waiting for an answer, if any.
    pub fn prompt(&self) -> Option<&Prompt> {
        self.prompts.front().map(|p| &p.prompt)
    }

    /// Where the current step was told to focus (set by a findings click or an undo, cleared
    /// when the step has done it).
    pub fn pending_focus(&self) -> Option<Focus> {
        self.focus
    }

    /// The last place the app jumped to (a findings click, or the entity of an undo or redo).
    pub fn last_jump(&self) -> Option<Focus> {
        self.last_jump
    }

    /// The window title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The status line's message.
    pub fn status(&self) -> Option<&str> {
        self.status.as_ref().map(|(s, _)| s.as_str())
    }

    /// The number of pages of the report preview, once it is laid out.
    pub fn report_pages(&self) -> Option<usize> {
        self.steps.report.pages()
    }

    /// True while a PDF is being exported.
    pub fn exporting(&self) -> bool {
        self.export.is_some()
    }

    /// Wait for background work (a recovery copy being written, an export) to finish, then
    /// take its result. For tests and a clean exit.
    pub fn wait_for_background(&mut self) {
        self.recovery.wait();
        if let Some(mut job) = self.export.take() {
            let done = job.wait();
            self.export_finished(done);
        }
    }

    // ----- driving the app -----

    /// Queue a command as if the user chose it.
    pub fn send(&mut self, cmd: UiCommand) {
        self.queue.push_back(cmd);
    }

    /// Apply an edit through the undo history, as a step would (for tests and scripts).
    pub fn apply_edit(&mut self, edit: gevinst_core::edit::Edit, merge_key: Option<&str>) {
        let mut out = StepOutput::default();
        out.pending
            .push(Pending::Edit(Box::new(edit), merge_key.map(str::to_owned)));
        self.apply_output(out);
    }

    // ----- documents -----

    fn set_document(&mut self, doc: Document) {
        self.doc = Some(doc);
        self.doc_serial += 1;
        self.findings_key = None;
        self.focus = None;
        let zoom = self.steps.report.zoom_setting();
        self.steps = Steps::default();
        self.steps.report.apply_zoom_setting(zoom);
        self.recovery.clear();
        self.autosaved = None;
        self.last_change = None;
        self.refresh_findings();
    }

    fn lang(&self) -> Language {
        self.settings.language
    }

    fn say(&mut self, message: String) {
        self.status = Some((message, f64::NAN));
    }

    fn error(&mut self, message: String) {
        self.prompts.push_back(ShownPrompt {
            prompt: Prompt::Error(message),
        });
    }

    fn open_path(&mut self, path: &Path) {
        let lang = self.lang();
        match fileio::open(path, lang) {
            Ok(opened) => {
                self.set_document(Document::opened(path, opened));
                self.settings.add_recent(path);
                let shown = path.display().to_string();
                self.say(fill(UiText::StatusOpened.text(lang), &[("path", &shown)]));
            }
            // The message names the file and, where it applies, the place in it.
            Err(message) => self.error(message),
        }
    }

    /// Write the project to `path`. Returns true when it was written.
    fn write_to(&mut self, path: &Path) -> bool {
        let lang = self.lang();
        let Some(doc) = &mut self.doc else {
            return false;
        };
        let mut project = doc.project.clone();
        project.modified = chrono::Utc::now();
        // Always this version's format (a read-only newer file is saved as a copy in it).
        project.schema_version = gevinst_core::model::SCHEMA_VERSION;
        match fileio::save(&project, path, lang) {
            Ok(stamp) => {
                doc.project.modified = project.modified;
                doc.project.schema_version = project.schema_version;
                doc.path = Some(path.to_path_buf());
                doc.stamp = stamp;
                doc.origin = Origin::File;
                doc.newer = None;
                doc.migrated_from = None;
                doc.history.mark_saved();
                self.settings.add_recent(path);
                self.recovery.clear();
                self.autosaved = None;
                let shown = path.display().to_string();
                self.say(fill(UiText::StatusSaved.text(lang), &[("path", &shown)]));
                true
            }
            Err(message) => {
                self.error(message);
                false
            }
        }
    }

    /// Save to the project's file; `then` runs once it is saved. Returns true when saved now.
    fn save(&mut self, then: Option<UiCommand>) -> bool {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return false;
        };
        if doc.read_only() {
            self.error(UiText::ReadOnlyNoSave.text(lang).to_owned());
            return false;
        }
        let Some(path) = doc.path.clone() else {
            return self.save_as(then);
        };
        if fileio::changed_since(doc.stamp.as_ref(), &path) {
            self.prompts.push_back(ShownPrompt {
                prompt: Prompt::ChangedOnDisk { path, then },
            });
            return false;
        }
        let saved = self.write_to(&path);
        if saved && let Some(then) = then {
            self.perform(then);
        }
        saved
    }

    /// Ask for a new file and save there; `then` runs once saved.
    fn save_as(&mut self, then: Option<UiCommand>) -> bool {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return false;
        };
        let folder = doc.folder().map(Path::to_path_buf);
        let name = doc.suggested_file_name();
        let newer_original = doc.newer.as_ref().and(doc.path.clone());
        let Some(path) = self
            .dialogs
            .pick(DialogKind::SaveProject, lang, folder.as_deref(), &name)
        else {
            return false;
        };
        let path = with_extension(path, ".gevinst.json");
        if newer_original.is_some_and(|orig| same_file(&orig, &path)) {
            self.error(UiText::ReadOnlyNoSave.text(lang).to_owned());
            return false;
        }
        let saved = self.write_to(&path);
        if saved && let Some(then) = then {
            self.perform(then);
        }
        saved
    }

    fn export_pdf(&mut self) {
        let lang = self.lang();
        if self.export.is_some() {
            return;
        }
        let Some(doc) = &self.doc else {
            return;
        };
        let folder = doc.folder().map(Path::to_path_buf);
        let name = doc.suggested_pdf_name();
        let Some(path) = self
            .dialogs
            .pick(DialogKind::ExportPdf, lang, folder.as_deref(), &name)
        else {
            return;
        };
        let path = with_extension(path, ".pdf");
        let project = doc.project.clone();
        let options = gevinst_report::ReportOptions::for_project(&project);
        let ctx = self.ctx.clone();
        self.export = Some(ExportJob::start(&ctx, path.clone(), move |progress| {
            let report_lang = options.language;
            gevinst_report::export_pdf_with_progress(&project, &options, &path, &mut |stage, f| {
                progress.report(stage.label(lang), f);
            })
            .map_err(|e| e.message(report_lang))
        }));
    }

    fn export_finished(&mut self, done: Finished) {
        let lang = self.lang();
        match done {
            Finished::Written(path) => {
                let shown = path.display().to_string();
                self.say(fill(UiText::StatusExported.text(lang), &[("path", &shown)]));
            }
            Finished::Failed(path, reason) => {
                let shown = path.display().to_string();
                self.error(fill(
                    UiText::ExportFailed.text(lang),
                    &[("path", &shown), ("reason", &reason)],
                ));
            }
        }
    }

    fn next_recovery(&mut self) {
        if let Some(found) = self.recoveries.pop() {
            self.prompts.push_back(ShownPrompt {
                prompt: Prompt::Recover(found),
            });
        }
    }

    fn recover(&mut self, found: &Found) {
        let lang = self.lang();
        match found.load(lang) {
            Ok(project) => {
                self.set_document(Document::recovered(project, found.meta.original.clone()));
                found.discard();
                self.say(UiText::StatusRecovered.text(lang).to_owned());
            }
            Err(reason) => {
                self.error(fill(
                    UiText::RecoverFailed.text(lang),
                    &[("reason", &reason)],
                ));
            }
        }
    }

    // ----- findings, undo labels -----

    fn refresh_findings(&mut self) {
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
    fn action_text(&self, verb: Verb, entity: Option<EntityRef>) -> String {
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

    // ----- edits and commands -----

    fn apply_output(&mut self, out: StepOutput) {
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
    fn closes_project(cmd: &UiCommand) -> bool {
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
    fn handle(&mut self, cmd: UiCommand) {
        if Self::closes_project(&cmd)
            && let Some(doc) = &self.doc
            && doc.has_unsaved_work()
        {
            // For Open, ask for the file first: cancelling the dialog should not prompt.
            let cmd = match cmd {
                UiCommand::Open => {
                    let folder = doc.folder().map(Path::to_path_buf);
                    match self.dialogs.pick(
                        DialogKind::OpenProject,
                        self.lang(),
                        folder.as_deref(),
                        "",
                    ) {
                        Some(path) => UiCommand::OpenFile(path),
                        None => return,
                    }
                }
                other => other,
            };
            let name = doc.display_name(self.lang());
            self.prompts.push_back(ShownPrompt {
                prompt: Prompt::Unsaved { name, then: cmd },
            });
            return;
        }
        self.perform(cmd);
    }

    /// Do a command without asking.
    fn perform(&mut self, cmd: UiCommand) {
        let lang = self.lang();
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
                if let Some(path) =
                    self.dialogs
                        .pick(DialogKind::OpenProject, lang, folder.as_deref(), "")
                {
                    self.open_path(&path);
                }
            }
            UiCommand::OpenRecent(path) => {
                if path.exists() {
                    self.open_path(&path);
                } else {
                    self.settings.remove_recent(&path);
                    let shown = path.display().to_string();
                    self.error(fill(UiText::RecentMissing.text(lang), &[("path", &shown)]));
                }
            }
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
            UiCommand::Undo | UiCommand::Redo => self.undo_redo(cmd == UiCommand::Undo),
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
    fn jump(&mut self, focus: Focus) {
        self.step = Step::of(focus.entity, focus.field);
        self.focus = Some(focus);
        self.last_jump = Some(focus);
        self.focus_frames = 0;
    }

    fn show_step(&mut self, step: Step) {
        if self.doc.is_some() {
            self.step = step;
            self.focus = None;
        }
    }

    fn undo_redo(&mut self, undo: bool) {
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

    fn answer(&mut self, prompt: Prompt, answer: Answer) {
        match (prompt, answer) {
            (Prompt::Unsaved { then, .. }, Answer::Save) => {
                self.save(Some(then));
            }
            (Prompt::Unsaved { then, .. }, Answer::DontSave) => {
                self.recovery.clear();
                self.perform(then);
            }
            (Prompt::ChangedOnDisk { path, then }, Answer::Overwrite) => {
                if self.write_to(&path)
                    && let Some(then) = then
                {
                    self.perform(then);
                }
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
            (Prompt::Unsaved { .. } | Prompt::ChangedOnDisk { .. }, _) => {
                // Cancel: a close of the window that waited for this is off.
                self.close_confirmed = false;
            }
            (Prompt::Error(_) | Prompt::About, _) => {}
        }
    }

    // ----- autosave, title -----

    fn autosave(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        if doc.read_only() || !doc.has_unsaved_work() {
            if self.autosaved.take().is_some() {
                self.recovery.clear();
            }
            self.last_change = None;
            return;
        }
        let key = (self.doc_serial, doc.history.revision());
        let since = match self.last_change {
            Some((k, t)) if k == key => t,
            _ => {
                self.last_change = Some((key, now));
                now
            }
        };
        if self.autosaved == Some(key) {
            return;
        }
        let wait = self.autosave_after - (now - since);
        if wait > 0.0 {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(wait));
            return;
        }
        let meta = RecoveryMeta {
            original: doc.path.clone(),
            name: doc.display_name(lang),
            saved_at: chrono::Utc::now(),
        };
        if self.recovery.write(doc.project.clone(), meta) {
            self.autosaved = Some(key);
        } else {
            ctx.request_repaint_after(std::time::Duration::from_millis(500));
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let title = match &self.doc {
            Some(doc) => doc.window_title(lang),
            None => UiText::TitleNoProject.text(lang).to_owned(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    // ----- drawing -----

    fn menu_item(&mut self, ui: &mut Ui, cmd: UiCommand, enabled: bool) {
        let text = cmd.text(self.lang());
        self.menu_item_text(ui, cmd, text, enabled);
    }

    fn menu_item_text(&mut self, ui: &mut Ui, cmd: UiCommand, text: String, enabled: bool) {
        let lang = self.lang();
        let mut button = egui::Button::new(text);
        if let Some(s) = cmd.shortcut_text(ui.ctx()) {
            button = button.shortcut_text(s);
        }
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(cmd.tooltip(lang))
            .clicked()
        {
            self.queue.push_back(cmd);
        }
    }

    fn menu_bar(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        let has_doc = self.doc.is_some();
        let writable = self.doc.as_ref().is_some_and(|d| !d.read_only());
        let can_undo = self
            .doc
            .as_ref()
            .is_some_and(|d| d.history.next_undo().is_some());
        let can_redo = self
            .doc
            .as_ref()
            .is_some_and(|d| d.history.next_redo().is_some());
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(UiText::MenuFile.text(lang), |ui| {
                self.menu_item(ui, UiCommand::New, true);
                self.menu_item(ui, UiCommand::Open, true);
                ui.menu_button(UiText::MenuRecent.text(lang), |ui| {
                    if self.settings.recent.is_empty() {
                        ui.label(RichText::new(UiText::NoRecentFiles.text(lang)).weak());
                    }
                    for path in self.settings.recent.clone() {
                        self.menu_item(ui, UiCommand::OpenRecent(path), true);
                    }
                });
                self.menu_item(ui, UiCommand::OpenExample, true);
                ui.separator();
                self.menu_item(ui, UiCommand::Save, writable);
                self.menu_item(ui, UiCommand::SaveAs, has_doc);
                ui.separator();
                self.menu_item(ui, UiCommand::ExportPdf, has_doc && self.export.is_none());
                ui.separator();
                self.menu_item(ui, UiCommand::Close, has_doc);
                self.menu_item(ui, UiCommand::Quit, true);
            });
            ui.menu_button(UiText::MenuEdit.text(lang), |ui| {
                let undo = self.undo_text();
                self.menu_item_text(ui, UiCommand::Undo, undo, can_undo);
                let redo = self.redo_text();
                self.menu_item_text(ui, UiCommand::Redo, redo, can_redo);
                ui.separator();
                self.menu_item(ui, UiCommand::Find, has_doc);
            });
            ui.menu_button(UiText::MenuView.text(lang), |ui| {
                let mut show = self.settings.show_findings;
                if ui
                    .checkbox(&mut show, UiCommand::ToggleFindings.text(lang))
                    .on_hover_text(UiCommand::ToggleFindings.tooltip(lang))
                    .clicked()
                {
                    self.queue.push_back(UiCommand::ToggleFindings);
                }
                ui.separator();
                ui.menu_button(UiText::MenuGoTo.text(lang), |ui| {
                    for step in Step::ALL {
                        self.menu_item(ui, UiCommand::ShowStep(step), has_doc);
                    }
                });
                self.menu_item(ui, UiCommand::PrevStep, has_doc);
                self.menu_item(ui, UiCommand::NextStep, has_doc);
                ui.separator();
                ui.menu_button(UiText::MenuLanguage.text(lang), |ui| {
                    for l in Language::ALL {
                        let mut button = egui::Button::selectable(l == lang, l.native_name());
                        button = button.min_size(egui::vec2(140.0, 0.0));
                        let cmd = UiCommand::SetLanguage(l);
                        if ui.add(button).on_hover_text(cmd.tooltip(lang)).clicked() {
                            self.queue.push_back(cmd);
                        }
                    }
                });
            });
            ui.menu_button(UiText::MenuHelp.text(lang), |ui| {
                self.menu_item(ui, UiCommand::About, true);
            });
        });
    }

    fn banner(ui: &mut Ui, text: &str, bg: egui::Color32, fg: egui::Color32) {
        egui::Frame::new()
            .fill(bg)
            .inner_margin(egui::Margin::symmetric(12, 8))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(text).color(fg));
            });
    }

    fn banners(&self, ui: &mut Ui) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        if let Some(newer) = &doc.newer {
            let mut text = fill(
                UiText::ReadOnlyBanner.text(lang),
                &[
                    ("found", &newer.found.to_string()),
                    (
                        "supported",
                        &gevinst_core::model::SCHEMA_VERSION.to_string(),
                    ),
                ],
            );
            if !newer.dropped.is_empty() {
                text.push('\n');
                text.push_str(&fill(
                    UiText::ReadOnlyDropped.text(lang),
                    &[("fields", &newer.dropped.join(", "))],
                ));
            }
            Self::banner(ui, &text, theme::colors::WARN_BG, theme::colors::WARN_FG);
        } else if let Some(from) = doc.migrated_from {
            let text = fill(
                UiText::MigratedBanner.text(lang),
                &[("from", &from.to_string())],
            );
            Self::banner(ui, &text, theme::colors::INFO_BG, theme::colors::INFO_FG);
        }
    }

    fn status_bar(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        let now = ui.input(|i| i.time);
        if let Some((_, since)) = &mut self.status
            && since.is_nan()
        {
            *since = now;
        }
        if self
            .status
            .as_ref()
            .is_some_and(|(_, since)| now - since > 10.0)
        {
            self.status = None;
        }
        ui.horizontal(|ui| {
            if let Some(job) = &self.export {
                let percent = gevinst_core::format::percent(
                    rust_decimal::Decimal::from((job.progress() * 100.0).round() as i64),
                    0,
                    lang,
                );
                ui.add(egui::Spinner::new());
                ui.label(fill(
                    UiText::StatusExporting.text(lang),
                    &[("percent", &percent)],
                ));
                ui.add(egui::ProgressBar::new(job.progress()).desired_width(160.0));
                ui.label(RichText::new(job.stage()).weak());
            } else if let Some((message, _)) = &self.status {
                ui.label(message);
            }
            if let Some(path) = self.doc.as_ref().and_then(|d| d.path.as_ref()) {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(RichText::new(path.display().to_string()).weak().small());
                });
            }
        });
        if self.status.is_some() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(1));
        }
    }

    fn central(&mut self, ui: &mut Ui) -> Option<StepOutput> {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            if let Some(cmd) = steps::start::ui(ui, lang, &self.settings.recent) {
                self.queue.push_back(cmd);
            }
            return None;
        };
        let mut ctx = StepCtx::new(&doc.project, &self.findings, lang, self.today);
        ctx.read_only = doc.read_only();
        ctx.focus = self.focus;
        ctx.search_requested = std::mem::take(&mut self.search_requested);
        ctx.revision = (self.doc_serial << 40) ^ doc.history.revision();
        self.steps.ui(self.step, ui, &mut ctx);
        Some(ctx.finish())
    }
}

/// True when two paths name the same file (also when one of them does not exist yet).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

impl GevinstApp {
    /// Draw one frame of the whole window and handle what the user did.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();

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
            self.queue.extend(UiCommand::consume_shortcuts(&ctx));
        }

        if let Some(job) = &mut self.export
            && let Some(done) = job.poll()
        {
            self.export = None;
            self.export_finished(done);
        }

        self.refresh_findings();

        egui::Panel::top("gevinst-menu").show(ui, |ui| self.menu_bar(ui));
        if self
            .doc
            .as_ref()
            .is_some_and(|d| d.newer.is_some() || d.migrated_from.is_some())
        {
            egui::Panel::top("gevinst-banner")
                .frame(egui::Frame::NONE)
                .show(ui, |ui| self.banners(ui));
        }
        egui::Panel::bottom("gevinst-status")
            .exact_size(28.0)
            .show(ui, |ui| self.status_bar(ui));
        let lang = self.lang();
        if let Some(doc) = &self.doc {
            egui::Panel::left("gevinst-nav")
                .resizable(false)
                .exact_size(256.0)
                .show(ui, |ui| {
                    if let Some(cmd) = nav::ui(ui, lang, self.step, &self.findings) {
                        self.queue.push_back(cmd);
                    }
                });
            if self.settings.show_findings {
                egui::Panel::right("gevinst-findings")
                    .resizable(true)
                    .default_size(280.0)
                    .size_range(220.0..=560.0)
                    .show(ui, |ui| {
                        if let Some(cmd) = findings::ui(ui, &doc.project, &self.findings, lang) {
                            self.queue.push_back(cmd);
                        }
                    });
            }
        }
        let mut output = None;
        egui::CentralPanel::default()
            .frame(theme::central_frame(ui.style()))
            .show(ui, |ui| {
                output = self.central(ui);
            });
        if let Some(out) = output {
            if self.focus.is_some() && !out.focus_done {
                self.focus_frames += 1;
                // A step that does not handle focus must not keep it forever.
                if self.focus_frames > 30 {
                    self.focus = None;
                }
            }
            self.apply_output(out);
        }

        // A file dragged over the window: say what dropping it does.
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            let screen = ctx.content_rect();
            let painter = ctx.layer_painter(egui::LayerId::new(
                egui::Order::Foreground,
                egui::Id::unique("gevinst-drop"),
            ));
            painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(140));
            painter.text(
                screen.center(),
                egui::Align2::CENTER_CENTER,
                UiText::DropToOpen.text(lang),
                theme::bold(24.0),
                egui::Color32::WHITE,
            );
        }

        // The prompt on top of everything.
        if let Some(shown) = self.prompts.front()
            && let Some(answer) = shown.prompt.show(&ctx, lang)
            && let Some(shown) = self.prompts.pop_front()
        {
            self.answer(shown.prompt, answer);
        }

        if !self.queue.is_empty() {
            // The commands change what this frame drew: draw again.
            ctx.request_repaint();
        }
        while let Some(cmd) = self.queue.pop_front() {
            if cmd == UiCommand::Quit && self.close_confirmed {
                ctx.send_viewport_cmd(ViewportCommand::Close);
                continue;
            }
            self.handle(cmd);
        }
        self.refresh_findings();
        self.autosave(&ctx);
        self.update_title(&ctx);
    }
}

impl eframe::App for GevinstApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.settings.report_zoom = self.steps.report.zoom_setting();
        self.settings.store(storage);
    }

    fn on_exit(&mut self) {
        // A clean exit: the user saved or chose not to; no recovery copy is needed.
        self.recovery.wait();
        self.recovery.clear();
    }
}
