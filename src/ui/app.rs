//! [`GevinstApp`]: the frame (menu bar, navigation, findings, the current step) and the one
//! place where edits are applied and commands handled, after each frame.

use crate::i18n::{Key, Language, UiText};
use crate::ui::command::UiCommand;
use crate::ui::context::{Pending, StepCtx, StepOutput};
use crate::ui::dialogs::{FileDialogs, NativeDialogs};
use crate::ui::document::Document;
use crate::ui::steps::{Step, Steps};
use crate::ui::{nav, steps};
use crate::validate::Validation;
use chrono::NaiveDate;
use std::path::PathBuf;

/// How the app starts; tests replace the dialogs and fix the date.
pub struct AppOptions {
    /// A file to open at start.
    pub file: Option<PathBuf>,
    /// The file dialogs.
    pub dialogs: Box<dyn FileDialogs>,
    /// Today's date; `None` reads the clock.
    pub today: Option<NaiveDate>,
}

impl AppOptions {
    /// The options of the real program: native dialogs, the clock.
    pub fn desktop(file: Option<PathBuf>) -> Self {
        AppOptions {
            file,
            dialogs: Box::new(NativeDialogs),
            today: None,
        }
    }
}

/// The desktop app.
pub struct GevinstApp {
    lang: Language,
    doc: Option<Document>,
    step: Step,
    steps: Steps,
    findings: Validation,
    findings_revision: Option<u64>,
    queue: Vec<UiCommand>,
    recent: Vec<PathBuf>,
    today: NaiveDate,
    _dialogs: Box<dyn FileDialogs>,
}

impl GevinstApp {
    /// Create the app.
    pub fn new(_cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        let today = options
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive());
        GevinstApp {
            lang: Language::Nb,
            doc: Some(Document::example()),
            step: Step::Agency,
            steps: Steps::default(),
            findings: Validation::default(),
            findings_revision: None,
            queue: Vec::new(),
            recent: Vec::new(),
            today,
            _dialogs: options.dialogs,
        }
    }

    /// The interface language.
    pub fn language(&self) -> Language {
        self.lang
    }

    /// The step shown.
    pub fn step(&self) -> Step {
        self.step
    }

    /// The open project, if any.
    pub fn document(&self) -> Option<&Document> {
        self.doc.as_ref()
    }

    /// Queue a command as if the user chose it.
    pub fn send(&mut self, cmd: UiCommand) {
        self.queue.push(cmd);
    }

    fn refresh_findings(&mut self) {
        if let Some(doc) = &self.doc {
            let rev = doc.history.revision();
            if self.findings_revision != Some(rev) {
                self.findings = crate::validate::validate(&doc.project, self.today);
                self.findings_revision = Some(rev);
            }
        }
    }

    fn menu_item(&mut self, ui: &mut egui::Ui, cmd: UiCommand, enabled: bool) {
        let lang = self.lang;
        let mut button = egui::Button::new(cmd.text(lang));
        if let Some(s) = cmd.shortcut_text(ui.ctx()) {
            button = button.shortcut_text(s);
        }
        if ui
            .add_enabled(enabled, button)
            .on_hover_text(cmd.tooltip(lang))
            .clicked()
        {
            self.queue.push(cmd);
        }
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(UiText::MenuFile.text(lang), |ui| {
                self.menu_item(ui, UiCommand::New, true);
                self.menu_item(ui, UiCommand::Open, true);
                self.menu_item(ui, UiCommand::OpenExample, true);
                ui.separator();
                self.menu_item(ui, UiCommand::Save, self.doc.is_some());
                self.menu_item(ui, UiCommand::SaveAs, self.doc.is_some());
                self.menu_item(ui, UiCommand::ExportPdf, self.doc.is_some());
                ui.separator();
                self.menu_item(ui, UiCommand::Close, self.doc.is_some());
                self.menu_item(ui, UiCommand::Quit, true);
            });
            ui.menu_button(UiText::MenuEdit.text(lang), |ui| {
                self.menu_item(ui, UiCommand::Undo, true);
                self.menu_item(ui, UiCommand::Redo, true);
                ui.separator();
                self.menu_item(ui, UiCommand::Find, self.doc.is_some());
            });
            ui.menu_button(UiText::MenuView.text(lang), |ui| {
                self.menu_item(ui, UiCommand::PrevStep, self.doc.is_some());
                self.menu_item(ui, UiCommand::NextStep, self.doc.is_some());
                ui.menu_button(UiText::MenuLanguage.text(lang), |ui| {
                    for l in Language::ALL {
                        self.menu_item(ui, UiCommand::SetLanguage(l), true);
                    }
                });
            });
            ui.menu_button(UiText::MenuHelp.text(lang), |ui| {
                self.menu_item(ui, UiCommand::About, true);
            });
        });
    }

    fn apply_output(&mut self, out: StepOutput) {
        if let Some(doc) = &mut self.doc {
            for p in out.pending {
                match p {
                    Pending::Edit(edit, key) => {
                        // A stale edit (its entity deleted meanwhile) is refused and dropped.
                        let _ = doc.history.apply(&mut doc.project, *edit, key.as_deref());
                    }
                    Pending::Seal => doc.history.seal(),
                }
            }
        }
        self.queue.extend(out.commands);
    }

    fn handle(&mut self, cmd: UiCommand) {
        match cmd {
            UiCommand::New => self.doc = Some(Document::new_project()),
            UiCommand::OpenExample => self.doc = Some(Document::example()),
            UiCommand::Close => self.doc = None,
            UiCommand::Undo => {
                if let Some(doc) = &mut self.doc {
                    let _ = doc.history.undo(&mut doc.project);
                }
            }
            UiCommand::Redo => {
                if let Some(doc) = &mut self.doc {
                    let _ = doc.history.redo(&mut doc.project);
                }
            }
            UiCommand::NextStep => self.step = self.step.next(),
            UiCommand::PrevStep => self.step = self.step.prev(),
            UiCommand::ShowStep(step) => self.step = step,
            UiCommand::GoTo(focus) => self.step = Step::of(focus.entity, focus.field),
            UiCommand::SetLanguage(lang) => self.lang = lang,
            _ => {}
        }
    }
}

impl eframe::App for GevinstApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let shortcuts = UiCommand::consume_shortcuts(ui.ctx());
        self.queue.extend(shortcuts);
        self.refresh_findings();

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        if self.doc.is_some() {
            egui::Panel::left("nav")
                .resizable(false)
                .exact_size(250.0)
                .show(ui, |ui| {
                    if let Some(cmd) = nav::ui(ui, self.lang, self.step) {
                        self.queue.push(cmd);
                    }
                });
        }
        let mut output = None;
        egui::CentralPanel::default().show(ui, |ui| match &self.doc {
            Some(doc) => {
                let mut ctx = StepCtx::new(&doc.project, &self.findings, self.lang, self.today);
                ctx.revision = doc.history.revision();
                self.steps.ui(self.step, ui, &mut ctx);
                output = Some(ctx.finish());
            }
            None => {
                if let Some(cmd) = steps::start::ui(ui, self.lang, &self.recent) {
                    self.queue.push(cmd);
                }
            }
        });
        if let Some(out) = output {
            self.apply_output(out);
        }
        for cmd in std::mem::take(&mut self.queue) {
            self.handle(cmd);
        }
    }
}
