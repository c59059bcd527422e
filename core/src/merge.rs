//! Two tabs, one record: the three-way merge every save goes through.
//!
//! A tab remembers the record as it last read or wrote it in storage (the *base*). When
//! it saves and finds that another tab stored something else since (*theirs*), it merges
//! its own record (*mine*) with theirs, field by field, instead of writing over it; the
//! same merge takes in another tab's save when the browser announces it. For every
//! answer, note, plan field, evidence, rating, workflow and snapshot:
//!
//! - changed in one tab only: that tab's value;
//! - changed in both to the same value: that value;
//! - a text (note, plan field, evidence or guidance section) changed in both to different texts: both texts, mine
//!   first, joined by a marker line, so nothing typed in either tab is lost;
//! - any other value (answers, ratings, workflows, the district name, the estimate's
//!   figures) changed in both:
//!   mine, the change being saved now;
//! - a text deleted in one tab and edited in the other: the edited text.
//!
//! Where the user is (screen and step) belongs to each tab and is never merged.

use std::collections::BTreeMap;

pub use super::record::joined_max;
use super::record::{
    CheckAnswer, PilotPlan, Record, ReportDetails, Snapshot, VendorTool, WorkflowChoices,
    EVIDENCE_MAX_CHARS, GUIDANCE_SECTION_MAX_CHARS, NOTE_MAX_CHARS, PLAN_FIELD_MAX_CHARS,
    SNAPSHOT_LIMIT, VENDOR_NOTE_MAX_CHARS,
};
use super::workflows::{Criterion, Ratings, Workflow};

/// Merges `mine` (this tab's record) with `theirs` (what another tab stored), both made
/// from `base` (what this tab last read or wrote). `marker` is the line put between two
/// texts changed in both tabs. The result keeps `mine`'s position.
pub fn merge(base: &Record, mine: &Record, theirs: &Record, marker: &str) -> Record {
    let texts = |b, m, t, typed_max| {
        merge_maps(b, m, t, |_, m: &String, t: &String| {
            join_texts(m, t, marker, joined_max(typed_max))
        })
    };
    Record {
        app: mine.app.clone(),
        schema_version: mine.schema_version,
        answers: merge_maps(&base.answers, &mine.answers, &theirs.answers, mine_wins),
        notes: texts(&base.notes, &mine.notes, &theirs.notes, NOTE_MAX_CHARS),
        position: mine.position,
        mode: three_way(&base.mode, &mine.mode, &theirs.mode),
        workflows: merge_workflows(&base.workflows, &mine.workflows, &theirs.workflows),
        plan: PilotPlan {
            drafted_for: three_way(
                &base.plan.drafted_for,
                &mine.plan.drafted_for,
                &theirs.plan.drafted_for,
            ),
            fields: texts(
                &base.plan.fields,
                &mine.plan.fields,
                &theirs.plan.fields,
                PLAN_FIELD_MAX_CHARS,
            ),
        },
        snapshots: merge_snapshots(&base.snapshots, &mine.snapshots, &theirs.snapshots),
        evidence: texts(
            &base.evidence,
            &mine.evidence,
            &theirs.evidence,
            EVIDENCE_MAX_CHARS,
        ),
        rules_version: three_way(
            &base.rules_version,
            &mine.rules_version,
            &theirs.rules_version,
        ),
        edition: three_way(&base.edition, &mine.edition, &theirs.edition),
        earlier_answers_dismissed: three_way(
            &base.earlier_answers_dismissed,
            &mine.earlier_answers_dismissed,
            &theirs.earlier_answers_dismissed,
        ),
        // The team as a whole: members added, relabelled or removed in one tab are that
        // tab's change; changed in both, the change being saved.
        team: three_way(&base.team, &mine.team, &theirs.team),
        // Each figure of the estimate as one value; each guidance section as a text.
        estimate: merge_maps(&base.estimate, &mine.estimate, &theirs.estimate, mine_wins),
        guidance: texts(
            &base.guidance,
            &mine.guidance,
            &theirs.guidance,
            GUIDANCE_SECTION_MAX_CHARS,
        ),
        vendors: merge_vendors(&base.vendors, &mine.vendors, &theirs.vendors, marker),
        // The earlier first day; dealt with once either tab dealt with it.
        answering_since: match (mine.answering_since, theirs.answering_since) {
            (Some(m), Some(t)) => Some(m.min(t)),
            (m, t) => m.or(t),
        },
        copy_reminded: mine.copy_reminded.or(theirs.copy_reminded),
        report: ReportDetails {
            district: three_way(
                &base.report.district,
                &mine.report.district,
                &theirs.report.district,
            ),
            prepared_by: three_way(
                &base.report.prepared_by,
                &mine.report.prepared_by,
                &theirs.report.prepared_by,
            ),
        },
    }
}

