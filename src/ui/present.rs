//! Presentation mode: one slide fills the screen, with big headings, a slide
//! counter and nothing else that a room does not need to read.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::app::{App, SwotState};
use crate::content::slides::Slide;
use crate::keymap::{self, Context};
use crate::model::format::{amount, priority_cells, priority_label};
use crate::model::{Lang, Roadmap, Role};
use crate::place::Quadrant;
use crate::ui::figures::FiguresScreen;
use crate::ui::fill::{self, Fill};
use crate::ui::swot::SwotScreen;
use crate::wrap::truncate;

pub struct SlideScreen<'a> {
    pub app: &'a App,
}

/// Rows of key players a roadmap slide shows at most.
const KEY_PLAYER_ROWS: usize = 3;

/// Characters the 8×8 font has no glyph for, replaced by ones it has.
fn glyph_safe(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '–' | '—' => '-',
            '’' => '\'',
            c => c,
        })
        .collect()
}

/// The largest big-text size at which every line of `lines` fits `width`, and the
/// rows it takes; none when even the smallest does not fit.
fn big_size(lines: &[String], area: Rect) -> Option<(PixelSize, u16)> {
    let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let n = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    // Big letters take at most half the slide; full-size ones at most a third.
    let sizes = [
        (PixelSize::Full, 8, 8, 3),
        (PixelSize::HalfHeight, 8, 4, 2),
        (PixelSize::Quadrant, 4, 4, 2),
    ];
    sizes
        .into_iter()
        .filter(|(_, _, rows, share)| rows * n * share <= area.height)
        .find(|(_, cols, _, _)| longest.saturating_mul(*cols) <= usize::from(area.width))
        .map(|(size, _, rows, _)| (size, rows * n))
}

/// Words of `text` in lines of at most `chars` characters.
fn split_words(text: &str, chars: usize) -> Vec<String> {
    crate::wrap::wrap(text, chars.max(1))
}

