//! Writing exports safely: never over the data file, never half-written.

use std::io::Write;
use std::path::Path;

use crate::model::text::sanitize;

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
    let mut tmp = tempfile::Builder::new()
        .prefix(".roadmap-tui-export")
        .tempfile_in(dir)
        .map_err(|e| format!("{shown}: cannot create a temporary file beside it: {e}"))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| format!("{shown}: cannot write: {e}"))?;
    tmp.persist(path)
        .map_err(|e| format!("{shown}: cannot replace: {}", e.error))?;
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
