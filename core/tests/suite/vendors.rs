//! The vendor data-agreement checklist: its content (every topic the district needs, one
//! ask each, every source in the bibliography, dated) and which answers leave a risk open.

use readiness_core::grounding::Bibliography;
use readiness_core::vendors::{CheckAnswer, Checklist, VendorTool};

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

/// A tool named "Reply drafting assistant" with these answers and notes.
fn tool(answers: &[(&str, CheckAnswer)], notes: &[(&str, &str)]) -> VendorTool {
    let mut tool = VendorTool {
        name: "Reply drafting assistant".to_owned(),
        ..VendorTool::default()
    };
    for (id, answer) in answers {
        tool.check_mut(id).answer = Some(*answer);
    }
    for (id, note) in notes {
        tool.check_mut(id).note = (*note).to_owned();
    }
    tool
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
    let every = |answer| -> Vec<(&str, CheckAnswer)> {
        list.checks
            .iter()
            .map(|c| (c.id.as_str(), answer))
            .collect()
    };
    let all_yes = tool(&every(CheckAnswer::Yes), &[]);
    assert!(list.open_risks(&all_yes).is_empty());

    let ids = |tool: &VendorTool| -> Vec<String> {
        list.open_risks(tool).iter().map(|c| c.id.clone()).collect()
    };
    for answer in [CheckAnswer::No, CheckAnswer::NotKnown] {
        let mut one_open = all_yes.clone();
        one_open.check_mut("no-training").answer = Some(answer);
        assert_eq!(ids(&one_open), ["no-training"], "{answer:?}");
        // A note does not close it.
        one_open.check_mut("no-training").note = "Asked the provider".to_owned();
        assert_eq!(ids(&one_open), ["no-training"], "{answer:?} with a note");
    }
    // A non-critical "no" is for the district to weigh, not a block.
    let mut weighed = all_yes.clone();
    weighed.check_mut("data-location").answer = Some(CheckAnswer::No);
    assert!(ids(&weighed).is_empty());
    // Nothing answered yet, or answered and then cleared: every critical check is open.
    assert_eq!(ids(&tool(&[], &[])), critical);
    let mut cleared = all_yes.clone();
    for check in &mut cleared.checks {
        check.answer = None;
    }
    assert_eq!(ids(&cleared), critical);
    // Every other answer pattern: open exactly where a critical check is not "yes".
    for (i, answer) in [CheckAnswer::No, CheckAnswer::NotKnown]
        .into_iter()
        .enumerate()
    {
        let mixed: Vec<(&str, CheckAnswer)> = list
            .checks
            .iter()
            .enumerate()
            .map(|(j, c)| {
                (
                    c.id.as_str(),
                    if (i + j) % 2 == 0 {
                        answer
                    } else {
                        CheckAnswer::Yes
                    },
                )
            })
            .collect();
        let expected: Vec<String> = mixed
            .iter()
            .filter(|(id, a)| *a != CheckAnswer::Yes && critical.contains(id))
            .map(|(id, _)| (*id).to_owned())
            .collect();
        assert_eq!(ids(&tool(&mixed, &[])), expected);
    }
}

#[test]
fn two_tabs_checking_the_same_tool_keep_both_tabs_answers_and_notes() {
    use readiness_core::merge::merge;
    use readiness_core::record::Record;
    let with = |t: VendorTool| Record {
        vendors: vec![t],
        ..Record::default()
    };
    let base = with(tool(&[], &[]));
    let mine = with(tool(
        &[("no-training", CheckAnswer::Yes)],
        &[("no-training", "Order form 4.2")],
    ));
    let theirs = with(tool(
        &[("breach-notice", CheckAnswer::NotKnown)],
        &[("no-training", "Asked legal")],
    ));
    let merged = merge(&base, &mine, &theirs, "MARK");
    let t = &merged.vendors[0];
    assert_eq!(t.answer("no-training"), Some(CheckAnswer::Yes));
    assert_eq!(t.answer("breach-notice"), Some(CheckAnswer::NotKnown));
    assert_eq!(
        t.check("no-training").map(|c| c.note.as_str()),
        Some("Order form 4.2\n\nMARK\nAsked legal")
    );
    // The same answer changed in both tabs: this tab's, as for the questions.
    let mine_no = with(tool(&[("no-training", CheckAnswer::No)], &[]));
    let theirs_yes = with(tool(&[("no-training", CheckAnswer::Yes)], &[]));
    let both = merge(&base, &mine_no, &theirs_yes, "MARK");
    assert_eq!(both.vendors[0].answer("no-training"), Some(CheckAnswer::No));

    // A tool added in one tab while the other answered: the list as a whole, the change
    // being saved.
    let mut added = mine.clone();
    added.vendors.push(VendorTool {
        name: "Lesson planner".to_owned(),
        ..VendorTool::default()
    });
    assert_eq!(merge(&base, &added, &theirs, "MARK").vendors, added.vendors);
}
