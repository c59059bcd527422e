//! "Evidence for the must-haves": for each must-have the answers claim, the document that
//! shows it and its date, typed by the user (optional) and saved as typed. The report
//! lists a must-have without evidence as self-reported.

use leptos::prelude::*;

use super::saved_text::SavedTextInput;
use super::state::{AppState, Content, PartContent};
use crate::core::judgement::claimed_must_haves;
use crate::core::record::EVIDENCE_MAX_CHARS;
use crate::core::text::fill;

/// One text field per claimed must-have.
#[component]
pub fn EvidenceForm() -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let claimed = Memo::new(move |_| state.record.with(|r| claimed_must_haves(bank, r)));
    let rows = move || {
        let claimed = claimed.get();
        if claimed.is_empty() {
            return view! { <p class="muted">{text.evidence_none}</p> }.into_any();
        }
        let items = claimed
            .into_iter()
            .map(|claimed| {
                let item = claimed.item;
                let id: &'static str = &item.id;
                let input_id = format!("{id}-evidence");
                let answer = claimed.words(text.answer_not_sure);
                let value = Memo::new(move |_| {
                    state
                        .record
                        .with(|r| r.evidence.get(id).cloned().unwrap_or_default())
                });
                view! {
                    <li class="evidence__item">
                        <p class="evidence__question">{item.question.clone()}</p>
                        <p class="muted">{fill(text.evidence_answer, &[("answer", &answer)])}</p>
                        <label for=input_id.clone()>{text.evidence_label}</label>
                        <SavedTextInput
                            id=input_id
                            max_chars=EVIDENCE_MAX_CHARS
                            value=value
                            on_input=Callback::new(move |typed: String| state.edit(|r| r.set_evidence(id, &typed)))
                        />
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="evidence__list">{items}</ul> }.into_any()
    };
    view! {
        <section class="evidence" aria-labelledby="evidence-heading">
            <h2 id="evidence-heading">{text.evidence_heading}</h2>
            <p>{text.evidence_intro}</p>
            {rows}
        </section>
    }
}
