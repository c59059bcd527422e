//! The workflow screen: the ladder of what may be piloted, the catalogue to pick from, the ratings, and
//! the ranking with its recommendation.

use leptos::prelude::*;

use super::ladder::Ladder;
use super::state::{AppState, PartContent, PilotContent, Scored};
use super::workflow_card::WorkflowCard;
use super::workflow_form::WorkflowForm;
use super::workflow_ranking::RankingView;
use crate::core::prioritise::all_workflows;
use crate::core::record::Screen;
use crate::core::workflows::{Criterion, Ratings, Workflow, RATING_MAX};
use crate::platform::focus_after_render;

/// Choosing the one first workflow.
#[component]
pub fn Workflows() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let PilotContent { catalogue, .. } = expect_context();
    let state: AppState = expect_context();
    let custom = Memo::new(move |_| state.record.with(|r| r.workflows.custom.clone()));

    view! {
        <section class="workflows" aria-labelledby="workflows-heading">
            <h1 id="workflows-heading" tabindex="-1">{text.workflows_heading}</h1>
            <p class="lead">{text.workflows_lead}</p>
            <GateNotice />

            <h2>{text.catalogue_heading}</h2>
            {catalogue
                .groups
                .iter()
                .map(|group| {
                    let heading = format!("group-{}", group.id);
                    let labelled_by = heading.clone();
                    view! {
                        <section class="workflow-group" aria-labelledby=labelled_by>
                            <h3 id=heading>{group.name.clone()}</h3>
                            <ul class="workflow-list">
                                {catalogue
                                    .workflows
                                    .iter()
                                    .filter(|w| w.group.as_ref() == Some(&group.id))
                                    .map(|w| view! { <WorkflowCard workflow=w.clone() custom=false /> })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })
                .collect_view()}
            <section class="workflow-group" aria-labelledby="group-own">
                <h3 id="group-own">{text.own_workflows_heading}</h3>
                <ul class="workflow-list">
                    <For
                        each=move || custom.get()
                        key=|w| w.clone()
                        children=|w| view! { <WorkflowCard workflow=w custom=true /> }
                    />
                </ul>
            </section>
            <WorkflowForm existing=None />

            <h2>{text.rate_heading}</h2>
            <p>{text.rate_intro}</p>
            <RatingList />

            <h2>{text.ranking_heading}</h2>
            <RankingView />

            <div class="actions">
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
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        state.go(Screen::Results);
                        focus_after_render("results-heading");
                    }
                >
                    {text.back_to_results}
                </button>
            </div>
        </section>
    }
}

/// Which kinds of workflow the ladder allows, and why: the same ladder as the results.
#[component]
fn GateNotice() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let Scored(scored) = expect_context();
    let judgement = Memo::new(move |_| scored.with(|a| a.judgement.clone()));
    view! {
        <section class="gate" aria-labelledby="gate-heading">
            <h2 id="gate-heading" class="gate__heading">{text.ladder_heading}</h2>
            <p>{text.gate_intro}</p>
            {move || view! { <Ladder judgement=judgement.get() /> }}
        </section>
    }
}

/// The rating cards, one per workflow being considered.
#[component]
fn RatingList() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let PilotContent { catalogue, .. } = expect_context();
    let state: AppState = expect_context();
    let considered = Memo::new(move |_| {
        state.record.with(|r| {
            r.workflows
                .considered
                .iter()
                .filter_map(|id| {
                    all_workflows(&catalogue.workflows, &r.workflows).find(|w| &w.id == id)
                })
                .cloned()
                .collect::<Vec<Workflow>>()
        })
    });
    view! {
        <Show when=move || considered.with(|c| c.is_empty())>
            <p class="muted">{text.rate_empty}</p>
        </Show>
        <div class="rating-list">
            <For
                each=move || considered.get()
                key=|w| (w.id.clone(), w.name.clone())
                children=|w| view! { <RatingCard workflow=w /> }
            />
        </div>
    }
}

/// The five ratings of one workflow, each a select with anchored descriptions.
#[component]
fn RatingCard(
    /// The workflow to rate.
    workflow: Workflow,
) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let PilotContent { catalogue, .. } = expect_context();
    let state: AppState = expect_context();
    let id = workflow.id.clone();
    let ratings = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .record
                .with(|r| r.workflows.ratings.get(&id).copied().unwrap_or_default())
        })
    };
    let selects = Criterion::ALL
        .iter()
        .filter_map(|c| catalogue.criterion(*c))
        .map(|criterion| {
            let c = criterion.id;
            let select_id = format!("rate-{}-{:?}", id, c);
            let id = id.clone();
            view! {
                <div class="rating">
                    <label for=select_id.clone()>
                        <span class="rating__label">{criterion.label.clone()}</span>
                        <span class="rating__question">{criterion.question.clone()}</span>
                    </label>
                    <select
                        id=select_id
                        prop:value=move || ratings.get().get(c).map(|v| v.to_string()).unwrap_or_default()
                        on:change=move |ev| {
                            let value = event_target_value(&ev).parse::<u8>().ok().filter(|v| (1..=RATING_MAX).contains(v));
                            let id = id.clone();
                            state.edit(move |r| {
                                let entry = r.workflows.ratings.entry(id).or_insert_with(Ratings::default);
                                entry.set(c, value);
                            });
                        }
                    >
                        <option value="">{text.rating_placeholder}</option>
                        {criterion
                            .anchors
                            .iter()
                            .enumerate()
                            .map(|(i, anchor)| view! { <option value=(i + 1).to_string()>{format!("{} – {anchor}", i + 1)}</option> })
                            .collect_view()}
                    </select>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="rating-card">
            <legend>{workflow.name.clone()}</legend>
            {selects}
        </fieldset>
    }
}
