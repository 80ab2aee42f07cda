use super::args::{CacheAction, Cli, Command, SynthFormat};
use super::json;
use super::out::{Palette, emit, one_line, pad, truncate};
use super::summarise_people;
use crate::corpus::{Corpus, Diagnostic, LoadOptions, cache, load_paths_with_progress};
use crate::enrich::Gazetteer;
use crate::query::{self, Matcher};
use crate::timeline::{self, Entry, EntryKind, format_date};
use std::fmt::Write as _;
use std::io::IsTerminal;

/// How many load problems a command other than `check` prints before summarising.
pub const DIAGNOSTICS_SHOWN: usize = 5;

/// Exit statuses.
pub const EXIT_OK: u8 = 0;
pub const EXIT_CHECK_FAILED: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

/// A progress bar on stderr appears only for loads that take longer than this.
const PROGRESS_AFTER: std::time::Duration = std::time::Duration::from_millis(500);

/// The load options the command line asks for.
pub fn load_options(cli: &Cli) -> LoadOptions {
    LoadOptions {
        enrich: true,
        cache_dir: if cli.no_cache {
            None
        } else {
            cache::cache_dir()
        },
    }
}

/// Load the corpus the command line names (or the built-in one), with a progress bar on
/// stderr when it is a terminal and the load is slow.
pub fn load(cli: &Cli) -> Result<Corpus, String> {
    if cli.corpus.is_empty() {
        return Ok(Corpus::builtin());
    }
    let started = std::time::Instant::now();
    let show = std::io::stderr().is_terminal();
    let mut shown = false;
    let corpus = load_paths_with_progress(&cli.corpus, &load_options(cli), |p| {
        if show && started.elapsed() > PROGRESS_AFTER {
            eprint!(
                "\r\x1b[Kloading {} articles · {}/{} MB · {}/{} files",
                p.articles,
                p.bytes_done / 1_000_000,
                p.bytes_total.div_ceil(1_000_000),
                p.files_done,
                p.files_total
            );
            shown = true;
        }
    })
    .map_err(|e| e.to_string())?;
    if shown {
        eprint!("\r\x1b[K");
    }
    Ok(corpus)
}

/// `generate`: write a synthetic corpus; it needs no corpus.
pub fn run_generate(articles: usize, seed: u64, format: SynthFormat, out: &std::path::Path) -> u8 {
    if out.exists() {
        eprintln!(
            "error: {} exists already: generate never overwrites",
            out.display()
        );
        return EXIT_USAGE;
    }
    let opts = crate::synth::SynthOptions::new(articles, seed);
    let written = match format {
        SynthFormat::Text => crate::synth::write_text_folder(&opts, out),
        SynthFormat::Jsonl => crate::synth::write_jsonl(&opts, out),
    };
    match written {
        Ok(bytes) => {
            let _ = emit(&format!(
                "wrote {} ({:.1} MB) to {}\n",
                plural(articles, "article"),
                bytes as f64 / 1e6,
                out.display()
            ));
            EXIT_OK
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", out.display());
            EXIT_USAGE
        }
    }
}

/// `cache clear` and `cache path`: they need no corpus.
pub fn run_cache(action: &CacheAction) -> u8 {
    let Some(dir) = cache::cache_dir() else {
        eprintln!("error: no cache directory (neither XDG_CACHE_HOME nor HOME is set)");
        return EXIT_USAGE;
    };
    match action {
        CacheAction::Path => {
            let _ = emit(&format!("{}\n", dir.display()));
            EXIT_OK
        }
        CacheAction::Clear => match cache::clear(&dir) {
            Ok(n) => {
                let _ = emit(&format!(
                    "removed {} from {}\n",
                    plural(n, "cached index"),
                    dir.display()
                ));
                EXIT_OK
            }
            Err(e) => {
                eprintln!("error: cannot clear {}: {e}", dir.display());
                EXIT_USAGE
            }
        },
    }
}

