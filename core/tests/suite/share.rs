//! Share links: round trips, the 2,000-character limit, and every way a link can be wrong.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use proptest::prelude::*;
use readiness_core::content::QuestionBank;
use readiness_core::editions::History;
use readiness_core::record::Answer;
use readiness_core::share::{
    encode_fragment, questions_fingerprint, share_link, ShareError, MAX_LINK_CHARS,
};

/// The answers a fragment carries, as this edition reads them.
fn decode_fragment(
    bank: &QuestionBank,
    fragment: &str,
) -> Option<Result<BTreeMap<String, Answer>, ShareError>> {
    readiness_core::share::decode_fragment(bank, History::english(), fragment)
        .map(|read| read.map(|shared| shared.answers))
}

fn bank() -> QuestionBank {
    QuestionBank::english().clone()
}

fn item_ids(bank: &QuestionBank) -> Vec<String> {
    bank.items().map(|(_, item)| item.id.to_string()).collect()
}

/// Every item answered, cycling through every level and "Not sure".
fn full_answers(bank: &QuestionBank) -> BTreeMap<String, Answer> {
    item_ids(bank)
        .into_iter()
        .enumerate()
        .map(|(i, id)| {
            let answer = match i % 6 {
                5 => Answer::NotSure,
                level => Answer::Level(level as u8),
            };
            (id, answer)
        })
        .collect()
}

#[test]
fn a_full_assessment_round_trips_in_a_short_link() {
    let bank = bank();
    let answers = full_answers(&bank);
    let link = share_link("https://readiness.example.org/check/", &bank, &answers);
    assert!(link.starts_with("https://readiness.example.org/check/#share=1."));
    assert!(link.len() <= MAX_LINK_CHARS, "{} characters", link.len());
    assert!(link.len() < 120, "a full link is {} characters", link.len());
    let fragment = link.split_once('#').map(|(_, f)| f).unwrap_or_default();
    assert_eq!(decode_fragment(&bank, fragment), Some(Ok(answers)));
}

#[test]
fn partial_and_empty_answers_round_trip() {
    let bank = bank();
    let ids = item_ids(&bank);
    let mut answers = BTreeMap::new();
    answers.insert(ids[3].clone(), Answer::Level(4));
    answers.insert(ids[10].clone(), Answer::NotSure);
    let fragment = format!("#{}", encode_fragment(&bank, &answers));
    assert_eq!(decode_fragment(&bank, &fragment), Some(Ok(answers)));
    let empty = encode_fragment(&bank, &BTreeMap::new());
    assert_eq!(decode_fragment(&bank, &empty), Some(Ok(BTreeMap::new())));
}

#[test]
fn a_link_replaces_an_old_fragment_on_the_page_address() {
    let bank = bank();
    let link = share_link(
        "http://127.0.0.1:4173/#share=1.old",
        &bank,
        &BTreeMap::new(),
    );
    assert_eq!(link.matches('#').count(), 1);
}

#[test]
fn fragments_that_are_not_share_links_open_the_app_as_usual() {
    let bank = bank();
    for fragment in ["", "#", "#main", "#results", "shared=1"] {
        assert_eq!(decode_fragment(&bank, fragment), None, "{fragment:?}");
    }
}

#[test]
fn every_kind_of_bad_link_is_named() {
    let bank = bank();
    let good = encode_fragment(&bank, &full_answers(&bank));
    let fingerprint = questions_fingerprint(&bank);
    let codes = good.rsplit('.').next().unwrap_or_default().to_owned();
    let cases = [
        // Cut off while copying: too few answers, or the answers missing altogether.
        (good[..good.len() - 5].to_owned(), ShareError::Damaged),
        (format!("share=1.{fingerprint}"), ShareError::Damaged),
        ("share=".to_owned(), ShareError::Damaged),
        ("share=1".to_owned(), ShareError::Damaged),
        // Mistyped.
        (
            format!("share=1.{fingerprint}.7{}", &codes[1..]),
            ShareError::Damaged,
        ),
        (
            format!("share=1.{fingerprint}.{codes}.extra"),
            ShareError::Damaged,
        ),
        (
            format!("share=x.{fingerprint}.{codes}"),
            ShareError::Damaged,
        ),
        (
            format!("share=+1.{fingerprint}.{codes}"),
            ShareError::Damaged,
        ),
        (
            format!("share=0.{fingerprint}.{codes}"),
            ShareError::Damaged,
        ),
        (format!("share=1.zzzzzzzz.{codes}"), ShareError::Damaged),
        // Too long to be ours.
        (
            format!("share=1.{fingerprint}.{}", "-".repeat(3000)),
            ShareError::Damaged,
        ),
        // From the future, or from another edition of the questions.
        (
            format!("share=2.{fingerprint}.{codes}"),
            ShareError::NewerVersion,
        ),
        ("share=99.anything".to_owned(), ShareError::NewerVersion),
        (
            format!("share=1.00000000.{codes}"),
            ShareError::OtherQuestions,
        ),
    ];
    for (fragment, expected) in cases {
        assert_eq!(
            decode_fragment(&bank, &fragment),
            Some(Err(expected)),
            "{fragment}"
        );
    }
}

