//! Publication dates (denser around elections) and dates written in the text, relative to the
//! publication date: "on Monday", "on August 21", "from September 18", "in 2019".

use super::rng::Rng;
use super::words::{MONTHS, WEEKDAYS};
use chrono::{Datelike, Days, NaiveDate};
use std::fmt::Write;

/// A polling or counting day around which news clusters; `states` empty means national.
pub(crate) struct Peak {
    pub day: NaiveDate,
    pub weight: u32,
    pub states: &'static [&'static str],
}

const LOK_SABHA: &[&str] = &[];

/// Polls of 2015–2024 (counting days, roughly), with the states that voted.
#[rustfmt::skip]
const KNOWN: &[(i32, u32, u32, u32, &[&str])] = &[
    (2015, 2, 10, 1, &["Delhi"]),
    (2015, 11, 8, 2, &["Bihar"]),
    (2016, 5, 19, 2, &["West Bengal", "Kerala", "Tamil Nadu", "Assam", "Puducherry"]),
    (2017, 3, 11, 2, &["Uttar Pradesh", "Punjab", "Goa", "Uttarakhand", "Manipur"]),
    (2017, 12, 18, 1, &["Gujarat", "Himachal Pradesh"]),
    (2018, 5, 15, 1, &["Karnataka"]),
    (2018, 12, 11, 2, &["Madhya Pradesh", "Rajasthan", "Chhattisgarh", "Telangana"]),
    (2019, 5, 23, 4, LOK_SABHA),
    (2019, 10, 24, 1, &["Maharashtra", "Haryana"]),
    (2019, 12, 23, 1, &["Jharkhand"]),
    (2020, 2, 11, 1, &["Delhi"]),
    (2020, 11, 10, 2, &["Bihar"]),
    (2021, 5, 2, 2, &["West Bengal", "Kerala", "Tamil Nadu", "Assam", "Puducherry"]),
    (2022, 3, 10, 2, &["Uttar Pradesh", "Punjab", "Goa", "Uttarakhand", "Manipur"]),
    (2022, 10, 19, 1, &["Delhi"]),
    (2022, 12, 8, 1, &["Gujarat", "Himachal Pradesh"]),
    (2023, 5, 13, 1, &["Karnataka"]),
    (2023, 12, 3, 2, &["Madhya Pradesh", "Rajasthan", "Chhattisgarh", "Telangana"]),
    (2024, 6, 4, 4, LOK_SABHA),
    (2024, 10, 8, 1, &["Haryana", "Jammu and Kashmir"]),
    (2024, 11, 23, 1, &["Maharashtra", "Jharkhand"]),
];

const SPRING_STATES: &[&str] = &["Uttar Pradesh", "Punjab", "Kerala", "West Bengal", "Assam"];
const WINTER_STATES: &[&str] = &[
    "Rajasthan",
    "Madhya Pradesh",
    "Gujarat",
    "Bihar",
    "Karnataka",
];

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid calendar date")
}

pub(crate) struct Calendar {
    first: NaiveDate,
    days: u64,
    peaks: Vec<Peak>,
    total_weight: u32,
}

impl Calendar {
    /// January 1 of `start_year` to December 31 of the last of `years` years.
    pub(crate) fn new(start_year: i32, years: u32) -> Calendar {
        let years = years.max(1);
        let last_year = start_year + years as i32 - 1;
        let first = ymd(start_year, 1, 1);
        let days = (ymd(last_year, 12, 31) - first).num_days() as u64 + 1;
        let mut peaks = Vec::new();
        for y in start_year..=last_year {
            let known: Vec<_> = KNOWN.iter().filter(|k| k.0 == y).collect();
            if known.is_empty() {
                // Years outside the table: a general election every five years, state polls
                // in spring and winter every year.
                if (y - 2014).rem_euclid(5) == 0 {
                    peaks.push((ymd(y, 5, 20), 4, LOK_SABHA));
                }
                peaks.push((ymd(y, 3, 10), 1, SPRING_STATES));
                peaks.push((ymd(y, 11, 20), 1, WINTER_STATES));
            } else {
                peaks.extend(known.iter().map(|k| (ymd(k.0, k.1, k.2), k.3, k.4)));
            }
        }
        let peaks: Vec<Peak> = peaks
            .into_iter()
            .map(|(day, weight, states)| Peak {
                day,
                weight,
                states,
            })
            .collect();
        let total_weight = peaks.iter().map(|p| p.weight).sum();
        Calendar {
            first,
            days,
            peaks,
            total_weight,
        }
    }

    #[cfg(test)]
    pub(crate) fn first(&self) -> NaiveDate {
        self.first
    }

    pub(crate) fn last(&self) -> NaiveDate {
        self.first + Days::new(self.days - 1)
    }

