//! Why a project file could not be read or written, as data and as sentences in every language.

use crate::format;
use crate::i18n::{IoText as T, Key, Language, fill};
use crate::model::{MAX_KRONER, Money, MoneyError, Quantity};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

/// What went wrong in the JSON text itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// The content is not JSON at all (binary data, plain text, another format).
    NotJson,
    /// The file ends before the JSON does.
    Truncated,
    /// More text follows the end of the project.
    TrailingCharacters,
    /// Arrays or objects nested deeper than the parser allows.
    TooDeep,
    /// A value was expected.
    ExpectedValue,
    /// `:` missing after a field name.
    ExpectedColon,
    /// `,` or `}` missing.
    ExpectedCommaOrBrace,
    /// `,` or `]` missing.
    ExpectedCommaOrBracket,
    /// A field name without double quotes.
    KeyMustBeString,
    /// A comma after the last element.
    TrailingComma,
    /// A raw line break or control character inside a string.
    ControlCharacter,
    /// A bad backslash escape.
    InvalidEscape,
    /// A malformed number.
    InvalidNumber,
    /// A number too large to read.
    NumberOutOfRange,
    /// A bad `\u` escape.
    InvalidUnicode,
    /// A bare word other than `true`, `false`, `null`.
    ExpectedIdent,
    /// Anything else; the parser's own (English) text.
    Other(String),
}

/// The kind of a JSON value, as found in a file or expected by Gevinst.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// A string.
    Text,
    /// A whole number.
    Integer,
    /// A whole number, zero or more.
    NonNegativeInteger,
    /// A number.
    Number,
    /// `true` or `false`.
    Bool,
    /// An array.
    List,
    /// An object.
    Object,
    /// `null`.
    Null,
    /// An amount in kroner.
    Money,
    /// A date (`YYYY-MM-DD`).
    Date,
    /// A date and time (RFC 3339).
    Timestamp,
    /// A decimal number as a string.
    Decimal,
    /// A UUID.
    Id,
    /// One of a fixed set of words.
    Choice,
}

impl ValueKind {
    fn text(self, lang: Language) -> &'static str {
        let key = match self {
            ValueKind::Text => T::KindText,
            ValueKind::Integer => T::KindInteger,
            ValueKind::NonNegativeInteger => T::KindNonNegativeInteger,
            ValueKind::Number => T::KindNumber,
            ValueKind::Bool => T::KindBool,
            ValueKind::List => T::KindList,
            ValueKind::Object => T::KindObject,
            ValueKind::Null => T::KindNull,
            ValueKind::Money => T::KindMoney,
            ValueKind::Date => T::KindDate,
            ValueKind::Timestamp => T::KindTimestamp,
            ValueKind::Decimal => T::KindDecimal,
            ValueKind::Id => T::KindId,
            ValueKind::Choice => T::KindChoice,
        };
        key.text(lang)
    }
}

/// A value found in a file where another kind was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A string with this content.
    Text(String),
    /// A number, as written.
    Number(String),
    /// `true` or `false`.
    Bool(bool),
    /// Another kind of value (list, object, null).
    Kind(ValueKind),
}

impl Found {
    fn text(&self, lang: Language) -> String {
        match self {
            Found::Text(v) => fill(T::FoundText.text(lang), &[("value", &shorten(v))]),
            Found::Number(v) => fill(T::FoundNumber.text(lang), &[("value", v)]),
            Found::Bool(b) => fill(T::FoundBool.text(lang), &[("value", &b.to_string())]),
            Found::Kind(k) => k.text(lang).to_owned(),
        }
    }
}

