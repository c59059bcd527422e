//! The pilot plan screen: every field drafted from the chosen workflow and autosaved as
//! the user types, the readiness gaps to close alongside, and a print-only report (results
//! summary, radar chart and the plan) for "Print or save as PDF".

use leptos::prelude::*;

use super::ladder::Ladder;
use super::notices::SaveStatus;
use super::radar_chart::RadarChart;
use super::saved_text::SavedTextArea;
use super::state::{AppState, Content, PartContent, PilotContent, Scored};
use crate::core::estimate::{estimate, read};
use crate::core::plan::{PlanField, PLAN_FIELD_MAX_CHARS};
use crate::core::prioritise::{all_workflows, first_workflow, rank};
use crate::core::record::Screen;
use crate::core::scoring::Maturity;
use crate::core::text::fill;
use crate::core::wording;
use crate::platform::{focus_after_render, today};

/// The pilot plan.
#[component]
pub fn Plan() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let PilotContent { catalogue, plan } = expect_context();
    let state: AppState = expect_context();

    // Draft the plan for the workflow now chosen, before the fields render, so each text
    // box starts with its saved or drafted text: empty fields and fields still holding the
    // previous workflow's draft are drafted again. Typed text is never replaced.
    let Scored(scored) = expect_context();
    let (workflow, held_back) = state.record.with_untracked(|r| {
        let assessment = scored.read_untracked();
        let ranking = rank(&catalogue.workflows, &r.workflows, &assessment.judgement);
        let first = first_workflow(&ranking, r.workflows.chosen.as_deref());
        (
            first.map(|f| f.workflow.clone()),
            first.filter(|f| !f.may_start()).map(|f| f.tier),
        )
    });
    // Said at the top of the plan, on screen and on paper.
    let held_back = held_back.map(|tier| {
        fill(
            text.plan_held_back,
            &[("tier", &text.tier_names[tier.index()])],
        )
    });
    let held_back_notice = held_back
        .clone()
        .map(|message| view! { <p class="notice plan__held-back" role="note">{message}</p> });
    if let Some(w) = &workflow {
        let stale = state
            .record
            .with_untracked(|r| r.plan.drafted_for.as_deref() != Some(w.id.as_str()));
        if stale {
            // What was drafted for the workflow the plan was for before, if it still
            // exists: fields that still hold exactly that are redrafted.
            let previous = state.record.with_untracked(|r| {
                let before = r.plan.drafted_for.as_deref()?;
                all_workflows(&catalogue.workflows, &r.workflows)
                    .find(|o| o.id == before)
                    .map(|o| plan.draft(o))
            });
            let draft = plan.draft(w);
            state.edit(|r| r.plan.redraft(&w.id, draft, &previous.unwrap_or_default()));
        }
    }

    let sections = plan
        .sections
        .iter()
        .map(|section| {
            view! {
                <fieldset class="plan-section">
                    <legend>{section.title.clone()}</legend>
                    {section.fields.iter().map(|f| view! { <PlanFieldInput field=f /> }).collect_view()}
                </fieldset>
            }
        })
        .collect_view();

    view! {
        <section class="plan" aria-labelledby="plan-heading">
            <div class="screen-only">
                <h1 id="plan-heading" tabindex="-1">{text.plan_heading}</h1>
                <p class="lead">{text.plan_lead}</p>
                // Like the questionnaire, the plan says that what is typed is kept.
                <SaveStatus />
                <p class="plan__for">
                    {match &workflow {
                        Some(w) => fill(text.plan_for, &[("workflow", &w.name)]),
                        None => text.plan_no_workflow.to_owned(),
                    }}
                </p>
                {held_back_notice}
                {sections}
                <super::vendors::VendorRisks />
                <h2>{text.plan_gaps_heading}</h2>
                <Gaps />
                <super::report_details::ReportDetailsForm />
                <div class="actions">
                    <button
                        type="button"
                        class="button button--primary"
                        on:click=|_| crate::platform::print_page()
                    >
                        {text.print}
                    </button>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            state.go(Screen::Estimate);
                            focus_after_render("estimate-heading");
                        }
                    >
                        {text.estimate_open}
                    </button>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            state.go(Screen::Vendors);
                            focus_after_render("vendors-heading");
                        }
                    >
                        {text.vendors_open}
                    </button>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            state.go(Screen::Guidance);
                            focus_after_render("guidance-heading");
                        }
                    >
                        {text.guidance_open}
                    </button>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            state.go(Screen::Workflows);
                            focus_after_render("workflows-heading");
                        }
                    >
                        {text.back_to_workflows}
                    </button>
                </div>
            </div>
            <PrintReport held_back=held_back />
        </section>
    }
}