/// Which side a three-way merge takes.
enum Pick {
    /// Both agree, or only this tab changed it.
    Mine,
    /// Only the other tab changed it.
    Theirs,
    /// Each changed it differently.
    Conflict,
}

fn pick<T: PartialEq>(base: &T, mine: &T, theirs: &T) -> Pick {
    if mine == theirs || theirs == base {
        Pick::Mine
    } else if mine == base {
        Pick::Theirs
    } else {
        Pick::Conflict
    }
}

/// A single value: the side that changed it, or mine when both did.
fn three_way<T: Clone + PartialEq>(base: &T, mine: &T, theirs: &T) -> T {
    match pick(base, mine, theirs) {
        Pick::Theirs => theirs.clone(),
        Pick::Mine | Pick::Conflict => mine.clone(),
    }
}

fn mine_wins<V: Clone>(_base: Option<&V>, mine: &V, _theirs: &V) -> V {
    mine.clone()
}

/// Three-way merges two maps key by key; `both(base, mine, theirs)` resolves a key whose
/// value each side changed differently. A key removed on one side and changed on the other
/// keeps the change.
fn merge_maps<V: Clone + PartialEq>(
    base: &BTreeMap<String, V>,
    mine: &BTreeMap<String, V>,
    theirs: &BTreeMap<String, V>,
    both: impl Fn(Option<&V>, &V, &V) -> V,
) -> BTreeMap<String, V> {
    let mut merged = BTreeMap::new();
    for key in mine.keys().chain(theirs.keys()) {
        if merged.contains_key(key) {
            continue;
        }
        let (b, m, t) = (base.get(key), mine.get(key), theirs.get(key));
        let value = match pick(&b, &m, &t) {
            Pick::Mine => m.cloned(),
            Pick::Theirs => t.cloned(),
            Pick::Conflict => match (m, t) {
                (Some(m), Some(t)) => Some(both(b, m, t)),
                (Some(kept), None) | (None, Some(kept)) => Some(kept.clone()),
                (None, None) => None,
            },
        };
        if let Some(value) = value {
            merged.insert(key.clone(), value);
        }
    }
    merged
}

/// The vendor checklist: when both tabs have the same tools, in the same order, each
/// tool's answers merge as answers do and its notes as texts; when the tools themselves
/// changed (added, renamed or removed), the list as a whole, as the team is.
fn merge_vendors(
    base: &[VendorTool],
    mine: &[VendorTool],
    theirs: &[VendorTool],
    marker: &str,
) -> Vec<VendorTool> {
    let names = |tools: &[VendorTool]| tools.iter().map(|t| t.name.clone()).collect::<Vec<_>>();
    if names(mine) != names(theirs) {
        return three_way(&base.to_vec(), &mine.to_vec(), &theirs.to_vec());
    }
    let empty = VendorTool::default();
    let answers = |tool: &VendorTool| -> BTreeMap<String, CheckAnswer> {
        let answered = tool
            .checks
            .iter()
            .filter_map(|c| Some((c.check.clone(), c.answer?)));
        answered.collect()
    };
    let notes = |tool: &VendorTool| -> BTreeMap<String, String> {
        let noted = tool.checks.iter().filter(|c| !c.note.is_empty());
        noted.map(|c| (c.check.clone(), c.note.clone())).collect()
    };
    mine.iter()
        .zip(theirs)
        .map(|(m, t)| {
            let b = base.iter().find(|b| b.name == m.name).unwrap_or(&empty);
            let mut merged = VendorTool {
                name: m.name.clone(),
                checks: Vec::new(),
            };
            for (id, answer) in merge_maps(&answers(b), &answers(m), &answers(t), mine_wins) {
                merged.check_mut(&id).answer = Some(answer);
            }
            let both = |_: Option<&String>, m: &String, t: &String| {
                join_texts(m, t, marker, joined_max(VENDOR_NOTE_MAX_CHARS))
            };
            for (id, note) in merge_maps(&notes(b), &notes(m), &notes(t), both) {
                merged.check_mut(&id).note = note;
            }
            merged
        })
        .collect()
}

