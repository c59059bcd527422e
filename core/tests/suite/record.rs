//! The stored record: round trips, every rejection with its plain message, and
//! property tests that arbitrary input never panics the decoder.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use readiness_core::content::QuestionBank;
use readiness_core::judgement::RULES_VERSION;
use readiness_core::merge::{joined_max, merge};
use readiness_core::plan::PilotPlan;
use readiness_core::record::{
    Answer, CheckAnswer, Damage, Member, Mode, Position, Record, RecordError, ReportDetails,
    Screen, Section, VendorCheck, VendorTool, WorkflowChoices, APP_ID, NOTE_MAX_CHARS,
    SCHEMA_VERSION,
};
use readiness_core::snapshots::Snapshot;
use readiness_core::workflows::{
    Audience, DataUse, Ratings, Workflow, WorkflowProblem, RATING_MAX,
};

fn sample() -> Record {
    let mut r = Record::default();
    r.set_answer("governance.use-policy", Some(Answer::Level(3)));
    r.set_answer("data-privacy.tool-inventory", Some(Answer::NotSure));
    r.set_note(
        "governance.use-policy",
        "Board reads it in March — \"<b>draft</b>\" & 'quotes'",
    );
    r.position = Position {
        screen: Screen::Questions,
        step: 2,
    };
    r
}

#[test]
fn a_record_round_trips_through_json() {
    let r = sample();
    assert_eq!(Record::from_json(&r.to_json()), Ok(r));
}

#[test]
fn the_stored_layout_is_stable() {
    let json = sample().to_json();
    assert!(json.contains(&format!("\"app\":\"{APP_ID}\"")), "{json}");
    assert!(
        json.contains(&format!("\"schema_version\":{SCHEMA_VERSION}")),
        "{json}"
    );
    assert!(
        json.contains("\"governance.use-policy\":{\"level\":3}"),
        "{json}"
    );
    assert!(
        json.contains("\"data-privacy.tool-inventory\":\"not_sure\""),
        "{json}"
    );
    assert!(
        json.contains("\"position\":{\"screen\":\"questions\",\"step\":2}"),
        "{json}"
    );
}

/// Each case: stored text and the error it must give.
#[test]
fn unreadable_records_are_rejected_with_a_reason() {
    fn check(text: &str, expected: RecordError) {
        assert_eq!(Record::from_json(text), Err(expected), "{text}");
    }
    check("", RecordError::NotJson);
    check("{\"app\":", RecordError::NotJson);
    check("not json at all", RecordError::NotJson);
    check("[]", RecordError::WrongTool);
    check("42", RecordError::WrongTool);
    check("{}", RecordError::WrongTool);
    check(
        r#"{"app":"someone-else","schema_version":1}"#,
        RecordError::WrongTool,
    );
    check(
        r#"{"app":"district-ai-readiness","schema_version":99}"#,
        RecordError::NewerVersion(99),
    );
    check(
        r#"{"app":"district-ai-readiness"}"#,
        RecordError::Invalid(Damage::Version),
    );
    check(
        r#"{"app":"district-ai-readiness","schema_version":0}"#,
        RecordError::Invalid(Damage::Version),
    );
    check(
        r#"{"app":"district-ai-readiness","schema_version":1,"answers":{"x.y":{"level":7}}}"#,
        RecordError::Invalid(Damage::Level {
            item: "x.y".into(),
            level: 7,
        }),
    );
}

#[test]
fn a_record_with_a_wrongly_typed_field_is_invalid_not_a_panic() {
    let text = r#"{"app":"district-ai-readiness","schema_version":1,"answers":{"x.y":"maybe"}}"#;
    assert!(matches!(
        Record::from_json(text),
        Err(RecordError::Invalid(_))
    ));
}

#[test]
fn an_over_long_stored_note_is_rejected() {
    let mut r = Record::default();
    r.notes
        .insert("x.y".into(), "a".repeat(joined_max(NOTE_MAX_CHARS) + 1));
    assert!(matches!(
        Record::from_json(&r.to_json()),
        Err(RecordError::Invalid(_))
    ));
}

#[test]
fn error_messages_read_as_plain_sentences_from_the_content() {
    let text = readiness_core::text::PartText::english();
    let message = text.record_error(&RecordError::NewerVersion(3));
    assert!(message.contains("newer version of this tool"), "{message}");
    assert!(message.contains("(format 3)"), "{message}");
    assert!(
        !message.contains('{'),
        "every placeholder is filled: {message}"
    );
    assert!(text
        .record_error(&RecordError::NotJson)
        .starts_with("the saved data"));
    let damaged = text.record_error(&RecordError::Invalid(Damage::Unreadable(Section::Answers)));
    assert!(
        damaged.ends_with("damaged: the answers cannot be read"),
        "{damaged}"
    );
    let level = text.record_error(&RecordError::Invalid(Damage::Level {
        item: "x.y".into(),
        level: 7,
    }));
    assert!(
        level.ends_with("the answer to “x.y” is level 7, but levels go from 0 to 4"),
        "{level}"
    );
}

