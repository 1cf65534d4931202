use std::process::ExitCode;

use clap::Parser;
use roadmap_tui::cli::{self, Cli, Command};

fn main() -> ExitCode {
    // The browser on the embedded document, how it is most often started, without
    // building the command line's parser first (a quarter of a millisecond before
    // the first frame): the same as the parser makes of no arguments, which
    // `cli::tests` holds it to.
    if std::env::args_os().len() == 1 {
        return cli::browse(None, &cli::ViewArgs::default());
    }
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return cli::command_line_error(&e),
    };
    match cli.command {
        Some(Command::Check {
            config: Some(config),
            ..
        }) => cli::check_config(config.as_deref()),
        Some(Command::Check { file, config: None }) => cli::check(file.as_deref()),
        Some(Command::New { file, region }) => cli::new_document(&file, region.as_deref()),
        Some(Command::Export {
            format,
            output,
            lang,
            data,
        }) => cli::export(
            format,
            cli::resolve_lang(lang),
            output.as_deref(),
            data.as_deref(),
        ),
        Some(Command::Render {
            place,
            size,
            lang,
            format,
            theme,
            data,
        }) => cli::render(&cli::RenderArgs {
            place: &place,
            size,
            lang: cli::resolve_lang(lang),
            format,
            theme,
            data: data.as_deref(),
        }),
        Some(Command::Completions { shell }) => cli::completions(shell),
        Some(Command::Man) => cli::man(),
        None => cli::browse(cli.data.as_deref(), &cli.view),
    }
}
