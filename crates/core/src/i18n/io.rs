//! Messages about project files: why a file could not be opened or saved, and notices about
//! converted or newer files. Used by the project-file module (`io`).

use super::key_table;

/// A sentence or phrase about reading or writing a project file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::VariantArray)]
pub enum IoText {
    /// The file does not exist. `{file}`.
    NotFound,
    /// No permission to read. `{file}`.
    PermissionDenied,
    /// A folder was given instead of a file. `{file}`.
    IsDirectory,
    /// Over the size limit. `{file}`, `{size}`, `{limit}`.
    TooLarge,
    /// Another error from the operating system while reading. `{file}`, `{detail}`.
    ReadFailed,
    /// The file is empty. `{file}`.
    Empty,
    /// Saved as UTF-16 (Windows Notepad's "Unicode"). `{file}`.
    Utf16,
    /// Bytes that are not UTF-8. `{file}`, `{line}`, `{column}`.
    NotUtf8,
    /// Not JSON at all. `{file}`, `{line}`, `{column}`.
    NotJson,
    /// The file ends in the middle. `{file}`, `{line}`, `{column}`, `{backup}`.
    Truncated,
    /// More after the end of the project. `{file}`, `{line}`, `{column}`.
    TrailingCharacters,
    /// Nested too deeply. `{file}`, `{line}`, `{column}`.
    TooDeep,
    /// Another JSON syntax error. `{file}`, `{line}`, `{column}`, `{problem}`.
    Syntax,
    /// Syntax problem: a value was expected.
    SynExpectedValue,
    /// Syntax problem: a colon was expected after a field name.
    SynExpectedColon,
    /// Syntax problem: a comma or `}` was expected.
    SynExpectedCommaOrBrace,
    /// Syntax problem: a comma or `]` was expected.
    SynExpectedCommaOrBracket,
    /// Syntax problem: a field name without quotes.
    SynKeyMustBeString,
    /// Syntax problem: a comma after the last element.
    SynTrailingComma,
    /// Syntax problem: a line break or control character inside a text.
    SynControlCharacter,
    /// Syntax problem: a bad backslash escape.
    SynInvalidEscape,
    /// Syntax problem: a malformed number.
    SynInvalidNumber,
    /// Syntax problem: a number too large.
    SynNumberOutOfRange,
    /// Syntax problem: a bad Unicode escape or character.
    SynInvalidUnicode,
    /// Syntax problem: a bare word other than true, false, null.
    SynExpectedIdent,
    /// Valid JSON, but not an object at the top. `{file}`, `{found}`.
    NotAProject,
    /// An object without `schema_version`. `{file}`.
    NoSchemaVersion,
    /// `schema_version` is not a whole number. `{file}`, `{value}`.
    BadSchemaVersion,
    /// Written by a newer Gevinst whose version we know. `{file}`, `{found}`, `{supported}`, `{needed}`.
    NewerVersion,
    /// Written by a newer Gevinst we do not know. `{file}`, `{found}`, `{supported}`, `{current}`.
    NewerVersionUnknown,
    /// A content error with a position. `{file}`, `{line}`, `{column}`, `{problem}`.
    InvalidAt,
    /// A content error without a position. `{file}`, `{problem}`.
    InvalidIn,
    /// Added when the error was found after converting an older file. `{from}`.
    AfterMigration,
    /// The top level of the file, where a path is empty.
    TopLevel,
    /// An enum value that does not exist. `{value}`, `{path}`, `{expected}`.
    UnknownValue,
    /// A field name that does not exist. `{field}`, `{path}`.
    UnknownField,
    /// A suggestion for a mistyped name. `{suggestion}`.
    DidYouMean,
    /// A required field is missing. `{field}`, `{path}`.
    MissingField,
    /// A field appears twice. `{field}`, `{path}`.
    DuplicateField,
    /// The wrong kind of value. `{path}`, `{expected}`, `{found}`.
    WrongType,
    /// An amount that is not a number. `{value}`, `{path}`.
    MoneyInvalid,
    /// An amount with more than two decimals. `{value}`, `{path}`.
    MoneyDecimals,
    /// An amount too large. `{value}`, `{path}`, `{max}`.
    MoneyTooLarge,
    /// A date that is not a date. `{value}`, `{path}`.
    BadDate,
    /// A timestamp that is not a timestamp. `{value}`, `{path}`.
    BadTimestamp,
    /// A decimal number that is not a number. `{value}`, `{path}`.
    BadNumber,
    /// An id that is not a UUID. `{value}`, `{path}`.
    BadId,
    /// A number outside the allowed range. `{value}`, `{path}`, `{expected}`.
    OutOfRange,
    /// A decimal outside its quantity's bounds. `{quantity}`, `{min}`, `{max}`, `{path}`, `{value}`.
    OutOfBounds,
    /// Any other content error; `{detail}` is serde's English text. `{path}`, `{detail}`.
    OtherData,
    /// Kind of value: text.
    KindText,
    /// Kind of value: a whole number.
    KindInteger,
    /// Kind of value: a whole number, zero or more.
    KindNonNegativeInteger,
    /// Kind of value: a number.
    KindNumber,
    /// Kind of value: true or false.
    KindBool,
    /// Kind of value: a list.
    KindList,
    /// Kind of value: an object.
    KindObject,
    /// Kind of value: null.
    KindNull,
    /// Kind of value: an amount in kroner.
    KindMoney,
    /// Kind of value: a date.
    KindDate,
    /// Kind of value: a timestamp.
    KindTimestamp,
    /// Kind of value: a decimal number as text.
    KindDecimal,
    /// Kind of value: an id.
    KindId,
    /// Kind of value: one of a fixed set of words.
    KindChoice,
    /// A found text value. `{value}`.
    FoundText,
    /// A found number. `{value}`.
    FoundNumber,
    /// A found true/false. `{value}`.
    FoundBool,
    /// Notice: an older file was converted. `{file}`, `{from}`.
    MigratedNotice,
    /// Notice: a newer file is open read-only. `{file}`, `{found}`.
    NewerReadOnlyNotice,
    /// Notice: what was left out of a newer file. `{fields}`.
    DroppedFields,
    /// Saving failed: no write permission or read-only. `{file}`.
    SaveReadOnly,
    /// Saving failed: the disk is full. `{file}`.
    SaveDiskFull,
    /// Saving failed: the name is a folder. `{file}`.
    SaveIsDirectory,
    /// Saving failed: the folder does not exist. `{file}`, `{folder}`.
    SaveFolderMissing,
    /// Saving refused: the file there is from a newer Gevinst. `{file}`, `{found}`.
    SaveNewerFile,
    /// Saving failed for another reason. `{file}`, `{detail}`.
    SaveFailed,
    /// Saving the backup copy failed; the sentence before says why. `{backup}`.
    SaveBackupFailed,
    /// After a failed save: the previous file is untouched. `{file}`.
    SaveOldUntouched,
}

key_table!(IoText, io::text);
