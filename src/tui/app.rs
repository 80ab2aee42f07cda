//! All the state of the terminal app, and the derived view of the timeline.

use super::wrap::{WrappedLine, wrap};
use crate::corpus::{Article, Batch, Corpus, LoadProgress};
use crate::enrich::{Gazetteer, Topics};
use crate::query::{self, Matcher, Query, SearchIndex};
use crate::timeline::{self, Entry, EntryKind};
use chrono::Datelike;
use std::ops::Range;
use std::sync::Arc;

/// The pane with the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Timeline,
    Article,
    People,
}

/// What the keyboard is doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// Typing a search on the input line.
    Search,
    /// Typing a date to jump to.
    Jump,
    /// The help overlay is open.
    Help,
}

/// A row of the timeline pane: a year header or an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Year(i32),
    /// Index into `View::items`.
    Item(usize),
}

/// The timeline as filtered, ordered and laid out in rows. Rebuilt when a filter changes.
#[derive(Debug, Clone, Default)]
pub struct View {
    /// Indices into `App::entries`, in display order.
    pub items: Vec<usize>,
    /// The score of each item's article under the query (0 without one).
    pub scores: Vec<i64>,
    pub rows: Vec<Row>,
    /// The row of each item.
    pub row_of_item: Vec<usize>,
    /// Items per month from the first article's month to the last's.
    pub density: Vec<usize>,
    /// The month (since year 0) of `density[0]`.
    pub density_start: i64,
}

/// The body of the selected article wrapped to the pane, cached per article and width.
#[derive(Debug, Clone)]
pub struct ArticleLayout {
    pub article: usize,
    pub width: usize,
    pub lines: Vec<WrappedLine>,
}

pub struct App {
    pub corpus: Corpus,
    pub gazetteer: &'static Gazetteer,
    /// The topic names `t` cycles through.
    pub topics: Vec<String>,
    /// The whole timeline, ascending.
    pub entries: Vec<Entry>,
    pub view: View,
    /// Index into `view.items`.
    pub selected: usize,
    /// First row of the timeline shown.
    pub timeline_offset: usize,
    pub focus: Focus,
    pub mode: Mode,
    /// The search line being typed, or the date being typed.
    pub input: String,
    /// The query in force (live while typing a search).
    pub query_text: String,
    /// The query in force before `/` was pressed, restored by Esc.
    pub query_before_search: String,
    pub matcher: Matcher,
    /// Per article: its score under the query, `None` when it does not match.
    pub article_scores: Vec<Option<i64>>,
    /// The search index over the articles (shared with the search thread).
    pub index: Arc<SearchIndex>,
    /// Searches run on a worker thread (the run loop); off in tests, where they run inline.
    pub async_search: bool,
    /// Bumped for every new query; results of older ones are dropped.
    pub search_generation: u64,
    /// A search the run loop should start (its generation).
    pub search_request: Option<u64>,
    /// The shown results cover only part of the corpus so far.
    pub search_partial: bool,
    pub ranked: bool,
    pub tag_filter: Option<usize>,
    pub hide_mentions: bool,
    pub reverse: bool,
    pub person_filter: Option<String>,
    /// Index into the selected article's people.
    pub person_selected: usize,
    /// Narrow layout: show people in place of the article.
    pub show_people: bool,
    pub article_scroll: usize,
    pub article_layout: Option<ArticleLayout>,
    pub help_scroll: usize,
    /// The terminal size.
    pub width: u16,
    pub height: u16,
    /// A one-off message for the status line.
    pub message: Option<String>,
    /// Text to put on the clipboard, taken by the run loop (OSC 52).
    pub clipboard: Option<String>,
    /// Monochrome: `NO_COLOR` or `--no-color`.
    pub no_color: bool,
    /// While a corpus loads in the background: how far it has got.
    pub loading: Option<LoadProgress>,
    pub quit: bool,
}

