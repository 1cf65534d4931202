//! The deck laid out for one screen size: every slide's heading in the largest
//! letters that fit, its blocks wrapped to the page, and as many pages per slide
//! as its content needs ("Roadmap 1 · 2/2"). Nothing is cut: what does not fit
//! continues on the next page. Built again when the size or the language changes;
//! the presenter's place is kept by the slide and the first block on show.

use ratatui::layout::Rect;
use tui_big_text::PixelSize;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::content::slides::{Block, Heading, Run, Slide, SlideBar, Tone, content};
use crate::model::{Document, Index, Lang};
use crate::place::Quadrant;

/// A line of a page: runs of text in their tones.
pub type SlideLine = Vec<Run>;

/// Body text is never wider than this, so that a line is read at one glance.
const MEASURE: u16 = 100;

/// A slide's heading as it fits the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadingFit {
    /// The heading in full, as written.
    pub text: String,
    /// The lines drawn in big letters, or in bold when `size` is none.
    pub lines: Vec<String>,
    pub size: Option<PixelSize>,
    /// The full heading in ordinary letters, under a short big one.
    pub sub: Vec<String>,
}

impl HeadingFit {
    /// Rows the big (or bold) lines take.
    pub fn rows(&self) -> u16 {
        let n = u16::try_from(self.lines.len()).unwrap_or(u16::MAX);
        n.saturating_mul(size_cells(self.size).1)
    }

    /// Columns the heading takes.
    pub fn width(&self) -> u16 {
        let cols = size_cells(self.size).0;
        let widest = self
            .lines
            .iter()
            .chain(&self.sub)
            .map(|l| {
                if self.size.is_some() {
                    l.chars().count()
                } else {
                    l.width()
                }
            })
            .max()
            .unwrap_or(0);
        u16::try_from(widest)
            .unwrap_or(u16::MAX)
            .saturating_mul(cols)
    }

    /// Rows of the heading with its subheading and the row of air below it.
    pub fn total_rows(&self) -> u16 {
        let sub = u16::try_from(self.sub.len()).unwrap_or(u16::MAX);
        self.rows().saturating_add(sub).saturating_add(1)
    }
}

/// One quadrant of the SWOT grid page.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub quadrant: Quadrant,
    pub lines: Vec<SlideLine>,
}

/// What a page shows under its heading.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// Lines top to bottom; `starts` holds the line where each block begins, where
    /// air may go when the page has room to spare.
    Lines {
        lines: Vec<SlideLine>,
        starts: Vec<usize>,
    },
    /// The SWOT's four quadrants side by side.
    Grid(Vec<Cell>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The slide's place in the deck.
    pub slide: usize,
    /// Which page of the slide this is, from 0, and how many it has.
    pub part: usize,
    pub parts: usize,
    /// The first block of the slide on this page.
    pub first_block: usize,
    pub heading: HeadingFit,
    pub body: Body,
}

/// Where a slide's parts go on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    /// The heading's area, the full width inside the margins.
    pub inner: Rect,
    /// The counter's row at the bottom.
    pub bar: Rect,
}

/// The margins of a slide at `size`: more air on a larger grid.
pub fn frame(size: (u16, u16)) -> Frame {
    let (w, h) = size;
    let bar = Rect::new(0, h.saturating_sub(1), w, h.min(1));
    let margin_x = if w >= 100 { w / 20 } else { 2 }.min(w / 4);
    let margin_y = if h >= 30 { h / 20 } else { 1 }.min(h / 4);
    let inner = Rect::new(
        margin_x,
        margin_y,
        w.saturating_sub(2 * margin_x),
        h.saturating_sub(1).saturating_sub(2 * margin_y),
    );
    Frame { inner, bar }
}

/// The column a page is set in: at most [`MEASURE`] wide unless its heading is
/// wider, centred in `inner`.
pub fn column(inner: Rect, heading: &HeadingFit) -> Rect {
    let width = inner.width.min(MEASURE.max(heading.width()));
    Rect {
        x: inner.x + (inner.width - width) / 2,
        width,
        ..inner
    }
}

