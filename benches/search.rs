//! Search over 100,000 synthetic articles: first results, the full ranking, a body substring,
//! and the echo of a typed character, against a memchr pass over the same text in one run.

use congress_timeline::corpus::{Corpus, LoadOptions, load_paths};
use congress_timeline::enrich::Gazetteer;
use congress_timeline::query::{Matcher, SearchIndex, parse};
use congress_timeline::synth::{SynthOptions, write_jsonl};
use congress_timeline::tui::{Action, App, render, update};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

fn corpus(n: usize) -> Corpus {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("synthetic.jsonl");
    write_jsonl(&SynthOptions::new(n, 11), &path).unwrap();
    load_paths(&[path], &LoadOptions::default()).unwrap()
}

fn search(c: &mut Criterion) {
    let n: usize = std::env::var("BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let corpus = corpus(n);
    let articles = &corpus.articles;
    let index = SearchIndex::build(articles, Gazetteer::builtin());
    let mut group = c.benchmark_group(format!("search_{n}"));
    group.sample_size(20);
    group.bench_function("memchr_baseline", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| memchr::memchr_iter(b'\n', a.body.as_bytes()).count())
                .sum::<usize>()
        })
    });
    for q in ["kharge", "abdullah alliance", "@rahul"] {
        let m = Matcher::new(parse(q).unwrap());
        group.bench_function(format!("first_results/{q}"), |b| {
            b.iter(|| {
                let first = n.saturating_sub(8192)..n;
                let mut p = index.prepared(&m);
                index.prepare_range(&m, &mut p, first.clone(), &|| false);
                index.score_range(&m, &p, articles, first, &|| false)
            })
        });
        group.bench_function(format!("full_ranking/{q}"), |b| {
            b.iter(|| index.scores(&m, articles, 0..n, &|| false))
        });
    }
    let body = Matcher::new(parse("'seat-sharing").unwrap());
    group.bench_function("body_substring/'seat-sharing", |b| {
        b.iter(|| index.scores(&body, articles, 0..n, &|| false))
    });

    // A typed character: the input line updates and the frame is drawn; the search itself
    // runs on the search thread (its answer is measured below as apply_results).
    let mut app = App::new(corpus.clone(), 120, 40, false);
    app.async_search = true;
    update(&mut app, Action::StartSearch);
    update(&mut app, Action::Input('k'));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    group.bench_function("keystroke_echo", |b| {
        b.iter(|| {
            update(&mut app, Action::Input('h'));
            terminal.draw(|f| render(black_box(&app), f)).unwrap();
            update(&mut app, Action::InputBackspace);
        })
    });
    // The search thread's answer arriving: the view is rebuilt on the input thread.
    let full = index
        .scores(
            &Matcher::new(parse("kharge").unwrap()),
            articles,
            0..n,
            &|| false,
        )
        .unwrap();
    group.bench_function("apply_results", |b| {
        b.iter(|| {
            app.search_generation += 1;
            let generation = app.search_generation;
            app.apply_scores(generation, 0..n, full.clone(), true);
        })
    });
    group.finish();
}

criterion_group!(benches, search);
criterion_main!(benches);
