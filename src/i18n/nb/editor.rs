//! Tekstene i redigeringstrinnene på bokmål.

use crate::i18n::EditorText as E;

pub(crate) fn text(key: E) -> &'static str {
    match key {
        E::KeptLastValue => "Forrige verdi er beholdt: {value}.",
        E::KeptEmpty => "tomt",
        E::DateHint => "dd.mm.åååå",
        E::PickDate => "Velg dato i kalender",
        E::PreviousMonth => "Forrige måned",
        E::NextMonth => "Neste måned",
        E::Today => "I dag",
        E::ClearDate => "Tøm",
        E::WeekdaysShort => "ma ti on to fr lø sø",
        E::MonthNames => {
            "januar februar mars april mai juni juli august september oktober november desember"
        }
        E::NoneChosen => "(ingen)",
        E::Search => "Søk",
        E::SearchHint => "Filtrer listen ({shortcut})",
        E::ShownOfTotal => "{shown} av {total}",
        E::NoMatches => "Ingen rader passer søket.",
        E::ListEmpty => "Listen er tom. Trykk «Legg til».",
        E::Add => "Legg til",
        E::Duplicate => "Dupliser",
        E::Delete => "Slett",
        E::DeletedNotice => "«{name}» er slettet – Angre ({shortcut})",
        E::Undo => "Angre",
        E::Dismiss => "Skjul melding",
        E::NothingSelected => "Velg en rad i listen for å se og endre detaljene.",
        E::Unnamed => "(uten navn)",
        E::CopySuffix => "(kopi)",
        E::HelpHeading => "Hva årsrapporten krever",
    }
}
