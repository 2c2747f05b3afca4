//! Meldinger om prosjektfiler på bokmål.

use crate::i18n::IoText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::NotFound => "Finner ikke filen «{file}».",
        T::PermissionDenied => {
            "Gevinst har ikke tilgang til å lese «{file}». Sjekk at du har lesetilgang til filen og mappen den ligger i."
        }
        T::IsDirectory => "«{file}» er en mappe, ikke en prosjektfil.",
        T::TooLarge => {
            "«{file}» er for stor ({size}). Gevinst åpner prosjektfiler på opptil {limit}; dette er trolig ikke en prosjektfil."
        }
        T::ReadFailed => "Kunne ikke lese «{file}»: {detail}",
        T::Empty => "«{file}» er tom og inneholder ikke noe prosjekt.",
        T::Utf16 => {
            "«{file}» er lagret som UTF-16. Gevinst leser prosjektfiler i UTF-8: lagre filen med tegnkodingen UTF-8 og prøv igjen."
        }
        T::NotUtf8 => {
            "«{file}» er ikke lagret som UTF-8-tekst: ugyldig tegnkoding på linje {line}, kolonne {column}. Filen er skadet eller lagret med feil tegnkoding."
        }
        T::NotJson => {
            "«{file}» er ikke en Gevinst-prosjektfil: innholdet er ikke JSON (linje {line}, kolonne {column})."
        }
        T::Truncated => {
            "«{file}» slutter midt i innholdet (linje {line}, kolonne {column}). Filen er trolig avkuttet, for eksempel ved en avbrutt kopiering. Finnes sikkerhetskopien «{backup}», kan du åpne den i stedet."
        }
        T::TrailingCharacters => {
            "«{file}» har mer innhold etter slutten av prosjektet (linje {line}, kolonne {column}). Kanskje to filer er limt sammen?"
        }
        T::TooDeep => {
            "«{file}» er nøstet for dypt (linje {line}, kolonne {column}) og er ikke en gyldig Gevinst-prosjektfil."
        }
        T::Syntax => {
            "«{file}» har en feil i JSON-oppsettet på linje {line}, kolonne {column}: {problem}."
        }
        T::SynExpectedValue => "her skulle det stått en verdi",
        T::SynExpectedColon => "det mangler «:» etter feltnavnet",
        T::SynExpectedCommaOrBrace => "det mangler «,» mellom feltene eller «}» til slutt",
        T::SynExpectedCommaOrBracket => "det mangler «,» mellom elementene eller «]» til slutt",
        T::SynKeyMustBeString => "feltnavn må stå i doble anførselstegn (\"navn\")",
        T::SynTrailingComma => "det står et komma etter siste element",
        T::SynControlCharacter => {
            "et linjeskift eller kontrolltegn står inne i en tekst (skriv linjeskift som \\n)"
        }
        T::SynInvalidEscape => "ugyldig bruk av omvendt skråstrek (\\) i en tekst",
        T::SynInvalidNumber => "ugyldig tall",
        T::SynNumberOutOfRange => "tallet er for stort",
        T::SynInvalidUnicode => "ugyldig Unicode-tegn i en tekst",
        T::SynExpectedIdent => "ukjent ord; bare true, false og null kan stå uten anførselstegn",
        T::NotAProject => {
            "«{file}» er JSON, men ikke et Gevinst-prosjekt: filen inneholder {found}, men et prosjekt er et objekt { … } med feltet «schema_version»."
        }
        T::NoSchemaVersion => {
            "«{file}» er JSON, men ikke et Gevinst-prosjekt: feltet «schema_version» mangler."
        }
        T::BadSchemaVersion => {
            "«{file}» har en ugyldig «schema_version»: {value}. Den skal være et helt tall, for eksempel 1."
        }
        T::NewerVersion => {
            "«{file}» er laget med en nyere versjon av Gevinst (filformat {found}). Denne versjonen leser filformat {supported} og eldre. Installer Gevinst {needed} eller nyere for å åpne filen, eller åpne den skrivebeskyttet."
        }
        T::NewerVersionUnknown => {
            "«{file}» er laget med en nyere versjon av Gevinst (filformat {found}). Denne versjonen leser filformat {supported} og eldre. Installer en nyere versjon av Gevinst enn {current} for å åpne filen, eller åpne den skrivebeskyttet."
        }
        T::InvalidAt => "Feil i «{file}» på linje {line}, kolonne {column}: {problem}",
        T::InvalidIn => "Feil i «{file}»: {problem}",
        T::AfterMigration => {
            "(Feilen ble funnet etter konvertering fra filformat {from}; stedet gjelder det nye formatet.)"
        }
        T::TopLevel => "prosjektet (øverste nivå)",
        T::UnknownValue => "ukjent verdi «{value}» i {path}; gyldige verdier er {expected}.",
        T::UnknownField => "ukjent felt «{field}» i {path}.",
        T::DidYouMean => "Mente du «{suggestion}»?",
        T::MissingField => "feltet «{field}» mangler i {path}.",
        T::DuplicateField => "feltet «{field}» står to ganger i {path}.",
        T::WrongType => "feil type verdi i {path}: ventet {expected}, fant {found}.",
        T::MoneyInvalid => {
            "«{value}» i {path} er ikke et gyldig beløp. Skriv beløp i kroner som tekst med punktum foran øre, for eksempel \"1250000.50\"."
        }
        T::MoneyDecimals => {
            "beløpet «{value}» i {path} har mer enn to desimaler; beløp føres i hele øre."
        }
        T::MoneyTooLarge => {
            "beløpet «{value}» i {path} er for stort; Gevinst tar imot beløp på opptil {max}."
        }
        T::BadDate => {
            "«{value}» i {path} er ikke en gyldig dato. Datoer skrives ÅÅÅÅ-MM-DD, for eksempel \"2026-06-30\"."
        }
        T::BadTimestamp => {
            "«{value}» i {path} er ikke et gyldig tidspunkt. Skriv for eksempel \"2026-06-30T12:00:00Z\"."
        }
        T::BadNumber => {
            "«{value}» i {path} er ikke et gyldig tall. Skriv tall som tekst med punktum som desimaltegn, for eksempel \"12.5\"."
        }
        T::BadId => "«{value}» i {path} er ikke en gyldig id (UUID).",
        T::OutOfBounds => "{quantity} må være mellom {min} og {max} i {path}; filen har «{value}».",
        T::OutOfRange => "verdien {value} i {path} er ikke tillatt her; ventet {expected}.",
        T::OtherData => "ugyldig innhold i {path} ({detail}).",
        T::KindText => "tekst",
        T::KindInteger => "et helt tall",
        T::KindNonNegativeInteger => "et helt tall som ikke er negativt",
        T::KindNumber => "et tall",
        T::KindBool => "true eller false",
        T::KindList => "en liste [ … ]",
        T::KindObject => "et objekt { … }",
        T::KindNull => "null",
        T::KindMoney => "et beløp som tekst, for eksempel \"1250000.50\"",
        T::KindDate => "en dato som tekst, for eksempel \"2026-06-30\"",
        T::KindTimestamp => "et tidspunkt som tekst, for eksempel \"2026-06-30T12:00:00Z\"",
        T::KindDecimal => "et tall som tekst, for eksempel \"12.5\"",
        T::KindId => "en id (UUID) som tekst",
        T::KindChoice => "en av de faste verdiene",
        T::FoundText => "teksten «{value}»",
        T::FoundNumber => "tallet {value}",
        T::FoundBool => "{value}",
        T::MigratedNotice => {
            "«{file}» ble laget med en eldre versjon av Gevinst (filformat {from}) og er konvertert. Når du lagrer, skrives det nye formatet."
        }
        T::NewerReadOnlyNotice => {
            "«{file}» er laget med en nyere versjon av Gevinst (filformat {found}) og er åpnet skrivebeskyttet. Gevinst vil ikke lagre over den; bruk «Lagre som» for å lagre en kopi."
        }
        T::DroppedFields => "Utelatt fordi denne versjonen ikke kjenner dem: {fields}.",
        T::SaveReadOnly => {
            "Kunne ikke lagre «{file}»: filen eller mappen er skrivebeskyttet, eller du mangler skrivetilgang. Lagre et annet sted med «Lagre som»."
        }
        T::SaveDiskFull => {
            "Kunne ikke lagre «{file}»: disken er full. Frigjør plass eller lagre et annet sted."
        }
        T::SaveIsDirectory => "Kunne ikke lagre: «{file}» er en mappe. Velg et filnavn.",
        T::SaveFolderMissing => "Kunne ikke lagre «{file}»: mappen «{folder}» finnes ikke.",
        T::SaveNewerFile => {
            "Lagret ikke over «{file}»: filen er laget med en nyere versjon av Gevinst (filformat {found}). Lagre under et annet navn."
        }
        T::SaveFailed => "Kunne ikke lagre «{file}»: {detail}",
        T::SaveBackupFailed => "Sikkerhetskopien «{backup}» kunne ikke skrives.",
        T::SaveOldUntouched => "Den forrige versjonen av «{file}» er ikke endret.",
    }
}
