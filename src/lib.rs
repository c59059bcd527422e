//! District AI Readiness Check: a browser-only readiness questionnaire for K-12 districts.
//!
//! [`core`] is the crate `readiness-core` (`core/`): pure Rust, with no browser dependency
//! (content, scoring, the judgement, the stored record). [`ui`] holds the Leptos
//! components; [`storage`] is the only module that touches `localStorage`, and [`platform`]
//! does the rest of the browser work (focus, dates, downloads, the clipboard, the address).

pub use readiness_core as core;
pub mod platform;
pub mod storage;
pub mod ui;
