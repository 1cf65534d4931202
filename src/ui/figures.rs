//! The figures as horizontal bar charts (ratatui's `BarChart`), one chart per tab:
//! labels on the left, bars on one scale for the whole chart, the amount written
//! out beside each bar, and a heading over each year or programme.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Bar, BarChart, Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
    StatefulWidget, Widget,
};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, FiguresState};
use crate::content::figures::{ChartRow, chart_label};
use crate::model::Lang;
use crate::place::Chart;
use crate::ui::layout::{self, figure_notes};
use crate::wrap::truncate;

pub struct FiguresScreen<'a> {
    pub app: &'a App,
    pub state: &'a FiguresState,
    /// On a slide: no tabs and no selected bar.
    pub on_slide: bool,
}

const TAB_SEPARATOR: &str = " │ ";

fn tab_text(i: usize, chart: Chart, lang: Lang) -> String {
    format!("{} {}", i + 1, chart_label(chart, lang))
}

/// Column ranges of each tab, for mouse hits.
pub fn tab_spans(lang: Lang, tabs: Rect) -> Vec<(u16, u16)> {
    let mut x = tabs.x.saturating_add(1);
    Chart::ALL
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let w = u16::try_from(tab_text(i, *c, lang).width()).unwrap_or(u16::MAX);
            let span = (x, x.saturating_add(w));
            x = span.1.saturating_add(TAB_SEPARATOR.width() as u16);
            span
        })
        .collect()
}

/// Bar values are whole numbers: two decimals of the amount survive the scaling.
fn ticks(value: f64) -> u64 {
    (value.max(0.0) * 100.0).round() as u64
}

impl Widget for FiguresScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, f) = (self.app, self.state);
        let (t, lang, data) = (&app.theme, app.lang, &f.data);
        let geo = layout::figures(area, data);

        if !self.on_slide {
            let mut tabs = vec![Span::raw(" ")];
            for (i, c) in Chart::ALL.iter().enumerate() {
                if i > 0 {
                    tabs.push(Span::styled(TAB_SEPARATOR, t.muted));
                }
                let style = if *c == f.chart { t.selected } else { t.base };
                tabs.push(Span::styled(tab_text(i, *c, lang), style));
            }
            Line::from(tabs).render(geo.tabs, buf);
        }

        let title = format!(" {} ({}) ", chart_label(f.chart, lang), data.bar_count());
        Block::bordered()
            .border_style(t.border_focused)
            .title(Span::styled(title, t.title))
            .render(geo.chart, buf);
        let measure = format!(
            " {} · Enter {}",
            data.measure,
            lang.pick(
                "apre la roadmap o l’organizzazione",
                "opens the roadmap or organisation"
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
                lang.pick(
                    " Nessun dato per questo grafico.",
                    " No data for this chart.",
                ),
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
        // Consecutive bars are drawn by one BarChart; headings sit between runs.
        let mut run: Vec<Bar> = Vec::new();
        let mut run_top = rows.y;
        let mut texts: Vec<(u16, String, bool)> = Vec::new();
        let flush = |run: &mut Vec<Bar>, top: u16, buf: &mut Buffer| {
            if run.is_empty() {
                return;
            }
            let h = u16::try_from(run.len()).unwrap_or(u16::MAX);
            BarChart::horizontal(std::mem::take(run))
                .bar_width(1)
                .bar_gap(0)
                .group_gap(0)
                .max(max)
                .bar_style(t.figure)
                .render(Rect::new(bars_x, top, bars_w, h), buf);
        };
        for (i, row) in data.rows[f.offset.min(end)..end].iter().enumerate() {
            let y = rows.y + u16::try_from(i).unwrap_or(u16::MAX);
            match row {
                ChartRow::Group(label) => {
                    flush(&mut run, run_top, buf);
                    Line::from(Span::styled(format!(" {label}"), t.heading))
                        .render(Rect::new(rows.x, y, rows.width, 1), buf);
                }
                ChartRow::Bar(b) => {
                    if run.is_empty() {
                        run_top = y;
                    }
                    let selected = !self.on_slide && bar_no == f.selected;
                    let marker = if selected { "▸ " } else { "  " };
                    let label = truncate(&b.label, label_w.saturating_sub(2));
                    let label = format!("{marker}{label:<w$}", w = label_w.saturating_sub(2));
                    let style = if selected { t.selected } else { t.base };
                    let bar_style = if selected { t.link } else { t.figure };
                    run.push(
                        Bar::default()
                            .value(ticks(b.value))
                            .text_value(String::new())
                            .label(Line::from(Span::styled(label, style)))
                            .style(bar_style),
                    );
                    texts.push((y, b.text.clone(), selected));
                    bar_no += 1;
                }
            }
        }
        flush(&mut run, run_top, buf);
        let value_x = rows.x + bars_w + 2;
        for (y, text, selected) in texts {
            let style = if selected { t.selected } else { t.figure };
            Line::from(Span::styled(truncate(&text, value_w), style)).render(
                Rect::new(value_x, y, rows.right().saturating_sub(value_x), 1),
                buf,
            );
        }
        if data.rows.len() > visible && visible > 1 {
            let mut state =
                ScrollbarState::new(data.rows.len().saturating_sub(visible)).position(f.offset);
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .render(
                    Rect {
                        y: rows.y,
                        height: rows.height,
                        ..geo.chart
                    }
                    .inner(Margin {
                        vertical: 0,
                        horizontal: 0,
                    }),
                    buf,
                    &mut state,
                );
        }
    }
}
