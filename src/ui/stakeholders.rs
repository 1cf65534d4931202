//! Every organisation in one sortable table.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::{App, SortKey, StakeholdersState};
use crate::model::format::figure_line;
use crate::model::{Metric, Organisation};
use crate::ui::columns::{Fit, Widths, figure_cell, fit, roadmap_numbers, width};
use crate::ui::grid::Grid;
use crate::ui::layout;
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
        let head = |k: SortKey| {
            if k == s.sort {
                format!("{} {arrow}", k.label(lang))
            } else {
                k.label(lang).to_owned()
            }
        };
        let columns = app.org_columns();
        // The kind takes its longest label; the place a set width, more below when
        // the names leave room; values fit themselves.
        let kind_w = columns.kind.max(width(&head(SortKey::Kind)));
        let text_width = |k: SortKey| -> u16 {
            match k {
                SortKey::Kind => kind_w,
                SortKey::Place => PLACE_WIDTH,
                _ => 0,
            }
        };
        let value_keys: Vec<SortKey> = keys
            .iter()
            .copied()
            .filter(|k| matches!(k, SortKey::Turnover | SortKey::Employees))
            .collect();
        let measures: Vec<Widths> = value_keys
            .iter()
            .map(|&k| columns.figure(metric_of(k), wide, &head(k)))
            .collect();
        let roadmaps_w = columns.roadmaps.max(width(&head(SortKey::Roadmaps)));
        let text: u16 = keys.iter().map(|k| text_width(*k)).sum();
        let spacing = u16::try_from(keys.len()).unwrap_or(0);
        let room = area
            .width
            .saturating_sub(2 + spacing + text + roadmaps_w + NAME_MIN);
        let fits = fit(&measures, room);
        let fit_of = |k: SortKey| {
            value_keys
                .iter()
                .position(|v| *v == k)
                .and_then(|i| fits.get(i).copied())
                .unwrap_or(Fit {
                    width: 0,
                    short: false,
                })
        };
        let values: u16 = fits.iter().map(|f| f.width).sum();
        let name_w = area
            .width
            .saturating_sub(2 + spacing + text + roadmaps_w + values)
            .max(NAME_MIN);
        // What the longest name leaves of its column goes to places cut short.
        let place_more = if keys.contains(&SortKey::Place) {
            name_w
                .saturating_sub(columns.name.max(NAME_MIN))
                .min(columns.place.saturating_sub(PLACE_WIDTH))
        } else {
            0
        };
        let (name_w, place_w) = (name_w - place_more, PLACE_WIDTH + place_more);
        let header: Vec<Line> = keys.iter().map(|k| Line::from(head(*k))).collect();
        let [table_area, about] = layout::stakeholders(area);
        // Only the visible rows are built: the table may hold thousands.
        let rows_visible = layout::table_rows(table_area);
        let start = s.table.offset.min(s.order.len());
        let end = (start + rows_visible).min(s.order.len());
        let rows: Vec<Vec<Line>> = s.order[start..end]
            .iter()
            .map(|&i| {
                let o = &doc.organisations[i];
                let cells: Vec<Line> = keys
                    .iter()
                    .map(|&k| match k {
                        SortKey::Name => Line::from(truncate(&o.name, usize::from(name_w))),
                        SortKey::Kind => Line::from(o.kind.label(lang)),
                        SortKey::Place => {
                            Line::from(truncate(o.place.as_deref().unwrap_or(""), place_w.into()))
                        }
                        SortKey::Turnover | SortKey::Employees => {
                            Line::from(figure_cell(o, metric_of(k), fit_of(k).short, lang, wide))
                                .right_aligned()
                        }
                        SortKey::Roadmaps | SortKey::InRoadmap(_) => {
                            Line::from(roadmap_numbers(&app.index, i))
                        }
                    })
                    .collect();
                cells
            })
            .collect();
        let widths: Vec<Constraint> = keys
            .iter()
            .map(|&k| match k {
                SortKey::Name => Constraint::Min(name_w),
                SortKey::Kind => Constraint::Length(text_width(k)),
                SortKey::Place => Constraint::Length(place_w),
                SortKey::Turnover | SortKey::Employees => Constraint::Length(fit_of(k).width),
                SortKey::Roadmaps | SortKey::InRoadmap(_) => Constraint::Length(roadmaps_w),
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
        Grid {
            block,
            header,
            header_style: t.heading,
            rows,
            widths,
            spacing: 1,
            offset: 0,
            selected: Some(s.table.selected - start.min(s.table.selected)),
            highlight: t.selected,
        }
        .render(table_area, buf);
        let selected = s
            .order
            .get(s.table.selected)
            .map(|&i| &doc.organisations[i]);
        if let Some(o) = selected {
            about_line(o, app).render(about, buf);
        }
    }
}

/// The narrowest the name column gets before values are written shorter.
const NAME_MIN: u16 = 14;

/// The place column's width, and more when the names leave room.
const PLACE_WIDTH: u16 = 16;

fn metric_of(k: SortKey) -> Metric {
    if k == SortKey::Turnover {
        Metric::Turnover
    } else {
        Metric::Employees
    }
}

/// The selected organisation under the table: its whole name and the figures of the
/// table's columns with their year and scope, which the cells leave out.
fn about_line<'a>(o: &'a Organisation, app: &App) -> Paragraph<'a> {
    let t = &app.theme;
    let mut spans = vec![Span::styled(format!(" {}", o.name), t.heading)];
    let shown =
        |f: &&crate::model::Figure| matches!(f.metric, Metric::Turnover | Metric::Employees);
    for f in o.figures.iter().filter(shown) {
        spans.push(Span::styled(" · ", t.muted));
        spans.push(Span::styled(figure_line(f, app.lang), t.base));
    }
    Paragraph::new(Line::from(spans)).wrap(Wrap { trim: false })
}
