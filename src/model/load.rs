//! Reading a data file: size cap, refusal of non-regular files, UTF-8 check, RON
//! parsing with positions, then validation.

use std::fmt;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use ron::extensions::Extensions;

use super::locate::line_col;
use super::text::sanitize;
use super::types::Document;
use super::validate::{Problem, check};

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// How deeply a data file may nest before the parser gives up (areas nest).
const RECURSION_LIMIT: usize = 128;

/// The default document, compiled into the binary.
pub const EMBEDDED: &str = include_str!("../../assets/scienze-della-vita-2021.ron");

/// Name shown for the embedded document in messages.
pub const EMBEDDED_NAME: &str = "<embedded>/scienze-della-vita-2021.ron";

/// Why a data file could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file could not be read as text at all: missing, a directory, too large, not UTF-8, empty…
    Unreadable { file: String, reason: String },
    /// The text is not a valid document: syntax or type errors, or failed checks.
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

impl LoadError {
    /// The exit code `check` uses for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Self::Unreadable { .. } => 2,
            Self::Invalid { .. } => 1,
        }
    }

    /// The first problem on one line, `file:line:column: message`, or the unreadable
    /// reason: what a banner has room for.
    pub fn headline(&self) -> String {
        match self {
            Self::Unreadable { file, reason } => format!("{file}: {reason}"),
            Self::Invalid { file, problems } => {
                let first = problems
                    .first()
                    .map_or_else(|| file.clone(), |p| p.headline(file));
                match problems.len() {
                    0 | 1 => first,
                    n => format!("{first} (+{} more)", n - 1),
                }
            }
        }
    }

    /// "file: N problems found", or the unreadable reason.
    pub fn summary(&self) -> String {
        match self {
            Self::Unreadable { file, reason } => format!("{file}: {reason}"),
            Self::Invalid { file, problems } => {
                let n = problems.len();
                format!("{file}: {n} problem{} found", if n == 1 { "" } else { "s" })
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Unreadable { file, reason } => write!(f, "{file}: {reason}"),
            Self::Invalid { file, problems } => {
                for p in problems {
                    writeln!(f, "{}", p.render(file))?;
                }
                write!(f, "{}", self.summary())
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// A loaded, validated document and where it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub doc: Document,
    /// Display name of the file.
    pub name: String,
    /// The file on disk, if it did not come from the binary.
    pub path: Option<PathBuf>,
}

/// The embedded document in the form `build.rs` made of [`EMBEDDED`] (the same
/// types, as JSON): read in about a third of the time RON takes. Empty when the RON
/// does not parse.
pub const EMBEDDED_FORM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/embedded.form"));

/// Loads the embedded default document, from the form the build made of it. The
/// form is not checked again: `tests/embedded_document.rs` holds it to the RON read
/// and checked. Without a form, the RON is read and checked here.
pub fn load_embedded() -> Result<Loaded, LoadError> {
    let doc = match serde_json::from_slice(EMBEDDED_FORM) {
        Ok(doc) => doc,
        Err(_) => parse_and_validate(EMBEDDED_NAME, EMBEDDED)?,
    };
    Ok(Loaded {
        doc,
        name: EMBEDDED_NAME.to_owned(),
        path: None,
    })
}

/// Loads the file at `path`, or the embedded document when `path` is `None`.
pub fn load(path: Option<&Path>) -> Result<Loaded, LoadError> {
    match path {
        Some(_) => load_with_warnings(path).map(|(loaded, _)| loaded),
        None => load_embedded(),
    }
}

/// Like [`load`], with the warnings of a document that loaded: things allowed but
/// likely mistakes, which `check` prints and the browser ignores.
pub fn load_with_warnings(path: Option<&Path>) -> Result<(Loaded, Vec<Problem>), LoadError> {
    let (name, text, path) = match path {
        Some(path) => {
            let name = display_name(path);
            let text = read_text(path, &name)?;
            (name, text, Some(path.to_path_buf()))
        }
        None => (EMBEDDED_NAME.to_owned(), EMBEDDED.to_owned(), None),
    };
    let (doc, warnings) = parse_and_check(&name, &text)?;
    Ok((Loaded { doc, name, path }, warnings))
}

fn display_name(path: &Path) -> String {
    sanitize(&path.display().to_string())
}

/// Reads a data file as text, refusing anything that is not a small regular UTF-8 file.
/// Never opens a FIFO or device, so it cannot block.
pub fn read_text(path: &Path, name: &str) -> Result<String, LoadError> {
    let unreadable = |reason: String| LoadError::Unreadable {
        file: name.to_owned(),
        reason,
    };
    let meta = std::fs::metadata(path).map_err(|e| unreadable(io_reason(&e)))?;
    if meta.is_dir() {
        return Err(unreadable("is a directory, not a data file".into()));
    }
    if !meta.is_file() {
        return Err(unreadable(
            "is not a regular file (a FIFO, socket or device); give a .ron file".into(),
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(unreadable(too_large(meta.len())));
    }
    let file = File::open(path).map_err(|e| unreadable(io_reason(&e)))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may grow between the size check and the read: never read past the cap.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(io_reason(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(unreadable(too_large(bytes.len() as u64)));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        // Everything before the first invalid byte is text.
        let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
        let (line, col) = line_col(&valid, valid.len());
        unreadable(format!(
            "is not valid UTF-8 (invalid byte at line {line}, column {col})"
        ))
    })?;
    if text.trim().is_empty() {
        return Err(unreadable(
            "is empty; a data file holds one document".into(),
        ));
    }
    Ok(text.to_owned())
}

fn too_large(len: u64) -> String {
    format!(
        "is {:.1} MiB, larger than the {} MiB limit for data files",
        len as f64 / (1024.0 * 1024.0),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot be read: {e}"),
    }
}

/// Parses RON text into a document and validates it, collecting every problem.
pub fn parse_and_validate(name: &str, text: &str) -> Result<Document, LoadError> {
    parse_and_check(name, text).map(|(doc, _)| doc)
}

/// Like [`parse_and_validate`], with the warnings of a valid document, located.
pub fn parse_and_check(name: &str, text: &str) -> Result<(Document, Vec<Problem>), LoadError> {
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT);
    let doc: Document = options.from_str(text).map_err(|e| LoadError::Invalid {
        file: name.to_owned(),
        problems: vec![Problem::syntax(text, &e)],
    })?;
    let (mut problems, mut warnings) = check(&doc);
    if problems.is_empty() {
        for w in &mut warnings {
            w.locate_in(text);
        }
        Ok((doc, warnings))
    } else {
        for p in &mut problems {
            p.locate_in(text);
        }
        Err(LoadError::Invalid {
            file: name.to_owned(),
            problems,
        })
    }
}
