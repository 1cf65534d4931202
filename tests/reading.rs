#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! What people came to read is never cut: every figure in the stakeholder and
//! roadmap tables is whole (its number always, its qualifier in words or as a
//! sign), a roadmap's whole title is on its own screen and below the overview's
//! table, and every figure of the sector box can be reached. Over the whole
//! embedded document, at every size from 60×20, in both languages.

mod common;

use common::{embedded, open, press, screen};
use insta::assert_snapshot;
use roadmap_tui::app::{App, Screen};
use roadmap_tui::content::org_figure;
use roadmap_tui::model::format::{amount, amount_short, value_with_unit};
use roadmap_tui::model::{Lang, Metric};

const SIZES: [(u16, u16); 4] = [(60, 20), (80, 24), (120, 40), (160, 48)];
const LANGS: [Lang; 2] = [Lang::It, Lang::En];

/// The lines of the screen as drawn.
fn lines(a: &App) -> Vec<String> {
    let buf = roadmap_tui::ui::render_to_buffer(a, a.size.0, a.size.1);
    roadmap_tui::ui::buffer_text(&buf)
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Words squeezed of the runs of spaces a wrapped or padded line has.
fn squeezed(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn stakeholder_figures_are_whole_in_their_row() {
    for lang in LANGS {
        for size in SIZES {
            let mut a = embedded(lang, size);
            open(&mut a, "stakeholders");
            let count = a.doc.organisations.len();
            for row in 0..count {
                let Screen::Stakeholders(s) = a.screen() else {
                    panic!("not the stakeholders")
                };
                let o = &a.doc.organisations[s.order[s.table.selected]];
                let shown = lines(&a);
                // Breadcrumbs, the table's border and its header come first.
                let line = &shown[3 + s.table.selected - s.table.offset];
                assert!(
                    line.contains(&*o.name.chars().take(6).collect::<String>()),
                    "{} not in {line}",
                    o.name
                );
                for m in [Metric::Turnover, Metric::Employees] {
                    if let Some(f) = org_figure(o, m) {
                        let number = value_with_unit(f.value, f.unit, lang);
                        assert!(
                            line.contains(&amount(f, lang))
                                || line.contains(&amount_short(f, lang)),
                            "{} {m:?} cut at {size:?} {lang:?}: {line}",
                            o.name
                        );
                        assert!(line.contains(&number));
                    }
                }
                if row + 1 < count {
                    press(&mut a, "j");
                }
            }
        }
    }
}

#[test]
fn a_figure_scope_is_shown_under_the_table() {
    for lang in LANGS {
        let mut a = embedded(lang, (80, 24));
        open(&mut a, "stakeholders");
        let i = a
            .doc
            .organisations
            .iter()
            .position(|o| o.id == "kedrion")
            .unwrap();
        let Screen::Stakeholders(s) = a.screen_mut() else {
            panic!()
        };
        s.table.selected = s.order.iter().position(|&j| j == i).unwrap();
        a.refresh();
        let text = squeezed(&lines(&a).join(" "));
        assert!(text.contains("(in Toscana): 850"), "{text}");
    }
}

#[test]
fn overview_contributions_are_whole_and_titles_read_in_full() {
    for lang in LANGS {
        for size in SIZES {
            let mut a = embedded(lang, size);
            let n = a.doc.roadmaps.len();
            for row in 0..n {
                let shown = lines(&a).join("\n");
                let Screen::Overview(s) = a.screen() else {
                    panic!("not the overview")
                };
                let r = &a.doc.roadmaps[s.order[s.table.selected]];
                if let Some(e) = &r.eu_projects {
                    let number = value_with_unit(e.contribution.value, e.contribution.unit, lang);
                    assert!(shown.contains(&number), "{number} cut at {size:?} {lang:?}");
                }
                assert!(
                    squeezed(&shown).contains(&squeezed(&r.title)),
                    "title of roadmap {} not whole at {size:?} {lang:?}",
                    r.number
                );
                if row + 1 < n {
                    press(&mut a, "j");
                }
            }
        }
    }
}

#[test]
fn a_roadmap_title_is_whole_on_its_screen() {
    for lang in LANGS {
        for size in SIZES {
            for r in 1..=7u8 {
                let mut a = embedded(lang, size);
                open(&mut a, &format!("roadmap:{r}"));
                let title = a.doc.roadmaps[usize::from(r - 1)].title.to_string();
                let shown = squeezed(&lines(&a).join(" "));
                assert!(
                    shown.contains(&squeezed(&title)),
                    "roadmap {r} at {size:?} {lang:?}"
                );
                let priority = a.doc.roadmaps[usize::from(r - 1)].priority;
                let label = roadmap_tui::model::format::priority_label(priority, lang);
                assert!(
                    shown.contains(&squeezed(&label)),
                    "priority of {r} at {size:?}"
                );
            }
        }
    }
}

#[test]
fn every_area_and_organisation_title_is_whole_on_its_screen() {
    fn areas(list: &[roadmap_tui::model::Area], out: &mut Vec<(String, String)>) {
        for a in list {
            out.push((format!("area:{}", a.id), a.title.to_string()));
            areas(&a.children, out);
        }
    }
    let doc = embedded(Lang::It, (80, 24)).doc;
    let mut places: Vec<(String, String)> = doc
        .organisations
        .iter()
        .map(|o| (format!("stakeholder:{}", o.id), o.name.to_string()))
        .collect();
    for r in &doc.roadmaps {
        for g in &r.area_groups {
            areas(&g.areas, &mut places);
        }
    }
    for lang in LANGS {
        for size in [(60, 20), (80, 24)] {
            for (place, title) in &places {
                let mut a = embedded(lang, size);
                open(&mut a, place);
                let shown = squeezed(&lines(&a).join(" "));
                assert!(
                    shown.contains(&squeezed(title)),
                    "{place} at {size:?} {lang:?}"
                );
            }
        }
    }
}

#[test]
fn every_sector_figure_can_be_read_in_the_box() {
    for lang in LANGS {
        for size in SIZES {
            let mut a = embedded(lang, size);
            let figures = a.doc.region_territory().expect("region").figures.clone();
            let mut seen = String::new();
            // Tab focuses the box when it scrolls; j moves through it.
            press(&mut a, "Tab");
            for _ in 0..30 {
                seen.push_str(&lines(&a).join(" "));
                seen.push(' ');
                press(&mut a, "j");
            }
            let seen = squeezed(&seen);
            for f in &figures {
                assert!(
                    seen.contains(&amount(f, lang)),
                    "{f:?} at {size:?} {lang:?}"
                );
                let label = f.label.as_deref().unwrap();
                // Labels wrap; each of their words is on screen.
                for w in label.split_whitespace() {
                    assert!(seen.contains(w), "{w} of {label} at {size:?} {lang:?}");
                }
            }
        }
    }
}

#[test]
fn snapshots_of_the_screens_read_whole() {
    for lang in LANGS {
        let l = if lang == Lang::It { "it" } else { "en" };
        for (w, h) in SIZES {
            let mut a = embedded(lang, (w, h));
            assert_snapshot!(format!("reading_overview_{l}_{w}x{h}"), screen(&a));
            press(&mut a, "Tab j");
            assert_snapshot!(format!("reading_overview_figures_{l}_{w}x{h}"), screen(&a));
            let mut a = embedded(lang, (w, h));
            open(&mut a, "roadmap:3");
            assert_snapshot!(format!("reading_roadmap3_{l}_{w}x{h}"), screen(&a));
            let mut a = embedded(lang, (w, h));
            open(&mut a, "stakeholders");
            assert_snapshot!(format!("reading_stakeholders_{l}_{w}x{h}"), screen(&a));
        }
    }
}
