//! Scoring, the verdict and next steps, on a small hand-made bank (exact numbers) and on
//! the shipped bank (extremes).
#![cfg(not(target_arch = "wasm32"))]

use district_ai_readiness::core::content::{Advice, QuestionBank};
use district_ai_readiness::core::record::{Answer, Record};
use district_ai_readiness::core::scoring::{assess, Maturity, Verdict, VerdictReason};

/// Three dimensions: strategy (0), governance (1, weight 2), data-privacy (2, weight 2),
/// two items each, with one recommendation per band naming both items.
fn small_bank() -> (QuestionBank, Advice) {
    let dimension = |id: &str, weight: u32| {
        let levels = r#"["none","started","partly","mostly","leading"]"#;
        let band = |name: &str| {
            format!(
                r#"[{{"action":"{name} {id}","owner":"cabinet","triggers":["{id}.a","{id}.b"]}}]"#
            )
        };
        format!(
            r#"{{"id":"{id}","title":"{id} title","short_title":"{id}","summary":"s","weight":{weight},
            "items":[{{"id":"{id}.a","question":"A?","why":"w","levels":{levels}}},
                     {{"id":"{id}.b","question":"B?","why":"w","levels":{levels}}}],
            "recommendations":{{"low":{},"middle":{},"high":{}}}}}"#,
            band("low"),
            band("middle"),
            band("high")
        )
    };
    let json = format!(
        r#"{{"dimensions":[{},{},{}]}}"#,
        dimension("strategy", 1),
        dimension("governance", 2),
        dimension("data-privacy", 2)
    );
    let bank = QuestionBank::from_json(&json).unwrap_or_else(|e| panic!("{e}"));
    let advice = Advice::from_json(&json).unwrap_or_else(|e| panic!("{e}"));
    (bank, advice)
}

fn record(answers: &[(&str, Answer)]) -> Record {
    let mut r = Record::default();
    for (id, a) in answers {
        r.set_answer(id, Some(*a));
    }
    r
}

use Answer::{Level as L, NotSure};

