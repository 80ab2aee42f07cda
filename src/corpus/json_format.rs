//! JSON (an array of objects, or one object) and JSON Lines (one object a line).

use super::dates::parse_date;
use super::{Article, Diagnostic, Location};
use serde_json::{Map, Value};

const BODY_FIELDS: &[&str] = &["body", "content", "text", "ctext"];
const HEADLINE_FIELDS: &[&str] = &["headline", "title"];

/// Articles and problems from one file.
#[derive(Default)]
pub struct Parsed {
    pub articles: Vec<Article>,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn parse_json(path: &str, stem: &str, text: &str) -> Parsed {
    let mut out = Parsed::default();
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            out.diagnostics.push(
                Diagnostic::error(path, format!("invalid JSON: {e}")).at(Location::Line(e.line())),
            );
            return out;
        }
    };
    let items = match value {
        Value::Array(items) => items,
        Value::Object(map) => match map.get("articles") {
            Some(Value::Array(items)) => items.clone(),
            _ => vec![Value::Object(map)],
        },
        other => {
            out.diagnostics.push(Diagnostic::error(
                path,
                format!(
                    "expected an array of article objects, found {}",
                    kind(&other)
                ),
            ));
            return out;
        }
    };
    for (i, item) in items.into_iter().enumerate() {
        let default_id = format!("{stem}#{}", i + 1);
        push(
            &mut out,
            from_value(path, &default_id, item),
            Location::Item(i),
        );
    }
    out
}

pub fn parse_jsonl(path: &str, stem: &str, text: &str) -> Parsed {
    use rayon::prelude::*;
    // Lines are independent: parse them in parallel, then keep file order.
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let results: Vec<(usize, Result<Article, Diagnostic>)> = lines
        .into_par_iter()
        .with_min_len(256)
        .map(|(i, line)| {
            let line_no = i + 1;
            let default_id = format!("{stem}#{line_no}");
            let result = serde_json::from_str::<Value>(line)
                .map_err(|e| Diagnostic::error(path, format!("invalid JSON: {e}")))
                .and_then(|v| from_value(path, &default_id, v));
            (line_no, result)
        })
        .collect();
    let mut out = Parsed::default();
    for (line_no, result) in results {
        push(&mut out, result, Location::Line(line_no));
    }
    out
}

fn push(out: &mut Parsed, result: Result<Article, Diagnostic>, at: Location) {
    match result {
        Ok(a) => out.articles.push(a),
        Err(d) => out.diagnostics.push(d.at(at)),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A string field: absent or null is `None`; any other non-string is an error naming the field.
fn string_field(
    path: &str,
    map: &Map<String, Value>,
    name: &str,
) -> Result<Option<String>, Diagnostic> {
    match map.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(Diagnostic::error(
            path,
            format!("expected a string, found {}", kind(other)),
        )
        .field(name)),
    }
}

fn first_field(
    path: &str,
    map: &Map<String, Value>,
    names: &[&str],
) -> Result<Option<String>, Diagnostic> {
    for name in names {
        if let Some(s) = string_field(path, map, name)?
            && !s.trim().is_empty()
        {
            return Ok(Some(s));
        }
    }
    Ok(None)
}

fn from_value(path: &str, default_id: &str, value: Value) -> Result<Article, Diagnostic> {
    let Value::Object(map) = value else {
        return Err(Diagnostic::error(
            path,
            format!("expected an article object, found {}", kind(&value)),
        ));
    };
    let raw_date = string_field(path, &map, "date")?
        .ok_or_else(|| Diagnostic::error(path, "missing required field").field("date"))?;
    let date = parse_date(&raw_date).ok_or_else(|| {
        Diagnostic::error(path, format!("unreadable or impossible date `{raw_date}`")).field("date")
    })?;
    let id = match map.get("id") {
        None | Some(Value::Null) => default_id.to_string(),
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(other) => {
            return Err(Diagnostic::error(
                path,
                format!("expected a string or number, found {}", kind(other)),
            )
            .field("id"));
        }
    };
    let Some(body) = first_field(path, &map, BODY_FIELDS)? else {
        return Err(Diagnostic::warning(
            path,
            format!(
                "empty or missing body ({}): skipped",
                BODY_FIELDS.join(", ")
            ),
        ));
    };
    let mut article = Article::new(id, date, body, path.to_string());
    article.headline = first_field(path, &map, HEADLINE_FIELDS)?.unwrap_or_default();
    article.place = string_field(path, &map, "place")?.filter(|s| !s.trim().is_empty());
    article.url = string_field(path, &map, "url")?.map(|s| s.trim().to_string());
    article.source = string_field(path, &map, "source")?;
    article.summary = string_field(path, &map, "summary")?;
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_with_all_fields() {
        let p = parse_json(
            "a.json",
            "a",
            r#"[{"id":"x1","date":"2024-08-20","title":"T","content":"Body.","place":"Srinagar","url":"http://u","source":"S"},
                {"date":"3 August 2017","text":"Other."}]"#,
        );
        assert!(p.diagnostics.is_empty());
        assert_eq!(p.articles.len(), 2);
        let a = &p.articles[0];
        assert_eq!(
            (a.id.as_str(), a.headline.as_str(), a.body.as_str()),
            ("x1", "T", "Body.")
        );
        assert_eq!(a.place.as_deref(), Some("Srinagar"));
        assert_eq!(p.articles[1].id, "a#2");
    }

    #[test]
    fn wrong_type_names_item_and_field() {
        let p = parse_json(
            "a.json",
            "a",
            r#"[{"date":"2024-08-20","body":"ok"},{"date":20240820,"body":"x"},{"date":"2024-08-20","body":["x"]}]"#,
        );
        assert_eq!(p.articles.len(), 1);
        assert_eq!(p.diagnostics.len(), 2);
        let d = &p.diagnostics[0];
        assert_eq!(d.location, Some(Location::Item(1)));
        assert_eq!(d.field.as_deref(), Some("date"));
        assert!(
            d.to_string()
                .contains("a.json: item 1: field `date`: expected a string, found a number")
        );
        assert_eq!(p.diagnostics[1].field.as_deref(), Some("body"));
    }

    #[test]
    fn jsonl_broken_line_named() {
        let p = parse_jsonl(
            "a.jsonl",
            "a",
            "{\"date\":\"2024-01-01\",\"body\":\"one\"}\n{\"date\": \"2024-01-02\", \"body\": \n\n{\"date\":\"2024-01-03\",\"body\":\"three\"}\n",
        );
        assert_eq!(p.articles.len(), 2);
        assert_eq!(p.articles[1].id, "a#4");
        assert_eq!(p.diagnostics.len(), 1);
        assert_eq!(p.diagnostics[0].location, Some(Location::Line(2)));
        assert!(p.diagnostics[0].message.contains("invalid JSON"));
    }

    #[test]
    fn not_json_at_all() {
        let p = parse_json("a.json", "a", "{oops");
        assert!(p.articles.is_empty());
        assert!(p.diagnostics[0].is_error());
        let p = parse_json("a.json", "a", "42");
        assert!(p.diagnostics[0].message.contains("found a number"));
    }

    #[test]
    fn missing_date_and_empty_body() {
        let p = parse_json(
            "a.json",
            "a",
            r#"[{"body":"x"},{"date":"2024-01-01","body":"  "}]"#,
        );
        assert!(p.diagnostics[0].is_error());
        assert!(!p.diagnostics[1].is_error());
    }
}
