//! What grounds the questionnaire: under a step's heading, what the area is about; under a
//! question's levels, why it matters, the evidence a district could collect at the chosen
//! level, and the sources it draws on. A part of its own (`grounding`), fetched while the
//! welcome page is shown ([`prefetch`]) or once the first question is; the questions can be
//! answered without it, so nothing shows until it has arrived, or if it cannot come (see
//! [`super::lazy::Lazy`]'s `extra`).

use leptos::prelude::*;

use super::lazy::{split_view, Lazy};
use super::state::{AppState, Content, PartContent};
use crate::core::grounding::{Bibliography, Grounding};
use crate::core::record::{Answer, Mode};
use crate::core::wording::citation_line;

/// Starts fetching the part, so that it is usually here before the first question is.
pub fn prefetch() {
    leptos::task::spawn_local(async {
        // A failure is retried by the question that needs the part.
        let _ = grounding_view::fetch().await;
    });
}

/// What is grounded: a step of the questionnaire, or a question and its answer.
#[derive(Clone)]
pub enum Grounded {
    /// The dimension with this id.
    Step(&'static str),
    /// The question with this id, and its answer.
    Item(&'static str, Memo<Option<Answer>>),
}

/// The grounding of a step or a question, once its part is here.
#[component]
pub fn GroundingOf(
    /// The step or question.
    of: Grounded,
) -> impl IntoView {
    let show = move || grounding_view::build_now(of.clone());
    view! { <Lazy fetch=grounding_view::fetch show panel=true extra=true /> }
}

split_view! {
    /// What a step is about; or why a question matters, its evidence line and its sources.
    fn grounding_view(of: Grounded) in grounding {
        match of {
            // The pulse keeps to its questions: what an area is about is for the full check.
            Grounded::Step(_) if in_pulse() => ().into_any(),
            Grounded::Step(id) => {
                let summary = Grounding::english().step(id).map(|s| s.summary.to_string());
                view! { <p class="step-summary">{summary}</p> }.into_any()
            }
            Grounded::Item(id, answer) => view! { <GroundingLines item_id=id answer /> }.into_any(),
        }
    }
}

#[component]
fn GroundingLines(item_id: &'static str, answer: Memo<Option<Answer>>) -> impl IntoView {
    let Content { text: ui, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let Some(grounding) = Grounding::english().item(item_id) else {
        return ().into_any();
    };
    let evidence = move || match answer.get() {
        Some(Answer::Level(level)) => grounding.evidence.get(usize::from(level)).map(|line| {
            view! {
                <p class="item__evidence">
                    <strong>{text.evidence_to_collect_label}</strong>
                    " "
                    {line.to_string()}
                </p>
            }
        }),
        _ => None,
    };
    let label = text.source_label_for(grounding.sources.len());
    let lines = move || {
        view! {
            <p class="item__why">
                <strong>{ui.why_label}</strong>
                " "
                {grounding.why.to_string()}
            </p>
            {evidence}
            <p class="item__source">
                <strong>{label}</strong>
                " "
                {citation_line(text, Bibliography::english(), &grounding.sources)}
            </p>
        }
    };
    // The pulse promises three minutes: there, all of it is one tap away instead.
    if in_pulse() {
        view! {
            <details class="item__grounding">
                <summary>{text.grounding_summary}</summary>
                {lines()}
            </details>
        }
        .into_any()
    } else {
        view! { <div class="item__grounding">{lines()}</div> }.into_any()
    }
}

/// Whether the questions shown are the pulse's.
fn in_pulse() -> bool {
    use_context::<AppState>()
        .is_some_and(|state| state.record.with_untracked(|r| r.mode) == Mode::Pulse)
}
