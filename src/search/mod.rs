//! Search over everything a document says: roadmaps and their sectors,
//! technology areas, organisations and their roles, the SWOT, partnerships,
//! investments, figures, SDGs, cross-references, sources and the prose, and the
//! names the interface gives to places.
//!
//! [`SearchIndex::new`] runs once per load, when first needed ([`Ready`]), and collects every searchable field
//! and the document's vocabulary; [`SearchIndex::query`] runs on each keystroke
//! and compares the query's words with the vocabulary only. Results are plain
//! data (kind, context, place and target, text, highlight): labels and colours
//! are the interface's business. A hit's [`Target`] names the item to select by
//! its [`ItemKey`], the key the screen's items carry, and [`landing`] finds it
//! there.
//!
//! # What is searched
//!
//! | kind | title fields | body fields | place |
//! |---|---|---|---|
//! | `Roadmap` | title, short title, sector(s) | | `roadmap:N` |
//! | `Text` | | a roadmap's summary, context, areas intro, update, assets and partnership paragraphs | `roadmap:N` |
//! | `Text` | | the preface's paragraphs, renumbering, update, regional priorities and recommendation, other projects; the positioning's paragraphs | `document` |
//! | `Area` (any depth) | title | detail | `area:ID` |
//! | `Organisation` | name, short name | description, place, figures | `stakeholder:ID` |
//! | `Organisation` | | a roadmap's note on its role | `roadmap:N` |
//! | `Swot` | | the item | `swot` |
//! | `Partnership` | name | description | `roadmap:N` |
//! | `Investment` | purpose | place | `roadmap:N` |
//! | `Figure` | | label, scope and note of a roadmap's, the positioning's or the EU projects' figures | `roadmap:N`, `document` |
//! | `Sdg` | "SDG n — name" | | `roadmap:N` |
//! | `CrossRef` | | the topic | `roadmap:N` |
//! | `Source` | title | URL | `document` |
//! | `Place` | the interface's name of a screen, quadrant, chart or roadmap section, in the language in use | | that place |
//!
//! # How a query matches
//!
//! The query and every field are split into words at anything that is not a
//! letter or a digit ("dell’innovazione" is "dell" and "innovazione"); case and
//! accents are ignored. A field matches when every word of the query meets one of
//! its words ([`matching::Tier`]):
//!
//! - **exactly**;
//! - **as a prefix**: "menar" meets "Menarini";
//! - **by stem**, Italian or English Snowball: "sperimentazioni cliniche" meets
//!   "sperimentazione clinica", "devices" meets "device";
//! - **with one typo** (a letter changed, added, removed, or two swapped), for
//!   query words of [`matching::TYPO_MIN_CHARS`] letters or more.
//!
//! A query word never meets letters inside a word or scattered over a sentence:
//! "trial" does not meet "industriale". A word in capitals (an acronym: PNRR,
//! HERA, ERC, IVD) or of at most [`matching::WHOLE_MAX_CHARS`] characters meets
//! the same word only.
//!
//! The [`glossary`] adds variants of the query in the other language: "clinical
//! trials" also searches "sperimentazione clinica". A translated word meets by
//! stem at best.
//!
//! # How hits are ranked
//!
//! A field scores the sum of its words' points (exact 8, prefix 6, stem 4, typo
//! 2); a title or name scores 4/3 of that, so names and titles rank above body
//! text; a field that is the query itself (as many words) gets a bonus, so
//! "Menarini" outranks "Menarini Diagnostics". The interface's names of places
//! score a quarter of a title: what the document says comes first. Among titles of equal score,
//! nucleo's fuzzy score of the whole query breaks the tie (word starts, runs);
//! then document order.
//!
//! One hit per thing: an organisation matched by its name and its description is
//! listed once, with the better-scoring field. The best [`MAX_HITS`] are kept and
//! grouped by [`HitKind`]: a group comes before another when its best hit ranked
//! higher, and inside a group hits keep their rank. Consecutive hits of one kind
//! form a group, so `hits.chunk_by(|a, b| a.kind == b.kind)` yields the groups.
//!
//! A hit's text is the field, or an excerpt of it centred on its matches, with
//! every matched word highlighted (the typed part of a prefix).

mod build;
pub mod glossary;
pub mod matching;
mod ready;
pub mod snippet;
#[cfg(test)]
mod tests;
mod text;

use std::cmp::Reverse;

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32String};

use glossary::Glossary;
use matching::{Marks, QueryWord, Scratch, Vocab};
use text::Stemmers;

use crate::content::{Item, ItemKey, Section};
use crate::model::{Document, Lang};
use crate::place::{Place, Quadrant};

pub use ready::Ready;

/// A hit's text is at most this many characters, "…" included.
pub const SNIPPET_CHARS: usize = 120;

/// At most this many hits are returned.
pub const MAX_HITS: usize = 200;

/// Added, in points, to a field that has as many words as the query.
pub const WHOLE_FIELD_BONUS: u32 = 2;

