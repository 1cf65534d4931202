//! A rendered screen as a picture: ANSI text that keeps the theme's colours for a
//! terminal, or a self-contained SVG image (a monospace grid with colours, bold,
//! italic and underline) to paste into a report.
//!
//! Colours the theme leaves to the terminal (`Reset`) and the 16 palette colours
//! have no RGB of their own; a picture needs one, so it takes xterm's defaults and a
//! dark background, the way most terminals start. `theme::rgb` converts: the same
//! function the theme's contrast tests measure with.

use crate::markup::escape;
use std::fmt::Write as _;

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

use crate::ui::theme::rgb;

/// What a picture shows where the theme leaves the colour to the terminal.
const DEFAULT_FG: (u8, u8, u8) = (0xd0, 0xd0, 0xd0);
const DEFAULT_BG: (u8, u8, u8) = (0x14, 0x18, 0x1e);

/// Width and height of a cell in the SVG, in pixels, for a 14 px monospace font.
const CELL_W: f32 = 8.4;
const CELL_H: f32 = 17.0;
const FONT_PX: f32 = 14.0;

/// The cells of one row that share a style, with their text.
struct Run {
    x: u16,
    /// Columns covered.
    width: u16,
    text: String,
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

/// Each row of `buf` as runs of one style. A wide character covers the cells after
/// it, which are skipped.
fn rows(buf: &Buffer) -> Vec<Vec<Run>> {
    let area = buf.area;
    let mut out = Vec::with_capacity(usize::from(area.height));
    for y in area.top()..area.bottom() {
        let mut runs: Vec<Run> = Vec::new();
        let mut x = area.left();
        while x < area.right() {
            let Some(cell) = buf.cell((x, y)) else {
                break;
            };
            let symbol = visible(cell);
            let w = UnicodeWidthStr::width(symbol.as_str()).max(1) as u16;
            let same = runs
                .last()
                .is_some_and(|r| r.fg == cell.fg && r.bg == cell.bg && r.modifier == cell.modifier);
            if same && let Some(r) = runs.last_mut() {
                r.text.push_str(&symbol);
                r.width += w;
            } else {
                runs.push(Run {
                    x: x - area.left(),
                    width: w,
                    text: symbol,
                    fg: cell.fg,
                    bg: cell.bg,
                    modifier: cell.modifier,
                });
            }
            x += w;
        }
        out.push(runs);
    }
    out
}

/// A cell's symbol with anything that is not printable text made a blank: the
/// buffer holds sanitised data already, this keeps a picture safe whatever it holds.
fn visible(cell: &Cell) -> String {
    let s: String = cell
        .symbol()
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '\u{feff}' | '\u{fffe}' | '\u{ffff}'))
        .collect();
    if s.is_empty() { " ".to_owned() } else { s }
}

