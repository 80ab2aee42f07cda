//! Checks against the real Inshorts dataset in ../shared, skipped when it is absent.

use crate::common::{on_corpus, stderr, stdout};
use std::path::PathBuf;

fn dataset() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/raw/news_summary.csv");
    if p.exists() {
        Some(p)
    } else {
        eprintln!(
            "skipped: {} is absent (the real corpus is not part of the project)",
            p.display()
        );
        None
    }
}

#[test]
fn real_csv_checks_clean_with_warnings() {
    let Some(path) = dataset() else { return };
    let out = on_corpus(&path, &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let summary = stdout(&out);
    let loaded: usize = summary.split_whitespace().next().unwrap().parse().unwrap();
    assert!(loaded > 4300, "{summary}");
    let err = stderr(&out);
    assert!(err.contains("empty body: skipped"));
    assert!(err.contains("folded"));
    assert!(err.contains("Windows-1252"));
}
