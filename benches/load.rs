//! Load and enrich: the whole pipeline against the bare parse of the same bytes, in one run.

use congress_timeline::corpus::{LoadOptions, load_paths};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::PathBuf;

fn real_csv() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/raw/news_summary.csv");
    p.exists().then_some(p)
}

fn pipeline(c: &mut Criterion, name: &str, paths: &[PathBuf]) {
    let bytes = load_paths(
        paths,
        &LoadOptions {
            enrich: false,
            cache_dir: None,
        },
    )
    .unwrap()
    .stats
    .bytes;
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("bare_parse", |b| {
        b.iter(|| {
            load_paths(
                paths,
                &LoadOptions {
                    enrich: false,
                    cache_dir: None,
                },
            )
            .unwrap()
        })
    });
    group.bench_function("parse_and_enrich", |b| {
        b.iter(|| load_paths(paths, &LoadOptions::default()).unwrap())
    });
    group.finish();
}

fn load(c: &mut Criterion) {
    match real_csv() {
        Some(p) => pipeline(c, "real_csv_4514", &[p]),
        None => eprintln!("skipped real_csv_4514: ../shared/corpus/raw/news_summary.csv is absent"),
    }
}

criterion_group!(benches, load);
criterion_main!(benches);
