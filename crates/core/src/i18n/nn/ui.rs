//! Ramma i appen på nynorsk: menyar, kommandoar, navigasjon, funn, spørsmål og filer.

use crate::i18n::UiText;
use crate::i18n::{Language, Word, Wording};

pub(crate) fn text(key: UiText) -> &'static str {
    match key {
        UiText::Word(w) => w.text(Language::Nn),
        UiText::MenuFile => "Fil",
        UiText::MenuEdit => "Rediger",
        UiText::MenuView => "Vis",
        UiText::MenuHelp => "Hjelp",
        UiText::MenuRecent => "Opne nyleg brukt",
        UiText::MenuLanguage => "Språk",
        UiText::MenuGoTo => "Gå til steg",
        UiText::NoRecentFiles => "Ingen nyleg brukte filer",

        UiText::CmdNew => "Nytt prosjekt",
        UiText::CmdNewTip => "Start eit tomt prosjekt",
        UiText::CmdOpen => "Opne …",
        UiText::CmdOpenTip => "Opne ei prosjektfil (.gevinst.json)",
        UiText::CmdOpenExample => "Opne eksempelprosjektet",
        UiText::CmdOpenExampleTip => {
            "Opne eit ferdig utfylt eksempel for ei tenkt verksemd, som ein ulagra kopi"
        }
        UiText::CmdClose => "Lukk prosjektet",
        UiText::CmdCloseTip => "Lukk prosjektet og gå til startsida",
        UiText::CmdSave => "Lagre",
        UiText::CmdSaveTip => "Lagre prosjektet i fila det vart opna frå",
        UiText::CmdSaveAs => "Lagre som …",
        UiText::CmdSaveAsTip => "Lagre prosjektet i ei ny fil",
        UiText::CmdExportPdf => "Eksporter PDF …",
        UiText::CmdExportPdfTip => "Lag kapittelet i årsrapporten som PDF",
        UiText::CmdQuit => "Avslutt",
        UiText::CmdQuitTip => "Lukk Gevinst",
        UiText::CmdUndoTip => "Angre den siste endringa",
        UiText::CmdRedo => "Gjer om",
        UiText::CmdRedoTip => "Gjer om endringa du angra",
        UiText::CmdFind => "Søk i lista",
        UiText::CmdFindTip => "Gå til søkjefeltet i lista på dette steget",
        UiText::CmdToggleFindings => "Vis funn",
        UiText::CmdToggleFindingsTip => "Vis eller skjul panelet med funn",
        UiText::CmdNextStep => "Neste steg",
        UiText::CmdNextStepTip => "Gå til neste steg i rettleiaren",
        UiText::CmdPrevStep => "Førre steg",
        UiText::CmdPrevStepTip => "Gå til førre steg i rettleiaren",
        UiText::CmdAbout => "Om Gevinst",
        UiText::CmdAboutTip => "Versjon og kjelder",
        UiText::CmdGoToStepTip => "Gå til steget «{step}»",
        UiText::CmdLanguageTip => "Bruk {language} i programmet",
        UiText::CmdOpenRecentTip => "Opne {path}",
        UiText::UndoAction => "Angre: {action}",
        UiText::RedoAction => "Gjer om: {action}",
        UiText::ActionAdd => "leggje til {what}",
        UiText::ActionChange => "endre {what}",
        UiText::ActionDelete => "slette {what}",
        UiText::EntityNamed => "{kind} «{name}»",

        UiText::EntityReport => "rapportopplysningar",
        UiText::EntitySettings => "innstillingar",
        UiText::EntityChecklist => "sjekklistepunkt {point}",
        UiText::EntityOwnPoint => "krav frå departementet",

        UiText::StepAgency => "Verksemd og rapport",
        UiText::StepServices => "Tenester (Digitalt førsteval)",
        UiText::StepExtraction => Wording::Capital(Word::GainExtraction).text(Language::Nn),
        UiText::StepChecklist => "Sjekkliste",
        UiText::StepTexts => "Tekstar",
        UiText::StepReport => "Rapport",
        UiText::NavHeading => "Steg",
        UiText::Progress => {
            "{passed} av {total, plural, one {# punkt fullført} other {# punkt fullførte}}"
        }
        UiText::BadgeTip => "{count, plural, one {# ope funn} other {# opne funn}} på dette steget",

        UiText::FindingsTitle => "Funn",
        UiText::NoFindings => "Ingen funn. Alt som blir kontrollert, er på plass.",
        UiText::FindingsCounts => {
            "{errors, plural, one {# feil} other {# feil}} · {warnings, plural, one {# åtvaring} other {# åtvaringar}} · {hints, plural, one {# tips} other {# tips}}"
        }
        UiText::FindingGoTip => "Klikk for å gå til feltet",

        UiText::StartTitle => "Velkomen til Gevinst",
        UiText::StartIntro => {
            "Gevinst hjelper deg å skrive omtalen av effektiviseringstiltak, digitalisering og gevinstuttak i årsrapporten. Start eit nytt prosjekt, opne eitt du har lagra, eller sjå eksempelet for å bli kjend med programmet."
        }
        UiText::StartRecent => "Nyleg brukte filer",
        UiText::StartRecentMissing => "finst ikkje lenger",
        UiText::StartDropHint => "Du kan òg dra ei prosjektfil inn i vindauget.",
        UiText::DropToOpen => "Slepp fila for å opne ho",

        UiText::TitleNoProject => "Gevinst",
        UiText::Untitled => "Utan namn",
        UiText::ExampleName => "Eksempel (ikkje lagra)",
        UiText::TitleReadOnly => "skriveverna",

        UiText::ButtonSave => "Lagre",
        UiText::ButtonDontSave => "Ikkje lagre",
        UiText::ButtonCancel => "Avbryt",
        UiText::ButtonOverwrite => "Skriv over",
        UiText::ButtonSaveAs => "Lagre som …",
        UiText::ButtonRecover => "Gjenopprett",
        UiText::ButtonDiscard => "Forkast",
        UiText::ButtonOk => "OK",
        UiText::ButtonClose => "Lukk",

        UiText::UnsavedTitle => "Ulagra endringar",
        UiText::UnsavedBody => {
            "Vil du lagre endringane i «{name}»? Viss du ikkje lagrar, går endringane tapt."
        }
        UiText::ChangedOnDiskTitle => "Fila er endra av nokon andre",
        UiText::ChangedOnDiskBody => {
            "«{name}» er endra på disken etter at du opna ho, kanskje av ein kollega. Skriv du over, går dei endringane tapt. Vel «Lagre som …» for å ta vare på begge."
        }
        UiText::RecoverTitle => "Gjenopprette arbeidet ditt?",
        UiText::RecoverBody => {
            "Gevinst vart ikkje avslutta som normalt. Det finst ein automatisk lagra kopi av «{name}» frå {time}. Vil du gjenopprette han? Forkastar du, blir kopien sletta."
        }
        UiText::ErrorTitle => "Det gjekk ikkje",
        UiText::AboutTitle => "Om Gevinst",
        UiText::AboutBody => {
            "Gevinst {version}\n\nHjelper statlege verksemder å dokumentere effektiviseringstiltak, særleg vurdering av digitalisering, Digitalt førsteval, gevinstar og gevinstuttak i årsrapporten.\n\nKjelder: Digitaliseringsrundskrivet 2013 (rundskriv P-4/2013 frå Fornyings-, administrasjons- og kyrkjedepartementet) og «Kva er oppdraget frå regjeringa?» (Digitalt førsteval)."
        }

        UiText::ReadOnlyBanner => {
            "Skriveverna: fila er laga med ein nyare versjon av Gevinst (filformat {found}; denne versjonen kjenner {supported}). Du kan lese og eksportere PDF, men ikkje endre eller lagre over fila. «Lagre som …» lagar ein kopi i dette formatet utan det denne versjonen ikkje kjenner."
        }
        UiText::ReadOnlyDropped => "Ikkje viste fordi denne versjonen ikkje kjenner dei: {fields}",
        UiText::MigratedBanner => {
            "Fila er konvertert frå ein eldre versjon (filformat {from}). Når du lagrar, blir det nye formatet skrive."
        }

        UiText::ReadOnlyNoSave => {
            "Prosjektet er skriveverna fordi fila er laga med ein nyare versjon av Gevinst. Bruk «Lagre som …» for å lagre ein kopi under eit nytt namn."
        }
        UiText::RecentMissing => {
            "Fila «{path}» finst ikkje lenger. Ho er fjerna frå lista over nyleg brukte filer."
        }
        UiText::RecoverFailed => "Kunne ikkje lese den automatisk lagra kopien.\n\n{reason}",
        UiText::ExportFailed => "Kunne ikkje eksportere PDF til «{path}».\n\n{reason}",
        UiText::InternalError => {
            "Det oppstod ein feil i programmet. Arbeidet ditt er ikkje endra.\n\n{reason}"
        }
        UiText::StatusSaved => "Lagra {path}",
        UiText::StatusOpened => "Opna {path}",
        UiText::StatusExported => "PDF eksportert til {path}",
        UiText::StatusExporting => "Lagar PDF … {percent}",
        UiText::StatusRecovered => "Arbeidet er gjenoppretta. Hugs å lagre.",
        UiText::StatusUndone => "Angra: {action}",
        UiText::StatusRedone => "Gjort om: {action}",
        UiText::StatusReadOnly => "Prosjektet er skriveverna; endringa vart ikkje gjord.",

        UiText::FilterProject => "Gevinst-prosjekt",
        UiText::FilterPdf => "PDF-dokument",
        UiText::DialogOpenTitle => "Opne prosjekt",
        UiText::DialogSaveTitle => "Lagre prosjekt",
        UiText::DialogExportTitle => "Eksporter PDF",

        UiText::ReportIntro => {
            "Slik blir kapittelet i årsrapporten. Førehandsvisinga er laga frå det same sideoppsettet som PDF-fila."
        }
        UiText::ReportPageOf => "Side {page} av {pages}",
        UiText::ReportPrevPage => "Førre side",
        UiText::ReportNextPage => "Neste side",
        UiText::ReportZoomIn => "Zoom inn",
        UiText::ReportZoomOut => "Zoom ut",
        UiText::ReportZoomFit => "Tilpass breidda",
        UiText::ReportZoom => "Zoom",
        UiText::ReportPreparing => "Lagar førehandsvising …",
        UiText::ReportUnavailable => "Førehandsvisinga kan ikkje visast: {reason}",
        UiText::ReportHasErrors => {
            "Prosjektet har {count, plural, one {# feil. Rapporten kan lagast, men blir ufullstendig til feilen er retta.} other {# feil. Rapporten kan lagast, men blir ufullstendig til feila er retta.}}"
        }

        UiText::LockedTitle => "Fila er i bruk",
        UiText::LockedBody => {
            "«{name}» er opna av {user} på {machine} sidan {time}. Lagrar de begge, skriv den eine over endringane til den andre. Du kan opne fila skriveverna, opne ho likevel eller avbryte."
        }
        UiText::ButtonOpenReadOnly => "Opne skriveverna",
        UiText::ButtonOpenAnyway => "Opne likevel",
        UiText::LockedUnknownUser => "ein annan brukar",
        UiText::LockedBanner => {
            "Skriveverna: fila er opna av {user} på {machine} sidan {time}. Bruk «Lagre som» for å lagre ein kopi."
        }
        UiText::StatusOpening => "Opnar «{path}» …",
        UiText::StatusSaving => "Lagrar «{path}» …",
        UiText::SaveFailedKept => {
            "{reason}\n\nProsjektet er framleis ope her, og ein gjenopprettingskopi er teken vare på. Prøv igjen når filområdet er tilgjengeleg, eller bruk «Lagre som» for å lagre ein annan stad."
        }
    }
}