/// The body's area in `column` under a heading of `heading_rows`.
pub fn body_area(column: Rect, heading_rows: u16) -> Rect {
    let rows = heading_rows.min(column.height);
    Rect {
        y: column.y + rows,
        height: column.height - rows,
        ..column
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Deck {
    /// What the deck was laid out for.
    pub size: (u16, u16),
    pub lang: Option<Lang>,
    pub pages: Vec<Page>,
}

impl Deck {
    pub fn new(
        slides: &[Slide],
        doc: &Document,
        index: &Index,
        lang: Lang,
        size: (u16, u16),
    ) -> Self {
        // Below the smallest size the screen says it is too small instead.
        if !crate::ui::layout::fits(crate::ui::layout::full(size)) {
            return Self {
                size,
                lang: Some(lang),
                pages: Vec::new(),
            };
        }
        let f = frame(size);
        let mut pages = Vec::new();
        let mut grids = Vec::new();
        for (i, slide) in slides.iter().enumerate() {
            let text = content(*slide, doc, index, lang);
            let budget = if *slide == Slide::Title {
                f.inner.height * 3 / 5
            } else {
                (f.inner.height / 3).max(4)
            };
            let max_lines = if *slide == Slide::Title { 3 } else { 2 };
            let heading = fit_heading(&text.heading, f.inner.width, budget, max_lines);
            let body = body_area(column(f.inner, &heading), heading.total_rows());
            if text.grid {
                grids.push(pages.len());
                pages.push(Page {
                    slide: i,
                    part: 0,
                    parts: 1,
                    first_block: 0,
                    heading,
                    body: Body::Grid(Vec::new()),
                });
                continue;
            }
            let parts = paginate(&text.blocks, body.width, body.height, lang);
            let count = parts.len();
            for (part, (first_block, lines, starts)) in parts.into_iter().enumerate() {
                pages.push(Page {
                    slide: i,
                    part,
                    parts: count,
                    first_block,
                    heading: heading.clone(),
                    body: Body::Lines { lines, starts },
                });
            }
        }
        // The grid names the page each quadrant continues on: lay it out last.
        for g in grids {
            let page = &pages[g];
            let body = body_area(column(f.inner, &page.heading), page.heading.total_rows());
            let continues = |q: Quadrant| {
                slides
                    .iter()
                    .position(|s| *s == Slide::Quadrant(q))
                    .and_then(|s| pages.iter().position(|p| p.slide == s))
                    .map(|p| p + 1)
            };
            let cells = grid(doc, lang, body, continues);
            pages[g].body = Body::Grid(cells);
        }
        Self {
            size,
            lang: Some(lang),
            pages,
        }
    }

    /// Whether the deck was laid out for `size` in `lang`.
    pub fn fits(&self, size: (u16, u16), lang: Lang) -> bool {
        self.size == size && self.lang == Some(lang)
    }

    /// The page that shows block `block` of slide `slide`, or the slide's first.
    pub fn page_of(&self, slide: usize, block: usize) -> Option<usize> {
        let mut found = None;
        for (i, p) in self.pages.iter().enumerate() {
            if p.slide != slide {
                continue;
            }
            if found.is_none() || p.first_block <= block {
                found = Some(i);
            }
        }
        found
    }

    /// The first page of slide `slide`.
    pub fn first_page(&self, slide: usize) -> Option<usize> {
        self.pages.iter().position(|p| p.slide == slide)
    }
}

/// Columns and rows one letter takes at `size`; bold letters when none.
fn size_cells(size: Option<PixelSize>) -> (u16, u16) {
    match size {
        Some(PixelSize::Full) => (8, 8),
        Some(PixelSize::HalfHeight) => (8, 4),
        Some(_) => (4, 4),
        None => (1, 1),
    }
}

/// Characters the 8×8 font has no glyph for, replaced by ones it has.
pub fn glyph_safe(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '–' | '—' | '−' => '-',
            '’' => '\'',
            c => c,
        })
        .collect()
}

