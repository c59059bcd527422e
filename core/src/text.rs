//! The words of the interface, from `content/<language>/ui.json` and `ui-parts.json`.
//!
//! Components never hold user-facing sentences; they read them from [`UiText`] or
//! [`PartText`]. Which file a sentence is in is the one declaration of where it ships:
//! - `ui.json`, [`UiText`]: the first download (the welcome page, the questionnaire,
//!   notices), read through `ui::state::Content`;
//! - `ui-parts.json`, [`PartText`]: the screens whose code is fetched when first shown
//!   (results, workflows, the plan, sharing, the presenter page, see `ui::lazy`), read
//!   through `ui::state::PartContent`, which only a split point provides, so the words
//!   travel with the parts' code. The release build fails if any of them is found in the
//!   first download.
//!
//! `build.rs` writes both structs from the files, one field per entry, and their English
//! values as constants: a sentence added to a file is a field, with nothing to declare in
//! Rust, and the app carries no code to read JSON. Templates use `{name}` placeholders,
//! filled by [`fill`]; the content tests hold every template to the placeholders its code
//! fills. Errors are worded here too: [`PartText::record_error`] (with
//! [`PartText::damage`]), [`PartText::import_error`] and [`PartText::workflow_problem`]
//! (the app's storage errors: `StorageError::words`).

use super::content::LEVEL_COUNT;
use super::import::{ImportError, IMPORT_MAX_BYTES};
use super::judgement::Verdict;
use super::record::{
    joined_max, Damage, LongText, RecordError, Section, EVIDENCE_MAX_CHARS, NOTE_MAX_CHARS,
    PLAN_FIELD_MAX_CHARS, REPORT_FIELD_MAX_CHARS, SCHEMA_VERSION, SNAPSHOT_LIMIT,
};
pub use super::template::fill;
use super::workflows::{WorkflowProblem, FIELD_MAX_CHARS, NAME_MAX_CHARS, RATING_MAX};

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

// `UiText`, `PartText` and the structs of their objects (`SectionNames`), one field per
// entry of their files, written by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/ui_types.rs"));

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
            RecordError::Invalid(damage) => {
                fill(self.record_damaged, &[("reason", &self.damage(damage))])
            }
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
            ImportError::Record(RecordError::Invalid(damage)) => {
                fill(self.import_damaged, &[("reason", &self.damage(damage))])
            }
        }
    }

    /// What is wrong in a record, as a clause for `record_damaged` or `import_damaged`.
    pub fn damage(&self, damage: &Damage) -> String {
        match damage {
            Damage::Version => self.damage_version.to_owned(),
            Damage::Unreadable(section) => fill(
                self.damage_unreadable,
                &[("section", &self.section_name(*section))],
            ),
            Damage::TooManySnapshots(count) => fill(
                self.damage_snapshots,
                &[("count", count), ("max", &SNAPSHOT_LIMIT)],
            ),
            Damage::Level { item, level } => fill(
                self.damage_level,
                &[
                    ("item", item),
                    ("level", level),
                    ("max", &(LEVEL_COUNT - 1)),
                ],
            ),
            Damage::TooLong(LongText::Note(item)) => fill(
                self.damage_note_too_long,
                &[("item", item), ("max", &joined_max(NOTE_MAX_CHARS))],
            ),
            Damage::TooLong(LongText::Evidence(item)) => fill(
                self.damage_evidence_too_long,
                &[("item", item), ("max", &joined_max(EVIDENCE_MAX_CHARS))],
            ),
            Damage::TooLong(LongText::Report) => fill(
                self.damage_report_too_long,
                &[("max", &REPORT_FIELD_MAX_CHARS)],
            ),
            Damage::TooLong(LongText::Plan(field)) => fill(
                self.damage_plan_too_long,
                &[("field", field), ("max", &joined_max(PLAN_FIELD_MAX_CHARS))],
            ),
            Damage::Rating(workflow) => fill(
                self.damage_rating,
                &[("workflow", workflow), ("max", &RATING_MAX)],
            ),
            Damage::Workflow(problem) => fill(
                self.damage_workflow,
                &[("problem", &self.workflow_problem(*problem))],
            ),
        }
    }

    /// "Source:" or "Sources:", for a line citing `count` sources.
    pub fn source_label_for(&self, count: usize) -> &'static str {
        if count == 1 {
            self.source_label
        } else {
            self.sources_label
        }
    }

    /// What is wrong with a workflow someone described, as a sentence.
    pub fn workflow_problem(&self, problem: WorkflowProblem) -> String {
        match problem {
            WorkflowProblem::NoName => self.name_required.to_owned(),
            WorkflowProblem::NameTooLong => fill(self.name_too_long, &[("max", &NAME_MAX_CHARS)]),
            WorkflowProblem::DetailTooLong => {
                fill(self.detail_too_long, &[("max", &FIELD_MAX_CHARS)])
            }
        }
    }

    /// A section of the stored record, in words.
    pub fn section_name(&self, section: Section) -> &'static str {
        let names = &self.section_names;
        match section {
            Section::Answers => names.answers,
            Section::Notes => names.notes,
            Section::Position => names.position,
            Section::Mode => names.mode,
            Section::Workflows => names.workflows,
            Section::Plan => names.plan,
            Section::Snapshots => names.snapshots,
            Section::Evidence => names.evidence,
            Section::Report => names.report,
            Section::RulesVersion => names.rules_version,
            Section::Edition => names.edition,
            Section::EarlierAnswersDismissed => names.earlier_answers_dismissed,
            Section::Team => names.team,
            Section::Estimate => names.estimate,
            Section::Guidance => names.guidance,
            Section::Vendors => names.vendors,
            Section::Reminder => names.reminder,
        }
    }
}
