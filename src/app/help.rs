//! The help layer: every binding in force beneath it, grouped by context, wrapped to
//! the overlay's width and scrolled row by row. The view draws the rows [`sheet`]
//! gives and scrolling stops where the last of the same rows shows, so the two agree
//! at every size.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::App;
use super::outcome::Outcome;
use crate::action::Action;
use crate::keymap::{self, Binding, Context};
use crate::model::Lang;
use crate::ui::layout::centered;
use crate::wrap::wrap;

/// A line of the help overlay, before it is wrapped.
#[derive(Debug, Clone, Copy)]
pub enum HelpLine {
    /// The name of the context whose bindings follow.
    Heading(Context),
    Binding(&'static Binding),
    Blank,
    /// How typing chooses in a picker, after its keys.
    Typing,
    /// How the mouse works, last.
    Mouse,
}

/// The screens that move between panes with Tab and Shift-Tab (their
/// `ScreenState::handle` answers `NextPane`); elsewhere those keys do nothing, so
/// their help lines are left out.
const MOVES_BETWEEN_PANES: &[Context] = &[
    Context::Roadmap,
    Context::Swot,
    Context::SwotZoom,
    Context::Figures,
];

/// Whether `b` does something in `context` for this document.
fn acts(b: &Binding, context: Context, roadmaps: &[u8]) -> bool {
    match b.action {
        Action::OpenRoadmap(_) => digits(roadmaps).is_some(),
        Action::NextPane | Action::PrevPane if b.context == Context::Global => {
            MOVES_BETWEEN_PANES.contains(&context)
        }
        _ => true,
    }
}

/// The overlay's lines for the screen (or layer) in `context`: only the keys that
/// act there. The digits that open roadmaps are one line, and only when the
/// document has a roadmap to open.
pub fn lines(context: Context, roadmaps: &[u8]) -> Vec<HelpLine> {
    let mut lines = Vec::new();
    let mut current = None;
    for b in keymap::help_entries(context) {
        if !acts(b, context, roadmaps) {
            continue;
        }
        if current != Some(b.context) {
            if current.is_some() {
                lines.push(HelpLine::Blank);
            }
            current = Some(b.context);
            lines.push(HelpLine::Heading(b.context));
        }
        lines.push(HelpLine::Binding(b));
    }
    if context == Context::Picker {
        lines.push(HelpLine::Blank);
        lines.push(HelpLine::Typing);
    }
    lines.push(HelpLine::Blank);
    lines.push(HelpLine::Mouse);
    lines
}

/// The digit keys that open a roadmap of this document, as help writes them: "1–7",
/// "1/3/4"; `None` when no roadmap has a one-digit number.
pub fn digits(roadmaps: &[u8]) -> Option<String> {
    let mut n: Vec<u8> = roadmaps
        .iter()
        .copied()
        .filter(|n| (1..=9).contains(n))
        .collect();
    n.sort_unstable();
    n.dedup();
    let (&first, &last) = (n.first()?, n.last()?);
    Some(if n.len() == 1 {
        first.to_string()
    } else if usize::from(last - first) + 1 == n.len() {
        format!("{first}–{last}")
    } else {
        n.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("/")
    })
}

/// What a row of the overlay is, for its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Heading,
    Binding,
    Note,
}

/// A row of the overlay as drawn: the keys (on the first row of a binding only)
/// and a piece of text that fits beside them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRow {
    pub kind: RowKind,
    pub keys: String,
    pub text: String,
}

/// The overlay at one size: where it sits, its rows and how many show at once.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub popup: Rect,
    /// Columns given to the keys of a binding, the indent of its text.
    pub key_width: usize,
    pub rows: Vec<HelpRow>,
    pub visible: usize,
}

impl Sheet {
    /// The last offset that still fills the overlay.
    pub fn max_offset(&self) -> usize {
        self.rows.len().saturating_sub(self.visible)
    }
}

/// Two columns of margin before the keys, two between keys and text.
const INDENT: usize = 2;
const GAP: usize = 2;
/// The borders, and the column the scroll marker takes inside the right one.
const FRAME: usize = 2;
/// The widest the overlay grows: wider help lines are harder to read.
const MAX_WIDTH: usize = 100;

