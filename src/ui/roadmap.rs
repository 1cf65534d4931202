//! A roadmap: header with sector and priority, the section list, the section's content.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, StatefulWidget, Widget};

use crate::app::{App, Pane, RoadmapState, ScreenState};
use crate::content::{self, SECTIONS};
use crate::model::Roadmap;
use crate::model::format::priority_cells;
use crate::ui::items::ItemList;
use crate::ui::layout;
use crate::wrap::truncate;

pub struct RoadmapScreen<'a> {
    pub app: &'a App,
    pub roadmap: &'a Roadmap,
    pub state: &'a RoadmapState,
}

impl Widget for RoadmapScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, r, s) = (self.app, self.roadmap, self.state);
        let (t, lang) = (&app.theme, app.lang);
        let [header, sections, _] = layout::roadmap(area, &r.title, s.facts_width);

        let [number, sector, priority] = facts(r, lang);
        let (on, off) = priority_cells(r.priority);
        let mut first = vec![
            Span::styled(number, t.title),
            Span::styled("· ", t.muted),
            Span::styled(sector, t.heading),
        ];
        let mut second = vec![
            Span::styled(priority, t.muted),
            Span::styled(on, t.priority_on),
            Span::styled(off, t.priority_off),
            Span::styled(format!(" {}/5", r.priority), t.base),
        ];
        let mut lines = if layout::roadmap_facts_split(s.facts_width, header.width) {
            vec![Line::from(first), Line::from(second)]
        } else {
            first.push(Span::styled(" ·", t.muted));
            first.append(&mut second);
            vec![Line::from(first)]
        };
        let title = layout::roadmap_title(&r.title, header.width);
        lines.extend(
            title
                .into_iter()
                .map(|l| Line::from(Span::styled(format!(" {l}"), t.base))),
        );
        Paragraph::new(lines).render(header, buf);

        let focused = s.focus == Pane::Sections;
        let items: Vec<ListItem> = SECTIONS
            .iter()
            .map(|sec| {
                let n = section_count(r, *sec, app.index.area_count(r.number));
                let label = match n {
                    Some(n) => format!("{} ({n})", sec.label(lang)),
                    None => sec.label(lang).to_owned(),
                };
                ListItem::new(truncate(
                    &label,
                    usize::from(sections.width.saturating_sub(3)),
                ))
            })
            .collect();
        let mut ls = ListState::default().with_selected(Some(s.section));
        StatefulWidget::render(
            List::new(items)
                .style(t.base)
                .highlight_style(if focused {
                    t.selected
                } else {
                    t.selected_unfocused
                })
                .block(
                    Block::bordered()
                        .border_style(if focused { t.border_focused } else { t.border })
                        .title(Span::styled(
                            format!(" {} ", lang.words().screens.sections),
                            t.title,
                        )),
                ),
            sections,
            buf,
            &mut ls,
        );

        let section = SECTIONS
            .get(s.section)
            .copied()
            .unwrap_or(content::Section::Summary);
        let panes = s.panes(area);
        let Some(pane) = panes.first() else {
            return;
        };
        let list = app.list(pane);
        ItemList {
            list: &list,
            nav: s.content,
            focused: !focused,
            title: section.label(lang).to_owned(),
            theme: t,
            accent: None,
        }
        .render(pane.rect, buf);
    }
}

/// The parts of a roadmap's line of facts: its number, its sector, and the words
/// before its priority (the cells and the number follow them).
fn facts(r: &Roadmap, lang: crate::model::Lang) -> [String; 3] {
    let mut sector = r.sector.to_string();
    if let Some(s2) = &r.secondary_sector {
        sector.push_str(&format!(" ({} {s2})", lang.words().screens.also));
    }
    [
        format!(" Roadmap {} ", r.number),
        sector,
        format!(" {} ", lang.words().screens.priority),
    ]
}

/// Columns the line of facts takes on one line.
pub fn facts_width(r: &Roadmap, lang: crate::model::Lang) -> u16 {
    let parts = facts(r, lang);
    let text = format!(
        "{}· {} ·{}■■■■■ {}/5",
        parts[0], parts[1], parts[2], r.priority
    );
    crate::ui::columns::width(&text)
}

/// How many things a section holds, where a count helps choosing it.
fn section_count(r: &Roadmap, s: content::Section, areas: usize) -> Option<usize> {
    use content::Section as S;
    let n = match s {
        S::Areas => areas,
        S::Stakeholders => r.stakeholders.len(),
        S::EuProjects => r.partnerships.len() + usize::from(r.eu_projects.is_some()),
        S::Investments => r.investments.len(),
        S::Sdgs => r.sdgs.len(),
        S::CrossRefs => r.cross_refs.len(),
        S::Sources => r.sources.len(),
        S::Summary | S::Context | S::Update => return None,
    };
    Some(n)
}
