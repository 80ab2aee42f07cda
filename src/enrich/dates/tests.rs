use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (expression text, date, precision) for each mention.
fn found(body: &str, published: &str) -> Vec<(String, String, Precision)> {
    find_dates(body, d(published))
        .into_iter()
        .map(|m| {
            (
                body[m.expression].to_string(),
                m.date.to_string(),
                m.precision,
            )
        })
        .collect()
}

fn days(body: &str, published: &str) -> Vec<(String, String)> {
    found(body, published)
        .into_iter()
        .map(|(e, d, _)| (e, d))
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

fn strip_header(text: &str) -> (NaiveDate, &str) {
    let rest = text.strip_prefix(" date ").expect("seed header");
    let date = d(&rest[..10]);
    let body = &rest[rest.find(": ").unwrap() + 2..];
    (date, body)
}

fn seed(text: &str) -> (NaiveDate, &str, Vec<(String, String, Precision)>) {
    let (date, body) = strip_header(text);
    let found = find_dates(body, date)
        .into_iter()
        .map(|m| {
            assert!(m.sentence.start <= m.expression.start);
            assert!(m.expression.end <= m.sentence.end);
            (
                body[m.expression].to_string(),
                m.date.to_string(),
                m.precision,
            )
        })
        .collect();
    (date, body, found)
}

fn day(e: &str, d: &str) -> (String, String, Precision) {
    (e.to_string(), d.to_string(), Precision::Day)
}

#[test]
fn seed_000() {
    let (date, _, got) = seed(include_str!(
        "../../../assets/articles/000_8484a5aa547fe6ce.txt"
    ));
    assert_eq!(date, d("2022-10-04"));
    assert_eq!(
        got,
        vec![
            day("on Tuesday", "2022-10-04"),
            day("on Monday", "2022-10-03")
        ]
    );
}

#[test]
fn seed_001() {
    let (_, _, got) = seed(include_str!(
        "../../../assets/articles/001_7845587b02b2fbfe.txt"
    ));
    assert_eq!(
        got,
        vec![
            day("on Thursday", "2023-12-21"),
            day("from January 14", "2024-01-14"),
            day("On December 19", "2023-12-19"),
        ]
    );
}

#[test]
fn seed_002() {
    let (_, body, got) = seed(include_str!(
        "../../../assets/articles/002_493beed99443fa9a.txt"
    ));
    assert_eq!(
        got,
        vec![
            day("on August 21 and 22", "2024-08-21"),
            day("on August 21 and 22", "2024-08-22"),
            day("on Monday", "2024-08-19"),
            day("from September 18", "2024-09-18"),
            day("at the weekend", "2024-08-17"),
            day("on August 8", "2024-08-08"),
            day("on Wednesday", "2024-08-21"),
            day("the next morning", "2024-08-22"),
            day("on Monday", "2024-08-19"),
            day("On 21st and 22nd August", "2024-08-21"),
            day("On 21st and 22nd August", "2024-08-22"),
        ]
    );
    // The two-day expression shares one span; the sentences are the right ones.
    let ms = find_dates(body, d("2024-08-20"));
    assert_eq!(ms[0].expression, ms[1].expression);
    let last = &body[ms[10].sentence.clone()];
    assert!(last.starts_with("Congress general secretary (organisation) K.C. Venugopal"));
    assert!(last.ends_with("assembly elections.\u{201d}"));
    let wed = &body[ms[6].sentence.clone()];
    assert!(wed.starts_with("The sources in the Congress said that Mr. Kharge"));
    assert!(wed.ends_with("for similar engagements."));
}

#[test]
fn seeds_tolerate_whole_text_with_header() {
    let text = include_str!("../../../assets/articles/002_493beed99443fa9a.txt");
    let (date, body) = strip_header(text);
    let offset = text.len() - body.len();
    let a = find_dates(body, date);
    let b = find_dates(text, date);
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.date, y.date);
        assert_eq!(x.expression.start + offset, y.expression.start);
        assert_eq!(x.sentence.start + offset, y.sentence.start);
    }
}