/// The run's foreground and background as drawn: reversed when the style says so.
fn colours(r: &Run) -> ((u8, u8, u8), (u8, u8, u8)) {
    let fg = rgb(r.fg).unwrap_or(DEFAULT_FG);
    let bg = rgb(r.bg).unwrap_or(DEFAULT_BG);
    if r.modifier.contains(Modifier::REVERSED) {
        (bg, fg)
    } else {
        (fg, bg)
    }
}

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The screen as a self-contained SVG image: one rectangle per run of background,
/// one text element per run of text, each stretched to its columns so the grid
/// holds whatever font the viewer picks.
pub fn svg(buf: &Buffer) -> String {
    let (w, h) = (buf.area.width, buf.area.height);
    let (pw, ph) = (f32::from(w) * CELL_W, f32::from(h) * CELL_H);
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{pw:.1}" height="{ph:.1}" viewBox="0 0 {pw:.1} {ph:.1}" font-family="'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace" font-size="{FONT_PX}" shape-rendering="crispEdges">"#
    );
    let _ = writeln!(
        s,
        r#"<rect width="100%" height="100%" fill="{}"/>"#,
        hex(DEFAULT_BG)
    );
    let rows = rows(buf);
    for (y, runs) in rows.iter().enumerate() {
        let top = y as f32 * CELL_H;
        // One rectangle per stretch of one background, whatever the text on it.
        let mut spans: Vec<(u16, u16, (u8, u8, u8))> = Vec::new();
        for r in runs {
            let (_, bg) = colours(r);
            match spans.last_mut() {
                Some(last) if last.2 == bg && last.0 + last.1 == r.x => last.1 += r.width,
                _ => spans.push((r.x, r.width, bg)),
            }
        }
        for (x, width, bg) in spans.into_iter().filter(|s| s.2 != DEFAULT_BG) {
            let _ = writeln!(
                s,
                r#"<rect x="{:.1}" y="{top:.1}" width="{:.1}" height="{CELL_H:.1}" fill="{}"/>"#,
                f32::from(x) * CELL_W,
                f32::from(width) * CELL_W,
                hex(bg)
            );
        }
    }
    for (y, runs) in rows.iter().enumerate() {
        // The baseline sits about a fifth of a cell above its bottom.
        let base = (y as f32 + 0.78) * CELL_H;
        for r in runs {
            let text = r.text.trim_end();
            if text.trim().is_empty() {
                continue;
            }
            let (fg, _) = colours(r);
            let cols = UnicodeWidthStr::width(text) as f32;
            let mut attrs = format!(
                r#"x="{:.1}" y="{base:.1}" fill="{}" textLength="{:.1}" lengthAdjust="spacingAndGlyphs""#,
                f32::from(r.x) * CELL_W,
                hex(fg),
                cols * CELL_W
            );
            if r.modifier.contains(Modifier::BOLD) {
                attrs.push_str(r#" font-weight="bold""#);
            }
            if r.modifier.contains(Modifier::ITALIC) {
                attrs.push_str(r#" font-style="italic""#);
            }
            if r.modifier.contains(Modifier::DIM) {
                attrs.push_str(r#" fill-opacity="0.6""#);
            }
            let mut deco = Vec::new();
            if r.modifier.contains(Modifier::UNDERLINED) {
                deco.push("underline");
            }
            if r.modifier.contains(Modifier::CROSSED_OUT) {
                deco.push("line-through");
            }
            if !deco.is_empty() {
                let _ = write!(attrs, r#" text-decoration="{}""#, deco.join(" "));
            }
            let _ = writeln!(
                s,
                r#"<text xml:space="preserve" {attrs}>{}</text>"#,
                escape(text)
            );
        }
    }
    s.push_str("</svg>\n");
    s
}

/// The screen as text with SGR colour sequences (24-bit colour), each line reset
/// at its end, for a terminal or `less -R`.
pub fn ansi(buf: &Buffer) -> String {
    let mut s = String::new();
    for runs in rows(buf) {
        let mut line = String::new();
        let last = runs
            .iter()
            .rposition(|r| !r.text.trim().is_empty() || rgb(r.bg).is_some());
        for r in runs.iter().take(last.map_or(0, |l| l + 1)) {
            line.push_str(&sgr(r));
            line.push_str(&r.text);
        }
        if last.is_some() {
            line.push_str("\x1b[0m");
        }
        s.push_str(&line);
        s.push('\n');
    }
    s
}

/// The SGR sequence that sets a run's style from a reset.
fn sgr(r: &Run) -> String {
    let mut codes: Vec<String> = vec!["0".into()];
    for (m, code) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::REVERSED, "7"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if r.modifier.contains(m) {
            codes.push(code.into());
        }
    }
    if let Some((red, g, b)) = rgb(r.fg) {
        codes.push(format!("38;2;{red};{g};{b}"));
    }
    if let Some((red, g, b)) = rgb(r.bg) {
        codes.push(format!("48;2;{red};{g};{b}"));
    }
    format!("\x1b[{}m", codes.join(";"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    fn buffer() -> Buffer {
        let mut b = Buffer::empty(Rect::new(0, 0, 12, 2));
        b.set_string(0, 0, "a<b & \"c\"", Style::new().fg(Color::Red));
        b.set_string(0, 1, "世界 ok", Style::new().bg(Color::Rgb(1, 2, 3)).bold());
        b
    }

    #[test]
    fn svg_escapes_text_and_keeps_wide_characters_to_their_columns() {
        let svg = svg(&buffer());
        assert!(svg.contains("a&lt;b &amp; &quot;c&quot;"), "{svg}");
        assert!(svg.contains(r##"fill="#cd0000""##));
        assert!(svg.contains(r#"font-weight="bold""#));
        // 世界 covers four columns, then a blank: "ok" starts at column 5.
        assert!(svg.contains("世界 ok"));
        assert!(svg.contains(r##"fill="#010203""##));
    }

    #[test]
    fn ansi_sets_colours_and_resets_each_line() {
        let text = ansi(&buffer());
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[0].starts_with("\x1b[0;38;2;205;0;0ma<b"),
            "{:?}",
            lines[0]
        );
        assert!(lines[0].ends_with("\x1b[0m"));
        assert!(
            lines[1].contains("\x1b[0;1;48;2;1;2;3m世界 ok"),
            "{:?}",
            lines[1]
        );
    }
}
