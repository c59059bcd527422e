//! The risk tiers a workflow falls in and the levels a must-have needs from a tier on: the
//! vocabulary the questionnaire's content and the judgement share. Which workflows fall in
//! which tier, and what each tier needs, is the judgement's rule (`crate::judgement`).

/// A workflow's risk tier, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// No student data or staff records, a person reviews every output, not
    /// student-facing, not high-stakes.
    Low,
    /// As low, but with student data in aggregate or records about identifiable staff.
    Aggregate,
    /// Identifiable student data, student-facing, high-stakes, or used without review.
    High,
}

impl Tier {
    /// Every tier, lowest first.
    pub const ALL: [Tier; 3] = [Tier::Low, Tier::Aggregate, Tier::High];

    /// Position 0–2, to look up words in the interface text.
    pub fn index(self) -> usize {
        self as usize
    }
}

serde_by_name!(Tier {
    Low = "low",
    Aggregate = "aggregate",
    High = "high",
});

/// A must-have's minimum levels from one tier on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
pub struct MustHave {
    /// The lowest tier it applies to (and every tier above, unless a later entry raises it).
    #[serde(rename = "from_tier")]
    pub from: Tier,
    /// The level needed for *with conditions*.
    pub conditions: u8,
    /// The level needed for *ready*.
    pub ready: u8,
}
