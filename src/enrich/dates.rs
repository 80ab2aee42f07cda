//! Dated mentions: dates written in an article's text, resolved against its publication date.
//!
//! Three regex scans with literal prefilters (month names, years, day words) find candidate
//! expressions in one linear pass each; every candidate is then checked against its context
//! (the words around it, the tense of its clause) and resolved. Sentences are found only around
//! candidates, by looking back and ahead from them.
//!
//! What counts as a date, and how it is resolved:
//!
//! * **Full dates**: `August 8, 2024`, `8 August 2024`, `8th August, 2024`, `the 8th of
//!   August`, `Aug. 8`, `2024-08-08`, `08/08/2024` (day first, as written in India); day
//!   precision. Lists and ranges give one mention per day number written, all with the same
//!   expression span: `August 21 and 22`, `On 21st and 22nd August`, `August 21-22`, `between
//!   21 and 23 August`.
//! * **Month and day without a year** take the year that puts them nearest the publication date;
//!   when that is more than [`TENSE_OVERRIDE_DAYS`] away on the side opposite to the clause's
//!   tense ("said on January 5" in a July article), the nearest date on the tense's side wins.
//!   "last year"/"this year"/"next year" after the date settle it; so does a full date with its
//!   year in the same or the previous sentence when the new date falls just after it ("On April
//!   7, 2009, ... he died on April 11"), and a timeline's year for entries like `May 26:`.
//! * **Month and year** (`August 2024`, `in Aug. 2024`, `May of 2005`): month precision.
//! * **A month name alone** is a date only after a cue (`in`, `since`, `by`, `till`, `until`,
//!   `from`, `during`, `between`, `before`, `after`, `last`, `next`, `this`, `early`, `mid`,
//!   `late`, `mid-`, `the end of`, `the first week of`) or as the next item of such a list
//!   (`in February, April and May`); month precision, in the nearest year unless the cue or the
//!   tense says which side of the publication it lies on. This, and requiring a capital, keeps
//!   the modal "may", "May I ..." and the verb "march" out.
//! * **Weekdays** take their direction from `last`/`next`, else from the nearest tense cue in
//!   their clause (future: will, would, shall, may, going/set/due/likely/plans to, scheduled,
//!   expected, to be held, next, upcoming, "starts on", "is on Friday"; past: said, had, was,
//!   were, irregular past forms, `-ed` verbs, last, ago, earlier). Future: the next such weekday
//!   on or after publication; past or no cue: the most recent on or before it. Names (`Sunday
//!   Times`, `Black Friday`, `Sunday school`), plurals and `on a Saturday` are skipped; a weekday
//!   written next to a full date (`on Monday, August 19`) is folded into that date.
//! * **Weekends** (`at/over/during the weekend`, `this/last/next weekend`): the Saturday of the
//!   weekend before publication when past or untensed, of the coming one when future.
//! * **`the next morning`, `the next day`, `the following day`** (also evening, night,
//!   afternoon): the day after the last day-precision date before it, only if there is one.
//! * **`yesterday`, `today`, `tonight`, `tomorrow`**: publication −1, 0, 0, +1 (not when part of
//!   a title such as `India Today`).
//! * **A bare year** counts only with a cue: a preposition before it (`in`, `since`, `by`,
//!   `of`, `till`, `until`, `from`, `before`, `after`, `during`, `between`, `mid-`, ...), `the`
//!   before it and a word after it (`the 2014 election`), an event noun after it (`2024 polls`),
//!   or a year it ranges with (`between 2014 and 2019`). A count noun after it (`2024 votes`,
//!   `2000 crore`) or a counting word before `of` (`a total of 2019`) cancels it. See
//!   [`year_is_informative`] for the rule that drops the publication year and the next.
//!
//! Relative expressions (weekdays, yesterday, ...) count from the dateline's date when the text
//! opens with one a few days before publication ("New Delhi, Aug 2 (PTI) ... today"), else from
//! the publication date.

use super::span::Span;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A date found in the text. `date` is the first day of the month or year for coarser precision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedMention {
    pub date: NaiveDate,
    pub precision: Precision,
    /// Byte span of the expression in the body, e.g. "on Monday", "August 21 and 22".
    pub expression: Span,
    /// Byte span of the sentence the expression stands in.
    pub sentence: Span,
}

/// A month-and-day without a year is moved to the side of the publication date that the
/// sentence's tense points to only when the nearest reading is further away than this.
pub const TENSE_OVERRIDE_DAYS: i64 = 60;

/// Every date expression in `body`, resolved against `published`, in order of appearance.
/// An expression naming two days ("August 21 and 22") yields two mentions with the same span.
///
/// `body` is the article text after the dateline; a leading seed header (` date YYYY-MM-DD
/// Place: `) is tolerated and skipped.
pub fn find_dates(body: &str, published: NaiveDate) -> Vec<DatedMention> {
    let floor = header_end(body);
    let reference = dateline_date(&body[floor..], published).unwrap_or(published);
    let mut cx = Scan {
        text: body,
        floor,
        published,
        reference,
        sentence: None,
        anchor: None,
        context_year: None,
        last_month: None,
        out: Vec::new(),
        last_kind: None,
        last_year_end: None,
    };
    let mut pos = floor;
    for (span, kind) in candidates(&body[floor..], floor) {
        if span.start < pos {
            continue; // inside the last expression
        }
        pos = cx.candidate(kind, span, pos).max(pos);
    }
    cx.out
}

/// Whether a bare year (`in 2024`, `the 2014 election`) goes on the timeline.
///
/// The publication year and the year after it are left out. At year precision a mention is
/// anchored on January 1, so the current year would be placed before the article even when it
/// talks about the months ahead, and next year's date is a forward reference ("the upcoming
/// general election in 2024", "the 2024 polls" in a December 2023 article) whose real date the
/// article does not know yet; in both cases the article's own date already says more. A year
/// two or more back ("in 2019", "the 2014 election") or two or more ahead ("by 2029") is a
/// distinct point in time and is kept; so is the previous year, which is entirely past.
pub fn year_is_informative(year: i32, published: NaiveDate) -> bool {
    year != published.year() && year != published.year() + 1
}

/// Sentence spans of `text` (trimmed of surrounding whitespace), in order.
///
/// A sentence ends at `.`, `?` or `!` (plus any closing quotes) followed by white space and a
/// word that does not start in lower case, at a `.` glued to a capitalised word or an opening
/// quote (`the party.Lakhanpal said`), and at a paragraph break (a blank line). Abbreviations
/// (`Mr.`, `Dr.`, `No. 5`, `Rs.`, `Aug.`), initials (`K.C. Venugopal`) and numbers (`10.30`) do
/// not end a sentence; `J&K.` does.
pub fn sentences(text: &str) -> Vec<Span> {
    sentences_from(text, 0)
}

// ---------------------------------------------------------------------------------------------
// The candidate regexes

const MONTH_FULL: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_ABBR: &str = "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec";

// Three scans, each with a literal prefilter (one regex over all of them would run its automaton
// over every byte, which is several times slower): month names, years, and day words. A day
// list before a month ("21st and 22nd August") and a numeric date before a year ("08.08.2024")
// are found by looking back from the month or year.

const SP: &str = r"[ \t\u{a0}]+";
const B: &str = r"(?-u:\b)";
/// A day of the month, ordinal suffix allowed.
const DAY: &str = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?-u:\b)";
/// A year inside a date. No word boundary after it: embeds glue text on ("August 2, 2017After").
const YEAR: &str = r"(?:1[89][0-9]{2}|20[0-9]{2})";

/// Month names: with days after them, with a year after them, full names alone, abbreviations
/// alone (dates only with a day before them).
static MONTH_RE: LazyLock<Regex> = LazyLock::new(|| {
    let month = format!(r"(?:(?:{MONTH_FULL}){B}|(?:{MONTH_ABBR}){B}\.?)");
    // Commas only inside an "a, b and c" list, so that "On August 8, 10 people ..." keeps to
    // one day.
    let days = format!(
        r"{DAY}(?:(?:[ \t]*,[ \t]*{DAY})*,?{SP}(?:and|&){SP}{DAY}|[ \t]*[-\u{{2013}}\u{{2014}}][ \t]*{DAY}|{SP}(?:to|till|until){SP}{DAY})?"
    );
    Regex::new(&format!(
        r"{B}(?:{month}{SP}{days}(?:,?{SP}{YEAR})?|{month},?{SP}(?:of{SP})?{YEAR}|(?:{MONTH_FULL}|Sept){B}|(?:{MONTH_ABBR}){B})"
    ))
    .expect("month regex compiles")
});

/// A day list ending right before a month name: "21st and 22nd ", "between 21 and 23 ",
/// "the 3rd of ". Searched in a slice that ends at the month.
static DAY_LIST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{B}{DAY}(?:(?:[ \t]*[,&\-\u{{2013}}\u{{2014}}][ \t]*|,?{SP}(?:and|&|to|till|until){SP}){DAY}){{0,6}}{SP}(?:of{SP})?$"
    ))
    .expect("day list regex compiles")
});

/// Years: ISO dates and bare years.
static YEAR_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{B}(?:(?:(?:19|20)[0-9]{{2}}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]))|(?:(?:1[89]|20)[0-9]{{2}})){B}"
    ))
    .expect("year regex compiles")
});

