//! The help layer: every binding in force beneath it, grouped by context, scrolled
//! line by line. The view draws the lines [`lines`] gives, and scrolling stops at
//! the last of the same lines.

use super::outcome::Outcome;
use crate::action::Action;
use crate::keymap::{self, Binding, Context};

/// A line of the help overlay.
#[derive(Debug, Clone, Copy)]
pub enum HelpLine {
    /// The name of the context whose bindings follow.
    Heading(Context),
    Binding(&'static Binding),
    Blank,
    /// How the mouse works, last.
    Mouse,
}

/// The overlay's lines for the screen (or layer) in `context`.
pub fn lines(context: Context) -> Vec<HelpLine> {
    let mut lines = Vec::new();
    let mut current = None;
    for b in keymap::help_entries(context) {
        if current != Some(b.context) {
            if current.is_some() {
                lines.push(HelpLine::Blank);
            }
            current = Some(b.context);
            lines.push(HelpLine::Heading(b.context));
        }
        lines.push(HelpLine::Binding(b));
    }
    lines.push(HelpLine::Blank);
    lines.push(HelpLine::Mouse);
    lines
}

/// Answers `action` with the overlay at `offset` over `count` lines. Every other
/// action is taken and does nothing: the overlay is modal.
pub fn handle(offset: &mut usize, count: usize, action: Action) -> Outcome {
    let max = count.saturating_sub(1);
    let new = match action {
        Action::ToggleHelp | Action::Back => return Outcome::Close,
        Action::Up => offset.saturating_sub(1),
        Action::Down | Action::PageDown => (*offset + 1).min(max),
        Action::PageUp | Action::Top => 0,
        Action::Bottom => max,
        _ => return Outcome::Unchanged,
    };
    let changed = new != *offset;
    *offset = new;
    Outcome::changed(changed)
}
