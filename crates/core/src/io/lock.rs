//! Lock files: who has a project file open, as office programs mark it.
//!
//! When the app opens `prosjekt.gevinst.json` it writes `.~lock.prosjekt.gevinst.json#` beside
//! it (LibreOffice's name for such files), holding the user's name, the machine, the time and
//! the process id, and removes it when the project is closed. Another copy of Gevinst, or a
//! colleague on the same share, sees who has the file open since when. A lock left by a program
//! that is gone (same machine, process not running) is stale and taken over. The command line
//! ignores locks.
//!
//! The file is one line: the four fields separated by commas and ended by a semicolon,
//! `Ola Nordmann,KONTOR-PC-12,2026-12-01T08:15:00Z,4242;`, with `\`, `,` and `;` inside a
//! field escaped by a backslash.

use chrono::{DateTime, Utc};
use std::path::{Path, PathBuf};

/// Who holds a lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockInfo {
    /// The user's name: the display name the system knows (Windows' account display name, the
    /// full name in `/etc/passwd` on Linux), else the login name; empty when there is none.
    pub user: String,
    /// The machine's name.
    pub machine: String,
    /// When the file was opened.
    pub since: DateTime<Utc>,
    /// The process id of the program that holds it.
    pub pid: u32,
}

/// What the lock beside a file says, seen from this program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockStatus {
    /// No lock (or one that cannot be read).
    Free,
    /// This program's own lock.
    Own,
    /// A lock of a program on this machine that is no longer running: take it over.
    Stale(LockInfo),
    /// Someone else has the file open.
    Held(LockInfo),
}

/// The lock file of `file`: `.~lock.<file name>#` in the same folder.
pub fn lock_path(file: &Path) -> PathBuf {
    let name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    file.with_file_name(format!(".~lock.{name}#"))
}

/// The name a lock shows: the display name ("Ola Nordmann") when the system has one, else the
/// login name ("olanor"), else nothing.
fn user_name(display: Option<String>, login: Option<String>) -> String {
    [display, login]
        .into_iter()
        .flatten()
        .map(|n| n.trim().to_owned())
        .find(|n| !n.is_empty())
        .unwrap_or_default()
}

fn escape(field: &str) -> String {
    let mut s = String::with_capacity(field.len());
    for c in field.chars() {
        if matches!(c, '\\' | ',' | ';') {
            s.push('\\');
        }
        s.push(c);
    }
    s
}

impl LockInfo {
    /// This program: the user's and the machine's name from the system, now, this process.
    pub fn current() -> LockInfo {
        let env = |names: &[&str]| {
            names
                .iter()
                .filter_map(|n| std::env::var(n).ok())
                .map(|v| v.trim().to_owned())
                .find(|v| !v.is_empty())
        };
        let machine = env(&["COMPUTERNAME", "HOSTNAME"]).unwrap_or_else(|| {
            gethostname::gethostname()
                .to_string_lossy()
                .trim()
                .to_owned()
        });
        let display = whoami::realname().ok();
        let login = env(&["USERNAME", "USER", "LOGNAME"]).or_else(|| whoami::username().ok());
        LockInfo {
            user: user_name(display, login),
            machine,
            since: Utc::now(),
            pid: std::process::id(),
        }
    }

    /// The lock file's content.
    pub fn to_text(&self) -> String {
        format!(
            "{},{},{},{};",
            escape(&self.user),
            escape(&self.machine),
            self.since
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            self.pid
        )
    }

    /// Read a lock file's content; `None` when it is not one of ours.
    pub fn parse(text: &str) -> Option<LockInfo> {
        let mut fields: Vec<String> = vec![String::new()];
        let mut chars = text.trim_start_matches('\u{feff}').chars();
        let mut ended = false;
        while let Some(c) = chars.next() {
            match c {
                '\\' => fields.last_mut()?.push(chars.next()?),
                ',' => fields.push(String::new()),
                ';' => {
                    ended = true;
                    break;
                }
                c => fields.last_mut()?.push(c),
            }
        }
        let [user, machine, since, pid] = <[String; 4]>::try_from(fields).ok()?;
        if !ended {
            return None;
        }
        Some(LockInfo {
            user,
            machine,
            since: DateTime::parse_from_rfc3339(&since)
                .ok()?
                .with_timezone(&Utc),
            pid: pid.trim().parse().ok()?,
        })
    }

