use assert_cmd::Command;
use std::path::PathBuf;

pub fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_congress-timeline"));
    cmd.env_remove("NO_COLOR");
    // Never touch the user's own cache from tests.
    cmd.env(
        "XDG_CACHE_HOME",
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cache"),
    );
    cmd
}

pub fn fixture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

pub fn json(output: &[u8]) -> serde_json::Value {
    serde_json::from_slice(output).expect("valid JSON on stdout")
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 stdout")
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 stderr")
}

/// Run the binary on `corpus` with `args`.
pub fn on_corpus(corpus: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> std::process::Output {
    bin()
        .arg("--corpus")
        .arg(corpus)
        .args(args)
        .output()
        .unwrap()
}
