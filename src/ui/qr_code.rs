//! A QR code drawn as inline SVG, black on white in every colour scheme so any phone
//! camera reads it.

use leptos::prelude::*;

use crate::core::qr::qr_svg;

/// The QR code of `text`, with `label` as its accessible name. Text too long for a QR code
/// shows the reason instead.
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
        Err(e) => view! { <p class="notice">{e.to_string()}</p> }.into_any(),
    }
}
