//! Breadcrumbs, footer and the "too small" notice.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::action::Action;
use crate::app::App;
use crate::keymap::{self, Context};
use crate::ui::layout::{CRUMB_ELLIPSIS, CRUMB_SEPARATOR, MIN_HEIGHT, MIN_WIDTH, crumb_spans};
use crate::wrap::truncate;

/// The path, root first. When it does not fit, the first crumbs give way to "…" so
/// the current screen is always in view; each crumb is drawn where
/// [`crumb_spans`] says, the columns a click on it is looked up in.
pub fn crumbs(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let texts = app.crumbs();
    let spans = crumb_spans(&texts, area.width);
    let last = texts.len().saturating_sub(1);
    let right = area.right();
    let put = |buf: &mut Buffer, x: u16, text: &str, style| {
        if x < right {
            let room = usize::from(right - x);
            buf.set_stringn(area.x.saturating_add(x), area.y, text, room, style);
        }
    };
    let mut shown = spans
        .iter()
        .zip(&texts)
        .enumerate()
        .filter(|(_, (s, _))| s.1 > s.0);
    if let Some((first, _)) = shown.clone().next()
        && first > 0
    {
        put(buf, 1, CRUMB_ELLIPSIS, t.muted);
        put(
            buf,
            1 + CRUMB_ELLIPSIS.width() as u16,
            CRUMB_SEPARATOR,
            t.muted,
        );
    }
    for (i, (&(start, end), text)) in shown.by_ref() {
        let style = if i == last { t.crumb_current } else { t.crumb };
        put(
            buf,
            start,
            &truncate(text, usize::from(right.saturating_sub(start))),
            style,
        );
        if i < last {
            put(buf, end, CRUMB_SEPARATOR, t.muted);
        }
    }
}

/// One part of the footer, with its width.
struct Part {
    spans: Vec<Span<'static>>,
    width: usize,
}

impl Part {
    fn new(spans: Vec<Span<'static>>) -> Self {
        let width = spans.iter().map(|s| s.content.width()).sum();
        Self { spans, width }
    }
}

/// The fewest columns a message in the footer is shown in, cut.
const MESSAGE_MIN: usize = 20;

/// Between two hints or indicators in the footer.
const FOOTER_SEPARATOR: &str = " · ";

/// The modes the footer always shows, right-aligned, each after the key that
/// changes it as hints are written: a failed reload and the key to its problems,
/// the mouse, the language, the theme.
fn indicators(app: &App) -> Part {
    let t = &app.theme;
    let (lang, w) = (app.lang, &app.lang.words().screens);
    let key = |action| keymap::key_for(Context::Global, action).unwrap_or_default();
    let mut spans = Vec::new();
    if let Some(error) = &app.load_error {
        let n = match error {
            crate::model::LoadError::Unreadable { .. } => 1,
            crate::model::LoadError::Invalid { problems, .. } => problems.len(),
        };
        spans.push(Span::styled("⚠ ", t.warning));
        spans.push(Span::styled(key(Action::ShowProblems), t.key));
        spans.push(Span::styled(
            format!(" {}", (lang.words().counts.problems)(n)),
            t.warning,
        ));
        spans.push(Span::styled(FOOTER_SEPARATOR, t.muted));
    }
    let modes = [
        (
            format!("{} {}", w.mouse, if app.mouse { w.on } else { w.off }),
            Action::ToggleMouse,
        ),
        (lang.code().to_uppercase(), Action::ToggleLang),
        (app.theme_name.label(lang).to_owned(), Action::CycleTheme),
    ];
    for (i, (mode, action)) in modes.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(FOOTER_SEPARATOR, t.muted));
        }
        spans.push(Span::styled(key(action), t.key));
        spans.push(Span::styled(format!(" {mode}"), t.footer));
    }
    spans.push(Span::raw(" "));
    Part::new(spans)
}

