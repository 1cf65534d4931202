//! A hit's one line: the whole field when it fits, else a window around the first
//! match, cut at word boundaries where it can be.

use nucleo_matcher::Utf32String;

use super::SNIPPET_CHARS;

/// Context kept before the first match when the start of the field is cut, so the
/// match reads in its sentence rather than at the very edge.
const LEAD: usize = 30;

/// How far back from a cut the end may move to avoid splitting a word.
const WORD_SLACK: usize = 20;

/// The text to show for `field` and the char indices of `matched` (ascending char
/// indices into the field) within it. Line breaks become spaces: a hit is one line.
pub(super) fn excerpt(field: &Utf32String, matched: &[u32]) -> (String, Vec<usize>) {
    // The end is trimmed: substring fields carry a padding space.
    let mut chars: Vec<char> = field.slice(..).chars().collect();
    while chars.last().is_some_and(|c| c.is_whitespace()) {
        chars.pop();
    }
    let first = matched.first().map_or(0, |&i| i as usize);
    let (start, end) = window(&chars, first);
    let cut_start = start > 0;
    let mut text = String::with_capacity(4 * (end - start) + 6);
    if cut_start {
        text.push('…');
    }
    text.extend(
        chars[start..end]
            .iter()
            .map(|&c| if c.is_whitespace() { ' ' } else { c }),
    );
    if end < chars.len() {
        text.push('…');
    }
    let shift = usize::from(cut_start);
    let highlight = matched
        .iter()
        .map(|&i| i as usize)
        .filter(|i| (start..end).contains(i))
        .map(|i| i - start + shift)
        .collect();
    (text, highlight)
}

/// The range of `chars` to show so that, with an "…" on each cut side, the line
/// holds at most [`SNIPPET_CHARS`] characters and includes `first`.
fn window(chars: &[char], first: usize) -> (usize, usize) {
    let n = chars.len();
    if n <= SNIPPET_CHARS {
        return (0, n);
    }
    let first = first.min(n - 1);
    let mut start = first.saturating_sub(LEAD);
    if start > 0 && n - start < SNIPPET_CHARS {
        // The end is in reach: spend the room on more context before the match.
        start = n - (SNIPPET_CHARS - 1);
    }
    if start > 0
        && let Some(ws) = chars[start..first].iter().position(|c| c.is_whitespace())
    {
        start += ws + 1;
    }
    let room = SNIPPET_CHARS - usize::from(start > 0);
    if n - start <= room {
        return (start, n);
    }
    let mut end = start + room - 1;
    if let Some(ws) = chars[first + 1..end]
        .iter()
        .rposition(|c| c.is_whitespace())
        .map(|p| first + 1 + p)
        .filter(|&p| p + WORD_SLACK >= end)
    {
        end = ws;
    }
    (start, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf32(s: &str) -> Utf32String {
        Utf32String::Unicode(s.chars().collect())
    }

    #[test]
    fn a_short_field_is_shown_whole_on_one_line() {
        let (text, hl) = excerpt(&utf32("Università\ndi Siena"), &[0, 11]);
        assert_eq!(text, "Università di Siena");
        assert_eq!(hl, vec![0, 11]);
    }

    #[test]
    fn a_long_field_is_cut_around_the_first_match_at_word_boundaries() {
        let words: Vec<String> = (0..100).map(|i| format!("w{i:02}")).collect();
        let field = words.join(" ");
        let at = field.find("w40").unwrap();
        let matched: Vec<u32> = (at as u32..at as u32 + 3).collect();
        let (text, hl) = excerpt(&utf32(&field), &matched);
        assert!(text.chars().count() <= SNIPPET_CHARS, "{text}");
        assert!(text.starts_with("…w") && text.ends_with('…'), "{text}");
        assert!(!text.contains(" …") && !text.contains("… "), "{text}");
        let chars: Vec<char> = text.chars().collect();
        let shown: String = hl.iter().map(|&i| chars[i]).collect();
        assert_eq!(shown, "w40");
    }

    #[test]
    fn a_match_near_the_end_shows_the_end() {
        let field = format!("{} fine", "parola ".repeat(40));
        let at = field.find("fine").unwrap() as u32;
        let (text, hl) = excerpt(&utf32(&field), &[at, at + 1, at + 2, at + 3]);
        assert!(text.starts_with('…') && text.ends_with("fine"), "{text}");
        assert!(text.chars().count() <= SNIPPET_CHARS);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(hl.iter().map(|&i| chars[i]).collect::<String>(), "fine");
    }

    #[test]
    fn matches_outside_the_window_are_not_highlighted() {
        let field = format!("alfa {}omega", "x".repeat(300));
        let (text, hl) = excerpt(&utf32(&field), &[0, 305]);
        assert!(text.starts_with("alfa") && text.ends_with('…'));
        assert_eq!(hl, vec![0]);
    }
}
