//! The index cache: built on first load, used on the second, rebuilt when damaged or stale.

use crate::common::{bin, fixture, json, stderr, stdout};
use std::path::{Path, PathBuf};

struct Setup {
    _dir: tempfile::TempDir,
    cache: PathBuf,
    corpus: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for entry in std::fs::read_dir(fixture("good")).unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, corpus.join(p.file_name().unwrap())).unwrap();
    }
    Setup {
        cache: dir.path().join("cache"),
        corpus,
        _dir: dir,
    }
}

fn run(s: &Setup, extra: &[&str]) -> std::process::Output {
    let out = bin()
        .env("XDG_CACHE_HOME", &s.cache)
        .arg("--corpus")
        .arg(&s.corpus)
        .arg("--stats")
        .args(extra)
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    out
}

fn cache_files(dir: &Path) -> Vec<PathBuf> {
    let dir = dir.join("congress-timeline");
    std::fs::read_dir(&dir)
        .map(|r| r.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default()
}

fn cache_note(out: &std::process::Output) -> String {
    stderr(out)
        .lines()
        .find(|l| l.starts_with("stats: index cache"))
        .unwrap_or("")
        .to_string()
}

#[test]
fn built_then_used_with_the_same_timeline() {
    let s = setup();
    let first = run(&s, &[]);
    assert!(
        cache_note(&first).contains("no cache yet: built"),
        "{}",
        cache_note(&first)
    );
    assert_eq!(cache_files(&s.cache).len(), 1);
    let second = run(&s, &[]);
    assert!(
        cache_note(&second).contains("used"),
        "{}",
        cache_note(&second)
    );
    assert_eq!(json(&first.stdout), json(&second.stdout));
}

#[test]
fn corrupted_or_truncated_cache_is_rebuilt_with_the_same_timeline() {
    let s = setup();
    let reference = json(&run(&s, &[]).stdout);
    let file = cache_files(&s.cache).pop().unwrap();
    let good = std::fs::read(&file).unwrap();

    let mut flipped = good.clone();
    let at = flipped.len() / 2;
    flipped[at] ^= 0xff;
    std::fs::write(&file, &flipped).unwrap();
    let out = run(&s, &[]);
    assert!(cache_note(&out).contains("damaged"), "{}", cache_note(&out));
    assert_eq!(json(&out.stdout), reference);
    assert_eq!(
        std::fs::read(&file).unwrap(),
        good,
        "rebuilt to the same bytes"
    );

    std::fs::write(&file, &good[..good.len() / 3]).unwrap();
    let out = run(&s, &[]);
    assert!(cache_note(&out).contains("damaged"), "{}", cache_note(&out));
    assert_eq!(json(&out.stdout), reference);
    assert!(cache_note(&run(&s, &[])).contains("used"));
}

#[test]
fn a_changed_file_makes_the_cache_stale() {
    let s = setup();
    run(&s, &[]);
    let feed = s.corpus.join("feed.jsonl");
    let mut text = std::fs::read_to_string(&feed).unwrap();
    text.push_str(
        "{\"id\": \"feed-2\", \"date\": \"2023-09-06\", \"body\": \"A new article arrived.\"}\n",
    );
    std::fs::write(&feed, text).unwrap();
    let out = run(&s, &[]);
    assert!(cache_note(&out).contains("stale"), "{}", cache_note(&out));
    assert!(stdout(&out).contains("feed-2"));
}

#[test]
fn no_cache_reads_and_writes_nothing() {
    let s = setup();
    let out = run(&s, &["--no-cache"]);
    assert_eq!(cache_note(&out), "");
    assert!(cache_files(&s.cache).is_empty());
}

#[test]
fn cache_clear_and_path() {
    let s = setup();
    run(&s, &[]);
    let out = bin()
        .env("XDG_CACHE_HOME", &s.cache)
        .args(["cache", "path"])
        .output()
        .unwrap();
    assert_eq!(
        stdout(&out).trim(),
        s.cache.join("congress-timeline").display().to_string()
    );
    let out = bin()
        .env("XDG_CACHE_HOME", &s.cache)
        .args(["cache", "clear"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        stdout(&out).starts_with("removed 1 cached index"),
        "{}",
        stdout(&out)
    );
    assert!(cache_files(&s.cache).is_empty());
}
