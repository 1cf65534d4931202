#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! The real binary in a pseudo-terminal: it starts, navigates, shows help, quits,
//! and leaves the terminal as it found it.
#![cfg(unix)]

#[path = "common/pty.rs"]
mod pty;

use std::time::{Duration, Instant};

use pty::{Session, WAIT};

#[test]
fn starts_navigates_shows_help_and_quits_cleanly() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Panoramica");
    assert!(s.parser.screen().alternate_screen());
    s.send("j\r");
    s.wait_for("Roadmap 2 · Dispositivi medici");
    s.send("?");
    s.wait_for("Aiuto — Roadmap");
    // A lone Esc must reach the program before the next key, or the two read as Alt-s.
    s.send("\x1b");
    s.wait_gone("Aiuto");
    s.send("s");
    s.wait_for("Stakeholder (");
    s.send("q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

/// The terminal is taken while the document loads; when it does not load, or the
/// place asked for is not in it, the terminal is given back before the error is
/// printed: each line starts at the left edge, and nothing was drawn.
#[test]
fn a_document_that_does_not_load_is_reported_on_the_screen_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "Document(\n  meta: 5,\n)\n").unwrap();
    let bad = bad.display().to_string();
    for (args, second_line) in [
        (vec![bad.as_str()], "2 |   meta: 5,"),
        (vec!["--open", "roadmap:99"], ""),
    ] {
        let mut s = Session::start(&args, &[]);
        let status = s.wait_exit();
        assert!(!status.success(), "{args:?}");
        let screen = s.screen();
        assert!(screen.starts_with("error: "), "{args:?}:\n{screen}");
        assert!(
            screen
                .lines()
                .skip(1)
                .all(|l| l.is_empty() || !l.starts_with(' ') || l.starts_with("  |")),
            "{args:?}: a line not at the left edge:\n{screen}"
        );
        assert!(screen.contains(second_line), "{args:?}:\n{screen}");
        let out = String::from_utf8_lossy(&s.raw);
        assert!(
            !out.contains("\x1b[?1049h"),
            "{args:?}: the alternate screen was entered"
        );
    }
}

#[test]
fn ctrl_c_quits_and_restores() {
    let mut s = Session::start(&["--open", "roadmap:3"], &[]);
    s.wait_for("Roadmap 3 · ICT per la salute");
    s.send("\x03");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// A termination signal gives the terminal back and ends with a failure status.
fn signal_restores(signal: &str, args: &[&str], shows: &str) {
    let mut s = Session::start(args, &[]);
    s.wait_for(shows);
    s.signal(signal);
    let status = s.wait_exit();
    assert!(
        !status.success(),
        "SIG{signal} ends with a failure status, not {status:?}"
    );
    s.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores("TERM", &[], "Panoramica");
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores("HUP", &["--lang", "en"], "Overview");
}

#[test]
fn sigint_restores_the_terminal() {
    // In raw mode Ctrl-C is a key; SIGINT still comes from `kill` or a supervisor.
    signal_restores("INT", &["--open", "swot"], "Punti di forza");
}

#[test]
fn sigquit_restores_the_terminal() {
    signal_restores("QUIT", &["--open", "matrix"], "Organizzazioni × roadmap");
}

#[test]
fn a_signal_while_presenting_restores_the_terminal() {
    let mut s = Session::start(&["--present"], &[]);
    s.wait_for(" 1 / ");
    s.send("\x1b[C");
    s.wait_for(" 2 / ");
    s.signal("TERM");
    assert!(!s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn mouse_click_opens_a_roadmap() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Panoramica");
    // SGR mouse: press and release at column 10, row 15 (1-based): the table's fourth
    // row, below the header and the sector's figures.
    let click = "\x1b[<0;10;15M\x1b[<0;10;15m";
    s.send(click);
    s.send(click);
    s.wait_for("Roadmap 4 · Nutraceutica");
    s.send("q");
    s.wait_exit();
    s.assert_restored();
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("Panoramica");
    s.send("1");
    s.wait_for("Ambiti e soluzioni tecnologiche");
    // SGR mouse: the wheel turned down once over the content pane (column 50, row 16,
    // 1-based) while the section list has the focus.
    s.send("\x1b[<65;50;16M");
    s.wait_gone("Ambiti e soluzioni tecnologiche");
    // The section list did not move: the summary is still the section shown.
    assert!(s.screen().contains("┌ Sintesi"), "{}", s.screen());
    s.send("q");
    s.wait_exit();
    s.assert_restored();
}

#[test]
fn refuses_to_start_without_a_terminal() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_roadmap-tui"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("not a terminal") && err.contains("render"),
        "{err}"
    );
}

