//! Leadership team mode: several members' answers, merged on the facilitator's device.
//!
//! Each member sends their answers as a share link (or a JSON export); nothing passes
//! through a server. The merge is where the team disagrees, and what it may pilot:
//!
//! - per question, how many chose each level and "Not sure", and the **spread** between
//!   the lowest and the highest level given;
//! - the team's answer to a question is the **lower median** of the levels given (the
//!   cautious side of the middle); "Not sure" only when no one gave a level;
//! - a **must-have** question takes the lowest answer given ("Not sure" lowest of all), so
//!   one member below its minimum holds its tiers back until the team resolves it; it is
//!   **disputed** when some members meet that minimum and others do not;
//! - per area, each member's score, their lower median and their range;
//! - **"Discuss first"**: the questions the team disagrees on most.
//!
//! The merge depends only on the members' answers, not on the order they were added, and
//! a single member's team verdict is their own verdict (property tests in
//! `tests/suite/team.rs`).

use std::collections::BTreeMap;

use super::content::{Item, QuestionBank, LEVEL_COUNT};
use super::editions::History;
use super::record::{Answer, Member, Mode, Record, TEAM_MAX};
use super::scoring::score_dimension;
use super::share::{decode_fragment, share_fragments, ShareError};

/// How many questions "Discuss first" lists at most.
pub const DISCUSS_FIRST: usize = 10;

/// What the team answered one question.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamItem<'a> {
    /// The question.
    pub item: &'a Item,
    /// How many members chose each level.
    pub levels: [usize; LEVEL_COUNT],
    /// How many answered "Not sure".
    pub not_sure: usize,
    /// The highest level given less the lowest; `None` when no one gave a level.
    pub spread: Option<u8>,
    /// The team's answer: see the module documentation.
    pub answer: Option<Answer>,
    /// A must-have that some members meet and others do not.
    pub disputed: bool,
}

impl TeamItem<'_> {
    /// How far apart the team is on it: the spread, then the "Not sure" answers.
    fn disagreement(&self) -> (u8, usize) {
        (self.spread.unwrap_or(0), self.not_sure)
    }
}

/// One area across the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamArea {
    /// The dimension's index in the bank.
    pub dimension: usize,
    /// Each member's score (0–100), in member order; `None` where they gave no level.
    pub scores: Vec<Option<u32>>,
    /// The lower median of the scores there are.
    pub median: Option<u32>,
    /// The lowest and highest score.
    pub range: Option<(u32, u32)>,
}

/// The team, merged.
#[derive(Debug, Clone, PartialEq)]
pub struct Team<'a> {
    /// Every question, in bank order.
    pub items: Vec<TeamItem<'a>>,
    /// Every area, in bank order.
    pub areas: Vec<TeamArea>,
    /// Indices into `items`: the questions the team disagrees on most, most first (wider
    /// spread, then more "Not sure", then must-haves, then bank order); only questions
    /// with some disagreement, at most [`DISCUSS_FIRST`].
    pub discuss_first: Vec<usize>,
    /// The team's answers as a record, to judge and score like one person's.
    pub record: Record,
}

/// Merges the members' answers.
pub fn merge<'a>(bank: &'a QuestionBank, members: &[Member]) -> Team<'a> {
    let items: Vec<TeamItem<'a>> = bank
        .items()
        .map(|(_, item)| team_item(item, members))
        .collect();
    let mut record = Record {
        mode: Mode::Full,
        edition: Some(bank.edition),
        ..Record::default()
    };
    // Inserted one by one (no `set_answer`, whose removal path the first download would
    // then carry).
    for team_item in &items {
        if let Some(answer) = team_item.answer {
            record.answers.insert(team_item.item.id.to_string(), answer);
        }
    }
    let member_records: Vec<Record> = members
        .iter()
        .map(|m| Record {
            answers: m.answers.clone(),
            ..Record::default()
        })
        .collect();
    let areas = bank
        .dimensions
        .iter()
        .enumerate()
        .map(|(index, dimension)| {
            let scores: Vec<Option<u32>> = member_records
                .iter()
                .map(|r| score_dimension(index, dimension, r).score)
                .collect();
            let mut given: Vec<u32> = scores.iter().flatten().copied().collect();
            given.sort_unstable();
            TeamArea {
                dimension: index,
                median: lower_median(&given),
                range: given.first().zip(given.last()).map(|(lo, hi)| (*lo, *hi)),
                scores,
            }
        })
        .collect();
    let mut ranked: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].disagreement() != (0, 0))
        .collect();
    // A stable sort keeps bank order among equals.
    ranked.sort_by(|&a, &b| {
        let key = |i: usize| (items[i].disagreement(), !items[i].item.must_have.is_empty());
        key(b).cmp(&key(a))
    });
    ranked.truncate(DISCUSS_FIRST);
    Team {
        items,
        areas,
        discuss_first: ranked,
        record,
    }
}

