//! District AI Readiness Check: a browser-only readiness questionnaire for K-12 districts.
//!
//! [`core`] is pure Rust (content, scoring, the stored record); [`ui`] holds the Leptos
//! components; [`storage`] is the only module that touches `localStorage`.

pub mod core;
pub mod storage;
pub mod ui;
