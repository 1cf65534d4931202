//! What the command line says about itself beyond its options: the environment and
//! the exit statuses (in `--help` and the man page), the man page, and shell
//! completions. Each note is written once, here, for all of them.

use clap::Arg;
use clap::builder::StyledStr;
use clap::builder::styling::Styles;
use clap_mangen::roff::{Roff, bold, italic, roman};

/// The variables the program reads, and what each does.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "LC_ALL, LC_MESSAGES, LANG",
        "The interface language when --lang is not given, from the first one set: \
         Italian for it*, English otherwise; Italian when none is set.",
    ),
    (
        "NO_COLOR",
        "Set and not empty: no colour is sent, whatever the theme; selection and focus \
         stay visible through bold, reverse video and markers.",
    ),
    (
        "XDG_CONFIG_HOME",
        "Where the configuration file is looked for (see Files); ~/.config when unset.",
    ),
    (
        "TERM",
        "dumb: the browser does not start; render and export still work.",
    ),
];

/// The files the program reads besides the data, and what each holds.
pub const FILES: &[(&str, &str)] = &[(
    "$XDG_CONFIG_HOME/roadmap-tui/config.ron",
    "The configuration (~/.config/roadmap-tui/config.ron when XDG_CONFIG_HOME is unset; \
     the roaming AppData folder on Windows): the language, theme, mouse and keys to \
     start with, all optional, e.g. (lang: \"en\", theme: \"light\", mouse: false, \
     keys: { \"quit\": [\"q\", \"ctrl-c\"] }). --config FILE reads FILE instead; \
     command-line flags win over it; `check --config` checks it and says where it is. \
     A missing file is no configuration; a file with problems is reported and the \
     defaults apply.",
)];

/// The exit statuses, and when each is given.
pub const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "Success; for check, the file is clean."),
    (
        "1",
        "The data has problems (check lists every one; the other commands refuse the \
         file), an export or a new document could not be written, or the terminal \
         failed.",
    ),
    (
        "2",
        "The command line is wrong (an unknown option, place or size), the data file \
         or the configuration named with --config cannot be read, or the browser has no \
         terminal to run in.",
    ),
    (
        "128+N",
        "The browser was ended by signal N (SIGHUP, SIGINT, SIGQUIT or SIGTERM), the \
         terminal given back first.",
    ),
];

/// The notes `--help` prints after the options, headed and laid out as clap lays out
/// the options (clap drops the styles where they would not show).
pub fn after_long_help() -> StyledStr {
    let styles = Styles::default();
    let (header, literal) = (styles.get_header(), styles.get_literal());
    let mut s = String::new();
    for (heading, notes) in [
        ("Environment:", ENVIRONMENT),
        ("Files:", FILES),
        ("Exit status:", EXIT_STATUS),
    ] {
        if !s.is_empty() {
            s.push('\n');
        }
        s.push_str(&format!("{header}{heading}{header:#}\n"));
        for (name, what) in notes {
            s.push_str(&format!("  {literal}{name}{literal:#}\n          {what}\n"));
        }
    }
    s.into()
}

/// The completion script of the command line `cmd` for `shell`.
pub fn completions(mut cmd: clap::Command, shell: clap_complete::Shell) -> Vec<u8> {
    let name = cmd.get_name().to_owned();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, &name, &mut script);
    if shell != clap_complete::Shell::Bash {
        return script;
    }
    // clap_complete 4.6 spells the state of a subcommand of a hyphenated program one
    // way where it tracks the words typed (`roadmap__tui__subcmd__render`) and another
    // in the arms that complete it (`roadmap__subcmd__tui__subcmd__render`), so no
    // subcommand's options would ever complete (clap-rs/clap#6421). The arms are
    // spelled as the tracking does; once clap agrees with itself this changes nothing.
    let tracked = name.replace('-', "__");
    let armed = name.replace('-', "__subcmd__");
    String::from_utf8_lossy(&script)
        .replace(
            &format!("{armed}__subcmd__"),
            &format!("{tracked}__subcmd__"),
        )
        .into_bytes()
}

