//! The core's modules import each other without a cycle: the record and its types at the
//! bottom, the codecs above them, the rules above those, content and texts beside. The
//! compiler allows a cycle inside a crate, so this test reads which modules each module
//! names in its code (`super::name`, `crate::name`; comments aside) and looks for one.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Each module of `core/src` (but `lib.rs`) and the modules its code names.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut sources = BTreeMap::new();
    for entry in std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .flatten()
    {
        let path = entry.path();
        let name = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if path.extension().is_some_and(|e| e == "rs") && name != "lib" {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            sources.insert(name, text);
        }
    }
    let modules: BTreeSet<String> = sources.keys().cloned().collect();
    sources
        .iter()
        .map(|(name, text)| {
            let code: String = text
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            let named = modules
                .iter()
                .filter(|other| *other != name)
                .filter(|other| {
                    [format!("super::{other}"), format!("crate::{other}")]
                        .iter()
                        .any(|path| {
                            code.match_indices(path.as_str()).any(|(at, _)| {
                                let after = code[at + path.len()..].chars().next();
                                !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
                            })
                        })
                })
                .cloned()
                .collect();
            (name.clone(), named)
        })
        .collect()
}

/// A cycle through `from`, if its imports lead back to it.
fn cycle_from(
    graph: &BTreeMap<String, BTreeSet<String>>,
    from: &str,
    path: &mut Vec<String>,
) -> Option<Vec<String>> {
    for next in graph.get(path.last()?)?.clone() {
        if next == from {
            let mut cycle = path.clone();
            cycle.push(next);
            return Some(cycle);
        }
        if !path.contains(&next) {
            path.push(next);
            if let Some(cycle) = cycle_from(graph, from, path) {
                return Some(cycle);
            }
            path.pop();
        }
    }
    None
}

#[test]
fn no_module_of_the_core_imports_itself_back() {
    let graph = imports();
    assert!(graph.len() > 20, "the core's modules were found: {graph:?}");
    for module in graph.keys() {
        let cycle = cycle_from(&graph, module, &mut vec![module.clone()]);
        assert!(
            cycle.is_none(),
            "an import cycle: {}",
            cycle.unwrap_or_default().join(" → ")
        );
    }
}

#[test]
fn the_record_is_at_the_bottom() {
    let graph = imports();
    let record = &graph["record"];
    for above in [
        "stored",
        "scoring",
        "judgement",
        "merge",
        "plan",
        "snapshots",
        "text",
        "editions",
    ] {
        assert!(!record.contains(above), "record imports {above}");
    }
}
