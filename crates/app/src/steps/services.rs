//! Step: services (*Digitalt førstevalg*). A list that flags services over the circular's
//! volume thresholds that are not digital, and a form with the full assessment.

use crate::steps::Step;
use crate::steps::form::{self, Form};
use crate::widgets::{DecimalInput, ListAction, ListColumn, ListState, ListTable, Notice};
use crate::{StepCtx, UiCommand};
use egui::{RichText, Ui};
use gevinst_core::edit::{Edit, Item};
use gevinst_core::format;
use gevinst_core::i18n::{Common, EditorText as E, Key, Label, Language};
use gevinst_core::model::{
    Channel, EntityRef, Id, InfoSource, ItemKind, Project, Service, Settings, Suitability,
    TargetGroup, UserOrientation,
};
use gevinst_core::validate::Severity;

/// State of the services step.
#[derive(Debug, Default)]
pub struct ServicesStep {
    list: ListState,
    focus_field: Option<&'static str>,
}

/// The circular's volume requirement a service fails (not digital, volume over a threshold),
/// with the threshold. Services with a written exemption reason are still flagged, but only
/// as a hint.
pub fn threshold_flag(s: &Service, settings: &Settings) -> Option<(E, u64, Severity)> {
    if s.digitally_available {
        return None;
    }
    let volume = s.annual_volume?;
    let severity = if s.exemption_reason.trim().is_empty() {
        Severity::Warning
    } else {
        Severity::Hint
    };
    if volume > settings.digital_threshold_high {
        Some((
            E::OverHighThreshold,
            settings.digital_threshold_high,
            severity,
        ))
    } else if volume >= settings.digital_threshold_low {
        Some((
            E::OverLowThreshold,
            settings.digital_threshold_low,
            severity,
        ))
    } else {
        None
    }
}

fn flag_notice(s: &Service, settings: &Settings, lang: Language) -> Option<Notice> {
    threshold_flag(s, settings).map(|(key, threshold, severity)| Notice {
        severity,
        text: key.fill(lang, &[("threshold", threshold.into())]),
    })
}

/// The edit that deletes a service and removes it from the measures that touch it.
pub fn delete_service(project: &Project, id: Id) -> Edit {
    let mut edits = vec![Edit::Remove {
        kind: ItemKind::Service,
        id,
    }];
    for m in project
        .measures
        .iter()
        .filter(|m| m.service_ids.contains(&id))
    {
        let mut m = m.clone();
        m.service_ids.retain(|s| *s != id);
        edits.push(Edit::Update(Item::Measure(m)));
    }
    if edits.len() == 1 {
        edits.remove(0)
    } else {
        Edit::Batch(edits)
    }
}

impl ServicesStep {
    /// The selected service.
    pub fn selected(&self) -> Option<Id> {
        self.list.selected
    }

