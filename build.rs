//! Compiles the interface text, `content/en/ui.json`, into a Rust constant of type
//! `core::text::UiText` (`$OUT_DIR/ui_en.rs`, included by `src/core/text.rs`).
//!
//! The app then carries no code to read it, and the compiler checks it: an entry that is
//! missing, misspelt or of the wrong shape is a build error, not a message on a phone.
//! Texts are written as Rust string literals; lists as arrays; the one kind of object in
//! the file, a text per verdict, as `Verdicts`.

use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs};

use serde_json::Value;

const SOURCE: &str = "content/en/ui.json";

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed={SOURCE}");
    let json = fs::read_to_string(SOURCE).map_err(|e| format!("cannot read {SOURCE}: {e}"))?;
    let Value::Object(entries) =
        serde_json::from_str(&json).map_err(|e| format!("{SOURCE} is not valid JSON: {e}"))?
    else {
        return Err(format!("{SOURCE} must hold one JSON object").into());
    };
    let mut rust = String::from("UiText {\n");
    for (name, value) in &entries {
        writeln!(rust, "    {name}: {},", literal(name, value)?)?;
    }
    rust.push_str("}\n");
    let out = PathBuf::from(env::var("OUT_DIR")?).join("ui_en.rs");
    fs::write(&out, rust)?;
    Ok(())
}

/// The Rust expression for one entry's value.
fn literal(name: &str, value: &Value) -> Result<String, String> {
    match value {
        // `{:?}` writes a valid Rust string literal: quotes and backslashes escaped.
        Value::String(text) => Ok(format!("{text:?}")),
        Value::Array(texts) => {
            let items: Result<Vec<String>, String> =
                texts.iter().map(|text| literal(name, text)).collect();
            Ok(format!("[{}]", items?.join(", ")))
        }
        Value::Object(fields) => {
            let fields: Result<Vec<String>, String> = fields
                .iter()
                .map(|(field, text)| Ok(format!("{field}: {}", literal(name, text)?)))
                .collect();
            Ok(format!("Verdicts {{ {} }}", fields?.join(", ")))
        }
        other => Err(format!(
            "{SOURCE}: \"{name}\" must be a text, a list of texts or an object of texts, not {other}"
        )),
    }
}
