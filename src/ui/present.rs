//! Presentation mode: one page of the deck fills the screen, with its heading in
//! big letters, its content laid out by `ui::deck`, and a quiet counter; nothing
//! of the browser (no selection, no key hints: the keys are in `?`).

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block as Frame, Borders, Clear, Paragraph, Widget};
use tui_big_text::BigText;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Cover};
use crate::content::slides::{Tone, agenda_title};
use crate::ui::deck::{Body, Cell, HeadingFit, Page, SlideLine, body_area, column, frame};
use crate::ui::theme::Theme;
use crate::wrap::truncate;

pub struct SlideScreen<'a> {
    pub app: &'a App,
}

/// The style of a tone in `t`.
fn style(t: &Theme, tone: Tone) -> Style {
    match tone {
        Tone::Base => t.base,
        Tone::Title => t.title,
        Tone::Heading => t.heading,
        Tone::Muted => t.muted,
        Tone::Figure => t.figure,
        Tone::Link => t.link,
        Tone::PriorityOn => t.priority_on,
        Tone::PriorityOff => t.priority_off,
        Tone::Quadrant(q) => t.title.patch(t.swot[q.index()]),
    }
}

fn line<'a>(t: &Theme, l: &'a SlideLine) -> Line<'a> {
    Line::from(
        l.iter()
            .map(|(text, tone)| Span::styled(text.as_str(), style(t, *tone)))
            .collect::<Vec<_>>(),
    )
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

fn heading(h: &HeadingFit, t: &Theme, area: Rect, buf: &mut Buffer) {
    let rows = h.rows().min(area.height);
    let top = Rect {
        height: rows,
        ..area
    };
    match h.size {
        Some(size) => BigText::builder()
            .pixel_size(size)
            .style(t.heading)
            .lines(
                h.lines
                    .iter()
                    .map(|l| Line::from(l.as_str()))
                    .collect::<Vec<_>>(),
            )
            .alignment(Alignment::Left)
            .build()
            .render(top, buf),
        None => Paragraph::new(
            h.lines
                .iter()
                .map(|l| Line::from(Span::styled(l.as_str(), t.title)))
                .collect::<Vec<_>>(),
        )
        .render(top, buf),
    }
    Paragraph::new(
        h.sub
            .iter()
            .map(|l| Line::from(Span::styled(l.as_str(), t.title)))
            .collect::<Vec<_>>(),
    )
    .render(below(area, rows), buf);
}

/// The page's lines, with the rows it has to spare spread between its blocks (a
/// row at most each) and the rest above and below.
fn lines(lines: &[SlideLine], starts: &[usize], t: &Theme, area: Rect, buf: &mut Buffer) {
    let spare = usize::from(area.height).saturating_sub(lines.len());
    let gaps = starts.len().saturating_sub(1);
    let per = spare.checked_div(gaps).unwrap_or(0).min(1);
    let top = (spare - per * gaps) / 2;
    let mut out: Vec<Line> = vec![Line::default(); top];
    for (i, l) in lines.iter().enumerate() {
        if i > 0 && per > 0 && starts.contains(&i) {
            out.push(Line::default());
        }
        out.push(line(t, l));
    }
    Paragraph::new(out).render(area, buf);
}

fn grid(cells: &[Cell], theme: &Theme, area: Rect, buf: &mut Buffer) {
    let width = area.width.saturating_sub(3) / 2;
    let height = area.height.saturating_sub(1) / 2;
    for (n, cell) in cells.iter().enumerate() {
        let n = u16::try_from(n).unwrap_or(0);
        let r = Rect::new(
            area.x + (n % 2) * (width + 3),
            area.y + (n / 2) * (height + 1),
            width,
            height,
        );
        Paragraph::new(
            cell.lines
                .iter()
                .map(|l| line(theme, l))
                .collect::<Vec<_>>(),
        )
        .render(r, buf);
    }
}

