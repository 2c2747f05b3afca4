//! The bundled example project: a fictional agency with a full year's work, shown to new users
//! and written by `gevinst example`.

use crate::model::Project;

/// The example project file exactly as shipped (`fixtures/example.gevinst.json`).
pub const EXAMPLE_JSON: &str = include_str!("../fixtures/example.gevinst.json");

/// The example project.
pub fn project() -> Project {
    // The file is compiled in and checked by the tests below, so it always parses.
    serde_json::from_str(EXAMPLE_JSON).expect("the bundled example project is valid")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ExtractionForm, GainKind, MeasureStatus};
    use std::collections::HashSet;

    #[test]
    fn example_is_rich_enough_to_show_everything() {
        let p = project();
        assert!(p.measures.len() >= 8);
        assert!(p.measures.iter().filter(|m| m.digitalisation).count() >= 4);
        assert!(
            p.measures
                .iter()
                .any(|m| m.status == MeasureStatus::Implemented)
        );
        assert!(
            p.measures
                .iter()
                .any(|m| m.status == MeasureStatus::Planned)
        );
        assert!(p.services.len() >= 6);
        assert!(p.gains.len() >= 10);
        let kinds: HashSet<GainKind> = p.gains.iter().map(|g| g.kind).collect();
        assert_eq!(kinds.len(), GainKind::ALL.len(), "every kind of gain");
        let years: HashSet<i32> = p
            .gains
            .iter()
            .flat_map(|g| g.years.iter().map(|y| y.year))
            .collect();
        assert!(years.len() >= 4);
        let areas: HashSet<_> = p
            .extractions
            .iter()
            .filter(|e| e.form == ExtractionForm::Reallocation)
            .filter_map(|e| e.priority_area_id)
            .collect();
        assert!(areas.len() >= 3);
        assert_eq!(p.checklist.len(), 13);
        assert!(
            p.checklist
                .iter()
                .all(|c| c.status != crate::model::ChecklistStatus::NotAnswered)
        );
    }

    #[test]
    fn example_file_is_exactly_what_gevinst_writes() {
        let mut text = serde_json::to_string_pretty(&project()).unwrap();
        text.push('\n');
        assert_eq!(text, EXAMPLE_JSON);
    }
}
