//! The pure core of the District AI Readiness Check: the content model, scoring and the
//! judgement, prioritisation, the pilot plan, the stored record and its codecs, share
//! links, QR codes.
//!
//! Nothing here knows about the browser: this crate's `Cargo.toml` has no `leptos`,
//! `web-sys`, `js-sys`, `gloo` or `wasm-bindgen`, so the compiler keeps it so. Everything
//! is plain data and functions, tested natively (`cargo test --workspace`,
//! `core/tests/suite/`) and fuzzed (`fuzz/`).

/// Names a unit-only enum's variants, `"name"`, as serde's derive with
/// `rename_all = "snake_case"` would: `name` and `from_name` for the stored record's
/// reader and writer ([`stored`]), and serde impls on top of them for the content files
/// and the tests. Unlike the derive it accepts only the plain name, which is all the app
/// has ever written.
macro_rules! serde_by_name {
    ($ty:ty { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl $ty {
            /// The name it is stored by.
            pub fn name(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)+
                }
            }

            /// The value stored by `name`, if it is one.
            pub fn from_name(name: &str) -> Option<Self> {
                match name {
                    $($name => Some(Self::$variant),)+
                    _ => None,
                }
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const NAMES: &[&str] = &[$($name),+];
                let name = String::deserialize(deserializer)?;
                Self::from_name(&name).ok_or_else(|| serde::de::Error::unknown_variant(&name, NAMES))
            }
        }
    };
}

pub mod content;
pub mod document;
pub mod editions;
pub mod embed;
pub mod estimate;
pub mod export;
pub mod grounding;
pub mod guidance;
pub mod import;
pub mod item_answer;
pub mod json;
pub mod judgement;
pub mod merge;
pub mod plan;
pub mod prioritise;
pub mod qr;
pub mod radar;
pub mod record;
pub mod scoring;
pub mod share;
pub mod snapshots;
pub mod stored;
pub mod team;
pub mod template;
pub mod text;
pub mod tiers;
pub mod vendors;
pub mod wording;
pub mod workflows;
