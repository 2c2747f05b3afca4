//! The desktop app: a guided editor for the whole project, with findings, preview and export.
//!
//! The shell ([`app`]) owns the open [`document`], the undo history and the file safety
//! (prompts, recovery, changed-on-disk checks); each guided step is a small type in [`steps`]
//! that reads the project through a [`StepCtx`] and sends [`gevinst_core::edit::Edit`]s and
//! [`UiCommand`]s back. Nothing in here is needed by the core or the command line.

pub mod app;
pub mod command;
pub mod context;
pub mod dialogs;
pub mod document;
pub mod export;
pub mod fileio;
pub mod findings;
pub mod nav;
pub mod places;
pub mod prompts;
pub mod recovery;
mod screenshot;
pub mod settings;
pub mod sheets_import;
pub mod steps;
pub mod theme;
pub mod together;
pub mod widgets;

pub use app::{AppOptions, GevinstApp};
pub use command::UiCommand;
pub use context::{Focus, Pending, StepCtx, StepOutput};
pub use steps::{Step, Steps};

use std::path::PathBuf;
use std::process::ExitCode;

/// The app's id: names its settings folder and its window class.
pub const APP_ID: &str = "gevinst";

/// Open the window (with `file` opened, if given) and run until it closes.
///
/// For the screenshot script, `GEVINST_SCREENSHOT=<step>` (a [`Step::slug`], or `start`)
/// starts on that step with the example, no saved settings and no recovery, and
/// `GEVINST_LANG=nb|nn|en` picks the language. `GEVINST_SCREENSHOT=locked` opens a copy of the
/// example that a colleague has open (a lock file beside it), to show the lock prompt;
/// `merge`, `compare` and `import` open those windows on files prepared in a temporary folder
/// (`screenshot.rs`).
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let screenshot = std::env::var("GEVINST_SCREENSHOT").ok();
    let mut options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_app_id(APP_ID)
            .with_title("Gevinst")
            .with_inner_size([1280.0, 820.0])
            .with_min_inner_size([900.0, 560.0])
            .with_drag_and_drop(true)
            .with_icon(icon()),
        persistence_path: places::settings_file(),
        ..Default::default()
    };
    let mut app_options = AppOptions::desktop(file);
    let mut window = None;
    if let Some(shot) = &screenshot {
        options.persist_window = false;
        options.persistence_path = Some(std::env::temp_dir().join("gevinst-screenshot"));
        let mut settings = settings::AppSettings::default();
        if let Some(lang) = std::env::var("GEVINST_LANG")
            .ok()
            .and_then(|c| gevinst_core::i18n::Language::from_code(&c))
        {
            settings.language = lang;
        }
        app_options.settings = Some(settings);
        app_options.recovery_dir = None;
        app_options.start_page = shot == "start";
        app_options.start_step = Step::from_slug(shot).unwrap_or_default();
        if shot == "locked" {
            app_options.file = screenshot_locked_file();
        } else if let Some((file, open)) = screenshot::prepare(shot) {
            app_options.file = file;
            window = Some(open);
        }
    }
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            let mut app = GevinstApp::new(cc, app_options);
            if let Some(window) = window {
                app.open_screenshot_window(window);
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Gevinst: {e}");
            ExitCode::from(2)
        }
    }
}

/// The window icon (`assets/icon/gevinst-256.png`, the same picture as the Windows `.exe`'s
/// icon); an empty icon if it could not be decoded, which a test rules out.
pub fn icon() -> egui::IconData {
    eframe::icon_data::from_png_bytes(ICON_PNG).unwrap_or_default()
}

/// The window icon as PNG.
const ICON_PNG: &[u8] = include_bytes!("../../../assets/icon/gevinst-256.png");

/// The example written to a temporary folder with a colleague's lock beside it, for the
/// screenshot of the lock prompt.
fn screenshot_locked_file() -> Option<PathBuf> {
    let dir = std::env::temp_dir().join("gevinst-screenshot-lock");
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join("årsrapport 2026.gevinst.json");
    gevinst_core::io::save(&gevinst_core::example::project(), &path).ok()?;
    let colleague = gevinst_core::io::LockInfo {
        user: "Kari Nordmann".into(),
        machine: "KONTOR-PC-07".into(),
        since: chrono::Utc::now() - chrono::Duration::minutes(95),
        pid: 4242,
    };
    gevinst_core::io::write_lock(&path, &colleague).ok()?;
    Some(path)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_window_icon_is_the_256_pixel_png() {
        let icon = super::icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
        // Opaque blue in the middle of the left edge, transparent in the rounded corner.
        let px = |x: usize, y: usize| &icon.rgba[(y * 256 + x) * 4..][..4];
        assert_eq!(px(0, 0)[3], 0);
        assert_eq!(px(20, 128), [0x0b, 0x4f, 0x9c, 0xff]);
    }
}
