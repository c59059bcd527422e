//! Running inside another site's page, as the widget `embed/embed.js` creates.
//!
//! [`start`] reads [`EmbedOptions`] from the address. When embedded (`?embed=1`) it marks
//! the root element (class `embedded`, `data-theme`, the host's accent as custom
//! properties) and reports the page's height to the host page through `postMessage`
//! whenever it changes, so the iframe grows and shrinks with its content. Nothing else is
//! ever sent to the host: the message carries one number.

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, ResizeObserver, Window};

use crate::core::embed::{EmbedOptions, HexColour, HEIGHT_MESSAGE_TYPE};

/// Reads the embed options from the address and, when embedded, applies them and starts
/// reporting the height. Returns the options for the components to read from context.
pub fn start() -> EmbedOptions {
    let Some(window) = web_sys::window() else {
        return EmbedOptions::default();
    };
    let options = window
        .location()
        .search()
        .map(|query| EmbedOptions::from_query(&query))
        .unwrap_or_default();
    if options.embedded {
        if let Some(root) = window.document().and_then(|d| d.document_element()) {
            mark_root(&root, &options);
            report_height(&window, root);
        }
    }
    options
}

/// Whether the app runs embedded, from the options in context (not embedded when none
/// were provided, as in component tests).
pub fn is_embedded() -> bool {
    use_context::<EmbedOptions>().is_some_and(|options| options.embedded)
}

/// Puts what the stylesheet reads on `<html>`: the `embedded` class, `data-theme`, and the
/// accent colour with its text colour. The accent goes through the CSS object model, which
/// a `style-src 'self'` content security policy allows. Failures only lose styling.
fn mark_root(root: &Element, options: &EmbedOptions) {
    let _ = root.class_list().add_1("embedded");
    if let Some(theme) = options.theme {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
    if let (Some(accent), Some(root)) = (&options.accent, root.dyn_ref::<HtmlElement>()) {
        set_accent(root, accent);
    }
}

/// The backgrounds in `style/app.css` that accent-coloured text sits on, the least
/// contrasting of each theme: light `--bg` and dark `--surface`.
const LIGHT_BACKGROUND: HexColour = HexColour::new([0xf6, 0xf7, 0xf9]);
const DARK_BACKGROUND: HexColour = HexColour::new([0x1b, 0x21, 0x28]);

/// Sets the host's accent, the label colour that reads on it, and a readable shade of it
/// for text in each theme; the stylesheet picks the one for the theme in use.
fn set_accent(root: &HtmlElement, accent: &HexColour) {
    let _ = root.class_list().add_1("custom-accent");
    let style = root.style();
    for (property, value) in [
        ("--accent", accent.hex()),
        ("--on-accent", accent.text_colour().hex()),
        (
            "--custom-accent-strong-light",
            accent.readable_on(&LIGHT_BACKGROUND).hex(),
        ),
        (
            "--custom-accent-strong-dark",
            accent.readable_on(&DARK_BACKGROUND).hex(),
        ),
    ] {
        let _ = style.set_property(property, &value);
    }
}

/// Posts `{type: HEIGHT_MESSAGE_TYPE, height}` to the host page now and whenever the
/// height of `<html>` changes. That height is the content's own, never stretched to the
/// iframe's viewport, so the iframe shrinks as well as grows.
fn report_height(window: &Window, root: Element) {
    let Ok(Some(host)) = window.parent() else {
        return;
    };
    if &host == window {
        // Opened on its own, not in an iframe: there is nobody to tell.
        return;
    }
    let last_height = Cell::new(0.0_f64);
    let measured = root.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        if last_height.replace(height) == height {
            return;
        }
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE_TYPE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
        // Any origin may receive this: the host's address is not known here, and the
        // message holds only a height. `embed.js` checks where it comes from.
        let _ = host.post_message(&message, "*");
    });
    if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        // The observer reports the first size, then every change.
        observer.observe(&root);
    }
    // Browsers skip rendering, and with it the observer, in a cross-origin iframe that is
    // off screen (a widget further down the host page); a timer still runs there, so the
    // first height, measured once the app is mounted, reaches the host all the same.
    let _ = window.set_timeout_with_callback(on_resize.as_ref().unchecked_ref());
    // The observer lives as long as the page, and so must its callback.
    on_resize.forget();
}
