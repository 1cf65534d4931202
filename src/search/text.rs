//! Words as search sees them: split at anything that is not a letter or a digit,
//! folded (lower case, accents off) one character for one, and stemmed in Italian
//! and English.

use nucleo_matcher::chars::{normalize, to_lower_case};
use rust_stemmers::{Algorithm, Stemmer};

/// A stem shorter than this is not compared: "casa" and "caso" share "cas".
const MIN_STEM_CHARS: usize = 3;

/// One word of a text: its char range and its folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Token {
    /// Char index of the first character.
    pub start: usize,
    /// Char index past the last character.
    pub end: usize,
    /// Lower case, accents off, one char per char of the text.
    pub folded: String,
}

/// The words of `text`, in order. Apostrophes, hyphens and dots separate words:
/// "dell’innovazione" holds "dell" and "innovazione", "3.800" holds "3" and "800".
pub(super) fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut cur: Option<Token> = None;
    for (i, c) in text.chars().enumerate() {
        if c.is_alphanumeric() {
            let t = cur.get_or_insert_with(|| Token {
                start: i,
                end: i,
                folded: String::new(),
            });
            t.end = i + 1;
            t.folded.push(fold(c));
        } else if let Some(t) = cur.take() {
            out.push(t);
        }
    }
    out.extend(cur);
    out
}

/// A character without its accent, in lower case, by nucleo's own tables: one
/// char for one, so that folded text keeps the text's char indices.
pub(super) fn fold(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        to_lower_case(normalize(c))
    }
}

/// The two stemmers a word is compared by.
pub(super) struct Stemmers {
    it: Stemmer,
    en: Stemmer,
}

impl Clone for Stemmers {
    fn clone(&self) -> Self {
        Self::default()
    }
}

impl Default for Stemmers {
    fn default() -> Self {
        Self {
            it: Stemmer::create(Algorithm::Italian),
            en: Stemmer::create(Algorithm::English),
        }
    }
}

/// A word's Italian and English stems, folded; `None` when too short to compare.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Stems {
    pub it: Option<Box<str>>,
    pub en: Option<Box<str>>,
}

impl Stems {
    /// Whether `self` and `other` share a stem in either language.
    pub fn meet(&self, other: &Self) -> bool {
        let same = |a: &Option<Box<str>>, b: &Option<Box<str>>| matches!((a, b), (Some(a), Some(b)) if a == b);
        same(&self.it, &other.it) || same(&self.en, &other.en)
    }
}

impl Stemmers {
    /// The stems of a folded word. Stemming the folded form, accents off, makes
    /// "università" and "universita" one word to the stemmers too.
    pub fn stems(&self, folded: &str) -> Stems {
        let stem = |s: &Stemmer| {
            let st: String = s.stem(folded).chars().map(fold).collect();
            (st.chars().count() >= MIN_STEM_CHARS).then(|| st.into_boxed_str())
        };
        Stems {
            it: stem(&self.it),
            en: stem(&self.en),
        }
    }
}

/// Whether `a` and `b` are at most one edit apart: one letter changed, added,
/// removed, or two neighbours swapped.
pub(super) fn one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if b.len() - a.len() > 1 {
        return false;
    }
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if head == a.len() {
        return true;
    }
    if a.len() == b.len() {
        // A change, or a swap of neighbours.
        a[head + 1..] == b[head + 1..]
            || (head + 1 < a.len()
                && a[head] == b[head + 1]
                && a[head + 1] == b[head]
                && a[head + 2..] == b[head + 2..])
    } else {
        // One letter more in `b`.
        a[head..] == b[head + 1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|t| t.folded).collect()
    }

    #[test]
    fn words_split_at_apostrophes_hyphens_and_dots_and_fold_accents() {
        assert_eq!(
            words("Dell’Università, l'e-health: 3.800 PIÙ"),
            ["dell", "universita", "l", "e", "health", "3", "800", "piu"]
        );
        let t = &tokens("l’Ateneo")[1];
        assert_eq!((t.start, t.end, t.folded.as_str()), (2, 8, "ateneo"));
    }

    #[test]
    fn italian_singular_and_plural_share_a_stem() {
        let s = Stemmers::default();
        let stems = |w: &str| s.stems(w);
        for (a, b) in [
            ("sperimentazione", "sperimentazioni"),
            ("clinica", "cliniche"),
            ("dispositivo", "dispositivi"),
            ("farmaceutica", "farmaceutici"),
            ("trials", "trial"),
            ("devices", "device"),
        ] {
            assert!(stems(a).meet(&stems(b)), "{a} {b}");
        }
        assert!(!stems("clinica").meet(&stems("chimica")));
        // Too short to compare.
        assert_eq!(stems("di"), Stems::default());
    }

    #[test]
    fn one_edit_allows_a_change_an_addition_a_removal_or_a_swap() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        let yes = [
            ("menarini", "menarini"),
            ("menarni", "menarini"),
            ("menarinni", "menarini"),
            ("menarimi", "menarini"),
            ("mnearini", "menarini"),
        ];
        for (a, b) in yes {
            assert!(one_edit(&c(a), &c(b)), "{a} {b}");
            assert!(one_edit(&c(b), &c(a)), "{b} {a}");
        }
        for (a, b) in [
            ("menri", "menarini"),
            ("mnearnii", "menarini"),
            ("abcd", "dcba"),
        ] {
            assert!(!one_edit(&c(a), &c(b)), "{a} {b}");
        }
    }
}
