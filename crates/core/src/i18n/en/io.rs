//! Messages about project files in English.

use crate::i18n::IoText as T;

pub(crate) fn text(key: T) -> &'static str {
    match key {
        T::NotFound => "The file “{file}” was not found.",
        T::PermissionDenied => {
            "Gevinst is not allowed to read “{file}”. Check that you have read access to the file and its folder."
        }
        T::IsDirectory => "“{file}” is a folder, not a project file.",
        T::TooLarge => {
            "“{file}” is too large ({size}). Gevinst opens project files of up to {limit}; this is probably not a project file."
        }
        T::ReadFailed => "Could not read “{file}”: {detail}",
        T::Empty => "“{file}” is empty and holds no project.",
        T::Utf16 => {
            "“{file}” is saved as UTF-16. Gevinst reads project files in UTF-8: save the file with the UTF-8 encoding and try again."
        }
        T::NotUtf8 => {
            "“{file}” is not saved as UTF-8 text: invalid character encoding at line {line}, column {column}. The file is damaged or saved with the wrong encoding."
        }
        T::NotJson => {
            "“{file}” is not a Gevinst project file: its content is not JSON (line {line}, column {column})."
        }
        T::Truncated => {
            "“{file}” ends in the middle of its content (line {line}, column {column}). The file was probably cut short, for example by an interrupted copy. If the backup “{backup}” exists, you can open it instead."
        }
        T::TrailingCharacters => {
            "“{file}” has more content after the end of the project (line {line}, column {column}). Were two files pasted together?"
        }
        T::TooDeep => {
            "“{file}” is nested too deeply (line {line}, column {column}) and is not a valid Gevinst project file."
        }
        T::Syntax => "“{file}” has a JSON syntax error at line {line}, column {column}: {problem}.",
        T::SynExpectedValue => "a value was expected here",
        T::SynExpectedColon => "“:” is missing after the field name",
        T::SynExpectedCommaOrBrace => "“,” between fields or “}” at the end is missing",
        T::SynExpectedCommaOrBracket => "“,” between elements or “]” at the end is missing",
        T::SynKeyMustBeString => "field names must be in double quotes (\"name\")",
        T::SynTrailingComma => "there is a comma after the last element",
        T::SynControlCharacter => {
            "a line break or control character is inside a text (write line breaks as \\n)"
        }
        T::SynInvalidEscape => "invalid use of a backslash (\\) in a text",
        T::SynInvalidNumber => "invalid number",
        T::SynNumberOutOfRange => "the number is too large",
        T::SynInvalidUnicode => "invalid Unicode character in a text",
        T::SynExpectedIdent => "unknown word; only true, false and null may stand without quotes",
        T::NotAProject => {
            "“{file}” is JSON but not a Gevinst project: the file holds {found}, but a project is an object { … } with the field “schema_version”."
        }
        T::NoSchemaVersion => {
            "“{file}” is JSON but not a Gevinst project: the field “schema_version” is missing."
        }
        T::BadSchemaVersion => {
            "“{file}” has an invalid “schema_version”: {value}. It must be a whole number, for example 1."
        }
        T::NewerVersion => {
            "“{file}” was made with a newer version of Gevinst (file format {found}). This version reads file format {supported} and older. Install Gevinst {needed} or later to open the file, or open it read-only."
        }
        T::NewerVersionUnknown => {
            "“{file}” was made with a newer version of Gevinst (file format {found}). This version reads file format {supported} and older. Install a version of Gevinst newer than {current} to open the file, or open it read-only."
        }
        T::InvalidAt => "Error in “{file}” at line {line}, column {column}: {problem}",
        T::InvalidIn => "Error in “{file}”: {problem}",
        T::AfterMigration => {
            "(The error was found after converting from file format {from}; the place refers to the new format.)"
        }
        T::TopLevel => "the project (top level)",
        T::UnknownValue => "unknown value “{value}” in {path}; valid values are {expected}.",
        T::UnknownField => "unknown field “{field}” in {path}.",
        T::DidYouMean => "Did you mean “{suggestion}”?",
        T::MissingField => "the field “{field}” is missing in {path}.",
        T::DuplicateField => "the field “{field}” appears twice in {path}.",
        T::WrongType => "wrong kind of value in {path}: expected {expected}, found {found}.",
        T::MoneyInvalid => {
            "“{value}” in {path} is not a valid amount. Write amounts in kroner as text with a point before the øre, for example \"1250000.50\"."
        }
        T::MoneyDecimals => {
            "the amount “{value}” in {path} has more than two decimals; amounts are kept in whole øre."
        }
        T::MoneyTooLarge => {
            "the amount “{value}” in {path} is too large; Gevinst accepts amounts of up to {max}."
        }
        T::BadDate => {
            "“{value}” in {path} is not a valid date. Dates are written YYYY-MM-DD, for example \"2026-06-30\"."
        }
        T::BadTimestamp => {
            "“{value}” in {path} is not a valid timestamp. Write for example \"2026-06-30T12:00:00Z\"."
        }
        T::BadNumber => {
            "“{value}” in {path} is not a valid number. Write numbers as text with a point as the decimal separator, for example \"12.5\"."
        }
        T::BadId => "“{value}” in {path} is not a valid id (UUID).",
        T::OutOfBounds => {
            "{quantity} must be between {min} and {max} in {path}; the file has “{value}”."
        }
        T::OutOfRange => "the value {value} in {path} is not allowed here; expected {expected}.",
        T::OtherData => "invalid content in {path} ({detail}).",
        T::KindText => "text",
        T::KindInteger => "a whole number",
        T::KindNonNegativeInteger => "a whole number that is not negative",
        T::KindNumber => "a number",
        T::KindBool => "true or false",
        T::KindList => "a list [ … ]",
        T::KindObject => "an object { … }",
        T::KindNull => "null",
        T::KindMoney => "an amount as text, for example \"1250000.50\"",
        T::KindDate => "a date as text, for example \"2026-06-30\"",
        T::KindTimestamp => "a timestamp as text, for example \"2026-06-30T12:00:00Z\"",
        T::KindDecimal => "a number as text, for example \"12.5\"",
        T::KindId => "an id (UUID) as text",
        T::KindChoice => "one of the fixed values",
        T::FoundText => "the text “{value}”",
        T::FoundNumber => "the number {value}",
        T::FoundBool => "{value}",
        T::MigratedNotice => {
            "“{file}” was made with an older version of Gevinst (file format {from}) and has been converted. Saving will write the new format."
        }
        T::NewerReadOnlyNotice => {
            "“{file}” was made with a newer version of Gevinst (file format {found}) and is open read-only. Gevinst will not save over it; use “Save as” to save a copy."
        }
        T::DroppedFields => "Left out because this version does not know them: {fields}.",
        T::SaveReadOnly => {
            "Could not save “{file}”: the file or folder is read-only, or you lack write access. Save elsewhere with “Save as”."
        }
        T::SaveDiskFull => {
            "Could not save “{file}”: the disk is full. Free some space or save elsewhere."
        }
        T::SaveIsDirectory => "Could not save: “{file}” is a folder. Choose a file name.",
        T::SaveFolderMissing => "Could not save “{file}”: the folder “{folder}” does not exist.",
        T::SaveNewerFile => {
            "Did not save over “{file}”: the file was made with a newer version of Gevinst (file format {found}). Save under another name."
        }
        T::SaveFailed => "Could not save “{file}”: {detail}",
        T::SaveBackupFailed => "The backup “{backup}” could not be written.",
        T::SaveOldUntouched => "The previous version of “{file}” is unchanged.",
    }
}
