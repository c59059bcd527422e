//! The stored record: every answer, note and where the user left off.
//!
//! One JSON document under one `localStorage` key, with a `schema_version`. Decoding is
//! total: any input either yields a valid [`Record`] or a [`RecordError`] whose message a
//! district leader can read, and it never panics. Every value is checked (levels, ratings,
//! lengths); what is missing or `null` takes its default (see [`super::stored`]).
//!
//! The JSON is read and written by hand in [`super::stored`]. The serde derives here
//! define its layout: the app itself does not use them, and the tests check the two agree.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::content::{Item, QuestionBank, LEVEL_COUNT};
use super::workflows::{check_workflow, Ratings, Workflow, WorkflowProblem, RATING_MAX};

/// The version of the record layout this build writes. Every earlier version is read and
/// migrated: what it did not have yet (workflow choices in 1, the team in 2, the
/// estimate and guidance in 3, the vendor checklist in 4) is simply empty.
pub const SCHEMA_VERSION: u32 = 5;

/// Identifies records written by this tool, so a file from another tool is recognised.
pub const APP_ID: &str = "district-ai-readiness";

/// The longest note a user can type for one item, in characters. A note joined from two
/// tabs' texts may be longer (see [`joined_max`]).
pub const NOTE_MAX_CHARS: usize = 2000;

/// The version of the judgement's rules (`crate::judgement`), stored with records and printed on reports, so a result
/// can be traced to the rules that made it. Version 1 was the average-based verdict.
pub const RULES_VERSION: u32 = 2;

/// Room for the marker line between two joined texts, in characters.
const JOIN_ROOM: usize = 200;

/// The longest a stored text may grow when two tabs' texts are joined: both texts whole
/// plus the marker. A text box accepts `typed_max` characters typed; storage accepts this.
pub const fn joined_max(typed_max: usize) -> usize {
    2 * typed_max + JOIN_ROOM
}

/// The longest text a user can type in one plan field, in characters. A field joined from
/// two tabs' texts may be longer (see [`joined_max`]).
pub const PLAN_FIELD_MAX_CHARS: usize = 4000;

/// What the user wrote in the plan, by field id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PilotPlan {
    /// The workflow the draft was last filled in for.
    #[serde(default)]
    pub drafted_for: Option<String>,
    /// Field text by field id.
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
}

impl PilotPlan {
    /// A field's text, or `""`.
    pub fn field(&self, id: &str) -> &str {
        self.fields.get(id).map(String::as_str).unwrap_or("")
    }

    /// Sets a field; blank text removes it, text longer than storage accepts
    /// ([`joined_max`]`(`[`PLAN_FIELD_MAX_CHARS`]`)`) is cut.
    pub fn set_field(&mut self, id: &str, value: &str) {
        set_text(&mut self.fields, id, value, PLAN_FIELD_MAX_CHARS);
    }
}

/// The most snapshots kept; saving another drops the oldest.
pub const SNAPSHOT_LIMIT: usize = 24;

/// The answers as they were on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// When it was taken, `YYYY-MM-DD` as the user's browser saw it.
    pub taken: String,
    /// The answers then.
    pub answers: BTreeMap<String, Answer>,
    /// The rules version of the tool that took it; none for snapshots from before the
    /// rules were versioned (version 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_version: Option<u32>,
}

/// One answer to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// A maturity level, `0` (nothing in place) to `4` (leading practice).
    Level(u8),
    /// The person answering does not know. Counted as an unknown to resolve, never as zero.
    NotSure,
}

/// Which screen the user was on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// The welcome page.
    #[default]
    Welcome,
    /// The questionnaire, at [`Position::step`].
    Questions,
    /// The results page.
    Results,
    /// Choosing the first workflow.
    Workflows,
    /// The pilot plan.
    Plan,
    /// The leadership team's merged answers.
    Team,
    /// The interim AI guidance for staff, drafted from the answers.
    Guidance,
    /// The time-saved estimate for the first pilot.
    Estimate,
    /// The vendor data-agreement checklist, a list of AI tools.
    Vendors,
}