    /// A publication date: two in five cluster in the ten weeks before a poll and the three
    /// weeks after it; the rest spread evenly. The peak is returned when the date is near one.
    pub(crate) fn sample(&self, rng: &mut Rng) -> (NaiveDate, Option<&Peak>) {
        if rng.chance(40) && self.total_weight > 0 {
            let mut w = rng.below(self.total_weight as usize) as u32;
            let peak = self
                .peaks
                .iter()
                .find(|p| {
                    if w < p.weight {
                        true
                    } else {
                        w -= p.weight;
                        false
                    }
                })
                .expect("weights add up");
            let offset = rng.range(-36, 10) + rng.range(-36, 10);
            if let Some(day) = peak.day.checked_add_signed(chrono::TimeDelta::days(offset))
                && day >= self.first
                && day <= self.last()
            {
                return (day, Some(peak));
            }
        }
        let day = self.first + Days::new(rng.below(self.days as usize) as u64);
        (day, None)
    }
}

fn shift(date: NaiveDate, days: i64) -> NaiveDate {
    date.checked_add_signed(chrono::TimeDelta::days(days))
        .unwrap_or(date)
}

fn month_day(out: &mut String, d: NaiveDate) {
    let _ = write!(out, "{} {}", MONTHS[d.month0() as usize], d.day());
}

/// A time adverbial for "said {WHEN} that": mostly days of the week and calendar dates
/// shortly before the publication date.
pub(crate) fn when(out: &mut String, rng: &mut Rng, published: NaiveDate) {
    match rng.below(20) {
        0..=6 => {
            let d = shift(published, -rng.range(1, 6));
            out.push_str("on ");
            out.push_str(WEEKDAYS[d.weekday().num_days_from_monday() as usize]);
            if rng.chance(15) {
                out.push_str(if rng.chance(50) {
                    " evening"
                } else {
                    " morning"
                });
            }
        }
        7..=11 => {
            out.push_str("on ");
            month_day(out, shift(published, -rng.range(1, 40)));
        }
        12..=13 => out.push_str("at the weekend"),
        14..=15 => out.push_str("last week"),
        16 => out.push_str("earlier this month"),
        17 => out.push_str("the next morning"),
        18 => out.push_str("on Wednesday last"),
        _ => {
            out.push_str("on ");
            out.push_str(WEEKDAYS[published.weekday().num_days_from_monday() as usize]);
        }
    }
}

/// A coming date for schedules: "from September 18", "on August 21 and 22", "on Friday",
/// "on Monday, January 14"; with `on_only`, one day after "on".
pub(crate) fn upcoming(out: &mut String, rng: &mut Rng, published: NaiveDate, on_only: bool) {
    let d = shift(published, rng.range(1, 60));
    let kind = rng.below(5);
    match kind {
        0 if !on_only => {
            out.push_str("from ");
            month_day(out, d);
        }
        1 if !on_only && d.day() < 28 => {
            out.push_str("on ");
            month_day(out, d);
            let _ = write!(out, " and {}", d.day() + 1);
        }
        2 => {
            out.push_str("on ");
            out.push_str(WEEKDAYS[d.weekday().num_days_from_monday() as usize]);
            out.push_str(", ");
            month_day(out, d);
        }
        3 => {
            // A weekday names the coming week only.
            let d = shift(published, rng.range(1, 6));
            out.push_str("on ");
            out.push_str(WEEKDAYS[d.weekday().num_days_from_monday() as usize]);
        }
        _ => {
            out.push_str("on ");
            month_day(out, d);
        }
    }
}

/// A bare calendar date near the publication date: "January 14".
pub(crate) fn bare(out: &mut String, rng: &mut Rng, published: NaiveDate) {
    month_day(out, shift(published, rng.range(-30, 30)));
}

/// A past year: "in 2019".
pub(crate) fn year(out: &mut String, rng: &mut Rng, published: NaiveDate) {
    let _ = write!(out, "in {}", published.year() - rng.range(1, 8) as i32);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_stay_in_range_and_cluster_near_polls() {
        let cal = Calendar::new(2015, 10);
        assert_eq!(cal.first(), ymd(2015, 1, 1));
        assert_eq!(cal.last(), ymd(2024, 12, 31));
        let mut rng = Rng::for_article(1, 1);
        let mut near = 0;
        for _ in 0..10_000 {
            let (d, peak) = cal.sample(&mut rng);
            assert!(d >= cal.first() && d <= cal.last());
            near += usize::from(peak.is_some());
        }
        assert!((3_000..5_000).contains(&near), "{near}");
        let other = Calendar::new(1990, 3);
        assert_eq!(other.last(), ymd(1992, 12, 31));
        assert!(!other.peaks.is_empty());
    }

    #[test]
    fn mentions_read_like_dates() {
        let mut rng = Rng::for_article(2, 2);
        let d = ymd(2024, 8, 20);
        let mut s = String::new();
        for _ in 0..200 {
            when(&mut s, &mut rng, d);
            s.push('|');
            upcoming(&mut s, &mut rng, d, false);
            s.push('|');
        }
        assert!(s.contains("on Monday") || s.contains("on Tuesday"));
        assert!(s.contains("from September") || s.contains("from October"));
        assert!(s.contains(" and "));
    }
}