/// Weekdays, weekends, "next/following morning" (the "the" is checked by looking back), and
/// yesterday/today/tonight/tomorrow.
static WORD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{B}(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:[Ww]eekend)|(?:(?:[Nn]ext|[Ff]ollowing){SP}(?:morning|day|evening|night|afternoon))|(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)){B}"
    ))
    .expect("word regex compiles")
});

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cand {
    /// Month name followed by days.
    MonthDay,
    MonthYear,
    Month,
    /// An abbreviated month name alone: a date only after a day ("14th of Feb").
    MonthAbbr,
    Iso,
    Year,
    Weekday,
    Weekend,
    NextDay,
    Relative,
}

/// Every candidate of the three scans, in order of start.
fn candidates(hay: &str, offset: usize) -> Vec<(Span, Cand)> {
    let mut out: Vec<(Span, Cand)> = Vec::new();
    let shift = |m: regex::Match| m.start() + offset..m.end() + offset;
    for m in MONTH_RE.find_iter(hay) {
        // Which alternative matched, read off the text (cheaper than capture groups).
        let w = m.as_str();
        let kind = if let Some(digits) = digit_runs(w).next() {
            if digits.len() <= 2 {
                Cand::MonthDay
            } else {
                Cand::MonthYear
            }
        } else if w == "Sept" || MONTH_FULL.split('|').any(|f| f == w) {
            Cand::Month
        } else {
            Cand::MonthAbbr
        };
        out.push((shift(m), kind));
    }
    for m in YEAR_RE.find_iter(hay) {
        let kind = if m.len() == 10 { Cand::Iso } else { Cand::Year };
        out.push((shift(m), kind));
    }
    for m in WORD_RE.find_iter(hay) {
        let w = m.as_str();
        let kind = if w.contains([' ', '\t', '\u{a0}']) {
            Cand::NextDay
        } else if w.eq_ignore_ascii_case("weekend") {
            Cand::Weekend
        } else if w.as_bytes()[0].is_ascii_lowercase()
            || matches!(w, "Yesterday" | "Today" | "Tonight" | "Tomorrow")
        {
            Cand::Relative
        } else {
            Cand::Weekday
        };
        out.push((shift(m), kind));
    }
    out.sort_by_key(|(s, _)| s.start);
    out
}

// ---------------------------------------------------------------------------------------------
// Word lists

/// Prepositions made part of a date's expression ("on Monday", "from September 18").
const DATE_PREPS: &[&str] = &[
    "on", "from", "since", "till", "until", "by", "between", "before", "after", "during",
    "through", "upto", "in",
];
/// Cues that make a bare month name a date ("in May").
const MONTH_CUES: &[&str] = &[
    "in",
    "between",
    "since",
    "by",
    "till",
    "until",
    "from",
    "during",
    "before",
    "after",
    "through",
    "throughout",
    "last",
    "next",
    "this",
    "early",
    "mid",
    "late",
];
/// Cues before a bare year.
const YEAR_PREPS: &[&str] = &[
    "in",
    "since",
    "by",
    "of",
    "till",
    "until",
    "from",
    "before",
    "after",
    "during",
    "between",
    "circa",
    "early",
    "mid",
    "late",
    "year",
    "through",
    "throughout",
];
/// Nouns after a bare year that make it an event's year ("2024 polls").
const YEAR_EVENTS: &[&str] = &[
    "election",
    "elections",
    "poll",
    "polls",
    "bypoll",
    "bypolls",
    "lok",
    "assembly",
    "general",
    "riots",
    "riot",
    "olympics",
    "budget",
    "census",
    "attack",
    "attacks",
    "blast",
    "blasts",
    "verdict",
    "floods",
    "flood",
    "war",
    "scam",
    "agitation",
    "movement",
    "edition",
    "session",
    "summit",
    "mandate",
    "victory",
    "defeat",
    "debacle",
    "manifesto",
    "contest",
    "campaign",
    "coup",
    "massacre",
    "pogrom",
    "violence",
    "emergency",
    "earthquake",
    "tsunami",
    "world",
    "commonwealth",
    "asian",
    "budget",
    "polling",
    "results",
    "result",
];
/// Nouns after a number that make it a count, never a year.
const COUNT_NOUNS: &[&str] = &[
    "votes",
    "vote",
    "people",
    "persons",
    "seats",
    "candidates",
    "members",
    "cases",
    "crore",
    "crores",
    "lakh",
    "lakhs",
    "km",
    "kms",
    "kg",
    "kgs",
    "hours",
    "hrs",
    "hour",
    "rupees",
    "rs",
    "students",
    "teachers",
    "villages",
    "families",
    "deaths",
    "jobs",
    "posts",
    "vacancies",
    "units",
    "houses",
    "acres",
    "metres",
    "meters",
    "feet",
    "ft",
    "tonnes",
    "tons",
    "mw",
    "tweets",
    "signatures",
    "points",
    "runs",
    "women",
    "men",
    "children",
    "farmers",
    "workers",
    "voters",
    "delegates",
    "booths",
    "polling",
    "centres",
    "schools",
    "doctors",
    "policemen",
    "troops",
    "soldiers",
    "officers",
    "employees",
    "vehicles",
    "buses",
    "trains",
    "flights",
    "beds",
    "tests",
    "samples",
    "patients",
    "new",
    "more",
    "other",
    "additional",
    "odd",
    "plus",
    "million",
    "billion",
    "thousand",
    "per",
    "percent",
    "pc",
    "shares",
    "followers",
    "likes",
    "views",
    "words",
    "pages",
    "copies",
    "cr",
    "dollars",
    "usd",
    "mm",
    "cm",
    "sq",
    "square",
    "mlas",
    "mps",
    "councillors",
    "constituencies",
    "wards",
    "districts",
];
/// Counting words before "of" that make "of 2019" a count ("a total of 2019").
const COUNT_BEFORE_OF: &[&str] = &[
    "total", "number", "tally", "figure", "sum", "out", "count", "majority", "strength", "margin",
    "lot", "batch", "group", "list", "maximum", "minimum", "average",
];
/// Abbreviations whose `.` never ends a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Lt", "Col", "Capt", "Maj", "Brig",
    "Sgt", "Hon", "Rev", "Smt", "Shri", "Sh", "Km", "Rs", "Re", "Vs", "vs", "v", "Govt", "Dept",
    "Deptt", "Depts", "deptt", "dept", "Jt", "Asst", "Mt", "Ft", "Fig", "Cl", "Para", "Vol", "Ch",
    "Adv", "Er", "Pt", "Pvt", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "approx", "Corp", "Bros", "Ave", "Rd", "Hon'ble", "Supt", "Insp", "Dy",
    "Addl", "Spl", "Hony", "Retd", "retd", "Ex", "Cdr", "Cmdr", "Wg", "Sqn", "Flt", "Lt", "Gov",
    "Sen", "Rep", "Messrs", "Mahant", "Kum", "Ku",
];
/// Abbreviations that are abbreviations only before a number ("No. 10").
const NUMBER_ABBREVIATIONS: &[&str] = &[
    "No", "Nos", "no", "nos", "Art", "Sec", "Sl", "Rule", "Reg", "Ref", "Ward", "Gate",
];
/// Words that start a sentence after an initial ("... in the U.S. The ...").
const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "This",
    "That",
    "These",
    "Those",
    "In",
    "But",
    "However",
    "A",
    "An",
    "On",
    "I",
    "His",
    "Her",
    "Their",
    "There",
    "Our",
    "And",
    "Meanwhile",
    "According",
    "Earlier",
    "Later",
    "After",
    "Before",
    "Also",
    "When",
    "While",
    "As",
    "At",
];
/// Words after a weekday that make it part of a name ("Sunday Times").
const WEEKDAY_NAME_NEXT: &[&str] = &[
    "school",
    "schools",
    "Times",
    "Express",
    "Guardian",
    "Standard",
    "Mail",
    "Telegraph",
    "Observer",
    "Herald",
    "Tribune",
    "Magazine",
    "Edition",
    "Special",
    "School",
    "Post",
    "Independent",
    "Mirror",
    "Sport",
    "Star",
    "Club",
    "Bazaar",
    "Night",
    "Live",
    "Show",
];
/// Words before a weekday that make it part of a name ("Black Friday").
const WEEKDAY_NAME_PREV: &[&str] = &["Black", "Super", "Cyber", "Ash", "Maundy", "Bloody"];
/// Words that precede "Today" in a title ("India Today").
const TODAY_NAME_PREV: &[&str] = &["India", "USA", "Business", "Russia", "China", "Psychology"];

