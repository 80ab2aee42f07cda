//! A seeded synthetic corpus of Indian political news, for benchmarks and tests of large
//! archives (100,000 articles is about 270 MB of text).
//!
//! Every article is generated from its own random stream, derived from the seed and its index
//! with SplitMix64 and integer arithmetic only: the same options give byte-identical articles
//! on every run and machine, and any article can be made alone, so writers work in parallel.
//! Real names are drawn from the built-in gazetteer ([`SynthOptions::real_people`]); with them,
//! the text also depends on what the gazetteer holds.

mod cast;
mod compose;
mod dates;
mod headlines;
mod phrases;
mod rng;
mod template;
mod words;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use compose::Composer;
use dates::Calendar;
use rayon::prelude::*;
use rng::Rng;
use std::io::Write;
use std::path::Path;

/// Articles per subfolder written by [`write_text_folder`].
pub const FILES_PER_FOLDER: usize = 1_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthOptions {
    pub articles: usize,
    pub seed: u64,
    /// The first year of publication dates (default 2015).
    pub start_year: i32,
    /// How many years the dates cover (default 10: 2015–2024).
    pub years: u32,
    /// Mention real people of the built-in gazetteer as well as invented ones (default true).
    /// Without them the output depends on the seed and this module alone.
    pub real_people: bool,
}

impl Default for SynthOptions {
    fn default() -> Self {
        SynthOptions {
            articles: 1_000,
            seed: 0,
            start_year: 2015,
            years: 10,
            real_people: true,
        }
    }
}