#[test]
fn blank_notes_are_removed_and_long_notes_cut() {
    let mut r = Record::default();
    r.set_note("a.b", "   ");
    assert!(r.notes.is_empty());
    r.set_note("a.b", &"é".repeat(joined_max(NOTE_MAX_CHARS) + 10));
    assert_eq!(r.note("a.b").chars().count(), joined_max(NOTE_MAX_CHARS));
    r.set_note("a.b", "");
    assert_eq!(r.note("a.b"), "");
}

#[test]
fn a_minimal_record_fills_in_defaults() {
    let text = r#"{"app":"district-ai-readiness","schema_version":1}"#;
    // Saved before the rules and the questions were versioned: rules version 1, edition 1.
    let before_versioned_rules = Record {
        rules_version: None,
        edition: None,
        ..Record::default()
    };
    assert_eq!(Record::from_json(text), Ok(before_versioned_rules));
    assert_eq!(Record::default().rules_version, Some(RULES_VERSION));
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![(0u8..5).prop_map(Answer::Level), Just(Answer::NotSure)]
}

fn record() -> impl Strategy<Value = Record> {
    (
        prop::collection::btree_map("[a-z-]{1,12}\\.[a-z-]{1,12}", answer(), 0..40),
        prop::collection::btree_map("[a-z-]{1,12}\\.[a-z-]{1,12}", "\\PC{1,80}", 0..10),
        0usize..20,
        prop_oneof![
            Just(Screen::Welcome),
            Just(Screen::Questions),
            Just(Screen::Results)
        ],
        prop_oneof![Just(Mode::Full), Just(Mode::Pulse)],
    )
        .prop_map(|(answers, notes, step, screen, mode)| Record {
            answers,
            notes,
            position: Position { screen, step },
            mode,
            ..Record::default()
        })
}

fn workflow() -> impl Strategy<Value = Workflow> {
    (
        "custom-[a-z0-9]{1,8}",
        "\\PC{1,40}".prop_filter("a name", |n| !n.trim().is_empty()),
        ["\\PC{0,60}", "\\PC{0,20}", "\\PC{0,30}"],
        (0..DataUse::ALL.len(), 0..Audience::ALL.len()),
        (any::<bool>(), any::<bool>()),
    )
        .prop_map(
            |(id, name, [description, department, outcome], (data, audience), (review, stakes))| {
                Workflow {
                    id,
                    name,
                    description,
                    department,
                    data: DataUse::ALL[data],
                    audience: Audience::ALL[audience],
                    human_review: review,
                    high_stakes: stakes,
                    outcome,
                    group: None,
                    sources: Vec::new(),
                }
            },
        )
}

fn ratings() -> impl Strategy<Value = Ratings> {
    prop::array::uniform5(prop::option::of(1..=RATING_MAX)).prop_map(|r| Ratings {
        common: r[0],
        measurable: r[1],
        safe_to_review: r[2],
        pain: r[3],
        fit: r[4],
    })
}

/// A record with every section filled in: workflow choices, a plan and snapshots.
fn check_answer() -> impl Strategy<Value = CheckAnswer> {
    prop_oneof![
        Just(CheckAnswer::Yes),
        Just(CheckAnswer::No),
        Just(CheckAnswer::NotKnown)
    ]
}

fn full_record() -> impl Strategy<Value = Record> {
    let choices = (
        prop::collection::vec("[a-z-]{1,16}", 0..5),
        prop::collection::btree_map("[a-z-]{1,16}", ratings(), 0..4),
        prop::collection::vec(workflow(), 0..3),
        prop::option::of("[a-z-]{1,16}"),
        prop::option::of(workflow()),
    )
        .prop_map(
            |(considered, ratings, custom, chosen, draft)| WorkflowChoices {
                considered,
                ratings,
                custom,
                chosen,
                draft,
            },
        );
    let plan = (
        prop::option::of("[a-z-]{1,16}"),
        prop::collection::btree_map("[a-z-]{1,12}", "\\PC{1,60}", 0..5),
    )
        .prop_map(|(drafted_for, fields)| PilotPlan {
            drafted_for,
            fields,
        });
    let snapshots = prop::collection::vec(
        (
            "20[0-9]{2}-[01][0-9]-[0-3][0-9]",
            prop::collection::btree_map("[a-z-]{1,12}\\.[a-z-]{1,12}", answer(), 0..8),
            prop::option::of(1u32..4),
        )
            .prop_map(|(taken, answers, rules_version)| Snapshot {
                taken,
                answers,
                rules_version,
            }),
        0..4,
    );
    let report = ("\\PC{0,40}", "\\PC{0,40}").prop_map(|(district, prepared_by)| ReportDetails {
        district,
        prepared_by,
    });
    let evidence = prop::collection::btree_map("[a-z-]{1,12}\\.[a-z-]{1,12}", "\\PC{1,60}", 0..3);
    let vendors = prop::collection::vec(
        (
            "\\PC{1,30}",
            prop::collection::btree_map(
                "[a-z-]{1,16}",
                (prop::option::of(check_answer()), "\\PC{0,40}"),
                0..4,
            ),
        )
            .prop_map(|(name, checks)| VendorTool {
                name,
                checks: checks
                    .into_iter()
                    .map(|(check, (answer, note))| VendorCheck {
                        check,
                        answer,
                        note,
                    })
                    .collect(),
            }),
        0..3,
    );
    let team = prop::collection::vec(
        (
            "\\PC{1,30}",
            prop::collection::btree_map("[a-z-]{1,12}\\.[a-z-]{1,12}", answer(), 0..6),
        )
            .prop_map(|(label, answers)| Member { label, answers }),
        0..4,
    );
    (
        record(),
        choices,
        plan,
        snapshots,
        (evidence, report, prop::option::of(1u32..4), team, vendors),
        (
            prop::option::of(0u32..40_000),
            prop::option::of(0u32..40_000),
        ),
    )
        .prop_map(
            |(
                record,
                workflows,
                plan,
                snapshots,
                (evidence, report, rules_version, team, vendors),
                (answering_since, copy_reminded),
            )| {
                Record {
                    workflows,
                    plan,
                    snapshots,
                    evidence,
                    report,
                    rules_version,
                    team,
                    vendors,
                    answering_since,
                    copy_reminded,
                    ..record
                }
            },
        )
}

