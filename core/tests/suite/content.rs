//! Whole-bank checks of the shipped content: every dimension, item, scale and
//! recommendation, and the interface text.
#![cfg(not(target_arch = "wasm32"))]

use readiness_core::content::{
    Advice, ContentError, Dimension, DimensionAdvice, Item, QuestionBank, DATA_PRIVACY, GOVERNANCE,
    LEVEL_COUNT,
};
use readiness_core::record::{Mode, SKIMMING_PACE};
use readiness_core::text::{PartText, UiText};

/// `build.rs` compiles the file into two constants, the bank and its advice; they must say
/// exactly what the file says when read as JSON.
#[test]
fn the_compiled_bank_and_advice_are_the_file() {
    let file = include_str!("../../../content/en/questionnaire.json");
    let read = QuestionBank::from_json(file).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(&read, QuestionBank::english());
    let read = Advice::from_json(file).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(&read, Advice::english());
}

fn bank() -> QuestionBank {
    QuestionBank::english().clone()
}

#[test]
fn english_bank_and_advice_pass_validation() {
    assert_eq!(bank().validate(), Ok(()));
    assert_eq!(Advice::english().validate(&bank()), Ok(()));
}

#[test]
fn english_bank_covers_the_ten_dimensions_in_order() {
    let ids: Vec<String> = bank().dimensions.iter().map(|d| d.id.to_string()).collect();
    assert_eq!(
        ids,
        [
            "strategy",
            "governance",
            "data-privacy",
            "infrastructure",
            "people",
            "change",
            "measurement",
            "ethics",
            "teaching",
            "sustainability"
        ]
    );
}

#[test]
fn governance_and_data_privacy_weigh_most() {
    let bank = bank();
    let max = bank.dimensions.iter().map(|d| d.weight).max();
    for id in [GOVERNANCE, DATA_PRIVACY] {
        assert_eq!(bank.dimension(id).map(|d| d.weight), max, "{id}");
    }
}

#[test]
fn every_item_has_a_complete_scale_and_help_text() {
    for (dimension, item) in bank().items() {
        assert_eq!(item.levels.len(), LEVEL_COUNT, "{}", item.id);
        assert!(
            item.id.starts_with(&format!("{}.", dimension.id)),
            "{}",
            item.id
        );
        assert!(
            item.question.ends_with('?'),
            "{} should be a question",
            item.id
        );
        let why = readiness_core::grounding::Grounding::english().item(&item.id);
        assert!(
            why.is_some_and(|g| g.why.len() > 40),
            "{}: why this matters is too thin",
            item.id
        );
    }
}

#[test]
fn every_item_triggers_at_least_one_recommendation() {
    let bank = bank();
    for (d, advice) in bank
        .dimensions
        .iter()
        .zip(Advice::english().dimensions.iter())
    {
        for item in d.items.iter() {
            let r = &advice.recommendations;
            let triggered = [&r.low, &r.middle, &r.high]
                .iter()
                .flat_map(|band| band.iter())
                .any(|rec| rec.triggers.contains(&item.id));
            assert!(triggered, "{} triggers no recommendation", item.id);
        }
    }
}

/// The bank's dimensions, to edit (the shipped bank borrows them from a constant).
fn dims(bank: &mut QuestionBank) -> &mut Vec<Dimension> {
    bank.dimensions.to_mut()
}

/// A dimension's items, to edit.
fn items(dimension: &mut Dimension) -> &mut Vec<Item> {
    dimension.items.to_mut()
}

/// Validation found a problem and its message names `expected`.
fn assert_rejected(found: Result<(), ContentError>, expected: &str) {
    let message = found.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(
        message.contains(expected),
        "expected \"{expected}\", got \"{message}\""
    );
}