const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "would",
    "wouldn",
    "ll",
    "may",
    "might",
    "should",
    "shouldn",
    "must",
    "tomorrow",
    "next",
    "upcoming",
    "coming",
    "scheduled",
    "slated",
    "expected",
    "likely",
    "plans",
    "planning",
    "intends",
    "intend",
    "proposes",
    "proposed",
    "poised",
    "supposed",
    "await",
    "awaits",
    "awaited",
];
/// Present-tense verbs that announce a scheduled event when right before the date.
const SCHEDULE_VERBS: &[&str] = &[
    "starting",
    "start",
    "starts",
    "begin",
    "begins",
    "opens",
    "closes",
    "ends",
    "commence",
    "commences",
    "resume",
    "resumes",
    "concludes",
    "kicks",
    "meets",
    "arrives",
    "leaves",
    "departs",
    "expires",
    "falls",
    "takes",
    "goes",
];
/// Future only when followed by "to" or "for" ("set to", "due to").
const FUTURE_BEFORE_TO: &[&str] = &["set", "going", "plan", "planned", "aims", "aim"];
const PAST_WORDS: &[&str] = &[
    "said",
    "told",
    "was",
    "were",
    "had",
    "did",
    "didn",
    "wasn",
    "weren",
    "hadn",
    "went",
    "came",
    "took",
    "gave",
    "made",
    "spoke",
    "wrote",
    "left",
    "sent",
    "won",
    "lost",
    "began",
    "saw",
    "got",
    "met",
    "held",
    "paid",
    "sought",
    "brought",
    "thought",
    "felt",
    "kept",
    "led",
    "ran",
    "struck",
    "stood",
    "chose",
    "drew",
    "rose",
    "fell",
    "broke",
    "caught",
    "fought",
    "found",
    "heard",
    "knew",
    "laid",
    "meant",
    "shot",
    "sold",
    "spent",
    "taught",
    "threw",
    "wore",
    "ago",
    "earlier",
    "last",
    "yesterday",
    "previously",
    "became",
    "flew",
    "swore",
    "tore",
    "bought",
    "built",
    "sat",
    "slept",
    "stole",
    "woke",
    "wound",
    "hung",
    "dug",
    "fled",
    "forgot",
    "froze",
    "rode",
    "rang",
    "sang",
    "sank",
    "shook",
    "spun",
    "stuck",
    "stung",
    "swept",
    "swam",
    "wept",
    "withdrew",
    "undertook",
    "overtook",
    "arose",
    "ate",
    "drank",
    "drove",
    "grew",
    "hid",
    // past participles ("have written", "has taken")
    "written",
    "given",
    "taken",
    "done",
    "seen",
    "known",
    "shown",
    "gone",
    "been",
    "begun",
    "broken",
    "chosen",
    "driven",
    "eaten",
    "fallen",
    "forgotten",
    "hidden",
    "ridden",
    "risen",
    "spoken",
    "stolen",
    "sworn",
    "thrown",
    "woken",
    "worn",
    "drawn",
    "grown",
    "flown",
];
/// Words ending in "ed" that are not past-tense verbs (or not usefully so).
const NOT_PAST_ED: &[&str] = &[
    "need",
    "speed",
    "seed",
    "feed",
    "bleed",
    "breed",
    "proceed",
    "exceed",
    "succeed",
    "indeed",
    "hundred",
    "bed",
    "red",
    "shed",
    "united",
    "based",
    "concerned",
    "detailed",
    "limited",
    "reserved",
    "retired",
    "talented",
    "armed",
    "advanced",
    "aged",
    "beloved",
    "sacred",
    "wicked",
    "naked",
    "crooked",
    "rugged",
    "kindred",
    "embed",
    "related",
    "dedicated",
    "unprecedented",
    "deed",
    "weed",
    "greed",
    "creed",
    "reed",
    "steed",
    "heed",
    "screed",
    "tweed",
    "shred",
    "sled",
    "ted",
    "ned",
    "ed",
    "med",
    "supposed",
    "biased",
];

/// What a lower-case word can be, as bit flags, for one hash look-up per word.
mod flag {
    pub const FUTURE: u16 = 1;
    pub const PAST: u16 = 1 << 1;
    pub const FUTURE_BEFORE_TO: u16 = 1 << 2;
    pub const NOT_PAST_ED: u16 = 1 << 3;
    pub const SCHEDULE: u16 = 1 << 4;
    pub const CLAUSE: u16 = 1 << 5;
}

/// FNV-1a: a fast hash for short keys.
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<V> = HashMap<&'static str, V, BuildHasherDefault<Fnv>>;

static WORD_FLAGS: LazyLock<FastMap<u16>> = LazyLock::new(|| {
    let mut m = FastMap::default();
    let lists: [(&[&str], u16); 6] = [
        (FUTURE_WORDS, flag::FUTURE),
        (PAST_WORDS, flag::PAST),
        (FUTURE_BEFORE_TO, flag::FUTURE_BEFORE_TO),
        (NOT_PAST_ED, flag::NOT_PAST_ED),
        (SCHEDULE_VERBS, flag::SCHEDULE),
        (CLAUSE_WORDS, flag::CLAUSE),
    ];
    for (list, f) in lists {
        for &w in list {
            *m.entry(w).or_insert(0) |= f;
        }
    }
    m
});

static ABBREVIATION_SET: LazyLock<FastMap<()>> =
    LazyLock::new(|| ABBREVIATIONS.iter().map(|&w| (w, ())).collect());

/// The flags of `w`, read in lower case (words over 24 bytes have none).
fn word_flags(w: &str) -> u16 {
    if w.bytes().all(|c| c.is_ascii_lowercase()) {
        return WORD_FLAGS.get(w).copied().unwrap_or(0);
    }
    let mut buf = [0u8; 24];
    let Some(dst) = buf.get_mut(..w.len()) else {
        return 0;
    };
    dst.copy_from_slice(w.as_bytes());
    dst.make_ascii_lowercase();
    std::str::from_utf8(dst)
        .ok()
        .and_then(|lw| WORD_FLAGS.get(lw).copied())
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------------------------
// Scanning

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    /// A present-tense verb is the nearest cue: the date is read as the nearest one.
    Present,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A full or month-and-day date (may absorb a neighbouring weekday).
    Date,
    Weekday,
    Other,
}

struct Scan<'a> {
    text: &'a str,
    floor: usize,
    published: NaiveDate,
    /// What relative expressions count from: the dateline's date ("New Delhi, Aug 2 (PTI)")
    /// when the text opens with one a few days before publication, else the publication date.
    reference: NaiveDate,
    /// The last sentence looked up.
    sentence: Option<Span>,
    /// The last date written with its year, and its sentence.
    anchor: Option<(NaiveDate, Span)>,
    /// The last year written (in a date, with a month, alone, or as a "1999:" heading), for
    /// timeline entries ("May 26: Air strikes begin").
    context_year: Option<i32>,
    /// End and tense of the last month-precision mention ("in February, April and May").
    last_month: Option<(usize, Option<Tense>)>,
    out: Vec<DatedMention>,
    /// Kind of the last pushed expression (all mentions of one expression share it).
    last_kind: Option<Kind>,
    /// End of the last bare year accepted, for ranges ("between 2014 and 2019").
    last_year_end: Option<usize>,
}

impl<'a> Scan<'a> {
    /// Handle one candidate; returns where its expression ends (the next candidate must start
    /// there or later). `pos` is where the previous expression ended.
    fn candidate(&mut self, kind: Cand, span: Span, pos: usize) -> usize {
        match kind {
            Cand::MonthDay | Cand::MonthYear | Cand::Month | Cand::MonthAbbr => {
                // "21st and 22nd August": the days come first.
                if let Some(dm) = self.day_list_before(span.start, pos) {
                    let end = dm.end;
                    self.day_month(dm);
                    return end;
                }
                match kind {
                    Cand::MonthDay => self.day_month(span.clone()),
                    Cand::MonthYear => self.month_year(span.clone()),
                    Cand::Month => self.bare_month(span.clone()),
                    _ => {}
                }
            }
            Cand::Iso => {
                let core = &self.text[span.clone()];
                let (y, m, d) = (&core[0..4], &core[5..7], &core[8..10]);
                if let Some(date) = ymd(y.parse().ok(), m.parse().ok(), d.parse().ok()) {
                    let start = self.extend_preps(span.start, DATE_PREPS);
                    self.push_date(start..span.end, span.start, &[date]);
                }
            }
            Cand::Year => {
                if !self.numeric_date(span.clone(), pos) {
                    self.bare_year(span.clone());
                }
            }
            Cand::Weekday => self.weekday(span.clone()),
            Cand::Weekend => self.weekend(span.clone()),
            Cand::NextDay => self.next_day(span.clone()),
            Cand::Relative => self.relative_day(span.clone()),
        }
        span.end
    }

    /// A day list right before the month name at `month` (not before `pos`), taken with the
    /// month and a year after it: "21st and 22nd August", "8th August, 2024".
    fn day_list_before(&self, month: usize, pos: usize) -> Option<Span> {
        let t = self.text;
        let b = t.as_bytes();
        let mut lo = month.saturating_sub(128).max(pos).max(self.floor);
        while !t.is_char_boundary(lo) {
            lo += 1;
        }
        let m = DAY_LIST_BEFORE.find(&t[lo..month])?;
        let start = lo + m.start();
        let part_of_number = start > self.floor
            && (b[start - 1].is_ascii_digit()
                || (matches!(b[start - 1], b'.' | b',' | b'/')
                    && start >= self.floor + 2
                    && b[start - 2].is_ascii_digit()));
        if part_of_number {
            return None; // "1,21 August", "2.5 Aug"
        }
        let mut end = month;
        while end < b.len() && b[end].is_ascii_alphabetic() {
            end += 1;
        }
        let abbreviated = MONTH_ABBR
            .split('|')
            .any(|a| a.as_bytes() == &b[month..end]);
        if abbreviated && b.get(end) == Some(&b'.') {
            end += 1; // "Aug."
        }
        // ", 2024" / " 2024"
        let mut y = end;
        if b.get(y) == Some(&b',') {
            y += 1;
        }
        let gap = y;
        while y < b.len() && matches!(b[y], b' ' | b'\t') {
            y += 1;
        }
        let digits = b.get(y..y + 4).is_some_and(|d| {
            d.iter().all(u8::is_ascii_digit)
                && (d.starts_with(b"19") || d.starts_with(b"20") || d.starts_with(b"18"))
        });
        if y > gap && digits && !b.get(y + 4).is_some_and(u8::is_ascii_digit) {
            end = y + 4;
        }
        Some(start..end)
    }