proptest! {
    #[test]
    fn any_valid_record_round_trips(r in full_record()) {
        prop_assert_eq!(Record::from_json(&r.to_json()), Ok(r));
    }

    /// The hand-written writer and reader (`core::stored`) keep the layout serde's derives
    /// define, which every earlier version stored.
    #[test]
    fn the_stored_layout_is_the_one_serdes_derives_give(r in full_record()) {
        let serde_layout = serde_json::to_string(&r).unwrap_or_default();
        prop_assert_eq!(&r.to_json(), &serde_layout);
        prop_assert_eq!(Record::from_json(&serde_layout), Ok(r.clone()));
        let pretty = serde_json::to_string_pretty(&r).unwrap_or_default();
        prop_assert_eq!(Record::from_json(&pretty), Ok(r));
    }

    #[test]
    fn the_export_is_laid_out_as_serde_jsons_pretty_printer_would(r in full_record()) {
        let expected = serde_json::to_string_pretty(&r).unwrap_or_default();
        prop_assert_eq!(readiness_core::export::to_json(&r), expected);
    }

    #[test]
    fn any_valid_record_survives_export_then_import(r in full_record()) {
        let file = readiness_core::export::to_json(&r);
        prop_assert_eq!(readiness_core::import::read(file.len(), &file), Ok(r));
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_importer(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = readiness_core::import::read(bytes.len(), &text);
    }

    #[test]
    fn arbitrary_text_never_panics_the_decoder(text in "\\PC{0,200}") {
        let _ = Record::from_json(&text);
    }

    #[test]
    fn arbitrary_json_shaped_text_never_panics_the_decoder(
        text in r#"\{"app":"district-ai-readiness","schema_version":[0-9]{1,3}(,"answers":\{("[a-z.]{1,5}":(\{"level":[0-9]{1,3}\}|"not_sure"|null|[0-9]),?){0,3}\})?(,"notes":\{\})?\}"#
    ) {
        let _ = Record::from_json(&text);
    }
}

#[test]
fn a_version_1_record_from_the_questionnaire_slice_migrates_with_every_answer() {
    let v1 = r#"{"app":"district-ai-readiness","schema_version":1,
        "answers":{"governance.use-policy":{"level":2},"ethics.transparency":"not_sure"},
        "notes":{"governance.use-policy":"Draft goes to the board in May"},
        "position":{"screen":"results","step":8}}"#;
    let record = Record::from_json(v1).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(record.schema_version, SCHEMA_VERSION);
    assert_eq!(
        record.answers.get("governance.use-policy"),
        Some(&Answer::Level(2))
    );
    assert_eq!(
        record.answers.get("ethics.transparency"),
        Some(&Answer::NotSure)
    );
    assert_eq!(
        record.note("governance.use-policy"),
        "Draft goes to the board in May"
    );
    assert_eq!(
        record.position,
        Position {
            screen: Screen::Results,
            step: 8
        }
    );
    assert!(record.workflows.considered.is_empty() && record.workflows.chosen.is_none());
}

#[test]
fn out_of_range_ratings_and_nameless_custom_workflows_are_rejected() {
    let bad_rating = r#"{"app":"district-ai-readiness","schema_version":2,
        "workflows":{"ratings":{"faq-drafting":{"common":9}}}}"#;
    assert!(matches!(
        Record::from_json(bad_rating),
        Err(RecordError::Invalid(_))
    ));
    let nameless = r#"{"app":"district-ai-readiness","schema_version":2,
        "workflows":{"custom":[{"id":"custom-1","name":"  ","data":"none","audience":"internal","human_review":true,"high_stakes":false}]}}"#;
    assert_eq!(
        Record::from_json(nameless),
        Err(RecordError::Invalid(Damage::Workflow(
            WorkflowProblem::NoName
        )))
    );
}

