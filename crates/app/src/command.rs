//! Every user action is a [`UiCommand`]: its menu text, tooltip and keyboard shortcuts live
//! here in one place, so the menus, the shortcuts and the buttons can't disagree. Commands are
//! sent during the frame and handled by the shell in one place after it.

use crate::context::Focus;
use crate::steps::Step;
use egui::os::OperatingSystem;
use egui::{Key as K, KeyboardShortcut, Modifiers};
use gevinst_core::i18n::{DocxText, Key, Language, UiText, fill};
use std::path::PathBuf;

/// A user action.
#[derive(Debug, Clone, PartialEq)]
pub enum UiCommand {
    /// Start a new, empty project.
    New,
    /// Choose a project file and open it.
    Open,
    /// Open a file from the recent-files list.
    OpenRecent(PathBuf),
    /// Open a given file (dropped on the window, or from the command line).
    OpenFile(PathBuf),
    /// Open the bundled example as an unsaved copy.
    OpenExample,
    /// Close the project and show the start page.
    Close,
    /// Save to the project's file (or ask for one).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export the report as PDF.
    ExportPdf,
    /// Export the report as a Word document (DOCX).
    ExportDocx,
    /// Quit the program.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Focus the search box of the current list.
    Find,
    /// Show or hide the findings panel.
    ToggleFindings,
    /// Go to the next step.
    NextStep,
    /// Go to the previous step.
    PrevStep,
    /// Go to a step.
    ShowStep(Step),
    /// Go to an entity (and field): switch step, select it, focus the field.
    GoTo(Focus),
    /// Switch the interface language.
    SetLanguage(Language),
    /// Show version and sources.
    About,
}

const fn sc(modifiers: Modifiers, key: K) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

const STEP_KEYS: [K; 9] = [
    K::Num1,
    K::Num2,
    K::Num3,
    K::Num4,
    K::Num5,
    K::Num6,
    K::Num7,
    K::Num8,
    K::Num9,
];

impl UiCommand {
    /// The commands that have keyboard shortcuts.
    pub fn with_shortcuts() -> Vec<UiCommand> {
        let mut all = vec![
            UiCommand::New,
            UiCommand::Open,
            UiCommand::Save,
            UiCommand::SaveAs,
            UiCommand::ExportPdf,
            UiCommand::Quit,
            UiCommand::Undo,
            UiCommand::Redo,
            UiCommand::Find,
            UiCommand::NextStep,
            UiCommand::PrevStep,
        ];
        all.extend(Step::ALL.map(UiCommand::ShowStep));
        all
    }

    /// The keyboard shortcuts of the command on an operating system; the first is the one
    /// menus show. Redo is Ctrl+Y and Ctrl+Shift+Z on Windows and Linux, Cmd+Shift+Z on macOS;
    /// Quit is Alt+F4 on Windows.
    pub fn shortcuts(&self, os: OperatingSystem) -> Vec<KeyboardShortcut> {
        let mac = os == OperatingSystem::Mac;
        match self {
            UiCommand::New => vec![sc(CMD, K::N)],
            UiCommand::Open => vec![sc(CMD, K::O)],
            UiCommand::Save => vec![sc(CMD, K::S)],
            UiCommand::SaveAs => vec![sc(CMD_SHIFT, K::S)],
            UiCommand::ExportPdf => vec![sc(CMD, K::E)],
            UiCommand::Quit if os == OperatingSystem::Windows => {
                vec![sc(Modifiers::ALT, K::F4)]
            }
            UiCommand::Quit => vec![sc(CMD, K::Q)],
            UiCommand::Undo => vec![sc(CMD, K::Z)],
            UiCommand::Redo if mac => vec![sc(CMD_SHIFT, K::Z)],
            UiCommand::Redo => vec![sc(CMD, K::Y), sc(CMD_SHIFT, K::Z)],
            UiCommand::Find => vec![sc(CMD, K::F)],
            UiCommand::NextStep => vec![sc(CMD, K::PageDown)],
            UiCommand::PrevStep => vec![sc(CMD, K::PageUp)],
            UiCommand::ShowStep(step) => vec![sc(CMD, STEP_KEYS[step.index()])],
            UiCommand::OpenRecent(_)
            | UiCommand::OpenFile(_)
            | UiCommand::OpenExample
            | UiCommand::ExportDocx
            | UiCommand::Close
            | UiCommand::ToggleFindings
            | UiCommand::GoTo(_)
            | UiCommand::SetLanguage(_)
            | UiCommand::About => vec![],
        }
    }

    /// The menu text.
    pub fn text(&self, lang: Language) -> String {
        let key = match self {
            UiCommand::New => UiText::CmdNew,
            UiCommand::Open => UiText::CmdOpen,
            UiCommand::OpenRecent(path) | UiCommand::OpenFile(path) => {
                return path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
            }
            UiCommand::OpenExample => UiText::CmdOpenExample,
            UiCommand::Close => UiText::CmdClose,
            UiCommand::Save => UiText::CmdSave,
            UiCommand::SaveAs => UiText::CmdSaveAs,
            UiCommand::ExportPdf => UiText::CmdExportPdf,
            UiCommand::ExportDocx => return DocxText::CmdExportDocx.text(lang).to_owned(),
            UiCommand::Quit => UiText::CmdQuit,
            UiCommand::Undo => UiText::CmdUndo,
            UiCommand::Redo => UiText::CmdRedo,
            UiCommand::Find => UiText::CmdFind,
            UiCommand::ToggleFindings => UiText::CmdToggleFindings,
            UiCommand::NextStep => UiText::CmdNextStep,
            UiCommand::PrevStep => UiText::CmdPrevStep,
            UiCommand::ShowStep(step) => return step.title(lang).to_owned(),
            UiCommand::GoTo(_) => UiText::FindingGoTip,
            UiCommand::SetLanguage(l) => return l.native_name().to_owned(),
            UiCommand::About => UiText::CmdAbout,
        };
        key.text(lang).to_owned()
    }