#[test]
fn refuses_dumb_terminals() {
    let mut s = Session::start(&[], &[("TERM", "dumb")]);
    let status = s.wait_exit();
    assert!(!status.success());
    assert!(String::from_utf8_lossy(&s.raw).contains("TERM=dumb"));
}

/// Every SGR sequence in `raw` that sets a colour (foreground, background or
/// underline; the defaults 39, 49 and 59 are not colours).
fn colour_escapes(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let mut found = Vec::new();
    let mut rest = text.as_ref();
    while let Some(i) = rest.find("\x1b[") {
        rest = &rest[i + 2..];
        let end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == ';' || c == ':'))
            .unwrap_or(rest.len());
        let (params, after) = rest.split_at(end);
        if after.starts_with('m') {
            let colour = params.split([';', ':']).any(|p| {
                matches!(
                    p.parse::<u16>(),
                    Ok(30..=38 | 40..=48 | 58 | 90..=97 | 100..=107)
                )
            });
            if colour {
                found.push(format!("ESC[{params}m"));
            }
        }
    }
    found
}

#[test]
fn no_color_sends_no_colour_and_keeps_the_selection_visible() {
    let mut s = Session::start(&[], &[("NO_COLOR", "1")]);
    s.wait_for("q esci");
    // The selected row is shown in reverse video.
    let row = (0..24)
        .find(|&r| {
            s.parser
                .screen()
                .contents_between(r, 0, r, 80)
                .contains("Nuovi prodotti")
        })
        .expect("first roadmap row");
    assert!(s.parser.screen().cell(row, 10).expect("cell").inverse());
    for (keys, shows) in [
        ("j\r", "Roadmap 2"),
        ("w", "Punti di forza"),
        ("x", "Organizzazioni × roadmap"),
        ("c", "Contributo UE"),
        ("t", "Contributo UE"),
        ("s", "Stakeholder ("),
        ("?", "Aiuto"),
    ] {
        s.send(keys);
        s.wait_for(shows);
    }
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
    assert_eq!(colour_escapes(&s.raw), Vec::<String>::new());
}

