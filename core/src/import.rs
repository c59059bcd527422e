//! Importing a saved JSON file: a size limit, the record decoder, and a preview of what
//! would change. Nothing here touches the current data; the UI replaces it only after
//! the user confirms the preview.

use super::record::{Record, RecordError};

/// The largest file accepted, in bytes. A full assessment is a few kilobytes.
pub const IMPORT_MAX_BYTES: usize = 1_000_000;

/// Why a file cannot be imported; its words are `PartText::import_error`'s
/// (`content/en/ui-parts.json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file is larger than [`IMPORT_MAX_BYTES`].
    TooBig(usize),
    /// The file is empty.
    Empty,
    /// The decoder rejected it.
    Record(RecordError),
}

/// Reads a chosen file's text as a record. `size` is the file's size in bytes, checked
/// before anything else.
pub fn read(size: usize, text: &str) -> Result<Record, ImportError> {
    if size > IMPORT_MAX_BYTES || text.len() > IMPORT_MAX_BYTES {
        return Err(ImportError::TooBig(size.max(text.len())));
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Record::from_json(text).map_err(ImportError::Record)
}

/// What importing would change, for the confirmation step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Preview {
    /// Answers in the file.
    pub answers_in_file: usize,
    /// Answers on this device that the file would change or remove.
    pub answers_changed: usize,
    /// Notes in the file.
    pub notes_in_file: usize,
    /// Notes on this device that the file would change or remove.
    pub notes_changed: usize,
    /// Workflows considered in the file.
    pub workflows_in_file: usize,
}

/// Compares the current record with the one from a file.
pub fn preview(current: &Record, incoming: &Record) -> Preview {
    Preview {
        answers_in_file: incoming.answers.len(),
        answers_changed: current
            .answers
            .iter()
            .filter(|(id, a)| incoming.answers.get(*id) != Some(a))
            .count(),
        notes_in_file: incoming.notes.len(),
        notes_changed: current
            .notes
            .iter()
            .filter(|(id, n)| incoming.notes.get(*id) != Some(n))
            .count(),
        workflows_in_file: incoming.workflows.considered.len(),
    }
}
