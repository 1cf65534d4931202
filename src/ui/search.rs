//! The search overlay: the query on top, the hits below in groups, the matched
//! characters highlighted and each hit's context beside it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::app::{App, ResultRow, SearchState};
use crate::content::ItemKey;
use crate::keymap::{self, Context};
use crate::place::{Place, quadrant_label};
use crate::search::snippet::fit;
use crate::search::{Field, Hit, HitKind};
use crate::ui::layout;
use crate::wrap::truncate;

pub struct SearchOverlay<'a> {
    pub app: &'a App,
    pub state: &'a SearchState,
}

/// From this many columns of results, a hit's location may take half the line.
const WIDE: usize = 100;

/// Longest name of an organisation in a hit's location.
const WHOSE_MAX: usize = 28;

/// Where a hit is: "Roadmap 2 · Contesto", "Documento · Prefazione", "SWOT ·
/// Minacce", "Esaote · Roadmap 2 · Stakeholder", "Impresa".
pub fn location(app: &App, hit: &Hit) -> String {
    let lang = app.lang;
    let (doc, index) = (&app.doc, &app.index);
    let mut parts = Vec::new();
    // A snippet of a description or a note does not say whose it is.
    if let Some(about) = &hit.about {
        parts.push(truncate(&about.crumb(doc, index, lang), WHOSE_MAX));
    } else if hit.field == Field::Body && matches!(hit.kind, HitKind::Organisation | HitKind::Area)
    {
        parts.push(truncate(&hit.place.crumb(doc, index, lang), WHOSE_MAX));
    } else if let Place::Stakeholder(id) = &hit.place
        && let Some(o) = index.org(doc, id)
    {
        parts.push(capitalised(o.kind.label(lang)));
    }
    if let Some(n) = hit.roadmap {
        parts.push(format!("Roadmap {n}"));
        if let Some(s) = hit.target.section
            && hit.kind != HitKind::Place
        {
            parts.push(s.title(doc, lang));
        }
    }
    if hit.place == Place::Document {
        parts.push(lang.words().places.document.to_owned());
        if let Some(c) = hit.target.item.and_then(ItemKey::chapter) {
            parts.push(c.title(doc, lang));
        }
    }
    if let Some(q) = hit.quadrant {
        parts.push("SWOT".to_owned());
        parts.push(quadrant_label(q, lang).to_owned());
    }
    parts.join(" · ")
}

/// `text` with its first letter in capitals: "impresa" as a label of its own.
fn capitalised(text: &str) -> String {
    let mut c = text.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A note under few results when the document is in another language than the
/// interface: its words are what to type.
fn language_hint(app: &App, st: &SearchState) -> Option<String> {
    let w = app.lang.words();
    let code = app.doc.meta.language.trim().to_ascii_lowercase();
    if st.query.trim().is_empty() || st.hits.len() >= FEW_HITS || code == app.lang.code() {
        return None;
    }
    (w.screens.language_called)(&code).map(w.screens.other_language)
}

/// Fewer results than this, in another language than the document's, earn a hint.
const FEW_HITS: usize = 3;

impl Widget for SearchOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (app, st) = (self.app, self.state);
        let (t, lang) = (&app.theme, app.lang);
        let geo = layout::search(area);
        Clear.render(geo.frame, buf);
        let w = lang.words();
        let count = if st.query.trim().is_empty() {
            lang.words().screens.search_scope.to_owned()
        } else if st.hits.len() >= crate::search::MAX_HITS {
            (w.counts.results_at_least)(st.hits.len())
        } else {
            (w.counts.results)(st.hits.len())
        };
        Block::bordered()
            .style(t.base)
            .border_style(t.border_focused)
            .title(Span::styled(format!(" {} ", w.screens.search), t.title))
            .title_bottom(Span::styled(
                format!(
                    " {} · {} · {} ",
                    keymap::say(
                        Context::Search,
                        &[Action::Up, Action::Down],
                        w.screens.choose
                    ),
                    keymap::hint_for(Context::Search, Action::Open, lang).unwrap_or_default(),
                    keymap::hint_for(Context::Search, Action::Back, lang).unwrap_or_default(),
                ),
                t.muted,
            ))
            .render(geo.frame, buf);
        let query = crate::model::text::sanitize(&st.query);
        Line::from(vec![
            Span::styled("/ ", t.key),
            Span::styled(query, t.title),
            Span::styled("▏ ", t.key),
            Span::styled(count, t.muted),
        ])
        .render(geo.input, buf);

        let rows = st.rows();
        let visible = usize::from(geo.results.height);
        let width = usize::from(geo.results.width);
        for (i, row) in rows.iter().skip(st.offset).take(visible).enumerate() {
            let y = geo.results.y + u16::try_from(i).unwrap_or(u16::MAX);
            let line_area = Rect::new(geo.results.x, y, geo.results.width, 1);
            match *row {
                ResultRow::Group(kind, n) => {
                    Line::from(Span::styled(
                        format!("{} ({n})", kind.label(lang)),
                        t.heading,
                    ))
                    .render(line_area, buf);
                }
                ResultRow::Hit(h) => {
                    let hit = &st.hits[h];
                    let selected = h == st.selected;
                    let base = if selected { t.selected } else { t.base };
                    if selected {
                        buf.set_style(line_area, base);
                    }
                    // The place gets what the text leaves, and up to half the line
                    // on a wide screen, a third on a narrow one: what was found
                    // comes first.
                    let ctx = location(app, hit);
                    let share = if width >= WIDE { width / 2 } else { width / 3 };
                    let room = width.saturating_sub(hit.text.width() + 5).max(share);
                    let ctx = truncate(&ctx, room);
                    let ctx_w = ctx.width();
                    let text_w = width.saturating_sub(ctx_w + 5);
                    let (text, highlight) = fit(&hit.text, &hit.highlight, text_w);
                    let text = truncate(&text, text_w);
                    let mut spans = vec![Span::styled(if selected { " ▸ " } else { "   " }, base)];
                    for (ci, ch) in text.chars().enumerate() {
                        let style = match (highlight.binary_search(&ci).is_ok(), selected) {
                            // On the chosen row the matches keep its colours, underlined.
                            (true, true) => t.matched_on(base),
                            (true, false) => t.matched,
                            (false, _) => base,
                        };
                        spans.push(Span::styled(ch.to_string(), style));
                    }
                    Line::from(spans).render(line_area, buf);
                    if !ctx.is_empty() && width > ctx_w + 1 {
                        let w = u16::try_from(ctx_w).unwrap_or(u16::MAX);
                        Line::from(Span::styled(ctx, if selected { base } else { t.muted }))
                            .render(
                                Rect::new(line_area.right().saturating_sub(w + 1), y, w, 1),
                                buf,
                            );
                    }
                }
            }
        }
        if let Some(hint) = language_hint(app, st) {
            // Under the results, a blank line between, wrapped to the width.
            let top = rows.len() + usize::from(!rows.is_empty());
            for (i, line) in crate::wrap::wrap(&hint, width).iter().enumerate() {
                let Ok(y) = u16::try_from(top + i) else { break };
                let y = geo.results.y.saturating_add(y);
                if y >= geo.results.bottom() {
                    break;
                }
                Line::from(Span::styled(line.as_str(), t.muted))
                    .render(Rect::new(geo.results.x, y, geo.results.width, 1), buf);
            }
        }
        crate::ui::scrollbar(
            buf,
            Rect {
                x: geo.frame.x,
                width: geo.frame.width,
                ..geo.results
            },
            rows.len().saturating_sub(visible),
            st.offset,
            None,
        );
    }
}
