//! Exports: the handouts (Markdown and HTML) of a whole document, and writing any
//! export safely: never over the data file, never half-written.
//!
//! The handout's anchors are stable, so that a page elsewhere may link into it
//! (`handout.html#roadmap-3`); they are the same in both formats and languages:
//!
//! | id | what |
//! |---|---|
//! | `title`, `contents` | the title page, and the contents on it |
//! | `preface`, `positioning`, `overview` | the front matter |
//! | `roadmap-N` | roadmap N (its number, not its position) |
//! | `roadmap-N-S` | a section of roadmap N: `summary`, `context`, `areas`, `update`, `stakeholders`, `eu-projects`, `investments`, `sdgs`, `cross-references`, `sources` |
//! | `area-ID` | a technology area, by its id in the data |
//! | `organisations`, `org-ID` | the organisations table, and an organisation's row |
//! | `swot`, `swot-Q` | the SWOT grid, and a quadrant: `strengths`, `weaknesses`, `opportunities`, `threats` |
//! | `figures`, `chart-C` | the figures, and a chart of the figures screen: `eu-contribution`, `eu-projects`, `turnover`, `employees`, `investments` |
//! | `sources`, `source-ID` | the sources table, and a source's row |
//!
//! A part the document leaves empty is left out, and so is its anchor.

mod blocks;
mod body;
mod front;
mod html;
mod markdown;
mod svg;
mod tables;

use std::io::Write;
use std::path::Path;

use crate::model::text::sanitize;
use crate::model::{Document, Index, Lang};
use blocks::Block;
pub use blocks::place_id as place_anchor;
use front::Part;
pub use tables::chart_id;

/// The handout of `doc` as GitHub-flavoured Markdown, headings and labels in `lang`.
pub fn markdown(doc: &Document, lang: Lang) -> String {
    markdown::write(&handout(doc, lang))
}

/// The handout of `doc` as one self-contained HTML5 file, headings and labels in `lang`,
/// the language its `lang` attribute names.
pub fn html(doc: &Document, lang: Lang) -> String {
    html::write(&handout(doc, lang), &doc.meta.title, lang.code())
}

/// The whole document in reading order: the title page with the contents, then
/// every part that has something to say.
fn handout(doc: &Document, lang: Lang) -> Vec<Block> {
    let index = Index::new(doc);
    let mut parts: Vec<Block> = Vec::new();
    parts.extend(front::preface(doc, lang));
    parts.extend(front::positioning(doc, &index, lang));
    parts.extend(front::overview(doc, lang));
    parts.extend(body::roadmaps(doc, &index, lang));
    if let Some(orgs) = body::organisations(doc, &index, lang) {
        parts.push(Block::Section {
            id: Part::Organisations.id().to_owned(),
            class: "part organisations",
            blocks: vec![
                Block::Heading(2, Part::Organisations.label(lang).to_owned()),
                orgs,
            ],
        });
    }
    parts.extend(tables::swot(doc, lang));
    parts.extend(tables::figures(doc, &index, lang));
    parts.extend(tables::sources(doc, lang));
    let contents = front::contents(&parts, lang);
    let mut v = vec![front::title_page(doc, lang, contents)];
    v.extend(parts);
    v
}

/// Writes an export to `path` without harming what is there:
/// - a regular file (or a new one) is replaced atomically, through a temporary file in
///   the same directory and a rename, so a reader never sees a partial file; a
///   replaced file keeps its permissions;
/// - a symbolic link is followed and its target replaced so; the link stays a link;
/// - a FIFO, a terminal or another device is written straight: renaming over it would
///   put a plain file where the device was;
/// - a directory or a socket is refused, and so is `data`, the file the document was
///   loaded from, however it is reached.
pub fn write_output(path: &Path, bytes: &[u8], data: Option<&Path>) -> Result<(), String> {
    let shown = sanitize(&path.display().to_string());
    if let Some(data) = data
        && same_file(path, data)
    {
        return Err(format!(
            "{shown}: refusing to overwrite the data file itself; choose another output"
        ));
    }
    // What the path leads to, through every link. A FIFO or a device is opened by the
    // path given: `/dev/stdout` leads through `/proc/self/fd/1` to a pipe or a
    // terminal that has no name to follow the links to.
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => return Err(format!("{shown}: is a directory")),
        Ok(meta) if !meta.is_file() => return write_special(path, &meta, bytes, &shown),
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            return Err(format!("{shown}: {e}"));
        }
        _ => {}
    }
    // A file, or none yet: replaced or created where the links lead, the links kept.
    let target = follow_links(path).map_err(|e| format!("{shown}: cannot follow the link: {e}"))?;
    replace(&target, bytes, &shown)
}

/// The path `path` leads to through its symbolic links, followed one by one so that a
/// link to a file not yet written leads to where it will be (`canonicalize` would fail).
fn follow_links(path: &Path) -> std::io::Result<std::path::PathBuf> {
    // As many links as Linux follows before it gives up with ELOOP.
    const MAX_LINKS: usize = 40;
    let mut at = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to = std::fs::read_link(&at)?;
                at = match at.parent() {
                    Some(dir) => dir.join(to),
                    None => to,
                };
            }
            _ => return Ok(at),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// The atomic replacement of a regular file, or the creation of a new one.
fn replace(path: &Path, bytes: &[u8], shown: &str) -> Result<(), String> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".roadmap-tui-export");
    #[cfg(unix)]
    builder.permissions(output_permissions(path));
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| format!("{shown}: cannot create a temporary file beside it: {e}"))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| format!("{shown}: cannot write: {e}"))?;
    tmp.persist(path)
        .map_err(|e| format!("{shown}: cannot replace: {}", e.error))?;
    Ok(())
}

/// A FIFO or a device (a terminal, `/dev/null`) is opened and written as it is: no
/// temporary file, no rename, no truncation (a device has nothing to truncate).
#[cfg(unix)]
fn write_special(
    path: &Path,
    meta: &std::fs::Metadata,
    bytes: &[u8],
    shown: &str,
) -> Result<(), String> {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    if !(kind.is_fifo() || kind.is_char_device() || kind.is_block_device()) {
        return Err(format!(
            "{shown}: is neither a file, a FIFO nor a device; choose another output"
        ));
    }
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| format!("{shown}: cannot open: {e}"))?;
    match out.write_all(bytes).and_then(|()| out.flush()) {
        // A reader of a FIFO that stops early is done with it, as on standard output.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("{shown}: cannot write: {e}"))
        }
        _ => Ok(()),
    }
}

#[cfg(not(unix))]
fn write_special(
    _path: &Path,
    _meta: &std::fs::Metadata,
    _bytes: &[u8],
    shown: &str,
) -> Result<(), String> {
    Err(format!("{shown}: is not a file; choose another output"))
}

/// A replaced file keeps its permissions; a new one is readable by all, like any
/// file written without a temporary (a handout is meant to be shared).
#[cfg(unix)]
fn output_permissions(path: &Path) -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).map_or_else(
        |_| std::fs::Permissions::from_mode(0o644),
        |meta| meta.permissions(),
    )
}

/// Whether `a` and `b` are one file, through links of either kind.
#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
