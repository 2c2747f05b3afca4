//! The look: Noto Sans (the same font family as the report) for all text, a light, calm theme
//! with comfortable spacing, and named font families for the report preview.

use egui::{FontData, FontDefinitions, FontFamily, FontId, TextStyle};
use gevinst_report::fonts::FontStyle;
use std::sync::Arc;

/// Font family of bold text (headings).
pub const BOLD: &str = "gevinst-bold";
/// Font family of italic text.
pub const ITALIC: &str = "gevinst-italic";

/// The font families, by report font style: the app and the report preview use the same
/// Noto Sans files as the PDF (`report::fonts::bytes`).
pub fn family(style: FontStyle) -> FontFamily {
    match style {
        FontStyle::Regular => FontFamily::Proportional,
        FontStyle::Bold => FontFamily::Name(BOLD.into()),
        FontStyle::Italic => FontFamily::Name(ITALIC.into()),
    }
}

fn font_name(style: FontStyle) -> &'static str {
    match style {
        FontStyle::Regular => "NotoSans-Regular",
        FontStyle::Bold => "NotoSans-Bold",
        FontStyle::Italic => "NotoSans-Italic",
    }
}

/// The font definitions: Noto Sans first, egui's own fonts as fallback (symbols, monospace).
pub fn fonts() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    for style in FontStyle::ALL {
        defs.font_data.insert(
            font_name(style).to_owned(),
            Arc::new(FontData::from_static(gevinst_report::fonts::bytes(style))),
        );
    }
    let fallbacks: Vec<String> = defs
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let chain = |first: &str| {
        let mut list = vec![first.to_owned()];
        list.extend(fallbacks.iter().cloned());
        list
    };
    for style in FontStyle::ALL {
        defs.families.insert(family(style), chain(font_name(style)));
    }
    defs
}

/// Install the fonts and the style.
pub fn apply(ctx: &egui::Context) {
    ctx.set_fonts(fonts());
    ctx.set_theme(egui::Theme::Light);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(12.0)),
            (TextStyle::Body, FontId::proportional(14.5)),
            (TextStyle::Button, FontId::proportional(14.5)),
            (
                TextStyle::Heading,
                FontId::new(21.0, FontFamily::Name(BOLD.into())),
            ),
            (TextStyle::Monospace, FontId::monospace(13.0)),
        ]
        .into();
        let s = &mut style.spacing;
        s.item_spacing = egui::vec2(8.0, 7.0);
        s.button_padding = egui::vec2(10.0, 4.0);
        s.interact_size.y = 26.0;
        s.menu_margin = egui::Margin::same(6);
        style.visuals.window_corner_radius = egui::CornerRadius::same(8);
        style.visuals.menu_corner_radius = egui::CornerRadius::same(6);
    });
    ctx.style_mut_of(egui::Theme::Light, |style| {
        let v = &mut style.visuals;
        v.panel_fill = egui::Color32::from_rgb(0xf1, 0xf3, 0xf6);
        v.window_fill = egui::Color32::WHITE;
        v.extreme_bg_color = egui::Color32::WHITE;
        v.faint_bg_color = egui::Color32::from_rgb(0xf5, 0xf7, 0xfa);
        v.widgets.noninteractive.fg_stroke.color = egui::Color32::from_gray(34);
        v.widgets.inactive.fg_stroke.color = egui::Color32::from_gray(30);
        // Inputs are white on a white page: give them (and buttons) a visible border.
        v.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, egui::Color32::from_gray(190));
        v.selection.bg_fill = egui::Color32::from_rgb(0xd3, 0xe4, 0xf8);
        v.selection.stroke.color = egui::Color32::from_rgb(0x0b, 0x4f, 0x9c);
        v.hyperlink_color = egui::Color32::from_rgb(0x0b, 0x5c, 0xb8);
    });
}

/// The frame of the central panel: white, with room around the content.
pub fn central_frame(style: &egui::Style) -> egui::Frame {
    let fill = if style.visuals.dark_mode {
        style.visuals.panel_fill
    } else {
        egui::Color32::WHITE
    };
    egui::Frame::central_panel(style)
        .fill(fill)
        .inner_margin(egui::Margin::symmetric(20, 14))
}

/// A bold font of `size`.
pub fn bold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(BOLD.into()))
}

/// Colours of the banners.
pub mod colors {
    use egui::Color32;
    /// Background of a warning banner (read-only).
    pub const WARN_BG: Color32 = Color32::from_rgb(0xfd, 0xf1, 0xd6);
    /// Text of a warning banner.
    pub const WARN_FG: Color32 = Color32::from_rgb(0x6b, 0x45, 0x00);
    /// Background of an information banner (converted file).
    pub const INFO_BG: Color32 = Color32::from_rgb(0xe3, 0xef, 0xfb);
    /// Text of an information banner.
    pub const INFO_FG: Color32 = Color32::from_rgb(0x12, 0x3f, 0x6e);
}
