//! The judgement in words: one sentence per reason, and the rule as the results page,
//! the printed report and the Markdown export state it; a team's answers and the
//! time-saved estimate in words likewise. The words are the content's
//! (`content/en/ui-parts.json`); this only fills them in.

use std::collections::BTreeMap;

use super::content::{Item, QuestionBank};
use super::estimate::{dollars, hours, minutes, Estimate, Inputs, Range};
use super::grounding::{Bibliography, Citation, Source};
use super::judgement::{Reason, CONDITIONS_FROM, READY_FROM, RULES_VERSION};
use super::record::{Answer, Member, Record, ReportDetails};
use super::scoring::{Assessment, ItemAnswer, Maturity};
use super::text::{fill, PartText};

/// The sentence that says why a tier is held where it is.
pub fn reason(text: &PartText, reason: &Reason) -> String {
    match reason {
        Reason::TooFewAnswers {
            dimension: None,
            answered,
            needed,
        } => fill(
            text.reason_too_few_overall,
            &[("answered", answered), ("needed", needed)],
        ),
        Reason::TooFewAnswers {
            dimension: Some(d),
            answered,
            needed,
        } => fill(
            text.reason_too_few_area,
            &[
                ("dimension", &d.title),
                ("answered", answered),
                ("needed", needed),
            ],
        ),
        Reason::AreaBelow {
            dimension,
            score,
            threshold,
        } => fill(
            text.reason_area_below,
            &[
                ("dimension", &dimension.title),
                ("score", score),
                ("threshold", threshold),
            ],
        ),
        Reason::OverallBelow { score, threshold } => fill(
            text.reason_overall_below,
            &[("score", score), ("threshold", threshold)],
        ),
        Reason::MustHave {
            item,
            answer,
            needed,
            ..
        } => {
            let needed = item
                .levels
                .get(usize::from(*needed))
                .map(ToString::to_string)
                .unwrap_or_default();
            match answer {
                Some(answer) => fill(
                    text.reason_must_have,
                    &[
                        ("question", &item.question),
                        ("answer", &answer_words(text, item, *answer)),
                        ("needed", &needed),
                    ],
                ),
                None => fill(
                    text.reason_must_have_unanswered,
                    &[("question", &item.question), ("needed", &needed)],
                ),
            }
        }
        Reason::PulseOnly => text.reason_pulse.to_owned(),
    }
}

fn answer_words(text: &PartText, item: &Item, answer: Answer) -> String {
    ItemAnswer { item, answer }.words(text.answer_not_sure)
}

/// An area's score and its maturity level, as table cells ("42", "Developing"), or the
/// words for an unknown score in both: for the score tables on screen, in print and in
/// the exports.
pub fn score_cells(text: &PartText, score: Option<u32>) -> (String, &'static str) {
    match score {
        Some(v) => (v.to_string(), text.maturity_levels[Maturity::of(v).index()]),
        None => (text.unknown_score.to_owned(), text.unknown_score),
    }
}

/// "Based on N of M answers", with how many are "Not sure" and unanswered.
pub fn based_on(text: &PartText, a: &Assessment) -> String {
    fill(
        text.partial_caveat,
        &[
            ("answered", &a.answered),
            ("total", &a.total),
            ("not_sure", &a.not_sure),
            ("unanswered", &a.unanswered()),
        ],
    )
}

/// How the verdict is decided, with this build's thresholds and rules version.
pub fn rule(text: &PartText) -> String {
    fill(
        text.verdict_rule,
        &[
            ("version", &RULES_VERSION),
            ("ready", &READY_FROM),
            ("conditions", &CONDITIONS_FROM),
        ],
    )
}

/// The lines under a report's title: the district, who prepared it, then the date, the
/// questionnaire edition, the rules version and where it was made.
pub fn report_header(
    text: &PartText,
    bank: &QuestionBank,
    report: &ReportDetails,
    date: &str,
) -> Vec<String> {
    let mut lines = Vec::new();
    if !report.district.is_empty() {
        lines.push(report.district.clone());
    }
    if !report.prepared_by.is_empty() {
        lines.push(fill(
            text.report_prepared_by,
            &[("author", &report.prepared_by)],
        ));
    }
    lines.push(fill(
        text.report_meta,
        &[
            ("date", &date),
            ("edition", &bank.edition),
            ("version", &RULES_VERSION),
        ],
    ));
    lines.push(text.prepared_on_device.to_owned());
    lines
}

