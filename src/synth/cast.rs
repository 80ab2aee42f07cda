//! The people of an article: real ones from the gazetteer and invented ones, and the ways
//! they are referred to.

use super::rng::Rng;
use super::words::*;
use crate::enrich::gazetteer::Person;
use chrono::NaiveDate;

/// Someone in the article: a gazetteer person (`first` is the full name, `last` empty) or an
/// invented one (`first` is a given name or initials).
#[derive(Clone, Copy)]
pub(crate) struct Who {
    first: &'static str,
    last: &'static str,
    pub surname: &'static str,
    pub female: bool,
    party: &'static str,
    /// `Congress general secretary`-style title before the name, party excluded.
    role: &'static str,
    /// A gazetteer title used whole (`Congress president`), or empty.
    title: &'static str,
    alias: &'static str,
    introduced: bool,
    /// No one else in the article is of the same party: `the BSP leader` names this person.
    epithet: bool,
}

impl Who {
    /// A reference: the full name (often with party and role) the first time, then the
    /// surname, `Mr. Yadav`, `Shri Rakesh Yadav ji`, the full name again or `the BSP leader`.
    /// `plain`: the first time, the bare name.
    pub(crate) fn mention(&mut self, out: &mut String, rng: &mut Rng, plain: bool) {
        let who = *self;
        if !who.introduced {
            self.introduced = true;
            match rng.below(10) {
                _ if plain => full(out, &who),
                0..=3 if !who.title.is_empty() => {
                    out.push_str(who.title);
                    out.push(' ');
                    full(out, &who);
                }
                0..=3 => {
                    out.push_str(who.party);
                    out.push(' ');
                    out.push_str(who.role);
                    out.push(' ');
                    full(out, &who);
                }
                4..=5 => {
                    full(out, &who);
                    out.push_str(", the ");
                    out.push_str(who.party);
                    out.push(' ');
                    out.push_str(who.role);
                    out.push(',');
                }
                _ => full(out, &who),
            }
            return;
        }
        match rng.below(20) {
            0..=10 => out.push_str(who.surname),
            11..=15 => {
                out.push_str(if who.female { "Ms. " } else { "Mr. " });
                out.push_str(who.surname);
            }
            16 => {
                out.push_str(if who.female { "Smt. " } else { "Shri " });
                full(out, &who);
                out.push_str(" ji");
            }
            17 if !who.alias.is_empty() => out.push_str(who.alias),
            17 | 18 => full(out, &who),
            _ if !who.epithet => out.push_str(who.surname),
            _ => {
                out.push_str("the ");
                out.push_str(who.party);
                out.push_str(" leader");
            }
        }
    }
}

/// Main characters from the gazetteer: a share that grows with it, up to 45% of leads.
pub(crate) fn pick_real(rng: &mut Rng, people: &'static [Person]) -> [Option<&'static Person>; 3] {
    let mut picks: [Option<&'static Person>; 3] = [None; 3];
    if !people.is_empty() {
        for (i, pick) in picks.iter_mut().enumerate() {
            let share = if i == 0 {
                5 + (people.len() / 6).min(40)
            } else {
                3 + (people.len() / 9).min(27)
            };
            *pick = rng
                .chance(share as u32)
                .then(|| &people[rng.below(people.len())]);
        }
    }
    if picks[2].is_some_and(|p| picks[..2].iter().flatten().any(|q| q.name == p.name)) {
        picks[2] = None;
    }
    if picks[1].is_some_and(|p| picks[0].is_some_and(|q| q.name == p.name)) {
        picks[1] = None;
    }
    picks
}

/// The three people of an article: `picks` where given, invented ones elsewhere, of the
/// main party (`homes[0]`) or the other one.
pub(crate) fn cast(
    rng: &mut Rng,
    picks: [Option<&'static Person>; 3],
    date: NaiveDate,
    homes: [&'static str; 2],
) -> [Who; 3] {
    let mut taken: [&str; 3] = picks.map(|p| p.map_or("", Person::surname));
    let mut cast: [Who; 3] = std::array::from_fn(|i| {
        let home = if i == 0 || rng.chance(50) {
            homes[0]
        } else {
            homes[1]
        };
        let who = match picks[i] {
            Some(p) => real(rng, p, date, home),
            None => {
                // Invented people do not share a surname with anyone else in the article,
                // and are nobody real (a real name would get a real role).
                let mut w = invented(rng, home);
                for _ in 0..8 {
                    if !taken.contains(&w.surname) && !is_real(&w) {
                        break;
                    }
                    w = invented(rng, home);
                }
                w
            }
        };
        taken[i] = who.surname;
        who
    });
    let parties = cast.map(|w| w.party);
    for w in &mut cast {
        w.epithet = parties.iter().filter(|&&p| p == w.party).count() == 1;
    }
    cast
}

fn full(out: &mut String, who: &Who) {
    out.push_str(who.first);
    if !who.last.is_empty() {
        out.push(' ');
        out.push_str(who.last);
    }
}

fn is_real(who: &Who) -> bool {
    let mut name = String::new();
    full(&mut name, who);
    crate::enrich::Gazetteer::builtin().person(&name).is_some()
}

fn invented(rng: &mut Rng, party: &'static str) -> Who {
    let female = rng.chance(30);
    let surname = if female && rng.chance(20) {
        rng.pick(FEMALE_SURNAMES)
    } else {
        rng.pick(SURNAMES)
    };
    let first = if rng.chance(15) {
        rng.pick(INITIALS)
    } else if female {
        rng.pick(FEMALE_FIRST)
    } else {
        rng.pick(MALE_FIRST)
    };
    Who {
        first,
        last: surname,
        surname,
        female,
        party,
        role: rng.pick(ROLES),
        title: "",
        alias: "",
        introduced: false,
        epithet: false,
    }
}

fn real(rng: &mut Rng, p: &'static Person, date: NaiveDate, home: &'static str) -> Who {
    let party = match &p.party {
        Some(code) => PARTIES
            .iter()
            .find(|x| x.2 == code || x.0 == code)
            .map_or(code.as_str(), |x| x.0),
        None => home,
    };
    let title = p
        .role_on(date)
        .map(|r| r.title.as_str())
        .filter(|t| !t.contains(','))
        .unwrap_or("");
    let aliases: Vec<&'static str> = p
        .aliases
        .iter()
        .map(String::as_str)
        .filter(|a| !a.starts_with('@') && a.contains(' '))
        .collect();
    let alias = if aliases.is_empty() {
        ""
    } else {
        aliases[rng.below(aliases.len())]
    };
    let first = p.name.split(' ').next().unwrap_or("");
    Who {
        first: p.name.as_str(),
        last: "",
        surname: p.surname(),
        female: KNOWN_WOMEN.contains(&first),
        party,
        role: if rng.chance(50) {
            "leader"
        } else {
            "senior leader"
        },
        title,
        alias,
        introduced: false,
        epithet: false,
    }
}
