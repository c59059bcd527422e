//! Team mode: the merge of several members' answers, by its properties (order does not
//! matter, one member is their own team, a member who agrees with the team changes
//! nothing) and by named answer patterns.

use std::collections::BTreeMap;

use proptest::prelude::*;
use readiness_core::content::QuestionBank;
use readiness_core::editions::History;
use readiness_core::judgement::{judge, Status};
use readiness_core::record::{Answer, Member, Record};
use readiness_core::share::share_fragments;
use readiness_core::share::{encode_fragment, ShareError};
use readiness_core::team::{add_links, lower_median, merge, Added};

use Answer::{Level as L, NotSure};

const POLICY: &str = "governance.use-policy"; // a must-have: conditions from level 2
const BIAS: &str = "governance.bias-review"; // not a must-have

fn bank() -> &'static QuestionBank {
    QuestionBank::english()
}

fn member(label: &str, answers: &[(&str, Answer)]) -> Member {
    Member {
        label: label.to_owned(),
        answers: answers
            .iter()
            .map(|(id, a)| ((*id).to_owned(), *a))
            .collect(),
    }
}

/// Everyone at `level`, with some answers changed.
fn everyone_at(label: &str, level: u8, changed: &[(&str, Answer)]) -> Member {
    let mut answers: BTreeMap<String, Answer> = bank()
        .items()
        .map(|(_, i)| (i.id.to_string(), L(level)))
        .collect();
    for (id, a) in changed {
        answers.insert((*id).to_owned(), *a);
    }
    Member {
        label: label.to_owned(),
        answers,
    }
}

fn item<'a>(
    team: &'a readiness_core::team::Team<'a>,
    id: &str,
) -> &'a readiness_core::team::TeamItem<'a> {
    team.items
        .iter()
        .find(|i| &*i.item.id == id)
        .unwrap_or_else(|| panic!("{id} is in the bank"))
}

#[test]
fn the_lower_median_takes_the_cautious_middle() {
    let cases: [(&[u8], Option<u8>); 6] = [
        (&[], None),
        (&[3], Some(3)),
        (&[1, 3], Some(1)),
        (&[0, 2, 4], Some(2)),
        (&[1, 2, 3, 4], Some(2)),
        (&[0, 0, 4, 4], Some(0)),
    ];
    for (sorted, expected) in cases {
        assert_eq!(lower_median(sorted), expected, "{sorted:?}");
    }
}

/// Each named pattern: the members' answers to two questions and what the team makes of
/// them: (levels count, not sure, spread, team answer, disputed).
#[test]
fn named_patterns_of_two_questions() {
    type Expected = ([usize; 5], usize, Option<u8>, Option<Answer>, bool);
    let cases: [(&str, &[Answer], Expected, Expected); 5] = [
        (
            "all agree at 3",
            &[L(3), L(3), L(3)],
            ([0, 0, 0, 3, 0], 0, Some(0), Some(L(3)), false),
            ([0, 0, 0, 3, 0], 0, Some(0), Some(L(3)), false),
        ),
        (
            "the technology director says 4, the academic officer 1",
            &[L(4), L(1)],
            // The must-have takes the lowest; one member meets its minimum (2), one does not.
            ([0, 1, 0, 0, 1], 0, Some(3), Some(L(1)), true),
            ([0, 1, 0, 0, 1], 0, Some(3), Some(L(1)), false),
        ),
        (
            "two at 4, one Not sure",
            &[L(4), L(4), NotSure],
            ([0, 0, 0, 0, 2], 1, Some(0), Some(NotSure), true),
            ([0, 0, 0, 0, 2], 1, Some(0), Some(L(4)), false),
        ),
        (
            "everyone Not sure",
            &[NotSure, NotSure],
            ([0; 5], 2, None, Some(NotSure), false),
            ([0; 5], 2, None, Some(NotSure), false),
        ),
        (
            "four spread evenly",
            &[L(0), L(1), L(3), L(4)],
            ([1, 1, 0, 1, 1], 0, Some(4), Some(L(0)), true),
            ([1, 1, 0, 1, 1], 0, Some(4), Some(L(1)), false),
        ),
    ];
    for (name, answers, policy, bias) in cases {
        let members: Vec<Member> = answers
            .iter()
            .enumerate()
            .map(|(n, a)| member(&format!("Member {}", n + 1), &[(POLICY, *a), (BIAS, *a)]))
            .collect();
        let team = merge(bank(), &members);
        for (id, expected) in [(POLICY, policy), (BIAS, bias)] {
            let found = item(&team, id);
            assert_eq!(
                (
                    found.levels,
                    found.not_sure,
                    found.spread,
                    found.answer,
                    found.disputed
                ),
                expected,
                "{name}: {id}"
            );
        }
    }
}

