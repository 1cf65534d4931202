//! The handout as GitHub-flavoured Markdown.

use super::blocks::{Block, Inline, ListItem, Rich, SwotQuadrant, Table, href};
use crate::content::figures::{ChartData, ChartRow};

pub fn write(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        block(b, None, &mut out);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Writes one block; `id` is an anchor to set on it (a section's first heading).
fn block(b: &Block, id: Option<&str>, out: &mut String) {
    match b {
        Block::Kicker(t) => {
            out.push_str(&format!("**{}**\n\n", escape(t)));
        }
        Block::Chart(data) => chart(data, true, out),
        Block::Heading(level, t) => {
            out.push_str(&"#".repeat(usize::from(*level)));
            out.push(' ');
            if let Some(id) = id {
                out.push_str(&anchor_tag(id));
            }
            out.push_str(&escape(t));
            out.push_str("\n\n");
        }
        Block::Para(r) => {
            out.push_str(&line_start(&rich(r)));
            out.push_str("\n\n");
        }
        Block::Note(r) => {
            out.push_str(&emphasis(r));
            out.push_str("\n\n");
        }
        Block::Facts(pairs) => {
            for (label, value) in pairs {
                out.push_str(&format!(
                    "- **{}:** {}\n",
                    escape(label),
                    rich(value).trim()
                ));
            }
            out.push('\n');
        }
        Block::List(items) => {
            list(items, 0, out);
            out.push('\n');
        }
        Block::Table(t) => table(t, out),
        Block::Swot(quadrants) => swot(quadrants, out),
        Block::Section { id, blocks, .. } => {
            // A chart whose table follows it lists no values of its own: the table
            // has them.
            let tabled = blocks.iter().any(|b| matches!(b, Block::Table(_)));
            let block = |b: &Block, id: Option<&str>, out: &mut String| match b {
                Block::Chart(data) => chart(data, !tabled, out),
                _ => block(b, id, out),
            };
            let mut blocks = blocks.iter();
            match blocks.next() {
                Some(first @ Block::Heading(..)) => block(first, Some(id), out),
                Some(first) => {
                    out.push_str(&anchor_tag(id));
                    out.push_str("\n\n");
                    block(first, None, out);
                }
                None => {}
            }
            for b in blocks {
                block(b, None, out);
            }
        }
    }
}

/// An empty HTML anchor, the one way to give Markdown an id of our choosing.
fn anchor_tag(id: &str) -> String {
    format!("<a id=\"{}\"></a>", crate::markup::escape(id))
}

fn list(items: &[ListItem], depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    for it in items {
        out.push_str(&format!("{indent}- {}", line_start(&rich(&it.text))));
        // A hard line break keeps the note inside the item's paragraph.
        for n in it.notes.iter().filter(|n| !rich(n).trim().is_empty()) {
            out.push_str(&format!("\\\n{indent}  {}", emphasis(n)));
        }
        out.push('\n');
        list(&it.children, depth + 1, out);
    }
}

fn table(t: &Table, out: &mut String) {
    // Markdown has no cell across a row: the details are a last column.
    let mut head = t.head.clone();
    let details = !t.details.is_empty();
    if details {
        head.push(t.details_head.clone());
    }
    let cols = head.len();
    let cells: Vec<String> = head.iter().map(|h| escape(h)).collect();
    out.push_str(&format!("| {} |\n", cells.join(" | ")));
    let rule: Vec<&str> = (0..cols)
        .map(|i| {
            if t.numeric.contains(&i) {
                "---:"
            } else {
                "---"
            }
        })
        .collect();
    out.push_str(&format!("| {} |\n", rule.join(" | ")));
    for (ri, row) in t.rows.iter().enumerate() {
        // Every row gets exactly the header's number of cells, or the table breaks.
        let mut cells: Vec<String> = (0..t.head.len())
            .map(|i| {
                row.get(i)
                    .map(|c| rich(c).trim().to_owned())
                    .unwrap_or_default()
            })
            .collect();
        if details {
            cells.push(
                t.details
                    .get(ri)
                    .map(|d| rich(d).trim().to_owned())
                    .unwrap_or_default(),
            );
        }
        if let (Some(id), Some(first)) = (t.row_ids.get(ri), cells.first_mut()) {
            first.insert_str(0, &anchor_tag(id));
        }
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push('\n');
}

fn swot(quadrants: &[SwotQuadrant], out: &mut String) {
    for q in quadrants {
        out.push_str(&format!(
            "### {} {} ({})\n\n",
            q.marker,
            escape(&q.label),
            q.items.len()
        ));
        for item in &q.items {
            out.push_str(&format!("- {}\n", line_start(&escape(item))));
        }
        out.push('\n');
    }
}

/// A chart as Markdown can hold it: what it measures, then (with `bars`) its bars as a
/// list under their group headings (the values, without the drawing), then its notes.
fn chart(data: &ChartData, bars: bool, out: &mut String) {
    out.push_str(&format!("*{}*\n\n", escape(&data.measure)));
    let mut open = false;
    for row in data.rows.iter().filter(|_| bars) {
        match row {
            ChartRow::Group(g) => {
                if open {
                    out.push('\n');
                }
                out.push_str(&format!("**{}**\n\n", escape(g)));
                open = false;
            }
            ChartRow::Bar(b) => {
                out.push_str(&format!(
                    "- {}: {}\n",
                    line_start(&escape(&b.label)),
                    escape(&b.text)
                ));
                open = true;
            }
        }
    }
    if open {
        out.push('\n');
    }
    for n in &data.notes {
        out.push_str(&format!("*{}*\n\n", escape(n)));
    }
}

fn emphasis(r: &Rich) -> String {
    format!("*{}*", rich(r).trim())
}

fn rich(runs: &Rich) -> String {
    let mut out = String::new();
    for run in runs {
        match run {
            Inline::Text(shown) => out.push_str(&escape(shown)),
            Inline::Anchor(shown, id) => out.push_str(&format!("[{}](#{id})", escape(shown))),
            Inline::Url(shown, url) => match href(url) {
                Some(target) => out.push_str(&format!("[{}](<{target}>)", escape(shown))),
                None => out.push_str(&escape(shown)),
            },
        }
    }
    out
}

/// Escapes what Markdown would read as markup anywhere in a line: emphasis, code,
/// links, raw HTML, table pipes, headings, strikethrough, maths and entities. Line
/// breaks become spaces, since one would end a table row or start a new block.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (i, c) in s.char_indices() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '&' if is_entity(&s[i + 1..]) => out.push_str("\\&"),
            _ => out.push(c),
        }
    }
    out
}

