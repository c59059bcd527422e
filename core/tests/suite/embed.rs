//! Embedding options read from the address: what `embed.js` sends is understood, and
//! nothing invalid — however it is written — gets through.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use readiness_core::embed::{EmbedOptions, HexColour, StartMode, Theme};

/// The options `query` gives, as (embedded, accent, theme, mode).
fn check(query: &str, expected: (bool, Option<&str>, Option<Theme>, Option<StartMode>)) {
    let options = EmbedOptions::from_query(query);
    let accent = options.accent.as_ref().map(HexColour::hex);
    let actual = (
        options.embedded,
        accent.as_deref(),
        options.theme,
        options.mode,
    );
    assert_eq!(actual, expected, "query {query:?}");
}

#[test]
fn what_embed_js_sends_is_read_back() {
    check(
        "?embed=1&accent=%231f5f8b&theme=dark&mode=pulse",
        (
            true,
            Some("#1f5f8b"),
            Some(Theme::Dark),
            Some(StartMode::Pulse),
        ),
    );
    check(
        "?embed=1&theme=light&mode=full",
        (true, None, Some(Theme::Light), Some(StartMode::Full)),
    );
    check("?embed=1", (true, None, None, None));
    // The leading `?` is optional and the order does not matter.
    check(
        "mode=full&accent=%23ABC&embed=1",
        (true, Some("#aabbcc"), None, Some(StartMode::Full)),
    );
}

#[test]
fn without_embed_1_only_the_mode_applies() {
    // The presenter's QR code opens the full page in pulse mode; styling needs embed=1.
    assert_eq!(
        EmbedOptions::from_query("?accent=%231f5f8b&theme=dark&mode=pulse"),
        EmbedOptions {
            mode: Some(StartMode::Pulse),
            ..EmbedOptions::default()
        }
    );
    // The presenter page, with or without a value.
    for query in ["?present", "?present=1", "?theme=dark&present"] {
        assert_eq!(
            EmbedOptions::from_query(query),
            EmbedOptions {
                present: true,
                ..EmbedOptions::default()
            },
            "{query:?}"
        );
    }
    for query in [
        "",
        "?",
        "?accent=%231f5f8b&theme=dark",
        "?embed=0&theme=dark",
        "?embed=true&theme=dark",
        "?embed&theme=dark",
        "?embed=1&embed=0&theme=dark",
    ] {
        assert_eq!(
            EmbedOptions::from_query(query),
            EmbedOptions::default(),
            "{query:?}"
        );
    }
}

#[test]
fn invalid_values_are_ignored_one_by_one() {
    check(
        "?embed=1&accent=red&theme=purple&mode=quick",
        (true, None, None, None),
    );
    // An unescaped `#` would have ended the query in a real address; here it is plain text.
    check(
        "?embed=1&accent=#123456",
        (true, Some("#123456"), None, None),
    );
    check(
        "?embed=1&accent=%231f5f8b%3B%20background%3Aurl(x)&theme=dark",
        (true, None, Some(Theme::Dark), None),
    );
    check("?embed=1&theme=Dark&mode=PULSE", (true, None, None, None));
    check("?embed=1&unknown=1&=&&accent", (true, None, None, None));
}

#[test]
fn a_later_valid_value_wins_and_a_later_invalid_one_is_ignored() {
    check(
        "?embed=1&theme=light&theme=dark&theme=purple",
        (true, None, Some(Theme::Dark), None),
    );
    check(
        "?embed=1&accent=%23111&accent=oops",
        (true, Some("#111111"), None, None),
    );
}

#[test]
fn percent_escapes_and_plus_signs_are_decoded_and_broken_ones_drop_the_pair() {
    check(
        "?%65mbed=%31&th%65me=d%61rk",
        (true, None, Some(Theme::Dark), None),
    );
    check("?embed=1&mode=+pulse", (true, None, None, None));
    check("?embed=1&theme=dark%", (true, None, None, None));
    check("?embed=1&theme=dark%2", (true, None, None, None));
    check("?embed=1&theme=%zzdark", (true, None, None, None));
    // Not UTF-8 once decoded.
    check("?embed=1&theme=%ff%fe", (true, None, None, None));
    check("?embed=%31&theme=%E2%82%AC", (true, None, None, None));
}

#[test]
fn accents_are_hex_colours_of_three_or_six_digits() {
    for (given, hex) in [
        ("#1f5f8b", Some("#1f5f8b")),
        ("#1F5F8B", Some("#1f5f8b")),
        ("#fff", Some("#ffffff")),
        ("#0a9", Some("#00aa99")),
        ("1f5f8b", None),
        ("#1f5f8", None),
        ("#1f5f8b0", None),
        ("#1f5f8bff", None),
        ("#ggg", None),
        ("# fff", None),
        ("#", None),
        ("", None),
        ("red", None),
        ("rgb(1,2,3)", None),
        ("#fff;color:red", None),
        ("#１２３", None),
    ] {
        assert_eq!(
            HexColour::parse(given)
                .as_ref()
                .map(HexColour::hex)
                .as_deref(),
            hex,
            "{given:?}"
        );
    }
}

#[test]
fn text_on_an_accent_is_whichever_of_white_and_near_black_reads_better() {
    for (accent, text) in [
        ("#1f5f8b", "#ffffff"),
        ("#000000", "#ffffff"),
        ("#a4262c", "#ffffff"),
        ("#ffffff", "#111111"),
        ("#ffcc00", "#111111"),
        ("#7cb8e4", "#111111"),
    ] {
        assert_eq!(colour(accent).text_colour().hex(), text, "{accent}");
    }
}

