//! Geometry of the radar chart: where each axis, score point and label goes.
//!
//! Pure arithmetic, so the chart's shape is tested natively; the UI only turns these
//! points into SVG elements.

use std::f64::consts::PI;

/// A point in SVG user units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Horizontal position, growing to the right.
    pub x: f64,
    /// Vertical position, growing downwards.
    pub y: f64,
}

impl Point {
    /// The point rounded to whole SVG units, which is finer than the chart needs.
    pub fn rounded(self) -> (i32, i32) {
        (self.x.round() as i32, self.y.round() as i32)
    }
}

/// Which way a label's text should extend from its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// Text starts at the anchor (label on the right side).
    Start,
    /// Text is centred on the anchor (label at the top or bottom).
    Middle,
    /// Text ends at the anchor (label on the left side).
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn as_svg(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::Middle => "middle",
            Self::End => "end",
        }
    }
}

/// A radar chart laid out in a `width` × `height` box, centred.
#[derive(Debug, Clone, PartialEq)]
pub struct Radar {
    /// The centre of the chart.
    pub center: Point,
    /// The radius of the 100 ring.
    pub radius: f64,
    /// The outer end of each axis, one per value.
    pub axes: Vec<Point>,
    /// The score of each value plotted on its axis (unknown scores sit at the centre).
    pub points: Vec<Point>,
    /// Where each axis label goes, and how it is anchored.
    pub labels: Vec<(Point, Anchor)>,
}

/// Lays out a radar chart of the given `radius` for scores 0–100 (or unknown), centred in
/// a `width` × `height` box; the space around the circle is for labels. The first axis
/// points straight up and the rest follow clockwise.
pub fn layout(scores: &[Option<u32>], width: f64, height: f64, radius: f64) -> Radar {
    let center = Point {
        x: width / 2.0,
        y: height / 2.0,
    };
    let n = scores.len().max(1) as f64;
    let at = |i: usize, r: f64| {
        let angle = -PI / 2.0 + 2.0 * PI * i as f64 / n;
        Point {
            x: center.x + r * angle.cos(),
            y: center.y + r * angle.sin(),
        }
    };
    let axes = (0..scores.len()).map(|i| at(i, radius)).collect();
    let points = scores
        .iter()
        .enumerate()
        .map(|(i, s)| at(i, radius * f64::from(s.unwrap_or(0).min(100)) / 100.0))
        .collect();
    let labels = (0..scores.len())
        .map(|i| {
            let p = at(i, radius + 12.0);
            let dx = p.x - center.x;
            let anchor = if dx.abs() < radius * 0.15 {
                Anchor::Middle
            } else if dx > 0.0 {
                Anchor::Start
            } else {
                Anchor::End
            };
            (p, anchor)
        })
        .collect();
    Radar {
        center,
        radius,
        axes,
        points,
        labels,
    }
}

/// A closed polygon through `points`, as an SVG `points` attribute.
pub fn polygon(points: &[Point]) -> String {
    points
        .iter()
        .map(|p| {
            let (x, y) = p.rounded();
            format!("{x},{y}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The ring at `fraction` of the radius (0.0–1.0), as an SVG `points` attribute.
pub fn ring(radar: &Radar, fraction: f64) -> String {
    let pts: Vec<Point> = radar
        .axes
        .iter()
        .map(|a| Point {
            x: radar.center.x + (a.x - radar.center.x) * fraction,
            y: radar.center.y + (a.y - radar.center.y) * fraction,
        })
        .collect();
    polygon(&pts)
}
