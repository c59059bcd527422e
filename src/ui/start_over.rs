//! "Start over": deletes every answer on this device, after an explicit confirmation.
//!
//! The button is in the first download; the confirmation, asked once in a while, is a
//! part of its own words and code (see [`super::lazy`]).

use leptos::prelude::*;

use super::lazy::{split_view, Lazy};
use super::state::{AppState, Content, PartContent};
use crate::platform::focus_after_render;

/// A button that asks for confirmation before clearing everything.
#[component]
pub fn StartOver() -> impl IntoView {
    let Content { text, .. } = expect_context();
    let confirming = RwSignal::new(false);
    view! {
        <div class="start-over">
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button
                        type="button"
                        class="button button--quiet"
                        on:click=move |_| {
                            confirming.set(true);
                            focus_after_render("start-over-confirm");
                        }
                    >
                        {text.start_over}
                    </button>
                }
            >
                <Lazy fetch=confirm_view::fetch show=move || confirm_view::build_now(confirming) panel=true />
            </Show>
        </div>
    }
}

split_view! {
    /// The confirmation: delete everything, or keep the answers.
    fn confirm_view(confirming: RwSignal<bool>) in notices {
        view! { <Confirm confirming /> }.into_any()
    }
}

#[component]
fn Confirm(confirming: RwSignal<bool>) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    view! {
        <div class="start-over__confirm" role="alertdialog" aria-labelledby="start-over-warning">
            <p id="start-over-warning">{text.start_over_warning}</p>
            <div class="actions">
                <button
                    id="start-over-confirm"
                    type="button"
                    class="button button--danger"
                    on:click=move |_| {
                        state.start_over();
                        focus_after_render("welcome-heading");
                    }
                >
                    {text.start_over_confirm}
                </button>
                <button type="button" class="button" on:click=move |_| confirming.set(false)>
                    {text.start_over_cancel}
                </button>
            </div>
        </div>
    }
}
