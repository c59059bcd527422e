//! Scoring: per-dimension and overall scores, maturity levels, the verdict and the next
//! steps, all computed from a [`Record`], the [`QuestionBank`] and its [`Advice`].
//!
//! The rules, stated once:
//! - An item answered at level `l` scores `l / 4 × 100`. "Not sure" and unanswered items
//!   are left out of every average; "Not sure" answers are counted as unknowns to resolve.
//! - A dimension's score is the mean of its answered items; it is unknown when none is
//!   answered. The overall score is the mean of known dimension scores weighted by each
//!   dimension's `weight` (governance and data & privacy weigh double).
//! - These scores describe what was answered. The verdict and the ladder of what may be
//!   piloted are judged more strictly, counting unknowns as nothing in place, with enough
//!   evidence and must-haves first: see [`super::judgement`].
//! - Next steps: first one for each must-have and area that holds the next rung of the
//!   ladder back (a must-have gets a recommendation that names it), then the weakest
//!   dimensions (unknown ones first among equals), one recommendation each, chosen for the
//!   band the dimension's score falls in. A recommendation whose trigger items are all
//!   answered as in place (at [`STRENGTH_LEVEL`], or the top level for the high band's) is
//!   never given.

use super::content::{Advice, Dimension, Item, QuestionBank, Recommendation, LEVEL_COUNT};
pub use super::item_answer::{level_score, ItemAnswer};
use super::judgement::{judge, Judgement, Reason};
use super::record::{Answer, Record};

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
    /// The verdict and the ladder of what may be piloted, with the reasons.
    pub judgement: Judgement<'a>,
    /// Up to [`NEXT_STEP_COUNT`] recommended actions, most useful first.
    pub next_steps: Vec<NextStep<'a>>,
    /// Items answered "Not sure", in bank order: unknowns to resolve.
    pub unknowns: Vec<&'a Item>,
    /// Items answered at [`STRENGTH_LEVEL`] or above.
    pub strengths: Vec<ItemAnswer<'a>>,
    /// Items answered at [`GAP_LEVEL`] or below.
    pub gaps: Vec<ItemAnswer<'a>>,
}

impl Assessment<'_> {
    /// Items neither answered with a level nor "Not sure".
    pub fn unanswered(&self) -> usize {
        self.total - self.answered - self.not_sure
    }
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

    let judgement = judge(bank, record);

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
        next_steps: next_steps(bank, advice, record, &dimensions, &judgement),
        dimensions,
        overall,
        answered,
        not_sure,
        total: bank.item_count(),
        judgement,
        unknowns,
        strengths,
        gaps,
    }
}

/// Which band a score falls in: 0 low, 1 middle, 2 high.
fn band_index(score: Option<u32>) -> usize {
    match score {
        Some(s) if s >= HIGH_BAND_FROM => 2,
        Some(s) if s >= MIDDLE_BAND_FROM => 1,
        _ => 0,
    }
}

fn next_steps<'a>(
    bank: &'a QuestionBank,
    advice: &'a Advice,
    record: &Record,
    dimensions: &[DimensionScore],
    judgement: &Judgement<'a>,
) -> Vec<NextStep<'a>> {
    let answer_to = |item: &'a Item| {
        record
            .answers
            .get(&*item.id)
            .map(|a| ItemAnswer { item, answer: *a })
    };
    let trigger_items = |dimension: &'a Dimension, r: &'a Recommendation| {
        r.triggers
            .iter()
            .filter_map(move |id| dimension.items.iter().find(|i| &i.id == id))
    };
    // What the answers say is in place already: every trigger answered at the level the
    // recommendation would bring it to.
    let in_place = |dimension: &'a Dimension, r: &'a Recommendation, band: usize| {
        let done = if band == 2 {
            LEVEL_COUNT as u8 - 1
        } else {
            STRENGTH_LEVEL
        };
        trigger_items(dimension, r).all(
            |item| matches!(record.answers.get(&*item.id), Some(Answer::Level(l)) if *l >= done),
        )
    };
    let step =
        |d: usize, recommendation: &'a Recommendation, because: Vec<ItemAnswer<'a>>| NextStep {
            dimension: &bank.dimensions[d],
            score: dimensions[d].score,
            recommendation,
            because,
        };
    // The best recommendation for a dimension: in its band, not in place, with the most
    // weak trigger answers (the first on a tie); `about` narrows it to those naming an item.
    let best_for = |d: usize, about: Option<&Item>| -> Option<NextStep<'a>> {
        let dimension = &bank.dimensions[d];
        let recs = &advice.dimensions.get(d)?.recommendations;
        let own_band = band_index(dimensions[d].score);
        // For a named item, any band will do, its own first.
        let bands: Vec<usize> = match about {
            Some(_) => std::iter::once(own_band).chain(0..3).collect(),
            None => vec![own_band],
        };
        let weak = |r: &'a Recommendation| -> Vec<ItemAnswer<'a>> {
            trigger_items(dimension, r)
                .filter_map(answer_to)
                .filter(|a| is_weak(a.answer))
                .collect()
        };
        bands.into_iter().find_map(|b| {
            let list = [&recs.low, &recs.middle, &recs.high][b];
            let recommendation = list
                .iter()
                .rev()
                .filter(|r| !in_place(dimension, r, b))
                .filter(|r| about.is_none_or(|item| r.triggers.contains(&item.id)))
                .max_by_key(|r| weak(r).len())?;
            let mut because = weak(recommendation);
            if because.is_empty() {
                because = trigger_items(dimension, recommendation)
                    .filter_map(answer_to)
                    .collect();
            }
            Some(step(d, recommendation, because))
        })
    };
    let index_of =
        |dimension: &Dimension| bank.dimensions.iter().position(|d| d.id == dimension.id);

    let mut steps: Vec<NextStep<'a>> = Vec::new();
    let add = |candidate: Option<NextStep<'a>>, steps: &mut Vec<NextStep<'a>>| {
        if let Some(c) = candidate {
            if steps.len() < NEXT_STEP_COUNT
                && !steps
                    .iter()
                    .any(|s| std::ptr::eq(s.recommendation, c.recommendation))
            {
                steps.push(c);
            }
        }
    };
    // Blockers first: what holds the next rung of the ladder back.
    for reason in judgement
        .next_rung()
        .map(|r| r.reasons.as_slice())
        .unwrap_or(&[])
    {
        let candidate = match reason {
            Reason::MustHave { item, .. } => bank
                .item(&item.id)
                .and_then(|(d, _)| index_of(d))
                .and_then(|d| best_for(d, Some(item))),
            Reason::AreaBelow { dimension, .. }
            | Reason::TooFewAnswers {
                dimension: Some(dimension),
                ..
            } => index_of(dimension).and_then(|d| best_for(d, None)),
            Reason::TooFewAnswers {
                dimension: None, ..
            }
            | Reason::OverallBelow { .. }
            | Reason::PulseOnly => None,
        };
        add(candidate, &mut steps);
    }
    // Then the weakest dimensions the user has said something about.
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
    for s in candidates {
        if !steps
            .iter()
            .any(|step| step.dimension.id == bank.dimensions[s.dimension].id)
        {
            add(best_for(s.dimension, None), &mut steps);
        }
    }
    steps
}
