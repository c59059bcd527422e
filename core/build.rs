//! Compiles content into Rust constants, so the app carries no code to read it and does
//! no work at start:
//! - the interface text, `content/en/ui.json` and `ui-parts.json`, into a
//!   `text::UiText` and a `text::PartText` (`$OUT_DIR/ui_en.rs`,
//!   `ui_parts_en.rs`). The compiler checks them: an entry that is missing, misspelt or
//!   of the wrong shape is a build error, not a message on a phone. Texts are written as
//!   Rust string literals; lists as arrays; the one kind of object in the files, a text
//!   per verdict, as `Verdicts`.
//! - the question bank, `content/en/questionnaire.json`, into a `content::QuestionBank`
//!   (`$OUT_DIR/questionnaire_en.rs`) and its dimensions' recommendations into a
//!   `content::Advice` (`advice_en.rs`), their texts and lists borrowed `Cow`s. A
//!   missing or unknown field is a build error; `tests/content.rs` validates the constants
//!   and checks they equal the file as the app's JSON reader reads it.

use std::error::Error;
use std::path::PathBuf;
use std::{env, fs};

use serde_json::{Map, Value};

// The content lives at the repository's root, beside this crate: every word a user reads,
// in one place for every crate.
const UI: &str = "../content/en/ui.json";
const UI_PARTS: &str = "../content/en/ui-parts.json";
const QUESTIONNAIRE: &str = "../content/en/questionnaire.json";
const SOURCES: &str = "../content/en/sources.json";

fn main() -> Result<(), Box<dyn Error>> {
    for source in [UI, UI_PARTS, QUESTIONNAIRE, SOURCES] {
        println!("cargo::rerun-if-changed={source}");
    }
    let out = PathBuf::from(env::var("OUT_DIR")?);

    // The structs are the files' shapes: a sentence added to a file is a field of its
    // struct, with nothing to declare in Rust.
    let mut types = String::new();
    let first = text_struct(UI, "UiText", &object_of(UI)?, &mut types)?;
    let parts = text_struct(UI_PARTS, "PartText", &object_of(UI_PARTS)?, &mut types)?;
    fs::write(out.join("ui_types.rs"), types)?;
    fs::write(out.join("ui_en.rs"), first)?;
    fs::write(out.join("ui_parts_en.rs"), parts)?;

    let questionnaire = read(QUESTIONNAIRE)?;
    let bank = object(QUESTIONNAIRE, questionnaire.clone(), |bank| {
        // The history's, read below.
        bank.take("earlier_editions");
        bank.take("retired");
        Ok(format!(
            "QuestionBank {{ edition: {}, dimensions: {}, renamed: {} }}\n",
            bank.number("edition")?,
            bank.list("dimensions", dimension)?,
            bank.optional_list("renamed", renamed)?,
        ))
    })?;
    fs::write(out.join("questionnaire_en.rs"), bank)?;
    let advice = object(QUESTIONNAIRE, questionnaire, |bank| {
        // The bank's and the history's, read above and below.
        for other in ["edition", "renamed", "earlier_editions", "retired"] {
            bank.take(other);
        }
        Ok(format!(
            "Advice {{ dimensions: {} }}\n",
            bank.list("dimensions", dimension_advice)?
        ))
    })?;
    fs::write(out.join("advice_en.rs"), advice)?;
    let history = object(QUESTIONNAIRE, read(QUESTIONNAIRE)?, |bank| {
        // The bank's and the advice's, read above.
        for other in ["edition", "renamed", "dimensions"] {
            bank.take(other);
        }
        Ok(format!(
            "History {{ earlier_editions: {}, retired: {} }}\n",
            bank.list("earlier_editions", edition_items)?,
            bank.optional_list("retired", retired_item)?,
        ))
    })?;
    fs::write(out.join("history_en.rs"), history)?;
    let grounding = grounding(QUESTIONNAIRE, read(QUESTIONNAIRE)?)?;
    fs::write(out.join("grounding_en.rs"), grounding)?;
    let sources = object(SOURCES, read(SOURCES)?, |b| {
        Ok(format!(
            "Bibliography {{ sources: {} }}\n",
            b.list("sources", source)?
        ))
    })?;
    fs::write(out.join("sources_en.rs"), sources)?;
    Ok(())
}

/// An interface text file's one JSON object.
fn object_of(source: &str) -> Result<Map<String, Value>, String> {
    match read(source)? {
        Value::Object(entries) => Ok(entries),
        _ => Err(format!("{source} must hold one JSON object")),
    }
}

fn read(path: &str) -> Result<Value, String> {
    let json = fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    serde_json::from_str(&json).map_err(|e| format!("{path} is not valid JSON: {e}"))
}

/// The fields of one JSON object, taken one by one; [`Fields::done`] fails on any left.
struct Fields {
    at: String,
    map: Map<String, Value>,
}

