//! Every input of a project, named once: one enum per entity and [`Field`] over them all.
//!
//! A field is what a finding points at and what a form row edits. It knows its name in the
//! project file (`"special_assessment"`, `"plan.what"`) and its path there for one entity
//! (`measures[2].special_assessment`). Its label and help in each language live in `i18n`.

use super::{EntityRef, Project};
use serde::{Serialize, Serializer};

/// Defines a field enum whose variants carry their names in the project file.
macro_rules! fields {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $json:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
        pub enum $name {
            $($(#[$vdoc])* $variant,)*
        }

        impl $name {
            /// The field's name in the project file, e.g. `"special_assessment"`; a field of
            /// a nested block has a dot (`"plan.what"`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $json,)*
                }
            }
        }
    };
}

fields! {
    /// A field of the agency block.
    AgencyField {
        /// The agency's name.
        Name => "name",
        /// The organisation number.
        OrgNumber => "org_number",
        /// The parent ministry.
        ParentMinistry => "parent_ministry",
    }
}

fields! {
    /// A field of the report block, or a whole list a finding is about.
    ReportField {
        /// The year the annual report covers.
        Year => "year",
        /// The part of the annual report.
        Part => "part",
        /// The language of the section.
        Language => "language",
        /// The default price year.
        PriceYear => "price_year",
        /// The introduction.
        Introduction => "introduction",
        /// The closing.
        Closing => "closing",
        /// The list of measures as a whole (none at all, none active); at the top of the file.
        Measures => "measures",
    }
}

fields! {
    /// A calculation setting.
    SettingsField {
        /// Working hours per FTE.
        HoursPerFte => "hours_per_fte",
        /// Cost per FTE.
        CostPerFte => "cost_per_fte",
        /// The discount-rate schedule (the whole table).
        DiscountRates => "discount_rates",
        /// Tax-financing cost.
        TaxFinancingCostPercent => "tax_financing_cost_percent",
        /// Real price growth per year.
        RealPriceGrowthPercent => "real_price_growth_percent",
        /// Length of the analysis period.
        AnalysisPeriodYears => "analysis_period_years",
        /// The year net present values are expressed in.
        ComparisonYear => "comparison_year",
        /// The threshold for external quality assurance.
        KsThreshold => "ks_threshold",
        /// The high volume threshold for digital services.
        DigitalThresholdHigh => "digital_threshold_high",
        /// The low volume threshold for digital services.
        DigitalThresholdLow => "digital_threshold_low",
        /// The price index (the whole table).
        PriceIndex => "price_index",
    }
}

fields! {
    /// A field of a priority area.
    PriorityAreaField {
        /// The id (a duplicate in a hand-edited file).
        Id => "id",
        /// The name.
        Name => "name",
        /// The description.
        Description => "description",
    }
}

fields! {
    /// A field of a measure.
    MeasureField {
        /// The id (a duplicate in a hand-edited file).
        Id => "id",
        /// The title.
        Title => "title",
        /// The description.
        Description => "description",
        /// Where it stands.
        Status => "status",
        /// The start date.
        StartDate => "start_date",
        /// The end date.
        EndDate => "end_date",
        /// The responsible unit.
        ResponsibleUnit => "responsible_unit",
        /// The responsible person.
        ResponsiblePerson => "responsible_person",
        /// Whether it digitalises.
        Digitalisation => "digitalisation",
        /// The special assessment of a digitalisation measure.
        SpecialAssessment => "special_assessment",
        /// The services it touches.
        ServiceIds => "service_ids",
        /// The investment.
        Investment => "investment",
        /// The yearly operating cost.
        AnnualOperatingCost => "annual_operating_cost",
        /// The price year of its amounts.
        PriceYear => "price_year",
    }
}

