//! Shared machinery for finding names in article text: a tokenizer that knows about initials,
//! possessives, handles and hashtags, word-boundary checks, and the word lists (honorifics,
//! titles, places, institutions, sentence starters, role nouns, speech verbs) that tell a
//! person's name from the other capitalised words of Indian political news.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A small fast hasher (the Fx hash of rustc) for the word lists and name indexes: short keys,
/// no adversary.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(FX_SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in chunks.by_ref() {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with [`FxHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters and digits, with inner hyphens and apostrophes (`ud-Din`, `O'Brien`).
    Word,
    /// One or more initials: `K.`, `K.C.`, `H.D.`.
    Initials,
    /// `@RahulGandhi`: not a word.
    Handle,
    /// `#CongressPresidentPolls`: not a word.
    Hashtag,
}

/// How a word is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `Kharge`, `McDonald`, `Abdul-Rahman`.
    Cap,
    /// `leader`, `ud-Din`.
    Lower,
    /// `BJP`, `ALSO`.
    Upper,
    /// Digits, glued words (`SeniorAbdullah`, `PMOIndia`), mixed forms (`MLAs`, `Ex-MLA`).
    Other,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    /// End of the word itself (a possessive `'s` is not part of it).
    pub end: usize,
    /// End of the word and its possessive ending, if any.
    pub after: usize,
    pub kind: Kind,
    pub shape: Shape,
    /// Followed by `'s`, `’s`, `?s` (the corpus lost its curly quotes) or a bare `'` after an s.
    pub poss: bool,
}

impl Tok {
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.start..self.end]
    }
}

#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<char> {
    let b = s.as_bytes();
    if i >= b.len() {
        return None;
    }
    if b[i] < 0x80 {
        return Some(b[i] as char);
    }
    s[i..].chars().next()
}

#[inline]
pub(crate) fn char_before(s: &str, i: usize) -> Option<char> {
    if i == 0 {
        return None;
    }
    let b = s.as_bytes();
    if b[i - 1] < 0x80 {
        return Some(b[i - 1] as char);
    }
    s[..i].chars().next_back()
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Is `[start, end)` a whole word: not glued to letters or digits on either side and not part
/// of a handle or hashtag?
pub(crate) fn is_word_boundary_match(body: &str, start: usize, end: usize) -> bool {
    if let Some(c) = char_before(body, start)
        && (is_word_char(c) || c == '_' || c == '@' || c == '#')
    {
        return false;
    }
    if let Some(c) = char_at(body, end)
        && (is_word_char(c) || c == '_')
    {
        return false;
    }
    // Inside a hashtag or handle: walk back over word characters to a `#`/`@`.
    true
}

/// Is a handle match `[start, end)` (starting with `@`) a whole handle?
pub(crate) fn is_handle_boundary_match(body: &str, start: usize, end: usize) -> bool {
    if let Some(c) = char_before(body, start)
        && (is_word_char(c) || c == '_' || c == '@' || c == '#')
    {
        return false;
    }
    !matches!(char_at(body, end), Some(c) if is_word_char(c) || c == '_')
}

fn shape_of(w: &str) -> Shape {
    let b = w.as_bytes();
    let (mut alpha, mut upper) = (true, 0);
    for c in b {
        alpha &= c.is_ascii_alphabetic();
        upper += usize::from(c.is_ascii_uppercase());
    }
    if alpha {
        // Plain ASCII words, the common case.
        return match (b[0].is_ascii_uppercase(), upper) {
            (false, 0) => Shape::Lower,
            (false, _) => Shape::Other,
            (true, u) if u == b.len() => {
                if b.len() >= 2 {
                    Shape::Upper
                } else {
                    Shape::Other
                }
            }
            (true, 1) => Shape::Cap,
            // `McDonald`, `MacArthur`, `DeSouza`: one more capital after a short prefix.
            (true, 2) => {
                let k = b
                    .iter()
                    .skip(1)
                    .position(u8::is_ascii_uppercase)
                    .map_or(0, |k| k + 1);
                if (2..=3).contains(&k) && b[k - 1].is_ascii_lowercase() {
                    Shape::Cap
                } else {
                    Shape::Other
                }
            }
            _ => Shape::Other,
        };
    }
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return Shape::Other;
    };
    if first.is_lowercase() {
        return Shape::Lower;
    }
    if !first.is_uppercase() {
        return Shape::Other;
    }
    let has_lower = w.chars().any(char::is_lowercase);
    if !has_lower {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let digits = w.chars().any(|c| c.is_numeric());
        return if letters >= 2 && !digits {
            Shape::Upper
        } else {
            Shape::Other
        };
    }
    // Each hyphen/apostrophe part must itself look like a name part: `Xxxx`, `Mc/Mac/De/La` +
    // `Xxxx`, or a lower-case particle (`bin`, `ud`).
    for part in w.split(['-', '\'', '’']) {
        if part.is_empty() {
            return Shape::Other;
        }
        let mut prev_lower = false;
        for (k, c) in part.chars().enumerate() {
            if c.is_numeric() {
                return Shape::Other;
            }
            if c.is_uppercase() {
                if k == 1 {
                    // `MLAs`, `PMOIndia`, `BJPs`
                    return Shape::Other;
                }
                if k > 0 && (!prev_lower || k > 3) {
                    // glued words: `SeniorAbdullah`, `WhatsApp`
                    return Shape::Other;
                }
            }
            prev_lower = c.is_lowercase();
        }
        // an all-caps part inside (`Ex-MLA`)
        if part.chars().count() >= 2 && !part.chars().any(char::is_lowercase) {
            return Shape::Other;
        }
    }
    Shape::Cap
}