impl Fields {
    fn of(at: &str, value: Value) -> Result<Self, String> {
        match value {
            Value::Object(map) => Ok(Self {
                at: at.to_owned(),
                map,
            }),
            _ => Err(format!("{at} must be a JSON object")),
        }
    }

    fn take(&mut self, name: &str) -> Option<Value> {
        self.map.remove(name)
    }

    fn required(&mut self, name: &str) -> Result<Value, String> {
        self.take(name)
            .ok_or_else(|| format!("{}: \"{name}\" is missing", self.at))
    }

    /// A text, as `Cow::Borrowed("…")`.
    fn text(&mut self, name: &str) -> Result<String, String> {
        let value = self.required(name)?;
        text(&format!("{}.{name}", self.at), value)
    }

    /// A text that is `None` when left out.
    fn optional_text(&mut self, name: &str) -> Result<String, String> {
        match self.map.contains_key(name) {
            true => Ok(format!("Some({})", self.text(name)?)),
            false => Ok("None".into()),
        }
    }

    fn number(&mut self, name: &str) -> Result<String, String> {
        match self.required(name)? {
            Value::Number(n) if n.is_u64() => Ok(n.to_string()),
            _ => Err(format!("{}: \"{name}\" must be a whole number", self.at)),
        }
    }

    /// A list that is empty when left out.
    fn optional_list(
        &mut self,
        name: &str,
        element: fn(&str, Value) -> Result<String, String>,
    ) -> Result<String, String> {
        if self.map.contains_key(name) {
            self.list(name, element)
        } else {
            Ok("::std::borrow::Cow::Borrowed(&[])".into())
        }
    }

    /// A risk tier by name (`tiers::Tier`).
    fn tier(&mut self, name: &str) -> Result<String, String> {
        let variant = match self.required(name)? {
            Value::String(t) if t == "low" => "Low",
            Value::String(t) if t == "aggregate" => "Aggregate",
            Value::String(t) if t == "high" => "High",
            _ => {
                return Err(format!(
                    "{}: \"{name}\" must be \"low\", \"aggregate\" or \"high\"",
                    self.at
                ))
            }
        };
        Ok(format!("crate::tiers::Tier::{variant}"))
    }

    /// A flag that is false when left out.
    fn flag(&mut self, name: &str) -> Result<String, String> {
        match self.take(name) {
            None => Ok("false".into()),
            Some(Value::Bool(b)) => Ok(b.to_string()),
            Some(_) => Err(format!("{}: \"{name}\" must be true or false", self.at)),
        }
    }

    /// A list, as `Cow::Borrowed(&[…])`, each element written by `element`.
    fn list(
        &mut self,
        name: &str,
        element: fn(&str, Value) -> Result<String, String>,
    ) -> Result<String, String> {
        let Value::Array(values) = self.required(name)? else {
            return Err(format!("{}: \"{name}\" must be a list", self.at));
        };
        let elements: Result<Vec<String>, String> = values
            .into_iter()
            .enumerate()
            .map(|(i, v)| element(&format!("{}.{name}[{i}]", self.at), v))
            .collect();
        Ok(format!(
            "::std::borrow::Cow::Borrowed(&[{}])",
            elements?.join(", ")
        ))
    }

    fn done(&self) -> Result<(), String> {
        match self.map.keys().next() {
            Some(unknown) => Err(format!("{}: unknown field \"{unknown}\"", self.at)),
            None => Ok(()),
        }
    }
}

/// Writes one JSON object as Rust with `write`, then fails on any field it did not take.
fn object(
    at: &str,
    value: Value,
    write: impl FnOnce(&mut Fields) -> Result<String, String>,
) -> Result<String, String> {
    let mut fields = Fields::of(at, value)?;
    let rust = write(&mut fields)?;
    fields.done()?;
    Ok(rust)
}

fn text(at: &str, value: Value) -> Result<String, String> {
    match value {
        Value::String(text) => Ok(format!("::std::borrow::Cow::Borrowed({text:?})")),
        _ => Err(format!("{at} must be a text")),
    }
}

/// A dimension without its recommendations, which go to the advice.
fn dimension(at: &str, value: Value) -> Result<String, String> {
    object(at, value, |d| {
        // Read by `dimension_advice` into the advice; taken here only so that `done`
        // does not report it as unknown.
        d.required("recommendations")?;
        // The grounding's (`grounding`).
        d.required("summary")?;
        Ok(format!(
            "Dimension {{ id: {}, title: {}, short_title: {}, weight: {}, needed_from: {}, items: {} }}",
            d.text("id")?,
            d.text("title")?,
            d.text("short_title")?,
            d.number("weight")?,
            match d.map.contains_key("needed_from_tier") {
                true => format!("Some({})", d.tier("needed_from_tier")?),
                false => "None".into(),
            },
            d.list("items", item)?,
        ))
    })
}

