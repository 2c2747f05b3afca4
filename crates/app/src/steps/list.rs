//! The master–detail page every list step is: the list (search, sort, add, duplicate, delete,
//! the "deleted – undo" notice) on the left, the selected item's form on the right. A step says
//! what is its own through [`ListDef`] — its columns, its form, its extras — and [`ListStep`]
//! does the rest the same way for all of them: the selection, the jumps from the findings
//! panel, the focus after Add, and the edits, made by the core's list rules
//! ([`gevinst_core::edit::new_item`], [`duplicate`](gevinst_core::edit::duplicate),
//! [`delete`](gevinst_core::edit::delete)).

use crate::steps::Step;
use crate::steps::form::{self, Form};
use crate::widgets::{ListAction, ListColumn, ListState, ListTable};
use crate::{StepCtx, UiCommand};
use egui::{RichText, Ui};
use gevinst_core::edit::{self, Edit, Item, ListItem};
use gevinst_core::i18n::{EditorText, Key, Language};
use gevinst_core::model::{Field, Id, ItemKind, Project};
use gevinst_core::validate::Severity;

/// How a list step's page is laid out: its help text, the egui ids of its list and its form,
/// the list's share of the width, and the fields that get the cursor after Add and Duplicate.
#[derive(Debug, Clone, Copy)]
pub struct Page {
    help: EditorText,
    list_id: &'static str,
    form_id: &'static str,
    share: f32,
    add_focus: Field,
    copy_focus: Field,
}

impl Page {
    /// A page with its help text and ids; the list takes 44 % of the width, and `name` (a
    /// field of the list's items) gets the cursor after Add and Duplicate.
    pub const fn new(
        help: EditorText,
        list_id: &'static str,
        form_id: &'static str,
        name: Field,
    ) -> Self {
        Page {
            help,
            list_id,
            form_id,
            share: 0.44,
            add_focus: name,
            copy_focus: name,
        }
    }

    /// The list's share of the width.
    pub const fn share(mut self, share: f32) -> Self {
        self.share = share;
        self
    }

    /// The fields that get the cursor after Add and after Duplicate.
    pub const fn focus(mut self, add: Field, copy: Field) -> Self {
        self.add_focus = add;
        self.copy_focus = copy;
        self
    }
}

/// The accessible name of a list.
fn list_name(kind: ItemKind) -> EditorText {
    match kind {
        ItemKind::PriorityArea => EditorText::ListPriorityAreas,
        ItemKind::Measure => EditorText::ListMeasures,
        ItemKind::Service => EditorText::ListServices,
        ItemKind::Gain => EditorText::ListGains,
        ItemKind::Extraction => EditorText::ListExtractions,
        ItemKind::OwnPoint => EditorText::OwnPointsHeading,
    }
}

/// A column with the item's name, "(uten navn)" in grey when it is blank.
pub fn name_column<'a, T: ListItem>(
    title: EditorText,
    width: f32,
    lang: Language,
) -> ListColumn<'a, T> {
    ListColumn::new(title.text(lang), width, move |x: &T| {
        form::name_or_unnamed(x.name(), lang)
    })
}

/// What makes a list step its own; [`ListStep`] shows it.
pub trait ListDef: Default {
    /// The entity the list holds.
    type Item: ListItem;
    /// The page's layout.
    const PAGE: Page;

    /// The item's name in the "deleted – undo" notice.
    fn name(item: &Self::Item, _project: &Project, _lang: Language) -> String {
        item.name().to_owned()
    }
    /// The text the search box looks in.
    fn search_text(item: &Self::Item, project: &Project, lang: Language) -> String;

    /// The list's columns, in order (a narrow list shows only the first).
    fn columns<'a>(project: &'a Project, lang: Language) -> Vec<ListColumn<'a, Self::Item>>;

    /// The form's rows over `item`, a copy of the selected item that the form edits.
    fn form(&self, ui: &mut Ui, form: &mut Form<'_, '_>, item: &mut Self::Item, project: &Project);

    /// A severity to mark the row with besides its findings.
    fn flag(_item: &Self::Item, _project: &Project) -> Option<Severity> {
        None
    }

    /// False for an item the step's own filters hide.
    fn shows(&self, _item: &Self::Item) -> bool {
        true
    }

    /// What Add makes, given the selected item.
    fn new_item(&self, project: &Project, _selected: Option<&Self::Item>) -> Item {
        edit::new_item(project, Self::Item::KIND)
    }

    /// The field to focus when a jump is to the list as a whole rather than to one item; the
    /// Add button gets the focus when the list is empty.
    fn whole_list_jump(_ctx: &StepCtx<'_>) -> Option<Field> {
        None
    }

    /// A jump is about to select `item` (a step with filters shows it).
    fn on_jump(&mut self, _item: &Self::Item) {}

    /// What the step shows between its heading and the list (filters).
    fn toolbar(&mut self, _ui: &mut Ui, _ctx: &StepCtx<'_>) {}
}

/// A list step: the list's state, and the step's own in a [`ListDef`].
#[derive(Debug, Default)]
pub struct ListStep<D> {
    list: ListState,
    focus_field: Option<Field>,
    own: D,
}