/// Split `body` into tokens, reusing `out`.
pub(crate) fn tokenize(body: &str, out: &mut Vec<Tok>) {
    out.clear();
    let b = body.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        if b[i] < 0x80 && !b[i].is_ascii_alphanumeric() && b[i] != b'@' && b[i] != b'#' {
            i += 1;
            continue;
        }
        // Fast path for the commonest token: a plain lower-case ASCII word followed by a space
        // or punctuation that cannot continue it.
        if b[i].is_ascii_lowercase() {
            let mut j = i + 1;
            while j < n && (b[j].is_ascii_lowercase() || b[j].is_ascii_digit()) {
                j += 1;
            }
            let next = if j < n { b[j] } else { b' ' };
            if !next.is_ascii_alphanumeric() && next < 0x80 && !matches!(next, b'-' | b'\'' | b'?')
            {
                out.push(Tok {
                    start: i,
                    end: j,
                    after: j,
                    kind: Kind::Word,
                    shape: Shape::Lower,
                    poss: false,
                });
                i = j;
                continue;
            }
        }
        let c = if b[i] < 0x80 {
            b[i] as char
        } else {
            body[i..].chars().next().unwrap_or(' ')
        };
        let cl = c.len_utf8();
        if c == '@' || c == '#' {
            let mut j = i + 1;
            while let Some(d) = char_at(body, j) {
                if is_word_char(d) || d == '_' {
                    j += d.len_utf8();
                } else {
                    break;
                }
            }
            if j > i + 1 {
                out.push(Tok {
                    start: i,
                    end: j,
                    after: j,
                    kind: if c == '@' {
                        Kind::Handle
                    } else {
                        Kind::Hashtag
                    },
                    shape: Shape::Other,
                    poss: false,
                });
                i = j;
            } else {
                i += 1;
            }
            continue;
        }
        if !is_word_char(c) {
            i += cl;
            continue;
        }
        let start = i;
        // Initials: a capital letter followed by a dot, possibly repeated without spaces.
        if b[i].is_ascii_uppercase() && i + 1 < n && b[i + 1] == b'.' {
            let prev_ok = !matches!(char_before(body, i), Some(p) if is_word_char(p));
            if prev_ok {
                let mut e = i + 2;
                while e + 1 < n && b[e].is_ascii_uppercase() && b[e + 1] == b'.' {
                    e += 2;
                }
                out.push(Tok {
                    start,
                    end: e,
                    after: e,
                    kind: Kind::Initials,
                    shape: Shape::Upper,
                    poss: false,
                });
                i = e;
                continue;
            }
        }
        let mut j = i;
        loop {
            while j < n {
                let d = b[j];
                if d < 0x80 {
                    if d.is_ascii_alphanumeric() {
                        j += 1;
                        continue;
                    }
                    break;
                }
                match char_at(body, j) {
                    Some(d) if is_word_char(d) => j += d.len_utf8(),
                    _ => break,
                }
            }
            match char_at(body, j) {
                Some('-') => {
                    // `Gandhi-ji` keeps `ji` apart so it can serve as a cue.
                    // `Kumar-led`, `Jammu-based` split: a capitalised word does not take a
                    // lower-case tail (but `in-charge`, `Walse-Patil` and `ud-Din` hold).
                    let k = j + 1;
                    let head_upper = char_at(body, start).is_some_and(char::is_uppercase);
                    let tail_lower = char_at(body, k).is_some_and(char::is_lowercase);
                    if matches!(char_at(body, k), Some(e) if is_word_char(e))
                        && !is_ji_at(body, k)
                        && !(head_upper && tail_lower)
                    {
                        j = k;
                        continue;
                    }
                }
                Some(d) if is_apostrophe(d) => {
                    let k = j + d.len_utf8();
                    if let Some(e) = char_at(body, k)
                        && e.is_alphabetic()
                    {
                        let poss_s = (e == 's' || e == 'S')
                            && !matches!(char_at(body, k + 1), Some(f) if is_word_char(f));
                        if !poss_s {
                            j = k;
                            continue;
                        }
                    }
                }
                _ => {}
            }
            break;
        }
        // Glued text: `leaderVijender` is `leader` + `Vijender` (a lower-case run of three or
        // more letters, then a capital).
        if b[start].is_ascii_lowercase() {
            let mut lowers = 0;
            for (k, &c) in b.iter().enumerate().take(j).skip(start) {
                if c.is_ascii_lowercase() {
                    lowers += 1;
                } else if c.is_ascii_uppercase() && lowers >= 3 {
                    j = k;
                    break;
                } else {
                    lowers = 0;
                    if c >= 0x80 || c == b'-' || c == b'\'' {
                        break;
                    }
                }
            }
        }
        let end = j;
        let mut after = end;
        let mut poss = false;
        if let Some(d) = char_at(body, j)
            && (is_apostrophe(d) || d == '?')
        {
            let k = j + d.len_utf8();
            let next = char_at(body, k);
            if matches!(next, Some('s') | Some('S'))
                && !matches!(char_at(body, k + 1), Some(f) if is_word_char(f))
            {
                poss = true;
                after = k + 1;
            } else if d != '?'
                && body[start..end].ends_with(['s', 'S'])
                && !matches!(next, Some(f) if is_word_char(f))
            {
                poss = true;
                after = k;
            }
        }
        out.push(Tok {
            start,
            end,
            after,
            kind: Kind::Word,
            shape: shape_of(&body[start..end]),
            poss,
        });
        i = after.max(i + cl);
    }
}

fn is_ji_at(body: &str, k: usize) -> bool {
    let rest = &body.as_bytes()[k..];
    (rest.starts_with(b"ji") || rest.starts_with(b"Ji"))
        && !matches!(char_at(body, k + 2), Some(f) if is_word_char(f))
}

/// The text between two tokens.
#[inline]
pub(crate) fn gap<'a>(body: &'a str, a: &Tok, b: &Tok) -> &'a str {
    &body[a.after.min(b.start)..b.start]
}

/// A gap of plain spaces (one or more spaces, tabs or no-break spaces, no newline).
pub(crate) fn is_space_gap(g: &str) -> bool {
    !g.is_empty() && g.chars().all(|c| c == ' ' || c == '\u{a0}' || c == '\t')
}

/// A gap of exactly one space (or no-break space): the only gap inside a name.
pub(crate) fn is_single_space(g: &str) -> bool {
    g == " " || g == "\u{a0}"
}

/// Does a gap end a sentence (or a paragraph, or a line)?
pub(crate) fn is_sentence_gap(g: &str) -> bool {
    g.contains(['.', '!', '?', '\n', '\r', ':', ';', '“', '"', '‘'])
}

/// Is the word a lower-case (or capitalised) name particle: `bin`, `ul`, `ud-Din`, `al`?
pub(crate) fn is_particle(w: &str) -> bool {
    if !matches!(
        w.as_bytes().first(),
        Some(b'b' | b'i' | b'u' | b'a' | b'e' | b'd' | b'v')
    ) || (w.len() > 4 && !w.contains('-'))
    {
        return false;
    }
    let head = w.split('-').next().unwrap_or(w);
    matches!(
        head,
        "bin"
            | "bint"
            | "ibn"
            | "ul"
            | "ud"
            | "ur"
            | "al"
            | "el"
            | "de"
            | "da"
            | "di"
            | "van"
            | "von"
            | "der"
            | "du"
            | "dos"
            | "e"
    ) && (head.len() == w.len() || w[head.len() + 1..].starts_with(char::is_uppercase))
}

/// Categories of capitalised words that are not parts of a person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    /// `Mr`, `Shri`, `Dr`: a person's name follows.
    Honorific,
    /// `President`, `Minister`, `Chief`: a name may follow and is then a person.
    Title,
    /// Places, nationalities, institutions, parties, events: a name-like word next to one is
    /// part of an organisation's or a place's name.
    Taint,
    /// Words that turn a person's name into a thing's (`Stadium`, `Foundation`, `Marg`).
    Eponym,
    /// Sentence starters, pronouns, months, weekdays, other common capitalised words.
    Neutral,
    /// Function words: capitalised inside a run of capitalised words they mark Title Case.
    Function,
}

#[rustfmt::skip]
const HONORIFICS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Shri", "Sri", "Shree", "Smt", "Shrimati", "Sh", "Prof",
    "Kumari", "Sushri", "Janab", "Hon'ble", "Honble", "Honourable", "Adv", "Er", "Sardar", "Pandit",
    "Swami", "Sadhvi", "Mahant", "Acharya", "Maulana", "Mufti", "Sant", "Begum", "Ustad", "Hazrat", "Sir",
    "Dame", "Lord", "Lady", "Madam", "Mrs.", "Dr.",
];

#[rustfmt::skip]
const TITLES: &[&str] = &[
    "President", "Presidents", "Vice", "Prime", "Minister", "Ministers", "Chief", "Chiefs",
    "Deputy", "Union", "Home", "Finance", "Defence", "Defense", "External", "Affairs", "Foreign",
    "Leader", "Leaders", "Secretary", "Secretaries", "General", "Joint", "Additional", "Chairman",
    "Chairperson", "Chairwoman", "Chair", "Spokesperson", "Spokesman", "Spokeswoman", "Speaker",
    "Governor", "Lieutenant", "Lt", "Mayor", "Councillor", "Commissioner", "Collector",
    "Magistrate", "Judge", "Justice", "Attorney", "Solicitor", "Officer", "Director", "Inspector",
    "Superintendent", "Captain", "Capt", "Colonel", "Col", "Major", "Maj", "Gen", "Brigadier",
    "Brig", "Admiral", "Marshal", "Sergeant", "Constable", "Pope", "King", "Queen", "Prince",
    "Princess", "Emperor", "Ambassador", "Envoy", "Consul", "Senator", "Congressman",
    "Congresswoman", "Representative", "Rep", "Treasurer", "Convener", "Convenor", "Coordinator",
    "Member", "Members", "Founder", "Patron", "Supremo", "MoS", "Nominee", "Candidate", "Former",
    "Ex", "Senior", "Veteran", "Acting", "Interim", "Incumbent", "Outgoing", "Legislator",
    "Lawmaker", "Professor", "Doctor", "Head", "Chancellor", "Premier", "Editor", "Anchor", "Actor",
    "Actress", "Producer", "Singer", "Author", "Writer", "Poet", "Journalist", "Activist",
    "Comrade", "Bishop", "Cardinal", "Father", "Sister", "Saint", "Maharaja", "Maharani", "Rajmata",
    "Imam", "Cleric", "Spokespersons", "In-charge", "Incharge", "Whip", "Advocate", "Counsel",
    "Legislature", "MP", "MLA", "MLC", "CM", "PM", "Mukhyamantri", "Mantri", "Sarpanch", "Mukhiya",
    "Yuva", "Lawmakers", "Legislators", "Justices", "Judges", "Comedian", "Actors", "Actresses",
    "Filmmaker", "Cricketer", "Coach", "Businessman", "Industrialist", "Lawyer", "Scientist",
    "Economist", "Musician", "Player", "Superstar", "Pt", "Shaheed", "Spokespersons", "Councillors",
    "Corporators", "Activists", "Leaders'", "Officers", "Chairmen", "Governors", "MPs", "MLAs",
];

