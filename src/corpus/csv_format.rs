//! CSV with a header row; columns found by name, case-insensitively.

use super::dates::parse_date;
use super::json_format::Parsed;
use super::{Article, Diagnostic, Location};

const DATE_COLUMNS: &[&str] = &["date", "published", "published_at", "pub_date", "datetime"];
const HEADLINE_COLUMNS: &[&str] = &["headline", "headlines", "title"];
/// Full-text columns, fullest first: one of these is the body when present.
const FULL_TEXT_COLUMNS: &[&str] = &["body", "content", "ctext", "article", "full_text"];
/// Short-text columns: the body only when no full-text column exists, else kept as summary.
const SUMMARY_COLUMNS: &[&str] = &["text", "summary", "description"];
const URL_COLUMNS: &[&str] = &["url", "link", "read_more"];
const PLACE_COLUMNS: &[&str] = &["place", "location", "dateline"];

struct Columns {
    date: usize,
    body: usize,
    summary: Option<usize>,
    headline: Option<usize>,
    id: Option<usize>,
    url: Option<usize>,
    source: Option<usize>,
    place: Option<usize>,
}

fn find(headers: &[String], names: &[&str]) -> Option<usize> {
    names.iter().find_map(|n| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(n))
    })
}

fn columns(path: &str, headers: &[String]) -> Result<Columns, Diagnostic> {
    let header_list = headers.join(",");
    let date = find(headers, DATE_COLUMNS).ok_or_else(|| {
        Diagnostic::error(path, format!("no date column (header: {header_list})"))
            .at(Location::Line(1))
    })?;
    let full = find(headers, FULL_TEXT_COLUMNS);
    let short = find(headers, SUMMARY_COLUMNS);
    let (body, summary) = match (full, short) {
        (Some(f), s) => (f, s),
        (None, Some(s)) => (s, None),
        (None, None) => {
            let wanted = [FULL_TEXT_COLUMNS, SUMMARY_COLUMNS].concat().join(", ");
            return Err(Diagnostic::error(
                path,
                format!("no body column: looked for {wanted} (header: {header_list})"),
            )
            .at(Location::Line(1)));
        }
    };
    Ok(Columns {
        date,
        body,
        summary,
        headline: find(headers, HEADLINE_COLUMNS),
        id: find(headers, &["id"]),
        url: find(headers, URL_COLUMNS),
        source: find(headers, &["source", "publisher"]),
        place: find(headers, PLACE_COLUMNS),
    })
}

pub fn parse(path: &str, stem: &str, text: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_string).collect(),
        Err(e) => {
            out.diagnostics.push(Diagnostic::error(
                path,
                format!("unreadable CSV header: {e}"),
            ));
            return out;
        }
    };
    let cols = match columns(path, &headers) {
        Ok(c) => c,
        Err(d) => {
            out.diagnostics.push(d);
            return out;
        }
    };
    let mut record = csv::StringRecord::new();
    let mut row = 0;
    loop {
        let start = reader.position().byte() as usize;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                row += 1;
                let line = record.position().map_or(0, |p| p.line() as usize);
                let at = Location::Row { row, line };
                let end = reader.position().byte() as usize;
                let raw = text.get(start..end).unwrap_or("");
                let result = if end >= text.len() && raw.matches('"').count() % 2 == 1 {
                    Err(Diagnostic::error(
                        path,
                        "unterminated quoted field: the row runs to the end of the file",
                    ))
                } else if record.len() != headers.len() {
                    Err(Diagnostic::error(
                        path,
                        format!(
                            "ragged row: {} fields, the header has {}",
                            record.len(),
                            headers.len()
                        ),
                    ))
                } else {
                    article(path, &format!("{stem}#{row}"), &record, &cols, &headers)
                };
                match result {
                    Ok(a) => out.articles.push(a),
                    Err(d) => out.diagnostics.push(d.at(at)),
                }
            }
            Err(e) => {
                row += 1;
                out.diagnostics
                    .push(Diagnostic::error(path, format!("unreadable row: {e}")));
            }
        }
    }
    out
}

