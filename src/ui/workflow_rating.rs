//! The five ratings of one workflow, shown inside its card as soon as it is picked: each
//! criterion a row of radio buttons 1–5, with the anchored description of the chosen one.

use leptos::prelude::*;

use super::state::{AppState, PartContent, PilotContent};
use crate::core::text::fill;
use crate::core::workflows::{Criterion, Ratings};

/// The ratings of the workflow `id`.
#[component]
pub fn WorkflowRating(
    /// The workflow's id.
    id: String,
    /// Its name, for the ratings' group label.
    name: String,
) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let PilotContent { catalogue, .. } = expect_context();
    let state: AppState = expect_context();
    let ratings = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .record
                .with(|r| r.workflows.ratings.get(&id).copied().unwrap_or_default())
        })
    };
    let criteria = Criterion::ALL
        .iter()
        .filter_map(|c| catalogue.criterion(*c))
        .map(|criterion| {
            let c = criterion.id;
            // One radio group per criterion, `rate-<workflow>-<criterion>`; each radio's id
            // ends in its value.
            let group = format!("rate-{id}-{c:?}");
            let rated = move || ratings.get().get(c);
            let options = (1..=criterion.anchors.len())
                .zip(criterion.anchors.iter())
                .map(|(value, anchor)| {
                    let value = value as u8;
                    let id = id.clone();
                    view! {
                        <label class="rating__option" class:is-selected=move || rated() == Some(value)>
                            <input
                                type="radio"
                                id=format!("{group}-{value}")
                                name=group.clone()
                                value=value.to_string()
                                prop:checked=move || rated() == Some(value)
                                on:change=move |_| {
                                    let id = id.clone();
                                    state.edit(move |r| {
                                        r.workflows.ratings.entry(id).or_insert_with(Ratings::default).set(c, Some(value));
                                    });
                                }
                            />
                            <span aria-hidden="true">{value}</span>
                            <span class="visually-hidden">{format!("{value} – {anchor}")}</span>
                        </label>
                    }
                })
                .collect_view();
            // What the chosen rating means; before one is chosen, what the ends mean.
            let anchors = &criterion.anchors;
            let meaning = move || match rated() {
                Some(v) => anchors.get(usize::from(v) - 1).map(|a| format!("{v} – {a}")).unwrap_or_default(),
                None => fill(
                    text.rating_ends,
                    &[("low", &anchors.first().map_or("", |a| a.as_str())), ("high", &anchors.last().map_or("", |a| a.as_str()))],
                ),
            };
            view! {
                <fieldset class="rating">
                    <legend>
                        <span class="rating__label">{criterion.label.clone()}</span>
                        <span class="rating__question">{criterion.question.clone()}</span>
                    </legend>
                    <div class="rating__scale">{options}</div>
                    <p class="rating__meaning" aria-hidden="true">{meaning}</p>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <div class="rating-card" role="group" aria-label=fill(text.rate_group_label, &[("name", &name)])>
            <p class="rating-card__intro">{text.rate_intro}</p>
            {criteria}
        </div>
    }
}
