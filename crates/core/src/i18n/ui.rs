//! Texts of the desktop app's frame: menus, commands, navigation, findings, prompts, files and
//! the report step. The editing steps' field labels and help texts are in `editor.rs`.

use super::{Word, Wording, key_table};

/// A text of the app's frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum UiText {
    /// Menu: File.
    MenuFile,
    /// Menu: Edit.
    MenuEdit,
    /// Menu: View.
    MenuView,
    /// Menu: Help.
    MenuHelp,
    /// Submenu: recently used files.
    MenuRecent,
    /// Submenu: interface language.
    MenuLanguage,
    /// Submenu: go to a step.
    MenuGoTo,
    /// The recent-files list is empty.
    NoRecentFiles,

    /// Command: new project.
    CmdNew,
    /// Tooltip of [`UiText::CmdNew`].
    CmdNewTip,
    /// Command: open a project file.
    CmdOpen,
    /// Tooltip of [`UiText::CmdOpen`].
    CmdOpenTip,
    /// Command: open the bundled example.
    CmdOpenExample,
    /// Tooltip of [`UiText::CmdOpenExample`].
    CmdOpenExampleTip,
    /// Command: close the project and show the start page.
    CmdClose,
    /// Tooltip of [`UiText::CmdClose`].
    CmdCloseTip,
    /// Command: save.
    CmdSave,
    /// Tooltip of [`UiText::CmdSave`].
    CmdSaveTip,
    /// Command: save under a new name.
    CmdSaveAs,
    /// Tooltip of [`UiText::CmdSaveAs`].
    CmdSaveAsTip,
    /// Command: export the report as PDF.
    CmdExportPdf,
    /// Tooltip of [`UiText::CmdExportPdf`].
    CmdExportPdfTip,
    /// Command: quit the program.
    CmdQuit,
    /// Tooltip of [`UiText::CmdQuit`].
    CmdQuitTip,
    /// Tooltip of [`UiText::CmdUndo`].
    CmdUndoTip,
    /// Command: redo (when there is nothing to redo).
    CmdRedo,
    /// Tooltip of [`UiText::CmdRedo`].
    CmdRedoTip,
    /// Command: search in the current list.
    CmdFind,
    /// Tooltip of [`UiText::CmdFind`].
    CmdFindTip,
    /// Command: show or hide the findings panel.
    CmdToggleFindings,
    /// Tooltip of [`UiText::CmdToggleFindings`].
    CmdToggleFindingsTip,
    /// Command: next step.
    CmdNextStep,
    /// Tooltip of [`UiText::CmdNextStep`].
    CmdNextStepTip,
    /// Command: previous step.
    CmdPrevStep,
    /// Tooltip of [`UiText::CmdPrevStep`].
    CmdPrevStepTip,
    /// Command: about the program.
    CmdAbout,
    /// Tooltip of [`UiText::CmdAbout`].
    CmdAboutTip,
    /// Tooltip of a go-to-step command; `{step}`.
    CmdGoToStepTip,
    /// Tooltip of a language command; `{language}`.
    CmdLanguageTip,
    /// Tooltip of an open-recent command; `{path}`.
    CmdOpenRecentTip,
    /// Undo menu item naming the step: `{action}`.
    UndoAction,
    /// Redo menu item naming the step: `{action}`.
    RedoAction,
    /// An action that added something: `{what}`.
    ActionAdd,
    /// An action that changed something: `{what}`.
    ActionChange,
    /// An action that deleted something: `{what}`.
    ActionDelete,
    /// An entity with its name: `{kind}` and `{name}`.
    EntityNamed,

    /// Noun: the report information.
    EntityReport,
    /// Noun: the settings.
    EntitySettings,
    /// Noun: a checklist point; `{point}` is its number.
    EntityChecklist,
    /// Entity kind: a requirement of the ministry's own.
    EntityOwnPoint,

    /// Step: agency and report.
    StepAgency,
    /// Step: services (Digitalt førstevalg).
    StepServices,
    /// Step: extraction.
    StepExtraction,
    /// Step: checklist.
    StepChecklist,
    /// Step: texts.
    StepTexts,
    /// Step: report.
    StepReport,
    /// Heading above the navigation.
    NavHeading,
    /// Overall progress: `{passed}` of `{total}` points complete.
    Progress,
    /// Tooltip on a step's badge: `{count}` open findings.
    BadgeTip,

    /// Title of the findings panel.
    FindingsTitle,
    /// The project has no findings.
    NoFindings,
    /// Count line in the findings panel: `{errors}`, `{warnings}`, `{hints}`.
    FindingsCounts,
    /// Tooltip on a finding: click to go there.
    FindingGoTip,

    /// Start page heading.
    StartTitle,
    /// Start page introduction.
    StartIntro,
    /// Start page: recent files heading.
    StartRecent,
    /// Start page: a recent file no longer exists.
    StartRecentMissing,
    /// Start page hint about drag and drop.
    StartDropHint,
    /// Overlay while a file is dragged over the window.
    DropToOpen,

    /// Window title without a project.
    TitleNoProject,
    /// Name of a project that has never been saved.
    Untitled,
    /// Name of the unsaved example project.
    ExampleName,
    /// Title suffix for a read-only project.
    TitleReadOnly,

    /// Button: save.
    ButtonSave,
    /// Button: don't save.
    ButtonDontSave,
    /// Button: cancel.
    ButtonCancel,
    /// Button: overwrite.
    ButtonOverwrite,
    /// Button: save as.
    ButtonSaveAs,
    /// Button: recover.
    ButtonRecover,
    /// Button: discard.
    ButtonDiscard,
    /// Button: OK.
    ButtonOk,
    /// Button: close.
    ButtonClose,

    /// Prompt title: unsaved changes.
    UnsavedTitle,
    /// Prompt body: unsaved changes in `{name}`.
    UnsavedBody,
    /// Prompt title: the file changed on disk.
    ChangedOnDiskTitle,
    /// Prompt body: `{name}` changed on disk since it was opened.
    ChangedOnDiskBody,
    /// Prompt title: recover work after a crash.
    RecoverTitle,
    /// Prompt body: a recovery copy of `{name}` from `{time}`.
    RecoverBody,
    /// Prompt title: an error.
    ErrorTitle,
    /// Prompt title: about.
    AboutTitle,
    /// About text; `{version}`.
    AboutBody,

    /// Banner: a newer-version file opened read-only; `{found}`, `{supported}`.
    ReadOnlyBanner,
    /// Banner: parts of a newer file were not understood; `{fields}`.
    ReadOnlyDropped,
    /// Banner: file converted from an older version `{from}`.
    MigratedBanner,

    /// Error: a read-only project cannot be saved over its file.
    ReadOnlyNoSave,
    /// Error: a recent file no longer exists; `{path}`.
    RecentMissing,
    /// Error: the recovery file could not be read; `{reason}`.
    RecoverFailed,
    /// Error: exporting the PDF failed; `{path}`, `{reason}`.
    ExportFailed,
    /// Error: something unexpected inside the program; `{reason}`.
    InternalError,
    /// Status: saved `{path}`.
    StatusSaved,
    /// Status: opened `{path}`.
    StatusOpened,
    /// Status: exported `{path}`.
    StatusExported,
    /// Status: exporting, `{percent}` done.
    StatusExporting,
    /// Status: recovered work.
    StatusRecovered,
    /// Status: undone `{action}`.
    StatusUndone,
    /// Status: redone `{action}`.
    StatusRedone,
    /// Status: an edit was refused in a read-only project.
    StatusReadOnly,

    /// File dialog filter: project files.
    FilterProject,
    /// File dialog filter: PDF files.
    FilterPdf,
    /// File dialog title: open a project.
    DialogOpenTitle,
    /// File dialog title: save a project.
    DialogSaveTitle,
    /// File dialog title: export PDF.
    DialogExportTitle,

    /// Report step: introduction.
    ReportIntro,
    /// Report step: page `{page}` of `{pages}`.
    ReportPageOf,
    /// Report step: previous page.
    ReportPrevPage,
    /// Report step: next page.
    ReportNextPage,
    /// Report step: zoom in.
    ReportZoomIn,
    /// Report step: zoom out.
    ReportZoomOut,
    /// Report step: zoom to fit the width.
    ReportZoomFit,
    /// Report step: zoom level label.
    ReportZoom,
    /// Report step: laying out the preview.
    ReportPreparing,
    /// Report step: the preview is not available; `{reason}`.
    ReportUnavailable,
    /// Report step: open errors make the report incomplete; `{count}`.
    ReportHasErrors,

    /// Prompt title: the file is open elsewhere (its lock file says by whom).
    LockedTitle,
    /// Prompt body: `{name}` (the file), `{user}`, `{machine}`, `{time}` (since when).
    LockedBody,
    /// Button: open the locked file read-only.
    ButtonOpenReadOnly,
    /// Button: open the locked file for editing all the same.
    ButtonOpenAnyway,
    /// Banner over a file opened read-only because it is locked: `{user}`, `{machine}`,
    /// `{time}`.
    LockedBanner,
    /// Who has a file open when the lock file does not name the user.
    LockedUnknownUser,
    /// Status bar: a project file is being read. `{path}`.
    StatusOpening,
    /// Status bar: a project file is being written. `{path}`.
    StatusSaving,
    /// Prompt: saving failed; the project stays open and in recovery. `{reason}`.
    SaveFailedKept,

    /// A word of the vocabulary; the constants below are such words.
    #[strum(disabled)]
    Word(Wording),
}