fields! {
    /// A field of a service, including those of its plan.
    ServiceField {
        /// The id (a duplicate in a hand-edited file).
        Id => "id",
        /// The name.
        Name => "name",
        /// The description.
        Description => "description",
        /// The target group.
        TargetGroup => "target_group",
        /// The main channel.
        Channel => "channel",
        /// The yearly volume.
        AnnualVolume => "annual_volume",
        /// The share handled digitally.
        DigitalSharePercent => "digital_share_percent",
        /// Whether it is digitally available.
        DigitallyAvailable => "digitally_available",
        /// Whether it remains to be digitalised.
        RemainsToDigitalise => "remains_to_digitalise",
        /// Why it is exempted.
        ExemptionReason => "exemption_reason",
        /// The ground of the exemption.
        ExemptionGround => "exemption_ground",
        /// Where the exemption is documented.
        ExemptionDocumentedIn => "exemption_documented_in",
        /// Registered in the national service catalogue.
        Catalogue => "catalogue",
        /// Suited to self-service.
        SelfService => "self_service",
        /// Suited to instant decisions.
        InstantDecision => "instant_decision",
        /// Suited to automated processing.
        AutomatedProcessing => "automated_processing",
        /// The user-orientation verdict.
        UserOrientation => "user_orientation",
        /// The reason for the verdict.
        UserOrientationReason => "user_orientation_reason",
        /// The registers whose information can be reused.
        ReusableInformation => "reusable_information",
        /// Other reusable information.
        ReusableOther => "reusable_other",
        /// Assessed: nothing to reuse.
        ReusableNone => "reusable_none",
        /// Regulations to review.
        RegulationsToReview => "regulations_to_review",
        /// Assessed: no regulations to review.
        RegulationsNone => "regulations_none",
        /// Part of a service chain.
        ServiceChain => "service_chain",
        /// The partners in the chain.
        ServiceChainPartners => "service_chain_partners",
        /// What the plan does.
        PlanWhat => "plan.what",
        /// Who is responsible for the plan.
        PlanResponsible => "plan.responsible",
        /// The plan's target date.
        PlanDue => "plan.due",
    }
}

fields! {
    /// A field of a gain.
    GainField {
        /// The id (a duplicate in a hand-edited file).
        Id => "id",
        /// The measure it comes from.
        MeasureId => "measure_id",
        /// The name.
        Name => "name",
        /// The kind of gain.
        Kind => "kind",
        /// Who benefits.
        Beneficiary => "beneficiary",
        /// The description.
        Description => "description",
        /// The indicator.
        Indicator => "indicator",
        /// The indicator's unit.
        Unit => "unit",
        /// The baseline value.
        BaselineValue => "baseline_value",
        /// The baseline date.
        BaselineDate => "baseline_date",
        /// The target value.
        TargetValue => "target_value",
        /// The target date.
        TargetDate => "target_date",
        /// Whether higher or lower is better.
        Direction => "direction",
        /// The benefit owner.
        Owner => "owner",
        /// The price year of its kroner.
        PriceYear => "price_year",
        /// The values per year (the whole grid).
        Years => "years",
    }
}

fields! {
    /// A field of an extraction.
    ExtractionField {
        /// The id (a duplicate in a hand-edited file).
        Id => "id",
        /// The gain extracted from.
        GainId => "gain_id",
        /// The year.
        Year => "year",
        /// The form of extraction.
        Form => "form",
        /// The amount in kroner.
        AmountNok => "amount_nok",
        /// The FTE.
        Fte => "fte",
        /// The priority area reallocated to.
        PriorityAreaId => "priority_area_id",
        /// What was done, or why not.
        Description => "description",
    }
}

fields! {
    /// A field of a checklist item.
    ChecklistField {
        /// The point (listed twice in a hand-edited file).
        Point => "point",
        /// The answer.
        Status => "status",
        /// The justification.
        Justification => "justification",
    }
}

fields! {
    /// A field of a checklist point of the ministry's own.
    OwnPointField {
        /// The id (a duplicate in a hand-edited file).
        Id => "id",
        /// The requirement.
        Title => "title",
        /// Where the ministry sets it.
        Source => "source",
        /// Obligation or recommendation.
        Obligation => "obligation",
        /// Whether deviations must be justified.
        JustificationRequired => "justification_required",
        /// The answer.
        Status => "status",
        /// The justification.
        Justification => "justification",
    }
}

/// Any field of a project: the entity kind's field enum inside. Serialised as its name in
/// the project file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// A field of the agency.
    Agency(AgencyField),
    /// A field of the report, or a whole list.
    Report(ReportField),
    /// A setting.
    Settings(SettingsField),
    /// A field of a priority area.
    PriorityArea(PriorityAreaField),
    /// A field of a measure.
    Measure(MeasureField),
    /// A field of a service.
    Service(ServiceField),
    /// A field of a gain.
    Gain(GainField),
    /// A field of an extraction.
    Extraction(ExtractionField),
    /// A field of a checklist item.
    Checklist(ChecklistField),
    /// A field of an own checklist point.
    OwnPoint(OwnPointField),
}

macro_rules! into_field {
    ($($ty:ident => $variant:ident),*) => {
        $(impl From<$ty> for Field {
            fn from(field: $ty) -> Self {
                Field::$variant(field)
            }
        })*

        impl Field {
            /// Every field, entity by entity in the order of the guided steps.
            pub fn all() -> impl Iterator<Item = Field> {
                std::iter::empty()
                    $(.chain(<$ty as strum::VariantArray>::VARIANTS.iter().map(|&f| Field::from(f))))*
            }
        }
    };
}

