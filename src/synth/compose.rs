//! One article: its cast of people, parties and places, then the headline and the body,
//! expanded from the templates of `phrases.rs` and `headlines.rs` into one reused buffer.

use super::cast::{self, Who};
use super::dates::{self, Peak};
use super::headlines::QUOTES;
use super::phrases::{ALLIANCE, ELECTION, SAID};
use super::rng::Rng;
use super::template::{Seg, Slot, Template, count_spaces, templates};
use super::words::*;
use crate::enrich::gazetteer::Person;
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

pub(crate) struct Composer {
    pub rng: Rng,
    date: NaiveDate,
    cast: [Who; 3],
    party: usize,
    other: usize,
    pub city: &'static str,
    state: &'static str,
    poll: &'static str,
    national: bool,
    topic: usize,
    in_headline: bool,
    quotes_used: u32,
    /// The slot being filled is followed by a comma: no `Name, the party MP,` apposition.
    before_comma: bool,
}

const POLLS_NATIONAL: &[&str] = &["Lok Sabha polls", "Lok Sabha elections", "general election"];
const POLLS_STATE: &[&str] = &["Assembly elections", "Assembly polls", "Assembly election"];
const POLLS_OTHER: &[&str] = &[
    "Assembly elections",
    "bypolls",
    "civic polls",
    "Lok Sabha polls",
    "Rajya Sabha elections",
    "panchayat polls",
];

fn party_index(rng: &mut Rng) -> usize {
    if rng.chance(45) {
        CONGRESS
    } else {
        rng.below(PARTIES.len())
    }
}

impl Composer {
    pub(crate) fn new(
        mut rng: Rng,
        date: NaiveDate,
        peak: Option<&Peak>,
        people: &'static [Person],
    ) -> Self {
        let picks = cast::pick_real(&mut rng, people);
        // The main party is the main character's own, when known.
        let own = picks[0]
            .and_then(|p| p.party.as_deref())
            .and_then(|code| PARTIES.iter().position(|x| x.2 == code || x.0 == code));
        let party = own.unwrap_or_else(|| party_index(&mut rng));
        let mut other = rng.below(PARTIES.len() - 1);
        if other >= party {
            other += 1;
        }
        let (mut city, mut state) = rng.pick(PLACES);
        let mut national = false;
        let mut topic = rng.below(3);
        if let Some(peak) = peak {
            topic = if rng.chance(60) { ELECTION } else { ALLIANCE };
            if peak.states.is_empty() {
                national = true;
            } else {
                state = rng.pick(peak.states);
                let cities = PLACES.iter().filter(|p| p.1 == state).count();
                if cities > 0 {
                    let n = rng.below(cities);
                    city = PLACES.iter().filter(|p| p.1 == state).nth(n).unwrap().0;
                }
            }
        }
        if rng.chance(35) {
            city = "New Delhi";
        }
        let poll = if national {
            rng.pick(POLLS_NATIONAL)
        } else if peak.is_some() {
            rng.pick(POLLS_STATE)
        } else {
            rng.pick(POLLS_OTHER)
        };
        let homes = [PARTIES[party].0, PARTIES[other].0];
        let cast = cast::cast(&mut rng, picks, date, homes);
        Composer {
            rng,
            date,
            cast,
            party,
            other,
            city,
            state,
            poll,
            national,
            topic,
            in_headline: false,
            quotes_used: 0,
            before_comma: false,
        }
    }

    /// A headline of 40 to 110 characters: a main clause, then tails (` ahead of Assembly
    /// polls`, `, says Yadav`) until it reaches a length drawn around 80.
    pub(crate) fn headline(&mut self, out: &mut String) {
        let all = templates();
        self.in_headline = true;
        let target = 40 + self.rng.below(36) + self.rng.below(36);
        let start = out.len();
        let table = &all.headlines[self.topic];
        let main = &table[self.rng.below(table.len())];
        self.expand(out, main);
        let mut parts = vec![main];
        for _ in 0..6 {
            if out.len() - start >= target {
                break;
            }
            let tail = &all.tails[self.rng.below(all.tails.len())];
            if !fits(&parts, &out[start..], tail) {
                continue;
            }
            let mark = out.len();
            self.expand(out, tail);
            if out.len() - start > 110 {
                out.truncate(mark);
            } else {
                parts.push(tail);
            }
        }
        capitalise(out, start);
        self.in_headline = false;
    }

    /// The body: `words` words or a little more, in 4 to 10 paragraphs.
    pub(crate) fn body(&mut self, out: &mut String, words: usize) {
        let paragraphs = ((words + 30) / 60).saturating_add_signed(self.rng.range(-1, 1) as isize);
        let paragraphs = paragraphs.clamp(4, 10);
        let mut written = 0;
        let mut used = [0u32; 5];
        for p in 0..paragraphs {
            if p > 0 {
                out.push_str("\n\n");
            }
            let left = paragraphs - p;
            let share = words.saturating_sub(written) / left;
            let budget = if left == 1 {
                share
            } else {
                share * (70 + self.rng.below(61)) / 100
            };
            let mut in_para = 0;
            let mut first = true;
            while first || in_para < budget {
                if !first {
                    out.push(' ');
                }
                in_para += self.sentence(out, p == 0 && first, &mut used) + 1;
                first = false;
            }
            written += in_para;
        }
    }

