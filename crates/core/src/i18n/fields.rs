//! What a user reads about each input: its label, and its help where the form shows one
//! (a hint in an empty text, the text of a check box, the guide above a long text).
//! These are the words of the app's form (the [`EditorText`] keys), so the command line and
//! the findings name a field as the form does.

use super::{EditorText as E, Key, Label, Language};
use crate::model::{
    AgencyField, ChecklistField, ExtractionField, Field, GainField, MeasureField, OwnPointField,
    PriorityAreaField, ReportField, ServiceField, SettingsField,
};

impl Field {
    /// The key of the field's label, e.g. [`EditorText::SpecialAssessment`](E::SpecialAssessment).
    pub fn label_key(self) -> E {
        match self {
            Field::Agency(f) => agency(f),
            Field::Report(f) => report(f),
            Field::Settings(f) => settings(f),
            Field::PriorityArea(f) => priority_area(f),
            Field::Measure(f) => measure(f),
            Field::Service(f) => service(f),
            Field::Gain(f) => gain(f),
            Field::Extraction(f) => extraction(f),
            Field::Checklist(f) => checklist(f),
            Field::OwnPoint(f) => own_point(f),
        }
    }

    /// The key of the help the form shows with the field, if any: the grey hint in an empty
    /// text (e.g. [`EditorText::SpecialAssessmentHint`](E::SpecialAssessmentHint)), the text
    /// beside a check box ([`EditorText::DigitalisationCheck`](E::DigitalisationCheck)), the
    /// guide above a long text ([`EditorText::IntroductionGuide`](E::IntroductionGuide)).
    pub fn help_key(self) -> Option<E> {
        match self {
            Field::Report(ReportField::Introduction) => Some(E::IntroductionGuide),
            Field::Report(ReportField::Closing) => Some(E::ClosingGuide),
            Field::Measure(MeasureField::Digitalisation) => Some(E::DigitalisationCheck),
            Field::Measure(MeasureField::SpecialAssessment) => Some(E::SpecialAssessmentHint),
            Field::Service(ServiceField::DigitallyAvailable) => Some(E::DigitallyAvailableCheck),
            Field::Service(ServiceField::RemainsToDigitalise) => Some(E::RemainsToDigitaliseCheck),
            Field::Service(ServiceField::ExemptionReason) => Some(E::ExemptionReasonHint),
            Field::Service(ServiceField::ServiceChain) => Some(E::ServiceChainCheck),
            Field::Service(ServiceField::ExemptionDocumentedIn) => {
                Some(E::ExemptionDocumentedInHint)
            }
            Field::Service(ServiceField::ReusableNone) => Some(E::ReusableNoneCheck),
            Field::Service(ServiceField::RegulationsNone) => Some(E::RegulationsNoneCheck),
            Field::OwnPoint(OwnPointField::Source) => Some(E::OwnPointSourceHint),
            Field::OwnPoint(OwnPointField::JustificationRequired) => {
                Some(E::JustificationDemandedCheck)
            }
            Field::Gain(GainField::Owner) => Some(E::OwnerHint),
            Field::Settings(SettingsField::ComparisonYear) => Some(E::ComparisonYearHint),
            Field::Extraction(ExtractionField::Description) => Some(E::ExtractionDescriptionHint),
            _ => None,
        }
    }

    /// The help the form shows with the field, in a language, if any.
    pub fn help(self, lang: Language) -> Option<&'static str> {
        self.help_key().map(|key| key.text(lang))
    }
}

impl Label for Field {
    /// The field's label as the form shows it, e.g. "Særlig vurdering".
    fn label(self, lang: Language) -> &'static str {
        self.label_key().text(lang)
    }
}

macro_rules! label_via_field {
    ($($ty:ident),*) => {
        $(impl Label for $ty {
            fn label(self, lang: Language) -> &'static str {
                Field::from(self).label(lang)
            }
        })*
    };
}

label_via_field!(
    AgencyField,
    ReportField,
    SettingsField,
    PriorityAreaField,
    MeasureField,
    ServiceField,
    GainField,
    ExtractionField,
    ChecklistField
);

