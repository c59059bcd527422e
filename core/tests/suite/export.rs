//! Export encoders (JSON, CSV, Markdown) and the importer: quoting, escaping, every
//! rejection with its message, and the preview.
#![cfg(not(target_arch = "wasm32"))]

use readiness_core::content::{Advice, QuestionBank};
use readiness_core::editions::History;
use readiness_core::export::{markdown_text, to_csv, to_json, to_markdown, ExportContent};
use readiness_core::grounding::{Bibliography, Grounding};
use readiness_core::import::{preview, read, ImportError, Preview, IMPORT_MAX_BYTES};
use readiness_core::record::{Answer, Record, RecordError};
use readiness_core::snapshots::Snapshot;
use readiness_core::text::PartText;
use readiness_core::workflows::Catalogue;

fn content() -> (QuestionBank, PartText, Catalogue) {
    (
        QuestionBank::english().clone(),
        PartText::english().clone(),
        Catalogue::english().unwrap_or_else(|e| panic!("{e:?}")),
    )
}

fn export_content<'a>(
    bank: &'a QuestionBank,
    text: &'a PartText,
    catalogue: &'a Catalogue,
) -> ExportContent<'a> {
    ExportContent {
        bank,
        advice: Advice::english(),
        catalogue,
        grounding: Grounding::english(),
        sources: Bibliography::english(),
        history: History::english(),
        text,
    }
}

fn sample(bank: &QuestionBank) -> Record {
    let mut r = Record::default();
    let items: Vec<String> = bank.items().map(|(_, i)| i.id.to_string()).collect();
    r.set_answer(&items[0], Some(Answer::Level(3)));
    r.set_answer(&items[1], Some(Answer::NotSure));
    r.set_note(&items[0], "Ask Dana, then the board, \"soon\"\nsecond line");
    r.set_note(&items[2], "=HYPERLINK(\"http://x\")");
    r
}

#[test]
fn json_export_is_the_record_and_imports_back_unchanged() {
    let (bank, ..) = content();
    let r = sample(&bank);
    let json = to_json(&r);
    assert_eq!(read(json.len(), &json), Ok(r));
}

/// Every kind of value a record holds, nested lists included, laid out as serde_json's
/// pretty printer would (the property test in tests/record.rs varies answers and notes).
#[test]
fn json_export_is_laid_out_like_serde_jsons_pretty_printer() {
    let (bank, _, catalogue) = content();
    let mut r = sample(&bank);
    r.workflows.considered = catalogue
        .workflows
        .iter()
        .take(2)
        .map(|w| w.id.to_string())
        .collect();
    // A workflow of the user's own, made from a catalogue one: without the catalogue's
    // group and sources, which only catalogue workflows have.
    r.workflows.custom = catalogue.workflows.iter().take(1).cloned().collect();
    for w in &mut r.workflows.custom {
        w.group = None;
        w.sources.clear();
    }
    r.workflows.chosen = Some("[{\"x\": 1}], \\".into());
    r.plan
        .fields
        .insert("owner".into(), "Dana: {x} [y], z\\".into());
    r.snapshots.push(Snapshot {
        taken: "2026-11-24".into(),
        answers: r.answers.clone(),
        rules_version: Some(2),
    });
    r.snapshots.push(Snapshot {
        taken: "2026-11-25".into(),
        answers: Default::default(),
        rules_version: None,
    });
    let expected = serde_json::to_string_pretty(&r).unwrap_or_default();
    assert_eq!(to_json(&r), expected);
    assert_eq!(read(expected.len(), &expected), Ok(r));
}

#[test]
fn csv_has_one_row_per_item_with_safe_quoting() {
    let (bank, text, catalogue) = content();
    let csv = to_csv(export_content(&bank, &text, &catalogue), &sample(&bank));
    assert!(
        csv.starts_with('\u{feff}'),
        "a byte-order mark for spreadsheets"
    );
    // Rows end in CRLF; quoted notes may hold a bare LF inside.
    let rows: Vec<&str> = csv.trim_end_matches("\r\n").split("\r\n").collect();
    assert_eq!(rows.len(), bank.item_count() + 1);
    assert!(
        rows[0].ends_with("Score,Note,Evidence you could collect,Sources"),
        "{}",
        rows[0]
    );
    assert!(
        rows[1].contains(",75,\"Ask Dana, then the board, \"\"soon\"\"\nsecond line\","),
        "{}",
        rows[1]
    );
    // The evidence for the level answered, and the question's sources.
    let (_, first) = bank.items().next().unwrap_or_else(|| panic!("no item"));
    let grounding = Grounding::english().item(&first.id);
    let grounding = grounding.unwrap_or_else(|| panic!("{} is not grounded", first.id));
    if let Some(line) = grounding.evidence.get(3) {
        assert!(rows[1].contains(&**line), "{}", rows[1]);
    }
    let sources = Bibliography::english();
    let cited = sources.source(&grounding.sources[0].source);
    let cited = cited.unwrap_or_else(|| panic!("an unknown source"));
    assert!(rows[1].contains(&*cited.short), "{}", rows[1]);
    assert!(rows[2].contains(",Not sure,,"), "{}", rows[2]);
    // A note that looks like a formula is neutralised.
    assert!(
        rows[3].contains(",\"'=HYPERLINK(\"\"http://x\"\")\","),
        "{}",
        rows[3]
    );
}

