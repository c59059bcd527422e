//! The importer: any file either fails with an `ImportError` or gives a record whose export
//! imports back unchanged. It never panics.
#![no_main]

use readiness_core::export::to_json;
use readiness_core::import::read;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(record) = read(data.len(), &text) {
        let again = to_json(&record);
        assert_eq!(read(again.len(), &again), Ok(record));
    }
});
