//! What to write instead: the parser's errors for the mistakes authors make most
//! (a thousands or decimal comma, a quoted name, a decimal or `%` in a whole-number
//! field, a missing field), read against the text around them.

use ron::Error as E;

use super::locate::{element_at, line_col};
use super::text::sanitize;

/// A better message for the parser's error `code` at byte `at` of `text`, with the
/// byte the caret should stand on; `None` when the parser's own words are the best.
pub fn syntax_hint(text: &str, at: usize, code: &E) -> Option<(String, usize)> {
    if let E::MissingStructField { field, outer } = code {
        return missing_field(text, at, field, outer.as_deref()).map(|m| (m, at));
    }
    let at = skip_blanks(text.as_bytes(), at);
    match code {
        E::SuggestRawIdentifier(_) => comma_in_number(text, at),
        E::ExpectedIdentifier => comma_in_number(text, at).or_else(|| quoted_name(text, at)),
        E::ExpectedComma => not_whole(text, at),
        _ => None,
    }
}

fn skip_blanks(bytes: &[u8], mut at: usize) -> usize {
    while bytes.get(at).is_some_and(|b| matches!(b, b' ' | b'\t')) {
        at += 1;
    }
    at
}

/// The start of the run of bytes before `end` that satisfy `keep`.
fn run_back(bytes: &[u8], end: usize, keep: impl Fn(u8) -> bool) -> usize {
    let mut start = end;
    while start > 0 && keep(bytes[start - 1]) {
        start -= 1;
    }
    start
}

/// The field whose value starts at `value`: `name` in `name: value`.
fn field_before(text: &str, value: usize) -> Option<&str> {
    let bytes = text.as_bytes();
    let colon = run_back(bytes, value, |b| matches!(b, b' ' | b'\t'));
    if colon == 0 || bytes[colon - 1] != b':' {
        return None;
    }
    let end = run_back(bytes, colon - 1, |b| matches!(b, b' ' | b'\t'));
    let start = run_back(bytes, end, |b| b.is_ascii_alphanumeric() || b == b'_');
    (start < end).then(|| &text[start..end])
}

/// `value: 16,000` or `value: 11,5`: the parser read `16`, then took `000` for the
/// next field's name.
fn comma_in_number(text: &str, at: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    if !bytes.get(at).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let start = run_back(bytes, at, |b| {
        b.is_ascii_digit() || matches!(b, b',' | b'.')
    });
    let end = at
        + bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || matches!(b, b',' | b'.'))
            .count();
    let end = run_back(bytes, end, |b| matches!(b, b',' | b'.')).max(at);
    let written = &text[start..end];
    if !written.contains(',') || !bytes.get(start).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    field_before(text, start)?;
    let advice = match number_without_commas(written) {
        Reading::One(n) => format!("write {n}"),
        Reading::Either { thousands, decimal } => {
            format!("write {thousands}, or {decimal} if the comma is a decimal comma")
        }
        Reading::Unclear => "write it without commas".to_owned(),
    };
    Some((
        format!(
            "`{written}` is not a number in a data file: {advice} \
             (no thousands separator, a point for decimals)"
        ),
        start,
    ))
}

enum Reading {
    One(String),
    Either { thousands: String, decimal: String },
    Unclear,
}

/// What a number written with commas (and maybe points) most likely means.
fn number_without_commas(written: &str) -> Reading {
    // Italian style, `1.234,5`: points group thousands, the comma marks decimals.
    if let Some((int, frac)) = written.split_once(',')
        && int.contains('.')
        && !frac.contains(['.', ','])
    {
        return Reading::One(format!("{}.{frac}", int.replace('.', "")));
    }
    let (int, frac) = written.split_once('.').unwrap_or((written, ""));
    if frac.contains(',') {
        return Reading::Unclear;
    }
    let groups: Vec<&str> = int.split(',').collect();
    let thousands = || {
        let mut n = groups.concat();
        if !frac.is_empty() {
            n = format!("{n}.{frac}");
        }
        n
    };
    let grouped = groups.len() > 1
        && !groups[0].is_empty()
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| g.len() == 3);
    match groups.as_slice() {
        [a, b]
            if frac.is_empty()
                && b.len() == 3
                && grouped
                && !b.trim_end_matches('0').is_empty() =>
        {
            let decimal = format!("{a}.{}", b.trim_end_matches('0'));
            Reading::Either {
                thousands: thousands(),
                decimal,
            }
        }
        _ if grouped => Reading::One(thousands()),
        [a, b] if frac.is_empty() && !a.is_empty() && !b.is_empty() => {
            Reading::One(format!("{a}.{b}"))
        }
        _ => Reading::Unclear,
    }
}

/// `role: "KeyPlayer"`: a name of a fixed set written as text.
fn quoted_name(text: &str, at: usize) -> Option<(String, usize)> {
    let rest = text.get(at..)?.strip_prefix('"')?;
    let field = field_before(text, at)?;
    let value = &rest[..rest.find('"')?];
    let is_name = value
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let message = if is_name {
        format!("remove the quotes: {field}: {value}")
    } else {
        format!(
            "`{field}` takes one of a fixed set of names, written without quotes \
             (such as `{field}: {}`); `\"{}\"` is text",
            example_name(field),
            sanitize(value)
        )
    };
    Some((message, at))
}

