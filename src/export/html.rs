//! The handout as one self-contained HTML5 file: an inline stylesheet, charts as
//! inline SVG, no scripts, nothing loaded from anywhere.

use super::blocks::{Block, Inline, ListItem, Rich, SwotQuadrant, Table, href};
use crate::markup::escape;

/// The stylesheet, inlined so the file needs nothing else (see `handout.css`).
const STYLE: &str = include_str!("handout.css");

/// The page; `language` is the language of its headings and labels (the UI's).
pub fn write(blocks: &[Block], title: &str, language: &str) -> String {
    let mut out = String::with_capacity(512 * 1024);
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!(
        "<html lang=\"{}\">\n",
        escape(&lang_tag(language))
    ));
    out.push_str("<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!("<title>{}</title>\n", escape(title)));
    out.push_str("<style>\n");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    for b in blocks {
        block(b, &mut out);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The language when it looks like a language tag ("it", "en-GB"), else "und"
/// (undetermined), so that the attribute is always well formed.
fn lang_tag(language: &str) -> String {
    let ok = !language.is_empty()
        && language
            .split('-')
            .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if ok {
        language.to_owned()
    } else {
        "und".to_owned()
    }
}

fn block(b: &Block, out: &mut String) {
    match b {
        Block::Kicker(t) => out.push_str(&format!("<p class=\"kicker\">{}</p>\n", escape(t))),
        Block::Chart(data) => super::svg::chart(data, out),
        Block::Heading(level, t) => {
            out.push_str(&format!("<h{level}>{}</h{level}>\n", escape(t)));
        }
        Block::Para(r) => out.push_str(&format!("<p>{}</p>\n", rich(r))),
        Block::Note(r) => out.push_str(&format!("<p class=\"note\">{}</p>\n", rich(r))),
        Block::Facts(pairs) => {
            out.push_str("<dl class=\"facts\">\n");
            for (label, value) in pairs {
                out.push_str(&format!(
                    "<dt>{}</dt><dd>{}</dd>\n",
                    escape(label),
                    rich(value)
                ));
            }
            out.push_str("</dl>\n");
        }
        Block::List(items) => list(items, out),
        Block::Table(t) => table(t, out),
        Block::Swot(quadrants) => swot(quadrants, out),
        Block::Section { id, class, blocks } => {
            out.push_str(&format!(
                "<section id=\"{}\" class=\"{}\">\n",
                escape(id),
                escape(class)
            ));
            for b in blocks {
                block(b, out);
            }
            out.push_str("</section>\n");
        }
    }
}

fn list(items: &[ListItem], out: &mut String) {
    out.push_str("<ul>\n");
    for it in items {
        match &it.id {
            Some(id) => out.push_str(&format!("<li id=\"{}\">", escape(id))),
            None => out.push_str("<li>"),
        }
        out.push_str(&rich(&it.text));
        for n in &it.notes {
            out.push_str(&format!("<div class=\"note\">{}</div>", rich(n)));
        }
        if !it.children.is_empty() {
            out.push('\n');
            list(&it.children, out);
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

fn table(t: &Table, out: &mut String) {
    let class = |i: usize| {
        if t.numeric.contains(&i) {
            " class=\"num\""
        } else {
            ""
        }
    };
    // A table of many columns is set smaller, so that it keeps within the page.
    let wide = if t.head.len() >= 6 { " wide" } else { "" };
    let sized = if t.cols.is_empty() { "" } else { " sized" };
    out.push_str(&format!("<div class=\"table{wide}{sized}\"><table>\n"));
    if !t.cols.is_empty() {
        out.push_str("<colgroup>");
        for c in &t.cols {
            out.push_str(&format!("<col class=\"{}\">", escape(c)));
        }
        out.push_str("</colgroup>\n");
    }
    out.push_str("<thead><tr>");
    for (i, h) in t.head.iter().enumerate() {
        out.push_str(&format!("<th scope=\"col\"{}>{}</th>", class(i), escape(h)));
    }
    out.push_str("</tr></thead>\n");
    // Rows with a line of detail are each a body of their own, so that the two lines
    // stay together on paper and are striped as one.
    let grouped = !t.details.is_empty();
    if !grouped {
        out.push_str("<tbody>\n");
    }
    for (ri, row) in t.rows.iter().enumerate() {
        if grouped {
            out.push_str("<tbody>\n");
        }
        match t.row_ids.get(ri) {
            Some(id) => out.push_str(&format!("<tr id=\"{}\">", escape(id))),
            None => out.push_str("<tr>"),
        }
        for (i, cell) in row.iter().enumerate() {
            // A sized table turns into cards on a phone, each value under its label.
            let label = match t.head.get(i) {
                Some(h) if !t.cols.is_empty() => format!(" data-label=\"{}\"", escape(h)),
                _ => String::new(),
            };
            out.push_str(&format!("<td{}{label}>{}</td>", class(i), rich(cell)));
        }
        out.push_str("</tr>\n");
        if grouped {
            if let Some(d) = t.details.get(ri).filter(|d| !d.is_empty()) {
                out.push_str(&format!(
                    "<tr class=\"detail\"><td colspan=\"{}\">{}</td></tr>\n",
                    t.head.len().max(1),
                    rich(d)
                ));
            }
            out.push_str("</tbody>\n");
        }
    }
    if !grouped {
        out.push_str("</tbody>\n");
    }
    out.push_str("</table></div>\n");
}

/// The four quadrants in a 2×2 grid, strengths | weaknesses over opportunities |
/// threats; each has its marker as well as its colour.
fn swot(quadrants: &[SwotQuadrant], out: &mut String) {
    out.push_str("<div class=\"swot-grid\">\n");
    for q in quadrants {
        let name = q.quadrant.name();
        let mark = format!(
            "<span class=\"mark\" aria-hidden=\"true\">{}</span>",
            escape(&q.marker.to_string())
        );
        out.push_str(&format!(
            "<section class=\"quadrant {name}\" id=\"swot-{name}\">\n<h3>{mark} {} <span class=\"count\">({})</span></h3>\n<ul>\n",
            escape(&q.label),
            q.items.len()
        ));
        for item in &q.items {
            out.push_str(&format!("<li>{mark} {}</li>\n", escape(item)));
        }
        out.push_str("</ul>\n</section>\n");
    }
    out.push_str("</div>\n");
}

fn rich(runs: &Rich) -> String {
    let mut out = String::new();
    for run in runs {
        match run {
            Inline::Text(shown) => out.push_str(&escape(shown)),
            Inline::Anchor(shown, id) => {
                out.push_str(&format!(
                    "<a href=\"#{}\">{}</a>",
                    escape(id),
                    escape(shown)
                ));
            }
            Inline::Url(shown, url) => match href(url) {
                Some(target) => out.push_str(&format!(
                    "<a href=\"{}\">{}</a>",
                    escape(&target),
                    escape(shown)
                )),
                None => out.push_str(&escape(shown)),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_characters_are_escaped() {
        assert_eq!(
            escape(r#"<script>alert("x") & 'y'</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn the_language_attribute_is_always_a_tag() {
        assert_eq!(lang_tag("it"), "it");
        assert_eq!(lang_tag("en-GB"), "en-GB");
        assert_eq!(lang_tag("it\" onload=\"x"), "und");
        assert_eq!(lang_tag(""), "und");
    }

    #[test]
    fn only_web_links_get_an_href() {
        let r = vec![
            Inline::Url("a".into(), "javascript:alert(1)".into()),
            Inline::Url("b".into(), "https://example.org/?q=1&r=\"2\"".into()),
        ];
        assert_eq!(
            rich(&r),
            "a<a href=\"https://example.org/?q=1&amp;r=%222%22\">b</a>"
        );
    }
}
