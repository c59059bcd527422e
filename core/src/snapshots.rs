//! Dated snapshots of the answers, so a district can re-assess later and see the change
//! in each area.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::content::QuestionBank;
use super::record::{Answer, Record};
use super::scoring::score_dimension;

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

/// One area's score then and now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// The dimension's index in the bank.
    pub dimension: usize,
    /// The score in the snapshot, if known then.
    pub then: Option<u32>,
    /// The score now, if known.
    pub now: Option<u32>,
}

impl Change {
    /// Points gained (positive) or lost, when both scores are known.
    pub fn delta(&self) -> Option<i64> {
        Some(i64::from(self.now?) - i64::from(self.then?))
    }
}

/// Adds a snapshot of the record's answers taken on `date`, keeping at most
/// [`SNAPSHOT_LIMIT`].
pub fn take(record: &mut Record, date: &str) {
    record.snapshots.push(Snapshot {
        taken: date.to_owned(),
        answers: record.answers.clone(),
        rules_version: Some(super::judgement::RULES_VERSION),
    });
    let excess = record.snapshots.len().saturating_sub(SNAPSHOT_LIMIT);
    record.snapshots.drain(..excess);
}

/// Each area's score in a snapshot and now.
pub fn compare(bank: &QuestionBank, then: &Snapshot, now: &Record) -> Vec<Change> {
    let past = Record {
        answers: then.answers.clone(),
        ..Record::default()
    };
    bank.dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| Change {
            dimension: i,
            then: score_dimension(i, d, &past).score,
            now: score_dimension(i, d, now).score,
        })
        .collect()
}
