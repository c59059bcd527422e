//! The vendor data-agreement checklist ([`crate::core::vendors`]): the AI tools a district
//! is considering, each read against the checklist — every check answered "Yes", "No" or
//! "Not known" with a note — and the critical checks not yet answered "Yes" named as open
//! risks, here and on the pilot plan ([`VendorRisks`]).

use std::sync::OnceLock;

use leptos::prelude::*;

use super::notices::SaveStatus;
use super::saved_text::SavedTextArea;
use super::state::{AppState, Content, PartContent};
use crate::core::content::ContentError;
use crate::core::grounding::Bibliography;
use crate::core::record::{
    CheckAnswer, Record, Screen, VendorTool, VENDORS_MAX, VENDOR_NAME_MAX_CHARS,
    VENDOR_NOTE_MAX_CHARS,
};
use crate::core::text::{fill, PartText};
use crate::core::vendors::Checklist;
use crate::core::wording::citation_line;
use crate::platform::focus_after_render;

/// The checklist, read once per page.
fn checklist() -> Result<&'static Checklist, &'static ContentError> {
    static CHECKLIST: OnceLock<Result<Checklist, ContentError>> = OnceLock::new();
    CHECKLIST.get_or_init(Checklist::english).as_ref()
}

/// "November 2026" for the checklist's `as_of` ("2026-11"); the text itself if it is not a
/// month.
fn month_words(as_of: &str, text: &PartText) -> String {
    let month = as_of
        .split_once('-')
        .and_then(|(year, month)| Some((year, month.parse::<usize>().ok()?)))
        .and_then(|(year, month)| {
            Some(format!(
                "{} {year}",
                text.months.get(month.checked_sub(1)?)?
            ))
        });
    month.unwrap_or_else(|| as_of.to_owned())
}

/// Why a tool's name cannot be added, in the user's words; `None` when it can.
fn name_problem(name: &str, record: &Record, text: &PartText) -> Option<String> {
    if name.is_empty() {
        return Some(text.vendors_name_empty.to_owned());
    }
    if record
        .vendors
        .iter()
        .any(|t| t.name.eq_ignore_ascii_case(name))
    {
        return Some(fill(text.vendors_name_taken, &[("name", &name)]));
    }
    (record.vendors.len() >= VENDORS_MAX).then(|| fill(text.vendors_full, &[("max", &VENDORS_MAX)]))
}

/// The id of the summary of the tool shown open.
const OPENED_TOOL: &str = "vendor-opened";

/// The vendor checklist screen.
#[component]
pub fn VendorsScreen() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let list = match checklist() {
        Ok(list) => list,
        Err(error) => {
            let Content { text, .. } = expect_context();
            let message = fill(text.content_unreadable, &[("error", &error.to_string())]);
            return view! { <p class="notice" role="alert">{message}</p> }.into_any();
        }
    };
    let state: AppState = expect_context();
    let typed_name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    // The tool to show open: the one just added, else the first.
    let opened = RwSignal::new(0_usize);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = typed_name.get_untracked().trim().to_owned();
        let found = state
            .record
            .with_untracked(|r| name_problem(&name, r, text));
        problem.set(found.clone());
        if found.is_some() {
            focus_after_render("vendor-name");
            return;
        }
        state.edit(|r| {
            r.vendors.push(VendorTool {
                name,
                checks: Vec::new(),
            });
        });
        typed_name.set(String::new());
        let added = state.record.with_untracked(|r| r.vendors.len() - 1);
        opened.set(added);
        focus_after_render(OPENED_TOOL);
    };
    // A memo, so that an answer re-renders only its own check, not every tool (which would
    // fold the panel being worked in).
    let count = Memo::new(move |_| state.record.with(|r| r.vendors.len()));
    let tools = move || {
        (0..count.get())
            .map(|index| view! { <ToolChecks list index opened /> })
            .collect_view()
    };

    view! {
        <section class="vendors" aria-labelledby="vendors-heading">
            <h1 id="vendors-heading" tabindex="-1">{text.vendors_heading}</h1>
            <p class="lead">{text.vendors_lead}</p>
            <p class="notice" role="note">
                {fill(text.vendors_as_of, &[("month", &month_words(&list.as_of, text))])}
            </p>
            <SaveStatus />
            <form class="vendors__add" on:submit=add novalidate>
                <label for="vendor-name">{text.vendors_add_label}</label>
                <div class="vendors__add-row">
                    <input
                        id="vendor-name"
                        type="text"
                        autocomplete="off"
                        maxlength=VENDOR_NAME_MAX_CHARS
                        aria-invalid=move || problem.with(Option::is_some).then_some("true")
                        aria-describedby="vendor-name-error"
                        prop:value=typed_name
                        on:input=move |ev| typed_name.set(event_target_value(&ev))
                    />
                    <button type="submit" class="button">{text.vendors_add}</button>
                </div>
                <p id="vendor-name-error" class="field-error" role="alert">{move || problem.get()}</p>
            </form>
            {move || (count.get() == 0).then(|| view! { <p class="muted">{text.vendors_none}</p> })}
            {tools}
            <div class="actions">
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        state.go(Screen::Plan);
                        focus_after_render("plan-heading");
                    }
                >
                    {text.back_to_plan}
                </button>
            </div>
        </section>
    }
    .into_any()
}