impl SlideScreen<'_> {
    /// A heading in big letters when it fits, in bold otherwise. Returns the rows used.
    fn big_heading(&self, text: &str, area: Rect, buf: &mut Buffer, max_lines: usize) -> u16 {
        let t = &self.app.theme;
        let text = glyph_safe(text);
        // Try one line, then more lines at the smaller size.
        for lines in 1..=max_lines {
            let per_line = text.chars().count().div_ceil(lines) + 2;
            let split = split_words(&text, per_line);
            if split.len() > lines {
                continue;
            }
            if let Some((size, rows)) = big_size(&split, area) {
                BigText::builder()
                    .pixel_size(size)
                    .style(t.heading)
                    .lines(split.into_iter().map(Line::from).collect::<Vec<_>>())
                    .alignment(Alignment::Left)
                    .build()
                    .render(
                        Rect {
                            height: rows,
                            ..area
                        },
                        buf,
                    );
                return rows;
            }
        }
        let lines = split_words(&text, usize::from(area.width));
        let rows = u16::try_from(lines.len())
            .unwrap_or(u16::MAX)
            .min(area.height);
        Paragraph::new(lines.into_iter().map(Line::from).collect::<Vec<_>>())
            .style(t.title)
            .render(
                Rect {
                    height: rows,
                    ..area
                },
                buf,
            );
        rows
    }

    fn title(&self, area: Rect, buf: &mut Buffer) {
        let (app, t) = (self.app, &self.app.theme);
        let m = &app.doc.meta;
        let used = self.big_heading(&m.title, area, buf, 3);
        let mut lines = vec![Line::default()];
        if let Some(s) = &m.subtitle {
            lines.push(Line::from(Span::styled(s.to_string(), t.heading)));
        }
        lines.push(Line::from(Span::styled(m.author.to_string(), t.title)));
        if let Some(by) = &m.managed_by {
            lines.push(Line::from(Span::styled(by.to_string(), t.base)));
        }
        lines.push(Line::from(Span::styled(
            crate::model::format::date(&m.date, app.lang),
            t.muted,
        )));
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(below(area, used), buf);
    }

    fn overview(&self, area: Rect, buf: &mut Buffer) {
        let (app, t, lang) = (self.app, &self.app.theme, self.app.lang);
        let used = self.big_heading("Roadmap", area, buf, 1);
        let rest = below(area, used + 1);
        let sector_w = app
            .doc
            .roadmaps
            .iter()
            .map(|r| r.sector.width())
            .max()
            .unwrap_or(0);
        let mut lines = Vec::new();
        for r in &app.doc.roadmaps {
            let (on, off) = priority_cells(r.priority);
            let fixed = 4 + 8 + sector_w + 2;
            let title = r.short_title.as_deref().unwrap_or(&r.title);
            lines.push(Line::from(vec![
                Span::styled(format!("{:>2}  ", r.number), t.title),
                Span::styled(on, t.priority_on),
                Span::styled(off, t.priority_off),
                Span::styled(format!(" {}", r.priority), t.base),
                Span::styled(format!(" {:<sector_w$}  ", r.sector.as_str()), t.heading),
                Span::styled(
                    truncate(title, usize::from(rest.width).saturating_sub(fixed)),
                    t.base,
                ),
            ]));
            lines.push(Line::default());
        }
        let w = &lang.words().screens;
        lines.push(Line::from(Span::styled(
            format!(
                "{} · {}",
                w.priority_legend,
                keymap::say(Context::Present, &[Action::Open], w.opens_overview)
            ),
            t.muted,
        )));
        Paragraph::new(lines).render(rest, buf);
    }

    fn roadmap(&self, r: &Roadmap, area: Rect, buf: &mut Buffer) {
        let (app, t, lang) = (self.app, &self.app.theme, self.app.lang);
        let used = self.big_heading(&format!("Roadmap {}", r.number), area, buf, 1);
        let (on, off) = priority_cells(r.priority);
        let mut sector = r.sector.to_string();
        if let Some(s) = &r.secondary_sector {
            sector.push_str(&format!(" ({s})"));
        }
        let mut lines = vec![
            Line::from(Span::styled(r.title.to_string(), t.title)),
            Line::default(),
            Line::from(vec![
                Span::styled(format!("{sector} · "), t.heading),
                Span::styled(format!("{} ", lang.words().screens.priority), t.base),
                Span::styled(on, t.priority_on),
                Span::styled(off, t.priority_off),
                Span::styled(format!(" {}", priority_label(r.priority, lang)), t.base),
            ]),
        ];
        let key_players = r
            .stakeholders
            .iter()
            .filter(|l| l.role == Role::KeyPlayer)
            .filter_map(|l| app.index.org(&app.doc, &l.org))
            .map(|o| o.short_name.as_deref().unwrap_or(&o.name));
        let key_player_count = app
            .index
            .roadmap_index(r.number)
            .and_then(|i| app.index.roadmap_key_player_counts.get(i))
            .copied()
            .unwrap_or(0);
        let counts = &lang.words().counts;
        let mut facts = vec![(counts.stakeholders)(
            app.index.roadmap_index(r.number).map_or(0, |i| {
                app.index.roadmap_org_counts.get(i).copied().unwrap_or(0)
            }),
        )];
        let areas = app.index.area_count(r.number);
        facts.push((counts.areas)(areas));
        if let Some(e) = &r.eu_projects {
            facts.push(format!(
                "{} {} · {}",
                (counts.projects)(e.projects as usize),
                e.programme,
                amount(&e.contribution, lang)
            ));
        }
        // Counted, not summed: the amounts carry their own qualifiers and dates.
        if !r.investments.is_empty() {
            facts.push((counts.announced_investments)(r.investments.len()));
        }
        lines.push(Line::from(Span::styled(facts.join(" · "), t.figure)));
        let rest = below(area, used + 1);
        let mut fill = Fill::new(rest, lines.len());
        if key_player_count > 0 {
            // A slide names as many as a few rows hold and counts the rest: a wall
            // of names is not read from the back of a room.
            let columns = KEY_PLAYER_ROWS * usize::from(rest.width) * 4 / 5;
            let (mut names, left_out) = fill::within(key_players, key_player_count, ", ", columns);
            if left_out > 0 {
                names.push_str(&format!(" {}", (counts.more)(left_out)));
            }
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", Role::KeyPlayer.label(lang)), t.base),
                Span::styled(fill.join([names.as_str()], ""), t.link),
            ]));
        }
        lines.push(Line::default());
        fill.line();
        for g in &r.area_groups {
            if fill.is_full() {
                break;
            }
            let titles = fill.join(g.areas.iter().map(|a| a.title.as_str()), " · ");
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", g.title), t.heading),
                Span::styled(titles, t.base),
            ]));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(rest, buf);
    }

    fn swot(&self, zoom: Option<Quadrant>, area: Rect, buf: &mut Buffer) {
        let state = SwotState::new(zoom);
        SwotScreen {
            app: self.app,
            state: &state,
            show_focus: false,
        }
        .render(area, buf);
        // A quadrant longer than its slide says so.
        if let Some(q) = zoom {
            let panes = SwotState::quadrant_panes(area, q, true);
            let pane = &panes[q.index()];
            let total = self.app.list(pane).lines.total();
            if total > pane.rows() {
                let note = format!(" {} ", self.app.lang.words().screens.more_in_browser);
                let w = u16::try_from(note.width()).unwrap_or(0);
                Line::from(Span::styled(note, self.app.theme.muted)).render(
                    Rect::new(
                        area.right().saturating_sub(w + 2),
                        area.bottom().saturating_sub(1),
                        w,
                        1,
                    ),
                    buf,
                );
            }
        }
    }
}

