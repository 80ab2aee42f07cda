//! The one-line sparkline of entries per month above the timeline.

use super::Theme;
use crate::tui::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

const BARS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// Month slots covered by each column: columns share months when there are more columns,
/// months share columns (summed) when there are more months.
fn columns(months: usize, width: usize) -> Vec<std::ops::Range<usize>> {
    (0..width)
        .map(|c| {
            let start = c * months / width;
            let end = ((c + 1) * months / width).max(start + 1).min(months.max(1));
            start..end
        })
        .collect()
}

pub fn render(app: &App, theme: &Theme, area: Rect, frame: &mut Frame) {
    let counts = &app.view.density;
    let width = area.width as usize;
    if counts.is_empty() || width == 0 {
        return;
    }
    let cols = columns(counts.len(), width);
    let sums: Vec<usize> = cols
        .iter()
        .map(|r| counts[r.clone()].iter().sum())
        .collect();
    let max = sums.iter().copied().max().unwrap_or(0).max(1);
    let selected = app.selected_month_slot();
    let spans: Vec<Span> = cols
        .iter()
        .zip(&sums)
        .map(|(range, &n)| {
            let level = if n == 0 {
                0
            } else {
                1 + (n * 7).div_ceil(max).min(7)
            };
            let here = selected.is_some_and(|s| range.contains(&s));
            let c = if here && level == 0 {
                '▁'
            } else {
                BARS[level.min(8)]
            };
            Span::styled(
                c.to_string(),
                if here {
                    theme.density_selected()
                } else {
                    theme.density()
                },
            )
        })
        .collect();
    frame.render_widget(Line::from(spans), area);
}

#[cfg(test)]
mod tests {
    use super::columns;

    #[test]
    fn more_columns_than_months_stretch() {
        let c = columns(3, 6);
        assert_eq!(c, [0..1, 0..1, 1..2, 1..2, 2..3, 2..3]);
    }

    #[test]
    fn more_months_than_columns_share() {
        let c = columns(10, 4);
        assert_eq!(c.first().unwrap().start, 0);
        assert_eq!(c.last().unwrap().end, 10);
        let covered: usize = c.iter().map(|r| r.len()).sum();
        assert_eq!(covered, 10);
    }
}
