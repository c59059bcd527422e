//! Snapshots: taking, the limit, comparing each area then and now, and damaged snapshots.
#![cfg(not(target_arch = "wasm32"))]

use readiness_core::content::QuestionBank;
use readiness_core::record::{Answer, Record, RecordError};
use readiness_core::snapshots::{compare, take, SNAPSHOT_LIMIT};

#[test]
fn a_snapshot_keeps_the_answers_of_its_day_and_compares_with_now() {
    let bank = QuestionBank::english().clone();
    let governance = bank
        .dimension("governance")
        .unwrap_or_else(|| panic!("governance"));
    let mut record = Record::default();
    for item in governance.items.iter() {
        record.set_answer(&item.id, Some(Answer::Level(1)));
    }
    take(&mut record, "2026-05-01");
    for item in governance.items.iter() {
        record.set_answer(&item.id, Some(Answer::Level(3)));
    }
    let changes = compare(&bank, &record.snapshots[0], &record);
    let g = changes
        .iter()
        .find(|c| bank.dimensions[c.dimension].id == "governance")
        .unwrap_or_else(|| panic!("a governance row"));
    assert_eq!((g.then, g.now, g.delta()), (Some(25), Some(75), Some(50)));
    // An area unknown in both has no change to show.
    assert_eq!(changes[0].delta(), None);
    assert_eq!(record.snapshots[0].taken, "2026-05-01");
}

#[test]
fn only_the_newest_snapshots_are_kept() {
    let mut record = Record::default();
    for day in 0..SNAPSHOT_LIMIT + 3 {
        take(&mut record, &format!("day {day}"));
    }
    assert_eq!(record.snapshots.len(), SNAPSHOT_LIMIT);
    assert_eq!(record.snapshots[0].taken, "day 3");
}

#[test]
fn snapshots_survive_the_round_trip_and_damaged_ones_are_rejected() {
    let mut record = Record::default();
    record.set_answer("a.b", Some(Answer::NotSure));
    take(&mut record, "2026-11-23");
    assert_eq!(Record::from_json(&record.to_json()), Ok(record.clone()));
    let damaged = record.to_json().replace("\"not_sure\"", "{\"level\":8}");
    assert!(matches!(
        Record::from_json(&damaged),
        Err(RecordError::Invalid(_))
    ));
}