#[test]
fn discuss_first_lists_the_widest_disagreements_then_the_most_not_sure() {
    let a = everyone_at("A", 3, &[]);
    let b = everyone_at(
        "B",
        3,
        &[
            ("governance.bias-review", L(0)),         // spread 3
            ("data-privacy.data-quality", L(2)),      // spread 1
            ("governance.approval-process", NotSure), // Not sure only
            ("strategy.ownership", L(0)),             // spread 3, a must-have
            ("people.tool-accessibility", L(4)),      // spread 1
        ],
    );
    let c = everyone_at("C", 3, &[("governance.approval-process", NotSure)]);
    let team = merge(bank(), &[a, b, c]);
    let listed: Vec<&str> = team
        .discuss_first
        .iter()
        .map(|&i| &*team.items[i].item.id)
        .collect();
    assert_eq!(
        listed,
        [
            "strategy.ownership",
            "governance.bias-review",
            "data-privacy.data-quality",
            "people.tool-accessibility",
            "governance.approval-process",
        ]
    );
}

#[test]
fn each_area_gives_every_member_score_its_median_and_range() {
    let team = merge(
        bank(),
        &[
            everyone_at("A", 4, &[]),
            everyone_at("B", 0, &[]),
            everyone_at("C", 2, &[]),
        ],
    );
    for area in &team.areas {
        assert_eq!(area.scores, [Some(100), Some(0), Some(50)]);
        assert_eq!(area.median, Some(50));
        assert_eq!(area.range, Some((0, 100)));
    }
}

#[test]
fn a_member_below_a_must_have_holds_the_team_back() {
    let strong = everyone_at("Technology director", 4, &[]);
    let doubtful = everyone_at(
        "Chief academic officer",
        4,
        &[("data-privacy.privacy-standards", NotSure)],
    );
    let alone = judge(bank(), &merge(bank(), std::slice::from_ref(&strong)).record);
    assert!(alone.ladder.iter().all(|r| r.status == Status::Ready));
    let team = merge(bank(), &[strong, doubtful]);
    assert!(item(&team, "data-privacy.privacy-standards").disputed);
    let judged = judge(bank(), &team.record);
    assert_eq!(
        judged.ladder[0].status,
        Status::NotYet,
        "one Not sure on a must-have holds pilots back"
    );
}

#[test]
fn share_links_are_found_in_whatever_was_pasted() {
    let text = "Mine: https://tool.example/#share=1.0bccf125.0123n-4.\n\
                and Ana's (https://tool.example/check/#share=1.0bccf125.44444), \
                <a href=\"https://x/#share=1.deadbeef.0\">link</a> share=";
    assert_eq!(
        share_fragments(text),
        [
            "share=1.0bccf125.0123n-4",
            "share=1.0bccf125.44444",
            "share=1.deadbeef.0",
            "share="
        ]
    );
    assert!(share_fragments("no links here").is_empty());
}

fn any_answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(NotSure)),
        4 => (0u8..5).prop_map(|l| Some(L(l))),
    ]
}

fn any_member() -> impl Strategy<Value = Member> {
    let ids: Vec<String> = bank().items().map(|(_, i)| i.id.to_string()).collect();
    prop::collection::vec(any_answer(), ids.len()).prop_map(move |answers| Member {
        label: "Member".to_owned(),
        answers: ids
            .iter()
            .zip(answers)
            .filter_map(|(id, a)| a.map(|a| (id.clone(), a)))
            .collect(),
    })
}

