//! `gevinst schema`: print the JSON Schema of the project file.

use std::process::ExitCode;

/// Print the schema exactly as committed in `docs/project.schema.json`.
pub fn run() -> ExitCode {
    super::print_out(&gevinst_core::io::json_schema_text());
    ExitCode::SUCCESS
}
