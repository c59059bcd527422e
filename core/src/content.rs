//! The question bank and its advice, from `content/<language>/questionnaire.json`.
//!
//! The build script (`build.rs`) writes the shipped file as two Rust constants, the
//! [`QuestionBank`] (dimensions and items) and the [`Advice`] (each dimension's
//! recommendations, which only the results' code reads), so the app carries no code to
//! read them and does no work at start. [`QuestionBank::validate`] and
//! [`Advice::validate`] check them, and native tests run those over the shipped content
//! and compare the constants with the file as the `from_json`s read it. Text and lists are
//! [`Cow`]s: borrowed from the constants, owned when read from JSON (in tests).

use serde::Deserialize;
use std::borrow::Cow;

use super::tiers::{MustHave, Tier};
use std::collections::HashSet;
use std::fmt;

/// A text of the question bank: compiled in, or read from JSON.
pub type Text = Cow<'static, str>;

/// A list of the question bank: compiled in, or read from JSON.
pub type List<T> = Cow<'static, [T]>;

/// The number of maturity levels every item has, from "nothing in place" (0) to
/// "leading practice" (4). "Not sure" is a separate answer, not a level.
pub const LEVEL_COUNT: usize = 5;

/// The longest short title, so radar labels fit a phone screen.
pub const SHORT_TITLE_MAX: usize = 16;

/// Id of the governance and policy dimension; it weighs most in the verdict.
pub const GOVERNANCE: &str = "governance";
/// Id of the data and privacy dimension; it weighs most in the verdict.
pub const DATA_PRIVACY: &str = "data-privacy";

/// How many items the short pulse version may ask: enough for every area, few enough for
/// about three minutes.
pub const PULSE_ITEMS: std::ops::RangeInclusive<usize> = 10..=14;

/// The English question bank, written by `build.rs` from `content/en/questionnaire.json`.
static ENGLISH: QuestionBank = include!(concat!(env!("OUT_DIR"), "/questionnaire_en.rs"));

/// The English advice, written by `build.rs` from the same file's recommendations.
static ENGLISH_ADVICE: Advice = include!(concat!(env!("OUT_DIR"), "/advice_en.rs"));

/// The readiness questionnaire: dimensions and their items (their recommendations are the
/// [`Advice`]).
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct QuestionBank {
    /// The edition of the questions, printed on reports: a new edition changes questions or
    /// their levels.
    pub edition: u32,
    /// Dimensions in the order the questionnaire asks them.
    pub dimensions: List<Dimension>,
    /// Items that kept their meaning under a new id (see [`crate::editions`]).
    #[serde(default)]
    pub renamed: List<Renamed>,
}

/// An item that kept its meaning under a new id.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Renamed {
    /// The id it had.
    pub from: Text,
    /// The id it has from `in_edition` on.
    pub to: Text,
    /// The edition that renamed it.
    pub in_edition: u32,
}

/// One area of readiness, asked as one step of the questionnaire.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Dimension {
    /// Stable identifier, used in stored records and exports.
    pub id: Text,
    /// Short title shown in navigation, e.g. "Governance & policy".
    pub title: Text,
    /// A label of at most [`SHORT_TITLE_MAX`] characters for the radar chart's axes.
    pub short_title: Text,
    /// Weight in the overall score; governance and data & privacy weigh more.
    pub weight: u32,
    /// The lowest risk tier whose pilots depend on this area (`needed_from_tier`), if any;
    /// see [`super::judgement`].
    #[serde(default, rename = "needed_from_tier")]
    pub needed_from: Option<Tier>,
    /// The questions of this dimension.
    pub items: List<Item>,
}

