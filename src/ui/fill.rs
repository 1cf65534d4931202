//! Lines of a wrapped paragraph built only as far as its area can show them. A
//! slide joins whole lists into one line (the key players, a group's areas); on a
//! large document that line would run far past the slide and be wrapped to the end
//! on every frame.

use ratatui::buffer::CellWidth;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::UnicodeWidthStr;

/// Counts the rows a paragraph's lines take at least, to know when more would not show.
pub struct Fill {
    width: usize,
    height: usize,
    /// Rows the lines so far take, at least.
    rows: usize,
}

impl Fill {
    /// For a paragraph drawn in `area` whose first `lines` lines are already made.
    pub fn new(area: Rect, lines: usize) -> Self {
        Self {
            width: usize::from(area.width),
            height: usize::from(area.height),
            rows: lines,
        }
    }

    /// Whether the lines so far fill the area: a line added now would not show.
    pub fn is_full(&self) -> bool {
        self.rows >= self.height
    }

    /// `parts` joined by `sep`, as far as the area can show, for one more line.
    pub fn join<'a>(&mut self, parts: impl IntoIterator<Item = &'a str>, sep: &str) -> String {
        // Word wrapping ends a line after at most `width` columns that are not
        // blank and holds back at most two lines' worth, so text with more such
        // columns than this fills every row left before it ends: what follows
        // cannot change a row that shows.
        let rows_left = self.height.saturating_sub(self.rows);
        let budget = (rows_left + 3) * self.width;
        let mut out = String::new();
        let mut inked = 0;
        for (i, part) in parts.into_iter().enumerate() {
            if inked > budget {
                break;
            }
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(part);
            inked += inked_width(part, self.width);
        }
        self.rows += (inked / self.width.max(1)).saturating_sub(2).max(1);
        out
    }

    /// One more line of any length.
    pub fn line(&mut self) {
        self.rows += 1;
    }
}

/// As many of the `total` `parts` joined by `sep` as take at most `columns` columns,
/// and how many of the total were left out. At least the first part is taken; the
/// parts after the last one taken are not looked at.
pub fn within<'a>(
    parts: impl IntoIterator<Item = &'a str>,
    total: usize,
    sep: &str,
    columns: usize,
) -> (String, usize) {
    let mut out = String::new();
    let mut used = 0;
    let mut taken = 0;
    for part in parts {
        let w = part.width() + if taken > 0 { sep.width() } else { 0 };
        if taken > 0 && used + w > columns {
            break;
        }
        if taken > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
        used += w;
        taken += 1;
    }
    (out, total.saturating_sub(taken))
}

/// Columns of `text` that are not blank, as the wrapping counts them: graphemes
/// wider than a line are left out, as the wrapping leaves them out.
fn inked_width(text: &str, width: usize) -> usize {
    // Printable ASCII is one grapheme a byte, one column each, blank only as a space.
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return if width == 0 {
            0
        } else {
            text.bytes().filter(|&b| b != b' ').count()
        };
    }
    Span::raw(text)
        .styled_graphemes(Style::default())
        .filter(|g| !g.is_whitespace())
        .map(|g| usize::from(g.symbol.cell_width()))
        .filter(|&w| w <= width)
        .sum()
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::text::Line;
    use ratatui::widgets::{Paragraph, Widget, Wrap};

    use super::*;

    fn draw(lines: Vec<Line<'_>>, area: Rect) -> Buffer {
        let mut buf = Buffer::empty(area);
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(area, &mut buf);
        buf
    }

    #[test]
    fn within_takes_whole_parts_up_to_the_columns_and_counts_the_rest() {
        let parts = ["Menarini", "GSK", "Lilly", "Kedrion"];
        let within = |parts: &[&'static str], sep: &str, columns: usize| {
            within(parts.iter().copied(), parts.len(), sep, columns)
        };
        // "Menarini, GSK" is 13 columns; ", Lilly" would make 20.
        assert_eq!(within(&parts, ", ", 19), ("Menarini, GSK".to_owned(), 2));
        assert_eq!(
            within(&parts, ", ", 20),
            ("Menarini, GSK, Lilly".to_owned(), 1)
        );
        assert_eq!(within(&parts, ", ", 100).1, 0);
        // The first part is always taken, however narrow.
        assert_eq!(within(&parts, ", ", 0), ("Menarini".to_owned(), 3));
        assert_eq!(within(&[], ", ", 10), (String::new(), 0));
        // Wide characters count two columns each.
        assert_eq!(within(&["新药", "药"], "", 5), ("新药".to_owned(), 1));
        // The parts after the last one taken are never drawn from the iterator.
        let mut seen = 0;
        let parts = std::iter::repeat_n("GSK", 1000).inspect(|_| seen += 1);
        assert_eq!(
            super::within(parts, 1000, ", ", 8),
            ("GSK, GSK".to_owned(), 998)
        );
        assert_eq!(seen, 3);
    }

    #[test]
    fn ascii_is_counted_as_the_graphemes_are() {
        let graphemes = |t: &str, w: usize| -> usize {
            Span::raw(t)
                .styled_graphemes(Style::default())
                .filter(|g| !g.is_whitespace())
                .map(|g| usize::from(g.symbol.cell_width()))
                .filter(|&c| c <= w)
                .sum()
        };
        let ascii: String = (b' '..=b'~').map(char::from).collect();
        for t in [ascii.as_str(), "  due  parole ", "", "Ospedale Meyer"] {
            for w in [0, 1, 80] {
                assert_eq!(inked_width(t, w), graphemes(t, w), "{t:?} at {w}");
            }
        }
    }

    #[test]
    fn a_joined_list_cut_to_the_area_draws_the_same() {
        let words = [
            "Diagnostica avanzata",
            "x",
            "Università degli Studi di Firenze",
            "漢字の長い名前",
            "a-very-long-word-that-is-longer-than-a-narrow-line-of-text",
            "  spazi  ",
            "Medicina di precisione e terapie avanzate",
        ];
        let parts: Vec<&str> = words.iter().cycle().take(3000).copied().collect();
        for (w, h) in [(1, 1), (3, 2), (10, 4), (37, 9), (80, 24), (296, 98)] {
            let area = Rect::new(0, 0, w, h);
            for before in [0, 2, 5] {
                let head: Vec<Line> = (0..before)
                    .map(|i| Line::from(format!("riga {i}")))
                    .collect();
                let mut fill = Fill::new(area, before);
                let mut cut = head.clone();
                let mut whole = head;
                for sep in [", ", " · "] {
                    if fill.is_full() {
                        break;
                    }
                    cut.push(Line::from(fill.join(parts.iter().copied(), sep)));
                    whole.push(Line::from(parts.join(sep)));
                }
                assert_eq!(
                    draw(cut, area),
                    draw(whole, area),
                    "{w}x{h}, {before} lines before"
                );
            }
        }
    }
}
