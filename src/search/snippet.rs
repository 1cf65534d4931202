//! A hit's one line: the whole field when it fits, else a window centred on the
//! matches, cut at word boundaries where it can be, with every matched word in
//! it highlighted.

use super::SNIPPET_CHARS;

/// How far a cut may move to avoid splitting a word.
const WORD_SLACK: usize = 20;

/// The text to show for `text` and the char indices to highlight in it, given the
/// char ranges of `text` that matched (ascending). Line breaks become spaces: a
/// hit is one line.
pub(super) fn excerpt(text: &str, marks: &[(usize, usize)]) -> (String, Vec<usize>) {
    cut(text, marks, SNIPPET_CHARS)
}

/// [`excerpt`] for a line of `max` characters: a hit's text and highlight (char
/// indices) cut again to the room a screen has, centred on the highlight as the
/// excerpt was.
pub fn fit(text: &str, highlight: &[usize], max: usize) -> (String, Vec<usize>) {
    let mut marks: Vec<(usize, usize)> = Vec::new();
    for &i in highlight {
        match marks.last_mut() {
            Some(m) if m.1 == i => m.1 = i + 1,
            _ => marks.push((i, i + 1)),
        }
    }
    // A "…" the excerpt began with is text like any other here.
    cut(text, &marks, max.max(3))
}

fn cut(text: &str, marks: &[(usize, usize)], max: usize) -> (String, Vec<usize>) {
    let mut chars: Vec<char> = text.chars().collect();
    while chars.last().is_some_and(|c| c.is_whitespace()) {
        chars.pop();
    }
    let (start, end) = window(&chars, marks, max);
    let cut_start = start > 0;
    let mut out = String::with_capacity(4 * (end - start) + 6);
    if cut_start {
        out.push('…');
    }
    out.extend(
        chars[start..end]
            .iter()
            .map(|&c| if c.is_whitespace() { ' ' } else { c }),
    );
    if end < chars.len() {
        out.push('…');
    }
    let shift = usize::from(cut_start);
    let highlight = marks
        .iter()
        .flat_map(|&(a, b)| a.max(start)..b.min(end))
        .map(|i| i - start + shift)
        .collect();
    (out, highlight)
}

/// The range of `chars` to show so that, with an "…" on each cut side, the line
/// holds at most `max` characters: the run of matches that holds the most of
/// them in that room, centred.
fn window(chars: &[char], marks: &[(usize, usize)], max: usize) -> (usize, usize) {
    let n = chars.len();
    if n <= max {
        return (0, n);
    }
    // Two "…" at most.
    let room = max - 2;
    let (first, last) = densest(marks, room).unwrap_or((0, 0));
    let span = last.saturating_sub(first);
    let lead = (room - span.min(room)) / 2;
    let mut start = first.saturating_sub(lead).min(n - room);
    let mut end = (start + room).min(n);
    if start == 0 {
        end = (max - 1).min(n);
    } else if end == n {
        start = n - (max - 1);
    }
    // Cut between words, not inside one, when that keeps the matches in view.
    let slack = WORD_SLACK.min(room / 8);
    if start > 0
        && let Some(ws) = chars[start..first.max(start)]
            .iter()
            .take(slack)
            .position(|c| c.is_whitespace())
    {
        start += ws + 1;
    }
    if end < n
        && let Some(ws) = chars[last.min(end)..end]
            .iter()
            .rev()
            .take(slack)
            .position(|c| c.is_whitespace())
    {
        end -= ws + 1;
    }
    while start < end && chars[start].is_whitespace() && start > 0 {
        start += 1;
    }
    while end > start && chars[end - 1].is_whitespace() && end < n {
        end -= 1;
    }
    (start, end)
}

