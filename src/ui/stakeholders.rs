//! Every organisation in one sortable table.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap};

use crate::app::{App, SortKey, StakeholdersState};
use crate::content::org_figure;
use crate::model::format::{amount, amount_short, figure_line};
use crate::model::{Lang, Metric, Organisation};
use crate::ui::columns::{Fit, Widths, fit, width};
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
        // Text columns keep these widths while the name has room; values fit themselves.
        let text_width = |k: SortKey| -> u16 {
            match k {
                SortKey::Kind => 20,
                SortKey::Place => 16,
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
            .map(|&k| figure_widths(app, metric_of(k), &head(k), wide))
            .collect();
        let roadmaps_w = roadmaps_width(app, &head(SortKey::Roadmaps));
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
        let header = Row::new(keys.iter().map(|k| head(*k)).collect::<Vec<_>>()).style(t.heading);
        let [table_area, about] = layout::stakeholders(area);
        // Only the visible rows are built: the table may hold thousands.
        let rows_visible = layout::table_rows(table_area);
        let start = s.table.offset.min(s.order.len());
        let end = (start + rows_visible).min(s.order.len());
        let rows = s.order[start..end].iter().map(|&i| {
            let o = &doc.organisations[i];
            let cells: Vec<Line> = keys
                .iter()
                .map(|&k| match k {
                    SortKey::Name => Line::from(truncate(&o.name, usize::from(name_w))),
                    SortKey::Kind => Line::from(truncate(o.kind.label(lang), 20)),
                    SortKey::Place => Line::from(truncate(o.place.as_deref().unwrap_or(""), 16)),
                    SortKey::Turnover | SortKey::Employees => {
                        Line::from(figure_cell(o, metric_of(k), fit_of(k), lang, wide))
                            .right_aligned()
                    }
                    SortKey::Roadmaps | SortKey::InRoadmap(_) => {
                        Line::from(roadmap_numbers(app, i))
                    }
                })
                .collect();
            Row::new(cells)
        });
        let widths: Vec<Constraint> = keys
            .iter()
            .map(|&k| match k {
                SortKey::Name => Constraint::Min(name_w),
                SortKey::Kind | SortKey::Place => Constraint::Length(text_width(k)),
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
        let mut state =
            TableState::new().with_selected(Some(s.table.selected - start.min(s.table.selected)));
        StatefulWidget::render(
            Table::new(rows, widths)
                .header(header)
                .row_highlight_style(t.selected)
                .column_spacing(1)
                .block(block),
            table_area,
            buf,
            &mut state,
        );
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

fn metric_of(k: SortKey) -> Metric {
    if k == SortKey::Turnover {
        Metric::Turnover
    } else {
        Metric::Employees
    }
}

/// The cell of an organisation's figure: long or short qualifier, with the year in
/// wide tables.
pub fn figure_cell(o: &Organisation, metric: Metric, fit: Fit, lang: Lang, wide: bool) -> String {
    org_figure(o, metric).map_or_else(String::new, |f| {
        let mut v = if fit.short {
            amount_short(f, lang)
        } else {
            amount(f, lang)
        };
        if let (true, Some(y)) = (wide, f.year) {
            v.push_str(&format!(" ({y})"));
        }
        v
    })
}

/// How wide a figure column must be to hold every organisation's value.
pub fn figure_widths(app: &App, metric: Metric, header: &str, wide: bool) -> Widths {
    let lang = app.lang;
    let (in_full, shortened) = (
        Fit {
            width: 0,
            short: false,
        },
        Fit {
            width: 0,
            short: true,
        },
    );
    app.doc
        .organisations
        .iter()
        .fold(Widths::of(header, []), |w, o| {
            let l = figure_cell(o, metric, in_full, lang, wide);
            let s = figure_cell(o, metric, shortened, lang, wide);
            w.max(Widths::of("", [(l.as_str(), s.as_str())]))
        })
}

fn roadmap_numbers(app: &App, i: usize) -> String {
    app.index
        .org_roadmap_numbers
        .get(i)
        .map(|ns| ns.iter().map(u8::to_string).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// How wide the roadmaps column must be for every organisation's numbers.
fn roadmaps_width(app: &App, header: &str) -> u16 {
    (0..app.doc.organisations.len())
        .map(|i| width(&roadmap_numbers(app, i)))
        .fold(width(header), u16::max)
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
