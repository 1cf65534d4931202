//! Screen geometry. Views draw into these rectangles and `update` uses the same
//! functions for scrolling and mouse hits, so both always agree. It stays one file,
//! one function per screen, so that every rectangle the app reads is found here;
//! that is why it is longer than most files.

use ratatui::layout::{Constraint, Layout, Rect};

/// The smallest terminal the layout works in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Width of the roadmap screen's section list.
const SECTIONS_WIDTH: u16 = 28;
/// The widest the sections list grows to name a section in full.
const SECTIONS_WIDTH_MAX: u16 = 40;

pub fn fits(area: Rect) -> bool {
    area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT
}

/// Breadcrumbs on top, the screen's body, the footer at the bottom.
pub fn chrome(area: Rect) -> [Rect; 3] {
    if area.height < 3 {
        return area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
        ]));
    }
    stacked(area, [1, area.height - 2, 1])
}

/// `area` cut into rows of the given heights from the top: what a vertical layout
/// of as many `Length`s makes of them when they fit, without its constraint
/// solver (the first frame pays for each layout solved, a later one finds it
/// cached). Heights past the bottom are cut there.
fn stacked<const N: usize>(area: Rect, heights: [u16; N]) -> [Rect; N] {
    let mut y = area.y;
    heights.map(|h| {
        let h = h.min(area.bottom().saturating_sub(y));
        let row = Rect::new(area.x, y, area.width, h);
        y += h;
        row
    })
}

pub fn body(size: (u16, u16)) -> Rect {
    let [_, body, _] = chrome(Rect::new(0, 0, size.0, size.1));
    body
}

/// Where the overview draws: the document's header, the sector's figures, the
/// roadmap table and, below it, the selected roadmap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverviewGeometry {
    pub header: Rect,
    pub figures: Rect,
    pub table: Rect,
    pub preview: Rect,
}

/// The overview of `doc` in `lang`. The selected roadmap's whole title always has its
/// lines below the table; the table keeps its rows, the sector's figures take what
/// they need of the rest (scrolling when it is not enough) and what is still free
/// goes to the preview.
pub fn overview(
    body: Rect,
    doc: &crate::model::Document,
    lang: crate::model::Lang,
) -> OverviewGeometry {
    let w = usize::from(body.width);
    let figure_lines = crate::content::overview::sector_lines(doc, lang, w).len();
    let title_lines = crate::content::overview::preview_title_height(doc, w);
    let as_u16 = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    let header = 3.min(body.height);
    let mut avail = body.height.saturating_sub(header);
    let mut preview = as_u16(title_lines).min(avail.saturating_sub(4 + 3));
    avail = avail.saturating_sub(preview);
    let table_want = as_u16(doc.roadmaps.len()).saturating_add(3);
    let table = table_want.min(avail.saturating_sub(3)).max(avail.min(4));
    avail = avail.saturating_sub(table);
    let mut figures = as_u16(figure_lines).saturating_add(2).min(avail);
    if figures < 3 {
        figures = 0;
    }
    avail = avail.saturating_sub(figures);
    preview = preview.saturating_add(avail);
    // The four heights make the body's exactly.
    let [header, figures, table, preview] = stacked(body, [header, figures, table, preview]);
    OverviewGeometry {
        header,
        figures,
        table,
        preview,
    }
}

/// Lines of the sector's figures the overview's box shows at once.
pub fn sector_rows(figures: Rect) -> usize {
    usize::from(figures.height.saturating_sub(2))
}

/// Stakeholders: the table, and below it two lines on the selected organisation
/// (its whole name and every figure with its year and scope).
pub fn stakeholders(body: Rect) -> [Rect; 2] {
    body.layout(&Layout::vertical([
        Constraint::Min(4),
        Constraint::Length(STAKEHOLDER_LINES),
    ]))
}

/// Lines under the stakeholder table.
const STAKEHOLDER_LINES: u16 = 2;

/// Rows of a bordered table with a header row.
pub fn table_rows(table: Rect) -> usize {
    usize::from(table.height.saturating_sub(3))
}

/// The table row (counted from the first visible one) at screen row `y`.
pub fn table_row_at(table: Rect, column: u16, y: u16) -> Option<usize> {
    let first = table.y + 2;
    let inside = column > table.x && column < table.right().saturating_sub(1);
    (inside && y >= first && y < table.bottom().saturating_sub(1)).then(|| usize::from(y - first))
}

