//! Search over everything a document says: roadmaps, technology areas,
//! organisations, the SWOT, partnerships, investments, sources and the prose.
//!
//! [`SearchIndex::new`] runs once per load and prepares every searchable field;
//! [`SearchIndex::query`] runs on each keystroke and does nothing heavier than
//! matching. Results are plain data (kind, context, place and target, text,
//! highlight): labels and colours are the interface's business. A hit's
//! [`Target`] names the item to select by its [`ItemKey`], the key the screen's
//! items carry, and [`landing`] finds it there.
//!
//! # What is searched
//!
//! | kind | title fields | body fields | place |
//! |---|---|---|---|
//! | `Roadmap` | title, short title | | `roadmap:N` |
//! | `Text` | | a roadmap's summary, context, areas intro, update, assets and partnership paragraphs | `roadmap:N` |
//! | `Text` | | the preface's paragraphs, renumbering, update, regional priorities and recommendation; the positioning's paragraphs | `document` |
//! | `Area` (any depth) | title | detail | `area:ID` |
//! | `Organisation` | name, short name | description, place | `stakeholder:ID` |
//! | `Swot` | | the item (with its quadrant) | `swot` |
//! | `Partnership` | name | description | `roadmap:N` |
//! | `Investment` | purpose | place | `roadmap:N` |
//! | `Source` | title | URL | `document` |
//!
//! # How a query matches
//!
//! The query is split into words at whitespace; a field matches when every word
//! does. Case is ignored and accents are folded the way nucleo's
//! `Normalization::Smart` does it: a word typed without accents finds accented
//! text (`universita` finds "Università"), a word typed with accents finds only
//! text with the same accents.
//!
//! - A field of at most [`FUZZY_MAX_CHARS`] characters (titles, names, short
//!   items) is matched fuzzily: each word's letters must appear in order, gaps
//!   allowed, and nucleo scores how well (word starts, runs, few gaps). A word
//!   scoring under [`FUZZY_FLOOR`] of its best possible score is no match.
//! - A longer field (paragraphs, descriptions, long SWOT items) is matched by
//!   substring: each word must occur as written. Fuzzily, almost any short word
//!   would be found scattered somewhere in a paragraph.
//! - A field with as many characters, blanks aside, as the query's words (the
//!   query *is* the name) gets [`WHOLE_FIELD_BONUS`], so "Menarini" outranks
//!   "Menarini Diagnostics".
//! - A body field (prose, descriptions, SWOT items, places, URLs) scores
//!   [`BODY_WEIGHT`] of what a title would, so a title ranks above a body hit of
//!   equal quality.
//!
//! # How hits are ordered
//!
//! One hit per thing: an organisation matched by its name and its description is
//! listed once, with the better-scoring field. Hits are ranked by score (ties in
//! document order) and the best [`MAX_HITS`] kept. They are then grouped by
//! [`HitKind`]: a group comes before another when its best hit ranked higher, and
//! inside a group hits keep their rank. Consecutive hits of one kind form a group,
//! so `hits.chunk_by(|a, b| a.kind == b.kind)` yields the groups.
//!
//! # What a keystroke costs
//!
//! Every field is also kept folded (accents off, lower case, one byte per
//! character) in two contiguous buffers. An ASCII word rules fields out in one
//! pass over them: a long field must contain it, a short one must hold its letters
//! in order. Nucleo then scores what is left, at most [`MAX_SCORED`] fields, and
//! computes highlights for the [`MAX_HITS`] kept only.

mod build;
mod matching;
mod snippet;
#[cfg(test)]
mod tests;

use std::cmp::Reverse;

use nucleo_matcher::{Config, Matcher, Utf32String};

use matching::{Folded, Word};

use crate::content::{Item, ItemKey, Section};
use crate::model::{Document, Lang};
use crate::place::{Place, Quadrant};

/// Fields up to this many characters are matched fuzzily, longer ones by substring.
pub const FUZZY_MAX_CHARS: usize = 80;

/// A fuzzy word must score at least this fraction (numerator, denominator) of the
/// score it has on itself. Nucleo's scores rank, they do not filter: without a floor
/// "menarini" finds "Centro Interdipartimentale di Ricerca per la Valorizzazione
/// degli Alimenti", its letters scattered over word starts.
pub const FUZZY_FLOOR: (u32, u32) = (3, 5);