// --- weekdays and tense ---------------------------------------------------------------

#[test]
fn weekday_past_and_future() {
    // 2024-08-20 is a Tuesday.
    let p = "2024-08-20";
    assert_eq!(
        days(
            "The BJP on Friday released its first list of candidates for Haryana.",
            p
        ),
        pairs(&[("on Friday", "2024-08-16")])
    );
    assert_eq!(
        days(
            "Rahul Gandhi will address a rally in Anantnag on Friday.",
            p
        ),
        pairs(&[("on Friday", "2024-08-23")])
    );
    assert_eq!(
        days(
            "The CWC is scheduled to meet on Saturday to finalise the list.",
            p
        ),
        pairs(&[("on Saturday", "2024-08-24")])
    );
    assert_eq!(
        days(
            "The party is expected to announce its candidates by Thursday.",
            p
        ),
        pairs(&[("by Thursday", "2024-08-22")])
    );
    assert_eq!(
        days("Voting is set to begin on Wednesday in the first phase.", p),
        pairs(&[("on Wednesday", "2024-08-21")])
    );
    assert_eq!(
        days(
            "The meeting, to be held on Thursday, will decide the alliance.",
            p
        ),
        pairs(&[("on Thursday", "2024-08-22")])
    );
    assert_eq!(
        days(
            "Kharge met Sonia Gandhi on Sunday evening at 10 Janpath.",
            p
        ),
        pairs(&[("on Sunday", "2024-08-18")])
    );
    assert_eq!(
        days("The party is likely to name its candidate on Friday.", p),
        pairs(&[("on Friday", "2024-08-23")])
    );
    assert_eq!(
        days("The Congress plans to hold a protest march on Saturday.", p),
        pairs(&[("on Saturday", "2024-08-24")])
    );
    assert_eq!(
        days(
            "On Saturday, security forces can be seen in the streets.",
            p
        ),
        pairs(&[("On Saturday", "2024-08-17")])
    );
    assert_eq!(
        days("Rahul Gandhi is going to visit Wayanad on Friday.", p),
        pairs(&[("on Friday", "2024-08-23")])
    );
    assert_eq!(
        days("The leaders are due to meet on Sunday.", p),
        pairs(&[("on Sunday", "2024-08-25")])
    );
}

#[test]
fn weekday_same_day_and_untensed() {
    let p = "2024-08-20"; // Tuesday
    assert_eq!(
        days("Kharge said on Tuesday that the party is ready.", p),
        pairs(&[("on Tuesday", "2024-08-20")])
    );
    assert_eq!(
        days("Protests on Tuesday in Srinagar.", p),
        pairs(&[("on Tuesday", "2024-08-20")])
    );
    // No cue: the most recent past.
    assert_eq!(
        days("Sunday's rally in Jammu.", p),
        pairs(&[("Sunday", "2024-08-18")])
    );
    // "had" on the far side of a comma still reads past.
    assert_eq!(
        days(
            "Karra, the newly appointed chief, had on Monday said he was open to talks.",
            p
        ),
        pairs(&[("on Monday", "2024-08-19")])
    );
}

#[test]
fn weekday_last_and_next() {
    let p = "2024-08-20"; // Tuesday
    assert_eq!(
        days(
            "The alliance will be announced next Tuesday, sources said.",
            p
        ),
        pairs(&[("next Tuesday", "2024-08-27")])
    );
    assert_eq!(
        days("He had resigned last Tuesday.", p),
        pairs(&[("last Tuesday", "2024-08-13")])
    );
    assert_eq!(
        days("The results will be out by next Monday.", p),
        pairs(&[("by next Monday", "2024-08-26")])
    );
    assert_eq!(
        days("Tharoor said that last Friday he met delegates.", p),
        pairs(&[("last Friday", "2024-08-16")])
    );
}