/// Each case: a broken bank and the problem validation must name.
#[test]
fn validation_rejects_broken_banks() {
    fn check(edit: impl Fn(&mut QuestionBank), expected: &str) {
        let mut bank = bank();
        edit(&mut bank);
        assert_rejected(bank.validate(), expected);
    }
    check(
        |b| items(&mut dims(b)[0])[1].id = items(&mut dims(b)[0])[0].id.clone(),
        "duplicate id",
    );
    check(
        |b| {
            items(&mut dims(b)[1])[0].levels.to_mut().pop();
        },
        "exactly 5",
    );
    check(
        |b| items(&mut dims(b)[1])[0].levels.to_mut()[2] = " ".into(),
        "empty level",
    );
    check(
        |b| {
            items(&mut dims(b)[1])[0].levels.to_mut()[2] =
                items(&mut dims(b)[1])[0].levels[1].clone()
        },
        "repeats",
    );
    check(|b| items(&mut dims(b)[3]).truncate(2), "needs 3 to 6");
    check(
        |b| dims(b).retain(|d| d.id != GOVERNANCE),
        "\"governance\" is missing",
    );
    check(
        |b| items(&mut dims(b)[4])[0].id = "elsewhere.x".into(),
        "must start with",
    );
    check(|b| dims(b)[5].weight = 0, "weight 0");
    check(
        |b| dims(b)[6].short_title = "A very long radar label".into(),
        "short title",
    );
    check(
        |b| {
            items(&mut dims(b)[7])
                .iter_mut()
                .for_each(|i| i.pulse = false)
        },
        "no pulse item",
    );
    check(
        |b| {
            dims(b)
                .iter_mut()
                .flat_map(|d| d.items.to_mut().iter_mut())
                .for_each(|i| i.pulse = true)
        },
        "the pulse has 48 items",
    );
    // governance.use-policy's two changes of levels (editions 2 and 4), out of order, from
    // a future edition, or mapping onto a level there is not.
    let changes = |b: &mut QuestionBank| items(&mut dims(b)[1])[0].earlier.to_mut().clone();
    check(
        |b| {
            let mut swapped = changes(b);
            swapped.swap(0, 1);
            items(&mut dims(b)[1])[0].earlier = swapped.into();
        },
        "levels_before_edition",
    );
    check(
        |b| {
            let mut future = changes(b);
            future[1].edition = 9;
            items(&mut dims(b)[1])[0].earlier = future.into();
        },
        "levels_before_edition",
    );
    check(
        |b| {
            let mut beyond = changes(b);
            beyond[1].now.to_mut()[0] = Some(5);
            items(&mut dims(b)[1])[0].earlier = beyond.into();
        },
        "levels_before_edition",
    );
}

/// Each case: broken advice for the shipped bank and the problem validation must name.
#[test]
fn validation_rejects_broken_advice() {
    fn check(edit: impl Fn(&mut Advice), expected: &str) {
        let mut advice = Advice::english().clone();
        edit(&mut advice);
        assert_rejected(advice.validate(&bank()), expected);
    }
    fn dimension(advice: &mut Advice, i: usize) -> &mut DimensionAdvice {
        &mut advice.dimensions.to_mut()[i]
    }
    check(
        |a| dimension(a, 2).recommendations.middle.to_mut().clear(),
        "no middle recommendation",
    );
    check(
        |a| {
            dimension(a, 2).recommendations.low.to_mut()[0].triggers =
                vec!["strategy.nope".into()].into()
        },
        "not an item",
    );
    check(
        |a| dimension(a, 0).recommendations.high.to_mut()[0].owner = " ".into(),
        "needs an action and an owner",
    );
    check(|a| a.dimensions.to_mut().swap(0, 1), "in the bank's order");
    check(
        |a| {
            a.dimensions.to_mut().pop();
        },
        "one per dimension",
    );
}

#[test]
fn the_pulse_asks_about_a_dozen_items_covering_every_area_and_both_gates() {
    let bank = bank();
    let pulse: Vec<_> = bank.items().filter(|(_, i)| i.pulse).collect();
    assert!(
        (10..=14).contains(&pulse.len()),
        "{} pulse items",
        pulse.len()
    );
    for dimension in bank.dimensions.iter() {
        let asked = dimension.items.iter().filter(|i| i.pulse).count();
        // The gating areas get two questions each, so a rough verdict rests on more than one.
        let needed = if dimension.gates_pilots() { 2 } else { 1 };
        assert!(asked >= needed, "{}: {asked} pulse items", dimension.id);
    }
}