/// A hit's text is at most this many characters, "…" included.
pub const SNIPPET_CHARS: usize = 120;

/// At most this many hits are returned.
pub const MAX_HITS: usize = 200;

/// At most this many fields are scored by nucleo per query, so that a keystroke
/// stays cheap however large the document. Only fields that passed a cheap test
/// (every word occurs in the folded text) count, short fields first: when a very
/// common word in a very large document reaches the limit, titles and names have
/// all been scored and the prose of the rest of the document is left out. The
/// embedded document has about 700 fields in all.
pub const MAX_SCORED: usize = 5_000;

/// A body hit scores this fraction (numerator, denominator) of its raw score.
pub const BODY_WEIGHT: (u32, u32) = (3, 4);

/// Added when a field has as many non-blank characters as the query's words.
/// Two matched characters' worth: enough to break a tie, not to beat a better match.
pub const WHOLE_FIELD_BONUS: u32 = 32;

/// What kind of thing a hit is; hits are grouped by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HitKind {
    Roadmap,
    Area,
    Organisation,
    Swot,
    Partnership,
    Investment,
    Source,
    /// Prose: a roadmap's paragraphs, the preface and positioning.
    Text,
}

impl HitKind {
    /// The heading of a group of hits.
    pub fn label(self, lang: Lang) -> &'static str {
        let w = &lang.words().hit_kinds;
        match self {
            Self::Roadmap => w.roadmap,
            Self::Area => w.area,
            Self::Organisation => w.organisation,
            Self::Swot => w.swot,
            Self::Partnership => w.partnership,
            Self::Investment => w.investment,
            Self::Source => w.source,
            Self::Text => w.text,
        }
    }
}

/// Which field of its thing a hit matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// A title, name or short name.
    Title,
    /// Prose, a description, a SWOT item, a place or a URL.
    Body,
}

/// One searchable field.
#[derive(Debug, Clone)]
struct Entry {
    kind: HitKind,
    field: Field,
    roadmap: Option<u8>,
    quadrant: Option<Quadrant>,
    place: Place,
    target: Target,
    /// Entries of one thing share this and sit next to each other.
    thing: u32,
    /// Matched fuzzily (short) or by substring (long).
    fuzzy: bool,
    /// Characters that are not whitespace, to recognise a whole-field match.
    solid: u32,
    /// The field's characters, one per `char`, so that nucleo's indices are char
    /// indices; a substring field ends with an extra space (see `build::utf32`).
    haystack: Utf32String,
}

/// One result, with all the interface needs to show it and go to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: HitKind,
    pub field: Field,
    /// The roadmap the thing belongs to, if any.
    pub roadmap: Option<u8>,
    /// The SWOT quadrant of a SWOT item.
    pub quadrant: Option<Quadrant>,
    /// Where to go.
    pub place: Place,
    /// What to show and select there.
    pub target: Target,
    /// One line to show: the title, or up to [`SNIPPET_CHARS`] characters
    /// around the first match of a long field, with "…" where it was cut.
    pub text: String,
    /// Char indices into `text` of the matched characters, ascending.
    pub highlight: Vec<usize>,
    /// Higher is better; comparable across hits of one query only.
    pub score: u32,
}

/// What a hit selects on its place's screen: the item that shows the thing (the
/// paragraph that matched; a partnership's or investment's line for any of its
/// fields; a source's title or URL line), and on a roadmap the section that shows
/// it. Empty for a thing that is a screen of its own (a roadmap's title, an area,
/// an organisation), which opens as it always does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Target {
    /// The roadmap section to show.
    pub section: Option<Section>,
    /// The item to select.
    pub item: Option<ItemKey>,
}

impl Target {
    /// The target that selects `item`, on a roadmap in the section that shows it.
    pub fn new(item: Option<ItemKey>) -> Self {
        Self {
            section: item.and_then(ItemKey::section),
            item,
        }
    }
}

