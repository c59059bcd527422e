//! Browser entry point: installs the panic hook, mounts the app, then removes the loading
//! page that `web/index.html` shows while the app downloads.
//!
//! The hook writes a panic's message to the console in debug and test builds; the release
//! build aborts on a panic without formatting anything (`panic = immediate-abort`,
//! `.ci/build.mjs`), so there the hook is never called.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(district_ai_readiness::ui::App);
    if let Some(loading) = leptos::prelude::document().get_element_by_id("loading-page") {
        loading.remove();
    }
}