impl<D: ListDef> ListStep<D> {
    /// The selected item.
    pub fn selected(&self) -> Option<Id> {
        self.list.selected
    }

    /// Show the step.
    pub fn ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) {
        let project = ctx.project;
        let kind = D::Item::KIND;
        form::header(ui, Step::of_list(kind), D::PAGE.help, ctx.lang);
        let jump = ctx.focus.and_then(|f| edit::id_in(f.entity, kind));
        if let Some(id) = jump {
            if let Some(item) = D::Item::find(project, id) {
                self.own.on_jump(item);
            }
            self.list.select(Some(id));
        }
        self.own.toolbar(ui, ctx);
        let items = D::Item::list(project);
        let shown = |id: Id| items.iter().any(|x| x.id() == id && self.own.shows(x));
        if self.list.selected.is_none_or(|s| !shown(s))
            && let Some(first) = items.iter().find(|x| self.own.shows(x))
        {
            self.list.select(Some(first.id()));
        }
        let list_jump = D::whole_list_jump(ctx);
        if let Some(field) = list_jump
            && self.list.selected.is_some()
        {
            self.focus_field = Some(field);
        }
        let focus_add = list_jump.is_some() && self.list.selected.is_none();
        let (mut left, mut right) = form::split(ui, D::PAGE.share);
        let action = self.list_ui(&mut left, ctx, focus_add);
        let focused = form::scrolled(&mut right, D::PAGE.form_id, |ui| self.detail_ui(ui, ctx));
        if let Some(action) = action {
            self.act(action, ctx);
        }
        // A jump is done once the step has shown its item or the field asked for took the
        // focus; a field asked for is asked only once.
        if jump.is_some() || list_jump.is_some() || (focused && ctx.focus.is_some()) {
            ctx.focus_done();
        }
        if focused {
            self.focus_field = None;
        }
    }

    /// The list, its toolbar and its notice; returns what the user asked of it.
    fn list_ui(&mut self, ui: &mut Ui, ctx: &StepCtx<'_>, focus_add: bool) -> Option<ListAction> {
        let (lang, project, findings) = (ctx.lang, ctx.project, ctx.findings);
        let own = &self.own;
        let id_of = |x: &D::Item| x.id();
        let name_of = |x: &D::Item| D::name(x, project, lang);
        let search = |x: &D::Item| D::search_text(x, project, lang);
        let marker = |x: &D::Item| -> Option<Severity> {
            findings
                .about(x.entity())
                .map(|f| f.severity)
                .chain(D::flag(x, project))
                .min()
        };
        let shows = |x: &D::Item| own.shows(x);
        let height = form::list_height(ui);
        let mut table = ListTable::new(
            egui::Id::unique(D::PAGE.list_id),
            list_name(D::Item::KIND).text(lang),
            lang,
            D::Item::list(project),
            &id_of,
            &name_of,
            &search,
        )
        .marker(&marker)
        .filter(&shows);
        for column in D::columns(project, lang) {
            table = table.column(column);
        }
        table
            .read_only(ctx.read_only)
            .focus_search(ctx.search_requested)
            .focus_add(focus_add)
            .max_height(height)
            .show(ui, &mut self.list)
            .action
    }

    /// The form of the selected item. Returns true when a field asked for got focus.
    fn detail_ui(&mut self, ui: &mut Ui, ctx: &mut StepCtx<'_>) -> bool {
        let project = ctx.project;
        let Some(original) = self.list.selected.and_then(|id| D::Item::find(project, id)) else {
            ui.label(RichText::new(EditorText::NothingSelected.text(ctx.lang)).weak());
            return false;
        };
        let mut item = original.clone();
        let mut form = Form::new(ctx, original.entity(), self.focus_field);
        self.own.form(ui, &mut form, &mut item, project);
        let focused = form.focused();
        let differs = item != *original;
        form.commit(differs, || Edit::Update(item.into_item()));
        focused
    }

    /// Carry out what the user asked of the list: new and copied items go in after the
    /// selected one and are selected, with the cursor in their first field.
    fn act(&mut self, action: ListAction, ctx: &mut StepCtx<'_>) {
        let project = ctx.project;
        let selected = self.list.selected;
        let (insert, focus) = match action {
            ListAction::Add => {
                let current = selected.and_then(|id| D::Item::find(project, id));
                let item = self.own.new_item(project, current);
                (
                    Some(edit::insert_after(project, item, selected)),
                    D::PAGE.add_focus,
                )
            }
            ListAction::Duplicate(id) => {
                let suffix = EditorText::CopySuffix.text(ctx.lang);
                let copy = edit::duplicate(project, D::Item::KIND, id, suffix);
                (copy, D::PAGE.copy_focus)
            }
            ListAction::Delete(id) => {
                if let Some(delete) = edit::delete(project, D::Item::KIND, id) {
                    ctx.edit(delete, None);
                }
                return;
            }
            ListAction::Undo => {
                ctx.send(UiCommand::Undo);
                return;
            }
        };
        if let Some(insert) = insert
            && let Edit::Insert { item, .. } = &insert
        {
            let id = item.id();
            ctx.edit(insert, None);
            self.list.select(Some(id));
            self.focus_field = Some(focus);
        }
    }
}
