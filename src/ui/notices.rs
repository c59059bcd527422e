//! Messages about saving: the "Saved on this device" status and load-time notices.

use leptos::prelude::*;

use super::embed;
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

/// A dismissable alert for what loading found (unreadable data, no storage). Embedded in
/// another site's page, where browsers may block or partition storage, "no storage" also
/// offers to open the check in a tab of its own.
#[component]
pub fn Notices() -> impl IntoView {
    let Content { text, .. } = expect_context();
    let state: AppState = expect_context();
    let framed = embed::is_embedded();
    move || {
        state.notice.get().map(|notice| {
            let open_in_new_tab = (framed && notice == LoadNotice::Unavailable)
                .then(embed::standalone_address)
                .flatten()
                .map(|href| view! {
                    <a class="button button--primary" href=href target="_blank" rel="noopener">
                        {text.open_in_new_tab.clone()}
                    </a>
                });
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
                    <div class="actions actions--tight">
                        {open_in_new_tab}
                        <button type="button" class="button button--quiet" on:click=move |_| state.notice.set(None)>
                            {text.dismiss.clone()}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