into_field!(
    AgencyField => Agency,
    ReportField => Report,
    SettingsField => Settings,
    PriorityAreaField => PriorityArea,
    MeasureField => Measure,
    ServiceField => Service,
    GainField => Gain,
    ExtractionField => Extraction,
    ChecklistField => Checklist,
    OwnPointField => OwnPoint
);

impl Field {
    /// The field's name in the project file, e.g. `"special_assessment"` or `"plan.what"`.
    pub fn name(self) -> &'static str {
        match self {
            Field::Agency(f) => f.name(),
            Field::Report(f) => f.name(),
            Field::Settings(f) => f.name(),
            Field::PriorityArea(f) => f.name(),
            Field::Measure(f) => f.name(),
            Field::Service(f) => f.name(),
            Field::Gain(f) => f.name(),
            Field::Extraction(f) => f.name(),
            Field::Checklist(f) => f.name(),
            Field::OwnPoint(f) => f.name(),
        }
    }

    /// True for the field that identifies its entity in its list: an id, a checklist item's
    /// point. A finding about it (a duplicate) is about the entity as a whole.
    pub fn is_key(self) -> bool {
        matches!(
            self,
            Field::PriorityArea(PriorityAreaField::Id)
                | Field::Measure(MeasureField::Id)
                | Field::Service(ServiceField::Id)
                | Field::Gain(GainField::Id)
                | Field::Extraction(ExtractionField::Id)
                | Field::Checklist(ChecklistField::Point)
                | Field::OwnPoint(OwnPointField::Id)
        )
    }

    /// True when the field is one of this entity's kind.
    pub fn belongs_to(self, entity: EntityRef) -> bool {
        matches!(
            (self, entity),
            (Field::Agency(_), EntityRef::Agency)
                | (Field::Report(_), EntityRef::Report)
                | (Field::Settings(_), EntityRef::Settings)
                | (Field::PriorityArea(_), EntityRef::PriorityArea(_))
                | (Field::Measure(_), EntityRef::Measure(_))
                | (Field::Service(_), EntityRef::Service(_))
                | (Field::Gain(_), EntityRef::Gain(_))
                | (Field::Extraction(_), EntityRef::Extraction(_))
                | (Field::Checklist(_), EntityRef::Checklist(_))
                | (Field::OwnPoint(_), EntityRef::OwnPoint(_))
        )
    }

    /// Where the field of `entity` stands in the project file, e.g.
    /// `measures[2].special_assessment`, `agency.org_number`, `checklist[10].justification`
    /// (the index is the entity's position in its list; the first of duplicate ids).
    /// `None` when the field is not of the entity's kind or the entity is not in the project.
    pub fn path(self, project: &Project, entity: EntityRef) -> Option<String> {
        if !self.belongs_to(entity) {
            return None;
        }
        let name = self.name();
        let at = |list: &str, index: Option<usize>| index.map(|i| format!("{list}[{i}].{name}"));
        match entity {
            EntityRef::Agency => Some(format!("agency.{name}")),
            EntityRef::Report if self == Field::Report(ReportField::Measures) => {
                Some(name.to_owned())
            }
            EntityRef::Report => Some(format!("report.{name}")),
            EntityRef::Settings => Some(format!("settings.{name}")),
            EntityRef::PriorityArea(id) => at(
                "priority_areas",
                project.priority_areas.iter().position(|x| x.id == id),
            ),
            EntityRef::Measure(id) => {
                at("measures", project.measures.iter().position(|x| x.id == id))
            }
            EntityRef::Service(id) => {
                at("services", project.services.iter().position(|x| x.id == id))
            }
            EntityRef::Gain(id) => at("gains", project.gains.iter().position(|x| x.id == id)),
            EntityRef::Extraction(id) => at(
                "extractions",
                project.extractions.iter().position(|x| x.id == id),
            ),
            EntityRef::Checklist(point) => at(
                "checklist",
                project.checklist.iter().position(|c| c.point == point),
            ),
            EntityRef::OwnPoint(id) => at(
                "own_points",
                project.own_points.iter().position(|x| x.id == id),
            ),
        }
    }
}