/// How to move through the slides: " → avanti · ← indietro · N Enter vai alla slide · …".
fn slide_bar_hint(lang: Lang) -> String {
    let ctx = Context::Present;
    let number = keymap::key_for(ctx, Action::Digit(0)).map(|n| {
        let go = lang.words().screens.go_to_slide;
        format!("{n} {}", keymap::say(ctx, &[Action::Open], go))
    });
    let parts: Vec<String> = [
        keymap::hint_for(ctx, Action::NextSlide, lang),
        keymap::hint_for(ctx, Action::PrevSlide, lang),
        number,
        keymap::hint_for(ctx, Action::Open, lang),
        keymap::hint_for(ctx, Action::TogglePresent, lang),
    ]
    .into_iter()
    .flatten()
    .collect();
    format!(" {}", parts.join(" · "))
}

/// `area` without its first `rows` rows.
fn below(area: Rect, rows: u16) -> Rect {
    let rows = rows.min(area.height);
    Rect {
        y: area.y + rows,
        height: area.height - rows,
        ..area
    }
}

impl Widget for SlideScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, t, lang) = (self.app, &self.app.theme, self.app.lang);
        let [slide_area, bar] = crate::ui::layout::slide(area);
        let inner = slide_area.inner(Margin {
            horizontal: 2,
            vertical: 1,
        });
        let p = &app.present;
        match app.slides.get(p.slide) {
            Some(Slide::Title) => self.title(inner, buf),
            Some(Slide::Overview) => self.overview(inner, buf),
            Some(Slide::Roadmap(n)) => {
                if let Some(r) = app.index.roadmap(&app.doc, *n) {
                    self.roadmap(r, inner, buf);
                }
            }
            Some(Slide::Swot) => self.swot(None, slide_area, buf),
            Some(Slide::Quadrant(q)) => self.swot(Some(*q), slide_area, buf),
            Some(Slide::Chart(c)) => {
                let state = app.deck_chart(*c);
                FiguresScreen {
                    app,
                    state: &state,
                    on_slide: true,
                }
                .render(slide_area, buf);
            }
            None => {}
        }
        // The bar: how to move on the left, where we are on the right.
        let mut counter = format!("{} / {} ", p.slide + 1, app.slides.len());
        if !p.typed.is_empty() {
            counter = format!("→ {}_  {counter}", p.typed);
        }
        let hint = slide_bar_hint(lang);
        let cw = u16::try_from(counter.width()).unwrap_or(u16::MAX);
        Line::from(Span::styled(
            truncate(&hint, usize::from(bar.width.saturating_sub(cw + 1))),
            t.muted,
        ))
        .render(bar, buf);
        if bar.width > cw {
            Line::from(Span::styled(counter, t.title))
                .render(Rect::new(bar.right() - cw, bar.y, cw, 1), buf);
        }
    }
}