/// Lines of a roadmap's whole title in a header `width` columns wide.
pub fn roadmap_title(title: &str, width: u16) -> Vec<String> {
    crate::wrap::wrap(title, usize::from(width.saturating_sub(2)).max(1))
}

/// Whether a roadmap's line of facts (`facts_width` columns) goes on two lines, its
/// priority on the second, in a header `width` columns wide.
pub fn roadmap_facts_split(facts_width: u16, width: u16) -> bool {
    facts_width > width.saturating_sub(1)
}

/// Roadmap: header (a line of facts, then the whole title on as many lines as it
/// takes), then the section list beside the content.
/// The width the sections list would take to name every section in full, given the
/// widest name: the fixed width, or more on a wide screen when a name needs it.
pub fn sections_width(widest_name: usize) -> u16 {
    u16::try_from(widest_name + 3)
        .unwrap_or(u16::MAX)
        .clamp(SECTIONS_WIDTH, SECTIONS_WIDTH_MAX)
}

pub fn roadmap(body: Rect, title: &str, facts_width: u16, sections_width: u16) -> [Rect; 3] {
    let lines = u16::try_from(roadmap_title(title, body.width).len()).unwrap_or(u16::MAX);
    let facts = if roadmap_facts_split(facts_width, body.width) {
        2
    } else {
        1
    };
    // The section list and the content keep at least a few rows of their own.
    let header = lines
        .saturating_add(facts)
        .min(body.height.saturating_sub(6))
        .max(2);
    let [header, main] = body.layout(&Layout::vertical([
        Constraint::Length(header),
        Constraint::Min(3),
    ]));
    let [sections, content] = main.layout(&Layout::horizontal([
        // Wider only where the content keeps three times as much.
        Constraint::Length(if body.width >= 4 * sections_width {
            sections_width
        } else {
            SECTIONS_WIDTH
        }),
        Constraint::Min(10),
    ]));
    [header, sections, content]
}

/// Area, organisation and document screens: a header (the whole title on as many
/// lines as it takes, then two lines of facts), then the content, which keeps at
/// least three rows.
pub fn detail(body: Rect, title: &str) -> [Rect; 2] {
    let title_rows =
        u16::try_from(roadmap_title(title, body.width).len().max(1)).unwrap_or(u16::MAX);
    let header = title_rows
        .saturating_add(2)
        .min(body.height.saturating_sub(3))
        .max(3);
    body.layout(&Layout::vertical([
        Constraint::Length(header),
        Constraint::Min(3),
    ]))
}

/// The document's panes below its header: the contents on the left from 80 columns,
/// and the text at a readable width (about 100 columns of text), the two centred
/// together on a wide screen. Below 80 columns the contents are left out (`[` and `]`
/// still jump) and the text takes the whole width.
pub fn document(content: Rect) -> [Rect; 2] {
    /// Two borders and two columns of margin around a hundred columns of text.
    const TEXT: u16 = 104;
    if content.width < 80 {
        return [
            Rect {
                width: 0,
                ..content
            },
            content,
        ];
    }
    // The contents take what the text leaves, within reason.
    let toc = content
        .width
        .saturating_sub(TEXT)
        .max(content.width / 4)
        .clamp(22, 44);
    let text = content.width.saturating_sub(toc).min(TEXT);
    let left = content.width.saturating_sub(toc + text) / 2;
    let x = content.x.saturating_add(left);
    [
        Rect {
            x,
            width: toc,
            ..content
        },
        Rect {
            x: x.saturating_add(toc),
            width: text,
            ..content
        },
    ]
}

/// Rows and text width inside a bordered content pane with a scrollbar.
pub fn content_viewport(content: Rect) -> (usize, usize) {
    let text = list_text(content);
    (usize::from(text.height), usize::from(text.width))
}

/// Where an item list's text goes in its pane: inside the border, with a column of
/// margin on each side.
pub fn list_text(pane: Rect) -> Rect {
    let inner = pane.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 1,
    });
    Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    }
}

/// The line (from the top of the pane's text) at screen row `y`, if inside the pane.
pub fn content_line_at(content: Rect, column: u16, y: u16) -> Option<usize> {
    let inside = column > content.x && column < content.right().saturating_sub(1);
    (inside && y > content.y && y < content.bottom().saturating_sub(1))
        .then(|| usize::from(y - content.y - 1))
}

