//! What the command line says about itself beyond its options: the environment and
//! the exit statuses (in `--help` and the man page), the man page, and shell
//! completions. Each note is written once, here, for all of them.

use clap::CommandFactory;
use clap::builder::StyledStr;
use clap::builder::styling::Styles;

use crate::cli::Cli;

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
        "TERM",
        "dumb: the browser does not start; render and export still work.",
    ),
];

/// The exit statuses, and when each is given.
pub const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "Success; for check, the file is clean."),
    (
        "1",
        "The data has problems (check lists every one; the other commands refuse the \
         file), an export could not be written, or the terminal failed.",
    ),
    (
        "2",
        "The command line is wrong (an unknown option, place or size), the data file \
         cannot be read, or the browser has no terminal to run in.",
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
    for (heading, notes) in [("Environment:", ENVIRONMENT), ("Exit status:", EXIT_STATUS)] {
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

/// The completion script for `shell`.
pub fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
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

/// The man page, roff for `man -l -`: clap's sections, with the environment and the
/// exit statuses as sections of their own.
pub fn man_page() -> std::io::Result<String> {
    use clap_mangen::roff::Roff;
    // Without the notes `--help` appends: the man page gives them sections.
    let cmd = Cli::command().after_long_help(None::<&str>);
    let man = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    let out = &mut page;
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    man.render_subcommands_section(out)?;
    let mut roff = Roff::new();
    for (heading, notes) in [("ENVIRONMENT", ENVIRONMENT), ("EXIT STATUS", EXIT_STATUS)] {
        roff.control("SH", [heading]);
        for (name, what) in notes {
            roff.control("TP", []);
            roff.text([clap_mangen::roff::bold(*name)]);
            roff.text([clap_mangen::roff::roman(*what)]);
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
