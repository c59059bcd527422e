//! The core's tests, in one binary (each file a module): content, scoring and the
//! judgement, prioritisation, the stored record and its fixtures of every layout, the JSON
//! reader, exports and imports, snapshots, share links, QR codes, the radar's geometry and
//! the embed options. Property tests where input comes from outside.

mod content;
mod document;
mod editions;
mod embed;
mod estimate;
mod export;
mod grounding;
mod guidance;
mod json;
mod layers;
mod prioritise;
mod qr;
mod radar;
mod record;
mod scoring;
mod share;
mod snapshots;
mod team;
mod vendors;
