//! What grounds each question: why it matters, the sources it draws on, and the evidence
//! a district could collect at each of its levels; and what each step is about.
//!
//! They come from `content/<language>/questionnaire.json` with the items (`why`,
//! `sources`, `evidence`) and dimensions (`summary`), and the sources' full entries from `sources.json`, the
//! bibliography. Like
//! [`super::content::Advice`] they are kept apart from the [`QuestionBank`]: `build.rs`
//! writes them as constants of their own, which only the parts' code reads, so they travel
//! in a part fetched after the first question is shown instead of in the first download.

use std::collections::HashSet;

use serde::Deserialize;

use super::content::{ContentError, List, QuestionBank, Text, LEVEL_COUNT};

/// The English grounding, written by `build.rs` from `content/en/questionnaire.json`.
static ENGLISH: Grounding = include!(concat!(env!("OUT_DIR"), "/grounding_en.rs"));

/// The English bibliography, written by `build.rs` from `content/en/sources.json`.
static ENGLISH_SOURCES: Bibliography = include!(concat!(env!("OUT_DIR"), "/sources_en.rs"));

/// The grounding of every step (dimension) and item of the bank, in the bank's order.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Grounding {
    /// One entry per dimension.
    pub steps: List<StepGrounding>,
    /// One entry per item.
    pub items: List<ItemGrounding>,
}

/// What a step of the questionnaire is about.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct StepGrounding {
    /// The dimension's id.
    pub id: Text,
    /// One or two sentences saying what the dimension is about.
    pub summary: Text,
}

/// What grounds one item.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct ItemGrounding {
    /// The item's id.
    pub id: Text,
    /// "Why this matters": one or two sentences tied to a failure the sources describe.
    pub why: Text,
    /// "Evidence you could collect": one line per level, or none.
    #[serde(default)]
    pub evidence: List<Text>,
    /// The entries of the bibliography it draws on; at least one.
    pub sources: List<Citation>,
}

/// A reference to an entry of the bibliography.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq, Eq, Hash)]
pub struct Citation {
    /// The entry's id in the bibliography.
    pub source: Text,
    /// Where in it: a heading, a section of a law.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<Text>,
}

/// The documents the content draws on, from `content/<language>/sources.json`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Bibliography {
    /// Every entry, in the order the file lists them.
    pub sources: List<Source>,
}

/// One document of the bibliography: only documents that exist and can be named exactly.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Source {
    /// Stable identifier, cited by items and workflows.
    pub id: Text,
    /// A short name for "Source:" lines, e.g. "FERPA".
    pub short: Text,
    /// The full title; in square brackets when the document has none of its own.
    pub title: Text,
    /// Who wrote or issued it.
    #[serde(default)]
    pub author: Option<Text>,
    /// The year it was issued.
    #[serde(default)]
    pub year: Option<u32>,
    /// What kind of document it is.
    pub kind: Text,
    /// Its public address, where one exists.
    #[serde(default)]
    pub url: Option<Text>,
}

/// The JSON file as serde reads it: the items' grounding, dimension by dimension.
#[derive(Deserialize)]
struct QuestionnaireFile {
    dimensions: Vec<DimensionFile>,
}

#[derive(Deserialize)]
struct DimensionFile {
    id: Text,
    summary: Text,
    items: Vec<ItemGrounding>,
}

impl Grounding {
    /// Reads the grounding from the question bank's JSON text (each item's `sources` and
    /// `evidence`; the other fields are the bank's).
    pub fn from_json(text: &str) -> Result<Self, ContentError> {
        let file: QuestionnaireFile = super::content::read_json(text)?;
        let mut steps = Vec::new();
        let mut items = Vec::new();
        for d in file.dimensions {
            steps.push(StepGrounding {
                id: d.id,
                summary: d.summary,
            });
            items.extend(d.items);
        }
        Ok(Self {
            steps: steps.into(),
            items: items.into(),
        })
    }

