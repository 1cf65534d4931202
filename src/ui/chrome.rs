//! Breadcrumbs, footer and the "too small" notice.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::app::App;
use crate::keymap::{self, Context};
use crate::ui::layout::{CRUMB_SEPARATOR, MIN_HEIGHT, MIN_WIDTH};
use crate::wrap::truncate;

pub fn crumbs(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let texts = app.crumbs();
    let last = texts.len().saturating_sub(1);
    let mut spans = vec![Span::raw(" ")];
    for (i, c) in texts.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(CRUMB_SEPARATOR, t.muted));
        }
        spans.push(Span::styled(
            c,
            if i == last { t.crumb_current } else { t.crumb },
        ));
    }
    Line::from(spans).render(area, buf);
}

pub fn footer(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let lang = app.lang;
    // A failed reload takes the footer until the file is fixed.
    if let Some(error) = &app.banner {
        let text = format!(" ⚠ {error} — {}", lang.words().screens.reload_failed);
        buf.set_style(area, t.warning);
        Line::from(Span::styled(
            truncate(&text, usize::from(area.width)),
            t.warning,
        ))
        .render(area, buf);
        return;
    }
    let mut spans = vec![Span::raw(" ")];
    for (i, (key, what)) in keymap::hints(app.context(), lang).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", t.muted));
        }
        spans.push(Span::styled(key, t.key));
        spans.push(Span::styled(format!(" {what}"), t.footer));
    }
    let used = Line::from(spans.clone()).width() as u16;
    Line::from(spans).render(area, buf);
    let key = |action| keymap::key_for(Context::Global, action).unwrap_or_default();
    let state = format!(
        "mouse: {} [{}] · {} [{}] ",
        if app.mouse { "on" } else { "off" },
        key(Action::ToggleMouse),
        lang.code().to_uppercase(),
        key(Action::ToggleLang)
    );
    let w = UnicodeWidthStr::width(state.as_str()) as u16;
    if area.width >= used + w + 2 {
        let right = Rect::new(area.right() - w, area.y, w, 1);
        Line::from(Span::styled(state, t.muted)).render(right, buf);
    }
}

/// Shown instead of the layout when the terminal is too small for it.
pub fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let w = &app.lang.words().screens;
    let msg = format!(
        "{} ({} {MIN_WIDTH}×{MIN_HEIGHT}, {} {}×{}) — {}",
        w.too_small,
        w.need,
        w.now,
        area.width,
        area.height,
        keymap::key_for(Context::Global, Action::Quit).unwrap_or_default()
    );
    let lines =
        u16::try_from(crate::wrap::wrap(&msg, usize::from(area.width)).len()).unwrap_or(u16::MAX);
    let y = area.y + area.height.saturating_sub(lines) / 2;
    let h = lines.min(area.height);
    Paragraph::new(msg)
        .style(app.theme.warning)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .render(Rect::new(area.x, y, area.width, h), buf);
}

/// The filter of a table as its title says it: "filtro «univ»".
pub fn filter_label(filter: &crate::app::TableFilter, lang: crate::model::Lang) -> Option<String> {
    (!filter.text.is_empty()).then(|| {
        format!(
            "{} «{}»",
            lang.words().screens.filter,
            crate::model::text::sanitize(&filter.text)
        )
    })
}

/// The line a filter is typed on, for a table's bottom border, while it is typed.
pub fn filter_input(
    filter: &crate::app::TableFilter,
    editing: bool,
    lang: crate::model::Lang,
    theme: &crate::ui::theme::Theme,
) -> Option<Line<'static>> {
    let w = &lang.words().screens;
    editing.then(|| {
        Line::from(vec![
            Span::styled(
                format!(" {}: ", lang.words().screens.filter_prompt),
                theme.key,
            ),
            Span::styled(crate::model::text::sanitize(&filter.text), theme.title),
            Span::styled("▏", theme.key),
            Span::styled(
                format!(
                    " {} · {} ",
                    keymap::say(Context::Filter, &[Action::Open], w.keeps),
                    keymap::say(Context::Filter, &[Action::Back], w.drops)
                ),
                theme.muted,
            ),
        ])
    })
}

/// A table's border: its title with the active filter, and while a filter is typed,
/// the line it is typed on.
pub fn table_block(
    mut title: String,
    filter: &crate::app::TableFilter,
    app: &App,
) -> ratatui::widgets::Block<'static> {
    let t = &app.theme;
    if let Some(f) = filter_label(filter, app.lang) {
        title.push_str(&format!(" · {f}"));
    }
    title.push(' ');
    let block = ratatui::widgets::Block::bordered()
        .border_style(t.border_focused)
        .title(Span::styled(title, t.title));
    match filter_input(filter, app.filtering(), app.lang, t) {
        Some(input) => block.title_bottom(input),
        None => block,
    }
}
