//! The list table every list step shows: a search box, sortable columns, add / duplicate /
//! delete, a selection moved with the arrow keys, and virtualised rows so that thousands of
//! items stay smooth.

use super::{severity_badge, sort_arrow};
use egui::text_selection::CCursorRange;
use egui::{
    Align, EventFilter, Id, KeyboardShortcut, Layout, Modifiers, RichText, Role, Sense, StrokeKind,
    TextEdit, Ui, WidgetInfo,
};
use egui_extras::{Column, TableBuilder};
use gevinst_core::i18n::{EditorText, Key, Language, fill};
use gevinst_core::model::Id as ModelId;
use gevinst_core::validate::Severity;
use std::cmp::Ordering;

/// A cell's text from an item.
type CellFn<'a, T> = Box<dyn Fn(&T) -> RichText + 'a>;
/// An order of two items.
type CompareFn<'a, T> = Box<dyn Fn(&T, &T) -> Ordering + 'a>;
/// The severity of an item's worst finding, if any.
type MarkerFn<'a, T> = &'a dyn Fn(&T) -> Option<Severity>;
/// Whether an item is in the list at all (a step's own filters).
type FilterFn<'a, T> = &'a dyn Fn(&T) -> bool;

/// One column of a [`ListTable`].
pub struct ListColumn<'a, T> {
    title: String,
    width: f32,
    cell: CellFn<'a, T>,
    compare: Option<CompareFn<'a, T>>,
}

impl<'a, T> ListColumn<'a, T> {
    /// A column with a heading, an initial width and the text of each cell. Clicking the
    /// heading sorts by the cell text unless [`ListColumn::sort_by`] says otherwise.
    pub fn new(title: impl Into<String>, width: f32, cell: impl Fn(&T) -> RichText + 'a) -> Self {
        ListColumn {
            title: title.into(),
            width,
            cell: Box::new(cell),
            compare: None,
        }
    }

    /// Sort by this comparison (numbers, dates, amounts) instead of by the text.
    pub fn sort_by(mut self, compare: impl Fn(&T, &T) -> Ordering + 'a) -> Self {
        self.compare = Some(Box::new(compare));
        self
    }
}

/// What the user asked a list to do. Selection changes are applied to the [`ListState`]
/// directly; these need the step, because they change the project.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListAction {
    /// Add a new item (after the selected one, or at the end).
    Add,
    /// Duplicate this item.
    Duplicate(ModelId),
    /// Delete this item.
    Delete(ModelId),
    /// Undo the last edit (the button beside the delete notice).
    Undo,
}

/// What showing a list did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListOutput {
    /// An action for the step to carry out.
    pub action: Option<ListAction>,
    /// The user selected another row.
    pub selection_changed: bool,
}

/// What a list remembers between frames: the search, the sort, the selection.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListState {
    /// The text in the search box.
    pub search: String,
    /// The sort column and whether ascending; `None` keeps the project's order.
    pub sort: Option<(usize, bool)>,
    /// The selected item.
    pub selected: Option<ModelId>,
    /// The name of the item just deleted, for the "deleted – undo" notice.
    pub deleted: Option<String>,
    scroll_to_selected: bool,
}

impl ListState {
    /// Selects an item and scrolls the list to it.
    pub fn select(&mut self, id: Option<ModelId>) {
        self.selected = id;
        self.scroll_to_selected = true;
    }
}

/// A list of items of type `T` with columns, search and sort. Build it each frame and
/// [`ListTable::show`] it.
pub struct ListTable<'a, T> {
    id: Id,
    name: String,
    lang: Language,
    items: &'a [T],
    id_of: &'a dyn Fn(&T) -> ModelId,
    name_of: &'a dyn Fn(&T) -> String,
    search_text: &'a dyn Fn(&T) -> String,
    marker: Option<MarkerFn<'a, T>>,
    filter: Option<FilterFn<'a, T>>,
    columns: Vec<ListColumn<'a, T>>,
    read_only: bool,
    focus_search: bool,
    focus_add: bool,
    max_height: f32,
}

impl<'a, T> ListTable<'a, T> {
    /// A list called `name` (its accessible name) over `items`, with how to get each item's id,
    /// its name (for the delete notice) and the text the search box looks in.
    pub fn new(
        id: Id,
        name: impl Into<String>,
        lang: Language,
        items: &'a [T],
        id_of: &'a dyn Fn(&T) -> ModelId,
        name_of: &'a dyn Fn(&T) -> String,
        search_text: &'a dyn Fn(&T) -> String,
    ) -> Self {
        ListTable {
            id,
            name: name.into(),
            lang,
            items,
            id_of,
            name_of,
            search_text,
            marker: None,
            filter: None,
            columns: Vec::new(),
            read_only: false,
            focus_search: false,
            focus_add: false,
            max_height: 320.0,
        }
    }

