//! Messages about saving: the "Saved on this device" status and load-time notices.

use leptos::prelude::*;

use super::state::{AppState, Content, SaveState};
use crate::core::text::fill;
use crate::storage::LoadNotice;

/// The live save status, shown on the questionnaire.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let Content { text, .. } = expect_context();
    let state: AppState = expect_context();
    view! {
        <p class="save-status" role="status">
            {move || match state.save_state.get() {
                SaveState::Saved => view! {
                    <span class="save-status__ok">{text.saved.clone()}</span>
                }.into_any(),
                SaveState::Failed(e) => view! {
                    <span class="save-status__error">
                        {fill(&text.saving_failed, &[("reason", &e)])}
                    </span>
                }.into_any(),
                SaveState::Off => view! {
                    <span class="save-status__error">{text.storage_unavailable.clone()}</span>
                }.into_any(),
            }}
        </p>
    }
}

/// A dismissable alert for what loading found (unreadable data, no storage).
#[component]
pub fn Notices() -> impl IntoView {
    let Content { text, .. } = expect_context();
    let state: AppState = expect_context();
    move || {
        state.notice.get().map(|notice| {
            let message = match notice {
                LoadNotice::Unavailable => text.storage_unavailable.clone(),
                LoadNotice::Recovered { reason, backup } => fill(
                    &text.recovered_notice,
                    &[("reason", &reason), ("backup", &backup)],
                ),
                LoadNotice::Unrecoverable { reason } => {
                    fill(&text.recovered_without_backup, &[("reason", &reason)])
                }
            };
            view! {
                <div class="notice" role="alert">
                    <p>{message}</p>
                    <button type="button" class="button button--quiet" on:click=move |_| state.notice.set(None)>
                        {text.dismiss.clone()}
                    </button>
                </div>
            }
        })
    }
}
