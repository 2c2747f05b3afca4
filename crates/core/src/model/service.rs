//! Services (*tjenester*) and their *Digitalt førstevalg* assessment (seed 003).

use crate::model::Id;
use crate::model::Percent;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Who the service is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TargetGroup {
    /// Citizens (*innbyggere*).
    #[default]
    Citizens,
    /// Businesses (*næringsliv*).
    Businesses,
    /// Both citizens and businesses.
    Both,
}

impl TargetGroup {
    /// All values in order.
    pub const ALL: [TargetGroup; 3] = [
        TargetGroup::Citizens,
        TargetGroup::Businesses,
        TargetGroup::Both,
    ];
}

/// The main channel users reach the service through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Digital self-service on the web or in an app.
    #[default]
    Digital,
    /// Through Altinn.
    Altinn,
    /// Paper forms and letters.
    Paper,
    /// E-mail.
    Email,
    /// Telephone.
    Phone,
    /// Front desk, in person.
    InPerson,
    /// A mix of channels.
    Mixed,
}

impl Channel {
    /// All values in order.
    pub const ALL: [Channel; 7] = [
        Channel::Digital,
        Channel::Altinn,
        Channel::Paper,
        Channel::Email,
        Channel::Phone,
        Channel::InPerson,
        Channel::Mixed,
    ];
}

/// How well a service is suited to a way of working (self-service, instant decisions, automation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Suitability {
    /// Not yet assessed.
    #[default]
    NotAssessed,
    /// Suited.
    Suited,
    /// Partly suited.
    Partly,
    /// Not suited.
    NotSuited,
}

impl Suitability {
    /// All values in order.
    pub const ALL: [Suitability; 4] = [
        Suitability::NotAssessed,
        Suitability::Suited,
        Suitability::Partly,
        Suitability::NotSuited,
    ];
}

/// The verdict on an existing digital service: is it user-oriented, or should it change?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum UserOrientation {
    /// Not yet assessed.
    #[default]
    NotAssessed,
    /// User-oriented: keep as it is.
    Keep,
    /// Should be redesigned (*re-designes*).
    Redesign,
    /// Should be simplified (*forenkles*).
    Simplify,
    /// Could be discontinued (*bortfalle*).
    Discontinue,
}

impl UserOrientation {
    /// All values in order.
    pub const ALL: [UserOrientation; 5] = [
        UserOrientation::NotAssessed,
        UserOrientation::Keep,
        UserOrientation::Redesign,
        UserOrientation::Simplify,
        UserOrientation::Discontinue,
    ];
}

/// A common register whose information can be reused (circular 1.2, seed 003).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum InfoSource {
    /// Folkeregisteret (population register).
    Folkeregisteret,
    /// Enhetsregisteret (register of legal entities).
    Enhetsregisteret,
    /// Matrikkelen (land register).
    Matrikkelen,
    /// Kontakt- og reservasjonsregisteret (contact and reservation register).
    Krr,
    /// Another source, named in `reusable_other`.
    Other,
}

impl InfoSource {
    /// All values in order.
    pub const ALL: [InfoSource; 5] = [
        InfoSource::Folkeregisteret,
        InfoSource::Enhetsregisteret,
        InfoSource::Matrikkelen,
        InfoSource::Krr,
        InfoSource::Other,
    ];
}

/// The ground an exemption from the circular's deadlines rests on (circular 1.1 gives two).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExemptionGround {
    /// No ground chosen.
    #[default]
    NotStated,
    /// Digitalisation pays off neither for the user nor for the administration.
    NotProfitable,
    /// Concrete plans exist to digitalise the service within current budgets.
    PlannedWithinBudget,
}

impl ExemptionGround {
    /// All values in order.
    pub const ALL: [ExemptionGround; 3] = [
        ExemptionGround::NotStated,
        ExemptionGround::NotProfitable,
        ExemptionGround::PlannedWithinBudget,
    ];
}

/// Whether the service is registered in the national service catalogue the circular names
/// (norge.no, circular 1.1: agencies *bør* register their services there).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CatalogueRegistration {
    /// Not recorded.
    #[default]
    NotRecorded,
    /// Registered.
    Registered,
    /// Not registered.
    NotRegistered,
}