    /// One sentence, not one already used in the article if that is easily avoided.
    /// Returns the spaces written.
    fn sentence(&mut self, out: &mut String, lede: bool, used: &mut [u32; 5]) -> usize {
        let all = templates();
        let start = out.len();
        let (pool, table) = if lede {
            (4, &all.ledes[self.topic])
        } else {
            match self.rng.below(10) {
                0..=1 => (3, &all.quoted),
                2..=6 => (self.topic, &all.topical[self.topic]),
                7 => {
                    let t = (self.topic + 1 + self.rng.below(2)) % 3;
                    (t, &all.topical[t])
                }
                _ => (4, &all.general),
            }
        };
        let mut i = self.rng.below(table.len());
        for _ in 0..6 {
            if used[pool] & (1 << i) == 0 {
                break;
            }
            i = self.rng.below(table.len());
        }
        used[pool] |= 1 << i;
        let spaces = self.expand(out, &table[i]);
        capitalise(out, start);
        spaces
    }

    /// Write `template` with its slots filled; returns the spaces written.
    fn expand(&mut self, out: &mut String, template: &Template) -> usize {
        let mut spaces = template.spaces;
        for (k, seg) in template.segs.iter().enumerate() {
            match *seg {
                Seg::Text(t) => out.push_str(t),
                Seg::Slot(slot) => {
                    self.before_comma = matches!(template.segs.get(k + 1), Some(Seg::Text(t)) if t.starts_with(','));
                    let mark = out.len();
                    self.slot(out, slot);
                    spaces += count_spaces(&out[mark..]);
                }
            }
        }
        spaces
    }

    fn slot(&mut self, out: &mut String, slot: Slot) {
        let (rng, date) = (&mut self.rng, self.date);
        match slot {
            Slot::A => self.mention(out, 0, false),
            Slot::B => self.mention(out, 1, false),
            Slot::C => self.mention(out, 2, false),
            Slot::ShortA => self.mention(out, 0, true),
            Slot::ShortB => self.mention(out, 1, true),
            Slot::HeCapital => out.push_str(if self.cast[0].female { "She" } else { "He" }),
            Slot::He => out.push_str(if self.cast[0].female { "she" } else { "he" }),
            Slot::He2 => out.push_str(if self.cast[1].female { "she" } else { "he" }),
            Slot::His => out.push_str(if self.cast[0].female { "her" } else { "his" }),
            Slot::Party => out.push_str(PARTIES[self.party].0),
            Slot::PartyFull => out.push_str(PARTIES[self.party].1),
            Slot::Other => out.push_str(PARTIES[self.other].0),
            Slot::ElectionBody => out.push_str(rng.pick(ELECTION_BODIES)),
            Slot::House => out.push_str(rng.pick(HOUSES)),
            Slot::PartyBody if self.party == CONGRESS => out.push_str(rng.pick(CONGRESS_BODIES)),
            Slot::PartyBody => {
                out.push_str(PARTIES[self.party].0);
                out.push(' ');
                out.push_str(rng.pick(PARTY_BODIES));
            }
            Slot::Alliance => out.push_str(rng.pick(ALLIANCES)),
            Slot::City => out.push_str(if rng.chance(50) {
                self.city
            } else {
                rng.pick(PLACES).0
            }),
            Slot::State => out.push_str(self.state),
            Slot::Poll => {
                if !self.national && !self.in_headline && rng.chance(50) {
                    out.push_str(self.state);
                    out.push(' ');
                }
                out.push_str(self.poll);
            }
            Slot::When => dates::when(out, rng, date),
            Slot::Upcoming => dates::upcoming(out, rng, date, false),
            Slot::On => dates::upcoming(out, rng, date, true),
            Slot::Date => dates::bare(out, rng, date),
            Slot::Year => dates::year(out, rng, date),
            Slot::YearNumber => {
                let _ = write!(out, "{}", date.year() - rng.range(1, 8) as i32);
            }
            Slot::Small => number(out, rng.range(2, 12)),
            Slot::Seats => number(out, rng.range(5, 80)),
            Slot::Large => number(out, rng.range(90, 400)),
            Slot::Quote => {
                // The same quotation again only when most have been used.
                let quotes = QUOTES[self.topic];
                let mut i = rng.below(quotes.len());
                for _ in 0..4 {
                    if self.quotes_used & (1 << i) == 0 {
                        break;
                    }
                    i = rng.below(quotes.len());
                }
                self.quotes_used |= 1 << i;
                out.push_str(quotes[i]);
            }
            Slot::Said => out.push_str(rng.pick(SAID)),
        }
    }

    fn mention(&mut self, out: &mut String, i: usize, short: bool) {
        if self.in_headline {
            out.push_str(self.cast[i].surname);
        } else {
            self.cast[i].mention(out, &mut self.rng, short || self.before_comma);
        }
    }
}

/// Whether a headline tail reads well after `headline` (made from `parts`): no slot twice
/// (`DMK ... talks with DMK`), one `as` clause, one `says`, one semicolon.
fn fits(parts: &[&Template], headline: &str, tail: &Template) -> bool {
    let repeats = tail.segs.iter().any(|seg| match seg {
        Seg::Slot(slot) => parts.iter().any(|p| p.has(*slot)),
        Seg::Text(_) => false,
    });
    let text = tail.text;
    !(repeats
        || text.starts_with(" as ") && headline.contains(" as ")
        || text.contains("says") && headline.contains("says")
        || text.contains(';') && headline.contains(';'))
}

fn number(out: &mut String, n: i64) {
    let _ = write!(out, "{n}");
}

/// Upper-case the first letter from `start` (after an opening quotation mark).
fn capitalise(out: &mut String, start: usize) {
    let at = if out[start..].starts_with('“') {
        start + '“'.len_utf8()
    } else {
        start
    };
    if let Some(b) = out.as_bytes().get(at)
        && b.is_ascii_lowercase()
    {
        out[at..at + 1].make_ascii_uppercase();
    }
}