/// One observable practice, answered on a maturity scale.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Item {
    /// Stable identifier, `<dimension id>.<slug>`.
    pub id: Text,
    /// The question, phrased so a leader can answer it from what they know or can check.
    pub question: Text,
    /// Whether the short pulse version asks it too (about a dozen items, every area).
    #[serde(default)]
    pub pulse: bool,
    /// Exactly [`LEVEL_COUNT`] descriptions, from nothing in place to leading practice.
    pub levels: List<Text>,
    /// Whether it is a must-have, and the levels it needs from which tier on (entries in
    /// rising tier order, each at least as strict as the one before); see
    /// [`super::judgement`].
    #[serde(default)]
    pub must_have: List<MustHave>,
    /// The edition of the questions that first asked it (`added_in_edition`; 1 when left
    /// out). Share links made for an earlier edition are read without it.
    #[serde(default = "first_edition", rename = "added_in_edition")]
    pub added_in: u32,
    /// Its levels before each edition that changed them, oldest first, and where each old
    /// level landed, so answers saved earlier are carried over, one change after another
    /// (see [`crate::editions::carry_over`]).
    #[serde(default, rename = "levels_before_edition")]
    pub earlier: List<EarlierLevels>,
}

fn first_edition() -> u32 {
    1
}

/// An item's levels before edition `edition` changed them.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct EarlierLevels {
    /// The edition that changed them.
    pub edition: u32,
    /// The levels as they were worded before.
    pub levels: List<Text>,
    /// For each earlier level, the level it is now, or `None` when the new scale cannot
    /// tell (the answer becomes "Not sure", and the earlier answer is kept in the note).
    pub now: List<Option<u8>>,
}

impl Item {
    /// The minimum levels this item needs for a pilot of `tier`, if it is a must-have there.
    pub fn must_have_for(&self, tier: Tier) -> Option<MustHave> {
        self.must_have
            .iter()
            .rev()
            .find(|m| m.from <= tier)
            .copied()
    }
}

/// What the results advise for each dimension. It comes from `questionnaire.json` with the
/// bank (each dimension's `recommendations`) but is kept apart from [`QuestionBank`]: only
/// the results' code reads it, so its words travel with that code instead of in the first
/// download (see `ui::lazy`).
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Advice {
    /// One entry per dimension of the bank, in the same order.
    pub dimensions: List<DimensionAdvice>,
}

/// What the results advise for one dimension.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct DimensionAdvice {
    /// The dimension's id.
    pub id: Text,
    /// What to do next, by how mature this dimension is.
    pub recommendations: Recommendations,
}

/// Recommendations for a dimension, one list per score band.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Recommendations {
    /// For a dimension scoring below 40.
    pub low: List<Recommendation>,
    /// For a dimension scoring 40 to 69.
    pub middle: List<Recommendation>,
    /// For a dimension scoring 70 or more.
    pub high: List<Recommendation>,
}

/// An action a district can start next month.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Recommendation {
    /// The action, starting with a verb.
    pub action: Text,
    /// Who usually owns it, e.g. "technology director with the privacy officer".
    pub owner: Text,
    /// Ids of the items whose answers make this recommendation relevant.
    pub triggers: List<Text>,
}

/// A problem found in the content files; the message names the offending entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError(pub String);

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content problem: {}", self.0)
    }
}

impl std::error::Error for ContentError {}

/// Where and what kind of problem a JSON error is, without serde's full message: its
/// formatting code (floats included) would add kilobytes to every phone's download.
pub(crate) fn json_error_position(e: &serde_json::Error) -> String {
    let kind = match e.classify() {
        serde_json::error::Category::Io => "unreadable",
        serde_json::error::Category::Syntax => "not valid JSON",
        serde_json::error::Category::Data => "an unexpected value",
        serde_json::error::Category::Eof => "cut short",
    };
    format!("{kind} at line {}, column {}", e.line(), e.column())
}

impl Dimension {
    /// Whether this is governance & policy or data & privacy: the two dimensions that
    /// gate both the verdict and high-risk workflows.
    pub fn gates_pilots(&self) -> bool {
        [GOVERNANCE, DATA_PRIVACY].contains(&&*self.id)
    }
}

/// Reads a content file (or the part of one a type takes) from JSON text.
pub(crate) fn read_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ContentError> {
    serde_json::from_str(text)
        .map_err(|e| ContentError(format!("invalid JSON: {}", json_error_position(&e))))
}

