//! The interim guidance: the content's table of rules checked row by row (each rule's text
//! is in the draft exactly when its answer is given), its references checked against the
//! question bank, drafts that differ with the answers, typed text kept, and one page.

use std::collections::BTreeMap;

use readiness_core::content::QuestionBank;
use readiness_core::guidance::{
    review_month, AnswerPattern, Condition, Effect, GuidanceTemplate, Situation, Unknown,
};
use readiness_core::record::{Answer, Record};

fn template() -> GuidanceTemplate {
    GuidanceTemplate::english().unwrap_or_else(|e| panic!("{e:?}"))
}

fn bank() -> &'static QuestionBank {
    QuestionBank::english()
}

const SITUATION: Situation<'static> = Situation {
    district: "Lakeside Unified",
    workflow: Some("drafting replies to family questions"),
    review_date: "June 2027",
};

/// Every question answered at `level`.
fn everyone_at(level: u8) -> Record {
    let mut record = Record::default();
    for (_, item) in bank().items() {
        record
            .answers
            .insert(item.id.to_string(), Answer::Level(level));
    }
    record
}

fn with_answer(mut record: Record, item: &str, pattern: AnswerPattern) -> Record {
    match pattern {
        AnswerPattern::Level(l) => record.answers.insert(item.to_owned(), Answer::Level(l)),
        AnswerPattern::Word(Unknown::NotSure) => {
            record.answers.insert(item.to_owned(), Answer::NotSure)
        }
        AnswerPattern::Word(Unknown::Unanswered) => record.answers.remove(item),
    };
    record
}

const EVERY_PATTERN: [AnswerPattern; 7] = [
    AnswerPattern::Level(0),
    AnswerPattern::Level(1),
    AnswerPattern::Level(2),
    AnswerPattern::Level(3),
    AnswerPattern::Level(4),
    AnswerPattern::Word(Unknown::NotSure),
    AnswerPattern::Word(Unknown::Unanswered),
];

fn filled(text: &str) -> String {
    text.replace("{district}", SITUATION.district)
        .replace("{workflow}", SITUATION.workflow.unwrap_or_default())
        .replace("{review_date}", SITUATION.review_date)
}

#[test]
fn every_rule_names_a_question_and_answers_that_exist_and_placeholders_its_section_may_use() {
    let bank = bank();
    let template = template();
    let ids: Vec<&str> = template.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "purpose",
            "allowed-uses",
            "not-allowed",
            "data-rules",
            "human-review",
            "families",
            "student-use",
            "report-a-problem",
            "approval",
            "review-date"
        ]
    );
    for section in &template.sections {
        let texts = std::iter::once(&section.text).chain(section.rules.iter().map(|r| &r.text));
        for text in texts {
            for (placeholder, allowed_in) in [
                ("{workflow}", "allowed-uses"),
                ("{review_date}", "review-date"),
            ] {
                assert!(
                    !text.contains(placeholder) || section.id == allowed_in,
                    "{}: {placeholder} belongs in {allowed_in} only",
                    section.id
                );
            }
            let rest = filled(text);
            assert!(
                !rest.contains('{') && !rest.contains('}'),
                "{}: unknown placeholder in {text:?}",
                section.id
            );
        }
        for rule in &section.rules {
            match &rule.when {
                Condition::Answer { item, answers } => {
                    assert!(
                        bank.items().any(|(_, i)| &*i.id == item),
                        "{}: no question {item}",
                        section.id
                    );
                    assert!(
                        !answers.is_empty(),
                        "{}: a rule on {item} with no answers",
                        section.id
                    );
                    for a in answers {
                        assert!(
                            !matches!(a, AnswerPattern::Level(l) if *l > 4),
                            "{}: {item} has no level {a:?}",
                            section.id
                        );
                    }
                }
                Condition::Workflow { .. } => {
                    assert_eq!(
                        section.id, "allowed-uses",
                        "the workflow names the first pilot's use"
                    )
                }
            }
        }
    }
}

