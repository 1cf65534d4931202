//! The command line: argument types and the commands that do not open the browser.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::{self, Lang, LoadError};

#[derive(Debug, Parser)]
#[command(
    name = "roadmap-tui",
    version,
    about = "Browse a regional innovation strategy (S3 roadmaps) in the terminal",
    long_about = "Browse a regional innovation strategy (S3 roadmaps) in the terminal.\n\n\
        Without DATA it opens the embedded May 2021 update of the S3 roadmaps of the \
        Tuscan Life Sciences District.",
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

/// Options shared by the browser and `render`.
#[derive(Debug, Clone, clap::Args)]
pub struct ViewArgs {
    /// Start at this place: overview, roadmap:N, area:ID, stakeholders, stakeholder:ID.
    #[arg(long, value_name = "PLACE")]
    pub open: Option<String>,

    /// Language of the interface (default: from LC_ALL / LC_MESSAGES / LANG).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a data file: exit 0 when clean, 1 with every problem listed, 2 when unreadable.
    Check {
        /// The RON file to check (default: the embedded document).
        file: Option<PathBuf>,
    },
    /// Write the loaded, validated document in another format.
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to FILE (atomically) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The RON file to export (default: the embedded document).
        data: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    It,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Self {
        match l {
            LangArg::It => Lang::It,
            LangArg::En => Lang::En,
        }
    }
}

impl ViewArgs {
    pub fn lang(&self) -> Lang {
        self.lang
            .map_or_else(|| Lang::from_locale(|k| std::env::var(k).ok()), Lang::from)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
}

/// Prints an error to stderr, in colour only when stderr is a terminal and NO_COLOR is unset.
pub fn print_error(message: &str) {
    let mut stderr = std::io::stderr().lock();
    let colour = stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let label = if colour { "\x1b[1;31merror\x1b[0m" } else { "error" };
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

/// `roadmap-tui check [FILE]`
pub fn check(file: Option<&Path>) -> ExitCode {
    match model::load(file) {
        Ok(loaded) => {
            let d = &loaded.doc;
            println!(
                "{}: ok — {} roadmaps, {} organisations, {} SWOT items, {} sources",
                loaded.name,
                d.roadmaps.len(),
                d.organisations.len(),
                d.swot.strengths.len()
                    + d.swot.weaknesses.len()
                    + d.swot.opportunities.len()
                    + d.swot.threats.len(),
                d.sources.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => report_load_error(&e),
    }
}

/// `roadmap-tui export --format F [-o FILE] [DATA]`
pub fn export(format: ExportFormat, output: Option<&Path>, data: Option<&Path>) -> ExitCode {
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
    };
    match output {
        None => {
            let mut out = std::io::stdout().lock();
            if let Err(e) = out.write_all(body.as_bytes()).and_then(|()| out.flush()) {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    print_error(&format!("cannot write to standard output: {e}"));
                    return ExitCode::from(1);
                }
            }
            ExitCode::SUCCESS
        }
        Some(path) => match crate::export::write_atomically(path, body.as_bytes(), data) {
            Ok(()) => ExitCode::SUCCESS,
            Err(msg) => {
                print_error(&msg);
                ExitCode::from(1)
            }
        },
    }
}