impl SlideScreen<'_> {
    fn page(&self, page: &Page, area: Rect, buf: &mut Buffer) {
        let t = &self.app.theme;
        let f = frame((area.width, area.height));
        let inner = Rect {
            x: area.x + f.inner.x,
            y: area.y + f.inner.y,
            ..f.inner
        };
        let column = column(inner, &page.heading);
        heading(&page.heading, t, column, buf);
        let body = body_area(column, page.heading.total_rows());
        match &page.body {
            Body::Lines { lines: l, starts } => lines(l, starts, t, body, buf),
            Body::Grid(cells) => grid(cells, t, body, buf),
        }
    }

    /// The quiet bottom row: the part of a slide that continues, a roadmap number
    /// being typed, and the page counter.
    fn bar(&self, area: Rect, buf: &mut Buffer) {
        let (app, t) = (self.app, &self.app.theme);
        let deck = app.cache.deck();
        let p = &app.present;
        let bar = Rect::new(
            area.x,
            area.bottom().saturating_sub(1),
            area.width,
            area.height.min(1),
        );
        let mut counter = format!("{} / {} ", p.page + 1, deck.pages.len());
        if !p.typed.is_empty() {
            counter = format!("Roadmap {}_  {counter}", p.typed);
        }
        let cw = u16::try_from(counter.width()).unwrap_or(u16::MAX);
        if let Some(page) = deck.pages.get(p.page)
            && page.parts > 1
        {
            let part = format!(" {} · {}/{}", page.heading.text, page.part + 1, page.parts);
            Line::from(Span::styled(
                truncate(&part, usize::from(bar.width.saturating_sub(cw + 1))),
                t.muted,
            ))
            .render(bar, buf);
        }
        if bar.width > cw {
            Line::from(Span::styled(counter, t.muted))
                .render(Rect::new(bar.right() - cw, bar.y, cw, 1), buf);
        }
    }

    /// The list of slides over the page, the one to jump to marked.
    fn agenda(&self, at: usize, area: Rect, buf: &mut Buffer) {
        let (app, t) = (self.app, &self.app.theme);
        let deck = app.cache.deck();
        let rows: Vec<(String, String)> = app
            .slides()
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let page = deck.first_page(i).map_or(0, |p| p + 1);
                (
                    format!("{page:>3}  "),
                    agenda_title(*s, &app.doc, &app.index, app.lang),
                )
            })
            .collect();
        let widest = rows
            .iter()
            .map(|(n, s)| n.width() + s.width())
            .max()
            .unwrap_or(0);
        let w = u16::try_from(widest + 4)
            .unwrap_or(u16::MAX)
            .min(area.width.saturating_sub(4).max(10))
            .min(area.width);
        // Each slide's title whole, wrapped under itself when the list is narrow.
        let text_w = usize::from(w.saturating_sub(2)).max(1);
        let wrapped: Vec<Vec<String>> = rows
            .iter()
            .map(|(n, s)| {
                let indent = n.width();
                crate::wrap::wrap(s, text_w.saturating_sub(indent).max(1))
                    .into_iter()
                    .enumerate()
                    .map(|(k, l)| {
                        let lead = if k == 0 {
                            n.clone()
                        } else {
                            " ".repeat(indent)
                        };
                        format!("{lead}{l}")
                    })
                    .collect()
            })
            .collect();
        let total: usize = wrapped.iter().map(Vec::len).sum();
        let h = u16::try_from(total + 2)
            .unwrap_or(u16::MAX)
            .min(area.height.saturating_sub(2).max(3))
            .min(area.height);
        let popup = Rect::new(
            area.x + (area.width - w) / 2,
            area.y + (area.height - h) / 2,
            w,
            h,
        );
        Clear.render(popup, buf);
        let block = Frame::new()
            .borders(Borders::ALL)
            .border_style(t.border_focused)
            .style(t.base)
            .title(Span::styled(
                format!(" {} ", app.lang.words().slides.agenda),
                t.title,
            ));
        let inner = block.inner(popup);
        block.render(popup, buf);
        // The lines of every slide, the chosen one's marked, scrolled to keep it whole.
        let visible = usize::from(inner.height);
        let start: usize = wrapped[..at.min(wrapped.len())].iter().map(Vec::len).sum();
        let end = start + wrapped.get(at).map_or(1, Vec::len);
        let first = end.saturating_sub(visible).min(start);
        let lines: Vec<Line> = wrapped
            .iter()
            .enumerate()
            .flat_map(|(i, ls)| ls.iter().map(move |l| (i, l)))
            .skip(first)
            .take(visible)
            .map(|(i, l)| {
                let pad = usize::from(inner.width).saturating_sub(l.width());
                let st = if i == at { t.selected } else { t.base };
                Line::from(Span::styled(format!("{l}{}", " ".repeat(pad)), st))
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

impl SlideScreen<'_> {
    /// Where the audience follows the talk: the address in words and, where it fits,
    /// its QR code, centred.
    fn share(&self, area: Rect, buf: &mut Buffer) {
        let (app, t) = (self.app, &self.app.theme);
        let w = &app.lang.words().slides;
        let Some(url) = &app.share_url else {
            let y = area.y + area.height / 2;
            Paragraph::new(Line::styled(w.not_serving, t.base))
                .alignment(Alignment::Center)
                .render(Rect::new(area.x, y, area.width, 1), buf);
            return;
        };
        let code = crate::ui::qr::Qr::new(url);
        let (qw, qh) = code.as_ref().map_or((0, 0), crate::ui::qr::Qr::size);
        let fits = qw <= area.width && qh + 3 <= area.height;
        let rows = 2 + if fits { qh + 1 } else { 0 };
        let top = area.y + area.height.saturating_sub(rows) / 2;
        let lines = vec![
            Line::styled(w.follow_at, t.base),
            Line::styled(url.clone(), t.title),
        ];
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .render(Rect::new(area.x, top, area.width, 2), buf);
        if fits && let Some(code) = code {
            let x = area.x + (area.width - qw) / 2;
            code.draw(x, top + 3, buf);
        }
    }
}

/// Draws the address's code in the bottom right corner when the slide left that
/// corner empty; nothing of the slide is ever covered.
fn corner_code(url: &str, area: Rect, buf: &mut Buffer) {
    let Some(code) = crate::ui::qr::Qr::new(url) else {
        return;
    };
    let (w, h) = code.size();
    // Above the counter's row, one column from the edge.
    let (Some(x), Some(y)) = (
        (area.x + area.width).checked_sub(w + 1),
        (area.y + area.height).checked_sub(h + 1),
    ) else {
        return;
    };
    let spot = Rect::new(x.saturating_sub(1), y.saturating_sub(1), w + 2, h + 1);
    let empty = spot.positions().all(|p| buf[p].symbol() == " ");
    if empty && spot.x >= area.x && spot.y >= area.y {
        code.draw(x, y, buf);
    }
}

impl Widget for SlideScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, t) = (self.app, &self.app.theme);
        buf.set_style(area, t.base);
        let p = &app.present;
        match p.cover {
            Some(Cover::Blank) => return,
            Some(Cover::Address) => {
                self.share(area, buf);
                return;
            }
            None => {}
        }
        let deck = app.cache.deck();
        if let Some(page) = deck.pages.get(p.page) {
            self.page(page, area, buf);
            // The title slide invites the audience to follow, where the slide
            // leaves room for the code.
            if page.slide == 0
                && let Some(url) = &app.share_url
            {
                corner_code(url, area, buf);
            }
        }
        self.bar(area, buf);
        if let Some(at) = p.agenda {
            self.agenda(at, area, buf);
        }
    }
}
