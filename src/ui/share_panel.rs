//! "Continue on another device": the link to the user's answers and its QR code, and the
//! whole record as a file sent through the phone's share sheet.

use leptos::prelude::*;

use super::qr_code::QrCode;
use super::state::{AppState, Content, PartContent};
use crate::core::export::to_json;
use crate::core::share::share_link;
use crate::core::text::fill;
use crate::platform::{share_file, today, Shared};

/// The tool's own address, without query or fragment: where links and QR codes point.
pub fn tool_address() -> String {
    web_sys::window()
        .map(|w| w.location())
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

/// What the copy button last achieved.
#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// The share link of the current answers, a button to copy it, and its QR code.
#[component]
pub fn SharePanel() -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let answered = state.record.with_untracked(|r| r.answers.len());
    let link = state
        .record
        .with_untracked(|r| share_link(&tool_address(), bank, &r.answers));
    view! {
        <section class="share-panel card" aria-labelledby="share-heading">
            <h2 id="share-heading" tabindex="-1">{text.share_heading}</h2>
            <p>{fill(text.share_intro, &[("answered", &answered)])}</p>
            <div class="share-panel__body">
                <QrCode text=link.clone() label=text.share_qr_label.to_owned() />
                <ShareLinkActions link input_id="share-link" />
            </div>
            <SendFile />
        </section>
    }
}

/// A share link to read or select, with "Copy link" and "Email it to myself": in the share
/// panel, and right under "Send my result" where the browser has no share menu.
#[component]
pub fn ShareLinkActions(
    /// The link.
    link: String,
    /// The id of its text box.
    input_id: &'static str,
) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let copy_state = RwSignal::new(CopyState::Idle);
    let copy = {
        let link = link.clone();
        move |_| {
            let link = link.clone();
            leptos::task::spawn_local(async move {
                let copied = crate::platform::copy_text(&link).await;
                copy_state.set(if copied {
                    CopyState::Copied
                } else {
                    CopyState::Failed
                });
            });
        }
    };
    let select_all = |ev: leptos::ev::FocusEvent| {
        use wasm_bindgen::JsCast;
        if let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.select();
        }
    };
    // A draft in the person's own mail app, addressed to no one: they choose where it goes.
    let email_draft = format!(
        "mailto:?subject={}&body={}",
        percent_encode(text.email_subject),
        percent_encode(&link)
    );
    view! {
        <div class="share-panel__link">
            <label for=input_id>{text.share_link_label}</label>
            <input id=input_id type="text" readonly value=link on:focus=select_all />
            <div class="actions">
                <button type="button" class="button" on:click=copy>{text.copy_link}</button>
                <a class="button" href=email_draft>{text.email_link}</a>
            </div>
            <p class="share-panel__status" role="status">
                {move || match copy_state.get() {
                    CopyState::Idle => "",
                    CopyState::Copied => text.link_copied,
                    CopyState::Failed => text.copy_failed,
                }}
            </p>
        </div>
    }
}

/// `text` percent-encoded for a `mailto:` address: everything but unreserved characters.
fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut encoded = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                encoded.push(char::from(b))
            }
            _ => {
                encoded.push('%');
                encoded.push(char::from(HEX[usize::from(b >> 4)]));
                encoded.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
    }
    encoded
}

/// "Send my answers as a file": the whole record as the JSON file the importer reads, to
/// the phone's share sheet; where the browser cannot send files, the file is downloaded.
#[component]
fn SendFile() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let downloaded = RwSignal::new(false);
    let send = move |_| {
        let json = state.record.with_untracked(to_json);
        let name = format!("district-ai-readiness-{}.json", today());
        leptos::task::spawn_local(async move {
            let shared = share_file(text.email_subject, &name, "application/json", &json).await;
            if shared == Shared::Unavailable {
                let _ = state
                    .record
                    .with_untracked(super::data_panel::download_record);
                let _ = downloaded.try_set(true);
            }
        });
    };
    view! {
        <div class="share-panel__file">
            <button type="button" class="button" on:click=send aria-describedby="send-file-help">
                {text.send_file}
            </button>
            <p class="muted" id="send-file-help">{text.send_file_help}</p>
            <p role="status">{move || downloaded.get().then_some(text.send_file_downloaded)}</p>
        </div>
    }
}
