//! A chart of the figures screen as an inline SVG of horizontal bars: one `<rect>`
//! per bar, labels and values as SVG text, group headings (a year, a programme)
//! over their bars. No script, no font, nothing loaded: the stylesheet colours it.

use super::html::escape;
use crate::content::figures::{ChartData, ChartRow};

/// The drawing's width in its own units; the stylesheet scales it to the page.
const WIDTH: f64 = 720.0;
/// The height of a bar's line and of a group heading's line.
const ROW: f64 = 22.0;
const GROUP: f64 = 26.0;
const BAR: f64 = 14.0;
/// About how wide a character of the 12-unit sans-serif text is, for the columns.
const CHAR: f64 = 6.6;
const GAP: f64 = 8.0;

/// Writes the chart: what it measures, the bars, and the notes on what it leaves out.
pub fn chart(data: &ChartData, out: &mut String) {
    out.push_str("<figure class=\"bars\">\n");
    out.push_str(&format!(
        "<figcaption>{}</figcaption>\n",
        escape(&data.measure)
    ));
    svg(data, out);
    for n in &data.notes {
        out.push_str(&format!("<p class=\"note\">{}</p>\n", escape(n)));
    }
    out.push_str("</figure>\n");
}

/// Columns measured in characters, as the terminal measures them, to drawing units.
fn units(columns: Option<usize>) -> f64 {
    #[allow(clippy::cast_precision_loss)] // a label is never 2^52 characters wide
    let c = columns.unwrap_or(0) as f64;
    c * CHAR
}

fn svg(data: &ChartData, out: &mut String) {
    // Labels take what they need up to two fifths of the width, the values up to a
    // third; the bars the rest. A label longer than its column is squeezed into it
    // (`textLength`), never drawn over the bars.
    let label_w = units(data.widest_label()).clamp(60.0, WIDTH * 0.4);
    let value_w = units(data.widest_text()).clamp(40.0, WIDTH / 3.0);
    let bars_x = label_w + GAP;
    let bars_w = (WIDTH - bars_x - GAP - value_w).max(60.0);
    let max = data.max();
    let height: f64 = data
        .rows
        .iter()
        .map(|r| match r {
            ChartRow::Group(_) => GROUP,
            ChartRow::Bar(_) => ROW,
        })
        .sum::<f64>()
        + 4.0;
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" \
         width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">\n",
        escape(&data.measure)
    ));
    let mut y = 0.0;
    for row in &data.rows {
        match row {
            ChartRow::Group(g) => {
                y += GROUP;
                out.push_str(&format!(
                    "<text class=\"group\" x=\"0\" y=\"{:.1}\">{}</text>\n",
                    y - 8.0,
                    escape(g)
                ));
            }
            ChartRow::Bar(b) => {
                let top = y + (ROW - BAR) / 2.0;
                let base = y + ROW / 2.0 + 4.0;
                let w = if max > 0.0 && b.value > 0.0 {
                    b.value / max * bars_w
                } else {
                    0.0
                };
                let squeeze = if units(Some(unicode_width::UnicodeWidthStr::width(
                    b.label.as_str(),
                ))) > label_w
                {
                    format!(" textLength=\"{label_w:.1}\" lengthAdjust=\"spacingAndGlyphs\"")
                } else {
                    String::new()
                };
                out.push_str(&format!(
                    "<text class=\"label\" x=\"{label_w:.1}\" y=\"{base:.1}\" text-anchor=\"end\"{squeeze}>{}</text>\n",
                    escape(&b.label)
                ));
                out.push_str(&format!(
                    "<rect x=\"{bars_x:.1}\" y=\"{top:.1}\" width=\"{w:.1}\" height=\"{BAR}\"><title>{}: {}</title></rect>\n",
                    escape(&b.label),
                    escape(&b.text)
                ));
                out.push_str(&format!(
                    "<text class=\"value\" x=\"{:.1}\" y=\"{base:.1}\">{}</text>\n",
                    bars_x + w + GAP / 2.0,
                    escape(&b.text)
                ));
                y += ROW;
            }
        }
    }
    out.push_str("</svg>\n");
}