    /// True when `other` is a lock of the same running program as `self`.
    pub fn same_holder(&self, other: &LockInfo) -> bool {
        self.pid == other.pid && self.machine.eq_ignore_ascii_case(&other.machine)
    }

    /// What a lock `found` means to this program; `alive` tells whether a process on this
    /// machine runs (`None`: cannot tell, so the lock counts as held).
    pub fn judge(&self, found: LockInfo, alive: impl Fn(u32) -> Option<bool>) -> LockStatus {
        if self.same_holder(&found) {
            LockStatus::Own
        } else if found.machine.eq_ignore_ascii_case(&self.machine)
            && alive(found.pid) == Some(false)
        {
            LockStatus::Stale(found)
        } else {
            LockStatus::Held(found)
        }
    }
}

/// Read the lock beside `file` and judge it for `me`.
pub fn check_lock(file: &Path, me: &LockInfo, alive: impl Fn(u32) -> Option<bool>) -> LockStatus {
    let text = std::fs::read(lock_path(file))
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned());
    match text.as_deref().and_then(LockInfo::parse) {
        Some(found) => me.judge(found, alive),
        None => LockStatus::Free,
    }
}

/// Write `me`'s lock beside `file` (over any lock there).
pub fn write_lock(file: &Path, me: &LockInfo) -> std::io::Result<()> {
    super::write_atomic(&lock_path(file), me.to_text().as_bytes())
}

/// Remove the lock beside `file` if it is `me`'s (a colleague who opened it anyway since keeps
/// theirs).
pub fn remove_lock(file: &Path, me: &LockInfo) {
    let path = lock_path(file);
    let ours = std::fs::read_to_string(&path)
        .ok()
        .and_then(|t| LockInfo::parse(&t))
        .is_some_and(|found| me.same_holder(&found));
    if ours {
        let _ = std::fs::remove_file(path);
    }
}

