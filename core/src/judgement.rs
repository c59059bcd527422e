//! The judgement: whether the district may pilot a workflow, and which kinds, as one
//! ladder by risk. The verdict on the results page and the readiness gate on the workflow
//! screen are both read from it, so they can never disagree.
//!
//! The rules, stated once (also on the results page and in the README):
//!
//! - **Risk tiers.** A workflow is *low risk* when it touches no student data and a
//!   person reviews every output, and it neither faces students nor feeds a high-stakes
//!   decision; *aggregate* when it is the same but uses student data in aggregate; *high
//!   risk* otherwise: identifiable student data, student-facing, high-stakes, or outputs
//!   used without review.
//! - **What a tier depends on.** Each area (dimension) may be needed from a tier on
//!   (`needed_from_tier` in the content: governance & policy and data & privacy from low
//!   risk, infrastructure from aggregate, ethics from high risk); a tier depends on the
//!   areas needed at or below it, and on the overall score. Each must-have item
//!   (`must_have`) names, from a tier on, the level it needs for *with conditions* and for
//!   *ready*.
//! - **Scores for the judgement count only what is claimed.** An area's judgement score is
//!   the sum of its asked items' level scores divided by the number of items asked, so a
//!   "Not sure" or an unanswered item counts as nothing in place. The overall judgement
//!   score weighs areas as the results do.
//! - **Enough evidence.** Fewer than half of the asked items answered with a level, overall
//!   or in an area a tier depends on, is *not enough answers to judge* that tier.
//! - **Each tier** is *ready* when every area it depends on and the overall score reach
//!   [`READY_FROM`] and every must-have reaches its *ready* level; *with conditions* when
//!   they reach [`CONDITIONS_FROM`] and the must-haves their *conditions* level; otherwise
//!   *not yet*. The pulse never rises above *with conditions*.
//! - **The verdict**, lowest first: *not enough answers*, *build foundations first*
//!   (the low-risk tier is *not yet*), *pilot one low-risk workflow with conditions*,
//!   *ready to pilot*; with it, the highest tier that may be piloted.
//!
//! Tiers are nested (each depends on everything the one below does, at least as
//! strictly), so a higher tier is never judged above a lower one. Raising an answer never
//! lowers a tier; turning one into "Not sure" or removing it never raises one
//! (`tests/judgement.rs` checks both as properties).

use super::content::{Dimension, Item, QuestionBank};
use super::item_answer::{level_score, ItemAnswer};
pub use super::record::RULES_VERSION;
use super::record::{Answer, Mode, Record};
pub use super::tiers::{MustHave, Tier};
use super::workflows::{Audience, DataUse, Workflow};

/// From this judgement score on, an area or the overall score allows a pilot with
/// conditions.
pub const CONDITIONS_FROM: u32 = 40;
/// From this judgement score on, an area or the overall score allows a pilot without
/// extra conditions.
pub const READY_FROM: u32 = 60;

impl Tier {
    /// The tier of a workflow, from its attributes: records about identifiable staff
    /// count with aggregate student data (they need the privacy foundations, and no
    /// decision about a person may rest on them, or the workflow is high-stakes).
    pub fn of(w: &Workflow) -> Tier {
        let high = w.data == DataUse::IdentifiableStudent
            || w.audience == Audience::Students
            || w.high_stakes
            || !w.human_review;
        if high {
            Tier::High
        } else if matches!(
            w.data,
            DataUse::AggregateStudent | DataUse::StaffIdentifiable
        ) {
            Tier::Aggregate
        } else {
            Tier::Low
        }
    }
}

/// How far a tier may go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Not yet: the foundations it depends on are missing or unknown.
    NotYet,
    /// A pilot is reasonable if the named gaps are closed alongside it.
    WithConditions,
    /// The foundations it depends on are in place.
    Ready,
}

/// The headline, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    /// Too few answers to judge even the low-risk tier.
    NotEnoughAnswers,
    /// Not even a low-risk workflow may be piloted yet.
    BuildFoundations,
    /// A low-risk workflow may be piloted with conditions.
    PilotWithConditions,
    /// A low-risk workflow may be piloted; see the ladder for higher tiers.
    ReadyToPilot,
}

