//! The pure core: content model, scoring and the stored record.
//!
//! Nothing here knows about the browser: no `leptos`, `web-sys`, `js-sys` or `gloo`
//! imports (a test in `tests/architecture.rs` checks it). Everything is plain data and
//! functions, tested natively with `cargo test`.

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
