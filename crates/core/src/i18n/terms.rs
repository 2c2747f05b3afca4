//! The vocabulary of the model: names of statuses, kinds, forms and checklist points.

use super::{Key, Language};
use crate::model::{
    Beneficiary, CatalogueRegistration, Channel, ChecklistPoint, ChecklistStatus, Direction,
    ExemptionGround, ExtractionForm, GainKind, InfoSource, JustificationDemand, MeasureStatus,
    Obligation, ReportPart, ServiceChain, Suitability, TargetGroup, UserOrientation,
};
use std::sync::LazyLock;

/// Short names for the model's enums, for the `match`es of the language files.
pub(crate) mod short {
    pub(crate) use crate::model::{
        Beneficiary as B, CatalogueRegistration as CR, Channel as C, ChecklistPoint as P,
        ChecklistStatus as CS, Direction as D, ExemptionGround as EG, ExtractionForm as EF,
        GainKind as GK, InfoSource as IS, JustificationDemand as JD, MeasureStatus as MS,
        Obligation as O, ReportPart as RP, ServiceChain as SC, Suitability as S, TargetGroup as TG,
        UserOrientation as UO,
    };
}

/// A word or phrase for a value of the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Term {
    /// A measure's status.
    MeasureStatus(MeasureStatus),
    /// The title of a part of the annual report, without its numeral.
    ReportPart(ReportPart),
    /// A service's target group.
    TargetGroup(TargetGroup),
    /// A service's main channel.
    Channel(Channel),
    /// A suitability verdict.
    Suitability(Suitability),
    /// A user-orientation verdict.
    UserOrientation(UserOrientation),
    /// A register whose information can be reused.
    InfoSource(InfoSource),
    /// A kind of gain.
    GainKind(GainKind),
    /// Who benefits from a gain.
    Beneficiary(Beneficiary),
    /// Whether higher or lower is better.
    Direction(Direction),
    /// A form of extraction.
    ExtractionForm(ExtractionForm),
    /// An answer to a checklist point.
    ChecklistStatus(ChecklistStatus),
    /// The short title of a checklist point.
    ChecklistTitle(ChecklistPoint),
    /// What a checklist point asks, in a sentence or two.
    ChecklistText(ChecklistPoint),
    /// Whether a requirement is an obligation or a recommendation.
    Obligation(Obligation),
    /// What the circular asks to be justified, as it stands in a sentence.
    JustificationDemand(JustificationDemand),
    /// The ground of a service's exemption.
    ExemptionGround(ExemptionGround),
    /// Whether a service is in the national service catalogue.
    CatalogueRegistration(CatalogueRegistration),
    /// The service-chain answer.
    ServiceChain(ServiceChain),
}

static ALL_TERMS: LazyLock<Vec<Term>> = LazyLock::new(|| {
    let mut all = Vec::new();
    all.extend(MeasureStatus::ALL.map(Term::MeasureStatus));
    all.extend(ReportPart::ALL.map(Term::ReportPart));
    all.extend(TargetGroup::ALL.map(Term::TargetGroup));
    all.extend(Channel::ALL.map(Term::Channel));
    all.extend(Suitability::ALL.map(Term::Suitability));
    all.extend(UserOrientation::ALL.map(Term::UserOrientation));
    all.extend(InfoSource::ALL.map(Term::InfoSource));
    all.extend(GainKind::ALL.map(Term::GainKind));
    all.extend(Beneficiary::ALL.map(Term::Beneficiary));
    all.extend(Direction::ALL.map(Term::Direction));
    all.extend(ExtractionForm::ALL.map(Term::ExtractionForm));
    all.extend(ChecklistStatus::ALL.map(Term::ChecklistStatus));
    all.extend(ChecklistPoint::ALL.map(Term::ChecklistTitle));
    all.extend(ChecklistPoint::ALL.map(Term::ChecklistText));
    all.extend(Obligation::ALL.map(Term::Obligation));
    all.extend(JustificationDemand::ALL.map(Term::JustificationDemand));
    all.extend(ExemptionGround::ALL.map(Term::ExemptionGround));
    all.extend(CatalogueRegistration::ALL.map(Term::CatalogueRegistration));
    all.extend(ServiceChain::ALL.map(Term::ServiceChain));
    all
});

impl Key for Term {
    fn all() -> &'static [Self] {
        &ALL_TERMS
    }

    fn text(self, lang: Language) -> &'static str {
        match lang {
            Language::Nb => super::nb::terms::text(self),
            Language::Nn => super::nn::terms::text(self),
            Language::En => super::en::terms::text(self),
        }
    }
}

/// A value of the model that has a name in each language.
pub trait Label: Copy {
    /// The value's name in a language.
    fn label(self, lang: Language) -> &'static str;
}

macro_rules! label_via_term {
    ($($ty:ident),*) => {
        $(impl Label for $ty {
            fn label(self, lang: Language) -> &'static str {
                Term::$ty(self).text(lang)
            }
        })*
    };
}

label_via_term!(
    MeasureStatus,
    ReportPart,
    TargetGroup,
    Channel,
    Suitability,
    UserOrientation,
    InfoSource,
    GainKind,
    Beneficiary,
    Direction,
    ExtractionForm,
    ChecklistStatus,
    Obligation,
    JustificationDemand,
    ExemptionGround,
    CatalogueRegistration,
    ServiceChain
);

impl Label for ChecklistPoint {
    /// The short title of the point, e.g. "Bruk nasjonale felleskomponenter".
    fn label(self, lang: Language) -> &'static str {
        Term::ChecklistTitle(self).text(lang)
    }
}

impl Label for Language {
    /// The language's own name, the same whatever the interface language.
    fn label(self, _lang: Language) -> &'static str {
        self.native_name()
    }
}
