//! The words of the interface, loaded from `content/<language>/ui.json`.
//!
//! Components never hold user-facing sentences; they read them from [`UiText`]. Templates
//! use `{name}` placeholders, filled by [`fill`].

use serde::Deserialize;

use super::content::ContentError;
use super::scoring::Verdict;

const UI_EN: &str = include_str!("../../content/en/ui.json");

/// One text per verdict.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Verdicts {
    /// For [`Verdict::BuildFoundations`].
    pub build_foundations: String,
    /// For [`Verdict::PilotWithConditions`].
    pub pilot_with_conditions: String,
    /// For [`Verdict::ReadyToPilot`].
    pub ready_to_pilot: String,
}

impl Verdicts {
    /// The text for a verdict.
    pub fn of(&self, verdict: Verdict) -> &str {
        match verdict {
            Verdict::BuildFoundations => &self.build_foundations,
            Verdict::PilotWithConditions => &self.pilot_with_conditions,
            Verdict::ReadyToPilot => &self.ready_to_pilot,
        }
    }
}

/// Every sentence, label and template the interface shows. Each field is named after the
/// text it holds, and `content/en/ui.json` is its documentation, so fields carry no docs.
#[allow(missing_docs)]
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct UiText {
    pub app_title: String,
    pub privacy_tagline: String,
    pub footer: String,
    pub loading: String,
    pub skip_link: String,
    pub welcome_heading: String,
    pub welcome_lead: String,
    pub welcome_points: [String; 3],
    pub start: String,
    pub resume: String,
    pub resume_progress: String,
    pub view_results: String,
    pub step_label: String,
    pub answered_progress: String,
    pub progress_label: String,
    pub areas_heading: String,
    pub jump_summary: String,
    pub area_progress: String,
    pub area_complete: String,
    pub current_area: String,
    pub why_label: String,
    pub not_sure: String,
    pub note_summary: String,
    pub note_summary_filled: String,
    pub note_label: String,
    pub note_help: String,
    pub back: String,
    pub next: String,
    pub finish: String,
    pub unanswered_on_step: String,
    pub saved: String,
    pub saving_failed: String,
    pub storage_unavailable: String,
    pub recovered_notice: String,
    pub recovered_without_backup: String,
    pub dismiss: String,
    pub results_heading: String,
    pub partial_caveat: String,
    pub complete_caveat: String,
    pub no_answers: String,
    pub overall_label: String,
    pub out_of: String,
    pub unknown_score: String,
    pub maturity_levels: [String; 5],
    pub maturity_descriptions: [String; 5],
    pub verdict_heading: String,
    pub verdicts: Verdicts,
    pub verdict_explanations: Verdicts,
    pub verdict_rule: String,
    pub reason_unknown: String,
    pub reason_dimension_below: String,
    pub reason_overall_below: String,
    pub next_steps_heading: String,
    pub owner_label: String,
    pub because_label: String,
    pub because_answer: String,
    pub chart_heading: String,
    pub chart_title: String,
    pub chart_desc: String,
    pub table_area: String,
    pub table_score: String,
    pub table_level: String,
    pub table_answered: String,
    pub not_sure_count: String,
    pub strengths_heading: String,
    pub strengths_empty: String,
    pub gaps_heading: String,
    pub gaps_empty: String,
    pub unknowns_heading: String,
    pub unknowns_intro: String,
    pub unknowns_empty: String,
    pub answer_now: String,
    pub review_answers: String,
    pub start_over: String,
    pub start_over_warning: String,
    pub start_over_confirm: String,
    pub start_over_cancel: String,
    pub content_error: String,
}

impl UiText {
    /// Parses interface text from JSON.
    pub fn from_json(text: &str) -> Result<Self, ContentError> {
        serde_json::from_str(text).map_err(|e| ContentError(format!("invalid interface text: {e}")))
    }

    /// The English interface text compiled into the app.
    pub fn english() -> Result<Self, ContentError> {
        Self::from_json(UI_EN)
    }
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), &value.to_string())
        })
}
