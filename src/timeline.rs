//! The timeline: each article at its date and each dated mention at the date it names.

use crate::corpus::Article;
use crate::enrich::Precision;
use chrono::NaiveDate;

/// What a timeline entry stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryKind {
    Article,
    /// The index of the mention in its article's `enrichment.mentions`.
    Mention(usize),
}

/// One row of the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// Index of the article in the corpus.
    pub article: usize,
    pub kind: EntryKind,
    pub date: NaiveDate,
    pub precision: Precision,
}

impl Entry {
    pub fn is_mention(&self) -> bool {
        matches!(self.kind, EntryKind::Mention(_))
    }
}

/// Every entry, ascending by date; on the same day articles before mentions, then by id, then
/// by the mention's place in its article. The same order on every run.
pub fn build(articles: &[Article]) -> Vec<Entry> {
    let mut entries = Vec::with_capacity(articles.len() * 2);
    for (i, a) in articles.iter().enumerate() {
        entries.push(Entry {
            article: i,
            kind: EntryKind::Article,
            date: a.date,
            precision: Precision::Day,
        });
        for (m, mention) in a.enrichment.mentions.iter().enumerate() {
            entries.push(Entry {
                article: i,
                kind: EntryKind::Mention(m),
                date: mention.date,
                precision: mention.precision,
            });
        }
    }
    entries.sort_by(|x, y| {
        x.date
            .cmp(&y.date)
            .then_with(|| x.is_mention().cmp(&y.is_mention()))
            .then_with(|| articles[x.article].id.cmp(&articles[y.article].id))
            .then_with(|| x.kind.cmp(&y.kind))
    });
    entries
}

/// A date at its precision: `2024-08-20`, `2024-08` or `2024`.
pub fn format_date(date: NaiveDate, precision: Precision) -> String {
    match precision {
        Precision::Day => date.format("%Y-%m-%d").to_string(),
        Precision::Month => date.format("%Y-%m").to_string(),
        Precision::Year => date.format("%Y").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::enrich::DatedMention;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn article(id: &str, date: &str, mentions: &[&str]) -> Article {
        let mut a = Article::new(id.into(), d(date), "body".into(), "t".into());
        a.enrichment.mentions = mentions
            .iter()
            .map(|m| DatedMention {
                date: d(m),
                precision: Precision::Day,
                expression: 0..1,
                sentence: 0..4,
            })
            .collect();
        a
    }

    #[test]
    fn ascending_articles_first_then_id() {
        let arts = vec![
            article("b", "2024-01-02", &["2024-01-01", "2024-01-03"]),
            article("a", "2024-01-01", &[]),
            article("c", "2024-01-01", &[]),
        ];
        let e = build(&arts);
        let shown: Vec<(String, bool)> = e
            .iter()
            .map(|e| (format!("{} {}", e.date, arts[e.article].id), e.is_mention()))
            .collect();
        assert_eq!(
            shown,
            [
                ("2024-01-01 a".to_string(), false),
                ("2024-01-01 c".to_string(), false),
                ("2024-01-01 b".to_string(), true),
                ("2024-01-02 b".to_string(), false),
                ("2024-01-03 b".to_string(), true),
            ]
        );
    }

    #[test]
    fn dates_at_precision() {
        assert_eq!(format_date(d("2024-08-01"), Precision::Month), "2024-08");
        assert_eq!(format_date(d("2024-01-01"), Precision::Year), "2024");
        assert_eq!(format_date(d("2024-08-20"), Precision::Day), "2024-08-20");
    }
}
