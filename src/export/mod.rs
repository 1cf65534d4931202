//! Exports: the handouts (Markdown and HTML) of a whole document, and writing any
//! export safely: never over the data file, never half-written.

mod blocks;
mod body;
mod front;
mod html;
mod markdown;
mod tables;

use std::io::Write;
use std::path::Path;

use crate::model::text::sanitize;
use crate::model::{Document, Index, Lang};
use blocks::Block;
use front::Part;

/// The handout of `doc` as GitHub-flavoured Markdown, headings and labels in `lang`.
pub fn markdown(doc: &Document, lang: Lang) -> String {
    markdown::write(&handout(doc, lang))
}

/// The handout of `doc` as one self-contained HTML5 file, headings and labels in `lang`.
pub fn html(doc: &Document, lang: Lang) -> String {
    html::write(&handout(doc, lang), &doc.meta.title, &doc.meta.language)
}

/// The whole document in reading order.
fn handout(doc: &Document, lang: Lang) -> Vec<Block> {
    let index = Index::new(doc);
    let mut v = vec![front::title_page(doc, lang), front::contents(doc, lang)];
    v.push(front::preface(doc, lang));
    v.push(front::positioning(doc, &index, lang));
    v.push(front::overview(doc, lang));
    v.extend(body::roadmaps(doc, &index, lang));
    let mut orgs = vec![Block::Heading(
        2,
        Part::Organisations.label(lang).to_owned(),
    )];
    orgs.extend(body::organisations(doc, &index, lang));
    v.push(Block::Section {
        id: Part::Organisations.id().to_owned(),
        class: "part organisations",
        blocks: orgs,
    });
    v.push(tables::swot(doc, lang));
    v.push(tables::figures(doc, &index, lang));
    v.push(tables::sources(doc, lang));
    v
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename,
/// so a reader never sees a partial file. Refuses to write over `data`, the file the
/// document was loaded from.
pub fn write_atomically(path: &Path, bytes: &[u8], data: Option<&Path>) -> Result<(), String> {
    let shown = sanitize(&path.display().to_string());
    if let Some(data) = data
        && same_file(path, data)
    {
        return Err(format!(
            "{shown}: refusing to overwrite the data file itself; choose another output"
        ));
    }
    if path.is_dir() {
        return Err(format!("{shown}: is a directory"));
    }
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

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