/// The footer: on the left what just happened (a confirmation, or a reload that
/// failed) and the hints; on the right the mode indicators, always. When the line
/// is narrow the hints give way first, the least important first; help and quit
/// stay as long as the line has room for them.
pub fn footer(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let lang = app.lang;
    let right = indicators(app);
    // A space before the hints and at least three between them and the indicators.
    let room = usize::from(area.width).saturating_sub(right.width + 4);
    // The hints, in the order the keymap gives; help and quit are kept first.
    let key = |action| keymap::key_for(Context::Global, action);
    let essential = [key(Action::ToggleHelp), key(Action::Quit)];
    // At the root with nothing open and nothing to clear, Back does nothing.
    let back_acts = !app.layers.is_empty()
        || app.stack().len() > 1
        || app.filter().is_some_and(|f| !f.text.is_empty());
    let back = keymap::key_for(app.context(), Action::Back);
    let hints: Vec<(bool, Part)> = keymap::hints(app.context(), lang)
        .into_iter()
        .filter(|(k, _)| back_acts || back.as_ref() != Some(k))
        .map(|(k, what)| {
            let kept = essential.contains(&Some(k.clone()));
            let part = Part::new(vec![
                Span::styled(k, t.key),
                Span::styled(format!(" {what}"), t.footer),
            ]);
            (kept, part)
        })
        .collect();
    let sep = FOOTER_SEPARATOR.width();
    let cost = |p: &Part, used: usize| if used == 0 { p.width } else { p.width + sep };
    let mut used = 0;
    // A confirmation comes first: it answers the key just pressed, and lasts until
    // the next one.
    let mut message = app.status.as_ref().map(|status| {
        Part::new(vec![Span::styled(
            truncate(&status.fitted(lang, room), room),
            t.title,
        )])
    });
    if let Some(m) = &message {
        used += cost(m, used);
    }
    let mut keep = vec![false; hints.len()];
    let mut add = |essential: bool, used: &mut usize| {
        for (i, (_, part)) in hints
            .iter()
            .enumerate()
            .filter(|(_, (e, _))| *e == essential)
        {
            if *used + cost(part, *used) <= room {
                *used += cost(part, *used);
                keep[i] = true;
            }
        }
    };
    add(true, &mut used);
    // A failed reload, in what is left beside help and quit; too little of it to
    // read is left out, as the indicators say a reload failed.
    if message.is_none()
        && let Some(error) = &app.banner
    {
        let text = format!(
            "⚠ {} — {}",
            short_banner(error, app.load_error.as_ref()),
            lang.words().screens.reload_failed
        );
        let width = room.saturating_sub(if used == 0 { 0 } else { used + sep });
        if width >= MESSAGE_MIN {
            let m = Part::new(vec![Span::styled(truncate(&text, width), t.warning)]);
            used += cost(&m, used);
            message = Some(m);
        }
    }
    add(false, &mut used);
    let mut spans = vec![Span::raw(" ")];
    let kept = message.into_iter().chain(
        hints
            .into_iter()
            .zip(keep)
            .filter(|(_, k)| *k)
            .map(|((_, p), _)| p),
    );
    for (i, part) in kept.enumerate() {
        if i > 0 {
            spans.push(Span::styled(FOOTER_SEPARATOR, t.muted));
        }
        spans.extend(part.spans);
    }
    Line::from(spans).render(area, buf);
    let w = u16::try_from(right.width)
        .unwrap_or(u16::MAX)
        .min(area.width);
    let at = Rect::new(area.right().saturating_sub(w), area.y, w, 1);
    Line::from(right.spans).render(at, buf);
}

/// The banner with the file named without its folder, which leaves the footer room
/// for the error itself; the problems list names the whole path.
fn short_banner(banner: &str, error: Option<&crate::model::LoadError>) -> String {
    use crate::model::LoadError;
    let Some(LoadError::Unreadable { file, .. } | LoadError::Invalid { file, .. }) = error else {
        return banner.to_owned();
    };
    let name = std::path::Path::new(file)
        .file_name()
        .map_or_else(|| file.clone(), |n| n.to_string_lossy().into_owned());
    banner.replace(file.as_str(), &name)
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
