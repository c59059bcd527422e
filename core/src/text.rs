//! The words of the interface, from `content/<language>/ui.json` and `ui-parts.json`.
//!
//! Components never hold user-facing sentences; they read them from [`UiText`] (the
//! welcome page, the questionnaire, notices: what the first download shows) or
//! [`PartText`] (results, workflows, the plan, sharing, the presenter page: the screens
//! whose code is fetched when first shown, see `ui::lazy`). Only those screens' code reads
//! [`PartText`] (through `ui::state::PartContent`, which every split point provides), so
//! its words travel with their code instead of in the first download; it dereferences to
//! [`UiText`], so a part reads every text as `text.name`. Templates use
//! `{name}` placeholders, filled by [`fill`]; the content tests hold every template to the
//! placeholders its code fills. Errors are worded here too: [`PartText::record_error`] and
//! [`PartText::import_error`] (the app's storage errors: `StorageError::words`).
//!
//! The build script (`build.rs`) turns each file into a Rust constant: the app carries no
//! code to read them, and an entry that is missing, misspelt or of the wrong shape fails
//! the build instead of reaching a phone.

use std::ops::Deref;

use super::import::{ImportError, IMPORT_MAX_BYTES};
use super::judgement::Verdict;
use super::record::{RecordError, SCHEMA_VERSION};
pub use super::template::fill;

/// A text of the interface, compiled in.
pub type Text = &'static str;

/// One text per verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdicts {
    /// For [`Verdict::NotEnoughAnswers`].
    pub not_enough_answers: Text,
    /// For [`Verdict::BuildFoundations`].
    pub build_foundations: Text,
    /// For [`Verdict::PilotWithConditions`].
    pub pilot_with_conditions: Text,
    /// For [`Verdict::ReadyToPilot`].
    pub ready_to_pilot: Text,
}

impl Verdicts {
    /// The text for a verdict.
    pub fn of(&self, verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::NotEnoughAnswers => self.not_enough_answers,
            Verdict::BuildFoundations => self.build_foundations,
            Verdict::PilotWithConditions => self.pilot_with_conditions,
            Verdict::ReadyToPilot => self.ready_to_pilot,
        }
    }
}