/// Each case: answers, expected (strategy, governance, data) scores, overall and verdict.
#[test]
fn scores_and_verdicts() {
    fn check(
        answers: &[(&str, Answer)],
        scores: [Option<u32>; 3],
        overall: Option<u32>,
        verdict: Verdict,
    ) {
        let (bank, advice) = small_bank();
        let a = assess(&bank, &advice, &record(answers));
        let got: Vec<Option<u32>> = a.dimensions.iter().map(|d| d.score).collect();
        assert_eq!(got, scores, "dimension scores for {answers:?}");
        assert_eq!(a.overall, overall, "overall for {answers:?}");
        assert_eq!(a.verdict, verdict, "verdict for {answers:?}");
    }
    // Empty: nothing is known.
    check(&[], [None, None, None], None, Verdict::BuildFoundations);
    // All "Not sure": still nothing known, never a zero.
    check(
        &[
            ("strategy.a", NotSure),
            ("strategy.b", NotSure),
            ("governance.a", NotSure),
            ("governance.b", NotSure),
            ("data-privacy.a", NotSure),
            ("data-privacy.b", NotSure),
        ],
        [None, None, None],
        None,
        Verdict::BuildFoundations,
    );
    // All at the top.
    check(
        &[
            ("strategy.a", L(4)),
            ("strategy.b", L(4)),
            ("governance.a", L(4)),
            ("governance.b", L(4)),
            ("data-privacy.a", L(4)),
            ("data-privacy.b", L(4)),
        ],
        [Some(100), Some(100), Some(100)],
        Some(100),
        Verdict::ReadyToPilot,
    );
    // All at the bottom.
    check(
        &[
            ("strategy.a", L(0)),
            ("strategy.b", L(0)),
            ("governance.a", L(0)),
            ("governance.b", L(0)),
            ("data-privacy.a", L(0)),
            ("data-privacy.b", L(0)),
        ],
        [Some(0), Some(0), Some(0)],
        Some(0),
        Verdict::BuildFoundations,
    );
    // "Not sure" is left out of the average: governance is 75 from its one answer.
    check(
        &[
            ("strategy.a", L(4)),
            ("governance.a", L(3)),
            ("governance.b", NotSure),
            ("data-privacy.a", L(3)),
            ("data-privacy.b", L(3)),
        ],
        [Some(100), Some(75), Some(75)],
        // (100×1 + 75×2 + 75×2) / 5 = 80.
        Some(80),
        Verdict::ReadyToPilot,
    );
    // Rounding: levels 1 and 2 average 37.5, shown as 38.
    check(
        &[
            ("strategy.a", L(1)),
            ("strategy.b", L(2)),
            ("governance.a", L(4)),
            ("data-privacy.a", L(4)),
        ],
        [Some(38), Some(100), Some(100)],
        // (37.5→38 ×1 + 100×2 + 100×2) / 5 = 87.6 → 88.
        Some(88),
        Verdict::ReadyToPilot,
    );
    // Governance weighs double: a weak governance drags the overall more than strategy would.
    check(
        &[
            ("strategy.a", L(4)),
            ("governance.a", L(2)),
            ("data-privacy.a", L(4)),
        ],
        [Some(100), Some(50), Some(100)],
        Some(80),
        Verdict::PilotWithConditions,
    );
    // A strong district with unknown data privacy must build foundations first.
    check(
        &[
            ("strategy.a", L(4)),
            ("governance.a", L(4)),
            ("data-privacy.a", NotSure),
        ],
        [Some(100), Some(100), None],
        Some(100),
        Verdict::BuildFoundations,
    );
    // Both gating dimensions at 63 and the overall at 70 clear the ready threshold of 60.
    check(
        &[
            ("strategy.a", L(4)),
            ("governance.a", L(2)),
            ("governance.b", L(3)),
            ("data-privacy.a", L(2)),
            ("data-privacy.b", L(3)),
        ],
        [Some(100), Some(63), Some(63)],
        Some(70),
        Verdict::ReadyToPilot,
    );
}

#[test]
fn verdict_reasons_name_every_missed_gate() {
    let (bank, advice) = small_bank();
    let a = assess(
        &bank,
        &advice,
        &record(&[
            ("strategy.a", L(4)),
            ("governance.a", L(1)),
            ("data-privacy.a", NotSure),
        ]),
    );
    assert_eq!(
        a.reasons,
        vec![
            VerdictReason::DimensionBelow {
                dimension: 1,
                score: 25,
                threshold: 40
            },
            VerdictReason::Unknown { dimension: 2 },
        ]
    );
    let a = assess(
        &bank,
        &advice,
        &record(&[
            ("strategy.a", L(4)),
            ("governance.a", L(2)),
            ("data-privacy.a", L(4)),
        ]),
    );
    assert_eq!(
        a.reasons,
        vec![VerdictReason::DimensionBelow {
            dimension: 1,
            score: 50,
            threshold: 60
        }]
    );
    let empty = assess(&bank, &advice, &Record::default());
    assert!(empty.reasons.contains(&VerdictReason::OverallBelow {
        score: 0,
        threshold: 40
    }));
}

#[test]
fn counts_and_unknowns() {
    let (bank, advice) = small_bank();
    let a = assess(
        &bank,
        &advice,
        &record(&[
            ("strategy.a", L(1)),
            ("governance.b", NotSure),
            ("data-privacy.a", L(4)),
        ]),
    );
    assert_eq!((a.answered, a.not_sure, a.total), (2, 1, 6));
    let unknowns: Vec<&str> = a.unknowns.iter().map(|i| &*i.id).collect();
    assert_eq!(unknowns, ["governance.b"]);
    let strengths: Vec<&str> = a.strengths.iter().map(|s| &*s.item.id).collect();
    assert_eq!(strengths, ["data-privacy.a"]);
    let gaps: Vec<&str> = a.gaps.iter().map(|s| &*s.item.id).collect();
    assert_eq!(gaps, ["strategy.a"]);
}

