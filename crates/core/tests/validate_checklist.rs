//! The validation rules of the checklist and the report texts: each finds its problem
//! (severity, entity, field) and stays quiet once fixed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

mod support;

use support::*;

// ---- Checklist and texts -----------------------------------------------------------------

#[test]
fn checklist_not_answered() {
    let mut p = complete();
    p.checklist[0].status = ChecklistStatus::NotAnswered;
    let f = finds(
        &p,
        Severity::Warning,
        EntityRef::Checklist(ChecklistPoint::P1_1),
        ChecklistField::Status,
        Rule::ChecklistNotAnswered,
    );
    assert_eq!(arg(&f, "point"), &Arg::Point(ChecklistPoint::P1_1));
    p.checklist[0].status = ChecklistStatus::Fulfilled;
    quiet(&p, Rule::ChecklistNotAnswered);
}

#[test]
fn a_point_missing_from_the_file_is_unanswered() {
    let mut p = complete();
    p.checklist.retain(|c| c.point != ChecklistPoint::P1_7);
    finds(
        &p,
        Severity::Warning,
        EntityRef::Checklist(ChecklistPoint::P1_7),
        ChecklistField::Status,
        Rule::ChecklistNotAnswered,
    );
    assert_eq!(run(&p).checks, run(&complete()).checks);
}

#[test]
fn deviation_without_justification() {
    let mut p = complete();
    for status in [ChecklistStatus::Partly, ChecklistStatus::NotFulfilled] {
        p.checklist[1].status = status;
        finds(
            &p,
            Severity::Error,
            EntityRef::Checklist(ChecklistPoint::P1_2),
            ChecklistField::Justification,
            Rule::DeviationWithoutJustification,
        );
    }
    p.checklist[1].justification = "Altinn brukes fra 2026.".into();
    quiet(&p, Rule::DeviationWithoutJustification);
}

#[test]
fn not_relevant_without_justification() {
    let mut p = complete();
    p.checklist[8].status = ChecklistStatus::NotRelevant;
    finds(
        &p,
        Severity::Hint,
        EntityRef::Checklist(ChecklistPoint::P1_8),
        ChecklistField::Justification,
        Rule::NotRelevantWithoutJustification,
    );
    p.checklist[8].justification = "Virksomheten har ingen kommunale brukere.".into();
    quiet(&p, Rule::NotRelevantWithoutJustification);
}

#[test]
fn checklist_duplicate_point() {
    let mut p = complete();
    let copy = p.checklist[2].clone();
    p.checklist.push(copy);
    finds(
        &p,
        Severity::Error,
        EntityRef::Checklist(ChecklistPoint::P1_3),
        ChecklistField::Point,
        Rule::ChecklistDuplicatePoint,
    );
    p.checklist.pop();
    quiet(&p, Rule::ChecklistDuplicatePoint);
}

#[test]
fn introduction_missing() {
    let mut p = complete();
    p.report.introduction = " \n ".into();
    finds(
        &p,
        Severity::Hint,
        EntityRef::Report,
        ReportField::Introduction,
        Rule::IntroductionMissing,
    );
    p.report.introduction = "Innledning.".into();
    quiet(&p, Rule::IntroductionMissing);
}
