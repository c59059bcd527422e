//! The small JSON reader and string writer behind the stored record (`core::json`): the
//! grammar's edge cases, and property tests against serde_json, which reads and writes
//! the same JSON.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use readiness_core::json::{push_string, Json, DEPTH_LIMIT};

fn parses(text: &str) -> bool {
    Json::parse(text).is_ok()
}

#[test]
fn values_of_every_kind_are_read() {
    let value = Json::parse(
        r#" {"a": [1, -2.5e3, true, false, null], "b": {"c": "d\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"}, "e": {}} "#,
    );
    let expected = Json::Object(vec![
        (
            "a".into(),
            Json::Array(vec![
                Json::Number("1".into()),
                Json::Number("-2.5e3".into()),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
            ]),
        ),
        (
            "b".into(),
            Json::Object(vec![(
                "c".into(),
                Json::String("d\"\\/\u{8}\u{c}\n\r\té😀".into()),
            )]),
        ),
        ("e".into(), Json::Object(vec![])),
    ]);
    assert_eq!(value, Ok(expected));
}

#[test]
fn what_json_does_not_allow_is_refused() {
    for text in [
        "",
        " ",
        "{",
        "{\"a\":1,}",
        "[1,]",
        "[1 2]",
        "{\"a\" 1}",
        "{a:1}",
        "'a'",
        "01",
        "1.",
        ".5",
        "-",
        "1e",
        "+1",
        "tru",
        "nul",
        "NaN",
        "\"a",
        "\"\\x\"",
        "\"\\u12\"",
        "\"\\ud83d\"",
        "\"\\ude00\"",
        "\"\\ud83d\\u0041\"",
        "\"tab\there\"",
        "{} {}",
        "[] x",
        "// comment\n{}",
    ] {
        assert!(!parses(text), "{text:?} was read");
    }
}

#[test]
fn nesting_is_limited_so_no_input_can_exhaust_the_stack() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parses(&nested(DEPTH_LIMIT)));
    assert!(!parses(&nested(DEPTH_LIMIT + 1)));
    // The same limit as serde_json's.
    assert!(serde_reads(&nested(DEPTH_LIMIT)));
    assert!(!serde_reads(&nested(DEPTH_LIMIT + 1)));
    assert!(!parses(&"[".repeat(1_000_000)));
    assert!(!parses(&"{\"a\":".repeat(100_000)));
}

#[test]
fn members_read_as_a_map_would_read_them() {
    let value = Json::parse(r#"{"a":1,"a":2,"n":null}"#).expect("valid JSON");
    assert_eq!(
        value.member("a"),
        Some(&Json::Number("2".into())),
        "the last of a repeated key"
    );
    assert_eq!(value.member("n"), None, "null is absent");
    assert_eq!(value.member("missing"), None);
    assert_eq!(Json::Array(vec![]).member("a"), None);
}

#[test]
fn only_plain_whole_numbers_are_whole_numbers() {
    let whole = |text: &str| Json::Number(text.into()).whole_number();
    assert_eq!(whole("0"), Some(0));
    assert_eq!(whole("18446744073709551615"), Some(u64::MAX));
    for text in ["18446744073709551616", "-1", "-0", "1.0", "1e2"] {
        assert_eq!(whole(text), None, "{text}");
    }
    assert_eq!(Json::String("1".into()).whole_number(), None);
}

/// serde_json refuses numbers beyond a double's range, which this reader keeps as text.
fn serde_reads(text: &str) -> bool {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(_) => true,
        Err(e) => e.to_string().starts_with("number out of range"),
    }
}

proptest! {
    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them(text in any::<String>()) {
        let mut written = String::new();
        push_string(&mut written, &text);
        prop_assert_eq!(&written, &serde_json::to_string(&text).unwrap_or_default());
        prop_assert_eq!(Json::parse(&written), Ok(Json::String(text)));
    }

    #[test]
    fn json_shaped_text_is_accepted_exactly_when_serde_json_accepts_it(
        text in r#"[\[\]{}",:0-9.eE+\-a-z\\ \t\n]{0,40}"#
    ) {
        prop_assert_eq!(parses(&text), serde_reads(&text), "{:?}", text);
    }

    #[test]
    fn arbitrary_text_is_accepted_exactly_when_serde_json_accepts_it(text in "\\PC{0,60}") {
        prop_assert_eq!(parses(&text), serde_reads(&text), "{:?}", text);
    }

    #[test]
    fn serde_json_values_are_read_back(value in json_value()) {
        let text = serde_json::to_string(&value).unwrap_or_default();
        prop_assert!(parses(&text), "{}", text);
        let pretty = serde_json::to_string_pretty(&value).unwrap_or_default();
        prop_assert_eq!(Json::parse(&pretty), Json::parse(&text));
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
