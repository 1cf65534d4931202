//! The document's vocabulary and how a query word meets it.
//!
//! Every distinct folded word of the document is kept once, with its stems and
//! the entries it occurs in. A query word is compared with each word of the
//! vocabulary (a few thousand for the embedded document, however long its text),
//! and the entries of the words it meets are collected from their postings: a
//! keystroke never reads the text itself.

use std::collections::HashMap;

use super::text::{Stemmers, Stems, Token, one_edit, tokens};

/// How well a query word met a word of the text, best last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// One letter changed, added, removed or swapped (query words of
    /// [`TYPO_MIN_CHARS`] or more).
    Typo,
    /// The same stem in Italian or English: "cliniche" meets "clinica".
    Stem,
    /// The word begins with the query word: "menar" meets "Menarini".
    Prefix,
    /// The same word.
    Exact,
}

impl Tier {
    /// Points a word scores: exact > prefix > stem > typo.
    pub fn points(self) -> u32 {
        match self {
            Self::Typo => 2,
            Self::Stem => 4,
            Self::Prefix => 6,
            Self::Exact => 8,
        }
    }
}

/// Query words shorter than this match whole words only.
pub const WHOLE_MAX_CHARS: usize = 2;

/// Query words of this many characters or more may carry one typo.
pub const TYPO_MIN_CHARS: usize = 5;

/// Articles, prepositions and conjunctions, Italian and English, that meet whole
/// words only: "del" is a word, not the start of "dell’economia".
const FUNCTION_WORDS: &[&str] = &[
    "il", "lo", "la", "gli", "le", "un", "una", "uno", "di", "da", "in", "con", "su", "per", "tra",
    "fra", "del", "dello", "della", "dei", "degli", "delle", "al", "allo", "alla", "ai", "agli",
    "alle", "dal", "dalla", "dai", "nel", "nella", "nei", "sul", "sulla", "sui", "ed", "che",
    "non", "the", "an", "of", "and", "or", "to", "on", "for", "with", "by", "at", "from",
];

/// Query words of this many characters or more meet by stem. A shorter word is
/// most often the start of a longer one being typed, whose stem means nothing:
/// "mena" (for "Menarini") and "meno" share the stem "men".
pub const STEM_MIN_CHARS: usize = 5;

/// One word of a query, prepared.
#[derive(Debug, Clone)]
pub(super) struct QueryWord {
    folded: String,
    chars: Vec<char>,
    stems: Stems,
    /// An acronym or a very short word: only the same word meets it.
    whole: bool,
    /// Put in by the glossary: meets by stem at best, never by typo.
    translated: bool,
}

impl QueryWord {
    /// The words of `query`. A word of capitals (PNRR, HERA, IVD), of at most
    /// [`WHOLE_MAX_CHARS`] characters, or a function word ("del", "the") matches
    /// whole words only.
    pub fn parse(query: &str, stemmers: &Stemmers) -> Vec<Self> {
        let chars: Vec<char> = query.chars().collect();
        tokens(query)
            .into_iter()
            .map(|t| {
                let typed = &chars[t.start..t.end];
                let acronym = typed.len() >= 2
                    && typed.iter().any(|c| c.is_alphabetic())
                    && !typed.iter().any(|c| c.is_lowercase());
                let whole = acronym
                    || typed.len() <= WHOLE_MAX_CHARS
                    || FUNCTION_WORDS.contains(&t.folded.as_str());
                Self::new(&t, whole, false, stemmers)
            })
            .collect()
    }

    /// A word of a glossary term.
    pub fn translated(t: &Token, stemmers: &Stemmers) -> Self {
        Self::new(t, false, true, stemmers)
    }

    fn new(t: &Token, whole: bool, translated: bool, stemmers: &Stemmers) -> Self {
        Self {
            chars: t.folded.chars().collect(),
            folded: t.folded.clone(),
            stems: if whole || (!translated && t.end - t.start < STEM_MIN_CHARS) {
                Stems::default()
            } else {
                stemmers.stems(&t.folded)
            },
            whole,
            translated,
        }
    }

