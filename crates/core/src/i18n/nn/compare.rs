//! Samanlikning og samanslåing på nynorsk.

use crate::i18n::CompareText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::Added => "Lagt til: {entity}",
        T::Removed => "Fjerna: {entity}",
        T::Changed => "Endra: {entity}",
        T::FieldChanged => "{field}: {old} → {new}",
        T::Empty => "(tom)",
        T::ListOf => "{n, plural, one {liste med # element} other {liste med # element}}",
        T::WholeItem => "heile elementet",
        T::GroupOther => "Anna",
        T::DifferentProjects => {
            "«{mine}» og «{theirs}» er ikkje det same prosjektet (dei har ulike prosjekt-id-ar). Bruk --force for å slå dei saman likevel."
        }
        T::ConflictLine => "Konflikt i {entity}, {field}: min {mine}, deira {theirs}",
        T::ConflictsNotWritten => {
            "{n, plural, one {# konflikt} other {# konfliktar}}; «{out}» er ikkje skriven. Vel med --prefer mine eller --prefer theirs."
        }
        T::MergeWritten => {
            "Slått saman til «{out}»: {taken, plural, one {# endring} other {# endringar}} tekne inn, {conflicts, plural, one {# konflikt} other {# konfliktar}} løyste."
        }
        T::NoCommonAncestor => {
            "«{mine}» og «{theirs}» har ingen felles lagra versjon; alt som er ulikt i begge, blir rekna som konflikt. Oppgi ei felles utgåve med --base."
        }
        T::MergeFailed => "Samanslåinga kunne ikkje lagast: {detail}",
        T::MenuCompare => "Samanlikn med…",
        T::MenuMerge => "Slå saman med ein kopi…",
        T::CompareTitle => "Skilnader mot «{file}»",
        T::MergeTitle => "Slå saman med «{file}»",
        T::NoDifferences => "Ingen skilnader.",
        T::MergeTakenAuto => {
            "{n, plural, one {# endring blir teken inn automatisk.} other {# endringar blir tekne inn automatisk.}}"
        }
        T::MergeConflictsHeading => {
            "{n, plural, one {# konflikt: vel for kvart felt.} other {# konfliktar: vel for kvart felt.}}"
        }
        T::KeepMine => "Behald min",
        T::TakeTheirs => "Ta deira",
        T::MineValue => "Min: {value}",
        T::TheirsValue => "Deira: {value}",
        T::ApplyMerge => "Slå saman",
        T::Close => "Lukk",
        T::MergeApplied => "Slått saman med «{file}». Angre med Ctrl+Z.",
        T::ChangedDuringMerge => {
            "«{file}» vart endra etter at ho vart lesen. Ingenting er slått saman; kopien er lesen på nytt, sjå over vala og slå saman igjen."
        }
        T::NothingToMerge => "Kopiane er like; ingenting å slå saman.",
        T::MergedWithErrors => {
            "Det samanslåtte prosjektet har {n, plural, one {# feil} other {# feil}}; sjå funna."
        }
        T::CompareIntro => {
            "Frå «{file}» (gammal verdi) til prosjektet som er ope (ny verdi). Klikk på ei linje for å gå dit."
        }
        T::DifferentProjectsApp => {
            "«{mine}» og «{theirs}» er ikkje det same prosjektet (dei har ulike prosjekt-id-ar)."
        }
        T::CompareAnyway => "Samanlikn likevel",
        T::MergeAnyway => "Slå saman likevel",
        T::NoCommonAncestorApp => {
            "Prosjektet og «{file}» har inga felles lagra utgåve; alt som er ulikt i begge, blir rekna som konflikt."
        }
        T::KeepMineFor => "Behald min: {field} i {entity}",
        T::TakeTheirsFor => "Ta deira: {field} i {entity}",
        T::ChooseEveryConflict => "Vel «Behald min» eller «Ta deira» for kvar konflikt først.",
        T::FieldChangedApp => "{field}: frå {old} til {new}",
    }
}
