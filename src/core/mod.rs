//! The pure core: content model, scoring and the stored record.
//!
//! Nothing here knows about the browser: no `leptos`, `web-sys`, `js-sys` or `gloo`
//! imports (a test in `tests/architecture.rs` checks it). Everything is plain data and
//! functions, tested natively with `cargo test`.

/// Stores a unit-only enum as its variant's name, `"name"`, as serde's derive with
/// `rename_all = "snake_case"` would, but read through the string reader the record
/// needs anyway: a derived reader costs the first download about a kilobyte of code per
/// enum. Unlike the derive it accepts only the plain name, which is all the app has ever
/// written.
macro_rules! serde_by_name {
    ($ty:ty { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(match self {
                    $(Self::$variant => $name,)+
                })
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const NAMES: &[&str] = &[$($name),+];
                match String::deserialize(deserializer)?.as_str() {
                    $($name => Ok(Self::$variant),)+
                    other => Err(serde::de::Error::unknown_variant(other, NAMES)),
                }
            }
        }
    };
}

pub mod content;
pub mod embed;
pub mod export;
pub mod import;
pub mod plan;
pub mod prioritise;
pub mod qr;
pub mod radar;
pub mod record;
pub mod scoring;
pub mod share;
pub mod snapshots;
pub mod text;
pub mod workflows;
