//! The tables of the overview and of the stakeholders: a header and rows of cells
//! in columns of fixed widths, one of which may take what the others leave. Drawn
//! cell for cell as ratatui's `Table` draws them, without the constraint solver
//! `Table` runs three times a frame: the overview is the first frame, and each
//! layout solved there is paid for before anything shows (a later frame finds it
//! in ratatui's cache).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};

/// A table to draw: its rows already cut to what each column shows.
pub struct Grid<'a> {
    pub block: Block<'a>,
    pub header: Vec<Line<'a>>,
    pub header_style: Style,
    pub rows: Vec<Vec<Line<'a>>>,
    /// One per column: `Length`s, and at most one `Min` that takes the rest.
    pub widths: Vec<Constraint>,
    /// Columns between columns.
    pub spacing: u16,
    /// The first row drawn, unless the selected row needs another to show.
    pub offset: usize,
    pub selected: Option<usize>,
    pub highlight: Style,
}

impl Widget for Grid<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self.block).render(area, buf);
        let inner = self.block.inner(area);
        if inner.is_empty() {
            return;
        }
        let columns = columns(inner.width, &self.widths, self.spacing);
        let cell = |x: u16, width: u16, y: u16| Rect::new(inner.x + x, y, width, 1);
        buf.set_style(Rect { height: 1, ..inner }, self.header_style);
        for (line, &(x, width)) in self.header.iter().zip(&columns) {
            line.render(cell(x, width, inner.y), buf);
        }
        let rows_area = Rect {
            y: inner.y + 1,
            height: inner.height - 1,
            ..inner
        };
        let selected = self
            .selected
            .filter(|_| !self.rows.is_empty())
            .map(|s| s.min(self.rows.len() - 1));
        let (start, end) = visible_rows(self.rows.len(), self.offset, selected, rows_area.height);
        for (row, y) in self.rows[start..end].iter().zip(rows_area.y..) {
            for (line, &(x, width)) in row.iter().zip(&columns) {
                line.render(cell(x, width, y), buf);
            }
        }
        if let Some(s) = selected.filter(|s| (start..end).contains(s)) {
            let y = rows_area.y + u16::try_from(s - start).unwrap_or(u16::MAX);
            buf.set_style(
                Rect {
                    y,
                    height: 1,
                    ..rows_area
                },
                self.highlight,
            );
        }
    }
}

/// The rows drawn, `start..end`, of rows one line each: from `offset`, moved so
/// that the selected row shows (as `Table` moves it).
fn visible_rows(
    rows: usize,
    offset: usize,
    selected: Option<usize>,
    height: u16,
) -> (usize, usize) {
    let height = usize::from(height);
    let mut start = offset.min(rows.saturating_sub(1));
    if let Some(s) = selected {
        start = start.min(s);
    }
    let mut end = (start + height).min(rows);
    if let Some(s) = selected
        && s >= end
    {
        end = s + 1;
        start = end.saturating_sub(height);
    }
    (start, end)
}

/// Where each column starts in a row `width` wide, and how wide it is: the
/// `Length`s as they are and the one `Min` with what they leave, `spacing` apart,
/// as a horizontal `Layout` with `Flex::Start` makes them when they fit. What does
/// not fit that way is left to the layout's solver.
pub fn columns(width: u16, widths: &[Constraint], spacing: u16) -> Vec<(u16, u16)> {
    let gaps = u32::from(spacing) * u32::try_from(widths.len().saturating_sub(1)).unwrap_or(0);
    let mut fixed = gaps;
    let mut mins = 0;
    let mut simple = true;
    for c in widths {
        match *c {
            Constraint::Length(n) => fixed += u32::from(n),
            Constraint::Min(n) => {
                mins += 1;
                fixed += u32::from(n);
            }
            _ => simple = false,
        }
    }
    if !simple || mins > 1 || fixed > u32::from(width) {
        return solved(width, widths, spacing);
    }
    let rest = u16::try_from(u32::from(width) - fixed).unwrap_or(0);
    let mut x = 0u16;
    widths
        .iter()
        .map(|c| {
            let w = match *c {
                Constraint::Min(n) => n + rest,
                Constraint::Length(n) => n,
                _ => 0,
            };
            let column = (x, w);
            x = x.saturating_add(w).saturating_add(spacing);
            column
        })
        .collect()
}

/// The columns as the layout's solver places them.
fn solved(width: u16, widths: &[Constraint], spacing: u16) -> Vec<(u16, u16)> {
    Layout::horizontal(widths.iter().copied())
        .flex(Flex::Start)
        .spacing(spacing)
        .split(Rect::new(0, 0, width, 1))
        .iter()
        .map(|r| (r.x, r.width))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::widgets::{Row, StatefulWidget, Table, TableState};

    proptest! {
        /// The arithmetic stands in for the solver: it gives what the solver gives.
        #[test]
        fn columns_are_where_the_solver_puts_them(
            width in 0u16..300,
            lengths in prop::collection::vec(0u16..30, 0..8),
            min_at in prop::option::of(0usize..8),
            min in 0u16..20,
            spacing in 0u16..3,
        ) {
            let mut widths: Vec<Constraint> = lengths.into_iter().map(Constraint::Length).collect();
            if let Some(i) = min_at {
                widths.insert(i.min(widths.len()), Constraint::Min(min));
            }
            prop_assert_eq!(columns(width, &widths, spacing), solved(width, &widths, spacing));
        }

        /// A grid draws what `Table` draws, cell for cell: the header, the rows
        /// from the offset, moved for the selection, and the highlight.
        #[test]
        fn a_grid_draws_what_a_table_draws(
            (w, h) in (20u16..90, 2u16..14),
            rows in 0usize..30,
            offset in 0usize..35,
            selected in prop::option::of(0usize..35),
            right in any::<bool>(),
        ) {
            let widths = vec![
                Constraint::Length(3),
                Constraint::Min(4),
                Constraint::Length(7),
            ];
            let cells = |i: usize| -> Vec<Line<'static>> {
                let amount = Line::from(format!("{}", i * 1009));
                vec![
                    Line::from(i.to_string()),
                    Line::from(format!("row {i} with a title that runs on")),
                    if right { amount.right_aligned() } else { amount },
                ]
            };
            let header = vec![Line::from("N"), Line::from("Title"), Line::from("Amount")];
            let (heading, highlight) = (
                Style::new().bold(),
                Style::new().reversed(),
            );
            let area = Rect::new(0, 0, w, h);
            let block = || Block::bordered().title("Roadmap");

            let mut expected = Buffer::empty(area);
            let mut state = TableState::new().with_offset(offset).with_selected(selected);
            StatefulWidget::render(
                Table::new((0..rows).map(|i| Row::new(cells(i))), widths.clone())
                    .header(Row::new(header.clone()).style(heading))
                    .row_highlight_style(highlight)
                    .column_spacing(1)
                    .block(block()),
                area,
                &mut expected,
                &mut state,
            );
            let mut drawn = Buffer::empty(area);
            Grid {
                block: block(),
                header,
                header_style: heading,
                rows: (0..rows).map(cells).collect(),
                widths,
                spacing: 1,
                offset,
                selected,
                highlight,
            }
            .render(area, &mut drawn);
            prop_assert_eq!(drawn, expected);
        }
    }
}
