//! Drawing: one file per screen, each a borrowed widget over the app state.

pub mod bar;
pub mod chrome;
pub mod columns;
pub mod deck;
pub mod detail;
pub mod figures;
pub mod grid;
pub mod help;
pub mod items;
pub mod layout;
pub mod matrix;
pub mod overview;
pub mod picker;
pub mod picture;
pub mod present;
pub mod problems;
pub mod qr;
pub mod roadmap;
pub mod search;
pub mod stakeholders;
pub mod swot;
pub mod theme;

use ratatui::Frame;
use ratatui::widgets::{Block, Widget};
use unicode_width::UnicodeWidthStr;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::app::{App, Layer, Screen, Subject};

/// Draws the whole screen for `app`: the slide when presenting, else the chrome
/// and the screen on view; then the layers above, bottom to top.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    Block::new().style(app.theme.base).render(area, buf);
    if !layout::fits(area) {
        chrome::too_small(app, area, buf);
        return;
    }
    if app.presenting() {
        present::SlideScreen { app }.render(area, buf);
    } else {
        let [crumbs, body, footer] = layout::chrome(area);
        chrome::crumbs(app, crumbs, buf);
        chrome::footer(app, footer, buf);
        screen(app, body, buf);
    }
    for i in 0..app.layers.len() {
        match app.layers.get(i) {
            Some(Layer::Search(state)) => search::SearchOverlay { app, state }.render(area, buf),
            Some(Layer::Help { offset }) => help::HelpOverlay {
                app,
                offset: *offset,
            }
            .render(area, buf),
            Some(Layer::Picker(state)) => picker::PickerOverlay { app, state }.render(area, buf),
            Some(Layer::Problems { offset }) => problems::ProblemsOverlay {
                app,
                offset: *offset,
            }
            .render(area, buf),
            // The presentation is drawn instead of the screen; a filter in its table.
            Some(Layer::Present | Layer::Filter) | None => {}
        }
    }
}

/// The screen on view, in `body`.
fn screen(app: &App, body: Rect, buf: &mut Buffer) {
    match app.screen() {
        Screen::Overview(state) => overview::OverviewScreen { app, state }.render(body, buf),
        Screen::Roadmap(state) => {
            if let Some(roadmap) = app.index.roadmap(&app.doc, state.number) {
                roadmap::RoadmapScreen {
                    app,
                    roadmap,
                    state,
                }
                .render(body, buf);
            }
        }
        Screen::Swot(state) => swot::SwotScreen { app, state }.render(body, buf),
        Screen::Detail(state) => match &state.subject {
            Subject::Document => detail::DocumentScreen { app, state }.render(body, buf),
            Subject::Area(id) => detail::AreaScreen { app, id, state }.render(body, buf),
            Subject::Stakeholder(id) => {
                detail::StakeholderScreen { app, id, state }.render(body, buf);
            }
        },
        Screen::Stakeholders(state) => {
            stakeholders::StakeholdersScreen { app, state }.render(body, buf);
        }
        Screen::Matrix(state) => matrix::MatrixScreen { app, state }.render(body, buf),
        Screen::Figures(state) => figures::FiguresScreen { app, state }.render(body, buf),
    }
}

/// Renders `app` at `width`×`height` into a buffer, off screen.
pub fn render_to_buffer(app: &App, width: u16, height: u16) -> ratatui::buffer::Buffer {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height))
        .unwrap_or_else(|never| match never {});
    // TestBackend's draw cannot fail.
    let _ = terminal.draw(|f| draw(f, app));
    terminal.backend().buffer().clone()
}

/// A vertical scrollbar without arrows on the right edge of `track`, for a list
/// that can scroll `max_offset` rows and is scrolled `offset`; nothing when the
/// list does not scroll or the track is a single row. `style` colours it, else
/// the widget's own.
pub fn scrollbar(
    buf: &mut ratatui::buffer::Buffer,
    track: ratatui::layout::Rect,
    max_offset: usize,
    offset: usize,
    style: Option<ratatui::style::Style>,
) {
    use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};
    if max_offset == 0 || track.height < 2 {
        return;
    }
    let mut state = ScrollbarState::new(max_offset).position(offset);
    let mut bar = Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None);
    if let Some(style) = style {
        bar = bar.style(style);
    }
    bar.render(track, buf, &mut state);
}

/// The buffer as plain text lines, trailing spaces removed.
///
/// A wide character covers the cells after it; those cells still hold a blank, which
/// must not be printed, or everything to its right would move one column.
pub fn buffer_text(buf: &ratatui::buffer::Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut covered = 0usize;
        for x in area.left()..area.right() {
            let Some(cell) = buf.cell((x, y)) else {
                continue;
            };
            if covered > 0 {
                covered -= 1;
                continue;
            }
            line.push_str(cell.symbol());
            covered = UnicodeWidthStr::width(cell.symbol()).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use unicode_width::UnicodeWidthStr;

    use super::buffer_text;

    #[test]
    fn wide_characters_take_two_columns_in_the_text_too() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 2));
        buf.set_string(0, 0, "│新药💊│", ratatui::style::Style::new());
        buf.set_string(0, 1, "│e\u{301}abcde│", ratatui::style::Style::new());
        let text = buffer_text(&buf);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "│新药💊│");
        assert_eq!(lines[1], "│e\u{301}abcde│");
        // Both rows end at the same column, as on a terminal.
        assert_eq!(lines[0].width(), 8);
        assert_eq!(lines[1].width(), 8);
    }
}
