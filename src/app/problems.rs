//! The problems layer: every problem of a reload that failed, as `roadmap-tui
//! check` prints them (`file:line:column: message`, then the line with a caret),
//! scrolled line by line. [`lay_out`] is the one geometry of the list: the view
//! draws what it gives, and scrolling stops where its last line comes into view.

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use super::outcome::Outcome;
use crate::action::Action;
use crate::model::LoadError;
use crate::wrap::wrap;

/// The narrowest the list is, when the screen allows: room for its title and keys.
const MIN_WIDTH: usize = 60;

/// The lines of the list for `error`.
pub fn lines(error: &LoadError) -> Vec<String> {
    match error {
        LoadError::Unreadable { .. } => vec![error.summary()],
        LoadError::Invalid { file, problems } => problems
            .iter()
            .flat_map(|p| {
                p.render(file)
                    .lines()
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect(),
    }
}

/// The list laid out on a screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Laid {
    /// The box, border included.
    pub popup: Rect,
    /// Each line of the list as the rows it takes, never cut.
    pub rows: Vec<Vec<String>>,
    /// Whether each line is part of a snippet rather than a problem's headline.
    pub snippet: Vec<bool>,
    /// Rows inside the border.
    pub inner: usize,
}

impl Laid {
    /// The last line the list can start at: from there its end is in view.
    pub fn max_offset(&self) -> usize {
        let mut rows = 0;
        for (i, r) in self.rows.iter().enumerate().rev() {
            rows += r.len();
            if rows > self.inner {
                return (i + 1).min(self.rows.len().saturating_sub(1));
            }
        }
        0
    }
}

/// Lays out `lines` in a box centred on a screen of `size`: as wide as the widest
/// line (at least [`MIN_WIDTH`]) up to the screen, as high as its rows up to the
/// screen.
pub fn lay_out(mut lines: Vec<String>, size: (u16, u16)) -> Laid {
    let area = Rect::new(0, 0, size.0, size.1);
    let widest = lines.iter().map(|l| l.width()).max().unwrap_or(0);
    let width = u16::try_from(widest.saturating_add(4).max(MIN_WIDTH))
        .unwrap_or(u16::MAX)
        .min(area.width.saturating_sub(2));
    let text_width = usize::from(width.saturating_sub(4)).max(1);
    dedent_snippets(&mut lines, text_width);
    let rows: Vec<Vec<String>> = lines.iter().map(|l| fit(l, text_width)).collect();
    let total: usize = rows.iter().map(Vec::len).sum();
    let height = u16::try_from(total.saturating_add(2))
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(2));
    Laid {
        popup: crate::ui::layout::centered(area, width, height),
        snippet: lines.iter().map(|l| is_snippet(l)).collect(),
        rows,
        inner: usize::from(height.saturating_sub(2)),
    }
}

/// Answers `action` with the list at `offset`, which goes no further than `max`.
/// Every other action is taken and does nothing: the list is modal.
pub fn handle(offset: &mut usize, max: usize, action: Action) -> Outcome {
    let new = match action {
        Action::ShowProblems | Action::Back => return Outcome::Close,
        // Help opens above the list.
        Action::ToggleHelp => return Outcome::Pass,
        Action::Up => offset.saturating_sub(1),
        Action::Down => offset.saturating_add(1).min(max),
        Action::PageDown => offset.saturating_add(10).min(max),
        Action::PageUp => offset.saturating_sub(10),
        Action::Top => 0,
        Action::Bottom => max,
        _ => return Outcome::Unchanged,
    };
    let changed = new != *offset;
    *offset = new;
    Outcome::changed(changed)
}

/// `line` as it is when it fits, so that a caret stays under its column; else
/// broken over rows, never cut: a headline between words, a snippet's line at the
/// width, its blanks kept.
fn fit(line: &str, width: usize) -> Vec<String> {
    if line.width() <= width {
        return vec![line.to_owned()];
    }
    if !is_snippet(line) {
        return wrap(line, width);
    }
    let mut rows = vec![String::new()];
    let mut used = 0;
    for ch in line.chars() {
        let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if used + w > width && used > 0 {
            rows.push(String::new());
            used = 0;
        }
        if let Some(row) = rows.last_mut() {
            row.push(ch);
        }
        used += w;
    }
    rows
}

/// Moves each snippet that is too wide for `width` to the left, its source line and
/// its caret line together, by the blanks they both start with: the caret stays
/// under its column, and fewer lines need wrapping.
fn dedent_snippets(lines: &mut [String], width: usize) {
    let blanks = |body: &str| body.len() - body.trim_start_matches(' ').len();
    for i in 1..lines.len() {
        if !(is_snippet(&lines[i - 1]) && is_snippet(&lines[i])) || lines[i - 1].width() <= width {
            continue;
        }
        let (Some((g1, src)), Some((g2, caret))) =
            (lines[i - 1].split_once(" | "), lines[i].split_once(" | "))
        else {
            continue;
        };
        // A line cut to a window around the caret starts with "…": the blanks
        // after it go, and as many before the caret.
        let lead = if src.starts_with('…') { "…" } else { "" };
        let body = &src[lead.len()..];
        let cut = blanks(body).min(blanks(caret).saturating_sub(lead.width()));
        if cut == 0 {
            continue;
        }
        let (src, caret) = (
            format!("{g1} | {lead}{}", &body[cut..]),
            format!("{g2} | {}", &caret[cut..]),
        );
        lines[i - 1] = src;
        lines[i] = caret;
    }
}

/// Whether `line` is a line of a snippet ("  43 | text", "     |   ^") rather than
/// the headline of a problem.
fn is_snippet(line: &str) -> bool {
    line.split_once(" | ")
        .is_some_and(|(gutter, _)| gutter.chars().all(|c| c == ' ' || c.is_ascii_digit()))
}
