//! Every organisation in one sortable table.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Row, StatefulWidget, Table, TableState, Widget};

use crate::app::{App, SortKey, StakeholdersState};
use crate::content::{kind_label, org_figure};
use crate::model::format::amount;
use crate::model::{Lang, Metric};

pub struct StakeholdersScreen<'a> {
    pub app: &'a App,
    pub state: &'a StakeholdersState,
}

pub fn sort_label(key: SortKey, lang: Lang) -> &'static str {
    let (it, en) = match key {
        SortKey::Name => ("Nome", "Name"),
        SortKey::Kind => ("Tipo", "Kind"),
        SortKey::Place => ("Luogo", "Place"),
        SortKey::Turnover => ("Fatturato", "Turnover"),
        SortKey::Employees => ("Addetti", "Employees"),
        SortKey::Roadmaps => ("Roadmap", "Roadmaps"),
    };
    lang.pick(it, en)
}

impl Widget for StakeholdersScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, s) = (self.app, self.state);
        let (t, lang, doc) = (&app.theme, app.lang, &app.doc);
        let arrow = if s.descending { "▼" } else { "▲" };
        let header = Row::new(
            crate::app::SORT_KEYS
                .iter()
                .map(|k| {
                    if *k == s.sort {
                        format!("{} {arrow}", sort_label(*k, lang))
                    } else {
                        sort_label(*k, lang).to_owned()
                    }
                })
                .collect::<Vec<_>>(),
        )
        .style(t.heading);
        // Only the visible rows are built: the table may hold thousands.
        let rows_visible = usize::from(area.height.saturating_sub(3));
        let start = s.table.offset.min(s.order.len());
        let end = (start + rows_visible).min(s.order.len());
        let rows = s.order[start..end].iter().map(|&i| {
            let o = &doc.organisations[i];
            let fig = |m| org_figure(o, m).map_or_else(String::new, |f| {
                let mut v = amount(f, lang);
                if let Some(y) = f.year {
                    v.push_str(&format!(" ({y})"));
                }
                v
            });
            let mut rs: Vec<String> = app.index.org_roadmaps[i]
                .iter()
                .map(|&(r, _)| doc.roadmaps[r].number.to_string())
                .collect();
            rs.dedup();
            Row::new(vec![
                Line::from(o.name.as_str()),
                Line::from(kind_label(o.kind, lang)),
                Line::from(o.place.as_deref().unwrap_or("")),
                Line::from(fig(Metric::Turnover)).right_aligned(),
                Line::from(fig(Metric::Employees)).right_aligned(),
                Line::from(rs.join(" ")),
            ])
        });
        let widths = [
            Constraint::Min(20),
            Constraint::Length(16),
            Constraint::Length(14),
            Constraint::Length(22),
            Constraint::Length(14),
            Constraint::Length(10),
        ];
        let title = format!(
            " {} ({}) · {} {} {arrow} ",
            lang.pick("Stakeholder", "Stakeholders"),
            s.order.len(),
            lang.pick("ordinati per", "sorted by"),
            sort_label(s.sort, lang).to_lowercase(),
        );
        let mut state = TableState::new().with_selected(Some(s.table.selected - start.min(s.table.selected)));
        StatefulWidget::render(
            Table::new(rows, widths)
                .header(header)
                .row_highlight_style(t.selected)
                .column_spacing(1)
                .block(
                    Block::bordered()
                        .border_style(t.border_focused)
                        .title(Span::styled(title, t.title)),
                ),
            area,
            buf,
            &mut state,
        );
    }
}