#[rustfmt::skip]
const PLACES: &[&str] = &[
    // states and union territories
    "Andhra", "Arunachal", "Assam", "Bihar", "Chhattisgarh", "Goa", "Gujarat", "Haryana",
    "Himachal", "Jharkhand", "Karnataka", "Kerala", "Keralam", "Madhya", "Maharashtra", "Manipur",
    "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Orissa", "Punjab", "Rajasthan", "Sikkim", "Nadu",
    "Telangana", "Tripura", "Uttar", "Uttarakhand", "Uttaranchal", "Bengal", "Pradesh", "Jammu",
    "Kashmir", "Ladakh", "Delhi", "Puducherry", "Pondicherry", "Chandigarh", "Lakshadweep",
    "Andaman", "Nicobar", "Dadra", "Haveli", "Diu", "Kutch", "Saurashtra", "Vidarbha", "Marathwada",
    "Konkan", "Malabar", "Bundelkhand", "Purvanchal", "Awadh", "Rohilkhand", "Doaba", "Malwa",
    "Majha", "Terai", "Mewat", "Seemanchal", "Mithila", "Bodoland", "Gorkhaland", "Jangalmahal",
    "Telengana",
    // cities and towns
    "Mumbai", "Bombay", "Kolkata", "Calcutta", "Chennai", "Madras", "Bengaluru", "Bangalore",
    "Hyderabad", "Ahmedabad", "Pune", "Surat", "Jaipur", "Lucknow", "Kanpur", "Nagpur", "Indore",
    "Thane", "Bhopal", "Visakhapatnam", "Vizag", "Patna", "Vadodara", "Baroda", "Ghaziabad",
    "Ludhiana", "Agra", "Nashik", "Faridabad", "Meerut", "Rajkot", "Varanasi", "Kashi", "Srinagar",
    "Aurangabad", "Dhanbad", "Amritsar", "Allahabad", "Prayagraj", "Ranchi", "Howrah", "Coimbatore",
    "Jabalpur", "Gwalior", "Vijayawada", "Jodhpur", "Madurai", "Raipur", "Guwahati", "Solapur",
    "Bareilly", "Moradabad", "Mysuru", "Mysore", "Gurgaon", "Gurugram", "Aligarh", "Jalandhar",
    "Bhubaneswar", "Warangal", "Thiruvananthapuram", "Trivandrum", "Kochi", "Cochin", "Kozhikode",
    "Calicut", "Dehradun", "Shimla", "Gandhinagar", "Noida", "Gorakhpur", "Ayodhya", "Amethi",
    "Bareli", "Raebareli", "Wayanad", "Kannur", "Thrissur", "Mangaluru", "Mangalore", "Hubli",
    "Hubballi", "Belgaum", "Belagavi", "Kalaburagi", "Gulbarga", "Imphal", "Shillong", "Aizawl",
    "Kohima", "Itanagar", "Agartala", "Gangtok", "Panaji", "Leh", "Kargil", "Anantnag", "Baramulla",
    "Sopore", "Pulwama", "Kathua", "Udhampur", "Poonch", "Rajouri", "Kupwara", "Ganderbal",
    "Budgam", "Shopian", "Kulgam", "Bandipora", "Kishtwar", "Ramban", "Siliguri", "Darjeeling",
    "Asansol", "Durgapur", "Nandigram", "Singur", "Kolhapur", "Baramati", "Nanded", "Latur",
    "Akola", "Jalgaon", "Cuttack", "Rourkela", "Bhagalpur", "Muzaffarpur", "Darbhanga", "Purnia",
    "Hajipur", "Chhapra", "Siwan", "Saharanpur", "Muzaffarnagar", "Shamli", "Kairana", "Jhansi",
    "Etawah", "Mainpuri", "Azamgarh", "Ballia", "Ghazipur", "Mirzapur", "Faizabad", "Bahraich",
    "Badaun", "Pilibhit", "Unnao", "Hathras", "Firozabad", "Bulandshahr", "Kannauj", "Sitapur",
    "Hardoi", "Lakhimpur", "Ujjain", "Chhindwara", "Bhilai", "Bikaner", "Ajmer", "Udaipur", "Alwar",
    "Bharatpur", "Barmer", "Jaisalmer", "Rohtak", "Hisar", "Karnal", "Panipat", "Sonipat", "Ambala",
    "Kurukshetra", "Mohali", "Patiala", "Bathinda", "Ferozepur", "Pathankot", "Hoshiarpur",
    "Gurdaspur", "Sangrur", "Kapurthala", "Godhra", "Bharuch", "Mehsana", "Junagadh", "Jamnagar",
    "Porbandar", "Bhavnagar", "Bhuj", "Palanpur", "Tirupati", "Guntur", "Nellore", "Kurnool",
    "Anantapur", "Kadapa", "Kakinada", "Rajahmundry", "Karimnagar", "Nizamabad", "Khammam",
    "Tiruchirappalli", "Trichy", "Vellore", "Tirunelveli", "Thanjavur", "Erode", "Hosur",
    "Kanyakumari", "Rameswaram", "Kottayam", "Palakkad", "Kollam", "Alappuzha", "Malappuram",
    "Pathanamthitta", "Idukki", "Ernakulam", "Sabarimala", "Silchar", "Dibrugarh", "Jorhat",
    "Tezpur", "Haldwani", "Haridwar", "Rishikesh", "Nainital", "Almora", "Kullu", "Manali",
    "Dharamshala", "Kangra", "Hamirpur", "Solan", "Ooty", "Mathura", "Vrindavan", "Gorakhpur",
    "Phulpur", "Kaushambi", "Noida", "Greater", "Secunderabad", "Amaravati", "Kashipur", "Roorkee",
    "Sikar", "Jhunjhunu", "Churu", "Nagaur", "Bhilwara", "Chittorgarh", "Banswara", "Dungarpur",
    "Sirohi", "Pali", "Jalore", "Dausa", "Karauli", "Dholpur", "Sawai", "Madhopur", "Bundi",
    "Jhalawar", "Baran", "Morena", "Bhind", "Datia", "Shivpuri", "Guna", "Vidisha", "Raisen",
    "Sehore", "Hoshangabad", "Betul", "Katni", "Rewa", "Satna", "Sidhi", "Singrauli", "Shahdol",
    "Mandla", "Balaghat", "Seoni", "Khandwa", "Khargone", "Barwani", "Jhabua", "Ratlam", "Mandsaur",
    "Neemuch", "Dewas", "Shajapur", "Rajgarh", "Bastar", "Dantewada", "Sukma", "Bijapur", "Korba",
    "Raigarh", "Jagdalpur", "Ambikapur", "Bokaro", "Jamshedpur", "Hazaribagh", "Giridih", "Deoghar",
    "Dumka", "Palamu", "Begusarai", "Samastipur", "Nalanda", "Rohtas", "Buxar", "Arrah",
    "Madhubani", "Sitamarhi", "Motihari", "Bettiah", "Katihar", "Kishanganj", "Araria", "Saharsa",
    "Supaul", "Madhepura", "Nawada", "Jehanabad", "Aurangabad", "Munger", "Lakhisarai",
    "Sheikhpura", "Jamui", "Banka", "Khagaria", "Gopalganj",
    // countries and world places
    "India", "Bharat", "Hindustan", "Pakistan", "China", "Nepal", "Bangladesh", "Bhutan", "Myanmar",
    "Burma", "Lanka", "Maldives", "Afghanistan", "Iran", "Iraq", "Israel", "Palestine", "Gaza",
    "Syria", "Saudi", "Arabia", "Dubai", "Qatar", "Kuwait", "Oman", "Bahrain", "Yemen", "Turkey",
    "Egypt", "Russia", "Ukraine", "America", "Britain", "England", "Scotland", "Wales", "Ireland",
    "France", "Germany", "Italy", "Spain", "Portugal", "Netherlands", "Belgium", "Switzerland",
    "Sweden", "Norway", "Denmark", "Finland", "Poland", "Greece", "Austria", "Japan", "Korea",
    "Taiwan", "Singapore", "Malaysia", "Indonesia", "Thailand", "Vietnam", "Philippines",
    "Australia", "Zealand", "Canada", "Mexico", "Brazil", "Argentina", "Chile", "Africa", "Nigeria",
    "Kenya", "Ethiopia", "Europe", "Asia", "Tibet", "Xinjiang", "Beijing", "Washington", "London",
    "Moscow", "Paris", "Tokyo", "Islamabad", "Karachi", "Lahore", "Kabul", "Dhaka", "Kathmandu",
    "Colombo", "Berlin", "Rome", "Geneva", "Davos", "Brussels", "Sydney", "Melbourne", "Toronto",
    "Vancouver", "Ottawa", "York", "Jersey", "California", "Texas", "Florida", "Silicon", "Valley",
    "Hong", "Kong", "Gulf", "Middle", "East", "West", "North", "South", "Northeast", "North-East",
    "Eastern", "Western", "Northern", "Southern", "Central", "Himalayas", "Himalaya", "Himalayan",
    "Ganga", "Ganges", "Yamuna", "Brahmaputra", "Narmada", "Cauvery", "Kaveri", "Godavari", "Indus",
    "Doklam", "Galwan", "Pangong", "Balochistan", "Gilgit", "Baltistan", "Muzaffarabad", "Khyber",
    "Pakhtunkhwa", "Sindh", "Rawalpindi", "Peshawar", "Quetta", "Chittagong", "Emirates", "Dhabi",
    "Doha", "Riyadh", "Tehran", "Baghdad", "Damascus", "Jerusalem", "Tel", "Aviv", "Kyiv", "Kiev",
    "Ankara", "Istanbul", "Cairo", "Manhattan", "Mauritius", "Fiji", "Uganda", "Tanzania",
    "Zimbabwe", "Ghana", "Sudan", "Libya", "Morocco", "Algeria", "Cuba", "Venezuela", "Peru",
    "Colombia", "Atlantic", "Pacific", "Ocean", "Sea", "Arctic", "Antarctica", "Indo",
    "Asia-Pacific", "Eurasia", "Raisina", "Lutyens", "Jantar", "Mantar", "Ramlila", "Connaught",
    "Chanakyapuri", "Shaheen", "Bagh", "Jallianwala", "Qila", "U.S.", "U.K.", "U.P.", "M.P.",
    "U.N.", "D.C.", "U.A.E.", "A.P.", "H.P.", "J.K.", "N.Y.", "L.A.", "UP", "AP", "HP", "JK", "NE",
    "US", "UK", "UN", "EU", "UAE", "USA", "NCR", "PoK", "PoJK", "LoC", "LAC",
];

