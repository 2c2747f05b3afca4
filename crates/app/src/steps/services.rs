//! Step: services (*Digitalt førstevalg*). A list that flags services over the circular's
//! volume thresholds that are not digital, and a form with the full assessment.

use crate::steps::form::{self, Form};
use crate::steps::list::{ListDef, ListStep, Page, name_column};
use crate::widgets::{DecimalInput, ListColumn, Notice};
use egui::{RichText, Ui};
use gevinst_core::format;
use gevinst_core::i18n::{EditorText as E, Key, Label, Language};
use gevinst_core::model::{
    CatalogueRegistration, Channel, ExemptionGround, Field, InfoSource, Project, Service,
    ServiceChain, ServiceField, Settings, Suitability, TargetGroup, UserOrientation,
};
use gevinst_core::validate::Severity;

/// The services step.
pub type ServicesStep = ListStep<Services>;

/// What the services step has of its own.
#[derive(Debug, Default)]
pub struct Services;

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

impl ListDef for Services {
    type Item = Service;
    const PAGE: Page = Page::new(
        E::HelpServices,
        "services-list",
        "service",
        Field::Service(ServiceField::Name),
    );

    fn search_text(s: &Service, _: &Project, _: Language) -> String {
        format!("{} {}", s.name, s.description)
    }

    fn flag(s: &Service, project: &Project) -> Option<Severity> {
        threshold_flag(s, &project.settings).map(|f| f.2)
    }

    fn columns<'a>(project: &'a Project, lang: Language) -> Vec<ListColumn<'a, Service>> {
        let settings = &project.settings;
        vec![
            name_column(E::Name, 200.0, lang),
            // The flag second: a narrow list shows only its first columns.
            ListColumn::new(
                E::Flag.text(lang),
                90.0,
                move |s: &Service| match threshold_flag(s, settings) {
                    Some((_, _, Severity::Warning)) => RichText::new(E::FlagNotDigital.text(lang))
                        .color(egui::Color32::from_rgb(0xb0, 0x60, 0x00)),
                    Some(_) => RichText::new(E::FlagNotDigital.text(lang)).weak(),
                    None => RichText::new(""),
                },
            ),
            ListColumn::new(E::AnnualVolume.text(lang), 80.0, move |s: &Service| {
                s.annual_volume
                    .map(|v| format::integer(i64::try_from(v).unwrap_or(i64::MAX), lang))
                    .unwrap_or_default()
                    .into()
            })
            .sort_by(|a: &Service, b: &Service| a.annual_volume.cmp(&b.annual_volume)),
            ListColumn::new(E::DigitalShare.text(lang), 70.0, move |s: &Service| {
                s.digital_share_percent
                    .map(|p| format::percent(p.get(), 1, lang))
                    .unwrap_or_default()
                    .into()
            })
            .sort_by(|a: &Service, b: &Service| {
                a.digital_share_percent.cmp(&b.digital_share_percent)
            }),
            ListColumn::new(
                E::DigitallyAvailable.text(lang),
                50.0,
                move |s: &Service| form::yes_no(s.digitally_available, lang).into(),
            ),
            ListColumn::new(E::TargetGroup.text(lang), 110.0, move |s: &Service| {
                s.target_group.label(lang).into()
            }),
        ]
    }

    fn form(&self, ui: &mut Ui, form: &mut Form<'_, '_>, s: &mut Service, project: &Project) {
        let lang = form.lang();
        let flag = flag_notice(s, &project.settings, lang);
        form::section(ui, E::SectionServiceFacts.text(lang));
        form::grid("service-facts").show(ui, |ui| {
            form.text(ui, ServiceField::Name, &mut s.name);
            form.area(ui, ServiceField::Description, &mut s.description, 2);
            form.combo(
                ui,
                ServiceField::TargetGroup,
                &mut s.target_group,
                &TargetGroup::ALL,
            );
            form.combo(ui, ServiceField::Channel, &mut s.channel, &Channel::ALL);
            form.count(
                ui,
                ServiceField::AnnualVolume,
                E::PerYearUnit.text(lang),
                &mut s.annual_volume,
            );
            form.decimal(
                ui,
                ServiceField::DigitalSharePercent,
                DecimalInput::new(1).unit("%"),
                &mut s.digital_share_percent,
            );
            form.require(flag.clone());
            form.check(
                ui,
                ServiceField::DigitallyAvailable,
                &mut s.digitally_available,
            );
            form.check(
                ui,
                ServiceField::RemainsToDigitalise,
                &mut s.remains_to_digitalise,
            );
            form.area(
                ui,
                ServiceField::ExemptionReason,
                &mut s.exemption_reason,
                2,
            );
            form.combo(
                ui,
                ServiceField::ExemptionGround,
                &mut s.exemption_ground,
                &ExemptionGround::ALL,
            );
            form.text(
                ui,
                ServiceField::ExemptionDocumentedIn,
                &mut s.exemption_documented_in,
            );
            form.combo(
                ui,
                ServiceField::Catalogue,
                &mut s.catalogue,
                &CatalogueRegistration::ALL,
            );
        });
        form::section(ui, E::SectionSuitability.text(lang));
        form::grid("service-suitability").show(ui, |ui| {
            form.combo(
                ui,
                ServiceField::SelfService,
                &mut s.self_service,
                &Suitability::ALL,
            );
            form.combo(
                ui,
                ServiceField::InstantDecision,
                &mut s.instant_decision,
                &Suitability::ALL,
            );
            form.combo(
                ui,
                ServiceField::AutomatedProcessing,
                &mut s.automated_processing,
                &Suitability::ALL,
            );
            form.combo(
                ui,
                ServiceField::UserOrientation,
                &mut s.user_orientation,
                &UserOrientation::ALL,
            );
            form.area(
                ui,
                ServiceField::UserOrientationReason,
                &mut s.user_orientation_reason,
                2,
            );
        });
        form::section(ui, E::SectionReuse.text(lang));
        form::grid("service-reuse").show(ui, |ui| {
            form.flags(
                ui,
                ServiceField::ReusableInformation,
                &mut s.reusable_information,
                &InfoSource::ALL,
            );
            if s.reusable_information.contains(&InfoSource::Other)
                || !s.reusable_other.trim().is_empty()
            {
                form.text(ui, ServiceField::ReusableOther, &mut s.reusable_other);
            }
            form.check(ui, ServiceField::ReusableNone, &mut s.reusable_none);
            form.area(
                ui,
                ServiceField::RegulationsToReview,
                &mut s.regulations_to_review,
                2,
            );
            form.check(ui, ServiceField::RegulationsNone, &mut s.regulations_none);
            form.combo(
                ui,
                ServiceField::ServiceChain,
                &mut s.service_chain,
                &ServiceChain::ALL,
            );
            if s.service_chain == ServiceChain::Yes || !s.service_chain_partners.trim().is_empty() {
                form.area(
                    ui,
                    ServiceField::ServiceChainPartners,
                    &mut s.service_chain_partners,
                    2,
                );
            }
        });
        form::section(ui, E::SectionPlan.text(lang));
        form::grid("service-plan").show(ui, |ui| {
            form.area(ui, ServiceField::PlanWhat, &mut s.plan.what, 3);
            form.text(ui, ServiceField::PlanResponsible, &mut s.plan.responsible);
            form.date(ui, ServiceField::PlanDue, &mut s.plan.due);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
