//! The `gevinst` program: the desktop app, or a command-line tool with a subcommand.
//!
//! On Windows the program with the app is a GUI-subsystem executable: a double-click opens no
//! console window behind the app, and a subcommand borrows the shell's console ([`console`]).
#![cfg_attr(all(windows, feature = "app"), windows_subsystem = "windows")]

mod cli;
mod console;

/// mimalloc instead of the system allocator: laying out and writing a long report allocates
/// millions of small strings, and it is markedly faster at that on Windows and Linux alike
/// (see docs/benchmarks.md, "Report").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
