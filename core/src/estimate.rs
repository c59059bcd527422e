//! The time-saved estimate for the first pilot: what the board will ask, answered as a
//! range with its assumptions, never as one number.
//!
//! The user gives how often the task happens, how long it takes now (the baseline), how
//! many staff do it, how long it takes with AI *including the review* (best, likely and
//! worst case), the share of tasks the pilot covers, the school weeks in a year and the
//! hours of training each person needs; an hourly cost and a licence cost if they want
//! money. From those, per [`Case`]:
//!
//! - tasks covered a week = times a week × staff × share covered;
//! - hours saved a week = tasks covered a week × (minutes now − minutes with AI) ÷ 60;
//! - hours saved a year = hours a week × school weeks − training hours × staff;
//! - money saved a year = hours a year × hourly cost − licence cost.
//!
//! The low figure comes from the worst case, the high from the best, so the range always
//! brackets the likely figure, and more review minutes or training hours never raise the
//! savings (property tests in `tests/suite/estimate.rs`). The review time at which a
//! year's savings vanish is [`Estimate::break_even_minutes`]. The inputs are kept as typed
//! (`Record::estimate`), so a half-typed number is never lost; [`read`] checks them.

use std::collections::BTreeMap;

/// One figure the user gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Input {
    /// How many times a week one staff member does the task.
    PerWeek,
    /// How many staff do it.
    Staff,
    /// Minutes one task takes now: the baseline.
    MinutesNow,
    /// Minutes one task takes with AI, review included, at best.
    MinutesBest,
    /// The same, most likely.
    MinutesLikely,
    /// The same, at worst.
    MinutesWorst,
    /// The percentage of the tasks the pilot covers.
    Covered,
    /// School weeks in a year.
    Weeks,
    /// Hours of training each staff member needs for the pilot.
    TrainingHours,
    /// What an hour of staff time costs, in dollars (optional).
    HourlyCost,
    /// What the tool's licence costs a year, in dollars (optional).
    LicenceCost,
}

impl Input {
    /// Every input, in the order the form asks them.
    pub const ALL: [Input; 11] = [
        Input::PerWeek,
        Input::Staff,
        Input::MinutesNow,
        Input::MinutesBest,
        Input::MinutesLikely,
        Input::MinutesWorst,
        Input::Covered,
        Input::Weeks,
        Input::TrainingHours,
        Input::HourlyCost,
        Input::LicenceCost,
    ];

    /// Its key in `Record::estimate` and its form field's id.
    pub fn id(self) -> &'static str {
        match self {
            Input::PerWeek => "per_week",
            Input::Staff => "staff",
            Input::MinutesNow => "minutes_now",
            Input::MinutesBest => "minutes_best",
            Input::MinutesLikely => "minutes_likely",
            Input::MinutesWorst => "minutes_worst",
            Input::Covered => "covered",
            Input::Weeks => "weeks",
            Input::TrainingHours => "training_hours",
            Input::HourlyCost => "hourly_cost",
            Input::LicenceCost => "licence_cost",
        }
    }

    /// The smallest and largest value accepted.
    pub fn bounds(self) -> (f64, f64) {
        match self {
            Input::PerWeek => (0.0, 1000.0),
            Input::Staff => (1.0, 100_000.0),
            Input::MinutesNow | Input::MinutesBest | Input::MinutesLikely | Input::MinutesWorst => {
                (0.0, 480.0)
            }
            Input::Covered => (0.0, 100.0),
            Input::Weeks => (1.0, 52.0),
            Input::TrainingHours => (0.0, 200.0),
            Input::HourlyCost => (0.0, 1000.0),
            Input::LicenceCost => (0.0, 10_000_000.0),
        }
    }

    /// What an empty field counts as, for the inputs that have a usual value or may be
    /// left out; `None` for those the estimate needs.
    pub fn when_empty(self) -> Option<f64> {
        match self {
            Input::Covered => Some(100.0),
            Input::Weeks => Some(36.0),
            Input::TrainingHours | Input::LicenceCost => Some(0.0),
            _ => None,
        }
    }

    /// Whether leaving it empty leaves money out of the estimate.
    fn is_money(self) -> bool {
        matches!(self, Input::HourlyCost | Input::LicenceCost)
    }
}

/// The longest text kept for one input, in characters.
pub const INPUT_MAX_CHARS: usize = 20;

/// What is wrong with one input, or with the three AI cases together.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Problem {
    /// It is needed and empty.
    Missing(Input),
    /// It is not a number.
    NotANumber(Input),
    /// It is outside what the estimate accepts.
    OutOfRange(Input),
    /// The best case takes longer than the likely case, or the likely case longer than
    /// the worst.
    CasesOutOfOrder,
}

/// The checked inputs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Inputs {
    /// Times a week one staff member does the task.
    pub per_week: f64,
    /// Staff who do it.
    pub staff: f64,
    /// Minutes a task takes now.
    pub minutes_now: f64,
    /// Minutes with AI, review included: best, likely, worst (in that order, never
    /// decreasing).
    pub minutes_with_ai: [f64; 3],
    /// Share of tasks covered, 0–100.
    pub covered: f64,
    /// School weeks a year.
    pub weeks: f64,
    /// Training hours per staff member.
    pub training_hours: f64,
    /// Dollars an hour of staff time costs, if given.
    pub hourly_cost: Option<f64>,
    /// Dollars the licence costs a year (0 when not given).
    pub licence_cost: f64,
}

