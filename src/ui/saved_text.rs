//! A text box whose every keystroke is saved: used for item notes and plan fields.

use leptos::html::Textarea;
use leptos::prelude::*;

/// A `<textarea>` that shows the stored text and hands every change to `on_input` (which
/// saves it). It follows the stored text: when another tab's save changes it, the box
/// shows the new text at once, keeping the caret where it was if the user is in the box.
/// Saving a keystroke stores what the box already shows, so it never re-renders the box or
/// moves the caret.
#[component]
pub fn SavedTextArea(
    /// The element id, for its `<label for>`.
    id: String,
    /// The id of the help text that describes it.
    help_id: String,
    /// The most characters it accepts.
    max_chars: usize,
    /// The stored text.
    value: Signal<String>,
    /// Called with the whole text after every change.
    on_input: Callback<String>,
) -> impl IntoView {
    let node = NodeRef::<Textarea>::new();
    Effect::new(move |_| {
        let stored = value.get();
        let Some(textarea) = node.get_untracked() else {
            return;
        };
        let shown = textarea.value();
        // Blank text is stored as nothing: a box holding only spaces already shows it.
        if shown == stored || (stored.is_empty() && shown.trim().is_empty()) {
            return;
        }
        let selection = (textarea.selection_start(), textarea.selection_end());
        textarea.set_value(&stored);
        let focused = document().active_element().is_some_and(|e| {
            let box_element: &web_sys::Element = &textarea;
            &e == box_element
        });
        if let (true, (Ok(Some(start)), Ok(Some(end)))) = (focused, selection) {
            // Offsets past the new end are clamped by the browser.
            let _ = textarea.set_selection_range(start, end);
        }
    });
    view! {
        <textarea
            id=id
            node_ref=node
            rows="3"
            maxlength=max_chars
            aria-describedby=help_id
            prop:value=value.get_untracked()
            on:input=move |ev| on_input.run(event_target_value(&ev))
        ></textarea>
    }
}
