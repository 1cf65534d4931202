//! Numbers as the UI shows them, in Italian or English.
//!
//! Money is stored in millions of euro; it is shown in millions below 1,000 and in
//! billions from there ("697,2 mln €" / "€697.2m", "3,75 mld €" / "€3.75bn").

use super::types::{Figure, Metric, Qualifier, Unit};

pub use crate::words::Lang;

/// Formats `value` with at most `max_decimals` decimals (trailing zeros dropped) and
/// the language's thousands separator: 1100 → "1.100" / "1,100".
pub fn number(value: f64, max_decimals: usize, lang: Lang) -> String {
    let w = &lang.words().numbers;
    let (thousands, decimal) = (w.thousands, w.decimal);
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
        (lang.words().numbers.billions_euro)(&number(million_euro / 1000.0, 2, lang))
    } else {
        (lang.words().numbers.millions_euro)(&number(million_euro, 2, lang))
    }
}

/// A date "2021-05-14" as "14/05/2021" in Italian; English keeps the ISO form.
pub fn date(d: &str, lang: Lang) -> String {
    (lang.words().numbers.date)(d)
}

/// A count of people, doses or things; millions are abbreviated.
fn count(value: f64, lang: Lang) -> String {
    if value.abs() >= 1_000_000.0 {
        (lang.words().numbers.millions)(&number(value / 1_000_000.0, 2, lang))
    } else {
        number(value, 1, lang)
    }
}

fn ordinal(value: f64, lang: Lang) -> String {
    (lang.words().numbers.ordinal)(value.round() as i64)
}

/// The value with its unit, no qualifier: "3,75 mld €", "1.100", "98%", "47 mln dosi".
pub fn value_with_unit(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::MillionEuro => money(value, lang),
        Unit::People | Unit::Count => count(value, lang),
        Unit::Doses => (lang.words().numbers.doses)(&count(value, lang)),
        Unit::Percent => format!("{}%", number(value, 2, lang)),
        Unit::Rank => ordinal(value, lang),
    }
}

/// The qualifier's words: "oltre" / "more than".
pub fn qualifier(q: Qualifier, lang: Lang) -> &'static str {
    let w = &lang.words().qualifiers;
    match q {
        Qualifier::MoreThan => w.more_than,
        Qualifier::About => w.about,
        Qualifier::Almost => w.almost,
        Qualifier::AtLeast => w.at_least,
        Qualifier::UpTo => w.up_to,
    }
}

/// The qualifier as a sign: ">" for "more than", "~" for "about".
pub fn qualifier_short(q: Qualifier, lang: Lang) -> &'static str {
    let w = &lang.words().qualifiers;
    match q {
        Qualifier::MoreThan => w.more_than_short,
        Qualifier::About => w.about_short,
        Qualifier::Almost => w.almost_short,
        Qualifier::AtLeast => w.at_least_short,
        Qualifier::UpTo => w.up_to_short,
    }
}

/// The figure's amount with its qualifier as a sign, for narrow cells: "> €3.75bn".
/// The number is the same as in [`amount`].
pub fn amount_short(f: &Figure, lang: Lang) -> String {
    let v = value_with_unit(f.value, f.unit, lang);
    match f.qualifier {
        Some(q) => format!("{} {v}", qualifier_short(q, lang)),
        None => v,
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
    let w = &lang.words().metrics;
    match m {
        Metric::Turnover => w.turnover,
        Metric::ValueOfProduction => w.value_of_production,
        Metric::MarketValue => w.market_value,
        Metric::Export => w.export,
        Metric::Investment => w.investment,
        Metric::EuContribution => w.eu_contribution,
        Metric::Funding => w.funding,
        Metric::Employees => w.employees,
        Metric::Researchers => w.researchers,
        Metric::Firms => w.firms,
        Metric::LocalUnits => w.local_units,
        Metric::Count => w.count,
        Metric::Doses => w.doses,
        Metric::GdpShare => w.gdp_share,
        Metric::ExportShare => w.export_share,
        Metric::Share => w.share,
        Metric::Rank => w.rank,
    }
}

/// A priority as five cells, filled and empty: "■■■■■" for priority 1 (highest),
/// "■□□□□" for 5.
pub fn priority_cells(priority: u8) -> (String, String) {
    let on = 6usize.saturating_sub(usize::from(priority.clamp(1, 5)));
    ("■".repeat(on), "□".repeat(5 - on))
}

/// A priority's number with the end of the scale that is highest, written after its
/// cells wherever a priority stands alone: "1 (1 = highest)". The source orders
/// priorities "decrescente da 1 a 5", so 1 is the highest; tables write the number
/// alone after the cells and say the scale once.
pub fn priority_label(priority: u8, lang: Lang) -> String {
    format!("{priority} ({})", lang.words().screens.priority_scale)
}

/// Whether a label already holds the year ("quota … nel 2030"), so writing the
/// year after it again would say it twice.
pub fn names_year(label: &str, year: impl std::fmt::Display) -> bool {
    let year = year.to_string();
    label
        .split(|c: char| !c.is_ascii_digit())
        .any(|word| word == year)
}

/// A whole figure on one line: "fatturato 2020: oltre 3,75 mld €".
pub fn figure_line(f: &Figure, lang: Lang) -> String {
    let name = f
        .label
        .as_deref()
        .unwrap_or_else(|| metric_name(f.metric, lang));
    let mut s = name.to_owned();
    if let Some(y) = f.year.filter(|y| !names_year(name, *y)) {
        s.push_str(&format!(" {y}"));
    }
    if let Some(scope) = &f.scope {
        s.push_str(&format!(" ({scope})"));
    }
    s.push_str(": ");
    s.push_str(&amount(f, lang));
    if let Some(by) = &f.source {
        s.push_str(&format!(" ({} {by})", lang.words().content.according_to));
    }
    s
}

/// When something happened: its date in the language's form, or else the words the
/// document uses ("negli ultimi due anni").
pub fn date_or_when(date_: Option<&str>, when: Option<&str>, lang: Lang) -> Option<String> {
    date_
        .map(|d| date(d, lang))
        .or_else(|| when.map(str::to_owned))
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
            source: None,
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
        assert_eq!(amount_short(&f, Lang::En), "< €200m");
        assert_eq!(amount_short(&f, Lang::It), "< 200 mln €");
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
    fn a_year_in_the_label_is_not_written_again() {
        let mut f = fig(Metric::Share, 80.0, Unit::Percent, None);
        f.label = Some("quota biotech nel 2030".into());
        f.year = Some(2030);
        assert_eq!(figure_line(&f, Lang::It), "quota biotech nel 2030: 80%");
        f.label = Some("quota 20301".into());
        assert_eq!(figure_line(&f, Lang::En), "quota 20301 2030: 80%");
    }

    #[test]
    fn priority_says_which_end_is_highest() {
        assert_eq!(priority_cells(1), ("■■■■■".to_owned(), String::new()));
        assert_eq!(priority_cells(5), ("■".to_owned(), "□□□□".to_owned()));
        assert_eq!(priority_label(1, Lang::En), "1 (1 = highest)");
        assert_eq!(priority_label(4, Lang::It), "4 (1 = massima)");
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
