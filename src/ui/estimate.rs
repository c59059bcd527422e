//! The time-saved estimate for the first pilot: the figures the user knows, typed and kept
//! as typed, and the estimate as ranges with its assumptions and what would make it wrong
//! (the rules are [`crate::core::estimate`]'s). It can put the baseline and target in the
//! plan, and the printed plan carries it.

use leptos::prelude::*;

use super::notices::SaveStatus;
use super::state::{AppState, PartContent, PilotContent, Scored};
use crate::core::estimate::{estimate, read, Input, Problem, INPUT_MAX_CHARS};
use crate::core::prioritise::{first_workflow, rank};
use crate::core::record::Screen;
use crate::core::text::{fill, PartText};
use crate::core::wording::{estimate_in_words, plan_measures};
use crate::platform::focus_after_render;

/// The estimate screen.
#[component]
pub fn EstimateScreen() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let PilotContent { catalogue, .. } = expect_context();
    let state: AppState = expect_context();
    let Scored(scored) = expect_context();
    let workflow = state.record.with_untracked(|r| {
        let ranking = rank(
            &catalogue.workflows,
            &r.workflows,
            &scored.read_untracked().judgement,
        );
        first_workflow(&ranking, r.workflows.chosen.as_deref()).map(|f| f.workflow.name.clone())
    });
    let checked = Memo::new(move |_| state.record.with(|r| read(&r.estimate)));
    let field = move |input: Input| view! { <EstimateField input checked /> };
    let to_plan_outcome = RwSignal::new(None::<&'static str>);
    let to_plan = move |_| {
        let Ok(inputs) = checked.get_untracked() else {
            return;
        };
        let (baseline, target) = plan_measures(text, &inputs);
        let mut kept = false;
        state.edit(|r| {
            for (id, value) in [("baseline", baseline), ("target", target)] {
                if r.plan.field(id).trim().is_empty() {
                    r.plan.set_field(id, &value);
                } else if r.plan.field(id) != value {
                    kept = true;
                }
            }
        });
        to_plan_outcome.set(Some(if kept {
            text.estimate_to_plan_kept
        } else {
            text.estimate_to_plan_done
        }));
    };

    let result = move || match checked.get() {
        Ok(inputs) => {
            let words = estimate_in_words(text, &estimate(inputs));
            view! {
                // Only the figures are announced as they change, not the whole panel.
                <ul class="estimate__figures" aria-live="polite">
                    {words.figures.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}
                </ul>
                {words.loss.map(|l| view! { <p class="notice">{l}</p> })}
                <p class="estimate__break-even">{words.break_even}</p>
                <h3>{text.estimate_assumptions_heading}</h3>
                <p>{words.assumptions}</p>
                <h3>{text.estimate_wrong_heading}</h3>
                <ul>{words.wrong.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                <div class="actions">
                    <button type="button" class="button" on:click=to_plan>{text.estimate_to_plan}</button>
                </div>
                <p role="status" class="estimate__to-plan">{move || to_plan_outcome.get()}</p>
            }
            .into_any()
        }
        Err(_) => view! { <p class="muted">{text.estimate_incomplete}</p> }.into_any(),
    };

    view! {
        <section class="estimate" aria-labelledby="estimate-heading">
            <h1 id="estimate-heading" tabindex="-1">{text.estimate_heading}</h1>
            <p class="lead">{text.estimate_lead}</p>
            <SaveStatus />
            <p class="estimate__for">
                {match &workflow {
                    Some(name) => fill(text.estimate_for, &[("workflow", name)]),
                    None => text.estimate_no_workflow.to_owned(),
                }}
            </p>
            <div class="estimate__layout">
                <form class="estimate__form" on:submit=|ev| ev.prevent_default()>
                    <fieldset>
                        <legend>{text.estimate_task_legend}</legend>
                        {field(Input::PerWeek)}
                        {field(Input::Staff)}
                        {field(Input::MinutesNow)}
                    </fieldset>
                    <fieldset aria-describedby="estimate-ai-help">
                        <legend>{text.estimate_ai_legend}</legend>
                        <p class="field__help" id="estimate-ai-help">{text.estimate_ai_help}</p>
                        <div class="estimate__cases">
                            {field(Input::MinutesBest)}
                            {field(Input::MinutesLikely)}
                            {field(Input::MinutesWorst)}
                        </div>
                        {move || checked.with(|c| matches!(c, Err(p) if p.contains(&Problem::CasesOutOfOrder))).then(|| view! {
                            <p class="field-error" role="alert" id="estimate-cases-error">{text.estimate_cases_out_of_order}</p>
                        })}
                    </fieldset>
                    <fieldset>
                        <legend>{text.estimate_pilot_legend}</legend>
                        {field(Input::Covered)}
                        {field(Input::Weeks)}
                        {field(Input::TrainingHours)}
                    </fieldset>
                    <fieldset aria-describedby="estimate-money-help">
                        <legend>{text.estimate_money_legend}</legend>
                        <p class="field__help" id="estimate-money-help">{text.estimate_money_help}</p>
                        {field(Input::HourlyCost)}
                        {field(Input::LicenceCost)}
                    </fieldset>
                </form>
                <div class="estimate__result card" aria-labelledby="estimate-result-heading" role="region">
                    <h2 id="estimate-result-heading">{text.estimate_result_heading}</h2>
                    {result}
                </div>
            </div>
            <div class="actions">
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        state.go(Screen::Plan);
                        focus_after_render("plan-heading");
                    }
                >
                    {text.back_to_plan}
                </button>
            </div>
        </section>
    }
}

