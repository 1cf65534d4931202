//! Converts the embedded document from RON, its source, into the compact form the
//! program reads at start (`model::load::EMBEDDED_FORM`): the same serde types,
//! read in a fraction of the time. A RON file that does not parse leaves the form
//! empty, and the program then reads the RON itself and reports what is wrong.

// The model's types, compiled here too (`types` finds `Text` as `super::text`).
// Most of what these modules hold is for the program, not for this script.
#[allow(dead_code)]
#[path = "src/model/text.rs"]
mod text;
#[allow(dead_code)]
#[path = "src/model/types.rs"]
mod types;

const SOURCE: &str = "assets/scienze-della-vita-2021.ron";

fn main() -> std::io::Result<()> {
    for input in [
        SOURCE,
        "src/model/text.rs",
        "src/model/types.rs",
        "build.rs",
    ] {
        println!("cargo::rerun-if-changed={input}");
    }
    let text = std::fs::read_to_string(SOURCE).unwrap_or_default();
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(128);
    let form = options
        .from_str::<types::Document>(&text)
        .ok()
        .and_then(|doc| serde_json::to_vec(&doc).ok())
        .unwrap_or_default();
    let out = std::env::var_os("OUT_DIR")
        .map(std::path::PathBuf::from)
        .ok_or_else(|| std::io::Error::other("cargo sets OUT_DIR for a build script"))?;
    std::fs::write(out.join("embedded.form"), form)
}
