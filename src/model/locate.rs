//! Finds where a value sits in RON text from its structural path
//! (`roadmaps[1].stakeholders[3].org`, or `keys["quit"][0]` in a map), so that problems found after parsing can
//! still be reported as `file:line:column`, and shows the line with a caret.

use unicode_width::UnicodeWidthStr;

use super::text::sanitize;

/// One step of a path: a struct field or a list index.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step<'a> {
    Field(&'a str),
    Index(usize),
    /// A string key of a map: `["quit"]`.
    Key(&'a str),
}

fn parse_path(path: &str) -> Vec<Step<'_>> {
    let mut steps = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, rest) = part.split_once('[').unwrap_or((part, ""));
        if !name.is_empty() {
            steps.push(Step::Field(name));
        }
        for idx in rest.split('[') {
            let idx = idx.trim_end_matches(']');
            if let Some(key) = idx.strip_prefix('"').and_then(|k| k.strip_suffix('"')) {
                steps.push(Step::Key(key));
            } else if let Ok(i) = idx.parse() {
                steps.push(Step::Index(i));
            }
        }
    }
    steps
}

struct Scanner<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\n' | b'\r' | b',') => self.pos += 1,
                Some(b'/') if self.s.get(self.pos + 1) == Some(&b'/') => {
                    while !matches!(self.peek(), None | Some(b'\n')) {
                        self.pos += 1;
                    }
                }
                Some(b'/') if self.s.get(self.pos + 1) == Some(&b'*') => {
                    self.pos += 2;
                    while self.pos < self.s.len() && !self.s[self.pos..].starts_with(b"*/") {
                        self.pos += 1;
                    }
                    self.pos = (self.pos + 2).min(self.s.len());
                }
                Some(b'#') if self.s.get(self.pos + 1) == Some(&b'!') => {
                    while !matches!(self.peek(), None | Some(b'\n')) {
                        self.pos += 1;
                    }
                }
                _ => return,
            }
        }
    }

    fn ident(&mut self) -> &[u8] {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            self.pos += 1;
        }
        &self.s[start..self.pos]
    }

    /// Skips one value of any kind.
    fn skip_value(&mut self, depth: usize) {
        if depth > 512 {
            self.pos = self.s.len();
            return;
        }
        self.skip_ws();
        match self.peek() {
            Some(b'"') => self.skip_string(),
            Some(b'r') if matches!(self.s.get(self.pos + 1), Some(b'#' | b'"')) => {
                self.skip_raw_string();
            }
            Some(b'(' | b'[' | b'{') => self.skip_group(depth),
            Some(b'\'') => {
                self.pos += 1;
                while let Some(b) = self.peek() {
                    self.pos += 1;
                    match b {
                        b'\\' => self.pos += 1,
                        b'\'' => break,
                        _ => {}
                    }
                }
            }
            Some(b) if b.is_ascii_alphabetic() || b == b'_' => {
                self.ident();
                self.skip_ws_only();
                if self.peek() == Some(b'(') {
                    self.skip_group(depth);
                }
            }
            Some(_) => {
                while self.peek().is_some_and(|b| {
                    !matches!(b, b',' | b')' | b']' | b'}' | b' ' | b'\n' | b'\r' | b'\t')
                }) {
                    self.pos += 1;
                }
            }
            None => {}
        }
    }

    fn skip_ws_only(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn skip_string(&mut self) {
        self.pos += 1;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'\\' => self.pos += 1,
                b'"' => return,
                _ => {}
            }
        }
    }

    fn skip_raw_string(&mut self) {
        self.pos += 1;
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.pos += 1;
        }
        self.pos += 1;
        let mut close = vec![b'"'];
        close.extend(std::iter::repeat_n(b'#', hashes));
        while self.pos < self.s.len() && !self.s[self.pos..].starts_with(&close) {
            self.pos += 1;
        }
        self.pos = (self.pos + close.len()).min(self.s.len());
    }

    fn skip_group(&mut self, depth: usize) {
        let close = match self.peek() {
            Some(b'(') => b')',
            Some(b'[') => b']',
            _ => b'}',
        };
        self.pos += 1;
        loop {
            self.skip_ws();
            match self.peek() {
                None => return,
                Some(b) if b == close => {
                    self.pos += 1;
                    return;
                }
                Some(b')' | b']' | b'}') => {
                    self.pos += 1;
                    return;
                }
                Some(b':') => self.pos += 1,
                Some(_) => {
                    let before = self.pos;
                    self.skip_value(depth + 1);
                    if self.pos == before {
                        self.pos += 1;
                    }
                }
            }
        }
    }

    /// Positions the scanner on the value of the struct or list the scanner is at,
    /// stepping into `Name(` and `Some(` wrappers.
    fn enter(&mut self) -> Option<u8> {
        self.skip_ws();
        if self.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
            let save = self.pos;
            self.ident();
            self.skip_ws_only();
            if self.peek() != Some(b'(') {
                self.pos = save;
                return None;
            }
        }
        let open = self.peek()?;
        matches!(open, b'(' | b'[').then(|| {
            self.pos += 1;
            open
        })
    }

    /// Moves to the value of field `name` in the struct that starts here.
    fn field(&mut self, name: &str) -> bool {
        if self.enter() != Some(b'(') {
            return false;
        }
        loop {
            self.skip_ws();
            match self.peek() {
                None | Some(b')') => return false,
                Some(b) if b.is_ascii_alphabetic() || b == b'_' => {
                    let found = self.ident() == name.as_bytes();
                    self.skip_ws_only();
                    if self.peek() == Some(b':') {
                        self.pos += 1;
                        if found {
                            self.skip_ws();
                            return true;
                        }
                        self.skip_value(0);
                    } else {
                        return false;
                    }
                }
                Some(_) => return false,
            }
        }
    }

    /// Moves to the value of string key `name` in the map that starts here.
    fn key(&mut self, name: &str) -> bool {
        self.skip_ws();
        if self.peek() != Some(b'{') {
            return false;
        }
        self.pos += 1;
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return false;
            }
            let start = self.pos + 1;
            self.skip_string();
            let found = self.s.get(start..self.pos.saturating_sub(1)) == Some(name.as_bytes());
            self.skip_ws();
            if self.peek() != Some(b':') {
                return false;
            }
            self.pos += 1;
            self.skip_ws();
            if found {
                return true;
            }
            self.skip_value(0);
        }
    }

    /// Moves to element `index` of the list (or tuple struct) that starts here.
    fn index(&mut self, index: usize) -> bool {
        if self.enter().is_none() {
            return false;
        }
        for _ in 0..index {
            self.skip_ws();
            if matches!(self.peek(), None | Some(b')' | b']')) {
                return false;
            }
            self.skip_value(0);
        }
        self.skip_ws();
        !matches!(self.peek(), None | Some(b')' | b']'))
    }
}