/// `text` in at most `lines` lines of about equal length.
fn balanced(text: &str, lines: usize) -> Vec<String> {
    let chars = text.chars().count();
    for slack in 0..chars.max(1) {
        let split = crate::wrap::wrap(text, chars.div_ceil(lines) + slack);
        if split.len() <= lines {
            return split;
        }
    }
    vec![text.to_owned()]
}

/// The heading in the largest letters whose lines fit `width` columns and
/// `budget` rows, then its short form with the heading under it, then in bold.
pub fn fit_heading(h: &Heading, width: u16, budget: u16, max_lines: usize) -> HeadingFit {
    let sizes = [PixelSize::Full, PixelSize::HalfHeight, PixelSize::Quadrant];
    let try_fit = |text: &str, max_lines: usize, budget: u16| {
        let text = glyph_safe(text);
        sizes.into_iter().find_map(|size| {
            let (cols, rows) = size_cells(Some(size));
            (1..=max_lines).find_map(|n| {
                let lines = balanced(&text, n);
                let n = u16::try_from(lines.len()).unwrap_or(u16::MAX);
                let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
                let fits = n.saturating_mul(rows) <= budget
                    && widest.saturating_mul(usize::from(cols)) <= usize::from(width);
                fits.then(|| HeadingFit {
                    text: h.text.clone(),
                    lines,
                    size: Some(size),
                    sub: Vec::new(),
                })
            })
        })
    };
    if let Some(fit) = try_fit(&h.text, max_lines, budget) {
        return fit;
    }
    let sub = crate::wrap::wrap(&h.text, usize::from(width.max(1)));
    if let Some(short) = &h.short {
        let rows = u16::try_from(sub.len()).unwrap_or(u16::MAX);
        if let Some(mut fit) = try_fit(short, 1, budget.saturating_sub(rows)) {
            fit.sub = sub;
            return fit;
        }
    }
    HeadingFit {
        text: h.text.clone(),
        lines: sub,
        size: None,
        sub: Vec::new(),
    }
}

/// A unit that is never broken between lines: a word, which may change tone,
/// and the spaces before it (kept inside a line, dropped where a line breaks).
struct Word {
    spaces: usize,
    parts: Vec<Run>,
}

impl Word {
    fn width(&self) -> usize {
        self.parts.iter().map(|(t, _)| t.width()).sum()
    }
}

fn words(runs: &[Run]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    // Spaces seen since the last word; none yet means the word goes on.
    let mut spaces = 0;
    let mut joined = false;
    for (text, tone) in runs {
        let mut current = String::new();
        for ch in text.chars() {
            if ch == ' ' {
                if !current.is_empty() {
                    push_part(
                        &mut out,
                        joined,
                        spaces,
                        std::mem::take(&mut current),
                        *tone,
                    );
                    spaces = 0;
                }
                joined = false;
                spaces += 1;
            } else {
                current.push(ch);
            }
        }
        if !current.is_empty() {
            push_part(&mut out, joined, spaces, current, *tone);
            joined = true;
            spaces = 0;
        }
    }
    out
}

fn push_part(out: &mut Vec<Word>, joined: bool, spaces: usize, text: String, tone: Tone) {
    match out.last_mut() {
        Some(w) if joined => w.parts.push((text, tone)),
        _ => out.push(Word {
            spaces,
            parts: vec![(text, tone)],
        }),
    }
}

fn push_run(line: &mut SlideLine, text: &str, tone: Tone) {
    match line.last_mut() {
        Some((t, last)) if *last == tone => t.push_str(text),
        _ => line.push((text.to_owned(), tone)),
    }
}

