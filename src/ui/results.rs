//! The results screen: overall and per-area scores, the verdict, the ladder of what may be
//! piloted by risk and the rule behind it,
//! next steps with the answers that triggered them, the radar chart, strengths, gaps and
//! unknowns to resolve.

use leptos::prelude::*;

use super::ladder::Ladder;
use super::radar_chart::RadarChart;
use super::share_panel::tool_address;
use super::start_over::StartOver;
use super::state::{AppState, Content, PartContent, Scored};
use crate::core::judgement::{Verdict, RULES_VERSION};
use crate::core::record::{Answer, Mode, Screen};
use crate::core::scoring::{Assessment, ItemAnswer, Maturity};
use crate::core::share::share_link;
use crate::core::text::{fill, PartText};
use crate::core::wording;
use crate::platform::{self, focus_after_render};

/// "you answered … to …", for the answers behind a recommendation or a gate.
pub(crate) fn because_line(text: &PartText, answer: &ItemAnswer<'_>) -> String {
    fill(
        text.because_answer,
        &[
            ("answer", &answer.words(text.answer_not_sure)),
            ("question", &answer.item.question),
        ],
    )
}

/// The results of the user's own assessment so far, with what to do next.
#[component]
pub fn Results() -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    // Answers last scored under older rules are told once that the rules changed.
    let rules_changed = state
        .record
        .with_untracked(|r| r.rules_version.unwrap_or(1) < RULES_VERSION && !r.answers.is_empty());
    if state
        .record
        .with_untracked(|r| r.rules_version != Some(RULES_VERSION))
    {
        state.edit(|r| r.rules_version = Some(RULES_VERSION));
    }
    let rules_notice = rules_changed.then(|| {
        let message = fill(text.rules_changed, &[("version", &RULES_VERSION)]);
        view! { <p class="notice rules-changed" role="note">{message}</p> }
    });
    // It follows the record, another tab's answers too.
    let Scored(scored) = expect_context();
    let mode = Memo::new(move |_| state.record.with(|r| r.mode));
    let pulse_banner = move |answered: usize| {
        let total = bank.item_count();
        let left = total - answered.min(total);
        view! {
            <div class="pulse-banner">
                <p>{fill(text.pulse_banner, &[("answered", &answered), ("total", &total)])}</p>
                <button
                    type="button"
                    class="button button--primary"
                    on:click=move |_| {
                        // The full check opens where its first unanswered question is,
                        // with that question in view and focused.
                        let first = state.record.with_untracked(|r| r.first_unanswered(bank, Mode::Full));
                        state.open_questions(bank, Mode::Full);
                        focus_after_render(first.map_or("step-heading", |(_, item)| &*item.id));
                    }
                >
                    {fill(text.continue_full, &[("left", &left)])}
                </button>
                <p class="pulse-banner__help">{text.continue_full_help}</p>
            </div>
        }
        .into_any()
    };
    let sending = RwSignal::new(false);
    // The link, shown right under "Send my result" where the browser has no share menu.
    let send_fallback = RwSignal::new(None::<String>);
    let send = move |_| {
        let link = state
            .record
            .with_untracked(|r| share_link(&tool_address(), bank, &r.answers));
        // Said with the link, as many apps drop the title.
        let verdict = scored.with_untracked(|a| a.judgement.verdict);
        let message = fill(text.share_text, &[("verdict", &text.verdicts.of(verdict))]);
        sending.set(true);
        leptos::task::spawn_local(async move {
            let outcome = platform::open_share_sheet(text.email_subject, &message, &link).await;
            let _ = sending.try_set(false);
            if outcome == platform::Shared::Unavailable {
                let _ = send_fallback.try_set(Some(link));
                focus_after_render("send-link");
            }
        });
    };
    // Right under the verdict: what to do next, within a thumb's reach on a phone.
    let actions = move || {
        view! {
            <div class="results-actions">
                // The lead action only when the answers allow a pilot of some kind (and not
                // after the pulse, whose lead is the full check).
                <button
                    type="button"
                    class="button"
                    class:button--primary=move || mode.get() != Mode::Pulse && scored.with(|a| a.judgement.highest().is_some())
                    on:click=move |_| {
                        state.go(Screen::Workflows);
                        focus_after_render("workflows-heading");
                    }
                >
                    {text.choose_workflow}
                </button>
                <button type="button" class="button" on:click=send disabled=move || sending.get()>
                    {text.send_result}
                </button>
                <button type="button" class="button" on:click=|_| platform::print_page()>
                    {text.print}
                </button>
            </div>
            <p class="results-actions__hint muted">{text.send_to_facilitator_hint}</p>
            {move || send_fallback.get().map(|link| view! {
                <div class="send-fallback">
                    <p role="status">{text.send_fallback}</p>
                    <super::share_panel::ShareLinkActions link input_id="send-link" />
                </div>
            })}
        }
        .into_any()
    };
    let report = move || {
        let assessment = scored.get();
        let answered = assessment.answered + assessment.not_sure;
        let in_pulse = mode.get() == Mode::Pulse;
        let pulse = in_pulse.then(|| pulse_banner(answered));
        // The pulse's result in the pulse's terms: of its questions, not of the full check.
        let based_on = in_pulse.then(|| {
            state.record.with(|r| {
                // The record is in the pulse, so its progress counts the pulse's questions.
                let (answered, total) = r.progress(bank);
                let not_sure = Mode::Pulse
                    .items(bank)
                    .filter(|i| r.answers.get(&*i.id) == Some(&Answer::NotSure))
                    .count();
                fill(
                    text.pulse_caveat,
                    &[
                        ("answered", &answered),
                        ("total", &total),
                        ("not_sure", &not_sure),
                    ],
                )
            })
        });
        view! { <ResultsReport assessment=assessment read_only=false intro=pulse actions=actions() based_on=based_on /> }
    };
    view! {
        <section class="results" aria-labelledby="results-heading">
            {rules_notice}
            {report}
            // The way on is at the top (`actions`); at the end, back to the answers.
            <div class="actions">
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        // From the first area, with the list of areas and their answers
                        // open as the overview.
                        state.go_to_step(0);
                        crate::platform::open_after_render("step-nav-details");
                    }
                >
                    {text.review_answers}
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        state.go(Screen::Team);
                        focus_after_render("team-heading");
                    }
                >
                    {text.team_open}
                </button>
            </div>
            <div class="screen-only">
                <super::earlier_answers::EarlierAnswers />
                <super::evidence::EvidenceForm />
                <super::report_details::ReportDetailsForm />
                <super::share_panel::SharePanel />
                <super::snapshots::SnapshotPanel />
                <super::data_panel::DataPanel />
                <StartOver />
            </div>
        </section>
    }
}

