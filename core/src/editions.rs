//! Answers given for an earlier edition of the questions, carried over to this one.
//!
//! An id is never reused with a new meaning. Between editions an item may be:
//! - kept, with its levels reworded (`levels_before_edition`, with where each earlier level
//!   now lands): an answer moves with it, or becomes "Not sure" when the new scale cannot
//!   place it, its earlier words kept in the item's note;
//! - renamed (`renamed`: same meaning, new id): its answer, note and evidence move over;
//! - retired (`retired`: dropped, or split into several questions): its answer stays in
//!   the record and its export, is never read as an answer to another question, and the
//!   results list it as an answer from the previous edition until dismissed
//!   ([`earlier_answers`]).
//!
//! Share links carry answers in the order of the edition they were made for, so the
//! content lists every earlier edition's items (`earlier_editions`): a link is read with
//! its edition's items and carried over the same way. The renames are part of the
//! [`QuestionBank`] (a stored record is carried over as it loads); the editions' lists and
//! the retired questions are the [`History`], which only the parts read.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::content::{ContentError, Item, List, QuestionBank, Text, LEVEL_COUNT};
use super::record::{Answer, Record};
use super::template::fill;

/// The English history, written by `build.rs` from `content/en/questionnaire.json`.
static ENGLISH: History = include!(concat!(env!("OUT_DIR"), "/history_en.rs"));

/// The earlier editions' items and the questions no longer asked.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct History {
    /// Every edition before this one, with its items' ids in the order it asked them.
    pub earlier_editions: List<EditionItems>,
    /// The questions earlier editions asked and this one does not.
    #[serde(default)]
    pub retired: List<RetiredItem>,
}

/// The items one edition asked, in order.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct EditionItems {
    /// The edition.
    pub edition: u32,
    /// Its items' ids, in the order it asked them.
    pub items: List<Text>,
}

/// A question an earlier edition asked and this one does not, as it was asked.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct RetiredItem {
    /// Its id, never used again.
    pub id: Text,
    /// The first edition that no longer asks it.
    pub in_edition: u32,
    /// The question as it was asked.
    pub question: Text,
    /// Its levels as they were worded.
    pub levels: List<Text>,
    /// The questions that now ask what it asked, if any: its answer is not copied to them.
    #[serde(default)]
    pub into: List<Text>,
    /// Why it changed, in one sentence.
    pub why: Text,
}

impl History {
    /// Reads the history from the question bank's JSON text (`earlier_editions`,
    /// `retired`; the other fields are the bank's).
    pub fn from_json(text: &str) -> Result<Self, ContentError> {
        super::content::read_json(text)
    }

    /// The English history compiled into the app, read only from the parts' code.
    pub fn english() -> &'static History {
        &ENGLISH
    }

    /// The retired question `id`.
    pub fn retired(&self, id: &str) -> Option<&RetiredItem> {
        self.retired.iter().find(|r| r.id == id)
    }

    /// Checks the history against its bank: every earlier edition listed once, oldest
    /// first, each id of its list either asked now, renamed since, or retired with its
    /// question and levels; no retired id asked now; a split's parts asked now; and each
    /// item's `added_in_edition` the first edition that asked it.
    pub fn validate(&self, bank: &QuestionBank) -> Result<(), ContentError> {
        let err = |m: String| Err(ContentError(m));
        let listed: Vec<u32> = self.earlier_editions.iter().map(|e| e.edition).collect();
        if listed != (1..bank.edition).collect::<Vec<_>>() {
            return err(format!(
                "the earlier editions listed are {listed:?}; every edition before {} is needed, oldest first",
                bank.edition
            ));
        }
        for r in self.retired.iter() {
            if bank.item(&r.id).is_some() {
                return err(format!("\"{}\" is retired but still asked", r.id));
            }
            if r.levels.len() != LEVEL_COUNT
                || r.question.trim().is_empty()
                || r.why.trim().is_empty()
            {
                return err(format!(
                    "retired \"{}\" needs its question, {LEVEL_COUNT} levels and why it changed",
                    r.id
                ));
            }
            if let Some(unknown) = r.into.iter().find(|id| bank.item(id).is_none()) {
                return err(format!(
                    "retired \"{}\" is now asked as \"{unknown}\", which is not a question",
                    r.id
                ));
            }
        }
        for (_, item) in bank.items() {
            let first_asked = self
                .earlier_editions
                .iter()
                .find(|e| {
                    e.items.iter().any(|id| {
                        *id == item.id
                            || bank
                                .renamed
                                .iter()
                                .any(|r| r.to == item.id && r.from == *id)
                    })
                })
                .map_or(bank.edition, |e| e.edition);
            if item.added_in != first_asked {
                return err(format!(
                    "\"{}\" was first asked in edition {first_asked}, but says added_in_edition {}",
                    item.id, item.added_in
                ));
            }
        }
        for edition in self.earlier_editions.iter() {
            for id in edition.items.iter() {
                let known = bank.item(id).is_some()
                    || self.retired(id).is_some()
                    || bank.renamed.iter().any(|r| r.from == *id);
                if !known {
                    return err(format!(
                        "edition {} asked \"{id}\", which is neither asked now, renamed nor retired",
                        edition.edition
                    ));
                }
            }
        }
        Ok(())
    }
}