/// Both texts, mine first and as typed (the user may be typing at its end), with the
/// marker line between them, cut at `max` characters.
fn join_texts(mine: &str, theirs: &str, marker: &str, max: usize) -> String {
    format!("{mine}\n\n{marker}\n{theirs}")
        .chars()
        .take(max)
        .collect()
}

/// A list merged as a bag: how often each value appears is merged three-way (when both
/// tabs changed it: mine's count plus what the other tab added, minus what it removed); in
/// mine's order, then the other tab's additions.
fn merge_lists<T: Clone + PartialEq>(base: &[T], mine: &[T], theirs: &[T]) -> Vec<T> {
    match pick(&base, &mine, &theirs) {
        Pick::Mine => return mine.to_vec(),
        Pick::Theirs => return theirs.to_vec(),
        Pick::Conflict => {}
    }
    let count = |list: &[T], x: &T| list.iter().filter(|y| *y == x).count();
    let mut merged: Vec<T> = Vec::new();
    for x in mine.iter().chain(theirs) {
        let (b, m, t) = (count(base, x), count(mine, x), count(theirs, x));
        let wanted = match pick(&b, &m, &t) {
            Pick::Mine => m,
            Pick::Theirs => t,
            Pick::Conflict => (m + t).saturating_sub(b),
        };
        if count(&merged, x) < wanted {
            merged.push(x.clone());
        }
    }
    merged
}

fn merge_workflows(
    base: &WorkflowChoices,
    mine: &WorkflowChoices,
    theirs: &WorkflowChoices,
) -> WorkflowChoices {
    WorkflowChoices {
        // Picked in both tabs is picked once: with no id twice on any side, the bag merge
        // never counts one twice.
        considered: merge_lists(&base.considered, &mine.considered, &theirs.considered),
        ratings: merge_maps(&base.ratings, &mine.ratings, &theirs.ratings, merge_ratings),
        custom: merge_workflow_lists(&base.custom, &mine.custom, &theirs.custom),
        chosen: three_way(&base.chosen, &mine.chosen, &theirs.chosen),
        draft: three_way(&base.draft, &mine.draft, &theirs.draft),
    }
}

/// The user's own workflows, by id: what either tab added or changed, without what
/// either deleted; a workflow both changed keeps mine. In mine's order, then the other
/// tab's new ones.
fn merge_workflow_lists(
    base: &[Workflow],
    mine: &[Workflow],
    theirs: &[Workflow],
) -> Vec<Workflow> {
    match pick(&base, &mine, &theirs) {
        Pick::Mine => return mine.to_vec(),
        Pick::Theirs => return theirs.to_vec(),
        Pick::Conflict => {}
    }
    fn find<'a>(list: &'a [Workflow], id: &str) -> Option<&'a Workflow> {
        list.iter().find(|w| w.id == id)
    }
    let mut merged = Vec::new();
    for w in mine.iter().chain(theirs) {
        if merged.iter().any(|m: &Workflow| m.id == w.id) {
            continue;
        }
        let (b, m, t) = (find(base, &w.id), find(mine, &w.id), find(theirs, &w.id));
        let kept = match pick(&b, &m, &t) {
            Pick::Mine => m,
            Pick::Theirs => t,
            // Deleted in one tab and changed in the other: keep the change.
            Pick::Conflict => m.or(t),
        };
        if let Some(kept) = kept {
            merged.push(kept.clone());
        }
    }
    merged
}

/// Two tabs rated the same workflow: criterion by criterion, as every other value.
fn merge_ratings(base: Option<&Ratings>, mine: &Ratings, theirs: &Ratings) -> Ratings {
    let base = base.copied().unwrap_or_default();
    let mut merged = Ratings::default();
    for c in Criterion::ALL {
        merged.set(c, three_way(&base.get(c), &mine.get(c), &theirs.get(c)));
    }
    merged
}

/// Snapshots are only ever added at the end (and the oldest dropped past the limit): every
/// snapshot either side has and the other did not drop, in the order taken, the other tab's
/// new ones last, at most [`SNAPSHOT_LIMIT`].
fn merge_snapshots(base: &[Snapshot], mine: &[Snapshot], theirs: &[Snapshot]) -> Vec<Snapshot> {
    let mut merged = merge_lists(base, mine, theirs);
    let excess = merged.len().saturating_sub(SNAPSHOT_LIMIT);
    merged.drain(..excess);
    merged
}
