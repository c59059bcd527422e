//! The stored record's decoder: any text either fails with a `RecordError` or gives a record
//! that survives a save and a reload unchanged. It never panics.
#![no_main]

use readiness_core::record::Record;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(record) = Record::from_json(&text) {
        assert_eq!(Record::from_json(&record.to_json()), Ok(record));
    }
});
