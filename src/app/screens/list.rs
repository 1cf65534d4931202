//! What every item-list pane does with keys, the wheel and clicks, given the list
//! measured for it: the shared behaviour of the roadmap's content pane, the SWOT
//! quadrants, the document, an area and a stakeholder.

use crate::action::Action;
use crate::app::outcome::{Ctx, Outcome};
use crate::app::pane::ListPane;
use crate::app::state::Selection;
use crate::content::Item;
use crate::content::fitted::list_items;
use crate::nav::{Lines, ListNav};
use crate::ui::layout;

/// Answers a movement key or Enter on the list in `pane`. `Pass` for any other
/// action, `Unchanged` when the list is not measured.
pub fn handle(nav: &mut ListNav, pane: &ListPane, action: Action, cx: &Ctx) -> Outcome {
    let Some(list) = cx.list(&pane.source, pane.width()) else {
        return if is_movement(action) || action == Action::Open {
            Outcome::Unchanged
        } else {
            Outcome::Pass
        };
    };
    let rows = pane.rows();
    let moved = match action {
        Action::Up => nav.move_in(-1, list, rows),
        Action::Down => nav.move_in(1, list, rows),
        Action::Top => nav.move_in(isize::MIN / 2, list, rows),
        Action::Bottom => nav.move_in(isize::MAX / 2, list, rows),
        Action::PageUp | Action::PageDown => {
            let dir = if action == Action::PageDown { 1 } else { -1 };
            let mut changed = false;
            for _ in 0..rows.saturating_sub(1).max(1) {
                changed |= nav.scroll_line_in(dir, list, rows);
            }
            changed
        }
        Action::Open => {
            return list
                .items
                .get(nav.selected)
                .and_then(|i| i.target.clone())
                .map_or(Outcome::Unchanged, Outcome::Push);
        }
        _ => return Outcome::Pass,
    };
    Outcome::changed(moved)
}

fn is_movement(action: Action) -> bool {
    matches!(
        action,
        Action::Up
            | Action::Down
            | Action::Top
            | Action::Bottom
            | Action::PageUp
            | Action::PageDown
    )
}

/// The wheel: `dir` lines, keeping the selection on a visible item.
pub fn scroll(nav: &mut ListNav, pane: &ListPane, dir: isize, cx: &Ctx) -> Outcome {
    cx.list(&pane.source, pane.width())
        .map_or(Outcome::Unchanged, |list| {
            Outcome::changed(nav.scroll_line_in(dir, list, pane.rows()))
        })
}

/// A click at (`column`, `row`): selects the item under it, or on the selected
/// item, follows its link. `Pass` when the click is outside the pane's text.
pub fn click(nav: &mut ListNav, pane: &ListPane, column: u16, row: u16, cx: &Ctx) -> Outcome {
    let Some(line) = layout::content_line_at(pane.rect, column, row) else {
        return Outcome::Pass;
    };
    let Some(list) = cx.list(&pane.source, pane.width()) else {
        return Outcome::Unchanged;
    };
    let Some(idx) = list.item_at(nav.offset + line) else {
        return Outcome::Unchanged;
    };
    if nav.selected == idx
        && let Some(target) = &list.items[idx].target
    {
        return Outcome::Push(target.clone());
    }
    nav.selected = idx;
    nav.refit_in(list, pane.rows());
    Outcome::Changed
}

/// The selected item of the list in `pane`: its text and its link.
pub fn selection(nav: &ListNav, pane: &ListPane, cx: &Ctx) -> Option<Selection> {
    let of = |item: &Item| Selection {
        text: item.text.clone(),
        link: item.url.clone(),
    };
    if let Some(list) = cx.list(&pane.source, pane.width()) {
        return list.items.get(nav.selected).map(of);
    }
    list_items(cx.doc, cx.index, &pane.source, cx.lang)
        .get(nav.selected)
        .map(of)
}

/// Keeps the selection and offset valid for the list as measured for `pane`.
pub fn refit(nav: &mut ListNav, pane: &ListPane, cx: &Ctx) {
    if let Some(list) = cx.list(&pane.source, pane.width()) {
        nav.refit_in(list, pane.rows());
    }
}
