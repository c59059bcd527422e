//! Component tests in a real browser (headless Chromium through wasm-bindgen-test):
//! the app mounted against real localStorage.
#![cfg(target_arch = "wasm32")]
// A failed expectation in a test helper is a test failure with its message.
#![allow(clippy::expect_used)]

use district_ai_readiness::core::content::QuestionBank;
use district_ai_readiness::core::record::{Answer, Position, Record, Screen};
use district_ai_readiness::storage::{BACKUP_PREFIX, RECORD_KEY};
use district_ai_readiness::ui::App;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, Storage};

wasm_bindgen_test_configure!(run_in_browser);

/// The browser's localStorage, which these tests set up and inspect as the app's storage
/// module would (`src/storage.rs`).
#[allow(clippy::disallowed_methods)]
fn storage() -> Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test browser has localStorage")
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Clears storage, optionally seeds it, and mounts the app into a fresh element.
async fn open_app(stored: Option<&str>) -> leptos::mount::UnmountHandle<impl Mountable> {
    storage().clear().expect("clear storage");
    if let Some(text) = stored {
        storage().set_item(RECORD_KEY, text).expect("seed storage");
    }
    let parent: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    document()
        .body()
        .expect("body")
        .append_child(&parent)
        .expect("append");
    let handle = leptos::mount::mount_to(parent, App);
    tick().await;
    handle
}

fn text_of(selector: &str) -> String {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn radios_of_first_item() -> Vec<HtmlInputElement> {
    let list = document()
        .query_selector_all("fieldset.item input[type=radio]")
        .expect("radios");
    (0..6)
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into().ok())
        .collect()
}

fn record_at(step: usize, answers: &[(&str, Answer)]) -> String {
    let mut r = Record {
        position: Position {
            screen: Screen::Questions,
            step,
        },
        ..Record::default()
    };
    for (id, a) in answers {
        r.set_answer(id, Some(*a));
    }
    r.to_json()
}

#[wasm_bindgen_test]
async fn reload_lands_on_the_saved_step_with_its_answers() {
    let bank = QuestionBank::english().clone();
    let dimension = &bank.dimensions[2];
    let first = &dimension.items[0].id;
    let handle = open_app(Some(&record_at(2, &[(first, Answer::Level(3))]))).await;

    assert_eq!(text_of("#step-heading").trim(), dimension.title);
    let checked: Vec<bool> = radios_of_first_item().iter().map(|r| r.checked()).collect();
    assert_eq!(checked, [false, false, false, true, false, false]);
    drop(handle);
}

#[wasm_bindgen_test]
async fn choosing_an_answer_saves_it_to_local_storage() {
    let bank = QuestionBank::english().clone();
    let handle = open_app(Some(&record_at(0, &[]))).await;

    radios_of_first_item()[2].click();
    radios_of_first_item()[5].click();
    tick().await;

    let stored = storage()
        .get_item(RECORD_KEY)
        .ok()
        .flatten()
        .unwrap_or_default();
    let record = Record::from_json(&stored).expect("a readable record");
    assert_eq!(
        record.answers.get(&*bank.dimensions[0].items[0].id),
        Some(&Answer::NotSure)
    );
    assert!(text_of(".save-status").contains("Saved on this device"));
    drop(handle);
}

#[wasm_bindgen_test]
async fn unreadable_stored_data_is_backed_up_and_explained() {
    let handle = open_app(Some("{\"app\": broken")).await;

    let keys: Vec<String> = (0..storage().length().unwrap_or(0))
        .filter_map(|i| storage().key(i).ok().flatten())
        .collect();
    let backup = keys
        .iter()
        .find(|k| k.starts_with(BACKUP_PREFIX))
        .expect("a backup key");
    assert_eq!(
        storage().get_item(backup).ok().flatten().as_deref(),
        Some("{\"app\": broken")
    );
    assert!(text_of("[role=alert]").contains("could not be read"));
    assert!(text_of("[role=alert]").contains(backup.as_str()));
    drop(handle);
}
