//! The app's own windows over the project (compare, merge, spreadsheet import): centred in the
//! app window, so they never open over the menu bar, and not collapsible.

use egui::{Context, Id, Rect, Ui, Vec2, WidgetText};

/// Draws a window of `size` in the middle of the app window; `body` draws its contents and may
/// return the user's action. With `on_close`, the window has a ✕ that gives that action.
pub fn centred_window<A>(
    ctx: &Context,
    (id, title): (Id, impl Into<WidgetText>),
    size: Vec2,
    on_close: Option<A>,
    body: impl FnOnce(&mut Ui) -> Option<A>,
) -> Option<A> {
    let mut open = true;
    let mut action = None;
    let window = egui::Window::new(title)
        .id(id)
        .collapsible(false)
        .default_rect(Rect::from_center_size(ctx.content_rect().center(), size));
    let window = if on_close.is_some() {
        window.open(&mut open)
    } else {
        window
    };
    window.show(ctx, |ui| action = body(ui));
    if open { action } else { on_close }
}
