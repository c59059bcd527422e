//! Export encoders: the full record as JSON, one CSV row per item, and a Markdown report.
//!
//! Everything here returns text; the UI turns it into a file the browser downloads. The
//! JSON export is the record itself, so importing it gives back exactly what was saved.

use super::content::{Advice, Item, QuestionBank};
use super::document::{Document, Entry, Run};
use super::editions::{earlier_answers, History};
use super::grounding::{Bibliography, Grounding};
use super::judgement::judge;
use super::plan::PlanTemplate;
use super::prioritise::{first_workflow, rank};
use super::record::{Answer, Member, Record};
use super::scoring::{assess, level_score, ItemAnswer, Maturity};
use super::team::Team;
use super::template::fill;
use super::text::PartText;
use super::wording;
use super::workflows::Catalogue;

/// Everything the CSV and Markdown exports word a record with.
#[derive(Clone, Copy)]
pub struct ExportContent<'a> {
    /// The questions.
    pub bank: &'a QuestionBank,
    /// The recommendations behind the next steps.
    pub advice: &'a Advice,
    /// The workflows, for the first one to pilot.
    pub catalogue: &'a Catalogue,
    /// Each question's evidence lines and sources.
    pub grounding: &'a Grounding,
    /// The bibliography the sources name.
    pub sources: &'a Bibliography,
    /// The questions earlier editions asked.
    pub history: &'a History,
    /// The interface's words.
    pub text: &'a PartText,
}

impl ExportContent<'_> {
    /// The evidence line for `answer` to `item`, if the content has one.
    fn evidence(&self, item: &Item, answer: Option<Answer>) -> &str {
        match answer {
            Some(Answer::Level(level)) => self
                .grounding
                .item(&item.id)
                .and_then(|g| g.evidence.get(usize::from(level)))
                .map_or("", |line| line),
            _ => "",
        }
    }

    /// `item`'s sources as one line: "Short name, section; …".
    fn sources_of(&self, item: &Item) -> String {
        self.grounding
            .item(&item.id)
            .map(|g| wording::citation_line(self.text, self.sources, &g.sources))
            .unwrap_or_default()
    }
}

/// The record as indented JSON, readable in a text editor: the layout of serde_json's
/// pretty printer, made by [`indent`] from the compact JSON the record is stored as. The
/// storage notices' "Download my answers" is in the first download, and this way it needs
/// no second serialiser there.
pub fn to_json(record: &Record) -> String {
    indent(&record.to_json())
}

