//! Parts of the interface whose code is fetched the first time they are shown.
//!
//! A visitor who scans a QR code needs the welcome page and the questionnaire first, on
//! whatever connection the venue has. Everything else — the results, the workflow and plan
//! screens, a shared link's view, the presenter page, the downloads-and-import panel — is
//! built by a *split point* declared with [`split_view!`]. In the release build (cargo
//! feature `split`, which the release build turns on) `wasm-split-cli` moves the code only a
//! split point reaches into a `.wasm` file of its own, and the first call fetches it, with
//! the other screens' stylesheet, `style/parts.css` ([`parts_stylesheet`]); `.ci/build.mjs`
//! runs the split, and the service worker keeps every file for offline use. Without the
//! feature — native tests, `wasm-bindgen-test`, clippy — a split point runs at once, so the
//! same code is tested either way.
//!
//! [`Lazy`] shows what a split point builds: a short "Loading…" until its code has arrived,
//! and a plain message with a retry button if it could not be fetched. The view itself is
//! built synchronously, in the reactive scope of the place that shows it, once the code is
//! there: the same ownership and tracking as a view written in place.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use super::state::{AppState, Content};
use crate::core::record::Screen;
use crate::platform::focus_after_render;

/// A part of the app could not be fetched: the network dropped before this part had ever
/// been loaded on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartUnavailable;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for PartUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Self
    }
}

/// What a split point gives: the view it built, or why its code is missing.
pub type PartView = Result<AnyView, PartUnavailable>;

/// A part's code on its way.
pub type PartFetch = Pin<Box<dyn Future<Output = Result<(), PartUnavailable>>>>;

/// Fetches a split point's code (its module's `fetch`). A plain function pointer, so that
/// one [`Lazy`] serves every part instead of one copy of it per part in the first download.
pub type FetchPart = fn() -> PartFetch;

/// Declares a module `$name` for one split point whose code lives in the wasm file named
/// after `$part` (split points sharing a part share a file):
/// - `$name::fetch()` fetches that code (at once without the `split` feature);
/// - `$name::build_now(args)` then builds `$body`, synchronously, in the caller's reactive
///   scope — exactly as if the view were written in place.
///
/// Arguments are plain values: no generics, references or `impl` types cross a split
/// point. The body sees what the enclosing module sees (`use super::*`).
macro_rules! split_view {
    ($(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) in $part:ident $body:block) => {
        $(#[$attr])*
        $vis mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[cfg_attr(
                feature = "split",
                ::leptos::wasm_split::wasm_split(
                    $part,
                    fallible,
                    preload(fetch_code),
                    wasm_split_path = ::leptos::wasm_split
                )
            )]
            /// The split point itself: builds the view, once this part's code is here.
            pub fn build($($arg: $ty),*) -> $crate::ui::lazy::PartView {
                Ok($crate::ui::state::PartContent::provide_then(|| $body))
            }

            /// Without the `split` feature the code is already here.
            #[cfg(not(feature = "split"))]
            async fn fetch_code() -> Result<(), $crate::ui::lazy::PartUnavailable> {
                Ok(())
            }

            /// Fetches the code of this part and the parts' stylesheet, if they have not
            /// been fetched yet: a [`FetchPart`]($crate::ui::lazy::FetchPart) for
            /// [`Lazy`]($crate::ui::lazy::Lazy).
            pub fn fetch() -> $crate::ui::lazy::PartFetch {
                // Started first, so the stylesheet downloads alongside the code.
                let styled = $crate::ui::lazy::parts_stylesheet();
                Box::pin(async {
                    // Both awaited, so that a failure of either is taken in.
                    let code = fetch_code().await;
                    let sheet = styled.await;
                    code.map_err(|_| $crate::ui::lazy::PartUnavailable).and(sheet)
                })
            }

            /// Builds the view; its code must have been fetched with `fetch`.
            pub fn build_now($($arg: $ty),*) -> $crate::ui::lazy::PartView {
                #[cfg(feature = "split")]
                {
                    $crate::ui::lazy::ready_now(build($($arg),*))
                }
                #[cfg(not(feature = "split"))]
                {
                    build($($arg),*)
                }
            }
        }
    };
}
pub(crate) use split_view;

/// The result of a split point's call once its code is there: the call then completes
/// without waiting, so it is polled once, here, rather than awaited in a future that would
/// build the view outside the caller's reactive scope.
#[cfg(feature = "split")]
pub fn ready_now(call: impl Future<Output = PartView>) -> PartView {
    poll_once(call).unwrap_or(Err(PartUnavailable))
}

