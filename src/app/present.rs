//! Presentation mode: moving through the slides, typing a slide number, and
//! stepping out into the browser and back onto the same slide.

use super::App;
use crate::action::Action;

/// Slide numbers have at most this many digits.
const MAX_DIGITS: usize = 3;

/// Answers `action` while presenting. Returns whether anything visible changed,
/// or `None` when the action is not the presentation's to answer.
pub(super) fn act(app: &mut App, action: Action) -> Option<bool> {
    let last = app.slides.len().saturating_sub(1);
    let p = &mut app.present;
    let before = (p.slide, p.typed.clone());
    match action {
        Action::NextSlide => p.slide = (p.slide + 1).min(last),
        Action::PrevSlide => p.slide = p.slide.saturating_sub(1),
        Action::Top => p.slide = 0,
        Action::Bottom => p.slide = last,
        Action::Digit(d) => {
            if p.typed.len() < MAX_DIGITS {
                p.typed.push(char::from(b'0' + d.min(9)));
            }
        }
        Action::Open if !p.typed.is_empty() => {
            let n = p.typed.parse::<usize>().unwrap_or(1);
            p.slide = n.clamp(1, last + 1) - 1;
            p.typed.clear();
        }
        Action::Back if !p.typed.is_empty() => p.typed.clear(),
        // Enter opens the slide's screen in the browser; `p` comes back to it.
        Action::Open => {
            p.active = false;
            let place = app.slides.get(app.present.slide).map(|s| s.place());
            if let Some(place) = place {
                app.stack.truncate(1);
                app.open(place);
                super::update::refit(app);
            }
            return Some(true);
        }
        Action::Back | Action::TogglePresent => {
            p.active = false;
            return Some(true);
        }
        _ => return None,
    }
    let p = &app.present;
    Some((p.slide, p.typed.clone()) != before)
}

/// `p` in the browser: back to the slide that was on.
pub(super) fn start(app: &mut App) -> bool {
    app.present.active = true;
    app.present.typed.clear();
    true
}
