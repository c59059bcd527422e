//! A new edition of the questions never loses or reinterprets an answer: named patterns on
//! an edition made from this one (a question retired, one renamed), and properties over
//! any answers.

use std::collections::BTreeMap;

use proptest::prelude::*;
use readiness_core::content::{ContentError, QuestionBank, Renamed};
use readiness_core::editions::{
    carry_over, earlier_answers, items_of, EditionItems, History, RetiredItem,
};
use readiness_core::export::to_json;
use readiness_core::record::{Answer, Record};
use readiness_core::share::{decode_fragment, encode_fragment};

const RETIRED: &str = "infrastructure.security-audits";
const RENAMED: &str = "change.cross-department";
const RENAMED_TO: &str = "change.across-departments";
const KEPT: &str = "governance.use-policy";

#[test]
fn the_compiled_history_is_the_file_and_matches_the_bank() {
    let file = include_str!("../../../content/en/questionnaire.json");
    let read = History::from_json(file).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(&read, History::english());
    assert_eq!(History::english().validate(QuestionBank::english()), Ok(()));
}

/// The next edition, made from this one: `RETIRED` no longer asked, `RENAMED` asked as
/// `RENAMED_TO` with the same meaning.
fn next_edition() -> (QuestionBank, History) {
    let now = QuestionBank::english();
    let mut history = History::english().clone();
    let ids: Vec<_> = items_of(now, &history, now.edition)
        .unwrap_or_default()
        .into_iter()
        .map(|id| id.to_owned().into())
        .collect();
    history.earlier_editions.to_mut().push(EditionItems {
        edition: now.edition,
        items: ids.into(),
    });
    let mut next = now.clone();
    next.edition += 1;
    for dimension in next.dimensions.to_mut() {
        let items = dimension.items.to_mut();
        if let Some(at) = items.iter().position(|i| i.id == RETIRED) {
            let gone = items.remove(at);
            history.retired.to_mut().push(RetiredItem {
                id: gone.id,
                in_edition: next.edition,
                question: gone.question,
                levels: gone.levels,
                into: Vec::new().into(),
                why: "It asked about a check no one can see.".into(),
            });
        }
        for item in items.iter_mut().filter(|i| i.id == RENAMED) {
            item.id = RENAMED_TO.into();
        }
    }
    next.renamed = vec![Renamed {
        from: RENAMED.into(),
        to: RENAMED_TO.into(),
        in_edition: next.edition,
    }]
    .into();
    (next, history)
}

#[test]
fn the_next_edition_of_the_patterns_is_valid() {
    let (next, history) = next_edition();
    assert_eq!(history.validate(&next), Ok(()));
}

#[test]
fn a_history_that_forgets_an_edition_or_an_item_is_refused() {
    let (next, history) = next_edition();
    let mut forgetful = history.clone();
    forgetful.earlier_editions.to_mut().pop();
    assert!(forgetful.validate(&next).is_err());
    let mut forgetful = history.clone();
    forgetful.retired.to_mut().retain(|r| r.id != RETIRED);
    assert_eq!(
        forgetful.validate(&next),
        Err(ContentError(format!(
            "edition 1 asked \"{RETIRED}\", which is neither asked now, renamed nor retired"
        )))
    );
}

fn earlier_record() -> Record {
    let mut record = Record::default();
    record.set_answer(RETIRED, Some(Answer::Level(3)));
    record.set_answer(RENAMED, Some(Answer::Level(2)));
    record.set_answer(KEPT, Some(Answer::Level(4)));
    record.set_note(RENAMED, "Bell schedule first");
    record.set_note(RETIRED, "Checked by the state in 2025");
    record
}

#[test]
fn a_record_of_the_earlier_edition_keeps_every_answer_and_reads_none_as_another() {
    let (next, history) = next_edition();
    let mut record = earlier_record();
    assert!(carry_over(&next, &mut record, "Earlier answer: {answer}"));
    assert_eq!(record.edition, Some(next.edition));
    // Renamed: the answer and the note move with the question.
    assert_eq!(record.answers.get(RENAMED_TO), Some(&Answer::Level(2)));
    assert_eq!(record.note(RENAMED_TO), "Bell schedule first");
    assert!(!record.answers.contains_key(RENAMED));
    // Kept: unchanged.
    assert_eq!(record.answers.get(KEPT), Some(&Answer::Level(4)));
    // Retired: kept as it was, in the record and its export, listed until dismissed.
    assert_eq!(record.answers.get(RETIRED), Some(&Answer::Level(3)));
    assert_eq!(record.note(RETIRED), "Checked by the state in 2025");
    assert!(to_json(&record).contains(RETIRED));
    let listed = earlier_answers(&history, &record);
    assert_eq!(listed.len(), 1);
    assert_eq!((&*listed[0].0.id, listed[0].1), (RETIRED, Answer::Level(3)));
    record.earlier_answers_dismissed = Some(next.edition);
    assert!(earlier_answers(&history, &record).is_empty());
    assert_eq!(record.answers.get(RETIRED), Some(&Answer::Level(3)));
    // Saved and read back, nothing changes.
    assert_eq!(Record::from_json(&record.to_json()), Ok(record));
}

