//! Scoring, the verdict and next steps, on a small hand-made bank (exact numbers) and on
//! the shipped bank (extremes).
#![cfg(not(target_arch = "wasm32"))]

use readiness_core::content::{Advice, QuestionBank};
use readiness_core::judgement::Verdict;
use readiness_core::record::{Answer, Record};
use readiness_core::scoring::{assess, Maturity};

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
        r#"{{"edition":1,"dimensions":[{},{},{}]}}"#,
        dimension("strategy", 1),
        dimension("governance", 2),
        dimension("data-privacy", 2)
    );
    let bank = QuestionBank::from_json(&json).unwrap_or_else(|e| panic!("{e:?}"));
    let advice = Advice::from_json(&json).unwrap_or_else(|e| panic!("{e:?}"));
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

/// Each case: answers, expected (strategy, governance, data) scores and overall. (The
/// verdict is the judgement's: `tests/scoring.rs` § judgement below.)
#[test]
fn scores() {
    fn check(answers: &[(&str, Answer)], scores: [Option<u32>; 3], overall: Option<u32>) {
        let (bank, advice) = small_bank();
        let a = assess(&bank, &advice, &record(answers));
        let got: Vec<Option<u32>> = a.dimensions.iter().map(|d| d.score).collect();
        assert_eq!(got, scores, "dimension scores for {answers:?}");
        assert_eq!(a.overall, overall, "overall for {answers:?}");
    }
    // Empty: nothing is known.
    check(&[], [None, None, None], None);
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
    );
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
        (top.overall, top.judgement.verdict, top.answered),
        (Some(100), Verdict::ReadyToPilot, bank.item_count())
    );
    // Everything is in place: nothing is recommended that the answers say is done.
    assert!(top.next_steps.is_empty());
    let bottom = assess(&bank, &advice, &all(L(0)));
    assert_eq!(
        (bottom.overall, bottom.judgement.verdict),
        (Some(0), Verdict::BuildFoundations)
    );
    assert_eq!(bottom.next_steps.len(), 3);
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

// § judgement: the verdict and the ladder, as a table of named answer patterns and as
// properties that hold for any answers.

mod judgement {
    use super::*;
    use proptest::prelude::*;
    use readiness_core::judgement::{judge, Reason, Status, Tier};
    use readiness_core::prioritise::rank;
    use readiness_core::record::{Mode, WorkflowChoices};
    use readiness_core::workflows::{Catalogue, Criterion, Ratings};
    use Status::{NotYet as N, Ready as R, WithConditions as C};

    /// Every shipped item at `level` (`None`: unanswered), then `overrides`.
    fn shipped(level: Option<Answer>, overrides: &[(&str, Option<Answer>)]) -> Record {
        let mut r = Record::default();
        for (_, item) in QuestionBank::english().items() {
            r.set_answer(&item.id, level);
        }
        for (id, answer) in overrides {
            assert!(QuestionBank::english().item(id).is_some(), "{id}");
            r.set_answer(id, *answer);
        }
        r
    }

    /// Every item of one area set to `answer`.
    fn area(id: &str, answer: Option<Answer>) -> Vec<(&'static str, Option<Answer>)> {
        QuestionBank::english()
            .dimension(id)
            .map(|d| d.items.iter().map(|i| (&*i.id, answer)).collect())
            .unwrap_or_default()
    }

    /// Four candidates from the shipped catalogue, one per kind, rated so that the riskiest
    /// rate highest: the unreviewed tutoring assistant, attendance patterns (identifiable
    /// data, reviewed), meal forecasting (aggregate), family FAQ replies (low risk).
    fn candidates() -> WorkflowChoices {
        let rated = [
            ("tutoring-assistant", [5, 5, 5, 5, 5]),
            ("attendance-patterns", [5, 5, 5, 5, 4]),
            ("meal-forecasting", [4, 4, 4, 4, 4]),
            ("faq-drafting", [3, 4, 4, 4, 4]),
        ];
        WorkflowChoices {
            considered: rated.iter().map(|(id, _)| (*id).to_owned()).collect(),
            ratings: rated
                .iter()
                .map(|(id, r)| {
                    let mut ratings = Ratings::default();
                    for (c, v) in Criterion::ALL.iter().zip(r) {
                        ratings.set(*c, Some(*v));
                    }
                    ((*id).to_owned(), ratings)
                })
                .collect(),
            ..WorkflowChoices::default()
        }
    }