#[test]
fn weekday_folded_into_a_date() {
    let p = "2024-08-20";
    assert_eq!(
        days(
            "The Congress will hold a rally on Monday, August 26, in Jammu.",
            p
        ),
        pairs(&[("on Monday, August 26", "2024-08-26")])
    );
    assert_eq!(
        days("The rally held on August 18 (Sunday) drew crowds.", p),
        pairs(&[("on August 18 (Sunday)", "2024-08-18")])
    );
}

#[test]
fn weekday_names_are_not_days() {
    let p = "2024-08-20";
    assert_eq!(
        days("He wrote in the Sunday Times about the alliance.", p),
        pairs(&[])
    );
    assert_eq!(
        days("Black Friday sales dipped, the traders said.", p),
        pairs(&[])
    );
    assert_eq!(
        days("Meetings are held on Mondays and Thursdays.", p),
        pairs(&[])
    );
    assert_eq!(
        days("The shop opens on a Saturday, every Sunday too.", p),
        pairs(&[])
    );
}

// --- month and day ---------------------------------------------------------------------

#[test]
fn month_day_nearest_year() {
    assert_eq!(
        days(
            "The yatra will start from January 14 in Manipur.",
            "2023-12-21"
        ),
        pairs(&[("from January 14", "2024-01-14")])
    );
    assert_eq!(
        days(
            "On December 19, Dhankhar said the Opposition had insulted him.",
            "2023-12-21"
        ),
        pairs(&[("On December 19", "2023-12-19")])
    );
    assert_eq!(
        days("Nominations close on January 3, the EC said.", "2023-12-21"),
        pairs(&[("on January 3", "2024-01-03")])
    );
    assert_eq!(
        days(
            "The Congress had won the bypoll on December 28.",
            "2024-01-10"
        ),
        pairs(&[("on December 28", "2023-12-28")])
    );
}

#[test]
fn month_day_tense_breaks_far_ties() {
    // 2024-07-10: January 5 is 187 days back and 179 ahead.
    assert_eq!(
        days(
            "The committee was formed on January 5 by the PCC chief.",
            "2024-07-10"
        ),
        pairs(&[("on January 5", "2024-01-05")])
    );
    // 2024-06-30: January 5 is 177 days back and 189 ahead.
    assert_eq!(
        days("The session will begin on January 5.", "2024-06-30"),
        pairs(&[("on January 5", "2025-01-05")])
    );
    assert_eq!(
        days("The session began on January 5.", "2024-06-30"),
        pairs(&[("on January 5", "2024-01-05")])
    );
    // An explicit "last year"/"next year" settles it.
    assert_eq!(
        days(
            "She was first attacked in December last year, police said.",
            "2017-12-20"
        ),
        pairs(&[("in December last year", "2016-12-01")])
    );
    assert_eq!(
        days("The polls are due on March 3 next year.", "2024-02-20"),
        pairs(&[("on March 3 next year", "2025-03-03")])
    );
}

#[test]
fn full_dates_and_formats() {
    let p = "2024-09-01";
    let all = |s: &str| found(s, p);
    assert_eq!(
        all("The notification was issued on August 8, 2024."),
        vec![day("on August 8, 2024", "2024-08-08")]
    );
    assert_eq!(
        all("Polling was held on 8 August 2024 in the Valley."),
        vec![day("on 8 August 2024", "2024-08-08")]
    );
    assert_eq!(
        all("The order dated 8th August, 2024 was withdrawn."),
        vec![day("8th August, 2024", "2024-08-08")]
    );
    assert_eq!(
        all("The circular (2024-08-08) was withdrawn."),
        vec![day("2024-08-08", "2024-08-08")]
    );
    assert_eq!(
        all("The letter dated 08.08.2024 was leaked."),
        vec![day("08.08.2024", "2024-08-08")]
    );
    assert_eq!(
        all("The rally was held on Aug. 8 in Jammu."),
        vec![day("on Aug. 8", "2024-08-08")]
    );
    assert_eq!(
        all("Results came out on the 3rd of August."),
        vec![day("on the 3rd of August", "2024-08-03")]
    );
    assert_eq!(
        all("He was born on Feb 1st, 1942."),
        vec![day("on Feb 1st, 1942", "1942-02-01")]
    );
}

