//! The interim AI guidance for staff: one page drafted from the answers
//! ([`crate::core::guidance`]), every section editable and saved as typed, printed on one
//! page, copied, or downloaded as Markdown.

use std::sync::OnceLock;

use leptos::prelude::*;

use super::notices::SaveStatus;
use super::saved_text::SavedTextArea;
use super::state::{AppState, Content, PartContent, PilotContent, Scored};
use crate::core::content::ContentError;
use crate::core::guidance::{markdown, review_month, GuidanceTemplate, Situation};
use crate::core::prioritise::{first_workflow, rank};
use crate::core::record::{set_text, Screen, GUIDANCE_SECTION_MAX_CHARS};
use crate::core::text::fill;
use crate::platform::{focus_after_render, today};

/// The guidance template, read once per page.
fn template() -> Result<&'static GuidanceTemplate, &'static ContentError> {
    static TEMPLATE: OnceLock<Result<GuidanceTemplate, ContentError>> = OnceLock::new();
    TEMPLATE.get_or_init(GuidanceTemplate::english).as_ref()
}

/// The guidance screen.
#[component]
pub fn GuidanceScreen() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let template = match template() {
        Ok(template) => template,
        Err(error) => {
            let Content { text, .. } = expect_context();
            let message = fill(text.content_unreadable, &[("error", &error.to_string())]);
            return view! { <p class="notice" role="alert">{message}</p> }.into_any();
        }
    };
    let PilotContent { catalogue, .. } = expect_context();
    let state: AppState = expect_context();
    let Scored(scored) = expect_context();
    let review_date = review_month(&today(), &text.months).unwrap_or_default();
    // The sections as drafted for the answers now, with what the user typed.
    let sections = Memo::new(move |_| {
        state.record.with(|r| {
            // The workflow the plan and the estimate are for (`first_workflow`), so that the
            // three screens name the same pilot.
            let ranking = rank(&catalogue.workflows, &r.workflows, &scored.read().judgement);
            let workflow =
                first_workflow(&ranking, r.workflows.chosen.as_deref()).map(|f| f.workflow);
            let district = match r.report.district.trim() {
                "" => text.guidance_the_district,
                named => named,
            };
            let situation = Situation {
                district,
                workflow: workflow.map(|w| w.name.as_str()),
                review_date: &review_date,
            };
            template
                .draft(r, &situation)
                .into_iter()
                .map(|s| (s.drafted, s.edited))
                .collect::<Vec<_>>()
        })
    });
    let district = move || state.record.with(|r| r.report.district.clone());
    // The texts shown, with the headings, as Markdown.
    let document = move || {
        sections.with_untracked(|s| {
            let texts: Vec<&str> = s
                .iter()
                .map(|(drafted, edited)| edited.as_deref().unwrap_or(drafted))
                .collect();
            markdown(template, &district(), &texts)
        })
    };
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let text_now = document();
        leptos::task::spawn_local(async move {
            copied.set(crate::platform::copy_text(&text_now).await);
        });
    };
    let download_failed = RwSignal::new(false);
    let download = move |_| {
        let name = format!("district-ai-guidance-{}.md", today());
        download_failed.set(
            crate::platform::download(&name, "text/markdown;charset=utf-8", &document()).is_err(),
        );
    };

    let editors = template
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let id = section.id.as_str();
            let box_id = format!("guidance-{id}");
            let help_id = format!("guidance-{id}-status");
            let edited = Memo::new(move |_| sections.with(|s| s[index].1.is_some()));
            let value = Memo::new(move |_| {
                sections.with(|s| {
                    let (drafted, edited) = &s[index];
                    edited.clone().unwrap_or_else(|| drafted.clone())
                })
            });
            let on_input = Callback::new(move |typed: String| {
                let drafted = sections.with_untracked(|s| s[index].0.clone());
                state.edit(|r| {
                    if typed == drafted {
                        // Back to the draft: it follows the answers again.
                        r.guidance.remove(id);
                    } else {
                        set_text(&mut r.guidance, id, &typed, GUIDANCE_SECTION_MAX_CHARS);
                    }
                });
            });
            view! {
                <div class="guidance-section">
                    <h2><label for=box_id.clone()>{section.heading.clone()}</label></h2>
                    <p class="field__help" id=help_id.clone()>
                        {move || if edited.get() { text.guidance_edited } else { text.guidance_drafted }}
                    </p>
                    <SavedTextArea id=box_id help_id max_chars=GUIDANCE_SECTION_MAX_CHARS value on_input />
                    {move || edited.get().then(|| view! {
                        <button
                            type="button"
                            class="button button--small button--quiet"
                            on:click=move |_| state.edit(|r| {
                                r.guidance.remove(id);
                            })
                        >
                            {text.guidance_redraft}
                        </button>
                    })}
                </div>
            }
        })
        .collect_view();

    let printed = move || {
        let texts = sections.get();
        view! {
            <div class="print-only guidance-print">
                <p class="guidance-print__mark">{fill(text.guidance_draft_mark, &[("date", &today())])}</p>
                <h1>{template.title.clone()}</h1>
                {move || (!district().is_empty()).then(|| view! { <p class="guidance-print__district">{district()}</p> })}
                <p class="guidance-print__counsel">{template.counsel_line.clone()}</p>
                {template
                    .sections
                    .iter()
                    .zip(texts)
                    .map(|(section, (drafted, edited))| view! {
                        <h2>{section.heading.clone()}</h2>
                        <p class="guidance-print__text">{edited.unwrap_or(drafted)}</p>
                    })
                    .collect_view()}
            </div>
        }
    };

    view! {
        <section class="guidance" aria-labelledby="guidance-heading">
            <div class="screen-only">
                <h1 id="guidance-heading" tabindex="-1">{template.title.clone()}</h1>
                <p class="notice" role="note">{template.counsel_line.clone()}</p>
                <p class="lead">{text.guidance_lead}</p>
                <SaveStatus />
                {editors}
                <div class="actions">
                    <button type="button" class="button button--primary" on:click=|_| crate::platform::print_page()>
                        {text.guidance_print}
                    </button>
                    <button type="button" class="button" on:click=copy>{text.guidance_copy}</button>
                    <button type="button" class="button" on:click=download>{text.guidance_download}</button>
                </div>
                <p role="status" class="guidance__status">{move || copied.get().then_some(text.guidance_copied)}</p>
                {move || download_failed.get().then(|| view! { <p class="field-error" role="alert">{text.download_failed}</p> })}
                <div class="actions">
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            state.go(Screen::Results);
                            focus_after_render("results-heading");
                        }
                    >
                        {text.back_to_results}
                    </button>
                </div>
            </div>
            {printed}
        </section>
    }
    .into_any()
}
