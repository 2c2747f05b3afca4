//! The checklist step against the sources' wording: each point says whether it is an
//! obligation or a recommendation, a justification is asked for only where the circular asks
//! for one, and the ministry's own requirements are added and removed through the edit type, so
//! undo brings the project back.

use chrono::NaiveDate;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, Queryable, by};
use gevinst_app::steps::checklist::ChecklistStep;
use gevinst_app::{Pending, StepCtx};
use gevinst_core::edit::History;
use gevinst_core::i18n::Language;
use gevinst_core::model::{ChecklistPoint, ChecklistStatus, Project};
use gevinst_core::validate::{Validation, validate};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()
}

/// The checklist step over a project, with a history the step's edits go through.
struct Host {
    project: Project,
    history: History,
    step: ChecklistStep,
    findings: Validation,
}

impl Host {
    fn frame(&mut self, ui: &mut egui::Ui) {
        let mut ctx = StepCtx::new(&self.project, &self.findings, Language::Nb, today());
        ctx.revision = self.history.revision();
        self.step.ui(ui, &mut ctx);
        for p in ctx.finish().pending {
            match p {
                Pending::Edit(edit, key) => {
                    self.history
                        .apply(&mut self.project, *edit, key.as_deref())
                        .expect("edits from the step apply");
                }
                Pending::Seal => self.history.seal(),
            }
        }
        self.findings = validate(&self.project, today());
    }

    fn undo(&mut self) {
        self.history.seal();
        self.history.undo(&mut self.project).unwrap();
        self.findings = validate(&self.project, today());
    }
}

fn host(project: Project) -> Harness<'static, Host> {
    Harness::builder()
        .with_size([1100.0, 900.0])
        .build_ui_state(
            |ui, host: &mut Host| host.frame(ui),
            Host {
                findings: validate(&project, today()),
                project,
                history: History::new(),
                step: ChecklistStep::default(),
            },
        )
}

fn has_text<S>(h: &Harness<'_, S>, needle: &str) -> bool {
    h.query_all_by_label_contains(needle).next().is_some()
}

/// The input (not a button, not a label) named `label`.
fn input(label: &str) -> By<'_> {
    by().label(label)
        .predicate(|n| !matches!(n.role(), Role::Button | Role::Label))
}

fn click_label<S>(h: &mut Harness<'_, S>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    h.get_by_label(label).click();
    h.run();
}

#[test]
fn points_show_obligation_or_recommendation_and_what_must_be_justified() {
    let mut h = host(Project::new());
    h.run();
    assert!(has_text(&h, "0 av 14 punkter besvart"));
    assert!(has_text(
        &h,
        "1.5b Veiledning videre til andre virksomheter"
    ));
    assert!(has_text(&h, "Bør (anbefaling)"), "1.10 is a recommendation");
    assert!(has_text(&h, "Skal/må (krav)"));
    assert!(has_text(
        &h,
        "Rundskrivet krever at valget om ikke å bruke Altinns infrastruktur"
    ));
}

#[test]
fn an_own_requirement_is_added_answered_and_undone() {
    let mut h = host(Project::new());
    h.run();
    assert!(has_text(&h, "Departementets egne krav"));
    click_label(&mut h, "Legg til eget krav");
    assert_eq!(h.state().project.own_points.len(), 1);
    // A new requirement without text is an error the form shows.
    assert!(has_text(&h, "mangler tekst"));
    h.get(input("Krav")).scroll_to_me();
    h.run();
    h.get(input("Krav")).click();
    h.run();
    h.get(input("Krav")).type_text("Klarspråk i vedtaksbrev");
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(
        h.state().project.own_points[0].title,
        "Klarspråk i vedtaksbrev"
    );
    // Answered like the circular's points.
    let partly = h.get_all_by_label("Delvis oppfylt").count() - 1;
    h.get_all_by_label("Delvis oppfylt")
        .nth(partly)
        .unwrap()
        .scroll_to_me();
    h.run();
    h.get_all_by_label("Delvis oppfylt")
        .nth(partly)
        .unwrap()
        .click();
    h.run();
    assert_eq!(
        h.state().project.own_points[0].status,
        ChecklistStatus::Partly
    );
    // Undo walks back through the answer, the text and the add itself.
    for _ in 0..3 {
        h.state_mut().undo();
        h.run();
    }
    assert!(h.state().project.own_points.is_empty());
    assert!(!has_text(&h, "Klarspråk i vedtaksbrev"));
    // And the circular's own points were never touched.
    assert!(
        h.state()
            .project
            .checklist_item(ChecklistPoint::P1_1)
            .is_some_and(|c| c.status == ChecklistStatus::NotAnswered)
    );
}

#[test]
fn an_own_requirement_is_removed_and_the_removal_undone() {
    let mut p = Project::new();
    p.own_points.push(gevinst_core::model::OwnPoint {
        id: gevinst_core::model::Id::from_u128(7),
        title: "Rapportere klarspråk".into(),
        ..Default::default()
    });
    let mut h = host(p);
    h.run();
    assert!(has_text(&h, "Rapportere klarspråk"));
    click_label(&mut h, "Fjern kravet");
    assert!(h.state().project.own_points.is_empty());
    h.state_mut().undo();
    h.run();
    assert_eq!(h.state().project.own_points.len(), 1);
    assert_eq!(
        h.state().project.own_points[0].title,
        "Rapportere klarspråk"
    );
}
