//! Appens ramme på bokmål: menyer, kommandoer, navigasjon, funn, spørsmål og filer.

use crate::i18n::UiText;
use crate::i18n::{Language, Word, Wording};

pub(crate) fn text(key: UiText) -> &'static str {
    match key {
        UiText::Word(w) => w.text(Language::Nb),
        UiText::MenuFile => "Fil",
        UiText::MenuEdit => "Rediger",
        UiText::MenuView => "Vis",
        UiText::MenuHelp => "Hjelp",
        UiText::MenuRecent => "Åpne nylig brukt",
        UiText::MenuLanguage => "Språk",
        UiText::MenuGoTo => "Gå til steg",
        UiText::NoRecentFiles => "Ingen nylig brukte filer",

        UiText::CmdNew => "Nytt prosjekt",
        UiText::CmdNewTip => "Start et tomt prosjekt",
        UiText::CmdOpen => "Åpne …",
        UiText::CmdOpenTip => "Åpne en prosjektfil (.gevinst.json)",
        UiText::CmdOpenExample => "Åpne eksempelprosjektet",
        UiText::CmdOpenExampleTip => {
            "Åpne et fullt utfylt eksempel for en tenkt virksomhet, som en ulagret kopi"
        }
        UiText::CmdClose => "Lukk prosjektet",
        UiText::CmdCloseTip => "Lukk prosjektet og gå til startsiden",
        UiText::CmdSave => "Lagre",
        UiText::CmdSaveTip => "Lagre prosjektet i filen det ble åpnet fra",
        UiText::CmdSaveAs => "Lagre som …",
        UiText::CmdSaveAsTip => "Lagre prosjektet i en ny fil",
        UiText::CmdExportPdf => "Eksporter PDF …",
        UiText::CmdExportPdfTip => "Lag årsrapportens kapittel som PDF",
        UiText::CmdQuit => "Avslutt",
        UiText::CmdQuitTip => "Lukk Gevinst",
        UiText::CmdUndoTip => "Angre siste endring",
        UiText::CmdRedo => "Gjør om",
        UiText::CmdRedoTip => "Gjør om endringen du angret",
        UiText::CmdFind => "Søk i listen",
        UiText::CmdFindTip => "Gå til søkefeltet i listen på dette steget",
        UiText::CmdToggleFindings => "Vis funn",
        UiText::CmdToggleFindingsTip => "Vis eller skjul panelet med funn",
        UiText::CmdNextStep => "Neste steg",
        UiText::CmdNextStepTip => "Gå til neste steg i veiviseren",
        UiText::CmdPrevStep => "Forrige steg",
        UiText::CmdPrevStepTip => "Gå til forrige steg i veiviseren",
        UiText::CmdAbout => "Om Gevinst",
        UiText::CmdAboutTip => "Versjon og kilder",
        UiText::CmdGoToStepTip => "Gå til steget «{step}»",
        UiText::CmdLanguageTip => "Bruk {language} i programmet",
        UiText::CmdOpenRecentTip => "Åpne {path}",
        UiText::UndoAction => "Angre: {action}",
        UiText::RedoAction => "Gjør om: {action}",
        UiText::ActionAdd => "legge til {what}",
        UiText::ActionChange => "endre {what}",
        UiText::ActionDelete => "slette {what}",
        UiText::EntityNamed => "{kind} «{name}»",

        UiText::EntityReport => "rapportopplysninger",
        UiText::EntitySettings => "innstillinger",
        UiText::EntityChecklist => "sjekklistepunkt {point}",
        UiText::EntityOwnPoint => "departementets krav",

        UiText::StepAgency => "Virksomhet og rapport",
        UiText::StepServices => "Tjenester (Digitalt førstevalg)",
        UiText::StepExtraction => Wording::Capital(Word::GainExtraction).text(Language::Nb),
        UiText::StepChecklist => "Sjekkliste",
        UiText::StepTexts => "Tekster",
        UiText::StepReport => "Rapport",
        UiText::NavHeading => "Steg",
        UiText::Progress => "{passed} av {total, plural, one {# punkt} other {# punkter}} fullført",
        UiText::BadgeTip => {
            "{count, plural, one {# åpent funn} other {# åpne funn}} på dette steget"
        }

        UiText::FindingsTitle => "Funn",
        UiText::NoFindings => "Ingen funn. Alt som kontrolleres, er på plass.",
        UiText::FindingsCounts => {
            "{errors, plural, one {# feil} other {# feil}} · {warnings, plural, one {# advarsel} other {# advarsler}} · {hints, plural, one {# tips} other {# tips}}"
        }
        UiText::FindingGoTip => "Klikk for å gå til feltet",

        UiText::StartTitle => "Velkommen til Gevinst",
        UiText::StartIntro => {
            "Gevinst hjelper deg å skrive årsrapportens omtale av effektiviseringstiltak, digitalisering og gevinstuttak. Start et nytt prosjekt, åpne et du har lagret, eller se eksempelet for å bli kjent med programmet."
        }
        UiText::StartRecent => "Nylig brukte filer",
        UiText::StartRecentMissing => "finnes ikke lenger",
        UiText::StartDropHint => "Du kan også dra en prosjektfil inn i vinduet.",
        UiText::DropToOpen => "Slipp filen for å åpne den",

        UiText::TitleNoProject => "Gevinst",
        UiText::Untitled => "Uten navn",
        UiText::ExampleName => "Eksempel (ikke lagret)",
        UiText::TitleReadOnly => "skrivebeskyttet",

        UiText::ButtonSave => "Lagre",
        UiText::ButtonDontSave => "Ikke lagre",
        UiText::ButtonCancel => "Avbryt",
        UiText::ButtonOverwrite => "Overskriv",
        UiText::ButtonSaveAs => "Lagre som …",
        UiText::ButtonRecover => "Gjenopprett",
        UiText::ButtonDiscard => "Forkast",
        UiText::ButtonOk => "OK",
        UiText::ButtonClose => "Lukk",

        UiText::UnsavedTitle => "Ulagrede endringer",
        UiText::UnsavedBody => {
            "Vil du lagre endringene i «{name}»? Hvis du ikke lagrer, går endringene tapt."
        }
        UiText::ChangedOnDiskTitle => "Filen er endret av noen andre",
        UiText::ChangedOnDiskBody => {
            "«{name}» er endret på disken etter at du åpnet den, kanskje av en kollega. Overskriver du, går de endringene tapt. Velg «Lagre som …» for å beholde begge."
        }
        UiText::RecoverTitle => "Gjenopprette arbeidet ditt?",
        UiText::RecoverBody => {
            "Gevinst ble ikke avsluttet som normalt. Det finnes en automatisk lagret kopi av «{name}» fra {time}. Vil du gjenopprette den? Forkaster du, slettes kopien."
        }
        UiText::ErrorTitle => "Det gikk ikke",
        UiText::AboutTitle => "Om Gevinst",
        UiText::AboutBody => {
            "Gevinst {version}\n\nHjelper statlige virksomheter å dokumentere effektiviseringstiltak, særlig vurdering av digitalisering, Digitalt førstevalg, gevinster og gevinstuttak i årsrapporten.\n\nKilder: Digitaliseringsrundskrivet 2013 (rundskriv P-4/2013 fra Fornyings-, administrasjons- og kirkedepartementet) og «Hva er regjeringens oppdrag?» (Digitalt førstevalg)."
        }

        UiText::ReadOnlyBanner => {
            "Skrivebeskyttet: filen er laget med en nyere versjon av Gevinst (filformat {found}; denne versjonen kjenner {supported}). Du kan lese og eksportere PDF, men ikke endre eller lagre over filen. «Lagre som …» lager en kopi i dette formatet uten det denne versjonen ikke kjenner."
        }
        UiText::ReadOnlyDropped => "Ikke vist fordi denne versjonen ikke kjenner dem: {fields}",
        UiText::MigratedBanner => {
            "Filen er konvertert fra en eldre versjon (filformat {from}). Når du lagrer, skrives det nye formatet."
        }

        UiText::ReadOnlyNoSave => {
            "Prosjektet er skrivebeskyttet fordi filen er laget med en nyere versjon av Gevinst. Bruk «Lagre som …» for å lagre en kopi under et nytt navn."
        }
        UiText::RecentMissing => {
            "Filen «{path}» finnes ikke lenger. Den er fjernet fra listen over nylig brukte filer."
        }
        UiText::RecoverFailed => "Kunne ikke lese den automatisk lagrede kopien.\n\n{reason}",
        UiText::ExportFailed => "Kunne ikke eksportere PDF til «{path}».\n\n{reason}",
        UiText::InternalError => {
            "Det oppstod en feil i programmet. Arbeidet ditt er ikke endret.\n\n{reason}"
        }
        UiText::StatusSaved => "Lagret {path}",
        UiText::StatusOpened => "Åpnet {path}",
        UiText::StatusExported => "PDF eksportert til {path}",
        UiText::StatusExporting => "Lager PDF … {percent}",
        UiText::StatusRecovered => "Arbeidet er gjenopprettet. Husk å lagre.",
        UiText::StatusUndone => "Angret: {action}",
        UiText::StatusRedone => "Gjort om: {action}",
        UiText::StatusReadOnly => "Prosjektet er skrivebeskyttet; endringen ble ikke gjort.",

        UiText::FilterProject => "Gevinst-prosjekt",
        UiText::FilterPdf => "PDF-dokument",
        UiText::DialogOpenTitle => "Åpne prosjekt",
        UiText::DialogSaveTitle => "Lagre prosjekt",
        UiText::DialogExportTitle => "Eksporter PDF",

        UiText::ReportIntro => {
            "Slik blir kapittelet i årsrapporten. Forhåndsvisningen er laget fra samme sideoppsett som PDF-filen."
        }
        UiText::ReportPageOf => "Side {page} av {pages}",
        UiText::ReportPrevPage => "Forrige side",
        UiText::ReportNextPage => "Neste side",
        UiText::ReportZoomIn => "Zoom inn",
        UiText::ReportZoomOut => "Zoom ut",
        UiText::ReportZoomFit => "Tilpass bredden",
        UiText::ReportZoom => "Zoom",
        UiText::ReportPreparing => "Lager forhåndsvisning …",
        UiText::ReportUnavailable => "Forhåndsvisningen kan ikke vises: {reason}",
        UiText::ReportHasErrors => {
            "Prosjektet har {count, plural, one {# feil. Rapporten kan lages, men blir ufullstendig til feilen er rettet.} other {# feil. Rapporten kan lages, men blir ufullstendig til feilene er rettet.}}"
        }

        UiText::LockedTitle => "Filen er i bruk",
        UiText::LockedBody => {
            "«{name}» er åpnet av {user} på {machine} siden {time}. Lagrer dere begge, overskriver den ene den andres endringer. Du kan åpne filen skrivebeskyttet, åpne den likevel, eller avbryte."
        }
        UiText::ButtonOpenReadOnly => "Åpne skrivebeskyttet",
        UiText::ButtonOpenAnyway => "Åpne likevel",
        UiText::LockedUnknownUser => "en annen bruker",
        UiText::LockedBanner => {
            "Skrivebeskyttet: filen er åpnet av {user} på {machine} siden {time}. Bruk «Lagre som» for å lagre en kopi."
        }
        UiText::StatusOpening => "Åpner «{path}» …",
        UiText::StatusSaving => "Lagrer «{path}» …",
        UiText::SaveFailedKept => {
            "{reason}\n\nProsjektet er fortsatt åpent her, og en gjenopprettingskopi er tatt vare på. Prøv igjen når filområdet er tilgjengelig, eller bruk «Lagre som» for å lagre et annet sted."
        }
    }
}
