//! Templates parsed once into literal runs and slots, so expanding one is a few copies.

use super::headlines::{HEADLINES, TAILS};
use super::phrases::{GENERAL, LEDES, QUOTED, TOPICAL};
use std::sync::OnceLock;

/// The slots of `phrases.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    A,
    B,
    C,
    ShortA,
    ShortB,
    HeCapital,
    He,
    He2,
    His,
    Party,
    PartyFull,
    Other,
    ElectionBody,
    House,
    PartyBody,
    Alliance,
    City,
    State,
    Poll,
    When,
    Upcoming,
    On,
    Date,
    Year,
    YearNumber,
    Small,
    Seats,
    Large,
    Quote,
    Said,
}

impl Slot {
    fn parse(name: &str) -> Slot {
        match name {
            "A" => Slot::A,
            "B" => Slot::B,
            "C" => Slot::C,
            "a" => Slot::ShortA,
            "b" => Slot::ShortB,
            "He" => Slot::HeCapital,
            "he" => Slot::He,
            "he2" => Slot::He2,
            "his" => Slot::His,
            "P" => Slot::Party,
            "PF" => Slot::PartyFull,
            "Q" => Slot::Other,
            "EC" => Slot::ElectionBody,
            "HOUSE" => Slot::House,
            "PBODY" => Slot::PartyBody,
            "ALLY" => Slot::Alliance,
            "CITY" => Slot::City,
            "STATE" => Slot::State,
            "POLL" => Slot::Poll,
            "WHEN" => Slot::When,
            "UPCOMING" => Slot::Upcoming,
            "ON" => Slot::On,
            "DATE" => Slot::Date,
            "YEAR" => Slot::Year,
            "YEAR_N" => Slot::YearNumber,
            "N" => Slot::Small,
            "SEATS" => Slot::Seats,
            "K" => Slot::Large,
            "QUOTE" => Slot::Quote,
            "SAID" => Slot::Said,
            other => panic!("unknown template slot {{{other}}}"),
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub(crate) enum Seg {
    Text(&'static str),
    Slot(Slot),
}

pub(crate) struct Template {
    pub text: &'static str,
    pub segs: Vec<Seg>,
    /// Spaces in the literal text: words written = these + those in slot values + 1.
    pub spaces: usize,
}

impl Template {
    fn parse(text: &'static str) -> Template {
        let mut segs = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            if open > 0 {
                segs.push(Seg::Text(&rest[..open]));
            }
            let close = open + rest[open..].find('}').expect("closed slot");
            segs.push(Seg::Slot(Slot::parse(&rest[open + 1..close])));
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            segs.push(Seg::Text(rest));
        }
        let spaces = segs
            .iter()
            .map(|s| match s {
                Seg::Text(t) => count_spaces(t),
                Seg::Slot(_) => 0,
            })
            .sum();
        Template { text, segs, spaces }
    }

    /// Whether the template uses `slot`.
    pub(crate) fn has(&self, slot: Slot) -> bool {
        self.segs
            .iter()
            .any(|s| matches!(s, Seg::Slot(x) if *x == slot))
    }
}

pub(crate) fn count_spaces(s: &str) -> usize {
    s.bytes().map(|b| usize::from(b == b' ')).sum()
}

pub(crate) struct Templates {
    pub ledes: [Vec<Template>; 3],
    pub topical: [Vec<Template>; 3],
    pub general: Vec<Template>,
    pub quoted: Vec<Template>,
    pub headlines: [Vec<Template>; 3],
    pub tails: Vec<Template>,
}

fn all(texts: &[&'static str]) -> Vec<Template> {
    texts.iter().map(|t| Template::parse(t)).collect()
}

/// Every template, parsed on first use.
pub(crate) fn templates() -> &'static Templates {
    static CELL: OnceLock<Templates> = OnceLock::new();
    CELL.get_or_init(|| Templates {
        ledes: LEDES.map(all),
        topical: TOPICAL.map(all),
        general: all(GENERAL),
        quoted: all(QUOTED),
        headlines: HEADLINES.map(all),
        tails: all(TAILS),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_parses_and_fits_the_repeat_mask() {
        let t = templates();
        let tables = t.ledes.iter().chain(&t.topical).chain(&t.headlines);
        for table in tables.chain([&t.general, &t.quoted, &t.tails]) {
            assert!(!table.is_empty() && table.len() <= 32);
        }
        let p = Template::parse("{A} said {WHEN}: “{QUOTE}.”");
        assert_eq!(p.segs.len(), 6);
        assert_eq!(p.spaces, 3);
        assert!(p.has(Slot::When) && !p.has(Slot::On));
    }
}
