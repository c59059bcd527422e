//! The questionnaire screen: one dimension per step, with progress, navigation and the
//! save status.

use leptos::prelude::*;

use super::grounding::{Grounded, GroundingOf};
use super::item::ItemCard;
use super::notices::SaveStatus;
use super::start_over::StartOver;
use super::state::{AppState, Content};
use super::step_nav::StepNav;
use crate::core::record::{Mode, Screen};
use crate::core::text::fill;
use crate::platform::focus_after_render;

/// One step of the questionnaire.
#[component]
pub fn Questionnaire() -> impl IntoView {
    let Content { bank, text, .. } = expect_context();
    let state: AppState = expect_context();
    let steps = bank.dimensions.len();
    let mode = Memo::new(move |_| state.record.with(|r| r.mode));
    // A stored step past the end (from an older, longer questionnaire) shows the last one.
    let step = Memo::new(move |_| state.record.with(|r| r.position.step.min(steps - 1)));
    let progress = Memo::new(move |_| state.record.with(|r| r.progress(bank)));
    let unanswered_here = move || {
        let dimension = &bank.dimensions[step.get()];
        state.record.with(|r| {
            dimension
                .items
                .iter()
                .filter(|i| r.mode.asks(i) && !r.answers.contains_key(&*i.id))
                .count()
        })
    };

    let go_back = move |_| match step.get_untracked() {
        0 => {
            state.go(Screen::Welcome);
            focus_after_render("welcome-heading");
        }
        s => {
            state.go_to_step(s - 1);
            focus_after_render("step-heading");
        }
    };
    let go_next = move |_| {
        let s = step.get_untracked();
        if s + 1 < steps {
            state.go_to_step(s + 1);
            focus_after_render("step-heading");
        } else {
            state.go(Screen::Results);
            focus_after_render("results-heading");
        }
    };

    view! {
        <section class="questionnaire" aria-labelledby="step-heading">
            <div class="progress-block">
                // One counter where the page scrolls under it: the answers, as the bar.
                <p class="progress-text">
                    {move || (mode.get() == Mode::Pulse).then(|| view! { <span class="mode-tag">{text.pulse_label}</span> })}
                    <span>{move || {
                        let (answered, asked) = progress.get();
                        fill(text.answered_progress, &[("answered", &answered), ("total", &asked)])
                    }}</span>
                </p>
                <progress
                    class="progress-bar"
                    max=move || progress.get().1
                    value=move || progress.get().0
                    aria-label=text.progress_label
                ></progress>
                <SaveStatus />
            </div>
            <div class="questionnaire__layout">
                <StepNav current=step />
                <div class="questionnaire__step">
                    {move || {
                        let mode = mode.get();
                        let dimension = &bank.dimensions[step.get()];
                        let first_number: usize = bank.dimensions[..step.get()].iter().map(|d| d.items.len()).sum();
                        view! {
                            <p class="step-position">{fill(text.step_label, &[("step", &(step.get() + 1)), ("steps", &steps)])}</p>
                            <h1 id="step-heading" class="step-heading" tabindex="-1">
                                {dimension.title.clone()}
                            </h1>
                            <GroundingOf of=Grounded::Step(&dimension.id) />
                            {dimension
                                .items
                                .iter()
                                .enumerate()
                                .filter(|(_, item)| mode.asks(item))
                                .map(|(i, item)| {
                                    let number = (mode == Mode::Full).then_some(first_number + i + 1);
                                    view! { <ItemCard item=item number /> }
                                })
                                .collect_view()}
                        }
                    }}
                    <p class="unanswered-hint">
                        {move || match unanswered_here() {
                            0 => String::new(),
                            n => fill(text.unanswered_on_step, &[("count", &n)]),
                        }}
                    </p>
                    <div class="step-buttons">
                        <button type="button" class="button" on:click=go_back>{text.back}</button>
                        <button type="button" class="button button--primary" on:click=go_next>
                            {move || if step.get() + 1 < steps { text.next } else { text.finish }}
                        </button>
                    </div>
                    {move || (step.get() + 1 < steps).then(|| view! {
                        <p class="results-so-far">
                            <button
                                type="button"
                                class="button button--small"
                                on:click=move |_| {
                                    state.go(Screen::Results);
                                    focus_after_render("results-heading");
                                }
                            >
                                {text.results_so_far}
                            </button>
                        </p>
                    })}
                    <StartOver />
                </div>
            </div>
        </section>
    }
}