/// The welcome page promises the pulse in the minutes its words take at a skimming pace;
/// a conference attendee has about three.
#[test]
fn the_pulse_reads_in_three_minutes_at_a_skimming_pace() {
    let bank = bank();
    let not_sure = UiText::english().not_sure;
    let words = Mode::Pulse.words_to_read(&bank, not_sure);
    let minutes = Mode::Pulse.minutes_to_read(&bank, not_sure);
    assert!(
        minutes <= 3,
        "the pulse shows {words} words: {minutes} minutes at {SKIMMING_PACE} a minute"
    );
    assert!((minutes - 1) * SKIMMING_PACE < words && words <= minutes * SKIMMING_PACE);
    // The full check is read at the same pace; the welcome page says about 15 minutes.
    let full = Mode::Full.minutes_to_read(&bank, not_sure);
    assert!(full <= 15, "the full check reads in {full} minutes");
}

#[test]
fn interface_text_loads_and_has_five_maturity_levels() {
    let text = PartText::english();
    assert_eq!(text.maturity_levels.len(), 5);
    for placeholder in ["{version}", "{conditions}", "{ready}"] {
        assert!(text.verdict_rule.contains(placeholder), "{placeholder}");
    }
}

#[test]
fn a_text_name_is_in_one_file_only() {
    // A name in both files would be two texts for one thing, translated twice and drifting.
    let keys = |json: &str| -> Vec<String> {
        match serde_json::from_str::<serde_json::Value>(json) {
            Ok(serde_json::Value::Object(entries)) => entries.keys().cloned().collect(),
            other => panic!("a text file must hold one JSON object, not {other:?}"),
        }
    };
    let first = keys(include_str!("../../../content/en/ui.json"));
    let shared: Vec<String> = keys(include_str!("../../../content/en/ui-parts.json"))
        .into_iter()
        .filter(|key| first.contains(key))
        .collect();
    assert!(
        shared.is_empty(),
        "in both ui.json and ui-parts.json: {shared:?}"
    );
}

