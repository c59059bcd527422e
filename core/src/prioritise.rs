//! Workflow prioritisation: the priority score, the risk profile, the readiness gate, the
//! ranking and the one recommended first workflow.
//!
//! The rules, stated once:
//! - Priority is the sum of the five 1–5 ratings (common, measurable, safe to review,
//!   pain, fit), scaled to 0–100: all 1s score 0, all 5s score 100. Every criterion weighs
//!   the same. A workflow is ranked only once all five are rated.
//! - Value, for the chart, is how common and how painful the work is (0–100). Risk
//!   (0–100) comes from the workflow's attributes: the data it touches, who sees its
//!   output, whether a person reviews every output, and whether it feeds a high-stakes
//!   decision about a student.
//! - **The gate is the judgement's ladder** ([`super::judgement`]): a workflow whose risk
//!   tier is *not yet* is held back, and never recommended first. A workflow whose outputs
//!   are used without review is never recommended for a first pilot either. When nothing
//!   may be recommended, the best reviewed workflow of the lowest tier is named as the
//!   *first candidate, once the foundations are in place*.
//! - **Risk counts in the ranking**: workflows are ordered by priority minus half their
//!   risk ([`Ranked::standing`]); on a tie, lower risk, then name. The ranking says which
//!   workflows scored a higher priority than the recommendation but were placed below it
//!   because of their risk.

use super::judgement::{Judgement, Tier};
use super::record::WorkflowChoices;
use super::workflows::{Audience, Criterion, DataUse, Workflow, RATING_MAX};

/// Two priorities this close (or closer) are "close": the UI says what separated them.
pub const CLOSE_MARGIN: u32 = 10;

/// Whether a workflow is in the high-risk tier.
pub fn is_high_risk(w: &Workflow) -> bool {
    Tier::of(w) == Tier::High
}

/// Risk from a workflow's attributes, 0 (no data, internal, reviewed) to 100.
pub fn risk(w: &Workflow) -> u32 {
    let data = match w.data {
        DataUse::None => 0,
        DataUse::StaffOrPublic => 1,
        DataUse::AggregateStudent => 2,
        DataUse::StaffIdentifiable => 3,
        DataUse::IdentifiableStudent => 4,
    };
    let audience = match w.audience {
        Audience::Internal => 0,
        Audience::Families => 1,
        Audience::Students => 2,
    };
    let review = if w.human_review { 0 } else { 2 };
    let stakes = if w.high_stakes { 2 } else { 0 };
    (data + audience + review + stakes) * 10
}

/// Scales a sum of `count` ratings (each 1–5) to 0–100.
fn scale(sum: u32, count: u32) -> u32 {
    let max = u32::from(RATING_MAX);
    ((sum - count) * 100 + (max - 1) * count / 2) / ((max - 1) * count)
}

/// A rated workflow's place in the ranking.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked<'a> {
    /// The workflow.
    pub workflow: &'a Workflow,
    /// Its five ratings, in [`Criterion::ALL`] order.
    pub ratings: [u8; 5],
    /// Priority, 0–100.
    pub priority: u32,
    /// Value (common and pain), 0–100.
    pub value: u32,
    /// Risk from its attributes, 0–100.
    pub risk: u32,
    /// Its risk tier.
    pub tier: Tier,
    /// Whether the ladder holds its tier back.
    pub held_back: bool,
}

impl Ranked<'_> {
    /// What it is ranked by: priority minus half its risk.
    pub fn standing(&self) -> u32 {
        self.priority.saturating_sub(self.risk / 2)
    }

    /// Whether it may be recommended for a first pilot: its tier is allowed and a person
    /// reviews every output.
    pub fn may_start(&self) -> bool {
        !self.held_back && self.workflow.human_review
    }
}

/// How one criterion separated the recommendation from the runner-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Difference {
    /// The criterion.
    pub criterion: Criterion,
    /// The recommendation's rating.
    pub winner: u8,
    /// The runner-up's rating.
    pub runner_up: u8,
}