impl Serialize for Field {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        ChecklistPoint, Extraction, Gain, Id, Measure, OwnPoint, PriorityArea, Service,
    };

    #[test]
    fn names_are_those_of_the_project_file() {
        assert_eq!(
            Field::from(MeasureField::SpecialAssessment).name(),
            "special_assessment"
        );
        assert_eq!(ServiceField::PlanWhat.name(), "plan.what");
        assert_eq!(Field::from(GainField::Years).name(), "years");
        assert_eq!(
            serde_json::to_string(&Field::from(AgencyField::OrgNumber)).ok(),
            Some("\"org_number\"".to_owned())
        );
    }

    /// The names of one entity kind's fields.
    fn names<F: strum::VariantArray + Copy + Into<Field>>() -> Vec<&'static str> {
        let mut names: Vec<&str> = F::VARIANTS.iter().map(|&f| f.into().name()).collect();
        names.sort_unstable();
        names
    }

    /// The keys of a JSON object, a nested object's keys joined with a dot.
    fn keys(value: &serde_json::Value, prefix: &str, out: &mut Vec<String>) {
        for (key, v) in value.as_object().into_iter().flatten() {
            match v {
                serde_json::Value::Object(_) => keys(v, &format!("{prefix}{key}."), out),
                _ => out.push(format!("{prefix}{key}")),
            }
        }
    }

    #[test]
    fn the_fields_of_an_entity_are_the_keys_of_its_block_in_the_file() {
        let mut p = Project::new();
        p.priority_areas.push(PriorityArea::default());
        p.measures.push(Measure::default());
        p.services.push(Service::default());
        p.gains.push(Gain::default());
        p.extractions.push(Extraction::default());
        p.own_points.push(OwnPoint::default());
        let json = serde_json::to_value(&p).unwrap();
        let report = json["report"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str);
        let mut report: Vec<&str> = report.chain(["measures"]).collect();
        report.sort_unstable();
        let cases = [
            (&json["agency"], names::<AgencyField>()),
            (&json["settings"], names::<SettingsField>()),
            (&json["priority_areas"][0], names::<PriorityAreaField>()),
            (&json["measures"][0], names::<MeasureField>()),
            (&json["services"][0], names::<ServiceField>()),
            (&json["gains"][0], names::<GainField>()),
            (&json["extractions"][0], names::<ExtractionField>()),
            (&json["checklist"][0], names::<ChecklistField>()),
            (&json["own_points"][0], names::<OwnPointField>()),
        ];
        for (block, names) in cases {
            let mut found = Vec::new();
            keys(block, "", &mut found);
            found.sort_unstable();
            assert_eq!(found, names);
        }
        assert_eq!(report, names::<ReportField>());
    }

    #[test]
    fn paths_point_into_the_file() {
        let mut p = Project::new();
        let ids: Vec<Id> = (0..3).map(Id::from_u128).collect();
        p.measures = ids
            .iter()
            .map(|&id| Measure {
                id,
                ..Measure::default()
            })
            .collect();
        let special = Field::from(MeasureField::SpecialAssessment);
        assert_eq!(
            special.path(&p, EntityRef::Measure(ids[2])).as_deref(),
            Some("measures[2].special_assessment")
        );
        assert_eq!(special.path(&p, EntityRef::Measure(Id::from_u128(9))), None);
        assert_eq!(special.path(&p, EntityRef::Agency), None);
        assert_eq!(
            Field::from(AgencyField::OrgNumber)
                .path(&p, EntityRef::Agency)
                .as_deref(),
            Some("agency.org_number")
        );
        assert_eq!(
            Field::from(ChecklistField::Justification)
                .path(&p, EntityRef::Checklist(ChecklistPoint::P1_10))
                .as_deref(),
            Some("checklist[10].justification")
        );
        assert_eq!(
            Field::from(ReportField::Measures)
                .path(&p, EntityRef::Report)
                .as_deref(),
            Some("measures")
        );
        assert_eq!(
            Field::from(ServiceField::PlanDue).name(),
            "plan.due",
            "nested fields keep their dot"
        );
    }

    #[test]
    fn the_key_fields_are_the_ids_and_the_checklist_point() {
        let keys: Vec<Field> = Field::all().filter(|f| f.is_key()).collect();
        assert_eq!(
            keys,
            [
                PriorityAreaField::Id.into(),
                MeasureField::Id.into(),
                ServiceField::Id.into(),
                GainField::Id.into(),
                ExtractionField::Id.into(),
                ChecklistField::Point.into(),
                OwnPointField::Id.into(),
            ]
        );
    }

    #[test]
    fn fields_belong_to_their_entity_kind_only() {
        let measure = EntityRef::Measure(Id::from_u128(1));
        assert!(Field::from(MeasureField::Title).belongs_to(measure));
        assert!(!Field::from(GainField::Name).belongs_to(measure));
        assert!(!Field::from(ReportField::Measures).belongs_to(measure));
    }
}