/// The first char of the first match and past the last char of the last match of
/// the run of matches that fits in `room` characters and holds the most of them.
fn densest(marks: &[(usize, usize)], room: usize) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize, usize)> = None;
    for (i, &(a, _)) in marks.iter().enumerate() {
        let fit = marks[i..]
            .iter()
            .take_while(|&&(_, b)| b <= a + room)
            .count()
            .max(1);
        if best.is_none_or(|(n, _, _)| fit > n) {
            best = Some((fit, a, marks[i + fit - 1].1));
        }
    }
    best.map(|(_, a, b)| (a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, hl: &[usize]) -> String {
        let chars: Vec<char> = text.chars().collect();
        hl.iter().map(|&i| chars[i]).collect()
    }

    #[test]
    fn a_short_field_is_shown_whole_on_one_line() {
        let (text, hl) = excerpt("Università\ndi Siena", &[(0, 10), (14, 19)]);
        assert_eq!(text, "Università di Siena");
        assert_eq!(shown(&text, &hl), "UniversitàSiena");
    }

    #[test]
    fn a_long_field_is_cut_around_the_match_at_word_boundaries_and_centred() {
        let words: Vec<String> = (0..100).map(|i| format!("w{i:02}")).collect();
        let field = words.join(" ");
        let at = field.find("w50").unwrap();
        let (text, hl) = excerpt(&field, &[(at, at + 3)]);
        assert!(text.chars().count() <= SNIPPET_CHARS, "{text}");
        assert!(text.starts_with("…w") && text.ends_with('…'), "{text}");
        assert!(!text.contains(" …") && !text.contains("… "), "{text}");
        assert_eq!(shown(&text, &hl), "w50");
        // Centred: about as much before as after.
        let pos = text.find("w50").unwrap();
        let after = text.len() - pos;
        assert!(pos.abs_diff(after) < 16, "{text}");
    }

    #[test]
    fn a_match_near_the_end_shows_the_end() {
        let field = format!("{} fine", "parola ".repeat(40));
        let at = field.find("fine").unwrap();
        let (text, hl) = excerpt(&field, &[(at, at + 4)]);
        assert!(text.starts_with('…') && text.ends_with("fine"), "{text}");
        assert!(text.chars().count() <= SNIPPET_CHARS);
        assert_eq!(shown(&text, &hl), "fine");
    }

    #[test]
    fn the_window_holds_the_most_matches_and_highlights_all_of_them() {
        let field = format!(
            "alfa {} beta x gamma {} omega",
            "y ".repeat(100),
            "z ".repeat(100)
        );
        let find = |w: &str| {
            let a = field.find(w).unwrap();
            (a, a + w.len())
        };
        let marks = [find("alfa"), find("beta"), find("gamma"), find("omega")];
        let (text, hl) = excerpt(&field, &marks);
        assert_eq!(shown(&text, &hl), "betagamma", "{text}");
    }

    #[test]
    fn a_hit_fits_a_narrower_line_with_its_matches_in_view() {
        let field = format!(
            "{} sostenibilità del sistema {}",
            "a ".repeat(80),
            "b ".repeat(80)
        );
        let s = field.find("sostenibilità").unwrap();
        let s = field[..s].chars().count();
        let (text, hl) = excerpt(&field, &[(s, s + 13), (s + 18, s + 25)]);
        for max in [30, 45] {
            let (line, hl2) = fit(&text, &hl, max);
            assert!(line.chars().count() <= max, "{max}: {line}");
            assert_eq!(shown(&line, &hl2), "sostenibilitàsistema", "{max}: {line}");
            assert!(!line.contains("… ") && !line.contains(" …"), "{line}");
        }
        // Too narrow for both: the first, whole.
        let (line, hl2) = fit(&text, &hl, 20);
        assert_eq!(shown(&line, &hl2), "sostenibilità", "{line}");
        assert!(!line.contains("… ") && !line.contains(" …"), "{line}");
        // Room enough: nothing changes.
        assert_eq!(fit(&text, &hl, 200), (text.clone(), hl.clone()));
    }

    #[test]
    fn a_match_cut_before_the_excerpt_is_never_left_out() {
        let field = format!("{} nutraceutica {}", "a ".repeat(200), "b ".repeat(200));
        let at = field.find("nutrac").unwrap();
        let (text, hl) = excerpt(&field, &[(at, at + 6)]);
        assert!(text.contains("nutraceutica"), "{text}");
        assert_eq!(shown(&text, &hl), "nutrac");
    }
}
