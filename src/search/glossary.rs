//! A small bilingual glossary of the field's terms, so that a query typed in
//! English finds an Italian document and the other way round.
//!
//! A term of the query (one or more consecutive words, any form: "clinical
//! trials" meets "clinical trial") is looked up on either side; each hit makes a
//! variant of the query with the term replaced by its translation. Translated
//! words meet the text by stem at best, so an untranslated match ranks above.

use super::matching::QueryWord;
use super::text::{Stemmers, tokens};

/// English and Italian forms of the same term, each as the text would write it.
#[rustfmt::skip]
pub const TERMS: &[(&str, &str)] = &[
    ("clinical trial", "sperimentazione clinica"),
    ("clinical study", "studio clinico"),
    ("trial", "sperimentazione"),
    ("medical device", "dispositivo medico"),
    ("in vitro diagnostics", "diagnostica in vitro"),
    ("diagnostics", "diagnostica"),
    ("drug", "farmaco"),
    ("medicine", "medicina"),
    ("pharmaceutical", "farmaceutico"),
    ("vaccine", "vaccino"),
    ("antibody", "anticorpo"),
    ("therapy", "terapia"),
    ("advanced therapies", "terapie avanzate"),
    ("precision medicine", "medicina di precisione"),
    ("personalised medicine", "medicina personalizzata"),
    ("nutraceuticals", "nutraceutica"),
    ("food supplement", "integratore alimentare"),
    ("herbal medicine", "fitoterapico"),
    ("biotechnology", "biotecnologia"),
    ("chemistry", "chimica"),
    ("research", "ricerca"),
    ("development", "sviluppo"),
    ("innovation", "innovazione"),
    ("technology transfer", "trasferimento tecnologico"),
    ("patent", "brevetto"),
    ("university", "università"),
    ("hospital", "ospedale"),
    ("health", "salute"),
    ("healthcare", "sanità"),
    ("health service", "servizio sanitario"),
    ("telemedicine", "telemedicina"),
    ("artificial intelligence", "intelligenza artificiale"),
    ("robotics", "robotica"),
    ("photonics", "fotonica"),
    ("imaging", "diagnostica per immagini"),
    ("biobank", "biobanca"),
    ("prevention", "prevenzione"),
    ("pandemic", "pandemia"),
    ("company", "impresa"),
    ("firm", "azienda"),
    ("turnover", "fatturato"),
    ("employees", "addetti"),
    ("training", "formazione"),
    ("skills", "competenze"),
    ("manufacturing", "produzione"),
    ("supply chain", "filiera"),
    ("investment", "investimento"),
    ("funding", "finanziamento"),
    ("strengths", "punti di forza"),
    ("weaknesses", "punti di debolezza"),
    ("opportunities", "opportunità"),
    ("threats", "minacce"),
    ("region", "regione"),
    ("cluster", "distretto"),
];

/// The glossary's terms, split into query words once.
#[derive(Debug, Clone, Default)]
pub(super) struct Glossary {
    terms: Vec<[Vec<QueryWord>; 2]>,
}

/// At most this many variants of one query are searched.
const MAX_VARIANTS: usize = 6;

impl Glossary {
    pub fn new(stemmers: &Stemmers) -> Self {
        let words = |term: &str| -> Vec<QueryWord> {
            tokens(term)
                .iter()
                .map(|t| QueryWord::translated(t, stemmers))
                .collect()
        };
        Self {
            terms: TERMS
                .iter()
                .map(|(en, it)| [words(en), words(it)])
                .collect(),
        }
    }

    /// The query's variants: each with one term of the glossary replaced by its
    /// translation, longest terms first.
    pub fn variants(&self, query: &[QueryWord]) -> Vec<Vec<QueryWord>> {
        let mut out: Vec<(usize, Vec<QueryWord>)> = Vec::new();
        for pair in &self.terms {
            for (side, other) in [(&pair[0], &pair[1]), (&pair[1], &pair[0])] {
                let n = side.len();
                if n == 0 || n > query.len() {
                    continue;
                }
                for at in 0..=query.len() - n {
                    let span = &query[at..at + n];
                    if span.iter().zip(side).all(|(q, t)| q.same_term(t)) {
                        let mut v = query[..at].to_vec();
                        v.extend(other.iter().cloned());
                        v.extend(query[at + n..].iter().cloned());
                        out.push((n, v));
                    }
                }
            }
        }
        out.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
        out.truncate(MAX_VARIANTS);
        out.into_iter().map(|(_, v)| v).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_english_term_in_any_form_gives_its_italian_variant() {
        let s = Stemmers::default();
        let g = Glossary::new(&s);
        let q = QueryWord::parse("clinical trials", &s);
        let v = g.variants(&q);
        assert!(!v.is_empty());
        let it = QueryWord::parse("sperimentazione clinica", &s);
        assert_eq!(v[0].len(), 2);
        assert!(v[0].iter().zip(&it).all(|(a, b)| a.same_term(b)));
        // And back.
        let q = QueryWord::parse("dispositivi medici", &s);
        let en = QueryWord::parse("medical device", &s);
        assert!(
            g.variants(&q)
                .iter()
                .any(|v| v.len() == 2 && v.iter().zip(&en).all(|(a, b)| a.same_term(b)))
        );
    }

    #[test]
    fn every_term_has_words_on_both_sides() {
        let g = Glossary::new(&Stemmers::default());
        assert!(
            g.terms
                .iter()
                .all(|[en, it]| !en.is_empty() && !it.is_empty())
        );
    }
}
