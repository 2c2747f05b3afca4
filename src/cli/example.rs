//! `gevinst example -o FILE [--size normal|large]`: write the bundled example or a large project.

use gevinst_core::i18n::{CliText, Key, Language, fill};
use std::path::PathBuf;
use std::process::ExitCode;

/// Which example.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Size {
    /// The bundled example: a fictional directorate with a full year's work.
    Normal,
    /// A large generated project (2 000 measures) for trying performance.
    Large,
}

/// Arguments of `example`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to write the project (e.g. eksempel.gevinst.json).
    #[arg(short, long)]
    pub output: PathBuf,
    /// Which project to write.
    #[arg(long, value_enum, default_value = "normal")]
    pub size: Size,
}

/// Write the project atomically, keeping any previous file as a backup.
pub fn run(args: &Args, lang: Language) -> ExitCode {
    let project = match args.size {
        Size::Normal => gevinst_core::example::project(),
        Size::Large => gevinst_core::example::large(),
    };
    if let Err(e) = gevinst_core::io::save(&project, &args.output) {
        super::print_err(&e.message(lang));
        return ExitCode::from(super::EXIT_FILE);
    }
    let file = args.output.display().to_string();
    let text = match args.size {
        Size::Normal => fill(CliText::ExampleWritten.text(lang), &[("file", &file)]),
        Size::Large => CliText::LargeWritten.fill(
            lang,
            &[
                ("file", (&file).into()),
                ("measures", project.measures.len().into()),
            ],
        ),
    };
    super::print_out(&format!("{text}\n"));
    ExitCode::SUCCESS
}
