//! Query words and their matching: a cheap test over folded text that rules most
//! fields out, then nucleo's scores and indices for the rest.

use memchr::memchr;
use memchr::memmem::Finder;
use nucleo_matcher::Matcher;
use nucleo_matcher::chars::{normalize, to_lower_case};
use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};

use super::{Entry, FUZZY_FLOOR};

/// Stands for a character that folds to something other than ASCII: it can never
/// equal a byte of an ASCII word, and it keeps one byte per character.
const OTHER: u8 = 0x80;

pub(super) struct Word {
    fuzzy: Atom,
    substring: Atom,
    /// The least fuzzy score that counts as a match.
    floor: u16,
    /// The word as nucleo compares it, when it is ASCII: then nucleo folds the
    /// field too (accents off, lower case), and a word that does not occur in
    /// [`fold`]ed text cannot match. A word with accents turns folding off, and is
    /// left to nucleo alone.
    ascii: Option<Finder<'static>>,
}

impl Word {
    /// The words of `query`, split at whitespace.
    pub(super) fn parse(query: &str, matcher: &mut Matcher) -> Vec<Self> {
        query
            .split_whitespace()
            .map(|w| {
                let atom =
                    |kind| Atom::new(w, CaseMatching::Ignore, Normalization::Smart, kind, false);
                let fuzzy = atom(AtomKind::Fuzzy);
                // A word matched against itself scores the best any field can.
                let best = fuzzy.score(fuzzy.needle_text(), matcher).unwrap_or(0);
                let ascii = w
                    .is_ascii()
                    .then(|| Finder::new(&w.to_ascii_lowercase()).into_owned());
                Self {
                    floor: (u32::from(best) * FUZZY_FLOOR.0 / FUZZY_FLOOR.1) as u16,
                    substring: atom(AtomKind::Substring),
                    fuzzy,
                    ascii,
                }
            })
            .collect()
    }

    /// Characters nucleo matches.
    pub(super) fn len(&self) -> u32 {
        self.fuzzy.needle_text().len() as u32
    }

    fn atom(&self, e: &Entry) -> &Atom {
        if e.fuzzy {
            &self.fuzzy
        } else {
            &self.substring
        }
    }
}

/// Every field [`fold`]ed, short and long fields in two buffers, so that ruling
/// fields out is one pass over contiguous memory per word rather than a lookup
/// per field. One byte per character keeps them a quarter of the size of the
/// fields nucleo matches.
#[derive(Debug, Clone, Default)]
pub(super) struct Folded {
    /// Fuzzy fields, back to back.
    short: Vec<u8>,
    /// Substring fields, each followed by a line break: no query word holds
    /// whitespace, so none is found across two fields.
    long: Vec<u8>,
    /// Per entry: where its folded text is, and in which buffer.
    spans: Vec<Span>,
    /// Per long field, in order: where it ends in `long`, and its entry.
    long_ends: Vec<(usize, usize)>,
}

#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    long: bool,
}

impl Folded {
    /// Adds the next entry's field.
    pub(super) fn push(&mut self, text: &str, fuzzy: bool) {
        let entry = self.spans.len();
        let buf = if fuzzy {
            &mut self.short
        } else {
            &mut self.long
        };
        let start = buf.len();
        buf.extend(text.chars().map(fold));
        let end = buf.len();
        if !fuzzy {
            buf.push(b'\n');
            self.long_ends.push((end, entry));
        }
        self.spans.push(Span {
            start,
            end,
            long: !fuzzy,
        });
    }

