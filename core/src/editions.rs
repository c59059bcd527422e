//! Answers given for an earlier edition of the questions, carried over to this one.
//!
//! An edition may add items (`added_in_edition`) and reword an item's levels
//! (`levels_before_edition`, with where each earlier level now lands). Carrying a record
//! over keeps every answer whose meaning is unchanged, moves the ones whose level moved,
//! and turns an answer the new scale cannot place into "Not sure", keeping the earlier
//! answer's words in the item's note: nothing typed is lost, and the question is listed as
//! an unknown to answer again. Share links made for an earlier edition are read with that
//! edition's items and carried over the same way.

use std::collections::BTreeMap;

use super::content::{Item, QuestionBank};
use super::record::{Answer, Record};
use super::template::fill;

/// The items `edition` asked, in order.
pub fn items_of(bank: &QuestionBank, edition: u32) -> impl Iterator<Item = &Item> {
    bank.items()
        .map(|(_, item)| item)
        .filter(move |item| item.added_in <= edition)
}

/// Where an answer given in `edition` lands now: `Ok` the same or moved answer, `Err` the
/// earlier level's words when the new scale cannot place it.
fn carried(item: &Item, answer: Answer, edition: u32) -> Result<Answer, &str> {
    match (answer, &item.earlier) {
        (Answer::Level(level), Some(earlier)) if earlier.edition > edition => {
            match earlier.now.get(usize::from(level)).copied().flatten() {
                Some(now) => Ok(Answer::Level(now)),
                None => Err(earlier
                    .levels
                    .get(usize::from(level))
                    .map_or("", |words| words)),
            }
        }
        _ => Ok(answer),
    }
}

/// Carries answers given in `edition` over to this one; what cannot be placed becomes
/// "Not sure". For share links and snapshots, which have no notes.
pub fn carry_over_answers(
    bank: &QuestionBank,
    answers: &mut BTreeMap<String, Answer>,
    edition: u32,
) {
    for (_, item) in bank.items() {
        if let Some(answer) = answers.get_mut(&*item.id) {
            *answer = carried(item, *answer, edition).unwrap_or(Answer::NotSure);
        }
    }
}

/// Carries a record saved for an earlier edition over to `bank`'s. An answer the new scale
/// cannot place becomes "Not sure", and its earlier words are added to the item's note
/// with `note` (its `{answer}` filled in). Returns whether anything changed.
pub fn carry_over(bank: &QuestionBank, record: &mut Record, note: &str) -> bool {
    let edition = record.edition.unwrap_or(1);
    if edition >= bank.edition {
        return false;
    }
    for (_, item) in bank.items() {
        let Some(answer) = record.answers.get(&*item.id).copied() else {
            continue;
        };
        match carried(item, answer, edition) {
            Ok(now) => record.set_answer(&item.id, Some(now)),
            Err(words) => {
                record.set_answer(&item.id, Some(Answer::NotSure));
                let earlier = fill(note, &[("answer", &words)]);
                let kept = match record.note(&item.id) {
                    "" => earlier,
                    typed => format!("{typed}\n\n{earlier}"),
                };
                record.set_note(&item.id, &kept);
            }
        }
    }
    for snapshot in &mut record.snapshots {
        carry_over_answers(bank, &mut snapshot.answers, edition);
    }
    record.edition = Some(bank.edition);
    true
}
