//! QR codes: the SVG path data, rasterised, decodes back to the exact text with `rqrr`.
#![cfg(not(target_arch = "wasm32"))]
// The parsing and decoding helpers are test code: a panic there is a failure with a message.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use readiness_core::qr::{qr_svg, QrError, QrSvg, QUIET_ZONE};

/// Pixels per module when rasterising.
const SCALE: usize = 4;

/// Parses one number at the start of `s`, returning it and the rest.
fn number(s: &str) -> (u32, &str) {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    assert!(end > 0, "expected a number at {s:.20?}");
    (s[..end].parse().unwrap(), &s[end..])
}

/// Parses the path into `(x, y, run)` triples, checking it is exactly the
/// `M{x} {y}h{n}v1h-{n}z` form `qr_svg` promises.
fn runs(path: &str) -> Vec<(u32, u32, u32)> {
    let mut out = Vec::new();
    let mut s = path;
    while !s.is_empty() {
        s = s.strip_prefix('M').expect("subpath starts with M");
        let (x, rest) = number(s);
        let rest = rest.strip_prefix(' ').expect("space between x and y");
        let (y, rest) = number(rest);
        let rest = rest.strip_prefix('h').expect("h after M");
        let (n, rest) = number(rest);
        let rest = rest.strip_prefix("v1h-").expect("v1h- after run");
        let (back, rest) = number(rest);
        assert_eq!(n, back, "subpath closes its own run");
        assert!(n > 0);
        s = rest.strip_prefix('z').expect("subpath ends with z");
        out.push((x, y, n));
    }
    out
}

/// Draws the code as a greyscale bitmap (0 dark, 255 light), `SCALE` pixels per module.
fn rasterise(qr: &QrSvg) -> (usize, Vec<u8>) {
    let modules = qr.size as usize;
    let mut dark = vec![false; modules * modules];
    let mut previous: Option<(u32, u32, u32)> = None;
    for (x, y, n) in runs(&qr.path) {
        assert!(x >= QUIET_ZONE && y >= QUIET_ZONE, "inside the quiet zone");
        assert!(x + n <= qr.size - QUIET_ZONE && y < qr.size - QUIET_ZONE);
        if let Some((px, py, pn)) = previous {
            // Rows go top to bottom, runs left to right, and touching runs are merged.
            assert!(y > py || (y == py && x > px + pn), "runs sorted and merged");
        }
        previous = Some((x, y, n));
        for i in x..x + n {
            dark[y as usize * modules + i as usize] = true;
        }
    }
    let w = modules * SCALE;
    let mut pixels = vec![255u8; w * w];
    for (py, row) in pixels.chunks_mut(w).enumerate() {
        for (px, p) in row.iter_mut().enumerate() {
            if dark[(py / SCALE) * modules + px / SCALE] {
                *p = 0;
            }
        }
    }
    (w, pixels)
}

/// Rasterises and decodes the code; exactly one QR code must be found.
fn decode(qr: &QrSvg) -> String {
    let (w, pixels) = rasterise(qr);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, w, |x, y| pixels[y * w + x]);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code found");
    let (_meta, text) = grids[0].decode().expect("decodes");
    text
}

fn round_trip(text: &str) {
    let qr = qr_svg(text).expect("fits");
    assert_eq!(decode(&qr), text);
}

/// A share link of exactly `len` characters, with a URL-safe base64-like fragment.
fn share_link(len: usize) -> String {
    let mut s = String::from("https://example.org/readiness/#share=1.");
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut i = 7usize;
    while s.len() < len {
        i = (i * 31 + 11) % alphabet.len();
        s.push(alphabet[i] as char);
    }
    s
}

#[test]
fn short_url_round_trips_in_a_small_code() {
    let text = "https://example.org/readiness/";
    round_trip(text);
    let qr = qr_svg(text).unwrap();
    // Version 2 or 3 (25 or 29 modules) plus the quiet zone.
    assert!(qr.size <= 29 + 2 * QUIET_ZONE, "size {}", qr.size);
}

#[test]
fn url_with_fragment_round_trips() {
    round_trip("https://example.org/#share=1.AbC-_xyz");
}

#[test]
fn url_of_300_characters_round_trips() {
    let text = share_link(300);
    assert_eq!(text.len(), 300);
    round_trip(&text);
}

#[test]
fn longest_share_link_of_2000_characters_round_trips() {
    let text = share_link(2000);
    assert_eq!(text.len(), 2000);
    round_trip(&text);
}

#[test]
fn text_of_5000_characters_is_too_long() {
    let text = share_link(5000);
    assert_eq!(qr_svg(&text), Err(QrError::TooLong));
}

#[test]
fn size_includes_the_quiet_zone_and_matches_a_qr_version() {
    let qr = qr_svg("x").unwrap();
    assert_eq!(qr.size, 21 + 2 * QUIET_ZONE);
    let modules = qr.size - 2 * QUIET_ZONE;
    assert_eq!((modules - 17) % 4, 0);
}

#[test]
fn svg_document_escapes_the_title_and_carries_the_path() {
    let qr = qr_svg("https://example.org/").unwrap();
    let doc = qr.svg_document("Share <this> & \"that\"");
    assert!(doc.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(doc.contains(&format!("viewBox=\"0 0 {0} {0}\"", qr.size)));
    assert!(doc.contains("<title>Share &lt;this&gt; &amp; &quot;that&quot;</title>"));
    assert!(doc.contains(&qr.path));
    assert!(doc.ends_with("</svg>"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn any_ascii_url_round_trips(text in "[A-Za-z0-9:/?#@!$&'()*+,;=._~%\\[\\]-]{1,300}") {
        let qr = qr_svg(&text).unwrap();
        prop_assert_eq!(decode(&qr), text);
    }
}