#[rustfmt::skip]
const NATIONALITIES: &[&str] = &[
    "Indian", "Indians", "Pakistani", "Pakistanis", "Chinese", "American", "Americans", "British",
    "English", "French", "German", "Russian", "Japanese", "Nepali", "Nepalese", "Bangladeshi",
    "Afghan", "Iranian", "Israeli", "Arab", "Hindu", "Hindus", "Muslim", "Muslims", "Sikh", "Sikhs",
    "Christian", "Christians", "Jain", "Jains", "Buddhist", "Buddhists", "Parsi", "Dalit", "Dalits",
    "Adivasi", "Adivasis", "Jat", "Jats", "Maratha", "Marathas", "Patidar", "Patidars", "Kurmi",
    "Brahmin", "Brahmins", "Rajput", "Rajputs", "Gujjar", "Gujjars", "Gurjar", "Lingayat",
    "Lingayats", "Vokkaliga", "Vokkaligas", "Kashmiri", "Kashmiris", "Punjabi", "Punjabis",
    "Bengali", "Bengalis", "Gujarati", "Marathi", "Tamil", "Tamils", "Telugu", "Kannada",
    "Kannadiga", "Malayali", "Malayalam", "Odia", "Oriya", "Assamese", "Bihari", "Biharis", "Hindi",
    "Urdu", "Sanskrit", "Islamic", "Hinduism", "Islam", "Sunni", "Shia", "Rohingya", "Rohingyas",
    "Tibetan", "Asian", "African", "European", "Mughal", "Mughals", "Gorkha", "Gorkhas", "Naga",
    "Nagas", "Mizo", "Bodo", "Bodos", "Kuki", "Kukis", "Meitei", "Meiteis", "Yadavs", "OBC", "OBCs",
    "Dravidian", "Aryan", "Hindutva", "Saffron", "Western", "Soviet", "Australian", "Canadian",
    "Sri", "Lankan", "Nepalis", "Saudis", "Palestinian", "Ukrainian", "Kashmiriyat", "Marxist",
    "Maoist", "Maoists", "Naxal", "Naxals", "Naxalite", "Naxalites", "Khalistani", "Khalistan",
    "Pandits",
];