proptest! {
    #[test]
    fn any_answers_round_trip(codes in proptest::collection::vec(0u8..7, 38)) {
        let bank = bank();
        let answers: BTreeMap<String, Answer> = item_ids(&bank)
            .into_iter()
            .zip(codes)
            .filter_map(|(id, code)| match code {
                5 => Some((id, Answer::NotSure)),
                6 => None,
                level => Some((id, Answer::Level(level))),
            })
            .collect();
        let fragment = encode_fragment(&bank, &answers);
        prop_assert_eq!(decode_fragment(&bank, &fragment), Some(Ok(answers)));
    }

    #[test]
    fn arbitrary_fragments_never_panic(fragment in any::<String>()) {
        let bank = bank();
        let _ = decode_fragment(&bank, &fragment);
        let _ = decode_fragment(&bank, &format!("share={fragment}"));
    }

    #[test]
    fn damaged_answers_are_refused_not_misread(suffix in "[0-4n-]{0,47}|[0-4n-]{49,70}") {
        let bank = bank();
        let fragment = format!("share=1.{}.{suffix}", questions_fingerprint(&bank));
        prop_assert_eq!(decode_fragment(&bank, &fragment), Some(Err(ShareError::Damaged)));
    }
}

/// A link made before edition 2 of the questions (37 items, fingerprint `dcd8b9d4`): its
/// answers are read with that edition's items and carried over. "A policy is being
/// drafted" cannot be placed on the new policy scale, so it reads "Not sure"; the new
/// question on reviewing outputs is unanswered.
#[test]
fn a_link_made_for_the_first_edition_opens_with_every_answer_carried_over() {
    let bank = bank();
    let fragment = "#share=1.dcd8b9d4.3333133332333333333333333333333333333";
    let answers = match decode_fragment(&bank, fragment) {
        Some(Ok(answers)) => answers,
        other => panic!("{other:?}"),
    };
    assert_eq!(answers.len(), 37);
    assert_eq!(answers.get("governance.use-policy"), Some(&Answer::NotSure));
    assert_eq!(
        answers.get("data-privacy.privacy-standards"),
        Some(&Answer::Level(2))
    );
    assert_eq!(answers.get("governance.output-review"), None);
    assert_eq!(
        answers.get("sustainability.exit-plan"),
        Some(&Answer::Level(3))
    );
    // The same codes under a fingerprint of no edition, and too few for this one: damaged.
    let other = fragment.replace("dcd8b9d4", "00000000");
    assert_eq!(
        decode_fragment(&bank, &other),
        Some(Err(ShareError::Damaged))
    );
}

/// A link made with edition 2 of the questions (38 items, fingerprint `4ff1bade`): read
/// with that edition's items. Answers to questions edition 3 retired are kept under their
/// own ids, never read as answers to the questions that replaced them, and the link says
/// which edition it came from.
#[test]
fn a_link_made_for_the_second_edition_keeps_every_answer_under_its_own_question() {
    let bank = bank();
    let fragment = "#share=1.4ff1bade.33332333333333313333-3333n333333333333";
    let shared = match readiness_core::share::decode_fragment(&bank, History::english(), fragment) {
        Some(Ok(shared)) => shared,
        other => panic!("{other:?}"),
    };
    assert_eq!(shared.edition, 2);
    let answers = shared.answers;
    assert_eq!(answers.len(), 37, "every answer but the one left blank");
    // Edition 4 put this question's levels in the order staff hear of them: "approved,
    // not yet shared with staff" can no longer be placed on its own, so it reads "Not sure".
    assert_eq!(answers.get("governance.use-policy"), Some(&Answer::NotSure));
    // Retired in edition 3: kept as given.
    assert_eq!(
        answers.get("infrastructure.access-controls"),
        Some(&Answer::Level(1))
    );
    assert_eq!(
        answers.get("measurement.metrics-first"),
        Some(&Answer::NotSure)
    );
    // Its replacements, new in edition 3, are unanswered.
    for new in [
        "infrastructure.role-based-access",
        "measurement.success-measures",
        "governance.incident-route",
    ] {
        assert_eq!(answers.get(new), None, "{new}");
    }
}