impl QuestionBank {
    /// Parses a question bank from JSON text.
    pub fn from_json(text: &str) -> Result<Self, ContentError> {
        read_json(text)
    }

    /// The English question bank compiled into the app.
    pub fn english() -> &'static QuestionBank {
        &ENGLISH
    }

    /// Total number of items across all dimensions.
    pub fn item_count(&self) -> usize {
        self.dimensions.iter().map(|d| d.items.len()).sum()
    }

    /// All items, in questionnaire order, with their dimension.
    pub fn items(&self) -> impl Iterator<Item = (&Dimension, &Item)> {
        self.dimensions
            .iter()
            .flat_map(|d| d.items.iter().map(move |i| (d, i)))
    }

    /// Finds an item by id.
    pub fn item(&self, id: &str) -> Option<(&Dimension, &Item)> {
        self.items().find(|(_, i)| i.id == id)
    }

    /// Finds a dimension by id.
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// Checks the whole bank: unique ids, complete scales, non-empty text, every
    /// dimension with items and pulse items. [`Advice::validate`] checks the advice.
    pub fn validate(&self) -> Result<(), ContentError> {
        let err = |m: String| Err(ContentError(m));
        if self.dimensions.len() < 8 {
            return err(format!(
                "expected at least 8 dimensions, found {}",
                self.dimensions.len()
            ));
        }
        for required in [GOVERNANCE, DATA_PRIVACY] {
            if self.dimension(required).is_none() {
                return err(format!("the dimension \"{required}\" is missing"));
            }
        }
        let mut ids = HashSet::new();
        for d in self.dimensions.iter() {
            if !ids.insert(&*d.id) {
                return err(format!("duplicate id \"{}\"", d.id));
            }
            if d.title.trim().is_empty() {
                return err(format!("dimension \"{}\" needs a title", d.id));
            }
            if d.short_title.trim().is_empty() || d.short_title.chars().count() > SHORT_TITLE_MAX {
                return err(format!(
                    "dimension \"{}\" needs a short title of 1 to {SHORT_TITLE_MAX} characters",
                    d.id
                ));
            }
            if d.weight == 0 {
                return err(format!("dimension \"{}\" has weight 0", d.id));
            }
            if !(3..=6).contains(&d.items.len()) {
                return err(format!(
                    "dimension \"{}\" has {} items; it needs 3 to 6",
                    d.id,
                    d.items.len()
                ));
            }
            for item in d.items.iter() {
                if !ids.insert(&*item.id) {
                    return err(format!("duplicate id \"{}\"", item.id));
                }
                if !item.id.starts_with(&format!("{}.", d.id)) {
                    return err(format!(
                        "item \"{}\" must start with its dimension id \"{}.\"",
                        item.id, d.id
                    ));
                }
                if item.question.trim().is_empty() {
                    return err(format!("item \"{}\" needs a question", item.id));
                }
                if item.levels.len() != LEVEL_COUNT {
                    return err(format!(
                        "item \"{}\" has {} levels; it needs exactly {LEVEL_COUNT}",
                        item.id,
                        item.levels.len()
                    ));
                }
                if item.levels.iter().any(|l| l.trim().is_empty()) {
                    return err(format!("item \"{}\" has an empty level", item.id));
                }
                let distinct: HashSet<_> = item.levels.iter().collect();
                if distinct.len() != LEVEL_COUNT {
                    return err(format!("item \"{}\" repeats a level description", item.id));
                }
                let mut stricter_than = None::<MustHave>;
                for m in item.must_have.iter() {
                    let in_order = stricter_than.is_none_or(|before| {
                        m.from > before.from
                            && m.conditions >= before.conditions
                            && m.ready >= before.ready
                    });
                    if !in_order || m.conditions > m.ready || usize::from(m.ready) >= LEVEL_COUNT {
                        return err(format!(
                            "item \"{}\": each must-have entry needs a higher tier than the one before, levels at least as high, conditions at most ready, and levels below {LEVEL_COUNT}",
                            item.id
                        ));
                    }
                    if m.from == Tier::Low && !item.pulse {
                        return err(format!(
                            "item \"{}\" is a must-have for every pilot, so the pulse must ask it",
                            item.id
                        ));
                    }
                    stricter_than = Some(*m);
                }
                // Each change of its levels: after the edition that added it, oldest
                // first, no later than this edition, and a full scale mapped onto this one.
                let mut changed_after = item.added_in;
                for change in item.earlier.iter() {
                    let mapped = change
                        .now
                        .iter()
                        .flatten()
                        .all(|l| usize::from(*l) < LEVEL_COUNT);
                    if change.edition <= changed_after
                        || change.edition > self.edition
                        || change.levels.len() != LEVEL_COUNT
                        || change.now.len() != LEVEL_COUNT
                        || !mapped
                    {
                        return err(format!(
                            "item \"{}\": each levels_before_edition entry needs an edition after the one before (and after the item was added, up to {}), {LEVEL_COUNT} levels and {LEVEL_COUNT} places they now land",
                            item.id, self.edition
                        ));
                    }
                    changed_after = change.edition;
                }
            }
            if !d.items.iter().any(|i| i.pulse) {
                return err(format!(
                    "dimension \"{}\" has no pulse item; the pulse asks every area",
                    d.id
                ));
            }
        }
        let pulse = self.items().filter(|(_, i)| i.pulse).count();
        if !PULSE_ITEMS.contains(&pulse) {
            return err(format!(
                "the pulse has {pulse} items; it needs {} to {} for a three-minute check",
                PULSE_ITEMS.start(),
                PULSE_ITEMS.end()
            ));
        }
        Ok(())
    }
}