/// One tool: its name and open risks as the summary, and every check with its answer and
/// note inside.
#[component]
fn ToolChecks(list: &'static Checklist, index: usize, opened: RwSignal<usize>) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let tool = Memo::new(move |_| {
        state
            .record
            .with(|r| r.vendors.get(index).cloned().unwrap_or_default())
    });
    let open_risks = Memo::new(move |_| tool.with(|t| list.open_risks(t).len()));
    let status = move || match open_risks.get() {
        0 => text.vendors_status_clear.to_owned(),
        count => fill(text.vendors_status_open, &[("count", &count)]),
    };
    let status_class = move || {
        if open_risks.get() > 0 {
            "vendor-tool__status vendor-tool__status--open"
        } else {
            "vendor-tool__status"
        }
    };
    let confirming = RwSignal::new(false);
    let remove = move |_| {
        state.edit(|r| {
            if index < r.vendors.len() {
                r.vendors.remove(index);
            }
        });
        opened.set(0);
        focus_after_render("vendors-heading");
    };
    let checks = list
        .checks
        .iter()
        .map(|check| {
            let id = check.id.as_str();
            let group = format!("vendor-{index}-{id}");
            let note_id = format!("{group}-note");
            let help_id = format!("{group}-why");
            let answer = Memo::new(move |_| tool.with(|t| t.answer(id)));
            let choice = move |value: CheckAnswer, label: &'static str| {
                view! {
                    <label class="choice">
                        <input
                            type="radio"
                            name=group.clone()
                            prop:checked=move || answer.get() == Some(value)
                            on:change=move |_| state.edit(|r| {
                                if let Some(tool) = r.vendors.get_mut(index) {
                                    tool.check_mut(id).answer = Some(value);
                                }
                            })
                        />
                        <span>{label}</span>
                    </label>
                }
            };
            let note = Memo::new(move |_| {
                tool.with(|t| t.check(id).map(|c| c.note.clone()).unwrap_or_default())
            });
            let on_input = Callback::new(move |typed: String| {
                state.edit(|r| {
                    if let Some(tool) = r.vendors.get_mut(index) {
                        tool.check_mut(id).note = typed.chars().take(VENDOR_NOTE_MAX_CHARS).collect();
                    }
                });
            });
            let check_class = move || {
                if check.critical && answer.get() != Some(CheckAnswer::Yes) {
                    "vendor-check vendor-check--open"
                } else {
                    "vendor-check"
                }
            };
            view! {
                <fieldset class=check_class>
                    <legend>
                        {check.critical.then(|| view! { <span class="vendor-check__tag">{text.vendors_critical}</span> " " })}
                        {check.question.clone()}
                    </legend>
                    <p class="field__help" id=help_id.clone()>{check.why.clone()}</p>
                    <p class="vendor-check__source">
                        <strong>{text.source_label_for(check.sources.len())}</strong>
                        " "
                        {citation_line(text, Bibliography::english(), &check.sources)}
                    </p>
                    <div class="vendor-check__choices">
                        {choice(CheckAnswer::Yes, text.vendors_yes)}
                        {choice(CheckAnswer::No, text.vendors_no)}
                        {choice(CheckAnswer::NotKnown, text.vendors_not_known)}
                    </div>
                    <label for=note_id.clone()>{text.vendors_note_label}</label>
                    <SavedTextArea id=note_id help_id max_chars=VENDOR_NOTE_MAX_CHARS value=note on_input />
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <details class="vendor-tool" prop:open=move || opened.get() == index>
            <summary id=move || (opened.get() == index).then_some(OPENED_TOOL)>
                <h2>{move || tool.with(|t| t.name.clone())}</h2>
                <span class=status_class>
                    {status}
                </span>
            </summary>
            {checks}
            <div class="actions">
                {move || if confirming.get() {
                    view! {
                        <p role="alert">{fill(text.vendors_remove_confirm, &[("name", &tool.with(|t| t.name.clone()))])}</p>
                        <button type="button" class="button button--danger" on:click=remove>{text.vendors_remove_yes}</button>
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>{text.vendors_remove_no}</button>
                    }
                    .into_any()
                } else {
                    view! {
                        <button type="button" class="button button--quiet" on:click=move |_| confirming.set(true)>
                            {text.vendors_remove}
                        </button>
                    }
                    .into_any()
                }}
            </div>
        </details>
    }
}

/// The tools on the vendor checklist with open risks, one line each, with a way to the
/// checklist: on the pilot plan, on screen and in print. Nothing when no tool has one.
#[component]
pub fn VendorRisks(
    /// In the printed report: a heading of its own level there, and no id (the screen's
    /// copy has it).
    #[prop(optional)]
    printed: bool,
) -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let lines = Memo::new(move |_| {
        let Ok(list) = checklist() else {
            return Vec::new();
        };
        state.record.with(|r| {
            r.vendors
                .iter()
                .filter_map(|tool| {
                    let count = list.open_risks(tool).len();
                    (count > 0).then(|| {
                        fill(
                            text.vendors_risk_line,
                            &[("name", &tool.name), ("count", &count)],
                        )
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    move || {
        (!lines.with(Vec::is_empty)).then(|| {
            let items = lines
                .get()
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect_view();
            if printed {
                return view! {
                    <h3>{text.vendors_risks_heading}</h3>
                    <p>{text.vendors_risks_lead}</p>
                    <ul>{items}</ul>
                }
                .into_any();
            }
            view! {
                <section class="notice vendor-risks" aria-labelledby="vendor-risks-heading">
                    <h2 id="vendor-risks-heading">{text.vendors_risks_heading}</h2>
                    <p>{text.vendors_risks_lead}</p>
                    <ul>{items}</ul>
                </section>
            }
            .into_any()
        })
    }
}
