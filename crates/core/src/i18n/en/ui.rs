//! The app's frame in English: menus, commands, navigation, findings, prompts and files.

use crate::i18n::Language;
use crate::i18n::UiText;

pub(crate) fn text(key: UiText) -> &'static str {
    match key {
        UiText::Word(w) => w.text(Language::En),
        UiText::MenuFile => "File",
        UiText::MenuEdit => "Edit",
        UiText::MenuView => "View",
        UiText::MenuHelp => "Help",
        UiText::MenuRecent => "Open recent",
        UiText::MenuLanguage => "Language",
        UiText::MenuGoTo => "Go to step",
        UiText::NoRecentFiles => "No recent files",

        UiText::CmdNew => "New project",
        UiText::CmdNewTip => "Start an empty project",
        UiText::CmdOpen => "Open…",
        UiText::CmdOpenTip => "Open a project file (.gevinst.json)",
        UiText::CmdOpenExample => "Open the example project",
        UiText::CmdOpenExampleTip => {
            "Open a complete example for a fictional agency, as an unsaved copy"
        }
        UiText::CmdClose => "Close project",
        UiText::CmdCloseTip => "Close the project and show the start page",
        UiText::CmdSave => "Save",
        UiText::CmdSaveTip => "Save the project to the file it was opened from",
        UiText::CmdSaveAs => "Save as…",
        UiText::CmdSaveAsTip => "Save the project to a new file",
        UiText::CmdExportPdf => "Export PDF…",
        UiText::CmdExportPdfTip => "Produce the annual-report section as a PDF",
        UiText::CmdQuit => "Quit",
        UiText::CmdQuitTip => "Close Gevinst",
        UiText::CmdUndoTip => "Undo the last change",
        UiText::CmdRedo => "Redo",
        UiText::CmdRedoTip => "Redo the change you undid",
        UiText::CmdFind => "Search the list",
        UiText::CmdFindTip => "Go to the search box of the list on this step",
        UiText::CmdToggleFindings => "Show findings",
        UiText::CmdToggleFindingsTip => "Show or hide the findings panel",
        UiText::CmdNextStep => "Next step",
        UiText::CmdNextStepTip => "Go to the next step of the guide",
        UiText::CmdPrevStep => "Previous step",
        UiText::CmdPrevStepTip => "Go to the previous step of the guide",
        UiText::CmdAbout => "About Gevinst",
        UiText::CmdAboutTip => "Version and sources",
        UiText::CmdGoToStepTip => "Go to the step “{step}”",
        UiText::CmdLanguageTip => "Use {language} in the program",
        UiText::CmdOpenRecentTip => "Open {path}",
        UiText::UndoAction => "Undo: {action}",
        UiText::RedoAction => "Redo: {action}",
        UiText::ActionAdd => "add {what}",
        UiText::ActionChange => "change {what}",
        UiText::ActionDelete => "delete {what}",
        UiText::EntityNamed => "{kind} “{name}”",

        UiText::EntityReport => "report details",
        UiText::EntitySettings => "settings",
        UiText::EntityChecklist => "checklist point {point}",
        UiText::EntityOwnPoint => "the ministry's requirement",

        UiText::StepAgency => "Agency and report",
        UiText::StepServices => "Services (Digital by default)",
        UiText::StepExtraction => "Extraction",
        UiText::StepChecklist => "Checklist",
        UiText::StepTexts => "Texts",
        UiText::StepReport => "Report",
        UiText::NavHeading => "Steps",
        UiText::Progress => "{passed} of {total, plural, one {# point} other {# points}} complete",
        UiText::BadgeTip => {
            "{count, plural, one {# open finding} other {# open findings}} on this step"
        }

        UiText::FindingsTitle => "Findings",
        UiText::NoFindings => "No findings. Everything that is checked is in place.",
        UiText::FindingsCounts => {
            "{errors, plural, one {# error} other {# errors}} · {warnings, plural, one {# warning} other {# warnings}} · {hints, plural, one {# hint} other {# hints}}"
        }
        UiText::FindingGoTip => "Click to go to the field",

        UiText::StartTitle => "Welcome to Gevinst",
        UiText::StartIntro => {
            "Gevinst helps you write the annual report's account of efficiency measures, digitalisation and gain extraction. Start a new project, open one you have saved, or look at the example to get to know the program."
        }
        UiText::StartRecent => "Recent files",
        UiText::StartRecentMissing => "no longer exists",
        UiText::StartDropHint => "You can also drag a project file onto the window.",
        UiText::DropToOpen => "Drop the file to open it",

        UiText::TitleNoProject => "Gevinst",
        UiText::Untitled => "Untitled",
        UiText::ExampleName => "Example (not saved)",
        UiText::TitleReadOnly => "read-only",

        UiText::ButtonSave => "Save",
        UiText::ButtonDontSave => "Don't save",
        UiText::ButtonCancel => "Cancel",
        UiText::ButtonOverwrite => "Overwrite",
        UiText::ButtonSaveAs => "Save as…",
        UiText::ButtonRecover => "Recover",
        UiText::ButtonDiscard => "Discard",
        UiText::ButtonOk => "OK",
        UiText::ButtonClose => "Close",

        UiText::UnsavedTitle => "Unsaved changes",
        UiText::UnsavedBody => {
            "Do you want to save the changes to “{name}”? If you don't, the changes are lost."
        }
        UiText::ChangedOnDiskTitle => "The file was changed by someone else",
        UiText::ChangedOnDiskBody => {
            "“{name}” was changed on disk after you opened it, perhaps by a colleague. If you overwrite it, those changes are lost. Choose “Save as…” to keep both."
        }
        UiText::RecoverTitle => "Recover your work?",
        UiText::RecoverBody => {
            "Gevinst did not close normally. There is an automatically saved copy of “{name}” from {time}. Do you want to recover it? If you discard it, the copy is deleted."
        }
        UiText::ErrorTitle => "That did not work",
        UiText::AboutTitle => "About Gevinst",
        UiText::AboutBody => {
            "Gevinst {version}\n\nHelps state agencies document efficiency measures, the special assessment of digitalisation, Digital by default, gains and gain extraction in the annual report.\n\nSources: the Digitalisation Circular 2013 (circular P-4/2013 from the Ministry of Government Administration, Reform and Church Affairs) and “What is the Government's mandate?” (Digital by default)."
        }

        UiText::ReadOnlyBanner => {
            "Read-only: this file was made with a newer version of Gevinst (file format {found}; this version knows {supported}). You can read it and export the PDF, but not change it or save over the file. “Save as…” makes a copy in this format without what this version does not know."
        }
        UiText::ReadOnlyDropped => "Not shown because this version does not know them: {fields}",
        UiText::MigratedBanner => {
            "The file was converted from an older version (file format {from}). Saving writes the new format."
        }

        UiText::ReadOnlyNoSave => {
            "The project is read-only because the file was made with a newer version of Gevinst. Use “Save as…” to save a copy under a new name."
        }
        UiText::RecentMissing => {
            "The file “{path}” no longer exists. It has been removed from the recent files."
        }
        UiText::RecoverFailed => "Could not read the automatically saved copy.\n\n{reason}",
        UiText::ExportFailed => "Could not export the PDF to “{path}”.\n\n{reason}",
        UiText::InternalError => {
            "Something went wrong inside the program. Your work has not been changed.\n\n{reason}"
        }
        UiText::StatusSaved => "Saved {path}",
        UiText::StatusOpened => "Opened {path}",
        UiText::StatusExported => "PDF exported to {path}",
        UiText::StatusExporting => "Producing PDF… {percent}",
        UiText::StatusRecovered => "Your work has been recovered. Remember to save.",
        UiText::StatusUndone => "Undone: {action}",
        UiText::StatusRedone => "Redone: {action}",
        UiText::StatusReadOnly => "The project is read-only; the change was not made.",

        UiText::FilterProject => "Gevinst project",
        UiText::FilterPdf => "PDF document",
        UiText::DialogOpenTitle => "Open project",
        UiText::DialogSaveTitle => "Save project",
        UiText::DialogExportTitle => "Export PDF",

        UiText::ReportIntro => {
            "This is how the section of the annual report will look. The preview is drawn from the same page layout as the PDF."
        }
        UiText::ReportPageOf => "Page {page} of {pages}",
        UiText::ReportPrevPage => "Previous page",
        UiText::ReportNextPage => "Next page",
        UiText::ReportZoomIn => "Zoom in",
        UiText::ReportZoomOut => "Zoom out",
        UiText::ReportZoomFit => "Fit width",
        UiText::ReportZoom => "Zoom",
        UiText::ReportPreparing => "Preparing the preview…",
        UiText::ReportUnavailable => "The preview cannot be shown: {reason}",
        UiText::ReportHasErrors => {
            "The project has {count, plural, one {# error. The report can be produced but is incomplete until it is fixed.} other {# errors. The report can be produced but is incomplete until they are fixed.}}"
        }

        UiText::LockedTitle => "The file is in use",
        UiText::LockedBody => {
            "“{name}” has been open by {user} on {machine} since {time}. If you both save, one of you overwrites the other's changes. You can open the file read-only, open it anyway, or cancel."
        }
        UiText::ButtonOpenReadOnly => "Open read-only",
        UiText::ButtonOpenAnyway => "Open anyway",
        UiText::LockedUnknownUser => "another user",
        UiText::LockedBanner => {
            "Read-only: the file has been open by {user} on {machine} since {time}. Use “Save as” to save a copy."
        }
        UiText::StatusOpening => "Opening “{path}” …",
        UiText::StatusSaving => "Saving “{path}” …",
        UiText::SaveFailedKept => {
            "{reason}\n\nThe project is still open here, and a recovery copy has been kept. Try again when the shared drive is back, or use “Save as” to save elsewhere."
        }
    }
}
