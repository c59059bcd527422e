//! The radar chart of dimension scores, drawn as inline SVG, with its data table.

use leptos::prelude::*;

use super::state::Content;
use crate::core::radar::{layout, polygon, ring};
use crate::core::scoring::{DimensionScore, Maturity};

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
    let center = radar.center;
    let labels = radar
        .labels
        .iter()
        .zip(&scores)
        .map(|((p, anchor), s)| {
            let title = bank.dimensions[s.dimension].title.clone();
            let score = s.score.map_or_else(|| "?".to_owned(), |v| v.to_string());
            view! {
                <text x=format!("{:.1}", p.x) y=format!("{:.1}", p.y) text-anchor=anchor.as_svg() class="radar__label">
                    {format!("{title} ({score})")}
                </text>
            }
        })
        .collect_view();
    let dots = radar
        .points
        .iter()
        .map(|p| view! { <circle cx=format!("{:.1}", p.x) cy=format!("{:.1}", p.y) r="4" class="radar__dot"></circle> })
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
                    .map(|a| view! {
                        <line
                            x1=format!("{:.1}", center.x)
                            y1=format!("{:.1}", center.y)
                            x2=format!("{:.1}", a.x)
                            y2=format!("{:.1}", a.y)
                            class="radar__axis"
                        ></line>
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
                    <th scope="col">{text.table_not_sure.clone()}</th>
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
                                <td class="num">{format!("{} / {}", s.answered, s.total)}</td>
                                <td class="num">{s.not_sure}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
