use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Browse news as a timeline: people, organisations and the dates written in the text.
///
/// With no command, opens the timeline browser on a terminal, or prints what `list` prints
/// when standard output is not a terminal.
#[derive(Debug, Parser)]
#[command(name = "congress-timeline", version, about, long_about)]
pub struct Cli {
    /// Load articles from PATH instead of the built-in corpus: a file (.txt, .json, .jsonl,
    /// .csv) or a directory read recursively. Repeatable.
    #[arg(long, value_name = "PATH", global = true)]
    pub corpus: Vec<PathBuf>,

    /// No colour in output (also when NO_COLOR is set or output is not a terminal).
    #[arg(long, global = true)]
    pub no_color: bool,

    /// Print files, articles, bytes and the time spent reading, parsing, enriching and
    /// searching to stderr (check, list, search).
    #[arg(long, global = true)]
    pub stats: bool,

    /// Do not read or write the index cache (see README: where it lives).
    #[arg(long, global = true)]
    pub no_cache: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the timeline: articles and the dates mentioned in them, oldest first.
    List {
        /// Print JSON instead of columns.
        #[arg(long)]
        json: bool,
        /// Only entries matching this query (see README: terms, 'exact, !not, @person, #tag, >=date).
        #[arg(long, short, value_name = "Q")]
        query: Option<String>,
    },
    /// Print one article in full, with the people, organisations and dates found in it.
    Show {
        /// The article id, as `list` prints it.
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Everyone mentioned, most articles first.
    People {
        #[arg(long)]
        json: bool,
    },
    /// Timeline entries matching a query, best first.
    Search {
        /// The query (terms, 'exact, !not, @person, #tag, >=date, <date).
        query: String,
        #[arg(long)]
        json: bool,
        /// At most this many entries.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Validate the corpus: every problem, with file and line or row; exit 1 if anything failed to load.
    Check,
    /// Write a seeded synthetic corpus (for benchmarks and trials): the same seed gives the
    /// same articles on every machine. Refuses to overwrite anything.
    Generate {
        /// How many articles.
        #[arg(long, default_value_t = 10_000)]
        articles: usize,
        /// The seed.
        #[arg(long, default_value_t = 7)]
        seed: u64,
        /// `text`: a folder of seed-format files; `jsonl`: one JSON Lines file.
        #[arg(long, value_enum, default_value_t = SynthFormat::Jsonl)]
        format: SynthFormat,
        /// Where to write (must not exist yet).
        out: PathBuf,
    },
    /// Manage the index cache.
    Cache {
        #[command(subcommand)]
        action: CacheAction,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SynthFormat {
    Text,
    Jsonl,
}

#[derive(Debug, Subcommand)]
pub enum CacheAction {
    /// Remove every cached index.
    Clear,
    /// Print where the cache lives.
    Path,
}
