//! The whole app in a harness with fake dialogs, and the clicks, keys and checks the workflow
//! tests share.

pub use chrono::NaiveDate;
pub use egui::accesskit::Role;
pub use egui::{Event, Key, Modifiers};
pub use egui_kittest::Harness;
pub use egui_kittest::kittest::{By, NodeT, Queryable, by};
pub use gevinst_app::dialogs::FakeDialogs;
pub use gevinst_app::widgets::field_id;
pub use gevinst_app::{AppOptions, Focus, GevinstApp, Step};
pub use gevinst_core::i18n::{EditorText as E, Key as _, Label, Language};
pub use gevinst_core::model::*;

pub const NB: Language = Language::Nb;

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

/// A harness around the whole app; `setup` adjusts the start options.
pub fn harness_with(
    dialogs: &FakeDialogs,
    height: f32,
    setup: impl FnOnce(&mut AppOptions) + 'static,
) -> Harness<'static, GevinstApp> {
    let dialogs = dialogs.clone();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, height))
        .build_eframe(move |cc| {
            let mut options = AppOptions::for_tests(Box::new(dialogs), today());
            setup(&mut options);
            GevinstApp::new(cc, options)
        });
    settle(&mut h);
    h
}

/// The app with the bundled example open (what a new user sees first).
pub fn example_harness(dialogs: &FakeDialogs) -> Harness<'static, GevinstApp> {
    harness_with(dialogs, 1000.0, |_| {})
}

/// The app's interface language.
pub fn lang(h: &Harness<'_, GevinstApp>) -> Language {
    h.state().language()
}

/// The example open, with the interface in `lang`.
pub fn example_harness_in(dialogs: &FakeDialogs, lang: Language) -> Harness<'static, GevinstApp> {
    harness_with(dialogs, 1000.0, move |o| {
        if let Some(settings) = &mut o.settings {
            settings.language = lang;
        }
    })
}

pub fn project(h: &Harness<'_, GevinstApp>) -> Project {
    h.state()
        .document()
        .expect("a project is open")
        .project
        .clone()
}

/// Run until the app has settled, also while background work shows a spinner for a while.
pub fn settle(h: &mut Harness<'_, GevinstApp>) {
    for _ in 0..500 {
        if h.run_ok().is_some() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    h.run();
}

pub fn press(h: &mut Harness<'_, GevinstApp>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    settle(h);
}

/// Type into whatever has keyboard focus, replacing its text.
pub fn type_over(h: &mut Harness<'_, GevinstApp>, text: &str) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.event(Event::Text(text.to_owned()));
    settle(h);
}

/// Scroll a node into view, then click it.
pub fn click_by(h: &mut Harness<'_, GevinstApp>, query: By<'_>) {
    h.get(query.clone()).scroll_to_me();
    h.run();
    h.get(query).click();
    settle(h);
}

pub fn click(h: &mut Harness<'_, GevinstApp>, label: &str) {
    click_by(h, by().label(label));
}

pub fn click_button(h: &mut Harness<'_, GevinstApp>, label: &str) {
    click_by(h, by().label(label).role(Role::Button));
}

/// The input (not a column heading button, not a label) named `label`.
pub fn input(label: &str) -> By<'_> {
    by().label(label)
        .predicate(|n| !matches!(n.role(), Role::Button | Role::Label))
}

/// Open a drop-down by its label and pick `option`, scrolling its list as a user would when
/// the option is below the visible rows.
pub fn choose(h: &mut Harness<'_, GevinstApp>, label: &str, option: &str) {
    click_by(h, input(label));
    for _ in 0..20 {
        // The open popup is drawn last.
        if let Some(node) = h.query_all_by_label(option).last() {
            node.scroll_to_me();
            settle(h);
            let node = h.query_all_by_label(option).last().unwrap();
            node.click();
            settle(h);
            return;
        }
        // An entity picker's list: scroll from its last visible row.
        let none = h.get_by_label(E::NoneChosen.text(lang(h))).rect();
        let last = h
            .query_all(by().role(Role::Button))
            .filter(|n| n.rect().left() == none.left() && n.rect().top() > none.top())
            .max_by(|a, b| a.rect().top().total_cmp(&b.rect().top()))
            .expect("the drop-down lists options");
        last.scroll_down();
        settle(h);
    }
    panic!("«{option}» is not among the choices of «{label}»");
}

pub fn has_text(h: &Harness<'_, GevinstApp>, needle: &str) -> bool {
    h.query_all_by_label_contains(needle).next().is_some()
}

/// The accessible name and role of the node with keyboard focus.
pub fn focused_node(h: &Harness<'_, GevinstApp>) -> Option<(Role, String)> {
    h.query_all(by().predicate(|n| n.is_focused()))
        .next()
        .map(|n| {
            let node = n.accesskit_node();
            (node.role(), node.label().unwrap_or_default())
        })
}