/// A dimension's id and recommendations; `dimension` checks the rest, so the fields left
/// over are not reported here.
fn dimension_advice(at: &str, value: Value) -> Result<String, String> {
    let mut d = Fields::of(at, value)?;
    let id = d.text("id")?;
    let bands = recommendations(
        &format!("{at}.recommendations"),
        d.required("recommendations")?,
    )?;
    Ok(format!(
        "DimensionAdvice {{ id: {id}, recommendations: {bands} }}"
    ))
}

fn item(at: &str, value: Value) -> Result<String, String> {
    object(at, value, |i| {
        // The grounding's (`item_grounding`), and the content tests'.
        i.take("why");
        i.take("sources");
        i.take("evidence");
        i.take("first_time");
        Ok(format!(
            "Item {{ id: {}, question: {}, pulse: {}, levels: {}, must_have: {}, added_in: {}, earlier: {} }}",
            i.text("id")?,
            i.text("question")?,
            i.flag("pulse")?,
            i.list("levels", text)?,
            i.optional_list("must_have", must_have)?,
            match i.map.contains_key("added_in_edition") {
                true => i.number("added_in_edition")?,
                false => "1".into(),
            },
            i.optional_list("levels_before_edition", earlier_levels)?,
        ))
    })
}

fn earlier_levels(at: &str, value: Value) -> Result<String, String> {
    object(at, value, |e| {
        Ok(format!(
            "crate::content::EarlierLevels {{ edition: {}, levels: {}, now: {} }}",
            e.number("edition")?,
            e.list("levels", text)?,
            e.list("now", level_or_none)?,
        ))
    })
}

/// A level number, or `null` for none.
fn level_or_none(at: &str, value: Value) -> Result<String, String> {
    match value {
        Value::Null => Ok("None".into()),
        Value::Number(n) if n.as_u64().is_some_and(|l| l < 5) => Ok(format!("Some({n})")),
        _ => Err(format!("{at} must be a level from 0 to 4, or null")),
    }
}

fn must_have(at: &str, value: Value) -> Result<String, String> {
    object(at, value, |m| {
        Ok(format!(
            "crate::tiers::MustHave {{ from: {}, conditions: {}, ready: {} }}",
            m.tier("from_tier")?,
            m.number("conditions")?,
            m.number("ready")?,
        ))
    })
}

fn recommendations(at: &str, value: Value) -> Result<String, String> {
    object(at, value, |r| {
        Ok(format!(
            "Recommendations {{ low: {}, middle: {}, high: {} }}",
            r.list("low", recommendation)?,
            r.list("middle", recommendation)?,
            r.list("high", recommendation)?,
        ))
    })
}

fn recommendation(at: &str, value: Value) -> Result<String, String> {
    object(at, value, |r| {
        Ok(format!(
            "Recommendation {{ action: {}, owner: {}, triggers: {} }}",
            r.text("action")?,
            r.text("owner")?,
            r.list("triggers", text)?,
        ))
    })
}

/// The Rust type and expression of one entry, `at` naming it in errors. An object is a
/// [`Verdicts`] when its entries are the verdicts', and otherwise a struct of its own,
/// named after its key and added to `types`.
fn entry(
    at: &str,
    key: &str,
    value: &Value,
    types: &mut String,
) -> Result<(String, String), String> {
    match value {
        // `{:?}` writes a valid Rust string literal: quotes and backslashes escaped.
        Value::String(text) => Ok(("Text".into(), format!("{text:?}"))),
        Value::Array(items) => {
            let texts: Result<Vec<String>, String> = items
                .iter()
                .map(|item| match item {
                    Value::String(text) => Ok(format!("{text:?}")),
                    _ => Err(format!("{at}: every entry of the list must be a text")),
                })
                .collect();
            Ok((
                format!("[Text; {}]", items.len()),
                format!("[{}]", texts?.join(", ")),
            ))
        }
        Value::Object(fields) => {
            let keys: Vec<&str> = fields.keys().map(String::as_str).collect();
            if keys == VERDICT_KEYS {
                let value = text_struct(at, "Verdicts", fields, &mut String::new())?;
                return Ok(("Verdicts".into(), value));
            }
            let name = camel_case(key);
            let value = text_struct(at, &name, fields, types)?;
            Ok((name, value))
        }
        other => Err(format!(
            "{at} must be a text, a list of texts or an object of texts, not {other}"
        )),
    }
}

/// The keys of a `Verdicts`, in the order `serde_json` lists them (sorted).
const VERDICT_KEYS: [&str; 4] = [
    "build_foundations",
    "not_enough_answers",
    "pilot_with_conditions",
    "ready_to_pilot",
];

