//! Gathering files, parsing them in parallel, folding duplicates and enriching.

use super::cache;
use super::decode::{Decoded, decode};
use super::json_format::{self, Parsed};
use super::{Article, Diagnostic, builtin_articles, csv_format, headline_from_body, text_format};
use crate::enrich::{Gazetteer, enrich_all};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Fatal problems: the corpus cannot be loaded at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("corpus path not found: {0}")]
    Missing(String),
    #[error("cannot read corpus path {path}: {source}")]
    Unreadable {
        path: String,
        source: std::io::Error,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Jsonl,
    Csv,
}

/// Counts and timings of one load, for `--stats`.
#[derive(Debug, Clone, Default)]
pub struct LoadStats {
    pub files: usize,
    pub ignored_files: usize,
    pub bytes: u64,
    pub articles: usize,
    pub folded: usize,
    pub read: Duration,
    pub parse: Duration,
    pub enrich: Duration,
    /// Time spent reading or writing the index cache.
    pub index: Duration,
    /// What happened with the index cache, when one was asked for.
    pub cache: Option<String>,
}

/// What to do besides parsing.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Find people, organisations, tags and dated mentions (off for a bare-parse benchmark).
    pub enrich: bool,
    /// Where to keep the index cache; `None` for no cache.
    pub cache_dir: Option<PathBuf>,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            enrich: true,
            cache_dir: None,
        }
    }
}

/// A loaded corpus: articles in (date, id) order, and every problem met.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Shared, so a search can run on another thread while the app draws.
    pub articles: Arc<Vec<Article>>,
    pub diagnostics: Vec<Diagnostic>,
    pub stats: LoadStats,
}

impl Corpus {
    /// The compiled-in seed corpus, enriched.
    pub fn builtin() -> Corpus {
        let start = Instant::now();
        let mut articles = builtin_articles();
        enrich_all(&mut articles, Gazetteer::builtin());
        let mut corpus = Corpus {
            stats: LoadStats {
                articles: articles.len(),
                bytes: articles.iter().map(|a| a.body.len() as u64).sum(),
                enrich: start.elapsed(),
                ..LoadStats::default()
            },
            articles: Arc::new(articles),
            diagnostics: Vec::new(),
        };
        corpus.sort();
        corpus
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|a| a.id == id)
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Order the articles by (date, id).
    pub fn sort(&mut self) {
        Arc::make_mut(&mut self.articles)
            .sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    }
}

/// How far a load has got.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LoadProgress {
    pub files_done: usize,
    pub files_total: usize,
    pub bytes_done: u64,
    pub bytes_total: u64,
    pub articles: usize,
}

/// One delivery of a streaming load: enriched articles, problems, and how far it has got.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Batch {
    pub articles: Vec<Article>,
    pub diagnostics: Vec<Diagnostic>,
    pub progress: LoadProgress,
}

/// Files are read and parsed in chunks of about this many bytes, so the first articles arrive
/// early and memory holds one chunk of raw bytes at a time.
const CHUNK_BYTES: u64 = 8 << 20;
const CHUNK_FILES: usize = 2048;
/// Articles are enriched and delivered in batches of this many.
const ENRICH_BATCH: usize = 4096;

/// Load every article under `paths` (files, or directories read recursively), in (date, id)
/// order.
pub fn load_paths(paths: &[PathBuf], options: &LoadOptions) -> Result<Corpus, LoadError> {
    load_paths_with_progress(paths, options, |_| {})
}

/// `load_paths`, telling `on_progress` how far it has got after each batch.
pub fn load_paths_with_progress(
    paths: &[PathBuf],
    options: &LoadOptions,
    mut on_progress: impl FnMut(&LoadProgress),
) -> Result<Corpus, LoadError> {
    let mut articles = Vec::new();
    let mut diagnostics = Vec::new();
    let stats = load_streaming(paths, options, |batch| {
        articles.extend(batch.articles);
        diagnostics.extend(batch.diagnostics);
        on_progress(&batch.progress);
    })?;
    let mut corpus = Corpus {
        articles: Arc::new(articles),
        diagnostics,
        stats,
    };
    corpus.sort();
    Ok(corpus)
}

