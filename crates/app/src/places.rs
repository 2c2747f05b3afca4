//! Where the app keeps its own files, decided in this one place through `directories`:
//!
//! | what                              | Windows                                   | Linux (XDG)                           |
//! |-----------------------------------|-------------------------------------------|---------------------------------------|
//! | settings and recent files (eframe) | `%APPDATA%\Gevinst\data\app.ron`          | `~/.local/share/gevinst/app.ron`      |
//! | recovery copies                   | `%LOCALAPPDATA%\Gevinst\data\recovery\`    | `~/.local/share/gevinst/recovery/`    |
//!
//! Settings roam with the user's profile; recovery copies stay on the machine that wrote them
//! (they can be large, and belong to the process that crashed there). On Linux both are the
//! folder eframe used before, so nothing moves. Project files, their `.bak` and lock files stay
//! beside the project, wherever the user keeps it.

use directories::ProjectDirs;
use std::path::PathBuf;

/// The program's folders in the user's profile; `None` when the system names no home folder.
fn dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("no", "", "Gevinst")
}

/// The file eframe keeps the settings, recent files and window size in.
pub fn settings_file() -> Option<PathBuf> {
    dirs().map(|d| d.data_dir().join("app.ron"))
}

/// The folder of the recovery copies ([`crate::recovery`]).
pub fn recovery_dir() -> Option<PathBuf> {
    dirs().map(|d| d.data_local_dir().join("recovery"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn settings_and_recovery_live_in_the_users_profile() {
        let settings = settings_file().unwrap();
        let recovery = recovery_dir().unwrap();
        assert!(settings.is_absolute() && recovery.is_absolute());
        assert_eq!(settings.file_name().unwrap(), "app.ron");
        assert_eq!(recovery.file_name().unwrap(), "recovery");
        #[cfg(target_os = "linux")]
        {
            // Where eframe kept them before: an update loses no settings and no copies.
            assert_eq!(
                settings.parent(),
                eframe::storage_dir(crate::APP_ID).as_deref()
            );
            assert_eq!(recovery.parent(), settings.parent());
            assert!(settings.parent().unwrap().ends_with(Path::new("gevinst")));
        }
        #[cfg(windows)]
        {
            let roaming = PathBuf::from(std::env::var_os("APPDATA").unwrap());
            let local = PathBuf::from(std::env::var_os("LOCALAPPDATA").unwrap());
            assert!(settings.starts_with(roaming.join("Gevinst")));
            assert!(recovery.starts_with(local.join("Gevinst")));
            assert!(recovery.ends_with(Path::new("data").join("recovery")));
        }
    }
}
