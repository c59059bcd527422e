//! Scoring: per-dimension and overall scores, maturity levels, the verdict and the next
//! steps, all computed from a [`Record`], the [`QuestionBank`] and its [`Advice`].
//!
//! The rules, stated once:
//! - An item answered at level `l` scores `l / 4 × 100`. "Not sure" and unanswered items
//!   are left out of every average; "Not sure" answers are counted as unknowns to resolve.
//! - A dimension's score is the mean of its answered items; it is unknown when none is
//!   answered. The overall score is the mean of known dimension scores weighted by each
//!   dimension's `weight` (governance and data & privacy weigh double).
//! - The verdict: *build foundations first* when governance or data & privacy is unknown
//!   or below [`FOUNDATION_THRESHOLD`], or the overall score is below it; *ready to pilot
//!   one workflow* when both of those dimensions and the overall score reach
//!   [`READY_THRESHOLD`]; otherwise *pilot one low-risk workflow with conditions*.
//! - Next steps come from the three weakest dimensions (unknown ones first among equals),
//!   one recommendation each, chosen for the band the dimension's score falls in.

use super::content::{
    Advice, Dimension, Item, QuestionBank, Recommendation, Recommendations, LEVEL_COUNT,
};
use super::record::{Answer, Record};

/// Below this score, governance, data & privacy or the overall score call for
/// foundations first.
pub const FOUNDATION_THRESHOLD: u32 = 40;
/// From this score on, governance, data & privacy and the overall score allow a pilot
/// without extra conditions.
pub const READY_THRESHOLD: u32 = 60;
/// Below this score a dimension gets its "low" recommendations; from here to
/// [`HIGH_BAND_FROM`] its "middle" ones.
pub const MIDDLE_BAND_FROM: u32 = 40;
/// From this score on a dimension gets its "high" recommendations.
pub const HIGH_BAND_FROM: u32 = 70;
/// How many next steps the results show.
pub const NEXT_STEP_COUNT: usize = 3;
/// An answered level at or below this one counts as a gap.
pub const GAP_LEVEL: u8 = 1;
/// An answered level at or above this one counts as a strength.
pub const STRENGTH_LEVEL: u8 = 3;

/// Maturity in words, by score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Maturity {
    /// Below 20.
    NotStarted,
    /// 20 to 39.
    Emerging,
    /// 40 to 59.
    Developing,
    /// 60 to 79.
    Established,
    /// 80 and above.
    Leading,
}

impl Maturity {
    /// The maturity level of a 0–100 score.
    pub fn of(score: u32) -> Self {
        match score {
            0..=19 => Self::NotStarted,
            20..=39 => Self::Emerging,
            40..=59 => Self::Developing,
            60..=79 => Self::Established,
            _ => Self::Leading,
        }
    }

    /// Position 0–4, used to look up words in the interface text.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// What the district should do next, overall.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Governance, data & privacy or overall readiness are too weak or unknown to pilot.
    BuildFoundations,
    /// A pilot of one low-risk workflow is reasonable if named gaps are closed alongside.
    PilotWithConditions,
    /// The foundations are in place to pilot one workflow.
    ReadyToPilot,
}

/// One reason the verdict is what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerdictReason {
    /// A gating dimension has no answered item.
    Unknown {
        /// The dimension's index in the bank.
        dimension: usize,
    },
    /// A gating dimension scores below a threshold.
    DimensionBelow {
        /// The dimension's index in the bank.
        dimension: usize,
        /// Its score.
        score: u32,
        /// The threshold it missed.
        threshold: u32,
    },
    /// The overall score is below a threshold (or unknown, as 0).
    OverallBelow {
        /// The overall score.
        score: u32,
        /// The threshold it missed.
        threshold: u32,
    },
}

/// The score of one dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionScore {
    /// The dimension's index in the bank.
    pub dimension: usize,
    /// 0–100, or `None` when no item is answered with a level.
    pub score: Option<u32>,
    /// Items answered with a level.
    pub answered: usize,
    /// Items answered "Not sure".
    pub not_sure: usize,
    /// Items in the dimension.
    pub total: usize,
}

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

