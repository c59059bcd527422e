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
//! - A workflow is *high-risk* when it touches identifiable student data, faces
//!   students, or feeds a high-stakes decision. **The gate**: while governance & policy or
//!   data & privacy score below [`GATE_THRESHOLD`] (or are unknown), no high-risk workflow
//!   is recommended first.
//! - Ranking: highest priority first; on a tie, lower risk, then name. The
//!   recommendation is the first workflow the gate does not hold back.

use super::content::QuestionBank;
use super::record::{Answer, WorkflowChoices};
use super::scoring::{is_weak, Assessment, ItemAnswer};
use super::workflows::{Audience, Criterion, DataUse, Workflow, RATING_MAX};

/// Governance & policy and data & privacy must reach this score before a high-risk
/// workflow can be recommended first.
pub const GATE_THRESHOLD: u32 = 60;

/// Two priorities this close (or closer) are "close": the UI says what separated them.
pub const CLOSE_MARGIN: u32 = 10;

/// Whether a workflow needs strong governance and data protection before a pilot.
pub fn is_high_risk(w: &Workflow) -> bool {
    w.data == DataUse::IdentifiableStudent || w.audience == Audience::Students || w.high_stakes
}

/// Risk from a workflow's attributes, 0 (no data, internal, reviewed) to 100.
pub fn risk(w: &Workflow) -> u32 {
    let data = match w.data {
        DataUse::None => 0,
        DataUse::StaffOrPublic => 1,
        DataUse::AggregateStudent => 2,
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
    /// Whether the readiness gate holds it back.
    pub held_back: bool,
}

/// A dimension that keeps the gate closed, with the answers behind its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Blocker<'a> {
    /// The dimension's index in the bank.
    pub dimension: usize,
    /// Its score, or `None` when unknown.
    pub score: Option<u32>,
    /// Its answers below the strength level, and its "Not sure" answers.
    pub weak_answers: Vec<ItemAnswer<'a>>,
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
    /// The dimensions keeping high-risk workflows back (empty when the gate is open).
    pub blockers: Vec<Blocker<'a>>,
    /// Index in `ranked` of the recommended first workflow.
    pub recommended: Option<usize>,
    /// Index in `ranked` of the best workflow after the recommendation that the gate
    /// does not hold back.
    pub runner_up: Option<usize>,
    /// When the two are within [`CLOSE_MARGIN`]: the criteria on which they differ.
    pub separated_by: Vec<Difference>,
}

/// The dimensions keeping the gate closed: governance & policy and data & privacy when
/// below [`GATE_THRESHOLD`] or unknown.
pub fn blockers<'a>(
    bank: &'a QuestionBank,
    assessment: &Assessment<'a>,
    answers: &std::collections::BTreeMap<String, Answer>,
) -> Vec<Blocker<'a>> {
    assessment
        .dimensions
        .iter()
        .filter(|s| bank.dimensions[s.dimension].gates_pilots())
        .filter(|s| s.score.is_none_or(|v| v < GATE_THRESHOLD))
        .map(|s| Blocker {
            dimension: s.dimension,
            score: s.score,
            weak_answers: bank.dimensions[s.dimension]
                .items
                .iter()
                .filter_map(|item| {
                    answers
                        .get(&*item.id)
                        .filter(|a| is_weak(**a))
                        .map(|a| ItemAnswer { item, answer: *a })
                })
                .collect(),
        })
        .collect()
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
    blockers: Vec<Blocker<'a>>,
) -> Ranking<'a> {
    let gate_closed = !blockers.is_empty();
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
                    held_back: gate_closed && is_high_risk(workflow),
                })
            }
            None => unrated.push(workflow),
        }
    }
    ranked.sort_by(|a, b| {
        b.priority
            .cmp(&a.priority)
            .then(a.risk.cmp(&b.risk))
            .then_with(|| a.workflow.name.cmp(&b.workflow.name))
    });
    let mut open = ranked
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.held_back)
        .map(|(i, _)| i);
    let recommended = open.next();
    let runner_up = open.next();
    let separated_by = match (recommended, runner_up) {
        (Some(w), Some(r)) if ranked[w].priority - ranked[r].priority <= CLOSE_MARGIN => {
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
        blockers,
        recommended,
        runner_up,
        separated_by,
    }
}

/// The workflow the plan is for: the user's deliberate choice if it is still ranked,
/// otherwise the recommendation.
pub fn first_workflow<'r, 'a>(
    ranking: &'r Ranking<'a>,
    chosen: Option<&str>,
) -> Option<&'r Ranked<'a>> {
    chosen
        .and_then(|id| ranking.ranked.iter().find(|r| r.workflow.id == id))
        .or_else(|| ranking.recommended.map(|i| &ranking.ranked[i]))
}
