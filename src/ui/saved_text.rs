//! A text box whose every keystroke is saved: used for item notes and plan fields.

use leptos::prelude::*;

/// A `<textarea>` that starts from the stored text and hands every change to `on_input`
/// (which saves it). The starting value is set once, not bound to the record, so saving
/// a keystroke never re-renders the box or moves the caret.
#[component]
pub fn SavedTextArea(
    /// The element id, for its `<label for>`.
    id: String,
    /// The id of the help text that describes it.
    help_id: String,
    /// The most characters it accepts.
    max_chars: usize,
    /// The stored text to start from.
    initial: String,
    /// Called with the whole text after every change.
    on_input: Callback<String>,
) -> impl IntoView {
    view! {
        <textarea
            id=id
            rows="3"
            maxlength=max_chars
            aria-describedby=help_id
            prop:value=initial
            on:input=move |ev| on_input.run(event_target_value(&ev))
        ></textarea>
    }
}
