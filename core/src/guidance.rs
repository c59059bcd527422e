//! Interim AI guidance for staff, drafted from the answers (`content/en/guidance.json`).
//!
//! Each section has a default text and rules: "when this question has one of these
//! answers (or a first workflow is chosen), replace the text" or "add this sentence". The
//! first matching *replace* rule of a section gives its text; every matching *add* rule
//! then appends its sentence, in order. So two districts with different answers get
//! different drafts, and an unknown ("Not sure" or unanswered) gets the cautious wording.
//!
//! A section the user has edited is kept as typed (`Record::guidance`) and never
//! redrafted; every other section follows the answers as they change.

use serde::Deserialize;

use super::content::{json_error_position, ContentError};
use super::record::{Answer, Record};
use super::template::fill;

const GUIDANCE_EN: &str = include_str!("../../content/en/guidance.json");

/// The guidance's title, the line about counsel, and its sections.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuidanceTemplate {
    /// The document's title.
    pub title: String,
    /// That it is a draft for counsel to review, not legal advice.
    pub counsel_line: String,
    /// The sections, in order.
    pub sections: Vec<SectionTemplate>,
}

/// One section and the rules that change it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionTemplate {
    /// Stable identifier: the key of an edited section in `Record::guidance`.
    pub id: String,
    /// Its heading.
    pub heading: String,
    /// The text when no rule replaces it; may hold `{district}`, `{workflow}` and
    /// `{review_date}`.
    pub text: String,
    /// The rules, in the order they are tried.
    #[serde(default)]
    pub rules: Vec<Rule>,
}

/// "When …, replace the text with / add …".
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// When the rule applies.
    pub when: Condition,
    /// What it does.
    pub effect: Effect,
    /// The text it puts in.
    pub text: String,
}

/// When a rule applies.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum Condition {
    /// The question `item` has one of `answers`.
    Answer {
        /// The question's id.
        item: String,
        /// The answers that make the rule apply.
        answers: Vec<AnswerPattern>,
    },
    /// A first workflow is chosen (`true`), or not (`false`).
    Workflow {
        /// Whether one is chosen.
        workflow_chosen: bool,
    },
}

/// One answer a rule matches: a level, "Not sure" or no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum AnswerPattern {
    /// A maturity level, 0–4.
    Level(u8),
    /// `"not_sure"` or `"unanswered"`.
    Word(Unknown),
}

/// The two answers that are not a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unknown {
    /// "Not sure".
    NotSure,
    /// No answer.
    Unanswered,
}

/// What a rule does to its section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// Its text replaces the section's.
    Replace,
    /// Its sentence is added at the end.
    Add,
}

impl AnswerPattern {
    /// Whether `answer` (`None`: unanswered) is this one.
    pub fn matches(self, answer: Option<Answer>) -> bool {
        match (self, answer) {
            (AnswerPattern::Level(l), Some(Answer::Level(a))) => l == a,
            (AnswerPattern::Word(Unknown::NotSure), Some(Answer::NotSure)) => true,
            (AnswerPattern::Word(Unknown::Unanswered), None) => true,
            _ => false,
        }
    }
}

/// What the draft is made for besides the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Situation<'a> {
    /// The district's name, or the content's "the district".
    pub district: &'a str,
    /// The first workflow's name, if one is chosen.
    pub workflow: Option<&'a str>,
    /// When the guidance will be reviewed, in words.
    pub review_date: &'a str,
}

/// One section of the draft.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftSection<'t> {
    /// The section's template.
    pub template: &'t SectionTemplate,
    /// The drafted text.
    pub drafted: String,
    /// What the user typed instead, if they edited it.
    pub edited: Option<String>,
}

impl DraftSection<'_> {
    /// The text the guidance shows: the user's, else the draft.
    pub fn text(&self) -> &str {
        self.edited.as_deref().unwrap_or(&self.drafted)
    }
}

impl Condition {
    /// Whether it holds for `record` in `situation`.
    pub fn holds(&self, record: &Record, situation: &Situation<'_>) -> bool {
        match self {
            Condition::Answer { item, answers } => {
                let answer = record.answers.get(item).copied();
                answers.iter().any(|p| p.matches(answer))
            }
            Condition::Workflow { workflow_chosen } => {
                situation.workflow.is_some() == *workflow_chosen
            }
        }
    }
}

impl GuidanceTemplate {
    /// Parses the template from JSON text.
    pub fn from_json(text: &str) -> Result<Self, ContentError> {
        serde_json::from_str(text).map_err(|e| {
            ContentError(format!(
                "invalid guidance template: {}",
                json_error_position(&e)
            ))
        })
    }

    /// The English template compiled into the app.
    pub fn english() -> Result<Self, ContentError> {
        Self::from_json(GUIDANCE_EN)
    }

    /// The draft for `record`: every section drafted from its answers, with the user's
    /// text where they edited it.
    pub fn draft(&self, record: &Record, situation: &Situation<'_>) -> Vec<DraftSection<'_>> {
        self.sections
            .iter()
            .map(|section| DraftSection {
                template: section,
                drafted: section.draft(record, situation),
                edited: record.guidance.get(&section.id).cloned(),
            })
            .collect()
    }
}

impl SectionTemplate {
    /// This section drafted for `record`.
    pub fn draft(&self, record: &Record, situation: &Situation<'_>) -> String {
        let applies = |rule: &&Rule| rule.when.holds(record, situation);
        let text = self
            .rules
            .iter()
            .filter(|r| r.effect == Effect::Replace)
            .find(applies)
            .map_or(&self.text, |r| &r.text);
        let mut draft = text.clone();
        for rule in self
            .rules
            .iter()
            .filter(|r| r.effect == Effect::Add)
            .filter(applies)
        {
            draft.push(' ');
            draft.push_str(&rule.text);
        }
        fill(
            &draft,
            &[
                ("district", &situation.district),
                ("workflow", &situation.workflow.unwrap_or_default()),
                ("review_date", &situation.review_date),
            ],
        )
    }
}

/// The month six months after `today` (`YYYY-MM-DD`), as "June 2027" with `months`' names
/// (January first); `None` when `today` is not such a date.
pub fn review_month(today: &str, months: &[&str]) -> Option<String> {
    let mut parts = today.split('-');
    let year: u32 = parts.next()?.parse().ok()?;
    let month: usize = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let later = month - 1 + 6;
    Some(format!(
        "{} {}",
        months[later % 12],
        year + (later / 12) as u32
    ))
}

/// The guidance as Markdown: title, district, counsel line, then each section's heading
/// and `texts` (the texts shown, in section order).
pub fn markdown(template: &GuidanceTemplate, district: &str, texts: &[&str]) -> String {
    let mut out = format!("# {}\n\n", template.title);
    if !district.is_empty() {
        out += &format!("{district}\n\n");
    }
    out += &format!("*{}*\n", template.counsel_line);
    for (section, text) in template.sections.iter().zip(texts) {
        out += &format!("\n## {}\n\n{}\n", section.heading, text.trim_end());
    }
    out
}