/// Run a non-interactive command; returns the process exit status.
pub fn run(cli: &Cli, corpus: &Corpus) -> u8 {
    let palette = Palette::detect(cli.no_color);
    let gazetteer = Gazetteer::builtin();
    let is_check = matches!(cli.command, Some(Command::Check));
    report_diagnostics(
        &corpus.diagnostics,
        if is_check {
            usize::MAX
        } else {
            DIAGNOSTICS_SHOWN
        },
    );
    let started = std::time::Instant::now();
    let result = match &cli.command {
        None => list(corpus, None, false, palette),
        Some(Command::List { json, query }) => list(corpus, query.as_deref(), *json, palette),
        Some(Command::Show { id, json }) => show(corpus, gazetteer, id, *json, palette),
        Some(Command::People { json }) => people(corpus, gazetteer, *json, palette),
        Some(Command::Search { query, json, limit }) => {
            search(corpus, gazetteer, query, *json, *limit, palette)
        }
        Some(Command::Check) => check(corpus),
        Some(Command::Cache { action }) => Ok(run_cache(action)),
        Some(Command::Generate {
            articles,
            seed,
            format,
            out,
        }) => Ok(run_generate(*articles, *seed, *format, out)),
    };
    if cli.stats {
        print_stats(corpus, started.elapsed());
    }
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            EXIT_USAGE
        }
    }
}

/// `--stats`: what was loaded and where the time went, on stderr.
fn print_stats(corpus: &Corpus, command: std::time::Duration) {
    let s = &corpus.stats;
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    let load = s.read + s.parse + s.enrich + s.index;
    let mb = s.bytes as f64 / 1e6;
    eprintln!(
        "stats: {} files, {} articles, {:.1} MB; read {:.1} ms, parse {:.1} ms, enrich {:.1} ms, index cache {:.1} ms ({:.0} MB/s end to end), search and output {:.1} ms",
        s.files,
        corpus.articles.len(),
        mb,
        ms(s.read),
        ms(s.parse),
        ms(s.enrich),
        ms(s.index),
        if load.is_zero() {
            0.0
        } else {
            mb / load.as_secs_f64()
        },
        ms(command)
    );
    if let Some(note) = &s.cache {
        eprintln!("stats: index cache {note}");
    }
}

pub fn report_diagnostics(diagnostics: &[Diagnostic], limit: usize) {
    for d in diagnostics.iter().take(limit) {
        eprintln!("{d}");
    }
    if diagnostics.len() > limit {
        eprintln!(
            "… and {} more problems (see: congress-timeline check)",
            diagnostics.len() - limit
        );
    }
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("JSON shapes serialise");
    s.push('\n');
    s
}

fn write_out(text: &str) -> Result<u8, String> {
    emit(text).map_err(|e| format!("cannot write output: {e}"))?;
    Ok(EXIT_OK)
}

fn parse_query(q: &str) -> Result<Matcher, String> {
    query::parse(q).map(Matcher::new).map_err(|e| e.to_string())
}

fn list(corpus: &Corpus, q: Option<&str>, as_json: bool, palette: Palette) -> Result<u8, String> {
    let entries = timeline::build(&corpus.articles);
    let selected: Vec<(usize, Option<i64>)> = match q {
        Some(q) => {
            let matcher = parse_query(q)?;
            query::matching_entries(&matcher, &entries, &corpus.articles, Gazetteer::builtin())
                .into_iter()
                .map(|(i, _)| (i, None))
                .collect()
        }
        None => (0..entries.len()).map(|i| (i, None)).collect(),
    };
    print_entries(corpus, &entries, &selected, as_json, palette)
}