/// Whether text after `&` would make an entity or character reference ("amp;", "#38;").
fn is_entity(rest: &str) -> bool {
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .collect();
    !name.is_empty() && rest[name.len()..].starts_with(';')
}

/// Escapes what Markdown reads as a block marker at the start of a line: a list item
/// ("- ", "+ ", "1. ", "1) "), a rule ("---"), a setext underline ("="), and leading
/// indentation.
fn line_start(s: &str) -> String {
    let s = s.trim_start();
    // A marker only counts when a space, the end, or another dash ("---") follows.
    let marks = |rest: &str| rest.is_empty() || rest.starts_with([' ', '-']);
    if s.starts_with('=') || (s.starts_with(['-', '+']) && marks(&s[1..])) {
        return format!("\\{s}");
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && s[digits..].starts_with(['.', ')']) && marks(&s[digits + 1..]) {
        return format!("{}\\{}", &s[..digits], &s[digits..]);
    }
    s.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_data_is_escaped() {
        assert_eq!(
            escape("a|b *c* _d_ <script> `e` [f](g) #h ~i~ $j$"),
            "a\\|b \\*c\\* \\_d\\_ \\<script\\> \\`e\\` \\[f\\](g) \\#h \\~i\\~ \\$j\\$"
        );
        assert_eq!(escape("R&S &amp; &#38; &"), "R&S \\&amp; \\&\\#38; &");
        assert_eq!(escape("a\nb"), "a b");
    }

    #[test]
    fn block_markers_at_the_start_are_escaped() {
        assert_eq!(line_start("- a"), "\\- a");
        assert_eq!(line_start("+ a"), "\\+ a");
        assert_eq!(line_start("2021. anno"), "2021\\. anno");
        assert_eq!(line_start("3) c"), "3\\) c");
        assert_eq!(line_start("    code"), "code");
        assert_eq!(line_start("1.100 imprese"), "1.100 imprese");
        assert_eq!(line_start("-3% nel 2020"), "-3% nel 2020");
        assert_eq!(line_start("---"), "\\---");
        assert_eq!(line_start("a - b"), "a - b");
    }
}