    /// Adds a column.
    pub fn column(mut self, column: ListColumn<'a, T>) -> Self {
        self.columns.push(column);
        self
    }

    /// Marks rows that have findings with an icon in a narrow first column.
    pub fn marker(mut self, marker: MarkerFn<'a, T>) -> Self {
        self.marker = Some(marker);
        self
    }

    /// Leaves out the items `filter` says no to, as if they were not in `items`.
    pub fn filter(mut self, filter: FilterFn<'a, T>) -> Self {
        self.filter = Some(filter);
        self
    }

    /// True when the item is in the list (not left out by the filter).
    fn listed(&self, item: &T) -> bool {
        self.filter.is_none_or(|f| f(item))
    }

    /// How many items are in the list, before the search.
    fn total(&self) -> usize {
        match self.filter {
            Some(f) => self.items.iter().filter(|i| f(i)).count(),
            None => self.items.len(),
        }
    }

    /// Show the list without add, duplicate and delete.
    pub fn read_only(mut self, read_only: bool) -> Self {
        self.read_only = read_only;
        self
    }

    /// Give the search box keyboard focus this frame (Ctrl+F).
    pub fn focus_search(mut self, focus: bool) -> Self {
        self.focus_search = focus;
        self
    }

    /// Give the Add button keyboard focus this frame (a jump to an empty list).
    pub fn focus_add(mut self, focus: bool) -> Self {
        self.focus_add = focus;
        self
    }

    /// The most height the rows may take before they scroll.
    pub fn max_height(mut self, height: f32) -> Self {
        self.max_height = height;
        self
    }

    /// The indices of the columns that fit in `width`, each at three quarters of its width or
    /// more: the first column always, then the others in order while they fit.
    fn shown_columns(&self, width: f32, spacing: f32) -> Vec<usize> {
        let room = width - 30.0 - spacing;
        let mut used = 0.0;
        let mut shown = Vec::new();
        for (i, column) in self.columns.iter().enumerate() {
            let need = column.width * 0.75 + spacing;
            if i > 0 && used + need > room {
                break;
            }
            used += need;
            shown.push(i);
        }
        shown
    }

    /// The positions in `items` of the rows to show, filtered by the search and sorted.
    fn order(&self, state: &ListState) -> Vec<usize> {
        let needle = state.search.trim().to_lowercase();
        let mut order: Vec<usize> = match (needle.is_empty(), self.filter) {
            (true, None) => (0..self.items.len()).collect(),
            _ => self
                .items
                .iter()
                .enumerate()
                .filter(|(_, item)| self.listed(item))
                .filter(|(_, item)| {
                    needle.is_empty() || (self.search_text)(item).to_lowercase().contains(&needle)
                })
                .map(|(i, _)| i)
                .collect(),
        };
        if let Some((col, ascending)) = state.sort
            && let Some(column) = self.columns.get(col)
        {
            match &column.compare {
                Some(compare) => order.sort_by(|&a, &b| compare(&self.items[a], &self.items[b])),
                None => {
                    let keys: Vec<String> = order
                        .iter()
                        .map(|&i| (column.cell)(&self.items[i]).text().to_lowercase())
                        .collect();
                    let mut paired: Vec<(usize, &String)> =
                        order.iter().copied().zip(keys.iter()).collect();
                    paired.sort_by(|a, b| a.1.cmp(b.1));
                    order = paired.into_iter().map(|(i, _)| i).collect();
                }
            }
            if !ascending {
                order.reverse();
            }
        }
        order
    }