/// The 1-based line and column of the value at `path` in `text`, or of the deepest
/// part of the path that exists (a missing optional field points at its struct).
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let mut sc = Scanner {
        s: text.as_bytes(),
        pos: 0,
    };
    sc.skip_ws();
    let mut best = sc.pos;
    for step in parse_path(path) {
        let ok = match step {
            Step::Field(name) => sc.field(name),
            Step::Index(i) => sc.index(i),
            Step::Key(k) => sc.key(k),
        };
        if !ok {
            break;
        }
        sc.skip_ws();
        best = sc.pos;
    }
    Some(line_col(text, best))
}

/// A struct of the document: where it is in the structure and in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// Its structural path, e.g. `roadmaps[1]` (empty for the document itself).
    pub path: String,
    /// Byte offset of its opening `(` (or of its type name, `Roadmap(`).
    pub start: usize,
    /// Its `id:`, when it has one.
    pub id: Option<String>,
    /// Its `number:`, when it has one.
    pub number: Option<String>,
}

/// The innermost struct whose text holds byte `at`.
pub fn element_at(text: &str, at: usize) -> Option<Element> {
    let mut sc = Scanner {
        s: text.as_bytes(),
        pos: 0,
    };
    let mut best = None;
    walk(&mut sc, String::new(), at, 0, &mut best);
    best
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

/// Walks the value at the scanner, descending into the groups that hold `at`.
fn walk(sc: &mut Scanner, path: String, at: usize, depth: usize, best: &mut Option<Element>) {
    if depth > 256 {
        sc.pos = sc.s.len();
        return;
    }
    sc.skip_ws();
    let start = sc.pos;
    let end = {
        let mut e = Scanner {
            s: sc.s,
            pos: start,
        };
        e.skip_value(0);
        e.pos.max(start + 1).min(sc.s.len())
    };
    if !(start..end).contains(&at) {
        sc.pos = end;
        return;
    }
    if sc.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
        let name = sc.ident().to_vec();
        sc.skip_ws_only();
        if sc.peek() != Some(b'(') {
            sc.pos = end;
            return;
        }
        if name == b"Some" {
            sc.pos += 1;
            walk(sc, path, at, depth + 1, best);
            sc.pos = end;
            return;
        }
    }
    match sc.peek() {
        Some(b'(') => {
            sc.pos += 1;
            *best = Some(Element {
                path: path.clone(),
                start,
                id: None,
                number: None,
            });
            let (mut id, mut number) = (None, None);
            let mut i = 0;
            loop {
                sc.skip_ws();
                if matches!(sc.peek(), None | Some(b')' | b']' | b'}')) || sc.pos >= end {
                    break;
                }
                let save = sc.pos;
                let field = sc.ident().to_vec();
                sc.skip_ws_only();
                if !field.is_empty() && sc.peek() == Some(b':') {
                    sc.pos += 1;
                    sc.skip_ws();
                    let value_start = sc.pos;
                    let name = String::from_utf8_lossy(&field).into_owned();
                    walk(sc, join(&path, &name), at, depth + 1, best);
                    let value = String::from_utf8_lossy(&sc.s[value_start..sc.pos]);
                    let value = value.trim();
                    match name.as_str() {
                        "id" => {
                            id = value
                                .strip_prefix('"')
                                .and_then(|v| v.strip_suffix('"'))
                                .map(str::to_owned);
                        }
                        "number" => number = Some(value.to_owned()),
                        _ => {}
                    }
                } else {
                    sc.pos = save;
                    walk(sc, format!("{path}[{i}]"), at, depth + 1, best);
                    i += 1;
                }
                if sc.pos == save {
                    sc.pos += 1;
                }
            }
            if let Some(b) = best.as_mut().filter(|b| b.start == start) {
                b.id = id;
                b.number = number;
            }
        }
        Some(b'[') => {
            sc.pos += 1;
            let mut i = 0;
            loop {
                sc.skip_ws();
                if matches!(sc.peek(), None | Some(b')' | b']' | b'}')) || sc.pos >= end {
                    break;
                }
                let save = sc.pos;
                walk(sc, format!("{path}[{i}]"), at, depth + 1, best);
                i += 1;
                if sc.pos == save {
                    sc.pos += 1;
                }
            }
        }
        _ => {}
    }
    sc.pos = end;
}

