//! Opening a share link: the shared answers, read-only, with a banner and a deliberate
//! "Save to this device" that never replaces the user's own answers unasked.

use leptos::prelude::*;

use super::lazy::{split_view, Lazy};
use super::results::ResultsReport;
use super::state::{AppState, Content, PartContent};
use crate::core::editions::History;
use crate::core::record::{Record, Screen};
use crate::core::scoring::assess;
use crate::core::share::{decode_fragment, is_share_fragment, ShareError, Shared};
use crate::core::snapshots;
use crate::core::text::fill;
use crate::platform::{focus_after_render, today};

/// The current address's fragment, if it is a share link. Only whether it claims to be
/// one is checked here: reading it is the shared view's part (see [`super::lazy`]), so a
/// visitor without a link never downloads the decoder.
pub fn read_address() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    is_share_fragment(&hash).then_some(hash)
}

split_view! {
    /// A share link, read: someone else's answers, read-only, or, if they cannot be read, a
    /// plain message above the user's own `screen`, which nothing has changed. In the small
    /// part of the notices, so that the message does not wait for the results' code.
    pub(crate) fn link_view(fragment: String, on_close: Callback<()>, screen: Memo<Screen>) in notices {
        shared_link(&fragment, on_close, move || crate::ui::screen_view(screen.get()))
    }
}

split_view! {
    /// The shared answers' results, with the results' code.
    fn answers_view(shared: Shared, on_close: Callback<()>) in results {
        view! { <SharedView shared on_close=move || on_close.run(()) /> }.into_any()
    }
}

fn shared_link(
    fragment: &str,
    on_close: Callback<()>,
    own_screen: impl Fn() -> AnyView + Send + Sync + 'static,
) -> AnyView {
    let Content { bank, .. } = expect_context();
    match decode_fragment(bank, History::english(), fragment) {
        Some(Ok(shared)) => {
            let show = move || answers_view::build_now(shared.clone(), on_close);
            view! { <Lazy fetch=answers_view::fetch show leave=on_close /> }.into_any()
        }
        Some(Err(error)) => view! {
            <ShareErrorNotice error on_dismiss=move || on_close.run(()) />
            {own_screen}
        }
        .into_any(),
        // Not a share link after all (`read_address` checked that it claims to be one).
        None => own_screen(),
    }
}

/// The plain message for a link that cannot be read; nothing was changed.
#[component]
pub fn ShareErrorNotice(
    /// Why the link cannot be read.
    error: ShareError,
    /// Hides the notice and removes the link from the address.
    on_dismiss: impl Fn() + 'static,
) -> impl IntoView {
    let Content { text: ui, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let message = match error {
        ShareError::Damaged => text.share_error_damaged,
        ShareError::NewerVersion => text.share_error_newer,
        ShareError::OtherQuestions => text.share_error_other_questions,
    };
    view! {
        <div class="notice" role="alert">
            <p>{message}</p>
            <button type="button" class="button button--quiet" on:click=move |_| on_dismiss()>
                {ui.dismiss}
            </button>
        </div>
    }
}

/// The shared answers' results, read-only, until the user saves or closes them.
#[component]
pub fn SharedView(
    /// The answers in the link, and the edition it was made for.
    shared: Shared,
    /// Leaves the shared view (after saving or closing).
    on_close: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let PartContent { text, advice } = expect_context();
    let state: AppState = expect_context();
    let confirming = RwSignal::new(false);
    let Shared { answers, edition } = shared;
    let shared_count = answers.keys().filter(|id| bank.item(id).is_some()).count();
    let earlier_edition = (edition < bank.edition).then(|| {
        view! {
            <p>{fill(text.shared_earlier_edition, &[("edition", &edition), ("current", &bank.edition)])}</p>
        }
    });
    let own_count = move || state.record.with(|r| r.answers.len());
    let shared = Record {
        answers: answers.clone(),
        ..Record::default()
    };
    let earlier_answers = shared.clone();
    let save = StoredValue::new(answers);
    let save_now = move || {
        let answers = save.get_value();
        state.edit(|r| {
            if !r.answers.is_empty() {
                snapshots::take(r, &today());
            }
            r.answers = answers;
            r.position.screen = Screen::Results;
        });
        on_close();
        focus_after_render("results-heading");
    };
    let ask_or_save = move |_| {
        if own_count() == 0 {
            save_now();
        } else {
            confirming.set(true);
            focus_after_render("shared-replace-warning");
        }
    };
    view! {
        <div class="shared-banner" role="region" aria-labelledby="shared-heading">
            <h1 id="shared-heading" tabindex="-1">{text.shared_heading}</h1>
            <p>{fill(text.shared_intro, &[("answered", &shared_count)])}</p>
            {earlier_edition}
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <div class="actions">
                        <button type="button" class="button button--primary" on:click=ask_or_save>
                            {text.shared_save}
                        </button>
                        <button type="button" class="button" on:click=move |_| on_close()>
                            {text.shared_close}
                        </button>
                    </div>
                }
            >
                <div class="start-over__confirm" role="alertdialog" aria-labelledby="shared-replace-warning">
                <p id="shared-replace-warning" tabindex="-1">
                    {move || fill(text.shared_replace_warning, &[("answered", &own_count())])}
                </p>
                <div class="actions">
                    <button type="button" class="button button--danger" on:click=move |_| save_now()>
                        {text.shared_replace_confirm}
                    </button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>
                        {text.cancel}
                    </button>
                </div>
                </div>
            </Show>
        </div>
        <section class="results results--shared" aria-labelledby="results-heading">
            <ResultsReport assessment=assess(bank, advice, &shared) read_only=true intro=None />
            <super::earlier_answers::SharedEarlierAnswers record=earlier_answers />
        </section>
    }
}
