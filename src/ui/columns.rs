//! Table columns sized to what they hold. A column of values (amounts, counts,
//! roadmap numbers) is as wide as its widest cell in the current language, so a
//! value is never cut; when the table is too narrow for the long forms, the values
//! are written shorter ("> 2,000" for "more than 2,000") with the number kept.
//! Only text columns (names, kinds, titles) give way, and they end with "…".

use unicode_width::UnicodeWidthStr;

use crate::content::org_figure;
use crate::model::format::{amount, amount_short};
use crate::model::{Document, Index, Lang, Metric, Organisation};

/// How one column of values is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fit {
    /// Columns the widest cell (or the header) takes.
    pub width: u16,
    /// Whether the cells use their short forms.
    pub short: bool,
}

/// The widths of a column of values, long and short, header included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Widths {
    pub long: u16,
    pub short: u16,
}

impl Widths {
    /// The widest of `cells` in their long and short forms, and of `header`.
    pub fn of<'a>(header: &str, cells: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let h = width(header);
        cells
            .into_iter()
            .fold(Self { long: h, short: h }, |w, (long, short)| Self {
                long: w.long.max(width(long)),
                short: w.short.max(width(short)),
            })
    }

    /// The widest of two measures.
    pub fn max(self, other: Self) -> Self {
        Self {
            long: self.long.max(other.long),
            short: self.short.max(other.short),
        }
    }
}

/// Fits value columns into `room` columns (spacing excluded): all long while they
/// fit, else short one by one from the first. Values are never narrower than their
/// short form: what does not fit then is the text beside them that gives way.
pub fn fit(cols: &[Widths], room: u16) -> Vec<Fit> {
    let mut fits: Vec<Fit> = cols
        .iter()
        .map(|w| Fit {
            width: w.long,
            short: false,
        })
        .collect();
    let total = |f: &[Fit]| f.iter().fold(0u16, |s, f| s.saturating_add(f.width));
    for (i, w) in cols.iter().enumerate() {
        if total(&fits) <= room {
            break;
        }
        fits[i] = Fit {
            width: w.short,
            short: true,
        };
    }
    fits
}

/// Display width of `s` in columns.
pub fn width(s: &str) -> u16 {
    u16::try_from(UnicodeWidthStr::width(s)).unwrap_or(u16::MAX)
}

/// The stakeholder table's value columns as every organisation fills them, in one
/// language: measured once per document and language (the app keeps them with its
/// measured lists), so that a frame does not format every organisation's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OrgColumns {
    /// Turnover, in narrow and in wide tables (which add the year).
    pub turnover: [Widths; 2],
    pub employees: [Widths; 2],
    /// The roadmap numbers.
    pub roadmaps: u16,
    /// The longest name, kind and place.
    pub name: u16,
    pub kind: u16,
    pub place: u16,
}

impl OrgColumns {
    /// Measures every organisation of `doc` in `lang`.
    pub fn measure(doc: &Document, index: &Index, lang: Lang) -> Self {
        let figures = |metric: Metric, wide: bool| {
            doc.organisations.iter().fold(Widths::default(), |w, o| {
                let l = figure_cell(o, metric, false, lang, wide);
                let s = figure_cell(o, metric, true, lang, wide);
                w.max(Widths::of("", [(l.as_str(), s.as_str())]))
            })
        };
        Self {
            turnover: [false, true].map(|wide| figures(Metric::Turnover, wide)),
            employees: [false, true].map(|wide| figures(Metric::Employees, wide)),
            roadmaps: (0..doc.organisations.len())
                .map(|i| width(&roadmap_numbers(index, i)))
                .max()
                .unwrap_or(0),
            name: doc
                .organisations
                .iter()
                .map(|o| width(&o.name))
                .max()
                .unwrap_or(0),
            kind: doc
                .organisations
                .iter()
                .map(|o| width(o.kind.label(lang)))
                .max()
                .unwrap_or(0),
            place: doc
                .organisations
                .iter()
                .filter_map(|o| o.place.as_deref().map(width))
                .max()
                .unwrap_or(0),
        }
    }

    /// The widths of `metric`'s column, header included.
    pub fn figure(&self, metric: Metric, wide: bool, header: &str) -> Widths {
        let w = if metric == Metric::Turnover {
            self.turnover
        } else {
            self.employees
        };
        w[usize::from(wide)].max(Widths::of(header, []))
    }
}

/// The cell of an organisation's figure: long or `short` qualifier, with the year in
/// wide tables.
pub fn figure_cell(
    o: &Organisation,
    metric: Metric,
    short: bool,
    lang: Lang,
    wide: bool,
) -> String {
    org_figure(o, metric).map_or_else(String::new, |f| {
        let mut v = if short {
            amount_short(f, lang)
        } else {
            amount(f, lang)
        };
        if let (true, Some(y)) = (wide, f.year) {
            v.push_str(&format!(" ({y})"));
        }
        v
    })
}

/// The numbers of the roadmaps organisation `i` takes part in.
pub fn roadmap_numbers(index: &Index, i: usize) -> String {
    index
        .org_roadmap_numbers
        .get(i)
        .map(|ns| ns.iter().map(u8::to_string).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_forms_while_they_fit() {
        let cols = [Widths { long: 17, short: 9 }, Widths { long: 15, short: 7 }];
        assert_eq!(
            fit(&cols, 40),
            vec![
                Fit {
                    width: 17,
                    short: false
                },
                Fit {
                    width: 15,
                    short: false
                }
            ]
        );
        let f = fit(&cols, 26);
        assert_eq!((f[0].width, f[0].short), (9, true));
        assert_eq!((f[1].width, f[1].short), (15, false));
        let f = fit(&cols, 10);
        assert!(f.iter().all(|f| f.short));
        assert_eq!(f.iter().map(|f| f.width).sum::<u16>(), 16);
    }

    #[test]
    fn the_header_counts() {
        let w = Widths::of("Employees ▼", [("50", "50"), ("about 200", "~ 200")]);
        assert_eq!(
            w,
            Widths {
                long: 11,
                short: 11
            }
        );
        let w = Widths::of("Emp", [("more than 2,000", "> 2,000")]);
        assert_eq!(w, Widths { long: 15, short: 7 });
    }
}
