//! Modal prompts: unsaved changes, a file changed on disk, a file open elsewhere, recovering
//! work after a crash, errors, and About. A prompt blocks the rest of the window until answered; Escape is the
//! safe answer (Cancel).

use crate::command::UiCommand;
use crate::recovery::Found;
use egui::{Align, Layout, RichText};
use gevinst_core::i18n::{Key, Language, UiText, fill};
use gevinst_core::io::LockInfo;
use std::path::PathBuf;

/// A question or message waiting for the user.
#[derive(Debug, Clone, PartialEq)]
pub enum Prompt {
    /// The project has unsaved changes and `then` would close it: Save / Don't save / Cancel.
    Unsaved {
        /// The project's name.
        name: String,
        /// What to do once the changes are saved or discarded.
        then: UiCommand,
    },
    /// The file was changed on disk since it was opened: Overwrite / Save as / Cancel.
    ChangedOnDisk {
        /// The file.
        path: PathBuf,
        /// What to do after saving (when saving was asked for by an Unsaved prompt).
        then: Option<UiCommand>,
    },
    /// A recovery copy from a crashed run: Recover / Discard / Cancel (ask again next time).
    Recover(Found),
    /// The file is open elsewhere (its lock file): Open read-only / Open anyway / Cancel.
    Locked {
        /// The file.
        path: PathBuf,
        /// Who has it open, since when.
        holder: LockInfo,
    },
    /// Something went wrong; the message says what, in the user's language.
    Error(String),
    /// Version and sources.
    About,
}

/// The user's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Save.
    Save,
    /// Don't save: discard the changes.
    DontSave,
    /// Cancel: do nothing.
    Cancel,
    /// Overwrite the file changed on disk.
    Overwrite,
    /// Save under a new name.
    SaveAs,
    /// Recover the copy.
    Recover,
    /// Delete the copy.
    Discard,
    /// Acknowledge a message.
    Ok,
    /// Open a locked file read-only.
    OpenReadOnly,
    /// Open a locked file for editing all the same.
    OpenAnyway,
}

/// Who holds a lock, as the prompts say it: the name in the lock file, or "another user" when
/// it names none (a system that gave the program no user name).
pub fn holder_name(holder: &LockInfo, lang: Language) -> String {
    let user = holder.user.trim();
    if user.is_empty() || user == "?" {
        UiText::LockedUnknownUser.text(lang).to_owned()
    } else {
        user.to_owned()
    }
}

/// A moment in the user's time zone, as the prompts say it: "01.12.2026 08:15".
pub fn local_time(t: chrono::DateTime<chrono::Utc>, lang: Language) -> String {
    let local = t.with_timezone(&chrono::Local);
    format!(
        "{} {}",
        gevinst_core::format::date(local.date_naive(), lang),
        local.format("%H:%M")
    )
}

impl Prompt {
    fn title(&self, lang: Language) -> &'static str {
        match self {
            Prompt::Unsaved { .. } => UiText::UnsavedTitle,
            Prompt::ChangedOnDisk { .. } => UiText::ChangedOnDiskTitle,
            Prompt::Recover(_) => UiText::RecoverTitle,
            Prompt::Locked { .. } => UiText::LockedTitle,
            Prompt::Error(_) => UiText::ErrorTitle,
            Prompt::About => UiText::AboutTitle,
        }
        .text(lang)
    }

    fn body(&self, lang: Language) -> String {
        match self {
            Prompt::Unsaved { name, .. } => fill(UiText::UnsavedBody.text(lang), &[("name", name)]),
            Prompt::ChangedOnDisk { path, .. } => {
                let name = path.display().to_string();
                fill(UiText::ChangedOnDiskBody.text(lang), &[("name", &name)])
            }
            Prompt::Locked { path, holder } => {
                let name = path.display().to_string();
                fill(
                    UiText::LockedBody.text(lang),
                    &[
                        ("name", &name),
                        ("user", &holder_name(holder, lang)),
                        ("machine", &holder.machine),
                        ("time", &local_time(holder.since, lang)),
                    ],
                )
            }
            Prompt::Recover(found) => {
                let time = local_time(found.meta.saved_at, lang);
                fill(
                    UiText::RecoverBody.text(lang),
                    &[("name", &found.meta.name), ("time", &time)],
                )
            }
            Prompt::Error(message) => message.clone(),
            Prompt::About => fill(
                UiText::AboutBody.text(lang),
                &[("version", env!("CARGO_PKG_VERSION"))],
            ),
        }
    }

    /// The buttons, left to right; the first is the default (focused) one.
    fn buttons(&self) -> &'static [(Answer, UiText)] {
        match self {
            Prompt::Unsaved { .. } => &[
                (Answer::Save, UiText::ButtonSave),
                (Answer::DontSave, UiText::ButtonDontSave),
                (Answer::Cancel, UiText::ButtonCancel),
            ],
            Prompt::ChangedOnDisk { .. } => &[
                (Answer::SaveAs, UiText::ButtonSaveAs),
                (Answer::Overwrite, UiText::ButtonOverwrite),
                (Answer::Cancel, UiText::ButtonCancel),
            ],
            Prompt::Recover(_) => &[
                (Answer::Recover, UiText::ButtonRecover),
                (Answer::Discard, UiText::ButtonDiscard),
                (Answer::Cancel, UiText::ButtonCancel),
            ],
            Prompt::Locked { .. } => &[
                (Answer::OpenReadOnly, UiText::ButtonOpenReadOnly),
                (Answer::OpenAnyway, UiText::ButtonOpenAnyway),
                (Answer::Cancel, UiText::ButtonCancel),
            ],
            Prompt::Error(_) | Prompt::About => &[(Answer::Ok, UiText::ButtonOk)],
        }
    }

    /// The answer Escape gives.
    fn escape(&self) -> Answer {
        match self {
            Prompt::Error(_) | Prompt::About => Answer::Ok,
            _ => Answer::Cancel,
        }
    }

    /// Show the prompt on top of everything; returns the answer once given.
    pub fn show(&self, ctx: &egui::Context, lang: Language) -> Option<Answer> {
        let mut answer = None;
        let frame = egui::Frame::popup(&ctx.global_style()).inner_margin(egui::Margin::same(18));
        let response = egui::Modal::new(egui::Id::unique("gevinst-prompt"))
            .frame(frame)
            .show(ctx, |ui| {
                ui.set_max_width(460.0);
                ui.add_space(4.0);
                ui.label(RichText::new(self.title(lang)).heading().strong());
                ui.add_space(8.0);
                ui.label(self.body(lang));
                ui.add_space(14.0);
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    let buttons = self.buttons();
                    // Right to left: the default button ends up leftmost, as on Windows.
                    for (i, (a, text)) in buttons.iter().enumerate().rev() {
                        let r = ui.add(
                            egui::Button::new(text.text(lang)).min_size(egui::vec2(90.0, 26.0)),
                        );
                        if i == 0 && ui.memory(|m| m.focused().is_none()) {
                            r.request_focus();
                        }
                        if r.clicked() {
                            answer = Some(*a);
                        }
                    }
                });
            });
        if answer.is_none()
            && response.is_top_modal
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            answer = Some(self.escape());
        }
        answer
    }
}
