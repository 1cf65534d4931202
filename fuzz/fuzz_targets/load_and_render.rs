#![no_main]
//! Any bytes as a data file: loading never panics, a refusal says why without a
//! raw control character, and a document that loads draws every screen (every place,
//! every roadmap section, help, every slide) at several sizes without a panic and
//! without a control or bidi character in any cell.

#[path = "../../tests/common/walk.rs"]
mod walk;

use libfuzzer_sys::fuzz_target;
use roadmap_tui::app::App;
use roadmap_tui::model::{Lang, Loaded, parse_and_validate};

fuzz_target!(|data: &[u8]| {
    // `load` refuses non-UTF-8 before parsing; the parser only ever sees text.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse_and_validate("fuzz.ron", text) {
        Ok(doc) => {
            let lang = if data.len() % 2 == 0 {
                Lang::It
            } else {
                Lang::En
            };
            let loaded = Loaded {
                doc,
                name: "fuzz.ron".to_owned(),
                path: None,
            };
            let app = App::new(loaded, lang, (80, 24));
            walk::every_screen(&app, &walk::SIZES, |what, buf| {
                walk::assert_inert(buf, what)
            });
        }
        Err(e) => {
            // What `check` and the reload banner print.
            for shown in [e.to_string(), e.headline()] {
                if let Some(c) = shown.chars().find(|&c| c != '\n' && walk::forbidden(c)) {
                    panic!("U+{:04X} in the error text: {shown:?}", u32::from(c));
                }
            }
        }
    }
});