impl Verdict {
    /// Position 0–3, to look up words in the interface text.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Why a tier is not higher than it is. Each reason caps the tier at [`Reason::caps`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reason<'a> {
    /// Fewer than half of the asked items are answered with a level: overall
    /// (`dimension` is `None`) or in an area the tier depends on.
    TooFewAnswers {
        /// The area, or `None` for the whole check.
        dimension: Option<&'a Dimension>,
        /// Items answered with a level.
        answered: usize,
        /// Items that must be, at least.
        needed: usize,
    },
    /// An area the tier depends on scores below a threshold.
    AreaBelow {
        /// The area.
        dimension: &'a Dimension,
        /// Its judgement score.
        score: u32,
        /// The threshold it missed.
        threshold: u32,
    },
    /// The overall judgement score is below a threshold.
    OverallBelow {
        /// The overall judgement score.
        score: u32,
        /// The threshold it missed.
        threshold: u32,
    },
    /// A must-have is unanswered, "Not sure", or below the level the tier needs.
    MustHave {
        /// The item.
        item: &'a Item,
        /// Its answer, if any.
        answer: Option<Answer>,
        /// The level needed.
        needed: u8,
        /// Whether the level needed is the one for *ready* (else *with conditions*).
        for_ready: bool,
    },
    /// Only the pulse was taken: it cannot show that a tier is ready.
    PulseOnly,
}

impl Reason<'_> {
    /// The highest status this reason allows.
    pub fn caps(&self) -> Status {
        match self {
            Reason::TooFewAnswers { .. } => Status::NotYet,
            Reason::AreaBelow { threshold, .. } | Reason::OverallBelow { threshold, .. } => {
                if *threshold == READY_FROM {
                    Status::WithConditions
                } else {
                    Status::NotYet
                }
            }
            Reason::MustHave { for_ready, .. } => {
                if *for_ready {
                    Status::WithConditions
                } else {
                    Status::NotYet
                }
            }
            Reason::PulseOnly => Status::WithConditions,
        }
    }
}

/// One rung of the ladder.
#[derive(Debug, Clone, PartialEq)]
pub struct Rung<'a> {
    /// The tier.
    pub tier: Tier,
    /// How far it may go.
    pub status: Status,
    /// Everything that keeps it below *ready*, the ones that cap it lowest first.
    pub reasons: Vec<Reason<'a>>,
}

/// The whole judgement.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement<'a> {
    /// The headline.
    pub verdict: Verdict,
    /// One rung per tier, lowest first.
    pub ladder: [Rung<'a>; 3],
    /// The overall judgement score (what is claimed, unknowns as nothing).
    pub overall: u32,
}

impl<'a> Judgement<'a> {
    /// The status of a tier.
    pub fn status(&self, tier: Tier) -> Status {
        self.ladder[tier.index()].status
    }

    /// The highest tier that may be piloted (with conditions or ready), if any.
    pub fn highest(&self) -> Option<Tier> {
        self.ladder
            .iter()
            .rev()
            .find(|r| r.status > Status::NotYet)
            .map(|r| r.tier)
    }

    /// Whether a workflow of `tier` may be piloted now (with conditions or ready).
    pub fn allows(&self, tier: Tier) -> bool {
        self.status(tier) > Status::NotYet
    }

    /// The reasons of `tier`'s rung that the rung below does not have: what holds this
    /// kind of workflow back beyond what holds the lower one. Every reason of the lower
    /// rung holds this one too (the tiers are nested).
    pub fn own_reasons(&self, tier: Tier) -> Vec<&Reason<'a>> {
        let below = tier
            .index()
            .checked_sub(1)
            .map(|i| self.ladder[i].reasons.as_slice())
            .unwrap_or(&[]);
        self.ladder[tier.index()]
            .reasons
            .iter()
            .filter(|r| !below.contains(r))
            .collect()
    }

    /// The rung the district would climb next: the lowest that is not *ready*. Its
    /// reasons are the blockers the next steps address first.
    pub fn next_rung(&self) -> Option<&Rung<'a>> {
        self.ladder.iter().find(|r| r.status < Status::Ready)
    }
}

/// Half, rounded up: how many of `asked` items must be answered with a level.
fn half(asked: usize) -> usize {
    asked.div_ceil(2)
}

/// An area's judgement score: its asked items' level scores over the number asked (at
/// least one).
fn claimed_score(items: &[&Item], record: &Record) -> u32 {
    let sum: f64 = items
        .iter()
        .filter_map(|i| match record.answers.get(&*i.id) {
            Some(Answer::Level(l)) => Some(level_score(*l)),
            _ => None,
        })
        .sum();
    (sum / items.len() as f64).round() as u32
}

fn answered_with_level(items: &[&Item], record: &Record) -> usize {
    items
        .iter()
        .filter(|i| matches!(record.answers.get(&*i.id), Some(Answer::Level(_))))
        .count()
}

/// What one area's asked items show: how many were asked and answered with a level, and
/// its judgement score.
struct Evidence<'a> {
    dimension: &'a Dimension,
    asked: usize,
    answered: usize,
    score: u32,
}