/// How much of the questionnaire the user is taking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Every item.
    #[default]
    Full,
    /// The short pulse: only the items marked `pulse` in the bank, for a rough result in
    /// about three minutes. Its answers carry over when the user continues to the full check.
    Pulse,
}

serde_by_name!(Screen {
    Welcome = "welcome",
    Questions = "questions",
    Results = "results",
    Workflows = "workflows",
    Plan = "plan",
    Team = "team",
    Guidance = "guidance",
    Estimate = "estimate",
    Vendors = "vendors",
});

serde_by_name!(Mode {
    Full = "full",
    Pulse = "pulse",
});

impl Mode {
    /// Whether this mode asks `item`.
    pub fn asks(self, item: &Item) -> bool {
        self == Mode::Full || item.pulse
    }

    /// The items this mode asks, in questionnaire order.
    pub fn items(self, bank: &QuestionBank) -> impl Iterator<Item = &Item> {
        bank.items().map(|(_, i)| i).filter(move |i| self.asks(i))
    }

    /// The words a person reads to answer every item this mode asks: each question, its
    /// levels and the `not_sure` choice.
    pub fn words_to_read(self, bank: &QuestionBank, not_sure: &str) -> usize {
        let words = |text: &str| text.split_ascii_whitespace().count();
        self.items(bank)
            .map(|i| {
                words(&i.question)
                    + i.levels.iter().map(|l| words(l)).sum::<usize>()
                    + words(not_sure)
            })
            .sum()
    }

    /// The minutes it takes to read them at [`SKIMMING_PACE`], rounded up: the time the
    /// welcome page promises for this mode.
    pub fn minutes_to_read(self, bank: &QuestionBank, not_sure: &str) -> usize {
        self.words_to_read(bank, not_sure).div_ceil(SKIMMING_PACE)
    }
}

/// Words a minute at which a person skims a question and its levels to pick one. Skimming
/// is usually quoted at 400 to 700 words a minute; this is slower, as each question ends in
/// a choice.
pub const SKIMMING_PACE: usize = 300;

/// Where the user left off, so a reload lands on the same place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Position {
    /// The screen shown.
    pub screen: Screen,
    /// The questionnaire step (dimension index), kept while on other screens.
    pub step: usize,
}

/// Everything the tool stores about one assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Always [`APP_ID`].
    pub app: String,
    /// The layout version; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Answers by item id.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Optional notes by item id.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    /// Where the user left off.
    #[serde(default)]
    pub position: Position,
    /// Whether the user is taking the pulse or the full check.
    #[serde(default)]
    pub mode: Mode,
    /// The workflows being considered, their ratings, and the one chosen.
    #[serde(default)]
    pub workflows: WorkflowChoices,
    /// The pilot plan.
    #[serde(default)]
    pub plan: PilotPlan,
    /// Dated snapshots of earlier answers, oldest first.
    #[serde(default)]
    pub snapshots: Vec<Snapshot>,
    /// Evidence named for must-have answers, by item id: which document shows it, and its
    /// date, as the user wrote it. A must-have without it is reported as self-reported.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<String, String>,
    /// Who the report is for and by whom, printed on it. Older records have none; older
    /// versions ignore it.
    #[serde(default, skip_serializing_if = "ReportDetails::is_empty")]
    pub report: ReportDetails,
    /// The rules version ([`super::judgement::RULES_VERSION`]) the results were last shown
    /// under. Records from before the rules were versioned have none: they were judged by
    /// version 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_version: Option<u32>,
    /// The edition of the questions the answers were given for
    /// ([`super::content::QuestionBank::edition`]); records from before editions were
    /// stored have none: edition 1. See [`super::editions`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<u32>,
    /// The edition up to which the user has dismissed the list of answers to questions no
    /// longer asked (see [`super::editions::earlier_answers`]); the answers stay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier_answers_dismissed: Option<u32>,
    /// The leadership team's members whose answers this facilitator merges (see
    /// [`super::team`]), in the order they were added. Added in layout version 3.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub team: Vec<Member>,
    /// The time-saved estimate's inputs as typed, by input id (see
    /// [`super::estimate::Input`]). Added in layout version 4.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub estimate: BTreeMap<String, String>,
    /// The interim guidance's sections the user has edited, by section id, as typed (see
    /// [`super::guidance`]); the others are drafted from the answers. Added in layout
    /// version 4.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub guidance: BTreeMap<String, String>,
    /// The AI tools whose data agreements are being checked, with each check's answer and
    /// note (see [`super::vendors`]). Added in layout version 5.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub vendors: Vec<VendorTool>,
    /// The day answering began on this device, in days since 1970-01-01 (UTC), for the
    /// reminder to keep a copy of answers given over more than one day (see
    /// [`Record::copy_reminder_due`]). Added in layout version 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answering_since: Option<u32>,
    /// The day the reminder to keep a copy was dealt with (a copy kept, or the reminder
    /// dismissed), in the same days: it is shown once. Added in layout version 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_reminded: Option<u32>,
}

