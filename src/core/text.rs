//! The words of the interface, loaded from `content/<language>/ui.json`.
//!
//! Components never hold user-facing sentences; they read them from [`UiText`]. Templates
//! use `{name}` placeholders, filled by [`fill`].

use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::content::{json_error_position, ContentError};
use super::scoring::Verdict;

const UI_EN: &str = include_str!("../../content/en/ui.json");

/// One text per verdict.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
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

/// Declares [`UiText`] and its reader. Each field is read from the JSON object by name,
/// which costs far less WebAssembly than a derived `Deserialize` for a struct this wide.
macro_rules! ui_text {
    ($($field:ident: $ty:ty),* $(,)?) => {
        /// Every sentence, label and template the interface shows. Each field is named
        /// after the text it holds, and `content/en/ui.json` is its documentation, so
        /// fields carry no docs.
        #[allow(missing_docs)]
        #[derive(Debug, Clone, PartialEq)]
        pub struct UiText {
            $(pub $field: $ty,)*
        }

        impl UiText {
            /// Parses interface text from JSON: every field must be present, and nothing
            /// else may be.
            pub fn from_json(text: &str) -> Result<Self, ContentError> {
                let mut map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(text)
                    .map_err(|e| ContentError(format!("invalid interface text: {}", json_error_position(&e))))?;
                // Problems are collected rather than returned at the first one: an early
                // return per field would make the compiler write a separate clean-up path
                // for each, which cost about 70 KB of WebAssembly.
                let mut problems = Vec::new();
                let ui = Self {
                    $($field: take(&mut map, stringify!($field), &mut problems),)*
                };
                if let Some(unknown) = map.keys().next() {
                    problems.push(format!("unknown interface text \"{unknown}\""));
                }
                match problems.into_iter().next() {
                    Some(problem) => Err(ContentError(problem)),
                    None => Ok(ui),
                }
            }
        }
    };
}

/// Removes one entry from a JSON object and reads it as `T`; when it is missing or
/// malformed, notes the problem and gives an empty value.
#[inline(never)]
fn take<T: DeserializeOwned + Default>(
    map: &mut serde_json::Map<String, serde_json::Value>,
    name: &str,
    problems: &mut Vec<String>,
) -> T {
    let Some(value) = map.remove(name) else {
        problems.push(format!("interface text \"{name}\" is missing"));
        return T::default();
    };
    serde_json::from_value(value).unwrap_or_else(|e| {
        problems.push(format!(
            "interface text \"{name}\" is malformed: {}",
            json_error_position(&e)
        ));
        T::default()
    })
}

