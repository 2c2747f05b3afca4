//! Word-eksporten på nynorsk.

use crate::i18n::DocxText as T;

use crate::i18n::{Language, Word, capital};

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::StageDocx => "Lagar Word-dokumentet",
        T::ChartAlt => {
            "{caption}. Stolpediagram som viser {series} for åra {years}, i {unit}. Tala står i tabellen under figuren."
        }
        T::ChartTable => "Tala i {figure}",
        T::ChartYear => capital(Word::Year, Language::Nn),
        T::CmdExportDocx => "Eksporter til Word …",
        T::CmdExportDocxTip => {
            "Lag kapittelet i årsrapporten som Word-dokument (DOCX) som kan limast inn i årsrapporten"
        }
        T::DialogTitle => "Eksporter til Word",
        T::Filter => "Word-dokument",
        T::StatusExporting => "Lagar Word-dokument … {percent}",
        T::StatusExported => "Word-dokument eksportert til {path}",
        T::ExportFailed => "Kunne ikkje eksportere Word-dokumentet til «{path}».\n\n{reason}",
        T::ErrPackage => "Word-dokumentet kunne ikkje setjast saman.",
        T::Written => "Skreiv {file} (Word, {language}).",
    }
}
