//! The acceptance figures for the built-in corpus: exactly these people, these 16 dates, no others.

use crate::common::{bin, json};
use std::collections::BTreeSet;

fn people_of(id: &str) -> BTreeSet<String> {
    let out = bin().args(["show", id, "--json"]).output().unwrap();
    assert!(out.status.success());
    json(&out.stdout)["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[test]
fn people_of_each_seed() {
    assert_eq!(
        people_of("000_8484a5aa547fe6ce"),
        set(&[
            "Mallikarjun Kharge",
            "Shashi Tharoor",
            "Pawan Khera",
            "Jairam Ramesh",
            "Salman Soz",
            "Rahul Gandhi",
            "Mohsina Kidwai",
            "Saifuddin Soz",
            "Thampanoor Ravi",
            "K. Sudhakaran",
        ])
    );
    assert_eq!(
        people_of("001_7845587b02b2fbfe"),
        set(&[
            "Mallikarjun Kharge",
            "Rahul Gandhi",
            "Jagdeep Dhankhar",
            "P. Chidambaram",
            "Droupadi Murmu",
            "Narendra Modi",
        ])
    );
    assert_eq!(
        people_of("002_493beed99443fa9a"),
        set(&[
            "Mallikarjun Kharge",
            "Rahul Gandhi",
            "Tariq Hameed Karra",
            "Omar Abdullah",
            "Farooq Abdullah",
            "K.C. Venugopal",
        ])
    );
}

#[test]
fn roles_are_those_held_on_the_article_date() {
    let out = bin()
        .args(["show", "002_493beed99443fa9a", "--json"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let role = |name: &str| {
        v["people"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .map(|p| p["role"].clone())
            .unwrap()
    };
    assert_eq!(role("Mallikarjun Kharge"), "Congress president");
    assert_eq!(role("Rahul Gandhi"), "Leader of the Opposition, Lok Sabha");
}

#[test]
fn exactly_sixteen_dated_mentions() {
    let out = bin().args(["list", "--json"]).output().unwrap();
    let v = json(&out.stdout);
    let entries = v.as_array().unwrap();
    assert_eq!(entries.iter().filter(|e| e["kind"] == "article").count(), 3);
    let mut got: Vec<(String, String, String)> = entries
        .iter()
        .filter(|e| e["kind"] == "mention")
        .map(|e| {
            (
                e["id"].as_str().unwrap()[..3].to_string(),
                e["date"].as_str().unwrap().to_string(),
                e["precision"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    got.sort();
    let mut want: Vec<(String, String, String)> = [
        ("000", "2022-10-04"),
        ("000", "2022-10-03"),
        ("001", "2023-12-21"),
        ("001", "2024-01-14"),
        ("001", "2023-12-19"),
        ("002", "2024-08-21"),
        ("002", "2024-08-22"),
        ("002", "2024-08-19"),
        ("002", "2024-08-19"),
        ("002", "2024-09-18"),
        ("002", "2024-08-17"),
        ("002", "2024-08-08"),
        ("002", "2024-08-21"),
        ("002", "2024-08-22"),
        ("002", "2024-08-21"),
        ("002", "2024-08-22"),
    ]
    .iter()
    .map(|(id, d)| (id.to_string(), d.to_string(), "day".to_string()))
    .collect();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn topics_of_each_seed() {
    let out = bin().args(["list", "--json"]).output().unwrap();
    let v = json(&out.stdout);
    let tags = |prefix: &str| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .find(|e| e["kind"] == "article" && e["id"].as_str().unwrap().starts_with(prefix))
            .unwrap()["tags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap().to_string())
            .collect()
    };
    assert!(tags("000").contains(&"leadership".to_string()));
    assert!(tags("001").contains(&"alliance".to_string()));
    assert!(tags("002").contains(&"alliance".to_string()));
    assert!(
        !tags("000").contains(&"alliance".to_string()),
        "000 is not about an alliance"
    );
}

#[test]
fn organisations_of_the_alliance_article() {
    let out = bin()
        .args(["show", "002_493beed99443fa9a", "--json"])
        .output()
        .unwrap();
    let v = json(&out.stdout);
    let orgs: BTreeSet<&str> = v["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    for expected in [
        "Indian National Congress",
        "Jammu and Kashmir National Conference",
        "Election Commission of India",
        "Bharatiya Janata Party",
    ] {
        assert!(orgs.contains(expected), "{expected} missing from {orgs:?}");
    }
}