impl Advice {
    /// Parses the advice from the question bank's JSON text (each dimension's
    /// `recommendations`; the other fields are the bank's).
    pub fn from_json(text: &str) -> Result<Self, ContentError> {
        read_json(text)
    }

    /// The English advice compiled into the app. The app reads it through
    /// `ui::state::PartContent`, which only the parts' code provides: code in the first
    /// download that read it would bring every recommendation along.
    pub fn english() -> &'static Advice {
        &ENGLISH_ADVICE
    }

    /// Checks the advice against its bank: one entry per dimension in the bank's order,
    /// recommendations for every band with an action and an owner, and triggers that are
    /// items of that dimension.
    pub fn validate(&self, bank: &QuestionBank) -> Result<(), ContentError> {
        let err = |m: String| Err(ContentError(m));
        let aligned = self.dimensions.len() == bank.dimensions.len()
            && self
                .dimensions
                .iter()
                .zip(bank.dimensions.iter())
                .all(|(a, d)| a.id == d.id);
        if !aligned {
            return err(
                "the recommendations are not one per dimension, in the bank's order".into(),
            );
        }
        for (d, advice) in bank.dimensions.iter().zip(self.dimensions.iter()) {
            let bands = &advice.recommendations;
            for (band, recs) in [
                ("low", &bands.low),
                ("middle", &bands.middle),
                ("high", &bands.high),
            ] {
                if recs.is_empty() {
                    return err(format!(
                        "dimension \"{}\" has no {band} recommendation",
                        d.id
                    ));
                }
                for r in recs.iter() {
                    if r.action.trim().is_empty() || r.owner.trim().is_empty() {
                        return err(format!(
                            "a {band} recommendation of \"{}\" needs an action and an owner",
                            d.id
                        ));
                    }
                    if r.triggers.is_empty() {
                        return err(format!(
                            "a {band} recommendation of \"{}\" names no triggering item",
                            d.id
                        ));
                    }
                    if let Some(t) = r
                        .triggers
                        .iter()
                        .find(|t| !d.items.iter().any(|i| &i.id == *t))
                    {
                        return err(format!(
                            "a {band} recommendation of \"{}\" names \"{t}\", which is not an item of that dimension",
                            d.id
                        ));
                    }
                }
            }
        }
        Ok(())
    }
}
