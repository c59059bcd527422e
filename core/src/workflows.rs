//! The catalogue of candidate AI workflows and the rating criteria, loaded from
//! `content/en/workflows.json`, plus the workflows a user adds themselves.

use serde::{Deserialize, Serialize};
use std::collections::HashSet;

use super::content::{json_error_position, ContentError};
use super::grounding::{check_citations, Bibliography, Citation};

const WORKFLOWS_EN: &str = include_str!("../../content/en/workflows.json");

/// The longest workflow name, in characters.
pub const NAME_MAX_CHARS: usize = 120;
/// The longest description, department or outcome of a custom workflow, in characters.
pub const FIELD_MAX_CHARS: usize = 500;
/// Ratings go from 1 (worst for a first pilot) to this (best).
pub const RATING_MAX: u8 = 5;

/// The five things a first workflow is rated on. The first four come from the first
/// seed (common, measurable, safe to review, painful); fit to staff's day is the third
/// failure it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    /// How often the work comes up.
    Common,
    /// Whether the before and after can be counted.
    Measurable,
    /// Whether a person can check every output before harm is done.
    SafeToReview,
    /// How much staff time is lost now.
    Pain,
    /// Whether the new process fits how staff's day works.
    Fit,
}

impl Criterion {
    /// Every criterion, in the order they are shown.
    pub const ALL: [Criterion; 5] = [
        Self::Common,
        Self::Measurable,
        Self::SafeToReview,
        Self::Pain,
        Self::Fit,
    ];

    /// Position in [`Criterion::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// What data a workflow touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DataUse {
    /// No district data.
    None,
    /// Public information, or staff information about no one in particular.
    StaffOrPublic,
    /// Records about identifiable staff members: absences, evaluations, help requests.
    StaffIdentifiable,
    /// Student data in aggregate, no individual can be picked out.
    AggregateStudent,
    /// Data about individual, identifiable students.
    IdentifiableStudent,
}

serde_by_name!(DataUse {
    None = "none",
    StaffOrPublic = "staff_or_public",
    StaffIdentifiable = "staff_identifiable",
    AggregateStudent = "aggregate_student",
    IdentifiableStudent = "identifiable_student",
});

impl DataUse {
    /// Every value, in the order the form lists them (and the plan template words them).
    pub const ALL: [DataUse; 5] = [
        Self::None,
        Self::StaffOrPublic,
        Self::StaffIdentifiable,
        Self::AggregateStudent,
        Self::IdentifiableStudent,
    ];

    /// Position in [`DataUse::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Who sees the workflow's output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Audience {
    /// Staff only.
    Internal,
    /// Families.
    Families,
    /// Students.
    Students,
}

serde_by_name!(Audience {
    Internal = "internal",
    Families = "families",
    Students = "students",
});

impl Audience {
    /// Every value, narrowest first.
    pub const ALL: [Audience; 3] = [Self::Internal, Self::Families, Self::Students];

    /// Position in [`Audience::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One candidate workflow, from the catalogue or added by the user.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Workflow {
    /// Stable identifier; custom workflows start with `custom-`.
    pub id: String,
    /// Short name, at most [`NAME_MAX_CHARS`] characters.
    pub name: String,
    /// One sentence on what it does.
    #[serde(default)]
    pub description: String,
    /// Who would own it.
    #[serde(default)]
    pub department: String,
    /// The most sensitive data it touches.
    pub data: DataUse,
    /// Who sees its output.
    pub audience: Audience,
    /// Whether a person reviews every output before it is used.
    pub human_review: bool,
    /// Whether it feeds a high-stakes decision: about a student (placement, discipline,
    /// grading), a staff member, or how money, staff or services are allocated.
    pub high_stakes: bool,
    /// A typical measurable outcome, e.g. "minutes per reply to a family question".
    #[serde(default)]
    pub outcome: String,
    /// The catalogue's group it is listed under; none for a workflow of the user's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The sources it draws on; none for a workflow of the user's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Citation>,
}

/// A group of the catalogue, so the list is easy to scan on a phone.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct WorkflowGroup {
    /// Stable identifier, named by each workflow's `group`.
    pub id: String,
    /// Its heading.
    pub name: String,
}

/// How a rating criterion is asked, with words for each rating.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CriterionText {
    /// Which criterion.
    pub id: Criterion,
    /// Short label, e.g. "How common".
    pub label: String,
    /// The question shown above the rating.
    pub question: String,
    /// What ratings 1 to 5 mean, worst first.
    pub anchors: Vec<String>,
}

/// The shipped catalogue: criteria and candidate workflows.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Catalogue {
    /// The rating criteria, in [`Criterion::ALL`] order.
    pub criteria: Vec<CriterionText>,
    /// The groups the workflows are listed in, in order.
    pub groups: Vec<WorkflowGroup>,
    /// Candidate workflows.
    pub workflows: Vec<Workflow>,
}

impl Catalogue {
    /// Parses a catalogue from JSON text.
    pub fn from_json(text: &str) -> Result<Self, ContentError> {
        serde_json::from_str(text).map_err(|e| {
            ContentError(format!(
                "invalid workflow catalogue: {}",
                json_error_position(&e)
            ))
        })
    }

