//! What the three tables (roadmaps, stakeholders, matrix) share: a selected row
//! over an order of indices, the text typed to narrow it, and the keys that move,
//! sort and re-order it. Each table screen supplies its own order.

use crate::action::Action;
use crate::nav::TableNav;

use super::outcome::Outcome;

/// Text typed to narrow a table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableFilter {
    pub text: String,
}

/// Moves the selection for a movement key, over `len` rows with `rows` in view.
/// `Pass` for any other action.
pub fn movement(table: &mut TableNav, action: Action, len: usize, rows: usize) -> Outcome {
    match step(action, rows) {
        Some(delta) => Outcome::changed(table.move_by(delta, len, rows)),
        None => Outcome::Pass,
    }
}

/// How many rows a movement key moves by, with `rows` in view (a page keeps one
/// row of the last in view); `None` for any other action.
pub fn step(action: Action, rows: usize) -> Option<isize> {
    let page = rows.saturating_sub(1).max(1).cast_signed();
    Some(match action {
        Action::Up => -1,
        Action::Down => 1,
        Action::PageUp => -page,
        Action::PageDown => page,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        _ => return None,
    })
}

/// Puts `order` in place of `slot`, keeping the selected item selected when it is
/// still listed (else the first row).
pub fn reorder(table: &mut TableNav, slot: &mut Vec<usize>, order: Vec<usize>, rows: usize) {
    let item = slot.get(table.selected).copied();
    let pos = item
        .and_then(|i| order.iter().position(|&o| o == i))
        .unwrap_or(0);
    *slot = order;
    table.select(pos, slot.len(), rows);
}

/// A click on table row `row` (from the first in view): selects it, or opens it
/// when it is already selected (`open` gives what it opens).
pub fn click(
    table: &mut TableNav,
    row: usize,
    len: usize,
    open: impl FnOnce(usize) -> Option<crate::place::Place>,
) -> Outcome {
    let idx = table.offset + row;
    if idx >= len {
        return Outcome::Unchanged;
    }
    if table.selected == idx {
        return open(idx).map_or(Outcome::Unchanged, Outcome::Push);
    }
    table.selected = idx;
    Outcome::Changed
}

/// `S`: the first of `keys` after `key` (wrapping round) whose values differ in the
/// rows shown, in the direction it reads best. A column a filter made constant is
/// skipped: sorting by it would change nothing. Returns whether the sort changed
/// (no other column has anything to sort).
pub fn next_sort<K: Copy + PartialEq>(
    keys: &[K],
    key: &mut K,
    descending: &mut bool,
    varies: impl Fn(K) -> bool,
    reads_descending: impl Fn(K) -> bool,
) -> bool {
    let at = keys.iter().position(|k| k == key).unwrap_or(0);
    let next = (1..keys.len())
        .map(|i| keys[(at + i) % keys.len()])
        .find(|&k| varies(k));
    let Some(next) = next else {
        return false;
    };
    *key = next;
    *descending = reads_descending(next);
    true
}

/// Puts the order of a new sort in place of `slot`: the view starts again at the top,
/// and the selected item stays selected and in view.
pub fn resort(table: &mut TableNav, slot: &mut Vec<usize>, order: Vec<usize>, rows: usize) {
    table.offset = 0;
    reorder(table, slot, order, rows);
}
