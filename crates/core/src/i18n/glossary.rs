//! One term for one concept in each language: the preferred term and the variants that must
//! not appear in that language's texts (a bokmål form in nynorsk, a synonym that would make a
//! reader wonder whether two things are meant). The terms follow the glossary of the product
//! brief; `crates/core/tests/glossary.rs` reads every text of each language and fails on a
//! rejected variant.

use crate::model::Language;

/// A concept's preferred term in one language, and the variants rejected for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GlossaryEntry {
    /// The term to use.
    pub preferred: &'static str,
    /// Variants that must not appear (case-insensitive, as whole words; one ending in `*`
    /// matches every word that begins so).
    pub rejected: &'static [&'static str],
}

const fn e(preferred: &'static str, rejected: &'static [&'static str]) -> GlossaryEntry {
    GlossaryEntry {
        preferred,
        rejected,
    }
}

const NB: &[GlossaryEntry] = &[
    e("brukerorientert", &["brukerrettet*", "brukarorient*"]),
    e("re-designe", &["redesign*"]),
    e("straksavgjørelse", &["straksvedtak*", "straksavgjerd*"]),
    e("selvbetjening", &["sjølvbetening", "sjølvbetjening"]),
    e("saksbehandling", &["sakshandsaming*"]),
    e("gevinstansvarlig", &["gevinsteier*", "gevinstansvarleg*"]),
    e("kroneår", &["prisår*"]),
    e("årsverk", &["fulltidsekvivalent*"]),
    e(
        "virksomhet",
        &["etat", "etaten", "etater", "etatene", "verksemd*"],
    ),
    e("netto nåverdi", &["noverdi*", "nettonåverdi*"]),
    e("tjeneste", &["teneste*"]),
    e("skrivebeskyttet", &["skriveverna", "skrivebeskytta"]),
    e("begrunnelse", &["grunngiving*", "grunngjeving*"]),
    // Nynorsk words in a bokmål text.
    e("ikke", &["ikkje"]),
    e("hva", &["kva"]),
    e("hvordan", &["korleis"]),
    e("fra", &["frå"]),
    e("bare", &["berre"]),
    e("ennå", &["enno"]),
    e("være", &["vere"]),
];

const NN: &[GlossaryEntry] = &[
    e("brukarorientert", &["brukarretta*", "brukerorient*"]),
    e("re-designe", &["redesign*"]),
    e("løner (seg)", &["lønner"]),
    e("svarar til", &["svarer"]),
    e("svara (på)", &["svart på", "punkt svart", "punkt svarte"]),
    e("skriveverna", &["skrivebeskytt*"]),
    e("gjer greie for, skildre", &["beskriv*"]),
    e("kor eigna tenestene er", &["eignaheit*", "eignaskap*"]),
    e("straksavgjerd", &["straksavgjørelse*", "straksvedtak*"]),
    e("sjølvbetening", &["selvbetjening*", "sjølvbetjening*"]),
    e("sakshandsaming", &["saksbehandling*"]),
    e("gevinstansvarleg", &["gevinstansvarlig*", "gevinsteigar*"]),
    e("årsverk", &["fulltidsekvivalent*"]),
    e("verksemd", &["virksomhet*"]),
    e("netto noverdi", &["nåverdi*"]),
    e("teneste", &["tjeneste*"]),
    e("tenestekjede", &["tjenestekjede*"]),
    e("grunngiving", &["grunngjeving*", "begrunn*"]),
    e("digitalt førsteval", &["førstevalg"]),
    // Bokmål words in a nynorsk text.
    e("ikkje", &["ikke"]),
    e("kva", &["hva"]),
    e("korleis", &["hvordan"]),
    e("kva for", &["hvilke", "hvilken", "hvilket"]),
    e("nokon", &["noen"]),
    e("vart, blei", &["ble"]),
    e("vere", &["være"]),
    e("frå", &["fra"]),
    e("berre", &["bare"]),
    e("enno", &["ennå"]),
    e("viss, om", &["hvis"]),
    e("deira", &["deres"]),
    e("mykje", &["mye"]),
];

const EN: &[GlossaryEntry] = &[
    e(
        "user-oriented",
        &["user-centred", "user-centered", "user-friendly"],
    ),
    e("redesign", &["re-design*"]),
    e("efficiency measure", &["effectivisation measure*"]),
    e("digitalise", &["digitize*", "digitise*", "digitaliz*"]),
    e("realisation", &["realiz*"]),
    e("full-time equivalent (FTE)", &["man-year*", "person-year*"]),
    e("benefit owner", &["gain owner*"]),
    e("net present value", &["net present worth"]),
];

/// The glossary of a language.
pub fn glossary(lang: Language) -> &'static [GlossaryEntry] {
    match lang {
        Language::Nb => NB,
        Language::Nn => NN,
        Language::En => EN,
    }
}

/// Whether `c` continues a word (so that a match next to it is part of a longer word).
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Whether `text` holds `variant` (see [`GlossaryEntry::rejected`]).
fn holds(text: &str, variant: &str) -> bool {
    let (needle, prefix) = match variant.strip_suffix('*') {
        Some(v) => (v.to_lowercase(), true),
        None => (variant.to_lowercase(), false),
    };
    let hay = text.to_lowercase();
    hay.match_indices(&needle).any(|(at, m)| {
        let before = hay.get(..at).and_then(|s| s.chars().next_back());
        let after = hay
            .get(at.saturating_add(m.len())..)
            .and_then(|s| s.chars().next());
        !before.is_some_and(word_char) && (prefix || !after.is_some_and(word_char))
    })
}

/// The rejected variants that `text` holds in `lang`, each with the term to use instead.
pub fn rejected_in(lang: Language, text: &str) -> Vec<(&'static str, &'static str)> {
    glossary(lang)
        .iter()
        .flat_map(|g| {
            g.rejected
                .iter()
                .filter(|v| holds(text, v))
                .map(|v| (*v, g.preferred))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_match_whole_words_or_prefixes() {
        use Language::{En, Nb, Nn};
        assert_eq!(
            rejected_in(Nn, "Tenesta bør redesignast."),
            [("redesign*", "re-designe")]
        );
        assert!(rejected_in(Nn, "Tenesta bør re-designast.").is_empty());
        assert_eq!(
            rejected_in(Nn, "Det svarer til eitt årsverk."),
            [("svarer", "svarar til")]
        );
        assert!(rejected_in(Nn, "Det svarar til eitt årsverk.").is_empty());
        assert_eq!(
            rejected_in(Nn, "Fila er Skrivebeskytta."),
            [("skrivebeskytt*", "skriveverna")]
        );
        // A word that only begins like a whole-word variant is not it.
        assert!(rejected_in(Nb, "etablert").is_empty());
        assert!(rejected_in(En, "The service is user-oriented.").is_empty());
        assert_eq!(rejected_in(En, "user-friendly").len(), 1);
    }

    #[test]
    fn no_term_is_both_preferred_and_rejected() {
        for lang in Language::ALL {
            for g in glossary(lang) {
                assert!(rejected_in(lang, g.preferred).is_empty(), "{lang:?} {g:?}");
            }
        }
    }
}