    /// A day-first numeric date ending in the year at `span`: "08.08.2024", "8/8/2024".
    fn numeric_date(&mut self, span: Span, pos: usize) -> bool {
        let b = self.text.as_bytes();
        let lo = pos.max(self.floor);
        let digits_back = |end: usize| {
            let mut s = end;
            while s > lo && end - s < 2 && b[s - 1].is_ascii_digit() {
                s -= 1;
            }
            (s < end).then_some(s)
        };
        let ys = span.start;
        if ys < lo + 4 || !matches!(b[ys - 1], b'.' | b'/') {
            return false;
        }
        let sep = b[ys - 1];
        let Some(ms) = digits_back(ys - 1) else {
            return false;
        };
        if ms <= lo || b[ms - 1] != sep {
            return false;
        }
        let Some(ds) = digits_back(ms - 1) else {
            return false;
        };
        if ds > self.floor
            && (b[ds - 1].is_ascii_alphanumeric() || matches!(b[ds - 1], b'.' | b'/'))
        {
            return false;
        }
        let t = self.text;
        let num = |r: Span| t[r].parse::<u32>().ok();
        let (Some(d), Some(m)) = (num(ds..ms - 1), num(ms..ys - 1)) else {
            return false;
        };
        let Some(date) = ymd(t[span.clone()].parse().ok(), Some(m), Some(d)) else {
            return false;
        };
        let start = self.extend_preps(ds, DATE_PREPS);
        self.push_date(start..span.end, ds, &[date]);
        true
    }