/// Reads the inputs as typed: every problem, in form order, or the inputs.
pub fn read(typed: &BTreeMap<String, String>) -> Result<Inputs, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut value = |input: Input| -> Option<f64> {
        let text = typed.get(input.id()).map(|t| t.trim()).unwrap_or("");
        if text.is_empty() {
            if input.when_empty().is_none() && !input.is_money() {
                problems.push(Problem::Missing(input));
            }
            return input.when_empty();
        }
        let Some(number) = parse_number(text) else {
            problems.push(Problem::NotANumber(input));
            return None;
        };
        let (low, high) = input.bounds();
        if !(low..=high).contains(&number) {
            problems.push(Problem::OutOfRange(input));
            return None;
        }
        Some(number)
    };
    let values = Input::ALL.map(&mut value);
    let [per_week, staff, minutes_now, best, likely, worst, covered, weeks, training_hours, hourly_cost, licence_cost] =
        values;
    if let (Some(best), Some(likely), Some(worst)) = (best, likely, worst) {
        if best > likely || likely > worst {
            problems.push(Problem::CasesOutOfOrder);
        }
    }
    let inputs = (|| {
        Some(Inputs {
            per_week: per_week?,
            staff: staff?,
            minutes_now: minutes_now?,
            minutes_with_ai: [best?, likely?, worst?],
            covered: covered?,
            weeks: weeks?,
            training_hours: training_hours?,
            hourly_cost,
            licence_cost: licence_cost.unwrap_or(0.0),
        })
    })();
    match inputs {
        Some(inputs) if problems.is_empty() => Ok(inputs),
        _ => Err(problems),
    }
}

/// A number as people type it: digits with an optional decimal point, thousands commas
/// and a leading dollar sign or a trailing percent sign.
fn parse_number(text: &str) -> Option<f64> {
    let text = text.strip_prefix('$').unwrap_or(text);
    let text = text.strip_suffix('%').unwrap_or(text).trim();
    let plain: String = text.chars().filter(|c| *c != ',').collect();
    let valid = !plain.is_empty()
        && plain.chars().all(|c| c.is_ascii_digit() || c == '.')
        && plain.matches('.').count() <= 1
        && plain != ".";
    valid.then(|| plain.parse().ok()).flatten()
}

/// Which case a figure is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// The worst case for AI: the low end of the savings.
    Low,
    /// The likely case.
    Likely,
    /// The best case for AI: the high end.
    High,
}

/// Three figures: the low end, the likely figure and the high end. `low <= likely <=
/// high` always holds for an estimate's ranges.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    /// From the worst case.
    pub low: f64,
    /// From the likely case.
    pub likely: f64,
    /// From the best case.
    pub high: f64,
}

impl Range {
    fn of(f: impl Fn(Case) -> f64) -> Range {
        Range {
            low: f(Case::Low),
            likely: f(Case::Likely),
            high: f(Case::High),
        }
    }
}

/// The estimate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    /// The inputs it was made from.
    pub inputs: Inputs,
    /// Tasks done with AI in a week.
    pub tasks_per_week: f64,
    /// Hours saved a week (before training).
    pub weekly_hours: Range,
    /// Hours saved a year, net of training (negative: a loss).
    pub yearly_hours: Range,
    /// The minutes with AI, review included, at which a year's savings are nothing: more
    /// than this and the pilot costs time. `None` when no task is covered; below zero when
    /// the training alone outweighs any saving.
    pub break_even_minutes: Option<f64>,
    /// Dollars saved a year, net of the licence, when an hourly cost is given.
    pub yearly_money: Option<Range>,
}

/// The estimate from checked inputs.
pub fn estimate(inputs: Inputs) -> Estimate {
    let tasks_per_week = inputs.per_week * inputs.staff * inputs.covered / 100.0;
    let minutes = |case: Case| match case {
        Case::High => inputs.minutes_with_ai[0],
        Case::Likely => inputs.minutes_with_ai[1],
        Case::Low => inputs.minutes_with_ai[2],
    };
    let weekly = |case: Case| tasks_per_week * (inputs.minutes_now - minutes(case)) / 60.0;
    let training = inputs.training_hours * inputs.staff;
    let yearly = |case: Case| weekly(case) * inputs.weeks - training;
    let covered_minutes_a_year = tasks_per_week * inputs.weeks;
    Estimate {
        inputs,
        tasks_per_week,
        weekly_hours: Range::of(weekly),
        yearly_hours: Range::of(yearly),
        break_even_minutes: (covered_minutes_a_year > 0.0)
            .then(|| inputs.minutes_now - training * 60.0 / covered_minutes_a_year),
        yearly_money: inputs
            .hourly_cost
            .map(|cost| Range::of(|case| yearly(case) * cost - inputs.licence_cost)),
    }
}

/// Hours as a reader wants them: one decimal under ten, whole hours from ten.
pub fn hours(value: f64) -> String {
    if value.abs() < 10.0 {
        let tenths = (value * 10.0).round() / 10.0;
        // No "-0.0".
        format!("{:.1}", if tenths == 0.0 { 0.0 } else { tenths })
    } else {
        thousands(value.round())
    }
}

/// Minutes (or any figure typed) as read back: whole, with thousands commas ("1,000"), or
/// one decimal when there is a fraction.
pub fn minutes(value: f64) -> String {
    let tenths = (value * 10.0).round() / 10.0;
    if tenths.fract() != 0.0 {
        format!("{tenths:.1}")
    } else {
        thousands(tenths)
    }
}

/// Dollars rounded to the nearest ten, with thousands commas: "$8,400", or "-$8,400" for
/// a loss.
pub fn dollars(value: f64) -> String {
    let rounded = (value / 10.0).round() * 10.0;
    let amount = thousands(rounded.abs());
    if rounded < 0.0 {
        format!("-${amount}")
    } else {
        format!("${amount}")
    }
}

/// A whole number with thousands commas.
fn thousands(value: f64) -> String {
    let whole = value.abs().round() as u64;
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if value < 0.0 && whole > 0 {
        format!("-{out}")
    } else {
        out
    }
}
