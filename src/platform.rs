//! The browser work the interface needs besides storage (`crate::storage`): moving focus,
//! today's date, downloading a file, copying to the clipboard and tidying the address.
//! Components call these instead of reaching for `web_sys` themselves.

use leptos::prelude::{request_animation_frame, set_timeout};
use wasm_bindgen::{JsCast, JsValue};

/// Moves keyboard focus to the element with `id` once it has rendered, so a screen or
/// step change is announced and the page scrolls to it. A screen whose code is still being
/// fetched (see `ui::lazy`) renders a few frames later: the element is looked for once
/// a frame for up to about five seconds.
pub fn focus_after_render(id: &'static str) {
    focus_when_present(id, 300);
}

fn focus_when_present(id: &'static str, frames_left: u32) {
    when_present(id, frames_left, focus);
}

/// Opens the `<details>` element `id` once it is on the page and focuses its summary, from
/// the top of the page: a folded list the user asked to see.
pub fn open_after_render(id: &'static str) {
    when_present(id, 300, |details| {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        let _ = details.set_attribute("open", "");
        if let Some(summary) = details.first_element_child() {
            focus(summary);
        }
    });
}

fn focus(element: web_sys::Element) {
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Runs `then` on the element `id` in one of the next `frames_left` animation frames,
/// once it is on the page.
fn when_present(id: &'static str, frames_left: u32, then: fn(web_sys::Element)) {
    request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        match document.get_element_by_id(id) {
            Some(element) => then(element),
            None if frames_left > 0 => when_present(id, frames_left - 1, then),
            None => {}
        }
    });
}

/// Today's date as `YYYY-MM-DD`, in the user's time zone.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Makes a file from `contents` and asks the browser to download it.
pub fn download(filename: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    // Revoking at once can cancel the download in some browsers; a minute later is safe.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// Removes the fragment from the address without reloading, so a reload opens the
/// user's own check.
pub fn clear_address() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}

/// Copies `text` to the clipboard; resolves to whether the browser did.
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// What came of offering a link to the device's share sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// The sheet was shown and the person shared (or the browser does not say).
    Done,
    /// The sheet was shown and the person closed it: nothing else to do.
    Cancelled,
    /// This browser has no share sheet (most desktops): offer the other ways.
    Unavailable,
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `navigator.share(data)`: throws where the browser has no share sheet.
    #[wasm_bindgen(js_namespace = navigator, js_name = share, catch)]
    fn navigator_share(data: &JsValue) -> Result<js_sys::Promise, JsValue>;
}

/// Offers `url`, titled `title` and said in `text`, to the device's share sheet (the Web Share API), where the
/// browser has one. Nothing is sent anywhere by this page: the person picks where it goes.
/// One import, and no feature test: calling it where it is missing throws, which says so.
pub async fn open_share_sheet(title: &str, text: &str, url: &str) -> Shared {
    let data = js_sys::Object::new();
    for (key, value) in [("title", title), ("text", text), ("url", url)] {
        // `set` on a fresh plain object does not fail.
        let _ = js_sys::Reflect::set(&data, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    match navigator_share(&data) {
        Err(_) => Shared::Unavailable,
        Ok(promise) => match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => Shared::Done,
            // Closed by the person (or refused): they are on the results, with the other
            // ways to send it below.
            Err(_) => Shared::Cancelled,
        },
    }
}

/// Opens the browser's print dialog (print or save as PDF).
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        // A browser that cannot print says nothing; there is nothing to recover.
        let _ = window.print();
    }
}
