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

    /// Black on white, saturated dark accents that survive a washed-out
    /// projector. Every colour is exact (the 256-colour cube and grey ramp), never
    /// one of the 16 the terminal chooses; WCAG contrast on white (231 `#ffffff`)
    /// unless said:
    ///
    /// | use                                   | colour            | ratio |
    /// |---------------------------------------|-------------------|-------|
    /// | text, title, current crumb, footer    | 16 `#000000`      | 21.0  |
    /// | muted, crumbs, priority off           | 240 `#585858`     | 7.11  |
    /// | borders                               | 242 `#6c6c6c`     | 5.25  |
    /// | heading, key, opportunities           | 19 `#0000af`      | 12.97 |
    /// | link, focused border                  | 25 `#005faf`      | 6.45  |
    /// | figure, key player, strengths         | 22 `#005f00`      | 7.96  |
    /// | priority on, search match             | 160 `#d70000`     | 5.40  |
    /// | weaknesses                            | 124 `#af0000`     | 7.44  |
    /// | threats                               | 90 `#870087`      | 8.82  |
    /// | selected: white on 25 `#005faf`       | 231 on 25         | 6.45  |
    /// | unfocused selection: black on 153     | 16 on `#afd7ff`   | 13.99 |
    /// | on 153: figure 22 / muted 240         |                   | 5.30 / 4.74 |
    /// | warning: white on 124 `#af0000`       | 231 on 124        | 7.44  |
    ///
    /// A focused quadrant's title is reversed: white on its colour, same ratio.
    pub fn light() -> Self {
        let paper = Color::Indexed(231);
        let on = |fg: u8| Style::new().fg(Color::Indexed(fg)).bg(paper);
        let ink = on(16);
        let muted = on(240);
        let green = on(22);
        let bold = Modifier::BOLD;
        Self {
            base: ink,
            title: ink.add_modifier(bold),
            muted,
            heading: on(19).add_modifier(bold),
            link: on(25),
            figure: green,
            strong: green.add_modifier(bold),
            border: on(242),
            border_focused: on(25),
            selected: Style::new()
                .fg(paper)
                .bg(Color::Indexed(25))
                .add_modifier(bold),
            selected_unfocused: Style::new().fg(Color::Indexed(16)).bg(Color::Indexed(153)),
            crumb: muted,
            crumb_current: ink.add_modifier(bold),
            key: on(19).add_modifier(bold),
            footer: ink,
            priority_on: on(160),
            priority_off: muted,
            warning: Style::new().fg(paper).bg(Color::Indexed(124)),
            swot: [green, on(124), on(19), on(90)],
            focus: Modifier::BOLD | Modifier::REVERSED,
            matched: on(160).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    /// White on black, bright accents, nothing dim: every pair at least 7:1 (WCAG
    /// AAA). Exact colours as in `light`; contrast on black (16 `#000000`):
    ///
    /// | use                                   | colour            | ratio |
    /// |---------------------------------------|-------------------|-------|
    /// | text, title, crumbs, footer           | 231 `#ffffff`     | 21.0  |
    /// | muted, borders, priority off          | 250 `#bcbcbc`     | 11.06 |
    /// | heading, key, focused border, match   | 227 `#ffff5f`     | 19.72 |
    /// | link (underlined)                     | 123 `#87ffff`     | 17.78 |
    /// | figure, key player, strengths         | 120 `#87ff87`     | 16.68 |
    /// | priority on, weaknesses               | 203 `#ff5f5f`     | 7.05  |
    /// | opportunities                         | 117 `#87d7ff`     | 13.19 |
    /// | threats                               | 213 `#ff87ff`     | 10.16 |
    /// | selected: black on 227 `#ffff5f`      | 16 on 227         | 19.72 |
    /// | unfocused selection: white on 18      | 231 on `#000087`  | 15.56 |
    /// | on 18: figure 120 / muted 250         |                   | 12.36 / 8.19 |
    /// | warning: black on 227                 | 16 on 227         | 19.72 |
    ///
    /// A focused quadrant's title is reversed: black on its colour, same ratio.
    pub fn contrast() -> Self {
        let night = Color::Indexed(16);
        let on = |fg: u8| Style::new().fg(Color::Indexed(fg)).bg(night);
        let ink = on(231);
        let muted = on(250);
        let yellow = on(227);
        let green = on(120);
        let red = on(203);
        let bold = Modifier::BOLD;
        let black_on_yellow = Style::new().fg(night).bg(Color::Indexed(227));
        Self {
            base: ink,
            title: ink.add_modifier(bold),
            muted,
            heading: yellow.add_modifier(bold),
            link: on(123).add_modifier(Modifier::UNDERLINED),
            figure: green,
            strong: green.add_modifier(bold),
            border: muted,
            border_focused: yellow,
            selected: black_on_yellow.add_modifier(bold),
            selected_unfocused: Style::new().fg(Color::Indexed(231)).bg(Color::Indexed(18)),
            crumb: ink,
            crumb_current: yellow.add_modifier(bold),
            key: yellow.add_modifier(bold),
            footer: ink,
            priority_on: red,
            priority_off: muted,
            warning: black_on_yellow,
            swot: [green, red, on(117), on(213)],
            focus: Modifier::BOLD | Modifier::REVERSED,
            matched: yellow.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
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

/// The styles the UI makes by combining the theme's, by name, as they are drawn.
impl Theme {
    /// A mark's colour and modifiers on a row painted `row` (the matrix's row under
    /// the cursor): the mark keeps its colour, the row keeps its background.
    pub fn on_row(mark: Style, row: Style) -> Style {
        let s = row.patch(mark);
        match row.bg {
            Some(bg) => s.bg(bg),
            None => s,
        }
    }

    /// A SWOT quadrant's title when the quadrant has the focus.
    pub fn focused(&self, accent: Style) -> Style {
        accent.add_modifier(self.focus)
    }

    /// The characters a search matched in the selected result: the row's colours,
    /// the match's modifiers.
    pub fn matched_on(&self, row: Style) -> Style {
        row.add_modifier(self.matched.add_modifier)
    }

    /// Every style of the theme by name, then every style the UI makes from them:
    /// what a contrast check must measure. Destructured, so that a field added to
    /// `Theme` and not listed here does not compile.
    pub fn pairs(&self) -> Vec<(&'static str, Style)> {
        let Self {
            base,
            title,
            muted,
            heading,
            link,
            figure,
            strong,
            border,
            border_focused,
            selected,
            selected_unfocused,
            crumb,
            crumb_current,
            key,
            footer,
            priority_on,
            priority_off,
            warning,
            swot: [strengths, weaknesses, opportunities, threats],
            focus: _,
            matched,
        } = *self;
        let bold = Modifier::BOLD;
        vec![
            ("base", base),
            ("title", title),
            ("muted", muted),
            ("heading", heading),
            ("link", link),
            ("figure", figure),
            ("strong", strong),
            ("border", border),
            ("border_focused", border_focused),
            ("selected", selected),
            ("selected_unfocused", selected_unfocused),
            ("crumb", crumb),
            ("crumb_current", crumb_current),
            ("key", key),
            ("footer", footer),
            ("priority_on", priority_on),
            ("priority_off", priority_off),
            ("warning", warning),
            ("swot[0] strengths", strengths),
            ("swot[1] weaknesses", weaknesses),
            ("swot[2] opportunities", opportunities),
            ("swot[3] threats", threats),
            ("matched", matched),
            // A focused quadrant: its border bold, its title with `focus`.
            ("swot[0] focused border", strengths.add_modifier(bold)),
            ("swot[1] focused border", weaknesses.add_modifier(bold)),
            ("swot[2] focused border", opportunities.add_modifier(bold)),
            ("swot[3] focused border", threats.add_modifier(bold)),
            ("swot[0] focused title", self.focused(strengths)),
            ("swot[1] focused title", self.focused(weaknesses)),
            ("swot[2] focused title", self.focused(opportunities)),
            ("swot[3] focused title", self.focused(threats)),
            // The matrix: the marks and the count on the row under the cursor, the
            // header of the column under the cursor.
            (
                "figure on selected_unfocused row",
                Self::on_row(figure, selected_unfocused),
            ),
            (
                "strong on selected_unfocused row",
                Self::on_row(strong, selected_unfocused),
            ),
            (
                "muted on selected_unfocused row",
                Self::on_row(muted, selected_unfocused),
            ),
            (
                "heading under selected_unfocused column",
                heading.patch(selected_unfocused),
            ),
            // Search: the matched characters of the selected result.
            ("matched on selected", self.matched_on(selected)),
        ]
    }
}

/// The RGB a colour shows as; `None` for the terminal's own default. The 16
/// palette colours take xterm's defaults: the terminal may show others.
pub fn rgb(c: Color) -> Option<(u8, u8, u8)> {
    Some(match c {
        Color::Reset => return None,
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(i) => indexed(i),
        Color::Black => indexed(0),
        Color::Red => indexed(1),
        Color::Green => indexed(2),
        Color::Yellow => indexed(3),
        Color::Blue => indexed(4),
        Color::Magenta => indexed(5),
        Color::Cyan => indexed(6),
        Color::Gray => indexed(7),
        Color::DarkGray => indexed(8),
        Color::LightRed => indexed(9),
        Color::LightGreen => indexed(10),
        Color::LightYellow => indexed(11),
        Color::LightBlue => indexed(12),
        Color::LightMagenta => indexed(13),
        Color::LightCyan => indexed(14),
        Color::White => indexed(15),
    })
}

/// xterm's 256 colours: the 16 of the palette at its defaults, the 6×6×6 cube
/// (levels 0, 95, 135, 175, 215, 255), then 24 greys from 8 in steps of 10.
pub fn indexed(i: u8) -> (u8, u8, u8) {
    const PALETTE: [(u8, u8, u8); 16] = [
        (0x00, 0x00, 0x00),
        (0xcd, 0x00, 0x00),
        (0x00, 0xcd, 0x00),
        (0xcd, 0xcd, 0x00),
        (0x00, 0x00, 0xee),
        (0xcd, 0x00, 0xcd),
        (0x00, 0xcd, 0xcd),
        (0xe5, 0xe5, 0xe5),
        (0x7f, 0x7f, 0x7f),
        (0xff, 0x00, 0x00),
        (0x00, 0xff, 0x00),
        (0xff, 0xff, 0x00),
        (0x5c, 0x5c, 0xff),
        (0xff, 0x00, 0xff),
        (0x00, 0xff, 0xff),
        (0xff, 0xff, 0xff),
    ];
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match i {
        0..=15 => PALETTE[usize::from(i)],
        16..=231 => {
            let n = i - 16;
            (
                LEVELS[usize::from(n / 36)],
                LEVELS[usize::from(n / 6 % 6)],
                LEVELS[usize::from(n % 6)],
            )
        }
        232..=255 => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
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
        t.pairs().into_iter().map(|(_, s)| s).collect()
    }

    /// WCAG 2.x relative luminance of an sRGB colour.
    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    /// WCAG contrast ratio between two colours, from 1 to 21.
    fn ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// The text and background colours a style is drawn in: swapped when reversed.
    fn drawn(name: &str, s: Style) -> ((u8, u8, u8), (u8, u8, u8)) {
        let fg = s.fg.and_then(rgb);
        let bg = s.bg.and_then(rgb);
        let (Some(fg), Some(bg)) = (fg, bg) else {
            panic!("{name} leaves a colour to the terminal: {s:?}");
        };
        if s.add_modifier.contains(Modifier::REVERSED) {
            (bg, fg)
        } else {
            (fg, bg)
        }
    }

    /// The styles of `t` below `min`, with their ratios.
    fn low_contrast(t: &Theme, min: f64) -> Vec<String> {
        t.pairs()
            .into_iter()
            .filter_map(|(name, s)| {
                let (fg, bg) = drawn(name, s);
                let r = ratio(fg, bg);
                (r < min).then(|| format!("{name}: {r:.2}:1 < {min}:1 ({s:?})"))
            })
            .collect()
    }

    #[test]
    fn the_contrast_ratio_follows_wcag() {
        assert!((ratio((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((ratio((9, 9, 9), (9, 9, 9)) - 1.0).abs() < 1e-9);
        // #767676 is the lightest grey at 4.5:1 on white; xterm's green is not.
        assert!((ratio((0x76, 0x76, 0x76), (255, 255, 255)) - 4.54).abs() < 0.01);
        assert!(ratio(rgb(Color::Green).unwrap(), (255, 255, 255)) < 2.5);
    }

    #[test]
    fn every_light_style_reads_at_aa_contrast() {
        let low = low_contrast(&Theme::light(), 4.5);
        assert!(low.is_empty(), "{low:#?}");
    }

    #[test]
    fn every_high_contrast_style_reads_at_aaa_contrast() {
        let low = low_contrast(&Theme::contrast(), 7.0);
        assert!(low.is_empty(), "{low:#?}");
    }

    #[test]
    fn light_and_contrast_use_exact_colours_only() {
        for (theme, t) in [("light", Theme::light()), ("contrast", Theme::contrast())] {
            for (name, s) in t.pairs() {
                for c in [s.fg, s.bg] {
                    assert!(
                        matches!(c, Some(Color::Rgb(..) | Color::Indexed(16..=255))),
                        "{theme} {name}: {c:?} is not an exact colour ({s:?})"
                    );
                }
                assert!(
                    !s.add_modifier.contains(Modifier::DIM),
                    "{theme} {name} is dimmed: the terminal decides by how much"
                );
            }
        }
    }

    #[test]
    fn selections_and_quadrants_stand_out() {
        for t in [Theme::light(), Theme::contrast()] {
            let page = drawn("base", t.base).1;
            assert_ne!(drawn("selected", t.selected).1, page);
            assert_ne!(drawn("selected_unfocused", t.selected_unfocused).1, page);
            assert_ne!(t.selected.bg, t.selected_unfocused.bg);
            let hues: std::collections::HashSet<_> = t.swot.iter().map(|s| s.fg).collect();
            assert_eq!(hues.len(), 4, "four quadrants, four colours");
            for (i, q) in t.swot.iter().enumerate() {
                // Focused, the title is painted in the quadrant's colour.
                let title = drawn("focused", t.focused(*q));
                assert_eq!(title.1, drawn("swot", *q).0, "swot[{i}]");
                assert_ne!(title, drawn("swot", *q), "swot[{i}]");
            }
            // A mark on the row under the cursor keeps its colour on the row's
            // background.
            let on = Theme::on_row(t.figure, t.selected_unfocused);
            assert_eq!((on.fg, on.bg), (t.figure.fg, t.selected_unfocused.bg));
        }
    }

    #[test]
    fn the_cube_and_greys_have_xterm_values() {
        assert_eq!(indexed(16), (0, 0, 0));
        assert_eq!(indexed(17), (0, 0, 95));
        assert_eq!(indexed(22), (0, 95, 0));
        assert_eq!(indexed(52), (95, 0, 0));
        assert_eq!(indexed(153), (175, 215, 255));
        assert_eq!(indexed(196), (255, 0, 0));
        assert_eq!(indexed(231), (255, 255, 255));
        assert_eq!(indexed(232), (8, 8, 8));
        assert_eq!(indexed(240), (88, 88, 88));
        assert_eq!(indexed(255), (238, 238, 238));
        assert_eq!(rgb(Color::Indexed(1)), rgb(Color::Red));
        assert_eq!(rgb(Color::Reset), None);
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
        // Light and contrast paint their own background: white and black.
        assert_eq!(Theme::light().base.bg.and_then(rgb), Some((255, 255, 255)));
        assert_eq!(Theme::contrast().base.bg.and_then(rgb), Some((0, 0, 0)));
        // The dark theme keeps the terminal's background.
        assert_eq!(Theme::dark().base.bg, None);
    }
}
