//! The embed options' reader: any query string gives options, only valid hex colours come
//! through, and a page not embedded takes nothing but the mode. It never panics.
#![no_main]

use readiness_core::embed::EmbedOptions;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let options = EmbedOptions::from_query(&query);
    if let Some(accent) = &options.accent {
        let hex = accent.hex();
        assert!(hex.len() == 7 && hex.starts_with('#'), "{hex}");
        assert!(hex[1..].bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
    }
    if !options.embedded {
        assert!(options.accent.is_none() && options.theme.is_none());
    }
});
