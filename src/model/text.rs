//! Displayable text. Every human-readable string of a data file passes through
//! [`sanitize`] while it is deserialised, so nothing a file holds can act on a
//! terminal: control characters, escape sequences and invisible formatting
//! characters become visible and inert, tabs become spaces.

use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Width of a tab stop when tabs are expanded.
const TAB_WIDTH: usize = 4;

/// A sanitised string from a data file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Text(String);

impl Text {
    /// Sanitises `s` and wraps it.
    pub fn new(s: &str) -> Self {
        Self(sanitize(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Self::new(s)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        // Nearly every string is clean: keep it rather than copy it.
        Ok(if is_clean(&raw) {
            Self(raw)
        } else {
            Self::new(&raw)
        })
    }
}

/// Makes `s` safe and visible on a terminal.
///
/// - `\n` is kept (it separates lines); `\r\n` becomes `\n`; a lone `\r` is shown as `␍`.
/// - Tabs are expanded to the next multiple of [`TAB_WIDTH`] columns.
/// - Other C0 controls and DEL are shown as their Unicode control pictures (`␛`, `␇`, `␀`…),
///   so an escape sequence loses its ESC and is printed as plain text.
/// - C1 controls (U+0080–U+009F), bidirectional overrides and isolates, zero-width and other
///   invisible format characters are shown as `⟨U+XXXX⟩`.
/// - Emoji and text presentation selectors (U+FE0E, U+FE0F) and skin-tone modifiers
///   (U+1F3FB–U+1F3FF) are dropped: terminals disagree on how many columns they make a
///   character take (`❤️` one or two, `👍🏽` two or four), and a screen's borders only
///   stay in place when the program and the terminal count the same.
pub fn sanitize(s: &str) -> String {
    if is_clean(s) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut column = 0usize;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                out.push('\n');
                column = 0;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\t' => {
                let spaces = TAB_WIDTH - column % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', spaces));
                column += spaces;
            }
            c if (c as u32) < 0x20 => {
                // The control pictures block mirrors C0 at U+2400.
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'));
                column += 1;
            }
            '\u{7f}' => {
                out.push('\u{2421}');
                column += 1;
            }
            '\u{fe0e}' | '\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}' => {}
            c if is_invisible(c) => {
                let shown = format!("⟨U+{:04X}⟩", c as u32);
                column += shown.chars().count();
                out.push_str(&shown);
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

/// Whether `c` would act on a terminal or hide text: a control character, or an
/// invisible one. [`sanitize`] replaces every such character.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_invisible(c)
}

/// Whether [`sanitize`] gives `s` back as it is: no tab, carriage return, control
/// or invisible character, nothing it drops (a newline stays a newline). Every
/// string of a document is looked at while it loads, so printable ASCII, nearly
/// all of one, is taken sixteen bytes at a time.
fn is_clean(s: &str) -> bool {
    let printable = |b: u8| (b' '..b'\x7f').contains(&b) || b == b'\n';
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Every byte of the chunk looked at, no early way out: what lets the
        // compiler take them together.
        if let Some(chunk) = bytes.get(i..i + 16)
            && chunk.iter().fold(true, |ok, &b| ok & printable(b))
        {
            i += 16;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        if !is_clean_char(c) {
            return false;
        }
        i += c.len_utf8();
    }
    true
}

fn is_clean_char(c: char) -> bool {
    match c {
        '\n' => true,
        c if c < ' ' || c == '\u{7f}' => false,
        // Dropped by `sanitize`, so not clean either.
        '\u{fe0e}' | '\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}' => false,
        c => c.is_ascii() || !is_invisible(c),
    }
}

/// Characters that are invisible or change how other text is displayed.
fn is_invisible(c: char) -> bool {
    matches!(c as u32,
        0x80..=0x9F          // C1 controls, including CSI (U+009B)
        | 0xAD               // soft hyphen
        | 0x061C             // Arabic letter mark
        | 0x180E             // Mongolian vowel separator
        | 0x200B..=0x200F    // zero-width space/joiners, LRM, RLM
        | 0x2028 | 0x2029    // line and paragraph separators
        | 0x202A..=0x202E    // bidi embeddings and overrides
        | 0x2060..=0x206F    // word joiner, invisible operators, bidi isolates
        | 0xFEFF             // zero-width no-break space
        | 0xFFF9..=0xFFFB    // interlinear annotation
        | 0xE0000..=0xE007F  // tag characters
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `s` contains nothing that a terminal would interpret.
    fn is_inert(s: &str) -> bool {
        s.chars().all(|c| c == '\n' || !is_unsafe(c))
    }

    #[test]
    fn plain_text_is_unchanged() {
        assert_eq!(
            sanitize("Università di Siena – 3,75 mld €"),
            "Università di Siena – 3,75 mld €"
        );
    }

    #[test]
    fn escape_sequences_lose_their_escape() {
        let s = sanitize("a\x1b]0;pwned\x07b\x1b[2J");
        assert_eq!(s, "a␛]0;pwned␇b␛[2J");
        assert!(is_inert(&s));
    }

    #[test]
    fn c1_and_bidi_controls_become_visible() {
        assert_eq!(sanitize("x\u{9b}31m"), "x⟨U+009B⟩31m");
        assert_eq!(sanitize("\u{202e}abc"), "⟨U+202E⟩abc");
        assert_eq!(sanitize("a\u{200b}b"), "a⟨U+200B⟩b");
    }

    #[test]
    fn tabs_expand_to_the_next_stop() {
        assert_eq!(sanitize("a\tb"), "a   b");
        assert_eq!(sanitize("abcd\te"), "abcd    e");
        assert_eq!(sanitize("x\n\ty"), "x\n    y");
    }

    #[test]
    fn line_endings() {
        assert_eq!(sanitize("a\r\nb"), "a\nb");
        assert_eq!(sanitize("a\rb"), "a␍b");
        assert_eq!(sanitize("nul\0bs\x08del\x7f"), "nul␀bs␈del␡");
    }

    #[test]
    fn clean_text_is_kept_as_it_is_and_the_rest_is_not_clean() {
        let samples = [
            "",
            "Università di Siena – 3,75 mld €",
            "due\nrighe",
            "漢字 e\u{301}",
            "a\tb",
            "a\r\nb",
            "a\rb",
            "x\u{9b}",
            "\u{202e}abc",
            "nul\0",
            "del\x7f",
            "soft\u{ad}hyphen",
        ];
        for s in samples {
            assert_eq!(is_clean(s), sanitize(s) == s, "{s:?}");
        }
        let doc = crate::model::load_embedded().unwrap().doc;
        for o in &doc.organisations {
            assert!(is_clean(&o.name));
        }
    }

    proptest::proptest! {
        /// Sixteen bytes at a time or a character at a time, the same answer,
        /// wherever in a long string the one character that is not clean falls.
        #[test]
        fn clean_in_chunks_is_clean_char_by_char(
            text in "[a-z ,.\\n]{0,40}[à-ü’]?[a-z ,.\\n]{0,40}",
            odd in proptest::sample::select(vec!['\t', '\r', '\u{1b}', '\u{7f}', '\u{9b}', '\u{ad}', '\u{200b}', '\u{fe0f}', 'é', 'a']),
            at in 0usize..82,
        ) {
            let mut s: String = text;
            let at = s.char_indices().map(|(i, _)| i).nth(at).unwrap_or(s.len());
            s.insert(at, odd);
            proptest::prop_assert_eq!(is_clean(&s), s.chars().all(is_clean_char), "{:?}", s);
            proptest::prop_assert_eq!(is_clean(&s), sanitize(&s) == s, "{:?}", s);
        }
    }

    #[test]
    fn wide_and_combining_characters_are_kept() {
        assert_eq!(sanitize("漢字 e\u{301}"), "漢字 e\u{301}");
    }

    #[test]
    fn emoji_keep_one_width_whoever_counts() {
        use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
        // Counted as a whole (as the program does) and character by character (as
        // many terminals do), the sanitised text takes the same columns.
        let per_char = |s: &str| -> usize { s.chars().filter_map(UnicodeWidthChar::width).sum() };
        for (raw, ambiguous) in [
            ("❤\u{fe0f}", true),
            ("👍\u{1f3fd}", true),
            ("⌚\u{fe0e}", true),
            ("1\u{fe0f}\u{20e3}", true),
            ("👨\u{200d}👩", true),
            ("🇮🇹", false),
        ] {
            assert_eq!(raw.width() != per_char(raw), ambiguous, "{raw:?}");
            let s = sanitize(raw);
            assert_eq!(s.width(), per_char(&s), "{raw:?} became {s:?}");
        }
        assert_eq!(sanitize("❤\u{fe0f} 👍\u{1f3fd}"), "❤ 👍");
    }
}
