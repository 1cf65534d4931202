//! The filter layer: typing words that narrow the table on screen. Enter keeps
//! them, Esc drops them; either way typing ends.

use super::outcome::{Ctx, Outcome};
use super::screen::Screen;
use crate::action::Action;

/// Answers `action` while typing into `screen`'s filter; `Pass` when it is not
/// the filter's.
pub fn handle(screen: &mut Screen, action: Action, cx: &Ctx) -> Outcome {
    match action {
        Action::Open => Outcome::Close,
        Action::Back => {
            screen.edit_filter(cx, String::clear);
            Outcome::Close
        }
        Action::DeleteChar => Outcome::changed(screen.edit_filter(cx, |t| {
            t.pop();
        })),
        Action::ClearInput => Outcome::changed(screen.edit_filter(cx, String::clear)),
        _ => Outcome::Pass,
    }
}

/// Text typed or pasted into the filter.
pub fn input(screen: &mut Screen, text: &str, cx: &Ctx) -> bool {
    screen.edit_filter(cx, |t| super::typing::append(t, text))
}
