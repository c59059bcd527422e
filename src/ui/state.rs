//! State shared by every component, provided through context.
//!
//! [`Content`] is the static question bank and interface text. [`AppState`] holds the
//! record and what the user must be told about saving. Every change to the record goes
//! through [`AppState::edit`], which saves it at once, merged with whatever another tab
//! saved since this one last looked (see [`crate::core::merge`] and [`super::merge_part`]).

use std::sync::OnceLock;

use leptos::prelude::*;

use crate::core::content::{Advice, ContentError, QuestionBank};
use crate::core::editions::saved_for_earlier;
use crate::core::plan::PlanTemplate;
use crate::core::record::{Mode, Position, Record, Screen};
use crate::core::scoring::{assess, Assessment};
use crate::core::text::{fill, PartText, UiText};
use crate::core::workflows::Catalogue;
use crate::storage::{self, LoadNotice, Loaded, OtherTabSave, StorageError};

use super::merge_part;

/// The question bank and interface text, loaded once for the life of the page.
#[derive(Clone, Copy)]
pub struct Content {
    /// The questionnaire.
    pub bank: &'static QuestionBank,
    /// The first download's words; the parts' are in [`PartContent`].
    pub text: &'static UiText,
}

/// The words and advice only the parts show (see [`super::lazy`]), provided by every split
/// point: only the parts' code reads them, so they travel with it instead of in the first
/// download.
#[derive(Clone, Copy)]
pub struct PartContent {
    /// The parts' words (`content/en/ui-parts.json`); the first download's are in
    /// [`Content`].
    pub text: &'static PartText,
    /// The recommendations behind the results' next steps.
    pub advice: &'static Advice,
}

impl PartContent {
    /// Provides the part content to the view `build` makes, and the user's [`Scored`]
    /// assessment where there is a record, and builds it.
    pub fn provide_then(build: impl FnOnce() -> AnyView) -> AnyView {
        let advice = Advice::english();
        provide_context(PartContent {
            text: PartText::english(),
            advice,
        });
        if let (Some(state), Some(Content { bank, .. })) =
            (use_context::<AppState>(), use_context::<Content>())
        {
            provide_context(Scored(Memo::new(move |_| {
                state.record.with(|r| assess(bank, advice, r))
            })));
        }
        build()
    }
}

/// The user's own assessment — scores, the judgement and its ladder, next steps — computed
/// once for the screen a part shows and read by every piece of it (results, ladder,
/// ranking, plan, printed report), so they cannot differ. Recomputed when the record
/// changes.
#[derive(Clone, Copy)]
pub struct Scored(pub Memo<Assessment<'static>>);

/// The workflow catalogue and the plan template: read the first time a part of the app
/// that needs them is shown, so that reading them is not in the first download (see
/// [`super::lazy`]). Provided through context by [`PilotContent::provide_then`].
#[derive(Clone, Copy)]
pub struct PilotContent {
    /// Candidate workflows and rating criteria.
    pub catalogue: &'static Catalogue,
    /// The pilot plan's sections, fields and drafting phrases.
    pub plan: &'static PlanTemplate,
}

impl PilotContent {
    /// Reads the catalogue and plan template (once per page), provides them to the view
    /// `build` makes, and builds it; if they cannot be read, says so instead.
    pub fn provide_then(build: impl FnOnce() -> AnyView) -> AnyView {
        static PILOT: OnceLock<Result<PilotContent, ContentError>> = OnceLock::new();
        let loaded = PILOT.get_or_init(|| {
            // The content lives as long as the page, so leaking it gives every closure a
            // plain `&'static` reference instead of a clone.
            Ok(PilotContent {
                catalogue: Box::leak(Box::new(Catalogue::english()?)),
                plan: Box::leak(Box::new(PlanTemplate::english()?)),
            })
        });
        match loaded {
            Ok(content) => {
                provide_context(*content);
                build()
            }
            Err(error) => {
                let Content { text, .. } = expect_context();
                let message = fill(text.content_unreadable, &[("error", &error.to_string())]);
                view! { <p class="notice" role="alert">{message}</p> }.into_any()
            }
        }
    }
}

/// Whether the latest change reached storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Everything on screen is stored on this device.
    Saved,
    /// The latest write failed; the change lives only in this page.
    Failed(StorageError),
    /// Saving is off for this page (storage unavailable, or unreadable data to protect).
    Off,
}

