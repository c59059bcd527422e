//! Workflow prioritisation: priority, risk, ranking, ties, the gate (the judgement's
//! ladder), and the shipped catalogue.
#![cfg(not(target_arch = "wasm32"))]

use readiness_core::content::QuestionBank;
use readiness_core::grounding::Bibliography;
use readiness_core::judgement::{judge, Judgement, Status, Tier};
use readiness_core::prioritise::{is_high_risk, rank, risk, Difference};
use readiness_core::record::{Answer, Record, WorkflowChoices};
use readiness_core::workflows::{Audience, Catalogue, Criterion, DataUse, Ratings, Workflow};

fn workflow(
    id: &str,
    data: DataUse,
    audience: Audience,
    human_review: bool,
    high_stakes: bool,
) -> Workflow {
    Workflow {
        id: id.into(),
        name: format!("{id} name"),
        description: String::new(),
        department: String::new(),
        data,
        audience,
        human_review,
        high_stakes,
        outcome: String::new(),
        group: None,
        sources: Vec::new(),
    }
}

fn low(id: &str) -> Workflow {
    workflow(id, DataUse::StaffOrPublic, Audience::Families, true, false)
}

fn ratings(r: [u8; 5]) -> Ratings {
    let mut out = Ratings::default();
    for (c, v) in Criterion::ALL.iter().zip(r) {
        out.set(*c, Some(v));
    }
    out
}

fn choices(rated: &[(&str, [u8; 5])]) -> WorkflowChoices {
    WorkflowChoices {
        considered: rated.iter().map(|(id, _)| (*id).to_owned()).collect(),
        ratings: rated
            .iter()
            .map(|(id, r)| ((*id).to_owned(), ratings(*r)))
            .collect(),
        ..WorkflowChoices::default()
    }
}

/// The shipped bank judged with every answer at `level`, except `overrides`.
fn ladder(level: u8, overrides: &[(&str, u8)]) -> Judgement<'static> {
    let bank = QuestionBank::english();
    let mut record = Record::default();
    for (_, item) in bank.items() {
        record.set_answer(&item.id, Some(Answer::Level(level)));
    }
    for (id, l) in overrides {
        record.set_answer(id, Some(Answer::Level(*l)));
    }
    judge(bank, &record)
}

/// Every tier ready.
fn all_ready() -> Judgement<'static> {
    let j = ladder(4, &[]);
    assert!(j.ladder.iter().all(|r| r.status == Status::Ready));
    j
}

/// Low and aggregate tiers ready, the high-risk tier not yet (no fairness reviews).
fn high_risk_held() -> Judgement<'static> {
    let j = ladder(4, &[("ethics.fairness-reviews", 0)]);
    assert_eq!(j.status(Tier::Aggregate), Status::Ready);
    assert_eq!(j.status(Tier::High), Status::NotYet);
    j
}

/// Each case: the attributes and whether the workflow is high-risk, and its risk.
/// A workflow whose outputs nobody reviews is high-risk, whatever else it is.
#[test]
fn risk_follows_the_attributes() {
    fn check(w: Workflow, high: bool, expected_risk: u32) {
        assert_eq!((is_high_risk(&w), risk(&w)), (high, expected_risk), "{w:?}");
    }
    check(
        workflow("a", DataUse::None, Audience::Internal, true, false),
        false,
        0,
    );
    check(
        workflow("b", DataUse::StaffOrPublic, Audience::Families, true, false),
        false,
        20,
    );
    check(
        workflow(
            "c",
            DataUse::AggregateStudent,
            Audience::Internal,
            true,
            false,
        ),
        false,
        20,
    );
    check(
        workflow(
            "d",
            DataUse::IdentifiableStudent,
            Audience::Internal,
            true,
            false,
        ),
        true,
        40,
    );
    check(
        workflow("e", DataUse::None, Audience::Students, true, false),
        true,
        20,
    );
    check(
        workflow("f", DataUse::None, Audience::Internal, true, true),
        true,
        20,
    );
    check(
        workflow(
            "g",
            DataUse::StaffOrPublic,
            Audience::Internal,
            false,
            false,
        ),
        true,
        30,
    );
    check(
        workflow(
            "h",
            DataUse::IdentifiableStudent,
            Audience::Students,
            false,
            true,
        ),
        true,
        100,
    );
}