/// One AI tool on the vendor checklist.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VendorTool {
    /// The tool's (or provider's) name, as the user wrote it.
    pub name: String,
    /// What was found for each check answered or noted, one entry per check id.
    #[serde(default)]
    pub checks: Vec<VendorCheck>,
}

/// What a district found for one check of one tool: its answer, if any, and its note.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VendorCheck {
    /// The check's id in the checklist.
    pub check: String,
    /// The answer, once given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<CheckAnswer>,
    /// Where the answer was found, or what is still to ask, as typed.
    #[serde(default)]
    pub note: String,
}

impl VendorTool {
    /// What was found for check `id`, if anything.
    pub fn check(&self, id: &str) -> Option<&VendorCheck> {
        self.checks.iter().find(|c| c.check == id)
    }

    /// The answer to check `id`, if given.
    pub fn answer(&self, id: &str) -> Option<CheckAnswer> {
        self.check(id).and_then(|c| c.answer)
    }

    /// What was found for check `id`, to change; an empty entry the first time.
    pub fn check_mut(&mut self, id: &str) -> &mut VendorCheck {
        let at = match self.checks.iter().position(|c| c.check == id) {
            Some(at) => at,
            None => {
                self.checks.push(VendorCheck {
                    check: id.to_owned(),
                    ..VendorCheck::default()
                });
                self.checks.len() - 1
            }
        };
        &mut self.checks[at]
    }
}

/// An answer to one check of the vendor checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckAnswer {
    /// The agreement does this.
    Yes,
    /// It does not.
    No,
    /// No one has found out yet.
    NotKnown,
}

serde_by_name!(CheckAnswer {
    Yes = "yes",
    No = "no",
    NotKnown = "not_known",
});

/// The most tools the vendor checklist holds.
pub const VENDORS_MAX: usize = 20;

/// The longest tool name kept, in characters.
pub const VENDOR_NAME_MAX_CHARS: usize = 100;

/// The longest note a user can type on one check, in characters. A note joined from two
/// tabs' texts may be longer (see [`joined_max`]).
pub const VENDOR_NOTE_MAX_CHARS: usize = 500;

/// The longest text a user can type in one section of the interim guidance, in
/// characters. A section joined from two tabs' texts may be longer (see [`joined_max`]).
pub const GUIDANCE_SECTION_MAX_CHARS: usize = 2000;

/// One member of a leadership team, as the facilitator received their answers (see
/// [`super::team`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    /// The facilitator's label for them ("Member 3" until edited; no names needed).
    pub label: String,
    /// Their answers, carried over to this edition of the questions.
    pub answers: BTreeMap<String, Answer>,
}

/// The most members a team holds.
pub const TEAM_MAX: usize = 40;

/// The longest label a member can be given, in characters.
pub const TEAM_LABEL_MAX_CHARS: usize = 60;

/// The longest evidence a user can type for one must-have, in characters.
pub const EVIDENCE_MAX_CHARS: usize = 300;

/// The longest district name or author kept, in characters.
pub const REPORT_FIELD_MAX_CHARS: usize = 200;

