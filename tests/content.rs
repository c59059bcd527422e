//! Whole-bank checks of the shipped content: every dimension, item, scale and
//! recommendation, and the interface text.
#![cfg(not(target_arch = "wasm32"))]

use district_ai_readiness::core::content::{QuestionBank, DATA_PRIVACY, GOVERNANCE, LEVEL_COUNT};
use district_ai_readiness::core::text::UiText;

fn bank() -> QuestionBank {
    QuestionBank::english().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn english_bank_passes_validation() {
    assert_eq!(bank().validate(), Ok(()));
}

#[test]
fn english_bank_covers_the_nine_dimensions_in_order() {
    let ids: Vec<String> = bank().dimensions.iter().map(|d| d.id.clone()).collect();
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
        assert!(
            item.why.len() > 40,
            "{}: why this matters is too thin",
            item.id
        );
    }
}

#[test]
fn every_item_triggers_at_least_one_recommendation() {
    let bank = bank();
    for d in &bank.dimensions {
        for item in &d.items {
            let r = &d.recommendations;
            let triggered = [&r.low, &r.middle, &r.high]
                .iter()
                .flat_map(|band| band.iter())
                .any(|rec| rec.triggers.contains(&item.id));
            assert!(triggered, "{} triggers no recommendation", item.id);
        }
    }
}

/// Each case: a broken bank and the problem validation must name.
#[test]
fn validation_rejects_broken_banks() {
    fn check(edit: impl Fn(&mut QuestionBank), expected: &str) {
        let mut bank = bank();
        edit(&mut bank);
        let message = bank
            .validate()
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            message.contains(expected),
            "expected \"{expected}\", got \"{message}\""
        );
    }
    check(
        |b| b.dimensions[0].items[1].id = b.dimensions[0].items[0].id.clone(),
        "duplicate id",
    );
    check(
        |b| {
            b.dimensions[1].items[0].levels.pop();
        },
        "exactly 5",
    );
    check(
        |b| b.dimensions[1].items[0].levels[2] = " ".into(),
        "empty level",
    );
    check(
        |b| b.dimensions[1].items[0].levels[2] = b.dimensions[1].items[0].levels[1].clone(),
        "repeats",
    );
    check(
        |b| b.dimensions[2].recommendations.middle.clear(),
        "no middle recommendation",
    );
    check(
        |b| b.dimensions[2].recommendations.low[0].triggers = vec!["strategy.nope".into()],
        "not an item",
    );
    check(|b| b.dimensions[3].items.truncate(2), "needs 3 to 6");
    check(
        |b| b.dimensions.retain(|d| d.id != GOVERNANCE),
        "\"governance\" is missing",
    );
    check(
        |b| b.dimensions[4].items[0].id = "elsewhere.x".into(),
        "must start with",
    );
    check(|b| b.dimensions[5].weight = 0, "weight 0");
    check(
        |b| b.dimensions[6].short_title = "A very long radar label".into(),
        "short title",
    );
    check(
        |b| {
            b.dimensions[7]
                .items
                .iter_mut()
                .for_each(|i| i.pulse = false)
        },
        "no pulse item",
    );
    check(
        |b| {
            b.dimensions
                .iter_mut()
                .flat_map(|d| d.items.iter_mut())
                .for_each(|i| i.pulse = true)
        },
        "the pulse has 37 items",
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
    for dimension in &bank.dimensions {
        let asked = dimension.items.iter().filter(|i| i.pulse).count();
        // The gating areas get two questions each, so a rough verdict rests on more than one.
        let needed = if dimension.gates_pilots() { 2 } else { 1 };
        assert!(asked >= needed, "{}: {asked} pulse items", dimension.id);
    }
}

#[test]
fn interface_text_loads_and_has_five_maturity_levels() {
    let text = UiText::english();
    assert_eq!(text.maturity_levels.len(), 5);
    assert!(text.verdict_rule.contains("{foundation}") && text.verdict_rule.contains("{ready}"));
}
