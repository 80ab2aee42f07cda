use chrono::{Datelike, NaiveDate};
use std::cmp::Ordering;

/// One search term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// Fuzzy on the short fields, word substring in the body.
    Fuzzy(String),
    /// `'word`: an exact (case-insensitive) substring anywhere.
    Exact(String),
    /// `!word`: no field and no body may contain it.
    Exclude(String),
    /// `@name`: a person mentioned, fuzzy over names and aliases.
    Person(String),
    /// `#tag`: a topic tag (prefix).
    Tag(String),
    /// `>=2024-01`, `<2023`, ...: a bound on the entry's date.
    Date(DateBound),
}

/// `date <op> value`, already turned into a closed-open range test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateBound {
    /// The entry's date must compare to `pivot` as one of `allowed`.
    pub pivot: NaiveDate,
    pub allowed: [Option<Ordering>; 2],
}

impl DateBound {
    pub fn admits(&self, date: NaiveDate) -> bool {
        let ord = date.cmp(&self.pivot);
        self.allowed.contains(&Some(ord))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("bad date in `{0}`: use YYYY, YYYY-MM or YYYY-MM-DD")]
    BadDate(String),
}

/// A parsed query. The empty query matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<Term>,
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether an entry dated `date` passes every date bound.
    pub fn admits_date(&self, date: NaiveDate) -> bool {
        self.terms.iter().all(|t| match t {
            Term::Date(b) => b.admits(date),
            _ => true,
        })
    }

    /// Whether the query has terms that look at an article's text (not only dates).
    pub fn has_text_terms(&self) -> bool {
        self.terms.iter().any(|t| !matches!(t, Term::Date(_)))
    }
}

pub fn parse(input: &str) -> Result<Query, QueryError> {
    let mut terms = Vec::new();
    for word in input.split_whitespace() {
        let term = if let Some(rest) = word.strip_prefix('\'') {
            Term::Exact(rest.to_string())
        } else if let Some(rest) = word.strip_prefix('!') {
            Term::Exclude(rest.to_string())
        } else if let Some(rest) = word.strip_prefix('@') {
            Term::Person(rest.to_string())
        } else if let Some(rest) = word.strip_prefix('#') {
            Term::Tag(rest.to_string())
        } else if word.starts_with(['<', '>']) {
            Term::Date(date_bound(word)?)
        } else {
            Term::Fuzzy(word.to_string())
        };
        // A lone prefix (`!`, `@` while typing) constrains nothing yet.
        let empty = matches!(&term, Term::Exact(s) | Term::Exclude(s) | Term::Person(s) | Term::Tag(s) if s.is_empty());
        if !empty {
            terms.push(term);
        }
    }
    Ok(Query { terms })
}

fn date_bound(word: &str) -> Result<DateBound, QueryError> {
    let (op, value) = ["<=", ">=", "<", ">"]
        .iter()
        .find_map(|op| word.strip_prefix(op).map(|v| (*op, v)))
        .expect("caller checked the prefix");
    let bad = || QueryError::BadDate(word.to_string());
    let (first, last) = period(value).ok_or_else(bad)?;
    use Ordering::*;
    Ok(match op {
        ">=" => DateBound {
            pivot: first,
            allowed: [Some(Greater), Some(Equal)],
        },
        ">" => DateBound {
            pivot: last,
            allowed: [Some(Greater), None],
        },
        "<=" => DateBound {
            pivot: last,
            allowed: [Some(Less), Some(Equal)],
        },
        _ => DateBound {
            pivot: first,
            allowed: [Some(Less), None],
        },
    })
}

/// The first and last day of `2024`, `2024-08` or `2024-08-20`.
pub(crate) fn period(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let parts: Vec<&str> = value.split('-').collect();
    let num = |s: &str| {
        s.parse::<u32>()
            .ok()
            .filter(|_| s.chars().all(|c| c.is_ascii_digit()))
    };
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)? as i32;
            Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            ))
        }
        [y, m] if y.len() == 4 => {
            let first = NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, 1)?;
            let next = first.checked_add_months(chrono::Months::new(1))?;
            Some((first, next.pred_opt()?))
        }
        [y, m, d] if y.len() == 4 => {
            let day = NaiveDate::from_ymd_opt(num(y)? as i32, num(m)?, num(d)?)?;
            Some((day, day))
        }
        _ => None,
    }
    .filter(|(first, _)| first.year() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn every_term_kind() {
        let q = parse("kharge 'tie-up !bjp @omar #alli >=2024-01 <2025").unwrap();
        assert_eq!(q.terms[0], Term::Fuzzy("kharge".into()));
        assert_eq!(q.terms[1], Term::Exact("tie-up".into()));
        assert_eq!(q.terms[2], Term::Exclude("bjp".into()));
        assert_eq!(q.terms[3], Term::Person("omar".into()));
        assert_eq!(q.terms[4], Term::Tag("alli".into()));
        assert!(matches!(q.terms[5], Term::Date(_)));
        assert!(q.admits_date(d("2024-01-01")));
        assert!(q.admits_date(d("2024-12-31")));
        assert!(!q.admits_date(d("2023-12-31")));
        assert!(!q.admits_date(d("2025-01-01")));
    }

    #[test]
    fn bounds_at_each_precision() {
        let q = parse(">2024-08 <=2024-09-02").unwrap();
        assert!(!q.admits_date(d("2024-08-31")));
        assert!(q.admits_date(d("2024-09-01")));
        assert!(q.admits_date(d("2024-09-02")));
        assert!(!q.admits_date(d("2024-09-03")));
        let q = parse("<2023").unwrap();
        assert!(q.admits_date(d("2022-12-31")) && !q.admits_date(d("2023-01-01")));
    }

    #[test]
    fn bad_dates_rejected() {
        assert_eq!(
            parse(">=2024-13").unwrap_err(),
            QueryError::BadDate(">=2024-13".into())
        );
        assert!(parse("<yesterday").is_err());
        assert!(parse(">=24").is_err());
    }

    #[test]
    fn empty_and_lone_prefixes_match_everything() {
        assert!(parse("   ").unwrap().is_empty());
        assert!(parse("! @ #").unwrap().is_empty());
    }
}
