//! [`GevinstApp`]: the frame (menu bar, navigation, findings, the current step) and the one
//! place where edits are applied and commands handled, after each frame.
//!
//! Each frame: shortcuts and dropped files become commands; the panels draw and queue commands;
//! the current step draws with a [`StepCtx`] and leaves its edits; then the edits go through
//! the project's [`gevinst_core::edit::History`] and the commands are handled in order. Anything that
//! would close a project with unsaved work first asks (Save / Don't save / Cancel).
//!
//! Here are the app's state, its construction and the frame; the rest is split by concern:
//! `files.rs` (open, save, export, recovery), `commands.rs` (edits, commands, undo and redo,
//! jumps, prompt answers), `autosave.rs` (recovery copies) and `chrome.rs` (title, menus,
//! banners, status bar).

mod autosave;
mod chrome;
mod commands;
mod files;
mod jobs;
mod locks;
mod sheets;
mod together;
mod word;
mod year;

use crate::command::UiCommand;
use crate::context::{Focus, Pending, StepCtx, StepOutput};
use crate::dialogs::{FileDialogs, NativeDialogs};
use crate::document::Document;
use crate::export::ExportJob;
use crate::fileio::ProjectFiles;
use crate::prompts::Prompt;
use crate::recovery::{Found, Recovery};
use crate::settings::AppSettings;
use crate::steps::{Step, Steps};
use crate::{steps, theme};
use chrono::NaiveDate;
use egui::{Ui, ViewportCommand};
use gevinst_core::i18n::Language;
use gevinst_core::model::EntityRef;
use gevinst_core::validate::Validation;
pub use jobs::Busy;
pub(crate) use jobs::Recomputed;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::Arc;

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
    /// Whether a process on this machine runs: tells stale lock files and recovery copies of
    /// crashed runs from those of running ones (tests pretend a crash).
    pub process_alive: fn(u32) -> Option<bool>,
    /// Where project files are read and written (tests put in a slow or failing one).
    pub files: Arc<dyn ProjectFiles>,
    /// Open, save and check files on a background thread (the window never waits for a slow
    /// share); tests that step the app frame by frame set it to false to get results at once.
    pub background_files: bool,
}

impl AppOptions {
    /// The options of the real program: native dialogs, the clock, recovery copies in the
    /// user's profile ([`crate::places`]: `%LOCALAPPDATA%\Gevinst\data\recovery` on Windows).
    pub fn desktop(file: Option<PathBuf>) -> Self {
        AppOptions {
            file,
            dialogs: Box::new(NativeDialogs),
            today: None,
            recovery_dir: crate::places::recovery_dir(),
            autosave_after: 3.0,
            settings: None,
            start_step: Step::Agency,
            start_page: false,
            process_alive: gevinst_core::io::process_alive,
            files: Arc::new(crate::fileio::Disk),
            background_files: true,
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
            process_alive: gevinst_core::io::process_alive,
            files: Arc::new(crate::fileio::Disk),
            background_files: false,
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
    /// The spreadsheet import being prepared (its window is open).
    sheets_import: Option<Box<crate::sheets_import::SheetsImport>>,
    today: NaiveDate,
    title: String,
    close_confirmed: bool,
    /// This program as a lock file names it.
    me: gevinst_core::io::LockInfo,
    /// The file this app holds the lock of.
    locked: Option<PathBuf>,
    /// Whether a process on this machine runs.
    alive: fn(u32) -> Option<bool>,
    /// Where project files are read and written.
    files: Arc<dyn ProjectFiles>,
    /// Whether file work runs on a background thread.
    background_files: bool,
    /// The running file job (open, check, save).
    file_job: Option<jobs::FileJob>,
    /// Commands waiting for the file job to end.
    waiting: VecDeque<UiCommand>,
    /// The egui context, to wake the window from background work.
    ctx: egui::Context,
    /// The comparison and merge windows (`together.rs`).
    together: together::Together,
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
        let recovery = Recovery::with_liveness(options.recovery_dir, options.process_alive);
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
            sheets_import: None,
            today,
            title: String::new(),
            close_confirmed: false,
            me: gevinst_core::io::LockInfo::current(),
            locked: None,
            alive: options.process_alive,
            files: options.files,
            background_files: options.background_files,
            file_job: None,
            waiting: VecDeque::new(),
            ctx: ctx.clone(),
            together: together::Together::default(),
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
        self.wait_for_job();
        self.wait_for_together();
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

    /// Make `doc` the open project, with fresh step state and findings.
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

    /// The interface language.
    fn lang(&self) -> Language {
        self.settings.language
    }

    /// Show a message in the status bar.
    fn say(&mut self, message: String) {
        self.status = Some((message, f64::NAN));
    }

    /// Show an error in a prompt.
    fn error(&mut self, message: String) {
        self.prompts.push_back(ShownPrompt {
            prompt: Prompt::Error(message),
        });
    }

    /// The current step (or the start page without a project); returns what the step asked for.
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

    /// Draw one frame of the whole window and handle what the user did.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();

        self.window_commands(&ctx);
        self.poll_job();

        if let Some(job) = &mut self.export
            && let Some(done) = job.poll()
        {
            self.export = None;
            self.export_finished(done);
        }

        self.refresh_findings();

        self.panels(ui);
        let lang = self.lang();
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

        self.together_windows(&ctx);
        self.drop_notice(&ctx);
        self.sheets_window(&ctx);

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
            if self.must_wait(&cmd) {
                self.waiting.push_back(cmd);
                continue;
            }
            if cmd == UiCommand::Quit && self.close_confirmed {
                ctx.send_viewport_cmd(ViewportCommand::Close);
                continue;
            }
            self.handle(cmd);
        }
        self.refresh_findings();
        self.sync_lock();
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
        self.wait_for_job();
        self.recovery.wait();
        self.recovery.clear();
        self.release_lock();
    }
}
