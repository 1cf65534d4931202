//! The command line: argument types, the commands that print and exit, and how
//! the browser starts (`browse`: the document loaded while the terminal is taken).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use crate::app::App;
use crate::config::{self, Config, Found};
use crate::model::text::{is_unsafe, sanitize};
use crate::model::{self, Lang, LoadError};
use crate::place::Place;
use crate::ui::theme::ThemeName;

#[derive(Debug, Parser)]
#[command(
    name = "roadmap-tui",
    version,
    about = "Browse a regional innovation strategy (S3 roadmaps) in the terminal",
    long_about = "Browse a regional innovation strategy (S3 roadmaps) in the terminal.\n\n\
        Without DATA it opens the embedded document, a life-sciences district's S3 \
        roadmaps of May 2021 (`roadmap-tui export --format markdown` prints it); \
        `roadmap-tui new FILE` starts a document of your own.",
    after_long_help = crate::manual::after_long_help(),
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// A RON data file to browse instead of the embedded document.
    #[arg(value_name = "DATA")]
    pub data: Option<PathBuf>,

    #[command(flatten)]
    pub view: ViewArgs,
}

/// Options shared by the browser and `render`. The default is what the command
/// line means without any.
#[derive(Debug, Clone, Default, PartialEq, Eq, clap::Args)]
pub struct ViewArgs {
    /// Start at this place: overview, document, roadmap:N, area:ID, stakeholders, stakeholder:ID, swot, swot:QUADRANT, matrix, figures, figures:CHART, search:TEXT.
    #[arg(long, value_name = "PLACE")]
    pub open: Option<String>,

    /// Language of the interface (default: from `LC_ALL` / `LC_MESSAGES` / LANG).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,

    /// Colour theme (default: the configuration's, else dark); `light` suits projectors. `NO_COLOR` turns colour off whatever the theme.
    #[arg(long, value_enum)]
    pub theme: Option<ThemeArg>,

    /// Start in presentation mode: one slide per roadmap, the SWOT, the charts.
    #[arg(long)]
    pub present: bool,

    /// Read the settings from FILE instead of the configuration file (see Files below).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// While the program runs, serve the live handout and the presenter's place over
    /// HTTP, for an audience to follow on their phones: a port (this machine only) or
    /// ADDRESS:PORT (0.0.0.0:8080 for every network). Presenting, a key shows the
    /// address and its QR code: `?` names it.
    #[arg(long, value_name = "[ADDRESS:]PORT")]
    pub serve: Option<String>,
}

/// What `render` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PictureFormat {
    Text,
    Ansi,
    Svg,
}

/// What `render` draws and how.
#[derive(Debug, Clone)]
pub struct RenderArgs<'a> {
    pub place: &'a str,
    pub size: (u16, u16),
    pub lang: Lang,
    pub format: PictureFormat,
    pub theme: ThemeArg,
    pub data: Option<&'a Path>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    Dark,
    Light,
    Contrast,
}

impl From<ThemeArg> for ThemeName {
    fn from(t: ThemeArg) -> Self {
        match t {
            ThemeArg::Dark => Self::Dark,
            ThemeArg::Light => Self::Light,
            ThemeArg::Contrast => Self::Contrast,
        }
    }
}

