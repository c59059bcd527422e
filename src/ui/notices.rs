//! Messages about saving: the "Saved on this device" status, the alert when a change could
//! not be saved, and what loading found. The last are rare (damaged or newer data, no
//! storage at all), so their words and code are a part of their own (see [`super::lazy`]),
//! fetched only when there is something to tell.

use leptos::prelude::*;

use super::data_panel::download_record;
use super::lazy::{split_view, Lazy};
use super::share_panel::tool_address;
use super::state::{AppState, Content, PartContent, SaveState};
use crate::core::share::share_link;
use crate::core::text::fill;
use crate::storage::{LoadNotice, StorageError};

/// The live save status, shown on the questionnaire.
#[component]
pub fn SaveStatus() -> impl IntoView {
    let Content { text, .. } = expect_context();
    let state: AppState = expect_context();
    view! {
        <p class="save-status" role="status">
            {move || match state.save_state.get() {
                SaveState::Saved => view! {
                    <span class="save-status__ok">{text.saved}</span>
                }.into_any(),
                SaveState::Failed(_) => view! {
                    <span class="save-status__error">{text.saving_failed_short}</span>
                }.into_any(),
                SaveState::Off => view! {
                    <span class="save-status__error">{text.storage_unavailable}</span>
                }.into_any(),
            }}
        </p>
    }
}

/// A dismissable alert for what loading found (unreadable data, no storage), and an
/// alert while the latest change could not be saved.
#[component]
pub fn Notices() -> impl IntoView {
    let state: AppState = expect_context();
    let save_failed = move || match state.save_state.get() {
        SaveState::Failed(reason) => {
            let show = move || save_failed_view::build_now(reason.clone());
            Some(view! { <Lazy fetch=save_failed_view::fetch show panel=true quiet=true /> })
        }
        _ => None,
    };
    // What loading found, or answers given over more than one day (a reminder to keep a
    // copy, once): one part for both.
    let has_notice = Memo::new(move |_| {
        state.notice.with(Option::is_some)
            || state
                .record
                .with(|r| r.copy_reminder_due(crate::platform::day_number()))
    });
    let notices = move || {
        has_notice.get().then(|| {
            view! { <Lazy fetch=notices_view::fetch show=notices_view::build_now panel=true quiet=true /> }
        })
    };
    view! {
        {notices}
        {save_failed}
    }
}

split_view! {
    /// What loading found, until dismissed; the reminder to keep a copy, until dealt with.
    fn notices_view() in notices {
        view! {
            <LoadNotices />
            <CopyReminderNotice />
        }
        .into_any()
    }
}

/// "You have been answering over more than one day": a browser may clear a site's data, so
/// keep a copy — downloaded, or sent to oneself as a file — or dismiss it. Either way it is
/// not shown again.
#[component]
fn CopyReminderNotice() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let done = move || state.edit(|r| r.copy_reminded = Some(crate::platform::day_number()));
    let download = move |_| {
        let _ = state
            .record
            .with_untracked(super::data_panel::download_record);
        done();
    };
    let send = move |_| {
        let json = state.record.with_untracked(crate::core::export::to_json);
        let name = format!("district-ai-readiness-{}.json", crate::platform::today());
        leptos::task::spawn_local(async move {
            let shared =
                crate::platform::share_file(text.email_subject, &name, "application/json", &json)
                    .await;
            if shared == crate::platform::Shared::Unavailable {
                let _ = state
                    .record
                    .with_untracked(super::data_panel::download_record);
            }
            if shared != crate::platform::Shared::Cancelled {
                done();
            }
        });
    };
    let due = Memo::new(move |_| {
        state
            .record
            .with(|r| r.copy_reminder_due(crate::platform::day_number()))
    });
    move || {
        due.get().then(|| view! {
        <div class="notice copy-reminder" role="note" aria-labelledby="copy-reminder-heading">
            <p id="copy-reminder-heading"><strong>{text.copy_reminder_heading}</strong></p>
            <p>{text.copy_reminder}</p>
            <div class="actions">
                <button type="button" class="button button--primary" on:click=download>{text.copy_reminder_download}</button>
                <button type="button" class="button" on:click=send>{text.send_file}</button>
                <button type="button" class="button button--quiet" on:click=move |_| done()>{text.copy_reminder_dismiss}</button>
            </div>
        </div>
    })
    }
}

