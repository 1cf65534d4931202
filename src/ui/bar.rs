//! Bars drawn to an eighth of a cell, as the figures screen and the slides draw them:
//! a bar only as long as its value, and a value above zero always visible.

use ratatui::buffer::Buffer;
use ratatui::style::Style;

/// Eighths of a cell a bar of `value` takes on a track `width` cells long, where
/// `max` fills the track. A value above zero shows at least one eighth, so that a
/// small figure beside a large one still has a bar.
pub fn eighths(value: u64, max: u64, width: u16) -> u64 {
    let full = u128::from(width) * 8;
    let n = u128::from(value) * full / u128::from(max.max(1));
    let n = if value > 0 { n.max(1) } else { n };
    n.min(full) as u64
}

/// The last cell of a bar, by the eighths it fills.
const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/// A bar of `value` on a track `cells` long that `max` fills, as text: what a
/// slide writes into its lines, drawn as the figures screen draws its bars.
pub fn bar_text(value: f64, max: f64, cells: u16) -> String {
    let n = eighths(ticks(value), ticks(max), cells);
    let full = usize::try_from(n / 8).unwrap_or(usize::MAX);
    format!("{}{}", "█".repeat(full), PARTS[(n % 8) as usize])
}

/// One horizontal bar, `eighths` long, from `x` on row `y`, at most `width` cells.
pub fn draw_bar(buf: &mut Buffer, (x, y, width): (u16, u16, u16), eighths: u64, style: Style) {
    let full = u16::try_from(eighths / 8).unwrap_or(u16::MAX).min(width);
    let part = PARTS[(eighths % 8) as usize];
    for i in 0..full {
        if let Some(cell) = buf.cell_mut((x.saturating_add(i), y)) {
            cell.set_symbol("█").set_style(style);
        }
    }
    if part.is_empty() || full >= width {
        return;
    }
    if let Some(cell) = buf.cell_mut((x.saturating_add(full), y)) {
        cell.set_symbol(part).set_style(style);
    }
}

/// Bar values are whole numbers: two decimals of the amount survive the scaling.
pub fn ticks(value: f64) -> u64 {
    (value.max(0.0) * 100.0).round() as u64
}