/// Declares a struct of interface text, one field per entry of its JSON file.
macro_rules! text_struct {
    ($(#[$attr:meta])* $name:ident { $($field:ident: $ty:ty),* $(,)? }) => {
        $(#[$attr])*
        ///
        /// Each field is named after the text it holds, and the JSON file is its
        /// documentation, so fields carry no docs.
        #[allow(missing_docs)]
        #[derive(Debug, Clone, PartialEq)]
        pub struct $name {
            $(pub $field: $ty,)*
        }
    };
}

text_struct! {
    /// The texts of the first download, from `content/en/ui.json`.
    UiText {
        app_title: Text,
        privacy_tagline: Text,
        footer: Text,
        loading: Text,
        load_failed: Text,
        loading_part: Text,
        part_unavailable_heading: Text,
        part_unavailable: Text,
        try_again: Text,
        part_back_to_questions: Text,
        content_unreadable: Text,
        skip_link: Text,
        welcome_heading: Text,
        welcome_lead: Text,
        welcome_points: [Text; 3],
        start: Text,
        start_pulse: Text,
        pulse_choice_help: Text,
        pulse_label: Text,
        resume: Text,
        resume_progress: Text,
        view_results: Text,
        step_label: Text,
        answered_progress: Text,
        progress_label: Text,
        areas_heading: Text,
        jump_summary: Text,
        area_progress: Text,
        why_label: Text,
        not_sure: Text,
        note_summary: Text,
        note_summary_filled: Text,
        note_label: Text,
        note_help: Text,
        back: Text,
        next: Text,
        finish: Text,
        results_so_far: Text,
        unanswered_on_step: Text,
        saved: Text,
        saving_failed: Text,
        saving_waits_for_merge: Text,
        storage_refused_here: Text,
        storage_refused_full: Text,
        saving_failed_short: Text,
        other_tab_marker: Text,
        earlier_answer_note: Text,
        storage_unavailable: Text,
        download_answers: Text,
        dismiss: Text,
        start_over: Text,
        start_over_warning: Text,
        start_over_confirm: Text,
        start_over_cancel: Text,
        edit: Text,
        delete: Text,
        data_disclosure: Text,
        download_failed: Text,
        present_link: Text,
    }
}

text_struct! {
    /// The texts of the parts fetched when first shown, from `content/en/ui-parts.json`.
    PartText {
        base: &'static UiText,
        pulse_banner: Text,
        continue_full: Text,
        continue_full_help: Text,
        results_heading: Text,
        partial_caveat: Text,
        complete_caveat: Text,
        no_answers: Text,
        overall_label: Text,
        out_of: Text,
        unknown_score: Text,
        maturity_levels: [Text; 5],
        maturity_descriptions: [Text; 5],
        verdict_heading: Text,
        verdicts: Verdicts,
        verdict_explanations: Verdicts,
        answer_more: Text,
        verdict_rule: Text,
        rules_changed: Text,
        ladder_heading: Text,
        tier_names: [Text; 3],
        tier_descriptions: [Text; 3],
        status_names: [Text; 3],
        ladder_also_below: Text,
        reason_too_few_overall: Text,
        reason_too_few_area: Text,
        reason_area_below: Text,
        reason_overall_below: Text,
        reason_must_have: Text,
        reason_must_have_unanswered: Text,
        reason_pulse: Text,
        next_steps_heading: Text,
        owner_label: Text,
        because_label: Text,
        because_answer: Text,
        chart_heading: Text,
        chart_title: Text,
        chart_desc: Text,
        table_area: Text,
        table_score: Text,
        table_level: Text,
        table_answered: Text,
        not_sure_count: Text,
        strengths_heading: Text,
        strengths_empty: Text,
        gaps_heading: Text,
        gaps_empty: Text,
        unknowns_heading: Text,
        unknowns_intro: Text,
        unknowns_empty: Text,
        answer_now: Text,
        review_answers: Text,
        choose_workflow: Text,
        back_to_results: Text,
        workflows_heading: Text,
        workflows_lead: Text,
        gate_intro: Text,
        catalogue_heading: Text,
        attr_department: Text,
        attr_data: Text,
        attr_audience: Text,
        attr_outcome: Text,
        data_labels: [Text; 4],
        audience_labels: [Text; 3],
        reviewed_yes: Text,
        reviewed_no: Text,
        high_stakes_badge: Text,
        high_risk_badge: Text,
        custom_badge: Text,
        rate_heading: Text,
        rate_intro: Text,
        rate_empty: Text,
        rating_placeholder: Text,
        ranking_heading: Text,
        ranking_empty: Text,
        unrated_note: Text,
        priority_label: Text,
        value_label: Text,
        risk_label: Text,
        held_back_label: Text,
        start_here_heading: Text,
        first_candidate_heading: Text,
        recommended_badge: Text,
        reason_priority: Text,
        reason_strengths: Text,
        reason_held_back: Text,
        reason_passed_for_risk: Text,
        close_call: Text,
        difference: Text,
        none_recommendable: Text,
        choose_this: Text,
        chosen_badge: Text,
        choice_differs: Text,
        use_recommendation: Text,
        ranking_chart_heading: Text,
        ranking_chart_title: Text,
        ranking_chart_desc: Text,
        chart_axis_value: Text,
        chart_axis_risk: Text,
        table_rank: Text,
        table_workflow: Text,
        custom_heading: Text,
        edit_heading: Text,
        field_name: Text,
        field_description: Text,
        field_department: Text,
        field_outcome: Text,
        field_data: Text,
        field_audience: Text,
        field_review: Text,
        field_stakes: Text,
        add_workflow: Text,
        save_workflow: Text,
        cancel: Text,
        name_required: Text,
        name_too_long: Text,
        csv_item: Text,
        csv_question: Text,
        csv_answer: Text,
        prepared_on_device: Text,
        report_prepared_by: Text,
        report_meta: Text,
        report_details_heading: Text,
        report_details_help: Text,
        report_district_label: Text,
        report_author_label: Text,
        evidence_heading: Text,
        evidence_intro: Text,
        evidence_label: Text,
        evidence_answer: Text,
        evidence_none: Text,
        evidence_line: Text,
        self_reported: Text,
        notes_heading: Text,
        data_heading: Text,
        data_intro: Text,
        storage_help: Text,
        export_json: Text,
        export_csv: Text,
        export_markdown: Text,
        import_label: Text,
        import_help: Text,
        import_preview: Text,
        import_confirm: Text,
        import_done: Text,
        import_unreadable: Text,
        import_too_big: Text,
        import_empty: Text,
        import_not_json: Text,
        import_wrong_tool: Text,
        import_newer: Text,
        import_damaged: Text,
        draft_plan: Text,
        plan_heading: Text,
        plan_lead: Text,
        plan_for: Text,
        plan_no_workflow: Text,
        plan_held_back: Text,
        plan_gaps_heading: Text,
        plan_gaps_empty: Text,
        print: Text,
        back_to_workflows: Text,
        report_title: Text,
        plan_empty_field: Text,
        snapshots_heading: Text,
        snapshots_intro: Text,
        save_snapshot: Text,
        snapshot_saved: Text,
        compare_with: Text,
        snapshot_option: Text,
        table_then: Text,
        table_now: Text,
        table_change: Text,
        delete_snapshot: Text,
        share_heading: Text,
        share_intro: Text,
        share_qr_label: Text,
        share_link_label: Text,
        copy_link: Text,
        link_copied: Text,
        copy_failed: Text,
        storage_blocked: Text,
        open_in_new_tab: Text,
        recovered_notice: Text,
        recovered_without_backup: Text,
        record_not_json: Text,
        record_wrong_tool: Text,
        record_newer: Text,
        record_damaged: Text,
        newer_version_stored: Text,
        share_error_damaged: Text,
        share_error_newer: Text,
        share_error_other_questions: Text,
        shared_heading: Text,
        shared_intro: Text,
        shared_results_heading: Text,
        shared_save: Text,
        shared_close: Text,
        shared_replace_warning: Text,
        shared_replace_confirm: Text,
        presenter_heading: Text,
        presenter_lead: Text,
        presenter_qr_label: Text,
        presenter_back: Text,
    }
}

/// The English interface text, written by `build.rs` from `content/en/ui.json`.
static ENGLISH: UiText = include!(concat!(env!("OUT_DIR"), "/ui_en.rs"));

/// The English text of the parts, written by `build.rs` from `content/en/ui-parts.json`.
static ENGLISH_PARTS: PartText = include!(concat!(env!("OUT_DIR"), "/ui_parts_en.rs"));

impl UiText {
    /// The English interface text compiled into the app.
    pub fn english() -> &'static UiText {
        &ENGLISH
    }
}

impl PartText {
    /// The English text of the parts. The app reads it through `ui::state::PartContent`,
    /// which only the parts' code provides: code in the first download that read it would
    /// bring every one of its words along (the release build fails if that happens).
    pub fn english() -> &'static PartText {
        &ENGLISH_PARTS
    }
}

