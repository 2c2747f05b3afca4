//! One term for one concept: every text of each language, read from the string literals of
//! its folder (`src/i18n/nb`, `nn`, `en`: the app, the findings, the report, the help and the
//! command line), holds none of the variants the glossary (`i18n::glossary`) rejects.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use gevinst_core::i18n::{Language, rejected_in};
use std::fs;
use std::path::Path;

/// The string literals of Rust source, comments left out: `"…"` with its escapes and
/// `r#"…"#`; character literals and lifetimes are skipped.
fn string_literals(src: &str) -> Vec<String> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '\'' => {
                // 'x', '\n', '\'' or '\u{a0}'; a lifetime has no closing quote.
                if chars.get(i + 1) == Some(&'\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' if matches!(chars.get(i + 1), Some('"' | '#'))
                && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let close: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let rest: String = chars[j + 1..].iter().collect();
                let end = rest.find(&close).unwrap();
                out.push(rest[..end].to_owned());
                i = j + 1 + rest[..end].chars().count() + close.chars().count();
            }
            '"' => {
                let mut s = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                        // An escape stands for one character; a line continuation for none.
                        match chars.get(i) {
                            Some('n') => s.push('\n'),
                            Some('\n') => {}
                            Some(c) => s.push(*c),
                            None => {}
                        }
                    } else {
                        s.push(chars[i]);
                    }
                    i += 1;
                }
                i += 1;
                out.push(s);
            }
            _ => i += 1,
        }
    }
    out
}

#[test]
fn literals_are_read_as_written() {
    let src = r##"
        // "not this"
        fn f<'a>(c: char) -> &'a str { if c == '"' { "a \"b\"" } else { r#"c "d""# } }
        R::X => "one\
                 two",
    "##;
    assert_eq!(
        string_literals(src),
        ["a \"b\"", "c \"d\"", "one                 two"]
    );
}

#[test]
fn no_text_uses_a_rejected_variant() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n");
    let mut problems = Vec::new();
    for lang in Language::ALL {
        let dir = root.join(lang.code());
        let mut texts = 0;
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let src = fs::read_to_string(&path).unwrap();
            for text in string_literals(&src) {
                texts += 1;
                for (variant, preferred) in rejected_in(lang, &text) {
                    problems.push(format!(
                        "{}: «{variant}» where the glossary says «{preferred}»: {text}",
                        path.display()
                    ));
                }
            }
        }
        // Every area's table is there: hundreds of texts per language.
        assert!(texts > 500, "only {texts} texts in {}", dir.display());
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
