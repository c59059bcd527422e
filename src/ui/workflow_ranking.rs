//! The outcome of prioritisation: the "Start here" recommendation with its reasons, the
//! user's deliberate choice, the ranked list with a breakdown per criterion, and the
//! value-versus-risk chart with its table.

use leptos::prelude::*;

use super::state::{AppState, PartContent, PilotContent, Scored};
use crate::core::prioritise::{rank, Ranked, Ranking};
use crate::core::record::Screen;
use crate::core::text::fill;
use crate::core::workflows::Criterion;
use crate::platform::focus_after_render;

/// The ranking, recomputed whenever an answer, a pick or a rating changes.
#[component]
pub fn RankingView() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let PilotContent { catalogue, .. } = expect_context();
    let state: AppState = expect_context();
    let Scored(scored) = expect_context();
    move || {
        let assessment = scored.read();
        state.record.with(|record| {
            let ranking = rank(&catalogue.workflows, &record.workflows, &assessment.judgement);
            let unrated = (!ranking.unrated.is_empty()).then(|| {
                let names = ranking.unrated.iter().map(|w| w.name.as_str()).collect::<Vec<_>>().join(", ");
                view! { <p class="muted">{fill(text.unrated_note, &[("names", &names)])}</p> }
            });
            if ranking.ranked.is_empty() {
                return view! {
                    <p class="muted">{text.ranking_empty}</p>
                    {unrated}
                }
                .into_any();
            }
            let chosen = record.workflows.chosen.clone();
            view! {
                {start_here(&ranking, chosen.as_deref())}
                <ol class="ranking">
                    {ranking
                        .ranked
                        .iter()
                        .enumerate()
                        .map(|(i, r)| ranked_item(i, r, Some(i) == ranking.recommended, chosen.as_deref() == Some(&r.workflow.id)))
                        .collect_view()}
                </ol>
                {unrated}
                {chart(&ranking)}
            }
            .into_any()
        })
    }
}

fn criterion_label(c: Criterion) -> String {
    let PilotContent { catalogue, .. } = expect_context();
    catalogue
        .criterion(c)
        .map(|t| t.label.clone())
        .unwrap_or_default()
}

