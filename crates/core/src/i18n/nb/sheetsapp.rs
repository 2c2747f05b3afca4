//! Regnearkene i programmet på bokmål.

use crate::i18n::SheetAppText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::CmdExport => "Eksporter til Excel …",
        T::CmdExportTip => {
            "Lagre listene og rapportens tabeller som en Excel-arbeidsbok, på rapportens språk"
        }
        T::CmdImport => "Importer fra Excel …",
        T::CmdImportTip => {
            "Les tiltak, tjenester, gevinster og uttak fra en arbeidsbok eller CSV-fil, som én endring som kan angres"
        }
        T::DialogExportTitle => "Eksporter til Excel",
        T::FilterXlsx => "Excel-arbeidsbok",
        T::DialogImportTitle => "Importer fra Excel",
        T::FilterSheets => "Regneark (xlsx, xls, ods, csv)",
        T::StatusExported => "Regnearket er eksportert til {path}",
        T::ExportFailed => "Kunne ikke eksportere regnearket til «{path}».\n\n{reason}",
        T::ReadFailed => "Kunne ikke lese regnearket.\n\n{reason}",
        T::WindowTitle => "Importer fra {file}",
        T::SheetHeading => "Ark «{sheet}»",
        T::ReadAs => "Leses som",
        T::NotRead => "Leses ikke",
        T::ColumnInSheet => "Kolonne i arket",
        T::FieldInGevinst => "Felt i Gevinst",
        T::Ignore => "ignorer",
        T::MapColumn => "Felt for kolonnen «{column}»",
        T::Unknown => "Ukjente kolonner, ignoreres: {columns}",
        T::Preview => "Forhåndsvisning: de første radene slik de blir lest",
        T::Row => "Rad",
        T::Errors => "Feil i {count, plural, one {# celle} other {# celler}}",
        T::ErrorsHelp => {
            "Ingenting importeres før alle cellene er rettet. Rett dem i regnearket og velg «Les filen på nytt», eller velg et annet felt for kolonnen."
        }
        T::Ready => "Klar til å importere: {new} nye og {updated} oppdaterte.",
        T::Import => "Importer",
        T::ImportDisabledTip => "Rett de feile cellene først",
        T::ImportTip => "Importer som én endring som kan angres",
        T::Reload => "Les filen på nytt",
        T::Cancel => "Avbryt",
        T::StatusImported => "Importert fra {file}: {new} nye og {updated} oppdaterte",
        T::NothingToImport => "Ingen ark leses. Velg hvilken liste et ark skal leses som.",
    }
}
