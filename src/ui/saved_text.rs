//! A text box whose every keystroke is saved: used for item notes and plan fields.

use leptos::prelude::*;

/// A `<textarea>` that shows the stored text and hands every change to `on_input` (which
/// saves it). It follows the stored text: when another tab's save changes it, the box
/// shows the new text at once. A keystroke stores what the box already shows, and the
/// browser leaves the caret alone when a box is given the text it holds, so typing is never
/// disturbed; `value` is a memo, so text the record keeps as nothing (only spaces) stays in
/// the box until the user types more.
#[component]
pub fn SavedTextArea(
    /// The element id, for its `<label for>`.
    id: String,
    /// The id of the help text that describes it.
    help_id: String,
    /// The most characters it accepts.
    max_chars: usize,
    /// The stored text.
    value: Memo<String>,
    /// Called with the whole text after every change.
    on_input: Callback<String>,
) -> impl IntoView {
    view! {
        <textarea
            id=id
            rows="3"
            maxlength=max_chars
            aria-describedby=help_id
            prop:value=value
            on:input=move |ev| on_input.run(event_target_value(&ev))
        ></textarea>
    }
}
