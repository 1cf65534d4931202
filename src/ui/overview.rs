//! The overview: document header, the sector's figures, the roadmap table.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap};

use crate::app::{App, OverviewState, RoadmapSort};
use crate::model::Metric;
use crate::model::format::{amount, date, metric_name, priority_cells};
use crate::ui::layout;
use crate::wrap::truncate;

pub struct OverviewScreen<'a> {
    pub app: &'a App,
    pub state: &'a OverviewState,
}

impl Widget for OverviewScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let (doc, t, lang) = (&app.doc, &app.theme, app.lang);
        let [header, figures, table] = layout::overview(area);

        let m = &doc.meta;
        let mut title = vec![Span::styled(format!(" {}", m.title), t.title)];
        if let Some(s) = &m.subtitle {
            title.push(Span::styled(format!(" — {s}"), t.heading));
        }
        let mut second = format!(" {} · {}", m.author, date(&m.date, lang));
        if let Some(d) = &m.data_as_of {
            second.push_str(&format!(
                " · {} {}",
                lang.words().screens.data_as_of,
                date(d, lang)
            ));
        }
        let areas: usize = app.index.roadmap_area_counts.iter().sum();
        let counts = &lang.words().counts;
        let third = format!(
            " {} · {} · {} · {}",
            (counts.roadmaps)(doc.roadmaps.len()),
            (counts.areas)(areas),
            (counts.organisations)(doc.organisations.len()),
            app.source
        );
        Paragraph::new(vec![
            Line::from(title),
            Line::from(Span::styled(second, t.base)),
            Line::from(Span::styled(third, t.muted)),
        ])
        .render(header, buf);

        let mut spans = Vec::new();
        for (i, f) in doc.positioning.tuscany.iter().enumerate() {
            if i > 0 {
                spans.push(Span::styled(" · ", t.muted));
            }
            // Labels can be long sentences; the chip uses the metric's short name when it says enough.
            let name = match (f.metric, f.label.as_deref()) {
                (Metric::Share | Metric::Count, Some(l)) => truncate(l, 32),
                _ => metric_name(f.metric, lang).to_owned(),
            };
            spans.push(Span::styled(format!("{name}: "), t.base));
            spans.push(Span::styled(amount(f, lang), t.figure));
        }
        Paragraph::new(Line::from(spans))
            .wrap(Wrap { trim: true })
            .block(Block::bordered().border_style(t.border).title(Span::styled(
                format!(" {} ", lang.words().screens.sector_in_tuscany),
                t.title,
            )))
            .render(figures, buf);

        // Narrow terminals keep the columns people read first; counts join from 110 columns.
        let wide = table.width >= 110;
        let s = self.state;
        let mut keys = vec![
            RoadmapSort::Number,
            RoadmapSort::Title,
            RoadmapSort::Sector,
            RoadmapSort::Priority,
        ];
        let mut widths = vec![
            Constraint::Length(3),
            Constraint::Min(12),
            Constraint::Length(if wide { 18 } else { 12 }),
            Constraint::Length(9),
        ];
        if wide {
            keys.extend([
                RoadmapSort::Areas,
                RoadmapSort::Stakeholders,
                RoadmapSort::EuProjects,
            ]);
            widths.extend([
                Constraint::Length(6),
                Constraint::Length(8),
                Constraint::Length(9),
            ]);
        }
        keys.push(RoadmapSort::EuContribution);
        widths.push(Constraint::Length(15));
        let arrow = if s.descending { "▼" } else { "▲" };
        let head: Vec<String> = keys
            .iter()
            .map(|k| {
                let label = k.label(lang);
                if *k == s.sort {
                    format!("{label}{arrow}")
                } else {
                    label.to_owned()
                }
            })
            .collect();
        let fixed: u16 = widths
            .iter()
            .map(|c| if let Constraint::Length(n) = c { *n } else { 0 })
            .sum::<u16>()
            + u16::try_from(widths.len()).unwrap_or(0)
            + 2;
        let title_w = usize::from(table.width.saturating_sub(fixed)).max(8);
        let sector_w = if wide { 18 } else { 12 };
        let header_row = Row::new(head).style(t.heading);
        let rows = s
            .order
            .iter()
            .filter_map(|&i| Some((doc.roadmaps.get(i)?, i)))
            .map(|(r, i)| {
                let (on, off) = priority_cells(r.priority);
                let areas = app.index.roadmap_area_counts.get(i).copied().unwrap_or(0);
                let (projects, contrib) = r.eu_projects.as_ref().map_or_else(
                    || ("—".to_owned(), "—".to_owned()),
                    |e| (e.projects.to_string(), amount(&e.contribution, lang)),
                );
                let mut cells = vec![
                    Line::from(r.number.to_string()),
                    Line::from(truncate(&r.title, title_w)),
                    Line::from(truncate(&r.sector, sector_w)),
                    Line::from(vec![
                        Span::styled(on, t.priority_on),
                        Span::styled(off, t.priority_off),
                        Span::styled(format!(" {}", r.priority), t.base),
                    ]),
                ];
                if wide {
                    cells.extend([
                        Line::from(areas.to_string()).right_aligned(),
                        Line::from(r.stakeholders.len().to_string()).right_aligned(),
                        Line::from(projects).right_aligned(),
                    ]);
                }
                cells.push(Line::from(contrib).right_aligned());
                Row::new(cells)
            });
        let mut state = TableState::new()
            .with_selected(Some(s.table.selected))
            .with_offset(s.table.offset);
        let mut title = format!(" Roadmap ({}", s.order.len());
        if s.order.len() != doc.roadmaps.len() {
            title.push_str(&format!(
                " {} {}",
                lang.words().screens.of,
                doc.roadmaps.len()
            ));
        }
        title.push(')');
        let block = crate::ui::chrome::table_block(title, &s.filter, app);
        StatefulWidget::render(
            Table::new(rows, widths)
                .header(header_row)
                .row_highlight_style(t.selected)
                .column_spacing(1)
                .block(block),
            table,
            buf,
            &mut state,
        );
    }
}
