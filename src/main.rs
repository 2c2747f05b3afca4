//! The `gevinst` program: the desktop app, or a command-line tool with a subcommand.

fn main() -> std::process::ExitCode {
    gevinst::cli::main()
}
