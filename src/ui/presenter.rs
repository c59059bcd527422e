//! The presenter page (`?present`, read by [`crate::core::embed::EmbedOptions`]): a QR
//! code of the tool's address, large enough to scan from the back of a room, with the
//! address written out for anyone without a camera.

use leptos::prelude::*;

use super::qr_code::QrCode;
use super::share_panel::tool_address;
use super::state::{Content, PartContent};

/// A full-screen page for a slide or a projector.
#[component]
pub fn Presenter() -> impl IntoView {
    let Content { text: ui, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let address = tool_address();
    // The address as people would type it: no scheme, no trailing slash.
    let readable = address
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    view! {
        <main id="main" class="presenter">
            <h1 class="presenter__heading">{text.presenter_heading}</h1>
            <p class="presenter__lead">{text.presenter_lead}</p>
            <QrCode text=format!("{address}?mode=pulse") label=text.presenter_qr_label.to_owned() class="qr--large" />
            <p class="presenter__address">{readable}</p>
            <p class="presenter__privacy">{ui.privacy_tagline}</p>
            <p class="presenter__back screen-only">
                <a href=address>{text.presenter_back}</a>
            </p>
        </main>
    }
}