    struct Case {
        name: &'static str,
        record: Record,
        verdict: Verdict,
        ladder: [Status; 3],
        /// What holds the next rung of the ladder back, first (see `tag`).
        first_reason: Option<&'static str>,
        /// The area of the first next step, if any.
        first_step: Option<&'static str>,
        /// "Start here", or the first candidate once the foundations are in place.
        start_here: Result<&'static str, Option<&'static str>>,
    }

    fn cases() -> Vec<Case> {
        use Verdict::*;
        let top = Some(L(4));
        let strong = Some(L(3));
        let mut pulse = shipped(None, &[]);
        pulse.mode = Mode::Pulse;
        for (_, item) in QuestionBank::english().items().filter(|(_, i)| i.pulse) {
            pulse.set_answer(&item.id, top);
        }
        let gov_and_privacy: Vec<_> = area("governance", top)
            .into_iter()
            .chain(area("data-privacy", top))
            .collect();
        vec![
            Case {
                name: "two top answers only",
                record: shipped(
                    None,
                    &[
                        ("governance.use-policy", top),
                        ("data-privacy.privacy-standards", top),
                    ],
                ),
                verdict: NotEnoughAnswers,
                ladder: [N, N, N],
                first_reason: Some("too few answers"),
                first_step: Some("governance"),
                start_here: Err(Some("faq-drafting")),
            },
            Case {
                name: "no AI policy and no privacy standards, the rest at the top",
                record: shipped(
                    top,
                    &[
                        ("governance.use-policy", Some(L(0))),
                        ("data-privacy.privacy-standards", Some(L(0))),
                    ],
                ),
                verdict: BuildFoundations,
                ladder: [N, N, N],
                first_reason: Some("must-have governance.use-policy"),
                first_step: Some("governance"),
                start_here: Err(Some("faq-drafting")),
            },
            Case {
                name: "four Not sure in governance, only its two must-haves answered",
                record: shipped(
                    top,
                    &[
                        ("governance.approval-process", Some(NotSure)),
                        ("governance.pilot-rules", Some(NotSure)),
                        ("governance.bias-review", Some(NotSure)),
                        ("governance.incident-route", Some(NotSure)),
                    ],
                ),
                verdict: NotEnoughAnswers,
                ladder: [N, N, N],
                first_reason: Some("too few in governance"),
                first_step: Some("governance"),
                start_here: Err(Some("faq-drafting")),
            },
            Case {
                name: "everything at the top level",
                record: shipped(top, &[]),
                verdict: ReadyToPilot,
                ladder: [R, R, R],
                first_reason: None,
                first_step: None,
                start_here: Ok("attendance-patterns"),
            },
            Case {
                name: "everything established",
                record: shipped(strong, &[]),
                verdict: ReadyToPilot,
                ladder: [R, R, R],
                first_reason: None,
                first_step: Some("governance"),
                start_here: Ok("attendance-patterns"),
            },
            Case {
                name: "everything developing",
                record: shipped(Some(L(2)), &[]),
                verdict: PilotWithConditions,
                // Interim guidance (use-policy level 2) is not enough for high-risk work,
                // which needs a board-approved policy staff have received.
                ladder: [C, C, N],
                first_reason: Some("governance below 60"),
                first_step: Some("governance"),
                start_here: Ok("meal-forecasting"),
            },
            Case {
                name: "everything emerging",
                record: shipped(Some(L(1)), &[]),
                verdict: BuildFoundations,
                ladder: [N, N, N],
                first_reason: Some("governance below 40"),
                first_step: Some("governance"),
                start_here: Err(Some("faq-drafting")),
            },
            Case {
                name: "everything Not sure",
                record: shipped(Some(NotSure), &[]),
                verdict: NotEnoughAnswers,
                ladder: [N, N, N],
                first_reason: Some("too few answers"),
                first_step: Some("governance"),
                start_here: Err(Some("faq-drafting")),
            },
            Case {
                name: "the pulse, every answer at the top",
                record: pulse,
                verdict: PilotWithConditions,
                ladder: [C, C, N],
                first_reason: Some("pulse"),
                first_step: Some("governance"),
                start_here: Ok("meal-forecasting"),
            },
            Case {
                name: "strong, but no one owns AI work",
                record: shipped(strong, &[("strategy.ownership", Some(L(1)))]),
                verdict: BuildFoundations,
                ladder: [N, N, N],
                first_reason: Some("must-have strategy.ownership"),
                first_step: Some("strategy"),
                start_here: Err(Some("faq-drafting")),
            },
            Case {
                name: "strong, but review of outputs is a written rule no one checks",
                record: shipped(strong, &[("governance.output-review", Some(L(2)))]),
                verdict: PilotWithConditions,
                ladder: [C, C, C],
                first_reason: Some("must-have governance.output-review"),
                first_step: Some("governance"),
                start_here: Ok("attendance-patterns"),
            },
            Case {
                name: "strong, but no fairness reviews",
                record: shipped(strong, &[("ethics.fairness-reviews", Some(L(0)))]),
                verdict: ReadyToPilot,
                ladder: [R, R, N],
                first_reason: Some("must-have ethics.fairness-reviews"),
                first_step: Some("ethics"),
                start_here: Ok("meal-forecasting"),
            },
            Case {
                name: "strong, but infrastructure has nothing in place",
                record: shipped(strong, &area("infrastructure", Some(L(0)))),
                verdict: ReadyToPilot,
                ladder: [R, N, N],
                first_reason: Some("infrastructure below 40"),
                first_step: Some("infrastructure"),
                start_here: Ok("faq-drafting"),
            },
            Case {
                name: "strong, with interim guidance but no board policy yet",
                record: shipped(strong, &[("governance.use-policy", Some(L(2)))]),
                verdict: PilotWithConditions,
                ladder: [C, C, N],
                first_reason: Some("must-have governance.use-policy"),
                first_step: Some("governance"),
                start_here: Ok("meal-forecasting"),
            },
            Case {
                // A policy staff have not been told of counts for nothing yet.
                name: "strong, with a board policy staff have not been told of",
                record: shipped(strong, &[("governance.use-policy", Some(L(1)))]),
                verdict: BuildFoundations,
                ladder: [N, N, N],
                first_reason: Some("must-have governance.use-policy"),
                first_step: Some("governance"),
                start_here: Err(Some("faq-drafting")),
            },
            Case {
                name: "governance and data privacy answered at the top, nothing else",
                record: shipped(None, &gov_and_privacy),
                verdict: NotEnoughAnswers,
                ladder: [N, N, N],
                first_reason: Some("too few answers"),
                first_step: Some("strategy"),
                start_here: Err(Some("faq-drafting")),
            },
            Case {
                name: "everything at the top, privacy standards Not sure",
                record: shipped(top, &[("data-privacy.privacy-standards", Some(NotSure))]),
                verdict: BuildFoundations,
                ladder: [N, N, N],
                first_reason: Some("must-have data-privacy.privacy-standards"),
                first_step: Some("data-privacy"),
                start_here: Err(Some("faq-drafting")),
            },
            Case {
                name: "strong, privacy terms read only when someone asks",
                record: shipped(strong, &[("data-privacy.privacy-standards", Some(L(1)))]),
                verdict: PilotWithConditions,
                ladder: [C, N, N],
                first_reason: Some("must-have data-privacy.privacy-standards"),
                first_step: Some("data-privacy"),
                start_here: Ok("faq-drafting"),
            },
        ]
    }

