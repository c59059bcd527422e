//! The list of areas: shows each dimension's progress and jumps to any of them.

use leptos::prelude::*;

use super::state::{AppState, Content};
use crate::core::text::fill;
use crate::platform::focus_after_render;

/// The viewport width from which the area list sits beside the questions (matches
/// `style/app.css`).
const WIDE_LAYOUT_PX: f64 = 900.0;

/// Navigation between the questionnaire's steps.
#[component]
pub fn StepNav(
    /// The step being shown.
    current: Memo<usize>,
) -> impl IntoView {
    let Content { bank, text, .. } = expect_context();
    let state: AppState = expect_context();
    // Open beside the questions on a wide screen; folded above them on a phone.
    let wide = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|width| width.as_f64())
        .is_some_and(|width| width >= WIDE_LAYOUT_PX);
    view! {
        <nav class="step-nav" aria-label=text.areas_heading>
            // Opened and focused by "Review answers" on the results, as the overview.
            <details id="step-nav-details" class="step-nav__details" open=wide>
                <summary>{text.jump_summary}</summary>
                <ol class="step-nav__list">
                    {bank
                        .dimensions
                        .iter()
                        .enumerate()
                        .map(|(index, dimension)| {
                            let total = move || {
                                state.record.with(|r| dimension.items.iter().filter(|i| r.mode.asks(i)).count())
                            };
                            let answered = move || {
                                state.record.with(|r| {
                                    dimension
                                        .items
                                        .iter()
                                        .filter(|i| r.mode.asks(i) && r.answers.contains_key(&*i.id))
                                        .count()
                                })
                            };
                            let is_current = move || current.get() == index;
                            view! {
                                <li>
                                    <button
                                        type="button"
                                        class="step-nav__button"
                                        class:is-current=is_current
                                        class:is-complete=move || answered() == total()
                                        aria-current=move || is_current().then_some("step")
                                        on:click=move |_| {
                                            state.go_to_step(index);
                                            focus_after_render("step-heading");
                                        }
                                    >
                                        <span class="step-nav__title">{dimension.title.clone()}</span>
                                        <span class="step-nav__count">
                                            {move || fill(text.area_progress, &[("answered", &answered()), ("total", &total())])}
                                        </span>
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </details>
        </nav>
    }
}
