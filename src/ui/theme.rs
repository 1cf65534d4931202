//! Every colour and modifier the UI uses comes from one `Theme` value.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub base: Style,
    pub title: Style,
    pub muted: Style,
    pub heading: Style,
    pub link: Style,
    pub figure: Style,
    pub border: Style,
    pub border_focused: Style,
    /// The selected row or item in the focused pane.
    pub selected: Style,
    /// The selected row or item in a pane without focus.
    pub selected_unfocused: Style,
    pub crumb: Style,
    pub crumb_current: Style,
    pub key: Style,
    pub footer: Style,
    pub priority_on: Style,
    pub priority_off: Style,
    pub warning: Style,
    /// Strengths, weaknesses, opportunities, threats.
    pub swot: [Style; 4],
}

impl Theme {
    pub fn dark() -> Self {
        Self {
            base: Style::new().fg(Color::Gray),
            title: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::DarkGray),
            heading: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            link: Style::new().fg(Color::Cyan),
            figure: Style::new().fg(Color::LightGreen),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Cyan),
            selected: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            selected_unfocused: Style::new().add_modifier(Modifier::REVERSED),
            crumb: Style::new().fg(Color::Gray),
            crumb_current: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            footer: Style::new().fg(Color::Gray),
            priority_on: Style::new().fg(Color::LightRed),
            priority_off: Style::new().fg(Color::DarkGray),
            warning: Style::new().fg(Color::Black).bg(Color::Yellow),
            swot: [
                Style::new().fg(Color::LightGreen),
                Style::new().fg(Color::LightRed),
                Style::new().fg(Color::LightBlue),
                Style::new().fg(Color::LightMagenta),
            ],
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::dark()
    }
}
