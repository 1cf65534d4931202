//! The overview: document header, the sector's figures, the roadmap table.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::app::{App, OverviewState, RoadmapSort};
use crate::content;
use crate::model::format::{amount, amount_short, date, figure_line, priority_cells};
use crate::ui::columns::{Widths, fit, width};
use crate::ui::grid::Grid;
use crate::ui::layout;
use crate::wrap::{truncate, wrap};

pub struct OverviewScreen<'a> {
    pub app: &'a App,
    pub state: &'a OverviewState,
}

impl Widget for OverviewScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let (doc, t, lang) = (&app.doc, &app.theme, app.lang);
        let geometry = layout::overview(area, doc, lang);
        let (header, figures, table) = (geometry.header, geometry.figures, geometry.table);

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

        self.sector_box(figures, buf);
        self.preview(geometry.preview, buf);

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
        let arrow = if s.descending { "▼" } else { "▲" };
        keys.push(RoadmapSort::EuContribution);
        let contrib_head = if s.sort == RoadmapSort::EuContribution {
            format!("{}{arrow}", RoadmapSort::EuContribution.label(lang))
        } else {
            RoadmapSort::EuContribution.label(lang).to_owned()
        };
        let contributions: Vec<(String, String)> = doc
            .roadmaps
            .iter()
            .filter_map(|r| r.eu_projects.as_ref())
            .map(|e| {
                (
                    amount(&e.contribution, lang),
                    amount_short(&e.contribution, lang),
                )
            })
            .collect();
        let contrib = Widths::of(
            &contrib_head,
            contributions.iter().map(|(l, s)| (l.as_str(), s.as_str())),
        );
        // The title gives way first, down to a dozen columns; then the amounts shorten.
        let others: u16 = widths
            .iter()
            .map(|c| if let Constraint::Length(n) = c { *n } else { 0 })
            .sum::<u16>()
            .saturating_add(u16::try_from(widths.len()).unwrap_or(0) + 3 + 12);
        let contrib_fit = fit(&[contrib], table.width.saturating_sub(others))[0];
        widths.push(Constraint::Length(contrib_fit.width));
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
        let rows: Vec<Vec<Line>> = s
            .order
            .iter()
            .filter_map(|&i| Some((doc.roadmaps.get(i)?, i)))
            .map(|(r, i)| {
                let (on, off) = priority_cells(r.priority);
                let areas = app.index.roadmap_area_counts.get(i).copied().unwrap_or(0);
                let (projects, contrib) = r.eu_projects.as_ref().map_or_else(
                    || ("—".to_owned(), "—".to_owned()),
                    |e| {
                        let c = if contrib_fit.short {
                            amount_short(&e.contribution, lang)
                        } else {
                            amount(&e.contribution, lang)
                        };
                        (e.projects.to_string(), c)
                    },
                );
                let mut cells = vec![
                    Line::from(r.number.to_string()),
                    Line::from(truncate(
                        r.short_title.as_deref().unwrap_or(&r.title),
                        title_w,
                    )),
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
                cells
            })
            .collect();
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
        Grid {
            block,
            header: head.into_iter().map(Line::from).collect(),
            header_style: t.heading,
            rows,
            widths,
            spacing: 1,
            offset: s.table.offset,
            selected: Some(s.table.selected),
            highlight: t.selected,
        }
        .render(table, buf);
    }
}

impl OverviewScreen<'_> {
    /// The sector's figures, one a line with its whole label; scrolled when focused.
    fn sector_box(&self, area: Rect, buf: &mut Buffer) {
        if area.height == 0 {
            return;
        }
        let (app, s) = (self.app, self.state);
        let (t, lang) = (&app.theme, app.lang);
        let lines = content::overview::sector_lines(&app.doc, lang, usize::from(area.width));
        let rows = layout::sector_rows(area);
        let offset = s.figures_offset.min(lines.len().saturating_sub(rows));
        let value_w = lines.iter().map(|(v, _)| width(v)).max().unwrap_or(0);
        let text: Vec<Line> = lines
            .iter()
            .skip(offset)
            .take(rows)
            .map(|(v, label)| {
                Line::from(vec![
                    Span::styled(format!(" {v:>w$}  ", w = usize::from(value_w)), t.figure),
                    Span::styled(label.clone(), t.base),
                ])
            })
            .collect();
        let focused = s.figures_focused;
        let mut block = Block::bordered()
            .border_style(if focused { t.border_focused } else { t.border })
            .title(Span::styled(
                format!(
                    " {} ",
                    (lang.words().regional.sector_in)(&app.doc.meta.region)
                ),
                t.title,
            ));
        if lines.len() > rows {
            let last = (offset + rows).min(lines.len());
            let mark = match (offset > 0, last < lines.len()) {
                (true, true) => "▲▼",
                (true, false) => "▲",
                _ => "▼",
            };
            block = block.title_bottom(
                Line::from(Span::styled(
                    format!(" {}–{last}/{} {mark} ", offset + 1, lines.len()),
                    t.muted,
                ))
                .right_aligned(),
            );
        }
        Paragraph::new(text).block(block).render(area, buf);
    }

    /// The selected roadmap below the table: its whole title, then its key figures
    /// as far as there is room (what it covers is one Enter away, on its screen).
    fn preview(&self, area: Rect, buf: &mut Buffer) {
        let (app, s) = (self.app, self.state);
        let (t, lang) = (&app.theme, app.lang);
        let Some(r) = s
            .order
            .get(s.table.selected)
            .and_then(|&i| app.doc.roadmaps.get(i))
        else {
            return;
        };
        let w = usize::from(area.width.saturating_sub(2)).max(1);
        let rows = usize::from(area.height);
        let mut lines: Vec<Line> = wrap(&content::overview::title_line(r), w)
            .into_iter()
            .map(|l| Line::from(Span::styled(format!(" {l}"), t.heading)))
            .collect();
        // Whole items only: a figure is shown with its number or not at all.
        let add = |lines: &mut Vec<Line>, text: String, style| {
            let wrapped = wrap(&text, w.saturating_sub(2).max(1));
            if lines.len() + wrapped.len() > rows {
                return false;
            }
            for (i, l) in wrapped.into_iter().enumerate() {
                let lead = if i == 0 { " • " } else { "   " };
                lines.push(Line::from(Span::styled(format!("{lead}{l}"), style)));
            }
            true
        };
        for f in &r.figures {
            if !add(&mut lines, figure_line(f, lang), t.figure) {
                break;
            }
        }
        lines.truncate(rows);
        Paragraph::new(lines).render(area, buf);
    }
}