#[rustfmt::skip]
const INSTITUTIONS: &[&str] = &[
    "Congress", "Party", "Parties", "Sabha", "Lok", "Rajya", "Vidhan", "Parishad", "Parliament",
    "Parliamentary", "Assembly", "Assemblies", "Council", "Committee", "Commission", "Court",
    "Courts", "Supreme", "High", "Bench", "Tribunal", "Ministry", "Ministries", "Department",
    "Dept", "Depts", "Government", "Govt", "Administration", "Police", "Army", "Navy", "Air",
    "Force", "Forces", "Bureau", "Agency", "Authority", "Board", "Bank", "Reserve", "Federation",
    "League", "Front", "Alliance", "Bloc", "Sena", "Dal", "Morcha", "Samaj", "Sangh", "Manch",
    "Janata", "Samajwadi", "Bahujan", "Trinamool", "Aadmi", "Aam", "Akali", "Shiromani",
    "Rashtriya", "Swayamsevak", "Bharatiya", "Nationalist", "Communist", "Leninist", "Conference",
    "Secretariat", "Office", "House", "Mission", "Scheme", "Schemes", "Yojana", "Abhiyan", "Yatra",
    "Jodo", "Nyay", "Times", "Express", "Post", "Tribune", "News", "Telegraph", "Herald",
    "Chronicle", "Journal", "Gazette", "Reuters", "Press", "Media", "Network", "Channel", "Limited",
    "Ltd", "Pvt", "Corporation", "Company", "Group", "Industries", "Enterprises", "Services",
    "Airways", "Airlines", "Railways", "Railway", "Metro", "Election", "Elections", "Electoral",
    "Cabinet", "Constitution", "Constitutional", "Act", "Bill", "Ordinance", "Code", "Article",
    "Section", "Amendment", "Olympics", "Games", "Festival", "Summit", "Session", "Budget",
    "Census", "Survey", "Diwas", "Divas", "Day", "Week", "Nations", "United", "Federal", "Republic",
    "Republican", "Republicans", "Democratic", "Democrat", "Democrats", "Socialist", "Labour",
    "Conservative", "Conservatives", "Liberal", "Liberals", "Peoples", "People's", "Citizens",
    "Forum", "Movement", "Campaign", "Coalition", "Organisation", "Organization", "Organisations",
    "Organizations", "Cell", "Cells", "Wing", "Unit", "Youth", "Mahila", "Kisan", "Kisans",
    "Mazdoor", "Vahini", "Parivar", "Vishwa", "Bajrang", "Lashkar", "Jaish", "Taiba", "Hizbul",
    "Mujahideen", "Taliban", "Qaeda", "Hamas", "Hezbollah", "Daesh", "Facebook", "Twitter",
    "Instagram", "WhatsApp", "YouTube", "Google", "Apple", "Microsoft", "Amazon", "Flipkart",
    "Paytm", "Reliance", "Infosys", "Wipro", "Jio", "Airtel", "Vodafone", "Uber", "Zomato",
    "Swiggy", "Netflix", "Bollywood", "Hollywood", "Tollywood", "Oscar", "Oscars", "Grammy", "Emmy",
    "Nobel", "Ratna", "Padma", "Vibhushan", "Dainik", "Jagran", "Ujala", "Outlook", "Frontline",
    "Scroll", "Quint", "Doordarshan", "Akashvani", "Sansad", "Mirror", "Guardian", "Observer",
    "Economist", "Bloomberg", "Associated", "Agence", "Xinhua", "Dawn", "Deccan", "Diwali",
    "Deepavali", "Holi", "Eid", "Christmas", "Navratri", "Dussehra", "Puja", "Chaturthi", "Onam",
    "Pongal", "Lohri", "Baisakhi", "Raksha", "Bandhan", "Rakshabandhan", "Janmashtami", "Ramzan",
    "Ramadan", "Muharram", "Kumbh", "Mela", "Chhath", "Navami", "Bandh", "Andolan", "Satyagraha",
    "Emergency", "Partition", "Independence", "Demonetisation", "Demonetization", "Aadhaar",
    "Covid", "Covid-19", "Coronavirus", "Pegasus", "Rafale", "Bofors", "Agnipath", "Agniveer",
    "Tehreek-e-Insaf", "Insaf", "Muslimeen", "Ittehad", "Majlis", "Hurriyat", "Jamaat",
    "Jamaat-e-Islami", "Tablighi", "Ulema", "Waqf", "Akhara", "Parishad", "Nigam", "Mandal",
    "Samiti", "Sanstha", "Sabhas", "Panchayat", "Panchayats", "Zila", "Municipal", "Nagar",
    "Palika", "Mahanagar", "Corporator", "Legislative", "Lokayukta", "Lokpal", "Vigilance",
    "Intelligence", "Investigation", "Enforcement", "Directorate", "Income", "Tax", "Customs",
    "Excise", "Revenue", "Treasury", "Exchequer", "Senate", "Pentagon", "Kremlin", "Duma",
    "Knesset", "Bundestag", "Commons", "Lords", "Downing", "Whitehall", "Capitol", "Hill", "Bhawan",
    "Bhavan", "Rashtrapati", "Niwas", "Kendra", "Sadan", "Sansthan", "Vidyalaya", "Vishwavidyalaya",
    "Pratishthan", "Akademi", "Academy", "Sahitya", "Kala", "Sangeet", "Natak", "Pariksha",
    "Manthan", "Shivir", "Sammelan", "Adhiveshan", "Baithak", "Chintan", "Sankalp", "Samvad", "Jan",
    "Ashirwad", "Aashirwad", "Swachh", "Digital", "Startup", "Skill", "Make", "Smart", "Cities",
    "Ujjwala", "Jan-Dhan", "Dhan", "Ayushman", "Kisan", "Samman", "Awas", "Garib", "Mudra", "Beti",
    "Bachao", "Padhao", "Sabka", "Saath", "Ki", "Baat", "Chai", "Pe", "Charcha", "Chowkidar", "Bhi",
    "Hoon", "Hai", "Ka", "Ke", "Ko", "Se", "Aur", "Zindabad", "Murdabad", "Jai", "Hind", "Vande",
    "Mataram", "Inquilab", "Sainik", "Kranti", "Rath", "Pad", "Sankalp", "Nyay", "Mahagathbandhan",
    "Gathbandhan", "Jodo", "Bharat", "Sahkar", "Trust", "Foundation", "Society", "Association",
    "University", "College", "Institute", "School", "Hospital", "Union", "Task", "Security",
    "Defence", "Strategic", "Affairs", "Policy", "Research", "Analysis", "Development", "Welfare",
    "Affair", "Motors", "Sons", "Steel", "Power", "Energy", "Pharma", "Holdings", "Capital",
    "Securities", "Finance", "Airport", "Auto", "Telecom", "Technologies", "Tech", "Labs",
    "Systems", "Solutions", "Infra", "Cement", "Foods", "Mobile", "Networks", "Entertainment",
    "Films", "Pictures", "Productions", "Studios", "Records", "Music", "Communications", "Ventures",
    "Partners", "Associates", "Consultants", "Analytics", "Insights", "Watch", "Rights", "Human",
    "Amnesty", "Red", "Cross", "Olympic", "Paralympic", "Premier", "Super", "Kings", "Knight",
    "Riders", "Challengers", "Royals", "Capitals", "Titans", "Giants", "Sunrisers", "Daredevils",
    "Indians", "Test", "Team", "Twenty20", "Series", "World", "Cup", "Trophy", "Championship",
    "Championships", "Open", "Grand", "Prix", "Masters", "Exchange", "Sensex", "Nifty", "Stock",
    "Market", "Markets", "Index", "Fund", "Funds", "Monetary", "Economic", "Forum", "Summit", "G20",
    "BRICS", "Quad", "Brexit", "Tories", "Tory", "Whig", "Ministerial", "Secretariat",
    "Commissioner's", "Ombudsman", "Registrar", "Cooperative", "Co-operative", "Credit", "Sugar",
    "Milk", "Dairy", "Amul", "Lijjat", "Zone", "Zonal", "Region", "Regional", "District",
    "Districts", "Tehsil", "Taluka", "Block", "Ward", "Circle", "Division", "Divisional", "Range",
    "Sector", "Cantonment", "Village", "Town", "City", "Constituency", "Constituencies", "Seat",
    "Seats", "Booth", "Polls", "Poll", "Bypoll", "Bypolls", "By-election", "By-elections",
    "Referendum", "Vote", "Votes", "Ballot", "Mandate", "Manifesto", "Opposition", "Ruling",
    "Treasury", "Benches", "Sanatan", "Dharma", "Sanskriti", "Gurudwara", "Gurdwara", "Temple",
    "Mandir", "Masjid", "Church", "Mosque", "Dargah", "Math", "Peeth", "Ashram", "Quran", "Bible",
    "Vedas", "Ramayana", "Mahabharata", "Constitution's", "Preamble", "Lokniti", "CSDS", "Aaj",
    "Tak", "Jamia", "Islamia", "Milia", "Millia", "Yatris", "Yatri", "Gau", "Rakshaks", "Rakshak",
    "Akal", "Takht", "Airtels", "Goans", "Goan", "Women", "Woman", "Men", "Children", "Girls",
    "Boys", "Cooch", "Behar", "Cause", "Yeh", "Woh", "Hum", "Mera", "Tera", "Nahi", "Kya", "Sab",
    "Ek", "Desh", "Mata", "Maa", "Bolo", "Chalo", "Hatao", "Bachao", "Lao", "Jao", "Raho",
    "Tehelka", "Wire", "Republic's", "Zee", "Doordarshan's",
];