    fn month_year(&mut self, span: Span) {
        let t = self.text;
        let core = &t[span.clone()];
        let Some(month) = month_in(core) else { return };
        if t.as_bytes().get(span.end).is_some_and(u8::is_ascii_digit) {
            return;
        }
        let Some(year) = digit_runs(core).find(|r| r.len() == 4) else {
            return;
        };
        let Ok(year) = year.parse() else { return };
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, 1) {
            let start = self.extend_preps(span.start, DATE_PREPS);
            self.push(start..span.end, date, Precision::Month, Kind::Other);
            self.context_year = Some(year);
        }
    }

    /// "the next morning", "the following day": the day after the last day-precision date.
    fn next_day(&mut self, span: Span) {
        let Some((ws, _)) = prev_word(self.text, span.start, self.floor)
            .filter(|(_, w)| w.eq_ignore_ascii_case("the"))
        else {
            return;
        };
        let Some(prev) = self.last_day() else { return };
        let Some(date) = prev.checked_add_days(Days::new(1)) else {
            return;
        };
        let start = self.extend_preps(ws, &["on", "by", "until", "till"]);
        self.push(start..span.end, date, Precision::Day, Kind::Other);
    }

    // --- kinds -------------------------------------------------------------------------------

    fn day_month(&mut self, span: Span) {
        let t = self.text;
        let core = &t[span.clone()];
        let Some(month) = month_in(core) else { return };
        // A year glued to more digits is no year: "August 2, 20171".
        if t.as_bytes().get(span.end).is_some_and(u8::is_ascii_digit) {
            return;
        }
        let mut days: Vec<u32> = Vec::new();
        let mut year: Option<i32> = None;
        for run in digit_runs(core) {
            if run.len() == 4 {
                year = run.parse().ok();
            } else if let Ok(d) = run.parse() {
                days.push(d);
            }
        }
        if days.is_empty() {
            return;
        }
        // "on the 3rd of August"
        let mut start = span.start;
        if core.contains(" of ")
            && let Some((ws, _)) = prev_word(t, start, self.floor).filter(|(_, w)| *w == "the")
        {
            start = ws;
        }
        let start = self.extend_preps(start, DATE_PREPS);
        let mut expr = start..span.end;
        // "in December last year"
        if year.is_none()
            && let Some((offset, end)) = year_phrase_after(t, span.end)
        {
            year = Some(self.reference.year() + offset);
            expr.end = end;
        }
        let dates: Vec<NaiveDate> = match year {
            Some(y) => {
                let dates: Vec<NaiveDate> = days
                    .iter()
                    .filter_map(|&d| NaiveDate::from_ymd_opt(y, month, d))
                    .collect();
                if let Some(&first) = dates.first() {
                    let sent = self.sentence_of(&expr);
                    self.anchor = Some((first, sent));
                    self.context_year = Some(y);
                }
                dates
            }
            None => {
                let tense = self.tense(&expr);
                let Some(mut first) = resolve_month_day(month, days[0], self.reference, tense)
                else {
                    return;
                };
                // "On April 7, 2009, he was admitted ... He died on April 11": a date just after
                // one written with its year, in the same or the next sentence, shares that year.
                let sent = self.sentence_of(&expr);
                let inherited = self.anchor.clone().and_then(|(anchor, asent)| {
                    let cand = NaiveDate::from_ymd_opt(anchor.year(), month, days[0])?;
                    // The same sentence or the next one.
                    let next_start =
                        asent.end + (t[asent.end..].len() - t[asent.end..].trim_start().len());
                    let near = sent.start <= next_start
                        && anchor.year() != first.year()
                        && tense != Some(Tense::Future)
                        && (-7..=92).contains(&(cand - anchor).num_days());
                    near.then_some(cand)
                });
                if let Some(cand) = inherited {
                    first = cand;
                }
                // A timeline entry ("1999: The war. May 26: Air strikes begin.") takes the
                // timeline's year.
                let entry = expr.start == span.start
                    && t[span.end..]
                        .trim_start_matches([' ', '\t'])
                        .starts_with(':');
                if entry
                    && let Some(cand) = self
                        .context_year
                        .and_then(|y| NaiveDate::from_ymd_opt(y, month, days[0]))
                {
                    first = cand;
                }
                days.iter()
                    .filter_map(|&d| NaiveDate::from_ymd_opt(first.year(), month, d))
                    .collect()
            }
        };
        self.push_date(expr, span.start, &dates);
    }

    fn bare_month(&mut self, span: Span) {
        let t = self.text;
        let Some(month) = month_in(&t[span.clone()]) else {
            return;
        };
        let mut start = span.start;
        let mut modifier: Option<String> = None;
        let mut cued = false;
        let mut listed: Option<Option<Tense>> = None;
        if start >= self.floor + 4 && ends_with_mid(t, start) {
            // "mid-May"
            start -= 4;
            modifier = Some("mid".into());
            cued = true;
        } else if let Some((_, tense)) = self
            .last_month
            .filter(|&(e, _)| e <= start && is_list_gap(&t[e..start]))
        {
            // "in February, April and May": read like the first.
            cued = true;
            listed = Some(tense);
        } else if let Some((ws, w)) = prev_word(t, start, self.floor) {
            let lw = w.to_ascii_lowercase();
            if MONTH_CUES.contains(&lw.as_str()) {
                cued = true;
                start = ws;
                if matches!(
                    lw.as_str(),
                    "last" | "next" | "this" | "early" | "mid" | "late"
                ) {
                    modifier = Some(lw);
                }
            } else if lw == "of" {
                // "by the end of May", "in the first week of June"
                if let Some((ws2, w2)) = prev_word(t, ws, self.floor) {
                    let lw2 = w2.to_ascii_lowercase();
                    if matches!(
                        lw2.as_str(),
                        "end" | "beginning" | "middle" | "start" | "week" | "half" | "fortnight"
                    ) {
                        cued = true;
                        start = ws2;
                        while let Some((ws3, _)) =
                            prev_word(t, start, self.floor).filter(|(_, w)| {
                                matches!(
                                    w.to_ascii_lowercase().as_str(),
                                    "the"
                                        | "first"
                                        | "second"
                                        | "third"
                                        | "fourth"
                                        | "last"
                                        | "final"
                                )
                            })
                        {
                            start = ws3;
                        }
                    }
                }
            }
        }
        if !cued {
            return;
        }
        // "in early May", "by mid-June"
        let has_prep = DATE_PREPS
            .iter()
            .any(|p| t[start..span.start].trim().eq_ignore_ascii_case(p));
        if !has_prep {
            start = self.extend_preps(
                start,
                if modifier.is_some() {
                    MONTH_CUES
                } else {
                    DATE_PREPS
                },
            );
        }
        let mut expr = start..span.end;
        let p = self.reference;
        let pm = (p.year(), p.month());
        let mut tense_used = None;
        let range_year = MONTH_RANGE_TAIL
            .captures(&t[span.end..])
            .and_then(|c| c.get(1)?.as_str().parse::<i32>().ok());
        let year = if let Some((offset, end)) = year_phrase_after(t, span.end) {
            expr.end = end;
            pm.0 + offset
        } else if let Some(y) = range_year {
            // "in May-July 1999"
            y
        } else {
            match modifier.as_deref() {
                Some("last") => {
                    if month < pm.1 {
                        pm.0
                    } else {
                        pm.0 - 1
                    }
                }
                Some("next") => {
                    if month > pm.1 {
                        pm.0
                    } else {
                        pm.0 + 1
                    }
                }
                Some("this") => pm.0,
                _ => {
                    let since = prev_word(t, span.start, self.floor)
                        .is_some_and(|(_, w)| w.eq_ignore_ascii_case("since"));
                    let tense = match listed {
                        Some(tense) => tense,
                        None if since => Some(Tense::Past),
                        None => self.tense(&expr),
                    };
                    tense_used = tense;
                    resolve_month(month, p, tense)
                }
            }
        };
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, 1) {
            self.push(expr, date, Precision::Month, Kind::Other);
            self.last_month = Some((span.end, tense_used));
        }
    }

    fn weekday(&mut self, span: Span) {
        let t = self.text;
        let wd = match &t[span.start..span.start + 3] {
            "Mon" => Weekday::Mon,
            "Tue" => Weekday::Tue,
            "Wed" => Weekday::Wed,
            "Thu" => Weekday::Thu,
            "Fri" => Weekday::Fri,
            "Sat" => Weekday::Sat,
            _ => Weekday::Sun,
        };
        // "Sunday Times", "Friday Filmworks", "Sunday school": names, not days.
        let named = next_word(t, span.end).is_some_and(|w| {
            WEEKDAY_NAME_NEXT.contains(&w)
                || (w.as_bytes()[0].is_ascii_uppercase()
                    && month_in(w).is_none()
                    && !matches!(w, "Morning" | "Afternoon" | "Evening" | "Night"))
        });
        if named {
            return;
        }
        let prev = prev_word(t, span.start, self.floor);
        if prev.is_some_and(|(_, w)| WEEKDAY_NAME_PREV.contains(&w)) {
            return;
        }
        // "on a Saturday", "every Sunday": no particular day.
        if prev.is_some_and(|(_, w)| matches!(w, "a" | "every" | "each" | "any" | "some")) {
            return;
        }
        // "August 19 (Monday)", "August 19, Monday": the date already says it.
        let follows_date = self.last_kind == Some(Kind::Date)
            && self.out.last().is_some_and(|last| {
                last.expression.end <= span.start
                    && t[last.expression.end..span.start]
                        .bytes()
                        .all(|c| matches!(c, b' ' | b',' | b'('))
            });
        if follows_date {
            let last = self.out.last().expect("checked");
            let opened = t[last.expression.end..span.start].contains('(');
            let end = if opened && t[span.end..].starts_with(')') {
                span.end + 1
            } else {
                span.end
            };
            let start = last.expression.start;
            for m in self
                .out
                .iter_mut()
                .rev()
                .take_while(|m| m.expression.start == start)
            {
                m.expression.end = end;
            }
            return;
        }
        let mut start = span.start;
        let mut modifier = None;
        if let Some((ws, w)) = prev {
            let lw = w.to_ascii_lowercase();
            if matches!(lw.as_str(), "last" | "next" | "this" | "coming" | "past") {
                start = ws;
                modifier = Some(lw);
                // "this coming Monday"
                if let Some((ws2, _)) = prev_word(t, start, self.floor)
                    .filter(|(_, w2)| matches!(w2.to_ascii_lowercase().as_str(), "this" | "the"))
                {
                    start = ws2;
                }
            }
        }
        start = self.extend_preps(start, DATE_PREPS);
        let expr = start..span.end;
        let since = t[start..span.start].trim().eq_ignore_ascii_case("since");
        let scheduled =
            prev_word(t, start, self.floor).is_some_and(|(_, w)| matches!(w, "is" | "are"));
        // "Friday's ruling": the clause after is the noun's, not the day's.
        let rest = &t[span.end..];
        let possessive = ["'s", "\u{2019}s", "?s"]
            .iter()
            .any(|a| rest.starts_with(a));
        let p = self.reference;
        let back = (7 + p.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
        let fwd = (7 - back) % 7;
        let date = match modifier.as_deref() {
            Some("last") | Some("past") => p - Days::new(if back == 0 { 7 } else { back } as u64),
            Some("next") | Some("coming") => p + Days::new(if fwd == 0 { 7 } else { fwd } as u64),
            _ if since => p - Days::new(back as u64),
            _ => match self.tense_with(&expr, !possessive) {
                Some(Tense::Future) => p + Days::new(fwd as u64),
                // "The next hearing is on Friday": a present tense schedules.
                _ if scheduled && !possessive => p + Days::new(fwd as u64),
                _ => p - Days::new(back as u64),
            },
        };
        self.push(expr, date, Precision::Day, Kind::Weekday);
    }

    fn weekend(&mut self, span: Span) {
        let t = self.text;
        let Some((ws, w)) = prev_word(t, span.start, self.floor) else {
            return;
        };
        let lw = w.to_ascii_lowercase();
        let mut start = ws;
        let mut modifier: Option<&str> = None;
        match lw.as_str() {
            "this" | "last" | "next" | "past" | "coming" => {
                modifier = Some(match lw.as_str() {
                    "last" | "past" => "last",
                    "next" | "coming" => "next",
                    _ => "this",
                });
                if let Some((ws2, w2)) = prev_word(t, start, self.floor) {
                    let lw2 = w2.to_ascii_lowercase();
                    if lw2 == "the" || lw2 == "this" {
                        start = ws2;
                        if let Some((ws3, _)) =
                            prev_word(t, start, self.floor).filter(|(_, w3)| is_weekend_prep(w3))
                        {
                            start = ws3;
                        }
                    } else if is_weekend_prep(w2) {
                        start = ws2;
                    }
                }
            }
            "the" => {
                let Some((ws2, w2)) = prev_word(t, start, self.floor) else {
                    return;
                };
                if !is_weekend_prep(w2) {
                    return;
                }
                start = ws2;
            }
            _ => return,
        }
        let expr = start..span.end;
        let p = self.reference;
        let sat = Weekday::Sat.num_days_from_monday();
        let back = (7 + p.weekday().num_days_from_monday() - sat) % 7;
        let fwd = (7 - back) % 7;
        let tense = match modifier {
            Some("last") => Some(Tense::Past),
            Some("next") => Some(Tense::Future),
            _ => self.tense(&expr),
        };
        let date = match (modifier, tense) {
            (Some("last"), _) => p - Days::new(if back <= 1 { back + 7 } else { back } as u64),
            (Some("next"), _) => p + Days::new(if fwd == 0 { 7 } else { fwd } as u64),
            (_, Some(Tense::Future)) => p + Days::new(fwd as u64),
            _ => p - Days::new(if back == 0 { 7 } else { back } as u64),
        };
        self.push(expr, date, Precision::Day, Kind::Other);
    }

    fn relative_day(&mut self, span: Span) {
        let t = self.text;
        let word = &t[span.clone()];
        if word.as_bytes()[0].is_ascii_uppercase() {
            // Capitalised inside a sentence it is a title: "India Today", "NBC's Today Show".
            let sent = self.sentence_of(&span);
            let opens = t[sent.start..span.start]
                .chars()
                .all(|c| !c.is_alphanumeric());
            let titled = prev_word(t, span.start, self.floor)
                .is_some_and(|(_, w)| TODAY_NAME_PREV.contains(&w));
            if !opens || titled {
                return;
            }
        }
        let offset: i64 = match word.to_ascii_lowercase().as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        let start = self.extend_preps(span.start, &["till", "until", "since", "by", "from"]);
        let Some(date) = self
            .reference
            .checked_add_signed(chrono::Duration::days(offset))
        else {
            return;
        };
        self.push(start..span.end, date, Precision::Day, Kind::Date);
    }

    fn bare_year(&mut self, span: Span) {
        let t = self.text;
        let b = t.as_bytes();
        let glued_to_number = span.start > self.floor
            && matches!(b[span.start - 1], b'0'..=b'9' | b',' | b'.' | b'/');
        // "1999: The war" heads a timeline ("in 2016: Cisco" is a year with a cue).
        let cue_before = prev_word(t, span.start, self.floor)
            .is_some_and(|(_, w)| YEAR_PREPS.contains(&w.to_ascii_lowercase().as_str()));
        if !glued_to_number && !cue_before && t[span.end..].starts_with(": ") {
            if let Ok(year) = t[span.clone()].parse::<i32>()
                && (1900..=self.published.year()).contains(&year)
            {
                self.context_year = Some(year);
            }
            return;
        }
        // Part of a larger number or code: "2,000", "1,2019", "12.2019", "Rs.2000", "COVID-2019".
        if span.start > self.floor {
            let c = b[span.start - 1];
            if matches!(c, b',' | b'.' | b'/' | b'-' | b'+' | b'#' | b'$' | b':')
                || c.is_ascii_alphanumeric()
            {
                // "mid-2019" is fine.
                let mid = ends_with_mid(t, span.start);
                if !mid {
                    return;
                }
            }
        }
        if b.get(span.end)
            .is_some_and(|c| matches!(c, b',' | b'.' | b':' | b'/'))
            && b.get(span.end + 1).is_some_and(|d| d.is_ascii_digit())
        {
            return;
        }
        if t[span.end..].starts_with('%') {
            return;
        }
        let Ok(year) = t[span.clone()].parse::<i32>() else {
            return;
        };
        let next = next_word(t, span.end).map(|w| w.to_ascii_lowercase());
        if next.as_deref().is_some_and(|w| COUNT_NOUNS.contains(&w)) {
            return;
        }
        let prev = prev_word(t, span.start, self.floor);
        let mut start = span.start;
        let mut cued = false;
        if ends_with_mid(t, span.start) {
            cued = true;
            start = span.start - 4;
        } else if let Some((ws, w)) = prev {
            let lw = w.to_ascii_lowercase();
            if YEAR_PREPS.contains(&lw.as_str()) {
                cued = true;
                if lw == "of" {
                    let counting = prev_word(t, ws, self.floor).is_some_and(|(_, w2)| {
                        COUNT_BEFORE_OF.contains(&w2.to_ascii_lowercase().as_str())
                    });
                    if counting {
                        return;
                    }
                } else if lw != "year" {
                    start = ws;
                }
            } else if lw == "the" {
                cued = next.is_some();
            } else if matches!(lw.as_str(), "and" | "to" | "till" | "until")
                && self
                    .last_year_end
                    .is_some_and(|e| e <= ws && t[e..ws].trim().is_empty())
            {
                cued = true;
            }
        }
        if !cued && next.as_deref().is_some_and(|w| YEAR_EVENTS.contains(&w)) {
            cued = true;
        }
        // "2014-19", "2019-20": the first year is a range's start.
        if !cued {
            return;
        }
        self.last_year_end = Some(span.end);
        if !(1800..=self.published.year() + 100).contains(&year)
            || !year_is_informative(year, self.published)
        {
            return;
        }
        if let Some(date) = NaiveDate::from_ymd_opt(year, 1, 1) {
            self.push(start..span.end, date, Precision::Year, Kind::Other);
        }
    }

    // --- helpers -----------------------------------------------------------------------------

    /// Widen `start` to take in a preposition from `preps` right before it.
    fn extend_preps(&self, start: usize, preps: &[&str]) -> usize {
        match prev_word(self.text, start, self.floor) {
            Some((ws, w)) if preps.iter().any(|p| p.eq_ignore_ascii_case(w)) => ws,
            _ => start,
        }
    }

    fn last_day(&self) -> Option<NaiveDate> {
        self.out
            .iter()
            .rev()
            .find(|m| m.precision == Precision::Day)
            .map(|m| m.date)
    }

    /// Push a day-precision date whose expression is `expr`, the date proper starting at `core`.
    fn push_date(&mut self, expr: Span, core: usize, dates: &[NaiveDate]) {
        // "on Monday, August 19": the weekday right before is folded into the date (not when
        // the date has its own preposition: "till Wednesday since July 3").
        let mut expr = expr;
        let after_weekday = self.last_kind == Some(Kind::Weekday)
            && expr.start == core
            && self.out.last().is_some_and(|last| {
                last.expression.end <= expr.start
                    && self.text[last.expression.end..expr.start]
                        .bytes()
                        .all(|c| matches!(c, b' ' | b',' | b'('))
            });
        if after_weekday {
            let last = self.out.pop().expect("checked");
            expr.start = last.expression.start;
        }
        let kind = Kind::Date;
        for &d in dates {
            self.push(expr.clone(), d, Precision::Day, kind);
        }
    }

    fn push(&mut self, expr: Span, date: NaiveDate, precision: Precision, kind: Kind) {
        let sentence = self.sentence_of(&expr);
        self.out.push(DatedMention {
            date,
            precision,
            expression: expr,
            sentence,
        });
        self.last_kind = Some(kind);
    }

    fn sentence_of(&mut self, expr: &Span) -> Span {
        let s = match self.sentence.clone() {
            Some(s) if s.start <= expr.start && expr.start < s.end => s,
            _ => {
                let s = sentence_at(self.text, expr.start, self.floor);
                self.sentence = Some(s.clone());
                s
            }
        };
        s.start..s.end.max(expr.end)
    }

    /// The tense of the clause around `expr`: the nearest cue word before it in its sentence
    /// (at most 12 words back) or after it in its clause (at most 8 words on; a sentence-opening
    /// expression reads into the main clause: "On Monday, the party said"). Before wins a tie.
    fn tense(&mut self, expr: &Span) -> Option<Tense> {
        self.tense_with(expr, true)
    }

    fn tense_with(&mut self, expr: &Span, look_after: bool) -> Option<Tense> {
        let sent = self.sentence_of(expr);
        let t = self.text;
        // Twelve words back fit in 160 bytes.
        let mut from = expr.start.saturating_sub(160).max(sent.start);
        while !t.is_char_boundary(from) {
            from += 1;
        }
        let opens = !t[sent.start..expr.start]
            .bytes()
            .any(|c| c.is_ascii_alphanumeric());
        let after = if look_after {
            clause_after(t, expr.end, sent.end, opens)
        } else {
            Vec::new()
        };
        // Not back across an opening quote or "that": reported words have their own tense
        // ("Pakistan has said that Jadhav has until August").
        let window = &t[from..expr.start];
        if let Some(k) = last_cut(window, &["\u{201c}", "\"", " ?", ":", " that "]) {
            from += k;
        }
        // First not back across a coordinated clause ("it could be seen, and on Thursday he
        // ..."), then, if that clause has no cue, across it ("hospitalised in April, and in
        // December").
        let window = &t[from..expr.start];
        let cut =
            last_cut(window, &[";", ", and ", ", but ", ", so ", ", while "]).map(|k| from + k);
        if let Some(cut) = cut
            && let Some(tn) = nearest_cue(t, cut, sent.start, expr.start, &after)
        {
            return Some(tn);
        }
        nearest_cue(t, from, sent.start, expr.start, &after)
    }
}

