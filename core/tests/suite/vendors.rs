//! The vendor data-agreement checklist: its content (every topic the district needs, one
//! ask each, every source in the bibliography, dated) and which answers leave a risk open.

use std::collections::BTreeMap;

use readiness_core::grounding::Bibliography;
use readiness_core::vendors::{CheckAnswer, Checklist};

fn checklist() -> Checklist {
    Checklist::english().unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn the_checklist_covers_every_topic_once_each_citing_the_bibliography() {
    let list = checklist();
    let ids: Vec<&str> = list.checks.iter().map(|c| c.id.as_str()).collect();
    // The topics a district needs settled before a pilot.
    for topic in [
        "no-training",
        "purpose-limit",
        "retention-limit",
        "delete-at-end",
        "breach-notice",
        "subprocessors-named",
        "data-location",
        "age-limit",
        "under-13-consent",
        "accessibility-report",
        "audit-rights",
        "output-ownership",
        "exit-plan",
    ] {
        assert!(ids.contains(&topic), "no check on {topic}");
    }
    assert!((12..=20).contains(&list.checks.len()));
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "check ids are unique");
    let critical = list.checks.iter().filter(|c| c.critical).count();
    assert!((5..=9).contains(&critical), "{critical} critical checks");
    let bibliography = Bibliography::english();
    for check in &list.checks {
        assert!(check.question.ends_with('?'), "{}: a question", check.id);
        assert_eq!(
            check.question.matches('?').count(),
            1,
            "{}: one ask",
            check.id
        );
        assert!(
            !check.why.is_empty() && check.why.ends_with('.'),
            "{}: why",
            check.id
        );
        assert!(!check.sources.is_empty(), "{}: cites nothing", check.id);
        for citation in &check.sources {
            assert!(
                bibliography.source(&citation.source).is_some(),
                "{}: {} is not in the bibliography",
                check.id,
                citation.source
            );
        }
    }
    // "As of" a month: YYYY-MM.
    let (year, month) = list.as_of.split_once('-').unwrap_or_default();
    assert!(
        year.len() == 4 && year.parse::<u32>().is_ok(),
        "{}",
        list.as_of
    );
    assert!(matches!(month.parse::<u32>(), Ok(1..=12)), "{}", list.as_of);
}

#[test]
fn a_critical_check_not_answered_yes_is_an_open_risk() {
    let list = checklist();
    let critical: Vec<&str> = list
        .checks
        .iter()
        .filter(|c| c.critical)
        .map(|c| c.id.as_str())
        .collect();
    let all_yes: BTreeMap<String, CheckAnswer> = list
        .checks
        .iter()
        .map(|c| (c.id.clone(), CheckAnswer::Yes))
        .collect();
    assert!(list.open_risks(&all_yes).is_empty());

    let ids = |answers: &BTreeMap<String, CheckAnswer>| -> Vec<String> {
        list.open_risks(answers)
            .iter()
            .map(|c| c.id.clone())
            .collect()
    };
    for answer in [CheckAnswer::No, CheckAnswer::NotKnown] {
        let mut answers = all_yes.clone();
        answers.insert("no-training".to_owned(), answer);
        assert_eq!(ids(&answers), ["no-training"], "{answer:?}");
    }
    // A non-critical "no" is for the district to weigh, not a block.
    let mut answers = all_yes.clone();
    answers.insert("data-location".to_owned(), CheckAnswer::No);
    assert!(ids(&answers).is_empty());
    // Nothing answered yet: every critical check is open.
    assert_eq!(ids(&BTreeMap::new()), critical);
}
