//! Filling a template's `{name}` placeholders: the one piece of wording every layer uses,
//! at the bottom so that none of them depends upward for it.
//!
//! A template also words what agrees with a number: `{name:one|other}` becomes `one` when
//! `name` is 1 and `other` otherwise, so "{count} {count:question is|questions are} left"
//! reads "1 question is left" and "3 questions are left".

/// Replaces each `{name}` in `template` with its value, and each `{name:one|other}` with
/// the form that agrees with it.
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            let value = value.to_string();
            agree(
                &text.replace(&format!("{{{name}}}"), &value),
                name,
                value == "1",
            )
        })
}

/// Replaces each `{name:one|other}` in `text` with `one` or `other`.
fn agree(text: &str, name: &str, one: bool) -> String {
    let opening = format!("{{{name}:");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, after)) = rest.split_once(opening.as_str()) {
        let Some((forms, tail)) = after.split_once('}') else {
            break;
        };
        let (singular, plural) = forms.split_once('|').unwrap_or((forms, forms));
        out.push_str(before);
        out.push_str(if one { singular } else { plural });
        rest = tail;
    }
    out.push_str(rest);
    out
}