/// Who the report is for and who prepared it: both optional, kept on the device, printed
/// and exported with the results.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportDetails {
    /// The district's name.
    #[serde(default)]
    pub district: String,
    /// Who prepared the assessment (a name or a role).
    #[serde(default)]
    pub prepared_by: String,
}

impl ReportDetails {
    /// Whether neither is filled in.
    pub fn is_empty(&self) -> bool {
        self.district.is_empty() && self.prepared_by.is_empty()
    }

    /// Sets one of them, cut to [`REPORT_FIELD_MAX_CHARS`]; blank text clears it.
    pub fn set(field: &mut String, text: &str) {
        *field = if text.trim().is_empty() {
            String::new()
        } else {
            text.chars().take(REPORT_FIELD_MAX_CHARS).collect()
        };
    }
}

/// Sets the text stored under `id` in `texts`: blank text removes it, and text longer than
/// storage accepts for a box that takes `typed_max` characters ([`joined_max`]) is cut.
pub fn set_text(texts: &mut BTreeMap<String, String>, id: &str, text: &str, typed_max: usize) {
    if text.trim().is_empty() {
        texts.remove(id);
    } else {
        let kept = text.chars().take(joined_max(typed_max)).collect();
        texts.insert(id.to_owned(), kept);
    }
}

/// The id of a text in `texts` longer than storage accepts for a box that takes
/// `typed_max` characters.
pub(crate) fn too_long(texts: &BTreeMap<String, String>, typed_max: usize) -> Option<&String> {
    texts
        .iter()
        .find(|(_, t)| t.chars().count() > joined_max(typed_max))
        .map(|(id, _)| id)
}

/// Everything the user decided about candidate workflows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkflowChoices {
    /// Ids of the workflows being considered, in the order they were picked.
    #[serde(default)]
    pub considered: Vec<String>,
    /// Ratings by workflow id.
    #[serde(default)]
    pub ratings: BTreeMap<String, Ratings>,
    /// Workflows the user added.
    #[serde(default)]
    pub custom: Vec<Workflow>,
    /// The workflow the user chose to start with, if they chose one deliberately.
    #[serde(default)]
    pub chosen: Option<String>,
    /// What is typed in the "add a workflow" form and not yet added, kept so a reload
    /// loses none of it. Older records have none; older versions ignore it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<Workflow>,
}

impl Default for Record {
    fn default() -> Self {
        Self {
            app: APP_ID.to_owned(),
            schema_version: SCHEMA_VERSION,
            answers: BTreeMap::new(),
            notes: BTreeMap::new(),
            position: Position::default(),
            mode: Mode::Full,
            workflows: WorkflowChoices::default(),
            plan: PilotPlan::default(),
            snapshots: Vec::new(),
            evidence: BTreeMap::new(),
            report: ReportDetails::default(),
            rules_version: Some(RULES_VERSION),
            edition: Some(QuestionBank::english().edition),
            earlier_answers_dismissed: None,
            team: Vec::new(),
            estimate: BTreeMap::new(),
            guidance: BTreeMap::new(),
            vendors: Vec::new(),
            answering_since: None,
            copy_reminded: None,
        }
    }
}

/// Why a stored or imported record could not be read; its words are
/// `PartText::record_error`'s (`content/en/ui-parts.json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordError {
    /// The text is not JSON at all.
    NotJson,
    /// The JSON is not a record of this tool.
    WrongTool,
    /// The record was written by a newer version of the tool.
    NewerVersion(u32),
    /// The record has this tool's shape but a part of it is wrong.
    Invalid(Damage),
}

/// What is wrong in a record that has this tool's shape; worded, like [`RecordError`],
/// by `PartText::record_error`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// The format version is missing, 0, or not a whole number.
    Version,
    /// A section is there but cannot be read.
    Unreadable(Section),
    /// More snapshots than are kept (the count found).
    TooManySnapshots(usize),
    /// An answer, the record's or a snapshot's, on no level of the scale.
    Level {
        /// The question's id.
        item: String,
        /// The level found.
        level: u8,
    },
    /// A text longer than storage keeps.
    TooLong(LongText),
    /// A workflow's rating outside 1 to [`RATING_MAX`] (the workflow's id).
    Rating(String),
    /// A custom workflow that is not one.
    Workflow(WorkflowProblem),
}

