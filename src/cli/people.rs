//! Everyone mentioned across a corpus.

use crate::corpus::Article;
use crate::enrich::Gazetteer;
use chrono::NaiveDate;
use std::collections::HashMap;

/// One person across the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonSummary {
    pub name: String,
    /// The role held on the date of the latest article mentioning them.
    pub role: Option<String>,
    pub party: Option<String>,
    pub articles: usize,
    pub mentions: usize,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// Everyone mentioned, most articles first, then most mentions, then by name.
pub fn summarise_people(articles: &[Article], gazetteer: &Gazetteer) -> Vec<PersonSummary> {
    let mut by_name: HashMap<&str, (PersonSummary, Option<usize>)> = HashMap::new();
    for a in articles {
        for p in &a.enrichment.people {
            let (s, _) = by_name.entry(&p.name).or_insert_with(|| {
                (
                    PersonSummary {
                        name: p.name.clone(),
                        role: None,
                        party: None,
                        articles: 0,
                        mentions: 0,
                        first: a.date,
                        last: a.date,
                    },
                    p.gazetteer,
                )
            });
            s.articles += 1;
            s.mentions += p.spans.len();
            s.first = s.first.min(a.date);
            s.last = s.last.max(a.date);
        }
    }
    let mut out: Vec<PersonSummary> = by_name
        .into_values()
        .map(|(mut s, g)| {
            if let Some(known) = g.and_then(|i| gazetteer.people.get(i)) {
                s.role = known.role_on(s.last).map(|r| r.title.clone());
                s.party = known.party.clone();
            }
            s
        })
        .collect();
    out.sort_by(|a, b| {
        b.articles
            .cmp(&a.articles)
            .then(b.mentions.cmp(&a.mentions))
            .then_with(|| a.name.cmp(&b.name))
    });
    out
}