/// The end of the last of `seps` in `window` (one backward pass instead of a search per
/// separator).
fn last_cut(window: &str, seps: &[&str]) -> Option<usize> {
    let b = window.as_bytes();
    (0..b.len()).rev().find_map(|i| {
        seps.iter()
            .find(|sep| b[i] == sep.as_bytes()[0] && b[i..].starts_with(sep.as_bytes()))
            .map(|sep| i + sep.len())
    })
}

/// The tense of the nearest cue among the words of `t[from..to]` (at most 12, read backwards)
/// and the words `after`; the one before wins a tie.
fn nearest_cue(t: &str, from: usize, floor: usize, to: usize, after: &[Span]) -> Option<Tense> {
    let mut before = words_in(t, from, to);
    // A word cut at the window's edge is dropped.
    if from > floor && t.as_bytes()[from - 1].is_ascii_alphabetic() && !before.is_empty() {
        before.remove(0);
    }
    let before = &before[before.len().saturating_sub(12)..];
    let mut best: Option<(usize, Tense)> = None;
    for (i, w) in before.iter().enumerate().rev() {
        let dist = before.len() - 1 - i;
        let word = &t[w.clone()];
        if dist <= 1 {
            // A present-tense scheduling verb right before: "the rounds start on Friday"; a
            // progressive: "is visiting Wayanad on Monday"; "as soon as Wednesday".
            let prev = i.checked_sub(1).map(|j| &t[before[j].clone()]);
            let progressive = word.len() > 4
                && word.ends_with("ing")
                && matches!(prev, Some("is" | "are" | "am"));
            let as_soon_as = word == "as" && prev == Some("soon");
            if progressive || as_soon_as || word_flags(word) & flag::SCHEDULE != 0 {
                best = Some((dist, Tense::Future));
                break;
            }
        }
        if let Some(tn) = classify(t, before, i) {
            best = Some((dist, tn));
            break;
        }
    }
    for (i, _) in after.iter().enumerate() {
        if best.is_some_and(|(d, _)| d <= i) {
            break;
        }
        if let Some(tn) = classify(t, after, i) {
            best = Some((i, tn));
            break;
        }
    }
    best.map(|(_, tn)| tn)
}

/// Words that open a new clause: the tense after them is another verb's.
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "while", "because", "but", "so", "and", "or",
    "as", "after", "before", "if", "though", "although", "where", "since", "until",
];

/// The words of the clause that starts at `from` (at most 8), up to punctuation or a word that
/// opens another clause. With `skip_comma`, one comma is read through.
fn clause_after(t: &str, from: usize, to: usize, skip_comma: bool) -> Vec<Span> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut skip_comma = skip_comma;
    let mut i = from;
    while i < to && out.len() < 8 {
        let c = b[i];
        if c.is_ascii_alphabetic() {
            let s = i;
            while i < to && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            if word_flags(&t[s..i]) & flag::CLAUSE != 0 {
                break;
            }
            out.push(s..i);
            continue;
        }
        let spaced = |k: usize| k >= to || b[k].is_ascii_whitespace();
        let stop = match c {
            b',' if skip_comma => {
                skip_comma = false;
                false
            }
            b',' | b';' | b':' | b'(' | b')' | b'"' => true,
            b'?' | b'!' | b'.' => spaced(i + 1),
            _ => {
                // Curly quotes; a curly apostrophe inside a word ("Friday’s") goes on.
                let rest = &b[i..];
                let double = ["\u{201c}", "\u{201d}"]
                    .iter()
                    .any(|q| rest.starts_with(q.as_bytes()));
                let single = ["\u{2018}", "\u{2019}"]
                    .iter()
                    .any(|q| rest.starts_with(q.as_bytes()));
                double || (single && (spaced(i + 3) || (i > 0 && b[i - 1].is_ascii_whitespace())))
            }
        };
        if stop {
            break;
        }
        i += 1;
    }
    out
}

/// Whether `gap` only separates items of a list: ", ", " and ", ", or ", " to ", "-".
fn is_list_gap(gap: &str) -> bool {
    let g = gap.trim_matches([' ', '\t']);
    let g = g.strip_prefix(',').unwrap_or(g).trim_start();
    matches!(
        g,
        "" | "and" | "or" | "to" | "till" | "until" | "-" | "\u{2013}"
    ) && gap.len() <= 8
        && !gap.is_empty()
}

