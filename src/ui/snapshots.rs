//! "Compare over time": save a dated snapshot of the answers and compare each area's
//! score with any saved snapshot.

use leptos::prelude::*;

use super::state::{AppState, Content, PartContent};
use crate::core::snapshots::{compare, take};
use crate::core::text::fill;
use crate::platform::today;

/// Snapshot controls and the comparison table.
#[component]
pub fn SnapshotPanel() -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let saved = RwSignal::new(None::<String>);
    // Which snapshot to compare with; `None` means the newest.
    let selected = RwSignal::new(None::<usize>);
    let count = Memo::new(move |_| state.record.with(|r| r.snapshots.len()));

    let save = move |_| {
        let date = today();
        state.edit(|r| take(r, &date));
        selected.set(None);
        saved.set(Some(date));
    };

    let comparison = move || {
        state.record.with(|r| {
            let index = selected
                .get()
                .filter(|i| *i < r.snapshots.len())
                .or(r.snapshots.len().checked_sub(1))?;
            let snapshot = &r.snapshots[index];
            let options = r
                .snapshots
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    view! {
                        <option value=i.to_string() selected=i == index>
                            {fill(text.snapshot_option, &[("date", &s.taken)])}
                        </option>
                    }
                })
                .collect_view();
            let rows = compare(bank, snapshot, r)
                .into_iter()
                .map(|c| {
                    let show = |v: Option<u32>| {
                        v.map_or_else(|| text.unknown_score.to_owned(), |v| v.to_string())
                    };
                    let delta = c.delta().map_or_else(String::new, |d| format!("{d:+}"));
                    view! {
                        <tr>
                            <th scope="row">{bank.dimensions[c.dimension].title.clone()}</th>
                            <td class="num">{show(c.then)}</td>
                            <td class="num">{show(c.now)}</td>
                            <td class="num">{delta}</td>
                        </tr>
                    }
                })
                .collect_view();
            Some(view! {
                <div class="field">
                    <label for="snapshot-select">{text.compare_with}</label>
                    <select
                        id="snapshot-select"
                        on:change=move |ev| selected.set(event_target_value(&ev).parse().ok())
                    >
                        {options}
                    </select>
                </div>
                <table class="score-table">
                    <caption class="visually-hidden">{text.snapshots_heading}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{text.table_area}</th>
                            <th scope="col">{text.table_then}</th>
                            <th scope="col">{text.table_now}</th>
                            <th scope="col">{text.table_change}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <button
                    type="button"
                    class="button button--small button--quiet"
                    on:click=move |_| {
                        state.edit(|r| {
                            if index < r.snapshots.len() {
                                r.snapshots.remove(index);
                            }
                        });
                        selected.set(None);
                        saved.set(None);
                    }
                >
                    {text.delete_snapshot}
                </button>
            })
        })
    };

    view! {
        <section class="snapshots" aria-labelledby="snapshots-heading">
            <h2 id="snapshots-heading">{text.snapshots_heading}</h2>
            <p class="muted">{text.snapshots_intro}</p>
            <div class="actions actions--tight">
                <button type="button" class="button" on:click=save>{text.save_snapshot}</button>
                <p class="snapshot-status" role="status">
                    {move || saved.get().map(|date| fill(text.snapshot_saved, &[("date", &date)]))}
                </p>
            </div>
            <Show when=move || { count.get() > 0 }>{comparison}</Show>
        </section>
    }
}
