//! Reknearka i programmet på nynorsk.

use crate::i18n::SheetAppText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::CmdExport => "Eksporter til Excel …",
        T::CmdExportTip => {
            "Lagre listene og tabellane i rapporten som ei Excel-arbeidsbok, på språket til rapporten"
        }
        T::CmdImport => "Importer frå Excel …",
        T::CmdImportTip => {
            "Les tiltak, tenester, gevinstar og uttak frå ei arbeidsbok eller CSV-fil, som éi endring som kan angrast"
        }
        T::DialogExportTitle => "Eksporter til Excel",
        T::FilterXlsx => "Excel-arbeidsbok",
        T::DialogImportTitle => "Importer frå Excel",
        T::FilterSheets => "Rekneark (xlsx, xls, ods, csv)",
        T::StatusExported => "Reknearket er eksportert til {path}",
        T::ExportFailed => "Kunne ikkje eksportere reknearket til «{path}».\n\n{reason}",
        T::ReadFailed => "Kunne ikkje lese reknearket.\n\n{reason}",
        T::WindowTitle => "Importer frå {file}",
        T::SheetHeading => "Ark «{sheet}»",
        T::ReadAs => "Blir lese som",
        T::NotRead => "Blir ikkje lese",
        T::ColumnInSheet => "Kolonne i arket",
        T::FieldInGevinst => "Felt i Gevinst",
        T::Ignore => "ignorer",
        T::MapColumn => "Felt for kolonnen «{column}»",
        T::Unknown => "Ukjende kolonnar, blir ignorerte: {columns}",
        T::Preview => "Førehandsvising: dei første radene slik dei blir lesne",
        T::Row => "Rad",
        T::Errors => "Feil i {count, plural, one {# celle} other {# celler}}",
        T::ErrorsHelp => {
            "Ingenting blir importert før alle cellene er retta. Rett dei i reknearket og vel «Les fila på nytt», eller vel eit anna felt for kolonnen."
        }
        T::Ready => "Klar til å importere: {new} nye og {updated} oppdaterte.",
        T::Import => "Importer",
        T::ImportDisabledTip => "Rett dei feile cellene først",
        T::ImportTip => "Importer som éi endring som kan angrast",
        T::Reload => "Les fila på nytt",
        T::Cancel => "Avbryt",
        T::StatusImported => "Importert frå {file}: {new} nye og {updated} oppdaterte",
        T::NothingToImport => "Ingen ark blir lesne. Vel kva liste eit ark skal lesast som.",
    }
}