/// Whether `NO_COLOR` asks for no colour (set and not empty).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a data file: exit 0 when clean, 1 with every problem listed, 2 when unreadable.
    Check {
        /// The RON file to check (default: the embedded document).
        #[arg(conflicts_with = "config")]
        file: Option<PathBuf>,
        /// Check the configuration file instead, or FILE as one, and print where it is.
        #[arg(long, value_name = "FILE", num_args = 0..=1)]
        config: Option<Option<PathBuf>>,
    },
    /// Start a document of your own: write FILE with one commented example of every part, ready for `check` and the browser.
    New {
        /// The file to create; it must not exist yet. `-` writes to standard output.
        file: PathBuf,
        /// The region the strategy is for (default: a placeholder), as the document names it, e.g. `Lombardia`.
        #[arg(long, value_name = "NAME")]
        region: Option<String>,
    },
    /// Write the loaded, validated document in another format.
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to FILE instead of standard output: a file is replaced atomically, a link's target too, a FIFO or device written straight; `-` is standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Language of the handout's headings and labels (default: from the locale).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// The RON file to export (default: the embedded document).
        data: Option<PathBuf>,
    },
    /// Print one screen as plain text, coloured text or an SVG image, and exit.
    Render {
        /// The screen: overview, document, roadmap:N, area:ID, stakeholders, stakeholder:ID, swot, swot:QUADRANT, matrix, figures, figures:CHART, search:TEXT, or slide:N of the presentation.
        place: String,
        /// Terminal size to render at, `WIDTHxHEIGHT`, at least 60x16.
        #[arg(long, value_name = "WxH", default_value = "120x40", value_parser = parse_size)]
        size: (u16, u16),
        /// Language of the interface (default: from the locale).
        #[arg(long, value_enum)]
        lang: Option<Lang>,
        /// `text`: plain text; `ansi`: text with the theme's colours for a terminal; `svg`: a self-contained image.
        #[arg(long, value_enum, default_value = "text")]
        format: PictureFormat,
        /// Colour theme of `ansi` and `svg`.
        #[arg(long, value_enum, default_value = "dark")]
        theme: ThemeArg,
        /// The RON file to render (default: the embedded document).
        data: Option<PathBuf>,
    },
    /// Print a shell completion script, e.g. `roadmap-tui completions bash > /etc/bash_completion.d/roadmap-tui`.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `roadmap-tui man | man -l -`.
    Man,
}

fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let (w, h) = s
        .split_once(['x', 'X', '×'])
        .ok_or_else(|| format!("`{}` is not WIDTHxHEIGHT, e.g. 120x40", sanitize(s)))?;
    let dim = |v: &str| {
        v.trim()
            .parse::<u16>()
            .ok()
            .filter(|n| (1..=1000).contains(n))
            .ok_or_else(|| format!("`{}` is not a size from 1 to 1000", sanitize(v)))
    };
    Ok((dim(w)?, dim(h)?))
}

/// Prints clap's complaint about the command line (or the help or version asked for)
/// and returns the exit code.
///
/// Clap quotes a rejected argument as it was given, and on a terminal writes it out
/// as it is, so an escape sequence in an argument would act on the terminal. When an
/// argument holds a control or invisible character, the message is printed as plain
/// text with those characters made visible; otherwise clap prints it as usual.
pub fn command_line_error(e: &clap::Error) -> ExitCode {
    let hostile = std::env::args_os()
        .skip(1)
        .any(|a| a.to_string_lossy().chars().any(is_unsafe));
    if !hostile || !e.use_stderr() {
        e.exit();
    }
    // Rendered without style, which also drops whole escape sequences; what is left
    // (C1 controls, bidi overrides, a lone BEL…) is made visible.
    eprint!("{}", sanitize(&e.render().to_string()));
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}

/// `--lang` takes a language by its code, so a new language needs nothing here.
impl ValueEnum for Lang {
    fn value_variants<'a>() -> &'a [Self] {
        &Self::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.code()))
    }
}

/// The language asked for, or the locale's.
pub fn resolve_lang(arg: Option<Lang>) -> Lang {
    arg.unwrap_or_else(|| Lang::from_locale(|k| std::env::var(k).ok()))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The validated document, for programs.
    Json,
    /// A handout of the whole document, GitHub-flavoured Markdown.
    Markdown,
    /// A handout of the whole document, one self-contained HTML file.
    Html,
}

/// Prints an error to stderr, in colour only when stderr is a terminal and `NO_COLOR` is unset.
pub fn print_error(message: &str) {
    print_labelled("error", "1;31", message);
}

/// Prints a warning to stderr, coloured like [`print_error`]'s errors.
fn print_warning(message: &str) {
    print_labelled("warning", "1;33", message);
}

