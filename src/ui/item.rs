//! One question: its maturity levels as radio buttons, "Not sure", what grounds it (why
//! it matters, evidence and sources, see [`super::grounding`]), and an optional note.

use leptos::prelude::*;

use super::grounding::{Grounded, GroundingOf};
use super::saved_text::SavedTextArea;
use super::state::{AppState, Content};
use crate::core::content::Item;
use crate::core::record::{Answer, NOTE_MAX_CHARS};
use crate::core::text::fill;

/// A question card.
#[component]
pub fn ItemCard(
    /// The item to ask.
    item: &'static Item,
    /// Its number in the full check, from 1; none in the pulse, whose few questions the
    /// counter above already numbers (so continuing to the full check renumbers nothing).
    number: Option<usize>,
) -> impl IntoView {
    let Content { text, .. } = expect_context();
    let state: AppState = expect_context();
    let id: &str = &item.id;
    let answer = Memo::new(move |_| state.record.with(|r| r.answers.get(id).copied()));
    let note = Memo::new(move |_| state.record.with(|r| r.note(id).to_owned()));
    let has_note = !note.get_untracked().is_empty();
    let note_id = format!("{id}-note");
    let note_help_id = format!("{id}-note-help");

    let choice = move |value: Answer, label: String, class: &'static str| {
        view! {
            <label class=class class:is-selected=move || answer.get() == Some(value)>
                <input
                    type="radio"
                    name=id
                    prop:checked=move || answer.get() == Some(value)
                    on:change=move |_| state.edit(|r| r.set_answer(id, Some(value)))
                />
                <span>{label}</span>
            </label>
        }
    };

    view! {
        // Focusable by its id, for "Continue to the full check" to land on it.
        <fieldset id=id tabindex="-1" class="item" class:is-answered=move || answer.get().is_some() >
            <legend class="item__question">
                {number.map(|n| view! { <span class="item__number">{format!("{n}. ")}</span> })}
                {item.question.clone()}
            </legend>
            <div class="item__choices">
                {item
                    .levels
                    .iter()
                    .enumerate()
                    .map(|(level, label)| choice(Answer::Level(level as u8), label.to_string(), "choice"))
                    .collect_view()}
                {choice(Answer::NotSure, text.not_sure.to_owned(), "choice choice--not-sure")}
            </div>
            <GroundingOf of=Grounded::Item(id, answer) />
            <details class="item__note" open=has_note>
                <summary>{if has_note { text.note_summary_filled } else { text.note_summary }}</summary>
                <label class="item__note-label" for=note_id.clone()>{text.note_label}</label>
                <p class="item__note-help" id=note_help_id.clone()>
                    {fill(text.note_help, &[("max", &NOTE_MAX_CHARS)])}
                </p>
                <SavedTextArea
                    id=note_id
                    help_id=note_help_id
                    max_chars=NOTE_MAX_CHARS
                    value=note
                    on_input=Callback::new(move |value: String| state.edit(|r| r.set_note(id, &value)))
                />
            </details>
        </fieldset>
    }
}