/// Each case: user text and how Markdown must carry it.
#[test]
fn markdown_escapes_what_users_type() {
    fn check(input: &str, expected: &str) {
        assert_eq!(markdown_text(input), expected, "{input}");
    }
    check("plain words", "plain words");
    check("<b>bold</b>", "\\<b\\>bold\\</b\\>");
    check("*not* _emphasis_", "\\*not\\* \\_emphasis\\_");
    check("[link](http://x)", "\\[link\\]\\(http://x\\)");
    check("a | b", "a \\| b");
    check("two\nlines", "two lines");
}

#[test]
fn markdown_report_has_its_sections_and_escaped_notes() {
    let (bank, text, catalogue) = content();
    let md = to_markdown(
        export_content(&bank, &text, &catalogue),
        &sample(&bank),
        "2026-11-23",
    );
    for heading in [
        "# Your readiness results",
        "## Overall readiness",
        "## Verdict",
        "## Your next steps",
        "## Scores by area",
        "## Unknowns to resolve",
        "## Notes",
        "## Answers",
        "## Sources behind the questions",
    ] {
        assert!(md.contains(heading), "missing {heading}:\n{md}");
    }
    let byline = format!(
        "2026-11-23 · questionnaire edition {} · rules version 2",
        bank.edition
    );
    assert!(md.contains(&byline), "{md}");
    assert!(md.contains("=HYPERLINK\\(\"http://x\"\\)"), "{md}");
    // The verdict comes with its ladder, the reasons and the rule.
    assert!(md.contains("### What you may pilot, by risk"), "{md}");
    assert!(md.contains("- **Low-risk workflows: "), "{md}");
    assert!(
        md.contains("This is a self-assessment, not an audit."),
        "{md}"
    );
}

#[test]
fn the_markdown_report_lists_the_claimed_must_haves_with_their_evidence_or_as_self_reported() {
    let (bank, text, catalogue) = content();
    let mut record = Record::default();
    for (_, item) in bank.items() {
        record.set_answer(&item.id, Some(Answer::Level(3)));
    }
    record.set_answer("ethics.fairness-reviews", Some(Answer::Level(0)));
    record.set_evidence(
        "governance.use-policy",
        "AI use policy, board minutes 2026-10-02",
    );
    let md = to_markdown(
        export_content(&bank, &text, &catalogue),
        &record,
        "2026-11-30",
    );
    let section = md
        .split("## Evidence for the must-haves\n\n")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .unwrap_or_default();
    let lines: Vec<&str> = section.lines().collect();
    // Five must-haves claimed; fairness reviews, at "not reviewed", is not.
    assert_eq!(lines.len(), 5, "{section}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("AI use policy, board minutes 2026-10-02")),
        "{section}"
    );
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.ends_with("— self-reported"))
            .count(),
        4,
        "{section}"
    );
    assert!(!section.contains("fairness"), "{section}");
}

#[test]
fn the_markdown_report_says_for_whom_and_by_whom() {
    let (bank, text, catalogue) = content();
    let mut record = sample(&bank);
    record.report.district = "Riverside Unified *School* District".into();
    record.report.prepared_by = "Dana Ortiz, chief technology officer".into();
    let md = to_markdown(
        export_content(&bank, &text, &catalogue),
        &record,
        "2026-11-30",
    );
    assert!(
        md.contains("Riverside Unified \\*School\\* District  \n"),
        "{md}"
    );
    assert!(
        md.contains("Prepared by Dana Ortiz, chief technology officer  \n"),
        "{md}"
    );
}

