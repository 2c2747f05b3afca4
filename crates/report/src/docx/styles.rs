//! The styles (`word/styles.xml`) and the core properties (`docProps/core.xml`), written here
//! rather than through docx-rs, which can set neither the language nor the built-in names.
//!
//! Every look is in a style, defined once: headings are Word's built-in `Heading1`–`Heading4`
//! (names "heading 1" …, with outline levels, so the navigation pane and Word's own table of
//! contents find them), body text is `Normal`, captions are `Caption`, and the report's own
//! paragraphs (notes, facts, callouts, table text) have styles named "Gevinst …". Pasted into
//! an annual report with the destination's styles, the built-in ones take the agency's look.

use super::text::escape;
use chrono::{DateTime, SecondsFormat, Utc};
use gevinst_core::model::Language;

/// The report's colours as Word writes them.
const HEADING: &str = "0B355C";
const MUTED: &str = "5A6168";
const TINT: &str = "E6EEF5";
const ACCENT: &str = "1F5F8B";
const WARN: &str = "B44B12";
const WARN_TINT: &str = "FBEEE6";
const RULE: &str = "C5CFD8";

/// The font the styles name; Word and LibreOffice have it or a metric twin.
const FONT: &str = "Arial";

/// The language tag Word uses.
pub(crate) fn lang_tag(lang: Language) -> &'static str {
    match lang {
        Language::Nb => "nb-NO",
        Language::Nn => "nn-NO",
        Language::En => "en-GB",
    }
}

/// A paragraph style: id, name, based on, next, paragraph properties, run properties.
struct Para {
    id: &'static str,
    name: &'static str,
    based: Option<&'static str>,
    ppr: String,
    rpr: String,
}

fn p(id: &'static str, name: &'static str, ppr: &str, rpr: &str) -> Para {
    Para {
        id,
        name,
        based: Some("Normal"),
        ppr: ppr.to_owned(),
        rpr: rpr.to_owned(),
    }
}

fn heading(level: u8, size: u8, color: &str, before: u16, after: u16) -> Para {
    let (id, name) = match level {
        1 => ("Heading1", "heading 1"),
        2 => ("Heading2", "heading 2"),
        3 => ("Heading3", "heading 3"),
        _ => ("Heading4", "heading 4"),
    };
    let outline = level.saturating_sub(1);
    p(
        id,
        name,
        &format!(
            r#"<w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="{after}"/><w:outlineLvl w:val="{outline}"/>"#
        ),
        &format!(
            r#"<w:b/><w:bCs/><w:color w:val="{color}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>"#
        ),
    )
}

fn boxed(fill: &str, line: &str) -> String {
    format!(
        r#"<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="{line}"/><w:left w:val="single" w:sz="24" w:space="6" w:color="{line}"/><w:bottom w:val="single" w:sz="4" w:space="4" w:color="{line}"/><w:right w:val="single" w:sz="4" w:space="6" w:color="{line}"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="{fill}"/><w:spacing w:before="0" w:after="60"/><w:ind w:left="170" w:right="170"/>"#
    )
}