/// The names the focused widget may have after a jump to `focus`, for inputs whose egui id is
/// not the field's (drop-downs, check boxes, radio buttons, buttons).
pub fn other_names(project: &Project, focus: Focus, lang: Language) -> Vec<String> {
    let t = |k: E| k.text(lang).to_owned();
    // A drop-down is named by its row's label, a check box by the field's help.
    let label = |f: Field| f.label(lang).to_owned();
    let Some(field) = focus.field else {
        return Vec::new();
    };
    match field {
        Field::Service(ServiceField::DigitallyAvailable) => {
            field.help(lang).map(str::to_owned).into_iter().collect()
        }
        Field::Service(
            ServiceField::SelfService
            | ServiceField::InstantDecision
            | ServiceField::AutomatedProcessing
            | ServiceField::UserOrientation
            | ServiceField::ExemptionGround
            | ServiceField::Catalogue
            | ServiceField::ServiceChain,
        ) => vec![label(field)],
        Field::Service(ServiceField::ReusableNone | ServiceField::RegulationsNone) => {
            field.help(lang).map(str::to_owned).into_iter().collect()
        }
        // The registers are check boxes: the first takes the focus.
        Field::Service(ServiceField::ReusableInformation) => {
            vec![InfoSource::ALL[0].label(lang).to_owned()]
        }
        Field::OwnPoint(OwnPointField::Status) => {
            let status = match focus.entity {
                EntityRef::OwnPoint(id) => project.own_point(id).map(|c| c.status),
                _ => None,
            };
            vec![
                status
                    .unwrap_or(ChecklistStatus::NotAnswered)
                    .label(lang)
                    .to_owned(),
            ]
        }
        Field::Measure(MeasureField::ServiceIds) => project
            .services
            .first()
            .map(|s| {
                if s.name.is_empty() {
                    t(E::Unnamed)
                } else {
                    s.name.clone()
                }
            })
            .into_iter()
            .collect(),
        Field::Gain(GainField::MeasureId | GainField::Id) => {
            vec![label(GainField::MeasureId.into())]
        }
        Field::Gain(GainField::Years) => vec![
            t(E::PlannedNok),
            t(E::PlannedHours),
            t(E::PlannedIndicator),
            t(E::Year),
            t(E::AddYear),
        ],
        Field::Extraction(ExtractionField::GainId | ExtractionField::Id) => {
            vec![label(ExtractionField::GainId.into())]
        }
        Field::Extraction(ExtractionField::PriorityAreaId) => vec![label(field)],
        Field::Checklist(ChecklistField::Status | ChecklistField::Point) => {
            let status = match focus.entity {
                EntityRef::Checklist(p) => project.checklist_item(p).map(|c| c.status),
                _ => None,
            };
            vec![
                status
                    .unwrap_or(ChecklistStatus::NotAnswered)
                    .label(lang)
                    .to_owned(),
            ]
        }
        Field::Report(ReportField::Measures) => {
            vec![label(MeasureField::Status.into()), t(E::Add)]
        }
        _ => Vec::new(),
    }
}

/// The field whose input a jump to `focus` must focus by its id: a jump to a duplicate id
/// focuses the form's first row.
pub fn focus_field(focus: Focus) -> Option<Field> {
    match (focus.entity, focus.field) {
        (EntityRef::Measure(_), Some(f)) if f.is_key() => Some(MeasureField::Title.into()),
        (EntityRef::Service(_), Some(f)) if f.is_key() => Some(ServiceField::Name.into()),
        (EntityRef::PriorityArea(_), Some(f)) if f.is_key() => Some(PriorityAreaField::Name.into()),
        (_, field) => field,
    }
}

/// After a jump to `focus`: its step is shown, its entity selected, and the field's input
/// has keyboard focus. Returns what is wrong.
pub fn check_landed(h: &Harness<'_, GevinstApp>, focus: Focus) -> Result<(), String> {
    let app = h.state();
    let step = Step::of(focus.entity, focus.field);
    if app.step() != step {
        return Err(format!("shows {:?}, not {step:?}", app.step()));
    }
    if app.pending_focus().is_some() {
        return Err("the step did not report the jump done".into());
    }
    let listed = matches!(
        focus.entity,
        EntityRef::PriorityArea(_)
            | EntityRef::Measure(_)
            | EntityRef::Service(_)
            | EntityRef::Gain(_)
            | EntityRef::Extraction(_)
    );
    if listed && app.selected() != Some(focus.entity) {
        return Err(format!("selected {:?}", app.selected()));
    }
    let focused = h.ctx.memory(|m| m.focused());
    let Some(focused) = focused else {
        return Err("nothing has keyboard focus".into());
    };
    let Some((role, name)) = focused_node(h) else {
        return Err("the focused widget is not shown".into());
    };
    // Not hidden under the findings panel (its default width) or beyond the window.
    let rect = h.get(by().predicate(|n| n.is_focused())).rect();
    let visible_right = h.ctx.content_rect().right() - 280.0;
    if rect.right() > visible_right || rect.bottom() > h.ctx.content_rect().bottom() {
        return Err(format!(
            "{role:?} «{name}» at {rect:?} is not fully visible"
        ));
    }
    if focus_field(focus).is_some_and(|field| focused == field_id(focus.entity, field)) {
        return Ok(());
    }
    let names = other_names(&project(h), focus, lang(h));
    if names.contains(&name) {
        return Ok(());
    }
    Err(format!(
        "focus is on {role:?} «{name}», expected the field's input or one of {names:?}"
    ))
}

pub fn id(n: u128) -> Id {
    Id::from_u128(n)
}
