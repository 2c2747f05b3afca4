//! Meldingar om prosjektfiler på nynorsk.

use crate::i18n::IoText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::NotFound => "Finn ikkje fila «{file}».",
        T::PermissionDenied => {
            "Gevinst har ikkje tilgang til å lese «{file}». Sjekk at du har lesetilgang til fila og mappa ho ligg i."
        }
        T::IsDirectory => "«{file}» er ei mappe, ikkje ei prosjektfil.",
        T::TooLarge => {
            "«{file}» er for stor ({size}). Gevinst opnar prosjektfiler på opptil {limit}; dette er truleg ikkje ei prosjektfil."
        }
        T::ReadFailed => "Kunne ikkje lese «{file}»: {detail}",
        T::Empty => "«{file}» er tom og inneheld ikkje noko prosjekt.",
        T::Utf16 => {
            "«{file}» er lagra som UTF-16. Gevinst les prosjektfiler i UTF-8: lagre fila med teiknkodinga UTF-8 og prøv igjen."
        }
        T::NotUtf8 => {
            "«{file}» er ikkje lagra som UTF-8-tekst: ugyldig teiknkoding på linje {line}, kolonne {column}. Fila er skadd eller lagra med feil teiknkoding."
        }
        T::NotJson => {
            "«{file}» er ikkje ei Gevinst-prosjektfil: innhaldet er ikkje JSON (linje {line}, kolonne {column})."
        }
        T::Truncated => {
            "«{file}» sluttar midt i innhaldet (linje {line}, kolonne {column}). Fila er truleg avkorta, til dømes ved ei avbroten kopiering. Finst tryggleikskopien «{backup}», kan du opne han i staden."
        }
        T::TrailingCharacters => {
            "«{file}» har meir innhald etter slutten av prosjektet (linje {line}, kolonne {column}). Kanskje to filer er limte saman?"
        }
        T::TooDeep => {
            "«{file}» er nøsta for djupt (linje {line}, kolonne {column}) og er ikkje ei gyldig Gevinst-prosjektfil."
        }
        T::Syntax => {
            "«{file}» har ein feil i JSON-oppsettet på linje {line}, kolonne {column}: {problem}."
        }
        T::SynExpectedValue => "her skulle det stått ein verdi",
        T::SynExpectedColon => "det manglar «:» etter feltnamnet",
        T::SynExpectedCommaOrBrace => "det manglar «,» mellom felta eller «}» til slutt",
        T::SynExpectedCommaOrBracket => "det manglar «,» mellom elementa eller «]» til slutt",
        T::SynKeyMustBeString => "feltnamn må stå i doble hermeteikn (\"namn\")",
        T::SynTrailingComma => "det står eit komma etter siste element",
        T::SynControlCharacter => {
            "eit linjeskift eller kontrollteikn står inne i ein tekst (skriv linjeskift som \\n)"
        }
        T::SynInvalidEscape => "ugyldig bruk av omvend skråstrek (\\) i ein tekst",
        T::SynInvalidNumber => "ugyldig tal",
        T::SynNumberOutOfRange => "talet er for stort",
        T::SynInvalidUnicode => "ugyldig Unicode-teikn i ein tekst",
        T::SynExpectedIdent => "ukjent ord; berre true, false og null kan stå utan hermeteikn",
        T::NotAProject => {
            "«{file}» er JSON, men ikkje eit Gevinst-prosjekt: fila inneheld {found}, men eit prosjekt er eit objekt { … } med feltet «schema_version»."
        }
        T::NoSchemaVersion => {
            "«{file}» er JSON, men ikkje eit Gevinst-prosjekt: feltet «schema_version» manglar."
        }
        T::BadSchemaVersion => {
            "«{file}» har ein ugyldig «schema_version»: {value}. Han skal vere eit heilt tal, til dømes 1."
        }
        T::NewerVersion => {
            "«{file}» er laga med ein nyare versjon av Gevinst (filformat {found}). Denne versjonen les filformat {supported} og eldre. Installer Gevinst {needed} eller nyare for å opne fila, eller opne ho skriveverna."
        }
        T::NewerVersionUnknown => {
            "«{file}» er laga med ein nyare versjon av Gevinst (filformat {found}). Denne versjonen les filformat {supported} og eldre. Installer ein nyare versjon av Gevinst enn {current} for å opne fila, eller opne ho skriveverna."
        }
        T::InvalidAt => "Feil i «{file}» på linje {line}, kolonne {column}: {problem}",
        T::InvalidIn => "Feil i «{file}»: {problem}",
        T::AfterMigration => {
            "(Feilen vart funnen etter konvertering frå filformat {from}; staden gjeld det nye formatet.)"
        }
        T::TopLevel => "prosjektet (øvste nivå)",
        T::UnknownValue => "ukjend verdi «{value}» i {path}; gyldige verdiar er {expected}.",
        T::UnknownField => "ukjent felt «{field}» i {path}.",
        T::DidYouMean => "Meinte du «{suggestion}»?",
        T::MissingField => "feltet «{field}» manglar i {path}.",
        T::DuplicateField => "feltet «{field}» står to gonger i {path}.",
        T::WrongType => "feil type verdi i {path}: venta {expected}, fann {found}.",
        T::MoneyInvalid => {
            "«{value}» i {path} er ikkje eit gyldig beløp. Skriv beløp i kroner som tekst med punktum framfor øre, til dømes \"1250000.50\"."
        }
        T::MoneyDecimals => {
            "beløpet «{value}» i {path} har meir enn to desimalar; beløp blir førte i heile øre."
        }
        T::MoneyTooLarge => {
            "beløpet «{value}» i {path} er for stort; Gevinst tek imot beløp på opptil {max}."
        }
        T::BadDate => {
            "«{value}» i {path} er ikkje ein gyldig dato. Datoar blir skrivne ÅÅÅÅ-MM-DD, til dømes \"2026-06-30\"."
        }
        T::BadTimestamp => {
            "«{value}» i {path} er ikkje eit gyldig tidspunkt. Skriv til dømes \"2026-06-30T12:00:00Z\"."
        }
        T::BadNumber => {
            "«{value}» i {path} er ikkje eit gyldig tal. Skriv tal som tekst med punktum som desimalteikn, til dømes \"12.5\"."
        }
        T::BadId => "«{value}» i {path} er ikkje ein gyldig id (UUID).",
        T::OutOfBounds => "{quantity} må vere mellom {min} og {max} i {path}; fila har «{value}».",
        T::OutOfRange => "verdien {value} i {path} er ikkje tillaten her; venta {expected}.",
        T::OtherData => "ugyldig innhald i {path} ({detail}).",
        T::KindText => "tekst",
        T::KindInteger => "eit heilt tal",
        T::KindNonNegativeInteger => "eit heilt tal som ikkje er negativt",
        T::KindNumber => "eit tal",
        T::KindBool => "true eller false",
        T::KindList => "ei liste [ … ]",
        T::KindObject => "eit objekt { … }",
        T::KindNull => "null",
        T::KindMoney => "eit beløp som tekst, til dømes \"1250000.50\"",
        T::KindDate => "ein dato som tekst, til dømes \"2026-06-30\"",
        T::KindTimestamp => "eit tidspunkt som tekst, til dømes \"2026-06-30T12:00:00Z\"",
        T::KindDecimal => "eit tal som tekst, til dømes \"12.5\"",
        T::KindId => "ein id (UUID) som tekst",
        T::KindChoice => "ein av dei faste verdiane",
        T::FoundText => "teksten «{value}»",
        T::FoundNumber => "talet {value}",
        T::FoundBool => "{value}",
        T::MigratedNotice => {
            "«{file}» vart laga med ein eldre versjon av Gevinst (filformat {from}) og er konvertert. Når du lagrar, blir det nye formatet skrive."
        }
        T::NewerReadOnlyNotice => {
            "«{file}» er laga med ein nyare versjon av Gevinst (filformat {found}) og er opna skriveverna. Gevinst vil ikkje lagre over ho; bruk «Lagre som» for å lagre ein kopi."
        }
        T::DroppedFields => "Utelate fordi denne versjonen ikkje kjenner dei: {fields}.",
        T::SaveReadOnly => {
            "Kunne ikkje lagre «{file}»: fila eller mappa er skriveverna, eller du manglar skrivetilgang. Lagre ein annan stad med «Lagre som»."
        }
        T::SaveDiskFull => {
            "Kunne ikkje lagre «{file}»: disken er full. Frigjer plass eller lagre ein annan stad."
        }
        T::SaveIsDirectory => "Kunne ikkje lagre: «{file}» er ei mappe. Vel eit filnamn.",
        T::SaveFolderMissing => "Kunne ikkje lagre «{file}»: mappa «{folder}» finst ikkje.",
        T::SaveNewerFile => {
            "Lagra ikkje over «{file}»: fila er laga med ein nyare versjon av Gevinst (filformat {found}). Lagre under eit anna namn."
        }
        T::SaveFailed => "Kunne ikkje lagre «{file}»: {detail}",
        T::SaveBackupFailed => "Tryggleikskopien «{backup}» kunne ikkje skrivast.",
        T::SaveOldUntouched => "Den førre versjonen av «{file}» er ikkje endra.",
    }
}
