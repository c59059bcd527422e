//! Export encoders: the full record as JSON, one CSV row per item, and a Markdown report.
//!
//! Everything here returns text; the UI turns it into a file the browser downloads. The
//! JSON export is the record itself, so importing it gives back exactly what was saved.

use super::content::{Advice, QuestionBank};
use super::prioritise::{first_workflow, rank};
use super::record::{Answer, Record};
use super::scoring::{assess, level_score, ItemAnswer, Maturity};
use super::text::PartText;
use super::wording;
use super::workflows::Catalogue;

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
pub fn to_csv(bank: &QuestionBank, text: &PartText, record: &Record) -> String {
    let mut out = String::from("\u{feff}");
    let header = [
        &text.table_area,
        &text.csv_item,
        &text.csv_question,
        &text.csv_answer,
        &text.table_score,
        &text.csv_note,
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
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
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
pub fn to_markdown(
    bank: &QuestionBank,
    advice: &Advice,
    catalogue: &Catalogue,
    text: &PartText,
    record: &Record,
    date: &str,
) -> String {
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
        let (score, level) = match s.score {
            Some(v) => (v.to_string(), text.maturity_levels[Maturity::of(v).index()]),
            None => (text.unknown_score.to_owned(), text.unknown_score),
        };
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
    md
}
