//! What grounds the content: every question names the sources it draws on, every source
//! is an entry of the bibliography, must-haves and most other questions say what evidence
//! a district could collect at each level, and every question names the level a district
//! that has not started any AI work would choose.

use readiness_core::content::{ContentError, QuestionBank, LEVEL_COUNT};
use readiness_core::grounding::{Bibliography, Citation, Grounding};

const QUESTIONNAIRE: &str = include_str!("../../../content/en/questionnaire.json");
const SOURCES: &str = include_str!("../../../content/en/sources.json");

fn bank() -> &'static QuestionBank {
    QuestionBank::english()
}

#[test]
fn the_compiled_grounding_and_bibliography_are_the_files() {
    let read = Grounding::from_json(QUESTIONNAIRE).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(&read, Grounding::english());
    let read = Bibliography::from_json(SOURCES).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(&read, Bibliography::english());
}

#[test]
fn every_question_cites_sources_of_the_bibliography() {
    assert_eq!(Bibliography::english().validate(), Ok(()));
    assert_eq!(
        Grounding::english().validate(bank(), Bibliography::english()),
        Ok(())
    );
}

#[test]
fn a_question_without_a_source_or_citing_an_unknown_one_is_refused() {
    let sources = Bibliography::english();
    let check = |edit: &dyn Fn(&mut Grounding), expected: &str| {
        let mut grounding = Grounding::english().clone();
        edit(&mut grounding);
        assert_eq!(
            grounding.validate(bank(), sources),
            Err(ContentError(expected.to_owned()))
        );
    };
    let first = bank().items().next().map(|(_, i)| i.id.to_string());
    let first = first.as_deref().unwrap_or_default();
    check(
        &|g| g.items.to_mut()[0].sources = Vec::new().into(),
        &format!("item \"{first}\" names no source"),
    );
    check(
        &|g| {
            g.items.to_mut()[0].sources = vec![Citation {
                source: "a-blog-post".into(),
                section: None,
            }]
            .into()
        },
        &format!("item \"{first}\" cites \"a-blog-post\", which is not in the bibliography"),
    );
    check(
        &|g| g.items.to_mut()[0].evidence = vec!["A signed agreement".into()].into(),
        &format!("item \"{first}\" has 1 evidence lines; it needs none or {LEVEL_COUNT}"),
    );
    check(
        &|g| {
            g.items.to_mut().pop();
        },
        "the items' sources are not one per item, in the bank's order",
    );
}

#[test]
fn a_bibliography_entry_needs_its_words_and_a_safe_address() {
    let mut sources = Bibliography::english().clone();
    sources.sources.to_mut()[0].url = Some("http://example.org".into());
    let id = sources.sources[0].id.to_string();
    assert_eq!(
        sources.validate(),
        Err(ContentError(format!(
            "source \"{id}\" has an address that is not https://"
        )))
    );
    let mut sources = Bibliography::english().clone();
    let copy = sources.sources[0].clone();
    sources.sources.to_mut().push(copy);
    assert_eq!(
        sources.validate(),
        Err(ContentError(format!("source \"{id}\" is listed twice")))
    );
}

/// The items as the file has them, with the fields only the content tests read.
fn file_items() -> Vec<serde_json::Value> {
    let file: serde_json::Value =
        serde_json::from_str(QUESTIONNAIRE).unwrap_or_else(|e| panic!("{e}"));
    file["dimensions"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|d| d["items"].as_array().cloned().unwrap_or_default())
        .collect()
}

/// First-time districts are the main users: every question names the level a district
/// that has not started any AI work would choose, so none is pushed to "Not sure" or to a
/// level that reads as failure for not having piloted yet.
#[test]
fn every_question_names_the_level_of_a_district_that_has_not_started() {
    let items = file_items();
    assert_eq!(items.len(), bank().item_count());
    for item in &items {
        let level = item["first_time"].as_u64();
        assert!(
            level.is_some_and(|l| (l as usize) < LEVEL_COUNT),
            "{}: first_time must be a level from 0 to {}",
            item["id"],
            LEVEL_COUNT - 1
        );
    }
}

/// "Evidence you could collect": every must-have has a line per level, and so do at least
/// half of the other questions.
#[test]
fn must_haves_and_most_questions_say_what_evidence_to_collect() {
    let grounding = Grounding::english();
    let with_evidence = |id: &str| grounding.item(id).is_some_and(|g| !g.evidence.is_empty());
    let (must, other): (Vec<_>, Vec<_>) = bank()
        .items()
        .map(|(_, item)| item)
        .partition(|item| !item.must_have.is_empty());
    for item in &must {
        assert!(
            with_evidence(&item.id),
            "must-have {} has no evidence lines",
            item.id
        );
    }
    let covered = other.iter().filter(|i| with_evidence(&i.id)).count();
    assert!(
        covered * 2 >= other.len(),
        "{covered} of {} others",
        other.len()
    );
}

/// Every entry of the bibliography is cited by some question or check of the vendor
/// checklist: it lists what the content draws on, nothing else.
#[test]
fn every_bibliography_entry_is_cited() {
    let grounding = Grounding::english();
    let checklist =
        readiness_core::vendors::Checklist::english().unwrap_or_else(|e| panic!("{e:?}"));
    for source in Bibliography::english().sources.iter() {
        let cited = grounding
            .items
            .iter()
            .flat_map(|g| g.sources.iter())
            .chain(checklist.checks.iter().flat_map(|c| c.sources.iter()))
            .any(|c| c.source == source.id);
        assert!(cited, "{} is cited by no question or check", source.id);
    }
}

/// Questions, levels and evidence lines short enough to read on a 360-pixel phone.
#[test]
fn questions_levels_and_evidence_fit_a_phone() {
    for (_, item) in bank().items() {
        assert!(item.question.chars().count() <= 170, "{}", item.id);
        for level in item.levels.iter() {
            assert!(level.chars().count() <= 110, "{}: {level}", item.id);
        }
    }
    for g in Grounding::english().items.iter() {
        for line in g.evidence.iter() {
            assert!(line.chars().count() <= 90, "{}: {line}", g.id);
        }
    }
}

/// A source cited twice is named once, with both sections; one without a section is named
/// alone.
#[test]
fn a_citation_line_names_each_source_once() {
    use readiness_core::text::PartText;
    use readiness_core::wording::citation_line;
    let cite = |source: &str, section: Option<&str>| Citation {
        source: source.to_owned().into(),
        section: section.map(|s| s.to_owned().into()),
    };
    let line = citation_line(
        PartText::english(),
        Bibliography::english(),
        &[
            cite(
                "implementation-plan",
                Some("Phase 1: Identify one workflow"),
            ),
            cite("ferpa", None),
            cite(
                "implementation-plan",
                Some("Phase 2: Define governance and approvals"),
            ),
            cite("not-in-the-bibliography", None),
        ],
    );
    assert_eq!(
        line,
        "SchoolAmplified, A Practical AI Implementation Plan for School Districts (2026): Phase 1: Identify one workflow; \
         Phase 2: Define governance and approvals · FERPA"
    );
}