    /// Show the step.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) {
        let lang = ctx.lang;
        let project = ctx.project;
        form::header(ui, Step::Services, E::HelpServices, lang);
        let jump = form::select_jumped(
            ctx,
            &mut self.list,
            |e| match e {
                EntityRef::Service(id) => Some(id),
                _ => None,
            },
            project.services.first().map(|x| x.id),
        );
        let (mut left, mut right) = form::split(ui, 0.44);
        let action = self.list_ui(&mut left, ctx);
        let focused = form::scrolled(&mut right, "service", |ui| self.detail_ui(ui, ctx));
        if let Some(action) = action {
            self.act(action, ctx);
        }
        form::finish_jump(ctx, jump.is_some(), focused, &mut self.focus_field);
    }

    fn list_ui(&mut self, ui: &mut Ui, ctx: &StepCtx<'_>) -> Option<ListAction> {
        let lang = ctx.lang;
        let project = ctx.project;
        let settings = &project.settings;
        let findings = ctx.findings;
        let id_of = |s: &Service| s.id;
        let name_of = |s: &Service| s.name.clone();
        let search = |s: &Service| format!("{} {}", s.name, s.description);
        let marker = |s: &Service| -> Option<Severity> {
            let flag = threshold_flag(s, settings).map(|f| f.2);
            findings
                .about(EntityRef::Service(s.id))
                .map(|f| f.severity)
                .chain(flag)
                .min()
        };
        let yes_no = |b: bool| {
            if b {
                Common::Yes.text(lang)
            } else {
                Common::No.text(lang)
            }
        };
        let height = form::list_height(ui);
        ListTable::new(
            egui::Id::unique("services-list"),
            E::ListServices.text(lang),
            lang,
            &project.services,
            &id_of,
            &name_of,
            &search,
        )
        .marker(&marker)
        .column(ListColumn::new(E::Name.text(lang), 200.0, |s: &Service| {
            form::name_or_unnamed(&s.name, lang)
        }))
        // The flag second: a narrow list shows only its first columns.
        .column(ListColumn::new(
            E::Flag.text(lang),
            90.0,
            |s: &Service| match threshold_flag(s, settings) {
                Some((_, _, Severity::Warning)) => RichText::new(E::FlagNotDigital.text(lang))
                    .color(egui::Color32::from_rgb(0xb0, 0x60, 0x00)),
                Some(_) => RichText::new(E::FlagNotDigital.text(lang)).weak(),
                None => RichText::new(""),
            },
        ))
        .column(
            ListColumn::new(E::AnnualVolume.text(lang), 80.0, |s: &Service| {
                s.annual_volume
                    .map(|v| format::integer(i64::try_from(v).unwrap_or(i64::MAX), lang))
                    .unwrap_or_default()
                    .into()
            })
            .sort_by(|a: &Service, b: &Service| a.annual_volume.cmp(&b.annual_volume)),
        )
        .column(
            ListColumn::new(E::DigitalShare.text(lang), 70.0, |s: &Service| {
                s.digital_share_percent
                    .map(|p| format::percent(p, 1, lang))
                    .unwrap_or_default()
                    .into()
            })
            .sort_by(|a: &Service, b: &Service| {
                a.digital_share_percent.cmp(&b.digital_share_percent)
            }),
        )
        .column(ListColumn::new(
            E::DigitallyAvailable.text(lang),
            50.0,
            |s: &Service| yes_no(s.digitally_available).into(),
        ))
        .column(ListColumn::new(
            E::TargetGroup.text(lang),
            110.0,
            |s: &Service| s.target_group.label(lang).into(),
        ))
        .read_only(ctx.read_only)
        .focus_search(ctx.search_requested)
        .max_height(height)
        .show(ui, &mut self.list)
        .action
    }

    fn act(&mut self, action: ListAction, ctx: &mut StepCtx<'_>) {
        let project = ctx.project;
        match action {
            ListAction::Add => {
                let s = Service::default();
                form::insert_and_select(
                    ctx,
                    self.list.selected,
                    Item::Service(s),
                    "name",
                    &mut self.list,
                    &mut self.focus_field,
                );
            }
            ListAction::Duplicate(id) => {
                if let Some(original) = project.service(id) {
                    let mut copy = original.clone();
                    copy.id = Id::new();
                    copy.name = format!("{} {}", original.name, E::CopySuffix.text(ctx.lang));
                    form::insert_and_select(
                        ctx,
                        Some(id),
                        Item::Service(copy),
                        "name",
                        &mut self.list,
                        &mut self.focus_field,
                    );
                }
            }
            ListAction::Delete(id) => ctx.edit(delete_service(project, id), None),
            ListAction::Undo => ctx.send(UiCommand::Undo),
        }
    }

    fn detail_ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) -> bool {
        let lang = ctx.lang;
        let project = ctx.project;
        let Some(original) = self.list.selected.and_then(|id| project.service(id)) else {
            ui.label(RichText::new(E::NothingSelected.text(lang)).weak());
            return false;
        };
        let mut s = original.clone();
        let flag = flag_notice(&s, &project.settings, lang);
        let plan_findings =
            Notice::from_findings(ctx.findings(EntityRef::Service(s.id), Some("plan")), lang);
        let mut form = Form::new(ctx, EntityRef::Service(s.id), self.focus_field);
        let grid = |id: &str| {
            egui::Grid::new(id)
                .num_columns(2)
                .spacing([12.0, 8.0])
                .min_col_width(160.0)
        };
        form::section(ui, E::SectionServiceFacts.text(lang));
        grid("service-facts").show(ui, |ui| {
            form.text(ui, "name", E::Name.text(lang), &mut s.name);
            form.area(
                ui,
                "description",
                E::Description.text(lang),
                &mut s.description,
                2,
                None,
            );
            form.combo(
                ui,
                "target_group",
                E::TargetGroup.text(lang),
                &mut s.target_group,
                &TargetGroup::ALL,
            );
            form.combo(
                ui,
                "channel",
                E::Channel.text(lang),
                &mut s.channel,
                &Channel::ALL,
            );
            form.count(
                ui,
                "annual_volume",
                E::AnnualVolume.text(lang),
                E::PerYearUnit.text(lang),
                &mut s.annual_volume,
            );
            form.decimal(
                ui,
                "digital_share_percent",
                E::DigitalShare.text(lang),
                DecimalInput::new(1).unit("%"),
                &mut s.digital_share_percent,
            );
            form.require(flag.clone());
            form.check(
                ui,
                "digitally_available",
                E::DigitallyAvailable.text(lang),
                E::DigitallyAvailableCheck.text(lang),
                &mut s.digitally_available,
            );
            form.check(
                ui,
                "remains_to_digitalise",
                E::RemainsToDigitalise.text(lang),
                E::RemainsToDigitaliseCheck.text(lang),
                &mut s.remains_to_digitalise,
            );
            form.area(
                ui,
                "exemption_reason",
                E::ExemptionReason.text(lang),
                &mut s.exemption_reason,
                2,
                Some(E::ExemptionReasonHint.text(lang)),
            );
        });
        form::section(ui, E::SectionSuitability.text(lang));
        grid("service-suitability").show(ui, |ui| {
            form.combo(
                ui,
                "self_service",
                E::SelfService.text(lang),
                &mut s.self_service,
                &Suitability::ALL,
            );
            form.combo(
                ui,
                "instant_decision",
                E::InstantDecision.text(lang),
                &mut s.instant_decision,
                &Suitability::ALL,
            );
            form.combo(
                ui,
                "automated_processing",
                E::AutomatedProcessing.text(lang),
                &mut s.automated_processing,
                &Suitability::ALL,
            );
            form.combo(
                ui,
                "user_orientation",
                E::UserOrientation.text(lang),
                &mut s.user_orientation,
                &UserOrientation::ALL,
            );
            form.area(
                ui,
                "user_orientation_reason",
                E::UserOrientationReason.text(lang),
                &mut s.user_orientation_reason,
                2,
                None,
            );
        });
        form::section(ui, E::SectionReuse.text(lang));
        grid("service-reuse").show(ui, |ui| {
            form.flags(
                ui,
                "reusable_information",
                E::ReusableInformation.text(lang),
                &mut s.reusable_information,
                &InfoSource::ALL,
            );
            if s.reusable_information.contains(&InfoSource::Other)
                || !s.reusable_other.trim().is_empty()
            {
                form.text(
                    ui,
                    "reusable_other",
                    E::ReusableOther.text(lang),
                    &mut s.reusable_other,
                );
            }
            form.area(
                ui,
                "regulations_to_review",
                E::RegulationsToReview.text(lang),
                &mut s.regulations_to_review,
                2,
                None,
            );
            form.check(
                ui,
                "service_chain",
                E::ServiceChain.text(lang),
                E::ServiceChainCheck.text(lang),
                &mut s.service_chain,
            );
            if s.service_chain || !s.service_chain_partners.trim().is_empty() {
                form.area(
                    ui,
                    "service_chain_partners",
                    E::ServiceChainPartners.text(lang),
                    &mut s.service_chain_partners,
                    2,
                    None,
                );
            }
        });
        form::section(ui, E::SectionPlan.text(lang));
        grid("service-plan").show(ui, |ui| {
            form.require_all(plan_findings);
            form.area(
                ui,
                "plan.what",
                E::PlanWhat.text(lang),
                &mut s.plan.what,
                3,
                None,
            );
            form.text(
                ui,
                "plan.responsible",
                E::PlanResponsible.text(lang),
                &mut s.plan.responsible,
            );
            form.date(ui, "plan.due", E::PlanDue.text(lang), &mut s.plan.due);
        });
        let focused = form.focused();
        let differs = s != *original;
        form.commit(differs, || Edit::Update(Item::Service(s)));
        focused
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gevinst_core::model::Measure;

    fn service(volume: u64, digital: bool) -> Service {
        Service {
            annual_volume: Some(volume),
            digitally_available: digital,
            ..Service::default()
        }
    }

    #[test]
    fn services_over_the_thresholds_are_flagged_unless_digital() {
        let st = Settings::default();
        assert_eq!(
            threshold_flag(&service(12_000, false), &st).map(|f| f.1),
            Some(5_000)
        );
        assert_eq!(
            threshold_flag(&service(4_000, false), &st).map(|f| f.1),
            Some(3_000)
        );
        assert_eq!(threshold_flag(&service(2_999, false), &st), None);
        assert_eq!(threshold_flag(&service(12_000, true), &st), None);
        let mut exempt = service(12_000, false);
        exempt.exemption_reason = "Lønner seg ikke".into();
        assert_eq!(
            threshold_flag(&exempt, &st).map(|f| f.2),
            Some(Severity::Hint)
        );
    }

    #[test]
    fn deleting_a_service_removes_it_from_measures() {
        let mut p = Project::new();
        let s = Service::default();
        let id = s.id;
        p.services.push(s);
        p.measures.push(Measure {
            service_ids: vec![id, Id::from_u128(9)],
            ..Measure::default()
        });
        let before = p.clone();
        let inverse = delete_service(&p, id).apply(&mut p).unwrap();
        assert_eq!(p.measures[0].service_ids, vec![Id::from_u128(9)]);
        inverse.apply(&mut p).unwrap();
        assert_eq!(p, before);
    }
}