/// Lays out compact JSON with two spaces per level, one entry per line, `": "` after each
/// key, and empty `{}` and `[]` on one line, exactly as `serde_json::to_string_pretty`.
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let new_line = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    let (mut depth, mut in_string, mut escaped) = (0, false, false);
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                match chars.next_if(|next| matches!(next, '}' | ']')) {
                    Some(close) => out.push(close),
                    None => {
                        depth += 1;
                        new_line(&mut out, depth);
                    }
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                new_line(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                new_line(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// One CSV cell: quoted when it holds a comma, quote or line break, quotes doubled, and a
/// leading `=`, `+`, `-` or `@` neutralised with an apostrophe so a spreadsheet never runs
/// a note as a formula.
fn csv_cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ') {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// One row per item: area, item id, question, answer, score, note. UTF-8 with a byte-order
/// mark and CRLF line ends, so spreadsheets open it with accents and line breaks intact.
pub fn to_csv(content: ExportContent<'_>, record: &Record) -> String {
    let ExportContent { bank, text, .. } = content;
    let mut out = String::from("\u{feff}");
    let header = [
        &text.table_area,
        &text.csv_item,
        &text.csv_question,
        &text.csv_answer,
        &text.table_score,
        &text.csv_note,
        &text.csv_evidence,
        &text.csv_sources,
    ];
    out.push_str(&header.map(|h| csv_cell(h)).join(","));
    out.push_str("\r\n");
    for (dimension, item) in bank.items() {
        let answer = record
            .answers
            .get(&*item.id)
            .map(|a| ItemAnswer { item, answer: *a });
        let words = answer
            .map(|a| a.words(text.answer_not_sure))
            .unwrap_or_default();
        let score = match answer.map(|a| a.answer) {
            Some(Answer::Level(l)) => format!("{}", level_score(l).round() as u32),
            _ => String::new(),
        };
        let row = [
            csv_cell(&dimension.title),
            csv_cell(&item.id),
            csv_cell(&item.question),
            csv_cell(&words),
            score,
            csv_cell(record.note(&item.id)),
            csv_cell(content.evidence(item, answer.map(|a| a.answer))),
            csv_cell(&content.sources_of(item)),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The team's answers, one row per question: area, item id, question, each member's
/// answer (a level's number or "Not sure"), the team's answer in words, the spread, how
/// many were not sure, and whether it is a disputed must-have. Same encoding as [`to_csv`].
pub fn team_csv(
    bank: &QuestionBank,
    text: &PartText,
    team: &Team<'_>,
    members: &[Member],
) -> String {
    let mut out = String::from("\u{feff}");
    let mut header: Vec<String> = vec![
        text.table_area.into(),
        text.csv_item.into(),
        text.csv_question.into(),
    ];
    header.extend(members.iter().map(|m| m.label.clone()));
    header.extend(
        [
            text.csv_team_answer,
            text.csv_spread,
            text.csv_not_sure,
            text.csv_disputed,
        ]
        .map(String::from),
    );
    out.push_str(
        &header
            .iter()
            .map(|h| csv_cell(h))
            .collect::<Vec<_>>()
            .join(","),
    );
    out.push_str("\r\n");
    for ((dimension, _), row) in bank.items().zip(&team.items) {
        let item = row.item;
        let mut cells = vec![
            csv_cell(&dimension.title),
            csv_cell(&item.id),
            csv_cell(&item.question),
        ];
        cells.extend(members.iter().map(|m| match m.answers.get(&*item.id) {
            Some(Answer::Level(l)) => l.to_string(),
            Some(Answer::NotSure) => csv_cell(text.answer_not_sure),
            None => String::new(),
        }));
        let team_answer = row
            .answer
            .map(|answer| ItemAnswer { item, answer }.words(text.answer_not_sure));
        cells.push(csv_cell(&team_answer.unwrap_or_default()));
        cells.push(row.spread.map(|s| s.to_string()).unwrap_or_default());
        cells.push(row.not_sure.to_string());
        cells.push(if row.disputed {
            csv_cell(text.csv_yes)
        } else {
            String::new()
        });
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The team's discussion guide in Markdown: the members, the team's verdict and ladder,
/// the disputed must-haves, "Discuss first" with who answered what, and the areas' table.
pub fn team_markdown(
    bank: &QuestionBank,
    text: &PartText,
    team: &Team<'_>,
    members: &[Member],
    date: &str,
) -> String {
    let judgement = judge(bank, &team.record);
    let labels: Vec<String> = members.iter().map(|m| markdown_text(&m.label)).collect();
    // Who answered what, as indented lines under a list entry.
    let said = |item, indent: &str| {
        wording::who_said(text, item, members, &labels)
            .iter()
            .map(|line| format!("  \n{indent}{line}"))
            .collect::<String>()
    };
    let mut out = format!("# {}\n\n", text.team_guide_title);
    out += &format!(
        "{}\n\n",
        fill(
            text.team_guide_byline,
            &[("date", &date), ("members", &labels.join(", "))]
        )
    );
    out += &format!(
        "## {}\n\n**{}**\n\n",
        text.team_verdict_heading,
        text.verdicts.of(judgement.verdict)
    );
    for rung in &judgement.ladder {
        out += &format!(
            "- {}: {}\n",
            text.tier_names[rung.tier.index()],
            text.status_names[rung.status as usize]
        );
    }
    let disputed: Vec<_> = team.items.iter().filter(|i| i.disputed).collect();
    if !disputed.is_empty() {
        out += &format!("\n## {}\n\n", text.team_disputed_heading);
        for i in disputed {
            out += &format!("- **{}**", i.item.question);
            if let Some((short, _)) = wording::short_of_must_have(text, i.item, members, &labels) {
                out += &format!("  \n  {short}");
            }
            out += "\n";
        }
    }
    out += &format!("\n## {}\n\n", text.team_discuss_heading);
    if team.discuss_first.is_empty() {
        out += &format!("{}\n", text.team_agrees);
    }
    for (n, &index) in team.discuss_first.iter().enumerate() {
        let i = &team.items[index];
        out += &format!("{}. **{}**{}", n + 1, i.item.question, said(i.item, "   "));
        if let Some(answer) = i.answer {
            out += &format!("  \n   {}", wording::team_answer(text, i.item, answer));
        }
        out += "\n";
    }
    out += &format!(
        "\n## {}\n\n| {} | {} | {} | {} |\n|---|---|---|{}\n",
        text.team_areas_heading,
        text.table_area,
        text.team_median,
        text.team_range,
        labels.join(" | "),
        "---|".repeat(labels.len())
    );
    let score = |s: Option<u32>| s.map_or_else(|| text.unknown_score.to_owned(), |v| v.to_string());
    for area in &team.areas {
        let range = area
            .range
            .map_or_else(String::new, |(lo, hi)| format!("{lo}–{hi}"));
        let each: Vec<String> = area.scores.iter().map(|s| score(*s)).collect();
        out += &format!(
            "| {} | {} | {range} | {} |\n",
            bank.dimensions[area.dimension].title,
            score(area.median),
            each.join(" | ")
        );
    }
    out
}

/// Escapes text typed by a user so Markdown shows it as typed: no emphasis, links, HTML
/// or table breaks, and no line breaks inside a list item.
pub fn markdown_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '!' | '|'
            | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// The report: overall score, verdict and its rule, next steps, scores by area, unknowns,
/// and the first workflow. `date` is printed as given (the UI passes today's date).
pub fn to_markdown(content: ExportContent<'_>, record: &Record, date: &str) -> String {
    let ExportContent {
        bank,
        advice,
        catalogue,
        text,
        ..
    } = content;
    let a = assess(bank, advice, record);
    let mut md = format!("# {}\n\n", text.results_heading);
    for line in wording::report_header(text, bank, &record.report, date) {
        md += &format!("{}  \n", markdown_text(&line));
    }
    md += "\n";
    md += &wording::based_on(text, &a);
    md += "\n\n";
    let overall = match a.overall {
        Some(v) => format!(
            "{v} / 100 ({})",
            text.maturity_levels[Maturity::of(v).index()]
        ),
        None => text.unknown_score.to_owned(),
    };
    md += &format!("## {}\n\n**{overall}**\n\n", text.overall_label);
    let verdict = a.judgement.verdict;
    md += &format!(
        "## {}\n\n**{}**\n\n{}\n\n### {}\n\n",
        text.verdict_heading,
        text.verdicts.of(verdict),
        text.verdict_explanations.of(verdict),
        text.ladder_heading,
    );
    for rung in &a.judgement.ladder {
        md += &format!(
            "- **{}: {}**\n",
            text.tier_names[rung.tier.index()],
            text.status_names[rung.status as usize]
        );
        let own = a.judgement.own_reasons(rung.tier);
        if rung.reasons.len() > own.len() {
            md += &format!("  - {}\n", text.ladder_also_below);
        }
        for r in own {
            md += &format!("  - {}\n", markdown_text(&wording::reason(text, r)));
        }
    }
    md += &format!("\n{}\n\n", wording::rule(text));
    md += &format!("## {}\n\n", text.next_steps_heading);
    for (i, step) in a.next_steps.iter().enumerate() {
        md += &format!(
            "{}. **{}** — {} ({} {})\n",
            i + 1,
            step.dimension.title,
            step.recommendation.action,
            text.owner_label,
            step.recommendation.owner
        );
    }
    md += &format!(
        "\n## {}\n\n| {} | {} | {} | {} |\n|---|---:|---|---:|\n",
        text.chart_heading,
        text.table_area,
        text.table_score,
        text.table_level,
        text.table_answered
    );
    for s in &a.dimensions {
        let (score, level) = wording::score_cells(text, s.score);
        md += &format!(
            "| {} | {score} | {level} | {} / {} |\n",
            bank.dimensions[s.dimension].title, s.answered, s.total
        );
    }
    let evidence = wording::evidence_lines(text, bank, record);
    if !evidence.is_empty() {
        md += &format!("\n## {}\n\n", text.evidence_heading);
        for line in evidence {
            md += &format!("- {}\n", markdown_text(&line));
        }
    }
    if !a.unknowns.is_empty() {
        md += &format!("\n## {}\n\n", text.unknowns_heading);
        for item in &a.unknowns {
            md += &format!("- {}\n", item.question);
        }
    }
    let notes: Vec<_> = bank
        .items()
        .filter(|(_, i)| !record.note(&i.id).is_empty())
        .collect();
    if !notes.is_empty() {
        md += &format!("\n## {}\n\n", text.notes_heading);
        for (_, item) in notes {
            md += &format!(
                "- {}: {}\n",
                item.question,
                markdown_text(record.note(&item.id))
            );
        }
    }
    md += &answers_section(content, record);
    let ranking = rank(&catalogue.workflows, &record.workflows, &a.judgement);
    if let Some(first) = first_workflow(&ranking, record.workflows.chosen.as_deref()) {
        md += &format!(
            "\n## {}\n\n**{}** ({} {} · {} {} · {} {})\n",
            text.start_here_heading,
            markdown_text(&first.workflow.name),
            text.priority_label,
            first.priority,
            text.value_label,
            first.value,
            text.risk_label,
            first.risk
        );
    }
    md += &sources_section(content);
    md
}

/// Every answer, area by area, with the evidence a district could collect at that level
/// and the question's sources; then the answers to questions no longer asked.
fn answers_section(content: ExportContent<'_>, record: &Record) -> String {
    let ExportContent { bank, text, .. } = content;
    let mut md = format!("\n## {}\n", text.answers_heading);
    for dimension in bank.dimensions.iter() {
        md += &format!("\n### {}\n\n", dimension.title);
        for item in dimension.items.iter() {
            let answer = record.answers.get(&*item.id).copied();
            let words = match answer {
                Some(a) => ItemAnswer { item, answer: a }.words(text.answer_not_sure),
                None => text.unanswered.to_owned(),
            };
            md += &format!("- **{}** {}\n", item.question, words);
            let evidence = content.evidence(item, answer);
            if !evidence.is_empty() {
                md += &format!("  - {} {evidence}\n", text.evidence_to_collect_label);
            }
            let sources = content.sources_of(item);
            if !sources.is_empty() {
                md += &format!("  - {} {sources}\n", text.source_label);
            }
        }
    }
    let earlier = earlier_answers(content.history, record);
    if !earlier.is_empty() {
        md += &format!(
            "\n## {}\n\n{}\n\n",
            text.earlier_heading, text.earlier_intro
        );
        for (retired, answer) in earlier {
            let words = retired.answer_words(answer, text.answer_not_sure);
            md += &format!("- **{}** {words}\n", retired.question);
        }
    }
    md
}

/// The bibliography entries the questions cite, in the bibliography's order.
fn sources_section(content: ExportContent<'_>) -> String {
    let cited = |id: &str| {
        content
            .grounding
            .items
            .iter()
            .any(|g| g.sources.iter().any(|c| c.source == id))
    };
    let mut md = format!("\n## {}\n\n", content.text.sources_heading);
    for source in content.sources.sources.iter().filter(|s| cited(&s.id)) {
        md += &format!("- {}\n", wording::bibliography_entry(source));
    }
    md
}

/// The report as a document for a word processor ([`Document::to_docx`],
/// [`Document::to_html`]): what the printed report holds — the verdict and its ladder, the
/// next steps, the scores by area, the first workflow, the pilot plan, the evidence and
/// what is not known — so that a leader can edit it in Word or Google Docs.
pub fn to_document(
    content: ExportContent<'_>,
    plan: &PlanTemplate,
    record: &Record,
    date: &str,
) -> Document {
    let ExportContent {
        bank,
        advice,
        catalogue,
        text,
        ..
    } = content;
    let a = assess(bank, advice, record);
    let mut doc = Document::default();
    doc.heading(1, text.report_title);
    for line in wording::report_header(text, bank, &record.report, date) {
        doc.paragraph(line);
    }
    doc.paragraph(wording::based_on(text, &a));

    let verdict = a.judgement.verdict;
    let overall = match a.overall {
        Some(v) => format!(
            "{v} / 100 ({})",
            text.maturity_levels[Maturity::of(v).index()]
        ),
        None => text.unknown_score.to_owned(),
    };
    doc.heading(2, text.verdict_heading);
    doc.runs(vec![
        Run::bold(text.verdicts.of(verdict)),
        Run::plain(format!(" — {} {overall}", text.overall_label)),
    ]);
    doc.paragraph(text.verdict_explanations.of(verdict));
    doc.heading(3, text.ladder_heading);
    let rungs = a.judgement.ladder.iter().map(|rung| {
        let own = a.judgement.own_reasons(rung.tier);
        let mut under: Vec<String> = Vec::new();
        if rung.reasons.len() > own.len() {
            under.push(text.ladder_also_below.to_owned());
        }
        under.extend(own.into_iter().map(|r| wording::reason(text, r)));
        Entry {
            runs: vec![Run::bold(format!(
                "{}: {}",
                text.tier_names[rung.tier.index()],
                text.status_names[rung.status as usize]
            ))],
            under,
        }
    });
    doc.list(false, rungs.collect());
    doc.paragraph(wording::rule(text));

    doc.heading(2, text.next_steps_heading);
    let steps = a.next_steps.iter().map(|step| {
        Entry::of(vec![
            Run::bold(step.dimension.title.to_string()),
            Run::plain(format!(
                " — {} ({} {})",
                step.recommendation.action, text.owner_label, step.recommendation.owner
            )),
        ])
    });
    doc.list(true, steps.collect());

    doc.heading(2, text.chart_heading);
    let header = [
        text.table_area,
        text.table_score,
        text.table_level,
        text.table_answered,
    ];
    let rows = a.dimensions.iter().map(|s| {
        let (score, level) = wording::score_cells(text, s.score);
        vec![
            bank.dimensions[s.dimension].title.to_string(),
            score,
            level.to_owned(),
            format!("{} / {}", s.answered, s.total),
        ]
    });
    doc.table(header.map(str::to_owned).to_vec(), rows.collect());

    let ranking = rank(&catalogue.workflows, &record.workflows, &a.judgement);
    if let Some(first) = first_workflow(&ranking, record.workflows.chosen.as_deref()) {
        doc.heading(2, text.start_here_heading);
        doc.runs(vec![
            Run::bold(first.workflow.name.clone()),
            Run::plain(format!(
                " ({} {} · {} {} · {} {})",
                text.priority_label,
                first.priority,
                text.value_label,
                first.value,
                text.risk_label,
                first.risk
            )),
        ]);
    }

    doc.heading(2, text.plan_heading);
    for section in &plan.sections {
        let rows: Vec<Vec<String>> = section
            .fields
            .iter()
            .filter_map(|f| {
                let value = record.plan.field(&f.id);
                let value = match (value.is_empty(), f.optional) {
                    (false, _) => value.to_owned(),
                    (true, false) => text.plan_empty_field.to_owned(),
                    (true, true) => return None,
                };
                Some(vec![f.label.to_string(), value])
            })
            .collect();
        if !rows.is_empty() {
            doc.heading(3, section.title.to_string());
            doc.table(
                vec![
                    text.table_plan_field.to_owned(),
                    text.table_plan_value.to_owned(),
                ],
                rows,
            );
        }
    }

    let evidence = wording::evidence_lines(text, bank, record);
    if !evidence.is_empty() {
        doc.heading(2, text.evidence_heading);
        doc.list(
            false,
            evidence
                .into_iter()
                .map(|l| Entry::of(vec![Run::plain(l)]))
                .collect(),
        );
    }
    if !a.unknowns.is_empty() {
        doc.heading(2, text.unknowns_heading);
        let unknowns = a
            .unknowns
            .iter()
            .map(|item| Entry::of(vec![Run::plain(item.question.to_string())]));
        doc.list(false, unknowns.collect());
    }
    doc
}