/// What is wrong with a value in a syntactically valid file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataProblem {
    /// A word that is not one of the allowed values.
    UnknownValue {
        /// The word found.
        value: String,
        /// The allowed words.
        expected: Vec<String>,
    },
    /// A field Gevinst does not know (often a typo).
    UnknownField {
        /// The field name found.
        field: String,
        /// The known field it most resembles.
        suggestion: Option<String>,
    },
    /// A required field is missing.
    MissingField {
        /// The missing field.
        field: String,
    },
    /// A field appears twice in one object.
    DuplicateField {
        /// The repeated field.
        field: String,
    },
    /// A value of the wrong kind.
    WrongType {
        /// What Gevinst expected.
        expected: ValueKind,
        /// What the file has.
        found: Found,
    },
    /// An amount that cannot be read.
    Money {
        /// The text found.
        value: String,
        /// Why it cannot be read.
        error: MoneyError,
    },
    /// A text that is not a date.
    BadDate {
        /// The text found.
        value: String,
    },
    /// A text that is not a timestamp.
    BadTimestamp {
        /// The text found.
        value: String,
    },
    /// A text that is not a decimal number.
    BadNumber {
        /// The text found.
        value: String,
    },
    /// A text that is not a UUID.
    BadId {
        /// The text found.
        value: String,
    },
    /// A number outside the range of the field.
    OutOfRange {
        /// The number found.
        value: String,
        /// What the field accepts.
        expected: ValueKind,
    },
    /// A decimal outside the bounds of its quantity.
    OutOfBounds {
        /// The number found.
        value: String,
        /// The quantity, with its bounds.
        quantity: Quantity,
    },
    /// Anything else: the deserializer's own (English) text, as a last resort.
    Other {
        /// The raw detail.
        detail: String,
    },
}

/// Long values are cut in messages so that a line stays readable.
fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(MAX).collect();
        out.push('…');
        out
    }
}

impl DataProblem {
    fn text(&self, path: &str, lang: Language) -> String {
        let path = if path.is_empty() || path == "." {
            T::TopLevel.text(lang).to_owned()
        } else {
            path.to_owned()
        };
        let p = path.as_str();
        match self {
            DataProblem::UnknownValue { value, expected } => fill(
                T::UnknownValue.text(lang),
                &[
                    ("value", &shorten(value)),
                    ("path", p),
                    ("expected", &expected.join(", ")),
                ],
            ),
            DataProblem::UnknownField { field, suggestion } => {
                let mut s = fill(
                    T::UnknownField.text(lang),
                    &[("field", &shorten(field)), ("path", p)],
                );
                if let Some(sug) = suggestion {
                    s.push(' ');
                    s.push_str(&fill(T::DidYouMean.text(lang), &[("suggestion", sug)]));
                }
                s
            }
            DataProblem::MissingField { field } => {
                fill(T::MissingField.text(lang), &[("field", field), ("path", p)])
            }
            DataProblem::DuplicateField { field } => fill(
                T::DuplicateField.text(lang),
                &[("field", field), ("path", p)],
            ),
            DataProblem::WrongType { expected, found } => fill(
                T::WrongType.text(lang),
                &[
                    ("path", p),
                    ("expected", expected.text(lang)),
                    ("found", &found.text(lang)),
                ],
            ),
            DataProblem::Money { value, error } => {
                let value = shorten(value);
                match error {
                    MoneyError::TooManyDecimals(_) => fill(
                        T::MoneyDecimals.text(lang),
                        &[("value", &value), ("path", p)],
                    ),
                    MoneyError::Overflow => fill(
                        T::MoneyTooLarge.text(lang),
                        &[
                            ("value", &value),
                            ("path", p),
                            (
                                "max",
                                &format::money(Money::from_ore(MAX_KRONER * 100), lang),
                            ),
                        ],
                    ),
                    MoneyError::Invalid(_) => fill(
                        T::MoneyInvalid.text(lang),
                        &[("value", &value), ("path", p)],
                    ),
                }
            }
            DataProblem::BadDate { value } => fill(
                T::BadDate.text(lang),
                &[("value", &shorten(value)), ("path", p)],
            ),
            DataProblem::BadTimestamp { value } => fill(
                T::BadTimestamp.text(lang),
                &[("value", &shorten(value)), ("path", p)],
            ),
            DataProblem::BadNumber { value } => fill(
                T::BadNumber.text(lang),
                &[("value", &shorten(value)), ("path", p)],
            ),
            DataProblem::BadId { value } => fill(
                T::BadId.text(lang),
                &[("value", &shorten(value)), ("path", p)],
            ),
            DataProblem::OutOfRange { value, expected } => fill(
                T::OutOfRange.text(lang),
                &[
                    ("value", &shorten(value)),
                    ("path", p),
                    ("expected", expected.text(lang)),
                ],
            ),
            DataProblem::OutOfBounds { value, quantity } => fill(
                T::OutOfBounds.text(lang),
                &[
                    ("quantity", crate::i18n::quantity_name(*quantity, lang)),
                    ("min", &crate::i18n::bound_text(quantity.min(), lang)),
                    ("max", &crate::i18n::bound_text(quantity.max(), lang)),
                    ("path", p),
                    ("value", &shorten(value)),
                ],
            ),
            DataProblem::Other { detail } => {
                fill(T::OtherData.text(lang), &[("path", p), ("detail", detail)])
            }
        }
    }
}