/// One plan field: label, help and a text box saved on every keystroke.
#[component]
fn PlanFieldInput(
    /// The field.
    field: &'static PlanField,
) -> impl IntoView {
    let state: AppState = expect_context();
    let id = field.id.as_str();
    let input_id = format!("plan-{id}");
    let help_id = format!("plan-{id}-help");
    let value = Memo::new(move |_| state.record.with(|r| r.plan.field(id).to_owned()));
    view! {
        <div class="field">
            <label for=input_id.clone()>{field.label.clone()}</label>
            <p class="field__help" id=help_id.clone()>{field.help.clone()}</p>
            <SavedTextArea
                id=input_id
                help_id=help_id
                max_chars=PLAN_FIELD_MAX_CHARS
                value=value
                on_input=Callback::new(move |value: String| state.edit(|r| r.plan.set_field(id, &value)))
            />
        </div>
    }
}

/// The readiness gaps to close while the pilot runs: the results' next steps.
#[component]
fn Gaps() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let Scored(scored) = expect_context();
    let steps = scored.with_untracked(|a| {
        a.next_steps
            .iter()
            .map(|s| {
                (
                    s.dimension.title.clone(),
                    s.recommendation.action.clone(),
                    s.recommendation.owner.clone(),
                )
            })
            .collect::<Vec<_>>()
    });
    if steps.is_empty() {
        return view! { <p class="muted">{text.plan_gaps_empty}</p> }.into_any();
    }
    view! {
        <ul class="plan__gaps">
            {steps
                .into_iter()
                .map(|(area, action, owner)| view! {
                    <li>
                        <strong>{area}</strong>
                        ": "
                        {action}
                        " "
                        <span class="muted">{format!("({} {owner})", text.owner_label)}</span>
                    </li>
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// What "Print or save as PDF" prints: a report of the results and the plan, shown only
/// on paper.
#[component]
fn PrintReport(
    /// What the plan says at its top when its workflow may not be piloted first yet.
    held_back: Option<String>,
) -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let PilotContent { plan, .. } = expect_context();
    let state: AppState = expect_context();
    let Scored(scored) = expect_context();
    move || {
        let a = scored.get();
        state.record.with(|r| {
            let verdict = a.judgement.verdict;
            let caveat = wording::based_on(text, &a);
            let date = today();
            let evidence = wording::evidence_lines(text, bank, r);
            let overall = match a.overall {
                Some(v) => format!("{v} / 100 · {}", text.maturity_levels[Maturity::of(v).index()]),
                None => text.unknown_score.to_owned(),
            };
            let plan_sections = plan
                .sections
                .iter()
                .map(|section| {
                    view! {
                        <h3>{section.title.clone()}</h3>
                        <dl class="report__plan">
                            {section
                                .fields
                                .iter()
                                .filter_map(|f| {
                                    let value = r.plan.field(&f.id);
                                    let value = match (value.is_empty(), f.optional) {
                                        (false, _) => value.to_owned(),
                                        (true, false) => text.plan_empty_field.to_owned(),
                                        (true, true) => return None,
                                    };
                                    Some(view! { <dt>{f.label.clone()}</dt><dd>{value}</dd> })
                                })
                                .collect_view()}
                        </dl>
                    }
                })
                .collect_view();
            view! {
                <div class="print-only report">
                    <h1>{text.report_title}</h1>
                    {wording::report_header(text, bank, &r.report, &date)
                        .into_iter()
                        .map(|line| view! { <p class="report__byline">{line}</p> })
                        .collect_view()}
                    <p>{caveat}</p>
                    <h2>{text.verdict_heading}</h2>
                    <p><strong>{text.verdicts.of(verdict).to_owned()}</strong>{format!(" — {} {overall}", text.overall_label)}</p>
                    <p>{text.verdict_explanations.of(verdict).to_owned()}</p>
                    // The summary's ladder says where each kind stands; what holds it back
                    // is in the appendix, so the summary stays one page.
                    <h3>{text.ladder_heading}</h3>
                    <div class="report__ladder-brief">
                        <Ladder judgement=a.judgement.clone() />
                    </div>
                    <p class="report__rule">{text.report_reasons_pointer}</p>
                    <h2>{text.next_steps_heading}</h2>
                    <ol>
                        {a.next_steps
                            .iter()
                            .map(|s| view! { <li><strong>{s.dimension.title.clone()}</strong>": "{s.recommendation.action.clone()}</li> })
                            .collect_view()}
                    </ol>
                    <h2>{text.chart_heading}</h2>
                    <RadarChart scores=a.dimensions.clone() />

                    <h2 class="report__plan-heading">{text.plan_heading}</h2>
                    {held_back.clone().map(|message| view! { <p><strong>{message}</strong></p> })}
                    {plan_sections}
                    {read(&r.estimate).ok().map(|inputs| {
                        let words = wording::estimate_in_words(text, &estimate(inputs));
                        view! {
                            <h3>{text.estimate_print_heading}</h3>
                            <ul>
                                {words.figures.into_iter().chain(words.loss).chain([words.break_even]).map(|line| view! { <li>{line}</li> }).collect_view()}
                            </ul>
                            <p>{format!("{}: {}", text.estimate_assumptions_heading, words.assumptions)}</p>
                            <p>{format!("{}: {}", text.estimate_wrong_heading, words.wrong.join(" "))}</p>
                        }
                    })}
                    <super::vendors::VendorRisks printed=true />
                    <div class="report__appendix">
                        <h2>{text.report_reasons_heading}</h2>
                        <Ladder judgement=a.judgement.clone() />
                        <p class="report__rule">{wording::rule(text)}</p>
                        <h2>{text.report_areas_heading}</h2>
                        <table class="report__areas">
                            <thead>
                                <tr>
                                    <th scope="col">{text.table_area}</th>
                                    <th scope="col">{text.table_score}</th>
                                    <th scope="col">{text.table_level}</th>
                                    <th scope="col">{text.table_answered}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {a.dimensions
                                    .iter()
                                    .map(|s| {
                                        let (score, level) = wording::score_cells(text, s.score);
                                        let answered = match s.not_sure {
                                            0 => format!("{} / {}", s.answered, s.total),
                                            n => format!("{} / {} ({})", s.answered, s.total, fill(text.not_sure_count, &[("count", &n)])),
                                        };
                                        view! {
                                            <tr>
                                                <th scope="row">{bank.dimensions[s.dimension].title.clone()}</th>
                                                <td class="num">{score}</td>
                                                <td>{level}</td>
                                                <td>{answered}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {(!evidence.is_empty() || !a.unknowns.is_empty()).then(|| view! {
                        <div class="report__appendix-more">
                            {(!evidence.is_empty()).then(|| view! {
                                <h2>{text.evidence_heading}</h2>
                                <ul class="report__evidence">
                                    {evidence.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                                </ul>
                            })}
                            {(!a.unknowns.is_empty()).then(|| view! {
                                <h2>{text.unknowns_heading}</h2>
                                <ul class="report__evidence">
                                    {a.unknowns.iter().map(|item| view! { <li>{item.question.clone()}</li> }).collect_view()}
                                </ul>
                            })}
                        </div>
                    })}
                </div>
            }
        })
    }
}