/// Words that, following a person's name, make it the name of a thing.
#[rustfmt::skip]
const EPONYMS: &[&str] = &[
    "Stadium", "University", "Foundation", "Trust", "Marg", "Road", "Street", "Award", "Awards",
    "Prize", "Scheme", "Yojana", "Jayanti", "Bhawan", "Bhavan", "Nagar", "Memorial", "Hospital",
    "Airport", "Institute", "College", "School", "Park", "Chowk", "Setu", "Cup", "Trophy",
    "Library", "Museum", "Centre", "Center", "Hall", "Auditorium", "Ground", "Maidan", "Colony",
    "Samadhi", "Ghat", "Station", "Terminus", "Bridge", "Avenue", "Lane", "Square", "Medical",
    "Sports", "International", "National", "Smarak", "Sadan", "Kendra", "Vihar", "Puram", "Enclave",
    "Sarovar", "Express", "Mail", "Rajdhani", "Lecture", "Oration", "Fellowship", "Scholarship",
    "Chair", "Ratna", "Samman", "Puraskar", "Diwas", "Punyatithi", "Statue", "Port", "Dam", "Canal",
    "Tunnel", "Highway", "Expressway", "Flyover", "Tower", "Towers", "Mall", "Market", "Hotel",
    "Club", "Gymkhana", "Academy", "Society", "Sabha", "Sena", "Brigade", "Regiment", "Zoo",
    "Garden", "Gardens", "Udyan", "Sanctuary", "Film", "Show", "Movie", "Biopic", "Era", "Doctrine",
    "Model", "Formula", "Plan", "Government", "Govt", "Cabinet", "Ministry", "Wave", "Factor",
    "Effect", "Camp", "Family", "Dynasty", "Clan", "Parivar", "Tower", "Stakes", "Circle",
];

/// Sentence starters, pronouns, calendar words and other capitalised non-names.
#[rustfmt::skip]
const NEUTRAL: &[&str] = &[
    "However", "But", "Or", "Nor", "So", "Also", "While", "When", "Where", "What", "Why", "How",
    "Who", "Whom", "Whose", "Which", "This", "That", "These", "Those", "It", "Its", "He", "She",
    "They", "We", "You", "His", "Her", "Hers", "Him", "Their", "Them", "Our", "My", "Me", "If",
    "Though", "Although", "Since", "Because", "Meanwhile", "Earlier", "Later", "Now", "Then",
    "Today", "Yesterday", "Tomorrow", "Tonight", "According", "Sources", "Source", "Both", "Many",
    "Several", "Some", "All", "Every", "Each", "Either", "Neither", "Even", "Only", "Just", "Not",
    "No", "Yes", "Among", "Amid", "Amidst", "During", "Following", "Besides", "Despite", "Under",
    "Without", "Within", "Into", "Onto", "Upon", "About", "Above", "Below", "Between", "Through",
    "Throughout", "Unlike", "Like", "Asked", "Here", "There", "Further", "Furthermore", "Moreover",
    "Additionally", "Once", "Twice", "First", "Second", "Third", "Last", "Next", "Finally", "Old",
    "New", "Top", "Dear", "Hello", "Hi", "Thank", "Thanks", "Please", "Let", "Do", "Does", "Did",
    "Will", "Would", "Shall", "Should", "Can", "Could", "May", "Might", "Must", "Still", "Yet",
    "Soon", "Already", "Again", "Instead", "Thus", "Hence", "Therefore", "Otherwise", "Perhaps",
    "Maybe", "Indeed", "Ever", "Never", "Always", "Often", "Sometimes", "Almost", "Around",
    "Nearly", "Against", "Toward", "Towards", "Across", "Along", "Beyond", "Inside", "Outside",
    "Near", "Per", "Via", "Vs", "Versus", "Such", "Other", "Others", "Another", "Any", "Anyone",
    "Everyone", "Nobody", "Someone", "Something", "Everything", "Nothing", "One", "Two", "Three",
    "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Hundreds", "Thousands", "Most", "More",
    "Less", "Few", "Much", "Very", "Too", "Well", "Good", "Great", "Big", "Small", "Latest",
    "Watch", "Read", "See", "Click", "Follow", "Photo", "Photos", "Video", "Videos", "File",
    "Image", "Picture", "Representational", "Courtesy", "Update", "Updated", "Breaking", "Live",
    "Highlights", "Opinion", "Editorial", "Analysis", "Explained", "Exclusive", "Report", "Reports",
    "Officials", "Official", "People", "Public", "Party's", "State", "States", "Local", "Sources",
    "Several", "Meanwhile", "Why", "January", "February", "March", "April", "June", "July",
    "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Ji", "Jee",
    "Saheb", "Sahab", "Bhai", "Behen", "Didi", "Dada", "Amma", "Appa", "Bapu", "Chacha", "God",
    "Lord's", "Allah", "Shri", "Nation", "Country", "Opposition's", "Centre's", "Modi-led",
    "BJP-led", "Congress-led", "Speaking", "Addressing", "Reacting", "Talking", "Responding",
    "Referring", "Citing", "Calling", "Terming", "Commenting", "Replying", "Noting", "Taking",
    "Hitting", "Slamming", "Attacking", "Praising", "Lauding", "Welcoming", "Condemning",
    "Criticising", "Claiming", "Alleging", "Accusing", "Stating", "Asserting", "Insisting",
    "Urging", "Announcing", "Explaining", "Reiterating", "Launching", "Releasing", "Interacting",
    "Briefing", "Writing", "Tweeting", "Posting", "Sharing", "Quoting", "Recalling", "Pointing",
    "Targeting", "Questioning", "Seeking", "Demanding", "Before", "After", "Till", "Until",
    "Unless", "Whether", "Whereas", "Whatever", "Whoever", "Wherever", "Whenever", "Sadly",
    "Incidentally", "Interestingly", "Notably", "Significantly", "Apparently", "Clearly",
    "Obviously", "Initially", "Eventually", "Recently", "Currently", "Subsequently", "Accordingly",
    "Importantly", "Ironically", "Surprisingly", "Unfortunately", "Fortunately", "Reportedly",
    "Allegedly", "Congratulations", "Sorry", "Ok", "Okay", "Oh", "Wow", "Why", "Trending",
    "Related", "Topics", "Tags", "Advertisement", "Subscribe", "Download", "Share", "Comment",
    "Comments", "Print", "Email", "Edition", "Page", "Story", "Stories", "Quote", "Poll", "Vote",
    "Result", "Results", "Twitter", "Tweet", "Tweets", "Post", "Posts", "Statement", "Letter",
    "Note", "Notice", "Order", "Orders", "Verdict", "Judgment", "Petition", "Plea", "Case", "Cases",
    "Probe", "Inquiry", "Report", "Data", "Figures", "Chart", "Table", "Map", "Graphic", "Sir's",
    "Madam's", "Thankfully", "Curiously", "Com", "Tech", "Sc", "Phil", "Ed", "Pharm", "Rs", "Re",
    "Rupees", "Crore", "Crores", "Lakh", "Lakhs", "Independent", "Independents", "Guruji", "Babuji",
    "Mataji", "Pitaji", "Bapuji", "Maharaj", "Strangely", "Predictably", "Expectedly",
    "Unsurprisingly", "Justice's", "Hindi-speaking",
];

/// Capitalised function words: inside a run of capitalised words they mark a Title Case
/// headline rather than a name.
#[rustfmt::skip]
const FUNCTION: &[&str] = &[
    "The", "A", "An", "In", "Of", "On", "To", "For", "And", "With", "At", "By", "From", "As", "Is",
    "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Over", "Out", "Up", "Off", "Its",
    "It's", "Not", "After", "Says", "Said", "Slams", "Hits", "Takes", "Gets", "Meets", "Asks",
    "Wants", "Calls", "Backs", "Rejects", "Vs", "Amid", "Into", "Than", "That", "This", "Who",
    "What", "How", "Why", "Can", "Will", "May", "Must", "Should", "Could", "Would", "No", "New",
    "Set", "Likely", "Now", "Here", "Your", "Our", "We", "You", "I", "Me", "My",
];