/// Why a project file could not be opened. Every variant names the file; [`LoadError::message`]
/// says it in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The file does not exist.
    NotFound {
        /// The file, as given.
        file: String,
    },
    /// No permission to read the file.
    PermissionDenied {
        /// The file, as given.
        file: String,
    },
    /// A folder was given.
    IsDirectory {
        /// The file, as given.
        file: String,
    },
    /// The file is larger than [`super::MAX_FILE_BYTES`].
    TooLarge {
        /// The file, as given.
        file: String,
        /// Its size in bytes (at least; a growing file may be larger).
        size: u64,
    },
    /// Another error from the operating system.
    Read {
        /// The file, as given.
        file: String,
        /// The system's description.
        detail: String,
    },
    /// The file is empty (or holds only spaces).
    Empty {
        /// The file, as given.
        file: String,
    },
    /// The file is UTF-16 text.
    Utf16 {
        /// The file, as given.
        file: String,
    },
    /// The file has bytes that are not UTF-8.
    NotUtf8 {
        /// The file, as given.
        file: String,
        /// Line of the first bad byte (from 1).
        line: usize,
        /// Column of the first bad byte (from 1).
        column: usize,
    },
    /// The JSON text is broken.
    Syntax {
        /// The file, as given.
        file: String,
        /// Line (from 1).
        line: usize,
        /// Column (from 1).
        column: usize,
        /// What is wrong.
        problem: SyntaxProblem,
    },
    /// Valid JSON, but not an object at the top.
    NotAProject {
        /// The file, as given.
        file: String,
        /// What the top level is.
        found: ValueKind,
    },
    /// An object without `schema_version`.
    NoSchemaVersion {
        /// The file, as given.
        file: String,
    },
    /// `schema_version` is not a whole number.
    BadSchemaVersion {
        /// The file, as given.
        file: String,
        /// The value found, as JSON.
        value: String,
    },
    /// Written by a newer version of Gevinst. Can be opened read-only with
    /// [`super::LoadOptions::allow_newer`].
    NewerVersion {
        /// The file, as given.
        file: String,
        /// The file's schema version.
        found: u32,
        /// The newest schema version this build reads.
        supported: u32,
    },
    /// A value in the file is wrong.
    Invalid {
        /// The file, as given.
        file: String,
        /// Line (from 1), when known.
        line: Option<usize>,
        /// Column (from 1), when known.
        column: Option<usize>,
        /// The field path, e.g. `measures[3].status` (`.` for the top level).
        path: String,
        /// What is wrong.
        problem: Box<DataProblem>,
        /// Set when the error was found after converting an older file.
        migrated_from: Option<u32>,
    },
}

/// The size of a file in megabytes, as people say it: `64 MB`, `0,5 MB`.
fn megabytes(bytes: u64, lang: Language) -> String {
    let mb = Decimal::from(bytes)
        .checked_div(Decimal::from(1_048_576))
        .unwrap_or_default();
    format!("{}{}MB", format::decimal(mb, 1, lang), format::NBSP)
}

impl LoadError {
    /// The file the error is about, as given.
    pub fn file(&self) -> &str {
        match self {
            LoadError::NotFound { file }
            | LoadError::PermissionDenied { file }
            | LoadError::IsDirectory { file }
            | LoadError::TooLarge { file, .. }
            | LoadError::Read { file, .. }
            | LoadError::Empty { file }
            | LoadError::Utf16 { file }
            | LoadError::NotUtf8 { file, .. }
            | LoadError::Syntax { file, .. }
            | LoadError::NotAProject { file, .. }
            | LoadError::NoSchemaVersion { file }
            | LoadError::BadSchemaVersion { file, .. }
            | LoadError::NewerVersion { file, .. }
            | LoadError::Invalid { file, .. } => file,
        }
    }

