//! The radar chart of dimension scores, drawn as inline SVG, with its data table.

use leptos::prelude::*;

use super::state::{AppState, Content, PartContent};
use crate::core::radar::{layout, polygon, ring};
use crate::core::record::Mode;
use crate::core::scoring::DimensionScore;
use crate::core::text::fill;

/// The chart's SVG box: wider than tall, leaving room for labels left and right.
const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 440.0;
const RADIUS: f64 = 150.0;
/// `WIDTH` and `HEIGHT` as the SVG `viewBox`, written out so the page needs no float formatting.
const VIEW_BOX: &str = "0 0 560 440";

/// The chart and, after it, the same figures as a table.
#[component]
pub fn RadarChart(
    /// One score per dimension, in bank order.
    scores: Vec<DimensionScore>,
) -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    // After the pulse, each area says how much of it the pulse asked.
    let pulse = use_context::<AppState>()
        .is_some_and(|state| state.record.with_untracked(|r| r.mode == Mode::Pulse));
    let values: Vec<Option<u32>> = scores.iter().map(|s| s.score).collect();
    let radar = layout(&values, WIDTH, HEIGHT, RADIUS);
    let rings = [0.25, 0.5, 0.75, 1.0].map(|f| ring(&radar, f));
    let axes = radar.axes.clone();
    let (cx, cy) = radar.center.rounded();
    let labels = radar
        .labels
        .iter()
        .zip(&scores)
        .map(|((p, anchor), s)| {
            let title = bank.dimensions[s.dimension].short_title.clone();
            let score = s.score.map_or_else(|| "?".to_owned(), |v| v.to_string());
            let (x, y) = p.rounded();
            // Two-line names grow downwards from `y`: lift those above the centre so they
            // clear the chart, and centre those at the sides on their axis.
            let name_y = match p.y - radar.center.y {
                dy if dy < -RADIUS / 2.0 => y - 18,
                dy if dy > RADIUS / 2.0 => y + 8,
                _ => y - 6,
            };
            view! {
                <text x=x y=name_y text-anchor=anchor.as_svg() class="radar__label">
                    <tspan x=x>{title}</tspan>
                    <tspan x=x dy="1.2em" class="radar__score">{score}</tspan>
                </text>
            }
        })
        .collect_view();
    let dots = radar
        .points
        .iter()
        .map(|p| {
            let (cx, cy) = p.rounded();
            view! { <circle cx=cx cy=cy r="4" class="radar__dot"></circle> }
        })
        .collect_view();

    view! {
        <figure class="radar">
            <svg
                viewBox=VIEW_BOX
                role="img"
                aria-labelledby="radar-title radar-desc"
                class="radar__svg"
            >
                <title id="radar-title">{text.chart_title}</title>
                <desc id="radar-desc">{text.chart_desc}</desc>
                {rings.into_iter().map(|points| view! { <polygon points=points class="radar__ring"></polygon> }).collect_view()}
                {axes
                    .iter()
                    .map(|a| {
                        let (x2, y2) = a.rounded();
                        view! { <line x1=cx y1=cy x2=x2 y2=y2 class="radar__axis"></line> }
                    })
                    .collect_view()}
                <polygon points=polygon(&radar.points) class="radar__area"></polygon>
                {dots}
                {labels}
            </svg>
        </figure>
        // On a phone the table stands in for the chart, drawn as bars (`style/parts.css`).
        <table class="score-table score-table--areas">
            <caption class="visually-hidden">{text.chart_heading}</caption>
            <thead>
                <tr>
                    <th scope="col">{text.table_area}</th>
                    <th scope="col">{text.table_score}</th>
                    <th scope="col">{text.table_level}</th>
                    <th scope="col">{text.table_answered}</th>
                </tr>
            </thead>
            <tbody>
                {scores
                    .iter()
                    .map(|s| {
                        let (score, level) = crate::core::wording::score_cells(text, s.score);
                        view! {
                            <tr>
                                <th scope="row">{bank.dimensions[s.dimension].title.clone()}</th>
                                <td class="num score-table__score">
                                    {score}
                                    <span class="score-bar" aria-hidden="true">
                                        <span style:width=format!("{}%", s.score.unwrap_or(0))></span>
                                    </span>
                                </td>
                                <td>{level}</td>
                                <td class="num score-table__answered">
                                    <span class="score-table__cell-label">{text.table_answered}": "</span>
                                    {if pulse {
                                        let asked = bank.dimensions[s.dimension].items.iter().filter(|i| i.pulse).count();
                                        fill(text.pulse_coverage, &[("answered", &s.answered), ("asked", &asked), ("total", &s.total)])
                                    } else {
                                        format!("{} / {}", s.answered, s.total)
                                    }}
                                    {(s.not_sure > 0).then(|| view! {
                                        <span class="score-table__not-sure">
                                            {fill(text.not_sure_count, &[("count", &s.not_sure)])}
                                        </span>
                                    })}
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
