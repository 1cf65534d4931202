//! The presentation layer: moving through the pages of the deck, typing a roadmap
//! number to reach its slide, the agenda, a blank screen, and stepping out into the
//! browser and back onto the same page.

use super::outcome::Outcome;
use crate::action::Action;
use crate::content::slides::Slide;
use crate::ui::deck::Deck;

/// Roadmap numbers have at most this many digits.
const MAX_DIGITS: usize = 3;

/// What a key may put over the slide until the next key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cover {
    /// A blank screen.
    Blank,
    /// The address to follow along at, with its QR code.
    Address,
}

/// The page on show (kept while the browser is used in between), a roadmap number
/// being typed, and what covers the slide.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Presentation {
    /// The page on show in the deck as laid out for the screen.
    pub page: usize,
    /// The slide on show and its first block there: the place a deck laid out
    /// again for another size or language comes back to.
    pub anchor: (usize, usize),
    pub typed: String,
    /// What covers the slide until the next key.
    pub cover: Option<Cover>,
    /// The agenda is open, on this slide.
    pub agenda: Option<usize>,
}

impl Presentation {
    /// Goes to page `page` of `deck`.
    pub fn go(&mut self, page: usize, deck: &Deck) {
        let last = deck.pages.len().saturating_sub(1);
        self.page = page.min(last);
        if let Some(p) = deck.pages.get(self.page) {
            self.anchor = (p.slide, p.first_block);
        }
    }

    /// Finds the place again in `deck`, laid out anew.
    pub fn relocate(&mut self, deck: &Deck) {
        let (slide, block) = self.anchor;
        self.page = deck
            .page_of(slide, block)
            .unwrap_or_else(|| self.page.min(deck.pages.len().saturating_sub(1)));
    }

    /// The slide on show, by its place in the deck.
    pub fn slide(&self) -> usize {
        self.anchor.0
    }

    /// Answers `action` while presenting; `Pass` when it is not the presentation's.
    pub fn handle(&mut self, action: Action, slides: &[Slide], deck: &Deck) -> Outcome {
        let before = self.clone();
        if self.cover.take().is_some() {
            // Any key brings the slide back, and does nothing else.
            return Outcome::Changed;
        }
        if let Some(outcome) = self.typing(action, slides, deck) {
            return outcome;
        }
        if let Some(at) = self.agenda {
            let last = slides.len().saturating_sub(1);
            match action {
                Action::NextSlide | Action::Down => self.agenda = Some((at + 1).min(last)),
                Action::PrevSlide | Action::Up => self.agenda = Some(at.saturating_sub(1)),
                Action::Top => self.agenda = Some(0),
                Action::Bottom => self.agenda = Some(last),
                Action::Open => {
                    self.agenda = None;
                    self.go(deck.first_page(at).unwrap_or(self.page), deck);
                }
                Action::Back | Action::Agenda => self.agenda = None,
                Action::TogglePresent => return Outcome::Close,
                _ => return Outcome::Pass,
            }
            return Outcome::changed(*self != before);
        }
        let last = deck.pages.len().saturating_sub(1);
        match action {
            Action::NextSlide => self.go((self.page + 1).min(last), deck),
            Action::PrevSlide => self.go(self.page.saturating_sub(1), deck),
            Action::Top => self.go(0, deck),
            Action::Bottom => self.go(last, deck),
            Action::Agenda => self.agenda = Some(self.slide()),
            Action::Blank => self.cover = Some(Cover::Blank),
            Action::Share => self.cover = Some(Cover::Address),
            // Enter opens the slide's screen in the browser; `p` comes back to it.
            Action::Open => {
                return slides
                    .get(self.slide())
                    .map_or(Outcome::Close, |s| Outcome::Browse(s.place()));
            }
            Action::Back | Action::TogglePresent => return Outcome::Close,
            _ => return Outcome::Pass,
        }
        Outcome::changed(*self != before)
    }

    /// Digits of a roadmap number, and Enter to go to its slide.
    fn typing(&mut self, action: Action, slides: &[Slide], deck: &Deck) -> Option<Outcome> {
        match action {
            Action::Digit(d) => {
                if self.typed.len() < MAX_DIGITS {
                    self.typed.push(char::from(b'0' + d.min(9)));
                }
                Some(Outcome::Changed)
            }
            Action::Open if !self.typed.is_empty() => {
                let n = self.typed.parse::<u8>().ok();
                self.typed.clear();
                let slide = n.and_then(|n| slides.iter().position(|s| *s == Slide::Roadmap(n)));
                if let Some(page) = slide.and_then(|s| deck.first_page(s)) {
                    self.agenda = None;
                    self.go(page, deck);
                }
                Some(Outcome::Changed)
            }
            Action::Back if !self.typed.is_empty() => {
                self.typed.clear();
                Some(Outcome::Changed)
            }
            _ => None,
        }
    }
}

impl super::App {
    /// Where followers of `--serve` are: the slide on show while presenting (its
    /// page and the deck's count), else the browser's place.
    pub fn follow(&self) -> crate::serve::Follow {
        if self.layers.presenting() {
            let deck = self.cache.deck();
            if let Some(slide) = deck
                .pages
                .get(self.present.page)
                .and_then(|p| self.slides().get(p.slide))
            {
                let place = slide.place();
                let anchor = if *slide == Slide::Title {
                    "title".to_owned()
                } else {
                    crate::serve::anchor(&place)
                };
                return crate::serve::Follow {
                    slide: Some((self.present.page + 1, deck.pages.len())),
                    place: place.to_string(),
                    anchor,
                };
            }
        }
        crate::serve::Follow::place(&self.place())
    }
}
