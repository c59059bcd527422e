//! One item with the answer given to it, and the score of a level: what scoring and the
//! judgement both read answers through, below both.

use super::content::{Item, LEVEL_COUNT};
use super::record::Answer;

/// An item and the answer given to it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ItemAnswer<'a> {
    /// The item.
    pub item: &'a Item,
    /// Its answer.
    pub answer: Answer,
}

impl ItemAnswer<'_> {
    /// The answer in words: the level's description, or `not_sure` (the interface's
    /// "Not sure" label).
    pub fn words(&self, not_sure: &str) -> String {
        match self.answer {
            Answer::Level(l) => self
                .item
                .levels
                .get(usize::from(l))
                .map(ToString::to_string)
                .unwrap_or_default(),
            Answer::NotSure => not_sure.to_owned(),
        }
    }
}

/// The 0–100 score of one maturity level.
pub fn level_score(level: u8) -> f64 {
    f64::from(level) * 100.0 / (LEVEL_COUNT as f64 - 1.0)
}