#[test]
fn lists_and_ranges() {
    let p = "2024-08-20";
    assert_eq!(
        days("The CEC will visit the state on August 21-22.", p),
        pairs(&[
            ("on August 21-22", "2024-08-21"),
            ("on August 21-22", "2024-08-22")
        ])
    );
    assert_eq!(
        days(
            "Camps will be held between 21 and 23 August in all districts.",
            p
        ),
        pairs(&[
            ("between 21 and 23 August", "2024-08-21"),
            ("between 21 and 23 August", "2024-08-23"),
        ])
    );
    assert_eq!(
        days("Polling will be held on September 18, 25 and October 1.", p),
        pairs(&[
            ("on September 18", "2024-09-18"),
            ("October 1", "2024-10-01")
        ])
    );
    assert_eq!(
        days("On August 8, 10 people were injured in the clash.", p),
        pairs(&[("On August 8", "2024-08-08")])
    );
}

#[test]
fn timelines_and_ranges_take_their_year() {
    let p = "2017-07-26";
    assert_eq!(
        days(
            "A look back at the stir:1999: The stir\nMay 4: Farmers block the highway. \
             May 26: Talks with the state fail. The stir went on through \
             May-July 1999.",
            p
        ),
        pairs(&[
            ("May 4", "1999-05-04"),
            ("May 26", "1999-05-26"),
            ("through May", "1999-05-01"),
            ("July 1999", "1999-07-01"),
        ])
    );
    // A date just after one written with its year shares it.
    assert_eq!(
        days(
            "On April 7, 2009, the MLA fell ill and he resigned on April 11.",
            p
        ),
        pairs(&[
            ("On April 7, 2009", "2009-04-07"),
            ("on April 11", "2009-04-11")
        ])
    );
    // Not when it is plainly ahead.
    assert_eq!(
        days(
            "The order of August 8, 2016 was stayed. The court will hear it on August 29.",
            p
        ),
        pairs(&[
            ("August 8, 2016", "2016-08-08"),
            ("on August 29", "2017-08-29")
        ])
    );
}

#[test]
fn month_and_year() {
    let p = "2024-09-01";
    assert_eq!(
        found("The alliance was formed in August 2024 after talks.", p),
        vec![(
            "in August 2024".into(),
            "2024-08-01".into(),
            Precision::Month
        )]
    );
    assert_eq!(
        found("Since Dec. 2019 the party has lost four states.", p),
        vec![(
            "Since Dec. 2019".into(),
            "2019-12-01".into(),
            Precision::Month
        )]
    );
    assert_eq!(
        found("The party was founded in May of 2005.", p),
        vec![(
            "in May of 2005".into(),
            "2005-05-01".into(),
            Precision::Month
        )]
    );
}

#[test]
fn month_with_cue() {
    let m = |s: &str, p: &str| found(s, p);
    let month = |e: &str, d: &str| (e.to_string(), d.to_string(), Precision::Month);
    assert_eq!(
        m("The Assembly polls are due in October.", "2024-08-20"),
        vec![month("in October", "2024-10-01")]
    );
    assert_eq!(
        m(
            "The party had lost the Lok Sabha polls held in May.",
            "2023-12-21"
        ),
        vec![month("in May", "2023-05-01")]
    );
    assert_eq!(
        m("The general election will be held in May.", "2023-12-21"),
        vec![month("in May", "2024-05-01")]
    );
    assert_eq!(
        m(
            "Work will start after the ceremony is held in September.",
            "2024-08-20"
        ),
        vec![month("in September", "2024-09-01")]
    );
    assert_eq!(
        m("The seat has been vacant since March.", "2024-08-20"),
        vec![month("since March", "2024-03-01")]
    );
    assert_eq!(
        m("Elections are likely by mid-November.", "2024-08-20"),
        vec![month("by mid-November", "2024-11-01")]
    );
    assert_eq!(
        m("The bill was passed last December.", "2024-08-20"),
        vec![month("last December", "2023-12-01")]
    );
    assert_eq!(
        m("The report is due by the end of June.", "2024-08-20"),
        vec![month("by the end of June", "2025-06-01")]
    );
}

