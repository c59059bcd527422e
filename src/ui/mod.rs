//! The Leptos interface: one file per screen or widget.
//!
//! [`App`] loads the content and the stored record, provides them through context
//! ([`state`]), and shows the screen the record says the user was on.

pub mod data_panel;
pub mod earlier_answers;
pub mod embed;
pub mod estimate;
pub mod evidence;
pub mod grounding;
pub mod guidance;
pub mod item;
pub mod ladder;
pub mod lazy;
pub mod merge_part;
pub mod notices;
pub mod plan;
pub mod presenter;
pub mod qr_code;
pub mod questionnaire;
pub mod radar_chart;
pub mod report_details;
pub mod results;
pub mod saved_text;
pub mod share_panel;
pub mod shared_view;
pub mod snapshots;
pub mod start_over;
pub mod state;
pub mod step_nav;
pub mod team;
pub mod vendors;
pub mod welcome;
pub mod workflow_card;
pub mod workflow_form;
pub mod workflow_ranking;
pub mod workflow_rating;
pub mod workflows;

use leptos::prelude::*;

use crate::core::content::QuestionBank;
use crate::core::embed::StartMode;
use crate::core::record::Screen;
use crate::core::text::UiText;
use crate::storage;
use lazy::{split_view, Lazy};
use state::{AppState, Content, PilotContent};

/// The whole app: header, the current screen, footer (the header and footer only when
/// not embedded in another site's page; see [`embed`]).
#[component]
pub fn App() -> impl IntoView {
    let options = embed::start();
    let asks_for_pulse = options.mode == Some(StartMode::Pulse);
    let presenting = options.present;
    provide_context(options);
    // The content is compiled in (`build.rs`) and validated by `tests/content.rs`.
    provide_context(Content {
        bank: QuestionBank::english(),
        text: UiText::english(),
    });
    if presenting {
        return view! { <Lazy fetch=presenter_view::fetch show=presenter_view::build_now /> }
            .into_any();
    }
    let state = AppState::new(storage::load());
    if asks_for_pulse {
        state.offer_pulse();
    }
    storage::watch_other_tabs(move |save| {
        state.adopt_from_other_tab(save);
    });
    provide_context(state);
    view! { <Shell /> }.into_any()
}

/// The page frame around every screen.
#[component]
fn Shell() -> impl IntoView {
    let Content { text, .. } = expect_context();
    let state: AppState = expect_context();
    let screen = Memo::new(move |_| state.record.with(|r| r.position.screen));
    // A share link in the address shows its answers instead of the user's own, until the
    // user saves or closes them. Pasting a link into an open tab only changes the fragment.
    let shared = RwSignal::new(shared_view::read_address());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        shared.set(shared_view::read_address());
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
    let on_close_shared = Callback::new(move |()| {
        crate::platform::clear_address();
        shared.set(None);
    });
    // Embedded in another site's page, the check shows no header or footer of its own.
    let framed = embed::is_embedded();
    view! {
        {(!framed).then(|| view! {
            <a class="skip-link" href="#main">{text.skip_link}</a>
            <header class="site-header">
                <div class="site-header__inner">
                    <p class="site-title">{text.app_title}</p>
                    <p class="site-tagline">{text.privacy_tagline}</p>
                </div>
            </header>
        })}
        <main id="main" class="page" tabindex="-1">
            <notices::Notices />
            {move || match shared.get() {
                Some(fragment) => {
                    let show = move || shared_view::link_view::build_now(fragment.clone(), on_close_shared, screen);
                    view! { <Lazy fetch=shared_view::link_view::fetch show leave=on_close_shared /> }.into_any()
                }
                None => screen_view(screen.get()),
            }}
        </main>
        {(!framed).then(|| view! {
            <footer class="site-footer">
                <p>{text.footer}</p>
                <p><a href="embed.html">{text.embed_link}</a>" · "<a href="privacy.html">{text.privacy_link}</a></p>
            </footer>
        })}
    }
}

/// The screen the user is on.
pub(crate) fn screen_view(screen: Screen) -> AnyView {
    // A record saved for an earlier edition of the questions: no screen shows until its
    // answers are carried over to this one, by the merge's part, fetched first.
    if let Some(state) = use_context::<AppState>().filter(|state| !state.carry_over()) {
        let show = move || match state.carry_over() {
            true => Ok(screen_view(screen)),
            false => Err(lazy::PartUnavailable),
        };
        return view! { <Lazy fetch=merge_part::fetch show /> }.into_any();
    }
    // Every screen but the first two is a part: which part, then one `Lazy` for all.
    let (fetch, show): (lazy::FetchPart, fn(Screen) -> lazy::PartView) = match screen {
        Screen::Welcome => return view! { <welcome::Welcome /> }.into_any(),
        Screen::Questions => return view! { <questionnaire::Questionnaire /> }.into_any(),
        Screen::Results => (results_view::fetch, |_| results_view::build_now()),
        Screen::Workflows => (workflows_view::fetch, |_| workflows_view::build_now()),
        Screen::Plan => (plan_view::fetch, |_| plan_view::build_now()),
        Screen::Team => (team_view::fetch, |_| team_view::build_now()),
        Screen::Guidance | Screen::Estimate | Screen::Vendors => {
            (kit_view::fetch, kit_view::build_now)
        }
    };
    view! { <Lazy fetch show=move || show(screen) /> }.into_any()
}

// The screens a visitor does not need first, each fetched the first time it is shown (see
// `lazy`). The questionnaire and the welcome page are always in the first download.

split_view! {
    /// The results screen, with its share, snapshot and data panels.
    fn results_view() in results {
        PilotContent::provide_then(|| view! { <results::Results /> }.into_any())
    }
}

split_view! {
    /// The workflow prioritisation screen.
    fn workflows_view() in pilot {
        PilotContent::provide_then(|| view! { <workflows::Workflows /> }.into_any())
    }
}

split_view! {
    /// The pilot plan and its printed report.
    fn plan_view() in pilot {
        PilotContent::provide_then(|| view! { <plan::Plan /> }.into_any())
    }
}

split_view! {
    /// The leadership team's merged answers.
    fn team_view() in team {
        view! { <team::TeamScreen /> }.into_any()
    }
}

split_view! {
    /// The guidance kit: the interim AI guidance for staff, the time-saved estimate and
    /// the vendor checklist (one split point for the part's three screens).
    fn kit_view(screen: Screen) in kit {
        PilotContent::provide_then(move || match screen {
            Screen::Estimate => view! { <estimate::EstimateScreen /> }.into_any(),
            Screen::Vendors => view! { <vendors::VendorsScreen /> }.into_any(),
            _ => view! { <guidance::GuidanceScreen /> }.into_any(),
        })
    }
}

split_view! {
    /// The presenter page with its room-sized QR code.
    fn presenter_view() in results {
        view! { <presenter::Presenter /> }.into_any()
    }
}
