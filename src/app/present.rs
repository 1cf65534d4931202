//! The presentation layer: moving through the slides, typing a slide number, and
//! stepping out into the browser and back onto the same slide.

use super::outcome::Outcome;
use crate::action::Action;
use crate::content::slides::Slide;

/// Slide numbers have at most this many digits.
const MAX_DIGITS: usize = 3;

/// The slide on show (kept while the browser is used in between) and a slide
/// number being typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Presentation {
    pub slide: usize,
    pub typed: String,
}

impl Presentation {
    /// Answers `action` while presenting; `Pass` when it is not the presentation's.
    pub fn handle(&mut self, action: Action, slides: &[Slide]) -> Outcome {
        let last = slides.len().saturating_sub(1);
        let before = (self.slide, self.typed.clone());
        match action {
            Action::NextSlide => self.slide = (self.slide + 1).min(last),
            Action::PrevSlide => self.slide = self.slide.saturating_sub(1),
            Action::Top => self.slide = 0,
            Action::Bottom => self.slide = last,
            Action::Digit(d) => {
                if self.typed.len() < MAX_DIGITS {
                    self.typed.push(char::from(b'0' + d.min(9)));
                }
            }
            Action::Open if !self.typed.is_empty() => {
                let n = self.typed.parse::<usize>().unwrap_or(1);
                self.slide = n.clamp(1, last + 1) - 1;
                self.typed.clear();
            }
            Action::Back if !self.typed.is_empty() => self.typed.clear(),
            // Enter opens the slide's screen in the browser; `p` comes back to it.
            Action::Open => {
                return slides
                    .get(self.slide)
                    .map_or(Outcome::Close, |s| Outcome::Browse(s.place()));
            }
            Action::Back | Action::TogglePresent => return Outcome::Close,
            _ => return Outcome::Pass,
        }
        Outcome::changed((self.slide, self.typed.clone()) != before)
    }
}
