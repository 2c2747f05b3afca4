//! Typing, clicking and finding text in a harness, and the host that shows a step the way the
//! shell does.

pub use chrono::NaiveDate;
pub use egui::accesskit::Role;
pub use egui_kittest::Harness;
pub use egui_kittest::kittest::{By, Queryable, by};
pub use gevinst_app::steps::agency::AgencyStep;
pub use gevinst_app::steps::checklist::ChecklistStep;
pub use gevinst_app::steps::extraction::ExtractionStep;
pub use gevinst_app::steps::gains::GainsStep;
pub use gevinst_app::steps::measures::MeasuresStep;
pub use gevinst_app::steps::priorities::PrioritiesStep;
pub use gevinst_app::steps::services::ServicesStep;
pub use gevinst_app::steps::texts::TextsStep;
pub use gevinst_app::{Focus, Pending, StepCtx, UiCommand};
pub use gevinst_core::edit::History;
pub use gevinst_core::i18n::{Label, Language};
pub use gevinst_core::model::*;
pub use gevinst_core::validate::*;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
}

/// Click into a field, select all its text and type `text` over it.
pub fn type_into<S>(h: &mut Harness<'_, S>, label: &str, text: &str) {
    leave(h);
    h.get(input(label)).scroll_to_me();
    h.run();
    h.get(input(label)).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get(input(label)).type_text(text);
    h.run();
}

/// The input (not a column heading button, not a label) named `label`.
pub fn input(label: &str) -> By<'_> {
    by().label(label)
        .predicate(|n| !matches!(n.role(), Role::Button | Role::Label))
}

/// Scroll the `n`th node labelled `label` into view, then click it.
pub fn click_nth<S>(h: &mut Harness<'_, S>, label: &str, n: usize) {
    h.get_all_by_label(label).nth(n).unwrap().scroll_to_me();
    h.run();
    h.get_all_by_label(label).nth(n).unwrap().click();
    h.run();
}

/// Scroll a node into view, then click it.
pub fn click<S>(h: &mut Harness<'_, S>, query: By<'_>) {
    h.get(query.clone()).scroll_to_me();
    h.run();
    h.get(query).click();
    h.run();
}

/// Leave the focused field (Escape).
pub fn leave<S>(h: &mut Harness<'_, S>) {
    h.key_press(egui::Key::Escape);
    h.run();
}

pub fn has_text<S>(h: &Harness<'_, S>, needle: &str) -> bool {
    h.query_all_by_label_contains(needle).next().is_some()
}

/// A step the host can show.
pub trait StepUi {
    fn show(&mut self, ui: &mut egui::Ui, ctx: &mut StepCtx<'_>);
}

macro_rules! step_ui {
    ($($t:ty),*) => {
        $(impl StepUi for $t {
            fn show(&mut self, ui: &mut egui::Ui, ctx: &mut StepCtx<'_>) {
                self.ui(ui, ctx)
            }
        })*
    };
}

step_ui!(
    AgencyStep,
    PrioritiesStep,
    MeasuresStep,
    ServicesStep,
    GainsStep,
    ExtractionStep,
    ChecklistStep,
    TextsStep
);

pub struct Host<S> {
    pub project: Project,
    pub history: History,
    pub step: S,
    pub lang: Language,
    pub findings: Validation,
    pub focus: Option<Focus>,
    pub search: bool,
    pub read_only: bool,
    pub commands: Vec<UiCommand>,
}

impl<S: StepUi> Host<S> {
    pub fn new(project: Project, step: S) -> Self {
        Host {
            findings: validate(&project, today()),
            project,
            history: History::new(),
            step,
            lang: Language::Nb,
            focus: None,
            search: false,
            read_only: false,
            commands: Vec::new(),
        }
    }

    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let mut ctx = StepCtx::new(&self.project, &self.findings, self.lang, today());
        ctx.focus = self.focus;
        ctx.search_requested = std::mem::take(&mut self.search);
        ctx.read_only = self.read_only;
        ctx.revision = self.history.revision();
        self.step.show(ui, &mut ctx);
        let out = ctx.finish();
        if out.focus_done {
            self.focus = None;
        }
        for p in out.pending {
            match p {
                Pending::Edit(edit, key) => {
                    self.history
                        .apply(&mut self.project, *edit, key.as_deref())
                        .expect("edits from the steps apply");
                }
                Pending::Seal => self.history.seal(),
            }
        }
        for c in out.commands {
            match c {
                UiCommand::Undo => {
                    self.focus =
                        self.history
                            .undo(&mut self.project)
                            .unwrap()
                            .map(|entity| Focus {
                                entity,
                                field: None,
                            });
                }
                other => self.commands.push(other),
            }
        }
        self.findings = validate(&self.project, today());
    }

    pub fn undo(&mut self) {
        self.history.seal();
        let entity = self.history.undo(&mut self.project).unwrap();
        self.focus = entity.map(|entity| Focus {
            entity,
            field: None,
        });
        self.findings = validate(&self.project, today());
    }

    pub fn redo(&mut self) {
        self.history.redo(&mut self.project).unwrap();
        self.findings = validate(&self.project, today());
    }
}

pub fn host<S: StepUi + 'static>(project: Project, step: S) -> Harness<'static, Host<S>> {
    Harness::builder()
        .with_size([1100.0, 900.0])
        .build_ui_state(
            |ui, host: &mut Host<S>| host.frame(ui),
            Host::new(project, step),
        )
}

pub fn measure(n: u128, title: &str) -> Measure {
    Measure {
        id: Id::from_u128(n),
        title: title.into(),
        price_year: 2025,
        ..Measure::default()
    }
}
