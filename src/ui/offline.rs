//! Offline use: registers `sw.js`, the service worker written by the build
//! (`.ci/post-build.mjs`), so a phone that loaded the check once can open it again with no
//! connection. It only keeps this site's own files; it sends nothing anywhere.

use wasm_bindgen::JsValue;

/// Registers the service worker where the browser offers one (not on plain-HTTP pages
/// other than localhost). Failure only means no offline copy, so it is not reported.
pub fn keep_for_offline() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let offered =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    if !offered {
        return;
    }
    let promise = navigator.service_worker().register("./sw.js");
    leptos::task::spawn_local(async move {
        // Awaited so that a refusal is not reported as an unhandled rejection.
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}