/// Declares struct `name`, with a field per entry, in `types` (through `text.rs`'s
/// `text_struct!`), and returns its value.
fn text_struct(
    at: &str,
    name: &str,
    entries: &Map<String, Value>,
    types: &mut String,
) -> Result<String, String> {
    let mut fields = String::new();
    let mut value = format!("{name} {{\n");
    for (key, inner) in entries {
        let valid = key.starts_with(|c: char| c.is_ascii_lowercase())
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid {
            return Err(format!(
                "{at}: \"{key}\" must be written in lower case letters, digits and _"
            ));
        }
        let (ty, expression) = entry(&format!("{at}.{key}"), key, inner, types)?;
        fields.push_str(&format!("    {key}: {ty},\n"));
        value.push_str(&format!("    {key}: {expression},\n"));
    }
    value.push('}');
    if name != "Verdicts" {
        types.push_str(&format!(
            "text_struct! {{\n    #[doc = \"The texts of `{}`.\"]\n    {name} {{\n{fields}    }}\n}}\n",
            at.trim_start_matches("../")
        ));
    }
    Ok(value)
}

/// `section_names` as `SectionNames`.
fn camel_case(key: &str) -> String {
    key.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// Every item's grounding, in the bank's order (`grounding::Grounding`); the items' other
/// fields are the bank's, checked by `item`.
fn grounding(at: &str, questionnaire: Value) -> Result<String, String> {
    let mut bank = Fields::of(at, questionnaire)?;
    let Some(Value::Array(dimensions)) = bank.take("dimensions") else {
        return Err(format!("{at}: \"dimensions\" must be a list"));
    };
    let mut items = Vec::new();
    let mut summaries = Vec::new();
    for (d, dimension) in dimensions.into_iter().enumerate() {
        let at = format!("{at}.dimensions[{d}]");
        let mut fields = Fields::of(&at, dimension)?;
        summaries.push(format!(
            "StepGrounding {{ id: {}, summary: {} }}",
            fields.text("id")?,
            fields.text("summary")?
        ));
        let Some(Value::Array(list)) = fields.take("items") else {
            return Err(format!("{at}: \"items\" must be a list"));
        };
        for (i, value) in list.into_iter().enumerate() {
            items.push(item_grounding(&format!("{at}.items[{i}]"), value)?);
        }
    }
    Ok(format!(
        "Grounding {{ steps: ::std::borrow::Cow::Borrowed(&[{}]), items: ::std::borrow::Cow::Borrowed(&[{}]) }}\n",
        summaries.join(", "),
        items.join(", ")
    ))
}

fn item_grounding(at: &str, value: Value) -> Result<String, String> {
    let mut i = Fields::of(at, value)?;
    Ok(format!(
        "ItemGrounding {{ id: {}, why: {}, evidence: {}, sources: {} }}",
        i.text("id")?,
        i.text("why")?,
        i.optional_list("evidence", text)?,
        i.list("sources", citation)?,
    ))
}

fn citation(at: &str, value: Value) -> Result<String, String> {
    object(at, value, |c| {
        Ok(format!(
            "Citation {{ source: {}, section: {} }}",
            c.text("source")?,
            c.optional_text("section")?,
        ))
    })
}

/// An entry of the bibliography.
fn source(at: &str, value: Value) -> Result<String, String> {
    object(at, value, |s| {
        Ok(format!(
            "Source {{ id: {}, short: {}, title: {}, author: {}, year: {}, kind: {}, url: {} }}",
            s.text("id")?,
            s.text("short")?,
            s.text("title")?,
            s.optional_text("author")?,
            match s.map.contains_key("year") {
                true => format!("Some({})", s.number("year")?),
                false => "None".into(),
            },
            s.text("kind")?,
            s.optional_text("url")?,
        ))
    })
}

fn renamed(at: &str, value: Value) -> Result<String, String> {
    object(at, value, |r| {
        Ok(format!(
            "Renamed {{ from: {}, to: {}, in_edition: {} }}",
            r.text("from")?,
            r.text("to")?,
            r.number("in_edition")?,
        ))
    })
}

fn edition_items(at: &str, value: Value) -> Result<String, String> {
    object(at, value, |e| {
        Ok(format!(
            "EditionItems {{ edition: {}, items: {} }}",
            e.number("edition")?,
            e.list("items", text)?,
        ))
    })
}

fn retired_item(at: &str, value: Value) -> Result<String, String> {
    object(at, value, |r| {
        Ok(format!(
            "RetiredItem {{ id: {}, in_edition: {}, question: {}, levels: {}, into: {}, why: {} }}",
            r.text("id")?,
            r.number("in_edition")?,
            r.text("question")?,
            r.list("levels", text)?,
            r.optional_list("into", text)?,
            r.text("why")?,
        ))
    })
}