/// Every `{name}` placeholder in the interface text, by file and entry: the code fills
/// exactly these (`text::fill`), so a text, or a translation of it, must keep each of them
/// and add none. A new template adds its row here.
const TEMPLATES: &[(&str, &str, &[&str])] = &[
    ("ui-parts.json", "vendors_as_of", &["month"]),
    ("ui-parts.json", "vendors_name_taken", &["name"]),
    ("ui-parts.json", "vendors_full", &["max"]),
    ("ui-parts.json", "vendors_status_open", &["count"]),
    ("ui-parts.json", "vendors_remove_confirm", &["name"]),
    ("ui-parts.json", "vendors_risk_line", &["count", "name"]),
    ("ui-parts.json", "detail_too_long", &["max"]),
    (
        "ui-parts.json",
        "pulse_caveat",
        &["answered", "not_sure", "total"],
    ),
    ("ui-parts.json", "show_all", &["count"]),
    (
        "ui-parts.json",
        "import_earlier_edition",
        &["current", "edition"],
    ),
    ("ui-parts.json", "earlier_your_answer", &["answer"]),
    ("ui-parts.json", "earlier_why", &["why"]),
    ("ui-parts.json", "earlier_now_asked", &["questions"]),
    (
        "ui-parts.json",
        "shared_earlier_edition",
        &["current", "edition"],
    ),
    (
        "ui-parts.json",
        "citation_with_section",
        &["section", "source"],
    ),
    ("ui-parts.json", "damage_unreadable", &["section"]),
    ("ui-parts.json", "damage_snapshots", &["count", "max"]),
    ("ui-parts.json", "damage_level", &["item", "level", "max"]),
    ("ui-parts.json", "damage_note_too_long", &["item", "max"]),
    (
        "ui-parts.json",
        "damage_evidence_too_long",
        &["item", "max"],
    ),
    ("ui-parts.json", "damage_report_too_long", &["max"]),
    ("ui-parts.json", "damage_plan_too_long", &["field", "max"]),
    ("ui-parts.json", "damage_rating", &["max", "workflow"]),
    ("ui-parts.json", "damage_workflow", &["problem"]),
    ("ui.json", "content_unreadable", &["error"]),
    ("ui.json", "welcome_points[0]", &["dimensions", "items"]),
    ("ui.json", "start", &["items"]),
    ("ui.json", "start_pulse", &["items", "minutes"]),
    ("ui.json", "pulse_arrival_lead", &["items", "minutes"]),
    ("ui.json", "pulse_choice_help", &["items"]),
    ("ui.json", "resume_progress", &["answered", "total"]),
    ("ui.json", "step_label", &["step", "steps"]),
    ("ui.json", "answered_progress", &["answered", "total"]),
    ("ui.json", "area_progress", &["answered", "total"]),
    ("ui.json", "note_help", &["max"]),
    ("ui.json", "unanswered_on_step", &["count"]),
    ("ui-parts.json", "saving_failed", &["reason"]),
    ("ui-parts.json", "continue_full", &["left"]),
    ("ui-parts.json", "picked_status", &["picked", "rated"]),
    (
        "ui-parts.json",
        "pulse_coverage",
        &["answered", "asked", "total"],
    ),
    ("ui-parts.json", "share_text", &["verdict"]),
    ("ui-parts.json", "team_link_n", &["n"]),
    ("ui-parts.json", "team_added", &["label"]),
    ("ui-parts.json", "team_duplicate", &["label"]),
    ("ui-parts.json", "team_member_label", &["n"]),
    ("ui-parts.json", "team_members_heading", &["count"]),
    ("ui-parts.json", "team_label_for", &["n"]),
    ("ui-parts.json", "team_member_answers", &["count"]),
    ("ui-parts.json", "team_remove", &["label"]),
    ("ui-parts.json", "team_spread", &["spread"]),
    ("ui-parts.json", "team_answer_is", &["answer"]),
    ("ui-parts.json", "team_answer_must_have", &["answer"]),
    ("ui-parts.json", "estimate_for", &["workflow"]),
    ("ui-parts.json", "estimate_out_of_range", &["max", "min"]),
    (
        "ui-parts.json",
        "estimate_weekly",
        &["high", "likely", "low"],
    ),
    (
        "ui-parts.json",
        "estimate_yearly",
        &["high", "likely", "low"],
    ),
    (
        "ui-parts.json",
        "estimate_money",
        &["high", "likely", "low"],
    ),
    (
        "ui-parts.json",
        "estimate_money_no_licence",
        &["high", "likely", "low"],
    ),
    ("ui-parts.json", "guidance_draft_mark", &["date"]),
    ("ui-parts.json", "estimate_break_even", &["minutes"]),
    (
        "ui-parts.json",
        "estimate_assumptions",
        &[
            "best",
            "covered",
            "likely",
            "minutes_now",
            "per_week",
            "staff",
            "tasks",
            "training",
            "weeks",
            "worst",
        ],
    ),
    ("ui-parts.json", "estimate_wrong_review", &["minutes"]),
    ("ui-parts.json", "estimate_wrong_baseline", &["minutes"]),
    ("ui-parts.json", "estimate_plan_baseline", &["minutes"]),
    (
        "ui-parts.json",
        "estimate_plan_target",
        &["best", "likely", "worst"],
    ),
    ("ui-parts.json", "team_level_words", &["level", "words"]),
    ("ui-parts.json", "team_level_n", &["level"]),
    ("ui-parts.json", "team_who_line", &["answer", "members"]),
    (
        "ui-parts.json",
        "team_short_of",
        &["level", "members", "words"],
    ),
    (
        "ui-parts.json",
        "team_short_of_briefly",
        &["level", "members"],
    ),
    ("ui-parts.json", "team_adopt_warning", &["changed"]),
    ("ui-parts.json", "team_adopt_row", &["own", "team"]),
    ("ui-parts.json", "team_adopt_confirm", &["count"]),
    ("ui-parts.json", "team_guide_byline", &["date", "members"]),
    ("ui-parts.json", "rate_group_label", &["name"]),
    ("ui-parts.json", "rating_ends", &["high", "low"]),
    ("ui.json", "earlier_answer_note", &["answer"]),
    ("ui-parts.json", "pulse_banner", &["answered", "total"]),
    (
        "ui-parts.json",
        "partial_caveat",
        &["answered", "not_sure", "total", "unanswered"],
    ),
    ("ui-parts.json", "complete_caveat", &["not_sure", "total"]),
    (
        "ui-parts.json",
        "verdict_rule",
        &["conditions", "ready", "version"],
    ),
    ("ui-parts.json", "rules_changed", &["version"]),
    (
        "ui-parts.json",
        "reason_too_few_overall",
        &["answered", "needed"],
    ),
    (
        "ui-parts.json",
        "reason_too_few_area",
        &["answered", "dimension", "needed"],
    ),
    (
        "ui-parts.json",
        "reason_area_below",
        &["dimension", "score", "threshold"],
    ),
    (
        "ui-parts.json",
        "reason_overall_below",
        &["score", "threshold"],
    ),
    (
        "ui-parts.json",
        "reason_must_have",
        &["answer", "needed", "question"],
    ),
    (
        "ui-parts.json",
        "reason_must_have_unanswered",
        &["needed", "question"],
    ),
    ("ui-parts.json", "because_answer", &["answer", "question"]),
    ("ui-parts.json", "not_sure_count", &["count"]),
    ("ui-parts.json", "unrated_note", &["names"]),
    ("ui-parts.json", "reason_priority", &["score"]),
    ("ui-parts.json", "reason_strengths", &["criteria"]),
    ("ui-parts.json", "reason_held_back", &["names"]),
    (
        "ui-parts.json",
        "reason_passed_for_risk",
        &["count", "names"],
    ),
    ("ui-parts.json", "close_call", &["name", "score"]),
    (
        "ui-parts.json",
        "difference",
        &["criterion", "runner_up", "winner"],
    ),
    ("ui-parts.json", "choice_differs", &["name"]),
    ("ui-parts.json", "name_too_long", &["max"]),
    ("ui-parts.json", "report_prepared_by", &["author"]),
    (
        "ui-parts.json",
        "report_meta",
        &["date", "edition", "version"],
    ),
    ("ui-parts.json", "evidence_answer", &["answer"]),
    (
        "ui-parts.json",
        "evidence_line",
        &["answer", "evidence", "question"],
    ),
    (
        "ui-parts.json",
        "import_preview",
        &["answers", "changed", "notes", "notes_changed", "workflows"],
    ),
    ("ui-parts.json", "import_too_big", &["max", "size"]),
    ("ui-parts.json", "import_newer", &["supported", "version"]),
    ("ui-parts.json", "import_damaged", &["reason"]),
    ("ui-parts.json", "plan_for", &["workflow"]),
    ("ui-parts.json", "plan_held_back", &["tier"]),
    ("ui-parts.json", "snapshot_saved", &["date"]),
    ("ui-parts.json", "snapshot_option", &["date"]),
    ("ui-parts.json", "share_intro", &["answered"]),
    ("ui-parts.json", "recovered_notice", &["backup", "reason"]),
    ("ui-parts.json", "recovered_without_backup", &["reason"]),
    ("ui-parts.json", "record_newer", &["supported", "version"]),
    ("ui-parts.json", "record_damaged", &["reason"]),
    ("ui-parts.json", "shared_intro", &["answered"]),
    ("ui-parts.json", "shared_replace_warning", &["answered"]),
];

