use crate::common::{fixture, json, on_corpus, stderr, stdout};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::SystemTime;

/// Every file's bytes and modification time under `dir`.
fn snapshot(dir: &Path) -> BTreeMap<String, (Vec<u8>, SystemTime)> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let meta = std::fs::metadata(&p).unwrap();
            (
                p.display().to_string(),
                (std::fs::read(&p).unwrap(), meta.modified().unwrap()),
            )
        })
        .collect()
}

#[test]
fn check_names_every_bad_file_and_the_rest_loads() {
    let dir = fixture("bad");
    let before = snapshot(&dir);
    let out = on_corpus(&dir, &["check"]);
    assert_eq!(out.status.code(), Some(1), "errors make check exit 1");
    let err = stderr(&out);
    let expect = [
        ("empty.txt", "error", "empty file"),
        ("whitespace.txt", "error", "only white space"),
        ("no_date.txt:1", "error", "no date line"),
        ("impossible_date.txt:1", "error", "`2024-13-45`"),
        ("binary.txt", "error", "binary file"),
        ("cp1252.txt", "warning", "decoded as Windows-1252"),
        ("no_body.csv", "error", "no body column"),
        (
            "ragged.csv: row 2 (line 3)",
            "error",
            "ragged row: 2 fields, the header has 3",
        ),
        (
            "ragged.csv: row 4 (line 5)",
            "error",
            "unterminated quoted field",
        ),
        (
            "wrong_type.json: item 1: field `date`",
            "error",
            "expected a string, found a number",
        ),
        (
            "wrong_type.json: item 2: field `title`",
            "error",
            "expected a string, found an array",
        ),
        ("broken_line.jsonl:2", "error", "invalid JSON"),
    ];
    for (place, level, what) in expect {
        assert!(
            err.lines()
                .any(|l| l.starts_with(level) && l.contains(place) && l.contains(what)),
            "no `{level}` line naming `{place}` with `{what}` in:\n{err}"
        );
    }
    assert!(!err.contains("panicked"));
    // The good parts: cp1252, ansi, 2 ragged.csv rows, 1 JSON item, 2 JSONL lines.
    assert!(
        stdout(&out).starts_with("7 articles loaded"),
        "{}",
        stdout(&out)
    );
    assert_eq!(before, snapshot(&dir), "inputs must never be modified");
}

#[test]
fn good_rows_of_bad_files_are_listed() {
    let out = on_corpus(fixture("bad"), &["list", "--json"]);
    assert!(out.status.success(), "list still works with bad files");
    let v = json(&out.stdout);
    let mut ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "article")
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        ["ansi", "cp1252", "j1", "l1", "l3", "ragged#1", "ragged#3"]
    );
}

#[test]
fn windows_1252_text_is_decoded() {
    let out = on_corpus(fixture("bad/cp1252.txt"), &["show", "cp1252", "--json"]);
    let v = json(&out.stdout);
    let body = v["body"].as_str().unwrap();
    assert!(body.contains("Nitish Kumar’s resignation"), "{body}");
    assert!(body.contains("“This is betrayal,”"));
    assert_eq!(
        stderr(&out).matches("Windows-1252").count(),
        1,
        "one warning per file"
    );
}

#[test]
fn escape_sequences_never_reach_human_output() {
    for args in [vec!["show", "ansi"], vec!["list"], vec!["search", "pawar"]] {
        let out = on_corpus(fixture("bad/ansi.txt"), &args);
        assert!(out.status.success());
        let text = stdout(&out);
        assert!(
            !text.contains('\x1b') && !text.contains('\x07'),
            "{args:?}: {text:?}"
        );
    }
    let out = on_corpus(fixture("bad/ansi.txt"), &["show", "ansi"]);
    assert!(stdout(&out).contains("␛[31mred text"));
    // JSON keeps the text but escapes it.
    let out = on_corpus(fixture("bad/ansi.txt"), &["show", "ansi", "--json"]);
    assert!(!stdout(&out).contains('\x1b'));
    assert!(
        json(&out.stdout)["body"]
            .as_str()
            .unwrap()
            .contains("\x1b[31m")
    );
}

#[test]
fn ten_megabyte_article_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let paragraph = "Congress president Mallikarjun Kharge said on Monday that the alliance will contest the polls together, and Omar Abdullah agreed.\n\n";
    let mut text = String::from(" date 2024-08-20 Srinagar: ");
    while text.len() < 10_000_000 {
        text.push_str(paragraph);
    }
    std::fs::write(&path, &text).unwrap();
    let out = on_corpus(&path, &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("1 article loaded"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "input untouched"
    );
}

#[test]
fn duplicate_bodies_are_folded_with_a_count() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "date,title,body\n2024-01-01,A,Same text.\n2024-01-02,B,Same text.\n2024-01-03,C,Same text.\n2024-01-04,D,Other text.\n";
    std::fs::write(dir.path().join("dupes.csv"), csv).unwrap();
    let out = on_corpus(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("2 articles with a body identical to an earlier one folded"));
    assert!(stdout(&out).starts_with("2 articles loaded"));
}

#[test]
fn unknown_extensions_in_folders_are_ignored_but_named_files_are_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.md"), "# not an article").unwrap();
    std::fs::write(
        dir.path().join("story.txt"),
        " date 2024-01-01 Delhi: A story.",
    )
    .unwrap();
    let out = on_corpus(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let feed = dir.path().join("feed.data");
    std::fs::write(
        &feed,
        "{\"date\":\"2024-02-02\",\"body\":\"From a file with an odd name.\"}\n",
    )
    .unwrap();
    let out = on_corpus(&feed, &["list", "--json"]);
    assert_eq!(
        json(&out.stdout).as_array().unwrap().len(),
        1,
        "{}",
        stderr(&out)
    );
}