impl App {
    pub fn new(corpus: Corpus, width: u16, height: u16, no_color: bool) -> App {
        let entries = timeline::build(&corpus.articles);
        let article_scores = vec![Some(0); corpus.articles.len()];
        let index = Arc::new(SearchIndex::build(&corpus.articles, Gazetteer::builtin()));
        let mut app = App {
            gazetteer: Gazetteer::builtin(),
            topics: Topics::builtin().names().to_vec(),
            entries,
            view: View::default(),
            selected: 0,
            timeline_offset: 0,
            focus: Focus::Timeline,
            mode: Mode::Normal,
            input: String::new(),
            query_text: String::new(),
            query_before_search: String::new(),
            matcher: Matcher::new(Query::default()),
            article_scores,
            index,
            async_search: false,
            search_generation: 0,
            search_request: None,
            search_partial: false,
            ranked: false,
            tag_filter: None,
            hide_mentions: false,
            reverse: false,
            person_filter: None,
            person_selected: 0,
            show_people: false,
            article_scroll: 0,
            article_layout: None,
            help_scroll: 0,
            width,
            height,
            message: None,
            clipboard: None,
            no_color,
            loading: None,
            quit: false,
            corpus,
        };
        app.refresh_view();
        app
    }

    /// The selected timeline entry.
    pub fn selected_entry(&self) -> Option<&Entry> {
        self.view
            .items
            .get(self.selected)
            .map(|&i| &self.entries[i])
    }

    pub fn selected_article(&self) -> Option<(usize, &Article)> {
        self.selected_entry()
            .map(|e| (e.article, &self.corpus.articles[e.article]))
    }

    /// Whether the layout is the narrow one (timeline above, article below).
    pub fn narrow(&self) -> bool {
        self.width < 100
    }

    /// Take in a batch of a background load: the timeline and the view grow, the selected
    /// entry stays selected.
    pub fn extend(&mut self, batch: Batch) {
        let first_new = self.corpus.articles.len();
        Arc::make_mut(&mut self.corpus.articles).extend(batch.articles);
        self.corpus.diagnostics.extend(batch.diagnostics);
        Arc::make_mut(&mut self.index).extend(&self.corpus.articles[first_new..], self.gazetteer);
        let n = self.corpus.articles.len();
        if !self.matcher.query.has_text_terms() {
            self.article_scores.resize(n, Some(0));
        } else if self.async_search {
            // Unknown until the search thread has looked at them.
            self.article_scores.resize(n, None);
            self.request_search();
        } else {
            let new = self
                .index
                .scores(&self.matcher, &self.corpus.articles, first_new..n, &|| {
                    false
                })
                .unwrap_or_default();
            self.article_scores.extend(new);
        }
        let keep = self.selected_entry().copied();
        self.entries = timeline::build(&self.corpus.articles);
        self.loading = Some(batch.progress);
        self.refresh_view_keeping(keep);
    }

    /// Compile `text` as the query in force; a query that does not parse keeps the old one
    /// and says why.
    pub fn set_query(&mut self, text: &str) {
        match query::parse(text) {
            Ok(q) => {
                self.query_text = text.to_string();
                self.matcher = Matcher::new(q);
                let n = self.corpus.articles.len();
                if !self.matcher.query.has_text_terms() {
                    self.article_scores = vec![Some(0); n];
                    self.search_partial = false;
                    self.search_generation += 1;
                    self.search_request = None;
                } else if self.async_search {
                    // The view changes when the search thread answers, not on the keystroke.
                    self.request_search();
                    self.message = None;
                    return;
                } else {
                    self.article_scores = self
                        .index
                        .scores(&self.matcher, &self.corpus.articles, 0..n, &|| false)
                        .unwrap_or_default();
                }
                self.message = None;
            }
            Err(e) => {
                self.message = Some(e.to_string());
                return;
            }
        }
        self.refresh_view();
    }

    fn request_search(&mut self) {
        self.search_generation += 1;
        self.search_request = Some(self.search_generation);
    }

