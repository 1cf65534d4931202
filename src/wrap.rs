//! Word wrapping by display width, shared by rendering and by navigation (which
//! needs to know how tall an item is).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Where wrapped text goes: the lines themselves, or only how many there are.
trait Sink {
    fn text(&mut self, s: &str);
    /// Ends a line; false when no more lines are wanted.
    fn end_line(&mut self) -> bool;
}

struct Collect {
    done: Vec<String>,
    line: String,
    max: usize,
}

impl Sink for Collect {
    fn text(&mut self, s: &str) {
        self.line.push_str(s);
    }
    fn end_line(&mut self) -> bool {
        self.done.push(std::mem::take(&mut self.line));
        self.done.len() < self.max
    }
}

struct Count(usize);

impl Sink for Count {
    fn text(&mut self, _: &str) {}
    fn end_line(&mut self) -> bool {
        self.0 += 1;
        true
    }
}

/// The one wrapping algorithm, so that a count of lines always agrees with the
/// lines drawn.
fn wrap_into(text: &str, width: usize, out: &mut impl Sink) {
    let width = width.max(1);
    let mut buf = [0u8; 4];
    for para in text.split('\n') {
        let mut line_w = 0;
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            let w = word_width(word);
            let sep = usize::from(line_w > 0);
            if line_w + sep + w <= width {
                if sep == 1 {
                    out.text(" ");
                }
                out.text(word);
                line_w += sep + w;
                continue;
            }
            if line_w > 0 {
                if !out.end_line() {
                    return;
                }
                line_w = 0;
            }
            if w <= width {
                out.text(word);
                line_w = w;
            } else {
                for ch in word.chars() {
                    let cw = UnicodeWidthChar::width(ch).unwrap_or(0);
                    if line_w + cw > width && line_w > 0 {
                        if !out.end_line() {
                            return;
                        }
                        line_w = 0;
                    }
                    out.text(ch.encode_utf8(&mut buf));
                    line_w += cw;
                }
            }
        }
        if !out.end_line() {
            return;
        }
    }
}

/// Columns of a word. Printable ASCII, most of any text, takes one column a byte;
/// counting it so makes measuring a long list several times faster.
fn word_width(word: &str) -> usize {
    if word.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        word.len()
    } else {
        UnicodeWidthStr::width(word)
    }
}

/// Wraps `text` to `width` columns. Words longer than the width are broken.
/// Newlines in the text start new lines. Always returns at least one line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_first(text, width, usize::MAX)
}

/// The first `max` lines of [`wrap`], wrapping no further than they reach.
pub fn wrap_first(text: &str, width: usize, max: usize) -> Vec<String> {
    let mut out = Collect {
        done: Vec::new(),
        line: String::new(),
        max,
    };
    if max > 0 {
        wrap_into(text, width, &mut out);
    }
    out.done
}

/// How many lines [`wrap`] makes of `text` at `width`, without making them.
pub fn line_count(text: &str, width: usize) -> usize {
    let mut out = Count(0);
    wrap_into(text, width, &mut out);
    out.0
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

    #[test]
    fn printable_ascii_is_one_column_a_byte() {
        let ascii: String = (b' '..=b'~').map(char::from).collect();
        assert_eq!(word_width(&ascii), UnicodeWidthStr::width(ascii.as_str()));
        for c in ascii.chars() {
            assert_eq!(UnicodeWidthChar::width(c), Some(1), "{c:?}");
        }
        for word in ["Università", "漢字", "e\u{301}", "a\u{200b}b", "x\ty"] {
            assert_eq!(word_width(word), UnicodeWidthStr::width(word), "{word:?}");
        }
    }

    #[test]
    fn the_count_of_lines_agrees_with_the_lines() {
        let doc = crate::model::load_embedded().unwrap().doc;
        let mut texts: Vec<String> = doc
            .preface
            .paragraphs
            .iter()
            .chain(doc.roadmaps.iter().flat_map(|r| r.context.iter()))
            .map(ToString::to_string)
            .collect();
        texts.extend(doc.organisations.iter().map(|o| o.name.to_string()));
        texts.extend(
            [
                "",
                " ",
                "a\n\nb",
                "abcdefghij klm",
                "漢字漢字 漢",
                "uno  due   tre",
            ]
            .map(String::from),
        );
        for t in &texts {
            for width in [0, 1, 2, 3, 7, 20, 40, 76, 156, 296] {
                let all = wrap(t, width);
                assert_eq!(line_count(t, width), all.len(), "{t:?} at {width}");
                for max in [1, 2, 3] {
                    let first = wrap_first(t, width, max);
                    assert_eq!(first, all[..all.len().min(max)], "{t:?} at {width}");
                }
            }
        }
    }
}
