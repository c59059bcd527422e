//! Dated snapshots of the answers, so a district can re-assess later and see the change
//! in each area.

use super::content::QuestionBank;
use super::record::{Record, RULES_VERSION};
pub use super::record::{Snapshot, SNAPSHOT_LIMIT};
use super::scoring::score_dimension;

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
        rules_version: Some(RULES_VERSION),
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