/// A centred rectangle of at most `width`×`height` inside `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Where a picker sits: a bordered list, its options one per row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PickerGeometry {
    pub frame: Rect,
    pub list: Rect,
}

/// The widest a picker grows: a long roadmap title is cut rather than spread.
const PICKER_MAX_WIDTH: u16 = 48;
const PICKER_MIN_WIDTH: u16 = 24;

/// A picker of `options` rows over `body`, wide enough for its widest option
/// (`widest` columns) and its title (`title`), centred; it shrinks to the body and
/// then scrolls.
pub fn picker(body: Rect, options: usize, widest: u16, title: u16) -> PickerGeometry {
    // Two borders and a space each side of an option; the title keeps its corners.
    let width = widest
        .saturating_add(4)
        .max(title.saturating_add(4))
        .clamp(PICKER_MIN_WIDTH, PICKER_MAX_WIDTH);
    let height = u16::try_from(options).unwrap_or(u16::MAX).saturating_add(2);
    let frame = centered(body, width, height);
    let list = frame.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 1,
    });
    PickerGeometry { frame, list }
}

/// Below this width the SWOT quadrants stack in one column.
pub const SWOT_GRID_MIN_WIDTH: u16 = 100;

/// Whether the SWOT shows as a 2×2 grid in `body` (else a column).
pub fn swot_is_grid(body: Rect) -> bool {
    body.width >= SWOT_GRID_MIN_WIDTH
}

/// The four SWOT quadrants' rectangles (strengths, weaknesses, opportunities,
/// threats). Hidden quadrants get an empty rectangle. In a column the focused
/// quadrant takes the room and the others keep a line of their first item.
pub fn swot(body: Rect, focus: usize, zoomed: bool) -> [Rect; 4] {
    let mut out = [Rect::ZERO; 4];
    if zoomed {
        out[focus.min(3)] = body;
        return out;
    }
    if swot_is_grid(body) {
        let [top, bottom] = body.layout(&Layout::vertical([Constraint::Fill(1); 2]));
        let [s, w] = top.layout(&Layout::horizontal([Constraint::Fill(1); 2]));
        let [o, t] = bottom.layout(&Layout::horizontal([Constraint::Fill(1); 2]));
        return [s, w, o, t];
    }
    let collapsed = 3u16;
    let rows: [Constraint; 4] = std::array::from_fn(|i| {
        if i == focus {
            Constraint::Min(3)
        } else {
            Constraint::Length(collapsed)
        }
    });
    body.layout(&Layout::vertical(rows))
}

/// Width of one roadmap column of the matrix, and of its total column.
pub const MATRIX_COL_WIDTH: u16 = 4;
const MATRIX_NAME_MAX: u16 = 60;
const MATRIX_NAME_MIN: u16 = 14;

/// Where the matrix draws: inside its border, a header row, the organisation rows
/// and a row of totals; columns are the name, the total and the roadmaps in view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatrixGeometry {
    pub inner: Rect,
    pub name_width: u16,
    /// Roadmap columns that fit.
    pub cols: usize,
    /// Organisation rows that fit.
    pub rows: usize,
}

impl MatrixGeometry {
    /// The x of the `i`th visible roadmap column.
    pub fn col_x(&self, i: usize) -> u16 {
        let i = u16::try_from(i).unwrap_or(u16::MAX);
        self.inner.x + self.name_width + MATRIX_COL_WIDTH * (i.saturating_add(1))
    }

    /// The (row, column) under a screen cell: column 0 is the name, 1 the total (Σ),
    /// 2 + n the nth visible roadmap column.
    pub fn cell_at(&self, column: u16, y: u16) -> Option<(usize, usize)> {
        let first = self.inner.y + 1;
        let last = self.inner.bottom().saturating_sub(1);
        if y < first || y >= last || column < self.inner.x || column >= self.inner.right() {
            return None;
        }
        let row = usize::from(y - first);
        let roadmaps_x = self.col_x(0);
        if column < self.inner.x + self.name_width {
            return Some((row, 0));
        }
        if column < roadmaps_x {
            return Some((row, 1));
        }
        let c = usize::from((column - roadmaps_x) / MATRIX_COL_WIDTH);
        (c < self.cols).then_some((row, c + 2))
    }
}