/// Each case: a file's size and text, and the rejection it must get.
#[test]
fn bad_imports_are_rejected_with_a_reason() {
    fn check(size: usize, text: &str, expected: ImportError, says: &str) {
        let got = read(size, text);
        assert_eq!(got, Err(expected), "{text:.60}");
        let message = got
            .err()
            .map(|e| PartText::english().import_error(&e))
            .unwrap_or_default();
        assert!(
            !message.contains('{'),
            "every placeholder is filled: {message}"
        );
        assert!(
            message.contains(says),
            "\"{message}\" should say \"{says}\""
        );
    }
    check(
        IMPORT_MAX_BYTES + 1,
        "{}",
        ImportError::TooBig(IMPORT_MAX_BYTES + 1),
        "too big",
    );
    check(0, "  ", ImportError::Empty, "empty");
    check(
        9,
        "name,answer",
        ImportError::Record(RecordError::NotJson),
        "not in JSON format",
    );
    check(
        2,
        "{}",
        ImportError::Record(RecordError::WrongTool),
        "not saved by",
    );
    check(
        60,
        r#"{"app":"district-ai-readiness","schema_version":7}"#,
        ImportError::Record(RecordError::NewerVersion(7)),
        "newer version",
    );
    let damaged =
        r#"{"app":"district-ai-readiness","schema_version":2,"answers":{"a.b":{"level":9}}}"#;
    let got = read(damaged.len(), damaged);
    assert!(
        matches!(got, Err(ImportError::Record(RecordError::Invalid(_)))),
        "{got:?}"
    );
    assert!(got
        .err()
        .map(|e| PartText::english().import_error(&e))
        .unwrap_or_default()
        .starts_with("This file is damaged"));
}

#[test]
fn the_preview_counts_what_would_change() {
    let (bank, ..) = content();
    let current = sample(&bank);
    let mut incoming = current.clone();
    let first = bank
        .items()
        .next()
        .map(|(_, i)| i.id.clone())
        .unwrap_or_default();
    incoming.set_answer(&first, Some(Answer::Level(0)));
    incoming.set_note(&first, "");
    incoming.workflows.considered.push("faq-drafting".into());
    assert_eq!(
        preview(&current, &incoming),
        Preview {
            answers_in_file: 2,
            answers_changed: 1,
            notes_in_file: 1,
            notes_changed: 1,
            workflows_in_file: 1,
        }
    );
}

#[test]
fn the_plan_is_drafted_from_the_workflow_and_never_overwrites_typed_text() {
    use readiness_core::plan::{PilotPlan, PlanTemplate};
    let template = PlanTemplate::english().unwrap_or_else(|e| panic!("{e:?}"));
    let (_, _, catalogue) = content();
    let faq = catalogue
        .workflows
        .iter()
        .find(|w| w.id == "faq-drafting")
        .unwrap_or_else(|| panic!("faq-drafting"));
    let draft = template.draft(faq);
    assert_eq!(draft.get("workflow"), Some(&faq.name));
    assert!(draft
        .get("owner")
        .is_some_and(|o| o.starts_with(&faq.department)));
    assert_eq!(draft.get("metric"), Some(&faq.outcome));
    assert!(draft
        .get("reviewer")
        .is_some_and(|r| r.contains("every output")));
    assert!(
        draft.values().all(|v| !v.contains('{')),
        "unfilled placeholder in {draft:?}"
    );

    let mut plan = PilotPlan::default();
    plan.set_field("owner", "Maria Lopez, communications director");
    plan.redraft(&faq.id, draft.clone(), &Default::default());
    assert_eq!(plan.field("owner"), "Maria Lopez, communications director");
    assert_eq!(plan.field("workflow"), faq.name);
    assert_eq!(plan.drafted_for.as_deref(), Some("faq-drafting"));

    // Another workflow chosen: what is still the first draft follows it; typed text stays.
    let knowledge = catalogue
        .workflows
        .iter()
        .find(|w| w.id == "knowledge-retrieval")
        .unwrap_or_else(|| panic!("knowledge-retrieval"));
    plan.set_field("metric", "Minutes per reply, and replies a week");
    plan.redraft(&knowledge.id, template.draft(knowledge), &draft);
    assert_eq!(plan.field("workflow"), knowledge.name);
    assert_eq!(plan.field("owner"), "Maria Lopez, communications director");
    assert_eq!(
        plan.field("metric"),
        "Minutes per reply, and replies a week"
    );
    assert_eq!(plan.drafted_for.as_deref(), Some("knowledge-retrieval"));
}

#[test]
fn a_drafted_plan_never_claims_a_review_the_workflow_does_not_have() {
    use readiness_core::plan::PlanTemplate;
    let template = PlanTemplate::english().unwrap_or_else(|e| panic!("{e:?}"));
    let (_, _, catalogue) = content();
    for w in &catalogue.workflows {
        let draft = template.draft(w);
        let claims_review = draft.values().any(|v| {
            v.contains("review, edit and approve") || v.contains("reads and edits every output")
        });
        assert_eq!(claims_review, w.human_review, "{}", w.id);
        // The owner is a department, and the draft asks for a person.
        assert!(draft
            .get("owner")
            .is_some_and(|o| o.starts_with(&w.department) && o.contains("person")));
    }
}

#[test]
fn every_plan_field_id_is_unique() {
    use readiness_core::plan::PlanTemplate;
    let template = PlanTemplate::english().unwrap_or_else(|e| panic!("{e:?}"));
    let mut ids: Vec<&str> = template.fields().map(|f| f.id.as_str()).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count);
    assert!(
        count >= 15,
        "the plan covers governance, metrics, timeline and communication"
    );
}