fn article(
    path: &str,
    default_id: &str,
    record: &csv::StringRecord,
    cols: &Columns,
    headers: &[String],
) -> Result<Article, Diagnostic> {
    let get = |i: Option<usize>| {
        i.and_then(|i| record.get(i))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let date_name = &headers[cols.date];
    let raw_date = get(Some(cols.date))
        .ok_or_else(|| Diagnostic::error(path, "empty date").field(date_name))?;
    let date = parse_date(raw_date).ok_or_else(|| {
        Diagnostic::error(path, format!("unreadable or impossible date `{raw_date}`"))
            .field(date_name)
    })?;
    let Some(body) = get(Some(cols.body)) else {
        return Err(Diagnostic::warning(path, "empty body: skipped").field(&headers[cols.body]));
    };
    let id = get(cols.id).map_or_else(|| default_id.to_string(), str::to_string);
    let mut a = Article::new(id, date, body.to_string(), path.to_string());
    a.headline = get(cols.headline).unwrap_or_default().to_string();
    a.summary = get(cols.summary).map(str::to_string);
    a.url = get(cols.url).map(str::to_string);
    a.source = get(cols.source).map(str::to_string);
    a.place = get(cols.place).map(str::to_string);
    Ok(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_summary_shape() {
        let csv = "author,date,headlines,read_more,text,ctext\n\
                   A,\"03 Aug 2017,Thursday\",Head one,http://x?utm=1 ,Short one.,\"Full one,\nwith newline.\"\n\
                   B,\"02 Aug 2017,Wednesday\",Head two,http://y ,Short two.,\n";
        let p = parse("n.csv", "n", csv);
        assert_eq!(p.articles.len(), 1);
        let a = &p.articles[0];
        assert_eq!(a.id, "n#1");
        assert_eq!(a.date.to_string(), "2017-08-03");
        assert_eq!(a.headline, "Head one");
        assert_eq!(a.body, "Full one,\nwith newline.");
        assert_eq!(a.summary.as_deref(), Some("Short one."));
        assert_eq!(a.url.as_deref(), Some("http://x?utm=1"));
        assert_eq!(p.diagnostics.len(), 1);
        let d = &p.diagnostics[0];
        assert!(!d.is_error());
        assert_eq!(d.location, Some(Location::Row { row: 2, line: 4 }));
    }

    #[test]
    fn summary_is_body_without_full_text() {
        let p = parse(
            "s.csv",
            "s",
            "Date,Title,Summary\n2024-01-01,T,The summary.\n",
        );
        assert_eq!(p.articles[0].body, "The summary.");
        assert_eq!(p.articles[0].summary, None);
    }

    #[test]
    fn missing_body_column_is_a_file_error() {
        let p = parse("m.csv", "m", "date,headline\n2024-01-01,T\n");
        assert!(p.articles.is_empty());
        assert!(p.diagnostics[0].message.contains("no body column"));
        assert!(p.diagnostics[0].is_error());
    }

    #[test]
    fn ragged_and_unterminated_rows() {
        let p = parse(
            "r.csv",
            "r",
            "date,title,body\n2024-01-01,A,Good.\n2024-01-02,B\n2024-01-03,C,\"Never closed\nmore\n",
        );
        assert_eq!(p.articles.len(), 1);
        assert_eq!(p.diagnostics.len(), 2);
        assert!(p.diagnostics[0].message.contains("ragged row: 2 fields"));
        assert_eq!(
            p.diagnostics[0].location,
            Some(Location::Row { row: 2, line: 3 })
        );
        assert!(p.diagnostics[1].message.contains("unterminated"));
    }

    #[test]
    fn bad_date_row_skipped() {
        let p = parse(
            "d.csv",
            "d",
            "id,date,body\nk1,2024-13-45,x\nk2,2024-01-01,y\n",
        );
        assert_eq!(p.articles.len(), 1);
        assert_eq!(p.articles[0].id, "k2");
        assert!(p.diagnostics[0].to_string().contains("field `date`"));
    }
}