pub fn matrix(body: Rect, roadmaps: usize) -> MatrixGeometry {
    let inner = Rect {
        x: body.x.saturating_add(1),
        y: body.y.saturating_add(1),
        width: body.width.saturating_sub(2),
        height: body.height.saturating_sub(2),
    };
    let wanted = MATRIX_COL_WIDTH.saturating_mul(
        u16::try_from(roadmaps)
            .unwrap_or(u16::MAX)
            .saturating_add(1),
    );
    let name_width = inner
        .width
        .saturating_sub(wanted)
        .clamp(MATRIX_NAME_MIN, MATRIX_NAME_MAX)
        .min(inner.width);
    let room = inner
        .width
        .saturating_sub(name_width)
        .saturating_sub(MATRIX_COL_WIDTH);
    MatrixGeometry {
        inner,
        name_width,
        cols: usize::from(room / MATRIX_COL_WIDTH).min(roadmaps),
        rows: usize::from(inner.height.saturating_sub(2)),
    }
}

/// Where the figures screen draws: the tabs, the chart's border, the line saying what
/// a bar measures, the bar rows and the notes below them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FiguresGeometry {
    pub tabs: Rect,
    pub chart: Rect,
    pub measure: Rect,
    pub rows: Rect,
    pub notes: Rect,
}

/// Notes take at most this many lines.
const NOTES_MAX_LINES: usize = 3;

/// The notes of a chart, wrapped to the chart's width.
pub fn figure_notes(data: &crate::content::figures::ChartData, width: u16) -> Vec<String> {
    let width = usize::from(width.saturating_sub(2)).max(1);
    let mut lines = Vec::new();
    // Only the lines shown are wrapped: a note may list a whole document's omissions.
    for n in &data.notes {
        let room = NOTES_MAX_LINES - lines.len();
        if room == 0 {
            break;
        }
        lines.extend(crate::wrap::wrap_first(n, width, room));
    }
    lines
}

pub fn figures(body: Rect, data: &crate::content::figures::ChartData) -> FiguresGeometry {
    let [tabs, chart] = body.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
    ]));
    let inner = Rect {
        x: chart.x.saturating_add(1),
        y: chart.y.saturating_add(1),
        width: chart.width.saturating_sub(2),
        height: chart.height.saturating_sub(2),
    };
    let notes = u16::try_from(figure_notes(data, inner.width).len()).unwrap_or(0);
    // The bars keep at least one row; notes give way first.
    let notes = notes.min(inner.height.saturating_sub(2));
    let [measure, rows, notes] = inner.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(notes),
    ]));
    FiguresGeometry {
        tabs,
        chart,
        measure,
        rows,
        notes,
    }
}

/// A slide above the bar that says how to move and where the deck is.
pub fn slide(area: Rect) -> [Rect; 2] {
    area.layout(&Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(1),
    ]))
}

/// The whole terminal as a rectangle.
pub fn full(size: (u16, u16)) -> Rect {
    Rect::new(0, 0, size.0, size.1)
}

/// Where the search overlay draws: its frame, the query line and the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchGeometry {
    pub frame: Rect,
    pub input: Rect,
    pub results: Rect,
}

/// The search overlay: most of the screen, the query on its first line.
pub fn search(area: Rect) -> SearchGeometry {
    // Narrow terminals give it the whole width: a sliver of the screen beneath
    // would only be noise.
    let w = if area.width <= 100 {
        area.width
    } else {
        area.width.saturating_sub(4).min(110)
    };
    let h = area.height.saturating_sub(2).max(area.height.min(6));
    let frame = centered(area, w, h);
    let inner = Rect {
        x: frame.x.saturating_add(2),
        y: frame.y.saturating_add(1),
        width: frame.width.saturating_sub(4),
        height: frame.height.saturating_sub(2),
    };
    let [input, _, results] = inner.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ]));
    SearchGeometry {
        frame,
        input,
        results,
    }
}

/// Between two chart tabs.
pub const TAB_SEPARATOR: &str = " │ ";

/// A chart's tab: its name. Not numbered: digits open roadmaps, and Tab or
/// ← → switch charts.
pub fn tab_text(chart: crate::place::Chart, lang: crate::model::Lang) -> &'static str {
    chart.label(lang)
}