fn paragraph_styles() -> Vec<Para> {
    let small = |sz: u8| format!(r#"<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>"#);
    let toc = |id, name, ind: u16| {
        p(
            id,
            name,
            &format!(
                r#"<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9180"/></w:tabs><w:spacing w:after="40"/><w:ind w:left="{ind}"/>"#
            ),
            "",
        )
    };
    vec![
        Para {
            id: "Normal",
            name: "Normal",
            based: None,
            ppr: r#"<w:spacing w:before="80" w:after="120" w:line="276" w:lineRule="auto"/>"#
                .to_owned(),
            rpr: small(20),
        },
        heading(1, 40, HEADING, 240, 120),
        heading(2, 28, HEADING, 440, 100),
        heading(3, 23, HEADING, 280, 60),
        heading(4, 21, "1C1C1C", 260, 20),
        p(
            "Subtitle",
            "Subtitle",
            r#"<w:spacing w:after="240"/>"#,
            &format!(r#"<w:color w:val="{MUTED}"/>{}"#, small(24)),
        ),
        p(
            "GevinstKicker",
            "Gevinst kicker",
            r#"<w:spacing w:after="60"/>"#,
            &format!(r#"<w:color w:val="{MUTED}"/>{}"#, small(18)),
        ),
        p(
            "TOCHeading",
            "TOC Heading",
            r#"<w:keepNext/><w:spacing w:before="240" w:after="120"/>"#,
            &format!(r#"<w:b/><w:color w:val="{HEADING}"/>{}"#, small(24)),
        ),
        toc("ToC1", "toc 1", 0),
        toc("ToC2", "toc 2", 0),
        toc("ToC3", "toc 3", 284),
        p(
            "Caption",
            "caption",
            r#"<w:keepNext/><w:spacing w:before="200" w:after="80"/>"#,
            &format!(r#"<w:b/><w:color w:val="{HEADING}"/>{}"#, small(18)),
        ),
        p(
            "GevinstNote",
            "Gevinst note",
            r#"<w:spacing w:before="60" w:after="160"/>"#,
            &format!(r#"<w:i/><w:color w:val="{MUTED}"/>{}"#, small(17)),
        ),
        p(
            "GevinstFacts",
            "Gevinst facts",
            r#"<w:keepNext/><w:spacing w:after="80"/>"#,
            &format!(r#"<w:color w:val="{MUTED}"/>{}"#, small(17)),
        ),
        p(
            "ListBullet",
            "List Bullet",
            r#"<w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/>"#,
            "",
        ),
        p(
            "GevinstCalloutTitle",
            "Gevinst callout title",
            &format!("<w:keepNext/>{}", boxed(TINT, ACCENT)),
            &format!(r#"<w:b/><w:color w:val="{HEADING}"/>"#),
        ),
        p(
            "GevinstCallout",
            "Gevinst callout",
            &boxed(TINT, ACCENT),
            "",
        ),
        p(
            "GevinstWarningTitle",
            "Gevinst warning title",
            &format!("<w:keepNext/>{}", boxed(WARN_TINT, WARN)),
            &format!(r#"<w:b/><w:color w:val="{WARN}"/>"#),
        ),
        p(
            "GevinstWarning",
            "Gevinst warning",
            &boxed(WARN_TINT, WARN),
            "",
        ),
        p(
            "GevinstTableText",
            "Gevinst table text",
            r#"<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>"#,
            &small(17),
        ),
        p(
            "GevinstTableHeading",
            "Gevinst table heading",
            r#"<w:keepNext/><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>"#,
            &format!("<w:b/><w:bCs/>{}", small(17)),
        ),
        p(
            "GevinstKeyValue",
            "Gevinst key figure",
            r#"<w:keepNext/><w:spacing w:after="0"/>"#,
            &format!(r#"<w:b/><w:color w:val="{ACCENT}"/>{}"#, small(24)),
        ),
        p(
            "GevinstKeyLabel",
            "Gevinst key figure label",
            r#"<w:spacing w:after="60" w:line="240" w:lineRule="auto"/>"#,
            &format!(r#"<w:color w:val="{MUTED}"/>{}"#, small(16)),
        ),
        p(
            "GevinstFigure",
            "Gevinst figure",
            r#"<w:keepNext/><w:spacing w:after="120"/>"#,
            "",
        ),
        p(
            "Header",
            "header",
            r#"<w:tabs><w:tab w:val="right" w:pos="9180"/></w:tabs><w:spacing w:after="0"/>"#,
            &format!(r#"<w:color w:val="{MUTED}"/>{}"#, small(16)),
        ),
        p(
            "Footer",
            "footer",
            r#"<w:spacing w:after="0"/><w:jc w:val="center"/>"#,
            &format!(r#"<w:color w:val="{MUTED}"/>{}"#, small(16)),
        ),
    ]
}

/// `word/styles.xml` for a language.
pub(crate) fn styles_xml(lang: Language) -> String {
    let tag = lang_tag(lang);
    let lang_el = format!(r#"<w:lang w:val="{tag}" w:eastAsia="{tag}" w:bidi="ar-SA"/>"#);
    let mut x = String::with_capacity(12_000);
    x.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#);
    x.push_str(r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#);
    x.push_str(&format!(
        r#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/><w:sz w:val="20"/><w:szCs w:val="20"/>{lang_el}</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#
    ));
    for s in paragraph_styles() {
        let default = if s.id == "Normal" {
            r#" w:default="1""#
        } else {
            ""
        };
        x.push_str(&format!(
            r#"<w:style w:type="paragraph"{default} w:styleId="{}"><w:name w:val="{}"/>"#,
            s.id, s.name
        ));
        if let Some(b) = s.based {
            x.push_str(&format!(
                r#"<w:basedOn w:val="{b}"/><w:next w:val="Normal"/>"#
            ));
        }
        x.push_str(r#"<w:qFormat/>"#);
        if !s.ppr.is_empty() {
            x.push_str(&format!("<w:pPr>{}</w:pPr>", s.ppr));
        }
        x.push_str(&format!("<w:rPr>{}{lang_el}</w:rPr></w:style>", s.rpr));
    }
    x.push_str(r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>"#);
    x.push_str(r#"<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="1F5F8B"/></w:rPr></w:style>"#);
    x.push_str(r#"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#);
    x.push_str(&format!(
        r#"<w:style w:type="table" w:styleId="GevinstTable"><w:name w:val="Gevinst table"/><w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="{RULE}"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{TINT}"/></w:tcPr></w:tblStylePr></w:style>"#
    ));
    x.push_str(r#"<w:style w:type="table" w:styleId="GevinstKeyFigures"><w:name w:val="Gevinst key figures"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="140" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#);
    x.push_str("</w:styles>");
    x
}

/// `docProps/core.xml`: title, author (the agency), subject, keywords, language, created.
pub(crate) fn core_xml(meta: &crate::content::Meta, created: DateTime<Utc>) -> String {
    let when = created.to_rfc3339_opts(SecondsFormat::Secs, true);
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator><cp:keywords>{}</cp:keywords><dc:language>{}</dc:language><cp:lastModifiedBy>Gevinst</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>"#,
        escape(&meta.title),
        escape(&meta.subject),
        escape(&meta.author),
        escape(&meta.keywords.join(", ")),
        lang_tag(meta.language),
    )
}
