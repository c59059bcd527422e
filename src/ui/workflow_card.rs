//! One candidate workflow in the catalogue: a checkbox to consider it, its ratings once
//! picked, its description and risk attributes, and for the user's own workflows, edit and
//! delete.

use leptos::prelude::*;

use super::state::{AppState, Content, PartContent};
use super::workflow_form::WorkflowForm;
use super::workflow_rating::WorkflowRating;
use crate::core::grounding::Bibliography;
use crate::core::prioritise::is_high_risk;
use crate::core::wording::citation_line;
use crate::core::workflows::Workflow;

/// A workflow the user can pick.
#[component]
pub fn WorkflowCard(
    /// The workflow.
    workflow: Workflow,
    /// Whether the user added it (and so can edit or delete it).
    custom: bool,
) -> impl IntoView {
    let Content { text: ui, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let editing = RwSignal::new(false);
    let id = workflow.id.clone();
    let checkbox_id = format!("consider-{id}");
    let considered = {
        let id = id.clone();
        Memo::new(move |_| state.record.with(|r| r.workflows.considered.contains(&id)))
    };
    let toggle = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            state.edit(move |r| {
                let list = &mut r.workflows.considered;
                match list.iter().position(|c| *c == id) {
                    Some(i) => {
                        list.remove(i);
                    }
                    None => list.push(id),
                }
            });
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            state.edit(move |r| {
                let w = &mut r.workflows;
                w.custom.retain(|c| c.id != id);
                w.considered.retain(|c| *c != id);
                w.ratings.remove(&id);
                if w.chosen.as_ref() == Some(&id) {
                    w.chosen = None;
                }
            });
        }
    };
    let high_risk = is_high_risk(&workflow);
    let review = if workflow.human_review {
        text.reviewed_yes
    } else {
        text.reviewed_no
    };
    let details = view! {
        <p class="workflow-card__description">{workflow.description.clone()}</p>
        <dl class="workflow-card__facts">
            <div><dt>{text.attr_department}</dt><dd>{workflow.department.clone()}</dd></div>
            <div><dt>{text.attr_data}</dt><dd>{text.data_labels[workflow.data.index()]}</dd></div>
            <div><dt>{text.attr_audience}</dt><dd>{text.audience_labels[workflow.audience.index()]}</dd></div>
            <div><dt>{text.attr_outcome}</dt><dd>{workflow.outcome.clone()}</dd></div>
        </dl>
        <p class="workflow-card__badges">
            <span class="badge">{review}</span>
            {workflow.high_stakes.then(|| view! { <span class="badge badge--risk">{text.high_stakes_badge}</span> })}
            {high_risk.then(|| view! { <span class="badge badge--risk">{text.high_risk_badge}</span> })}
            {custom.then(|| view! { <span class="badge badge--custom">{text.custom_badge}</span> })}
        </p>
        {(!workflow.sources.is_empty()).then(|| {
            let label = text.source_label_for(workflow.sources.len());
            view! {
                <p class="workflow-card__source">
                    <strong>{label}</strong>
                    " "
                    {citation_line(text, Bibliography::english(), &workflow.sources)}
                </p>
            }
        })}
    };
    let form_source = workflow.clone();
    let (rating_id, rating_name) = (workflow.id.clone(), workflow.name.clone());
    view! {
        <li class="workflow-card" class:is-considered=move || considered.get()>
            <Show
                when=move || editing.get()
                fallback=move || ()
            >
                <WorkflowForm existing=Some(form_source.clone()) on_done=Callback::new(move |_| editing.set(false)) />
            </Show>
            <div class="workflow-card__main" class:is-hidden=move || editing.get()>
                <div class="workflow-card__header">
                    <input id=checkbox_id.clone() type="checkbox" prop:checked=move || considered.get() on:change=toggle />
                    <label for=checkbox_id class="workflow-card__name">{workflow.name.clone()}</label>
                </div>
                // Picked, it is rated right here, under its name.
                <Show when=move || considered.get()>
                    <WorkflowRating id=rating_id.clone() name=rating_name.clone() />
                </Show>
                {details}
                {custom.then(|| view! {
                    <div class="actions actions--tight">
                        <button type="button" class="button button--small" on:click=move |_| editing.set(true)>
                            {ui.edit}
                        </button>
                        <button type="button" class="button button--small button--quiet" on:click=delete.clone()>
                            {ui.delete}
                        </button>
                    </div>
                })}
            </div>
        </li>
    }
}