/// What a split point's call gives if its code is already here, or `None` if the call
/// would have to wait for it.
#[cfg(feature = "split")]
pub fn poll_once<T>(call: impl Future<Output = T>) -> Option<T> {
    use std::task::{Context, Poll, Waker};
    let mut call = std::pin::pin!(call);
    match call.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

/// The other screens' stylesheet (`style/parts.css`), added to the page with the first part
/// fetched, so that no part is ever shown unstyled: the page names it in
/// `<meta name="parts-stylesheet">` (`web/index.html`). Resolves once it applies; if it cannot
/// be fetched, the part is unavailable like one whose code is missing, and the next try adds
/// it again. Without that `<meta>` (the component tests), there is nothing to add.
pub fn parts_stylesheet() -> impl Future<Output = Result<(), PartUnavailable>> {
    use wasm_bindgen::JsCast;
    /// Where the stylesheet is.
    enum Sheet {
        /// Not asked for yet, or it failed and is to be asked for again.
        Absent,
        /// On its way: its `<link>`, and its arrival.
        Coming(web_sys::Element, js_sys::Promise),
        /// It applies.
        Applied,
    }
    thread_local! {
        static SHEET: std::cell::RefCell<Sheet> = const { std::cell::RefCell::new(Sheet::Absent) };
    }
    // Adds the `<link>`; `None` when the page names no stylesheet.
    let add = || -> Option<(web_sys::Element, js_sys::Promise)> {
        let document = document();
        let named = document
            .query_selector("meta[name=parts-stylesheet]")
            .ok()??;
        let link = document.create_element("link").ok()?;
        for (name, value) in [
            ("rel", Some("stylesheet".to_owned())),
            ("href", named.get_attribute("content")),
            ("integrity", named.get_attribute("data-integrity")),
        ] {
            link.set_attribute(name, &value?).ok()?;
        }
        let element: &web_sys::HtmlElement = link.unchecked_ref();
        let applied = js_sys::Promise::new(&mut |resolve, reject| {
            element.set_onload(Some(&resolve));
            element.set_onerror(Some(&reject));
        });
        document.head()?.append_child(&link).ok()?;
        Some((link, applied))
    };
    let coming = SHEET.with(|slot| {
        let mut sheet = slot.borrow_mut();
        match &*sheet {
            Sheet::Applied => None,
            Sheet::Coming(link, promise) => Some((link.clone(), promise.clone())),
            Sheet::Absent => {
                let (link, promise) = add()?;
                *sheet = Sheet::Coming(link.clone(), promise.clone());
                Some((link, promise))
            }
        }
    });
    // Made now, not when first awaited, so that a failure is never reported as unhandled.
    // With nothing to wait for, the future is ready at once.
    let arrival =
        coming.map(|(link, promise)| (link, wasm_bindgen_futures::JsFuture::from(promise)));
    async move {
        let Some((link, arrival)) = arrival else {
            return Ok(());
        };
        let applied = arrival.await.is_ok();
        SHEET.with(|slot| {
            let mut sheet = slot.borrow_mut();
            // Only the sheet this call added, not one a later try added since.
            if matches!(&*sheet, Sheet::Coming(current, _) if *current == link) {
                *sheet = if applied {
                    Sheet::Applied
                } else {
                    Sheet::Absent
                };
            }
        });
        if applied {
            Ok(())
        } else {
            // A failed sheet leaves the page, so that the next try adds it afresh.
            link.remove();
            Err(PartUnavailable)
        }
    }
}

/// Shows the view `show` builds once `fetch` has brought its code: a short "Loading…"
/// until then, and a plain message with a retry button if the code could not be fetched.
#[component]
pub fn Lazy(
    /// Fetches the part's code (the split point's `fetch`).
    fetch: FetchPart,
    /// Builds the part's view (the split point's `build_now`).
    #[prop(into)]
    show: Callback<(), PartView>,
    /// A panel within a page rather than a whole screen: a failure then gets no heading
    /// of its own.
    #[prop(optional)]
    panel: bool,
    /// No "Loading…" while the code is on its way: for a part that is not what the user
    /// asked for but something they must be told (a notice), which then simply appears.
    #[prop(optional)]
    quiet: bool,
    /// Extra information beside what the user asked for (a question's sources): nothing
    /// shows while its code is on its way, and nothing if it cannot come, since the page
    /// works without it.
    #[prop(optional)]
    extra: bool,
    /// Leaves a part shown in place of the user's screen (a share link) when a failure's
    /// "Back to the questions" is chosen, so the questions are what shows next.
    #[prop(optional, into)]
    leave: Option<Callback<()>>,
) -> impl IntoView {
    let Content { text, .. } = expect_context();
    // Not there on the presenter page, which shows no questions.
    let state = use_context::<AppState>();
    // None while the code is on its way.
    let fetched = RwSignal::new(None::<Result<(), PartUnavailable>>);
    let start_fetch = move || {
        fetched.set(None);
        leptos::task::spawn_local(async move {
            let outcome = fetch().await;
            // The part may have been left while its code was on its way.
            let _ = fetched.try_set(Some(outcome));
        });
    };
    start_fetch();
    let part = move || {
        let outcome = fetched.get()?;
        if extra && outcome.is_err() {
            return None;
        }
        let view = outcome.and_then(|()| untrack(|| show.run(())));
        Some(view.unwrap_or_else(|PartUnavailable| {
            view! {
                // A screen that could not come still says what happened in its heading.
                {(!panel).then(|| view! { <h1 id="part-unavailable-heading">{text.part_unavailable_heading}</h1> })}
                <div class="notice" role="alert">
                    <p>{text.part_unavailable}</p>
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| start_fetch()>
                            {text.try_again}
                        </button>
                        // The questions need no part, so they are always a way on.
                        {(!panel).then_some(state).flatten().map(|state| view! {
                            <button type="button" class="button" on:click=move |_| {
                                if let Some(leave) = leave {
                                    leave.run(());
                                }
                                state.go(Screen::Questions);
                                focus_after_render("step-heading");
                            }>
                                {text.part_back_to_questions}
                            </button>
                        })}
                    </div>
                </div>
            }
            .into_any()
        }))
    };
    let loading = move || {
        (!quiet && !extra && fetched.with(Option::is_none))
            .then(|| view! { <p class="part-loading" role="status">{text.loading_part}</p> })
    };
    view! {
        {loading}
        {part}
    }
}