    /// Shows the toolbar, the notice and the table.
    pub fn show(self, ui: &mut Ui, state: &mut ListState) -> ListOutput {
        let lang = self.lang;
        let mut out = ListOutput::default();
        let keys_id = self.id.with("keys");
        let undo_key = ui
            .ctx()
            .format_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, egui::Key::Z));
        let find_key = ui
            .ctx()
            .format_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, egui::Key::F));
        let selected_item = state.selected.filter(|s| {
            self.items
                .iter()
                .any(|i| (self.id_of)(i) == *s && self.listed(i))
        });
        if selected_item.is_none() && state.selected.is_some() {
            state.selected = None;
        }

        // Toolbar: the search box on its own row, the buttons below it.
        ui.horizontal(|ui| {
            let label = ui.add(egui::Label::new(EditorText::Search.text(lang)).selectable(false));
            let search_id = self.id.with("search");
            let search_width = ui.available_width().max(100.0);
            let search = ui
                .add(
                    TextEdit::singleline(&mut state.search)
                        .id(search_id)
                        .hint_text(fill(
                            EditorText::SearchHint.text(lang),
                            &[("shortcut", &find_key)],
                        ))
                        .desired_width(search_width),
                )
                .labelled_by(label.id);
            if self.focus_search {
                search.request_focus();
                if let Some(mut te) = TextEdit::load_state(ui.ctx(), search_id) {
                    te.cursor
                        .set_char_range(Some(CCursorRange::select_all_str(&state.search)));
                    TextEdit::store_state(ui.ctx(), search_id, te);
                }
            }
            if search.changed() {
                state.scroll_to_selected = true;
            }
        });
        ui.horizontal(|ui| {
            let can_edit = !self.read_only;
            let has_selection = selected_item.is_some();
            let add = ui.add_enabled(can_edit, egui::Button::new(EditorText::Add.text(lang)));
            if self.focus_add {
                add.request_focus();
            }
            if add.clicked() {
                out.action = Some(ListAction::Add);
            }
            if ui
                .add_enabled(
                    can_edit && has_selection,
                    egui::Button::new(EditorText::Duplicate.text(lang)),
                )
                .clicked()
                && let Some(id) = selected_item
            {
                out.action = Some(ListAction::Duplicate(id));
            }
            if ui
                .add_enabled(
                    can_edit && has_selection,
                    egui::Button::new(EditorText::Delete.text(lang)),
                )
                .clicked()
                && let Some(id) = selected_item
            {
                out.action = Some(ListAction::Delete(id));
            }
        });

        if let Some(name) = state.deleted.clone() {
            ui.horizontal(|ui| {
                let color = ui.visuals().warn_fg_color;
                ui.label(
                    RichText::new(fill(
                        EditorText::DeletedNotice.text(lang),
                        &[("name", &name), ("shortcut", &undo_key)],
                    ))
                    .color(color),
                );
                if ui.button(EditorText::Undo.text(lang)).clicked() {
                    out.action = Some(ListAction::Undo);
                }
                if ui
                    .small_button("×")
                    .on_hover_text(EditorText::Dismiss.text(lang))
                    .accessible_name(EditorText::Dismiss.text(lang))
                    .clicked()
                {
                    state.deleted = None;
                }
            });
        }

        let order = self.order(state);
        if !state.search.trim().is_empty() {
            ui.label(
                RichText::new(fill(
                    EditorText::ShownOfTotal.text(lang),
                    &[
                        ("shown", &order.len().to_string()),
                        ("total", &self.total().to_string()),
                    ],
                ))
                .weak(),
            );
        }

        // Keyboard: arrows move the selection, Delete deletes, while the list has focus.
        let list_focused = ui.memory(|m| m.has_focus(keys_id));
        let mut selected_pos = state.selected.and_then(|s| {
            order
                .iter()
                .position(|&i| (self.id_of)(&self.items[i]) == s)
        });
        if list_focused && !order.is_empty() {
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    keys_id,
                    EventFilter {
                        vertical_arrows: true,
                        ..Default::default()
                    },
                );
            });
            let (down, up, home, end, delete) = ui.input_mut(|i| {
                (
                    i.consume_key(Modifiers::NONE, egui::Key::ArrowDown),
                    i.consume_key(Modifiers::NONE, egui::Key::ArrowUp),
                    i.consume_key(Modifiers::NONE, egui::Key::Home),
                    i.consume_key(Modifiers::NONE, egui::Key::End),
                    i.consume_key(Modifiers::NONE, egui::Key::Delete),
                )
            });
            let last = order.len() - 1;
            let new_pos = match selected_pos {
                _ if home => Some(0),
                _ if end => Some(last),
                Some(p) if down => Some((p + 1).min(last)),
                Some(p) if up => Some(p.saturating_sub(1)),
                None if down || up => Some(0),
                other => other,
            };
            if new_pos != selected_pos
                && let Some(p) = new_pos
            {
                state.select(Some((self.id_of)(&self.items[order[p]])));
                out.selection_changed = true;
                selected_pos = new_pos;
            }
            if delete
                && !self.read_only
                && let Some(id) = state.selected
            {
                out.action = Some(ListAction::Delete(id));
            }
        }

        if order.is_empty() {
            let text = if self.total() == 0 {
                EditorText::ListEmpty
            } else {
                EditorText::NoMatches
            };
            ui.label(RichText::new(text.text(lang)).weak());
        }

        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        let available_width = ui.available_width();
        let item_spacing = ui.spacing().item_spacing.x;
        // A narrow list shows fewer, readable columns instead of all of them cut off; the form
        // beside it shows every field of the selected item.
        let shown = self.shown_columns(available_width, item_spacing);
        let mut builder = TableBuilder::new(ui)
            .id_salt(self.id.with("table").with(shown.len()))
            .striped(true)
            .resizable(true)
            .sense(Sense::CLICK)
            .auto_shrink([false, true])
            .max_scroll_height(self.max_height)
            .cell_layout(Layout::left_to_right(Align::Center));
        if self.marker.is_some() {
            builder = builder.column(Column::exact(18.0));
        }
        // Fit the shown columns' widths into the space there is, keeping their proportions.
        let n_columns = shown.len();
        let spacing = item_spacing * (n_columns + 1) as f32;
        let wanted: f32 = shown.iter().map(|&i| self.columns[i].width).sum();
        let room = (available_width - spacing - 30.0).max(120.0);
        let scale = (room / wanted).min(1.0);
        for (k, column) in shown.iter().map(|&i| &self.columns[i]).enumerate() {
            builder = builder.column(if k + 1 == n_columns {
                Column::remainder().at_least(30.0).clip(true)
            } else {
                Column::initial((column.width * scale).max(30.0))
                    .at_least(30.0)
                    .resizable(true)
                    .clip(true)
            });
        }
        if state.scroll_to_selected {
            if let Some(p) = selected_pos {
                builder = builder.scroll_to_row(p, None);
            }
            state.scroll_to_selected = false;
        }
        let mut clicked: Option<ModelId> = None;
        let mut sort = state.sort;
        let table = builder
            .header(row_height + 2.0, |mut header| {
                if self.marker.is_some() {
                    header.col(|_| {});
                }
                for &i in &shown {
                    let column = &self.columns[i];
                    header.col(|ui| {
                        let text = RichText::new(&column.title).strong();
                        if ui.add(egui::Button::new(text).frame(false)).clicked() {
                            sort = match sort {
                                Some((c, true)) if c == i => Some((i, false)),
                                Some((c, false)) if c == i => None,
                                _ => Some((i, true)),
                            };
                        }
                        if let Some((c, ascending)) = state.sort
                            && c == i
                        {
                            sort_arrow(ui, ascending);
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, order.len(), |mut row| {
                    let item = &self.items[order[row.index()]];
                    let id = (self.id_of)(item);
                    row.set_selected(state.selected == Some(id));
                    if let Some(marker) = self.marker {
                        row.col(|ui| {
                            if let Some(severity) = marker(item) {
                                severity_badge(ui, severity);
                            }
                        });
                    }
                    for column in shown.iter().map(|&i| &self.columns[i]) {
                        row.col(|ui| {
                            ui.add(
                                egui::Label::new((column.cell)(item))
                                    .selectable(false)
                                    .truncate(),
                            );
                        });
                    }
                    if row.response().clicked() {
                        clicked = Some(id);
                    }
                });
            });
        if sort != state.sort {
            state.sort = sort;
            state.scroll_to_selected = true;
        }

        // The list itself takes keyboard focus (for the arrow keys) over the table's area.
        let rect = table.inner_rect;
        let keys = ui.interact(rect, keys_id, Sense::FOCUSABLE);
        let name = self.name.clone();
        keys.widget_info(|| WidgetInfo::labeled(Role::ListBox, true, &name));
        if let Some(id) = clicked {
            if state.selected != Some(id) {
                out.selection_changed = true;
            }
            state.selected = Some(id);
            keys.request_focus();
        }
        if keys.has_focus() {
            ui.painter().rect_stroke(
                rect,
                2.0,
                ui.visuals().selection.stroke,
                StrokeKind::Outside,
            );
        }

        match out.action {
            Some(ListAction::Delete(id)) => {
                let name = self
                    .items
                    .iter()
                    .find(|i| (self.id_of)(i) == id)
                    .map(|i| (self.name_of)(i))
                    .unwrap_or_default();
                state.deleted = Some(if name.trim().is_empty() {
                    EditorText::Unnamed.text(lang).to_owned()
                } else {
                    name
                });
                // Select the neighbour so the keyboard user can go on.
                let pos = order
                    .iter()
                    .position(|&i| (self.id_of)(&self.items[i]) == id);
                let next = pos.and_then(|p| {
                    order
                        .get(p + 1)
                        .or_else(|| p.checked_sub(1).and_then(|q| order.get(q)))
                        .map(|&i| (self.id_of)(&self.items[i]))
                });
                state.select(next);
                out.selection_changed = true;
            }
            Some(ListAction::Undo) | Some(ListAction::Add) | Some(ListAction::Duplicate(_)) => {
                state.deleted = None;
            }
            None => {}
        }
        out
    }
}