/// `runs` wrapped to `width` columns, every line after the first starting with
/// `indent` spaces and the first with `first` (which the caller writes).
pub fn wrap_runs(runs: &[Run], width: usize, first: SlideLine, indent: usize) -> Vec<SlideLine> {
    let first_w: usize = first.iter().map(|(t, _)| t.width()).sum();
    let mut lines = Vec::new();
    let mut line = first;
    let mut used = first_w;
    let mut line_start = first_w;
    let width = width.max(indent + 1).max(first_w + 1);
    for w in words(runs) {
        let ww = w.width();
        let gap = if used > line_start {
            w.spaces.max(1)
        } else {
            0
        };
        if used + gap + ww > width && used > line_start {
            lines.push(std::mem::replace(
                &mut line,
                vec![(" ".repeat(indent), Tone::Base)],
            ));
            used = indent;
            line_start = indent;
        } else if gap > 0 {
            let tone = w.parts.first().map_or(Tone::Base, |p| p.1);
            push_run(&mut line, &" ".repeat(gap), tone);
            used += gap;
        }
        // A word longer than a line is broken where the line ends.
        for (text, tone) in &w.parts {
            for ch in text.chars() {
                let cw = ch.width().unwrap_or(0);
                if used + cw > width && used > line_start {
                    lines.push(std::mem::replace(
                        &mut line,
                        vec![(" ".repeat(indent), Tone::Base)],
                    ));
                    used = indent;
                    line_start = indent;
                }
                let mut buf = [0u8; 4];
                push_run(&mut line, ch.encode_utf8(&mut buf), *tone);
                used += cw;
            }
        }
    }
    lines.push(line);
    // Indentation alone is no text.
    for l in &mut lines {
        l.retain(|(t, _)| !t.is_empty());
    }
    lines
}

/// The lines of one block at `width`.
#[derive(Clone)]
struct Chunk {
    lines: Vec<SlideLine>,
    /// A heading: it goes to the next page with what it heads.
    keep_with_next: bool,
    gap: bool,
    /// A heading shown again over the rest of what it heads on a new page.
    repeat: bool,
}

fn chunk(block: &Block, width: usize, bars: BarColumns, lang: Lang) -> Chunk {
    let plain = |lines| Chunk {
        lines,
        keep_with_next: false,
        gap: false,
        repeat: false,
    };
    match block {
        Block::Text(runs) => plain(wrap_runs(runs, width, Vec::new(), 0)),
        Block::Label(runs) => Chunk {
            lines: wrap_runs(runs, width, Vec::new(), 0),
            keep_with_next: true,
            gap: false,
            repeat: false,
        },
        Block::Bullet { depth, mark, runs } => {
            let pad = usize::from(*depth) * 3;
            let first = vec![
                (" ".repeat(pad), Tone::Base),
                (format!("{} ", mark.0), mark.1),
            ];
            let indent = pad + mark.0.width() + 1;
            plain(wrap_runs(runs, width, first, indent))
        }
        Block::Entry { lead, runs } => {
            let lead_w: usize = lead.iter().map(|r| r.0.width()).sum();
            // Under the text's first word where that leaves it half the line, else
            // a little in from the edge.
            let indent = if lead_w * 2 <= width { lead_w } else { 3 };
            plain(wrap_runs(runs, width, lead.clone(), indent))
        }
        Block::Bar(b) => plain(bar_lines(b, width, bars)),
        Block::Names { label, names, rows } => plain(names_lines(label, names, *rows, width, lang)),
        Block::Gap => Chunk {
            lines: vec![Vec::new()],
            keep_with_next: false,
            gap: true,
            repeat: false,
        },
    }
}

/// `label` and as many of `names` as `rows` lines hold, then how many more there
/// are: a wall of names is not read from the back of a room.
fn names_lines(
    label: &Run,
    names: &[String],
    rows: usize,
    width: usize,
    lang: Lang,
) -> Vec<SlideLine> {
    let lay = |shown: usize| {
        let mut text = names[..shown].join(", ");
        if shown < names.len() {
            text.push_str(&format!(
                " {}",
                (lang.words().counts.more)(names.len() - shown)
            ));
        }
        wrap_runs(&[label.clone(), (text, Tone::Link)], width, Vec::new(), 0)
    };
    // The most names that keep within the rows; all of them when they fit. No
    // more than the rows' columns could hold are tried.
    let room = rows.max(1) * width;
    let mut used = label.0.width();
    let mut shown = 0;
    for n in names {
        used += n.width() + 2;
        if used > room && shown > 0 {
            break;
        }
        shown += 1;
    }
    while shown > 1 && lay(shown).len() > rows.max(1) {
        shown -= 1;
    }
    lay(shown)
}