/// 1-based line and column (in characters) of byte offset `at`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let at = (0..=at)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// The source line `line` (1-based) with a caret under column `col`, sanitised. A long
/// line is cut to a window around the caret.
pub fn snippet(text: &str, line: usize, col: usize) -> Option<String> {
    const BEFORE: usize = 50;
    const WIDTH: usize = 100;
    let src = text.lines().nth(line.checked_sub(1)?)?;
    let chars: Vec<char> = src.chars().collect();
    let caret = col.saturating_sub(1).min(chars.len());
    let start = caret.saturating_sub(BEFORE);
    let end = (start + WIDTH).min(chars.len());
    let lead = if start > 0 { "…" } else { "" };
    let tail = if end < chars.len() { "…" } else { "" };
    let window: String = chars[start..end].iter().collect();
    let prefix: String = chars[start..caret].iter().collect();
    let pad = UnicodeWidthStr::width(lead) + UnicodeWidthStr::width(sanitize(&prefix).as_str());
    let gutter = line.to_string().len();
    Some(format!(
        "{:>gutter$} | {lead}{}{tail}\n{:>gutter$} | {}^",
        line,
        sanitize(&window).trim_end(),
        "",
        " ".repeat(pad)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r##"// comment
(
    meta: (title: "T", tags: ["a", "b"]),
    roadmaps: [
        (id: "r1", number: 1, areas: [(id: "x", children: [(id: "y")])]),
        Roadmap(id: "r2", number: 2, note: Some("n, with (parens) and \"quotes\"")),
    ],
    swot: (strengths: ["s1", r#"s2"#, "s3"]),
)"##;

    #[test]
    fn finds_fields_and_list_items() {
        assert_eq!(locate(DOC, "meta.title"), Some((3, 19)));
        assert_eq!(locate(DOC, "meta.tags[1]"), Some((3, 36)));
        assert_eq!(locate(DOC, "roadmaps[0].id"), Some((5, 14)));
        assert_eq!(
            locate(DOC, "roadmaps[0].areas[0].children[0].id"),
            Some((5, 65))
        );
        assert_eq!(locate(DOC, "roadmaps[1].number"), Some((6, 35)));
        assert_eq!(locate(DOC, "swot.strengths[2]"), Some((8, 39)));
    }

    #[test]
    fn a_missing_part_points_at_the_deepest_existing_one() {
        assert_eq!(locate(DOC, "roadmaps[1].priority"), Some((6, 9)));
        assert_eq!(locate(DOC, "roadmaps[9].id"), Some((4, 15)));
    }

    #[test]
    fn finds_map_keys_and_their_list_items() {
        let text = "(\n    keys: {\n        \"quit\": [\"q\"],\n        \"up\": [\"k\", \"w\"],\n    },\n)";
        assert_eq!(locate(text, "keys[\"up\"]"), Some((4, 15)));
        assert_eq!(locate(text, "keys[\"up\"][1]"), Some((4, 21)));
        assert_eq!(locate(text, "keys[\"quit\"][0]"), Some((3, 18)));
        // A key that is not there points at the map.
        assert_eq!(locate(text, "keys[\"down\"]"), Some((2, 11)));
    }

    #[test]
    fn finds_the_struct_around_a_position() {
        let at = |needle: &str| DOC.find(needle).expect("in DOC");
        let el = element_at(DOC, at("number: 2")).expect("roadmap 2");
        assert_eq!(el.path, "roadmaps[1]");
        assert_eq!(line_col(DOC, el.start), (6, 9));
        assert_eq!(
            (el.id.as_deref(), el.number.as_deref()),
            (Some("r2"), Some("2"))
        );
        let el = element_at(DOC, at("(id: \"y\")") + 3).expect("area y");
        assert_eq!(el.path, "roadmaps[0].areas[0].children[0]");
        assert_eq!(el.id.as_deref(), Some("y"));
        let el = element_at(DOC, at("tags")).expect("meta");
        assert_eq!((el.path.as_str(), el.id.as_deref()), ("meta", None));
        assert_eq!(element_at(DOC, 0), None);
    }

    #[test]
    fn never_panics_on_garbage() {
        for text in [
            "",
            "(",
            "[[[",
            "\"unterminated",
            "(a: r#\"x",
            "é(ü: [1,",
            "(a: {\"b",
            "(a: {1: 2})",
        ] {
            let _ = locate(text, "a[3].b.c");
            let _ = locate(text, "a[\"b\"][0]");
            for at in 0..=text.len() {
                let _ = element_at(text, at);
            }
        }
    }
}
