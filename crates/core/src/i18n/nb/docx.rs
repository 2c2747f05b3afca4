//! Word-eksporten på bokmål.

use crate::i18n::DocxText as T;

use crate::i18n::{Language, Word, capital};

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::StageDocx => "Lager Word-dokumentet",
        T::ChartAlt => {
            "{caption}. Stolpediagram som viser {series} for årene {years}, i {unit}. Tallene står i tabellen under figuren."
        }
        T::ChartTable => "Tallene i {figure}",
        T::ChartYear => capital(Word::Year, Language::Nb),
        T::CmdExportDocx => "Eksporter til Word …",
        T::CmdExportDocxTip => {
            "Lag årsrapportens kapittel som Word-dokument (DOCX) som kan limes inn i årsrapporten"
        }
        T::DialogTitle => "Eksporter til Word",
        T::Filter => "Word-dokument",
        T::StatusExporting => "Lager Word-dokument … {percent}",
        T::StatusExported => "Word-dokument eksportert til {path}",
        T::ExportFailed => "Kunne ikke eksportere Word-dokumentet til «{path}».\n\n{reason}",
        T::ErrPackage => "Word-dokumentet kunne ikke settes sammen.",
        T::Written => "Skrev {file} (Word, {language}).",
    }
}
