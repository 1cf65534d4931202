#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Shared helpers: fixtures, key scripts and rendering for the screen tests.
#![allow(dead_code)]

pub mod walk;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use roadmap_tui::app::{App, update};
use roadmap_tui::keymap;
use roadmap_tui::model::{self, Lang};
use roadmap_tui::place::Place;

pub fn fixture_path(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The Italian or the English of a text a test looks for on screen.
pub trait Pick {
    fn pick<'a>(self, it: &'a str, en: &'a str) -> &'a str;
}

impl Pick for Lang {
    fn pick<'a>(self, it: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::It => it,
            Lang::En => en,
        }
    }
}

/// An app on the small fixture.
pub fn small(lang: Lang, size: (u16, u16)) -> App {
    let mut loaded = model::load(Some(&fixture_path("small.ron"))).expect("small fixture loads");
    // Snapshots must not depend on where the checkout lives.
    loaded.name = "tests/fixtures/small.ron".into();
    App::new(loaded, lang, size)
}

/// An app on the embedded document.
pub fn embedded(lang: Lang, size: (u16, u16)) -> App {
    App::new(
        model::load_embedded().expect("embedded document loads"),
        lang,
        size,
    )
}

/// Opens a place by name, as `--open` does.
pub fn open(app: &mut App, place: &str) {
    let p = Place::parse(place, &app.doc, &app.index).expect("valid place");
    app.open(p);
}

/// Parses one key token: a char, or Enter, Esc, Tab, S-Tab, Up, Down, Left, Right,
/// `PgUp`, `PgDn`, Home, End, Backspace, F1, C-x.
pub fn key(token: &str) -> KeyEvent {
    let none = KeyModifiers::NONE;
    let code = match token {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "S-Tab" => KeyCode::BackTab,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "Backspace" => KeyCode::Backspace,
        "F1" => KeyCode::F(1),
        "Space" => KeyCode::Char(' '),
        t if t.starts_with("C-") => {
            let c = t.chars().nth(2).expect("C-x");
            return KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        }
        t if t.chars().count() == 1 => KeyCode::Char(t.chars().next().expect("one char")),
        t => panic!("unknown key token {t}"),
    };
    KeyEvent::new(code, none)
}

/// Feeds a space-separated key script through the keymap and `update`, as the
/// event loop does. Returns how many messages changed the screen.
pub fn press(app: &mut App, script: &str) -> usize {
    let mut changed = 0;
    for token in script.split_whitespace() {
        if let Some(msg) = keymap::message(app.context(), &key(token)) {
            changed += usize::from(update(app, msg));
        }
    }
    changed
}

/// The screen as text, followed by a fingerprint of every cell's style so that a
/// colour change fails the snapshot too.
pub fn screen(app: &App) -> String {
    let buf = roadmap_tui::ui::render_to_buffer(app, app.size.0, app.size.1);
    let mut text = roadmap_tui::ui::buffer_text(&buf);
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for cell in &buf.content {
        for b in format!("{:?}{:?}{:?}", cell.fg, cell.bg, cell.modifier).bytes() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    text.push_str(&format!("styles: {hash:016x}\n"));
    text
}

/// The foreground colour of the first cell showing `needle` on screen.
pub fn style_at(app: &App, needle: &str) -> Option<ratatui::style::Style> {
    let buf = roadmap_tui::ui::render_to_buffer(app, app.size.0, app.size.1);
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut xs = Vec::new();
        for x in area.left()..area.right() {
            let s = buf[(x, y)].symbol().to_owned();
            for _ in s.chars() {
                xs.push(x);
            }
            line.push_str(&s);
        }
        if let Some(byte) = line.find(needle) {
            let ch = line[..byte].chars().count();
            return Some(buf[(xs[ch], y)].style());
        }
    }
    None
}

/// What a backend writes, kept where the test can read it.
#[derive(Clone, Default)]
pub struct Sink(pub std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
