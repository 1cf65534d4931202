//! The detail screens: a header and a list of content items; the document's list
//! has its contents beside it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use crate::app::{App, DetailState, ScreenState, current_heading, headings, toc_start};
use crate::model::index::count_areas;
use crate::ui::items::ItemList;
use crate::ui::layout;
use crate::wrap::truncate;

pub struct AreaScreen<'a> {
    pub app: &'a App,
    pub id: &'a str,
    pub state: &'a DetailState,
}

impl Widget for AreaScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, t, lang) = (self.app, &self.app.theme, self.app.lang);
        let [header, _] = layout::detail(area, &self.state.title);
        let w = usize::from(header.width.saturating_sub(2));
        let mut lines = Vec::new();
        if let Some((a, ancestors)) = app.index.area(&app.doc, self.id) {
            lines.extend(title_lines(&self.state.title, header.width, t.title));
            let loc = app.index.area_loc(self.id);
            let mut path = loc
                .and_then(|l| app.doc.roadmaps.get(l.roadmap))
                .map_or_else(Vec::new, |r| vec![format!("Roadmap {}", r.number)]);
            path.extend(ancestors.iter().map(|a| a.title.to_string()));
            lines.push(Line::from(Span::styled(
                format!(" {}", truncate(&path.join(" › "), w)),
                t.muted,
            )));
            let sub = count_areas(&a.children);
            if sub > 0 {
                lines.push(Line::from(Span::styled(
                    format!(" {}", (lang.words().counts.sub_areas)(sub)),
                    t.base,
                )));
            }
        }
        Paragraph::new(lines).render(header, buf);
        let Some(pane) = self.state.panes(area).into_iter().next() else {
            return;
        };
        let list = app.list(&pane);
        ItemList {
            list: &list,
            nav: self.state.nav,
            focused: true,
            title: lang.words().screens.technology_area.to_owned(),
            theme: t,
            accent: None,
            links: app.hyperlinks,
        }
        .render(pane.rect, buf);
    }
}

pub struct StakeholderScreen<'a> {
    pub app: &'a App,
    pub id: &'a str,
    pub state: &'a DetailState,
}

impl Widget for StakeholderScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, t, lang) = (self.app, &self.app.theme, self.app.lang);
        let [header, _] = layout::detail(area, &self.state.title);
        let w = usize::from(header.width.saturating_sub(2));
        let mut lines = Vec::new();
        if let (Some(o), Some(oi)) = (
            app.index.org(&app.doc, self.id),
            app.index.org_index(self.id),
        ) {
            lines.extend(title_lines(&self.state.title, header.width, t.title));
            let mut facts = vec![o.kind.label(lang).to_owned()];
            if let Some(p) = &o.place {
                facts.push(p.to_string());
            }
            if let Some(g) = o.group.as_ref().and_then(|g| app.index.org(&app.doc, g)) {
                facts.push(format!("{} {}", lang.words().screens.group, g.name));
            }
            lines.push(Line::from(Span::styled(
                format!(" {}", truncate(&facts.join(" · "), w)),
                t.heading,
            )));
            let rs: Vec<String> = app.index.org_roadmap_numbers[oi]
                .iter()
                .map(u8::to_string)
                .collect();
            let line = if rs.is_empty() {
                lang.words().screens.not_in_a_roadmap.to_owned()
            } else {
                format!("roadmap {}", rs.join(", "))
            };
            lines.push(Line::from(Span::styled(format!(" {line}"), t.muted)));
        }
        Paragraph::new(lines).render(header, buf);
        let Some(pane) = self.state.panes(area).into_iter().next() else {
            return;
        };
        let list = app.list(&pane);
        ItemList {
            list: &list,
            nav: self.state.nav,
            focused: true,
            title: lang.words().screens.organisation.to_owned(),
            theme: t,
            accent: None,
            links: app.hyperlinks,
        }
        .render(pane.rect, buf);
    }
}

pub struct DocumentScreen<'a> {
    pub app: &'a App,
    pub state: &'a DetailState,
}

impl Widget for DocumentScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, t, lang) = (self.app, &self.app.theme, self.app.lang);
        let [header, _] = layout::detail(area, &self.state.title);
        let w = usize::from(header.width.saturating_sub(2));
        let m = &app.doc.meta;
        let mut lines = title_lines(&self.state.title, header.width, t.title);
        let mut by = m.author.to_string();
        if let Some(g) = &m.managed_by {
            by.push_str(&format!(" · {} {g}", lang.words().screens.managed_by));
        }
        lines.push(Line::from(Span::styled(
            format!(" {}", truncate(&by, w)),
            t.heading,
        )));
        if let Some(s) = &m.subtitle {
            lines.push(Line::from(Span::styled(
                format!(" {}", truncate(s, w)),
                t.muted,
            )));
        }
        Paragraph::new(lines).render(header, buf);
        let Some(pane) = self.state.panes(area).into_iter().next() else {
            return;
        };
        let list = app.list(&pane);
        let heads = headings(&list.items);
        let current = current_heading(&heads, self.state.nav.selected);
        let [_, content] = layout::detail(area, &self.state.title);
        let [toc, _] = layout::document(content);
        let mut title = lang.words().screens.document.to_owned();
        // Without the contents pane, the text's border says which section is read.
        if toc.width == 0
            && let Some((n, item)) = current.and_then(|c| Some((c, list.items.get(heads[c])?)))
        {
            title.push_str(&format!(" · {}/{} {}", n + 1, heads.len(), item.text));
            title = truncate(&title, usize::from(pane.rect.width.saturating_sub(4)));
        }
        ItemList {
            list: &list,
            nav: self.state.nav,
            focused: true,
            title,
            theme: t,
            accent: None,
            links: app.hyperlinks,
        }
        .render(pane.rect, buf);
        if toc.width == 0 {
            return;
        }
        let first = toc_start(heads.len(), current, toc);
        let w = usize::from(toc.width.saturating_sub(4));
        let lines: Vec<Line> = heads
            .iter()
            .enumerate()
            .skip(first)
            .take(usize::from(toc.height.saturating_sub(2)))
            .filter_map(|(n, &i)| {
                let text = truncate(&list.items.get(i)?.text, w);
                Some(if Some(n) == current {
                    Line::from(vec![
                        Span::styled("▌", t.key),
                        Span::styled(text, t.heading),
                    ])
                } else {
                    Line::from(vec![Span::raw(" "), Span::styled(text, t.base)])
                })
            })
            .collect();
        Paragraph::new(lines)
            .block(Block::bordered().border_style(t.border).title(Span::styled(
                format!(" {} ", lang.words().parts.contents),
                t.title,
            )))
            .render(toc, buf);
    }
}

/// A screen's title, whole, on as many lines as `layout::detail` gave it.
fn title_lines(title: &str, width: u16, style: ratatui::style::Style) -> Vec<Line<'static>> {
    layout::roadmap_title(title, width)
        .into_iter()
        .map(|l| Line::from(Span::styled(format!(" {l}"), style)))
        .collect()
}
