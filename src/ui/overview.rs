//! The overview: document header, the sector's figures, the roadmap table.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap};

use crate::app::App;
use crate::model::format::{amount, metric_name};
use crate::model::Metric;
use crate::model::index::count_areas;
use crate::wrap::truncate;
use crate::nav::TableNav;
use crate::ui::layout;

pub struct OverviewScreen<'a> {
    pub app: &'a App,
    pub nav: TableNav,
}

/// "■■■■■" for priority 1 (highest), "■□□□□" for 5.
pub fn priority_cells(priority: u8) -> (String, String) {
    let on = 6usize.saturating_sub(usize::from(priority.clamp(1, 5)));
    ("■".repeat(on), "□".repeat(5 - on))
}

/// A date "2021-05-14" as "14/05/2021" (Italian) or "14 May 2021"-ish numeric "2021-05-14" (English).
fn show_date(d: &str, lang: crate::model::Lang) -> String {
    let parts: Vec<&str> = d.split('-').collect();
    match (lang, parts.as_slice()) {
        (crate::model::Lang::It, [y, m, dd]) => format!("{dd}/{m}/{y}"),
        (crate::model::Lang::It, [y, m]) => format!("{m}/{y}"),
        _ => d.to_owned(),
    }
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
        let mut second = format!(" {} · {}", m.author, show_date(&m.date, lang));
        if let Some(d) = &m.data_as_of {
            second.push_str(&format!(" · {} {}", lang.pick("dati al", "data as of"), show_date(d, lang)));
        }
        let areas: usize = doc
            .roadmaps
            .iter()
            .flat_map(|r| r.area_groups.iter())
            .map(|g| count_areas(&g.areas))
            .sum();
        let third = format!(
            " {} roadmap · {areas} {} · {} {} · {}",
            doc.roadmaps.len(),
            lang.pick("ambiti", "areas"),
            doc.organisations.len(),
            lang.pick("organizzazioni", "organisations"),
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
            .block(
                Block::bordered()
                    .border_style(t.border)
                    .title(Span::styled(lang.pick(" Il settore in Toscana ", " The sector in Tuscany "), t.title)),
            )
            .render(figures, buf);

        let header_row = Row::new([
            "N",
            lang.pick("Titolo", "Title"),
            lang.pick("Ambito", "Sector"),
            lang.pick("Priorità", "Priority"),
            lang.pick("Aree", "Areas"),
            "Stakeh.",
            lang.pick("Prog. UE", "EU proj."),
            lang.pick("Contributo UE", "EU contrib."),
        ])
        .style(t.heading);
        // Fixed columns plus spacing; the title takes the rest and is cut with an ellipsis.
        let fixed: u16 = 2 + 18 + 8 + 5 + 7 + 8 + 15 + 7 + 2;
        let title_w = usize::from(table.width.saturating_sub(fixed)).max(8);
        let rows = doc.roadmaps.iter().map(|r| {
            let (on, off) = priority_cells(r.priority);
            let areas: usize = r.area_groups.iter().map(|g| count_areas(&g.areas)).sum();
            let (projects, contrib) = r.eu_projects.as_ref().map_or_else(
                || ("—".to_owned(), "—".to_owned()),
                |e| (e.projects.to_string(), amount(&e.contribution, lang)),
            );
            Row::new(vec![
                Line::from(r.number.to_string()),
                Line::from(truncate(&r.title, title_w)),
                Line::from(truncate(&r.sector, 18)),
                Line::from(vec![Span::styled(on, t.priority_on), Span::styled(off, t.priority_off)]),
                Line::from(areas.to_string()).right_aligned(),
                Line::from(r.stakeholders.len().to_string()).right_aligned(),
                Line::from(projects).right_aligned(),
                Line::from(contrib).right_aligned(),
            ])
        });
        let widths = [
            Constraint::Length(2),
            Constraint::Min(16),
            Constraint::Length(18),
            Constraint::Length(8),
            Constraint::Length(5),
            Constraint::Length(7),
            Constraint::Length(8),
            Constraint::Length(15),
        ];
        let mut state = TableState::new().with_selected(Some(self.nav.selected)).with_offset(self.nav.offset);
        StatefulWidget::render(
            Table::new(rows, widths)
                .header(header_row)
                .row_highlight_style(t.selected)
                .column_spacing(1)
                .block(
                    Block::bordered()
                        .border_style(t.border_focused)
                        .title(Span::styled(" Roadmap ", t.title)),
                ),
            table,
            buf,
            &mut state,
        );
    }
}