#[test]
fn the_light_theme_paints_its_background_and_t_cycles_themes() {
    let mut s = Session::start(&["--theme", "light"], &[]);
    s.wait_for("q esci");
    let bg = |s: &Session| s.parser.screen().cell(5, 40).expect("cell").bgcolor();
    assert_ne!(bg(&s), vt100::Color::Default, "light paints a background");
    assert!(!colour_escapes(&s.raw).is_empty());
    let light = bg(&s);
    s.send("t");
    let deadline = Instant::now() + WAIT;
    while bg(&s) == light {
        assert!(Instant::now() < deadline, "the theme did not change");
        s.pump(Duration::from_millis(50));
    }
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn live_reload_shows_saves_and_keeps_the_last_good_data_while_broken() {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.ron");
    let good = std::fs::read_to_string(fixture).expect("fixture");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("district.ron");
    std::fs::write(&path, &good).expect("write");
    let mut s = Session::start(&[path.to_str().expect("utf-8 path")], &[]);
    s.wait_for("Tecnologie per nuovi farmaci");
    s.send("s");
    s.wait_for("Stakeholder (");
    s.send("o");
    s.wait_for("Tecnologie per nuovi farmaci");

    std::fs::write(
        &path,
        good.replace("Tecnologie per nuovi farmaci", "Farmaci di domani"),
    )
    .expect("write");
    s.wait_for("Farmaci di domani");

    s.wait_for("✓ dati ricaricati");

    std::fs::write(&path, good.replacen("number: 1,\n", "number: 1\n", 1)).expect("write");
    s.wait_for("⚠ e 1 problema");
    assert!(
        s.screen().contains("Farmaci di domani"),
        "the last good data stays"
    );
    // The footer has no room for the whole problem at 80 columns: its list does.
    s.send("e");
    s.wait_for("43:13: expected comma");
    s.send_key("Esc");
    s.wait_gone("43:13: expected comma");

    std::fs::write(&path, &good).expect("write");
    s.wait_gone("1 problema");
    s.wait_for("Tecnologie per nuovi farmaci");
    s.wait_for("✓ dati ricaricati");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn typing_a_search_lands_on_the_organisation() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("q esci");
    s.send("/");
    s.wait_for("Cerca");
    s.send("kedrion");
    s.wait_for("Organizzazioni (1)");
    s.send("\r");
    s.wait_for("Panoramica › Kedrion");
    // The overlay is gone and Back returns to where the search began.
    assert!(!s.screen().contains("Cerca"));
    s.send("\x1b");
    s.wait_gone("› Kedrion");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn ten_jumps_keep_the_path_short_and_the_current_screen_in_view() {
    let mut s = Session::start_sized(&["--lang", "en"], &[], (80, 24));
    s.wait_for("Overview");
    // Ten jump keys: each goes to its screen straight from the overview.
    for (key, crumbs) in [
        ("1", "Overview › Roadmap 1"),
        ("s", "Overview › Stakeholders"),
        ("3", "Overview › Roadmap 3"),
        ("w", "Overview › SWOT"),
        ("x", "Overview › Matrix"),
        ("2", "Overview › Roadmap 2"),
        ("c", "Overview › Figures"),
        ("d", "Overview › Document"),
        ("7", "Overview › Roadmap 7"),
        ("s", "Overview › Stakeholders"),
    ] {
        s.send(key);
        let top = |screen: &vt100::Screen| {
            screen
                .contents()
                .lines()
                .next()
                .unwrap_or("")
                .trim()
                .to_owned()
        };
        s.wait_until(
            |screen| top(screen) == crumbs,
            |screen| {
                format!(
                    "after {key} the breadcrumbs read {:?}, not {crumbs:?}",
                    top(screen)
                )
            },
        );
    }
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn r_opens_the_roadmap_list_and_a_typed_number_chooses() {
    let mut s = Session::start(&["--open", "stakeholders"], &[]);
    s.wait_for("Stakeholder (119)");
    s.send("R");
    s.wait_for("tutte le roadmap");
    s.send("7");
    s.wait_for("· roadmap 7");
    s.wait_gone("tutte le roadmap");
    s.send("K");
    s.wait_for("tutti i tipi");
    s.send("\x1b");
    s.wait_gone("tutti i tipi");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// The state letter of process `pid` in `/proc/PID/stat`: `T` when stopped.
fn process_state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc stat");
    // The command name, in parentheses, may hold spaces: the state follows the last `)`.
    let after = &stat[stat.rfind(')').expect("stat format") + 1..];
    after.trim_start().chars().next().expect("state")
}

/// The process's blocked, ignored and caught signals, as `/proc` gives them.
fn signal_masks(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with("Sig") || l.starts_with("ShdPnd"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Waits until the program is stopped, then checks it gave the terminal back.
fn wait_stopped(s: &mut Session) {
    let pid = s.child.process_id().expect("pid");
    let deadline = Instant::now() + WAIT;
    while process_state(pid) != 'T' {
        assert!(
            Instant::now() < deadline,
            "the program did not stop: state {}, signals {}\n{}",
            process_state(pid),
            signal_masks(pid),
            s.screen()
        );
        s.pump(Duration::from_millis(20));
    }
    // What it wrote before stopping may still be on its way.
    s.wait_until(
        |screen| !screen.alternate_screen(),
        |_| "stopped on the alternate screen".into(),
    );
    s.assert_restored();
}

/// Continues a stopped program and checks it took the terminal again and drew the
/// whole screen, not only what changed (the shell wrote over it meanwhile).
fn continue_and_redraw(s: &mut Session, shows: &str) {
    let before = s.raw.len();
    s.signal("CONT");
    s.wait_until(vt100::Screen::alternate_screen, |_| {
        "the program did not take the alternate screen again".into()
    });
    // What it wrote since, read by a terminal that saw nothing before: a frame drawn
    // whole shows the unchanged footer there too.
    let deadline = Instant::now() + WAIT;
    loop {
        let n = |v| std::num::NonZeroU16::new(v).expect("non-zero");
        let mut fresh = vt100::Parser::new(n(24), n(80), 0);
        fresh.process(&s.raw[before..]);
        let text = fresh.screen().contents();
        if text.contains("q esci") && text.contains(shows) {
            break;
        }
        assert!(Instant::now() < deadline, "no full redraw:\n{text}");
        s.pump(Duration::from_millis(20));
    }
    assert!(s.screen().contains(shows), "{}", s.screen());
    let again = String::from_utf8_lossy(&s.raw[before..]);
    assert!(again.contains("\x1b[?1000h"), "mouse capture is back");
}

#[test]
fn ctrl_z_suspends_with_the_terminal_given_back_and_sigcont_redraws() {
    let mut s = Session::start(&["--open", "roadmap:3"], &[]);
    s.wait_for("Roadmap 3 · ICT per la salute");
    s.send("\x1a");
    wait_stopped(&mut s);
    assert!(!s.screen().contains("Roadmap 3 · ICT per la salute"));
    continue_and_redraw(&mut s, "Roadmap 3 · ICT per la salute");
    // Keys still work: raw mode is back.
    s.send("s");
    s.wait_for("Stakeholder (");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn sigtstp_from_outside_suspends_and_sigcont_redraws() {
    let mut s = Session::start(&["--open", "swot"], &[]);
    s.wait_for("Punti di forza");
    s.signal("TSTP");
    wait_stopped(&mut s);
    continue_and_redraw(&mut s, "Punti di forza");
    // Suspended twice: the second time works as the first.
    s.send("\x1a");
    wait_stopped(&mut s);
    continue_and_redraw(&mut s, "Punti di forza");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn a_paste_is_text_never_keys() {
    let mut s = Session::start(&[], &[]);
    s.wait_for("q esci");
    // On the overview nothing takes text: the paste's Enter opens nothing, its `q`
    // does not quit.
    s.send("\x1b[200~menarini\rq\x1b[201~");
    s.send("?");
    s.wait_for("Aiuto — Panoramica");
    assert!(
        s.child.try_wait().expect("try_wait").is_none(),
        "still running"
    );
    s.send("\x1b");
    s.wait_gone("Aiuto");
    // In the search it is typed: one line, the line break a space.
    s.send("/");
    s.wait_for("Cerca");
    s.send("\x1b[200~menarini\r\n\x1b[201~");
    s.wait_for("menarini");
    s.wait_for("Organizzazioni (");
    assert!(
        s.screen().contains("Cerca"),
        "still searching: {}",
        s.screen()
    );
    s.send("\r");
    s.wait_for("Panoramica › Menarini");
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn y_puts_the_selected_paragraph_on_the_clipboard() {
    use base64::Engine;
    let mut s = Session::start(&["--open", "roadmap:1"], &[]);
    s.wait_for("Roadmap 1");
    // The context section, its first paragraph.
    s.send("j");
    s.send("l");
    s.send("y");
    s.wait_for("copiato:");
    let doc = roadmap_tui::model::load_embedded().unwrap().doc;
    let expected = doc.roadmaps[0].context[0].to_string();
    let written = s.parser.callbacks().clipboard.clone();
    assert_eq!(written.len(), 1, "{written:?}");
    let (kind, data) = written[0].split_once(';').unwrap();
    assert_eq!(kind, "c");
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(data)
        .unwrap();
    assert_eq!(String::from_utf8(decoded).unwrap(), expected);
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn a_wrapped_web_address_is_one_hyperlink_in_the_terminal() {
    let url = "https://open.toscana.it/documents/646522/0/Report+DT+LIFE+SCIENCES.pdf/14b3faf9-6f33-4a54-b70b-d42938e31580";
    let mut s = Session::start(&["--open", "document", "--lang", "en"], &[]);
    s.wait_for("Preface");
    s.send("G");
    s.wait_for("14b3faf9-6f33-4a54-b70b-d42938e31580");
    // Shown on several lines, yet every character links to the whole address,
    // under one id, and the link is closed after each.
    let raw = String::from_utf8_lossy(&s.raw).into_owned();
    let open = format!(";{url}\x1b\\");
    let opened: Vec<&str> = raw.match_indices(&open).map(|(i, _)| &raw[..i]).collect();
    assert!(opened.len() >= url.len() - 20, "{} links", opened.len());
    let ids: std::collections::BTreeSet<&str> = opened
        .iter()
        .map(|before| {
            let at = before.rfind("\x1b]8;id=").expect("an id");
            &before[at..]
        })
        .collect();
    assert_eq!(ids.len(), 1, "{ids:?}");
    assert!(raw.contains("\x1b]8;;\x1b\\"));
    // The screen shows the address where the drawn text puts it.
    assert!(
        s.screen()
            .contains("https://open.toscana.it/documents/646522/0/")
    );
    s.send("q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}