    /// The error as a sentence (or two) in a language, naming the file and, where it applies,
    /// the line, column and field path.
    pub fn message(&self, lang: Language) -> String {
        let file = self.file();
        let f = |key: T, extra: &[(&str, &str)]| {
            let mut args = vec![("file", file)];
            args.extend_from_slice(extra);
            fill(key.text(lang), &args)
        };
        match self {
            LoadError::NotFound { .. } => f(T::NotFound, &[]),
            LoadError::PermissionDenied { .. } => f(T::PermissionDenied, &[]),
            LoadError::IsDirectory { .. } => f(T::IsDirectory, &[]),
            LoadError::TooLarge { size, .. } => f(
                T::TooLarge,
                &[
                    ("size", &megabytes(*size, lang)),
                    ("limit", &megabytes(super::MAX_FILE_BYTES, lang)),
                ],
            ),
            LoadError::Read { detail, .. } => f(T::ReadFailed, &[("detail", detail)]),
            LoadError::Empty { .. } => f(T::Empty, &[]),
            LoadError::Utf16 { .. } => f(T::Utf16, &[]),
            LoadError::NotUtf8 { line, column, .. } => f(
                T::NotUtf8,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            LoadError::Syntax {
                line,
                column,
                problem,
                ..
            } => {
                let line = line.to_string();
                let column = column.to_string();
                let pos = [("line", line.as_str()), ("column", column.as_str())];
                let backup = format!("{file}.bak");
                let key = match problem {
                    SyntaxProblem::NotJson => return f(T::NotJson, &pos),
                    SyntaxProblem::Truncated => {
                        return f(T::Truncated, &[pos[0], pos[1], ("backup", &backup)]);
                    }
                    SyntaxProblem::TrailingCharacters => return f(T::TrailingCharacters, &pos),
                    SyntaxProblem::TooDeep => return f(T::TooDeep, &pos),
                    SyntaxProblem::ExpectedValue => T::SynExpectedValue,
                    SyntaxProblem::ExpectedColon => T::SynExpectedColon,
                    SyntaxProblem::ExpectedCommaOrBrace => T::SynExpectedCommaOrBrace,
                    SyntaxProblem::ExpectedCommaOrBracket => T::SynExpectedCommaOrBracket,
                    SyntaxProblem::KeyMustBeString => T::SynKeyMustBeString,
                    SyntaxProblem::TrailingComma => T::SynTrailingComma,
                    SyntaxProblem::ControlCharacter => T::SynControlCharacter,
                    SyntaxProblem::InvalidEscape => T::SynInvalidEscape,
                    SyntaxProblem::InvalidNumber => T::SynInvalidNumber,
                    SyntaxProblem::NumberOutOfRange => T::SynNumberOutOfRange,
                    SyntaxProblem::InvalidUnicode => T::SynInvalidUnicode,
                    SyntaxProblem::ExpectedIdent => T::SynExpectedIdent,
                    SyntaxProblem::Other(raw) => {
                        return f(T::Syntax, &[pos[0], pos[1], ("problem", raw)]);
                    }
                };
                f(T::Syntax, &[pos[0], pos[1], ("problem", key.text(lang))])
            }
            LoadError::NotAProject { found, .. } => {
                f(T::NotAProject, &[("found", found.text(lang))])
            }
            LoadError::NoSchemaVersion { .. } => f(T::NoSchemaVersion, &[]),
            LoadError::BadSchemaVersion { value, .. } => {
                f(T::BadSchemaVersion, &[("value", &shorten(value))])
            }
            LoadError::NewerVersion {
                found, supported, ..
            } => {
                let found_s = found.to_string();
                let supported_s = supported.to_string();
                match super::first_gevinst_writing(*found) {
                    Some(needed) => f(
                        T::NewerVersion,
                        &[
                            ("found", &found_s),
                            ("supported", &supported_s),
                            ("needed", needed),
                        ],
                    ),
                    None => f(
                        T::NewerVersionUnknown,
                        &[
                            ("found", &found_s),
                            ("supported", &supported_s),
                            ("current", env!("CARGO_PKG_VERSION")),
                        ],
                    ),
                }
            }
            LoadError::Invalid {
                line,
                column,
                path,
                problem,
                migrated_from,
                ..
            } => {
                let problem = problem.text(path, lang);
                let mut s = match (line, column) {
                    (Some(l), Some(c)) => f(
                        T::InvalidAt,
                        &[
                            ("line", &l.to_string()),
                            ("column", &c.to_string()),
                            ("problem", &problem),
                        ],
                    ),
                    _ => f(T::InvalidIn, &[("problem", &problem)]),
                };
                if let Some(from) = migrated_from {
                    s.push(' ');
                    s.push_str(&fill(
                        T::AfterMigration.text(lang),
                        &[("from", &from.to_string())],
                    ));
                }
                s
            }
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::Nb))
    }
}