/// Nucleo's score breaks ties below this.
const TIE_BREAK: u32 = 1024;

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
    /// A figure's label, scope or note.
    Figure,
    /// A Sustainable Development Goal a roadmap contributes to.
    Sdg,
    /// A roadmap's reference to another.
    CrossRef,
    /// Prose: a roadmap's paragraphs, the preface and positioning.
    Text,
    /// A place by the name the interface gives it.
    Place,
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
            Self::Figure => w.figure,
            Self::Sdg => w.sdg,
            Self::CrossRef => w.cross_ref,
            Self::Text => w.text,
            Self::Place => w.place,
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
    /// The organisation a role note is about.
    about: Option<Place>,
    /// The language of an interface's name of a place; `None` for the document.
    lang: Option<Lang>,
    /// Entries of one thing share this and sit next to each other.
    thing: u32,
    /// How many words the field has.
    words: u16,
    text: Box<str>,
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
    /// The organisation the hit is about, when its place is not the
    /// organisation's own (a note on its role in a roadmap).
    pub about: Option<Place>,
    /// One line to show: the field, or up to [`SNIPPET_CHARS`] characters
    /// centred on its matches, with "…" where it was cut.
    pub text: String,
    /// Char indices into `text` of the matched characters, ascending.
    pub highlight: Vec<usize>,
    /// Higher is better; comparable across hits of one query only.
    pub score: u32,
    /// The searchable field the hit was found in, for [`SearchIndex::whole`].
    pub entry: usize,
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
#[derive(Clone, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    vocab: Vocab,
    glossary: Glossary,
    stemmers: Stemmers,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("entries", &self.entries.len())
            .field("words", &self.vocab.len())
            .finish_non_exhaustive()
    }
}

/// A matcher configured for [`SearchIndex::query`]. Keep it and pass it to every
/// query: it owns the scratch memory nucleo needs.
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

    /// The whole text of the field `hit` was found in, where its `text` is an excerpt.
    pub fn whole(&self, hit: &Hit) -> Option<&str> {
        self.entries.get(hit.entry).map(|e| &*e.text)
    }

    /// The hits for `query`, with the interface's names of places in `lang`,
    /// ranked and grouped as the module documentation says. A blank query finds
    /// nothing. Pass the same `matcher` (see [`matcher`]) to every query.
    pub fn query(&self, query: &str, lang: Lang, matcher: &mut Matcher) -> Vec<Hit> {
        let words = QueryWord::parse(query, &self.stemmers);
        if words.is_empty() {
            return Vec::new();
        }
        let mut marks = Marks::new();
        let mut ranked = self.score_all(query, &words, lang, &mut marks, matcher);
        let by_rank =
            |a: &(u32, usize), b: &(u32, usize)| (Reverse(a.0), a.1).cmp(&(Reverse(b.0), b.1));
        if ranked.len() > MAX_HITS {
            ranked.select_nth_unstable_by(MAX_HITS - 1, by_rank);
            ranked.truncate(MAX_HITS);
        }
        ranked.sort_unstable_by(by_rank);

        let mut hits: Vec<Hit> = ranked
            .into_iter()
            .map(|(score, i)| {
                let e = &self.entries[i];
                let ranges = self.vocab.marked(&e.text, &marks);
                let (text, highlight) = snippet::excerpt(&e.text, &ranges);
                Hit {
                    kind: e.kind,
                    field: e.field,
                    roadmap: e.roadmap,
                    quadrant: e.quadrant,
                    place: e.place.clone(),
                    target: e.target,
                    about: e.about.clone(),
                    text,
                    highlight,
                    score,
                    entry: i,
                }
            })
            .collect();
        group(&mut hits);
        hits
    }

    /// The best score of each matching thing, with the index of the entry that
    /// scored it, over the query and its glossary variants.
    fn score_all(
        &self,
        query: &str,
        words: &[QueryWord],
        lang: Lang,
        marks: &mut Marks,
        matcher: &mut Matcher,
    ) -> Vec<(u32, usize)> {
        let mut scratch = Scratch::new(self.entries.len());
        let mut scored: Vec<(u32, usize)> = Vec::new();
        let variants = self.glossary.variants(words);
        for variant in std::iter::once(words).chain(variants.iter().map(Vec::as_slice)) {
            for (e, points) in self.vocab.entries(variant, &mut scratch, marks) {
                let i = e as usize;
                let entry = &self.entries[i];
                if entry.lang.is_some_and(|l| l != lang) {
                    continue;
                }
                let mut points = points;
                if usize::from(entry.words) == variant.len() {
                    points += WHOLE_FIELD_BONUS;
                }
                let weighted = match (entry.kind, entry.field) {
                    // What the document says first; the interface's names after.
                    (HitKind::Place, _) => points,
                    (_, Field::Title) => points * 4,
                    (_, Field::Body) => points * 3,
                };
                scored.push((weighted * TIE_BREAK, i));
            }
        }
        // A thing's entries are adjacent: keep the best of each run.
        scored.sort_unstable_by_key(|&(score, i)| (i, Reverse(score)));
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
        // Names and titles of equal score: nucleo's view of the whole query.
        let atom = Atom::new(
            query.trim(),
            CaseMatching::Ignore,
            Normalization::Smart,
            AtomKind::Fuzzy,
            false,
        );
        for (score, i) in &mut best {
            let e = &self.entries[*i];
            if e.field == Field::Title {
                let hay = Utf32String::from(&*e.text);
                let tie = atom.score(hay.slice(..), matcher).map_or(0, u32::from);
                *score += tie.min(TIE_BREAK - 1);
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
