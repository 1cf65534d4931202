//! Numbers as the UI shows them, in Italian or English.
//!
//! Money is stored in millions of euro; it is shown in millions below 1,000 and in
//! billions from there ("697,2 mln €" / "€697.2m", "3,75 mld €" / "€3.75bn").

use super::types::{Figure, Metric, Qualifier, Unit};

/// The language of the user interface (the data keeps its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    It,
    En,
}

impl Lang {
    /// Picks a language from locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`): Italian for
    /// `it*`, English for any other set locale, Italian when none is set (the data's language).
    pub fn from_locale(lookup: impl Fn(&str) -> Option<String>) -> Self {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(v) = lookup(var).filter(|v| !v.is_empty()) {
                return if v.to_ascii_lowercase().starts_with("it") {
                    Self::It
                } else {
                    Self::En
                };
            }
        }
        Self::It
    }

    /// The Italian or the English of a UI string.
    pub fn pick<'a>(self, it: &'a str, en: &'a str) -> &'a str {
        match self {
            Self::It => it,
            Self::En => en,
        }
    }

    /// The other language.
    pub fn toggle(self) -> Self {
        match self {
            Self::It => Self::En,
            Self::En => Self::It,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::It => "it",
            Self::En => "en",
        }
    }

    fn separators(self) -> (char, char) {
        match self {
            Self::It => ('.', ','),
            Self::En => (',', '.'),
        }
    }
}

/// Formats `value` with at most `max_decimals` decimals (trailing zeros dropped) and
/// the language's thousands separator: 1100 → "1.100" / "1,100".
pub fn number(value: f64, max_decimals: usize, lang: Lang) -> String {
    let (thousands, decimal) = lang.separators();
    let fixed = format!("{:.*}", max_decimals, value.abs());
    let (int_part, frac_part) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac_part = frac_part.trim_end_matches('0');
    let mut out = String::with_capacity(fixed.len() + 4);
    if value < 0.0 && fixed.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        out.push('-');
    }
    let digits = int_part.len();
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(ch);
    }
    if !frac_part.is_empty() {
        out.push(decimal);
        out.push_str(frac_part);
    }
    out
}

/// A money amount given in millions of euro.
pub fn money(million_euro: f64, lang: Lang) -> String {
    if million_euro.abs() >= 1000.0 {
        let n = number(million_euro / 1000.0, 2, lang);
        match lang {
            Lang::It => format!("{n} mld €"),
            Lang::En => format!("€{n}bn"),
        }
    } else {
        let n = number(million_euro, 2, lang);
        match lang {
            Lang::It => format!("{n} mln €"),
            Lang::En => format!("€{n}m"),
        }
    }
}

/// A date "2021-05-14" as "14/05/2021" in Italian; English keeps the ISO form.
pub fn date(d: &str, lang: Lang) -> String {
    let parts: Vec<&str> = d.split('-').collect();
    match (lang, parts.as_slice()) {
        (Lang::It, [y, m, dd]) => format!("{dd}/{m}/{y}"),
        (Lang::It, [y, m]) => format!("{m}/{y}"),
        _ => d.to_owned(),
    }
}

/// A count of people, doses or things; millions are abbreviated.
fn count(value: f64, lang: Lang) -> String {
    if value.abs() >= 1_000_000.0 {
        let n = number(value / 1_000_000.0, 2, lang);
        match lang {
            Lang::It => format!("{n} mln"),
            Lang::En => format!("{n}m"),
        }
    } else {
        number(value, 1, lang)
    }
}

fn ordinal(value: f64, lang: Lang) -> String {
    let n = value.round() as i64;
    match lang {
        Lang::It => format!("{n}°"),
        Lang::En => {
            let suffix = match (n % 10, n % 100) {
                (1, r) if r != 11 => "st",
                (2, r) if r != 12 => "nd",
                (3, r) if r != 13 => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
    }
}

/// The value with its unit, no qualifier: "3,75 mld €", "1.100", "98%", "47 mln dosi".
pub fn value_with_unit(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::MillionEuro => money(value, lang),
        Unit::People | Unit::Count => count(value, lang),
        Unit::Doses => match lang {
            Lang::It => format!("{} dosi", count(value, lang)),
            Lang::En => format!("{} doses", count(value, lang)),
        },
        Unit::Percent => format!("{}%", number(value, 2, lang)),
        Unit::Rank => ordinal(value, lang),
    }
}

/// The qualifier's words: "oltre" / "more than".
pub fn qualifier(q: Qualifier, lang: Lang) -> &'static str {
    use Qualifier as Q;
    match (q, lang) {
        (Q::MoreThan, Lang::It) => "oltre",
        (Q::MoreThan, Lang::En) => "more than",
        (Q::About, Lang::It) => "circa",
        (Q::About, Lang::En) => "about",
        (Q::Almost, Lang::It) => "quasi",
        (Q::Almost, Lang::En) => "almost",
        (Q::AtLeast, Lang::It) => "almeno",
        (Q::AtLeast, Lang::En) => "at least",
        (Q::UpTo, Lang::It) => "fino a",
        (Q::UpTo, Lang::En) => "up to",
    }
}

/// The figure's amount with its qualifier: "oltre 3,75 mld €" / "more than €3.75bn".
pub fn amount(f: &Figure, lang: Lang) -> String {
    let v = value_with_unit(f.value, f.unit, lang);
    match f.qualifier {
        Some(q) => format!("{} {v}", qualifier(q, lang)),
        None => v,
    }
}