/// The widths of a chart's columns on a page.
#[derive(Debug, Clone, Copy, Default)]
struct BarColumns {
    label: usize,
    text: usize,
}

impl BarColumns {
    fn new(blocks: &[Block], width: usize) -> Self {
        let bars = blocks.iter().filter_map(|b| match b {
            Block::Bar(b) => Some(b),
            _ => None,
        });
        let (label, text) = bars.fold((0, 0), |(l, t), b| {
            (l.max(b.label.width()), t.max(b.text.width()))
        });
        Self {
            label: label.min(width * 2 / 5),
            text,
        }
    }
}

/// A bar: its label (wrapped in its column), the bar and the amount, which is
/// never cut. On a page too narrow for all three, the label takes its own lines.
fn bar_lines(b: &SlideBar, width: usize, cols: BarColumns) -> Vec<SlideLine> {
    let room = width.saturating_sub(cols.label + cols.text + 2);
    if room < 4 {
        let mut lines = wrap_runs(&[(b.label.clone(), Tone::Base)], width, Vec::new(), 0);
        let cells = width.saturating_sub(cols.text + 1).max(1);
        let bar =
            crate::ui::bar::bar_text(b.value, b.max, u16::try_from(cells).unwrap_or(u16::MAX));
        let pad = cells.saturating_sub(bar.width()) + 1;
        lines.push(vec![
            (bar, Tone::Figure),
            (" ".repeat(pad), Tone::Base),
            (b.text.clone(), Tone::Title),
        ]);
        return lines;
    }
    let label = crate::wrap::wrap(&b.label, cols.label.max(1));
    let bar = crate::ui::bar::bar_text(b.value, b.max, u16::try_from(room).unwrap_or(u16::MAX));
    let mut lines = Vec::new();
    for (i, l) in label.iter().enumerate() {
        let pad = cols.label.saturating_sub(l.width());
        let mut line = vec![(format!("{l}{} ", " ".repeat(pad)), Tone::Base)];
        if i == 0 {
            let pad = room.saturating_sub(bar.width()) + 1;
            line.push((bar.clone(), Tone::Figure));
            line.push((" ".repeat(pad), Tone::Base));
            line.push((b.text.clone(), Tone::Title));
        }
        lines.push(line);
    }
    lines
}

/// One page's worth: the first block on it, its lines and where blocks start.
type Part = (usize, Vec<SlideLine>, Vec<usize>);