/// Whether `t[..pos]` ends with "mid-" (any case).
fn ends_with_mid(t: &str, pos: usize) -> bool {
    pos >= 4 && t.as_bytes()[pos - 4..pos].eq_ignore_ascii_case(b"mid-")
}

fn is_weekend_prep(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "at" | "over" | "during" | "on" | "through" | "throughout" | "across" | "by"
    )
}

/// The tense a word points to, given its neighbours in `words` (byte spans into `t`).
fn classify(t: &str, words: &[Span], i: usize) -> Option<Tense> {
    use flag::*;
    let w = &t[words[i].clone()];
    let flags = word_flags(w);
    if !w.bytes().all(|c| c.is_ascii_lowercase()) {
        // Capitalised: a sentence opener ("Will", "Last") or a name ("May", "Ted").
        let opener =
            w.as_bytes()[0].is_ascii_uppercase() && w.len() > 1 && !w.eq_ignore_ascii_case("may");
        return if opener && flags & FUTURE != 0 {
            Some(Tense::Future)
        } else if opener && flags & PAST != 0 {
            Some(Tense::Past)
        } else {
            None
        };
    }
    let word_at = |j: usize| words.get(j).map(|s| &t[s.clone()]);
    let is = |o: Option<&str>, list: &[&str]| {
        o.is_some_and(|x| list.iter().any(|l| x.eq_ignore_ascii_case(l)))
    };
    let next = word_at(i + 1);
    let prev = i.checked_sub(1).and_then(word_at);
    // "won't", "he'll"
    let after = &t[words[i].end..];
    if w == "won" && (after.starts_with("'t") || after.starts_with("\u{2019}t")) {
        return Some(Tense::Future);
    }
    if flags & FUTURE != 0 {
        return Some(Tense::Future);
    }
    if flags & FUTURE_BEFORE_TO != 0 {
        return if is(next, &["to", "for"]) {
            Some(Tense::Future)
        } else if w == "planned" {
            Some(Tense::Past)
        } else {
            None
        };
    }
    // "is due to", "are due on": a deadline; a bare "due to" means "because of".
    if w == "due" {
        return is(prev, &["is", "are", "was", "were", "be", "s"]).then_some(Tense::Future);
    }
    let past_form =
        flags & PAST != 0 || (w.len() >= 4 && w.ends_with("ed") && flags & NOT_PAST_ED == 0);
    if past_form {
        // "to be held", "will be (officially) announced": a participle after "be" is not the
        // past; "was to be delivered" is a plan in the past.
        let mut k = i;
        while k > 0 && k + 2 >= i && word_at(k - 1).is_some_and(|x| x.ends_with("ly")) {
            k -= 1; // adverbs
        }
        let prev = k.checked_sub(1).and_then(word_at);
        let before_be = k.checked_sub(2).and_then(word_at);
        let planned_in_past = k
            .checked_sub(3)
            .and_then(word_at)
            .is_some_and(|x| matches!(x, "was" | "were"));
        let modal = [
            "to", "will", "shall", "would", "ll", "may", "might", "must", "should", "could",
        ];
        return match prev {
            Some("be") if before_be == Some("to") && planned_in_past => Some(Tense::Past),
            Some("be") if is(before_be, &modal) => Some(Tense::Future),
            // "can be seen", "being auctioned", "is held": present.
            Some("be" | "being" | "is" | "are" | "am") => Some(Tense::Present),
            _ => Some(Tense::Past),
        };
    }
    // "is", "has": present, unless "has been ..." (the participle decides) or after a modal
    // ("will have").
    let after_modal = is(
        prev,
        &[
            "will", "would", "shall", "may", "might", "must", "should", "could",
        ],
    );
    if matches!(w, "is" | "are" | "has" | "have") && next != Some("been") && !after_modal {
        return Some(Tense::Present);
    }
    None
}