/// The record and its saving status.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The record being edited, for reading: it changes only through [`AppState::edit`]
    /// and the other methods here, which save it.
    pub record: ReadSignal<Record>,
    /// The same record, writable: private, so nothing outside this module writes it.
    editable: WriteSignal<Record>,
    /// Whether the latest change was saved.
    pub save_state: RwSignal<SaveState>,
    /// What loading found that the user must know, until dismissed.
    pub notice: RwSignal<Option<LoadNotice>>,
    can_save: StoredValue<bool>,
    asked_to_persist: StoredValue<bool>,
    /// The stored text as this tab last read or wrote it (`None`: nothing stored): the
    /// base of a merge with another tab's save, read only when there is one.
    seen: StoredValue<Option<String>>,
    /// Whether the merge's code is on its way (see [`super::merge_part`]); saving waits.
    fetching_merge: StoredValue<bool>,
    /// Whether a change of this tab's waits for the merge to be saved.
    unsaved: StoredValue<bool>,
}

impl AppState {
    /// Starts from what [`storage::load`] found.
    pub fn new(loaded: Loaded) -> Self {
        let Loaded {
            record,
            can_save,
            notice,
            seen,
        } = loaded;
        let (record, editable) = signal(record);
        Self {
            seen: StoredValue::new(seen),
            record,
            editable,
            save_state: RwSignal::new(if can_save {
                SaveState::Saved
            } else {
                SaveState::Off
            }),
            notice: RwSignal::new(notice),
            can_save: StoredValue::new(can_save),
            asked_to_persist: StoredValue::new(false),
            fetching_merge: StoredValue::new(false),
            unsaved: StoredValue::new(false),
        }
    }

    /// Carries a record saved for an earlier edition of the questions over to this one, if
    /// it is one; `false` while the code for that is still to be fetched
    /// ([`merge_part::fetch`]), when nothing may show or save yet.
    pub fn carry_over(&self) -> bool {
        let bank = QuestionBank::english();
        if !self.record.with_untracked(|r| saved_for_earlier(bank, r)) {
            return true;
        }
        match merge_part::carry_over_now(self.record.get_untracked()) {
            Some(carried) => {
                self.editable.set(carried);
                true
            }
            None => false,
        }
    }

    /// Offers the pulse first (`?mode=pulse`: the presenter's QR code, an embed) to someone
    /// who has not started; never changes an assessment under way. Nothing is saved until
    /// the first answer.
    pub fn offer_pulse(&self) {
        if self.record.with_untracked(Record::is_empty) {
            self.editable.update(|r| r.mode = Mode::Pulse);
        }
    }

    /// Takes in what another tab saved or deleted, merged with this tab's own changes
    /// (keeping this tab's place); or, when a newer version of the tool saved, stops saving
    /// so nothing overwrites it. Returns `false` when the merge's code is still to be
    /// fetched: it is then fetched, and what is stored is merged and saved once it is here.
    pub fn adopt_from_other_tab(&self, save: OtherTabSave) -> bool {
        let (text, theirs) = match save {
            OtherTabSave::Record { record, text } => (Some(text), *record),
            OtherTabSave::Cleared => (None, Record::default()),
            OtherTabSave::NewerVersion => {
                self.can_save.set_value(false);
                self.save_state.set(SaveState::Off);
                self.notice.set(Some(LoadNotice::NewerVersion));
                return true;
            }
        };
        // Unreadable or nothing: everything in this tab counts as its own change.
        let base = self
            .seen
            .with_value(|seen| seen.as_deref().map(storage::read_record))
            .and_then(Result::ok)
            .unwrap_or_default();
        match merge_part::merge_now(base, self.record.get_untracked(), theirs) {
            Some(merged) => {
                self.seen.set_value(text);
                self.editable.set(merged);
                true
            }
            None => {
                self.fetch_merge_then_save();
                false
            }
        }
    }