/// A valid value of the named field, for examples.
fn example_name(field: &str) -> &'static str {
    match field {
        "role" => "KeyPlayer",
        "metric" => "Turnover",
        "unit" => "MillionEuro",
        "qualifier" => "About",
        "kind" => "Company",
        _ => "Name",
    }
}

/// `priority: 2.0`, `projects: 14.5`, `value: 12%`: the parser read a whole number and
/// stopped at the point or the percent sign.
fn not_whole(text: &str, at: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let sign = *bytes.get(at)?;
    if !matches!(sign, b'.' | b'%') {
        return None;
    }
    let digits_end = run_back(bytes, at, |b| matches!(b, b' ' | b'\t'));
    let start = run_back(bytes, digits_end, |b| b.is_ascii_digit() || b == b'.');
    let int = &text[start..digits_end];
    if int.is_empty() || !int.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let field = field_before(text, start)?;
    if sign == b'%' {
        let unit = if field == "value" {
            " and say it is a percentage with `unit: Percent`"
        } else {
            ""
        };
        return Some((
            format!("`{field}` takes a plain number, without `%`: write {field}: {int}{unit}"),
            start,
        ));
    }
    let frac: String = text[at + 1..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if frac.is_empty() {
        return None;
    }
    let message = if frac.bytes().all(|b| b == b'0') {
        format!("`{field}` takes a whole number: write {field}: {int}")
    } else {
        let below: u64 = int.parse().ok()?;
        format!(
            "`{field}` takes a whole number, not {int}.{frac}: write {field}: {below} or {field}: {}",
            below + 1
        )
    };
    Some((message, start))
}

/// `roadmaps[1] (Roadmap 2) at 100:9: missing field `sector`, which is required`.
fn missing_field(text: &str, at: usize, field: &str, outer: Option<&str>) -> Option<String> {
    let el = element_at(text, at)?;
    let (line, col) = line_col(text, el.start);
    let outer = outer.unwrap_or("element");
    let name = match (&el.number, &el.id) {
        (Some(n), _) => format!("{outer} {n}"),
        (None, Some(id)) => format!("{outer} `{}`", sanitize(id)),
        (None, None) => outer.to_owned(),
    };
    let path = if el.path.is_empty() {
        "the document".to_owned()
    } else {
        el.path
    };
    Some(format!(
        "{path} ({name}) at {line}:{col}: missing field `{field}`, which is required; \
         add `{field}: …` to it"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(s: &str) -> String {
        match number_without_commas(s) {
            Reading::One(n) => n,
            Reading::Either { thousands, decimal } => format!("{thousands}|{decimal}"),
            Reading::Unclear => "?".into(),
        }
    }

    #[test]
    fn numbers_with_commas_are_read_as_meant() {
        assert_eq!(reading("16,000"), "16000");
        assert_eq!(reading("1,234,567"), "1234567");
        assert_eq!(reading("1,234.5"), "1234.5");
        assert_eq!(reading("2,4"), "2.4");
        assert_eq!(reading("11,50"), "11.50");
        assert_eq!(reading("1.234,5"), "1234.5");
        assert_eq!(reading("3,800"), "3800|3.8");
        assert_eq!(reading("1,2,3"), "?");
    }

    /// The hint for the parser's error `code` at `at` in `text`.
    fn hint(text: &str, at: &str, code: &E) -> String {
        let at = text.find(at).expect("in text");
        syntax_hint(text, at, code).map_or_else(String::new, |(m, _)| m)
    }

    #[test]
    fn hints_name_the_field_and_what_to_write() {
        let raw = E::SuggestRawIdentifier("800".into());
        assert_eq!(
            hint("(value: 3,800)", "800", &raw),
            "`3,800` is not a number in a data file: write 3800, or 3.8 if the comma is a \
             decimal comma (no thousands separator, a point for decimals)"
        );
        assert!(hint("(value: 2,4)", "4)", &raw).contains("write 2.4 "));
        assert_eq!(
            hint("(role: \"KeyPlayer\")", "\"", &E::ExpectedIdentifier),
            "remove the quotes: role: KeyPlayer"
        );
        assert_eq!(
            hint("(priority: 2.0)", ".", &E::ExpectedComma),
            "`priority` takes a whole number: write priority: 2"
        );
        assert_eq!(
            hint("(projects: 3.5)", ".", &E::ExpectedComma),
            "`projects` takes a whole number, not 3.5: write projects: 3 or projects: 4"
        );
        assert_eq!(
            hint("(value: 12 %)", "%", &E::ExpectedComma),
            "`value` takes a plain number, without `%`: write value: 12 and say it is a \
             percentage with `unit: Percent`"
        );
        // A string where a number belongs is not a quoted name.
        assert_eq!(hint("(priority: \"alta\")", "\"", &E::ExpectedInteger), "");
        // A comma between two list items is no mistake the hints know.
        assert_eq!(hint("[3, \"x\"]", "\"", &E::ExpectedIdentifier), "");
    }
}