/// Right after one's own next steps: the guidance kit's tools that act on them (interim
/// guidance, the vendor checklist), and any tool's open vendor risks.
#[component]
fn KitLinks() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    view! {
        <div class="kit-links screen-only">
            <p>{text.kit_lead}</p>
            <div class="actions">
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
                        state.go(Screen::Vendors);
                        focus_after_render("vendors-heading");
                    }
                >
                    {text.vendors_open}
                </button>
            </div>
            <super::vendors::VendorRisks />
        </div>
    }
}

/// The scored report of `record`'s answers. `read_only` leaves out the buttons that would
/// change answers (for answers shared in a link).
#[component]
pub fn ResultsReport(
    /// The assessment to show: the user's own ([`Scored`]) or a shared link's.
    assessment: Assessment<'static>,
    /// Leaves out the buttons that change answers.
    read_only: bool,
    /// Shown right under the heading (the pulse's invitation to the full check).
    intro: Option<AnyView>,
    /// Shown right under the verdict (the next actions on one's own results).
    #[prop(optional)]
    actions: Option<AnyView>,
    /// What the result is based on, when not all the questions were asked (the pulse).
    #[prop(optional_no_strip)]
    based_on: Option<String>,
) -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let caveat = if let Some(based_on) = based_on {
        based_on
    } else if assessment.unanswered() == 0 {
        fill(
            text.complete_caveat,
            &[
                ("total", &assessment.total),
                ("not_sure", &assessment.not_sure),
            ],
        )
    } else {
        wording::based_on(text, &assessment)
    };
    let because = |answers: &[ItemAnswer<'static>]| {
        answers
            .iter()
            .map(|a| {
                view! {
                    <li>
                        {because_line(text, a)}
                    </li>
                }
            })
            .collect_view()
    };
    let next_steps = assessment
        .next_steps
        .iter()
        .map(|step| {
            view! {
                <li class="next-step">
                    <p class="next-step__area">{step.dimension.title.clone()}</p>
                    <p class="next-step__action">{step.recommendation.action.clone()}</p>
                    <p class="next-step__owner">
                        <strong>{text.owner_label}</strong>
                        " "
                        {step.recommendation.owner.clone()}
                    </p>
                    <p class="next-step__because">{text.because_label}</p>
                    <ul class="next-step__answers">{because(&step.because)}</ul>
                </li>
            }
        })
        .collect_view();
    let item_list = |answers: &[ItemAnswer<'static>], empty: &'static str| {
        view! { <AnswerList answers=answers.to_vec() empty /> }
    };
    let unknowns = assessment
        .unknowns
        .iter()
        .map(|item| {
            let step = bank
                .dimensions
                .iter()
                .position(|d| d.items.iter().any(|i| i.id == item.id))
                .unwrap_or(0);
            view! {
                <li>
                    <span>{item.question.clone()}</span>
                    {(!read_only).then(|| view! {
                        <button
                            type="button"
                            class="button button--small"
                            on:click=move |_| {
                                state.go_to_step(step);
                                focus_after_render("step-heading");
                            }
                        >
                            {text.answer_now}
                        </button>
                    })}
                </li>
            }
        })
        .collect_view();

    let overall = assessment.overall;
    let verdict = assessment.judgement.verdict;
    let judgement = assessment.judgement.clone();
    view! {
            <h1 id="results-heading" tabindex="-1">
                {if read_only { text.shared_results_heading } else { text.results_heading }}
            </h1>
            {intro}
            <p class="caveat">{caveat}</p>
            {(assessment.answered == 0).then(|| view! { <p class="notice">{text.no_answers}</p> })}

            <div class="summary-cards">
                <div class="card overall">
                    <h2 class="card__label">{text.overall_label}</h2>
                    <p class="overall__score">
                        {match overall {
                            Some(v) => view! { <span class="overall__number">{v}</span>" "<span class="overall__of">{text.out_of}</span> }.into_any(),
                            None => view! { <span class="overall__number">{text.unknown_score}</span> }.into_any(),
                        }}
                    </p>
                    {overall.map(|v| {
                        let m = Maturity::of(v).index();
                        view! {
                            <p class="overall__level">{text.maturity_levels[m]}</p>
                            <p class="muted">{text.maturity_descriptions[m]}</p>
                        }
                    })}
                </div>
                <div class=format!("card verdict verdict--{verdict:?}")>
                    <h2 class="card__label">{text.verdict_heading}</h2>
                    <p class="verdict__title">{text.verdicts.of(verdict).to_owned()}</p>
                    <p>{text.verdict_explanations.of(verdict).to_owned()}</p>
                    {(verdict == Verdict::NotEnoughAnswers && !read_only).then(|| view! {
                        <button
                            type="button"
                            class="button button--primary"
                            on:click=move |_| {
                                let mode = state.record.with_untracked(|r| r.mode);
                                state.open_questions(bank, mode);
                                focus_after_render("step-heading");
                            }
                        >
                            {text.answer_more}
                        </button>
                    })}
                </div>
            </div>
            {actions}

            <h2>{text.ladder_heading}</h2>
            <Ladder judgement=judgement />
            <p class="verdict__rule">{wording::rule(text)}</p>

            <h2>{if read_only { text.shared_next_steps_heading } else { text.next_steps_heading }}</h2>
            <ol class="next-steps">{next_steps}</ol>
            {(!read_only).then(|| view! { <KitLinks /> })}

            <h2>{text.chart_heading}</h2>
            <RadarChart scores=assessment.dimensions.clone() />

            <div class="two-columns">
                <section aria-labelledby="strengths-heading">
                    <h2 id="strengths-heading">{text.strengths_heading}</h2>
                    {item_list(&assessment.strengths, text.strengths_empty)}
                </section>
                <section aria-labelledby="gaps-heading">
                    <h2 id="gaps-heading">{text.gaps_heading}</h2>
                    {item_list(&assessment.gaps, text.gaps_empty)}
                </section>
            </div>

            <section aria-labelledby="unknowns-heading">
                <h2 id="unknowns-heading">{text.unknowns_heading}</h2>
                {if assessment.unknowns.is_empty() {
                    view! { <p class="muted">{text.unknowns_empty}</p> }.into_any()
                } else {
                    view! {
                        <p>{text.unknowns_intro}</p>
                        <ul class="unknown-list">{unknowns}</ul>
                    }.into_any()
                }}
            </section>
    }
}

/// How many strengths or gaps show before "Show all".
const SHOWN_FIRST: usize = 3;

/// Answers listed as strengths or gaps: the first three, and the rest behind "Show all".
#[component]
fn AnswerList(answers: Vec<ItemAnswer<'static>>, empty: &'static str) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    if answers.is_empty() {
        return view! { <p class="muted">{empty}</p> }.into_any();
    }
    let all = RwSignal::new(answers.len() <= SHOWN_FIRST);
    let count = answers.len();
    let rows = move || {
        let shown = if all.get() { count } else { SHOWN_FIRST };
        answers
            .iter()
            .take(shown)
            .map(|a| {
                view! {
                    <li>
                        <span class="answer-list__question">{a.item.question.clone()}</span>
                        <span class="answer-list__answer">{a.words(text.answer_not_sure)}</span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ul class="answer-list">{rows}</ul>
        {move || (!all.get()).then(|| view! {
            <button type="button" class="button button--quiet button--small" on:click=move |_| all.set(true)>
                {fill(text.show_all, &[("count", &count)])}
            </button>
        })}
    }
    .into_any()
}
