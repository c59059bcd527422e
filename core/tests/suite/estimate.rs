//! The time-saved estimate: its arithmetic as a table, its reading of what people type, and
//! its properties — the range brackets the likely figure, and more review minutes or
//! training hours never raise the savings.

use std::collections::BTreeMap;

use proptest::prelude::*;
use readiness_core::estimate::{
    dollars, estimate, hours, minutes, read, Input, Inputs, Problem, Range,
};

fn typed(pairs: &[(Input, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(input, text)| (input.id().to_owned(), (*text).to_owned()))
        .collect()
}

/// A communications office: 3 staff answer 40 family questions a week each, 12 minutes
/// each now; with AI 3 to 8 minutes (likely 5), review included.
fn replies() -> Vec<(Input, &'static str)> {
    vec![
        (Input::PerWeek, "40"),
        (Input::Staff, "3"),
        (Input::MinutesNow, "12"),
        (Input::MinutesBest, "3"),
        (Input::MinutesLikely, "5"),
        (Input::MinutesWorst, "8"),
        (Input::Covered, "50"),
        (Input::Weeks, "36"),
        (Input::TrainingHours, "4"),
    ]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_arithmetic_as_a_table() {
    // (case, changes to the inputs, tasks a week, hours a week low/likely/high, hours a
    // year low/likely/high, break-even minutes)
    #[allow(clippy::type_complexity)]
    let table: &[(&str, &[(Input, &str)], f64, [f64; 3], [f64; 3], Option<f64>)] = &[
        (
            // 60 tasks a week; saves 4, 7, 9 minutes each: 4, 7, 9 hours a week; a year of
            // 36 weeks less 12 hours of training.
            "half the replies, four hours' training each",
            &[],
            60.0,
            [4.0, 7.0, 9.0],
            [132.0, 240.0, 312.0],
            Some(12.0 - 12.0 * 60.0 / (60.0 * 36.0)),
        ),
        (
            "every reply, no training",
            &[(Input::Covered, "100"), (Input::TrainingHours, "0")],
            120.0,
            [8.0, 14.0, 18.0],
            [288.0, 504.0, 648.0],
            Some(12.0),
        ),
        (
            "AI slower than the work now: a loss",
            &[
                (Input::MinutesBest, "12"),
                (Input::MinutesLikely, "15"),
                (Input::MinutesWorst, "18"),
                (Input::TrainingHours, "0"),
            ],
            60.0,
            [-6.0, -3.0, 0.0],
            [-216.0, -108.0, 0.0],
            Some(12.0),
        ),
        (
            "no task covered: nothing saved, training lost, no break-even",
            &[(Input::Covered, "0")],
            0.0,
            [0.0, 0.0, 0.0],
            [-12.0, -12.0, -12.0],
            None,
        ),
        (
            "left empty: all tasks covered, 36 weeks, no training",
            &[
                (Input::Covered, ""),
                (Input::Weeks, " "),
                (Input::TrainingHours, ""),
            ],
            120.0,
            [8.0, 14.0, 18.0],
            [288.0, 504.0, 648.0],
            Some(12.0),
        ),
    ];
    for (name, changes, tasks, weekly, yearly, break_even) in table {
        let mut pairs = replies();
        pairs.extend_from_slice(changes);
        let inputs = read(&typed(&pairs)).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let e = estimate(inputs);
        assert!(
            close(e.tasks_per_week, *tasks),
            "{name}: tasks {}",
            e.tasks_per_week
        );
        let as_array = |r: Range| [r.low, r.likely, r.high];
        for (got, want) in as_array(e.weekly_hours).iter().zip(weekly) {
            assert!(close(*got, *want), "{name}: weekly {:?}", e.weekly_hours);
        }
        for (got, want) in as_array(e.yearly_hours).iter().zip(yearly) {
            assert!(close(*got, *want), "{name}: yearly {:?}", e.yearly_hours);
        }
        match (e.break_even_minutes, break_even) {
            (Some(got), Some(want)) => assert!(close(got, *want), "{name}: break-even {got}"),
            (got, want) => assert_eq!(got, *want, "{name}: break-even"),
        }
        assert_eq!(
            e.yearly_money, None,
            "{name}: no money without an hourly cost"
        );
    }
}

#[test]
fn money_needs_an_hourly_cost_and_subtracts_the_licence() {
    let mut pairs = replies();
    pairs.push((Input::HourlyCost, "$45"));
    pairs.push((Input::LicenceCost, "$2,400"));
    let e = estimate(read(&typed(&pairs)).expect("valid"));
    let money = e.yearly_money.expect("an hourly cost was given");
    assert!(close(money.likely, 240.0 * 45.0 - 2400.0));
    assert!(close(money.low, 132.0 * 45.0 - 2400.0));
    assert!(close(money.high, 312.0 * 45.0 - 2400.0));
}

#[test]
fn what_people_type_is_read_or_named_as_a_problem() {
    let mut pairs = replies();
    pairs.retain(|(i, _)| *i != Input::Staff);
    pairs.push((Input::PerWeek, "forty"));
    pairs.push((Input::Covered, "150%"));
    pairs.push((Input::MinutesBest, "6"));
    assert_eq!(
        read(&typed(&pairs)),
        Err(vec![
            Problem::NotANumber(Input::PerWeek),
            Problem::Missing(Input::Staff),
            Problem::OutOfRange(Input::Covered),
            Problem::CasesOutOfOrder,
        ])
    );
    for (text, ok) in [
        ("1,000", true),
        ("12.5", true),
        ("80%", true),
        ("$45", true),
        ("-3", false),
        ("1.2.3", false),
        (".", false),
        ("1e3", false),
        ("", false),
    ] {
        let mut pairs = replies();
        pairs.push((Input::PerWeek, text));
        assert_eq!(read(&typed(&pairs)).is_ok(), ok, "{text:?}");
    }
}

#[test]
fn figures_read_as_people_write_them() {
    assert_eq!(hours(3.04), "3.0");
    assert_eq!(hours(-0.04), "0.0");
    assert_eq!(hours(9.96), "10.0");
    assert_eq!(hours(12.4), "12");
    assert_eq!(hours(1234.5), "1,235");
    assert_eq!(hours(-216.0), "-216");
    assert_eq!(dollars(8400.0), "$8,400");
    assert_eq!(dollars(1_234_567.0), "$1,234,570");
    assert_eq!(dollars(-3.0), "$0");
    assert_eq!(dollars(-8400.0), "-$8,400");
    // Limits and typed figures read back: "from 0 to 1,000", not "1000".
    assert_eq!(minutes(1000.0), "1,000");
    assert_eq!(minutes(100_000.0), "100,000");
    assert_eq!(minutes(11.66), "11.7");
    assert_eq!(minutes(12.0), "12");
    assert_eq!(minutes(-3.0), "-3");
}

fn inputs() -> impl Strategy<Value = Inputs> {
    (
        0.0..200.0f64,
        1.0..500.0f64,
        0.0..120.0f64,
        [0.0..120.0f64, 0.0..120.0f64, 0.0..120.0f64],
        0.0..=100.0f64,
        1.0..=52.0f64,
        0.0..40.0f64,
        proptest::option::of(0.0..200.0f64),
        0.0..50_000.0f64,
    )
        .prop_map(
            |(
                per_week,
                staff,
                minutes_now,
                mut cases,
                covered,
                weeks,
                training_hours,
                hourly_cost,
                licence_cost,
            )| {
                cases.sort_by(f64::total_cmp);
                Inputs {
                    per_week,
                    staff,
                    minutes_now,
                    minutes_with_ai: cases,
                    covered,
                    weeks,
                    training_hours,
                    hourly_cost,
                    licence_cost,
                }
            },
        )
}

fn brackets(r: Range) -> bool {
    r.low <= r.likely + 1e-9 && r.likely <= r.high + 1e-9
}

proptest! {
    #[test]
    fn the_range_always_brackets_the_likely_figure(i in inputs()) {
        let e = estimate(i);
        prop_assert!(brackets(e.weekly_hours), "{:?}", e.weekly_hours);
        prop_assert!(brackets(e.yearly_hours), "{:?}", e.yearly_hours);
        if let Some(money) = e.yearly_money {
            prop_assert!(brackets(money), "{money:?}");
        }
    }

    #[test]
    fn more_review_minutes_never_raise_the_savings(i in inputs(), more in 0.0..60.0f64) {
        let slower = Inputs { minutes_with_ai: i.minutes_with_ai.map(|m| m + more), ..i };
        let (before, after) = (estimate(i), estimate(slower));
        prop_assert!(after.yearly_hours.low <= before.yearly_hours.low + 1e-9);
        prop_assert!(after.yearly_hours.likely <= before.yearly_hours.likely + 1e-9);
        prop_assert!(after.yearly_hours.high <= before.yearly_hours.high + 1e-9);
    }

    #[test]
    fn more_training_never_raises_the_savings(i in inputs(), more in 0.0..40.0f64) {
        let longer = Inputs { training_hours: i.training_hours + more, ..i };
        let (before, after) = (estimate(i), estimate(longer));
        prop_assert!(after.yearly_hours.likely <= before.yearly_hours.likely + 1e-9);
        prop_assert!(after.yearly_hours.low <= before.yearly_hours.low + 1e-9);
    }

    #[test]
    fn at_the_break_even_minutes_a_year_saves_nothing(i in inputs()) {
        let e = estimate(i);
        if let Some(minutes) = e.break_even_minutes {
            let at = estimate(Inputs { minutes_with_ai: [minutes; 3], ..i });
            prop_assert!(at.yearly_hours.likely.abs() < 1e-6 * (1.0 + i.training_hours * i.staff), "{:?}", at.yearly_hours);
        }
    }

    #[test]
    fn any_text_is_read_or_refused_without_panicking(texts in proptest::collection::vec(".{0,12}", 11)) {
        let typed: BTreeMap<String, String> = Input::ALL
            .iter()
            .zip(texts)
            .map(|(i, t)| (i.id().to_owned(), t))
            .collect();
        if let Ok(inputs) = read(&typed) {
            let e = estimate(inputs);
            prop_assert!(brackets(e.yearly_hours));
        }
    }
}

#[test]
fn the_estimate_in_words_gives_every_figure_as_a_range_with_its_assumptions() {
    use readiness_core::text::PartText;
    use readiness_core::wording::{estimate_in_words, plan_measures};
    let mut pairs = replies();
    pairs.push((Input::HourlyCost, "45"));
    let e = estimate(read(&typed(&pairs)).expect("valid"));
    let words = estimate_in_words(PartText::english(), &e);
    assert_eq!(
        words.figures,
        [
            "4.0 to 9.0 hours a week (likely 7.0)",
            "132 to 312 hours a year, after training (likely 240)",
            "$5,940 to $14,040 a year in staff time (likely $10,800)",
        ]
    );
    assert_eq!(words.loss, None);
    assert_eq!(
        words.break_even,
        "If a task with AI takes more than 11.7 minutes, review included, the pilot saves no time over a year."
    );
    assert!(words.assumptions.starts_with(
        "3 staff each do this 40 times a week, and the pilot covers 50% of those tasks: 60 a week."
    ));
    assert!(words
        .assumptions
        .contains("12 minutes now and 3 to 8 minutes with AI (likely 5)"));
    assert_eq!(words.wrong.len(), 4);
    let (baseline, target) = plan_measures(PartText::english(), &e.inputs);
    assert!(baseline.starts_with("12 minutes per task"));
    assert!(target.starts_with("5 minutes per task with AI, review included (between 3 and 8)"));
}