/// Where `target` lands in `items`, the list its screen shows (on a roadmap, the
/// items of `target.section`): the position of the item with its key. `None` when
/// the target selects nothing or the list does not hold its item.
pub fn landing(items: &[Item], target: &Target) -> Option<usize> {
    let key = target.item?;
    items.iter().position(|i| i.key == Some(key))
}

/// The prepared fields of one document.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    folded: Folded,
}

/// A matcher configured for [`SearchIndex::query`]. Keep it and pass it to every
/// query: it owns the scratch memory matching needs.
pub fn matcher() -> Matcher {
    Matcher::new(Config::DEFAULT)
}

impl SearchIndex {
    /// Prepares every searchable field of `doc`.
    pub fn new(doc: &Document) -> Self {
        build::index(doc)
    }

    /// Number of searchable fields.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The hits for `query`, ranked and grouped as the module documentation says.
    /// A blank query finds nothing. Pass the same `matcher` (see [`matcher`]) to
    /// every query: its scratch memory is then allocated once.
    pub fn query(&self, query: &str, matcher: &mut Matcher) -> Vec<Hit> {
        let words = Word::parse(query, matcher);
        if words.is_empty() {
            return Vec::new();
        }
        let query_len: u32 = words.iter().map(Word::len).sum();
        let mut ranked = self.score_all(&words, query_len, matcher);
        let by_rank =
            |a: &(u32, usize), b: &(u32, usize)| (Reverse(a.0), a.1).cmp(&(Reverse(b.0), b.1));
        if ranked.len() > MAX_HITS {
            ranked.select_nth_unstable_by(MAX_HITS - 1, by_rank);
            ranked.truncate(MAX_HITS);
        }
        ranked.sort_unstable_by(by_rank);

        let mut indices = Vec::new();
        let mut hits: Vec<Hit> = ranked
            .into_iter()
            .map(|(score, i)| {
                let e = &self.entries[i];
                matching::indices(&words, e, matcher, &mut indices);
                let (text, highlight) = snippet::excerpt(&e.haystack, &indices);
                Hit {
                    kind: e.kind,
                    field: e.field,
                    roadmap: e.roadmap,
                    quadrant: e.quadrant,
                    place: e.place.clone(),
                    target: e.target,
                    text,
                    highlight,
                    score,
                }
            })
            .collect();
        group(&mut hits);
        hits
    }

    /// The best score of each matching thing, with the index of the entry that
    /// scored it. Short fields are scored before long ones, and at most
    /// [`MAX_SCORED`] fields in all.
    fn score_all(
        &self,
        words: &[Word],
        query_len: u32,
        matcher: &mut Matcher,
    ) -> Vec<(u32, usize)> {
        let candidates = self.folded.candidates(words);
        let short = candidates.iter().filter(|&&i| self.entries[i].fuzzy);
        let long = candidates.iter().filter(|&&i| !self.entries[i].fuzzy);
        let mut scored: Vec<(u32, usize)> = Vec::new();
        for &i in short.chain(long).take(MAX_SCORED) {
            let e = &self.entries[i];
            let Some(mut raw) = matching::score(words, e, matcher) else {
                continue;
            };
            if e.solid == query_len {
                raw += WHOLE_FIELD_BONUS;
            }
            let score = match e.field {
                Field::Title => raw,
                Field::Body => raw * BODY_WEIGHT.0 / BODY_WEIGHT.1,
            };
            scored.push((score, i));
        }
        // A thing's entries are adjacent: keep the best of each run.
        scored.sort_unstable_by_key(|&(_, i)| i);
        let mut best: Vec<(u32, usize)> = Vec::with_capacity(scored.len());
        for (score, i) in scored {
            match best.last_mut() {
                Some(b) if self.entries[b.1].thing == self.entries[i].thing => {
                    if score > b.0 {
                        *b = (score, i);
                    }
                }
                _ => best.push((score, i)),
            }
        }
        best
    }
}

/// Orders ranked hits into groups by kind, best group first, keeping the rank
/// inside each group.
fn group(hits: &mut [Hit]) {
    let mut order: Vec<HitKind> = Vec::new();
    for h in hits.iter() {
        if !order.contains(&h.kind) {
            order.push(h.kind);
        }
    }
    hits.sort_by_key(|h| order.iter().position(|&k| k == h.kind));
}