fn team_item<'a>(item: &'a Item, members: &[Member]) -> TeamItem<'a> {
    let given: Vec<Answer> = members
        .iter()
        .filter_map(|m| m.answers.get(&*item.id).copied())
        .collect();
    let mut levels = [0; LEVEL_COUNT];
    let mut sorted: Vec<u8> = Vec::new();
    for answer in &given {
        if let Answer::Level(level) = answer {
            if let Some(count) = levels.get_mut(usize::from(*level)) {
                *count += 1;
                sorted.push(*level);
            }
        }
    }
    sorted.sort_unstable();
    let not_sure = given.len() - sorted.len();
    let spread = sorted.first().zip(sorted.last()).map(|(lo, hi)| hi - lo);
    let minimum = item.must_have.iter().map(|m| m.conditions).min();
    let (answer, disputed) = match minimum {
        // A must-have: the lowest answer given, "Not sure" lowest of all.
        Some(minimum) => {
            let meets = |a: &Answer| matches!(a, Answer::Level(l) if *l >= minimum);
            let lowest = if not_sure > 0 {
                Some(Answer::NotSure)
            } else {
                sorted.first().map(|l| Answer::Level(*l))
            };
            (lowest, given.iter().any(meets) && !given.iter().all(meets))
        }
        None => {
            let answer = match lower_median(&sorted) {
                Some(level) => Some(Answer::Level(level)),
                None => (not_sure > 0).then_some(Answer::NotSure),
            };
            (answer, false)
        }
    };
    TeamItem {
        item,
        levels,
        not_sure,
        spread,
        answer,
        disputed,
    }
}

/// The lower of the two middle values of a sorted list (the middle one when it is odd).
pub fn lower_median<T: Copy>(sorted: &[T]) -> Option<T> {
    sorted.get(sorted.len().checked_sub(1)? / 2).copied()
}

/// What became of one entry the facilitator added (a link, a file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// Added as the member at this index.
    Member(usize),
    /// The same answers as the member at this index: not added again.
    Duplicate(usize),
    /// A link that cannot be read.
    Unreadable(ShareError),
    /// The team already has [`TEAM_MAX`] members.
    Full,
}

/// Adds a member with `answers`, labelled `label`, unless the team is full or a member
/// already sent exactly these answers.
pub fn add_member(
    team: &mut Vec<Member>,
    answers: BTreeMap<String, Answer>,
    label: String,
) -> Added {
    if let Some(same) = team.iter().position(|m| m.answers == answers) {
        return Added::Duplicate(same);
    }
    if team.len() >= TEAM_MAX {
        return Added::Full;
    }
    team.push(Member { label, answers });
    Added::Member(team.len() - 1)
}

/// Adds a member for every share link in `text`, in order; `label` names the member at an
/// index ("Member 3"). One outcome per link; a link that cannot be read changes nothing.
pub fn add_links(
    bank: &QuestionBank,
    history: &History,
    team: &mut Vec<Member>,
    text: &str,
    label: impl Fn(usize) -> String,
) -> Vec<Added> {
    share_fragments(text)
        .into_iter()
        .map(|fragment| match decode_fragment(bank, history, fragment) {
            Some(Ok(shared)) => {
                let next = label(team.len());
                add_member(team, shared.answers, next)
            }
            Some(Err(error)) => Added::Unreadable(error),
            None => Added::Unreadable(ShareError::Damaged),
        })
        .collect()
}