/// Lower-case (or upper-case) words that, standing just before a name, make it a person's:
/// `leader`, `MLA`, `chief`, `son` ...
#[rustfmt::skip]
const ROLE_WORDS: &[&str] = &[
    "leader", "leaders", "president", "vice-president", "chief", "minister", "ministers",
    "spokesperson", "spokespersons", "spokesman", "spokeswoman", "secretary", "secretaries",
    "general-secretary", "chairman", "chairperson", "chairwoman", "vice-chairman", "mla", "mp",
    "mlc", "mlas", "mps", "in-charge", "incharge", "convener", "convenor", "candidate",
    "candidates", "nominee", "legislator", "legislators", "lawmaker", "lawmakers", "mayor",
    "councillor", "corporator", "activist", "activists", "lawyer", "lawyers", "advocate", "counsel",
    "judge", "justice", "officer", "collector", "commissioner", "superintendent", "inspector",
    "director", "founder", "co-founder", "patriarch", "matriarch", "supremo", "veteran", "stalwart",
    "colleague", "colleagues", "aide", "aides", "son", "daughter", "wife", "husband", "brother",
    "sister", "father", "mother", "nephew", "niece", "uncle", "aunt", "cousin", "son-in-law",
    "daughter-in-law", "grandson", "granddaughter", "governor", "speaker", "member", "members",
    "deputy", "treasurer", "coordinator", "head", "actor", "actress", "singer", "author", "writer",
    "journalist", "editor", "anchor", "cricketer", "captain", "coach", "mos", "sarpanch", "pradhan",
    "mukhiya", "strongman", "dissident", "rebel", "rebels", "loyalist", "loyalists", "confidant",
    "heir", "scion", "widow", "businessman", "industrialist", "tycoon", "professor", "economist",
    "analyst", "priest", "seer", "cleric", "accused", "convict", "witness", "petitioner",
    "complainant", "cm", "pm", "chancellor", "premier", "ambassador", "envoy", "whip", "mentor",
    "protege", "challenger", "rival", "opponent", "contender", "incumbent", "predecessor",
    "successor", "counterpart", "supporter", "trustee", "ideologue", "strategist", "psephologist",
    "dgp", "sho", "ssp", "sp", "dm", "sdm", "ips", "ias", "secretary-general", "president-elect",
    "mla-elect", "mp-elect", "chief-minister", "legislator-elect", "party-hopper", "turncoat",
    "heavyweight", "bigwig", "satrap", "doyen", "mukhyamantri", "sansad", "vidhayak", "mantri",
    "neta", "chairmen", "presidents", "chiefs", "heads", "officers", "workers", "worker",
    "volunteer", "organiser", "organizer", "pracharak", "karyakarta", "ideologue", "historian",
    "scientist", "doctor", "engineer", "banker", "farmer", "student", "students", "scholar",
    "researcher", "filmmaker", "director", "producer", "poet", "novelist", "commentator",
    "columnist", "blogger", "youtuber", "comedian", "comic", "star", "legend", "icon", "mp's",
    "ex-mla", "ex-mp", "ex-minister", "ex-cm", "ex-president", "ex-chief", "minister-in-charge",
    "mla's", "boss",
];

/// Verbs of saying (and a few other strongly personal actions) that mark the name before or
/// after them as a person's.
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "claimed", "claims", "alleged",
    "alleges", "tweeted", "tweets", "asked", "asks", "stated", "wrote", "writes", "posted", "noted",
    "notes", "remarked", "replied", "responded", "argued", "asserted", "insisted", "urged",
    "explained", "recalled", "quipped", "joked", "wondered", "retorted", "countered", "clarified",
    "conceded", "admitted", "reiterated", "stressed", "emphasised", "emphasized", "observed",
    "mentioned", "informed", "assured", "thanked", "congratulated", "resigned", "smiled", "laughed",
    "questioned", "demanded", "accused", "slammed", "lashed", "hit", "attacked", "criticised",
    "criticized", "praised", "lauded", "hailed", "welcomed", "condemned", "denied", "confirmed",
    "announced", "declared", "promised", "vowed", "warned", "appealed", "requested", "suggested",
    "maintained", "pointed", "highlighted", "termed", "described", "dismissed", "rejected",
    "refused", "agreed", "disagreed", "objected", "expressed", "shared", "met", "visited",
    "addressed", "spoke", "speaks", "speaking", "tells", "feels", "felt", "believes", "believed",
    "thinks", "thought", "hopes", "hoped", "wants", "wanted", "tweeting", "told", "alleging",
    "claiming", "saying", "adding", "stating", "asking", "recalls", "argues", "insists", "notes",
    "explains", "admits", "quit", "joined", "contested", "filed", "sought", "took", "took",
    "reacted", "exclaimed", "commented", "opined", "retweeted", "wished", "greeted", "paid", "wept",
    "cried",
];

/// Words that may stand between a name and a speech verb: `X has said`, `X also told`.
#[rustfmt::skip]
const AUX_WORDS: &[&str] = &[
    "has", "had", "have", "also", "earlier", "further", "then", "today", "yesterday", "reportedly",
    "allegedly", "however", "was", "is", "were", "will", "would", "later", "recently", "once",
    "himself", "herself", "too", "had", "even", "subsequently", "again", "had", "on", "last", "who",
    "first", "too", "too", "personally", "publicly", "categorically", "clearly", "strongly",
    "sharply", "openly", "repeatedly", "finally", "immediately",
];

/// Words that may open an apposition after a name: `X, the newly appointed JKPCC chief`.
#[rustfmt::skip]
const APPOSITION_OPENERS: &[&str] = &[
    "the", "a", "an", "former", "then", "ex", "senior", "veteran", "newly", "also", "now",
    "currently", "general", "party", "state", "district", "national", "local", "his", "her",
    "their", "its", "our", "one", "another", "sitting", "outgoing", "incumbent", "acting",
    "interim", "two-time", "three-time", "four-time", "five-time", "six-time", "seven-time",
    "eight-time", "once", "who", "whose", "himself", "herself", "both", "union", "deputy",
    "working", "joint", "vice", "chief",
];

/// Surnames so common in India that a capitalised sequence ending in one (and not next to a
/// place or institution word) is a person's name: `Kewal Singh Dhillon`, `Naveen Kumar`.
#[rustfmt::skip]
const COMMON_SURNAMES: &[&str] = &[
    "Singh", "Kumar", "Kaur", "Devi", "Yadav", "Sharma", "Verma", "Gupta", "Patel", "Shah", "Khan",
    "Reddy", "Rao", "Naidu", "Nair", "Menon", "Pillai", "Iyer", "Iyengar", "Das", "Roy", "Ghosh",
    "Bose", "Mukherjee", "Banerjee", "Chatterjee", "Bhattacharya", "Chakraborty", "Mishra",
    "Tiwari", "Pandey", "Dubey", "Trivedi", "Dwivedi", "Chaturvedi", "Joshi", "Jain", "Agarwal",
    "Aggarwal", "Chauhan", "Rathore", "Choudhary", "Chaudhary", "Chowdhury", "Patil", "Deshmukh",
    "Pawar", "Jadhav", "Shinde", "Kulkarni", "Gowda", "Ali", "Ahmed", "Ahmad", "Hussain", "Hussein",
    "Qureshi", "Ansari", "Siddiqui", "Malik", "Mirza", "Bhat", "Wani", "Saxena", "Srivastava",
    "Shukla", "Tripathi", "Upadhyay", "Dixit", "Mehta", "Desai", "Modi", "Sinha", "Prasad",
    "Thakur", "Rajput", "Meena", "Gehlot", "Bishnoi", "Jat", "Dhillon", "Gill", "Sandhu", "Sidhu",
    "Brar", "Grewal", "Bajwa", "Randhawa", "Sekhon", "Chahal", "Virk", "Mann", "Rana", "Negi",
    "Rawat", "Bisht", "Thapa", "Gurung", "Sarma", "Bora", "Gogoi", "Baruah", "Hazarika", "Kalita",
    "Mohanty", "Patnaik", "Panda", "Sahu", "Behera", "Nayak", "Naik", "Hegde", "Shetty", "Kamath",
    "Pai", "Bhatt", "Vyas", "Soni", "Goyal", "Goel", "Bansal", "Mittal", "Garg", "Singhal",
    "Kapoor", "Khanna", "Malhotra", "Chopra", "Arora", "Sethi", "Bhatia", "Ahuja", "Tandon",
    "Kohli", "Sodhi", "Chandra", "Krishnan", "Subramaniam", "Raman", "Swamy", "Murthy", "Sastry",
    "Varma", "Paswan", "Manjhi", "Kushwaha", "Maurya", "Nishad", "Rajbhar", "Lodhi", "Baghel",
    "Sahni", "Hooda", "Dahiya", "Malik", "Sangwan", "Chautala", "Saini", "Kashyap", "Ram", "Lal",
    "Nath",
];

