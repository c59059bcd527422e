//! The pilot plan: its sections and fields (from `content/en/plan.json`), the stored
//! answers, and the draft prefilled from the chosen workflow.
//!
//! Drafting only ever fills fields that are empty, so nothing a user typed is replaced.

use serde::Deserialize;
use std::collections::BTreeMap;

use super::content::{json_error_position, ContentError};
pub use super::record::{PilotPlan, PLAN_FIELD_MAX_CHARS};
use super::template::fill;
use super::workflows::Workflow;

const PLAN_EN: &str = include_str!("../../content/en/plan.json");

/// One field of the plan.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PlanField {
    /// Stable identifier, the key in [`PilotPlan::fields`].
    pub id: String,
    /// Its label.
    pub label: String,
    /// One sentence of help.
    pub help: String,
    /// The draft text, with `{workflow}`, `{department}`, `{outcome}`, `{review}`,
    /// `{review_use}`, `{data_allowed}` and `{data_prohibited}`.
    pub prefill: String,
    /// Whether a plan is complete without it: left empty, it is left out of the printed
    /// plan, where an empty field that is not optional reads "Not decided yet".
    #[serde(default)]
    pub optional: bool,
}

/// A titled group of fields.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PlanSection {
    /// Its heading.
    pub title: String,
    /// Its fields.
    pub fields: Vec<PlanField>,
}

/// The plan's layout and drafting phrases.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct PlanTemplate {
    /// Sections in order.
    pub sections: Vec<PlanSection>,
    /// What data may be used, by the workflow's data use (least sensitive first).
    pub data_allowed_by_use: [String; 5],
    /// What data may not be used, by the workflow's data use.
    pub data_prohibited_by_use: [String; 5],
    /// How review happens: without, then with a person reviewing every output.
    pub review_by_review: [String; 2],
    /// What the allowed uses say about review: without, then with a person reviewing
    /// every output (so a draft never claims a review the workflow does not have).
    pub review_use_by_review: [String; 2],
}

impl PlanTemplate {
    /// Parses a plan template from JSON text.
    pub fn from_json(text: &str) -> Result<Self, ContentError> {
        serde_json::from_str(text).map_err(|e| {
            ContentError(format!(
                "invalid plan template: {}",
                json_error_position(&e)
            ))
        })
    }

    /// The English template compiled into the app.
    pub fn english() -> Result<Self, ContentError> {
        Self::from_json(PLAN_EN)
    }

    /// Every field, in order.
    pub fn fields(&self) -> impl Iterator<Item = &PlanField> {
        self.sections.iter().flat_map(|s| s.fields.iter())
    }

    /// The draft text of every field for a workflow (empty where the template has none).
    pub fn draft(&self, workflow: &Workflow) -> BTreeMap<String, String> {
        let data = workflow.data.index();
        let review = usize::from(workflow.human_review);
        let values: [(&str, &dyn std::fmt::Display); 7] = [
            ("workflow", &workflow.name),
            ("department", &workflow.department),
            ("outcome", &workflow.outcome),
            ("review", &self.review_by_review[review]),
            ("review_use", &self.review_use_by_review[review]),
            ("data_allowed", &self.data_allowed_by_use[data]),
            ("data_prohibited", &self.data_prohibited_by_use[data]),
        ];
        self.fields()
            .map(|f| (f.id.clone(), fill(&f.prefill, &values)))
            .filter(|(_, v)| !v.trim().is_empty())
            .collect()
    }
}

impl PilotPlan {
    /// Drafts the plan for `workflow_id` from `draft`: every field that is empty, or
    /// still holds exactly what was drafted for the previous workflow (`previous`, that
    /// workflow's draft), takes the new draft. Text the user typed or edited is never
    /// changed.
    pub fn redraft(
        &mut self,
        workflow_id: &str,
        draft: BTreeMap<String, String>,
        previous: &BTreeMap<String, String>,
    ) {
        let untouched: Vec<String> = previous
            .iter()
            .filter(|(id, text)| self.fields.get(*id) == Some(text))
            .map(|(id, _)| id.clone())
            .collect();
        for id in untouched {
            self.fields.remove(&id);
        }
        for (id, text) in draft {
            self.fields.entry(id).or_insert(text);
        }
        self.drafted_for = Some(workflow_id.to_owned());
    }
}
