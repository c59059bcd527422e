//! Browser entry point: installs the panic hook, mounts the app, then removes the loading
//! page that `web/index.html` shows while the app downloads.
//!
//! The hook writes a panic's message to the console in debug and test builds; the release
//! build aborts on a panic without formatting anything (`panic = immediate-abort`,
//! `.ci/build.mjs`), so there the hook is never called.
//!
//! The app starts from wasm-bindgen's start function rather than `fn main`: a Rust `main`
//! brings std's process start-up and exit (stdout buffers flushed at exit, with their error
//! texts), which a page has no use for.

#![cfg_attr(target_family = "wasm", no_main)]

/// Called by wasm-bindgen's glue once the module is instantiated.
#[cfg(target_family = "wasm")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(district_ai_readiness::ui::App);
    if let Some(loading) = leptos::prelude::document().get_element_by_id("loading-page") {
        loading.remove();
    }
}

/// Built for this machine instead of a browser (as `cargo test` does for every target),
/// the app has nothing to run.
#[cfg(not(target_family = "wasm"))]
fn main() {
    eprintln!("The readiness check runs in a browser: see the README to build and serve it.");
}