/// Whether the process `pid` on this machine is running; `None` when it cannot be told.
///
/// No dependency and no `unsafe`: on Linux the process's folder in `/proc`; on other Unix
/// systems `ps -p`; on Windows `tasklist` (without a console window). It is asked rarely: when a
/// locked file is opened and when the app starts and looks for recovery copies.
pub fn process_alive(pid: u32) -> Option<bool> {
    #[cfg(target_os = "linux")]
    {
        Some(Path::new("/proc").join(pid.to_string()).exists())
    }
    #[cfg(all(unix, not(target_os = "linux")))]
    {
        std::process::Command::new("ps")
            .args(["-p", &pid.to_string()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .ok()
            .map(|s| s.success())
    }
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        let out = std::process::Command::new("tasklist")
            .args(["/FI", &format!("PID eq {pid}"), "/NH", "/FO", "CSV"])
            .creation_flags(CREATE_NO_WINDOW)
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).contains(&format!("\"{pid}\"")))
    }
    #[cfg(not(any(unix, windows)))]
    {
        let _ = pid;
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(user: &str, machine: &str, pid: u32) -> LockInfo {
        LockInfo {
            user: user.into(),
            machine: machine.into(),
            since: DateTime::parse_from_rfc3339("2026-12-01T08:15:00Z")
                .unwrap()
                .with_timezone(&Utc),
            pid,
        }
    }

    #[test]
    fn the_name_is_libreoffices() {
        assert_eq!(
            lock_path(Path::new("/del/felles/prosjekt.gevinst.json")),
            Path::new("/del/felles/.~lock.prosjekt.gevinst.json#")
        );
        assert_eq!(
            lock_path(Path::new("a.gevinst.json")),
            Path::new(".~lock.a.gevinst.json#")
        );
    }

    #[test]
    fn text_round_trips_with_odd_names() {
        let plain = info("Ola Nordmann", "KONTOR-PC-12", 4242);
        assert_eq!(
            plain.to_text(),
            "Ola Nordmann,KONTOR-PC-12,2026-12-01T08:15:00Z,4242;"
        );
        let odd = info("Kari, \\ Hansen; «ÆØÅ»", "pc;1,2", 7);
        assert_eq!(LockInfo::parse(&odd.to_text()), Some(odd));
        assert_eq!(LockInfo::parse(&plain.to_text()), Some(plain));
    }

    #[test]
    fn the_user_is_named_by_display_name_then_login() {
        let s = |v: &str| Some(v.to_owned());
        assert_eq!(user_name(s("Ola Nordmann"), s("olanor")), "Ola Nordmann");
        assert_eq!(user_name(s("  "), s("olanor")), "olanor");
        assert_eq!(user_name(None, s(" olanor ")), "olanor");
        assert_eq!(user_name(s("Åse Ødegård"), None), "Åse Ødegård");
        assert_eq!(user_name(None, None), "");
    }

    #[test]
    fn garbage_is_no_lock() {
        for text in [
            "",
            ";",
            "a,b,c;",
            "a,b,2026-12-01T08:15:00Z,x;",
            "a,b,igår,1;",
            "a,b,2026-12-01T08:15:00Z,1",
            "a,b,2026-12-01T08:15:00Z,1,2;",
            "a\\",
            ",ola,pc,01.12.2026 08:15,file:///home/ola/;",
        ] {
            assert_eq!(LockInfo::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn staleness_needs_the_same_machine_and_a_dead_process() {
        let me = info("ola", "PC-1", 100);
        let dead = |_| Some(false);
        let alive = |_| Some(true);
        let unknown = |_| None;
        assert_eq!(me.judge(info("ola", "pc-1", 100), alive), LockStatus::Own);
        let other = info("kari", "PC-1", 200);
        assert_eq!(
            me.judge(other.clone(), dead),
            LockStatus::Stale(other.clone())
        );
        assert_eq!(
            me.judge(other.clone(), alive),
            LockStatus::Held(other.clone())
        );
        assert_eq!(me.judge(other.clone(), unknown), LockStatus::Held(other));
        // Another machine's process cannot be seen from here: held, whatever `alive` says.
        let colleague = info("kari", "PC-2", 200);
        assert_eq!(
            me.judge(colleague.clone(), dead),
            LockStatus::Held(colleague)
        );
    }

    #[test]
    fn lock_files_are_written_read_and_removed_only_by_their_holder() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.gevinst.json");
        let me = info("ola", "PC-1", 100);
        let colleague = info("kari", "PC-2", 300);
        assert_eq!(check_lock(&file, &me, |_| Some(true)), LockStatus::Free);
        write_lock(&file, &colleague).unwrap();
        assert_eq!(
            check_lock(&file, &me, |_| Some(true)),
            LockStatus::Held(colleague.clone())
        );
        remove_lock(&file, &me);
        assert!(lock_path(&file).exists(), "not mine to remove");
        write_lock(&file, &me).unwrap();
        assert_eq!(check_lock(&file, &me, |_| Some(true)), LockStatus::Own);
        remove_lock(&file, &me);
        assert!(!lock_path(&file).exists());
    }

    #[test]
    fn this_process_is_alive_and_its_identity_is_known() {
        let me = LockInfo::current();
        assert_eq!(me.pid, std::process::id());
        // The user's name may be missing (a service with no USER); the app then says "another user".
        assert!(!me.machine.is_empty());
        assert_eq!(me.user, me.user.trim());
        if cfg!(any(unix, windows)) {
            assert_eq!(process_alive(std::process::id()), Some(true));
            assert_eq!(process_alive(u32::MAX - 1), Some(false));
        }
    }
}
