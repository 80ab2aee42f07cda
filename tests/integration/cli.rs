use crate::common::{bin, fixture, json, on_corpus, stderr, stdout};

#[test]
fn no_command_prints_the_timeline_when_not_a_terminal() {
    let out = bin().output().unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    let dates: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("article"))
        .map(|l| &l[..10])
        .collect();
    assert_eq!(dates, ["2022-10-04", "2023-12-21", "2024-08-20"]);
    assert!(
        !text.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn list_json_shape() {
    let out = bin().args(["list", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v = json(&out.stdout);
    let entries = v.as_array().unwrap();
    let first_article = entries.iter().find(|e| e["kind"] == "article").unwrap();
    for key in [
        "kind",
        "id",
        "date",
        "precision",
        "headline",
        "place",
        "people",
        "tags",
    ] {
        assert!(first_article.get(key).is_some(), "missing {key}");
    }
    assert!(first_article.get("expression").is_none());
    if let Some(m) = entries.iter().find(|e| e["kind"] == "mention") {
        assert!(m["expression"].is_string() && m["text"].is_string());
    }
    let dates: Vec<&str> = entries
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "ascending by date");
}

#[test]
fn list_query_filters() {
    let out = bin()
        .args(["list", "--json", "--query", "srinagar"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let ids: std::collections::BTreeSet<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids.into_iter().collect::<Vec<_>>(),
        ["002_493beed99443fa9a"]
    );
}

#[test]
fn list_query_date_bounds() {
    let out = bin()
        .args(["list", "--json", "--query", ">=2023 <2024"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    for e in v.as_array().unwrap() {
        assert!(e["date"].as_str().unwrap().starts_with("2023"), "{e}");
    }
    assert!(!v.as_array().unwrap().is_empty());
}

#[test]
fn bad_query_is_a_usage_error() {
    let out = bin()
        .args(["list", "--query", ">=2024-13"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("bad date in `>=2024-13`"));
}

#[test]
fn show_human_and_json() {
    let out = bin()
        .args(["show", "000_8484a5aa547fe6ce"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("Kharge or Tharoor"));
    assert!(text.contains("2022-10-04 · New Delhi"));
    assert!(text.contains("Party media department Chairman Pawan Khera"));

    let out = bin()
        .args(["show", "002_493beed99443fa9a", "--json"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    for key in [
        "id",
        "date",
        "place",
        "headline",
        "body",
        "people",
        "organisations",
        "tags",
        "mentions",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["place"], "Srinagar");
    assert!(
        v["body"]
            .as_str()
            .unwrap()
            .starts_with("Congress president Mallikarjun Kharge")
    );
}

#[test]
fn unknown_id_exits_2_with_hint() {
    let out = bin().args(["show", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no article with id nope (see: congress-timeline list)"));
}

#[test]
fn missing_corpus_path_exits_2_naming_it() {
    let out = bin()
        .args(["--corpus", "/definitely/not/here", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/definitely/not/here"));
}

#[test]
fn people_lists_most_articles_first() {
    let out = bin().args(["people", "--json"]).output().unwrap();
    let v = json(&out.stdout);
    let people = v.as_array().unwrap();
    let first = &people[0];
    assert_eq!(first["name"], "Mallikarjun Kharge");
    assert_eq!(first["articles"], 3);
    assert_eq!(first["first"], "2022-10-04");
    assert_eq!(first["last"], "2024-08-20");
    assert_eq!(first["role"], "Congress president");
    for key in [
        "name", "role", "party", "articles", "mentions", "first", "last",
    ] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    let counts: Vec<u64> = people
        .iter()
        .map(|p| p["articles"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]));

    let out = bin().arg("people").output().unwrap();
    assert!(stdout(&out).lines().next().unwrap().starts_with("NAME"));
}

#[test]
fn search_ranks_with_scores_and_limit() {
    let out = bin()
        .args(["search", "abdullah", "--json", "--limit", "2"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let hits = v.as_array().unwrap();
    assert_eq!(hits.len(), 2);
    assert!(hits.iter().all(|h| h["id"] == "002_493beed99443fa9a"));
    assert!(hits[0]["score"].as_i64().unwrap() >= hits[1]["score"].as_i64().unwrap());
}

#[test]
fn good_fixtures_in_every_format() {
    let out = bin()
        .args(["--corpus"])
        .arg(fixture("good"))
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out.stdout);
    let articles: Vec<&serde_json::Value> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "article")
        .collect();
    let ids: Vec<&str> = articles.iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["dataset#1", "dataset#2", "up-2017", "feed-1", "alliance"]
    );
    let csv_row = articles[0];
    assert_eq!(csv_row["headline"], "Meira Kumar files nomination");
    assert_eq!(articles[2]["place"], "Lucknow");
    // A feed item without a headline field gets its first sentence.
    assert_eq!(
        articles[3]["headline"],
        "Opposition bloc names coordination committee"
    );
    assert_eq!(articles[4]["place"], "Patna");
}

#[test]
fn check_on_good_corpus_exits_0() {
    let out = on_corpus(fixture("good"), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("5 articles loaded from 4 files"));
}

#[test]
fn head_never_panics() {
    // Close the pipe after the first line, as `| head -1` does.
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.jsonl");
    let lines: String = (0..3000)
        .map(|i| {
            format!(
                "{{\"date\":\"2020-01-01\",\"title\":\"Headline number {i}\",\"body\":\"Body {i} of a long corpus.\"}}\n"
            )
        })
        .collect();
    std::fs::write(&path, lines).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_congress-timeline"))
        .arg("--corpus")
        .arg(&path)
        .args(["list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    assert!(
        out.status.success(),
        "a closed pipe is a normal end: {:?}",
        out.status
    );
    assert!(line.starts_with("20"));
}

#[test]
fn no_color_flag_and_env() {
    for args in [vec!["--no-color", "list"], vec!["list"]] {
        let out = bin().args(&args).env("NO_COLOR", "1").output().unwrap();
        assert!(!stdout(&out).contains('\x1b'));
    }
}

#[test]
fn readme_documents_every_key_and_command() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for b in congress_timeline::tui::bindings() {
        for key in b.keys {
            let label = key.label();
            assert!(
                readme.contains(&format!("`{label}`")),
                "README lacks key `{label}`"
            );
        }
    }
    for cmd in [
        "list",
        "show",
        "people",
        "search",
        "check",
        "cache clear",
        "--corpus",
        "--no-color",
        "--no-cache",
        "--stats",
        "cargo run --release",
        "cargo test --locked",
    ] {
        assert!(readme.contains(cmd), "README lacks {cmd}");
    }
}

#[test]
fn generate_writes_a_loadable_corpus_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("synthetic.jsonl");
    let run = |format: &str, path: &std::path::Path| {
        bin()
            .args([
                "generate",
                "--articles",
                "25",
                "--seed",
                "3",
                "--format",
                format,
            ])
            .arg(path)
            .output()
            .unwrap()
    };
    let first = run("jsonl", &out);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stdout(&first).starts_with("wrote 25 articles"));
    let again = run("jsonl", &out);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("never overwrites"));
    let folder = dir.path().join("text");
    assert!(run("text", &folder).status.success());
    let check = bin()
        .arg("--corpus")
        .arg(&out)
        .arg("--corpus")
        .arg(&folder)
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(
        stdout(&check).starts_with("25 articles loaded from 26 files"),
        "{}",
        stdout(&check)
    );
}
