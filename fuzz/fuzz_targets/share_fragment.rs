//! The share-link decoder: any fragment is ignored, refused with a `ShareError`, or gives
//! answers that encode back to a fragment decoding to the same answers to this edition's
//! questions. It never panics.
#![no_main]

use readiness_core::content::QuestionBank;
use readiness_core::editions::History;
use readiness_core::share::{decode_fragment, encode_fragment, is_share_fragment};
use libfuzzer_sys::fuzz_target;

fn bank() -> &'static QuestionBank {
    QuestionBank::english()
}

fuzz_target!(|data: &[u8]| {
    let history = History::english();
    let fragment = String::from_utf8_lossy(data);
    for candidate in [fragment.to_string(), format!("share={fragment}")] {
        // The first download's check agrees with the decoder on what claims to be a link.
        let decoded = decode_fragment(bank(), history, &candidate);
        assert_eq!(is_share_fragment(&candidate), decoded.is_some());
        if let Some(Ok(shared)) = decoded {
            let again = encode_fragment(bank(), &shared.answers);
            let Some(Ok(reread)) = decode_fragment(bank(), history, &again) else {
                panic!("a link this build made cannot be read: {again}");
            };
            // Answers to questions no longer asked are not carried by a new link.
            let mut asked = shared.answers;
            asked.retain(|id, _| bank().item(id).is_some());
            assert_eq!(reread.answers, asked);
            assert_eq!(reread.edition, bank().edition);
        }
    }
});