    /// The English grounding compiled into the app. The app reads it only from a part's
    /// code: code in the first download that read it would bring every line along.
    pub fn english() -> &'static Grounding {
        &ENGLISH
    }

    /// The summary of the dimension `id`.
    pub fn step(&self, id: &str) -> Option<&StepGrounding> {
        self.steps.iter().find(|s| s.id == id)
    }

    /// The grounding of the item `id`.
    pub fn item(&self, id: &str) -> Option<&ItemGrounding> {
        self.items.iter().find(|i| i.id == id)
    }

    /// Checks the grounding against its bank and bibliography: one entry per item in the
    /// bank's order, at least one citation each, every citation an entry of the
    /// bibliography, and evidence either absent or one line per level.
    pub fn validate(
        &self,
        bank: &QuestionBank,
        sources: &Bibliography,
    ) -> Result<(), ContentError> {
        let err = |m: String| Err(ContentError(m));
        let steps_aligned = self.steps.len() == bank.dimensions.len()
            && self
                .steps
                .iter()
                .zip(bank.dimensions.iter())
                .all(|(s, d)| s.id == d.id && !s.summary.trim().is_empty());
        if !steps_aligned {
            return err(
                "the steps' summaries are not one per dimension, in the bank's order".into(),
            );
        }
        let aligned = self.items.len() == bank.item_count()
            && self
                .items
                .iter()
                .zip(bank.items())
                .all(|(g, (_, item))| g.id == item.id);
        if !aligned {
            return err("the items' sources are not one per item, in the bank's order".into());
        }
        for item in self.items.iter() {
            if item.why.trim().is_empty() {
                return err(format!("item \"{}\" needs a why", item.id));
            }
            check_citations(&format!("item \"{}\"", item.id), &item.sources, sources)?;
            let lines = item.evidence.len();
            if lines != 0 && lines != LEVEL_COUNT {
                return err(format!(
                    "item \"{}\" has {lines} evidence lines; it needs none or {LEVEL_COUNT}",
                    item.id
                ));
            }
            if item.evidence.iter().any(|l| l.trim().is_empty()) {
                return err(format!("item \"{}\" has an empty evidence line", item.id));
            }
        }
        Ok(())
    }
}

/// Checks that `what` cites at least one source and only entries of the bibliography.
pub fn check_citations(
    what: &str,
    citations: &[Citation],
    sources: &Bibliography,
) -> Result<(), ContentError> {
    if citations.is_empty() {
        return Err(ContentError(format!("{what} names no source")));
    }
    match citations
        .iter()
        .find(|c| sources.source(&c.source).is_none())
    {
        Some(unknown) => Err(ContentError(format!(
            "{what} cites \"{}\", which is not in the bibliography",
            unknown.source
        ))),
        None => Ok(()),
    }
}

impl Bibliography {
    /// Parses a bibliography from JSON text.
    pub fn from_json(text: &str) -> Result<Self, ContentError> {
        super::content::read_json(text)
    }

    /// The English bibliography compiled into the app, read only from a part's code.
    pub fn english() -> &'static Bibliography {
        &ENGLISH_SOURCES
    }

    /// The entry `id`.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// Checks every entry: a unique id, a short name, a title and a kind, and an address,
    /// where there is one, that is a public `https://` one.
    pub fn validate(&self) -> Result<(), ContentError> {
        let mut ids = HashSet::new();
        for s in self.sources.iter() {
            let problem = if !ids.insert(&*s.id) {
                Some("is listed twice")
            } else if [&s.short, &s.title, &s.kind]
                .iter()
                .any(|t| t.trim().is_empty())
            {
                Some("needs a short name, a title and a kind")
            } else if s.url.as_ref().is_some_and(|u| !u.starts_with("https://")) {
                Some("has an address that is not https://")
            } else {
                None
            };
            if let Some(problem) = problem {
                return Err(ContentError(format!("source \"{}\" {problem}", s.id)));
            }
        }
        Ok(())
    }
}
