//! The share-link decoder: any fragment is ignored, refused with a `ShareError`, or gives
//! answers that encode back to a fragment decoding to the same answers. It never panics.
#![no_main]

use readiness_core::content::QuestionBank;
use readiness_core::share::{decode_fragment, encode_fragment, is_share_fragment};
use libfuzzer_sys::fuzz_target;

fn bank() -> &'static QuestionBank {
    QuestionBank::english()
}

fuzz_target!(|data: &[u8]| {
    let fragment = String::from_utf8_lossy(data);
    for candidate in [fragment.to_string(), format!("share={fragment}")] {
        // The first download's check agrees with the decoder on what claims to be a link.
        assert_eq!(is_share_fragment(&candidate), decode_fragment(bank(), &candidate).is_some());
        if let Some(Ok(answers)) = decode_fragment(bank(), &candidate) {
            let again = encode_fragment(bank(), &answers);
            assert_eq!(decode_fragment(bank(), &again), Some(Ok(answers)));
        }
    }
});