impl Deref for PartText {
    type Target = UiText;

    /// The first download's texts in the same language: what a part shares with it.
    fn deref(&self) -> &UiText {
        self.base
    }
}

impl PartText {
    /// Why stored data could not be read, as a clause for a notice's `{reason}`.
    pub fn record_error(&self, error: &RecordError) -> String {
        match error {
            RecordError::NotJson => self.record_not_json.to_owned(),
            RecordError::WrongTool => self.record_wrong_tool.to_owned(),
            RecordError::NewerVersion(version) => fill(
                self.record_newer,
                &[("version", version), ("supported", &SCHEMA_VERSION)],
            ),
            RecordError::Invalid(why) => fill(self.record_damaged, &[("reason", why)]),
        }
    }

    /// Why a chosen file cannot be imported, in words for the person who chose it.
    pub fn import_error(&self, error: &ImportError) -> String {
        match error {
            ImportError::TooBig(bytes) => fill(
                self.import_too_big,
                &[
                    ("size", &(bytes / 1000)),
                    ("max", &(IMPORT_MAX_BYTES / 1000)),
                ],
            ),
            ImportError::Empty => self.import_empty.to_owned(),
            ImportError::Record(RecordError::NotJson) => self.import_not_json.to_owned(),
            ImportError::Record(RecordError::WrongTool) => self.import_wrong_tool.to_owned(),
            ImportError::Record(RecordError::NewerVersion(version)) => fill(
                self.import_newer,
                &[("version", version), ("supported", &SCHEMA_VERSION)],
            ),
            ImportError::Record(RecordError::Invalid(why)) => {
                fill(self.import_damaged, &[("reason", why)])
            }
        }
    }
}
