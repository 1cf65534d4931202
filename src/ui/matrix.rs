//! Organisations × roadmaps: a mark where an organisation takes part, the mark
//! telling its role; totals per organisation and per roadmap. The header row, the
//! names and the totals stay in view while the rest scrolls both ways.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::app::{App, MATRIX_FIRST_ROADMAP, MatrixState, SortKey};
use crate::model::Role;
use crate::model::labels::role_legend;
use crate::ui::layout::{self, MATRIX_COL_WIDTH};
use crate::ui::theme::Theme;
use crate::wrap::truncate;

pub struct MatrixScreen<'a> {
    pub app: &'a App,
    pub state: &'a MatrixState,
}

/// `text` centred in a column of the matrix.
fn cell(text: &str) -> String {
    let w = usize::from(MATRIX_COL_WIDTH);
    format!("{text:^w$}")
}

impl Widget for MatrixScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, m) = (self.app, self.state);
        let (t, lang, doc) = (&app.theme, app.lang, &app.doc);
        let geo = layout::matrix(area, doc.roadmaps.len());
        let arrow = if m.descending { "▼" } else { "▲" };
        let sorted_by = match m.sort {
            SortKey::InRoadmap(ri) => doc
                .roadmaps
                .get(ri)
                .map_or_else(String::new, |r| format!("roadmap {}", r.number)),
            key => key.label(lang).to_lowercase(),
        };
        let mut title = format!(
            " {} ({}) · {} {sorted_by} {arrow}",
            lang.words().screens.matrix_title,
            m.order.len(),
            lang.words().screens.matrix_sorted_by,
        );
        if let Some(f) = crate::ui::chrome::filter_label(&m.filter, lang) {
            title.push_str(&format!(" · {f}"));
        }
        title.push(' ');
        let bottom = crate::ui::chrome::filter_input(&m.filter, app.filtering(), lang, t)
            .unwrap_or_else(|| {
                Line::from(Span::styled(
                    truncate(
                        &role_legend(lang),
                        usize::from(area.width.saturating_sub(2)),
                    ),
                    t.muted,
                ))
            });
        Block::bordered()
            .border_style(t.border_focused)
            .title(Span::styled(title, t.title))
            .title_bottom(bottom)
            .render(area, buf);
        let inner = geo.inner;
        if inner.height < 3 || inner.width == 0 {
            return;
        }
        let name_w = usize::from(geo.name_width);
        let visible: Vec<usize> = (m.col_offset..doc.roadmaps.len()).take(geo.cols).collect();
        let put = |buf: &mut Buffer, x: u16, y: u16, text: &str, style: Style| {
            if x < inner.right() {
                buf.set_stringn(x, y, text, usize::from(inner.right() - x), style);
            }
        };

        // Header: names, total, roadmap numbers; arrows when columns are off screen.
        let y = inner.y;
        let name_head = lang.words().screens.organisation;
        let head_style = |selected: bool| {
            if selected {
                t.heading.patch(t.selected_unfocused)
            } else {
                t.heading
            }
        };
        // The column sorted by carries the arrow.
        let marked = |label: String, key: SortKey| {
            if m.sort == key {
                format!("{label}{arrow}")
            } else {
                label
            }
        };
        let name_head = if m.sort == SortKey::Name {
            format!("{} {arrow}", truncate(name_head, name_w.saturating_sub(3)))
        } else {
            truncate(name_head, name_w.saturating_sub(1))
        };
        put(buf, inner.x, y, &name_head, head_style(m.col == 0));
        put(
            buf,
            inner.x + geo.name_width,
            y,
            &cell(&marked("Σ".to_owned(), SortKey::Roadmaps)),
            head_style(m.col == 1),
        );
        for (i, &ri) in visible.iter().enumerate() {
            let label = marked(
                format!("R{}", doc.roadmaps[ri].number),
                SortKey::InRoadmap(ri),
            );
            put(
                buf,
                geo.col_x(i),
                y,
                &cell(&label),
                head_style(m.col == ri + MATRIX_FIRST_ROADMAP),
            );
        }
        if m.col_offset > 0 {
            put(buf, geo.col_x(0).saturating_sub(1), y, "‹", t.muted);
        }
        if m.col_offset + visible.len() < doc.roadmaps.len() {
            let x = geo.col_x(visible.len()).saturating_sub(1);
            put(buf, x, y, "›", t.muted);
        }

        // Rows: only the visible ones are built.
        let first = m.table.offset.min(m.order.len());
        let last = (first + geo.rows).min(m.order.len());
        for (line, (pos, &o)) in m.order[first..last]
            .iter()
            .enumerate()
            .map(|(i, o)| (first + i, o))
            .enumerate()
        {
            let y = inner.y + 1 + u16::try_from(line).unwrap_or(u16::MAX);
            let org = &doc.organisations[o];
            let selected_row = pos == m.table.selected;
            let row_style = if selected_row {
                t.selected_unfocused
            } else {
                t.base
            };
            if selected_row {
                buf.set_style(Rect::new(inner.x, y, inner.width, 1), row_style);
            }
            let name_style = if selected_row && m.col == 0 {
                t.selected
            } else {
                row_style
            };
            put(
                buf,
                inner.x,
                y,
                &format!(
                    "{:<w$}",
                    truncate(&org.name, name_w.saturating_sub(1)),
                    w = name_w.saturating_sub(1)
                ),
                name_style,
            );
            let count = app.index.roadmap_count(o);
            put(
                buf,
                inner.x + geo.name_width,
                y,
                &format!("{count:>3} "),
                if selected_row && m.col == 1 {
                    t.selected
                } else {
                    Theme::on_row(t.figure, row_style)
                },
            );
            for (i, &ri) in visible.iter().enumerate() {
                let role = app.index.role_in(doc, o, ri);
                let mark = role.map_or(String::from("·"), |r| r.mark().to_string());
                let mut style = match role {
                    Some(Role::KeyPlayer) => t.strong,
                    Some(_) => t.figure,
                    None => t.muted,
                };
                if selected_row {
                    style = Theme::on_row(style, row_style);
                }
                if selected_row && m.col == ri + MATRIX_FIRST_ROADMAP {
                    style = t.selected;
                }
                put(buf, geo.col_x(i), y, &cell(&mark), style);
            }
        }

        // Totals: organisations per roadmap, links in all.
        let y = inner.bottom() - 1;
        put(
            buf,
            inner.x,
            y,
            &truncate(lang.words().screens.total, name_w),
            t.heading,
        );
        // Filtered, the totals count the organisations listed.
        let totals = &m.totals;
        let links: usize = totals.iter().sum();
        put(
            buf,
            inner.x + geo.name_width,
            y,
            &format!("{links:>3} "),
            t.heading,
        );
        for (i, &ri) in visible.iter().enumerate() {
            let n = totals.get(ri).copied().unwrap_or(0);
            put(buf, geo.col_x(i), y, &format!("{n:>3} "), t.heading);
        }

        if geo.rows > 1 {
            crate::ui::scrollbar(
                buf,
                area.inner(Margin {
                    vertical: 2,
                    horizontal: 0,
                }),
                m.order.len().saturating_sub(geo.rows),
                m.table.offset,
                None,
            );
        }
    }
}