    /// The entries every word may match, ascending: a long field must contain
    /// each ASCII word, a short one must hold its letters in order.
    pub(super) fn candidates(&self, words: &[Word]) -> Vec<usize> {
        let mut pass = vec![true; self.spans.len()];
        let mut found = vec![false; self.spans.len()];
        for w in words.iter().filter_map(|w| w.ascii.as_ref()) {
            found.fill(false);
            let mut from = 0;
            while let Some(at) = w.find(&self.long[from..]).map(|at| from + at) {
                let k = self.long_ends.partition_point(|&(end, _)| end <= at);
                let Some(&(end, entry)) = self.long_ends.get(k) else {
                    break;
                };
                found[entry] = true;
                from = end;
            }
            for (i, s) in self.spans.iter().enumerate() {
                if pass[i] {
                    pass[i] = if s.long {
                        found[i]
                    } else {
                        in_order(w.needle(), &self.short[s.start..s.end])
                    };
                }
            }
        }
        (0..pass.len()).filter(|&i| pass[i]).collect()
    }
}

/// Whether the bytes of `needle` occur in `hay` in order, gaps allowed.
fn in_order(needle: &[u8], mut hay: &[u8]) -> bool {
    needle.iter().all(|&b| match memchr(b, hay) {
        Some(at) => {
            hay = &hay[at + 1..];
            true
        }
        None => false,
    })
}

/// A character as nucleo compares it with an ASCII word: without its accent,
/// lower-cased, by nucleo's own tables; [`OTHER`] when that is not ASCII.
fn fold(c: char) -> u8 {
    let f = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        to_lower_case(normalize(c))
    };
    u8::try_from(f).ok().filter(u8::is_ascii).unwrap_or(OTHER)
}

/// The sum of the words' scores on `e`, if every word matches (a fuzzy word with
/// at least its floor).
pub(super) fn score(words: &[Word], e: &Entry, m: &mut Matcher) -> Option<u32> {
    let mut sum = 0;
    for w in words {
        let s = w.atom(e).score(e.haystack.slice(..), m)?;
        if e.fuzzy && s < w.floor {
            return None;
        }
        sum += u32::from(s);
    }
    Some(sum)
}

/// The char indices of `e` the words matched, ascending and without repeats.
pub(super) fn indices(words: &[Word], e: &Entry, m: &mut Matcher, out: &mut Vec<u32>) {
    out.clear();
    for w in words {
        w.atom(e).indices(e.haystack.slice(..), m, out);
    }
    out.sort_unstable();
    out.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::tests::{accented, embedded};
    use crate::search::{SearchIndex, matcher};

    #[test]
    fn the_pre_test_never_rules_out_a_match() {
        let doc = accented();
        let ix = SearchIndex::new(&doc);
        let big = embedded();
        let big_ix = SearchIndex::new(&big);
        let mut m = matcher();
        let mut words: Vec<String> = big
            .swot
            .strengths
            .iter()
            .flat_map(|t| t.split_whitespace())
            .map(str::to_owned)
            .collect();
        words.truncate(60);
        words.extend(
            [
                "univ",
                "UNIV",
                "aou",
                "mnr",
                "Sesto",
                "l’università",
                "ia",
                "é",
                "à",
                "x",
                "r&s",
                "2020",
                "liberta",
                "LIBERTA",
                "piu",
                "d'impresa",
                "farmaci",
            ]
            .map(str::to_owned),
        );
        // The test does rule out: Menarini is named in a handful of the ~700 fields.
        let menarini = big_ix.folded.candidates(&Word::parse("menarini", &mut m));
        assert!((3..30).contains(&menarini.len()), "{}", menarini.len());
        assert!(
            big_ix
                .folded
                .candidates(&Word::parse("xyzzyq", &mut m))
                .is_empty()
        );
        for ix in [&ix, &big_ix] {
            for w in &words {
                let candidates = ix.folded.candidates(&Word::parse(w, &mut m));
                for (i, e) in ix.entries.iter().enumerate() {
                    let kind = if e.fuzzy {
                        AtomKind::Fuzzy
                    } else {
                        AtomKind::Substring
                    };
                    let atom =
                        Atom::new(w, CaseMatching::Ignore, Normalization::Smart, kind, false);
                    if atom.score(e.haystack.slice(..), &mut m).is_some() {
                        assert!(candidates.contains(&i), "{w:?} in entry {i} on {}", e.place);
                    }
                }
            }
        }
    }
}