/// A text of the record that can be too long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LongText {
    /// The note on this question.
    Note(String),
    /// The evidence named for this question.
    Evidence(String),
    /// The district name or the author of the report.
    Report,
    /// This field of the pilot plan.
    Plan(String),
}

/// A section of the stored record, as [`Damage::Unreadable`] names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The answers.
    Answers,
    /// The notes.
    Notes,
    /// The place in the check.
    Position,
    /// The kind of check.
    Mode,
    /// The workflow choices.
    Workflows,
    /// The pilot plan.
    Plan,
    /// The snapshots.
    Snapshots,
    /// The evidence named.
    Evidence,
    /// The district name and author.
    Report,
    /// The rules version.
    RulesVersion,
    /// The edition of the questions.
    Edition,
    /// Which answers from earlier editions were dismissed.
    EarlierAnswersDismissed,
    /// The leadership team's members.
    Team,
    /// The time-saved estimate's inputs.
    Estimate,
    /// The interim guidance's edited sections.
    Guidance,
    /// The vendor checklist.
    Vendors,
    /// The reminder to keep a copy.
    Reminder,
}

impl Record {
    /// Whether to remind the user, on `today` (days since 1970-01-01, UTC), to keep a copy
    /// of their answers: a browser may clear a site's storage (Safari after seven days of
    /// use without a visit), and a copy is the only way back. Due once answering began on
    /// an earlier day, until the reminder is dealt with.
    pub fn copy_reminder_due(&self, today: u32) -> bool {
        self.copy_reminded.is_none()
            && !self.answers.is_empty()
            && self.answering_since.is_some_and(|day| day < today)
    }

    /// How many of the questions the current mode asks are answered, and how many it asks.
    pub fn progress(&self, bank: &QuestionBank) -> (usize, usize) {
        self.mode
            .items(bank)
            .fold((0, 0), |(answered, asked), item| {
                let done = usize::from(self.answers.contains_key(&*item.id));
                (answered + done, asked + 1)
            })
    }

