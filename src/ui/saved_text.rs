//! Text boxes whose every keystroke is saved: item notes and plan fields
//! ([`SavedTextArea`]), evidence and the report's district and author ([`SavedTextInput`]).

use leptos::prelude::*;

/// A `<textarea>` that shows the stored text and hands every change to `on_input` (which
/// saves it). It follows the stored text: when another tab's save changes it, the box
/// shows the new text at once. A keystroke stores what the box already shows, and the
/// browser leaves the caret alone when a box is given the text it holds, so typing is never
/// disturbed; when a keystroke's save merged in another tab's text, the box shows it at
/// once with the caret kept. `value` is a memo, so text the record keeps as nothing (only
/// spaces) stays in the box until the user types more.
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
            // Typing may meet another tab's text: have the merge's code here by then, so
            // a merge is immediate and keeps the caret (below).
            on:focus=move |_| super::merge_part::prefetch()
            on:input=move |ev| {
                let textarea: web_sys::HtmlTextAreaElement = event_target(&ev);
                let typed = textarea.value();
                on_input.run(typed.clone());
                // Saving may have merged in what another tab stored meanwhile
                // (`core::merge`): show it now, keeping the caret where the user types.
                let stored = value.get_untracked();
                if stored != typed && !(stored.is_empty() && typed.trim().is_empty()) {
                    let selection = (textarea.selection_start(), textarea.selection_end());
                    textarea.set_value(&stored);
                    if let (Ok(Some(start)), Ok(Some(end))) = selection {
                        let _ = textarea.set_selection_range(start, end);
                    }
                }
            }
        ></textarea>
    }
}

/// A one-line `<input>` that shows the stored text and hands every change to `on_input`
/// (which saves it); it follows the stored text as [`SavedTextArea`] does.
#[component]
pub fn SavedTextInput(
    /// The element id, for its `<label for>`.
    id: String,
    /// The most characters it accepts.
    max_chars: usize,
    /// The stored text.
    value: Memo<String>,
    /// Called with the whole text after every change.
    on_input: Callback<String>,
) -> impl IntoView {
    view! {
        <input
            id=id
            type="text"
            maxlength=max_chars
            prop:value=value
            on:input=move |ev| on_input.run(event_target_value(&ev))
        />
    }
}
