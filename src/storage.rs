//! The only module that touches `localStorage`.
//!
//! It reads and writes one key, [`RECORD_KEY`], holding the [`Record`] as JSON. A stored
//! value that cannot be read is copied to a backup key before anything is written over it,
//! so nothing is ever silently discarded. What another tab stored is handed to the caller
//! ([`stored_since`], [`watch_other_tabs`]) to merge before this tab writes. Every failure
//! is a [`StorageError`] or a [`LoadNotice`]; nothing here panics.

use crate::core::record::{Record, RecordError};
use crate::core::text::PartText;

/// The key the record lives under.
pub const RECORD_KEY: &str = "district-ai-readiness";
/// The prefix of backup keys; the full key ends with the time of the backup.
pub const BACKUP_PREFIX: &str = "district-ai-readiness.backup-";

/// Why something could not be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser does not offer storage here (blocked, disabled or private mode).
    Unavailable,
    /// The browser refused the write, usually because storage is full.
    WriteRefused,
    /// Another tab saved, and the code that combines its changes with this tab's could not
    /// be fetched, so this tab does not write over them.
    CannotMerge,
}

impl StorageError {
    /// Why the latest change was not saved, as a clause for `saving_failed`'s `{reason}`
    /// (`content/en/ui.json`). A change that waits for the merge has a notice of its own,
    /// `saving_waits_for_merge`.
    pub fn words(&self, text: &PartText) -> &'static str {
        match self {
            Self::Unavailable => text.storage_refused_here,
            Self::WriteRefused => text.storage_refused_full,
            Self::CannotMerge => text.saving_waits_for_merge,
        }
    }
}

/// Something the user must be told about after loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNotice {
    /// Storage cannot be used at all; the app works in memory.
    Unavailable,
    /// The stored record was unreadable; it was copied to `backup` and a fresh one started.
    Recovered {
        /// Why it could not be read.
        reason: RecordError,
        /// The key holding the copy.
        backup: String,
    },
    /// The stored record was written by a newer version of the tool (another tab, or an
    /// older copy of this page still open). It is left untouched and the app saves
    /// nothing until the page is reloaded into the newer version.
    NewerVersion,
    /// The stored record was unreadable and could not be copied; it is left untouched and
    /// the app must not save over it.
    Unrecoverable {
        /// Why it could not be read.
        reason: RecordError,
    },
}

/// What loading found.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The record to start from.
    pub record: Record,
    /// Whether saving is safe; false when storage is missing or would overwrite unread data.
    pub can_save: bool,
    /// What the user must be told, if anything.
    pub notice: Option<LoadNotice>,
    /// The stored text `record` was read from (`None` when nothing was stored): what this
    /// tab has seen, to tell whether another tab saved since.
    pub seen: Option<String>,
}

/// The one way into `localStorage` (clippy's `disallowed-methods`, `clippy.toml`, keeps
/// every other module out).
#[allow(clippy::disallowed_methods)]
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// Loads the stored record, backing up anything unreadable.
pub fn load() -> Loaded {
    let Ok(storage) = local_storage() else {
        return Loaded {
            record: Record::default(),
            can_save: false,
            notice: Some(LoadNotice::Unavailable),
            seen: None,
        };
    };
    let text = match storage.get_item(RECORD_KEY) {
        Ok(Some(text)) => text,
        Ok(None) => {
            return Loaded {
                record: Record::default(),
                can_save: true,
                notice: None,
                seen: None,
            }
        }
        Err(_) => {
            return Loaded {
                record: Record::default(),
                can_save: false,
                notice: Some(LoadNotice::Unavailable),
                seen: None,
            }
        }
    };
    match read_record(&text) {
        Ok(record) => Loaded {
            record,
            can_save: true,
            notice: None,
            seen: Some(text),
        },
        // Not damage: a newer build will read it, so it is neither copied nor replaced.
        Err(RecordError::NewerVersion(_)) => Loaded {
            record: Record::default(),
            can_save: false,
            notice: Some(LoadNotice::NewerVersion),
            seen: Some(text),
        },
        Err(reason) => match back_up(&storage, &text) {
            Some(backup) => Loaded {
                record: Record::default(),
                can_save: true,
                notice: Some(LoadNotice::Recovered { reason, backup }),
                seen: Some(text),
            },
            None => Loaded {
                record: Record::default(),
                can_save: false,
                notice: Some(LoadNotice::Unrecoverable { reason }),
                seen: Some(text),
            },
        },
    }
}