    /// Whether this word and `other` are the same term: the same word or stem.
    pub fn same_term(&self, other: &Self) -> bool {
        self.folded == other.folded || self.stems.meet(&other.stems)
    }

    /// How this word meets `v`, if it does; as a prefix only when `prefix`.
    fn meets(&self, v: &VocabWord, prefix: bool) -> Option<Tier> {
        let tier = if *v.folded == *self.folded {
            Tier::Exact
        } else if self.whole {
            return None;
        } else if prefix && v.folded.starts_with(&self.folded) {
            Tier::Prefix
        } else if self.stems.meet(&v.stems) {
            Tier::Stem
        } else if !self.translated
            && self.chars.len() >= TYPO_MIN_CHARS
            && v.chars.abs_diff(self.chars.len()) <= 1
            && self.one_edit(&v.folded)
        {
            Tier::Typo
        } else {
            return None;
        };
        Some(if self.translated {
            tier.min(Tier::Stem)
        } else {
            tier
        })
    }

    /// Whether this word is one edit from `word`, comparing bytes when both are
    /// ASCII (folded words mostly are).
    fn one_edit(&self, word: &str) -> bool {
        if word.is_ascii() && self.folded.is_ascii() {
            one_edit(self.folded.as_bytes(), word.as_bytes())
        } else {
            one_edit(&self.chars, &word.chars().collect::<Vec<_>>())
        }
    }

    /// How many leading characters of a word this one highlights when it meets it
    /// as `tier`: the typed part of a prefix, else the whole word (`None`).
    fn highlight(&self, tier: Tier) -> Option<u16> {
        (tier == Tier::Prefix).then_some(self.chars.len() as u16)
    }
}

/// A distinct folded word of the document.
#[derive(Debug, Clone)]
struct VocabWord {
    folded: Box<str>,
    chars: usize,
    stems: Stems,
}

/// Every distinct word of the document, with the entries it occurs in.
#[derive(Debug, Clone, Default)]
pub(super) struct Vocab {
    words: Vec<VocabWord>,
    ids: HashMap<Box<str>, u32>,
    /// The entries of word `i` are `postings[starts[i]..starts[i + 1]]`, ascending.
    starts: Vec<u32>,
    postings: Vec<u32>,
}

/// Collects the vocabulary entry by entry.
#[derive(Debug, Default)]
pub(super) struct VocabBuilder {
    words: Vec<Box<str>>,
    ids: HashMap<Box<str>, u32>,
    lists: Vec<Vec<u32>>,
}

impl VocabBuilder {
    /// Adds the words of entry `entry` (entries come in ascending order); returns
    /// how many words it has.
    pub fn add(&mut self, entry: u32, text: &str) -> usize {
        let toks = tokens(text);
        for t in &toks {
            let id = if let Some(&id) = self.ids.get(t.folded.as_str()) {
                id
            } else {
                let id = self.words.len() as u32;
                let key: Box<str> = t.folded.as_str().into();
                self.ids.insert(key.clone(), id);
                self.words.push(key);
                self.lists.push(Vec::new());
                id
            };
            let list = &mut self.lists[id as usize];
            if list.last() != Some(&entry) {
                list.push(entry);
            }
        }
        toks.len()
    }

    pub fn finish(self, stemmers: &Stemmers) -> Vocab {
        let mut starts = Vec::with_capacity(self.lists.len() + 1);
        let mut postings = Vec::with_capacity(self.lists.iter().map(Vec::len).sum());
        for list in &self.lists {
            starts.push(postings.len() as u32);
            postings.extend_from_slice(list);
        }
        starts.push(postings.len() as u32);
        let words = self
            .words
            .into_iter()
            .map(|folded| VocabWord {
                chars: folded.chars().count(),
                stems: stemmers.stems(&folded),
                folded,
            })
            .collect();
        Vocab {
            words,
            ids: self.ids,
            starts,
            postings,
        }
    }
}