ui_text! {
    app_title: String,
    privacy_tagline: String,
    footer: String,
    loading: String,
    load_failed: String,
    loading_part: String,
    part_unavailable: String,
    try_again: String,
    content_unreadable: String,
    data_disclosure: String,
    skip_link: String,
    welcome_heading: String,
    welcome_lead: String,
    welcome_points: [String; 3],
    start: String,
    start_pulse: String,
    pulse_choice_help: String,
    pulse_label: String,
    pulse_banner: String,
    continue_full: String,
    continue_full_help: String,
    resume: String,
    resume_progress: String,
    view_results: String,
    step_label: String,
    answered_progress: String,
    progress_label: String,
    areas_heading: String,
    jump_summary: String,
    area_progress: String,
    area_complete: String,
    current_area: String,
    why_label: String,
    not_sure: String,
    note_summary: String,
    note_summary_filled: String,
    note_label: String,
    note_help: String,
    back: String,
    next: String,
    finish: String,
    unanswered_on_step: String,
    saved: String,
    saving_failed: String,
    saving_failed_short: String,
    storage_unavailable: String,
    storage_blocked: String,
    open_in_new_tab: String,
    download_answers: String,
    recovered_notice: String,
    recovered_without_backup: String,
    newer_version_stored: String,
    dismiss: String,
    results_heading: String,
    partial_caveat: String,
    complete_caveat: String,
    no_answers: String,
    overall_label: String,
    out_of: String,
    unknown_score: String,
    maturity_levels: [String; 5],
    maturity_descriptions: [String; 5],
    verdict_heading: String,
    verdicts: Verdicts,
    verdict_explanations: Verdicts,
    verdict_rule: String,
    reason_unknown: String,
    reason_dimension_below: String,
    reason_overall_below: String,
    next_steps_heading: String,
    owner_label: String,
    because_label: String,
    because_answer: String,
    chart_heading: String,
    chart_title: String,
    chart_desc: String,
    table_area: String,
    table_score: String,
    table_level: String,
    table_answered: String,
    not_sure_count: String,
    strengths_heading: String,
    strengths_empty: String,
    gaps_heading: String,
    gaps_empty: String,
    unknowns_heading: String,
    unknowns_intro: String,
    unknowns_empty: String,
    answer_now: String,
    review_answers: String,
    start_over: String,
    start_over_warning: String,
    start_over_confirm: String,
    start_over_cancel: String,
    content_error: String,
    choose_workflow: String,
    back_to_results: String,
    workflows_heading: String,
    workflows_lead: String,
    gate_closed_heading: String,
    gate_closed_intro: String,
    blocker_score: String,
    blocker_unknown: String,
    blocker_answers: String,
    gate_open: String,
    catalogue_heading: String,
    consider_label: String,
    attr_department: String,
    attr_data: String,
    attr_audience: String,
    attr_outcome: String,
    data_labels: [String; 4],
    audience_labels: [String; 3],
    reviewed_yes: String,
    reviewed_no: String,
    high_stakes_badge: String,
    high_risk_badge: String,
    custom_badge: String,
    rate_heading: String,
    rate_intro: String,
    rate_empty: String,
    rating_placeholder: String,
    ranking_heading: String,
    ranking_empty: String,
    unrated_note: String,
    priority_label: String,
    value_label: String,
    risk_label: String,
    held_back_label: String,
    start_here_heading: String,
    recommended_badge: String,
    reason_priority: String,
    reason_strengths: String,
    reason_held_back: String,
    close_call: String,
    difference: String,
    none_recommendable: String,
    choose_this: String,
    chosen_badge: String,
    choice_differs: String,
    use_recommendation: String,
    ranking_chart_heading: String,
    ranking_chart_title: String,
    ranking_chart_desc: String,
    chart_axis_value: String,
    chart_axis_risk: String,
    table_rank: String,
    table_workflow: String,
    custom_heading: String,
    edit_heading: String,
    field_name: String,
    field_description: String,
    field_department: String,
    field_outcome: String,
    field_data: String,
    field_audience: String,
    field_review: String,
    field_stakes: String,
    add_workflow: String,
    save_workflow: String,
    cancel: String,
    edit: String,
    delete: String,
    name_required: String,
    name_too_long: String,
    csv_item: String,
    csv_question: String,
    csv_answer: String,
    prepared_on_device: String,
    notes_heading: String,
    data_heading: String,
    data_intro: String,
    storage_help: String,
    export_json: String,
    export_csv: String,
    export_markdown: String,
    download_failed: String,
    import_label: String,
    import_help: String,
    import_preview: String,
    import_confirm: String,
    import_done: String,
    import_unreadable: String,
    draft_plan: String,
    plan_heading: String,
    plan_lead: String,
    plan_for: String,
    plan_no_workflow: String,
    plan_gaps_heading: String,
    plan_gaps_empty: String,
    print: String,
    back_to_workflows: String,
    report_title: String,
    plan_empty_field: String,
    snapshots_heading: String,
    snapshots_intro: String,
    save_snapshot: String,
    snapshot_saved: String,
    compare_with: String,
    snapshot_option: String,
    table_then: String,
    table_now: String,
    table_change: String,
    delete_snapshot: String,
    share_heading: String,
    share_intro: String,
    share_qr_label: String,
    share_link_label: String,
    copy_link: String,
    link_copied: String,
    copy_failed: String,
    shared_heading: String,
    shared_intro: String,
    shared_results_heading: String,
    shared_save: String,
    shared_close: String,
    shared_replace_warning: String,
    shared_replace_confirm: String,
    share_error_damaged: String,
    share_error_newer: String,
    share_error_other_questions: String,
    present_link: String,
    presenter_heading: String,
    presenter_lead: String,
    presenter_qr_label: String,
    presenter_back: String,
}

impl UiText {
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