#[test]
fn the_pulse_asks_its_items_and_continuing_keeps_every_answer() {
    let bank = QuestionBank::english().clone();
    let mut record = Record::default();
    record.open_questions(&bank, Mode::Pulse);
    assert_eq!(record.mode, Mode::Pulse);
    assert_eq!(record.position.screen, Screen::Questions);
    assert_eq!(record.position.step, 0);

    // Answer the whole pulse: then the full check opens at the first step with a gap.
    let pulse: Vec<String> = Mode::Pulse.items(&bank).map(|i| i.id.to_string()).collect();
    assert_eq!(pulse.len(), 12);
    for id in &pulse {
        record.set_answer(id, Some(Answer::Level(2)));
    }
    record.open_questions(&bank, Mode::Full);
    assert_eq!(record.mode, Mode::Full);
    assert_eq!(
        record.position.step, 0,
        "strategy still has unanswered items"
    );
    assert_eq!(record.answers.len(), 12);

    // Everything answered: the first step, not past the end.
    for (_, item) in bank.items() {
        record.set_answer(&item.id, Some(Answer::NotSure));
    }
    record.open_questions(&bank, Mode::Full);
    assert_eq!(record.position.step, 0);
    // A full step of answers moves the start past it.
    let mut partial = Record::default();
    for item in bank.dimensions[0].items.iter() {
        partial.set_answer(&item.id, Some(Answer::Level(1)));
    }
    partial.open_questions(&bank, Mode::Full);
    assert_eq!(partial.position.step, 1);
    // A record from before the pulse existed reads as a full check.
    let old = r#"{"app":"district-ai-readiness","schema_version":2,"answers":{}}"#;
    assert_eq!(Record::from_json(old).map(|r| r.mode), Ok(Mode::Full));
}

#[test]
fn a_workflow_draft_is_kept_even_without_a_name_and_absent_when_there_is_none() {
    let with_draft = r#"{"app":"district-ai-readiness","schema_version":2,
        "workflows":{"draft":{"id":"","name":"","description":"Bus notices","data":"none","audience":"families","human_review":true,"high_stakes":false}}}"#;
    let record = Record::from_json(with_draft).expect("a draft without a name is still a draft");
    let draft = record.workflows.draft.as_ref().expect("the draft is read");
    assert_eq!(draft.description, "Bus notices");
    assert_eq!(Record::from_json(&record.to_json()), Ok(record));
    // No draft, no key: records without one keep the layout older versions wrote.
    assert!(!sample().to_json().contains("\"draft\":"));
}

