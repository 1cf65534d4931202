//! Text as filters compare it.

/// `s` as filters compare it: lower case, accents dropped ("Università" → "universita").
pub fn fold(s: &str) -> String {
    s.chars()
        .map(|c| nucleo_matcher::chars::to_lower_case(nucleo_matcher::chars::normalize(c)))
        .collect()
}

/// Whether every word of `query` occurs in `haystack`, both already [`fold`]ed.
pub fn has_words(haystack: &str, query: &str) -> bool {
    query.split_whitespace().all(|w| haystack.contains(w))
}
