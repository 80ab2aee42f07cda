//! Load and enrich: the whole pipeline, the bare parse, and one plain pass over the same bytes
//! (a memchr scan), all in one run so the ratios hold on a noisy machine.

use congress_timeline::corpus::{LoadOptions, load_paths};
use congress_timeline::synth::{SynthOptions, write_jsonl, write_text_folder};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::path::{Path, PathBuf};

fn real_csv() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/raw/news_summary.csv");
    p.exists().then_some(p)
}

fn files_under(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for e in std::fs::read_dir(path).unwrap() {
            files_under(&e.unwrap().path(), out);
        }
    } else {
        out.push(path.to_path_buf());
    }
}

/// The baseline: read every byte and count the newlines.
fn memchr_pass(paths: &[PathBuf]) -> usize {
    let mut files = Vec::new();
    for p in paths {
        files_under(p, &mut files);
    }
    files
        .iter()
        .map(|f| memchr::memchr_iter(b'\n', &std::fs::read(f).unwrap()).count())
        .sum()
}

fn bare() -> LoadOptions {
    LoadOptions {
        enrich: false,
        cache_dir: None,
    }
}

fn pipeline(c: &mut Criterion, name: &str, paths: &[PathBuf], samples: usize) {
    let bytes = load_paths(paths, &bare()).unwrap().stats.bytes;
    let mut group = c.benchmark_group(name);
    group.sample_size(samples);
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("memchr_baseline", |b| b.iter(|| memchr_pass(paths)));
    group.bench_function("bare_parse", |b| {
        b.iter(|| load_paths(paths, &bare()).unwrap())
    });
    group.bench_function("parse_and_enrich", |b| {
        b.iter(|| load_paths(paths, &LoadOptions::default()).unwrap())
    });
    let cache = tempfile::tempdir().unwrap();
    let cached = LoadOptions {
        enrich: true,
        cache_dir: Some(cache.path().to_path_buf()),
    };
    load_paths(paths, &cached).unwrap();
    group.bench_function("from_index_cache", |b| {
        b.iter(|| load_paths(paths, &cached).unwrap())
    });
    group.finish();
}

fn load(c: &mut Criterion) {
    match real_csv() {
        Some(p) => pipeline(c, "real_csv_4514", &[p], 10),
        None => eprintln!("skipped real_csv_4514: ../shared/corpus/raw/news_summary.csv is absent"),
    }
    let dir = tempfile::tempdir().unwrap();
    let jsonl = dir.path().join("synthetic-10k.jsonl");
    write_jsonl(&SynthOptions::new(10_000, 7), &jsonl).unwrap();
    pipeline(c, "synthetic_jsonl_10k", &[jsonl], 10);
    if std::env::var_os("BENCH_100K").is_some() {
        let folder = dir.path().join("synthetic-100k");
        write_text_folder(&SynthOptions::new(100_000, 7), &folder).unwrap();
        pipeline(c, "synthetic_text_100k", &[folder], 10);
    }
}

criterion_group!(benches, load);
criterion_main!(benches);