/// What a query met in the vocabulary: for each word met, how much of it to
/// highlight (`None`: all of it).
pub(super) type Marks = HashMap<u32, Option<u16>>;

impl Vocab {
    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The words `q` meets and how. A query word that is a word of the document
    /// is taken as typed in full: it meets longer words by stem, not as their
    /// prefix ("medici" is not the start of "medicinali"; "medic" is).
    fn scan(&self, q: &QueryWord) -> Vec<(u32, Tier)> {
        let known = self.ids.get(q.folded.as_str()).copied();
        if q.whole {
            return known.map(|id| vec![(id, Tier::Exact)]).unwrap_or_default();
        }
        let prefix = known.is_none();
        self.words
            .iter()
            .enumerate()
            .filter_map(|(i, v)| q.meets(v, prefix).map(|t| (i as u32, t)))
            .collect()
    }

    fn postings(&self, id: u32) -> &[u32] {
        let i = id as usize;
        &self.postings[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// The entries holding every word of `words`, each with the sum of its words'
    /// best points, in no particular order. `scratch` holds one slot per entry.
    /// The words met are added to `marks`.
    pub fn entries(
        &self,
        words: &[QueryWord],
        scratch: &mut Scratch,
        marks: &mut Marks,
    ) -> Vec<(u32, u32)> {
        scratch.reset();
        let mut touched: Vec<u32> = Vec::new();
        for (k, q) in words.iter().enumerate() {
            let k = k as u8;
            for (id, tier) in self.scan(q) {
                let pts = tier.points() as u8;
                let hl = q.highlight(tier);
                let mut used = false;
                for &e in self.postings(id) {
                    let e = e as usize;
                    if scratch.count[e] == k {
                        scratch.count[e] = k + 1;
                        scratch.best[e] = pts;
                        scratch.sum[e] += u32::from(pts);
                        if k == 0 {
                            touched.push(e as u32);
                        }
                        used = true;
                    } else if scratch.count[e] == k + 1 {
                        if pts > scratch.best[e] {
                            scratch.sum[e] += u32::from(pts - scratch.best[e]);
                            scratch.best[e] = pts;
                        }
                        used = true;
                    }
                }
                if used {
                    let m = marks.entry(id).or_insert(hl);
                    // A whole word beats a prefix of it.
                    *m = match (*m, hl) {
                        (Some(a), Some(b)) => Some(a.max(b)),
                        _ => None,
                    };
                }
            }
        }
        let n = words.len() as u8;
        touched
            .into_iter()
            .filter(|&e| scratch.count[e as usize] == n)
            .map(|e| (e, scratch.sum[e as usize]))
            .collect()
    }

    /// The char ranges of `text` to highlight for `marks`.
    pub fn marked(&self, text: &str, marks: &Marks) -> Vec<(usize, usize)> {
        tokens(text)
            .into_iter()
            .filter_map(|t| {
                let id = self.ids.get(t.folded.as_str())?;
                let hl = marks.get(id)?;
                let end = hl.map_or(t.end, |n| (t.start + usize::from(n)).min(t.end));
                Some((t.start, end))
            })
            .collect()
    }
}

/// Per-entry counters for [`Vocab::entries`], kept between queries.
#[derive(Debug, Clone, Default)]
pub(super) struct Scratch {
    /// How many of the query's words the entry has met so far.
    count: Vec<u8>,
    /// The points of the current word's best meeting.
    best: Vec<u8>,
    sum: Vec<u32>,
}

impl Scratch {
    pub fn new(entries: usize) -> Self {
        Self {
            count: vec![0; entries],
            best: vec![0; entries],
            sum: vec![0; entries],
        }
    }

    fn reset(&mut self) {
        self.count.fill(0);
        self.best.fill(0);
        self.sum.fill(0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(texts: &[&str]) -> Vocab {
        let mut b = VocabBuilder::default();
        for (i, t) in texts.iter().enumerate() {
            b.add(i as u32, t);
        }
        b.finish(&Stemmers::default())
    }

    fn tiers(query: &str, word: &str) -> Option<Tier> {
        let s = Stemmers::default();
        let v = vocab(&[word]);
        let q = &QueryWord::parse(query, &s)[0];
        v.scan(q).first().map(|&(_, t)| t)
    }

    #[test]
    fn a_word_of_the_document_is_taken_as_typed_in_full() {
        let s = Stemmers::default();
        let v = vocab(&["medicinali", "medici", "medico"]);
        let met = |q: &str| -> Vec<u32> {
            let mut ids: Vec<u32> = v
                .scan(&QueryWord::parse(q, &s)[0])
                .iter()
                .map(|m| m.0)
                .collect();
            ids.sort_unstable();
            ids
        };
        assert_eq!(met("medic"), vec![0, 1, 2]);
        assert_eq!(met("medici"), vec![1, 2]);
        assert_eq!(met("medico"), vec![1, 2]);
    }

    #[test]
    fn a_query_word_meets_a_word_exactly_by_prefix_stem_or_one_typo() {
        assert_eq!(tiers("Menarini", "menarini"), Some(Tier::Exact));
        assert_eq!(tiers("menar", "Menarini"), Some(Tier::Prefix));
        assert_eq!(tiers("cliniche", "clinica"), Some(Tier::Stem));
        assert_eq!(
            tiers("sperimentazioni", "sperimentazione"),
            Some(Tier::Stem)
        );
        assert_eq!(tiers("menarni", "Menarini"), Some(Tier::Typo));
        assert_eq!(tiers("universita", "Università"), Some(Tier::Exact));
        assert_eq!(tiers("università", "universita"), Some(Tier::Exact));
    }

    #[test]
    fn a_query_word_never_meets_letters_inside_a_word() {
        assert_eq!(tiers("trial", "industriale"), None);
        assert_eq!(tiers("mena", "recentemente"), None);
        // Nor a word that shares the stem of a few letters being typed.
        assert_eq!(tiers("mena", "meno"), None);
        // One typo only from five letters up.
        assert_eq!(tiers("mena", "mela"), None);
        assert_eq!(tiers("menri", "menarini"), None);
    }

    #[test]
    fn acronyms_and_short_words_meet_whole_words_only() {
        assert_eq!(tiers("PNRR", "PNRR"), Some(Tier::Exact));
        assert_eq!(tiers("ERC", "ercole"), None);
        assert_eq!(tiers("HERA", "herald"), None);
        assert_eq!(tiers("ia", "iable"), None);
        assert_eq!(tiers("ia", "IA"), Some(Tier::Exact));
        // Lower case and long enough: a prefix.
        assert_eq!(tiers("erc", "ercole"), Some(Tier::Prefix));
        // A function word is a word of its own.
        assert_eq!(tiers("del", "dell"), None);
        assert_eq!(tiers("del", "del"), Some(Tier::Exact));
    }

    #[test]
    fn every_query_word_must_meet_a_word_of_the_entry() {
        let v = vocab(&[
            "sperimentazioni cliniche di fase I",
            "una sperimentazione",
            "la clinica",
        ]);
        let s = Stemmers::default();
        let mut scratch = Scratch::new(3);
        let mut marks = Marks::new();
        let q = QueryWord::parse("sperimentazione clinica", &s);
        let mut got = v.entries(&q, &mut scratch, &mut marks);
        got.sort_unstable();
        assert_eq!(got, vec![(0, 8)]);
        let ranges = v.marked("sperimentazioni cliniche di fase I", &marks);
        assert_eq!(ranges, vec![(0, 15), (16, 24)]);
    }
}
