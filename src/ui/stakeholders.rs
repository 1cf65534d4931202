//! Every organisation in one sortable table.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Row, StatefulWidget, Table, TableState, Widget};

use crate::app::{App, SortKey, StakeholdersState};
use crate::content::org_figure;
use crate::model::Metric;
use crate::model::format::amount;
use crate::wrap::truncate;

pub struct StakeholdersScreen<'a> {
    pub app: &'a App,
    pub state: &'a StakeholdersState,
}

impl Widget for StakeholdersScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, s) = (self.app, self.state);
        let (t, lang, doc) = (&app.theme, app.lang, &app.doc);
        let arrow = if s.descending { "▼" } else { "▲" };
        // Below 120 columns kind and place give way to the figures people compare.
        let wide = area.width >= 120;
        let keys: &[SortKey] = if wide {
            crate::app::SORT_KEYS
        } else {
            &[
                SortKey::Name,
                SortKey::Turnover,
                SortKey::Employees,
                SortKey::Roadmaps,
            ]
        };
        let fixed_width = |k: SortKey| -> u16 {
            match k {
                SortKey::Name => 0,
                SortKey::Kind => 20,
                SortKey::Place => 16,
                SortKey::Turnover => {
                    if wide {
                        24
                    } else {
                        17
                    }
                }
                SortKey::Employees => 12,
                // The table lists the roadmaps in one column.
                SortKey::Roadmaps | SortKey::InRoadmap(_) => 9,
            }
        };
        let fixed: u16 = keys.iter().map(|k| fixed_width(*k)).sum::<u16>()
            + u16::try_from(keys.len()).unwrap_or(0)
            + 2;
        let name_w = usize::from(area.width.saturating_sub(fixed)).max(10);
        let header = Row::new(
            keys.iter()
                .map(|k| {
                    if *k == s.sort {
                        format!("{} {arrow}", k.label(lang))
                    } else {
                        k.label(lang).to_owned()
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
            let fig = |m| {
                org_figure(o, m).map_or_else(String::new, |f| {
                    let mut v = amount(f, lang);
                    if let (true, Some(y)) = (wide, f.year) {
                        v.push_str(&format!(" ({y})"));
                    }
                    v
                })
            };
            let rs: Vec<String> = app.index.org_roadmap_numbers[i]
                .iter()
                .map(u8::to_string)
                .collect();
            let cells: Vec<Line> = keys
                .iter()
                .map(|k| match k {
                    SortKey::Name => Line::from(truncate(&o.name, name_w)),
                    SortKey::Kind => Line::from(truncate(o.kind.label(lang), 20)),
                    SortKey::Place => Line::from(truncate(o.place.as_deref().unwrap_or(""), 16)),
                    SortKey::Turnover => Line::from(fig(Metric::Turnover)).right_aligned(),
                    SortKey::Employees => Line::from(fig(Metric::Employees)).right_aligned(),
                    SortKey::Roadmaps | SortKey::InRoadmap(_) => Line::from(rs.join(" ")),
                })
                .collect();
            Row::new(cells)
        });
        let widths: Vec<Constraint> = keys
            .iter()
            .map(|k| match fixed_width(*k) {
                0 => Constraint::Min(10),
                n => Constraint::Length(n),
            })
            .collect();
        let mut title = format!(" {} ({}", lang.words().screens.stakeholders, s.order.len());
        if s.order.len() != doc.organisations.len() {
            title.push_str(&format!(
                " {} {}",
                lang.words().screens.of,
                doc.organisations.len()
            ));
        }
        title.push_str(&format!(
            ") · {} {} {arrow}",
            lang.words().screens.sorted_by,
            s.sort.label(lang).to_lowercase()
        ));
        if let Some(k) = s.kind {
            title.push_str(&format!(
                " · {}: {}",
                lang.words().screens.kind,
                k.label(lang)
            ));
        }
        if let Some(n) = s.roadmap {
            title.push_str(&format!(" · roadmap {n}"));
        }
        let block = crate::ui::chrome::table_block(title, &s.filter, app);
        let mut state =
            TableState::new().with_selected(Some(s.table.selected - start.min(s.table.selected)));
        StatefulWidget::render(
            Table::new(rows, widths)
                .header(header)
                .row_highlight_style(t.selected)
                .column_spacing(1)
                .block(block),
            area,
            buf,
            &mut state,
        );
    }
}