#[test]
fn priority_scales_the_ratings_and_ranks_highest_first() {
    let catalogue = [low("a"), low("b"), low("c")];
    let choices = choices(&[
        ("a", [1, 1, 1, 1, 1]),
        ("b", [5, 5, 5, 5, 5]),
        ("c", [3, 3, 3, 3, 3]),
    ]);
    let ranking = rank(&catalogue, &choices, &all_ready());
    let order: Vec<(&str, u32)> = ranking
        .ranked
        .iter()
        .map(|r| (r.workflow.id.as_str(), r.priority))
        .collect();
    assert_eq!(order, [("b", 100), ("c", 50), ("a", 0)]);
    assert_eq!(ranking.recommended, Some(0));
    // Value is how common and painful: ratings 5 and 5 give 100.
    assert_eq!(ranking.ranked[0].value, 100);
}

#[test]
fn ties_go_to_the_lower_risk_then_the_name() {
    let catalogue = [
        workflow(
            "risky",
            DataUse::AggregateStudent,
            Audience::Families,
            true,
            false,
        ),
        low("zeta"),
        low("alpha"),
    ];
    let choices = choices(&[
        ("risky", [4, 4, 4, 4, 4]),
        ("zeta", [4, 4, 4, 4, 4]),
        ("alpha", [4, 4, 4, 4, 4]),
    ]);
    let order: Vec<String> = rank(&catalogue, &choices, &all_ready())
        .ranked
        .iter()
        .map(|r| r.workflow.id.clone())
        .collect();
    assert_eq!(order, ["alpha", "zeta", "risky"]);
}

/// Each case: a high-risk workflow ranked first, the gate open or closed, and which one
/// is recommended.
#[test]
fn the_gate_holds_back_every_kind_of_high_risk_workflow() {
    let high_risk = [
        workflow(
            "identifiable",
            DataUse::IdentifiableStudent,
            Audience::Internal,
            true,
            false,
        ),
        workflow(
            "student-facing",
            DataUse::None,
            Audience::Students,
            true,
            false,
        ),
        workflow(
            "high-stakes",
            DataUse::AggregateStudent,
            Audience::Internal,
            true,
            true,
        ),
    ];
    for hr in high_risk {
        let catalogue = [hr.clone(), low("safe")];
        let choices = choices(&[(hr.id.as_str(), [5, 5, 5, 5, 5]), ("safe", [3, 3, 3, 3, 3])]);

        let open = rank(&catalogue, &choices, &all_ready());
        assert_eq!(
            open.ranked[open.recommended.unwrap_or(9)].workflow.id,
            hr.id,
            "gate open"
        );

        let closed = rank(&catalogue, &choices, &high_risk_held());
        let held = closed.ranked.iter().find(|r| r.workflow.id == hr.id);
        assert!(held.is_some_and(|r| r.held_back), "{}", hr.id);
        assert_eq!(
            closed.ranked[closed.recommended.unwrap_or(9)].workflow.id,
            "safe",
            "gate closed"
        );
    }
}

#[test]
fn with_the_gate_closed_and_only_high_risk_workflows_nothing_is_recommended() {
    let catalogue = [workflow(
        "tutor",
        DataUse::IdentifiableStudent,
        Audience::Students,
        false,
        false,
    )];
    let choices = choices(&[("tutor", [5, 5, 5, 5, 5])]);
    let ranking = rank(&catalogue, &choices, &high_risk_held());
    assert_eq!(ranking.recommended, None);
}

#[test]
fn close_scores_say_what_separated_them() {
    let catalogue = [low("a"), low("b"), low("far")];
    let choices = choices(&[
        ("a", [5, 4, 4, 4, 4]),
        ("b", [4, 4, 4, 5, 3]),
        ("far", [1, 1, 1, 1, 1]),
    ]);
    let ranking = rank(&catalogue, &choices, &all_ready());
    assert_eq!(ranking.ranked[0].workflow.id, "a");
    assert_eq!(
        ranking.separated_by,
        [
            Difference {
                criterion: Criterion::Common,
                winner: 5,
                runner_up: 4
            },
            Difference {
                criterion: Criterion::Pain,
                winner: 4,
                runner_up: 5
            },
            Difference {
                criterion: Criterion::Fit,
                winner: 4,
                runner_up: 3
            },
        ]
    );
    // Far apart: nothing to explain.
    let far_apart = self::choices(&[("a", [5, 5, 5, 5, 5]), ("far", [1, 1, 1, 1, 1])]);
    let apart = rank(&catalogue, &far_apart, &all_ready());
    assert!(apart.separated_by.is_empty());
}