/// Load `paths`, handing over articles batch by batch: from the index cache when it matches
/// the files, else as they are parsed and enriched (and then saved to the cache).
pub fn load_streaming(
    paths: &[PathBuf],
    options: &LoadOptions,
    mut deliver: impl FnMut(Batch),
) -> Result<LoadStats, LoadError> {
    let start = Instant::now();
    let mut files = Vec::new();
    let mut gather_stats = LoadStats::default();
    for path in paths {
        gather(path, true, &mut files, &mut gather_stats)?;
    }
    let Some(dir) = options.cache_dir.as_deref().filter(|_| options.enrich) else {
        return Ok(parse_streaming(files, gather_stats, options, deliver));
    };
    let file_paths: Vec<PathBuf> = files.iter().map(|(p, _)| p.clone()).collect();
    let key = cache::CacheKey::of(&file_paths);
    let target = cache::cache_file(dir, paths);
    let outcome = match cache::read(&target, &key) {
        Ok(batches) => {
            let mut stats = LoadStats {
                files: file_paths.len(),
                ignored_files: gather_stats.ignored_files,
                ..LoadStats::default()
            };
            for b in batches {
                stats.articles += b.articles.len();
                stats.bytes = b.progress.bytes_total;
                deliver(b);
            }
            stats.index = start.elapsed();
            stats.cache = Some(format!("used {}", target.display()));
            return Ok(stats);
        }
        Err(miss) => miss,
    };
    let mut index_time = start.elapsed();
    let mut writer = cache::CacheWriter::create(&target, &key);
    let mut stats = parse_streaming(files, gather_stats, options, |batch| {
        if let Ok(w) = &mut writer {
            let t = Instant::now();
            if let Err(e) = w.batch(&batch) {
                writer = Err(e);
            }
            index_time += t.elapsed();
        }
        deliver(batch);
    });
    let t = Instant::now();
    let written = writer.and_then(|w| w.finish());
    stats.index = index_time + t.elapsed();
    stats.cache = Some(match (outcome, written) {
        (why, Ok(())) => format!("{why}: built {}", target.display()),
        (why, Err(e)) => format!("{why}: could not write {}: {e}", target.display()),
    });
    Ok(stats)
}

/// Parse and enrich the gathered `files` in chunks, handing over batches as they are ready.
/// Duplicate bodies are folded and ids made unique across batches.
fn parse_streaming(
    files: Vec<(PathBuf, Format)>,
    mut stats: LoadStats,
    options: &LoadOptions,
    mut deliver: impl FnMut(Batch),
) -> LoadStats {
    stats.files = files.len();
    let sizes: Vec<u64> = files
        .iter()
        .map(|(p, _)| std::fs::metadata(p).map_or(0, |m| m.len()))
        .collect();
    let mut progress = LoadProgress {
        files_total: files.len(),
        bytes_total: sizes.iter().sum(),
        ..LoadProgress::default()
    };
    // An empty first batch tells the totals, for a progress display.
    deliver(Batch {
        progress,
        ..Batch::default()
    });
    let mut seen_bodies: HashSet<u64> = HashSet::new();
    let mut id_counts: HashMap<String, usize> = HashMap::new();
    let mut rest = &files[..];
    let mut rest_sizes = &sizes[..];
    while !rest.is_empty() {
        let mut n = 0;
        let mut chunk_bytes = 0;
        while n < rest.len()
            && n < CHUNK_FILES
            && (n == 0 || chunk_bytes + rest_sizes[n] <= CHUNK_BYTES)
        {
            chunk_bytes += rest_sizes[n];
            n += 1;
        }
        let (chunk, tail) = rest.split_at(n);
        rest = tail;
        rest_sizes = &rest_sizes[n..];

        let start = Instant::now();
        let contents: Vec<(&PathBuf, Format, std::io::Result<Vec<u8>>)> = chunk
            .par_iter()
            .map(|(path, format)| (path, *format, std::fs::read(path)))
            .collect();
        stats.read += start.elapsed();
        let read_bytes: u64 = contents
            .iter()
            .filter_map(|(_, _, b)| b.as_ref().ok())
            .map(|b| b.len() as u64)
            .sum();
        stats.bytes += read_bytes;

        let start = Instant::now();
        let parsed: Vec<Parsed> = contents
            .into_par_iter()
            .map(|(path, format, bytes)| parse_file(path, format, bytes))
            .collect();
        let mut articles = Vec::new();
        let mut diagnostics = Vec::new();
        for p in parsed {
            articles.extend(p.articles);
            diagnostics.extend(p.diagnostics);
        }
        stats.folded += fold_duplicates(&mut articles, &mut diagnostics, &mut seen_bodies);
        make_ids_unique(&mut articles, &mut diagnostics, &mut id_counts);
        stats.parse += start.elapsed();

        progress.files_done += chunk.len();
        progress.bytes_done += chunk_bytes.max(read_bytes);
        let total = articles.len();
        let mut delivered = 0;
        let mut articles = articles.into_iter();
        loop {
            let mut batch: Vec<Article> = articles.by_ref().take(ENRICH_BATCH).collect();
            if options.enrich && !batch.is_empty() {
                let start = Instant::now();
                enrich_all(&mut batch, Gazetteer::builtin());
                stats.enrich += start.elapsed();
            }
            delivered += batch.len();
            progress.articles += batch.len();
            stats.articles += batch.len();
            let last = delivered >= total;
            let mut b = Batch {
                articles: batch,
                diagnostics: Vec::new(),
                progress,
            };
            if last {
                b.diagnostics = std::mem::take(&mut diagnostics);
            }
            deliver(b);
            if last {
                break;
            }
        }
    }
    stats
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" => Some(Format::Text),
        "json" => Some(Format::Json),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "csv" => Some(Format::Csv),
        _ => None,
    }
}