/// A recommended action and the answers that triggered it.
#[derive(Debug, Clone, PartialEq)]
pub struct NextStep<'a> {
    /// The dimension it improves.
    pub dimension: &'a Dimension,
    /// That dimension's score, if known.
    pub score: Option<u32>,
    /// The action.
    pub recommendation: &'a Recommendation,
    /// The answers behind it: weak or unknown answers to its trigger items, or, when
    /// none is weak, whatever was answered to them.
    pub because: Vec<ItemAnswer<'a>>,
}

/// The whole result of an assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment<'a> {
    /// One score per dimension, in bank order.
    pub dimensions: Vec<DimensionScore>,
    /// Weighted overall score, or `None` when nothing is answered with a level.
    pub overall: Option<u32>,
    /// Items answered with a level.
    pub answered: usize,
    /// Items answered "Not sure".
    pub not_sure: usize,
    /// Items in the bank.
    pub total: usize,
    /// The verdict.
    pub verdict: Verdict,
    /// Why: every gate that was missed (empty for [`Verdict::ReadyToPilot`]).
    pub reasons: Vec<VerdictReason>,
    /// Up to [`NEXT_STEP_COUNT`] recommended actions, most useful first.
    pub next_steps: Vec<NextStep<'a>>,
    /// Items answered "Not sure", in bank order: unknowns to resolve.
    pub unknowns: Vec<&'a Item>,
    /// Items answered at [`STRENGTH_LEVEL`] or above.
    pub strengths: Vec<ItemAnswer<'a>>,
    /// Items answered at [`GAP_LEVEL`] or below.
    pub gaps: Vec<ItemAnswer<'a>>,
}

/// The 0–100 score of one maturity level.
pub fn level_score(level: u8) -> f64 {
    f64::from(level) * 100.0 / (LEVEL_COUNT as f64 - 1.0)
}

/// Whether an answer is below [`STRENGTH_LEVEL`] or "Not sure": the answers cited as
/// the reason for a recommendation or a gate.
pub fn is_weak(answer: Answer) -> bool {
    match answer {
        Answer::NotSure => true,
        Answer::Level(l) => l < STRENGTH_LEVEL,
    }
}

/// Scores one dimension.
pub fn score_dimension(index: usize, dimension: &Dimension, record: &Record) -> DimensionScore {
    let mut sum = 0.0;
    let mut answered = 0;
    let mut not_sure = 0;
    for item in dimension.items.iter() {
        match record.answers.get(&*item.id) {
            Some(Answer::Level(l)) => {
                sum += level_score(*l);
                answered += 1;
            }
            Some(Answer::NotSure) => not_sure += 1,
            None => {}
        }
    }
    let score = (answered > 0).then(|| (sum / answered as f64).round() as u32);
    DimensionScore {
        dimension: index,
        score,
        answered,
        not_sure,
        total: dimension.items.len(),
    }
}

/// Scores a whole record against a bank, with next steps from the bank's advice.
pub fn assess<'a>(bank: &'a QuestionBank, advice: &'a Advice, record: &Record) -> Assessment<'a> {
    let dimensions: Vec<DimensionScore> = bank
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| score_dimension(i, d, record))
        .collect();

    let (weighted, weights) = dimensions
        .iter()
        .filter_map(|s| s.score.map(|v| (v, bank.dimensions[s.dimension].weight)))
        .fold((0.0, 0.0), |(sum, w), (v, weight)| {
            (
                sum + f64::from(v) * f64::from(weight),
                w + f64::from(weight),
            )
        });
    let overall = (weights > 0.0).then(|| (weighted / weights).round() as u32);

    let (verdict, reasons) = verdict(bank, &dimensions, overall);

    let answered = dimensions.iter().map(|d| d.answered).sum();
    let not_sure = dimensions.iter().map(|d| d.not_sure).sum();
    let answers_of = |pred: &dyn Fn(Answer) -> bool| -> Vec<ItemAnswer<'a>> {
        bank.items()
            .filter_map(|(_, item)| {
                record
                    .answers
                    .get(&*item.id)
                    .filter(|a| pred(**a))
                    .map(|a| ItemAnswer { item, answer: *a })
            })
            .collect()
    };
    let unknowns = answers_of(&|a| a == Answer::NotSure)
        .into_iter()
        .map(|ia| ia.item)
        .collect();
    let strengths = answers_of(&|a| matches!(a, Answer::Level(l) if l >= STRENGTH_LEVEL));
    let gaps = answers_of(&|a| matches!(a, Answer::Level(l) if l <= GAP_LEVEL));

    Assessment {
        next_steps: next_steps(bank, advice, record, &dimensions),
        dimensions,
        overall,
        answered,
        not_sure,
        total: bank.item_count(),
        verdict,
        reasons,
        unknowns,
        strengths,
        gaps,
    }
}