/// Judges a record against a bank.
pub fn judge<'a>(bank: &'a QuestionBank, record: &Record) -> Judgement<'a> {
    let mode = record.mode;
    let areas: Vec<Evidence<'a>> = bank
        .dimensions
        .iter()
        .filter_map(|dimension| {
            let items: Vec<&Item> = dimension.items.iter().filter(|i| mode.asks(i)).collect();
            // An area the mode does not ask is no evidence either way.
            (!items.is_empty()).then(|| Evidence {
                dimension,
                asked: items.len(),
                answered: answered_with_level(&items, record),
                score: claimed_score(&items, record),
            })
        })
        .collect();

    let (weighted, weights) = areas.iter().fold((0.0, 0.0), |(sum, w), area| {
        let weight = f64::from(area.dimension.weight);
        (sum + f64::from(area.score) * weight, w + weight)
    });
    let overall = if weights > 0.0 {
        (weighted / weights).round() as u32
    } else {
        0
    };
    let asked: usize = areas.iter().map(|a| a.asked).sum();
    let answered: usize = areas.iter().map(|a| a.answered).sum();

    let rung = |tier: Tier| -> Rung<'a> {
        let mut reasons = Vec::new();
        if answered < half(asked) {
            reasons.push(Reason::TooFewAnswers {
                dimension: None,
                answered,
                needed: half(asked),
            });
        }
        for area in &areas {
            if area.dimension.needed_from.is_none_or(|from| from > tier) {
                continue;
            }
            if area.answered < half(area.asked) {
                reasons.push(Reason::TooFewAnswers {
                    dimension: Some(area.dimension),
                    answered: area.answered,
                    needed: half(area.asked),
                });
            }
            if let Some(threshold) = missed(area.score) {
                reasons.push(Reason::AreaBelow {
                    dimension: area.dimension,
                    score: area.score,
                    threshold,
                });
            }
        }
        if let Some(threshold) = missed(overall) {
            reasons.push(Reason::OverallBelow {
                score: overall,
                threshold,
            });
        }
        for (_, item) in bank.items() {
            let Some(must) = item.must_have_for(tier) else {
                continue;
            };
            let answer = record.answers.get(&*item.id).copied();
            let level = match answer {
                Some(Answer::Level(l)) => Some(l),
                _ => None,
            };
            if level.is_none_or(|l| l < must.conditions) {
                reasons.push(Reason::MustHave {
                    item,
                    answer,
                    needed: must.conditions,
                    for_ready: false,
                });
            } else if level.is_none_or(|l| l < must.ready) {
                reasons.push(Reason::MustHave {
                    item,
                    answer,
                    needed: must.ready,
                    for_ready: true,
                });
            }
        }
        if mode == Mode::Pulse {
            reasons.push(Reason::PulseOnly);
        }
        // Lowest caps first: what stops the tier altogether before what stops it at
        // "with conditions".
        reasons.sort_by_key(|r| r.caps());
        let status = reasons
            .iter()
            .map(Reason::caps)
            .min()
            .unwrap_or(Status::Ready);
        Rung {
            tier,
            status,
            reasons,
        }
    };
    let ladder = Tier::ALL.map(rung);
    let low = &ladder[Tier::Low.index()];
    let verdict = match low.status {
        _ if low
            .reasons
            .iter()
            .any(|r| matches!(r, Reason::TooFewAnswers { .. })) =>
        {
            Verdict::NotEnoughAnswers
        }
        Status::NotYet => Verdict::BuildFoundations,
        Status::WithConditions => Verdict::PilotWithConditions,
        Status::Ready => Verdict::ReadyToPilot,
    };
    Judgement {
        verdict,
        ladder,
        overall,
    }
}

/// The threshold a score misses, the lower one first.
fn missed(score: u32) -> Option<u32> {
    if score < CONDITIONS_FROM {
        Some(CONDITIONS_FROM)
    } else if score < READY_FROM {
        Some(READY_FROM)
    } else {
        None
    }
}

/// The must-haves the answers claim: every item that is a must-have for some tier,
/// answered at or above the lowest level any tier needs of it, with that answer,
/// in questionnaire order. Each can carry evidence ([`Record::evidence`]); without it, it is
/// self-reported.
pub fn claimed_must_haves<'a>(bank: &'a QuestionBank, record: &Record) -> Vec<ItemAnswer<'a>> {
    bank.items()
        .filter_map(|(_, item)| {
            let lowest = item.must_have.first()?.conditions;
            match record.answers.get(&*item.id) {
                Some(&answer @ Answer::Level(l)) if l >= lowest => {
                    Some(ItemAnswer { item, answer })
                }
                _ => None,
            }
        })
        .collect()
}
