//! The ladder of what may be piloted, by risk tier: each tier's status and the reasons
//! that hold it where it is. Shown on the results page, the workflow screen and in print.

use leptos::prelude::*;

use super::state::PartContent;
use crate::core::judgement::{Judgement, Status};
use crate::core::wording;

/// One row per risk tier, lowest first.
#[component]
pub fn Ladder(
    /// The judgement to show.
    judgement: Judgement<'static>,
) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let rungs = judgement
        .ladder
        .iter()
        .map(|rung| {
            let status = match rung.status {
                Status::NotYet => "not-yet",
                Status::WithConditions => "conditions",
                Status::Ready => "ready",
            };
            // A higher rung repeats every reason of the one below: say so once.
            let own = judgement.own_reasons(rung.tier);
            let inherits = rung.reasons.len() > own.len();
            let reasons = own
                .iter()
                .map(|r| view! { <li>{wording::reason(text, r)}</li> })
                .collect_view();
            view! {
                <li class=format!("ladder__rung ladder__rung--{status}")>
                    <p class="ladder__head">
                        <span class="ladder__tier">{text.tier_names[rung.tier.index()]}</span>
                        " "
                        <span class=format!("badge ladder__status ladder__status--{status}")>
                            {text.status_names[rung.status as usize]}
                        </span>
                    </p>
                    <p class="ladder__what muted">{text.tier_descriptions[rung.tier.index()]}</p>
                    {inherits.then(|| view! { <p class="ladder__inherits">{text.ladder_also_below}</p> })}
                    {(!own.is_empty()).then(|| view! { <ul class="ladder__reasons">{reasons}</ul> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <ol class="ladder" aria-label=text.ladder_heading>{rungs}</ol>
    }
}
