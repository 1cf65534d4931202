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
            if line_w > 0 && !out.end_line() {
                return;
            }
            // A word longer than the line (a web address) is broken after a `/`
            // where one falls in the line, else where the line is full.
            let mut rest = word;
            while word_width(rest) > width {
                let full = fitting(rest, width);
                let cut = slash_break(&rest[..full]).unwrap_or(full);
                out.text(&rest[..cut]);
                if !out.end_line() {
                    return;
                }
                rest = &rest[cut..];
            }
            out.text(rest);
            line_w = word_width(rest);
        }
        if !out.end_line() {
            return;
        }
    }
}

/// Bytes of the longest start of `word` that fits in `width` columns; at least
/// one character, so that a line always moves on.
fn fitting(word: &str, width: usize) -> usize {
    let mut w = 0;
    for (i, ch) in word.char_indices() {
        let cw = UnicodeWidthChar::width(ch).unwrap_or(0);
        if w + cw > width && i > 0 {
            return i;
        }
        w += cw;
    }
    word.len()
}

/// Where to break `head`, the part of a long word that fits: after its last `/`
/// that ends a path segment (not inside the `//` of a scheme, nor right after it).
fn slash_break(head: &str) -> Option<usize> {
    let after_scheme = head.find("://").map_or(0, |i| i + 3);
    head.match_indices('/')
        .map(|(i, _)| i + 1)
        .rfind(|&cut| cut > after_scheme && !head[cut..].starts_with('/'))
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
    fn long_addresses_break_after_a_slash() {
        let url = "https://www.example.org/strategia/s3/roadmap-2021.pdf";
        let lines = wrap(url, 30);
        assert_eq!(
            lines,
            ["https://www.example.org/", "strategia/s3/roadmap-2021.pdf"]
        );
        assert_eq!(
            wrap(url, 20),
            [
                "https://www.example.",
                "org/strategia/s3/",
                "roadmap-2021.pdf"
            ]
        );
        assert_eq!(lines.concat(), url);
        // No slash past the scheme within the line: broken where the line is full.
        assert_eq!(
            wrap("https://averyveryverylonghost.example.org", 16),
            ["https://averyver", "yverylonghost.ex", "ample.org"]
        );
        assert_eq!(line_count(url, 20), 3);
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