impl SynthOptions {
    /// `articles` articles from `seed`, other knobs at their defaults.
    pub fn new(articles: usize, seed: u64) -> Self {
        SynthOptions {
            articles,
            seed,
            ..SynthOptions::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthArticle {
    /// `<index, six digits>_<16 hex digits>`, e.g. `000042_9f1c03d2a4b5e6f7`.
    pub id: String,
    pub date: NaiveDate,
    pub place: String,
    pub headline: String,
    /// Paragraphs separated by blank lines (`\n\n`), no trailing newline.
    pub body: String,
}

/// The articles of a synthetic corpus, made one at a time.
pub struct Articles {
    opts: SynthOptions,
    calendar: Calendar,
    people: &'static [crate::enrich::gazetteer::Person],
    next: usize,
}

impl Articles {
    /// Article `index` (`< opts.articles`), the same as the iterator yields at that position.
    pub fn article(&self, index: usize) -> SynthArticle {
        let mut rng = Rng::for_article(self.opts.seed, index as u64);
        let id = format!("{index:06}_{:016x}", rng.next_u64());
        let (date, peak) = self.calendar.sample(&mut rng);
        let words = body_words(&mut rng);
        let mut c = Composer::new(rng, date, peak, self.people);
        let mut headline = String::with_capacity(128);
        c.headline(&mut headline);
        let mut body = String::with_capacity(words * 8);
        c.body(&mut body, words);
        SynthArticle {
            id,
            date,
            place: c.city.to_string(),
            headline,
            body,
        }
    }
}

impl Iterator for Articles {
    type Item = SynthArticle;

    fn next(&mut self) -> Option<SynthArticle> {
        if self.next >= self.opts.articles {
            return None;
        }
        self.next += 1;
        Some(self.article(self.next - 1))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.opts.articles - self.next;
        (n, Some(n))
    }
}

impl ExactSizeIterator for Articles {}

/// A body length in words: 150 to 880 (the last sentence may run past), mostly 300 to 600,
/// mean about 430, skewed long.
fn body_words(rng: &mut Rng) -> usize {
    // x: the sum of four uniform draws in 0..1000, so x / 4000 is a bell over 0..1.
    let x = (0..4).map(|_| rng.below(1_000) as u64).sum::<u64>();
    // 150 + 730 * (x + x²) / 2 in units of one (u64: no overflow where usize is 32 bits).
    150 + (730 * (x * 4_000 + x * x) / (2 * 4_000 * 4_000)) as usize
}

/// Deterministic: the same options give byte-identical articles on every run and machine.
pub fn generate(opts: &SynthOptions) -> Articles {
    let people: &'static [crate::enrich::gazetteer::Person] = if opts.real_people {
        &crate::enrich::Gazetteer::builtin().people
    } else {
        &[]
    };
    Articles {
        opts: opts.clone(),
        calendar: Calendar::new(opts.start_year, opts.years),
        people,
        next: 0,
    }
}

/// An article in the seed text format: ` date YYYY-MM-DD Place: ` and the body.
pub fn to_seed_text(a: &SynthArticle, out: &mut Vec<u8>) {
    let _ = write!(out, " date {} {}: ", a.date.format("%Y-%m-%d"), a.place);
    out.extend_from_slice(a.body.as_bytes());
}

/// The subfolder of article `index`: `0000`, `0001`, ...
pub fn folder_of(index: usize) -> String {
    format!("{:04}", index / FILES_PER_FOLDER)
}

/// Write one `<id>.txt` per article in the seed format, in subfolders of at most
/// [`FILES_PER_FOLDER`] files (`0000/`, `0001/`, ...) under `dir`. Returns the bytes written.
pub fn write_text_folder(opts: &SynthOptions, dir: &Path) -> std::io::Result<u64> {
    let articles = generate(opts);
    let folders = opts.articles.div_ceil(FILES_PER_FOLDER);
    std::fs::create_dir_all(dir)?;
    let bytes = (0..folders)
        .into_par_iter()
        .map(|f| -> std::io::Result<u64> {
            let sub = dir.join(folder_of(f * FILES_PER_FOLDER));
            std::fs::create_dir_all(&sub)?;
            let mut buf = Vec::with_capacity(8 << 10);
            let mut bytes = 0;
            let end = opts.articles.min((f + 1) * FILES_PER_FOLDER);
            for i in f * FILES_PER_FOLDER..end {
                let a = articles.article(i);
                buf.clear();
                to_seed_text(&a, &mut buf);
                std::fs::write(sub.join(format!("{}.txt", a.id)), &buf)?;
                bytes += buf.len() as u64;
            }
            Ok(bytes)
        })
        .collect::<std::io::Result<Vec<u64>>>()?;
    Ok(bytes.iter().sum())
}

#[derive(serde::Serialize)]
struct JsonArticle<'a> {
    id: &'a str,
    date: String,
    headline: &'a str,
    place: &'a str,
    body: &'a str,
}

/// One JSON object per line: `id`, `date` (YYYY-MM-DD), `headline`, `place`, `body`.
pub fn to_json_line(a: &SynthArticle, out: &mut Vec<u8>) {
    let json = JsonArticle {
        id: &a.id,
        date: a.date.format("%Y-%m-%d").to_string(),
        headline: &a.headline,
        place: &a.place,
        body: &a.body,
    };
    serde_json::to_writer(&mut *out, &json).expect("strings serialise");
    out.push(b'\n');
}

/// Write the corpus as JSON Lines to `path`. Returns the bytes written.
pub fn write_jsonl(opts: &SynthOptions, path: &Path) -> std::io::Result<u64> {
    const BATCH: usize = 2_048;
    let articles = generate(opts);
    let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut bytes = 0;
    for start in (0..opts.articles).step_by(BATCH) {
        let end = opts.articles.min(start + BATCH);
        let chunks: Vec<Vec<u8>> = (start..end)
            .into_par_iter()
            .with_min_len(64)
            .fold(Vec::new, |mut buf, i| {
                to_json_line(&articles.article(i), &mut buf);
                buf
            })
            .collect();
        for chunk in chunks {
            file.write_all(&chunk)?;
            bytes += chunk.len() as u64;
        }
    }
    file.flush()?;
    Ok(bytes)
}