/// ASCII-letter words of `t[from..to]` as byte spans (hyphenated parts count separately).
fn words_in(t: &str, from: usize, to: usize) -> Vec<Span> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if b[i].is_ascii_alphabetic() {
            let s = i;
            while i < to && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            // A word glued to a hyphen is a compound ("BJP-led", "poll-bound"): skip it.
            let hyphen = (s > 0 && b[s - 1] == b'-') || (i < b.len() && b[i] == b'-');
            if !hyphen {
                out.push(s..i);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The ASCII-letter word ending right before `pos`, separated from it by spaces only
/// (at least one), not before `floor`.
fn prev_word(t: &str, pos: usize, floor: usize) -> Option<(usize, &str)> {
    let b = t.as_bytes();
    let mut e = pos;
    while e > floor && matches!(b[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    // NBSP
    while e >= floor + 2 && b[e - 2] == 0xc2 && b[e - 1] == 0xa0 {
        e -= 2;
    }
    if e == pos {
        return None;
    }
    let mut s = e;
    while s > floor && (b[s - 1].is_ascii_alphabetic() || (b[s - 1] == b'\'' && s - 1 > floor)) {
        s -= 1;
    }
    if s == e {
        return None;
    }
    Some((s, &t[s..e]))
}

/// The ASCII-letter word right after `pos`, separated from it by spaces only (at least one).
fn next_word(t: &str, pos: usize) -> Option<&str> {
    let b = t.as_bytes();
    let mut s = pos;
    while s < b.len() && matches!(b[s], b' ' | b'\t') {
        s += 1;
    }
    if s == pos {
        return None;
    }
    let mut e = s;
    while e < b.len() && b[e].is_ascii_alphabetic() {
        e += 1;
    }
    (e > s).then(|| &t[s..e])
}

fn month_in(s: &str) -> Option<u32> {
    let b = s.as_bytes();
    let i = b.iter().position(|c| c.is_ascii_uppercase())?;
    let name = &s[i..(i + 3).min(s.len())];
    let m = match name {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn digit_runs(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
}

fn ymd(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y?, m?, d?)
}

/// Month and day with no year: the year putting it nearest `published`, unless that is more
/// than [`TENSE_OVERRIDE_DAYS`] away on the side opposite to `tense`.
fn resolve_month_day(
    month: u32,
    day: u32,
    published: NaiveDate,
    tense: Option<Tense>,
) -> Option<NaiveDate> {
    let y = published.year();
    let cands: Vec<NaiveDate> = (y - 1..=y + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .collect();
    // Feb 29: look further for a leap year.
    let cands = if cands.is_empty() {
        (y - 4..=y + 4)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
            .collect()
    } else {
        cands
    };
    let dist = |d: &NaiveDate| (*d - published).num_days().abs();
    let nearest = *cands.iter().min_by_key(|d| dist(d))?;
    if dist(&nearest) <= TENSE_OVERRIDE_DAYS {
        return Some(nearest);
    }
    let chosen = match tense {
        Some(Tense::Past) if nearest > published => {
            cands.iter().copied().filter(|d| *d <= published).max()
        }
        Some(Tense::Future) if nearest < published => {
            cands.iter().copied().filter(|d| *d >= published).min()
        }
        _ => None,
    };
    Some(chosen.unwrap_or(nearest))
}

/// A month with no year: the year whose month lies nearest `published` (by mid-month), moved to
/// the tense's side of the publication month when it lies on the other.
fn resolve_month(month: u32, published: NaiveDate, tense: Option<Tense>) -> i32 {
    let y = published.year();
    let mid = |y: i32| NaiveDate::from_ymd_opt(y, month, 15).expect("15th exists");
    let best = (y - 1..=y + 1)
        .min_by_key(|&y| (mid(y) - published).num_days().abs())
        .expect("non-empty");
    let key = |y: i32| (y, month);
    let pub_key = (y, published.month());
    match tense {
        Some(Tense::Past) if key(best) > pub_key => {
            if key(best - 1) <= pub_key {
                best - 1
            } else {
                best
            }
        }
        Some(Tense::Future) if key(best) < pub_key => {
            if key(best + 1) >= pub_key {
                best + 1
            } else {
                best
            }
        }
        _ => best,
    }
}

/// ", last year", " this year", " next year" right after `pos`: the year offset and the end.
fn year_phrase_after(t: &str, pos: usize) -> Option<(i32, usize)> {
    let rest = &t[pos..];
    let trimmed = rest.strip_prefix(',').unwrap_or(rest);
    let skip = rest.len() - trimmed.len();
    let body = trimmed.trim_start_matches([' ', '\t']);
    if body.len() == trimmed.len() {
        return None;
    }
    let skip = skip + trimmed.len() - body.len();
    let lower = body.get(..9)?.to_ascii_lowercase();
    let offset = match lower.as_str() {
        "last year" => -1,
        "this year" => 0,
        "next year" => 1,
        _ => return None,
    };
    if body
        .as_bytes()
        .get(9)
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    Some((offset, pos + skip + 9))
}

/// The rest of a month range that ends with a year: "-July 1999" after "May".
static MONTH_RANGE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[ \t]*(?:-|\u{{2013}}|to|and|till|until)[ \t]*(?:{MONTH_FULL}|{MONTH_ABBR})\.?,?[ \t]+((?:19|20)[0-9]{{2}})(?-u:\b)"
    ))
    .expect("month range regex compiles")
});

static DATELINE_RE: LazyLock<Regex> = LazyLock::new(|| {
    let month = format!(r"(?:{MONTH_FULL}|{MONTH_ABBR})");
    Regex::new(&format!(
        r"^[\s\u{{a0}}]*(?:[A-Z][A-Za-z.'\-]*[ \t]?){{1,4}},[ \t]*(?P<m>{month})\.?[ \t]+(?P<d>[0-9]{{1,2}})(?-u:\b)[ \t]*(?:\(|:|-|\u{{2013}}|\u{{2014}})"
    ))
    .expect("dateline regex compiles")
});

/// The date of a dateline opening the text ("New Delhi, Aug 2 (PTI)"), when it falls in the
/// ten days up to publication.
pub fn dateline_date(text: &str, published: NaiveDate) -> Option<NaiveDate> {
    let cut = (0..=text.len().min(120))
        .rev()
        .find(|&i| text.is_char_boundary(i))?;
    let head = &text[..cut];
    let caps = DATELINE_RE.captures(head)?;
    let month = month_in(caps.name("m")?.as_str())?;
    let day: u32 = caps.name("d")?.as_str().parse().ok()?;
    let date = resolve_month_day(month, day, published, Some(Tense::Past))?;
    (0..=10)
        .contains(&(published - date).num_days())
        .then_some(date)
}

/// Where the text proper starts: after a seed header ` date YYYY-MM-DD Place: ` if there is one.
fn header_end(text: &str) -> usize {
    let trimmed = text.trim_start();
    let lead = text.len() - trimmed.len();
    let Some(rest) = trimmed.strip_prefix("date ") else {
        return 0;
    };
    let b = rest.as_bytes();
    let iso = b.len() > 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
        && b[10] == b' ';
    if !iso {
        return 0;
    }
    let line_end = rest.find('\n').unwrap_or(rest.len());
    match rest[..line_end].find(": ") {
        Some(i) => {
            let mut p = lead + 5 + i + 2;
            while text.as_bytes().get(p) == Some(&b' ') {
                p += 1;
            }
            p
        }
        None => 0,
    }
}

// ---------------------------------------------------------------------------------------------
// Sentences

fn sentences_from(text: &str, floor: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = floor;
    while let Some((end, resume)) = next_boundary(text, start, floor) {
        if let Some(s) = trimmed(text, start, end) {
            out.push(s);
        }
        start = resume;
    }
    if let Some(s) = trimmed(text, start, text.len()) {
        out.push(s);
    }
    out
}

/// `s..e` without surrounding white space, if anything is left.
fn trimmed(text: &str, s: usize, e: usize) -> Option<Span> {
    let seg = &text[s..e];
    let lead = seg.len() - seg.trim_start().len();
    let trail = seg.len() - seg.trim_end().len();
    (s + lead < e - trail).then_some(s + lead..e - trail)
}

/// The sentence around byte `pos` (not white space), found by looking back and ahead from it;
/// the same as the one [`sentences`] gives.
fn sentence_at(text: &str, pos: usize, floor: usize) -> Span {
    let b = text.as_bytes();
    let mut start = floor;
    let mut q = pos;
    let mut nl = None::<usize>;
    loop {
        if nl.is_none_or(|x| x >= q) {
            nl = memchr::memrchr(b'\n', &b[floor..q]).map(|k| floor + k);
        }
        let term = memchr::memrchr3(b'.', b'?', b'!', &b[floor..q]).map(|k| floor + k);
        let Some(x) = nl.max(term) else { break };
        if b[x] == b'\n' {
            if is_paragraph_break(b, x, floor) {
                start = x + 1;
                break;
            }
            q = x;
            continue;
        }
        let mut r = x;
        while r > floor && matches!(b[r - 1], b'.' | b'?' | b'!') {
            r -= 1;
        }
        let (k, ends) = run_end(text, r, floor);
        if ends && k <= pos {
            start = k;
            break;
        }
        q = r;
    }
    let end = next_boundary(text, pos, floor).map_or(text.len(), |(e, _)| e);
    trimmed(text, start, end).unwrap_or(pos..pos)
}

/// Whether the newline at `x` is one of the two of a blank line.
fn is_paragraph_break(b: &[u8], x: usize, floor: usize) -> bool {
    let mut j = x + 1;
    while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\r') {
        j += 1;
    }
    if j < b.len() && b[j] == b'\n' {
        return true;
    }
    let mut j = x;
    while j > floor && matches!(b[j - 1], b' ' | b'\t' | b'\r') {
        j -= 1;
    }
    j > floor && b[j - 1] == b'\n'
}

/// The first sentence end at or after `from`: where the sentence ends and where the next
/// search resumes.
fn next_boundary(text: &str, from: usize, floor: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = from;
    // memchr is much faster than a byte loop.
    let mut next_nl = memchr::memchr(b'\n', &b[i..]).map_or(n, |k| i + k);
    while i < n {
        if next_nl < i {
            next_nl = memchr::memchr(b'\n', &b[i..]).map_or(n, |k| i + k);
        }
        let next_term = memchr::memchr3(b'.', b'?', b'!', &b[i..]).map_or(n, |k| i + k);
        i = next_term.min(next_nl);
        if i >= n {
            return None;
        }
        if b[i] == b'\n' {
            // A blank line ends a paragraph.
            let mut j = i + 1;
            while j < n && matches!(b[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < n && b[j] == b'\n' {
                return Some((i, j));
            }
            i += 1;
            continue;
        }
        let (k, ends) = run_end(text, i, floor);
        if ends {
            return Some((k, k));
        }
        i = k.max(i + 1);
    }
    None
}

/// For the run of `.`, `?`, `!` starting at `i`: the end of the run and of any closing quotes
/// after it, and whether a sentence ends there.
fn run_end(text: &str, i: usize, floor: usize) -> (usize, bool) {
    let b = text.as_bytes();
    let n = b.len();
    let mut j = i;
    let mut has_dot = false;
    while j < n && matches!(b[j], b'.' | b'?' | b'!') {
        has_dot |= b[j] == b'.';
        j += 1;
    }
    let mut k = j;
    loop {
        if k < n && matches!(b[k], b'"' | b'\'' | b')' | b']') {
            k += 1;
        } else if text[k..].starts_with('\u{201d}') || text[k..].starts_with('\u{2019}') {
            k += 3;
        } else {
            break;
        }
    }
    if k >= n {
        return (n, true);
    }
    let single_dot = j == i + 1 && b[i] == b'.';
    let nc = b[k];
    let ends = if nc.is_ascii_whitespace() {
        let mut m = k;
        while m < n && b[m].is_ascii_whitespace() {
            m += 1;
        }
        let next_lower = m < n && b[m].is_ascii_lowercase();
        let newline = b[k..m].contains(&b'\n');
        if next_lower && !newline {
            false
        } else if single_dot {
            !is_abbreviation(text, i, m, floor)
        } else {
            true
        }
    } else if has_dot
        && k == j
        && (nc.is_ascii_uppercase()
            || text[k..].starts_with('\u{201c}')
            || text[k..].starts_with('\u{2018}'))
    {
        // Glued paragraphs: "the party.Lakhanpal said".
        glued_boundary(text, i, floor)
    } else {
        false
    };
    (k, ends)
}

/// The letters (and apostrophes) right before byte `dot`.
fn word_before(text: &str, dot: usize, floor: usize) -> (usize, &str) {
    let b = text.as_bytes();
    let mut s = dot;
    while s > floor && (b[s - 1].is_ascii_alphabetic() || b[s - 1] == b'\'') {
        s -= 1;
    }
    (s, &text[s..dot])
}

/// Whether the `.` at `dot` belongs to an abbreviation or initial, given that the next word
/// starts at `next`.
fn is_abbreviation(text: &str, dot: usize, next: usize, floor: usize) -> bool {
    let b = text.as_bytes();
    let (s, w) = word_before(text, dot, floor);
    if w.is_empty() {
        return false;
    }
    let next_digit = b.get(next).is_some_and(|c| c.is_ascii_digit());
    if ABBREVIATION_SET.contains_key(w) {
        return true;
    }
    if NUMBER_ABBREVIATIONS.contains(&w) && next_digit {
        return true;
    }
    if w.len() == 1 {
        let before = if s > floor { Some(b[s - 1]) } else { None };
        if before == Some(b'&') {
            return false; // "J&K."
        }
        if w.as_bytes()[0].is_ascii_lowercase() {
            return true; // "e.g.", "i.e."
        }
        // An initial, unless a common sentence opener follows ("... the U.S. The ...").
        let mut e = next;
        while e < b.len() && b[e].is_ascii_alphabetic() {
            e += 1;
        }
        return !SENTENCE_STARTERS.contains(&&text[next..e]);
    }
    false
}

fn glued_boundary(text: &str, dot: usize, floor: usize) -> bool {
    let b = text.as_bytes();
    if dot == floor {
        return false;
    }
    let prev = b[dot - 1];
    if prev.is_ascii_digit() || matches!(prev, b')' | b'"' | b'\'') {
        return true;
    }
    let (_, w) = word_before(text, dot, floor);
    if w.len() < 2 || ABBREVIATION_SET.contains_key(w) || NUMBER_ABBREVIATIONS.contains(&w) {
        return false;
    }
    // "the party.Lakhanpal": a lower-case word; "U.S.Army", "www.Example" stay whole.
    w.as_bytes()[w.len() - 1].is_ascii_lowercase() && !w.starts_with("www")
}

#[cfg(test)]
mod tests;
