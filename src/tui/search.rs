//! The search thread: queries run off the input thread, a newer query cancels an older
//! one, and the newest articles' results come first with the full ranking after.

use crate::corpus::Article;
use crate::query::{self, Matcher, SearchIndex};
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, mpsc};

/// The newest articles scored first, so results show before the whole corpus is done.
const FIRST_CHUNK: usize = 8192;

pub struct SearchJob {
    pub generation: u64,
    pub query: String,
    pub articles: Arc<Vec<Article>>,
    pub index: Arc<SearchIndex>,
}

pub struct SearchResult {
    pub generation: u64,
    pub range: Range<usize>,
    pub scores: Vec<Option<i64>>,
    pub complete: bool,
}

/// A running search thread.
pub struct Searcher {
    jobs: mpsc::Sender<SearchJob>,
    pub results: mpsc::Receiver<SearchResult>,
    latest: Arc<AtomicU64>,
}

impl Searcher {
    pub fn spawn() -> Searcher {
        let (jobs, job_rx) = mpsc::channel::<SearchJob>();
        let (result_tx, results) = mpsc::channel();
        let latest = Arc::new(AtomicU64::new(0));
        let seen = Arc::clone(&latest);
        std::thread::spawn(move || {
            while let Ok(mut job) = job_rx.recv() {
                // Only the newest query matters.
                while let Ok(newer) = job_rx.try_recv() {
                    job = newer;
                }
                if run(&job, &seen, &result_tx).is_err() {
                    break;
                }
            }
        });
        Searcher {
            jobs,
            results,
            latest,
        }
    }

    /// Start a search; any older one still running stops at its next check.
    pub fn submit(&self, job: SearchJob) {
        self.latest.store(job.generation, Ordering::SeqCst);
        let _ = self.jobs.send(job);
    }
}

fn run(job: &SearchJob, latest: &AtomicU64, out: &mpsc::Sender<SearchResult>) -> Result<(), ()> {
    let cancelled = || latest.load(Ordering::Relaxed) != job.generation;
    let matcher = Matcher::new(query::parse(&job.query).unwrap_or_default());
    let n = job.articles.len().min(job.index.len());
    let first = n.saturating_sub(FIRST_CHUNK)..n;
    // Only the strings of the newest articles are scored before their results go out.
    let mut prepared = job.index.prepared(&matcher);
    if !job
        .index
        .prepare_range(&matcher, &mut prepared, first.clone(), &cancelled)
    {
        return Ok(());
    }
    let send = |range: Range<usize>, scores, complete| {
        out.send(SearchResult {
            generation: job.generation,
            range,
            scores,
            complete,
        })
        .map_err(|_| ())
    };
    let Some(newest) = job.index.score_range(
        &matcher,
        &prepared,
        &job.articles,
        first.clone(),
        &cancelled,
    ) else {
        return Ok(());
    };
    if first.start == 0 {
        return send(first, newest, true);
    }
    send(first.clone(), newest.clone(), false)?;
    if let Some(mut all) = job.index.score_range(
        &matcher,
        &prepared,
        &job.articles,
        0..first.start,
        &cancelled,
    ) {
        all.extend(newest);
        send(0..n, all, true)?;
    }
    Ok(())
}