/// The man page of the command line `cmd`, roff for `man -l -`: clap's sections, every command with its options
/// (one page, not one per command), and the environment and the exit statuses.
pub fn man_page(cmd: clap::Command) -> std::io::Result<String> {
    // Without the notes `--help` appends: the man page gives them sections.
    let cmd = cmd.after_long_help(None::<&str>);
    let man = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    let out = &mut page;
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    let mut roff = Roff::new();
    commands(&mut roff, &cmd);
    for (heading, notes) in [
        ("ENVIRONMENT", ENVIRONMENT),
        ("FILES", FILES),
        ("EXIT STATUS", EXIT_STATUS),
    ] {
        roff.control("SH", [heading]);
        for (name, what) in notes {
            roff.control("TP", []);
            roff.text([bold(*name)]);
            roff.text([roman(*what)]);
        }
    }
    roff.to_writer(out)?;
    if cmd.get_version().is_some() {
        man.render_version_section(out)?;
    }
    // Each section rendered on its own begins with the definition of the apostrophe
    // string: once is enough, just after the title line, so the page begins with `.TH`.
    let page = String::from_utf8_lossy(&page).into_owned();
    let preamble = Roff::new().render();
    let page = page.replace(&preamble, "");
    Ok(match page.split_once('\n') {
        Some((title, rest)) => format!("{title}\n{preamble}{rest}"),
        None => page,
    })
}

/// The COMMANDS section: each command's usage, what it does, and its arguments.
fn commands(roff: &mut Roff, cmd: &clap::Command) {
    roff.control("SH", ["COMMANDS"]);
    for sub in cmd.get_subcommands() {
        let mut sub = sub
            .clone()
            .bin_name(format!("{} {}", cmd.get_name(), sub.get_name()));
        let usage = sub.render_usage().to_string();
        roff.control("TP", []);
        roff.text([bold(usage.trim_start_matches("Usage: ").trim_end())]);
        if let Some(about) = sub.get_long_about().or_else(|| sub.get_about()) {
            roff.text([roman(about.to_string())]);
        }
        let args: Vec<&Arg> = sub
            .get_arguments()
            .filter(|a| !a.is_hide_set() && a.get_id() != "help")
            .collect();
        if args.is_empty() {
            continue;
        }
        roff.control("RS", []);
        for arg in args {
            roff.control("TP", []);
            roff.text(arg_label(arg));
            let mut help = arg
                .get_long_help()
                .or_else(|| arg.get_help())
                .map(ToString::to_string)
                .unwrap_or_default();
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_owned())
                .collect();
            // Clap drops the full stop that ends a doc comment; the notes need it back.
            let end = |help: &mut String| {
                if !help.is_empty() && !help.ends_with('.') {
                    help.push('.');
                }
            };
            if !values.is_empty() {
                end(&mut help);
                help.push_str(&format!(" One of: {}", values.join(", ")));
            }
            if let Some(default) = arg.get_default_values().first() {
                end(&mut help);
                help.push_str(&format!(" Default: {}", default.to_string_lossy()));
            }
            end(&mut help);
            roff.text([roman(help.trim())]);
        }
        roff.control("RE", []);
    }
}

/// An argument as the synopsis writes it: `-o, --output <FILE>`, or `<DATA>`.
fn arg_label(arg: &Arg) -> Vec<clap_mangen::roff::Inline> {
    let value = arg.get_value_names().map_or_else(
        || format!("<{}>", arg.get_id().as_str().to_uppercase()),
        |names| {
            names
                .iter()
                .map(|n| format!("<{n}>"))
                .collect::<Vec<_>>()
                .join(" ")
        },
    );
    if arg.is_positional() {
        return vec![italic(value)];
    }
    let names: Vec<String> = arg
        .get_short()
        .map(|s| format!("-{s}"))
        .into_iter()
        .chain(arg.get_long().map(|l| format!("--{l}")))
        .collect();
    let mut label = vec![bold(names.join(", "))];
    if arg.get_action().takes_values() {
        label.push(roman(" "));
        label.push(italic(value));
    }
    label
}