    /// The first question `mode` asks that has no answer yet, with its step (dimension
    /// index).
    pub fn first_unanswered<'b>(
        &self,
        bank: &'b QuestionBank,
        mode: Mode,
    ) -> Option<(usize, &'b Item)> {
        bank.dimensions.iter().enumerate().find_map(|(step, d)| {
            d.items
                .iter()
                .find(|i| mode.asks(i) && !self.answers.contains_key(&*i.id))
                .map(|item| (step, item))
        })
    }

    /// Switches to `mode` and opens the questionnaire at the step of its
    /// [first unanswered question](Self::first_unanswered) (the first step when all are
    /// done). Answers are kept whichever way the user switches.
    pub fn open_questions(&mut self, bank: &QuestionBank, mode: Mode) {
        self.mode = mode;
        let step = self
            .first_unanswered(bank, mode)
            .map_or(0, |(step, _)| step);
        self.position = Position {
            screen: Screen::Questions,
            step,
        };
    }

    /// Checks what a decoder read: limits, levels, ratings and custom workflows.
    pub(crate) fn check(&self) -> Result<(), RecordError> {
        if self.snapshots.len() > SNAPSHOT_LIMIT {
            return Err(RecordError::Invalid(Damage::TooManySnapshots(
                self.snapshots.len(),
            )));
        }
        let team_too_big = self.team.len() > TEAM_MAX
            || self
                .team
                .iter()
                .any(|m| m.label.chars().count() > TEAM_LABEL_MAX_CHARS);
        if team_too_big {
            return Err(RecordError::Invalid(Damage::Unreadable(Section::Team)));
        }
        // A figure under an id this version does not know is kept and not used.
        let estimate_too_long = self
            .estimate
            .values()
            .any(|text| text.chars().count() > super::estimate::INPUT_MAX_CHARS);
        if estimate_too_long {
            return Err(RecordError::Invalid(Damage::Unreadable(Section::Estimate)));
        }
        if too_long(&self.guidance, GUIDANCE_SECTION_MAX_CHARS).is_some() {
            return Err(RecordError::Invalid(Damage::Unreadable(Section::Guidance)));
        }
        let vendors_too_big = self.vendors.len() > VENDORS_MAX
            || self.vendors.iter().any(|t| {
                t.name.chars().count() > VENDOR_NAME_MAX_CHARS
                    || t.checks
                        .iter()
                        .any(|c| c.note.chars().count() > joined_max(VENDOR_NOTE_MAX_CHARS))
            });
        if vendors_too_big {
            return Err(RecordError::Invalid(Damage::Unreadable(Section::Vendors)));
        }
        let snapshot_answers = self.snapshots.iter().flat_map(|s| s.answers.iter());
        let team_answers = self.team.iter().flat_map(|m| m.answers.iter());
        for (id, answer) in self
            .answers
            .iter()
            .chain(snapshot_answers)
            .chain(team_answers)
        {
            if let Answer::Level(level) = answer {
                if usize::from(*level) >= LEVEL_COUNT {
                    return Err(RecordError::Invalid(Damage::Level {
                        item: id.clone(),
                        level: *level,
                    }));
                }
            }
        }
        if let Some(id) = too_long(&self.notes, NOTE_MAX_CHARS) {
            return Err(RecordError::Invalid(Damage::TooLong(LongText::Note(
                id.clone(),
            ))));
        }
        for (id, ratings) in &self.workflows.ratings {
            let out_of_range = super::workflows::Criterion::ALL
                .iter()
                .filter_map(|c| ratings.get(*c))
                .any(|r| r == 0 || r > RATING_MAX);
            if out_of_range {
                return Err(RecordError::Invalid(Damage::Rating(id.clone())));
            }
        }
        for w in &self.workflows.custom {
            check_workflow(w).map_err(|p| RecordError::Invalid(Damage::Workflow(p)))?;
        }
        if let Some(id) = too_long(&self.evidence, EVIDENCE_MAX_CHARS) {
            return Err(RecordError::Invalid(Damage::TooLong(LongText::Evidence(
                id.clone(),
            ))));
        }
        let report = [&self.report.district, &self.report.prepared_by];
        if report
            .iter()
            .any(|t| t.chars().count() > REPORT_FIELD_MAX_CHARS)
        {
            return Err(RecordError::Invalid(Damage::TooLong(LongText::Report)));
        }
        if let Some(id) = too_long(&self.plan.fields, PLAN_FIELD_MAX_CHARS) {
            return Err(RecordError::Invalid(Damage::TooLong(LongText::Plan(
                id.clone(),
            ))));
        }
        Ok(())
    }

    /// Sets or clears the answer to an item.
    pub fn set_answer(&mut self, item_id: &str, answer: Option<Answer>) {
        match answer {
            Some(a) => {
                self.answers.insert(item_id.to_owned(), a);
            }
            None => {
                self.answers.remove(item_id);
            }
        }
    }

    /// Sets an item's note; an empty or blank note is removed. Longer notes are cut to
    /// what storage accepts, [`joined_max`]`(`[`NOTE_MAX_CHARS`]`)` characters (the text
    /// box itself takes [`NOTE_MAX_CHARS`] typed).
    pub fn set_note(&mut self, item_id: &str, note: &str) {
        set_text(&mut self.notes, item_id, note, NOTE_MAX_CHARS);
    }

    /// Names the evidence for a must-have answer; blank text removes it.
    pub fn set_evidence(&mut self, item_id: &str, text: &str) {
        set_text(&mut self.evidence, item_id, text, EVIDENCE_MAX_CHARS);
    }

    /// The note on an item, or `""`.
    pub fn note(&self, item_id: &str) -> &str {
        self.notes.get(item_id).map(String::as_str).unwrap_or("")
    }

    /// Whether the user has not answered or noted anything yet.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.notes.is_empty()
    }
}
