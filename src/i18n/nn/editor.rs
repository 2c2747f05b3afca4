//! Tekstane i redigeringsstega på nynorsk.

use crate::i18n::EditorText as E;

pub(crate) fn text(key: E) -> &'static str {
    match key {
        E::KeptLastValue => "Førre verdi er halden på: {value}.",
        E::KeptEmpty => "tomt",
        E::DateHint => "dd.mm.åååå",
        E::PickDate => "Vel dato i kalender",
        E::PreviousMonth => "Førre månad",
        E::NextMonth => "Neste månad",
        E::Today => "I dag",
        E::ClearDate => "Tøm",
        E::WeekdaysShort => "må ty on to fr la su",
        E::MonthNames => {
            "januar februar mars april mai juni juli august september oktober november desember"
        }
        E::NoneChosen => "(ingen)",
        E::Search => "Søk",
        E::SearchHint => "Filtrer lista ({shortcut})",
        E::ShownOfTotal => "{shown} av {total}",
        E::NoMatches => "Ingen rader passar til søket.",
        E::ListEmpty => "Lista er tom. Trykk «Legg til».",
        E::Add => "Legg til",
        E::Duplicate => "Dupliser",
        E::Delete => "Slett",
        E::DeletedNotice => "«{name}» er sletta – Angre ({shortcut})",
        E::Undo => "Angre",
        E::Dismiss => "Skjul melding",
        E::NothingSelected => "Vel ei rad i lista for å sjå og endre detaljane.",
        E::Unnamed => "(utan namn)",
        E::CopySuffix => "(kopi)",
        E::HelpHeading => "Kva årsrapporten krev",
    }
}
