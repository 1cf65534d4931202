//! What the overview shows beside its table, as plain text measured for a width:
//! the sector's figures and the selected roadmap's whole title. The view draws
//! these lines and the layout counts them, so both agree on the rows they take.

use unicode_width::UnicodeWidthStr;

use crate::model::format::{amount, metric_name};
use crate::model::{Document, Lang, Roadmap};
use crate::wrap::wrap;

/// The preview's first lines: the roadmap's number and whole title.
pub fn title_line(r: &Roadmap) -> String {
    format!("Roadmap {} · {}", r.number, r.title)
}

/// Rows the longest whole title takes below the table at `width` columns.
pub fn preview_title_height(doc: &Document, width: usize) -> usize {
    let w = width.saturating_sub(2).max(1);
    doc.roadmaps
        .iter()
        .map(|r| wrap(&title_line(r), w).len())
        .max()
        .unwrap_or(0)
}

/// The sector's figures as the overview's box shows them at `width` columns: the
/// amount on a figure's first line, its whole label wrapped beside it.
pub fn sector_lines(doc: &Document, lang: Lang, cols: usize) -> Vec<(String, String)> {
    let figs = doc.region_territory().map_or(&[][..], |t| &t.figures[..]);
    let amounts: Vec<String> = figs.iter().map(|f| amount(f, lang)).collect();
    let value_w = amounts
        .iter()
        .map(|a| UnicodeWidthStr::width(a.as_str()))
        .max()
        .unwrap_or(0);
    // Border, margin, the amounts and two spaces.
    let label_w = cols.saturating_sub(value_w + 5).max(10);
    let mut out = Vec::new();
    for (f, a) in figs.iter().zip(amounts) {
        let mut label = f
            .label
            .as_deref()
            .map_or_else(|| metric_name(f.metric, lang).to_owned(), str::to_owned);
        if let Some(y) = f.year.filter(|y| !label.contains(&y.to_string())) {
            label.push_str(&format!(" ({y})"));
        }
        for (i, l) in wrap(&label, label_w).into_iter().enumerate() {
            out.push((if i == 0 { a.clone() } else { String::new() }, l));
        }
    }
    out
}
