//! The handout as a small tree of blocks, built once and written as Markdown or HTML.
//! Every string here is plain text; each writer escapes it for its own format.

use crate::content::figures::ChartData;
use crate::content::{Item, ItemKind};
use crate::model::{Document, Lang, Source};
use crate::place::{Place, Quadrant};

/// A run of text: plain, a link inside the handout, or a link to the web.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    /// Text linking to the element with this id.
    Anchor(String, String),
    /// Text linking to a URL; the writers link it only when it is `http(s)://`.
    Url(String, String),
}

/// A line of inline runs.
pub type Rich = Vec<Inline>;

pub fn text(s: impl Into<String>) -> Rich {
    vec![Inline::Text(s.into())]
}

pub fn anchor(s: impl Into<String>, id: impl Into<String>) -> Rich {
    vec![Inline::Anchor(s.into(), id.into())]
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListItem {
    pub text: Rich,
    /// Lines shown under the item, smaller (a figure's note, a URL).
    pub notes: Vec<Rich>,
    pub children: Vec<ListItem>,
    /// An id for the item itself, so that links can reach it (areas).
    pub id: Option<String>,
}

impl ListItem {
    pub fn new(text: Rich) -> Self {
        Self {
            text,
            ..Self::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub head: Vec<String>,
    pub rows: Vec<Vec<Rich>>,
    /// Columns whose cells are numbers, aligned right.
    pub numeric: Vec<usize>,
    /// An id per row, so that links can reach it (sources); empty when rows have none.
    pub row_ids: Vec<String>,
    /// A class per column, which the stylesheet gives a width; empty for a table
    /// that sizes its columns to their content.
    pub cols: Vec<&'static str>,
    /// A line of detail per row, set under the row across the whole table in HTML and
    /// as a last column in Markdown; empty when rows have none.
    pub details: Vec<Rich>,
    /// The head of the details column in Markdown.
    pub details_head: String,
}

impl Table {
    /// The table without the columns that hold no value in any row (every cell empty
    /// or "—"), so that a handout never prints a column of dashes; `None` when it has
    /// no rows at all, so that an empty table is left out with its heading.
    pub fn compact(mut self) -> Option<Self> {
        if self.rows.is_empty() {
            return None;
        }
        let blank = |r: &Rich| {
            r.iter().all(|run| match run {
                Inline::Text(t) | Inline::Anchor(t, _) | Inline::Url(t, _) => {
                    let t = t.trim();
                    t.is_empty() || t == NONE
                }
            })
        };
        let keep: Vec<bool> = (0..self.head.len())
            .map(|c| {
                self.rows
                    .iter()
                    .any(|row| row.get(c).is_some_and(|r| !blank(r)))
            })
            .collect();
        let kept = |c: usize| keep.get(c).copied().unwrap_or(true);
        let filter = |v: Vec<Rich>| -> Vec<Rich> {
            v.into_iter()
                .enumerate()
                .filter(|(c, _)| kept(*c))
                .map(|(_, x)| x)
                .collect()
        };
        self.rows = self.rows.into_iter().map(filter).collect();
        self.head = self
            .head
            .into_iter()
            .enumerate()
            .filter(|(c, _)| kept(*c))
            .map(|(_, h)| h)
            .collect();
        self.cols = std::mem::take(&mut self.cols)
            .into_iter()
            .enumerate()
            .filter(|(c, _)| kept(*c))
            .map(|(_, x)| x)
            .collect();
        self.numeric = self
            .numeric
            .iter()
            .filter(|&&c| kept(c))
            .map(|&c| (0..c).filter(|&d| kept(d)).count())
            .collect();
        Some(self)
    }
}

/// One quadrant of the SWOT with what the writers need to show it.
#[derive(Debug, Clone, PartialEq)]
pub struct SwotQuadrant {
    pub quadrant: Quadrant,
    pub label: String,
    pub marker: char,
    pub items: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A small line over the title that says what the document in hand is.
    Kicker(String),
    Heading(u8, String),
    Para(Rich),
    /// A secondary line: an editorial note, a renumbering remark.
    Note(Rich),
    /// Label–value pairs (title page, a roadmap's sector and priority).
    Facts(Vec<(String, Rich)>),
    List(Vec<ListItem>),
    Table(Table),
    Swot(Vec<SwotQuadrant>),
    /// A chart of the figures screen, as that screen's data function made it.
    Chart(ChartData),
    /// A part with an id; `class` lets the HTML style it and break pages before it.
    Section {
        id: String,
        class: &'static str,
        blocks: Vec<Block>,
    },
}

/// The id of the element a browser place corresponds to in the handout.
pub fn place_id(p: &Place) -> String {
    match p {
        Place::Roadmap(n) => roadmap_id(*n),
        Place::Stakeholder(id) => org_id(id),
        Place::Area(id) => format!("area-{id}"),
        Place::Swot(_) => "swot".to_owned(),
        Place::Overview => "overview".to_owned(),
        Place::Document => "preface".to_owned(),
        Place::Stakeholders | Place::Matrix => "organisations".to_owned(),
        Place::Figures(_) => "figures".to_owned(),
    }
}

pub fn roadmap_id(n: u8) -> String {
    format!("roadmap-{n}")
}

pub fn org_id(id: &str) -> String {
    format!("org-{id}")
}

pub fn source_id(id: &str) -> String {
    format!("source-{id}")
}

/// The URL as a link target, when it is a web address (`http://` or `https://`);
/// anything else (`javascript:`, `data:`, a relative path) is shown, never linked.
/// Characters a URL may not hold, and those that would end a Markdown link or table
/// cell, are percent-encoded.
pub fn href(url: &str) -> Option<String> {
    let web = ["http://", "https://"].iter().any(|scheme| {
        url.get(..scheme.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(scheme))
    });
    if !web {
        return None;
    }
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if c.is_control() || c.is_whitespace() || "\"<>\\^`{|}".contains(c) {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// "—" for a value the data does not give.
pub const NONE: &str = "—";

/// Turns a browser screen's items into blocks, so the handout says what the screen
/// says. Headings become `level`; bullets, links and figures become a nested list;
/// a note joins the list item above it.
pub fn from_items(items: Vec<Item>, level: u8) -> Vec<Block> {
    let mut out = Vec::new();
    let mut pending: Vec<ListItem> = Vec::new();
    let flush = |pending: &mut Vec<ListItem>, out: &mut Vec<Block>| {
        if !pending.is_empty() {
            out.push(Block::List(std::mem::take(pending)));
        }
    };
    for it in items {
        let rich = match &it.target {
            Some(p) => anchor(it.text.clone(), place_id(p)),
            None => text(it.text.clone()),
        };
        let depth = match it.kind {
            ItemKind::Heading => {
                flush(&mut pending, &mut out);
                out.push(Block::Heading(level, it.text));
                continue;
            }
            ItemKind::Paragraph => {
                flush(&mut pending, &mut out);
                out.push(Block::Para(rich));
                continue;
            }
            ItemKind::Note => {
                match deepest_last(&mut pending) {
                    Some(above) => above.notes.push(rich),
                    None => out.push(Block::Note(rich)),
                }
                continue;
            }
            ItemKind::Bullet(d) | ItemKind::Link(d) => d,
            ItemKind::Figure | ItemKind::Marker(_) => 0,
        };
        push_at_depth(&mut pending, ListItem::new(rich), depth);
    }
    flush(&mut pending, &mut out);
    out
}

fn deepest_last(items: &mut [ListItem]) -> Option<&mut ListItem> {
    let tail = items.last_mut()?;
    if tail.children.is_empty() {
        Some(tail)
    } else {
        deepest_last(&mut tail.children)
    }
}

/// Appends `item` at `depth`, under the last item of the level above; an item deeper
/// than its predecessor allows hangs from the deepest one there is.
fn push_at_depth(items: &mut Vec<ListItem>, item: ListItem, depth: u8) {
    match items.last_mut() {
        Some(tail) if depth > 0 => push_at_depth(&mut tail.children, item, depth - 1),
        _ => items.push(item),
    }
}

/// The table without its empty columns, or nothing when it has no rows.
pub fn table(t: Table) -> Option<Block> {
    t.compact().map(Block::Table)
}

/// A browser screen's items with the note it shows for an empty section ("Nothing
/// here.") taken out: on paper an empty section is left out, heading and all.
pub fn without_nothing(mut items: Vec<Item>, lang: Lang) -> Vec<Item> {
    let nothing = lang.words().content.nothing;
    items.retain(|i| !(i.kind == ItemKind::Note && i.text == nothing));
    items
}

/// "[1] Title" linking to the source's entry in the sources table.
pub fn source_ref(s: &Source) -> Rich {
    let shown = s
        .footnote
        .map_or_else(|| s.title.to_string(), |n| format!("[{n}]"));
    anchor(shown, source_id(&s.id))
}

/// "Fonti: [1], [4]" for a list of source ids, or nothing when it is empty.
pub fn sources_line(doc: &Document, ids: &[String], lang: Lang) -> Option<Block> {
    let mut line = text(format!(
        "{}: ",
        crate::content::DocHeading::Sources.label(lang)
    ));
    let mut any = false;
    for s in ids
        .iter()
        .filter_map(|id| doc.sources.iter().find(|s| &s.id == id))
    {
        if any {
            line.push(Inline::Text(", ".to_owned()));
        }
        line.extend(source_ref(s));
        any = true;
    }
    any.then_some(Block::Note(line))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: ItemKind, t: &str) -> Item {
        Item {
            kind,
            text: t.to_owned(),
            target: None,
            key: None,
            url: None,
        }
    }

    #[test]
    fn only_web_urls_become_links() {
        assert_eq!(
            href("https://example.org/a?b=1&c=2").as_deref(),
            Some("https://example.org/a?b=1&c=2")
        );
        assert_eq!(
            href("HTTP://example.org").as_deref(),
            Some("HTTP://example.org")
        );
        assert_eq!(
            href("https://x.org/a b|c<d>\"").as_deref(),
            Some("https://x.org/a%20b%7Cc%3Cd%3E%22")
        );
        assert_eq!(href("javascript:alert(1)"), None);
        assert_eq!(href(" https://x.org"), None);
        assert_eq!(href("data:text/html,<script>"), None);
        assert_eq!(href("/etc/passwd"), None);
    }

    #[test]
    fn a_compact_table_drops_the_columns_without_a_value_and_keeps_its_numbers_right() {
        let t = Table {
            head: vec!["a".into(), "b".into(), "c".into(), "d".into()],
            rows: vec![
                vec![text("x"), text(NONE), text("1"), text("")],
                vec![text("y"), text(" "), text("2"), anchor(NONE, "z")],
            ],
            numeric: vec![1, 2],
            cols: vec!["p", "q", "r", "s"],
            ..Table::default()
        };
        let t = t.compact().unwrap();
        assert_eq!(t.head, ["a", "c"]);
        assert_eq!(
            t.rows,
            [vec![text("x"), text("1")], vec![text("y"), text("2")]]
        );
        assert_eq!(t.numeric, [1]);
        assert_eq!(t.cols, ["p", "r"]);
        assert_eq!(Table::default().compact(), None);
    }

    #[test]
    fn items_nest_by_depth_and_notes_join_the_item_above() {
        let blocks = from_items(
            vec![
                item(ItemKind::Heading, "H"),
                item(ItemKind::Bullet(0), "a"),
                item(ItemKind::Bullet(1), "a1"),
                item(ItemKind::Note, "n"),
                item(ItemKind::Figure, "b"),
                item(ItemKind::Paragraph, "p"),
                item(ItemKind::Note, "alone"),
            ],
            4,
        );
        assert_eq!(blocks[0], Block::Heading(4, "H".into()));
        let Block::List(list) = &blocks[1] else {
            panic!("a list: {blocks:?}")
        };
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].children[0].text, text("a1"));
        assert_eq!(list[0].children[0].notes, vec![text("n")]);
        assert_eq!(blocks[2], Block::Para(text("p")));
        assert_eq!(blocks[3], Block::Note(text("alone")));
    }
}
