//! An example register written by hand, shared by the app's import kittest and its screenshot
//! script. Not part of the program's import path.

use crate::Col;
use gevinst_core::i18n::Language;

/// A register of measures as CSV, the way an agency might keep it by hand: nynorsk headers in
/// another order than Gevinst's (investment, title, an extra «Kommentar» column the import does
/// not know, responsible unit) and three measures; `investment` is the second measure's
/// investment cell (e.g. `"tolv"` for one wrong cell, in row 3).
pub fn nynorsk_register(investment: &str) -> String {
    let nn = Language::Nn;
    let header = [
        Col::MeasureInvestment.header(nn),
        Col::MeasureTitle.header(nn),
        "Kommentar",
        Col::MeasureUnit.header(nn),
    ]
    .join(";");
    format!(
        "{header}\n\
         1 250 000;Digital postkasse for søknader;Frå styringsmøtet;IT-avdelinga\n\
         {investment};Sjølvbetent endring av adresse;Teke med i budsjettet;Fagavdelinga\n\
         480 000;Automatisk kontroll av rapportar;Ny i år;Økonomi\n"
    )
}