/// The recommendation and why it won, or the user's own choice.
fn start_here(ranking: &Ranking<'_>, chosen: Option<&str>) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let Some(best) = ranking.recommended.map(|i| &ranking.ranked[i]) else {
        let candidate = ranking.first_candidate.map(|i| {
            view! {
                <h3 class="card__label">{text.first_candidate_heading}</h3>
                <p class="start-here__name">{ranking.ranked[i].workflow.name.clone()}</p>
            }
        });
        return view! {
            <div class="start-here start-here--none card" role="note">
                {candidate}
                <p>{text.none_recommendable}</p>
            </div>
        }
        .into_any();
    };
    // Its best criteria, unless every criterion is rated the same.
    let top_criteria = {
        let max = best.ratings.iter().copied().max().unwrap_or(0);
        let min = best.ratings.iter().copied().min().unwrap_or(0);
        (max > min).then(|| {
            Criterion::ALL
                .iter()
                .filter(|c| best.ratings[c.index()] == max)
                .map(|c| criterion_label(*c))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let held_back_above = ranking
        .ranked
        .iter()
        .take_while(|r| r.workflow.id != best.workflow.id)
        .filter(|r| !r.may_start())
        .map(|r| r.workflow.name.as_str())
        .collect::<Vec<_>>();
    let passed_for_risk = ranking
        .passed_for_risk
        .iter()
        .map(|i| ranking.ranked[*i].workflow.name.as_str())
        .collect::<Vec<_>>();
    let close_call = ranking.runner_up.filter(|_| !ranking.separated_by.is_empty()).map(|i| {
        let runner = &ranking.ranked[i];
        view! {
            <p>{fill(text.close_call, &[("name", &runner.workflow.name), ("score", &runner.priority)])}</p>
            <ul>
                {ranking
                    .separated_by
                    .iter()
                    .map(|d| view! {
                        <li>{fill(text.difference, &[("criterion", &criterion_label(d.criterion)), ("winner", &d.winner), ("runner_up", &d.runner_up)])}</li>
                    })
                    .collect_view()}
            </ul>
        }
    });
    let own_choice = chosen
        .filter(|id| *id != best.workflow.id)
        .and_then(|id| ranking.ranked.iter().find(|r| r.workflow.id == id))
        .map(|r| {
            view! {
                <div class="start-here__choice">
                    <p>{fill(text.choice_differs, &[("name", &r.workflow.name)])}</p>
                    <button
                        type="button"
                        class="button button--small"
                        on:click=move |_| state.edit(|rec| rec.workflows.chosen = None)
                    >
                        {text.use_recommendation}
                    </button>
                </div>
            }
        });
    view! {
        <div class="start-here card">
            // Focused when a workflow is chosen below, so the choice and the next step are seen.
            <h3 id="start-here-heading" class="card__label" tabindex="-1">{text.start_here_heading}</h3>
            <p class="start-here__name">{best.workflow.name.clone()}</p>
            <ul class="start-here__reasons">
                <li>{fill(text.reason_priority, &[("score", &best.priority)])}</li>
                {top_criteria.map(|criteria| view! {
                    <li>{fill(text.reason_strengths, &[("criteria", &criteria)])}</li>
                })}
                {(!held_back_above.is_empty()).then(|| view! {
                    <li>{fill(text.reason_held_back, &[("names", &held_back_above.join(", "))])}</li>
                })}
                {(!passed_for_risk.is_empty()).then(|| view! {
                    <li>{fill(text.reason_passed_for_risk, &[("names", &passed_for_risk.join(", ")), ("count", &passed_for_risk.len())])}</li>
                })}
            </ul>
            {close_call}
            {own_choice}
            <button
                type="button"
                class="button button--primary"
                on:click=move |_| {
                    state.go(Screen::Plan);
                    focus_after_render("plan-heading");
                }
            >
                {text.draft_plan}
            </button>
        </div>
    }
    .into_any()
}

/// One workflow in the ranked list.
fn ranked_item(index: usize, r: &Ranked<'_>, recommended: bool, chosen: bool) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let id = r.workflow.id.clone();
    let breakdown = Criterion::ALL
        .iter()
        .map(|c| {
            view! {
                <li>
                    <span class="breakdown__label">{criterion_label(*c)}</span>
                    <span class="breakdown__value">{format!("{}/5", r.ratings[c.index()])}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="ranking__item" class:is-held-back=!r.may_start() class:is-recommended=recommended>
            <div class="ranking__head">
                <span class="ranking__rank">{format!("{}.", index + 1)}</span>
                <span class="ranking__name">{r.workflow.name.clone()}</span>
                {recommended.then(|| view! { <span class="badge badge--ok">{text.recommended_badge}</span> })}
                {chosen.then(|| view! { <span class="badge badge--custom">{text.chosen_badge}</span> })}
                {(!r.may_start()).then(|| view! { <span class="badge badge--risk">{text.held_back_label}</span> })}
            </div>
            <p class="ranking__scores">
                <strong>{format!("{} {}", text.ranking_score_label, r.standing())}</strong>
                {format!(" · {} {} · {} {} · {} {}", text.priority_label, r.priority, text.value_label, r.value, text.risk_label, r.risk)}
            </p>
            <ul class="breakdown">{breakdown}</ul>
            {(!chosen && !r.held_back).then(|| view! {
                <button
                    type="button"
                    class="button button--small"
                    on:click=move |_| {
                        let id = id.clone();
                        state.edit(move |rec| rec.workflows.chosen = Some(id));
                        focus_after_render("start-here-heading");
                    }
                >
                    {text.choose_this}
                </button>
            })}
        </li>
    }
}

/// Value against risk as an SVG scatter plot, then the same figures as a table.
fn chart(ranking: &Ranking<'_>) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    const W: i32 = 400;
    const H: i32 = 300;
    const PAD: i32 = 40;
    let x = |risk: u32| PAD + (W - 2 * PAD) * risk.min(100) as i32 / 100;
    let y = |value: u32| H - PAD - (H - 2 * PAD) * value.min(100) as i32 / 100;
    let dots = ranking
        .ranked
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (cx, cy) = (x(r.risk), y(r.value));
            view! {
                <g class="scatter__point" class:is-held-back=!r.may_start()>
                    <circle cx=cx cy=cy r="11"></circle>
                    <text x=cx y=cy + 5 text-anchor="middle">{(i + 1).to_string()}</text>
                </g>
            }
        })
        .collect_view();
    // Each quarter of the chart named just outside its corner, clear of the dots: more
    // valuable is up, riskier right.
    let quadrants = text
        .quadrant_labels
        .iter()
        .zip([(PAD, PAD - 8, "start"), (W - PAD, PAD - 8, "end"), (PAD, H - PAD + 16, "start"), (W - PAD, H - PAD + 16, "end")])
        .map(|(label, (x, y, anchor))| view! { <text x=x y=y text-anchor=anchor class="scatter__quadrant">{*label}</text> })
        .collect_view();
    let rows = ranking
        .ranked
        .iter()
        .enumerate()
        .map(|(i, r)| {
            view! {
                <tr>
                    <td class="num">{i + 1}</td>
                    <th scope="row">{r.workflow.name.clone()}</th>
                    <td class="num">{r.priority}</td>
                    <td class="num">{r.value}</td>
                    <td class="num">{r.risk}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3>{text.ranking_chart_heading}</h3>
        <figure class="scatter">
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="scatter-title scatter-desc" class="scatter__svg">
                <title id="scatter-title">{text.ranking_chart_title}</title>
                <desc id="scatter-desc">{text.ranking_chart_desc}</desc>
                <line x1=PAD y1=H - PAD x2=W - PAD y2=H - PAD class="scatter__axis"></line>
                <line x1=PAD y1=PAD x2=PAD y2=H - PAD class="scatter__axis"></line>
                <line x1=W / 2 y1=PAD x2=W / 2 y2=H - PAD class="scatter__mid"></line>
                <line x1=PAD y1=H / 2 x2=W - PAD y2=H / 2 class="scatter__mid"></line>
                <text x=W / 2 y=H - 10 text-anchor="middle" class="scatter__label">{format!("{} →", text.chart_axis_risk)}</text>
                <text x=14 y=H / 2 text-anchor="middle" class="scatter__label" transform=format!("rotate(-90 14 {})", H / 2)>
                    {format!("{} →", text.chart_axis_value)}
                </text>
                {quadrants}
                {dots}
            </svg>
        </figure>
        <table class="score-table">
            <caption class="visually-hidden">{text.ranking_chart_heading}</caption>
            <thead>
                <tr>
                    <th scope="col">{text.table_rank}</th>
                    <th scope="col">{text.table_workflow}</th>
                    <th scope="col">{text.priority_label}</th>
                    <th scope="col">{text.value_label}</th>
                    <th scope="col">{text.risk_label}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