impl std::error::Error for LoadError {}

/// Why a save failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveErrorKind {
    /// No write permission, or a read-only file, folder or disk.
    ReadOnly,
    /// The disk is full.
    DiskFull,
    /// The name is a folder.
    IsDirectory,
    /// The folder does not exist.
    FolderMissing,
    /// The file there was written by a newer Gevinst; it is never overwritten.
    NewerFile {
        /// Its schema version.
        found: u32,
    },
    /// Anything else; the system's description.
    Other(String),
}

impl SaveErrorKind {
    /// Classify an operating-system error.
    pub fn from_io(e: &std::io::Error) -> SaveErrorKind {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::PermissionDenied | K::ReadOnlyFilesystem => SaveErrorKind::ReadOnly,
            K::StorageFull | K::QuotaExceeded | K::FileTooLarge => SaveErrorKind::DiskFull,
            K::IsADirectory => SaveErrorKind::IsDirectory,
            K::NotFound => SaveErrorKind::FolderMissing,
            _ => SaveErrorKind::Other(e.to_string()),
        }
    }
}

/// A project file could not be saved. The previous file, if any, is untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveError {
    /// The file that was being saved.
    pub file: PathBuf,
    /// Set when writing the backup copy (`<name>.bak`) failed; the file itself was not touched.
    pub backup: Option<PathBuf>,
    /// What went wrong.
    pub kind: SaveErrorKind,
}

impl SaveError {
    pub(super) fn new(file: &Path, kind: SaveErrorKind) -> SaveError {
        SaveError {
            file: file.to_path_buf(),
            backup: None,
            kind,
        }
    }

    /// The error in a language, naming the file, ending with the reassurance that the previous
    /// version is untouched.
    pub fn message(&self, lang: Language) -> String {
        let failed = self.backup.as_deref().unwrap_or(&self.file);
        let name = failed.display().to_string();
        let file = [("file", name.as_str())];
        let mut s = match &self.kind {
            SaveErrorKind::ReadOnly => fill(T::SaveReadOnly.text(lang), &file),
            SaveErrorKind::DiskFull => fill(T::SaveDiskFull.text(lang), &file),
            SaveErrorKind::IsDirectory => fill(T::SaveIsDirectory.text(lang), &file),
            SaveErrorKind::FolderMissing => {
                let folder = failed
                    .parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                fill(
                    T::SaveFolderMissing.text(lang),
                    &[file[0], ("folder", &folder)],
                )
            }
            SaveErrorKind::NewerFile { found } => fill(
                T::SaveNewerFile.text(lang),
                &[file[0], ("found", &found.to_string())],
            ),
            SaveErrorKind::Other(detail) => {
                fill(T::SaveFailed.text(lang), &[file[0], ("detail", detail)])
            }
        };
        if let Some(b) = &self.backup {
            s.push(' ');
            s.push_str(&fill(
                T::SaveBackupFailed.text(lang),
                &[("backup", &b.display().to_string())],
            ));
        }
        if !matches!(self.kind, SaveErrorKind::IsDirectory) {
            s.push(' ');
            s.push_str(&fill(
                T::SaveOldUntouched.text(lang),
                &[("file", &self.file.display().to_string())],
            ));
        }
        s
    }
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::Nb))
    }
}

impl std::error::Error for SaveError {}