/// What a metric is called.
pub fn metric_name(m: Metric, lang: Lang) -> &'static str {
    use Metric as M;
    let (it, en) = match m {
        M::Turnover => ("fatturato", "turnover"),
        M::ValueOfProduction => ("valore della produzione", "value of production"),
        M::MarketValue => ("valore del mercato", "market value"),
        M::Export => ("export", "exports"),
        M::Investment => ("investimento", "investment"),
        M::EuContribution => ("contributo UE", "EU contribution"),
        M::Funding => ("finanziamento", "funding"),
        M::Employees => ("addetti", "employees"),
        M::Researchers => ("ricercatori", "researchers"),
        M::Firms => ("imprese", "firms"),
        M::LocalUnits => ("unità locali", "local units"),
        M::Count => ("numero", "count"),
        M::Doses => ("dosi prodotte", "doses produced"),
        M::GdpShare => ("quota del PIL", "share of GDP"),
        M::ExportShare => ("quota export", "export share"),
        M::Share => ("quota", "share"),
        M::Rank => ("posizione", "rank"),
    };
    match lang {
        Lang::It => it,
        Lang::En => en,
    }
}

/// A whole figure on one line: "fatturato 2020: oltre 3,75 mld €".
pub fn figure_line(f: &Figure, lang: Lang) -> String {
    let name = f
        .label
        .as_deref()
        .unwrap_or_else(|| metric_name(f.metric, lang));
    let mut s = name.to_owned();
    if let Some(y) = f.year {
        s.push_str(&format!(" {y}"));
    }
    if let Some(scope) = &f.scope {
        s.push_str(&format!(" ({scope})"));
    }
    s.push_str(": ");
    s.push_str(&amount(f, lang));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(metric: Metric, value: f64, unit: Unit, q: Option<Qualifier>) -> Figure {
        Figure {
            metric,
            value,
            unit,
            year: None,
            qualifier: q,
            scope: None,
            label: None,
            note: None,
        }
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(number(1100.0, 0, Lang::It), "1.100");
        assert_eq!(number(1100.0, 0, Lang::En), "1,100");
        assert_eq!(number(16000.0, 0, Lang::It), "16.000");
        assert_eq!(number(1_800_000.0, 0, Lang::En), "1,800,000");
        assert_eq!(number(850.0, 0, Lang::It), "850");
        assert_eq!(number(0.0, 2, Lang::It), "0");
    }

    #[test]
    fn decimals_use_the_language_separator() {
        assert_eq!(number(697.2, 2, Lang::It), "697,2");
        assert_eq!(number(697.2, 2, Lang::En), "697.2");
        assert_eq!(number(10.3, 2, Lang::It), "10,3");
        assert_eq!(number(3.75, 2, Lang::En), "3.75");
    }

    #[test]
    fn money_in_millions_and_billions() {
        assert_eq!(money(3750.0, Lang::It), "3,75 mld €");
        assert_eq!(money(3750.0, Lang::En), "€3.75bn");
        assert_eq!(money(697.2, Lang::It), "697,2 mln €");
        assert_eq!(money(697.2, Lang::En), "€697.2m");
        assert_eq!(money(225_000.0, Lang::It), "225 mld €");
        assert_eq!(money(16.5, Lang::En), "€16.5m");
    }

    #[test]
    fn qualifiers_in_both_languages() {
        let f = fig(
            Metric::Turnover,
            3750.0,
            Unit::MillionEuro,
            Some(Qualifier::MoreThan),
        );
        assert_eq!(amount(&f, Lang::It), "oltre 3,75 mld €");
        assert_eq!(amount(&f, Lang::En), "more than €3.75bn");
        let f = fig(
            Metric::Employees,
            1100.0,
            Unit::People,
            Some(Qualifier::About),
        );
        assert_eq!(amount(&f, Lang::It), "circa 1.100");
        assert_eq!(amount(&f, Lang::En), "about 1,100");
        let f = fig(
            Metric::Investment,
            200.0,
            Unit::MillionEuro,
            Some(Qualifier::Almost),
        );
        assert_eq!(amount(&f, Lang::It), "quasi 200 mln €");
        assert_eq!(amount(&f, Lang::En), "almost €200m");
    }

    #[test]
    fn other_units() {
        assert_eq!(value_with_unit(98.0, Unit::Percent, Lang::En), "98%");
        assert_eq!(value_with_unit(10.3, Unit::Percent, Lang::It), "10,3%");
        assert_eq!(value_with_unit(47e6, Unit::Doses, Lang::It), "47 mln dosi");
        assert_eq!(value_with_unit(47e6, Unit::Doses, Lang::En), "47m doses");
        assert_eq!(value_with_unit(3.0, Unit::Rank, Lang::It), "3°");
        assert_eq!(value_with_unit(3.0, Unit::Rank, Lang::En), "3rd");
        assert_eq!(value_with_unit(1.8e6, Unit::People, Lang::It), "1,8 mln");
    }

    #[test]
    fn figure_line_names_year_and_scope() {
        let mut f = fig(Metric::Employees, 850.0, Unit::People, None);
        f.year = Some(2020);
        f.scope = Some("in Toscana".into());
        assert_eq!(figure_line(&f, Lang::It), "addetti 2020 (in Toscana): 850");
        assert_eq!(
            figure_line(&f, Lang::En),
            "employees 2020 (in Toscana): 850"
        );
    }

    #[test]
    fn locale_picks_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(Lang::from_locale(env(&[("LANG", "it_IT.UTF-8")])), Lang::It);
        assert_eq!(Lang::from_locale(env(&[("LANG", "en_GB.UTF-8")])), Lang::En);
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "it_IT")])),
            Lang::En
        );
        assert_eq!(Lang::from_locale(env(&[])), Lang::It);
    }
}
