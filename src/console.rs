//! The console on Windows. `gevinst.exe` is a GUI-subsystem program (see `main.rs`), so a
//! double-click opens the app with no console window behind it; the price is that Windows
//! gives it no console either, so a subcommand run from `cmd` or PowerShell would print
//! nowhere. [`attach_parent`] borrows the console of the shell that started it. Elsewhere it
//! does nothing.

/// Attach to the parent's console (`AttachConsole(ATTACH_PARENT_PROCESS)`) and point standard
/// output and error at it, unless they already lead somewhere (`gevinst check x > ut.txt`,
/// a pipe). Started from the Explorer there is no parent console and nothing happens.
///
/// The only `unsafe` in the workspace: Windows offers these calls only as foreign functions,
/// and no well-kept crate wraps them safely (see the root `Cargo.toml`'s lints).
#[cfg(windows)]
#[allow(unsafe_code)]
pub fn attach_parent() {
    use std::os::windows::io::IntoRawHandle;
    use windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE;
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE,
        STD_OUTPUT_HANDLE, SetStdHandle,
    };
    let missing = |which: STD_HANDLE| {
        // SAFETY: GetStdHandle takes a constant and only reads this process's handle table.
        let handle = unsafe { GetStdHandle(which) };
        handle.is_null() || handle == INVALID_HANDLE_VALUE
    };
    if !missing(STD_OUTPUT_HANDLE) && !missing(STD_ERROR_HANDLE) {
        return;
    }
    // SAFETY: takes a constant, no pointers; fails (returns 0) when the parent has no console.
    if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
        return;
    }
    for which in [STD_OUTPUT_HANDLE, STD_ERROR_HANDLE] {
        if missing(which)
            && let Ok(console) = std::fs::OpenOptions::new().write(true).open("CONOUT$")
        {
            // SAFETY: the handle is an open console handle whose ownership is given up
            // (`into_raw_handle`), so it is never closed and stays valid until exit.
            unsafe { SetStdHandle(which, console.into_raw_handle()) };
        }
    }
}

/// Nothing to do outside Windows: a program has its terminal's output already.
#[cfg(not(windows))]
pub fn attach_parent() {}