    /// The English catalogue compiled into the app.
    pub fn english() -> Result<Self, ContentError> {
        Self::from_json(WORKFLOWS_EN)
    }

    /// The words for a criterion.
    pub fn criterion(&self, c: Criterion) -> Option<&CriterionText> {
        self.criteria.iter().find(|t| t.id == c)
    }

    /// Checks the catalogue: every criterion once, in order, with five anchors; at least
    /// 22 workflows with unique ids and valid names, each in a group and citing sources of
    /// the bibliography; no empty group.
    pub fn validate(&self, sources: &Bibliography) -> Result<(), ContentError> {
        let ids: Vec<Criterion> = self.criteria.iter().map(|c| c.id).collect();
        if ids != Criterion::ALL {
            return Err(ContentError(format!(
                "criteria must be {:?} in that order, found {ids:?}",
                Criterion::ALL
            )));
        }
        for c in &self.criteria {
            let distinct: HashSet<&String> = c.anchors.iter().collect();
            if c.anchors.len() != usize::from(RATING_MAX) || distinct.len() != c.anchors.len() {
                return Err(ContentError(format!(
                    "criterion {:?} needs {RATING_MAX} distinct anchors",
                    c.id
                )));
            }
        }
        if self.workflows.len() < 22 {
            return Err(ContentError(format!(
                "expected at least 22 workflows, found {}",
                self.workflows.len()
            )));
        }
        let mut seen = HashSet::new();
        for w in &self.workflows {
            if !seen.insert(w.id.as_str()) {
                return Err(ContentError(format!("duplicate workflow id \"{}\"", w.id)));
            }
            if w.id.starts_with("custom-") {
                return Err(ContentError(format!(
                    "workflow id \"{}\" is reserved for custom workflows",
                    w.id
                )));
            }
            check_workflow(w).map_err(|problem| {
                ContentError(format!("workflow \"{}\" is not valid: {problem:?}", w.id))
            })?;
            if w.description.trim().is_empty()
                || w.department.trim().is_empty()
                || w.outcome.trim().is_empty()
            {
                return Err(ContentError(format!(
                    "workflow \"{}\" needs a description, department and outcome",
                    w.id
                )));
            }
            let grouped = w
                .group
                .as_ref()
                .is_some_and(|g| self.groups.iter().any(|known| &known.id == g));
            if !grouped {
                return Err(ContentError(format!(
                    "workflow \"{}\" needs a group of the catalogue",
                    w.id
                )));
            }
            check_citations(&format!("workflow \"{}\"", w.id), &w.sources, sources)?;
        }
        if let Some(empty) = self.groups.iter().find(|g| {
            !self
                .workflows
                .iter()
                .any(|w| w.group.as_ref() == Some(&g.id))
        }) {
            return Err(ContentError(format!(
                "group \"{}\" lists no workflow",
                empty.id
            )));
        }
        Ok(())
    }
}

/// What makes a workflow someone described not one this tool can keep; worded by
/// `PartText::workflow_problem` (the form) and `PartText::record_error` (stored data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkflowProblem {
    /// The name is empty or blank.
    NoName,
    /// The name is longer than [`NAME_MAX_CHARS`].
    NameTooLong,
    /// The description, department or outcome is longer than [`FIELD_MAX_CHARS`].
    DetailTooLong,
}

/// Checks what every workflow needs, custom or not.
pub fn check_workflow(w: &Workflow) -> Result<(), WorkflowProblem> {
    if w.name.trim().is_empty() {
        return Err(WorkflowProblem::NoName);
    }
    if w.name.chars().count() > NAME_MAX_CHARS {
        return Err(WorkflowProblem::NameTooLong);
    }
    let details = [&w.description, &w.department, &w.outcome];
    if details.iter().any(|d| d.chars().count() > FIELD_MAX_CHARS) {
        return Err(WorkflowProblem::DetailTooLong);
    }
    Ok(())
}

/// A user's 1–5 ratings of one workflow; `None` where not rated yet.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ratings {
    /// How common.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common: Option<u8>,
    /// How measurable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measurable: Option<u8>,
    /// How safe to review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_to_review: Option<u8>,
    /// How painful now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain: Option<u8>,
    /// How well it fits staff's day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fit: Option<u8>,
}

impl Ratings {
    /// The rating for one criterion.
    pub fn get(&self, c: Criterion) -> Option<u8> {
        match c {
            Criterion::Common => self.common,
            Criterion::Measurable => self.measurable,
            Criterion::SafeToReview => self.safe_to_review,
            Criterion::Pain => self.pain,
            Criterion::Fit => self.fit,
        }
    }

    /// Sets or clears the rating for one criterion.
    pub fn set(&mut self, c: Criterion, value: Option<u8>) {
        let slot = match c {
            Criterion::Common => &mut self.common,
            Criterion::Measurable => &mut self.measurable,
            Criterion::SafeToReview => &mut self.safe_to_review,
            Criterion::Pain => &mut self.pain,
            Criterion::Fit => &mut self.fit,
        };
        *slot = value;
    }

    /// All five ratings, when every criterion is rated.
    pub fn complete(&self) -> Option<[u8; 5]> {
        Some([
            self.common?,
            self.measurable?,
            self.safe_to_review?,
            self.pain?,
            self.fit?,
        ])
    }
}
