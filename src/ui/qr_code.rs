//! A QR code drawn as inline SVG, black on white in every colour scheme so any phone
//! camera reads it.

use leptos::prelude::*;

use super::state::PartContent;
use crate::core::qr::{qr_svg, QrError};

/// The QR code of `text`, with `label` as its accessible name. Text too long for a QR code
/// shows the reason instead. Shown only in parts (sharing, the presenter page).
#[component]
pub fn QrCode(
    /// What the code carries, usually a link.
    text: String,
    /// Its accessible name, e.g. "QR code of the link to your answers".
    label: String,
    /// Extra class for sizing (`qr--large` on the presenter page).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    match qr_svg(&text) {
        Ok(code) => {
            let box_size = format!("0 0 {0} {0}", code.size);
            view! {
                <svg
                    class=format!("qr {class}")
                    viewBox=box_size
                    shape-rendering="crispEdges"
                    role="img"
                    aria-label=label
                >
                    <rect width=code.size height=code.size fill="#fff"></rect>
                    <path fill="#000" d=code.path></path>
                </svg>
            }
            .into_any()
        }
        Err(QrError::TooLong) => {
            let PartContent { text, .. } = expect_context();
            view! { <p class="notice">{text.qr_too_long}</p> }.into_any()
        }
    }
}