/// The overlay in `area`: as wide as its longest line, up to the screen's width (and
/// a readable maximum); each line wrapped to that width, never cut.
pub fn sheet(context: Context, roadmaps: &[u8], lang: Lang, area: Rect) -> Sheet {
    let lines = lines(context, roadmaps);
    let keys = |b: &Binding| match b.action {
        Action::OpenRoadmap(_) => digits(roadmaps).unwrap_or_default(),
        _ => keymap::keys_label(b, context),
    };
    let mouse = mouse_note(lang);
    let typing = lang.words().keys.picker_typing;
    let key_width = lines
        .iter()
        .filter_map(|l| match l {
            HelpLine::Binding(b) => Some(keys(b).width()),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let natural = lines
        .iter()
        .map(|l| match l {
            HelpLine::Heading(c) => c.name(lang).width(),
            HelpLine::Binding(b) => {
                INDENT + key_width + GAP + b.help(lang).unwrap_or_default().width()
            }
            HelpLine::Blank => 0,
            HelpLine::Typing => typing.width(),
            HelpLine::Mouse => mouse.width(),
        })
        .max()
        .unwrap_or(0);
    let width = (natural + FRAME)
        .min(MAX_WIDTH)
        .min(usize::from(area.width));
    let inner = width.saturating_sub(FRAME).max(1);
    // On a very narrow screen the keys take a smaller share, and the text wraps.
    let key_width = key_width.min(inner / 3);
    let text_width = inner.saturating_sub(INDENT + key_width + GAP).max(1);
    let mut rows = Vec::new();
    for l in &lines {
        match l {
            HelpLine::Heading(c) => {
                rows.extend(wrap(c.name(lang), inner).into_iter().map(|text| HelpRow {
                    kind: RowKind::Heading,
                    keys: String::new(),
                    text,
                }));
            }
            HelpLine::Binding(b) => {
                let keys = wrap(&keys(b), key_width.max(1));
                let text = wrap(b.help(lang).unwrap_or_default(), text_width);
                for i in 0..keys.len().max(text.len()) {
                    rows.push(HelpRow {
                        kind: RowKind::Binding,
                        keys: keys.get(i).cloned().unwrap_or_default(),
                        text: text.get(i).cloned().unwrap_or_default(),
                    });
                }
            }
            HelpLine::Blank => rows.push(HelpRow {
                kind: RowKind::Note,
                keys: String::new(),
                text: String::new(),
            }),
            HelpLine::Typing => rows.extend(wrap(typing, inner).into_iter().map(|text| HelpRow {
                kind: RowKind::Note,
                keys: String::new(),
                text,
            })),
            HelpLine::Mouse => rows.extend(wrap(&mouse, inner).into_iter().map(|text| HelpRow {
                kind: RowKind::Note,
                keys: String::new(),
                text,
            })),
        }
    }
    let height = u16::try_from(rows.len().saturating_add(FRAME)).unwrap_or(u16::MAX);
    let popup = centered(area, u16::try_from(width).unwrap_or(u16::MAX), height);
    let visible = usize::from(popup.height).saturating_sub(FRAME);
    Sheet {
        popup,
        key_width,
        rows,
        visible,
    }
}

impl App {
    /// The help overlay as it stands at the terminal's size, for the screen or
    /// layer beneath it.
    pub fn help_sheet(&self) -> Sheet {
        let numbers: Vec<u8> = self.doc.roadmaps.iter().map(|r| r.number).collect();
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        sheet(self.help_context(), &numbers, self.lang, area)
    }
}

/// The last line: how the mouse works and which keys scroll.
fn mouse_note(lang: Lang) -> String {
    let w = &lang.words().screens;
    format!(
        "{} {}",
        w.help_mouse,
        keymap::say(Context::Help, &[Action::Up, Action::Down], w.help_scrolls)
    )
}

/// Answers `action` with the overlay at `offset`, `max` being its last offset and
/// `page` the rows it shows. Every other action is taken and does nothing: the
/// overlay is modal.
pub fn handle(offset: &mut usize, max: usize, page: usize, action: Action) -> Outcome {
    let new = match action {
        Action::ToggleHelp | Action::Back => return Outcome::Close,
        Action::Up => offset.saturating_sub(1),
        Action::Down => offset.saturating_add(1).min(max),
        Action::PageDown => offset.saturating_add(page.max(1)).min(max),
        Action::PageUp => offset.saturating_sub(page.max(1)),
        Action::Top => 0,
        Action::Bottom => max,
        _ => return Outcome::Unchanged,
    };
    let changed = new != *offset;
    *offset = new;
    Outcome::changed(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_name_only_the_roadmaps_there_are() {
        assert_eq!(digits(&[1, 2, 3, 4, 5, 6, 7]).as_deref(), Some("1–7"));
        assert_eq!(digits(&[3]).as_deref(), Some("3"));
        assert_eq!(digits(&[1, 3, 4]).as_deref(), Some("1/3/4"));
        assert_eq!(digits(&[12]), None);
    }

    #[test]
    fn tab_is_listed_only_where_it_moves_between_panes() {
        let has_tab = |c| {
            lines(c, &[1])
                .iter()
                .any(|l| matches!(l, HelpLine::Binding(b) if b.action == Action::NextPane))
        };
        assert!(has_tab(Context::Roadmap));
        assert!(has_tab(Context::Swot));
        assert!(!has_tab(Context::Overview));
        assert!(!has_tab(Context::Document));
    }

    #[test]
    fn no_row_is_wider_than_the_overlay() {
        for lang in Lang::ALL {
            for (w, h) in [(40, 12), (60, 20), (80, 24), (120, 40), (160, 48)] {
                let area = Rect::new(0, 0, w, h);
                let s = sheet(Context::Roadmap, &[1, 2, 3], lang, area);
                let inner = usize::from(s.popup.width) - FRAME;
                assert!(s.popup.width <= w);
                for r in &s.rows {
                    let used = if r.kind == RowKind::Binding {
                        INDENT + s.key_width + GAP + r.text.width()
                    } else {
                        r.text.width()
                    };
                    assert!(used <= inner, "{lang:?} {w}x{h}: {r:?}");
                    assert!(r.keys.width() <= s.key_width, "{lang:?} {w}x{h}: {r:?}");
                }
            }
        }
    }

    #[test]
    fn scrolling_stops_when_the_last_row_shows() {
        let s = sheet(Context::Overview, &[1], Lang::En, Rect::new(0, 0, 80, 24));
        assert!(s.rows.len() > s.visible, "the help is longer than 24 rows");
        let mut offset = 0;
        handle(&mut offset, s.max_offset(), s.visible, Action::Bottom);
        assert_eq!(offset + s.visible, s.rows.len());
        handle(&mut offset, s.max_offset(), s.visible, Action::Down);
        assert_eq!(offset, s.max_offset());
    }
}
