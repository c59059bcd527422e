//! The report as a document for a word processor: the `.docx` is a zip archive whose every
//! entry reads back with its checksum, the XML and HTML escape whatever was typed, and the
//! report's document holds what the printed report holds.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use readiness_core::content::{Advice, QuestionBank};
use readiness_core::document::{crc32, Block, Document, Entry, Run};
use readiness_core::editions::History;
use readiness_core::export::{to_document, ExportContent};
use readiness_core::grounding::{Bibliography, Grounding};
use readiness_core::plan::PlanTemplate;
use readiness_core::record::{Answer, Record};
use readiness_core::text::PartText;
use readiness_core::workflows::Catalogue;

/// The entries of a zip archive of stored entries, read as a word processor would: from
/// the end-of-directory record, through the central directory, to each local header; each
/// entry's checksum is checked.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]) as usize;
    let u32_at = |at: usize| {
        u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize
    };
    let end = bytes.len() - 22;
    assert_eq!(u32_at(end), 0x0605_4b50, "end of central directory");
    let count = u16_at(end + 10);
    let mut at = u32_at(end + 16);
    let mut entries = Vec::new();
    for _ in 0..count {
        assert_eq!(u32_at(at), 0x0201_4b50, "central directory entry");
        assert_eq!(u16_at(at + 10), 0, "stored");
        let crc = u32_at(at + 16);
        let size = u32_at(at + 24);
        let name_len = u16_at(at + 28);
        let local = u32_at(at + 42);
        let name = String::from_utf8(bytes[at + 46..at + 46 + name_len].to_vec());
        let name = name.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(u32_at(local), 0x0403_4b50, "local header of {name}");
        let data_at = local + 30 + u16_at(local + 26) + u16_at(local + 28);
        let data = bytes[data_at..data_at + size].to_vec();
        assert_eq!(crc32(&data) as usize, crc, "checksum of {name}");
        entries.push((name, data));
        at += 46 + name_len;
    }
    entries
}

