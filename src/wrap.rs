//! Word wrapping by display width, shared by rendering and by navigation (which
//! needs to know how tall an item is).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wraps `text` to `width` columns. Words longer than the width are broken.
/// Newlines in the text start new lines. Always returns at least one line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0;
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            let w = UnicodeWidthStr::width(word);
            let sep = usize::from(line_w > 0);
            if line_w + sep + w <= width {
                if sep == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                line_w += sep + w;
                continue;
            }
            if line_w > 0 {
                lines.push(std::mem::take(&mut line));
                line_w = 0;
            }
            if w <= width {
                line.push_str(word);
                line_w = w;
            } else {
                for ch in word.chars() {
                    let cw = UnicodeWidthChar::width(ch).unwrap_or(0);
                    if line_w + cw > width && line_w > 0 {
                        lines.push(std::mem::take(&mut line));
                        line_w = 0;
                    }
                    line.push(ch);
                    line_w += cw;
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// Cuts `text` to at most `width` columns, ending with "…" when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if UnicodeWidthStr::width(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut w = 0;
    for ch in text.chars() {
        let cw = UnicodeWidthChar::width(ch).unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(ch);
        w += cw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_on_words() {
        assert_eq!(
            wrap("uno due tre quattro", 8),
            ["uno due", "tre", "quattro"]
        );
    }

    #[test]
    fn breaks_long_words_and_keeps_newlines() {
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\nb", 10), ["a", "b"]);
        assert_eq!(wrap("", 10), [""]);
    }

    #[test]
    fn wide_characters_count_double() {
        assert_eq!(wrap("漢字漢字", 4), ["漢字", "漢字"]);
        assert_eq!(truncate("Università", 5), "Univ…");
        assert_eq!(truncate("abc", 5), "abc");
    }
}