#[test]
fn next_steps_come_from_the_weakest_dimensions_with_their_band_and_triggers() {
    let (bank, advice) = small_bank();
    let a = assess(
        &bank,
        &advice,
        &record(&[
            ("strategy.a", L(4)),
            ("strategy.b", L(3)),
            ("governance.a", L(2)),
            ("data-privacy.a", L(0)),
            ("data-privacy.b", NotSure),
        ]),
    );
    let steps: Vec<(&str, &str)> = a
        .next_steps
        .iter()
        .map(|s| (&*s.dimension.id, &*s.recommendation.action))
        .collect();
    assert_eq!(
        steps,
        [
            ("data-privacy", "low data-privacy"),
            ("governance", "middle governance"),
            ("strategy", "high strategy"),
        ]
    );
    // The weak answers behind the data-privacy step, in trigger order.
    let because: Vec<(&str, Answer)> = a.next_steps[0]
        .because
        .iter()
        .map(|b| (&*b.item.id, b.answer))
        .collect();
    assert_eq!(
        because,
        [("data-privacy.a", L(0)), ("data-privacy.b", NotSure)]
    );
    // Strategy has no weak answer, so its step cites what was answered.
    assert_eq!(a.next_steps[2].because.len(), 2);
}

#[test]
fn an_empty_record_has_no_next_steps_and_an_unknown_dimension_ranks_first() {
    let (bank, advice) = small_bank();
    assert!(assess(&bank, &advice, &Record::default())
        .next_steps
        .is_empty());
    let a = assess(
        &bank,
        &advice,
        &record(&[("strategy.a", L(0)), ("governance.a", NotSure)]),
    );
    let order: Vec<&str> = a.next_steps.iter().map(|s| &*s.dimension.id).collect();
    // Both rank as 0; governance weighs more, so it comes first.
    assert_eq!(order, ["governance", "strategy"]);
}

#[test]
fn maturity_words_cover_every_score() {
    fn check(score: u32, expected: Maturity) {
        assert_eq!(Maturity::of(score), expected, "{score}");
    }
    check(0, Maturity::NotStarted);
    check(19, Maturity::NotStarted);
    check(20, Maturity::Emerging);
    check(40, Maturity::Developing);
    check(60, Maturity::Established);
    check(79, Maturity::Established);
    check(80, Maturity::Leading);
    check(100, Maturity::Leading);
}

#[test]
fn the_shipped_bank_scores_its_extremes() {
    let bank = QuestionBank::english().clone();
    let advice = Advice::english().clone();
    let all = |answer: Answer| {
        let mut r = Record::default();
        for (_, item) in bank.items() {
            r.set_answer(&item.id, Some(answer));
        }
        r
    };
    let top = assess(&bank, &advice, &all(L(4)));
    assert_eq!(
        (top.overall, top.verdict, top.answered),
        (Some(100), Verdict::ReadyToPilot, bank.item_count())
    );
    assert_eq!(top.next_steps.len(), 3);
    let bottom = assess(&bank, &advice, &all(L(0)));
    assert_eq!(
        (bottom.overall, bottom.verdict),
        (Some(0), Verdict::BuildFoundations)
    );
    assert!(bottom.next_steps.iter().all(|s| !s.because.is_empty()));
    let unsure = assess(&bank, &advice, &all(NotSure));
    assert_eq!(
        (unsure.overall, unsure.not_sure, unsure.unknowns.len()),
        (None, bank.item_count(), bank.item_count())
    );
    // Unknown governance and data privacy are the first things to resolve.
    let first_two: Vec<&str> = unsure
        .next_steps
        .iter()
        .take(2)
        .map(|s| &*s.dimension.id)
        .collect();
    assert_eq!(first_two, ["governance", "data-privacy"]);
}