impl RetiredItem {
    /// An answer to it in words: its level as it was worded, or `not_sure`.
    pub fn answer_words(&self, answer: Answer, not_sure: &str) -> String {
        match answer {
            Answer::NotSure => not_sure.to_owned(),
            Answer::Level(level) => self
                .levels
                .get(usize::from(level))
                .map_or_else(String::new, |l| l.to_string()),
        }
    }
}

/// The ids of the items `edition` asked, in order: this edition's from the bank, an
/// earlier one's from the history; `None` for an edition there never was.
pub fn items_of<'a>(
    bank: &'a QuestionBank,
    history: &'a History,
    edition: u32,
) -> Option<Vec<&'a str>> {
    if edition == bank.edition {
        return Some(bank.items().map(|(_, item)| &*item.id).collect());
    }
    let earlier = history
        .earlier_editions
        .iter()
        .find(|e| e.edition == edition)?;
    Some(earlier.items.iter().map(|id| &**id).collect())
}

/// The answers of `record` to questions this edition no longer asks, with the retired
/// question, that the user has not dismissed yet: the results list them.
pub fn earlier_answers<'a>(
    history: &'a History,
    record: &Record,
) -> Vec<(&'a RetiredItem, Answer)> {
    let dismissed = record.earlier_answers_dismissed.unwrap_or(0);
    history
        .retired
        .iter()
        .filter(|r| r.in_edition > dismissed)
        .filter_map(|r| Some((r, *record.answers.get(&*r.id)?)))
        .collect()
}

/// Moves what was given under a renamed id (answers given in `edition`) to its new id,
/// unless the new id has its own. The map is rebuilt with `insert` rather than edited
/// with `remove`: the first download has the former's code already, not the latter's.
fn rename<V>(bank: &QuestionBank, values: &mut BTreeMap<String, V>, edition: u32) {
    let renamed = |id: &str| {
        bank.renamed
            .iter()
            .find(|r| r.in_edition > edition && r.from == id)
            .map(|r| r.to.to_string())
    };
    for (id, value) in std::mem::take(values) {
        match renamed(&id) {
            // A later own answer replaces it; an earlier one is kept.
            Some(to) if !values.contains_key(&to) => {
                values.insert(to, value);
            }
            Some(_) => {}
            None => {
                values.insert(id, value);
            }
        }
    }
}

/// Where an answer given in `edition` lands now, through every later change of the item's
/// levels in turn: `Ok` the same or moved answer, `Err` the words of the level a change
/// could not place.
fn carried(item: &Item, answer: Answer, edition: u32) -> Result<Answer, &str> {
    item.earlier
        .iter()
        .filter(|change| change.edition > edition)
        .try_fold(answer, |answer, change| match answer {
            Answer::Level(level) => match change.now.get(usize::from(level)).copied().flatten() {
                Some(now) => Ok(Answer::Level(now)),
                None => Err(change
                    .levels
                    .get(usize::from(level))
                    .map_or("", |words| words)),
            },
            Answer::NotSure => Ok(answer),
        })
}

/// Carries answers given in `edition` over to this one; what cannot be placed becomes
/// "Not sure". For share links and snapshots, which have no notes.
pub fn carry_over_answers(
    bank: &QuestionBank,
    answers: &mut BTreeMap<String, Answer>,
    edition: u32,
) {
    rename(bank, answers, edition);
    for (_, item) in bank.items() {
        if let Some(answer) = answers.get_mut(&*item.id) {
            *answer = carried(item, *answer, edition).unwrap_or(Answer::NotSure);
        }
    }
}

/// Whether `record` was saved for an edition before `bank`'s, and so must be carried over
/// ([`carry_over`]) before its answers are read against `bank`. A record from before
/// editions were numbered is of edition 1.
pub fn saved_for_earlier(bank: &QuestionBank, record: &Record) -> bool {
    record.edition.unwrap_or(1) < bank.edition
}

/// Carries a record saved for an earlier edition over to `bank`'s. An answer the new scale
/// cannot place becomes "Not sure", and its earlier words are added to the item's note
/// with `note` (its `{answer}` filled in). Returns whether anything changed.
pub fn carry_over(bank: &QuestionBank, record: &mut Record, note: &str) -> bool {
    if !saved_for_earlier(bank, record) {
        return false;
    }
    let edition = record.edition.unwrap_or(1);
    rename(bank, &mut record.answers, edition);
    rename(bank, &mut record.notes, edition);
    rename(bank, &mut record.evidence, edition);
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
