//! The radar chart of dimension scores, drawn as inline SVG, with its data table.

use leptos::prelude::*;

use super::state::Content;
use crate::core::radar::{layout, polygon, ring};
use crate::core::scoring::{DimensionScore, Maturity};
use crate::core::text::fill;

const SIZE: f64 = 420.0;
const MARGIN: f64 = 95.0;

/// The chart and, after it, the same figures as a table.
#[component]
pub fn RadarChart(
    /// One score per dimension, in bank order.
    scores: Vec<DimensionScore>,
) -> impl IntoView {
    let Content { bank, text } = expect_context();
    let values: Vec<Option<u32>> = scores.iter().map(|s| s.score).collect();
    let radar = layout(&values, SIZE, MARGIN);
    let rings = [0.25, 0.5, 0.75, 1.0].map(|f| ring(&radar, f));
    let axes = radar.axes.clone();
    let (cx, cy) = radar.center.rounded();
    let labels = radar
        .labels
        .iter()
        .zip(&scores)
        .map(|((p, anchor), s)| {
            let title = &bank.dimensions[s.dimension].short_title;
            let score = s.score.map_or_else(|| "?".to_owned(), |v| v.to_string());
            let (x, y) = p.rounded();
            view! {
                <text x=x y=y text-anchor=anchor.as_svg() class="radar__label">
                    {format!("{title} ({score})")}
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
                viewBox=format!("0 0 {SIZE} {SIZE}")
                role="img"
                aria-labelledby="radar-title radar-desc"
                class="radar__svg"
            >
                <title id="radar-title">{text.chart_title.clone()}</title>
                <desc id="radar-desc">{text.chart_desc.clone()}</desc>
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
        <table class="score-table">
            <caption>{text.chart_heading.clone()}</caption>
            <thead>
                <tr>
                    <th scope="col">{text.table_area.clone()}</th>
                    <th scope="col">{text.table_score.clone()}</th>
                    <th scope="col">{text.table_level.clone()}</th>
                    <th scope="col">{text.table_answered.clone()}</th>
                </tr>
            </thead>
            <tbody>
                {scores
                    .iter()
                    .map(|s| {
                        let (score, level) = match s.score {
                            Some(v) => (v.to_string(), text.maturity_levels[Maturity::of(v).index()].clone()),
                            None => (text.unknown_score.clone(), text.unknown_score.clone()),
                        };
                        view! {
                            <tr>
                                <th scope="row">{bank.dimensions[s.dimension].title.clone()}</th>
                                <td class="num">
                                    {score}
                                    <span class="score-bar" aria-hidden="true">
                                        <span style:width=format!("{}%", s.score.unwrap_or(0))></span>
                                    </span>
                                </td>
                                <td>{level}</td>
                                <td class="num">
                                    {format!("{} / {}", s.answered, s.total)}
                                    {(s.not_sure > 0).then(|| view! {
                                        <span class="score-table__not-sure">
                                            {fill(&text.not_sure_count, &[("count", &s.not_sure)])}
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