    /// Fetches the merge's code, then takes in what another tab stored and, if this tab
    /// has a change waiting, saves. A tab with nothing of its own to save writes nothing:
    /// it would only echo the other tab's save back.
    fn fetch_merge_then_save(&self) {
        if self.fetching_merge.get_value() {
            return;
        }
        self.fetching_merge.set_value(true);
        let state = *self;
        leptos::task::spawn_local(async move {
            let fetched = merge_part::fetch().await;
            state.fetching_merge.set_value(false);
            match fetched {
                Ok(()) if state.unsaved.get_value() => state.edit(|_| {}),
                Ok(()) => {
                    // Nothing to save: a failure shows with this tab's next change.
                    let _ = state.take_in_stored();
                }
                Err(_) => state
                    .save_state
                    .set(SaveState::Failed(StorageError::CannotMerge)),
            }
        });
    }

    /// Changes the record and saves it immediately, first merging whatever another tab
    /// saved since this tab last read or wrote storage, so that no change made there is
    /// written over.
    pub fn edit(&self, change: impl FnOnce(&mut Record)) {
        self.editable.update(|r| {
            change(r);
            // The day answering began, for the reminder to keep a copy.
            if r.answering_since.is_none() && !r.answers.is_empty() {
                r.answering_since = Some(crate::platform::day_number());
            }
        });
        if !self.can_save.get_value() {
            return;
        }
        let result = self.merge_then_save();
        if !self.can_save.get_value() {
            // A newer version of the tool saved in another tab meanwhile.
            return;
        }
        // Once there is something worth keeping, ask the browser to keep it.
        if result == Ok(true)
            && !self.asked_to_persist.get_value()
            && self.record.with_untracked(|r| !r.answers.is_empty())
        {
            self.asked_to_persist.set_value(true);
            storage::request_persistence();
        }
        match result {
            Ok(true) => self.save_state.set(SaveState::Saved),
            // Saved once the merge's code is here.
            Ok(false) => {}
            Err(e) => self.save_state.set(SaveState::Failed(e)),
        }
    }

    /// Takes in what another tab stored since this tab last read or wrote storage, if
    /// anything; `Ok(false)` when that merge waits for its code.
    fn take_in_stored(&self) -> Result<bool, StorageError> {
        let other = self
            .seen
            .with_value(|seen| storage::stored_since(seen.as_deref()))?;
        Ok(other.is_none_or(|save| self.adopt_from_other_tab(save)))
    }

    /// Saves the record, after merging what another tab stored since; `Ok(false)` when
    /// that merge waits for its code.
    fn merge_then_save(&self) -> Result<bool, StorageError> {
        // Another tab's save whose storage event has not arrived yet (or never will, in a
        // page that was frozen or restored from the back-forward cache).
        if !self.take_in_stored()? {
            self.unsaved.set_value(true);
            return Ok(false);
        }
        if !self.can_save.get_value() {
            return Ok(true);
        }
        let text = self.record.with_untracked(storage::save)?;
        self.seen.set_value(Some(text));
        self.unsaved.set_value(false);
        Ok(true)
    }

    /// Moves to a screen, keeping the questionnaire step.
    pub fn go(&self, screen: Screen) {
        self.edit(|r| r.position.screen = screen);
    }

    /// Opens the questionnaire at a step.
    pub fn go_to_step(&self, step: usize) {
        self.edit(|r| {
            r.position = Position {
                screen: Screen::Questions,
                step,
            }
        });
    }

    /// Starts or continues `mode` at its first step with an unanswered question.
    pub fn open_questions(&self, bank: &QuestionBank, mode: Mode) {
        self.edit(|r| r.open_questions(bank, mode));
    }

    /// Deletes every answer and note, on this device and on screen.
    pub fn start_over(&self) {
        if self.can_save.get_value() {
            // A failed delete is harmless: the empty record saved next overwrites it.
            let _ = storage::clear();
        }
        self.edit(|r| *r = Record::default());
    }
}