#[test]
fn modal_may_and_verb_march_are_not_months() {
    let p = "2024-08-20";
    assert_eq!(
        days("In Srinagar, they may also meet NC leaders.", p),
        pairs(&[])
    );
    assert_eq!(days("May I ask the minister a question?", p), pairs(&[]));
    assert_eq!(
        days("May God give him strength, Kharge said.", p),
        pairs(&[])
    );
    assert_eq!(days("Workers will march to Raj Bhavan.", p), pairs(&[]));
    assert_eq!(days("Theresa May met Modi in London.", p), pairs(&[]));
    assert_eq!(
        days("We will fight Assembly elections on our own.", p),
        pairs(&[])
    );
    assert_eq!(
        days("He was till now saying voters can choose.", p),
        pairs(&[])
    );
    assert_eq!(days("The stage is set for a contest.", p), pairs(&[]));
    assert_eq!(
        days("The March of the farmers reached Delhi.", p),
        pairs(&[])
    );
}

// --- weekends, next morning, relative days --------------------------------------------

#[test]
fn weekends() {
    let p = "2024-08-20"; // Tuesday; the weekend before is Aug 17-18.
    assert_eq!(
        days(
            "Omar Abdullah had at the weekend said there was no pact.",
            p
        ),
        pairs(&[("at the weekend", "2024-08-17")])
    );
    assert_eq!(
        days("Talks were held over the weekend in Delhi.", p),
        pairs(&[("over the weekend", "2024-08-17")])
    );
    assert_eq!(
        days("The list will be released this weekend.", p),
        pairs(&[("this weekend", "2024-08-24")])
    );
    assert_eq!(days("A weekend curfew was imposed.", p), pairs(&[]));
}

#[test]
fn next_morning_follows_the_previous_date() {
    let p = "2024-08-20";
    assert_eq!(
        days(
            "They will reach Jammu on Wednesday. They will fly to Srinagar the next morning.",
            p
        ),
        pairs(&[
            ("on Wednesday", "2024-08-21"),
            ("the next morning", "2024-08-22")
        ])
    );
    assert_eq!(
        days(
            "The MLA was arrested on August 2 and released on the following day.",
            p
        ),
        pairs(&[
            ("on August 2", "2024-08-02"),
            ("on the following day", "2024-08-03")
        ])
    );
    // Nothing to follow: no date.
    assert_eq!(days("He left the next day for Delhi.", p), pairs(&[]));
}

#[test]
fn relative_days() {
    let p = "2024-08-20";
    assert_eq!(
        days("The BJP yesterday accused the Congress of appeasement.", p),
        pairs(&[("yesterday", "2024-08-19")])
    );
    assert_eq!(
        days("Today, the party will release its manifesto.", p),
        pairs(&[("Today", "2024-08-20")])
    );
    assert_eq!(
        days("The hearing is listed for tomorrow.", p),
        pairs(&[("tomorrow", "2024-08-21")])
    );
    assert_eq!(
        days("He told India Today that he would contest.", p),
        pairs(&[])
    );
    assert_eq!(
        days("The minister told NBC's Today Show he would stay.", p),
        pairs(&[])
    );
}

// --- years ------------------------------------------------------------------------------

