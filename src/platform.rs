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

/// Today as a number of days since 1970-01-01 (UTC): for comparing days, never shown.
pub fn day_number() -> u32 {
    (js_sys::Date::now() / 86_400_000.0) as u32
}

/// Makes a file from `contents` and asks the browser to download it.
pub fn download(filename: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    download_blob(filename, &text_blob(mime, contents)?)
}

/// Downloads `bytes` (a file made in the browser, such as a `.docx`) as `filename`.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    download_blob(filename, &blob)
}

/// `contents` as a blob of type `mime`.
fn text_blob(mime: &str, contents: &str) -> Result<web_sys::Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
}

fn download_blob(filename: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
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

/// Puts a document on the clipboard as HTML, with `text` beside it for places that take
/// plain text only: Word and Google Docs paste the HTML with its headings, lists and
/// tables. `false` when the browser refuses.
pub async fn copy_html(html: &str, text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    let item = || -> Result<web_sys::ClipboardItem, JsValue> {
        let kinds = js_sys::Object::new();
        for (kind, contents) in [("text/html", html), ("text/plain", text)] {
            js_sys::Reflect::set(&kinds, &kind.into(), &text_blob(kind, contents)?.into())?;
        }
        web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&kinds)
    };
    let Ok(item) = item() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write(&js_sys::Array::of1(&item)))
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

    /// `navigator.canShare(data)`: whether the share sheet takes `data` (files, here);
    /// throws where the browser has no share sheet.
    #[wasm_bindgen(js_namespace = navigator, js_name = canShare, catch)]
    fn navigator_can_share(data: &JsValue) -> Result<bool, JsValue>;
}

/// Offers a file made here — `contents`, named `name`, of type `mime` — to the device's
/// share sheet, where the browser has one that takes files (most phones): the person sends
/// it to themselves by mail, messages or a drive. [`Shared::Unavailable`] elsewhere.
pub async fn share_file(title: &str, name: &str, mime: &str, contents: &str) -> Shared {
    let data = || -> Result<js_sys::Object, JsValue> {
        let file_type = js_sys::Object::new();
        js_sys::Reflect::set(&file_type, &"type".into(), &mime.into())?;
        let parts = js_sys::Array::of1(&contents.into());
        let constructor: js_sys::Function =
            js_sys::Reflect::get(&js_sys::global(), &"File".into())?.dyn_into()?;
        let file = js_sys::Reflect::construct(
            &constructor,
            &js_sys::Array::of3(&parts, &name.into(), &file_type),
        )?;
        let data = js_sys::Object::new();
        js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file))?;
        js_sys::Reflect::set(&data, &"title".into(), &title.into())?;
        Ok(data)
    };
    let Ok(data) = data() else {
        return Shared::Unavailable;
    };
    if navigator_can_share(&data) != Ok(true) {
        return Shared::Unavailable;
    }
    match navigator_share(&data) {
        Err(_) => Shared::Unavailable,
        Ok(promise) => match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => Shared::Done,
            Err(_) => Shared::Cancelled,
        },
    }
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