fn search(
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    q: &str,
    as_json: bool,
    limit: usize,
    palette: Palette,
) -> Result<u8, String> {
    let matcher = parse_query(q)?;
    let entries = timeline::build(&corpus.articles);
    let ranked = query::rank(query::matching_entries(
        &matcher,
        &entries,
        &corpus.articles,
        gazetteer,
    ));
    let selected: Vec<(usize, Option<i64>)> = ranked
        .into_iter()
        .take(limit)
        .map(|(i, s)| (i, Some(s)))
        .collect();
    print_entries(corpus, &entries, &selected, as_json, palette)
}

fn print_entries(
    corpus: &Corpus,
    entries: &[Entry],
    selected: &[(usize, Option<i64>)],
    as_json: bool,
    palette: Palette,
) -> Result<u8, String> {
    if as_json {
        let items: Vec<_> = selected
            .iter()
            .map(|&(i, score)| json::entry(&entries[i], &corpus.articles, score))
            .collect();
        return write_out(&to_json(&items));
    }
    let id_width = selected
        .iter()
        .map(|&(i, _)| corpus.articles[entries[i].article].id.chars().count())
        .max()
        .unwrap_or(2)
        .clamp(2, 32);
    let mut out = String::new();
    for &(i, score) in selected {
        let e = &entries[i];
        let a = &corpus.articles[e.article];
        let date = pad(&format_date(e.date, e.precision), 10);
        let id = pad(&truncate(&one_line(&a.id), id_width), id_width);
        let (kind, text) = match e.kind {
            EntryKind::Article => ("article", one_line(&a.headline)),
            EntryKind::Mention(m) => {
                let mention = &a.enrichment.mentions[m];
                let expr = a.body.get(mention.expression.clone()).unwrap_or("");
                let sentence = json::sentence_text(a, &mention.sentence);
                (
                    "mention",
                    format!(
                        "{} — {}",
                        one_line(expr),
                        truncate(&one_line(&sentence), 100)
                    ),
                )
            }
        };
        let tags: Vec<String> = a
            .enrichment
            .tags
            .iter()
            .map(|t| palette.tag(&format!("#{t}")))
            .collect();
        let score = score.map(|s| format!("{s:>5}  ")).unwrap_or_default();
        let kind = if e.is_mention() {
            palette.dim(kind)
        } else {
            kind.to_string()
        };
        let _ = writeln!(
            out,
            "{score}{}  {}  {}  {}{}{}",
            palette.date(&date),
            pad(
                &kind,
                7 + if palette.color && e.is_mention() {
                    8
                } else {
                    0
                }
            ),
            id,
            text,
            if tags.is_empty() { "" } else { "  " },
            tags.join(" ")
        );
    }
    write_out(&out)
}