    /// The tooltip: what the command does.
    pub fn tooltip(&self, lang: Language) -> String {
        let key = match self {
            UiCommand::New => UiText::CmdNewTip,
            UiCommand::Open => UiText::CmdOpenTip,
            UiCommand::OpenRecent(path) | UiCommand::OpenFile(path) => {
                let path = path.display().to_string();
                return fill(UiText::CmdOpenRecentTip.text(lang), &[("path", &path)]);
            }
            UiCommand::OpenExample => UiText::CmdOpenExampleTip,
            UiCommand::Close => UiText::CmdCloseTip,
            UiCommand::Save => UiText::CmdSaveTip,
            UiCommand::SaveAs => UiText::CmdSaveAsTip,
            UiCommand::ExportPdf => UiText::CmdExportPdfTip,
            UiCommand::ExportDocx => return DocxText::CmdExportDocxTip.text(lang).to_owned(),
            UiCommand::Quit => UiText::CmdQuitTip,
            UiCommand::Undo => UiText::CmdUndoTip,
            UiCommand::Redo => UiText::CmdRedoTip,
            UiCommand::Find => UiText::CmdFindTip,
            UiCommand::ToggleFindings => UiText::CmdToggleFindingsTip,
            UiCommand::NextStep => UiText::CmdNextStepTip,
            UiCommand::PrevStep => UiText::CmdPrevStepTip,
            UiCommand::ShowStep(step) => {
                return fill(
                    UiText::CmdGoToStepTip.text(lang),
                    &[("step", step.title(lang))],
                );
            }
            UiCommand::GoTo(_) => UiText::FindingGoTip,
            UiCommand::SetLanguage(l) => {
                return fill(
                    UiText::CmdLanguageTip.text(lang),
                    &[("language", l.name_in(lang))],
                );
            }
            UiCommand::About => UiText::CmdAboutTip,
        };
        key.text(lang).to_owned()
    }

    /// The first shortcut as menus show it (`Ctrl+Shift+S`, `⌘S`), if any.
    pub fn shortcut_text(&self, ctx: &egui::Context) -> Option<String> {
        self.shortcuts(ctx.os())
            .first()
            .map(|s| ctx.format_shortcut(s))
    }

    /// The commands whose shortcuts were pressed this frame; their key presses are consumed,
    /// so text fields don't also react (Ctrl+Z undoes through the project history, not inside
    /// one field). Shortcuts with more modifiers are matched first, so Ctrl+Shift+S is
    /// "Save as", not "Save".
    pub fn consume_shortcuts(ctx: &egui::Context) -> Vec<UiCommand> {
        let os = ctx.os();
        let mut table: Vec<(KeyboardShortcut, UiCommand)> = UiCommand::with_shortcuts()
            .into_iter()
            .flat_map(|cmd| cmd.shortcuts(os).into_iter().map(move |s| (s, cmd.clone())))
            .collect();
        table.sort_by_key(|(s, _)| {
            std::cmp::Reverse(
                [
                    s.modifiers.alt,
                    s.modifiers.ctrl,
                    s.modifiers.shift,
                    s.modifiers.mac_cmd,
                    s.modifiers.command,
                ]
                .iter()
                .filter(|m| **m)
                .count(),
            )
        });
        let mut found = Vec::new();
        ctx.input_mut(|input| {
            for (shortcut, cmd) in &table {
                if input.consume_shortcut(shortcut) && !found.contains(cmd) {
                    found.push(cmd.clone());
                }
            }
        });
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tips_name_the_language_as_a_word() {
        let tip = |l, lang| UiCommand::SetLanguage(l).tooltip(lang);
        assert_eq!(tip(Language::En, Language::Nb), "Bruk engelsk i programmet");
        assert_eq!(tip(Language::Nb, Language::Nn), "Bruk bokmål i programmet");
        assert_eq!(
            tip(Language::Nn, Language::En),
            "Use Nynorsk in the program"
        );
    }

    #[test]
    fn redo_is_os_aware() {
        let win = UiCommand::Redo.shortcuts(OperatingSystem::Windows);
        assert_eq!(win, vec![sc(CMD, K::Y), sc(CMD_SHIFT, K::Z)]);
        let mac = UiCommand::Redo.shortcuts(OperatingSystem::Mac);
        assert_eq!(mac, vec![sc(CMD_SHIFT, K::Z)]);
        assert_eq!(
            UiCommand::Quit.shortcuts(OperatingSystem::Windows),
            vec![sc(Modifiers::ALT, K::F4)]
        );
    }

    #[test]
    fn no_two_commands_share_a_shortcut() {
        for os in [
            OperatingSystem::Windows,
            OperatingSystem::Nix,
            OperatingSystem::Mac,
        ] {
            let mut seen = Vec::new();
            for cmd in UiCommand::with_shortcuts() {
                for s in cmd.shortcuts(os) {
                    assert!(!seen.contains(&s), "{s:?} used twice on {os:?}");
                    seen.push(s);
                }
            }
        }
    }

    #[test]
    fn every_command_has_text_in_every_language() {
        for lang in Language::ALL {
            for cmd in UiCommand::with_shortcuts() {
                assert!(!cmd.text(lang).is_empty());
                assert!(!cmd.tooltip(lang).is_empty());
            }
        }
    }
}