/// Is `w` one of the commonest Indian surnames?
pub(crate) fn is_common_surname(w: &str) -> bool {
    static SET: OnceLock<FastMap<&'static str, ()>> = OnceLock::new();
    SET.get_or_init(|| small_set(COMMON_SURNAMES))
        .contains_key(w)
}

static LEXICON: OnceLock<FastMap<&'static str, Lex>> = OnceLock::new();

fn lexicon() -> &'static FastMap<&'static str, Lex> {
    LEXICON.get_or_init(|| {
        let mut m = FastMap::default();
        // Later insertions win: order from weakest to strongest meaning.
        for w in NEUTRAL {
            m.insert(*w, Lex::Neutral);
        }
        for w in FUNCTION {
            m.insert(*w, Lex::Function);
        }
        for w in PLACES.iter().chain(NATIONALITIES).chain(INSTITUTIONS) {
            m.insert(*w, Lex::Taint);
        }
        for w in EPONYMS {
            m.insert(*w, Lex::Eponym);
        }
        for w in TITLES {
            m.insert(*w, Lex::Title);
        }
        for w in HONORIFICS {
            m.insert(*w, Lex::Honorific);
        }
        m
    })
}

/// The category of a capitalised word, if it is one that is never part of a person's name.
pub(crate) fn lex(word: &str) -> Option<Lex> {
    let l = lexicon();
    if let Some(c) = l.get(word) {
        return Some(*c);
    }
    if word.contains('-') {
        // `Pro-Khalistan`, `Indo-Pak`, `Anti-Congress`: any listed part makes it a non-name.
        for part in word.split('-') {
            if matches!(
                part,
                "Pro" | "Anti" | "Non" | "Pre" | "Post" | "Ex" | "Neo" | "Pan"
            ) || l.contains_key(part)
            {
                return Some(Lex::Neutral);
            }
        }
    }
    None
}

fn small_set(words: &'static [&'static str]) -> FastMap<&'static str, ()> {
    words.iter().map(|w| (*w, ())).collect()
}

/// Role nouns, matched on the lower-cased word (and on the last part of a hyphenated one).
pub(crate) fn is_role_word(word: &str) -> bool {
    static SET: OnceLock<FastMap<&'static str, ()>> = OnceLock::new();
    let set = SET.get_or_init(|| small_set(ROLE_WORDS));
    // Lower-case into a stack buffer: no allocation on this hot path.
    let mut buf = [0u8; 32];
    if word.len() > buf.len() || !word.is_ascii() {
        return false;
    }
    let buf = &mut buf[..word.len()];
    buf.copy_from_slice(word.as_bytes());
    buf.make_ascii_lowercase();
    let lower = std::str::from_utf8(buf).unwrap_or("");
    if set.contains_key(lower) {
        return true;
    }
    match lower.rsplit_once('-') {
        Some((_, last)) => set.contains_key(last),
        None => false,
    }
}

pub(crate) fn is_speech_verb(word: &str) -> bool {
    static SET: OnceLock<FastMap<&'static str, ()>> = OnceLock::new();
    SET.get_or_init(|| small_set(SPEECH_VERBS))
        .contains_key(word)
}

pub(crate) fn is_aux_word(word: &str) -> bool {
    static SET: OnceLock<FastMap<&'static str, ()>> = OnceLock::new();
    SET.get_or_init(|| small_set(AUX_WORDS)).contains_key(word)
}

pub(crate) fn is_apposition_opener(word: &str) -> bool {
    static SET: OnceLock<FastMap<&'static str, ()>> = OnceLock::new();
    SET.get_or_init(|| small_set(APPOSITION_OPENERS))
        .contains_key(word)
}

/// Suffixes of English abstract nouns and adjectives that no Indian name has.
pub(crate) fn has_non_name_suffix(w: &str) -> bool {
    #[rustfmt::skip]
    const SUFFIXES: &[&str] = &[
        "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ism", "isms",
        "ship", "ance", "ence", "ogy", "ical", "ious", "eous", "ful", "less", "ists", "ative",
        "ians", "ings", "ized", "ised", "izing", "ising", "ward", "wards", "ters", "ancy", "ency",
        "ancies", "encies", "ility",
    ];
    SUFFIXES
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(body: &str) -> Vec<(&str, Kind, Shape, bool)> {
        let mut toks = Vec::new();
        tokenize(body, &mut toks);
        toks.iter()
            .map(|t| (t.text(body), t.kind, t.shape, t.poss))
            .collect()
    }

    #[test]
    fn tokenizer_handles_initials_possessives_handles_and_glue() {
        let w = words(
            "K.C. Venugopal, K. C. Venugopal and Kharge’s aide met @RahulGandhi #CongressPolls; The SeniorAbdullah party.Lakhanpal Congress’ O'Brien ud-Din Kumar?s Gandhi-ji",
        );
        let texts: Vec<&str> = w.iter().map(|x| x.0).collect();
        assert_eq!(
            texts,
            [
                "K.C.",
                "Venugopal",
                "K.",
                "C.",
                "Venugopal",
                "and",
                "Kharge",
                "aide",
                "met",
                "@RahulGandhi",
                "#CongressPolls",
                "The",
                "SeniorAbdullah",
                "party",
                "Lakhanpal",
                "Congress",
                "O'Brien",
                "ud-Din",
                "Kumar",
                "Gandhi",
                "ji"
            ]
        );
        assert_eq!(w[0].1, Kind::Initials);
        assert!(w[6].3, "Kharge’s is possessive");
        assert_eq!(w[9].1, Kind::Handle);
        assert_eq!(w[10].1, Kind::Hashtag);
        assert_eq!(w[12].2, Shape::Other, "glued words are not names");
        assert!(w[15].3, "Congress’ is possessive");
        assert_eq!(w[16].2, Shape::Cap);
        assert!(w[18].3, "Kumar?s is possessive");
    }

    #[test]
    fn shapes() {
        assert_eq!(shape_of("Kharge"), Shape::Cap);
        assert_eq!(shape_of("McDonald"), Shape::Cap);
        assert_eq!(shape_of("BJP"), Shape::Upper);
        assert_eq!(shape_of("MLAs"), Shape::Other);
        assert_eq!(shape_of("WhatsApp"), Shape::Other);
        assert_eq!(shape_of("Ex-MLA"), Shape::Other);
        assert_eq!(shape_of("Abdul-Rahman"), Shape::Cap);
        assert_eq!(shape_of("leader"), Shape::Lower);
    }

    #[test]
    fn lexicon_and_word_lists() {
        assert_eq!(lex("President"), Some(Lex::Title));
        assert_eq!(lex("Mr"), Some(Lex::Honorific));
        assert_eq!(lex("Kerala"), Some(Lex::Taint));
        assert_eq!(lex("However"), Some(Lex::Neutral));
        assert_eq!(lex("Kharge"), None);
        assert!(is_role_word("ex-MLA"));
        assert!(is_role_word("Leader"));
        assert!(is_speech_verb("said"));
        assert!(is_particle("ud-Din") && is_particle("bin") && !is_particle("Din"));
        assert!(has_non_name_suffix("Organisations"));
        assert!(!has_non_name_suffix("Venugopal"));
    }
}
