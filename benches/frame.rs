//! Drawing one frame must not cost more with 100,000 entries than with 3.

use chrono::{Days, NaiveDate};
use congress_timeline::corpus::{Article, Corpus};
use congress_timeline::tui::{App, render};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

fn big_corpus(n: usize) -> Corpus {
    let start = NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    let articles = (0..n)
        .map(|i| {
            let body = format!(
                "Congress leaders met in Delhi on Monday to discuss article {i}.\n\nThe alliance partners agreed on seat-sharing for the polls, the party said."
            );
            let mut a = Article::new(format!("synthetic-{i:06}"), start + Days::new((i % 3650) as u64), body, "bench".into());
            a.headline = format!("Headline number {i} about the Congress and its alliance partners in the states");
            a.enrichment.tags = vec!["alliance".into(), "election".into()];
            a
        })
        .collect();
    Corpus {
        articles: std::sync::Arc::new(articles),
        ..Corpus::default()
    }
}

fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_120x40");
    for (name, corpus) in [
        ("3_builtin", Corpus::builtin()),
        ("100k_entries", big_corpus(100_000)),
    ] {
        let app = App::new(corpus, 120, 40, false);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        group.bench_function(name, |b| {
            b.iter(|| {
                terminal.draw(|f| render(black_box(&app), f)).unwrap();
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
