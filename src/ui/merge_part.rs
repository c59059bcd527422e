//! Bringing records together, as a part of its own: the two-tab merge
//! ([`crate::core::merge`]) and carrying a record saved for an earlier edition of the
//! questions over to this one ([`crate::core::editions`]). Their code is needed only when
//! another tab of the same browser has saved, or once after a new edition, so in the
//! release build it is fetched when a text box is first used, another tab first saves or
//! an earlier edition's record is opened (see [`super::lazy`]) instead of with the first
//! download. Without the `split` feature it is simply here.

use crate::core::content::QuestionBank;
use crate::core::editions::carry_over;
use crate::core::merge::merge;
use crate::core::record::Record;
use crate::core::text::UiText;

use super::lazy::{PartFetch, PartUnavailable};

/// The split point: merges `theirs` into `mine`, both made from `base`.
#[cfg_attr(
    feature = "split",
    ::leptos::wasm_split::wasm_split(
        merge,
        fallible,
        preload(fetch_code),
        wasm_split_path = ::leptos::wasm_split
    )
)]
fn merge_records(base: Record, mine: Record, theirs: Record) -> Result<Record, PartUnavailable> {
    // Another tab may have saved the base or its own record for an earlier edition: each is
    // carried over first, so that the merge compares answers on the same scales.
    let [base, mine, theirs] = [base, mine, theirs].map(carried_over);
    Ok(merge(
        &base,
        &mine,
        &theirs,
        UiText::english().other_tab_marker,
    ))
}

/// The split point of the carry-over: in the merge's part.
#[cfg_attr(
    feature = "split",
    ::leptos::wasm_split::wasm_split(
        merge,
        fallible,
        preload(fetch_carry_over_code),
        wasm_split_path = ::leptos::wasm_split
    )
)]
fn carry_over_record(record: Record) -> Result<Record, PartUnavailable> {
    Ok(carried_over(record))
}

/// `record` carried over to this edition of the questions (unchanged if it is of it).
fn carried_over(mut record: Record) -> Record {
    carry_over(
        QuestionBank::english(),
        &mut record,
        UiText::english().earlier_answer_note,
    );
    record
}

/// Without the `split` feature the code is already here.
#[cfg(not(feature = "split"))]
async fn fetch_code() -> Result<(), PartUnavailable> {
    Ok(())
}

/// Without the `split` feature the code is already here.
#[cfg(not(feature = "split"))]
async fn fetch_carry_over_code() -> Result<(), PartUnavailable> {
    Ok(())
}

/// Fetches this part's code (the merge and the carry-over), if it has not been fetched yet.
pub fn fetch() -> PartFetch {
    Box::pin(async {
        fetch_code().await.map_err(|_| PartUnavailable)?;
        fetch_carry_over_code().await.map_err(|_| PartUnavailable)
    })
}

/// Fetches the merge's code in the background, once per page: called when the user starts
/// typing in a text box, so that a later merge is immediate.
pub fn prefetch() {
    use std::sync::atomic::{AtomicBool, Ordering};
    static ASKED: AtomicBool = AtomicBool::new(false);
    if !ASKED.swap(true, Ordering::Relaxed) {
        leptos::task::spawn_local(async {
            // A failure is retried by the merge itself when one is needed.
            let _ = fetch().await;
        });
    }
}

/// The merged record, or `None` when the merge's code has not been fetched yet.
pub fn merge_now(base: Record, mine: Record, theirs: Record) -> Option<Record> {
    #[cfg(feature = "split")]
    {
        super::lazy::poll_once(merge_records(base, mine, theirs)).and_then(Result::ok)
    }
    #[cfg(not(feature = "split"))]
    {
        merge_records(base, mine, theirs).ok()
    }
}

/// `record` carried over to this edition of the questions, or `None` when the code for
/// that has not been fetched yet ([`fetch`]).
pub fn carry_over_now(record: Record) -> Option<Record> {
    #[cfg(feature = "split")]
    {
        super::lazy::poll_once(carry_over_record(record)).and_then(Result::ok)
    }
    #[cfg(not(feature = "split"))]
    {
        carry_over_record(record).ok()
    }
}
