//! The vendor data-agreement checklist (`content/en/vendors.json`): checks a district reads
//! an AI tool's contract against, built on the Student Data Privacy Consortium's National
//! Data Privacy Agreement, FERPA, COPPA and state student-privacy law, each citing the
//! bibliography. Legal references are as of the content's `as_of` month.
//!
//! For each tool every check is answered "yes", "no" or "not known", with a note. A
//! critical check answered "no" or "not known", or not answered yet, is an **open risk**:
//! the tool should not be piloted until it is closed.

use serde::Deserialize;

use super::content::{json_error_position, ContentError};
use super::grounding::Citation;
pub use super::record::{CheckAnswer, VendorCheck, VendorTool};

const VENDORS_EN: &str = include_str!("../../content/en/vendors.json");

/// The checklist.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    /// The month the legal references were checked, `YYYY-MM`.
    pub as_of: String,
    /// The checks, in the order they are asked.
    pub checks: Vec<Check>,
}

/// One check of a tool's agreement.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Check {
    /// Stable identifier.
    pub id: String,
    /// The question, answerable from the contract: yes, no or not known.
    pub question: String,
    /// The failure it prevents, in one sentence.
    pub why: String,
    /// Whether a tool should not be piloted while this is "no" or "not known".
    pub critical: bool,
    /// Where the check comes from.
    pub sources: Vec<Citation>,
}

impl Checklist {
    /// Parses the checklist from JSON text.
    pub fn from_json(text: &str) -> Result<Self, ContentError> {
        serde_json::from_str(text).map_err(|e| {
            ContentError(format!(
                "invalid vendor checklist: {}",
                json_error_position(&e)
            ))
        })
    }

    /// The English checklist compiled into the app.
    pub fn english() -> Result<Self, ContentError> {
        Self::from_json(VENDORS_EN)
    }

    /// The critical checks `tool` has not passed: answered
    /// "no" or "not known", or not answered yet. In checklist order.
    pub fn open_risks<'c>(&'c self, tool: &VendorTool) -> Vec<&'c Check> {
        self.checks
            .iter()
            .filter(|c| c.critical && tool.answer(&c.id) != Some(CheckAnswer::Yes))
            .collect()
    }
}
