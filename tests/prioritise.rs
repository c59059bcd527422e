//! Workflow prioritisation: priority, risk, ranking, ties, the readiness gate, and the
//! shipped catalogue.
#![cfg(not(target_arch = "wasm32"))]

use district_ai_readiness::core::content::{Advice, QuestionBank};
use district_ai_readiness::core::prioritise::{
    blockers, is_high_risk, rank, risk, Blocker, Difference,
};
use district_ai_readiness::core::record::{Answer, Record, WorkflowChoices};
use district_ai_readiness::core::scoring::assess;
use district_ai_readiness::core::workflows::{
    Audience, Catalogue, Criterion, DataUse, Ratings, Workflow,
};

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

fn closed_gate() -> Vec<Blocker<'static>> {
    vec![Blocker {
        dimension: 1,
        score: Some(25),
        weak_answers: Vec::new(),
    }]
}

/// Each case: the attributes and whether the workflow is high-risk, and its risk.
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
        false,
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
    let ranking = rank(&catalogue, &choices, Vec::new());
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
    let order: Vec<String> = rank(&catalogue, &choices, Vec::new())
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

        let open = rank(&catalogue, &choices, Vec::new());
        assert_eq!(
            open.ranked[open.recommended.unwrap_or(9)].workflow.id,
            hr.id,
            "gate open"
        );

        let closed = rank(&catalogue, &choices, closed_gate());
        assert!(closed.ranked[0].held_back, "{}", hr.id);
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
    let ranking = rank(&catalogue, &choices, closed_gate());
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
    let ranking = rank(&catalogue, &choices, Vec::new());
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
    let apart = rank(&catalogue, &far_apart, Vec::new());
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
    let ranking = rank(&catalogue, &choices, Vec::new());
    assert_eq!(ranking.ranked.len(), 1);
    let unrated: Vec<&str> = ranking.unrated.iter().map(|w| w.id.as_str()).collect();
    assert_eq!(unrated, ["b"]);
}

#[test]
fn custom_workflows_rank_alongside_the_catalogue() {
    let catalogue = [low("a")];
    let mut choices = choices(&[("a", [3, 3, 3, 3, 3]), ("custom-1", [4, 4, 4, 4, 4])]);
    choices.custom.push(low("custom-1"));
    let ranking = rank(&catalogue, &choices, Vec::new());
    assert_eq!(ranking.ranked[0].workflow.id, "custom-1");
}

/// The gate opens only when both governance and data & privacy reach the threshold.
#[test]
fn blockers_name_the_weak_dimension_and_its_answers() {
    let bank = QuestionBank::english().clone();
    let mut record = Record::default();
    let set_dimension = |record: &mut Record, id: &str, answer: Answer| {
        for item in bank
            .dimension(id)
            .unwrap_or_else(|| panic!("{id}"))
            .items
            .iter()
        {
            record.set_answer(&item.id, Some(answer));
        }
    };
    // Nothing answered: both unknown.
    let found = blockers(
        &bank,
        &assess(&bank, Advice::english(), &record),
        &record.answers,
    );
    assert_eq!(
        found.iter().map(|b| b.score).collect::<Vec<_>>(),
        [None, None]
    );

    set_dimension(&mut record, "governance", Answer::Level(4));
    set_dimension(&mut record, "data-privacy", Answer::Level(1));
    let found = blockers(
        &bank,
        &assess(&bank, Advice::english(), &record),
        &record.answers,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(bank.dimensions[found[0].dimension].id, "data-privacy");
    assert_eq!(found[0].score, Some(25));
    assert_eq!(
        found[0].weak_answers.len(),
        bank.dimension("data-privacy").map_or(0, |d| d.items.len())
    );

    set_dimension(&mut record, "data-privacy", Answer::Level(3));
    assert!(blockers(
        &bank,
        &assess(&bank, Advice::english(), &record),
        &record.answers
    )
    .is_empty());
}

#[test]
fn the_shipped_catalogue_is_valid_and_gates_the_risky_ones() {
    let catalogue = Catalogue::english().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(catalogue.validate(), Ok(()));
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
    ] {
        assert!(is_high_risk(find(id)), "{id} must be high-risk");
    }
    for id in ["faq-drafting", "newsletter-drafting", "enrollment-trends"] {
        assert!(!is_high_risk(find(id)), "{id} must not be high-risk");
    }
}
