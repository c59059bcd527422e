//! Share links: the answers of an assessment, carried in a URL fragment.
//!
//! A fragment (the part after `#`) is never sent to a server, so a link can move answers
//! from a phone to a laptop, or to a colleague, with no server at all. The fragment is
//! `share=<version>.<questions>.<answers>`:
//!
//! - `version` is [`SHARE_VERSION`]; a higher one comes from a newer build of the tool.
//! - `questions` is a fingerprint of the question bank's item ids, in order, so answers are
//!   never matched to the wrong questions after the bank changes. A link made for an
//!   earlier edition of the questions is read with that edition's items and carried over
//!   ([`super::editions`]).
//! - `answers` has one character per item, in bank order: `0`–`4` for a level, `n` for
//!   "Not sure", `-` for unanswered.
//!
//! The link carries answers only: notes, ratings and the plan are free text that may be
//! long or sensitive, and stay on the device. A full assessment of 37 items gives a link
//! of about 60 characters plus the tool's address. Decoding is total: any text yields the
//! answers or a [`ShareError`], never a panic.

use std::collections::BTreeMap;

use super::content::{QuestionBank, LEVEL_COUNT};
use super::editions::{carry_over_answers, items_of, History};
use super::record::Answer;

/// The share format this build writes and reads.
pub const SHARE_VERSION: u32 = 1;

/// What a share fragment starts with, after the `#`.
pub const FRAGMENT_KEY: &str = "share=";

/// The longest link the tool will make or read, in characters: short enough for every
/// browser, chat tool and QR scanner.
pub const MAX_LINK_CHARS: usize = 2000;

const UNANSWERED: char = '-';
const NOT_SURE: char = 'n';

/// Why a share link could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareError {
    /// The link is cut off, mistyped or not a share link of this tool.
    Damaged,
    /// The link was made by a newer version of the tool.
    NewerVersion,
    /// The link was made for a different edition of the questions.
    OtherQuestions,
}

/// The answers a share link carries, and the edition of the questions it was made for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    /// The answers, carried over to this edition (see [`super::editions`]).
    pub answers: BTreeMap<String, Answer>,
    /// The edition the link was made for: this one, or an earlier one.
    pub edition: u32,
}

/// A fingerprint of the bank's item ids in order: FNV-1a, 32 bits, as 8 hex digits.
pub fn questions_fingerprint(bank: &QuestionBank) -> String {
    fingerprint(bank.items().map(|(_, item)| &*item.id))
}

/// The fingerprint of some item ids in order.
fn fingerprint<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for id in ids {
        for byte in id.bytes().chain(std::iter::once(b'\n')) {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    }
    format!("{hash:08x}")
}

/// The fragment (without `#`) carrying `answers`.
pub fn encode_fragment(bank: &QuestionBank, answers: &BTreeMap<String, Answer>) -> String {
    let codes: String = bank
        .items()
        .map(|(_, item)| match answers.get(&*item.id) {
            None => UNANSWERED,
            Some(Answer::NotSure) => NOT_SURE,
            Some(Answer::Level(level)) => char::from_digit(u32::from(*level), 10)
                .filter(|_| usize::from(*level) < LEVEL_COUNT)
                .unwrap_or(UNANSWERED),
        })
        .collect();
    format!(
        "{FRAGMENT_KEY}{SHARE_VERSION}.{}.{codes}",
        questions_fingerprint(bank)
    )
}

/// The full share link: the page address (without any fragment) and the fragment.
pub fn share_link(page: &str, bank: &QuestionBank, answers: &BTreeMap<String, Answer>) -> String {
    let page = page.split('#').next().unwrap_or(page);
    format!("{page}#{}", encode_fragment(bank, answers))
}

/// Reads a location fragment (with or without its leading `#`).
///
/// `None` means the fragment is not a share link at all (empty, or some other anchor), so
/// the app opens as usual; `Some` means it claims to be one, and holds its answers or why
/// they cannot be read.
pub fn decode_fragment(
    bank: &QuestionBank,
    history: &History,
    fragment: &str,
) -> Option<Result<Shared, ShareError>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let payload = fragment.strip_prefix(FRAGMENT_KEY)?;
    Some(decode_payload(bank, history, payload, fragment.len()))
}

/// Whether a location fragment (with or without its leading `#`) claims to be a share
/// link, the one question [`decode_fragment`] answers without reading it.
pub fn is_share_fragment(fragment: &str) -> bool {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .starts_with(FRAGMENT_KEY)
}

fn decode_payload(
    bank: &QuestionBank,
    history: &History,
    payload: &str,
    fragment_len: usize,
) -> Result<Shared, ShareError> {
    if fragment_len > MAX_LINK_CHARS {
        return Err(ShareError::Damaged);
    }
    let mut parts = payload.split('.');
    let version = parts.next().ok_or(ShareError::Damaged)?;
    // Only a well-formed number says "newer": anything else is damage, not the future.
    let version: u32 = version
        .parse()
        .ok()
        .filter(|_| !version.starts_with('+') && !version.is_empty())
        .ok_or(ShareError::Damaged)?;
    if version > SHARE_VERSION {
        return Err(ShareError::NewerVersion);
    }
    if version != SHARE_VERSION {
        return Err(ShareError::Damaged);
    }
    let (Some(questions), Some(codes), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(ShareError::Damaged);
    };
    if questions.len() != 8 || !questions.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ShareError::Damaged);
    }
    // The edition whose questions the link was made for: this one, or an earlier one whose
    // answers are carried over.
    let Some((edition, ids)) = (1..=bank.edition)
        .rev()
        .filter_map(|e| Some((e, items_of(bank, history, e)?)))
        .find(|(_, ids)| fingerprint(ids.iter().copied()) == questions)
    else {
        return Err(if codes.chars().count() == bank.items().count() {
            ShareError::OtherQuestions
        } else {
            ShareError::Damaged
        });
    };
    if codes.chars().count() != ids.len() {
        return Err(ShareError::Damaged);
    }
    let mut answers = BTreeMap::new();
    for (id, code) in ids.into_iter().zip(codes.chars()) {
        let answer = match code {
            UNANSWERED => continue,
            NOT_SURE => Answer::NotSure,
            digit => match digit.to_digit(10) {
                Some(level) if (level as usize) < LEVEL_COUNT => Answer::Level(level as u8),
                _ => return Err(ShareError::Damaged),
            },
        };
        answers.insert(id.to_owned(), answer);
    }
    carry_over_answers(bank, &mut answers, edition);
    Ok(Shared { answers, edition })
}

/// Every share link in a pasted text (a list of links, a chat message, an email), as the
/// fragments [`decode_fragment`] reads, in the order they appear.
pub fn share_fragments(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(FRAGMENT_KEY) {
        let from = &rest[start..];
        let end = from
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '=' | '-')))
            .map_or(from.len(), |(i, _)| i);
        // A sentence's full stop after the link is not part of it.
        found.push(from[..end].trim_end_matches('.'));
        rest = &from[end..];
    }
    found
}