/// The blocks of a slide in pages of `height` rows of `width` columns, as even
/// as the same number of pages allows: no last page with a lone line.
fn paginate(blocks: &[Block], width: u16, height: u16, lang: Lang) -> Vec<Part> {
    let width = usize::from(width.max(1));
    let bars = BarColumns::new(blocks, width);
    let chunks: Vec<Chunk> = blocks.iter().map(|b| chunk(b, width, bars, lang)).collect();
    let pages = pack(&chunks, height);
    if pages.len() < 2 {
        return pages;
    }
    // The shortest page height that still needs no more pages.
    let (mut lo, mut hi) = (1, height);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pack(&chunks, mid).len() <= pages.len() {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    pack(&chunks, hi)
}

/// The chunks of a slide in pages of `height` rows.
fn pack(chunks: &[Chunk], height: u16) -> Vec<Part> {
    let height = usize::from(height.max(1));
    // The pages laid out, and the one being filled: each entry a block's index
    // and its lines there.
    let mut pages: Vec<Vec<(usize, Chunk)>> = Vec::new();
    let mut page: Vec<(usize, Chunk)> = Vec::new();
    let rows = |page: &[(usize, Chunk)]| page.iter().map(|(_, c)| c.lines.len()).sum::<usize>();
    // The heading of what is being laid out, to show again on a new page.
    let mut label: Option<Vec<SlideLine>> = None;
    for (i, c) in chunks.iter().enumerate() {
        let c = c.clone();
        if c.keep_with_next {
            label = Some(c.lines.clone());
        }
        let used = rows(&page);
        if c.gap {
            if !page.is_empty() && used < height {
                page.push((i, c));
            }
            continue;
        }
        if used + c.lines.len() <= height {
            page.push((i, c));
            continue;
        }
        if c.lines.len() > height {
            // Taller than a page: it fills this one and goes on.
            let mut lines = c.lines;
            let mut room = height - used.min(height);
            if room == 0 {
                pages.push(std::mem::take(&mut page));
                room = height;
            }
            loop {
                let rest = lines.split_off(room.min(lines.len()));
                page.push((
                    i,
                    Chunk {
                        lines,
                        keep_with_next: false,
                        gap: false,
                        repeat: false,
                    },
                ));
                if rest.is_empty() {
                    break;
                }
                lines = rest;
                pages.push(std::mem::take(&mut page));
                room = height;
            }
            continue;
        }
        // A new page, taking along the headings that lead to this block.
        let mut carry = Vec::new();
        while let Some((_, last)) = page.last() {
            let (gap, keep) = (last.gap, last.keep_with_next);
            if !(gap || keep && page.len() > 1) {
                break;
            }
            if let Some(entry) = page.pop()
                && !gap
            {
                carry.push(entry);
            }
        }
        carry.reverse();
        let carried: usize = carry.iter().map(|(_, c)| c.lines.len()).sum();
        if carry.is_empty()
            && let Some(lines) = &label
            && lines.len() + carried + c.lines.len() <= height
        {
            carry.push((
                i,
                Chunk {
                    lines: lines.clone(),
                    keep_with_next: true,
                    gap: false,
                    repeat: true,
                },
            ));
        }
        carry.push((i, c));
        pages.push(std::mem::replace(&mut page, carry));
    }
    pages.push(page);
    pages
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|mut page| {
            while page.last().is_some_and(|(_, c)| c.gap) {
                page.pop();
            }
            let first = page.iter().find(|(_, c)| !c.repeat).map_or(0, |(i, _)| *i);
            let mut lines = Vec::new();
            let mut starts = Vec::new();
            let mut last_block = None;
            for (i, c) in page {
                if last_block != Some(i) {
                    starts.push(lines.len());
                    last_block = Some(i);
                }
                lines.extend(c.lines);
            }
            (first, lines, starts)
        })
        .collect()
}

/// The SWOT grid: each quadrant's label and as many whole items as its cell
/// holds, then how many more its own page shows.
fn grid(
    doc: &Document,
    lang: Lang,
    body: Rect,
    continues: impl Fn(Quadrant) -> Option<usize>,
) -> Vec<Cell> {
    let cell_w = usize::from(body.width.saturating_sub(3) / 2).max(1);
    let cell_h = usize::from(body.height.saturating_sub(1) / 2).max(1);
    Quadrant::ALL
        .into_iter()
        .map(|q| {
            let items = crate::content::quadrant_texts(doc, q);
            let label = format!(
                "{} ({})",
                crate::place::quadrant_label(q, lang),
                items.len()
            );
            let mut lines = wrap_runs(&[(label, Tone::Quadrant(q))], cell_w, Vec::new(), 0);
            let mark = crate::place::quadrant_marker(q).to_string();
            let mut shown = 0;
            for (n, item) in items.iter().enumerate() {
                let first = vec![(format!("{mark} "), Tone::Quadrant(q))];
                let wrapped = wrap_runs(&[(item.to_string(), Tone::Base)], cell_w, first, 2);
                // Room for the note of what is left, unless this is the last item.
                let reserve = usize::from(n + 1 < items.len());
                if lines.len() + wrapped.len() + reserve > cell_h {
                    break;
                }
                lines.extend(wrapped);
                shown += 1;
            }
            let left = items.len() - shown;
            if left > 0 {
                let note = match continues(q) {
                    Some(page) => (lang.words().slides.continued)(left, page),
                    None => (lang.words().counts.more)(left),
                };
                lines.extend(wrap_runs(&[(note, Tone::Muted)], cell_w, Vec::new(), 0));
                lines.truncate(cell_h.max(2));
            }
            Cell { quadrant: q, lines }
        })
        .collect()
}