/// Enums are stored by name; these names are in every saved record and export file.
#[test]
fn enums_are_stored_by_their_names_and_read_back() {
    use readiness_core::workflows::{Audience, DataUse};
    fn names<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(
        values: &[T],
    ) -> Vec<String> {
        values
            .iter()
            .map(|value| {
                let json = serde_json::to_string(value).unwrap_or_default();
                assert_eq!(serde_json::from_str::<T>(&json).ok().as_ref(), Some(value));
                json
            })
            .collect()
    }
    use readiness_core::record::{Mode, Screen};
    let screens = [
        Screen::Welcome,
        Screen::Questions,
        Screen::Results,
        Screen::Workflows,
        Screen::Plan,
    ];
    assert_eq!(
        names(&screens),
        [
            r#""welcome""#,
            r#""questions""#,
            r#""results""#,
            r#""workflows""#,
            r#""plan""#
        ]
    );
    assert_eq!(
        names(&[Mode::Full, Mode::Pulse]),
        [r#""full""#, r#""pulse""#]
    );
    assert_eq!(
        names(&DataUse::ALL),
        [
            r#""none""#,
            r#""staff_or_public""#,
            r#""staff_identifiable""#,
            r#""aggregate_student""#,
            r#""identifiable_student""#
        ]
    );
    assert_eq!(
        names(&Audience::ALL),
        [r#""internal""#, r#""families""#, r#""students""#]
    );
    assert!(serde_json::from_str::<Screen>(r#""lobby""#).is_err());
}

#[test]
fn a_section_of_the_wrong_form_is_named_and_missing_or_null_ones_take_their_default() {
    let with = |section: &str| {
        Record::from_json(&format!(
            r#"{{"app":"district-ai-readiness","schema_version":2,{section}}}"#
        ))
    };
    for (section, what) in [
        (r#""answers":[]"#, Section::Answers),
        (r#""answers":{"x.y":{"level":-1}}"#, Section::Answers),
        (
            r#""answers":{"x.y":{"level":2,"note":"extra"}}"#,
            Section::Answers,
        ),
        (r#""notes":{"x.y":3}"#, Section::Notes),
        (r#""position":{"screen":"lobby"}"#, Section::Position),
        (r#""mode":"quick""#, Section::Mode),
        (r#""workflows":{"considered":"faq"}"#, Section::Workflows),
        (
            r#""workflows":{"custom":[{"id":"custom-1"}]}"#,
            Section::Workflows,
        ),
        (r#""plan":{"fields":{"goal":["a"]}}"#, Section::Plan),
        (
            r#""snapshots":[{"taken":"2026-01-01"}]"#,
            Section::Snapshots,
        ),
    ] {
        assert_eq!(
            with(section),
            Err(RecordError::Invalid(Damage::Unreadable(what))),
            "{section}"
        );
    }
    let defaults = with(
        r#""answers":null,"notes":null,"position":null,"workflows":{"chosen":null},"plan":null,"snapshots":null,"added_later":[1]"#,
    );
    assert_eq!(
        defaults,
        Ok(Record {
            rules_version: None,
            edition: None,
            ..Record::default()
        })
    );
    assert_eq!(
        with(r#""schema_version":"2""#),
        Err(RecordError::Invalid(Damage::Version))
    );
    let repeated = with(r#""answers":{"x.y":{"level":1},"x.y":{"level":3}}"#).map(|r| r.answers);
    assert_eq!(
        repeated,
        Ok([("x.y".to_owned(), Answer::Level(3))].into_iter().collect())
    );
}

/// A record over a few shared keys, so that three of them (a base and two tabs' edits of
/// it) change the same answers, notes, plan fields, ratings and workflows.
fn tab_record() -> impl Strategy<Value = Record> {
    let key = || prop::sample::select(vec!["a.one", "a.two", "b.one", "b.two"]);
    let text = || prop::sample::select(vec!["first", "second", "third draft", "ünïcode"]);
    let custom =
        (0u8..3, prop::sample::select(vec!["Bus routes", "Menus"])).prop_map(|(n, name)| {
            Workflow {
                id: format!("custom-{n}"),
                name: name.to_owned(),
                description: String::new(),
                department: String::new(),
                data: DataUse::StaffOrPublic,
                audience: Audience::Internal,
                human_review: true,
                high_stakes: false,
                outcome: String::new(),
                group: None,
                sources: Vec::new(),
            }
        });
    (
        prop::collection::btree_map(key().prop_map(str::to_owned), answer(), 0..4),
        prop::collection::btree_map(
            key().prop_map(str::to_owned),
            text().prop_map(str::to_owned),
            0..4,
        ),
        prop::collection::btree_map(
            key().prop_map(str::to_owned),
            text().prop_map(str::to_owned),
            0..4,
        ),
        prop::collection::btree_map(key().prop_map(str::to_owned), ratings(), 0..3),
        prop::collection::vec(key().prop_map(str::to_owned), 0..4),
        prop::collection::vec(custom, 0..3),
        prop::collection::vec(
            prop::sample::select(vec!["2026-01-05", "2026-03-01", "2026-06-30"]).prop_map(
                |taken| Snapshot {
                    taken: taken.to_owned(),
                    answers: Default::default(),
                    rules_version: None,
                },
            ),
            0..3,
        ),
        0usize..9,
    )
        .prop_map(
            |(answers, notes, fields, ratings, mut considered, mut custom, snapshots, step)| {
                let mut seen = std::collections::BTreeSet::new();
                considered.retain(|id| seen.insert(id.clone()));
                custom.retain(|w| seen.insert(w.id.clone()));
                Record {
                    answers,
                    notes,
                    position: Position {
                        screen: Screen::Questions,
                        step,
                    },
                    workflows: WorkflowChoices {
                        considered,
                        ratings,
                        custom,
                        ..Default::default()
                    },
                    plan: PilotPlan {
                        drafted_for: None,
                        fields,
                    },
                    snapshots,
                    ..Record::default()
                }
            },
        )
}

const MARKER: &str = "— also typed in another tab —";

proptest! {
    /// What one tab did not change, the other's change decides; what neither changed stays.
    #[test]
    fn a_merge_with_an_unchanged_side_is_the_changed_side(base in tab_record(), other in tab_record()) {
        let mine = merge(&base, &other, &base, MARKER);
        prop_assert_eq!(&mine, &other);
        let mut theirs = merge(&base, &base, &other, MARKER);
        theirs.position = other.position;
        prop_assert_eq!(&theirs, &other);
        prop_assert_eq!(merge(&base, &other, &other, MARKER), other);
    }

    /// No change made in either tab is erased by the merge: an answer, rating or workflow
    /// changed in one tab only keeps that change; a text changed in both keeps both texts.
    #[test]
    fn a_merge_never_erases_a_change_the_other_tab_did_not_make(
        base in tab_record(), mine in tab_record(), theirs in tab_record()
    ) {
        let merged = merge(&base, &mine, &theirs, MARKER);
        prop_assert_eq!(merged.position, mine.position);
        for key in mine.answers.keys().chain(theirs.answers.keys()).chain(base.answers.keys()) {
            let (b, m, t) = (base.answers.get(key), mine.answers.get(key), theirs.answers.get(key));
            let kept = merged.answers.get(key);
            if m != b && t == b { prop_assert_eq!(kept, m, "{} changed here only", key); }
            if t != b && m == b { prop_assert_eq!(kept, t, "{} changed there only", key); }
        }
        for (b, m, t, kept) in [
            (&base.notes, &mine.notes, &theirs.notes, &merged.notes),
            (&base.plan.fields, &mine.plan.fields, &theirs.plan.fields, &merged.plan.fields),
        ] {
            for key in m.keys().chain(t.keys()) {
                let text = kept.get(key).map(String::as_str).unwrap_or("");
                for (side, other) in [(m, t), (t, m)] {
                    if let Some(typed) = side.get(key) {
                        if side.get(key) != b.get(key) {
                            prop_assert!(text.contains(typed.as_str()), "{} lost {:?}: {:?}", key, typed, text);
                        } else if other.get(key) == b.get(key) {
                            prop_assert_eq!(text, typed.as_str());
                        }
                    }
                }
            }
        }
        for w in mine.workflows.considered.iter().chain(&theirs.workflows.considered) {
            if !base.workflows.considered.contains(w) {
                prop_assert!(merged.workflows.considered.contains(w), "{} was picked in a tab", w);
            }
        }
        for s in mine.snapshots.iter().chain(&theirs.snapshots) {
            if !base.snapshots.contains(s) {
                prop_assert!(merged.snapshots.contains(s), "the snapshot of {} was taken in a tab", s.taken);
            }
        }
        // Whatever it merges, storage reads it back.
        prop_assert_eq!(Record::from_json(&merged.to_json()), Ok(merged));
    }
}

#[test]
fn texts_typed_in_both_tabs_are_joined_with_the_marker_mine_first() {
    let base = Record::default();
    let mut mine = base.clone();
    mine.set_note("a.b", "from B");
    let mut theirs = base.clone();
    theirs.set_note("a.b", "from A");
    let merged = merge(&base, &mine, &theirs, MARKER);
    assert_eq!(merged.note("a.b"), format!("from B\n\n{MARKER}\nfrom A"));
}

#[test]
fn a_text_deleted_in_one_tab_and_edited_in_the_other_keeps_the_edit() {
    let mut base = Record::default();
    base.plan.set_field("owner", "Communications");
    let mut mine = base.clone();
    mine.plan.set_field("owner", "");
    let mut theirs = base.clone();
    theirs.plan.set_field("owner", "Communications office, Ana");
    let merged = merge(&base, &mine, &theirs, MARKER);
    assert_eq!(merged.plan.field("owner"), "Communications office, Ana");
}

#[test]
fn an_answer_changed_in_both_tabs_keeps_the_one_saved_last() {
    let base = Record::default();
    let mut mine = base.clone();
    mine.set_answer("a.b", Some(Answer::Level(3)));
    let mut theirs = base.clone();
    theirs.set_answer("a.b", Some(Answer::NotSure));
    theirs.set_answer("c.d", Some(Answer::Level(1)));
    let merged = merge(&base, &mine, &theirs, MARKER);
    assert_eq!(merged.answers.get("a.b"), Some(&Answer::Level(3)));
    assert_eq!(merged.answers.get("c.d"), Some(&Answer::Level(1)));
}

/// A record saved for the first edition of the questions (no `edition` field): answers
/// whose meaning is unchanged are kept, one the new policy scale cannot place becomes
/// "Not sure" with its earlier words in the note, snapshots are carried over too, and a
/// second carry-over changes nothing.
#[test]
fn a_first_edition_record_is_carried_over_and_loses_nothing() {
    use readiness_core::editions::carry_over;
    let bank = QuestionBank::english();
    let text = r#"{"app":"district-ai-readiness","schema_version":2,
        "answers":{"governance.use-policy":{"level":1},"governance.approval-process":{"level":3}},
        "notes":{"governance.use-policy":"Draft is with counsel."},
        "snapshots":[{"taken":"2026-05-01","answers":{"governance.use-policy":{"level":3}}}]}"#;
    let mut record = Record::from_json(text).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(record.edition, None);
    let note = "Earlier: \"{answer}\".";
    assert!(carry_over(bank, &mut record, note));
    assert_eq!(record.edition, Some(bank.edition));
    assert_eq!(
        record.answers.get("governance.use-policy"),
        Some(&Answer::NotSure)
    );
    assert_eq!(
        record.note("governance.use-policy"),
        "Draft is with counsel.\n\nEarlier: \"A policy is being drafted\"."
    );
    assert_eq!(
        record.answers.get("governance.approval-process"),
        Some(&Answer::Level(3))
    );
    assert_eq!(
        record.snapshots[0].answers.get("governance.use-policy"),
        Some(&Answer::Level(3))
    );
    let once = record.clone();
    assert!(!carry_over(bank, &mut record, note));
    assert_eq!(record, once);
    assert_eq!(Record::from_json(&record.to_json()), Ok(record));
}

proptest! {
    /// The workflows considered stay a list without repeats, whatever two tabs did.
    #[test]
    fn merged_workflow_picks_never_repeat(base in tab_record(), mine in tab_record(), theirs in tab_record()) {
        let merged = merge(&base, &mine, &theirs, MARKER).workflows.considered;
        let mut unique = merged.clone();
        unique.sort();
        unique.dedup();
        prop_assert_eq!(unique.len(), merged.len(), "{:?}", merged);
    }
}

/// The stored records of every layout this tool has written (`core/tests/fixtures/records/`,
/// one file per layout, never edited): every decoder reads every one of them.
mod fixtures {
    use super::*;
    use readiness_core::editions::carry_over;
    use readiness_core::export::to_json;
    use readiness_core::import;
    use std::path::PathBuf;

    fn folder() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/records")
    }

    /// Every fixture, by file name, in the order the layouts were written.
    fn every_record() -> Vec<(String, String)> {
        let folder = folder();
        let entries =
            std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
        let mut files: Vec<(String, String)> = entries
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|e| e == "json"))
            .map(|path| {
                let name = path
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                (name, text)
            })
            .collect();
        // By the number each name starts with: "10-…" comes after "9-…".
        let number = |name: &str| -> u32 {
            let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().unwrap_or(u32::MAX)
        };
        files.sort_by_key(|(name, _)| number(name));
        assert!(files.len() >= 5, "the fixtures are missing: {files:?}");
        files
    }

    fn read(name: &str) -> Record {
        let text = std::fs::read_to_string(folder().join(name))
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        Record::from_json(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"))
    }

    #[test]
    fn every_layout_reads_survives_a_save_and_imports_as_a_file() {
        let bank = QuestionBank::english();
        for (name, text) in every_record() {
            let record = Record::from_json(&text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert_eq!(record.schema_version, SCHEMA_VERSION, "{name}");
            assert!(!record.answers.is_empty(), "{name} has answers");
            assert_eq!(
                Record::from_json(&record.to_json()).as_ref(),
                Ok(&record),
                "{name}"
            );
            assert_eq!(
                import::read(text.len(), &text).as_ref(),
                Ok(&record),
                "{name}"
            );
            let exported = to_json(&record);
            assert_eq!(import::read(exported.len(), &exported), Ok(record.clone()));

            // Carried over to this edition, no answer is lost: each is kept, moved on its
            // scale, or "Not sure" with its earlier words in the note.
            let mut carried = record.clone();
            carry_over(bank, &mut carried, "Earlier answer: {answer}");
            assert_eq!(carried.edition, Some(bank.edition), "{name}");
            for id in record.answers.keys() {
                assert!(carried.answers.contains_key(id), "{name} keeps {id}");
            }
            assert_eq!(Record::from_json(&carried.to_json()), Ok(carried), "{name}");
        }
    }

    #[test]
    fn the_newest_layout_is_the_one_this_version_writes_byte_for_byte() {
        let Some((name, text)) = every_record().pop() else {
            panic!("no fixture");
        };
        assert_eq!(
            read(&name).to_json(),
            text.trim_end(),
            "{name}: a change of layout adds a fixture"
        );
    }

    #[test]
    fn each_layout_keeps_what_it_held() {
        let v1 = read("1-schema-1-questionnaire.json");
        assert_eq!(
            v1.answers.get("governance.use-policy"),
            Some(&Answer::Level(2))
        );
        assert_eq!(
            v1.note("governance.use-policy"),
            "Draft goes to the board in May"
        );
        assert_eq!(v1.position.screen, Screen::Results);
        assert_eq!(v1.mode, Mode::Full);
        assert!(v1.workflows.considered.is_empty() && v1.edition.is_none());

        let workflows = read("2-workflows-plan.json");
        assert_eq!(workflows.workflows.chosen.as_deref(), Some("faq-drafting"));
        assert_eq!(workflows.workflows.custom[0].name, "Bus route notices");
        assert_eq!(workflows.workflows.ratings["custom-1"].pain, Some(4));
        assert_eq!(workflows.plan.field("owner"), "Director of Communications");
        assert!(workflows
            .note("data-privacy.privacy-standards")
            .contains("<folder>"));

        let pulse = read("3-pulse-snapshots-draft.json");
        assert_eq!(pulse.mode, Mode::Pulse);
        assert_eq!(pulse.snapshots[0].taken, "2026-09-14");
        assert_eq!(pulse.snapshots[0].rules_version, None);
        let Some(draft) = pulse.workflows.draft else {
            panic!("the draft is kept");
        };
        assert_eq!(draft.description, "Substitute teacher briefings");

        let judged = read("4-edition-1-judged.json");
        assert_eq!(judged.report.district, "Lakeside Unified");
        assert_eq!(judged.evidence.len(), 2);
        assert_eq!(judged.rules_version, Some(RULES_VERSION));
        assert_eq!(judged.edition, None, "answered for edition 1");

        let second = read("5-edition-2.json");
        assert_eq!(second.edition, Some(2));
        assert_eq!(
            second.answers.get("governance.output-review"),
            Some(&Answer::Level(2))
        );

        let third = read("6-edition-3-earlier-answers.json");
        assert_eq!(third.edition, Some(3));
        // An answer to a question edition 3 no longer asks, kept; its list dismissed.
        assert_eq!(
            third.answers.get("infrastructure.access-controls"),
            Some(&Answer::Level(2))
        );
        assert_eq!(third.earlier_answers_dismissed, Some(3));

        let staff = read("7-staff-records-workflow.json");
        assert_eq!(staff.workflows.custom[0].data, DataUse::StaffIdentifiable);
        assert!(staff.team.is_empty(), "schema 2 has no team");

        let team = read("8-leadership-team.json");
        assert_eq!(team.position.screen, Screen::Team);
        assert_eq!(team.team.len(), 2);
        assert_eq!(team.team[0].label, "Technology director");
        assert_eq!(
            team.team[1].answers.get("data-privacy.privacy-standards"),
            Some(&Answer::NotSure)
        );
        assert!(team.estimate.is_empty(), "schema 3 has no estimate");

        let kit = read("9-guidance-kit.json");
        assert_eq!(kit.position.screen, Screen::Estimate);
        assert_eq!(
            kit.estimate.get("per_week").map(String::as_str),
            Some("forty")
        );
        assert!(kit.guidance["families"].starts_with("We tell families"));
        assert!(kit.vendors.is_empty(), "schema 4 has no vendor checklist");

        let vendors = read("10-vendor-checklist.json");
        assert_eq!(vendors.position.screen, Screen::Vendors);
        let names: Vec<&str> = vendors.vendors.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["Reply drafting assistant", "Lesson planner"]);
        let tool = &vendors.vendors[0];
        assert_eq!(tool.answer("no-training"), Some(CheckAnswer::Yes));
        assert_eq!(tool.answer("breach-notice"), Some(CheckAnswer::NotKnown));
        assert_eq!(tool.answer("delete-at-end"), None);
        assert_eq!(
            tool.check("no-training").map(|c| c.note.as_str()),
            Some("Order form, section 4.2")
        );
        assert_eq!(
            tool.check("delete-at-end").map(|c| c.note.as_str()),
            Some("Asked the provider on 3 November")
        );
        assert!(vendors.vendors[1].checks.is_empty());
    }
}

#[test]
fn a_team_past_its_limits_is_refused_naming_the_team() {
    let member = |label: String| Member {
        label,
        answers: Default::default(),
    };
    let too_many = Record {
        team: (0..41).map(|n| member(format!("Member {n}"))).collect(),
        ..Record::default()
    };
    let long_label = Record {
        team: vec![member("x".repeat(61))],
        ..Record::default()
    };
    for record in [too_many, long_label] {
        assert_eq!(
            Record::from_json(&record.to_json()),
            Err(RecordError::Invalid(Damage::Unreadable(Section::Team)))
        );
    }
}

#[test]
fn the_reminder_to_keep_a_copy_is_due_the_day_after_answering_began_until_dealt_with() {
    let with = |answered: bool, since: Option<u32>, reminded: Option<u32>| {
        let mut r = Record {
            answering_since: since,
            copy_reminded: reminded,
            ..Record::default()
        };
        if answered {
            r.set_answer("governance.use-policy", Some(Answer::Level(2)));
        }
        r
    };
    // Named patterns: (answers?, began, dealt with, today) → due.
    for (answered, since, reminded, today, due) in [
        (true, None, None, 20_000, false),
        (true, Some(20_000), None, 20_000, false),
        (true, Some(19_999), None, 20_000, true),
        (true, Some(19_000), None, 20_000, true),
        (true, Some(19_999), Some(20_000), 20_001, false),
        (true, Some(20_001), None, 20_000, false),
        (false, Some(19_999), None, 20_000, false),
    ] {
        assert_eq!(
            with(answered, since, reminded).copy_reminder_due(today),
            due,
            "{answered} {since:?} {reminded:?} {today}"
        );
    }
    // Two tabs: the earlier first day; dealt with once either dealt with it.
    let base = with(true, None, None);
    let mine = with(true, Some(20_000), None);
    let theirs = with(true, Some(19_998), Some(20_001));
    let merged = merge(&base, &mine, &theirs, "MARK");
    assert_eq!(
        (merged.answering_since, merged.copy_reminded),
        (Some(19_998), Some(20_001))
    );
    // Stored and read back; left out until something is recorded.
    let stored = with(true, Some(19_998), Some(20_001));
    assert!(stored
        .to_json()
        .contains(r#""answering_since":19998,"copy_reminded":20001"#));
    assert_eq!(Record::from_json(&stored.to_json()), Ok(stored));
    assert!(!Record::default().to_json().contains("answering_since"));
}
