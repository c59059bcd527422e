//! The form to add a workflow of one's own, or edit one: name (required, at most 120
//! characters), description, owner, measure, data, audience, review and stakes.

use leptos::prelude::*;

use super::state::{AppState, PartContent};
use crate::core::workflows::{
    check_workflow, Audience, DataUse, Workflow, FIELD_MAX_CHARS, NAME_MAX_CHARS,
};

/// The next free id for a custom workflow.
fn next_custom_id(existing: &[Workflow]) -> String {
    let next = existing
        .iter()
        .filter_map(|w| w.id.strip_prefix("custom-")?.parse::<u32>().ok())
        .max()
        .map_or(1, |n| n + 1);
    format!("custom-{next}")
}

/// Adds a new workflow (`existing` is `None`) or edits one. What is typed into the "add"
/// form is saved with the record as a draft until it is added, so a reload keeps it.
#[component]
pub fn WorkflowForm(
    /// The workflow to edit, or `None` to add one.
    existing: Option<Workflow>,
    /// Called after saving or cancelling an edit.
    #[prop(optional)]
    on_done: Option<Callback<()>>,
) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let is_edit = existing.is_some();
    let blank = Workflow {
        id: String::new(),
        name: String::new(),
        description: String::new(),
        department: String::new(),
        data: DataUse::StaffOrPublic,
        audience: Audience::Internal,
        human_review: true,
        high_stakes: false,
        outcome: String::new(),
        group: None,
        sources: Vec::new(),
    };
    let saved_draft = state.record.with_untracked(|r| r.workflows.draft.clone());
    let start = existing.clone().unwrap_or_else(|| blank.clone());
    let draft = RwSignal::new(if is_edit {
        start.clone()
    } else {
        saved_draft.unwrap_or_else(|| start.clone())
    });
    if !is_edit {
        // The form follows the stored draft, so another tab's typing shows here at once...
        let blank_form = blank.clone();
        Effect::new(move |_| {
            let stored = state.record.with(|r| r.workflows.draft.clone());
            let stored = stored.unwrap_or_else(|| blank_form.clone());
            if draft.with_untracked(|d| *d != stored) {
                draft.set(stored);
            }
        });
        // ...and every change to it is saved as it happens; a blank form saves nothing.
        Effect::new(move |_| {
            let typed = draft.get();
            let kept = (typed != blank).then_some(typed);
            if state.record.with_untracked(|r| r.workflows.draft != kept) {
                state.edit(|r| r.workflows.draft = kept);
            }
        });
    }
    let error = RwSignal::new(None::<String>);
    let prefix = StoredValue::new(if is_edit {
        format!("edit-{}", start.id)
    } else {
        "new-workflow".to_owned()
    });
    let field_id = move |name: &str| format!("{}-{name}", prefix.get_value());

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut workflow = draft.get_untracked();
        workflow.name = workflow.name.trim().to_owned();
        if let Err(problem) = check_workflow(&workflow) {
            error.set(Some(text.workflow_problem(problem)));
            return;
        }
        error.set(None);
        state.edit(|r| {
            let w = &mut r.workflows;
            match w
                .custom
                .iter_mut()
                .find(|c| c.id == workflow.id && !workflow.id.is_empty())
            {
                Some(slot) => *slot = workflow,
                None => {
                    workflow.id = next_custom_id(&w.custom);
                    w.considered.push(workflow.id.clone());
                    w.custom.push(workflow);
                    w.draft = None;
                }
            }
        });
        if !is_edit {
            draft.set(start.clone());
        }
        if let Some(done) = on_done {
            done.run(());
        }
    };

    let text_input = move |name: &'static str,
                           label: &str,
                           value: fn(&Workflow) -> &String,
                           set: fn(&mut Workflow, String),
                           max: usize| {
        let id = field_id(name);
        view! {
            <div class="field">
                <label for=id.clone()>{label.to_owned()}</label>
                <input
                    id=id
                    type="text"
                    maxlength=max
                    prop:value=move || draft.with(|d| value(d).clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        draft.update(|d| set(d, v));
                    }
                />
            </div>
        }
    };

    view! {
        <form class="workflow-form" on:submit=submit novalidate=true>
            <h3>{if is_edit { text.edit_heading } else { text.custom_heading }}</h3>
            {text_input("name", text.field_name, |d| &d.name, |d, v| d.name = v, NAME_MAX_CHARS)}
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            {text_input("description", text.field_description, |d| &d.description, |d, v| d.description = v, FIELD_MAX_CHARS)}
            {text_input("department", text.field_department, |d| &d.department, |d, v| d.department = v, FIELD_MAX_CHARS)}
            {text_input("outcome", text.field_outcome, |d| &d.outcome, |d, v| d.outcome = v, FIELD_MAX_CHARS)}
            <div class="field">
                <label for=field_id("data")>{text.field_data}</label>
                <select
                    id=field_id("data")
                    prop:value=move || draft.with(|d| d.data.index().to_string())
                    on:change=move |ev| {
                        if let Some(data) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| DataUse::ALL.get(i)) {
                            draft.update(|d| d.data = *data);
                        }
                    }
                >
                    {DataUse::ALL
                        .iter()
                        .map(|d| view! { <option value=d.index().to_string()>{text.data_labels[d.index()]}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=field_id("audience")>{text.field_audience}</label>
                <select
                    id=field_id("audience")
                    prop:value=move || draft.with(|d| d.audience.index().to_string())
                    on:change=move |ev| {
                        if let Some(a) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| Audience::ALL.get(i)) {
                            draft.update(|d| d.audience = *a);
                        }
                    }
                >
                    {Audience::ALL
                        .iter()
                        .map(|a| view! { <option value=a.index().to_string()>{text.audience_labels[a.index()]}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field field--check">
                <input
                    id=field_id("review")
                    type="checkbox"
                    prop:checked=move || draft.with(|d| d.human_review)
                    on:change=move |ev| draft.update(|d| d.human_review = event_target_checked(&ev))
                />
                <label for=field_id("review")>{text.field_review}</label>
            </div>
            <div class="field field--check">
                <input
                    id=field_id("stakes")
                    type="checkbox"
                    prop:checked=move || draft.with(|d| d.high_stakes)
                    on:change=move |ev| draft.update(|d| d.high_stakes = event_target_checked(&ev))
                />
                <label for=field_id("stakes")>{text.field_stakes}</label>
            </div>
            <div class="actions actions--tight">
                <button type="submit" class="button button--primary">
                    {if is_edit { text.save_workflow } else { text.add_workflow }}
                </button>
                {on_done.map(|done| view! {
                    <button type="button" class="button" on:click=move |_| done.run(())>{text.cancel}</button>
                })}
            </div>
        </form>
    }
}
