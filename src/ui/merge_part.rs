//! The two-tab merge ([`crate::core::merge`]) as a part of its own: its code is needed only
//! when another tab of the same browser has saved, so in the release build it is fetched
//! when a text box is first used or another tab first saves (see [`super::lazy`]) instead
//! of with the first download. Without the `split` feature it is simply here.

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
    Ok(merge(
        &base,
        &mine,
        &theirs,
        UiText::english().other_tab_marker,
    ))
}

/// Without the `split` feature the code is already here.
#[cfg(not(feature = "split"))]
async fn fetch_code() -> Result<(), PartUnavailable> {
    Ok(())
}

/// Fetches the merge's code, if it has not been fetched yet.
pub fn fetch() -> PartFetch {
    Box::pin(async { fetch_code().await.map_err(|_| PartUnavailable) })
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
