//! Invariants of the code layout, checked over the source tree: the core knows nothing
//! about the browser, only `storage.rs` touches localStorage, every file has a `//!` doc.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

fn source(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The file's code, without comment lines (docs may name what the code must not use).
fn code(path: &Path) -> String {
    source(path)
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn core_imports_nothing_from_the_browser() {
    for path in rust_files(&root().join("src/core")) {
        let text = code(&path);
        for forbidden in ["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"] {
            assert!(
                !text.contains(forbidden),
                "{} mentions {forbidden}",
                path.display()
            );
        }
    }
}

#[test]
fn only_storage_touches_local_storage() {
    for path in rust_files(&root().join("src")) {
        if path.ends_with("storage.rs") {
            continue;
        }
        let text = code(&path);
        assert!(
            !text.contains("local_storage") && !text.contains("localStorage"),
            "{}",
            path.display()
        );
    }
}

#[test]
fn every_source_file_starts_with_a_module_doc() {
    for dir in ["src", "tests"] {
        for path in rust_files(&root().join(dir)) {
            assert!(
                source(&path).starts_with("//!"),
                "{} has no //! doc",
                path.display()
            );
        }
    }
}

#[test]
fn user_text_is_never_injected_as_html() {
    for path in rust_files(&root().join("src")) {
        let text = code(&path);
        assert!(
            !text.contains("inner_html"),
            "{} sets inner_html",
            path.display()
        );
    }
}
