//! A chart of the figures screen as an inline SVG of horizontal bars: one `<rect>`
//! per bar, labels and values as SVG text, group headings (a year, a programme)
//! over their bars. No script, no font, nothing loaded: the stylesheet colours it.

use unicode_width::UnicodeWidthStr;

use crate::content::figures::{ChartData, ChartRow};
use crate::markup::escape;

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

/// Lines of a label wrapped at spaces to `width` characters, at most `MAX_LINES` of
/// them, the last cut with "…" when the label is longer still (the table beside the
/// chart has it whole). Each line but the last keeps its space, so that the text of
/// the label reads as one line.
fn wrap(label: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in label.split(' ') {
        let w = |s: &str| UnicodeWidthStr::width(s);
        if !line.is_empty() && w(&line) + 1 + w(word) > width {
            lines.push(std::mem::take(&mut line) + " ");
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    if lines.len() > MAX_LINES {
        lines.truncate(MAX_LINES);
        if let Some(last) = lines.last_mut() {
            *last = format!("{}…", last.trim_end());
        }
    }
    lines
}

const MAX_LINES: usize = 3;
/// The height a label's further lines add to its bar's row.
const LINE: f64 = 13.0;

fn svg(data: &ChartData, out: &mut String) {
    // Labels take what they need up to two fifths of the width, the values up to a
    // third; the bars the rest. A longer label wraps onto more lines.
    let label_w = units(data.widest_label()).clamp(60.0, WIDTH * 0.4);
    let value_w = units(data.widest_text()).clamp(40.0, WIDTH / 3.0);
    let bars_x = label_w + GAP;
    let bars_w = (WIDTH - bars_x - GAP - value_w).max(60.0);
    let max = data.max();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // small, positive
    let columns = (label_w / CHAR).floor() as usize;
    let labels: Vec<Vec<String>> = data.bars().map(|b| wrap(&b.label, columns)).collect();
    let extra = |lines: &[String]| {
        #[allow(clippy::cast_precision_loss)] // at most MAX_LINES
        let more = lines.len().saturating_sub(1) as f64;
        more * LINE
    };
    let height: f64 = data
        .rows
        .iter()
        .map(|r| match r {
            ChartRow::Group(_) => GROUP,
            ChartRow::Bar(_) => ROW,
        })
        .sum::<f64>()
        + labels.iter().map(|l| extra(l)).sum::<f64>()
        + 4.0;
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" \
         width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">\n",
        escape(&data.measure)
    ));
    let mut y = 0.0;
    let mut labels = labels.iter();
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
                let lines = labels.next().map_or(&[][..], Vec::as_slice);
                // The bar sits level with the label's first line.
                let top = y + (ROW - BAR) / 2.0;
                let base = y + ROW / 2.0 + 4.0;
                let w = if max > 0.0 && b.value > 0.0 {
                    b.value / max * bars_w
                } else {
                    0.0
                };
                out.push_str(&format!(
                    "<text class=\"label\" x=\"{label_w:.1}\" y=\"{base:.1}\" text-anchor=\"end\">"
                ));
                for (i, line) in lines.iter().enumerate() {
                    let dy = if i == 0 { 0.0 } else { LINE };
                    out.push_str(&format!(
                        "<tspan x=\"{label_w:.1}\" dy=\"{dy}\">{}</tspan>",
                        escape(line)
                    ));
                }
                out.push_str("</text>\n");
                out.push_str(&format!(
                    "<rect x=\"{bars_x:.1}\" y=\"{top:.1}\" width=\"{w:.1}\" height=\"{BAR}\"><title>{}: {}</title></rect>\n",
                    escape(&b.label),
                    escape(&b.text)
                ));
                // The value follows its bar, or ends inside it when the page has no
                // room after it (the longest bars only).
                let after = bars_x + w + GAP / 2.0;
                let text_w = units(Some(UnicodeWidthStr::width(b.text.as_str())));
                if after + text_w > WIDTH && text_w + GAP < w {
                    out.push_str(&format!(
                        "<text class=\"value inside\" x=\"{:.1}\" y=\"{base:.1}\" text-anchor=\"end\">{}</text>\n",
                        bars_x + w - GAP / 2.0,
                        escape(&b.text)
                    ));
                } else {
                    out.push_str(&format!(
                        "<text class=\"value\" x=\"{after:.1}\" y=\"{base:.1}\">{}</text>\n",
                        escape(&b.text)
                    ));
                }
                y += ROW + extra(lines);
            }
        }
    }
    out.push_str("</svg>\n");
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn labels_wrap_at_spaces_and_the_last_line_is_cut() {
        assert_eq!(wrap("Menarini", 20), ["Menarini"]);
        assert_eq!(
            wrap("1 · Lilly — Sesto Fiorentino", 12),
            ["1 · Lilly — ", "Sesto ", "Fiorentino"]
        );
        assert_eq!(wrap("a b c d e f g h", 3), ["a b ", "c d ", "e f…"]);
        assert_eq!(wrap("", 5), [""]);
    }
}