/// The table, row by row: a rule's text is in its section's draft when its answer is given
/// and no earlier rule replaces the section, and never when another answer is given.
#[test]
fn each_rule_changes_its_section_exactly_when_its_answer_is_given() {
    let template = template();
    let mut rows = 0;
    for base_level in [0, 3, 4] {
        for section in &template.sections {
            for (index, rule) in section.rules.iter().enumerate() {
                let Condition::Answer { item, answers } = &rule.when else {
                    continue;
                };
                for pattern in EVERY_PATTERN {
                    let record = with_answer(everyone_at(base_level), item, pattern);
                    let draft = section.draft(&record, &SITUATION);
                    let text = filled(&rule.text);
                    let matches = answers.contains(&pattern);
                    // A replace rule gives way to an earlier one that also holds.
                    let shadowed = rule.effect == Effect::Replace
                        && section.rules[..index].iter().any(|r| {
                            r.effect == Effect::Replace && r.when.holds(&record, &SITUATION)
                        });
                    let expected = matches && !shadowed;
                    let in_draft = match rule.effect {
                        Effect::Replace => draft.starts_with(&text),
                        Effect::Add => draft.contains(&text),
                    };
                    assert_eq!(
                        in_draft, expected,
                        "{} rule {index} ({item} {pattern:?}, others at {base_level}): {draft}",
                        section.id
                    );
                    rows += 1;
                }
            }
        }
    }
    assert!(rows > 200, "{rows} rows checked");
}

#[test]
fn the_first_pilot_is_named_only_when_one_is_chosen() {
    let template = template();
    let record = everyone_at(3);
    let allowed = |workflow| {
        template.sections[1].draft(
            &record,
            &Situation {
                workflow,
                ..SITUATION
            },
        )
    };
    assert!(allowed(Some("drafting replies"))
        .contains("first AI pilot is the one named in its written pilot plan (drafting replies)"));
    assert!(!allowed(None).contains("first AI pilot"));
}

#[test]
fn districts_with_different_answers_get_different_drafts() {
    let template = template();
    let draft = |record: &Record| -> Vec<String> {
        template
            .draft(record, &SITUATION)
            .iter()
            .map(|s| s.text().to_owned())
            .collect()
    };
    let (starting, leading) = (draft(&everyone_at(0)), draft(&everyone_at(4)));
    let differing = starting
        .iter()
        .zip(&leading)
        .filter(|(a, b)| a != b)
        .count();
    assert!(differing >= 8, "only {differing} of 10 sections differ");
    // Unknowns are treated as the cautious case, never as "in place".
    let unknown = draft(&Record::default());
    assert_eq!(
        unknown[3], starting[3],
        "no answer on data agreements drafts the strictest data rule"
    );
}

#[test]
fn a_section_the_user_typed_is_kept_whatever_the_answers() {
    let template = template();
    let mut record = everyone_at(0);
    record.guidance = BTreeMap::from([("families".to_owned(), "Our own words.".to_owned())]);
    for level in 0..=4 {
        let mut changed = everyone_at(level);
        changed.guidance = record.guidance.clone();
        let sections = template.draft(&changed, &SITUATION);
        assert_eq!(sections[5].text(), "Our own words.");
        assert_ne!(sections[4].text(), "Our own words.");
    }
}

#[test]
fn any_draft_fits_one_page() {
    let template = template();
    for record in [
        everyone_at(0),
        everyone_at(2),
        everyone_at(4),
        Record::default(),
    ] {
        let words: usize = template
            .draft(&record, &SITUATION)
            .iter()
            .map(|s| {
                s.text().split_whitespace().count() + s.template.heading.split_whitespace().count()
            })
            .sum();
        assert!(words <= 720, "{words} words");
    }
}

#[test]
fn the_review_is_six_months_on() {
    let months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    assert_eq!(
        review_month("2026-11-30", &months).as_deref(),
        Some("May 2027")
    );
    assert_eq!(
        review_month("2026-06-01", &months).as_deref(),
        Some("December 2026")
    );
    assert_eq!(
        review_month("2026-07-15", &months).as_deref(),
        Some("January 2027")
    );
    assert_eq!(review_month("not a date", &months), None);
    assert_eq!(review_month("2026-13-01", &months), None);
}