fn own_record(m: &Member) -> Record {
    let mut record = Record::default();
    for (id, a) in &m.answers {
        record.set_answer(id, Some(*a));
    }
    record
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_merge_does_not_depend_on_the_order_members_were_added(
        members in prop::collection::vec(any_member(), 1..6),
        rotate in 0usize..6,
    ) {
        let mut turned = members.clone();
        turned.rotate_left(rotate % members.len());
        turned.reverse();
        let (a, b) = (merge(bank(), &members), merge(bank(), &turned));
        prop_assert_eq!(&a.record, &b.record);
        prop_assert_eq!(&a.discuss_first, &b.discuss_first);
        prop_assert_eq!(
            a.items.iter().map(|i| (i.levels, i.not_sure, i.spread, i.disputed)).collect::<Vec<_>>(),
            b.items.iter().map(|i| (i.levels, i.not_sure, i.spread, i.disputed)).collect::<Vec<_>>()
        );
        prop_assert_eq!(
            a.areas.iter().map(|x| (x.median, x.range)).collect::<Vec<_>>(),
            b.areas.iter().map(|x| (x.median, x.range)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn one_member_is_their_own_team(m in any_member()) {
        let team = merge(bank(), std::slice::from_ref(&m));
        let (theirs, ours) = (judge(bank(), &own_record(&m)), judge(bank(), &team.record));
        prop_assert_eq!(theirs.verdict, ours.verdict);
        prop_assert_eq!(
            theirs.ladder.iter().map(|r| r.status).collect::<Vec<_>>(),
            ours.ladder.iter().map(|r| r.status).collect::<Vec<_>>()
        );
        prop_assert_eq!(&team.record.answers, &m.answers);
    }

    #[test]
    fn a_member_who_answers_as_the_team_does_changes_nothing(
        members in prop::collection::vec(any_member(), 1..6),
    ) {
        let before = merge(bank(), &members);
        let agreeing = Member { label: "Agrees".to_owned(), answers: before.record.answers.clone() };
        let mut more = members.clone();
        more.push(agreeing);
        let after = merge(bank(), &more);
        prop_assert_eq!(&before.record.answers, &after.record.answers);
        prop_assert_eq!(judge(bank(), &before.record).verdict, judge(bank(), &after.record).verdict);
    }
}

#[test]
fn links_pasted_at_once_become_members_each_bad_one_named_and_nothing_else_changed() {
    let link = |m: &Member| {
        format!(
            "https://tool.example/#{}",
            encode_fragment(bank(), &m.answers)
        )
    };
    let (a, b, c) = (
        everyone_at("", 1, &[]),
        everyone_at("", 3, &[]),
        everyone_at("", 2, &[(POLICY, NotSure)]),
    );
    let cut_off = link(&b)[..60].to_owned();
    let pasted = format!(
        "Team, here are ours:\n{}\n{} (Ana)\n{cut_off}\nand again {}\n{}.",
        link(&a),
        link(&b),
        link(&a),
        link(&c)
    );
    let mut team = vec![Member {
        label: "Superintendent".to_owned(),
        answers: everyone_at("", 4, &[]).answers,
    }];
    let added = add_links(bank(), History::english(), &mut team, &pasted, |n| {
        format!("Member {}", n + 1)
    });
    assert_eq!(
        added,
        [
            Added::Member(1),
            Added::Member(2),
            Added::Unreadable(ShareError::Damaged),
            Added::Duplicate(1),
            Added::Member(3),
        ]
    );
    let labels: Vec<&str> = team.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Superintendent", "Member 2", "Member 3", "Member 4"]
    );
    assert_eq!(team[3].answers.get(POLICY), Some(&NotSure));
}

#[test]
fn a_full_team_takes_no_one_more() {
    let mut team: Vec<Member> = (0..40u8)
        .map(|n| {
            member(
                &format!("Member {n}"),
                &[(BIAS, L(n % 5)), (POLICY, L(n / 5 % 5))],
            )
        })
        .collect();
    let newcomer = everyone_at("", 2, &[]);
    let text = format!("#{}", encode_fragment(bank(), &newcomer.answers));
    let added = add_links(bank(), History::english(), &mut team, &text, |n| {
        format!("Member {n}")
    });
    assert_eq!(added, [Added::Full]);
    assert_eq!(team.len(), 40);
}

#[test]
fn the_team_table_has_a_column_per_member_and_a_row_per_question() {
    use readiness_core::export::team_csv;
    use readiness_core::text::PartText;
    let members = [
        member("Technology director", &[(POLICY, L(4)), (BIAS, L(3))]),
        member("=CAO", &[(POLICY, NotSure)]),
    ];
    let team = merge(bank(), &members);
    let csv = team_csv(bank(), PartText::english(), &team, &members);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    // A label a spreadsheet would run as a formula is neutralised.
    assert_eq!(
        lines[0],
        "Area,Item id,Question,Technology director,'=CAO,Team answer,Spread (levels),Not sure,Disputed must-have"
    );
    assert_eq!(
        lines.len(),
        bank().items().count() + 2,
        "a row per question and a final line end"
    );
    let policy = lines
        .iter()
        .find(|l| l.contains(POLICY))
        .copied()
        .unwrap_or_default();
    assert!(policy.ends_with(",4,Not sure,Not sure,0,1,Yes"), "{policy}");
    let bias = lines
        .iter()
        .find(|l| l.contains(BIAS))
        .copied()
        .unwrap_or_default();
    assert!(bias.ends_with(",0,0,"), "{bias}");
}

#[test]
fn the_discussion_guide_in_markdown_has_the_verdict_disputes_discussion_and_areas() {
    use readiness_core::export::team_markdown;
    use readiness_core::text::PartText;
    let members = [
        everyone_at("Technology director", 4, &[]),
        everyone_at("*CAO*", 4, &[("data-privacy.privacy-standards", NotSure)]),
    ];
    let team = merge(bank(), &members);
    let md = team_markdown(bank(), PartText::english(), &team, &members, "2026-11-30");
    for expected in [
        "# Leadership team discussion guide: AI readiness",
        "2026-11-30 · members: Technology director, \\*CAO\\*",
        "## The team's verdict",
        "- Low-risk workflows: Not yet",
        "## Disputed must-haves",
        "  \n   Not sure — \\*CAO\\*",
        "  \n  A must-have: the tiers need at least level",
        "Below it or not sure: \\*CAO\\*.",
        "## Discuss first",
        "1. **Must every AI provider sign",
        "| Area | Lower middle of members' scores | Range | Technology director | \\*CAO\\* |",
        "|---|---|---|---|---|",
    ] {
        assert!(md.contains(expected), "missing {expected:?}:\n{md}");
    }
    assert_eq!(
        md.matches("\n| ").count(),
        1 + bank().dimensions.len(),
        "a header and a row per area"
    );
}

#[test]
fn who_said_what_is_one_line_per_answer_lowest_level_first_then_not_sure_then_none() {
    use readiness_core::text::PartText;
    use readiness_core::wording::{short_of_must_have, who_said, who_said_briefly};
    let text = PartText::english();
    let item = bank()
        .items()
        .map(|(_, item)| item)
        .find(|i| &*i.id == POLICY)
        .expect("the policy question");
    let member = |label: &str, answer: Option<Answer>| Member {
        label: label.to_owned(),
        answers: answer
            .map(|a| [(POLICY.to_owned(), a)].into_iter().collect())
            .unwrap_or_default(),
    };
    let members = [
        member("A", Some(L(3))),
        member("B", None),
        member("C", Some(NotSure)),
        member("D", Some(L(1))),
        member("E", Some(L(3))),
    ];
    let labels: Vec<String> = members.iter().map(|m| m.label.clone()).collect();
    let level = |l: usize| item.levels[l].to_string();
    assert_eq!(
        who_said(text, item, &members, &labels),
        [
            format!("Level 1: {} — D", level(1)),
            format!("Level 3: {} — A, E", level(3)),
            "Not sure — C".to_owned(),
            "no answer — B".to_owned(),
        ]
    );
    assert_eq!(
        who_said_briefly(text, item, &members, &labels),
        "Level 1: D · Level 3: A, E · Not sure: C · no answer: B"
    );
    let minimum = item
        .must_have
        .iter()
        .map(|m| m.conditions)
        .min()
        .expect("a must-have");
    let (short, briefly) =
        short_of_must_have(text, item, &members, &labels).expect("some fall short");
    assert!(
        short.contains(&format!(
            "at least level {minimum}, “{}”",
            level(minimum.into())
        )),
        "{short}"
    );
    let expected_short: Vec<&str> = members
        .iter()
        .filter(|m| match m.answers.get(POLICY) {
            Some(L(l)) => *l < minimum,
            Some(NotSure) => true,
            None => false,
        })
        .map(|m| m.label.as_str())
        .collect();
    assert!(
        short.ends_with(&format!("{}.", expected_short.join(", "))),
        "{short}"
    );
    assert_eq!(
        briefly,
        format!(
            "Needs level {minimum} or higher; below it or not sure: {}.",
            expected_short.join(", ")
        )
    );
}
