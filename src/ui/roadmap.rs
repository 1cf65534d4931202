//! A roadmap: header with sector and priority, the section list, the section's content.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, StatefulWidget, Widget};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Pane, RoadmapState, ScreenState};
use crate::content::{self, SECTIONS};
use crate::model::Roadmap;
use crate::model::format::{priority_cells, priority_label};
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
        let [header, sections, _] =
            layout::roadmap(area, &r.title, s.facts_width, s.sections_width);

        let [number, sector, priority] = layout::roadmap_facts(r, lang);
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
            Span::styled(format!(" {}", priority_label(r.priority, lang)), t.base),
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
                let size = section_size(
                    r,
                    *sec,
                    app.index.area_count(r.number),
                    app.index.referrers(&app.doc, r.number).count(),
                );
                let with = |name: &str| match size {
                    Size::Count(n) => (format!("{name} ({n})"), t.base),
                    Size::Uncounted => (name.to_owned(), t.base),
                    // Kept in the list so the section index stays the same for
                    // every roadmap; dimmed and marked so it is not opened in vain.
                    Size::Empty => (format!("{name} —"), t.muted),
                };
                // The name the document gives the section where it fits, else the
                // short one ("Update since S3 2014-2020", "Update").
                let room = usize::from(sections.width.saturating_sub(3));
                let (mut label, mut style) = with(&sec.title(&app.doc, lang));
                if UnicodeWidthStr::width(label.as_str()) > room {
                    (label, style) = with(sec.label(lang));
                }
                ListItem::new(Span::styled(
                    truncate(&label, usize::from(sections.width.saturating_sub(3))),
                    style,
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
            title: section.title(&app.doc, lang),
            theme: t,
            accent: None,
            links: app.hyperlinks,
        }
        .render(pane.rect, buf);
    }
}

/// What the section list says of a section's size.
enum Size {
    /// The number of the things the section is named after.
    Count(usize),
    /// Something to read, but no one thing to count.
    Uncounted,
    Empty,
}

/// The size of a section in the things it names: technology areas count every area
/// the section lists, sub-areas too, as the overview and the slides do; "EU
/// projects, partnerships" holds a project count and a list of partnerships, two
/// things, so it carries no single number.
fn section_size(r: &Roadmap, s: content::Section, areas: usize, referrers: usize) -> Size {
    use content::Section as S;
    let counted = |n: usize| if n == 0 { Size::Empty } else { Size::Count(n) };
    let prose = |empty: bool| if empty { Size::Empty } else { Size::Uncounted };
    match s {
        S::Areas => counted(areas),
        S::Stakeholders => counted(r.stakeholders.len()),
        S::EuProjects => prose(r.partnerships.is_empty() && r.eu_projects.is_none()),
        S::Investments => counted(r.investments.len()),
        S::Sdgs => counted(r.sdgs.len()),
        S::CrossRefs => counted(r.cross_refs.len() + referrers),
        S::Sources => counted(r.sources.len()),
        S::Summary => Size::Uncounted,
        S::Context => prose(r.context.is_empty()),
        S::Update => prose(r.update.is_empty()),
    }
}