impl CatalogueRegistration {
    /// All values in order.
    pub const ALL: [CatalogueRegistration; 3] = [
        CatalogueRegistration::NotRecorded,
        CatalogueRegistration::Registered,
        CatalogueRegistration::NotRegistered,
    ];
}

/// Should the service be seen together with other agencies' services as a service chain?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ServiceChain {
    /// Not assessed yet.
    #[default]
    NotAssessed,
    /// Yes: part of a service chain.
    Yes,
    /// Assessed: not part of a service chain.
    No,
}

impl ServiceChain {
    /// All values in order.
    pub const ALL: [ServiceChain; 3] = [
        ServiceChain::NotAssessed,
        ServiceChain::Yes,
        ServiceChain::No,
    ];
}

/// `service_chain` as a file may hold it: the answer, or the `true`/`false` of files written
/// before the answer had three values (`true` is yes; `false` was never an assessment).
#[derive(Deserialize, JsonSchema)]
#[serde(untagged)]
enum ServiceChainInFile {
    /// The answer.
    Answer(ServiceChain),
    /// An older file's tick box.
    Ticked(bool),
}

fn service_chain_in_file<'de, D: serde::Deserializer<'de>>(d: D) -> Result<ServiceChain, D::Error> {
    Ok(match ServiceChainInFile::deserialize(d)? {
        ServiceChainInFile::Answer(answer) => answer,
        ServiceChainInFile::Ticked(true) => ServiceChain::Yes,
        ServiceChainInFile::Ticked(false) => ServiceChain::NotAssessed,
    })
}

/// The plan for realising the service's digitalisation: what, who, by when.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct ServicePlan {
    /// What will be done.
    pub what: String,
    /// Who is responsible.
    pub responsible: String,
    /// Target date.
    pub due: Option<NaiveDate>,
}

/// A service the agency offers, with its *Digitalt førstevalg* assessment.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Service {
    /// Stable id.
    pub id: Id,
    /// The service's name, e.g. "Søknad om studiestøtte".
    pub name: String,
    /// What the service is.
    pub description: String,
    /// Who it is for.
    pub target_group: TargetGroup,
    /// The main channel.
    pub channel: Channel,
    /// Yearly volume: forms, applications or cases a year.
    pub annual_volume: Option<u64>,
    /// Share handled digitally, in percent (0–100).
    pub digital_share_percent: Option<Percent>,
    /// Can users complete and submit the service digitally today? (circular 1.1)
    pub digitally_available: bool,
    /// Does the service remain to be digitalised?
    pub remains_to_digitalise: bool,
    /// Why the agency exempts the service from the circular's deadlines (circular 1.1).
    pub exemption_reason: String,
    /// The ground of the exemption, of the two the circular gives.
    pub exemption_ground: ExemptionGround,
    /// Where the exemption is documented (a case number, a document), so that it can be shown
    /// on request as the circular asks.
    pub exemption_documented_in: String,
    /// Whether the service is registered in the national service catalogue (norge.no).
    pub catalogue: CatalogueRegistration,
    /// Suited to digital self-service (*digital selvbetjening*)?
    pub self_service: Suitability,
    /// Suited to instant decisions (*straksavgjørelser*)?
    pub instant_decision: Suitability,
    /// Suited to automated case processing (*automatisert saksbehandling*)?
    pub automated_processing: Suitability,
    /// Is the existing digital service user-oriented, or should it change?
    pub user_orientation: UserOrientation,
    /// Reason for the user-orientation verdict.
    pub user_orientation_reason: String,
    /// Registers whose information can be reused.
    pub reusable_information: Vec<InfoSource>,
    /// Other reusable information, when `reusable_information` contains `other`.
    pub reusable_other: String,
    /// Assessed: no information from other sources can be reused.
    pub reusable_none: bool,
    /// Regulations that need review, adjustment or simplification.
    pub regulations_to_review: String,
    /// Assessed: no regulations need review.
    pub regulations_none: bool,
    /// Should the service be seen together with other agencies' services as a service chain?
    /// Older files' `true`/`false` read as yes / not assessed.
    #[serde(deserialize_with = "service_chain_in_file")]
    #[schemars(with = "ServiceChainInFile")]
    pub service_chain: ServiceChain,
    /// The other agencies and services in the chain.
    pub service_chain_partners: String,
    /// Strategy and plan for realisation.
    pub plan: ServicePlan,
}
