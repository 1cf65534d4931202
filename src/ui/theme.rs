//! Every colour and modifier the UI uses comes from one `Theme` value. Themes swap
//! the value, never the code path.

use ratatui::style::{Color, Modifier, Style};

/// The themes a user can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ThemeName {
    /// Light text on the terminal's own (dark) background.
    #[default]
    Dark,
    /// Dark text on white: projectors and light terminals.
    Light,
    /// White on black with saturated accents.
    Contrast,
}

impl ThemeName {
    pub const ALL: [Self; 3] = [Self::Dark, Self::Light, Self::Contrast];

    pub fn name(self) -> &'static str {
        match self {
            Self::Dark => "dark",
            Self::Light => "light",
            Self::Contrast => "contrast",
        }
    }

    /// The theme's name in `lang`, as the footer shows it.
    pub fn label(self, lang: crate::model::Lang) -> &'static str {
        let w = &lang.words().screens;
        match self {
            Self::Dark => w.theme_dark,
            Self::Light => w.theme_light,
            Self::Contrast => w.theme_contrast,
        }
    }

    pub fn next(self) -> Self {
        let i = Self::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub base: Style,
    pub title: Style,
    pub muted: Style,
    pub heading: Style,
    pub link: Style,
    pub figure: Style,
    /// Marks that matter more than their neighbours (key players in the matrix).
    pub strong: Style,
    pub border: Style,
    pub border_focused: Style,
    /// The selected row or item in the focused pane.
    pub selected: Style,
    /// The selected row or item in a pane without focus; a column under the cursor.
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
    /// Added to a quadrant's colour for its border and title when it has the focus.
    pub focus: Modifier,
    /// The characters a search matched.
    pub matched: Style,
}

impl Theme {
    /// The theme `name`, or without any colour when `no_color` (the `NO_COLOR`
    /// convention): then bold, reverse and underline carry selection and focus.
    pub fn new(name: ThemeName, no_color: bool) -> Self {
        if no_color {
            return Self::mono();
        }
        match name {
            ThemeName::Dark => Self::dark(),
            ThemeName::Light => Self::light(),
            ThemeName::Contrast => Self::contrast(),
        }
    }

    pub fn dark() -> Self {
        Self {
            base: Style::new().fg(Color::Gray),
            title: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::DarkGray),
            heading: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            link: Style::new().fg(Color::Cyan),
            figure: Style::new().fg(Color::LightGreen),
            strong: Style::new()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::BOLD),
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
            focus: Modifier::BOLD | Modifier::REVERSED,
            matched: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    /// Black on white, saturated accents that survive a washed-out projector.
    pub fn light() -> Self {
        let ink = Style::new().fg(Color::Black).bg(Color::White);
        Self {
            base: ink,
            title: ink.add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::DarkGray),
            heading: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            link: Style::new().fg(Color::Blue),
            figure: Style::new().fg(Color::Green),
            strong: Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Blue),
            selected: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            selected_unfocused: Style::new().add_modifier(Modifier::REVERSED),
            crumb: Style::new().fg(Color::DarkGray),
            crumb_current: Style::new().fg(Color::Black).add_modifier(Modifier::BOLD),
            key: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            footer: Style::new().fg(Color::Black),
            priority_on: Style::new().fg(Color::Red),
            priority_off: Style::new().fg(Color::DarkGray),
            warning: Style::new().fg(Color::White).bg(Color::Red),
            swot: [
                Style::new().fg(Color::Green),
                Style::new().fg(Color::Red),
                Style::new().fg(Color::Blue),
                Style::new().fg(Color::Magenta),
            ],
            focus: Modifier::BOLD | Modifier::REVERSED,
            matched: Style::new()
                .fg(Color::Red)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    /// White on black, bright accents, nothing dim.
    pub fn contrast() -> Self {
        let ink = Style::new().fg(Color::White).bg(Color::Black);
        Self {
            base: ink,
            title: ink.add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::Gray),
            heading: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            link: Style::new()
                .fg(Color::LightCyan)
                .add_modifier(Modifier::UNDERLINED),
            figure: Style::new().fg(Color::LightGreen),
            strong: Style::new()
                .fg(Color::LightGreen)
                .add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::Gray),
            border_focused: Style::new().fg(Color::LightYellow),
            selected: Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            selected_unfocused: Style::new().add_modifier(Modifier::REVERSED),
            crumb: Style::new().fg(Color::White),
            crumb_current: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            key: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            footer: Style::new().fg(Color::White),
            priority_on: Style::new().fg(Color::LightRed),
            priority_off: Style::new().fg(Color::Gray),
            warning: Style::new().fg(Color::Black).bg(Color::LightYellow),
            swot: [
                Style::new().fg(Color::LightGreen),
                Style::new().fg(Color::LightRed),
                Style::new().fg(Color::LightCyan),
                Style::new().fg(Color::LightMagenta),
            ],
            focus: Modifier::BOLD | Modifier::REVERSED,
            matched: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    /// No colour at all: only bold, dim, underline and reverse.
    pub fn mono() -> Self {
        let plain = Style::new();
        let bold = plain.add_modifier(Modifier::BOLD);
        Self {
            base: plain,
            title: bold,
            muted: plain.add_modifier(Modifier::DIM),
            heading: bold.add_modifier(Modifier::UNDERLINED),
            link: plain.add_modifier(Modifier::UNDERLINED),
            figure: plain,
            strong: bold,
            border: plain,
            border_focused: bold,
            selected: bold.add_modifier(Modifier::REVERSED),
            selected_unfocused: plain.add_modifier(Modifier::REVERSED),
            crumb: plain,
            crumb_current: bold,
            key: bold,
            footer: plain,
            priority_on: bold,
            priority_off: plain.add_modifier(Modifier::DIM),
            warning: plain.add_modifier(Modifier::REVERSED),
            swot: [plain; 4],
            focus: Modifier::BOLD | Modifier::REVERSED,
            matched: bold.add_modifier(Modifier::UNDERLINED),
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::dark()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(t: &Theme) -> Vec<Style> {
        let mut v = vec![
            t.base,
            t.title,
            t.muted,
            t.heading,
            t.link,
            t.figure,
            t.strong,
            t.border,
            t.border_focused,
            t.selected,
            t.selected_unfocused,
            t.crumb,
            t.crumb_current,
            t.key,
            t.footer,
            t.priority_on,
            t.priority_off,
            t.warning,
            t.matched,
        ];
        v.extend(t.swot);
        v
    }

    #[test]
    fn no_color_has_no_colour_but_keeps_selection_visible() {
        let t = Theme::new(ThemeName::Light, true);
        for s in styles(&t) {
            assert_eq!((s.fg, s.bg), (None, None), "{s:?}");
        }
        assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
        assert_ne!(t.selected, t.base);
    }

    #[test]
    fn themes_differ_and_cycle() {
        assert_ne!(Theme::dark(), Theme::light());
        assert_ne!(Theme::light(), Theme::contrast());
        assert_eq!(ThemeName::Dark.next(), ThemeName::Light);
        assert_eq!(ThemeName::Contrast.next(), ThemeName::Dark);
        // Light and contrast paint their own background.
        assert_eq!(Theme::light().base.bg, Some(Color::White));
        assert_eq!(Theme::contrast().base.bg, Some(Color::Black));
    }
}