fn agency(f: AgencyField) -> E {
    match f {
        AgencyField::Name => E::AgencyName,
        AgencyField::OrgNumber => E::OrgNumber,
        AgencyField::ParentMinistry => E::ParentMinistry,
    }
}

fn report(f: ReportField) -> E {
    match f {
        ReportField::Year => E::ReportYear,
        ReportField::Part => E::ReportPart,
        ReportField::Language => E::ReportLanguage,
        ReportField::PriceYear => E::DefaultPriceYear,
        ReportField::Introduction => E::Introduction,
        ReportField::Closing => E::Closing,
        ReportField::Measures => E::ListMeasures,
    }
}

fn settings(f: SettingsField) -> E {
    match f {
        SettingsField::HoursPerFte => E::HoursPerFte,
        SettingsField::CostPerFte => E::CostPerFte,
        SettingsField::DiscountRates => E::DiscountRates,
        SettingsField::TaxFinancingCostPercent => E::TaxFinancingCost,
        SettingsField::RealPriceGrowthPercent => E::RealPriceGrowth,
        SettingsField::AnalysisPeriodYears => E::AnalysisPeriod,
        SettingsField::ComparisonYear => E::ComparisonYear,
        SettingsField::KsThreshold => E::KsThreshold,
        SettingsField::DigitalThresholdHigh => E::DigitalThresholdHigh,
        SettingsField::DigitalThresholdLow => E::DigitalThresholdLow,
        SettingsField::PriceIndex => E::PriceIndex,
    }
}

fn priority_area(f: PriorityAreaField) -> E {
    match f {
        PriorityAreaField::Id => E::Id,
        PriorityAreaField::Name => E::Name,
        PriorityAreaField::Description => E::Description,
    }
}

fn measure(f: MeasureField) -> E {
    match f {
        MeasureField::Id => E::Id,
        MeasureField::Title => E::Title,
        MeasureField::Description => E::Description,
        MeasureField::Status => E::Status,
        MeasureField::StartDate => E::StartDate,
        MeasureField::EndDate => E::EndDate,
        MeasureField::ResponsibleUnit => E::ResponsibleUnit,
        MeasureField::ResponsiblePerson => E::ResponsiblePerson,
        MeasureField::Digitalisation => E::Digitalisation,
        MeasureField::SpecialAssessment => E::SpecialAssessment,
        MeasureField::ServiceIds => E::MeasureServices,
        MeasureField::Investment => E::Investment,
        MeasureField::AnnualOperatingCost => E::OperatingCost,
        MeasureField::PriceYear => E::PriceYear,
    }
}

fn service(f: ServiceField) -> E {
    match f {
        ServiceField::Id => E::Id,
        ServiceField::Name => E::Name,
        ServiceField::Description => E::Description,
        ServiceField::TargetGroup => E::TargetGroup,
        ServiceField::Channel => E::Channel,
        ServiceField::AnnualVolume => E::AnnualVolume,
        ServiceField::DigitalSharePercent => E::DigitalShare,
        ServiceField::DigitallyAvailable => E::DigitallyAvailable,
        ServiceField::RemainsToDigitalise => E::RemainsToDigitalise,
        ServiceField::ExemptionReason => E::ExemptionReason,
        ServiceField::ExemptionGround => E::ExemptionGround,
        ServiceField::ExemptionDocumentedIn => E::ExemptionDocumentedIn,
        ServiceField::Catalogue => E::Catalogue,
        ServiceField::SelfService => E::SelfService,
        ServiceField::InstantDecision => E::InstantDecision,
        ServiceField::AutomatedProcessing => E::AutomatedProcessing,
        ServiceField::UserOrientation => E::UserOrientation,
        ServiceField::UserOrientationReason => E::UserOrientationReason,
        ServiceField::ReusableInformation => E::ReusableInformation,
        ServiceField::ReusableOther => E::ReusableOther,
        ServiceField::ReusableNone => E::ReusableNone,
        ServiceField::RegulationsToReview => E::RegulationsToReview,
        ServiceField::RegulationsNone => E::RegulationsNone,
        ServiceField::ServiceChain => E::ServiceChain,
        ServiceField::ServiceChainPartners => E::ServiceChainPartners,
        ServiceField::PlanWhat => E::PlanWhat,
        ServiceField::PlanResponsible => E::PlanResponsible,
        ServiceField::PlanDue => E::PlanDue,
    }
}