fn show(
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    id: &str,
    as_json: bool,
    palette: Palette,
) -> Result<u8, String> {
    let Some(a) = corpus.article(id) else {
        return Err(format!(
            "no article with id {} (see: congress-timeline list)",
            one_line(id)
        ));
    };
    let view = json::article(a, gazetteer);
    if as_json {
        return write_out(&to_json(&view));
    }
    let mut out = String::new();
    let _ = writeln!(out, "{}", palette.bold(&one_line(&a.headline)));
    let mut meta = vec![palette.date(&a.date.to_string())];
    meta.extend(a.place.as_deref().map(one_line));
    meta.extend(
        a.enrichment
            .tags
            .iter()
            .map(|t| palette.tag(&format!("#{t}"))),
    );
    let _ = writeln!(out, "{}", meta.join(" · "));
    let _ = writeln!(
        out,
        "{}",
        palette.dim(&format!("{} · {}", one_line(&a.id), one_line(&a.origin)))
    );
    let _ = writeln!(out);
    for paragraph in a.body.split("\n\n").filter(|p| !p.trim().is_empty()) {
        let _ = writeln!(out, "{}\n", one_line(paragraph));
    }
    if !view.people.is_empty() {
        let _ = writeln!(out, "{}", palette.bold("People"));
        let w = view
            .people
            .iter()
            .map(|p| p.name.chars().count())
            .max()
            .unwrap_or(0);
        let rw = view
            .people
            .iter()
            .map(|p| p.role.map_or(1, |r| r.chars().count()))
            .max()
            .unwrap_or(0);
        for p in &view.people {
            let _ = writeln!(
                out,
                "  {}  {}  {}  {}",
                pad(&one_line(p.name), w),
                pad(p.role.unwrap_or("-"), rw),
                pad(p.party.unwrap_or("-"), 6),
                plural(p.mentions, "mention")
            );
        }
    }
    if !view.organisations.is_empty() {
        let _ = writeln!(out, "{}", palette.bold("Organisations"));
        let w = view
            .organisations
            .iter()
            .map(|o| o.name.chars().count())
            .max()
            .unwrap_or(0);
        for o in &view.organisations {
            let _ = writeln!(
                out,
                "  {}  {}",
                pad(o.name, w),
                plural(o.mentions, "mention")
            );
        }
    }
    if !view.mentions.is_empty() {
        let _ = writeln!(out, "{}", palette.bold("Dates in the text"));
        for (m, raw) in view.mentions.iter().zip(&a.enrichment.mentions) {
            let _ = writeln!(
                out,
                "  {}  {}  {}",
                palette.date(&pad(&format_date(raw.date, raw.precision), 10)),
                pad(&format!("“{}”", one_line(m.expression)), 26),
                palette.dim(&truncate(&one_line(&m.text), 90))
            );
        }
    }
    write_out(&out)
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn people(
    corpus: &Corpus,
    gazetteer: &Gazetteer,
    as_json: bool,
    palette: Palette,
) -> Result<u8, String> {
    let people = summarise_people(&corpus.articles, gazetteer);
    if as_json {
        let items: Vec<_> = people.iter().map(json::person_summary).collect();
        return write_out(&to_json(&items));
    }
    let w = people
        .iter()
        .map(|p| p.name.chars().count())
        .max()
        .unwrap_or(4)
        .min(40);
    let rw = people
        .iter()
        .map(|p| p.role.as_ref().map_or(1, |r| r.chars().count()))
        .max()
        .unwrap_or(1)
        .min(40);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        palette.bold(&format!(
            "{}  {}  {}  {:>8}  {:>8}  {:<10}  {:<10}",
            pad("NAME", w),
            pad("ROLE", rw),
            pad("PARTY", 6),
            "ARTICLES",
            "MENTIONS",
            "FIRST",
            "LAST"
        ))
    );
    for p in &people {
        let _ = writeln!(
            out,
            "{}  {}  {}  {:>8}  {:>8}  {}  {}",
            pad(&truncate(&one_line(&p.name), w), w),
            pad(&truncate(p.role.as_deref().unwrap_or("-"), rw), rw),
            pad(p.party.as_deref().unwrap_or("-"), 6),
            p.articles,
            p.mentions,
            palette.date(&p.first.to_string()),
            palette.date(&p.last.to_string())
        );
    }
    write_out(&out)
}

fn check(corpus: &Corpus) -> Result<u8, String> {
    let errors = corpus.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = corpus.diagnostics.len() - errors;
    let s = &corpus.stats;
    let mentions: usize = corpus
        .articles
        .iter()
        .map(|a| a.enrichment.mentions.len())
        .sum();
    let summary = format!(
        "{} loaded from {} ({:.1} MB): {}; {}, {}{}\n",
        plural(corpus.articles.len(), "article"),
        plural(s.files, "file"),
        s.bytes as f64 / 1e6,
        plural(mentions, "dated mention"),
        plural(errors, "error"),
        plural(warnings, "warning"),
        if s.folded > 0 {
            format!(", {} folded as duplicates", plural(s.folded, "article"))
        } else {
            String::new()
        }
    );
    write_out(&summary)?;
    Ok(if errors > 0 {
        EXIT_CHECK_FAILED
    } else {
        EXIT_OK
    })
}
