//! Answers to questions this edition no longer asks: listed on the results, as they were
//! asked and answered, with why the question changed and what asks it now, until the
//! user dismisses the list. The answers stay in the record and its export either way.

use leptos::prelude::*;

use super::state::{AppState, Content, PartContent};
use crate::core::editions::{History, RetiredItem};
use crate::core::record::{Answer, Record};
use crate::core::text::fill;

/// The user's own answers from an earlier edition, with a button to dismiss the list.
#[component]
pub fn EarlierAnswers() -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let state: AppState = expect_context();
    move || {
        let listed = state.record.with(listed);
        (!listed.is_empty()).then(|| {
            let dismiss = Callback::new(move |()| {
                state.edit(|r| r.earlier_answers_dismissed = Some(bank.edition));
            });
            view! { <EarlierAnswerList listed dismiss=Some(dismiss) /> }
        })
    }
}

/// A shared link's answers from an earlier edition, read-only.
#[component]
pub fn SharedEarlierAnswers(
    /// The link's answers.
    record: Record,
) -> impl IntoView {
    let listed = listed(&record);
    (!listed.is_empty()).then(|| view! { <EarlierAnswerList listed dismiss=None /> })
}

/// The retired questions `record` answered and has not dismissed, with the answers.
fn listed(record: &Record) -> Vec<(&'static RetiredItem, Answer)> {
    crate::core::editions::earlier_answers(History::english(), record)
}

#[component]
fn EarlierAnswerList(
    listed: Vec<(&'static RetiredItem, Answer)>,
    dismiss: Option<Callback<()>>,
) -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let rows = listed
        .into_iter()
        .map(|(retired, answer)| {
            let words = retired.answer_words(answer, text.answer_not_sure);
            let now_asked: Vec<String> = retired
                .into
                .iter()
                .filter_map(|id| bank.item(id))
                .map(|(_, item)| item.question.to_string())
                .collect();
            let now = if now_asked.is_empty() {
                text.earlier_no_longer_asked.to_owned()
            } else {
                fill(text.earlier_now_asked, &[("questions", &now_asked.join(" / "))])
            };
            view! {
                <li>
                    <p class="earlier-answers__question">{retired.question.to_string()}</p>
                    <p>{fill(text.earlier_your_answer, &[("answer", &words)])}</p>
                    <p class="earlier-answers__why">{fill(text.earlier_why, &[("why", &retired.why)])}</p>
                    <p class="earlier-answers__now">{now}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="earlier-answers" aria-labelledby="earlier-answers-heading">
            <h2 id="earlier-answers-heading">{text.earlier_heading}</h2>
            <p>{text.earlier_intro}</p>
            <ul class="earlier-answers__list">{rows}</ul>
            {dismiss.map(|dismiss| view! {
                <button type="button" class="button button--quiet" on:click=move |_| dismiss.run(())>
                    {text.earlier_dismiss}
                </button>
            })}
        </section>
    }
}