fn gain(f: GainField) -> E {
    match f {
        GainField::Id => E::Id,
        GainField::MeasureId => E::Measure,
        GainField::Name => E::Name,
        GainField::Kind => E::GainKind,
        GainField::Beneficiary => E::Beneficiary,
        GainField::Description => E::Description,
        GainField::Indicator => E::Indicator,
        GainField::Unit => E::Unit,
        GainField::BaselineValue => E::Baseline,
        GainField::BaselineDate => E::BaselineDate,
        GainField::TargetValue => E::Target,
        GainField::TargetDate => E::TargetDate,
        GainField::Direction => E::Direction,
        GainField::Owner => E::Owner,
        GainField::PriceYear => E::PriceYear,
        GainField::Years => E::SectionYears,
    }
}

fn extraction(f: ExtractionField) -> E {
    match f {
        ExtractionField::Id => E::Id,
        ExtractionField::GainId => E::Gain,
        ExtractionField::Year => E::Year,
        ExtractionField::Form => E::ExtractionForm,
        ExtractionField::AmountNok => E::Amount,
        ExtractionField::Fte => E::FteLabel,
        ExtractionField::PriorityAreaId => E::PriorityArea,
        ExtractionField::Description => E::ExtractionDescription,
    }
}

fn checklist(f: ChecklistField) -> E {
    match f {
        ChecklistField::Point => E::Point,
        ChecklistField::Status => E::Answer,
        ChecklistField::Justification => E::Justification,
    }
}

fn own_point(f: OwnPointField) -> E {
    match f {
        OwnPointField::Id => E::Id,
        OwnPointField::Title => E::OwnRequirement,
        OwnPointField::Source => E::OwnPointSource,
        OwnPointField::Obligation => E::ObligationLabel,
        OwnPointField::JustificationRequired => E::JustificationDemanded,
        OwnPointField::Status => E::Answer,
        OwnPointField::Justification => E::Justification,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_label_and_its_forms_help_in_every_language() {
        for field in Field::all() {
            for lang in Language::ALL {
                assert!(!field.label(lang).trim().is_empty(), "{field:?}");
                assert!(field.help(lang).is_none_or(|h| !h.trim().is_empty()));
            }
        }
        let special = MeasureField::SpecialAssessment;
        assert_eq!(special.label(Language::Nb), "Særlig vurdering");
        assert_eq!(
            Field::from(special).help(Language::Nb),
            Some(E::SpecialAssessmentHint.text(Language::Nb))
        );
        assert_eq!(Field::from(MeasureField::Title).help(Language::Nb), None);
        // A check box's help is its text.
        assert_eq!(
            Field::from(ServiceField::ServiceChain).help(Language::En),
            Some(E::ServiceChainCheck.text(Language::En))
        );
    }

    #[test]
    fn fields_of_one_entity_have_different_labels() {
        let kinds: [Vec<Field>; 10] = [
            entity::<AgencyField>(),
            entity::<ReportField>(),
            entity::<SettingsField>(),
            entity::<PriorityAreaField>(),
            entity::<MeasureField>(),
            entity::<ServiceField>(),
            entity::<GainField>(),
            entity::<ExtractionField>(),
            entity::<ChecklistField>(),
            entity::<OwnPointField>(),
        ];
        for fields in kinds {
            for lang in Language::ALL {
                let mut labels: Vec<&str> = fields.iter().map(|f| f.label(lang)).collect();
                labels.sort_unstable();
                labels.dedup();
                assert_eq!(labels.len(), fields.len(), "{fields:?} in {lang:?}");
            }
        }
    }

    fn entity<F: strum::VariantArray + Copy + Into<Field>>() -> Vec<Field> {
        F::VARIANTS.iter().map(|&f| f.into()).collect()
    }
}
