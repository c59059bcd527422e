//! "Your data": download the record as JSON, CSV or Markdown, the report as a Word
//! document or copied as formatted text, and import a saved JSON file after a preview and
//! an explicit confirmation. Files are made in the browser;
//! nothing is sent anywhere.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::platform::{copy_html, download, download_bytes};

use super::state::{AppState, Content, PartContent, PilotContent};
use crate::core::document::Document;
use crate::core::editions::carry_over;
use crate::core::editions::History;
use crate::core::export::{to_csv, to_document, to_json, to_markdown, ExportContent};
use crate::core::grounding::{Bibliography, Grounding};
use crate::core::import::{preview, read, ImportError, IMPORT_MAX_BYTES};
use crate::core::record::Record;
use crate::core::text::fill;
use crate::platform::today;

/// Downloads the whole record as a dated JSON file, the file the importer reads back.
pub(crate) fn download_record(record: &Record) -> Result<(), JsValue> {
    download(
        &format!("district-ai-readiness-{}.json", today()),
        "application/json",
        &to_json(record),
    )
}

/// The three files the user can download.
#[derive(Clone, Copy)]
enum ExportKind {
    Json,
    Csv,
    Markdown,
}

/// What the import step is showing.
#[derive(Clone, PartialEq)]
enum ImportState {
    Idle,
    Failed(String),
    Confirm(Box<Record>, String),
    Done,
}

/// Export buttons and the import control.
#[component]
pub fn DataPanel() -> impl IntoView {
    let Content { bank, text: ui } = expect_context();
    let PartContent { text, advice } = expect_context();
    let PilotContent { catalogue, .. } = expect_context();
    let state: AppState = expect_context();
    let download_error = RwSignal::new(false);
    let import = RwSignal::new(ImportState::Idle);

    let PilotContent { plan, .. } = expect_context();
    let content = move || ExportContent {
        bank,
        advice,
        catalogue,
        grounding: Grounding::english(),
        sources: Bibliography::english(),
        history: History::english(),
        text,
    };
    // The report as a document a word processor takes with its formatting.
    let document = move || -> Document {
        state
            .record
            .with_untracked(|r| to_document(content(), plan, r, &today()))
    };
    let download_docx = move |_| {
        let filename = format!("district-ai-readiness-{}.docx", today());
        let mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        download_error.set(download_bytes(&filename, mime, &document().to_docx()).is_err());
    };
    let copied = RwSignal::new(None::<bool>);
    let copy_formatted = move |_| {
        let doc = document();
        let (html, plain) = (doc.to_html(), doc.to_text());
        leptos::task::spawn_local(async move {
            copied.set(Some(copy_html(&html, &plain).await));
        });
    };
    let export = move |kind: ExportKind| {
        move |_| {
            let date = today();
            let content = content();
            let (name, mime, contents) = state.record.with_untracked(|r| match kind {
                ExportKind::Json => ("json", "application/json", to_json(r)),
                ExportKind::Csv => ("csv", "text/csv;charset=utf-8", to_csv(content, r)),
                ExportKind::Markdown => (
                    "md",
                    "text/markdown;charset=utf-8",
                    to_markdown(content, r, &date),
                ),
            });
            let filename = format!("district-ai-readiness-{date}.{name}");
            download_error.set(download(&filename, mime, &contents).is_err());
        }
    };

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        // Let the same file be chosen again after a failure.
        input.set_value("");
        let size = file.size() as usize;
        if size > IMPORT_MAX_BYTES {
            import.set(ImportState::Failed(
                text.import_error(&ImportError::TooBig(size)),
            ));
            return;
        }
        leptos::task::spawn_local(async move {
            let contents = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(value) => value.as_string().unwrap_or_default(),
                Err(_) => {
                    import.set(ImportState::Failed(text.import_unreadable.to_owned()));
                    return;
                }
            };
            import.set(match read(size, &contents) {
                Ok(mut record) => {
                    // A file saved for an earlier edition of the questions, carried over,
                    // and the preview says so.
                    let edition = record.edition.unwrap_or(1);
                    carry_over(bank, &mut record, ui.earlier_answer_note);
                    let p = state
                        .record
                        .with_untracked(|current| preview(current, &record));
                    let summary = fill(
                        text.import_preview,
                        &[
                            ("answers", &p.answers_in_file),
                            ("notes", &p.notes_in_file),
                            ("workflows", &p.workflows_in_file),
                            ("changed", &p.answers_changed),
                            ("notes_changed", &p.notes_changed),
                        ],
                    );
                    let summary = match edition < bank.edition {
                        true => {
                            let earlier = fill(
                                text.import_earlier_edition,
                                &[("edition", &edition), ("current", &bank.edition)],
                            );
                            format!("{earlier} {summary}")
                        }
                        false => summary,
                    };
                    ImportState::Confirm(Box::new(record), summary)
                }
                Err(e) => ImportState::Failed(text.import_error(&e)),
            });
        });
    };

    view! {
        <section class="data-panel" aria-labelledby="data-heading">
            <h2 id="data-heading">{text.data_heading}</h2>
            <p class="muted">{text.data_intro}</p>
            <p class="muted">{text.storage_help}</p>
            // Nothing to export before the first answer; importing is always possible.
            <Show when=move || state.record.with(|r| !r.is_empty())>
                <div class="actions">
                    <button type="button" class="button" on:click=export(ExportKind::Json)>{text.export_json}</button>
                    <button type="button" class="button" on:click=export(ExportKind::Csv)>{text.export_csv}</button>
                    <button type="button" class="button" on:click=export(ExportKind::Markdown)>{text.export_markdown}</button>
                    <button type="button" class="button" on:click=download_docx>{text.export_docx}</button>
                    <button type="button" class="button" on:click=copy_formatted>{text.copy_formatted}</button>
                </div>
                <p role="status" class="data-panel__copied">
                    {move || copied.get().map(|done| if done { text.copied_formatted } else { text.copy_formatted_failed })}
                </p>
            </Show>
            <Show when=move || download_error.get()>
                <p class="field-error" role="alert">{text.download_failed}</p>
            </Show>
            <div class="field import">
                <label for="import-file">{text.import_label}</label>
                <p class="muted" id="import-help">{text.import_help}</p>
                <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-help" on:change=on_file />
            </div>
            {move || match import.get() {
                ImportState::Idle => ().into_any(),
                ImportState::Failed(message) => view! { <p class="field-error" role="alert">{message}</p> }.into_any(),
                ImportState::Done => view! { <p class="save-status__ok" role="status">{text.import_done}</p> }.into_any(),
                ImportState::Confirm(record, summary) => {
                    let record = StoredValue::new(*record);
                    view! {
                        <div class="start-over__confirm" role="alertdialog" aria-labelledby="import-summary">
                            <p id="import-summary">{summary}</p>
                            <div class="actions">
                                <button
                                    type="button"
                                    class="button button--danger"
                                    on:click=move |_| {
                                        let incoming = record.get_value();
                                        // Replace everything but the screen the user is on.
                                        state.edit(|r| {
                                            let position = r.position;
                                            *r = incoming;
                                            r.position = position;
                                        });
                                        import.set(ImportState::Done);
                                    }
                                >
                                    {text.import_confirm}
                                </button>
                                <button type="button" class="button" on:click=move |_| import.set(ImportState::Idle)>
                                    {text.cancel}
                                </button>
                            </div>
                        </div>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