/// The outcome of prioritisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking<'a> {
    /// Fully rated workflows, best first.
    pub ranked: Vec<Ranked<'a>>,
    /// Considered workflows not fully rated yet.
    pub unrated: Vec<&'a Workflow>,
    /// Index in `ranked` of the recommended first workflow.
    pub recommended: Option<usize>,
    /// When none may be recommended: index in `ranked` of the best reviewed workflow of the
    /// lowest tier, the first candidate once the foundations are in place.
    pub first_candidate: Option<usize>,
    /// Indexes in `ranked` of workflows with a higher priority than the recommendation,
    /// placed below it because of their risk.
    pub passed_for_risk: Vec<usize>,
    /// Index in `ranked` of the best workflow after the recommendation that the gate
    /// does not hold back.
    pub runner_up: Option<usize>,
    /// When the two are within [`CLOSE_MARGIN`]: the criteria on which they differ.
    pub separated_by: Vec<Difference>,
}

/// Every workflow the user can consider: the catalogue's, then their own.
pub fn all_workflows<'a>(
    catalogue: &'a [Workflow],
    choices: &'a WorkflowChoices,
) -> impl Iterator<Item = &'a Workflow> {
    catalogue.iter().chain(choices.custom.iter())
}

/// Ranks the considered workflows and picks the first one to pilot.
pub fn rank<'a>(
    catalogue: &'a [Workflow],
    choices: &'a WorkflowChoices,
    judgement: &Judgement<'_>,
) -> Ranking<'a> {
    let mut ranked = Vec::new();
    let mut unrated = Vec::new();
    for id in &choices.considered {
        let Some(workflow) = all_workflows(catalogue, choices).find(|w| &w.id == id) else {
            continue;
        };
        match choices.ratings.get(id).and_then(|r| r.complete()) {
            Some(ratings) => {
                let sum = |cs: &[Criterion]| {
                    cs.iter()
                        .map(|c| u32::from(ratings[c.index()]))
                        .sum::<u32>()
                };
                ranked.push(Ranked {
                    workflow,
                    ratings,
                    priority: scale(sum(&Criterion::ALL), 5),
                    value: scale(sum(&[Criterion::Common, Criterion::Pain]), 2),
                    risk: risk(workflow),
                    tier: Tier::of(workflow),
                    held_back: !judgement.allows(Tier::of(workflow)),
                })
            }
            None => unrated.push(workflow),
        }
    }
    ranked.sort_by(|a, b| {
        b.standing()
            .cmp(&a.standing())
            .then(a.risk.cmp(&b.risk))
            .then_with(|| a.workflow.name.cmp(&b.workflow.name))
    });
    let mut open = ranked
        .iter()
        .enumerate()
        .filter(|(_, r)| r.may_start())
        .map(|(i, _)| i);
    let recommended = open.next();
    let runner_up = open.next();
    // Foundations first: the lowest tier's best reviewed workflow.
    let first_candidate = match recommended {
        Some(_) => None,
        None => (0..ranked.len())
            .filter(|&i| ranked[i].workflow.human_review)
            .min_by_key(|&i| (ranked[i].tier, i)),
    };
    let passed_for_risk = match recommended {
        Some(w) => (w + 1..ranked.len())
            .filter(|&i| ranked[i].priority > ranked[w].priority)
            .collect(),
        None => Vec::new(),
    };
    let separated_by = match (recommended, runner_up) {
        (Some(w), Some(r)) if ranked[w].priority.abs_diff(ranked[r].priority) <= CLOSE_MARGIN => {
            Criterion::ALL
                .iter()
                .filter(|c| ranked[w].ratings[c.index()] != ranked[r].ratings[c.index()])
                .map(|c| Difference {
                    criterion: *c,
                    winner: ranked[w].ratings[c.index()],
                    runner_up: ranked[r].ratings[c.index()],
                })
                .collect()
        }
        _ => Vec::new(),
    };
    Ranking {
        ranked,
        unrated,
        recommended,
        first_candidate,
        passed_for_risk,
        runner_up,
        separated_by,
    }
}

/// The workflow the plan is for: the user's deliberate choice if it is still ranked,
/// otherwise the recommendation, otherwise the first candidate.
pub fn first_workflow<'r, 'a>(
    ranking: &'r Ranking<'a>,
    chosen: Option<&str>,
) -> Option<&'r Ranked<'a>> {
    chosen
        .and_then(|id| ranking.ranked.iter().find(|r| r.workflow.id == id))
        .or_else(|| {
            ranking
                .recommended
                .or(ranking.first_candidate)
                .map(|i| &ranking.ranked[i])
        })
}