#[test]
fn a_link_of_the_earlier_edition_opens_mapped_and_says_so() {
    let (next, history) = next_edition();
    let earlier = earlier_record();
    let fragment = encode_fragment(QuestionBank::english(), &earlier.answers);
    let Some(Ok(shared)) = decode_fragment(&next, &history, &fragment) else {
        panic!("the link of the earlier edition cannot be read");
    };
    assert_eq!(shared.edition, next.edition - 1);
    assert_eq!(shared.answers.get(RENAMED_TO), Some(&Answer::Level(2)));
    assert_eq!(shared.answers.get(RETIRED), Some(&Answer::Level(3)));
    assert_eq!(shared.answers.get(KEPT), Some(&Answer::Level(4)));
}

fn any_answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::NotSure)),
        (0u8..5).prop_map(|l| Some(Answer::Level(l))),
    ]
}

proptest! {
    /// Whatever was answered in the earlier edition: every answer is still there, under
    /// the same id or its new name; no question of the new edition gets an answer that was
    /// not given to it (or to the question it renames); and a link says the same.
    #[test]
    fn no_answer_is_lost_or_moved_to_another_question(
        answers in prop::collection::vec(any_answer(), 48)
    ) {
        let (next, history) = next_edition();
        let now = QuestionBank::english();
        let mut record = Record::default();
        for ((_, item), answer) in now.items().zip(answers) {
            record.set_answer(&item.id, answer);
        }
        let before = record.answers.clone();
        let mut carried = record.clone();
        carry_over(&next, &mut carried, "Earlier answer: {answer}");
        let renamed = |id: &str| if id == RENAMED { RENAMED_TO.to_owned() } else { id.to_owned() };
        let expected: BTreeMap<String, Answer> = before
            .iter()
            .map(|(id, answer)| (renamed(id), *answer))
            .collect();
        prop_assert_eq!(&carried.answers, &expected);
        let fragment = encode_fragment(now, &before);
        let Some(Ok(shared)) = decode_fragment(&next, &history, &fragment) else {
            panic!("unreadable: {fragment}");
        };
        prop_assert_eq!(shared.answers, expected);
    }
}

/// `governance.use-policy` changed its levels twice (editions 2 and 4): an answer crosses
/// both changes in turn, and one a change cannot place becomes "Not sure" with the words
/// of the level it was, in the note.
#[test]
fn an_answer_crosses_every_later_change_of_its_levels_in_turn() {
    let bank = QuestionBank::english();
    let changes: Vec<u32> = bank
        .items()
        .find(|(_, i)| &*i.id == KEPT)
        .map(|(_, i)| i.earlier.iter().map(|c| c.edition).collect())
        .unwrap_or_default();
    assert_eq!(changes, [2, 4]);
    let carried = |edition: Option<u32>, level: u8| {
        let mut record = Record {
            edition,
            ..Record::default()
        };
        record.set_answer(KEPT, Some(Answer::Level(level)));
        carry_over(bank, &mut record, "Earlier answer: {answer}");
        (
            record.answers.get(KEPT).copied(),
            record.note(KEPT).to_owned(),
        )
    };
    let level = |l| (Some(Answer::Level(l)), String::new());
    // Edition 1, "Approved, communicated, and reviewed every year": the same in 2 and 4.
    assert_eq!(carried(None, 3), level(3));
    // Edition 3, interim guidance sent: edition 4 ranks it above a policy staff never got.
    assert_eq!(carried(Some(3), 1), level(2));
    assert_eq!(carried(Some(3), 0), level(0));
    // Edition 3, a policy approved but not shared: edition 4 cannot tell whether interim
    // guidance went out meanwhile.
    assert_eq!(
        carried(Some(3), 2),
        (
            Some(Answer::NotSure),
            "Earlier answer: Board policy approved, but not yet shared with staff and families"
                .to_owned()
        )
    );
    // Edition 1, "Approved, but not yet communicated": placed by edition 2, not by 4.
    assert_eq!(carried(None, 2).0, Some(Answer::NotSure));
    // Edition 1, "A policy is being drafted": edition 2 already could not place it; the
    // note keeps edition 1's words.
    assert_eq!(
        carried(None, 1),
        (
            Some(Answer::NotSure),
            "Earlier answer: A policy is being drafted".to_owned()
        )
    );
    // Already this edition's: untouched.
    assert_eq!(carried(Some(bank.edition), 1), level(1));
}
