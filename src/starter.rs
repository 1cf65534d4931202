//! `roadmap-tui new`: a starter document, every part with one commented example,
//! written where no file is yet.

use std::io::Write;
use std::path::Path;

use crate::model::text::{is_unsafe, sanitize};

/// The starter document (`assets/starter.ron`), for its placeholder region.
const TEMPLATE: &str = include_str!("../assets/starter.ron");

/// The region the template names, as a RON string: `meta.region`, the region's
/// territory and the scope of its figures, each the whole of its string.
const PLACEHOLDER: &str = "\"Regione di esempio\"";

/// The starter document for `region`, or the template's placeholder region without
/// one. A region that is blank or holds a control or invisible character is refused,
/// with the reason.
pub fn document(region: Option<&str>) -> Result<String, String> {
    let Some(region) = region else {
        return Ok(TEMPLATE.to_owned());
    };
    let region = region.trim();
    if region.is_empty() {
        return Err("--region is empty; give the region's name, e.g. --region Lombardia".into());
    }
    if region.chars().any(is_unsafe) {
        return Err(format!(
            "--region `{}` holds a control or invisible character; write the name as plain text",
            sanitize(region)
        ));
    }
    Ok(TEMPLATE.replace(PLACEHOLDER, &ron_string(region)))
}

/// `s` as a RON string literal: in double quotes, with `"` and `\` escaped.
fn ron_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// Why a new document could not be written.
#[derive(Debug, PartialEq, Eq)]
pub enum WriteError {
    /// Something is at the path already (a file, a directory, a link).
    Exists(String),
    /// Anything else, with the message to print.
    Other(String),
}

impl WriteError {
    pub fn message(&self) -> &str {
        match self {
            Self::Exists(m) | Self::Other(m) => m,
        }
    }
}

/// Writes `text` to a new file at `path`. Anything already at the path, a link even
/// when it leads nowhere, is left alone: the file is created only where nothing is.
pub fn write_new(path: &Path, text: &str) -> Result<(), WriteError> {
    let shown = sanitize(&path.display().to_string());
    let exists = || {
        WriteError::Exists(format!(
            "{shown}: already exists; choose another name or remove it first"
        ))
    };
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => exists(),
            std::io::ErrorKind::NotFound => {
                let dir = path
                    .parent()
                    .map(|d| sanitize(&d.display().to_string()))
                    .unwrap_or_default();
                WriteError::Other(format!(
                    "{shown}: there is no directory `{dir}`; create it first or choose another place"
                ))
            }
            // `dir/`: what is there is a directory, else the name is one.
            std::io::ErrorKind::IsADirectory if path.symlink_metadata().is_ok() => exists(),
            std::io::ErrorKind::IsADirectory => WriteError::Other(format!(
                "{shown}: names a directory; give the name of the file to create, e.g. district.ron"
            )),
            std::io::ErrorKind::PermissionDenied => {
                WriteError::Other(format!("{shown}: permission denied"))
            }
            _ => WriteError::Other(format!("{shown}: cannot be created: {e}")),
        })?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| {
            // Half a document is worse than none: what was created goes again.
            drop(file);
            let _ = std::fs::remove_file(path);
            WriteError::Other(format!("{shown}: cannot be written: {e}"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_and_check;

    #[test]
    fn the_template_loads_without_a_warning_and_names_its_region_three_times() {
        let (doc, warnings) = parse_and_check("starter.ron", TEMPLATE).expect("loads");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(TEMPLATE.matches(PLACEHOLDER).count(), 3);
        assert_eq!(doc.meta.region.as_str(), "Regione di esempio");
    }

    #[test]
    fn the_template_has_an_example_of_every_part() {
        let (d, _) = parse_and_check("starter.ron", TEMPLATE).expect("loads");
        assert!(d.meta.previous_review.is_some());
        assert_eq!(d.preface.previous_roadmaps.len(), 1);
        assert!(d.preface.regional_priorities.is_some());
        assert_eq!(d.preface.other_projects.len(), 1);
        assert_eq!(d.positioning.territories.len(), 2);
        assert_eq!(d.roadmaps.len(), 2);
        let r = &d.roadmaps[0];
        assert!(
            r.area_groups[0]
                .areas
                .iter()
                .any(|a| !a.children.is_empty())
        );
        let roles: std::collections::HashSet<_> = r
            .stakeholders
            .iter()
            .map(|s| format!("{:?}", s.role))
            .collect();
        assert!(roles.len() >= 2, "{roles:?}");
        let eu = r.eu_projects.as_ref().expect("EU projects");
        assert!(eu.coordinated_in_region.is_some());
        assert_eq!(r.partnerships.len(), 1);
        assert_eq!(r.investments.len(), 1);
        assert_eq!(r.cross_refs.len(), 1);
        assert!(!r.sdgs.is_empty());
        let kinds: std::collections::HashSet<_> = d
            .organisations
            .iter()
            .map(|o| format!("{:?}", o.kind))
            .collect();
        assert!(kinds.len() >= 3, "{kinds:?}");
        assert!(d.organisations.iter().any(|o| o.group.is_some()));
        let swot = [
            &d.swot.strengths,
            &d.swot.weaknesses,
            &d.swot.opportunities,
            &d.swot.threats,
        ];
        assert!(swot.iter().all(|q| q.len() == 1));
        assert!(!d.sources.is_empty());
    }

    #[test]
    fn a_region_is_escaped_for_ron_and_fills_every_place_of_the_placeholder() {
        let name = r#"Val "d'Oro" \ Nord"#;
        let text = document(Some(name)).expect("a plain name");
        assert!(!text.contains(PLACEHOLDER));
        let (doc, warnings) = parse_and_check("new.ron", &text).expect("loads");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(doc.meta.region.as_str(), name);
        let region = &doc.positioning.territories[1];
        assert_eq!(region.name.as_str(), name);
        let scope = doc.roadmaps[0].figures[0].scope.as_ref().expect("scope");
        assert_eq!(scope.as_str(), name);
    }

    #[test]
    fn a_blank_region_or_one_with_a_control_character_is_refused() {
        assert!(document(Some("  ")).unwrap_err().contains("empty"));
        let e = document(Some("Lomb\u{1b}[31mardia")).unwrap_err();
        assert_eq!(
            e,
            "--region `Lomb␛[31mardia` holds a control or invisible character; write the name as plain text"
        );
        assert!(document(Some("A\u{202e}B")).is_err());
        assert!(document(Some("Riga\nnuova")).is_err());
        assert_eq!(
            document(Some(" Lombardia ")),
            document(Some("Lombardia")),
            "spaces round the name are dropped"
        );
    }
}
