//! What typing and pasting put into a text field (the search, a table's filter): one
//! line of visible text, never longer than [`FIELD_MAX`] characters. A paste is text
//! here, however it was written: its line breaks never act as Enter.

use crate::model::text::is_unsafe;

/// The longest a field grows, in characters: longer than any name or phrase one
/// looks for, short enough that a stray paste of a whole document stays harmless.
pub const FIELD_MAX: usize = 200;

/// Appends `text` to `field` as one line of visible text: a line break or a tab
/// becomes a space (CRLF one space), other control and invisible characters are
/// dropped, and what would pass [`FIELD_MAX`] characters is left out.
pub fn append(field: &mut String, text: &str) {
    let room = FIELD_MAX.saturating_sub(field.chars().count());
    let text = text.replace("\r\n", "\n");
    field.extend(
        text.chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\t' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .take(room),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_become_spaces_and_controls_go() {
        let mut f = String::from("uni");
        append(&mut f, "versità\r\ndi\nPisa\r\x1b[2J\u{7}\u{202e}!\tok");
        assert_eq!(f, "università di Pisa [2J! ok");
    }

    #[test]
    fn a_field_never_passes_its_length() {
        let mut f = "é".repeat(FIELD_MAX - 2);
        append(&mut f, "abc");
        assert_eq!(f.chars().count(), FIELD_MAX);
        assert!(f.ends_with("éab"));
        append(&mut f, "d");
        assert_eq!(f.chars().count(), FIELD_MAX);
        assert!(f.ends_with("éab"));
    }
}
