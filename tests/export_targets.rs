#![allow(clippy::expect_used, clippy::unwrap_used, clippy::missing_panics_doc)]
//! Where `export -o` writes: a file is replaced atomically, a link's target is
//! replaced and the link kept, a FIFO or a device is written straight and stays what
//! it is, a directory and the data file are refused. (`-o -`, standard output, is
//! tested in `export.rs`.)
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_roadmap-tui");
const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
const SMALL: &str = "tests/fixtures/small.ron";

fn export_to(output: &Path) -> Output {
    Command::new(BIN)
        .args(["export", "--format", "markdown", "--lang", "en", "-o"])
        .arg(output)
        .arg(SMALL)
        .current_dir(MANIFEST_DIR)
        .output()
        .expect("the binary runs")
}

/// The handout as written to standard output.
fn handout() -> Vec<u8> {
    let r = Command::new(BIN)
        .args(["export", "--format", "markdown", "--lang", "en", SMALL])
        .current_dir(MANIFEST_DIR)
        .output()
        .expect("the binary runs");
    assert!(r.status.success());
    assert!(r.stdout.starts_with(b"# "), "a Markdown handout");
    r.stdout
}

fn stderr(r: &Output) -> String {
    String::from_utf8_lossy(&r.stderr).into_owned()
}

/// Names in `dir` other than `keep`: a temporary file left behind would show here.
fn others(dir: &Path, keep: &[&str]) -> Vec<String> {
    fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| !keep.contains(&n.as_str()))
        .collect()
}

#[test]
fn a_link_is_followed_its_target_replaced_and_the_link_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let real = dir.path().join("real.md");
    let link = dir.path().join("link.md");
    fs::write(&real, "old").expect("write");
    fs::set_permissions(&real, fs::Permissions::from_mode(0o600)).expect("chmod");
    symlink("real.md", &link).expect("symlink");

    let r = export_to(&link);
    assert!(r.status.success(), "{}", stderr(&r));
    let meta = fs::symlink_metadata(&link).expect("link");
    assert!(meta.file_type().is_symlink(), "the link is still a link");
    assert_eq!(
        fs::read_link(&link).expect("read link"),
        Path::new("real.md")
    );
    assert_eq!(fs::read(&real).expect("target"), handout());
    assert_eq!(
        fs::metadata(&real).expect("target").permissions().mode() & 0o777,
        0o600,
        "the target keeps its permissions"
    );
    assert_eq!(
        others(dir.path(), &["real.md", "link.md"]),
        Vec::<String>::new()
    );
}

#[test]
fn a_link_to_a_file_not_yet_written_creates_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let link = dir.path().join("latest.md");
    symlink("handouts/v2.md", &link).expect("symlink");
    fs::create_dir(dir.path().join("handouts")).expect("mkdir");

    let r = export_to(&link);
    assert!(r.status.success(), "{}", stderr(&r));
    assert!(
        fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        fs::read(dir.path().join("handouts/v2.md")).expect("target"),
        handout()
    );
}

#[test]
fn a_fifo_is_written_straight_and_stays_a_fifo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("pipe");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        // Opening a FIFO to read waits for the writer, as the export waits for us.
        std::thread::spawn(move || fs::read(fifo).expect("read the FIFO"))
    };

    let r = export_to(&fifo);
    assert!(r.status.success(), "{}", stderr(&r));
    // Before the join: had the FIFO been renamed over, the reader would wait forever.
    assert!(
        fs::symlink_metadata(&fifo)
            .expect("fifo")
            .file_type()
            .is_fifo(),
        "still a FIFO"
    );
    assert_eq!(reader.join().expect("reader"), handout());
    assert_eq!(others(dir.path(), &["pipe"]), Vec::<String>::new());
}

#[test]
fn dev_null_stays_a_character_device() {
    let dir = tempfile::tempdir().expect("tempdir");
    let link = dir.path().join("null");
    symlink("/dev/null", &link).expect("symlink");
    for target in [Path::new("/dev/null"), link.as_path()] {
        let r = export_to(target);
        assert!(r.status.success(), "{}: {}", target.display(), stderr(&r));
        assert!(r.stderr.is_empty(), "{}", stderr(&r));
        let meta = fs::symlink_metadata("/dev/null").expect("/dev/null");
        assert!(
            meta.file_type().is_char_device(),
            "/dev/null is still a character device"
        );
        assert!(fs::read("/dev/null").expect("read").is_empty());
    }
    assert!(
        fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_directory_is_refused_also_through_a_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = dir.path().join("out");
    fs::create_dir(&sub).expect("mkdir");
    let link = dir.path().join("out-link");
    symlink("out", &link).expect("symlink");
    for target in [&sub, &link] {
        let r = export_to(target);
        assert_eq!(r.status.code(), Some(1));
        assert!(r.stdout.is_empty());
        assert_eq!(
            stderr(&r),
            format!("error: {}: is a directory\n", target.display())
        );
    }
    assert_eq!(
        others(&sub, &[]),
        Vec::<String>::new(),
        "nothing written in it"
    );
    assert!(fs::symlink_metadata(&sub).expect("dir").is_dir());
}

#[test]
fn the_data_file_is_refused_also_through_a_link() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data.ron");
    let original = fs::read(Path::new(MANIFEST_DIR).join(SMALL)).expect("read");
    fs::write(&data, &original).expect("write");
    let link = dir.path().join("handout.md");
    symlink("data.ron", &link).expect("symlink");
    let hard = dir.path().join("hard.md");
    fs::hard_link(&data, &hard).expect("hard link");
    for target in [&link, &hard] {
        let r = Command::new(BIN)
            .args(["export", "--format", "markdown", "-o"])
            .arg(target)
            .arg(&data)
            .output()
            .expect("the binary runs");
        assert_eq!(r.status.code(), Some(1));
        assert_eq!(
            stderr(&r),
            format!(
                "error: {}: refusing to overwrite the data file itself; choose another output\n",
                target.display()
            )
        );
        assert_eq!(fs::read(&data).expect("read"), original, "data changed");
    }
    assert!(
        fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
}

#[test]
fn dev_stdout_is_written_straight_and_stays_a_link() {
    for (name, piped) in [("/dev/stdout", true), ("/dev/stderr", false)] {
        let r = export_to(Path::new(name));
        assert!(r.status.success(), "{name}: {}", stderr(&r));
        let (written, other) = if piped {
            (&r.stdout, &r.stderr)
        } else {
            (&r.stderr, &r.stdout)
        };
        assert_eq!(*written, handout(), "{name}");
        assert!(other.is_empty(), "{name}");
        assert!(
            fs::symlink_metadata(name)
                .expect(name)
                .file_type()
                .is_symlink(),
            "{name} is still a link"
        );
    }
}

#[test]
fn a_device_node_in_a_temporary_directory_stays_a_device() {
    let dir = tempfile::tempdir().expect("tempdir");
    let node = dir.path().join("null");
    // A node like /dev/null (character device 1:3); making one needs root.
    let made = Command::new("mknod")
        .arg(&node)
        .args(["c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("skipped: mknod needs root, and this run is not root");
        return;
    }
    let r = export_to(&node);
    assert!(r.status.success(), "{}", stderr(&r));
    let meta = fs::symlink_metadata(&node).expect("the node");
    assert!(
        meta.file_type().is_char_device(),
        "still a character device"
    );
    assert_eq!(others(dir.path(), &["null"]), Vec::<String>::new());
}