    #[test]
    fn named_answer_patterns_get_the_verdict_ladder_first_step_and_start_here_they_should() {
        let bank = QuestionBank::english();
        let advice = Advice::english();
        let catalogue = Catalogue::english().unwrap_or_else(|e| panic!("{e:?}"));
        let mut failures = Vec::new();
        for case in cases() {
            let mut record = case.record;
            record.workflows = candidates();
            let a = assess(bank, advice, &record);
            let ladder = a.judgement.ladder.clone().map(|r| r.status);
            let first_step = a.next_steps.first().map(|s| &*s.dimension.id);
            let ranking = rank(&catalogue.workflows, &record.workflows, &a.judgement);
            let start_here = match ranking.recommended {
                Some(i) => Ok(ranking.ranked[i].workflow.id.as_str()),
                None => Err(ranking
                    .first_candidate
                    .map(|i| ranking.ranked[i].workflow.id.as_str())),
            };
            let first_reason = a
                .judgement
                .next_rung()
                .and_then(|r| r.reasons.first())
                .map(tag);
            let got = (
                a.judgement.verdict,
                ladder,
                first_reason.as_deref(),
                first_step,
                start_here,
            );
            let expected = (
                case.verdict,
                case.ladder,
                case.first_reason,
                case.first_step,
                case.start_here,
            );
            if got != expected {
                failures.push(format!(
                    "{}:\n  expected {expected:?}\n  got      {got:?}\n  reasons {:?}",
                    case.name, a.judgement.ladder[0].reasons
                ));
            }
            // Whatever the case, a held-back or unreviewed workflow is never "Start here".
            if let Some(i) = ranking.recommended {
                let w = ranking.ranked[i].workflow;
                assert!(
                    a.judgement.allows(Tier::of(w)) && w.human_review,
                    "{}",
                    case.name
                );
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// A reason, named briefly: what it is about.
    fn tag(reason: &Reason) -> String {
        match reason {
            Reason::TooFewAnswers {
                dimension: None, ..
            } => "too few answers".into(),
            Reason::TooFewAnswers {
                dimension: Some(d), ..
            } => format!("too few in {}", d.id),
            Reason::AreaBelow {
                dimension,
                threshold,
                ..
            } => format!("{} below {threshold}", dimension.id),
            Reason::OverallBelow { threshold, .. } => format!("overall below {threshold}"),
            Reason::MustHave { item, .. } => format!("must-have {}", item.id),
            Reason::PulseOnly => "pulse".into(),
        }
    }

    /// An answer as a rung of its own order: unanswered and "Not sure" claim nothing, then
    /// levels 0 to 4.
    fn strength(a: Option<Answer>) -> i32 {
        match a {
            None | Some(NotSure) => -1,
            Some(L(l)) => i32::from(l),
        }
    }

    fn any_answer() -> impl Strategy<Value = Option<Answer>> {
        prop_oneof![
            Just(None),
            Just(Some(NotSure)),
            (0u8..5).prop_map(|l| Some(L(l))),
        ]
    }

    fn any_record() -> impl Strategy<Value = Record> {
        let bank = QuestionBank::english();
        let ids: Vec<String> = bank.items().map(|(_, i)| i.id.to_string()).collect();
        // Mostly strong answers, so that every rung of the ladder is reached.
        let answer = prop_oneof![
            1 => any_answer(),
            3 => (2u8..5).prop_map(|l| Some(L(l))),
        ];
        (prop::collection::vec(answer, ids.len()), any::<bool>()).prop_map(
            move |(answers, pulse)| {
                let mut r = Record::default();
                for (id, a) in ids.iter().zip(answers) {
                    r.set_answer(id, a);
                }
                if pulse {
                    r.mode = Mode::Pulse;
                }
                r
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        /// Raising one answer never lowers the verdict or any tier; lowering one (to a
        /// lower level, "Not sure" or nothing) never raises them.
        #[test]
        fn the_judgement_is_monotonic_in_every_answer(
            record in any_record(),
            index in 0usize..100,
            to in any_answer(),
        ) {
            let bank = QuestionBank::english();
            let (_, item) = bank.items().nth(index % bank.item_count()).unwrap_or_else(|| unreachable!());
            let from = record.answers.get(&*item.id).copied();
            let mut changed = record.clone();
            changed.set_answer(&item.id, to);
            let (before, after) = (judge(bank, &record), judge(bank, &changed));
            let statuses = |j: &readiness_core::judgement::Judgement| j.ladder.clone().map(|r| r.status);
            if strength(to) >= strength(from) {
                prop_assert!(after.verdict >= before.verdict, "{} raised from {from:?} to {to:?}", item.id);
                for (b, a) in statuses(&before).iter().zip(statuses(&after)) {
                    prop_assert!(a >= *b, "{} raised from {from:?} to {to:?}", item.id);
                }
            }
            if strength(to) <= strength(from) {
                prop_assert!(after.verdict <= before.verdict, "{} lowered from {from:?} to {to:?}", item.id);
                for (b, a) in statuses(&before).iter().zip(statuses(&after)) {
                    prop_assert!(a <= *b, "{} lowered from {from:?} to {to:?}", item.id);
                }
            }
        }

        /// No average carries a tier past a missing must-have; a higher tier is never
        /// judged above a lower one; without half the answers there is no verdict; and
        /// the pulse is never ready.
        #[test]
        fn must_haves_evidence_and_the_pulse_hold_the_ladder(record in any_record()) {
            let bank = QuestionBank::english();
            let j = judge(bank, &record);
            for rung in &j.ladder {
                for (_, item) in bank.items() {
                    if let Some(must) = item.must_have_for(rung.tier) {
                        let level = match record.answers.get(&*item.id) {
                            Some(L(l)) => Some(*l),
                            _ => None,
                        };
                        if level.is_none_or(|l| l < must.conditions) {
                            prop_assert_eq!(rung.status, N, "{} lets {:?} through", item.id, rung.tier);
                        } else if level.is_none_or(|l| l < must.ready) {
                            prop_assert!(rung.status <= C, "{} lets {:?} be ready", item.id, rung.tier);
                        }
                    }
                }
            }
            for pair in j.ladder.windows(2) {
                prop_assert!(pair[1].status <= pair[0].status);
            }
            let asked: Vec<_> = record.mode.items(bank).collect();
            let levelled = asked.iter().filter(|i| matches!(record.answers.get(&*i.id), Some(L(_)))).count();
            if levelled * 2 < asked.len() {
                prop_assert_eq!(j.verdict, Verdict::NotEnoughAnswers);
            }
            if record.mode == Mode::Pulse {
                prop_assert!(j.ladder.iter().all(|r| r.status <= C));
            }
        }
    }

    #[test]
    fn must_have_marks_are_valid_and_cover_what_every_pilot_needs() {
        let bank = QuestionBank::english();
        assert_eq!(bank.validate(), Ok(()));
        let low: Vec<&str> = bank
            .items()
            .filter(|(_, i)| i.must_have_for(Tier::Low).is_some())
            .map(|(_, i)| &*i.id)
            .collect();
        for needed in [
            "governance.use-policy",
            "data-privacy.privacy-standards",
            "governance.output-review",
            "strategy.ownership",
        ] {
            assert!(
                low.contains(&needed),
                "{needed} must be a must-have for every pilot"
            );
        }
        for needed in ["ethics.human-judgment", "ethics.fairness-reviews"] {
            assert!(bank
                .item(needed)
                .is_some_and(|(_, i)| i.must_have_for(Tier::High).is_some()));
        }
    }

    #[test]
    fn a_must_have_entry_out_of_order_is_refused() {
        let json = include_str!("../../../content/en/questionnaire.json").replacen(
            r#""must_have": [
            {
              "from_tier": "low","#,
            r#""must_have": [
            {
              "from_tier": "high",
              "conditions": 1,
              "ready": 1
            },
            {
              "from_tier": "low","#,
            1,
        );
        let bank = QuestionBank::from_json(&json).unwrap_or_else(|e| panic!("{e:?}"));
        let error = bank
            .validate()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(error.contains("must-have"), "{error}");
    }
}
