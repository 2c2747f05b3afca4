//! Sammenligning og sammenslåing på bokmål.

use crate::i18n::CompareText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::Added => "Lagt til: {entity}",
        T::Removed => "Fjernet: {entity}",
        T::Changed => "Endret: {entity}",
        T::FieldChanged => "{field}: {old} → {new}",
        T::Empty => "(tom)",
        T::ListOf => "{n, plural, one {liste med # element} other {liste med # elementer}}",
        T::WholeItem => "hele elementet",
        T::GroupOther => "Annet",
        T::DifferentProjects => {
            "«{mine}» og «{theirs}» er ikke det samme prosjektet (de har ulike prosjekt-id-er). Bruk --force for å slå dem sammen likevel."
        }
        T::ConflictLine => "Konflikt i {entity}, {field}: min {mine}, deres {theirs}",
        T::ConflictsNotWritten => {
            "{n, plural, one {# konflikt} other {# konflikter}}; «{out}» er ikke skrevet. Velg med --prefer mine eller --prefer theirs."
        }
        T::MergeWritten => {
            "Slått sammen til «{out}»: {taken, plural, one {# endring} other {# endringer}} tatt inn, {conflicts, plural, one {# konflikt} other {# konflikter}} løst."
        }
        T::NoCommonAncestor => {
            "«{mine}» og «{theirs}» har ingen felles lagret versjon; alt som er ulikt i begge, regnes som konflikt. Oppgi en felles utgave med --base."
        }
        T::MergeFailed => "Sammenslåingen kunne ikke lages: {detail}",
        T::MenuCompare => "Sammenlign med…",
        T::MenuMerge => "Slå sammen med en kopi…",
        T::CompareTitle => "Forskjeller mot «{file}»",
        T::MergeTitle => "Slå sammen med «{file}»",
        T::NoDifferences => "Ingen forskjeller.",
        T::MergeTakenAuto => {
            "{n, plural, one {# endring tas inn automatisk.} other {# endringer tas inn automatisk.}}"
        }
        T::MergeConflictsHeading => {
            "{n, plural, one {# konflikt: velg for hvert felt.} other {# konflikter: velg for hvert felt.}}"
        }
        T::KeepMine => "Behold min",
        T::TakeTheirs => "Ta deres",
        T::MineValue => "Min: {value}",
        T::TheirsValue => "Deres: {value}",
        T::ApplyMerge => "Slå sammen",
        T::Close => "Lukk",
        T::MergeApplied => "Slått sammen med «{file}». Angre med Ctrl+Z.",
        T::ChangedDuringMerge => {
            "«{file}» ble endret etter at den ble lest. Ingenting er slått sammen; kopien er lest på nytt, se over valgene og slå sammen igjen."
        }
        T::NothingToMerge => "Kopiene er like; ingenting å slå sammen.",
        T::MergedWithErrors => {
            "Det sammenslåtte prosjektet har {n, plural, one {# feil} other {# feil}}; se funnene."
        }
        T::CompareIntro => {
            "Fra «{file}» (gammel verdi) til prosjektet som er åpent (ny verdi). Klikk på en linje for å gå dit."
        }
        T::DifferentProjectsApp => {
            "«{mine}» og «{theirs}» er ikke det samme prosjektet (de har ulike prosjekt-id-er)."
        }
        T::CompareAnyway => "Sammenlign likevel",
        T::MergeAnyway => "Slå sammen likevel",
        T::NoCommonAncestorApp => {
            "Prosjektet og «{file}» har ingen felles lagret versjon; alt som er ulikt i begge, regnes som konflikt."
        }
        T::KeepMineFor => "Behold min: {field} i {entity}",
        T::TakeTheirsFor => "Ta deres: {field} i {entity}",
        T::ChooseEveryConflict => "Velg «Behold min» eller «Ta deres» for hver konflikt først.",
        T::FieldChangedApp => "{field}: fra {old} til {new}",
    }
}