fn part(entries: &[(String, Vec<u8>)], name: &str) -> String {
    let (_, data) = entries
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} is missing"));
    String::from_utf8(data.clone()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn crc32_is_the_one_zip_uses() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn a_docx_holds_the_parts_word_needs_and_escapes_what_was_typed() {
    let mut doc = Document::default();
    doc.heading(1, "Lakeside <Unified> & “friends”");
    doc.runs(vec![
        Run::bold("Verdict"),
        Run::plain(" — line one\nline two"),
    ]);
    doc.list(
        true,
        vec![Entry {
            runs: vec![Run::plain("Step <script>alert(1)</script>")],
            under: vec!["because \"so\"".to_owned()],
        }],
    );
    doc.table(
        vec!["Area".to_owned(), "Score".to_owned()],
        vec![vec!["Data & privacy".to_owned(), "40".to_owned()]],
    );
    let entries = unzip(&doc.to_docx());
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/document.xml"
        ]
    );
    let body = part(&entries, "word/document.xml");
    assert!(body.contains("<w:pStyle w:val=\"Title\"/>"));
    assert!(body.contains("Lakeside &lt;Unified&gt; &amp; “friends”"));
    assert!(body.contains("<w:b/></w:rPr><w:t xml:space=\"preserve\">Verdict</w:t>"));
    assert!(body.contains("line one</w:t><w:br/>"));
    assert!(body.contains("Step &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!body.contains("<script>"));
    assert!(body.contains("<w:tbl>") && body.contains("Data &amp; privacy"));
    for style in [
        "Title",
        "Heading1",
        "Heading2",
        "ListEntry",
        "ListUnder",
        "ReportTable",
    ] {
        assert!(
            part(&entries, "word/styles.xml").contains(&format!("w:styleId=\"{style}\"")),
            "{style}"
        );
    }
}

#[test]
fn the_html_for_the_clipboard_keeps_structure_and_escapes_text() {
    let mut doc = Document::default();
    doc.heading(2, "Next <steps>");
    doc.list(
        false,
        vec![Entry::of(vec![Run::bold("A & B"), Run::plain(" <i>x</i>")])],
    );
    doc.table(vec!["Area".to_owned()], vec![vec!["\"quoted\"".to_owned()]]);
    let html = doc.to_html();
    assert!(html.contains("<h2>Next &lt;steps&gt;</h2>"));
    assert!(html.contains("<ul><li><strong>A &amp; B</strong> &lt;i&gt;x&lt;/i&gt;</li></ul>"));
    assert!(html.contains("<th>Area</th>") && html.contains("<td>&quot;quoted&quot;</td>"));
    assert!(doc.to_text().contains("• A & B <i>x</i>"));
}

fn any_text() -> impl Strategy<Value = String> {
    "\\PC{0,30}|[<>&\"\u{0}-\u{1f}]{0,8}|\\PC{0,5}<x-[a-z]{1,8}>\\PC{0,5}"
}

proptest! {
    /// Whatever is typed, the archive reads back whole, and a tag typed in (`<x-…>`, which
    /// neither format uses itself) never reaches the XML or the HTML as markup.
    #[test]
    fn any_text_makes_a_readable_archive_and_escaped_markup(
        texts in prop::collection::vec(any_text(), 1..6),
    ) {
        let mut doc = Document::default();
        for text in &texts {
            doc.heading(2, text.clone());
            doc.paragraph(text.clone());
            doc.list(false, vec![Entry { runs: vec![Run::bold(text.clone())], under: vec![text.clone()] }]);
            doc.table(vec![text.clone()], vec![vec![text.clone()]]);
        }
        let entries = unzip(&doc.to_docx());
        prop_assert_eq!(entries.len(), 5);
        let body = part(&entries, "word/document.xml");
        let html = doc.to_html();
        for text in &texts {
            if let Some(at) = text.find("<x-") {
                let tag = &text[at..=at + text[at..].find('>').unwrap_or(0)];
                prop_assert!(!body.contains(tag), "{} in the XML", tag);
                prop_assert!(!html.contains(tag), "{} in the HTML", tag);
            }
        }
        // No character XML forbids.
        prop_assert!(!body.chars().any(|c| c < ' ' && !matches!(c, '\t' | '\n' | '\r')));
    }
}

#[test]
fn the_reports_document_holds_what_the_printed_report_holds() {
    let bank = QuestionBank::english();
    let text = PartText::english();
    let catalogue = Catalogue::english().unwrap_or_else(|e| panic!("{e:?}"));
    let plan = PlanTemplate::english().unwrap_or_else(|e| panic!("{e:?}"));
    let content = ExportContent {
        bank,
        advice: Advice::english(),
        catalogue: &catalogue,
        grounding: Grounding::english(),
        sources: Bibliography::english(),
        history: History::english(),
        text,
    };
    let mut record = Record::default();
    for (i, (_, item)) in bank.items().enumerate() {
        record.set_answer(&item.id, Some(Answer::Level((i % 4) as u8 + 1)));
    }
    record.report.district = "Lakeside <Unified>".to_owned();
    record.plan.set_field("owner", "Director of Communications");
    let doc = to_document(content, &plan, &record, "2026-11-30");
    let headings: Vec<&str> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(level, text) if *level <= 2 => Some(text.as_str()),
            _ => None,
        })
        .collect();
    for expected in [
        text.report_title,
        text.verdict_heading,
        text.next_steps_heading,
        text.chart_heading,
        text.plan_heading,
    ] {
        assert!(headings.contains(&expected), "{expected} in {headings:?}");
    }
    let all = doc.to_text();
    assert!(all.contains("Lakeside <Unified>"));
    assert!(all.contains("Director of Communications"));
    assert!(all.contains("2026-11-30"));
    // One row per area in the scores table.
    let areas = doc.blocks.iter().find_map(|b| match b {
        Block::Table { rows, .. } => Some(rows.len()),
        _ => None,
    });
    assert_eq!(areas, Some(bank.dimensions.len()));
    assert!(doc.to_html().contains("Lakeside &lt;Unified&gt;"));
}
