//! The help box beside each step: what the annual report demands, drawn from the sources.

use egui::{CollapsingHeader, Frame, Id, RichText, Ui};

/// The most height the guidance takes before it scrolls, so the step's list and form keep
/// the room on a laptop screen.
const MAX_HEIGHT: f32 = 120.0;

/// A framed, collapsible box with a heading and paragraphs of guidance; bullet lines start
/// with `• `. Open by default; egui remembers if the user closes it. Long guidance scrolls.
pub fn help_box(ui: &mut Ui, id: Id, heading: &str, body: &str) {
    let fill = ui.visuals().faint_bg_color;
    Frame::group(ui.style())
        .fill(fill)
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            CollapsingHeader::new(RichText::new(heading).strong())
                .id_salt(id)
                .default_open(true)
                .show(ui, |ui| {
                    // A solid scroll bar, so that text cut at the bottom plainly continues.
                    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
                    egui::ScrollArea::vertical()
                        .id_salt(id.with("scroll"))
                        .max_height(MAX_HEIGHT)
                        .show(ui, |ui| {
                            for paragraph in body.split("\n\n") {
                                ui.add(egui::Label::new(paragraph).wrap());
                                ui.add_space(4.0);
                            }
                        });
                });
        });
}