/// Columns of a line.
pub fn line_width(line: &SlideLine) -> usize {
    line.iter().map(|(t, _)| t.width()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck(size: (u16, u16), lang: Lang) -> (Vec<Slide>, Deck) {
        let doc = crate::model::load_embedded().unwrap().doc;
        let index = Index::new(&doc);
        let slides = crate::content::slides::slides(&doc, &index);
        let d = Deck::new(&slides, &doc, &index, lang, size);
        (slides, d)
    }

    #[test]
    fn wrapping_keeps_tones_and_indents_the_lines_after_the_first() {
        let runs = vec![
            ("Alpha beta".to_owned(), Tone::Base),
            (" gamma".to_owned(), Tone::Figure),
        ];
        let lines = wrap_runs(&runs, 12, vec![("• ".to_owned(), Tone::Heading)], 2);
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|(t, _)| t.as_str()).collect())
            .collect();
        assert_eq!(text, ["• Alpha beta", "  gamma"]);
        assert_eq!(lines[1].last().unwrap().1, Tone::Figure);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_not_lost() {
        let lines = wrap_runs(&[("abcdefghij".to_owned(), Tone::Base)], 4, Vec::new(), 0);
        let joined: String = lines.iter().flatten().map(|(t, _)| t.as_str()).collect();
        assert_eq!(joined, "abcdefghij");
        assert!(lines.iter().all(|l| line_width(l) <= 4));
    }

    #[test]
    fn no_line_is_wider_than_its_page_and_no_page_taller() {
        for size in [(60, 18), (80, 24), (120, 40), (200, 60), (300, 100)] {
            let (_, d) = deck(size, Lang::It);
            let f = frame(size);
            for p in &d.pages {
                let body = body_area(column(f.inner, &p.heading), p.heading.total_rows());
                if let Body::Lines { lines, .. } = &p.body {
                    assert!(lines.len() <= usize::from(body.height), "{size:?} {p:?}");
                    for l in lines {
                        assert!(line_width(l) <= usize::from(body.width), "{size:?} {l:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_small_screen_continues_a_roadmap_on_more_pages_and_a_large_one_needs_fewer() {
        let (slides, small) = deck((60, 18), Lang::It);
        let (_, large) = deck((200, 60), Lang::It);
        let r1 = slides.iter().position(|s| *s == Slide::Roadmap(1)).unwrap();
        let parts = |d: &Deck| d.pages.iter().filter(|p| p.slide == r1).count();
        assert!(parts(&small) > 1);
        assert!(parts(&large) < parts(&small));
        assert!(small.pages.len() > large.pages.len());
        // Every page of a slide knows its number among them.
        for p in small.pages.iter().filter(|p| p.slide == r1) {
            assert_eq!(p.parts, parts(&small));
        }
    }

    #[test]
    fn headings_are_big_wherever_a_slide_is_shown() {
        for size in [(60, 18), (80, 24), (120, 40), (200, 60)] {
            let (_, d) = deck(size, Lang::En);
            for p in &d.pages {
                assert!(p.heading.size.is_some(), "{size:?}: {:?}", p.heading);
            }
        }
        let (_, d) = deck((200, 60), Lang::En);
        assert_eq!(d.pages[2].heading.size, Some(PixelSize::Full));
    }

    #[test]
    fn the_place_is_kept_across_sizes() {
        let (slides, small) = deck((60, 18), Lang::It);
        let (_, large) = deck((200, 60), Lang::It);
        let r2 = slides.iter().position(|s| *s == Slide::Roadmap(2)).unwrap();
        let last = small.pages.iter().rposition(|p| p.slide == r2).unwrap();
        let block = small.pages[last].first_block;
        let there = large.page_of(r2, block).unwrap();
        assert_eq!(large.pages[there].slide, r2);
        assert_eq!(small.page_of(r2, block), Some(last));
    }
}