/// One figure: its label, what an empty box counts as, the box, and what is wrong with it.
#[component]
fn EstimateField(
    input: Input,
    checked: Memo<Result<crate::core::estimate::Inputs, Vec<Problem>>>,
) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let id = input.id();
    let input_id = format!("estimate-{id}");
    let help_id = format!("estimate-{id}-help");
    let error_id = format!("estimate-{id}-error");
    let value = Memo::new(move |_| {
        state
            .record
            .with(|r| r.estimate.get(id).cloned().unwrap_or_default())
    });
    // What is wrong with this figure, once something is typed in it (an empty box is only
    // "needed", said by the result).
    let problem = Memo::new(move |_| {
        checked.with(|c| match c {
            Err(problems) => problems.iter().find_map(|p| problem_words(text, input, *p)),
            Ok(_) => None,
        })
    });
    // The three cases share one message when they are out of order, and each box says so.
    let is_case = matches!(
        input,
        Input::MinutesBest | Input::MinutesLikely | Input::MinutesWorst
    );
    let out_of_order = move || {
        is_case && checked.with(|c| matches!(c, Err(p) if p.contains(&Problem::CasesOutOfOrder)))
    };
    let help = empty_means(text, input);
    let described_by = [
        help.is_some().then(|| help_id.clone()),
        Some(error_id.clone()),
        is_case.then(|| "estimate-cases-error".to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    view! {
        <div class="field estimate__field">
            <label for=input_id.clone()>{label(text, input)}</label>
            {help.map(|h| view! { <p class="field__help" id=help_id>{h}</p> })}
            <input
                id=input_id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                maxlength=INPUT_MAX_CHARS
                aria-describedby=described_by
                aria-invalid=move || (problem.with(Option::is_some) || out_of_order()).to_string()
                prop:value=value
                on:input=move |ev| {
                    let typed: String = event_target_value(&ev).chars().take(INPUT_MAX_CHARS).collect();
                    state.edit(|r| {
                        if typed.trim().is_empty() {
                            r.estimate.remove(id);
                        } else {
                            r.estimate.insert(id.to_owned(), typed);
                        }
                    });
                }
            />
            <p class="field-error" id=error_id>{move || problem.get()}</p>
        </div>
    }
}

fn label(text: &'static PartText, input: Input) -> &'static str {
    let l = &text.estimate_labels;
    match input {
        Input::PerWeek => l.per_week,
        Input::Staff => l.staff,
        Input::MinutesNow => l.minutes_now,
        Input::MinutesBest => l.minutes_best,
        Input::MinutesLikely => l.minutes_likely,
        Input::MinutesWorst => l.minutes_worst,
        Input::Covered => l.covered,
        Input::Weeks => l.weeks,
        Input::TrainingHours => l.training_hours,
        Input::HourlyCost => l.hourly_cost,
        Input::LicenceCost => l.licence_cost,
    }
}

fn empty_means(text: &'static PartText, input: Input) -> Option<&'static str> {
    let e = &text.estimate_empty_means;
    match input {
        Input::Covered => Some(e.covered),
        Input::Weeks => Some(e.weeks),
        Input::TrainingHours => Some(e.training_hours),
        _ => None,
    }
}

/// What is wrong with `input`, in words, if `problem` is about it (and not just that it is
/// empty).
fn problem_words(text: &'static PartText, input: Input, problem: Problem) -> Option<String> {
    match problem {
        Problem::NotANumber(i) if i == input => Some(text.estimate_not_a_number.to_owned()),
        Problem::OutOfRange(i) if i == input => {
            let (min, max) = input.bounds();
            Some(fill(
                text.estimate_out_of_range,
                &[
                    ("min", &crate::core::estimate::minutes(min)),
                    ("max", &crate::core::estimate::minutes(max)),
                ],
            ))
        }
        _ => None,
    }
}