fn verdict(
    bank: &QuestionBank,
    dimensions: &[DimensionScore],
    overall: Option<u32>,
) -> (Verdict, Vec<VerdictReason>) {
    let gating: Vec<&DimensionScore> = dimensions
        .iter()
        .filter(|s| bank.dimensions[s.dimension].gates_pilots())
        .collect();
    let overall_score = overall.unwrap_or(0);

    let missed = |threshold: u32| -> Vec<VerdictReason> {
        let mut reasons: Vec<VerdictReason> = gating
            .iter()
            .filter_map(|s| match s.score {
                None => Some(VerdictReason::Unknown {
                    dimension: s.dimension,
                }),
                Some(score) if score < threshold => Some(VerdictReason::DimensionBelow {
                    dimension: s.dimension,
                    score,
                    threshold,
                }),
                Some(_) => None,
            })
            .collect();
        if overall_score < threshold {
            reasons.push(VerdictReason::OverallBelow {
                score: overall_score,
                threshold,
            });
        }
        reasons
    };

    let foundation_gaps = missed(FOUNDATION_THRESHOLD);
    if !foundation_gaps.is_empty() {
        return (Verdict::BuildFoundations, foundation_gaps);
    }
    let conditions = missed(READY_THRESHOLD);
    if !conditions.is_empty() {
        return (Verdict::PilotWithConditions, conditions);
    }
    (Verdict::ReadyToPilot, Vec::new())
}

/// The recommendations of the band a score falls in.
pub fn band(recommendations: &Recommendations, score: Option<u32>) -> &[Recommendation] {
    match score {
        None => &recommendations.low,
        Some(s) if s < MIDDLE_BAND_FROM => &recommendations.low,
        Some(s) if s < HIGH_BAND_FROM => &recommendations.middle,
        Some(_) => &recommendations.high,
    }
}

fn next_steps<'a>(
    bank: &'a QuestionBank,
    advice: &'a Advice,
    record: &Record,
    dimensions: &[DimensionScore],
) -> Vec<NextStep<'a>> {
    // Only dimensions the user has said something about: an answered level or "Not sure".
    let mut candidates: Vec<&DimensionScore> = dimensions
        .iter()
        .filter(|s| s.answered + s.not_sure > 0)
        .collect();
    // Weakest first; an unknown dimension ranks as 0; heavier weight, then bank order, breaks ties.
    candidates.sort_by_key(|s| {
        (
            s.score.unwrap_or(0),
            std::cmp::Reverse(bank.dimensions[s.dimension].weight),
            s.dimension,
        )
    });
    candidates
        .into_iter()
        .take(NEXT_STEP_COUNT)
        .filter_map(|s| {
            let dimension = &bank.dimensions[s.dimension];
            let answers_to = |r: &'a Recommendation, weak_only: bool| -> Vec<ItemAnswer<'a>> {
                r.triggers
                    .iter()
                    .filter_map(|id| dimension.items.iter().find(|i| &i.id == id))
                    .filter_map(|item| {
                        record
                            .answers
                            .get(&*item.id)
                            .filter(|a| !weak_only || is_weak(**a))
                            .map(|a| ItemAnswer { item, answer: *a })
                    })
                    .collect()
            };
            let recs = band(
                &advice.dimensions.get(s.dimension)?.recommendations,
                s.score,
            );
            // The recommendation with the most weak trigger answers; the first on a tie.
            let recommendation = recs
                .iter()
                .rev()
                .max_by_key(|r| answers_to(r, true).len())?;
            let weak = answers_to(recommendation, true);
            let because = if weak.is_empty() {
                answers_to(recommendation, false)
            } else {
                weak
            };
            Some(NextStep {
                dimension,
                score: s.score,
                recommendation,
                because,
            })
        })
        .collect()
}
