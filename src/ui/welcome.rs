//! The welcome screen: what the check is, how long it takes, and where to start or resume.

use leptos::prelude::*;

use super::lazy::{split_view, Lazy};
use super::start_over::StartOver;
use super::state::{AppState, Content, PilotContent};
use crate::core::record::{Mode, Screen};
use crate::core::text::fill;
use crate::platform::focus_after_render;

/// The first screen a visitor sees.
#[component]
pub fn Welcome() -> impl IntoView {
    let Content { bank, text, .. } = expect_context();
    let state: AppState = expect_context();
    let items = bank.item_count();
    let dimensions = bank.dimensions.len();
    let progress = move || state.record.with(|r| r.progress(bank));
    let has_started = move || state.record.with(|r| !r.is_empty());

    // While the visitor reads this page, the questions' grounding (why each matters, its
    // sources) is fetched, so that it is there with the first question.
    request_idle_callback(super::grounding::prefetch);

    let pulse_items = Mode::Pulse.items(bank).count();
    let pulse_minutes = Mode::Pulse.minutes_to_read(bank, text.not_sure);
    let data_opened = RwSignal::new(false);
    let mode = move || state.record.with(|r| r.mode);
    // Whoever came for the pulse (`?mode=pulse`, a conference's QR code) and has not
    // started sees one line and the pulse's button first, the full check one tap below.
    let pulse_arrival = state
        .record
        .with_untracked(|r| r.mode == Mode::Pulse && r.is_empty());
    let open_questions = move |_| {
        let step = state.record.with_untracked(|r| r.position.step);
        state.go_to_step(step);
        focus_after_render("step-heading");
    };
    let start = move |mode: Mode| {
        move |_| {
            state.open_questions(bank, mode);
            focus_after_render("step-heading");
        }
    };
    let start_choice = move || {
        let full = view! {
            <button type="button" class="button" class:button--primary=move || mode() == Mode::Full on:click=start(Mode::Full)>
                {fill(text.start, &[("items", &items)])}
            </button>
        };
        let pulse = view! {
            <button type="button" class="button" class:button--primary=move || mode() == Mode::Pulse on:click=start(Mode::Pulse)>
                {fill(text.start_pulse, &[("items", &pulse_items), ("minutes", &pulse_minutes)])}
            </button>
        };
        if pulse_arrival {
            view! { {pulse} {full} }.into_any()
        } else {
            let help = view! {
                <p class="start-choice__help">{fill(text.pulse_choice_help, &[("items", &pulse_items)])}</p>
            };
            view! { {full} {help} {pulse} }.into_any()
        }
    };
    let open_results = move |_| {
        state.go(Screen::Results);
        focus_after_render("results-heading");
    };

    // Arriving for the pulse, the page keeps to one line; the full check's outline is for
    // whoever came for the full check.
    let lead = if pulse_arrival {
        fill(
            text.pulse_arrival_lead,
            &[("items", &pulse_items), ("minutes", &pulse_minutes)],
        )
    } else {
        text.welcome_lead.to_owned()
    };
    let outline = (!pulse_arrival).then(|| {
        view! {
            <ul class="welcome__points">
                {text
                    .welcome_points
                    .iter()
                    .map(|p| view! { <li>{fill(p, &[("items", &items), ("dimensions", &dimensions)])}</li> })
                    .collect_view()}
            </ul>
        }
    });

    view! {
        <section class="welcome" aria-labelledby="welcome-heading">
            <h1 id="welcome-heading" tabindex="-1">{text.welcome_heading}</h1>
            <p class="lead">{lead}</p>
            {outline}
            <div class="actions">
                <Show when=has_started fallback=start_choice>
                    <p class="resume-progress">
                        {move || {
                            let (answered, asked) = progress();
                            fill(text.resume_progress, &[("answered", &answered), ("total", &asked)])
                        }}
                    </p>
                    <button type="button" class="button button--primary" on:click=open_questions>
                        {text.resume}
                    </button>
                    <button type="button" class="button" on:click=open_results>
                        {text.view_results}
                    </button>
                </Show>
            </div>
            // Downloads and import are for returning users: their code is fetched when this
            // is opened, not with the first page.
            <details class="data-disclosure" on:toggle=move |_| data_opened.set(true)>
                <summary>{text.data_disclosure}</summary>
                <Show when=move || data_opened.get()>
                    <Lazy fetch=data_panel_view::fetch show=data_panel_view::build_now panel=true />
                </Show>
            </details>
            <Show when=has_started>
                <StartOver />
            </Show>
            <p class="present-link">
                <a href="?present">{text.present_link}</a>
            </p>
            <p class="present-link">
                <button type="button" class="link-button" on:click=move |_| {
                    state.go(Screen::Team);
                    focus_after_render("team-heading");
                }>
                    {text.team_link}
                </button>
            </p>
        </section>
    }
}

split_view! {
    /// The downloads-and-import panel, below the welcome page's buttons.
    fn data_panel_view() in results {
        PilotContent::provide_then(|| view! { <crate::ui::data_panel::DataPanel /> }.into_any())
    }
}
