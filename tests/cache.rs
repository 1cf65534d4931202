#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Drawing reads what `update` measured: on every screen, section, slide and
//! overlay, at every size and in both languages, a frame finds each item list and
//! chart in the cache instead of measuring it again.

mod common;

use common::embedded;
use common::walk::{SIZES, every_screen_of};
use roadmap_tui::action::{Action, Msg};
use roadmap_tui::app::update;
use roadmap_tui::model::Lang;

#[test]
fn drawing_finds_everything_in_the_cache() {
    for lang in [Lang::It, Lang::En] {
        let app = embedded(lang, (80, 24));
        let sizes = [SIZES.as_slice(), &[(60, 20), (160, 48)]].concat();
        let mut drawn = 0;
        every_screen_of(&app, &sizes, |what, a, _| {
            drawn += 1;
            assert_eq!(a.cache.misses(), 0, "{what} ({lang:?}) measured on a frame");
        });
        assert!(drawn > 100, "only {drawn} screens drawn");
    }
}

#[test]
fn a_miss_is_counted() {
    let mut a = embedded(Lang::It, (80, 24));
    update(&mut a, Msg::Action(Action::GoDocument));
    let pane = a.panes().remove(0);
    let mut wider = pane.clone();
    wider.rect.width += 10;
    let _ = a.list(&pane);
    assert_eq!(a.cache.misses(), 0);
    let _ = a.list(&wider);
    assert_eq!(
        a.cache.misses(),
        1,
        "a list not measured for its pane is a miss"
    );
}