fn gather(
    path: &Path,
    explicit: bool,
    out: &mut Vec<(PathBuf, Format)>,
    stats: &mut LoadStats,
) -> Result<(), LoadError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::Missing(shown.clone()),
        _ => LoadError::Unreadable {
            path: shown.clone(),
            source: e,
        },
    })?;
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| LoadError::Unreadable {
                path: shown.clone(),
                source: e,
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                !p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'))
            })
            .collect();
        entries.sort();
        for entry in entries {
            // An unreadable entry inside a folder is not fatal: the rest still loads.
            if gather(&entry, false, out, stats).is_err() {
                stats.ignored_files += 1;
            }
        }
    } else if let Some(format) = format_of(path) {
        out.push((path.to_path_buf(), format));
    } else if explicit {
        // A file named on the command line is read whatever its extension; the content decides.
        out.push((path.to_path_buf(), Format::Text));
    } else {
        stats.ignored_files += 1;
    }
    Ok(())
}

/// The format a file named with an unknown extension appears to have.
fn sniff(text: &str, fallback: Format) -> Format {
    match text.trim_start().chars().next() {
        Some('[') => Format::Json,
        Some('{') => {
            if serde_json::from_str::<serde_json::Value>(text).is_ok() {
                Format::Json
            } else {
                Format::Jsonl
            }
        }
        _ => fallback,
    }
}

fn parse_file(path: &Path, format: Format, bytes: std::io::Result<Vec<u8>>) -> Parsed {
    let shown = path.display().to_string();
    let mut out = Parsed::default();
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            out.diagnostics
                .push(Diagnostic::error(&shown, format!("cannot read: {e}")));
            return out;
        }
    };
    let text = match decode(bytes) {
        Decoded::Binary => {
            out.diagnostics
                .push(Diagnostic::error(&shown, "binary file (not text): skipped"));
            return out;
        }
        Decoded::Text {
            text,
            was_windows_1252,
        } => {
            if was_windows_1252 {
                out.diagnostics.push(Diagnostic::warning(
                    &shown,
                    "not valid UTF-8: decoded as Windows-1252",
                ));
            }
            text
        }
    };
    let stem = path
        .file_stem()
        .map_or_else(|| shown.clone(), |s| s.to_string_lossy().into_owned());
    let format = if format_of(path).is_none() {
        sniff(&text, format)
    } else {
        format
    };
    let mut parsed = match format {
        Format::Text => match text_format::parse(&shown, &stem, &text) {
            Ok(a) => Parsed {
                articles: vec![a],
                diagnostics: Vec::new(),
            },
            Err(d) => Parsed {
                articles: Vec::new(),
                diagnostics: vec![d],
            },
        },
        Format::Json => json_format::parse_json(&shown, &stem, &text),
        Format::Jsonl => json_format::parse_jsonl(&shown, &stem, &text),
        Format::Csv => csv_format::parse(&shown, &stem, &text),
    };
    for a in &mut parsed.articles {
        if a.headline.trim().is_empty() {
            a.headline = headline_from_body(&a.body);
        }
    }
    out.articles = parsed.articles;
    out.diagnostics.extend(parsed.diagnostics);
    out
}

fn body_hash(body: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut h);
    h.finish()
}

/// Keep the first of each set of articles with an identical body (by a 64-bit hash, across
/// batches); one warning per file.
fn fold_duplicates(
    articles: &mut Vec<Article>,
    diagnostics: &mut Vec<Diagnostic>,
    seen: &mut HashSet<u64>,
) -> usize {
    let hashes: Vec<u64> = articles.par_iter().map(|a| body_hash(&a.body)).collect();
    let keep: Vec<bool> = hashes.into_iter().map(|h| seen.insert(h)).collect();
    let mut per_file: Vec<(String, usize)> = Vec::new();
    for (a, &k) in articles.iter().zip(&keep) {
        if !k {
            match per_file.iter_mut().find(|(o, _)| *o == a.origin) {
                Some((_, n)) => *n += 1,
                None => per_file.push((a.origin.clone(), 1)),
            }
        }
    }
    let folded: usize = per_file.iter().map(|(_, n)| n).sum();
    for (origin, n) in per_file {
        let rows = if n == 1 { "article" } else { "articles" };
        diagnostics.push(Diagnostic::warning(
            origin,
            format!("{n} {rows} with a body identical to an earlier one folded (kept once)"),
        ));
    }
    let mut flags = keep.into_iter();
    articles.retain(|_| flags.next().unwrap_or(true));
    folded
}

/// Ids must be unique: a repeated id gets a `~2`, `~3` suffix, with a warning.
fn make_ids_unique(
    articles: &mut [Article],
    diagnostics: &mut Vec<Diagnostic>,
    counts: &mut HashMap<String, usize>,
) {
    for a in articles.iter_mut() {
        let n = counts.entry(a.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            let new_id = format!("{}~{n}", a.id);
            diagnostics.push(Diagnostic::warning(
                &a.origin,
                format!("duplicate id `{}` renamed to `{new_id}`", a.id),
            ));
            a.id = new_id;
        }
    }
}