/// Column ranges of each chart tab in the tab row `tabs`, for mouse hits.
pub fn tab_spans(lang: crate::model::Lang, tabs: Rect) -> Vec<(u16, u16)> {
    use unicode_width::UnicodeWidthStr;
    let mut x = tabs.x.saturating_add(1);
    crate::place::Chart::ALL
        .iter()
        .map(|c| {
            let w = u16::try_from(tab_text(*c, lang).width()).unwrap_or(u16::MAX);
            let span = (x, x.saturating_add(w));
            x = span.1.saturating_add(TAB_SEPARATOR.width() as u16);
            span
        })
        .collect()
}

/// Between two breadcrumbs.
pub const CRUMB_SEPARATOR: &str = " › ";

/// Stands for the breadcrumbs left out on the left when the path does not fit.
pub const CRUMB_ELLIPSIS: &str = "…";

/// Column ranges of each breadcrumb in `texts` on a top row `width` columns wide,
/// for drawing and for mouse hits. When the path does not fit, the first crumbs
/// give way to [`CRUMB_ELLIPSIS`] so that the current screen stays in view; a crumb
/// left out has the empty range `(0, 0)`. The last crumb is always placed.
pub fn crumb_spans(texts: &[String], width: u16) -> Vec<(u16, u16)> {
    use unicode_width::UnicodeWidthStr;
    let sep = CRUMB_SEPARATOR.width();
    let widths: Vec<usize> = texts.iter().map(|t| t.width()).collect();
    let room = usize::from(width).saturating_sub(1);
    let whole = widths.iter().sum::<usize>() + sep * widths.len().saturating_sub(1);
    // How many crumbs, counted from the current one, are shown.
    let shown = if whole <= room {
        widths.len()
    } else {
        let mut used = CRUMB_ELLIPSIS.width();
        let mut n = 0;
        for w in widths.iter().rev() {
            let need = used + sep + w;
            if n > 0 && need > room {
                break;
            }
            used = need;
            n += 1;
        }
        n
    };
    let first = widths.len().saturating_sub(shown);
    let mut x = if first > 0 {
        1 + CRUMB_ELLIPSIS.width() + sep
    } else {
        1
    };
    widths
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i < first {
                return (0, 0);
            }
            let start = u16::try_from(x).unwrap_or(u16::MAX);
            x = x.saturating_add(*w);
            let end = u16::try_from(x).unwrap_or(u16::MAX);
            x = x.saturating_add(sep);
            (start, end)
        })
        .collect()
}

/// A roadmap's line of facts in parts: its number, its sector, and the word that
/// stands before its priority (the cells and the priority's label follow them).
pub fn roadmap_facts(r: &crate::model::Roadmap, lang: crate::model::Lang) -> [String; 3] {
    let mut sector = r.sector.to_string();
    if let Some(s2) = &r.secondary_sector {
        sector.push_str(&format!(" ({} {s2})", lang.words().screens.also));
    }
    [
        format!(" Roadmap {} ", r.number),
        sector,
        format!(" {} ", lang.words().screens.priority),
    ]
}

/// Columns a roadmap's line of facts takes on one line.
pub fn roadmap_facts_width(r: &crate::model::Roadmap, lang: crate::model::Lang) -> u16 {
    let [number, sector, priority] = roadmap_facts(r, lang);
    let label = crate::model::format::priority_label(r.priority, lang);
    let text = format!("{number}· {sector} ·{priority}■■■■■ {label}");
    u16::try_from(unicode_width::UnicodeWidthStr::width(text.as_str())).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The arithmetic stands in for the solver: it must give what the solver gives.
    #[test]
    fn chrome_and_stacked_rows_are_what_the_solver_makes() {
        for (x, y, width) in [(0, 0, 60), (3, 2, 120), (0, 5, 1)] {
            for height in 0..=200 {
                let area = Rect::new(x, y, width, height);
                let solved: [Rect; 3] = area.layout(&Layout::vertical([
                    Constraint::Length(1),
                    Constraint::Min(1),
                    Constraint::Length(1),
                ]));
                assert_eq!(chrome(area), solved, "{area:?}");
                for cut in [0, 1, height / 3, height / 2, height.saturating_sub(1)] {
                    let rest = height - cut.min(height);
                    let heights = [cut.min(height), rest / 2, rest - rest / 2];
                    let solved: [Rect; 3] =
                        area.layout(&Layout::vertical(heights.map(Constraint::Length)));
                    assert_eq!(stacked(area, heights), solved, "{area:?} {heights:?}");
                }
            }
        }
    }
}
