//! The curated gazetteer of people and organisations, compiled into the binary from
//! `assets/gazetteer.json`.

use chrono::NaiveDate;
use serde::Deserialize;
use std::sync::OnceLock;

/// One role a person held, with the dates it was held (inclusive; `to: None` means still held).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Role {
    pub title: String,
    pub from: NaiveDate,
    #[serde(default)]
    pub to: Option<NaiveDate>,
}

impl Role {
    pub fn held_on(&self, date: NaiveDate) -> bool {
        self.from <= date && self.to.is_none_or(|to| date <= to)
    }
}

/// A person of the gazetteer: canonical full name, other ways of writing it, party, roles.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// Other full spellings, short forms, nicknames and social handles (`@RahulGandhi`).
    /// The bare surname need not be listed: it is derived from `name`.
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub party: Option<String>,
    #[serde(default)]
    pub roles: Vec<Role>,
}

impl Person {
    /// The role held on `date`: the latest-starting one among those held then.
    pub fn role_on(&self, date: NaiveDate) -> Option<&Role> {
        self.roles
            .iter()
            .filter(|r| r.held_on(date))
            .max_by_key(|r| r.from)
    }

    /// The last word of the canonical name (`Kharge` for `Mallikarjun Kharge`).
    pub fn surname(&self) -> &str {
        self.name.rsplit(' ').next().unwrap_or(&self.name)
    }
}

/// An organisation: party, alliance or body.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Organisation {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// `party`, `alliance`, `body`, `house`, ...
    #[serde(default)]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct Gazetteer {
    pub people: Vec<Person>,
    pub organisations: Vec<Organisation>,
}

static BUILTIN_JSON: &str = include_str!("../../assets/gazetteer.json");

impl Gazetteer {
    /// The compiled-in gazetteer, parsed once.
    pub fn builtin() -> &'static Gazetteer {
        static CELL: OnceLock<Gazetteer> = OnceLock::new();
        CELL.get_or_init(|| {
            serde_json::from_str(BUILTIN_JSON).expect("assets/gazetteer.json is valid (tested)")
        })
    }

    pub fn person(&self, name: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.name == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses_and_names_are_unique() {
        let g = Gazetteer::builtin();
        let mut names: Vec<_> = g.people.iter().map(|p| p.name.as_str()).collect();
        names.sort();
        let n = names.len();
        names.dedup();
        assert_eq!(n, names.len(), "duplicate canonical names in gazetteer");
        assert!(g.person("Mallikarjun Kharge").is_some());
    }

    #[test]
    fn role_on_date() {
        let g = Gazetteer::builtin();
        let k = g.person("Mallikarjun Kharge").unwrap();
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            k.role_on(d("2024-08-20")).map(|r| r.title.as_str()),
            Some("Congress president")
        );
        assert_ne!(
            k.role_on(d("2022-10-04")).map(|r| r.title.as_str()),
            Some("Congress president")
        );
    }
}