    /// Results from the search thread for `range` of the articles; the rest stay unknown
    /// (no match) until `complete` results arrive. Results of an older query are dropped.
    pub fn apply_scores(
        &mut self,
        generation: u64,
        range: Range<usize>,
        scores: Vec<Option<i64>>,
        complete: bool,
    ) {
        if generation != self.search_generation {
            return;
        }
        let n = self.corpus.articles.len();
        if !complete {
            self.article_scores = vec![None; n];
        }
        self.article_scores.resize(n, None);
        for (slot, s) in self.article_scores[range].iter_mut().zip(scores) {
            *slot = s;
        }
        self.search_partial = !complete;
        self.refresh_view();
    }

    /// Rebuild the view after a filter, the order or the query changed, keeping the
    /// selected entry when it is still shown.
    pub fn refresh_view(&mut self) {
        let keep = self.selected_entry().copied();
        self.refresh_view_keeping(keep);
    }

    fn refresh_view_keeping(&mut self, keep: Option<Entry>) {
        let tag = self.tag_filter.and_then(|t| self.topics.get(t));
        let person = self.person_filter.as_deref();
        let articles = &self.corpus.articles;
        let mut pairs: Vec<(usize, i64)> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !(self.hide_mentions && e.is_mention()))
            .filter(|(_, e)| self.matcher.query.admits_date(e.date))
            .filter_map(|(i, e)| self.article_scores[e.article].map(|s| (i, s, e)))
            .filter(|(_, _, e)| tag.is_none_or(|t| articles[e.article].enrichment.tags.contains(t)))
            .filter(|(_, _, e)| {
                person.is_none_or(|p| {
                    articles[e.article]
                        .enrichment
                        .people
                        .iter()
                        .any(|x| x.name == p)
                })
            })
            .map(|(i, s, _)| (i, s))
            .collect();
        if self.reverse {
            pairs.reverse();
        }
        let ranked = self.ranked && self.matcher.query.has_text_terms();
        if ranked {
            pairs.sort_by_key(|p| std::cmp::Reverse(p.1));
        }
        let mut view = View {
            items: pairs.iter().map(|p| p.0).collect(),
            scores: pairs.iter().map(|p| p.1).collect(),
            ..View::default()
        };
        let mut last_year = None;
        for (n, &i) in view.items.iter().enumerate() {
            let year = self.entries[i].date.year();
            if !ranked && last_year != Some(year) {
                view.rows.push(Row::Year(year));
                last_year = Some(year);
            }
            view.row_of_item.push(view.rows.len());
            view.rows.push(Row::Item(n));
        }
        if let Some((first, last)) = self.density_range() {
            view.density_start = first;
            view.density = self.density(&view.items, first, last);
        }
        self.view = view;
        self.selected = keep
            .and_then(|k| self.view.items.iter().position(|&i| self.entries[i] == k))
            .unwrap_or(0);
        self.after_move();
    }

    /// Entries per month, from the corpus's first month to its last.
    /// The months the density line covers: from the first article's month to the last's
    /// (dated mentions far in the past would otherwise squash the line).
    fn density_range(&self) -> Option<(i64, i64)> {
        let months = self.corpus.articles.iter().map(|a| month_index(a.date));
        let (min, max) = months.fold((i64::MAX, i64::MIN), |(lo, hi), m| (lo.min(m), hi.max(m)));
        (min <= max).then_some((min, max))
    }

    fn density(&self, items: &[usize], first: i64, last: i64) -> Vec<usize> {
        let mut counts = vec![0; (last - first + 1) as usize];
        for &i in items {
            let m = month_index(self.entries[i].date) - first;
            if let Some(c) = usize::try_from(m).ok().and_then(|m| counts.get_mut(m)) {
                *c += 1;
            }
        }
        counts
    }

    /// The month slot of the selected entry in `view.density`, when inside its range.
    /// Cheap: it is called on every frame.
    pub fn selected_month_slot(&self) -> Option<usize> {
        let m = month_index(self.selected_entry()?.date) - self.view.density_start;
        usize::try_from(m)
            .ok()
            .filter(|&m| m < self.view.density.len())
    }

    /// Heights and widths of the panes for the current terminal size.
    pub fn areas(&self) -> super::Areas {
        super::areas(
            ratatui::layout::Rect::new(0, 0, self.width, self.height),
            self,
        )
    }

    /// After the selection moved: keep it on screen, reset the article and people panes.
    pub fn after_move(&mut self) {
        self.selected = self.selected.min(self.view.items.len().saturating_sub(1));
        self.ensure_selection_visible();
        self.person_selected = 0;
        self.relayout_article();
        self.article_scroll = self.scroll_for_selected_mention();
    }

    pub fn ensure_selection_visible(&mut self) {
        let height = self.areas().list.height as usize;
        let Some(&row) = self.view.row_of_item.get(self.selected) else {
            self.timeline_offset = 0;
            return;
        };
        // Show the year header above the first entry of a year when it fits.
        let top = if row > 0 && matches!(self.view.rows[row - 1], Row::Year(_)) {
            row - 1
        } else {
            row
        };
        // Never leave empty rows below the last entry while there are rows above.
        self.timeline_offset = self
            .timeline_offset
            .min(self.view.rows.len().saturating_sub(height));
        if top < self.timeline_offset {
            self.timeline_offset = top;
        } else if height > 0 && row >= self.timeline_offset + height {
            self.timeline_offset = row + 1 - height;
        }
    }

    /// Re-wrap the selected article for the article pane's width, when either changed.
    pub fn relayout_article(&mut self) {
        let width = self.areas().article_text.width as usize;
        let Some((idx, article)) = self.selected_article() else {
            self.article_layout = None;
            return;
        };
        if self
            .article_layout
            .as_ref()
            .is_some_and(|l| l.article == idx && l.width == width)
        {
            return;
        }
        let lines = wrap(&article.body, width.max(1));
        self.article_layout = Some(ArticleLayout {
            article: idx,
            width,
            lines,
        });
    }

    /// The line of the article pane a byte of the body is on.
    pub fn line_of_byte(&self, byte: usize) -> usize {
        self.article_layout.as_ref().map_or(0, |l| {
            l.lines
                .partition_point(|line| line.end < byte)
                .min(l.lines.len().saturating_sub(1))
        })
    }

    /// For a selected mention, scroll so its sentence stands near the top.
    fn scroll_for_selected_mention(&self) -> usize {
        match self.selected_mention_sentence() {
            Some(sentence) => self.line_of_byte(sentence.start).saturating_sub(1),
            None => 0,
        }
    }

    /// The byte range of the selected mention's sentence.
    pub fn selected_mention_sentence(&self) -> Option<Range<usize>> {
        let e = self.selected_entry()?;
        match e.kind {
            EntryKind::Mention(m) => Some(
                self.corpus.articles[e.article].enrichment.mentions[m]
                    .sentence
                    .clone(),
            ),
            EntryKind::Article => None,
        }
    }

    pub fn article_line_count(&self) -> usize {
        self.article_layout.as_ref().map_or(0, |l| l.lines.len())
    }

    pub fn max_article_scroll(&self) -> usize {
        let height = self.areas().article_text.height as usize;
        self.article_line_count().saturating_sub(height)
    }

    /// Move the selection to `index` in `view.items` (clamped).
    pub fn select(&mut self, index: usize) {
        let before = self.selected;
        self.selected = index.min(self.view.items.len().saturating_sub(1));
        if before != self.selected || self.article_layout.is_none() {
            self.after_move();
        }
    }

    /// What the filters in force are, for the status line.
    pub fn filter_labels(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(t) = self.tag_filter.and_then(|t| self.topics.get(t)) {
            out.push(format!("#{t}"));
        }
        if let Some(p) = &self.person_filter {
            out.push(format!("@{p}"));
        }
        if self.hide_mentions {
            out.push("no mentions".into());
        }
        if self.reverse {
            out.push("newest first".into());
        }
        if self.ranked && self.matcher.query.has_text_terms() {
            out.push("best first".into());
        }
        out
    }

    pub fn has_filters(&self) -> bool {
        self.tag_filter.is_some()
            || self.person_filter.is_some()
            || self.hide_mentions
            || self.reverse
            || self.ranked
    }
}

/// Months since year 0, for month arithmetic.
pub fn month_index(date: chrono::NaiveDate) -> i64 {
    date.year() as i64 * 12 + date.month0() as i64
}