/// Each must-have the answers claim, with its answer and the evidence named for it, or
/// "self-reported": one line each, for the printed report and the Markdown export.
pub fn evidence_lines(text: &PartText, bank: &QuestionBank, record: &Record) -> Vec<String> {
    super::judgement::claimed_must_haves(bank, record)
        .into_iter()
        .map(|claimed| {
            let item = claimed.item;
            let answer = claimed.words(text.answer_not_sure);
            let evidence = match record.evidence.get(&*item.id) {
                Some(named) => named.clone(),
                None => text.self_reported.to_owned(),
            };
            fill(
                text.evidence_line,
                &[
                    ("question", &item.question),
                    ("answer", &answer),
                    ("evidence", &evidence),
                ],
            )
        })
        .collect()
}

/// Citations as one line: "Short name: section; section · Other name", each source once
/// (the app's "Source:" lines and the exports').
pub fn citation_line(text: &PartText, sources: &Bibliography, citations: &[Citation]) -> String {
    // Each source once, in the order first cited, with every section cited of it.
    let mut cited: Vec<(&Source, Vec<&str>)> = Vec::new();
    for c in citations {
        let Some(source) = sources.source(&c.source) else {
            continue;
        };
        let at = match cited.iter().position(|(s, _)| s.id == source.id) {
            Some(at) => at,
            None => {
                cited.push((source, Vec::new()));
                cited.len() - 1
            }
        };
        if let Some(section) = &c.section {
            cited[at].1.push(section);
        }
    }
    cited
        .into_iter()
        .map(|(source, sections)| match sections.is_empty() {
            true => source.short.to_string(),
            false => fill(
                text.citation_with_section,
                &[("source", &source.short), ("section", &sections.join("; "))],
            ),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A bibliography entry as one line: author, year, title, kind and address, where known.
pub fn bibliography_entry(source: &Source) -> String {
    let mut parts: Vec<String> = Vec::new();
    match (&source.author, source.year) {
        (Some(author), Some(year)) => parts.push(format!("{author} ({year})")),
        (Some(author), None) => parts.push(author.to_string()),
        (None, Some(year)) => parts.push(year.to_string()),
        (None, None) => {}
    }
    parts.push(source.title.to_string());
    parts.push(source.kind.to_string());
    if let Some(url) = &source.url {
        parts.push(url.to_string());
    }
    parts.join(". ")
}

/// A team member's answer: "Level 2: <the level's words>", "Not sure" or "no answer".
pub fn member_answer(text: &PartText, item: &Item, answer: Option<Answer>) -> String {
    match answer {
        Some(answer @ Answer::Level(level)) => fill(
            text.team_level_words,
            &[
                ("level", &level),
                ("words", &answer_words(text, item, answer)),
            ],
        ),
        Some(Answer::NotSure) => text.answer_not_sure.to_owned(),
        None => text.team_no_answer.to_owned(),
    }
}

/// Who answered `item` what, one line per answer given: "Level 1: <words> — Member 2,
/// Member 4", lowest level first, then "Not sure", then no answer. Each member is named by
/// its label in `labels` (the same order as `members`).
pub fn who_said(
    text: &PartText,
    item: &Item,
    members: &[Member],
    labels: &[String],
) -> Vec<String> {
    by_answer(item, members, labels)
        .into_iter()
        .map(|(answer, who)| {
            fill(
                text.team_who_line,
                &[
                    ("answer", &member_answer(text, item, answer)),
                    ("members", &who.join(", ")),
                ],
            )
        })
        .collect()
}

/// The same in one short line, for paper: "Level 1: Member 2, Member 4 · Not sure: Member 3".
pub fn who_said_briefly(
    text: &PartText,
    item: &Item,
    members: &[Member],
    labels: &[String],
) -> String {
    by_answer(item, members, labels)
        .into_iter()
        .map(|(answer, who)| {
            let answer = match answer {
                Some(Answer::Level(level)) => fill(text.team_level_n, &[("level", &level)]),
                Some(Answer::NotSure) => text.answer_not_sure.to_owned(),
                None => text.team_no_answer.to_owned(),
            };
            format!("{answer}: {}", who.join(", "))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The members grouped by their answer to `item`: lowest level first, then "Not sure",
/// then no answer.
fn by_answer<'a>(
    item: &Item,
    members: &[Member],
    labels: &'a [String],
) -> Vec<(Option<Answer>, Vec<&'a str>)> {
    // Keyed by the order the groups go in, which also tells the answers apart.
    let mut groups: BTreeMap<u8, (Option<Answer>, Vec<&str>)> = BTreeMap::new();
    for (member, label) in members.iter().zip(labels) {
        let answer = member.answers.get(&*item.id).copied();
        let order = match answer {
            Some(Answer::Level(level)) => level,
            Some(Answer::NotSure) => u8::MAX - 1,
            None => u8::MAX,
        };
        groups
            .entry(order)
            .or_insert_with(|| (answer, Vec::new()))
            .1
            .push(label);
    }
    groups.into_values().collect()
}

/// For a must-have, the level its tiers need and who answered below it or "Not sure":
/// `(on screen, with the level's words; on paper, briefly)`. `None` for any other
/// question, or when no one falls short.
pub fn short_of_must_have(
    text: &PartText,
    item: &Item,
    members: &[Member],
    labels: &[String],
) -> Option<(String, String)> {
    let minimum = item.must_have.iter().map(|m| m.conditions).min()?;
    let short: Vec<&str> = members
        .iter()
        .zip(labels)
        .filter(|(m, _)| match m.answers.get(&*item.id) {
            Some(Answer::Level(level)) => *level < minimum,
            Some(Answer::NotSure) => true,
            None => false,
        })
        .map(|(_, label)| label.as_str())
        .collect();
    (!short.is_empty()).then(|| {
        let members = short.join(", ");
        let words = answer_words(text, item, Answer::Level(minimum));
        (
            fill(
                text.team_short_of,
                &[
                    ("level", &minimum),
                    ("words", &words),
                    ("members", &members),
                ],
            ),
            fill(
                text.team_short_of_briefly,
                &[("level", &minimum), ("members", &members)],
            ),
        )
    })
}

/// The team's answer to `item` in words; for a must-have, saying it is the lowest given.
pub fn team_answer(text: &PartText, item: &Item, answer: Answer) -> String {
    let template = match item.must_have.is_empty() {
        true => text.team_answer_is,
        false => text.team_answer_must_have,
    };
    fill(template, &[("answer", &answer_words(text, item, answer))])
}

/// The estimate in words: the figures, the break-even, the assumptions and what would make
/// it wrong, for the screen, the printed plan and exports.
#[derive(Debug, Clone, PartialEq)]
pub struct EstimateInWords {
    /// Hours a week, hours a year, and money when given: one line each.
    pub figures: Vec<String>,
    /// Said when the likely figure is a loss.
    pub loss: Option<String>,
    /// The review time at which a year's savings vanish.
    pub break_even: String,
    /// The inputs in one paragraph.
    pub assumptions: String,
    /// What would make it wrong, one line each.
    pub wrong: Vec<String>,
}

/// Words the estimate with the content's sentences.
pub fn estimate_in_words(text: &PartText, e: &Estimate) -> EstimateInWords {
    let range = |template: &str, r: Range, each: fn(f64) -> String| {
        fill(
            template,
            &[
                ("low", &each(r.low)),
                ("likely", &each(r.likely)),
                ("high", &each(r.high)),
            ],
        )
    };
    let mut figures = vec![
        range(text.estimate_weekly, e.weekly_hours, hours),
        range(text.estimate_yearly, e.yearly_hours, hours),
    ];
    if let Some(money) = e.yearly_money {
        let template = match e.inputs.licence_cost > 0.0 {
            true => text.estimate_money,
            false => text.estimate_money_no_licence,
        };
        figures.push(range(template, money, dollars));
    }
    let i = &e.inputs;
    let [best, likely, worst] = i.minutes_with_ai.map(minutes);
    let (break_even, wrong_review) = match e.break_even_minutes {
        Some(at) if at > 0.0 => (
            fill(text.estimate_break_even, &[("minutes", &minutes(at))]),
            Some(fill(
                text.estimate_wrong_review,
                &[("minutes", &minutes(at))],
            )),
        ),
        _ => (text.estimate_break_even_never.to_owned(), None),
    };
    let mut wrong: Vec<String> = wrong_review.into_iter().collect();
    wrong.push(fill(
        text.estimate_wrong_baseline,
        &[("minutes", &minutes(i.minutes_now))],
    ));
    wrong.extend(text.estimate_wrong_always.iter().map(|s| (*s).to_owned()));
    EstimateInWords {
        figures,
        loss: (e.yearly_hours.likely < 0.0).then(|| text.estimate_loss.to_owned()),
        break_even,
        assumptions: fill(
            text.estimate_assumptions,
            &[
                ("staff", &minutes(i.staff)),
                ("per_week", &minutes(i.per_week)),
                ("covered", &minutes(i.covered)),
                ("tasks", &minutes(e.tasks_per_week)),
                ("minutes_now", &minutes(i.minutes_now)),
                ("best", &best),
                ("likely", &likely),
                ("worst", &worst),
                ("weeks", &minutes(i.weeks)),
                ("training", &minutes(i.training_hours)),
            ],
        ),
        wrong,
    }
}

/// The plan's baseline and target from the estimate: `(baseline, target)`.
pub fn plan_measures(text: &PartText, i: &Inputs) -> (String, String) {
    let [best, likely, worst] = i.minutes_with_ai.map(minutes);
    (
        fill(
            text.estimate_plan_baseline,
            &[("minutes", &minutes(i.minutes_now))],
        ),
        fill(
            text.estimate_plan_target,
            &[("likely", &likely), ("best", &best), ("worst", &worst)],
        ),
    )
}
