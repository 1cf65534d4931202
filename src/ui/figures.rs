//! The figures as horizontal bar charts, one chart per tab: labels on the left, bars
//! on one scale for the whole chart, the amount written out beside each bar, and a
//! heading over each year or programme. Bars are drawn to an eighth of a cell and
//! only as far as they reach: a small figure beside a large one keeps a visible
//! bar, and a frame writes no cell the bar does not cover.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::action::Action;
use crate::app::{App, FiguresState};
use crate::content::figures::ChartRow;
use crate::keymap::{self, Context};
use crate::place::Chart;
use crate::ui::bar::{draw_bar, eighths, ticks};
use crate::ui::layout::{self, TAB_SEPARATOR, figure_notes, tab_text};
use crate::wrap::truncate;

pub struct FiguresScreen<'a> {
    pub app: &'a App,
    pub state: &'a FiguresState,
}

impl Widget for FiguresScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, f) = (self.app, self.state);
        let (t, lang, data) = (&app.theme, app.lang, &f.data);
        let geo = layout::figures(area, data);

        let mut tabs = vec![Span::raw(" ")];
        for (i, c) in Chart::ALL.iter().enumerate() {
            if i > 0 {
                tabs.push(Span::styled(TAB_SEPARATOR, t.muted));
            }
            let style = if *c == f.chart { t.selected } else { t.base };
            tabs.push(Span::styled(tab_text(*c, lang), style));
        }
        Line::from(tabs).render(geo.tabs, buf);

        let title = format!(" {} ({}) ", f.chart.label(lang), data.bar_count());
        Block::bordered()
            .border_style(t.border_focused)
            .title(Span::styled(title, t.title))
            .render(geo.chart, buf);
        let measure = format!(
            " {} · {}",
            data.measure,
            keymap::say(
                Context::Figures,
                &[Action::Open],
                lang.words().screens.opens_bar
            )
        );
        Line::from(Span::styled(
            truncate(&measure, usize::from(geo.measure.width)),
            t.muted,
        ))
        .render(geo.measure, buf);
        let notes: Vec<Line> = figure_notes(data, geo.notes.width + 2)
            .into_iter()
            .map(|n| Line::from(Span::styled(format!(" {n}"), t.muted)))
            .collect();
        Paragraph::new(notes).render(geo.notes, buf);

        let rows = geo.rows;
        if rows.width < 8 || rows.height == 0 {
            return;
        }
        if data.bar_count() == 0 {
            Line::from(Span::styled(
                format!(" {}", lang.words().screens.no_chart_data),
                t.muted,
            ))
            .render(rows, buf);
            return;
        }
        // Text columns: labels up to two fifths of the width, amounts up to a third.
        let label_w = data
            .widest_label()
            .map_or(0, |w| w + 2)
            .min(usize::from(rows.width) * 2 / 5);
        let value_w = data
            .widest_text()
            .unwrap_or(0)
            .min(usize::from(rows.width) / 3);
        let bars_x = rows.x + 1;
        let bars_w = rows
            .width
            .saturating_sub(u16::try_from(value_w).unwrap_or(u16::MAX) + 3);
        let max = ticks(data.max()).max(1);

        let visible = usize::from(rows.height);
        let end = (f.offset + visible).min(data.rows.len());
        let mut bar_no = data.bars_before(f.offset.min(end));
        // The bar track starts after the labels and a column of margin.
        let label_cols = u16::try_from(label_w).unwrap_or(u16::MAX);
        let track_x = bars_x.saturating_add(label_cols).saturating_add(1);
        let track_w = bars_w.saturating_sub(label_cols.saturating_add(1));
        let mut texts: Vec<(u16, String, bool)> = Vec::new();
        for (i, row) in data.rows[f.offset.min(end)..end].iter().enumerate() {
            let y = rows.y + u16::try_from(i).unwrap_or(u16::MAX);
            match row {
                ChartRow::Group(label) => {
                    Line::from(Span::styled(format!(" {label}"), t.heading))
                        .render(Rect::new(rows.x, y, rows.width, 1), buf);
                }
                ChartRow::Bar(b) => {
                    let selected = bar_no == f.selected;
                    let marker = if selected { "▸ " } else { "  " };
                    let label = truncate(&b.label, label_w.saturating_sub(2));
                    let style = if selected { t.selected } else { t.base };
                    buf.set_line(
                        bars_x,
                        y,
                        &Line::from(vec![
                            Span::styled(marker, style),
                            Span::styled(label, style),
                        ]),
                        label_cols,
                    );
                    let bar_style = if selected { t.link } else { t.figure };
                    draw_bar(
                        buf,
                        (track_x, y, track_w),
                        eighths(ticks(b.value), max, track_w),
                        bar_style,
                    );
                    texts.push((y, b.text.clone(), selected));
                    bar_no += 1;
                }
            }
        }
        let value_x = rows.x + bars_w + 2;
        for (y, text, selected) in texts {
            let style = if selected { t.selected } else { t.figure };
            Line::from(Span::styled(truncate(&text, value_w), style)).render(
                Rect::new(value_x, y, rows.right().saturating_sub(value_x), 1),
                buf,
            );
        }
        if visible > 1 {
            crate::ui::scrollbar(
                buf,
                Rect {
                    y: rows.y,
                    height: rows.height,
                    ..geo.chart
                },
                data.rows.len().saturating_sub(visible),
                f.offset,
                None,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    use super::{draw_bar, eighths};

    fn bar(value: u64, max: u64, width: u16) -> String {
        let mut buf = Buffer::empty(Rect::new(0, 0, width + 2, 1));
        draw_bar(
            &mut buf,
            (1, 0, width),
            eighths(value, max, width),
            Style::new(),
        );
        (0..width + 2)
            .map(|x| buf.cell((x, 0)).map_or(" ", |c| c.symbol()).to_owned())
            .collect()
    }

    #[test]
    fn bars_are_drawn_to_an_eighth_of_a_cell() {
        assert_eq!(bar(100, 100, 4), " ████ ");
        assert_eq!(bar(50, 100, 4), " ██   ");
        assert_eq!(bar(55, 100, 4), " ██▏  ");
        assert_eq!(bar(99, 100, 4), " ███▉ ");
        assert_eq!(bar(0, 100, 4), "      ");
    }

    #[test]
    fn a_small_value_keeps_a_sliver_and_nothing_leaves_the_track() {
        // 57 beside 3,750 on 20 cells is 2.4 eighths: still a bar.
        assert_eq!(bar(57, 3750, 20).trim(), "▎");
        assert_eq!(bar(1, u64::MAX, 20).trim(), "▏");
        // A value above the maximum stops at the end of the track.
        assert_eq!(bar(300, 100, 3), " ███ ");
        assert_eq!(bar(5, 0, 3), " ███ ");
        assert_eq!(bar(5, 10, 0), "  ");
    }
}
