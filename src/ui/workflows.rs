//! The workflow screen: the ladder of what may be piloted, the catalogue to pick and rate
//! from (what the answers hold back listed apart, under "later"), and the ranking with its
//! recommendation.

use leptos::prelude::*;

use super::ladder::Ladder;
use super::state::{AppState, PartContent, PilotContent, Scored};
use super::workflow_card::WorkflowCard;
use super::workflow_form::WorkflowForm;
use super::workflow_ranking::RankingView;
use crate::core::record::Screen;
use crate::core::text::fill;
use crate::core::tiers::Tier;
use crate::core::workflows::{Ratings, Workflow};
use crate::platform::focus_after_render;

/// Choosing the one first workflow.
#[component]
pub fn Workflows() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let PilotContent { catalogue, .. } = expect_context();
    let state: AppState = expect_context();
    let custom = Memo::new(move |_| state.record.with(|r| r.workflows.custom.clone()));
    // Kinds of workflow the answers hold back are listed apart, under "later". The
    // answers do not change on this screen, so the lists are drawn once.
    let Scored(scored) = expect_context();
    let later = move |w: &Workflow| scored.with_untracked(|a| !a.judgement.allows(Tier::of(w)));
    let held_back: Vec<&Workflow> = catalogue.workflows.iter().filter(|w| later(w)).collect();

    view! {
        <section class="workflows" aria-labelledby="workflows-heading">
            <h1 id="workflows-heading" tabindex="-1">{text.workflows_heading}</h1>
            <p class="lead">{text.workflows_lead}</p>
            <GateNotice />

            <h2>{text.catalogue_heading}</h2>
            <p>{text.catalogue_intro}</p>
            {catalogue
                .groups
                .iter()
                .map(|group| {
                    let cards = catalogue
                        .workflows
                        .iter()
                        .filter(|w| w.group.as_ref() == Some(&group.id) && !later(w))
                        .map(|w| view! { <WorkflowCard workflow=w.clone() custom=false /> })
                        .collect::<Vec<_>>();
                    (!cards.is_empty()).then(|| {
                        let heading = format!("group-{}", group.id);
                        let labelled_by = heading.clone();
                        view! {
                            <section class="workflow-group" aria-labelledby=labelled_by>
                                <h3 id=heading>{group.name.clone()}</h3>
                                <ul class="workflow-list">{cards}</ul>
                            </section>
                        }
                    })
                })
                .collect_view()}
            {(!held_back.is_empty()).then(|| view! {
                <section class="workflow-group workflow-group--later" aria-labelledby="group-later">
                    <h3 id="group-later">{text.later_heading}</h3>
                    <p class="muted">{text.later_intro}</p>
                    <ul class="workflow-list">
                        {held_back.iter().map(|w| view! { <WorkflowCard workflow=(*w).clone() custom=false /> }).collect_view()}
                    </ul>
                </section>
            })}
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
            <PickedStatus />

            <h2 id="ranking-heading" tabindex="-1">{text.ranking_heading}</h2>
            <p class="muted">{text.ranking_explained}</p>
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
    // Folded to one line of statuses: the results page showed the whole ladder, and here
    // the catalogue is what comes next.
    let statuses = move || {
        judgement.with(|j| {
            j.ladder
                .iter()
                .map(|rung| {
                    format!(
                        "{}: {}",
                        text.tier_names[rung.tier.index()],
                        text.status_names[rung.status as usize]
                    )
                })
                .collect::<Vec<_>>()
                .join(" · ")
        })
    };
    view! {
        <details class="gate">
            <summary>
                <span id="gate-heading" class="gate__heading">{text.ladder_heading}</span>
                <span class="gate__statuses">{statuses}</span>
            </summary>
            <p>{text.gate_intro}</p>
            {move || view! { <Ladder judgement=judgement.get() /> }}
        </details>
    }
}

/// How many workflows are picked and rated, with the way on to the ranking: it stays at the
/// bottom of the screen while the catalogue scrolls by.
#[component]
fn PickedStatus() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let counts = Memo::new(move |_| {
        state.record.with(|r| {
            let w = &r.workflows;
            let rated = w
                .considered
                .iter()
                .filter(|id| w.ratings.get(*id).and_then(Ratings::complete).is_some())
                .count();
            (w.considered.len(), rated)
        })
    });
    move || {
        let (picked, rated) = counts.get();
        (picked > 0).then(|| {
            view! {
                <div class="picked-status">
                    <p role="status">{fill(text.picked_status, &[("picked", &picked), ("rated", &rated)])}</p>
                    // Until one is fully rated there is no ranking to go to.
                    {(rated > 0).then(|| view! {
                        <button
                            type="button"
                            class="button button--small button--primary"
                            on:click=move |_| focus_after_render("ranking-heading")
                        >
                            {text.see_ranking}
                        </button>
                    })}
                </div>
            }
        })
    }
}