split_view! {
    /// The latest change could not be saved. Rare, so a part; the questionnaire's save
    /// status says it in the first download's words meanwhile.
    fn save_failed_view(reason: StorageError) in notices {
        view! { <SaveFailed reason /> }.into_any()
    }
}

/// The latest change could not be saved (storage full, or another tab's save could not be
/// merged): it is kept on this page, and the user can download everything now. It goes
/// away with the next successful save.
#[component]
fn SaveFailed(reason: StorageError) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let download_failed = RwSignal::new(false);
    let message = match reason {
        StorageError::CannotMerge => reason.words(text).to_owned(),
        _ => fill(text.saving_failed, &[("reason", &reason.words(text))]),
    };
    view! {
        <div class="notice" role="alert">
            <p>{message}</p>
            <div class="actions">
                <DownloadAnswers failed=download_failed />
            </div>
            <DownloadFailed failed=download_failed />
        </div>
    }
}

/// "Download my answers": the whole record as the JSON file the importer reads back.
#[component]
fn DownloadAnswers(
    /// Set when the browser refused the download.
    failed: RwSignal<bool>,
) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    view! {
        <button
            type="button"
            class="button"
            on:click=move |_| failed.set(state.record.with_untracked(download_record).is_err())
        >
            {text.download_answers}
        </button>
    }
}

/// The message shown under the actions when a download was refused.
#[component]
fn DownloadFailed(
    /// Whether the last download was refused.
    failed: RwSignal<bool>,
) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    view! {
        <Show when=move || failed.get()>
            <p class="field-error">{text.download_failed}</p>
        </Show>
    }
}

/// What loading found, until dismissed.
#[component]
fn LoadNotices() -> impl IntoView {
    let Content { text: ui, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    move || {
        state.notice.get().map(|notice| {
            let message = match notice {
                LoadNotice::Unavailable => return view! { <StorageBlocked /> }.into_any(),
                LoadNotice::NewerVersion => text.newer_version_stored.to_owned(),
                LoadNotice::Recovered { reason, backup } => fill(
                    text.recovered_notice,
                    &[("reason", &text.record_error(&reason)), ("backup", &backup)],
                ),
                LoadNotice::Unrecoverable { reason } => {
                    fill(
                        text.recovered_without_backup,
                        &[("reason", &text.record_error(&reason))],
                    )
                }
            };
            view! {
                <div class="notice" role="alert">
                    <p>{message}</p>
                    <button type="button" class="button button--quiet" on:click=move |_| state.notice.set(None)>
                        {ui.dismiss}
                    </button>
                </div>
            }
            .into_any()
        })
    }
}

/// Storage is blocked (an embed in Safari or Brave, a private window): the check works in
/// memory, and the user can take the answers to a tab of their own or download them.
#[component]
fn StorageBlocked() -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let Content { text: ui, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let download_failed = RwSignal::new(false);
    // The new tab gets the answers, if any, through a share link, where it can save them.
    let new_tab_link = move || {
        state.record.with(|r| {
            if r.answers.is_empty() {
                tool_address()
            } else {
                share_link(&tool_address(), bank, &r.answers)
            }
        })
    };
    view! {
        <div class="notice" role="alert">
            <p>{text.storage_blocked}</p>
            <div class="actions">
                <a class="button" href=new_tab_link target="_blank" rel="noopener">{text.open_in_new_tab}</a>
                <DownloadAnswers failed=download_failed />
                <button type="button" class="button button--quiet" on:click=move |_| state.notice.set(None)>
                    {ui.dismiss}
                </button>
            </div>
            <DownloadFailed failed=download_failed />
        </div>
    }
}