/// Reads a stored record as it was saved. One saved for an earlier edition of the questions
/// is carried over to this one by the merge's part ([`crate::ui::merge_part`]) before it is
/// shown or merged: that code is needed only once per edition, so it is not in the first
/// download.
pub fn read_record(text: &str) -> Result<Record, RecordError> {
    Record::from_json(text)
}

/// Copies an unreadable stored `text` to a backup key, and returns that key; the same text
/// seen again (another reload before any edit) keeps its first backup instead of piling up
/// copies. `None` when the copy could not be made.
fn back_up(storage: &web_sys::Storage, text: &str) -> Option<String> {
    if let Some(backup) = existing_backup(storage, text) {
        return Some(backup);
    }
    let backup = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
    storage.set_item(&backup, text).ok().map(|()| backup)
}

/// The key of a backup already holding exactly `text`, if there is one.
fn existing_backup(storage: &web_sys::Storage, text: &str) -> Option<String> {
    let count = storage.length().ok()?;
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(BACKUP_PREFIX))
        .find(|key| storage.get_item(key).ok().flatten().as_deref() == Some(text))
}

/// Saves the record, and returns the text stored.
pub fn save(record: &Record) -> Result<String, StorageError> {
    let text = record.to_json();
    local_storage()?
        .set_item(RECORD_KEY, &text)
        .map_err(|_| StorageError::WriteRefused)?;
    Ok(text)
}

/// What another tab of this browser saved.
#[derive(Debug, Clone, PartialEq)]
pub enum OtherTabSave {
    /// A record this build reads: merge it before saving over it.
    Record {
        /// The record.
        record: Box<Record>,
        /// The text it was read from.
        text: String,
    },
    /// The record was deleted ("Start over" in another tab).
    Cleared,
    /// A record from a newer version of the tool: stop saving, or this tab would
    /// overwrite it with an older layout.
    NewerVersion,
}

/// Reads what another tab stored, `None` for a value to ignore: an unreadable one, which
/// the next save may write over, since `stored_since` and [`load`] keep a copy first.
fn other_tab_save(text: Option<String>) -> Option<OtherTabSave> {
    let Some(text) = text else {
        return Some(OtherTabSave::Cleared);
    };
    match read_record(&text) {
        Ok(record) => Some(OtherTabSave::Record {
            record: Box::new(record),
            text,
        }),
        Err(RecordError::NewerVersion(_)) => Some(OtherTabSave::NewerVersion),
        Err(_) => None,
    }
}

/// What is stored now, if it is not `seen` (what this tab last read or wrote): another
/// tab saved since, and the caller must build on it before saving. Something unreadable
/// is copied to a backup key first, so the save that follows loses nothing.
pub fn stored_since(seen: Option<&str>) -> Result<Option<OtherTabSave>, StorageError> {
    let storage = local_storage()?;
    let now = storage
        .get_item(RECORD_KEY)
        .map_err(|_| StorageError::Unavailable)?;
    if now.as_deref() == seen {
        return Ok(None);
    }
    let save = other_tab_save(now.clone());
    if let (None, Some(text)) = (&save, now) {
        back_up(&storage, &text).ok_or(StorageError::WriteRefused)?;
    }
    Ok(save)
}

/// Calls `on_save` whenever another tab of this browser saves or deletes the record, so
/// this tab can merge the other tab's changes instead of overwriting them. Unreadable
/// values are left to the next save ([`stored_since`]).
pub fn watch_other_tabs(on_save: impl Fn(OtherTabSave) + 'static) {
    let handle = leptos::prelude::window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() != Some(RECORD_KEY) {
            return;
        }
        if let Some(save) = other_tab_save(event.new_value()) {
            on_save(save);
        }
    });
    // The listener lives as long as the page.
    std::mem::forget(handle);
}

/// Asks the browser to keep this site's data instead of clearing it under storage
/// pressure or after a week without visits (Safari), where the browser allows that. The
/// answer does not matter to the app, so it is not awaited for anything but to keep a
/// refusal from surfacing as an unhandled error.
pub fn request_persistence() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(promise) = window.navigator().storage().persist() else {
        return;
    };
    leptos::task::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// Deletes the stored record (backups are kept).
pub fn clear() -> Result<(), StorageError> {
    local_storage()?
        .remove_item(RECORD_KEY)
        .map_err(|_| StorageError::WriteRefused)
}