/// Every text of a JSON value with its path (`key`, `key.inner`, `list[0]`).
fn texts_of(path: String, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::String(text) => out.push((path, text.clone())),
        serde_json::Value::Object(entries) => {
            for (key, inner) in entries {
                let path = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                texts_of(path, inner, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                texts_of(format!("{path}[{i}]"), inner, out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_template_has_exactly_the_placeholders_its_code_fills() {
    let files = [
        ("ui.json", include_str!("../../../content/en/ui.json")),
        (
            "ui-parts.json",
            include_str!("../../../content/en/ui-parts.json"),
        ),
    ];
    let mut found = Vec::new();
    for (file, json) in files {
        let value: serde_json::Value = serde_json::from_str(json).expect("the file is JSON");
        let mut texts = Vec::new();
        texts_of(String::new(), &value, &mut texts);
        for (path, text) in texts {
            let mut names: Vec<String> = text
                .split('{')
                .skip(1)
                // `{name}`, or `{name:one|other}` for words that agree with it.
                .filter_map(|rest| {
                    rest.split_once('}')
                        .map(|(name, _)| name.split(':').next().unwrap_or(name).to_owned())
                })
                .collect();
            names.sort();
            names.dedup();
            if !names.is_empty() {
                found.push((file.to_owned(), path, names));
            }
        }
    }
    let expected: Vec<(String, String, Vec<String>)> = TEMPLATES
        .iter()
        .map(|(file, path, names)| {
            (
                (*file).to_owned(),
                (*path).to_owned(),
                names.iter().map(|n| (*n).to_owned()).collect(),
            )
        })
        .collect();
    for row in &found {
        assert!(
            expected.contains(row),
            "{row:?}: not the placeholders its code fills (TEMPLATES)"
        );
    }
    for row in &expected {
        assert!(found.contains(row), "{row:?}: missing from the content");
    }
}

#[test]
fn a_template_words_what_agrees_with_a_number() {
    use readiness_core::template::fill;
    let template =
        "{count} {count:question is|questions are} left in {area}; {count:it|they} can wait.";
    let area = "Governance";
    assert_eq!(
        fill(template, &[("count", &1), ("area", &area)]),
        "1 question is left in Governance; it can wait."
    );
    assert_eq!(
        fill(template, &[("count", &3), ("area", &area)]),
        "3 questions are left in Governance; they can wait."
    );
    assert_eq!(fill("{n} {n:answer|answers}", &[("n", &0)]), "0 answers");
    // A placeholder no value is given for, or a form without its closing brace, stays as written.
    assert_eq!(
        fill("{other:a|b} and {n:x|y", &[("n", &1)]),
        "{other:a|b} and {n:x|y"
    );
}

/// Every `{name:one|other}` in the content has both forms, so no number reads wrongly.
#[test]
fn every_agreeing_form_has_a_singular_and_a_plural() {
    for json in [
        include_str!("../../../content/en/ui.json"),
        include_str!("../../../content/en/ui-parts.json"),
    ] {
        let value: serde_json::Value = serde_json::from_str(json).expect("the file is JSON");
        let mut texts = Vec::new();
        texts_of(String::new(), &value, &mut texts);
        for (path, text) in texts {
            for rest in text.split('{').skip(1) {
                let Some((inside, _)) = rest.split_once('}') else {
                    continue;
                };
                if let Some((_, forms)) = inside.split_once(':') {
                    let parts: Vec<&str> = forms.split('|').collect();
                    assert!(
                        parts.len() == 2 && parts.iter().all(|p| !p.is_empty()),
                        "{path}: {{{inside}}}"
                    );
                }
            }
        }
    }
}

/// The privacy page's words (`content/en/privacy.json`, made into `privacy.html` by the
/// build) say what is stored, where and for how long, what is never sent, how to delete
/// it and what an embedding site sees, in plain sentences.
#[test]
fn the_privacy_page_answers_what_counsel_and_host_sites_ask() {
    let page: serde_json::Value =
        serde_json::from_str(include_str!("../../../content/en/privacy.json"))
            .unwrap_or_else(|e| panic!("privacy.json: {e}"));
    let headings: Vec<&str> = page["sections"]
        .as_array()
        .map(|sections| {
            sections
                .iter()
                .filter_map(|s| s["heading"].as_str())
                .collect()
        })
        .unwrap_or_default();
    for expected in [
        "What is stored",
        "Where, and for how long",
        "What is never sent",
        "Please don't type students' names",
        "How to delete it",
        "When the check is embedded in another website",
    ] {
        assert!(headings.contains(&expected), "no section {expected:?}");
    }
    for key in ["title", "description", "lead", "back"] {
        assert!(page[key].as_str().is_some_and(|t| !t.is_empty()), "{key}");
    }
    for section in page["sections"].as_array().into_iter().flatten() {
        let paragraphs = section["paragraphs"].as_array().map(Vec::len).unwrap_or(0);
        assert!(paragraphs > 0, "{section}");
        for p in section["paragraphs"].as_array().into_iter().flatten() {
            let text = p.as_str().unwrap_or_default();
            assert!(text.ends_with('.') && !text.contains('<'), "{text}");
        }
    }
}