#[test]
fn bare_years_with_cues() {
    let year = |e: &str, d: &str| (e.to_string(), d.to_string(), Precision::Year);
    let p = "2023-12-21";
    assert_eq!(
        found("The Congress had won the state in 2019.", p),
        vec![year("in 2019", "2019-01-01")]
    );
    assert_eq!(
        found("The party lost the 2014 election badly.", p),
        vec![year("2014", "2014-01-01")]
    );
    assert_eq!(
        found("The BJP has ruled the state since 2014.", p),
        vec![year("since 2014", "2014-01-01")]
    );
    assert_eq!(
        found("Modi promised a developed India by 2047.", p),
        vec![year("by 2047", "2047-01-01")]
    );
    assert_eq!(
        found("The 2002 riots were raised in the debate.", p),
        vec![year("2002", "2002-01-01")]
    );
    assert_eq!(
        found("He served as MLA between 2012 and 2017.", p),
        vec![
            year("between 2012", "2012-01-01"),
            year("2017", "2017-01-01")
        ]
    );
    assert_eq!(
        found("The scheme was launched in mid-2016.", p),
        vec![year("mid-2016", "2016-01-01")]
    );
    // The previous year is entirely past: kept.
    assert_eq!(
        found("The party did well in 2022.", p),
        vec![year("in 2022", "2022-01-01")]
    );
}

#[test]
fn current_and_next_year_are_not_timeline_entries() {
    let p = "2023-12-21";
    assert_eq!(
        found("Preparations for the general election in 2024 began.", p),
        vec![]
    );
    assert_eq!(
        found("The CWC discussed the 2024 national election.", p),
        vec![]
    );
    assert_eq!(found("The party did well in 2023.", p), vec![]);
    assert!(!year_is_informative(2024, d(p)));
    assert!(!year_is_informative(2023, d(p)));
    assert!(year_is_informative(2022, d(p)));
    assert!(year_is_informative(2025, d(p)));
    assert!(year_is_informative(2019, d(p)));
}

#[test]
fn numbers_that_are_not_years() {
    let p = "2023-12-21";
    assert_eq!(found("He won 2024 votes in the bypoll.", p), vec![]);
    assert_eq!(found("The party won by 2019 votes.", p), vec![]);
    assert_eq!(
        found("A total of 2019 candidates are in the fray.", p),
        vec![]
    );
    assert_eq!(
        found("The suspension of over 140 members of parliament.", p),
        vec![]
    );
    assert_eq!(found("The scheme costs Rs 2,000 crore a year.", p), vec![]);
    assert_eq!(found("The scheme costs Rs 2000 crore.", p), vec![]);
    assert_eq!(found("The 72-year-old leader was admitted.", p), vec![]);
    assert_eq!(
        found("The protest lasted for three days and two weeks.", p),
        vec![]
    );
    assert_eq!(
        found("Call the helpline at 1950 or 011-23052205.", p),
        vec![]
    );
    assert_eq!(
        found("The meeting began at 10.30 am in the morning.", p),
        vec![]
    );
    assert_eq!(found("Vision 2047 is a BJP slogan.", p), vec![]);
    assert_eq!(found("The tally stood at 1998 in the end.", p), vec![]);
}

#[test]
fn never_panics_on_odd_text() {
    let base = include_str!("../../../assets/articles/002_493beed99443fa9a.txt");
    let odd = base
        .replace(' ', "\u{a0} ")
        .replace('.', ".\u{201d}\u{2019}")
        .replace("Mr", "mid-\u{2014}Mr");
    for text in [
        base,
        odd.as_str(),
        "mid-",
        "May",
        "  date 2024-01-01 X:",
        "\u{2019}s 2019",
    ] {
        let cuts: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &cut in cuts.iter().step_by(7) {
            let _ = find_dates(&text[..cut], d("2024-08-20"));
            let _ = find_dates(&text[cut..], d("2024-08-20"));
        }
    }
}

// --- sentences --------------------------------------------------------------------------