#[test]
fn partly_rated_and_unknown_workflows_are_not_ranked() {
    let catalogue = [low("a"), low("b")];
    let mut choices = choices(&[("a", [3, 3, 3, 3, 3])]);
    choices.considered.push("b".into());
    choices.ratings.insert(
        "b".into(),
        Ratings {
            common: Some(2),
            ..Ratings::default()
        },
    );
    choices.considered.push("gone".into());
    let ranking = rank(&catalogue, &choices, &all_ready());
    assert_eq!(ranking.ranked.len(), 1);
    let unrated: Vec<&str> = ranking.unrated.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(unrated, ["b"]);
}

#[test]
fn custom_workflows_rank_alongside_the_catalogue() {
    let catalogue = [low("a")];
    let mut choices = choices(&[("a", [3, 3, 3, 3, 3]), ("custom-1", [4, 4, 4, 4, 4])]);
    choices.custom.push(low("custom-1"));
    let ranking = rank(&catalogue, &choices, &all_ready());
    assert_eq!(ranking.ranked[0].workflow.id, "custom-1");
}

#[test]
fn a_workflow_nobody_reviews_is_never_a_first_pilot_even_when_every_tier_is_ready() {
    let catalogue = [
        workflow(
            "unreviewed",
            DataUse::None,
            Audience::Internal,
            false,
            false,
        ),
        low("reviewed"),
    ];
    let choices = choices(&[
        ("unreviewed", [5, 5, 5, 5, 5]),
        ("reviewed", [2, 2, 2, 2, 2]),
    ]);
    let ranking = rank(&catalogue, &choices, &all_ready());
    let recommended = ranking
        .recommended
        .map(|i| ranking.ranked[i].workflow.id.as_str());
    assert_eq!(recommended, Some("reviewed"));
}

#[test]
fn when_nothing_may_be_piloted_the_best_reviewed_workflow_is_the_first_candidate() {
    let catalogue = [
        workflow(
            "tutor",
            DataUse::IdentifiableStudent,
            Audience::Students,
            false,
            false,
        ),
        low("faq"),
    ];
    let choices = choices(&[("tutor", [5, 5, 5, 5, 5]), ("faq", [4, 4, 4, 4, 4])]);
    let ranking = rank(&catalogue, &choices, &ladder(0, &[]));
    assert_eq!(ranking.recommended, None);
    let candidate = ranking
        .first_candidate
        .map(|i| ranking.ranked[i].workflow.id.as_str());
    assert_eq!(candidate, Some("faq"));
}

#[test]
fn risk_counts_in_the_ranking_and_the_ranking_says_when_it_changed_the_order() {
    // Identifiable student data, reviewed: priority 75, risk 40, standing 55. Low risk:
    // priority 65 (rounded), risk 20, standing 55 or more.
    let catalogue = [
        workflow(
            "records",
            DataUse::IdentifiableStudent,
            Audience::Internal,
            true,
            false,
        ),
        low("faq"),
    ];
    let choices = choices(&[("records", [4, 4, 4, 4, 4]), ("faq", [4, 4, 4, 3, 4])]);
    let ranking = rank(&catalogue, &choices, &all_ready());
    let order: Vec<&str> = ranking
        .ranked
        .iter()
        .map(|r| r.workflow.id.as_str())
        .collect();
    assert_eq!(order, ["faq", "records"]);
    assert!(ranking.ranked[1].priority > ranking.ranked[0].priority);
    assert_eq!(ranking.passed_for_risk, [1]);
}

#[test]
fn the_shipped_catalogue_is_valid_and_gates_the_risky_ones() {
    let catalogue = Catalogue::english().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(catalogue.validate(Bibliography::english()), Ok(()));
    let find = |id: &str| {
        catalogue
            .workflows
            .iter()
            .find(|w| w.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    for id in [
        "tutoring-assistant",
        "student-support-flags",
        "attendance-patterns",
        "teacher-feedback",
        "iep-drafting",
        "bus-routing",
        "substitute-placement",
        "enrollment-trends",
    ] {
        assert!(is_high_risk(find(id)), "{id} must be high-risk");
    }
    for id in [
        "faq-drafting",
        "newsletter-drafting",
        "meal-forecasting",
        "helpdesk-triage",
    ] {
        assert!(!is_high_risk(find(id)), "{id} must not be high-risk");
    }
}
