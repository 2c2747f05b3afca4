//! [`At`]: makes the findings of one entity. Each entity kind has its constructor, and the
//! `At` it gives takes only that kind's fields, so a finding's entity and field cannot
//! disagree.

use super::{Arg, Finding, Rule, Severity};
use crate::model::{
    AgencyField, ChecklistField, ChecklistPoint, EntityRef, ExtractionField, Field, GainField, Id,
    MeasureField, OwnPointField, PriorityAreaField, ReportField, ServiceField, SettingsField,
};
use std::marker::PhantomData;

/// The findings of one entity, about its fields of kind `F`.
pub(super) struct At<F> {
    entity: EntityRef,
    field: PhantomData<F>,
}

impl<F> Clone for At<F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F> Copy for At<F> {}

/// The agency.
pub(super) const AGENCY: At<AgencyField> = At::new(EntityRef::Agency);
/// The report block, and the lists as a whole.
pub(super) const REPORT: At<ReportField> = At::new(EntityRef::Report);
/// The settings.
pub(super) const SETTINGS: At<SettingsField> = At::new(EntityRef::Settings);

/// A priority area.
pub(super) fn area(id: Id) -> At<PriorityAreaField> {
    At::new(EntityRef::PriorityArea(id))
}

/// A measure.
pub(super) fn measure(id: Id) -> At<MeasureField> {
    At::new(EntityRef::Measure(id))
}

/// A service.
pub(super) fn service(id: Id) -> At<ServiceField> {
    At::new(EntityRef::Service(id))
}

/// A gain.
pub(super) fn gain(id: Id) -> At<GainField> {
    At::new(EntityRef::Gain(id))
}

/// An extraction.
pub(super) fn extraction(id: Id) -> At<ExtractionField> {
    At::new(EntityRef::Extraction(id))
}

/// A checklist point of the ministry's own.
pub(super) fn own_point(id: Id) -> At<OwnPointField> {
    At::new(EntityRef::OwnPoint(id))
}

/// A checklist point.
pub(super) fn checklist(point: ChecklistPoint) -> At<ChecklistField> {
    At::new(EntityRef::Checklist(point))
}

impl<F: Into<Field>> At<F> {
    /// Private: only the constructors above pair an entity with a kind of field.
    const fn new(entity: EntityRef) -> Self {
        At {
            entity,
            field: PhantomData,
        }
    }

    /// A finding of any severity about `field`.
    pub(super) fn finding(
        self,
        severity: Severity,
        field: F,
        rule: Rule,
        args: &[(&'static str, Arg)],
    ) -> Finding {
        Finding {
            severity,
            entity: self.entity,
            field: Some(field.into()),
            rule,
            args: args.to_vec(),
        }
    }

    /// An error about `field`.
    pub(super) fn error(self, field: F, rule: Rule, args: &[(&'static str, Arg)]) -> Finding {
        self.finding(Severity::Error, field, rule, args)
    }

    /// A warning about `field`.
    pub(super) fn warning(self, field: F, rule: Rule, args: &[(&'static str, Arg)]) -> Finding {
        self.finding(Severity::Warning, field, rule, args)
    }

    /// A hint about `field`.
    pub(super) fn hint(self, field: F, rule: Rule, args: &[(&'static str, Arg)]) -> Finding {
        self.finding(Severity::Hint, field, rule, args)
    }
}