#[test]
fn sentence_boundaries() {
    let text = "Mr. Kharge met Dr. Singh. K.C. Venugopal said so. J&K. Then No. 10 agreed! \
                The party.Lakhanpal said yes.\n\nA new paragraph at 10.30 am";
    let got: Vec<&str> = sentences(text).into_iter().map(|s| &text[s]).collect();
    assert_eq!(
        got,
        vec![
            "Mr. Kharge met Dr. Singh.",
            "K.C. Venugopal said so.",
            "J&K.",
            "Then No. 10 agreed!",
            "The party.",
            "Lakhanpal said yes.",
            "A new paragraph at 10.30 am",
        ]
    );
}

#[test]
fn sentence_boundaries_quotes() {
    let text =
        "He said, \u{201c}We will win.\u{201d} The BJP disagreed. \u{201c}Why?\u{201d} he asked.";
    let got: Vec<&str> = sentences(text).into_iter().map(|s| &text[s]).collect();
    assert_eq!(
        got,
        vec![
            "He said, \u{201c}We will win.\u{201d}",
            "The BJP disagreed.",
            "\u{201c}Why?\u{201d} he asked.",
        ]
    );
}

#[test]
fn sentence_lookup_agrees_with_the_split() {
    let texts = [
        include_str!("../../../assets/articles/000_8484a5aa547fe6ce.txt"),
        include_str!("../../../assets/articles/001_7845587b02b2fbfe.txt"),
        include_str!("../../../assets/articles/002_493beed99443fa9a.txt"),
        "Mr. Kharge met Dr. Singh. K.C. Venugopal said so. J&K. Then No. 10 agreed!?! \
         The party.Lakhanpal said \u{201c}yes.\u{201d} \n \n\n Next... one? he asked.\n",
    ];
    for text in texts {
        for s in sentences(text) {
            for pos in s.clone().filter(|&p| text.is_char_boundary(p)) {
                // Expressions start on a letter or a digit.
                if !text.as_bytes()[pos].is_ascii_alphanumeric() {
                    continue;
                }
                assert_eq!(
                    sentence_at(text, pos, 0),
                    s,
                    "at {pos}: {:?}",
                    &text[s.clone()]
                );
            }
        }
    }
}

#[test]
fn mention_sentence_spans() {
    let body = "The party met.Kharge said on Monday that talks were on. Mr. Gandhi agreed.";
    let ms = find_dates(body, d("2024-08-20"));
    assert_eq!(ms.len(), 1);
    assert_eq!(
        &body[ms[0].sentence.clone()],
        "Kharge said on Monday that talks were on."
    );
}

/// Runs over a CSV corpus (`DATES_CORPUS_CSV`, columns author,date,headlines,read_more,
/// text,ctext) and prints every mention with context, for eyeballing.
#[test]
#[ignore]
fn corpus_eyeball() {
    let Ok(path) = std::env::var("DATES_CORPUS_CSV") else {
        return;
    };
    let mut rdr = csv::Reader::from_path(path).unwrap();
    let limit: usize = std::env::var("DATES_CORPUS_LIMIT")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    let skip: usize = std::env::var("DATES_CORPUS_SKIP")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    for (n, rec) in rdr.records().enumerate().skip(skip).take(limit) {
        let rec = rec.unwrap();
        let Some(date) = rec
            .get(1)
            .and_then(|s| NaiveDate::parse_from_str(s.split(',').next()?, "%d %b %Y").ok())
        else {
            continue;
        };
        let body = rec.get(5).unwrap_or("");
        for m in find_dates(body, date) {
            let mut lo = m.expression.start.saturating_sub(60);
            while !body.is_char_boundary(lo) {
                lo -= 1;
            }
            let mut hi = (m.expression.end + 40).min(body.len());
            while !body.is_char_boundary(hi) {
                hi += 1;
            }
            println!(
                "{n}\t{date} {}\t{:?}\t{}\t{:?}",
                date.weekday(),
                &body[m.expression.clone()],
                m.date,
                &body[lo..hi]
            );
        }
    }
}