fn print_labelled(label: &str, sgr: &str, message: &str) {
    let mut stderr = std::io::stderr().lock();
    let colour = stderr.is_terminal() && !no_color();
    let label = if colour {
        format!("\x1b[{sgr}m{label}\x1b[0m")
    } else {
        label.to_owned()
    };
    let _ = writeln!(stderr, "{label}: {message}");
}

fn report_load_error(e: &LoadError) -> ExitCode {
    match e {
        LoadError::Unreadable { .. } => print_error(&e.summary()),
        LoadError::Invalid { file, problems } => {
            for p in problems {
                print_error(&p.render(file));
            }
            eprintln!("{}", e.summary());
        }
    }
    ExitCode::from(e.exit_code())
}

/// "1 source", "17 sources": `check`'s summary speaks English, as its messages do.
fn counted(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// `roadmap-tui check [FILE]`
pub fn check(file: Option<&Path>) -> ExitCode {
    match model::load_with_warnings(file) {
        Ok((loaded, warnings)) => {
            let d = &loaded.doc;
            let warned = match warnings.len() {
                0 => String::new(),
                n => format!(" — {}", counted(n, "warning")),
            };
            let swot = d.swot.strengths.len()
                + d.swot.weaknesses.len()
                + d.swot.opportunities.len()
                + d.swot.threats.len();
            println!(
                "{}: ok — {}, {}, {}, {}{warned}",
                loaded.name,
                counted(d.roadmaps.len(), "roadmap"),
                counted(d.organisations.len(), "organisation"),
                counted(swot, "SWOT item"),
                counted(d.sources.len(), "source"),
            );
            let _ = std::io::stdout().flush();
            for w in &warnings {
                print_warning(&w.render(&loaded.name));
            }
            ExitCode::SUCCESS
        }
        Err(e) => report_load_error(&e),
    }
}

/// `roadmap-tui check --config [FILE]`
pub fn check_config(file: Option<&Path>) -> ExitCode {
    match config::read(file) {
        Ok(Found::Nothing) => {
            match config::default_path() {
                Some(p) => println!(
                    "{}: no configuration file; the defaults are in force",
                    sanitize(&p.display().to_string())
                ),
                None => println!("no home directory, so no configuration file"),
            }
            ExitCode::SUCCESS
        }
        Ok(Found::Settings(_, path)) => {
            println!("{}: ok", sanitize(&path.display().to_string()));
            ExitCode::SUCCESS
        }
        Err(e) => report_load_error(&e),
    }
}

/// The configuration, with its problems printed: a file named on the command line
/// that cannot be read is an error (`Err`); a file with problems leaves the defaults
/// (`true` beside them, so the browser can say so).
fn settings(file: Option<&Path>) -> Result<(Config, bool), ExitCode> {
    match config::read(file) {
        Ok(Found::Nothing) => Ok((Config::default(), false)),
        Ok(Found::Settings(config, _)) => Ok((config, false)),
        Err(e @ LoadError::Unreadable { .. }) if file.is_some() => {
            print_error(&format!("--config: {}", e.summary()));
            Err(ExitCode::from(2))
        }
        Err(e) => {
            report_load_error(&e);
            eprintln!("starting with the default settings");
            Ok((Config::default(), true))
        }
    }
}

/// `roadmap-tui export --format F [--lang L] [-o FILE] [DATA]`
pub fn export(
    format: ExportFormat,
    lang: Lang,
    output: Option<&Path>,
    data: Option<&Path>,
) -> ExitCode {
    let loaded = match model::load(data) {
        Ok(l) => l,
        Err(e) => return report_load_error(&e),
    };
    let body = match format {
        ExportFormat::Json => match serde_json::to_string_pretty(&loaded.doc) {
            Ok(s) => s + "\n",
            Err(e) => {
                print_error(&format!("cannot serialise the document: {e}"));
                return ExitCode::from(1);
            }
        },
        ExportFormat::Markdown => crate::export::markdown(&loaded.doc, lang),
        ExportFormat::Html => crate::export::html(&loaded.doc, lang),
    };
    // `-o -` is standard output, as for most tools that write files.
    match output.filter(|p| *p != Path::new("-")) {
        None => write_stdout(body.as_bytes()),
        Some(path) => match crate::export::write_output(path, body.as_bytes(), data) {
            Ok(()) => ExitCode::SUCCESS,
            Err(msg) => {
                print_error(&msg);
                ExitCode::from(1)
            }
        },
    }
}

/// `roadmap-tui new FILE [--region NAME]`
pub fn new_document(file: &Path, region: Option<&str>) -> ExitCode {
    let text = match crate::starter::document(region) {
        Ok(t) => t,
        Err(msg) => {
            print_error(&msg);
            return ExitCode::from(2);
        }
    };
    if file == Path::new("-") {
        return write_stdout(text.as_bytes());
    }
    if let Err(e) = crate::starter::write_new(file, &text) {
        print_error(e.message());
        return ExitCode::from(1);
    }
    let shown = sanitize(&file.display().to_string());
    let arg = shell_word(&shown);
    let check = format!("roadmap-tui check {arg}");
    let width = check.chars().count() + 3;
    println!(
        "{shown}: written, with one example of every part to replace with your own.\n\
         Next:\n  \
         {check:width$}lists every problem, with its line and column\n  \
         {browse:width$}browses it, and reloads it each time you save\n\
         Every field is explained in docs/data-format.md.",
        browse = format!("roadmap-tui {arg}"),
    );
    ExitCode::SUCCESS
}

/// `s` as one word of a POSIX shell: as it is when it holds only characters no shell
/// reads specially, else in single quotes.
fn shell_word(s: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "-_./,:+=@%".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// `roadmap-tui completions SHELL`
pub fn completions(shell: clap_complete::Shell) -> ExitCode {
    write_stdout(&crate::manual::completions(Cli::command(), shell))
}

/// `roadmap-tui man`
pub fn man() -> ExitCode {
    match crate::manual::man_page(Cli::command()) {
        Ok(page) => write_stdout(page.as_bytes()),
        Err(e) => {
            print_error(&format!("cannot write the man page: {e}"));
            ExitCode::from(1)
        }
    }
}

/// Writes `bytes` to standard output; a reader that stops early is no error.
fn write_stdout(bytes: &[u8]) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            print_error(&format!("cannot write to standard output: {e}"));
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}

/// Loads the data and opens `place` on an app of `size`, or says what is wrong.
fn prepare(
    data: Option<&Path>,
    place: Option<&str>,
    lang: Lang,
    size: (u16, u16),
) -> Result<App, ExitCode> {
    prepare_loaded(model::load(data), place, lang, size, || ())
}

/// Opens `place` on an app of `size` with the data `loaded`, or says what is wrong,
/// calling `before_error` first.
fn prepare_loaded(
    loaded: Result<model::Loaded, LoadError>,
    place: Option<&str>,
    lang: Lang,
    size: (u16, u16),
    before_error: impl FnOnce(),
) -> Result<App, ExitCode> {
    let mut before_error = Some(before_error);
    let mut before_error = || {
        if let Some(f) = before_error.take() {
            f();
        }
    };
    let loaded = loaded.map_err(|e| {
        before_error();
        report_load_error(&e)
    })?;
    // `search:TEXT` is not a screen but the overlay over the overview.
    let (place, query) = match place.map(|p| p.split_once(':')) {
        Some(Some(("search", q))) => (None, Some(q)),
        _ => (place, None),
    };
    let mut app = App::new(loaded, lang, size);
    if let Some(p) = place {
        let place = Place::parse(p, &app.doc, &app.index).map_err(|msg| {
            before_error();
            print_error(&msg);
            ExitCode::from(2)
        })?;
        app.open(place);
    }
    if let Some(q) = query {
        app.open_search(q);
    }
    Ok(app)
}

/// `roadmap-tui render PLACE [--size WxH] [--lang L] [--format F] [--theme T] [DATA]`
pub fn render(args: &RenderArgs) -> ExitCode {
    let RenderArgs {
        place,
        size,
        lang,
        data,
        ..
    } = *args;
    // The browser shows a notice to grow the window; a script has no window to grow.
    if !crate::ui::layout::fits(ratatui::layout::Rect::new(0, 0, size.0, size.1)) {
        let (w, h) = (crate::ui::layout::MIN_WIDTH, crate::ui::layout::MIN_HEIGHT);
        print_error(&format!(
            "render needs a size of at least {w}x{h}; --size {}x{} was given",
            size.0, size.1
        ));
        return ExitCode::from(2);
    }
    // A slide is not a place of the browser: the presentation over the overview.
    let slide = place.strip_prefix("slide:");
    let open = if slide.is_some() { "overview" } else { place };
    let mut app = match prepare(data, Some(open), lang, size) {
        Ok(app) => app,
        Err(code) => return code,
    };
    app.set_theme(
        args.theme.into(),
        no_color() && args.format == PictureFormat::Ansi,
    );
    if let Some(n) = slide {
        // Pages of the deck as laid out for this size.
        app.start_presenting();
        let count = app.cache.deck().pages.len();
        match n.parse::<usize>() {
            Ok(n) if (1..=count).contains(&n) => {
                app.present.go(n - 1, app.cache.deck());
            }
            _ => {
                print_error(&format!(
                    "unknown slide {}: at this size the presentation has pages 1 to {count}",
                    crate::model::text::sanitize(n)
                ));
                return ExitCode::from(2);
            }
        }
    }
    let buf = crate::ui::render_to_buffer(&app, size.0, size.1);
    let out = match args.format {
        PictureFormat::Text => crate::ui::buffer_text(&buf),
        PictureFormat::Ansi => crate::ui::picture::ansi(&buf),
        PictureFormat::Svg => crate::ui::picture::svg(&buf),
    };
    write_stdout(out.as_bytes())
}

/// What `browse` needs besides the document: the settings, and the terminal taken
/// when it can be.
struct Prepared {
    config: Config,
    /// The configuration file had problems (printed); the defaults stand.
    broken: bool,
    /// Why the browser cannot run in this terminal, if it cannot.
    unusable: Option<&'static str>,
    size: (u16, u16),
    taken: Option<std::io::Result<crate::tui::Taken>>,
}

/// Reads the settings and takes the terminal (raw mode, the signals watched, the
/// modes queued for the first frame); nothing shows yet.
fn prepare_terminal(file: Option<&Path>) -> Result<Prepared, ExitCode> {
    let (mut config, broken) = settings(file)?;
    if let Some(keys) = config.keys.take() {
        crate::keymap::custom::install(keys);
    }
    let unusable = crate::tui::unusable_terminal();
    // Laid out for the terminal's size from the start, so the first frame measures
    // its lists once.
    let size = unusable
        .is_none()
        .then(|| crossterm::terminal::size().ok())
        .flatten()
        .unwrap_or((80, 24));
    // The mouse is captured unless the configuration starts with it off.
    let taken = unusable
        .is_none()
        .then(|| crate::tui::take(config.mouse.unwrap_or(true)));
    Ok(Prepared {
        config,
        broken,
        unusable,
        size,
        taken,
    })
}

/// Starts the `--serve` server on `at`, with the page of `app`'s document.
fn serve(at: std::net::SocketAddr, app: &crate::app::App) -> Result<crate::tui::Serving, String> {
    let page = crate::serve::live_page(&app.doc, app.lang);
    let server = crate::serve::Server::start(at, page, crate::serve::Limits::default())
        .map_err(|e| format!("cannot serve on {at}: {e}"))?;
    Ok(crate::tui::Serving::new(server, app))
}

/// `roadmap-tui [DATA] [--open PLACE] [--lang L]`: the browser.
pub fn browse(data: Option<&Path>, view: &ViewArgs) -> ExitCode {
    // A mistyped address is told before the terminal is taken.
    let address = match view.serve.as_deref().map(crate::serve::parse_address) {
        None => None,
        Some(Ok(at)) => Some(at),
        Some(Err(message)) => {
            print_error(&message);
            return ExitCode::from(2);
        }
    };
    // The settings are read and the terminal taken on a thread of their own while
    // the document loads here: the first frame waits for the longer of the two, not
    // both, and the load never waits for a thread to be scheduled.
    let file = view.config.clone();
    let preparing = std::thread::Builder::new()
        .name("terminal".into())
        .spawn(move || prepare_terminal(file.as_deref()));
    // A panic while loading waits for the terminal to be taken, to give it back.
    let loaded = std::panic::catch_unwind(|| model::load(data));
    let prepared = match preparing {
        Ok(thread) => thread
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        Err(_) => prepare_terminal(view.config.as_deref()),
    };
    let loaded = match loaded {
        Ok(loaded) => loaded,
        Err(panic) => {
            if let Ok(Prepared {
                taken: Some(Ok(t)), ..
            }) = prepared
            {
                t.give_back();
            }
            std::panic::resume_unwind(panic)
        }
    };
    let Prepared {
        config,
        broken,
        unusable,
        size,
        mut taken,
    } = match prepared {
        Ok(p) => p,
        Err(code) => return code,
    };
    // What is wrong is printed on the screen as it was, out of raw mode.
    let give_back = || {
        if let Some(Ok(t)) = taken.take() {
            t.give_back();
        }
    };
    let mut app = match prepare_loaded(
        loaded,
        view.open.as_deref(),
        resolve_lang(view.lang.or(config.lang)),
        size,
        give_back,
    ) {
        Ok(app) => app,
        Err(code) => return code,
    };
    let theme = view.theme.map(ThemeName::from).or(config.theme);
    app.set_theme(theme.unwrap_or_default(), no_color());
    // Its problems went to the main screen, which the browser now covers.
    if broken {
        app.status = Some(crate::app::Status::ConfigBroken);
    }

    if view.present {
        app.start_presenting();
        app.refresh();
    }
    let taken = match (unusable, taken) {
        (Some(why), _) => {
            print_error(why);
            return ExitCode::from(2);
        }
        (None, Some(Ok(t))) => t,
        (None, Some(Err(e))) => {
            print_error(&format!("terminal error: {e}"));
            return ExitCode::from(1);
        }
        (None, None) => return ExitCode::from(1),
    };
    let serving = match address.map(|at| serve(at, &app)) {
        None => None,
        Some(Ok(s)) => {
            let url = s.url();
            // Presenting, `@` and the title slide show it; browsing, the footer.
            if !view.present {
                app.status = Some(crate::app::Status::Serving(url.clone()));
            }
            app.share_url = Some(url);
            Some(s)
        }
        Some(Err(message)) => {
            taken.give_back();
            print_error(&message);
            return ExitCode::from(2);
        }
    };
    let watch = data.map(crate::tui::Watch::new);
    match taken.run(app, watch, serving) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            print_error(&format!("terminal error: {e}"));
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::{Cli, ViewArgs, parse_size};

    /// `main` starts the browser without the parser when there are no arguments:
    /// it must start it as the parser would.
    #[test]
    fn no_arguments_are_the_default_view_of_the_embedded_document() {
        let cli = Cli::try_parse_from(["roadmap-tui"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.data, None);
        assert_eq!(cli.view, ViewArgs::default());
    }

    #[test]
    fn a_bad_size_is_quoted_inert() {
        let e = parse_size("\u{1b}]0;pwned\u{7}").unwrap_err();
        assert_eq!(e, "`␛]0;pwned␇` is not WIDTHxHEIGHT, e.g. 120x40");
        let e = parse_size("80x\u{9b}2J").unwrap_err();
        assert_eq!(e, "`⟨U+009B⟩2J` is not a size from 1 to 1000");
        assert_eq!(parse_size("80x24"), Ok((80, 24)));
    }
}