#[allow(non_upper_case_globals)]
impl UiText {
    /// Noun: the agency.
    pub const EntityAgency: Self = Self::Word(Wording::Plain(Word::TheAgency));
    /// Noun: a priority area.
    pub const EntityPriorityArea: Self = Self::Word(Wording::Plain(Word::PriorityArea));
    /// Noun: a measure.
    pub const EntityMeasure: Self = Self::Word(Wording::Plain(Word::Measure));
    /// Noun: a service.
    pub const EntityService: Self = Self::Word(Wording::Plain(Word::Service));
    /// Noun: a gain.
    pub const EntityGain: Self = Self::Word(Wording::Plain(Word::Gain));
    /// Noun: an extraction.
    pub const EntityExtraction: Self = Self::Word(Wording::Plain(Word::GainExtraction));
    /// Step: priority areas.
    pub const StepPriorities: Self = Self::Word(Wording::Capital(Word::PriorityAreas));
    /// Step: measures.
    pub const StepMeasures: Self = Self::Word(Wording::Capital(Word::Measures));
    /// Step: gains.
    pub const StepGains: Self = Self::Word(Wording::Capital(Word::Gains));
    /// Severity: error.
    pub const SeverityError: Self = Self::Word(Wording::Capital(Word::Error));
    /// Severity: warning.
    pub const SeverityWarning: Self = Self::Word(Wording::Capital(Word::Warning));
    /// Severity: hint.
    pub const SeverityHint: Self = Self::Word(Wording::Capital(Word::Hint));
    /// Command: undo (when there is nothing to undo).
    pub const CmdUndo: Self = Self::Word(Wording::Capital(Word::Undo));
    /// Report step: report language picker label.
    pub const ReportLanguage: Self = Self::Word(Wording::Capital(Word::ReportLanguage));
}

key_table!(UiText, ui::text, with words);