fn colour(hex: &str) -> HexColour {
    HexColour::parse(hex).unwrap_or_else(|| panic!("{hex} is a colour"))
}

#[test]
fn a_readable_shade_is_the_colour_itself_when_it_reads_already() {
    let light = colour("#f6f7f9");
    let dark = colour("#1b2128");
    assert_eq!(colour("#1f5f8b").readable_on(&light).hex(), "#1f5f8b");
    assert_eq!(colour("#7cb8e4").readable_on(&dark).hex(), "#7cb8e4");
}

#[test]
fn a_readable_shade_darkens_on_light_and_lightens_on_dark_just_enough() {
    let light = colour("#f6f7f9");
    let dark = colour("#1b2128");
    for (accent, background) in [
        ("#ffcc00", light),
        ("#ffffff", light),
        ("#1f5f8b", dark),
        ("#000000", dark),
        ("#e07000", light),
        ("#e07000", dark),
    ] {
        let shade = colour(accent).readable_on(&background);
        assert!(
            shade.contrast(&background) >= 4.5,
            "{accent} on {} gave {}",
            background.hex(),
            shade.hex()
        );
    }
    // Darker on light, lighter on dark: further from white, nearer to it.
    let white = colour("#fff");
    let yellow = colour("#ffcc00");
    assert!(yellow.readable_on(&light).contrast(&white) > yellow.contrast(&white));
    let blue = colour("#1f5f8b");
    assert!(blue.readable_on(&dark).contrast(&white) < blue.contrast(&white));
}

#[test]
fn contrast_matches_the_wcag_examples() {
    let ratio = colour("#000").contrast(&colour("#fff"));
    assert!((ratio - 21.0).abs() < 1e-9, "{ratio}");
    // #767676 on white is the classic 4.54:1.
    let ratio = colour("#767676").contrast(&colour("#ffffff"));
    assert!((ratio - 4.54).abs() < 0.01, "{ratio}");
}

#[test]
fn themes_name_the_attribute_value_they_parse_from() {
    for theme in [Theme::Light, Theme::Dark] {
        assert_eq!(Theme::parse(theme.as_str()), Some(theme));
    }
}

fn is_lowercase_hex_colour(text: &str) -> bool {
    text.len() == 7
        && text.starts_with('#')
        && text[1..]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics_and_only_hex_colours_come_through(text in "\\PC{0,120}") {
        let options = EmbedOptions::from_query(&text);
        if let Some(accent) = options.accent {
            prop_assert!(is_lowercase_hex_colour(&accent.hex()), "{:?}", accent);
        }
    }

    #[test]
    fn query_shaped_text_never_panics_and_only_hex_colours_come_through(
        text in r"\??((embed|accent|theme|mode|x|%[0-9a-fA-F]{0,2})(=([#%+;:()a-zA-Z0-9]|%23|%[0-9a-fA-F]{0,2}){0,9})?&?){0,6}"
    ) {
        let options = EmbedOptions::from_query(&text);
        if let Some(accent) = &options.accent {
            prop_assert!(is_lowercase_hex_colour(&accent.hex()), "{:?}", accent);
        }
        if !options.embedded {
            prop_assert_eq!(
                options.clone(),
                EmbedOptions { mode: options.mode, present: options.present, ..EmbedOptions::default() }
            );
        }
    }

    #[test]
    fn every_hex_colour_embed_js_accepts_comes_through(digits in "[0-9a-fA-F]{3}|[0-9a-fA-F]{6}") {
        let options = EmbedOptions::from_query(&format!("?embed=1&accent=%23{digits}"));
        let hex = options.accent.as_ref().map(HexColour::hex).unwrap_or_default();
        prop_assert!(is_lowercase_hex_colour(&hex), "{}", hex);
        let doubled: String = digits.chars().flat_map(|c| [c, c]).collect();
        let expected = if digits.len() == 6 { digits } else { doubled };
        prop_assert_eq!(&hex[1..], expected.to_ascii_lowercase());
    }

    #[test]
    fn every_colour_gets_a_readable_shade_on_both_backgrounds(r in any::<u8>(), g in any::<u8>(), b in any::<u8>()) {
        let accent = HexColour::new([r, g, b]);
        for background in [HexColour::new([0xf6, 0xf7, 0xf9]), HexColour::new([0x1b, 0x21, 0x28])] {
            prop_assert!(accent.readable_on(&background).contrast(&background) >= 4.5);
        }
    }
}

/// The sRGB curve's power without `powf` (`core::embed`'s own): the same luminance, and so
/// the same colours, for every channel value.
#[test]
fn every_grey_has_the_luminance_the_wcag_formula_gives() {
    for c in 0..=255u8 {
        let srgb = f64::from(c) / 255.0;
        let linear = if srgb <= 0.039_28 {
            srgb / 12.92
        } else {
            ((srgb + 0.055) / 1.055).powf(2.4)
        };
        let expected = (linear + 0.05) / 0.05;
        let grey = HexColour::new([c; 3]);
        let got = grey.contrast(&HexColour::new([0; 3]));
        assert!((got - expected).abs() < 1e-12, "{c}: {got} vs {expected}");
    }
}
