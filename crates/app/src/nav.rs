//! The left navigation: the guided steps in order, each with a badge of its open findings, and
//! the project's overall progress ("23 av 31 punkter fullført").

use crate::command::UiCommand;
use crate::findings::severity_color;
use crate::steps::Step;
use egui::{Align2, FontId, Pos2, RichText, Sense, Stroke, StrokeKind, Ui, Vec2};
use gevinst_core::i18n::{Key, Language, UiText};
use gevinst_core::validate::{Severity, Validation};

/// Open findings per step: how many, and the worst severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Badge {
    /// Number of findings.
    pub count: usize,
    /// The worst severity among them.
    pub worst: Option<Severity>,
}

/// The badge of every step, in [`Step::ALL`] order.
pub fn badges(findings: &Validation) -> [Badge; 9] {
    let mut out = [Badge::default(); 9];
    for f in &findings.findings {
        let b = &mut out[Step::of(f.entity, f.field).index()];
        b.count += 1;
        b.worst = Some(b.worst.map_or(f.severity, |w| w.min(f.severity)));
    }
    out
}

const ROW: f32 = 34.0;

/// Show the navigation; returns the command to go to a clicked step.
pub fn ui(ui: &mut Ui, lang: Language, current: Step, findings: &Validation) -> Option<UiCommand> {
    let mut cmd = None;
    ui.add_space(8.0);
    ui.label(
        RichText::new(UiText::NavHeading.text(lang).to_uppercase())
            .small()
            .strong()
            .weak(),
    );
    ui.add_space(4.0);
    let badges = badges(findings);
    let visuals = ui.visuals().clone();
    for (i, step) in Step::ALL.into_iter().enumerate() {
        let (rect, response) =
            ui.allocate_exact_size(Vec2::new(ui.available_width(), ROW), Sense::click());
        let selected = step == current;
        let title = step.title(lang);
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, title));
        let painter = ui.painter();
        if selected {
            painter.rect_filled(rect, 5.0, visuals.selection.bg_fill);
        } else if response.hovered() {
            painter.rect_filled(rect, 5.0, visuals.widgets.hovered.weak_bg_fill);
        }
        if response.has_focus() {
            painter.rect_stroke(
                rect.shrink(1.0),
                5.0,
                visuals.selection.stroke,
                StrokeKind::Inside,
            );
        }
        let text_color = if selected {
            visuals.selection.stroke.color
        } else {
            visuals.text_color()
        };
        // Step number in a small circle, then the title.
        let num_center = Pos2::new(rect.left() + 18.0, rect.center().y);
        painter.circle_stroke(
            num_center,
            10.0,
            Stroke::new(1.0, text_color.gamma_multiply(0.6)),
        );
        painter.text(
            num_center,
            Align2::CENTER_CENTER,
            (i + 1).to_string(),
            FontId::proportional(12.0),
            text_color,
        );
        let badge = badges[i];
        let badge_width = if badge.count > 0 { 34.0 } else { 0.0 };
        let title_left = rect.left() + 36.0;
        let galley = painter.layout(
            title.to_owned(),
            FontId::proportional(14.5),
            text_color,
            (rect.right() - title_left - badge_width - 6.0).max(40.0),
        );
        let title_pos = Pos2::new(title_left, rect.center().y - galley.size().y / 2.0);
        painter.galley(title_pos, galley, text_color);
        let mut response = response;
        if let (Some(worst), true) = (badge.worst, badge.count > 0) {
            let color = severity_color(worst, visuals.dark_mode);
            let pill = egui::Rect::from_center_size(
                Pos2::new(rect.right() - 20.0, rect.center().y),
                Vec2::new(if badge.count > 99 { 32.0 } else { 26.0 }, 18.0),
            );
            painter.rect_filled(pill, 9.0, color);
            painter.text(
                pill.center(),
                Align2::CENTER_CENTER,
                badge.count.min(999).to_string(),
                FontId::proportional(12.0),
                egui::Color32::WHITE,
            );
            let tip = UiText::BadgeTip.fill(lang, &[("count", badge.count.into())]);
            response = response.on_hover_text(tip);
        }
        if response.clicked() {
            cmd = Some(UiCommand::ShowStep(step));
        }
        ui.add_space(2.0);
    }
    ui.add_space(12.0);
    ui.separator();
    ui.add_space(6.0);
    let passed = findings.checks_passed();
    let total = findings.checks;
    let text = UiText::Progress.fill(lang, &[("passed", passed.into()), ("total", total.into())]);
    ui.label(RichText::new(text).strong());
    let fraction = if total == 0 {
        1.0
    } else {
        passed as f32 / total as f32
    };
    let color = if passed == total {
        egui::Color32::from_rgb(0x2e, 0x7d, 0x32)
    } else {
        egui::Color32::from_rgb(0x1f, 0x5f, 0xa8)
    };
    ui.add(
        egui::ProgressBar::new(fraction)
            .desired_height(8.0)
            .fill(color),
    );
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;
    use gevinst_core::model::{ChecklistPoint, EntityRef, Field, Id, MeasureField, ReportField};
    use gevinst_core::validate::{Finding, Rule};

    fn finding(severity: Severity, entity: EntityRef, field: Option<Field>) -> Finding {
        Finding {
            severity,
            entity,
            field,
            rule: Rule::DigitalisationWithoutAssessment,
            args: vec![],
        }
    }

    #[test]
    fn badges_count_per_step_with_the_worst_severity() {
        let m = EntityRef::Measure(Id::from_u128(1));
        let v = Validation {
            findings: vec![
                finding(Severity::Hint, m, None),
                finding(
                    Severity::Error,
                    m,
                    Some(MeasureField::SpecialAssessment.into()),
                ),
                finding(
                    Severity::Warning,
                    EntityRef::Report,
                    Some(ReportField::Introduction.into()),
                ),
                finding(
                    Severity::Warning,
                    EntityRef::Checklist(ChecklistPoint::P1_1),
                    None,
                ),
            ],
            checks: 10,
        };
        let b = badges(&v);
        assert_eq!(
            b[Step::Measures.index()],
            Badge {
                count: 2,
                worst: Some(Severity::Error)
            }
        );
        assert_eq!(b[Step::Texts.index()].count, 1);
        assert_eq!(b[Step::Checklist.index()].worst, Some(Severity::Warning));
        assert_eq!(b[Step::Agency.index()], Badge::default());
    }
}
