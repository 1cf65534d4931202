#![allow(clippy::expect_used, clippy::unwrap_used)]
//! Nothing in the program names a region, a country or a review: the document does.
//! Every file under `src/` is read up to its tests (`#[cfg(test)]`), comments left
//! out, and no string literal may hold such a name.

use std::fs;
use std::path::Path;

/// Beginnings of words that name the embedded document's region: "Toscana",
/// "toscani", "Tuscan", "Tuscany".
const PLACE_PREFIXES: &[&str] = &["toscan", "tuscan"];
/// Whole words: the country and the review it updates ("italiano" names a language).
const PLACE_NAMES: &[&str] = &["italia", "italy", "mtr"];

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// The string literals of Rust source with the line each starts on, outside
/// comments and before the file's tests. Character literals and lifetimes are
/// skipped; raw strings are read to their closing quote and hashes.
fn literals(source: &str) -> Vec<(usize, String)> {
    let code = source.split("#[cfg(test)]").next().unwrap_or(source);
    let chars: Vec<char> = code.chars().collect();
    let (mut out, mut i, mut line) = (Vec::new(), 0, 1);
    while i < chars.len() {
        match chars[i] {
            '\n' => line += 1,
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\'' => {
                // 'x', '\n', '"' or a lifetime: step over the closing quote if any.
                let close = (i + 2..(i + 5).min(chars.len())).find(|&j| chars[j] == '\'');
                if let Some(j) = close.filter(|&j| chars[i + 1] == '\\' || j == i + 2) {
                    i = j;
                }
            }
            'r' if matches!(chars.get(i + 1), Some('"' | '#'))
                && !chars
                    .get(i.wrapping_sub(1))
                    .is_some_and(|c| c.is_alphanumeric()) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while chars.get(j) == Some(&'#') {
                    hashes += 1;
                    j += 1;
                }
                if chars.get(j) == Some(&'"') {
                    let start = line;
                    let mut text = String::new();
                    j += 1;
                    while j < chars.len() {
                        if chars[j] == '"' && (1..=hashes).all(|h| chars.get(j + h) == Some(&'#')) {
                            break;
                        }
                        if chars[j] == '\n' {
                            line += 1;
                        }
                        text.push(chars[j]);
                        j += 1;
                    }
                    out.push((start, text));
                    i = j + hashes;
                }
            }
            '"' => {
                let start = line;
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        text.push(chars[i]);
                        i += 1;
                    }
                    if chars.get(i) == Some(&'\n') {
                        line += 1;
                    }
                    if let Some(&c) = chars.get(i) {
                        text.push(c);
                    }
                    i += 1;
                }
                out.push((start, text));
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The place word `text` holds, if any: a word beginning with one of
/// [`PLACE_PREFIXES`] or equal to one of [`PLACE_NAMES`].
fn place_word(text: &str) -> Option<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| PLACE_PREFIXES.iter().any(|p| w.starts_with(p)) || PLACE_NAMES.contains(w))
        .map(str::to_owned)
}

#[test]
fn no_string_of_the_program_names_a_place() {
    let mut all = Vec::new();
    files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut all);
    let mut found = Vec::new();
    for path in all {
        let text = fs::read_to_string(&path).expect("read");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name == "tests.rs" {
            continue;
        }
        let strings = if path.extension().is_some_and(|e| e == "rs") {
            literals(&text)
        } else {
            text.lines()
                .enumerate()
                .map(|(n, l)| (n + 1, l.to_owned()))
                .collect()
        };
        for (line, s) in strings {
            if let Some(w) = place_word(&s) {
                found.push(format!("{}:{line}: `{w}` in {s}", path.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "strings naming a place:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_a_place_in_a_literal_and_not_in_a_comment() {
    let src = "let a = \"in Toscana\"; // Tuscany\nlet c = '\"'; let d = r#\"x \"Italia\"\"#;\n\
               let e = \"a \\\n Tuscan\";\n#[cfg(test)]\nlet b = \"Italia\";";
    let l = literals(src);
    assert_eq!(
        l,
        [
            (1, "in Toscana".to_owned()),
            (2, "x \"Italia\"".to_owned()),
            (3, "a \\\n Tuscan".to_owned())
        ]
    );
    let words: Vec<Option<String>> = l.iter().map(|(_, s)| place_word(s)).collect();
    assert_eq!(
        words,
        [
            Some("toscana".into()),
            Some("italia".into()),
            Some("tuscan".into())
        ]
    );
    assert_eq!(place_word("Lingua: italiano / inglese"), None);
}
