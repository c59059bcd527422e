//! The stored record's JSON, read and written by hand.
//!
//! The layout is the one serde's derives on [`Record`] and its parts give: the same names,
//! order and escaping, byte for byte (`tests/record.rs` compares the two on generated
//! records), so records saved by any earlier version read as before. Reading through
//! [`Json`] instead of serde_json keeps a JSON parser and a derived reader per type out of
//! the first download (README § Size).
//!
//! Reading is total: any text gives a record or a [`RecordError`]. A member that is missing
//! or `null` takes its default; one of the wrong form makes the whole record invalid,
//! naming its section; members this version does not know are ignored.

use std::collections::BTreeMap;

use super::json::{push_string, Json};
use super::record::{
    Answer, CheckAnswer, Damage, Member, Mode, PilotPlan, Position, Record, RecordError,
    ReportDetails, Screen, Section, Snapshot, VendorCheck, VendorTool, WorkflowChoices, APP_ID,
    SCHEMA_VERSION,
};
use super::workflows::{Audience, DataUse, Ratings, Workflow};

/// Reads a record's sections; the checks of their values are [`Record`]'s own.
pub(super) fn read(text: &str) -> Result<Record, RecordError> {
    let json = Json::parse(text).map_err(|_| RecordError::NotJson)?;
    if !matches!(json.member("app"), Some(Json::String(app)) if app == APP_ID) {
        return Err(RecordError::WrongTool);
    }
    let version = json
        .member("schema_version")
        .ok_or(RecordError::Invalid(Damage::Version))?;
    match version.whole_number().map(u32::try_from) {
        Some(Ok(v)) if v > SCHEMA_VERSION => return Err(RecordError::NewerVersion(v)),
        Some(Ok(v)) if v > 0 => {}
        _ => return Err(RecordError::Invalid(Damage::Version)),
    }
    // Migrations: version 1 has no workflow choices, version 2 no team, version 3 no
    // estimate or guidance, version 4 no vendor checklist; each defaults to empty.
    Ok(Record {
        app: APP_ID.to_owned(),
        schema_version: SCHEMA_VERSION,
        answers: section(&json, "answers", Section::Answers, |v| map(v, answer))?,
        notes: section(&json, "notes", Section::Notes, texts)?,
        position: section(&json, "position", Section::Position, position)?,
        mode: section(&json, "mode", Section::Mode, |v| name(v, Mode::from_name))?,
        workflows: section(&json, "workflows", Section::Workflows, workflow_choices)?,
        plan: section(&json, "plan", Section::Plan, plan)?,
        snapshots: section(&json, "snapshots", Section::Snapshots, |v| {
            list(v, snapshot)
        })?,
        evidence: section(&json, "evidence", Section::Evidence, texts)?,
        report: section(&json, "report", Section::Report, report)?,
        rules_version: section(&json, "rules_version", Section::RulesVersion, |v| {
            rules_version(v).map(Some)
        })?,
        edition: section(&json, "edition", Section::Edition, |v| {
            rules_version(v).map(Some)
        })?,
        earlier_answers_dismissed: section(
            &json,
            "earlier_answers_dismissed",
            Section::EarlierAnswersDismissed,
            |v| rules_version(v).map(Some),
        )?,
        team: section(&json, "team", Section::Team, |v| list(v, member))?,
        estimate: section(&json, "estimate", Section::Estimate, texts)?,
        guidance: section(&json, "guidance", Section::Guidance, texts)?,
        vendors: section(&json, "vendors", Section::Vendors, |v| list(v, vendor_tool))?,
        answering_since: section(&json, "answering_since", Section::Reminder, |v| {
            rules_version(v).map(Some)
        })?,
        copy_reminded: section(&json, "copy_reminded", Section::Reminder, |v| {
            rules_version(v).map(Some)
        })?,
    })
}

/// `{"label":"…","answers":{…}}`.
fn member(value: &Json) -> Option<Member> {
    is_object(value)?;
    Some(Member {
        label: string(value.member("label")?)?,
        answers: map(value.member("answers")?, answer)?,
    })
}

/// `{"name":"…","checks":[{"check":"<check id>","answer":"yes","note":"…"},…]}`; a
/// check written twice keeps its last entry.
fn vendor_tool(value: &Json) -> Option<VendorTool> {
    is_object(value)?;
    let mut tool = VendorTool {
        name: string(value.member("name")?)?,
        checks: Vec::new(),
    };
    for found in list(value.member("checks")?, vendor_check)? {
        let id = found.check.clone();
        *tool.check_mut(&id) = found;
    }
    Some(tool)
}

/// `{"check":"<check id>","answer":"yes","note":"…"}`, the answer left out until given.
fn vendor_check(value: &Json) -> Option<VendorCheck> {
    is_object(value)?;
    Some(VendorCheck {
        check: string(value.member("check")?)?,
        answer: optional(value, "answer", |a| name(a, CheckAnswer::from_name))?,
        note: string(value.member("note")?)?,
    })
}

/// A section of the record: its default when missing, else what `read` makes of it.
fn section<T: Default>(
    record: &Json,
    key: &str,
    section: Section,
    read: impl FnOnce(&Json) -> Option<T>,
) -> Result<T, RecordError> {
    match record.member(key) {
        None => Ok(T::default()),
        Some(value) => read(value).ok_or(RecordError::Invalid(Damage::Unreadable(section))),
    }
}

fn string(value: &Json) -> Option<String> {
    match value {
        Json::String(text) => Some(text.clone()),
        _ => None,
    }
}

/// An optional member: `None` when missing or `null`, `Some(None)` when of the wrong form.
fn optional<T>(
    object: &Json,
    key: &str,
    read: impl FnOnce(&Json) -> Option<T>,
) -> Option<Option<T>> {
    match object.member(key) {
        None => Some(None),
        Some(value) => read(value).map(Some),
    }
}

fn byte(value: &Json) -> Option<u8> {
    u8::try_from(value.whole_number()?).ok()
}

fn name<T>(value: &Json, from_name: fn(&str) -> Option<T>) -> Option<T> {
    match value {
        Json::String(text) => from_name(text),
        _ => None,
    }
}

/// A map of texts (notes, plan fields, evidence, the estimate, guidance): one function for
/// all, so the first download carries one copy of its code.
fn texts(value: &Json) -> Option<BTreeMap<String, String>> {
    map(value, string)
}

fn map<T>(value: &Json, read: impl Fn(&Json) -> Option<T>) -> Option<BTreeMap<String, T>> {
    match value {
        // One insert at a time, not `collect`: that sorts through code of its own, kilobytes
        // per value type. A key written twice keeps its last value.
        Json::Object(members) => {
            let mut map = BTreeMap::new();
            for (key, value) in members {
                map.insert(key.clone(), read(value)?);
            }
            Some(map)
        }
        _ => None,
    }
}

fn list<T>(value: &Json, read: impl Fn(&Json) -> Option<T>) -> Option<Vec<T>> {
    match value {
        // A loop, not `collect` into an `Option`: that adapter is code of its own per item
        // type, most of a kilobyte each.
        Json::Array(items) => {
            let mut list = Vec::with_capacity(items.len());
            for item in items {
                list.push(read(item)?);
            }
            Some(list)
        }
        _ => None,
    }
}

fn is_object(value: &Json) -> Option<()> {
    matches!(value, Json::Object(_)).then_some(())
}

/// `{"level":n}` or `"not_sure"`.
fn answer(value: &Json) -> Option<Answer> {
    match value {
        Json::String(text) if text == "not_sure" => Some(Answer::NotSure),
        Json::Object(members) => match members.as_slice() {
            [(key, level)] if key == "level" => byte(level).map(Answer::Level),
            _ => None,
        },
        _ => None,
    }
}

fn position(value: &Json) -> Option<Position> {
    is_object(value)?;
    Some(Position {
        screen: optional(value, "screen", |v| name(v, Screen::from_name))?.unwrap_or_default(),
        step: optional(value, "step", |v| usize::try_from(v.whole_number()?).ok())?
            .unwrap_or_default(),
    })
}

fn workflow_choices(value: &Json) -> Option<WorkflowChoices> {
    is_object(value)?;
    Some(WorkflowChoices {
        considered: optional(value, "considered", |v| list(v, string))?.unwrap_or_default(),
        ratings: optional(value, "ratings", |v| map(v, ratings))?.unwrap_or_default(),
        custom: optional(value, "custom", |v| list(v, workflow))?.unwrap_or_default(),
        chosen: optional(value, "chosen", string)?,
        draft: optional(value, "draft", workflow)?,
    })
}

fn ratings(value: &Json) -> Option<Ratings> {
    is_object(value)?;
    Some(Ratings {
        common: optional(value, "common", byte)?,
        measurable: optional(value, "measurable", byte)?,
        safe_to_review: optional(value, "safe_to_review", byte)?,
        pain: optional(value, "pain", byte)?,
        fit: optional(value, "fit", byte)?,
    })
}

fn workflow(value: &Json) -> Option<Workflow> {
    let text = |key| optional(value, key, string).map(Option::unwrap_or_default);
    let flag = |key| match value.member(key)? {
        Json::Bool(flag) => Some(*flag),
        _ => None,
    };
    Some(Workflow {
        id: string(value.member("id")?)?,
        name: string(value.member("name")?)?,
        description: text("description")?,
        department: text("department")?,
        data: name(value.member("data")?, DataUse::from_name)?,
        audience: name(value.member("audience")?, Audience::from_name)?,
        human_review: flag("human_review")?,
        high_stakes: flag("high_stakes")?,
        outcome: text("outcome")?,
        // Catalogue metadata: a workflow of the user's own has neither.
        group: None,
        sources: Vec::new(),
    })
}

fn plan(value: &Json) -> Option<PilotPlan> {
    is_object(value)?;
    Some(PilotPlan {
        drafted_for: optional(value, "drafted_for", string)?,
        fields: optional(value, "fields", texts)?.unwrap_or_default(),
    })
}

fn report(value: &Json) -> Option<ReportDetails> {
    is_object(value)?;
    Some(ReportDetails {
        district: optional(value, "district", string)?.unwrap_or_default(),
        prepared_by: optional(value, "prepared_by", string)?.unwrap_or_default(),
    })
}

fn snapshot(value: &Json) -> Option<Snapshot> {
    Some(Snapshot {
        taken: string(value.member("taken")?)?,
        answers: map(value.member("answers")?, answer)?,
        rules_version: optional(value, "rules_version", rules_version)?,
    })
}

/// A version or edition number.
fn rules_version(value: &Json) -> Option<u32> {
    value.whole_number().and_then(|v| u32::try_from(v).ok())
}

/// Writes the record as compact JSON, as `serde_json::to_string` of its derives would.
pub(super) fn write(record: &Record) -> String {
    let mut out = Writer(String::with_capacity(256));
    out.bracket('{');
    out.key("app");
    out.string(&record.app);
    out.key("schema_version");
    out.number(record.schema_version.into());
    out.key("answers");
    out.map(&record.answers, Writer::answer);
    out.key("notes");
    out.map(&record.notes, Writer::text);
    out.key("position");
    out.bracket('{');
    out.key("screen");
    out.string(record.position.screen.name());
    out.key("step");
    out.number(record.position.step as u64);
    out.bracket('}');
    out.key("mode");
    out.string(record.mode.name());
    out.key("workflows");
    out.workflow_choices(&record.workflows);
    out.key("plan");
    out.bracket('{');
    out.key("drafted_for");
    out.optional_string(record.plan.drafted_for.as_deref());
    out.key("fields");
    out.map(&record.plan.fields, Writer::text);
    out.bracket('}');
    out.key("snapshots");
    out.bracket('[');
    for snapshot in &record.snapshots {
        out.comma();
        out.bracket('{');
        out.key("taken");
        out.string(&snapshot.taken);
        out.key("answers");
        out.map(&snapshot.answers, Writer::answer);
        if let Some(version) = snapshot.rules_version {
            out.key("rules_version");
            out.number(version.into());
        }
        out.bracket('}');
    }
    out.bracket(']');
    if !record.evidence.is_empty() {
        out.key("evidence");
        out.map(&record.evidence, Writer::text);
    }
    if !record.report.is_empty() {
        out.key("report");
        out.bracket('{');
        out.key("district");
        out.string(&record.report.district);
        out.key("prepared_by");
        out.string(&record.report.prepared_by);
        out.bracket('}');
    }
    if let Some(version) = record.rules_version {
        out.key("rules_version");
        out.number(version.into());
    }
    if let Some(edition) = record.edition {
        out.key("edition");
        out.number(edition.into());
    }
    if let Some(edition) = record.earlier_answers_dismissed {
        out.key("earlier_answers_dismissed");
        out.number(edition.into());
    }
    if !record.team.is_empty() {
        out.key("team");
        out.bracket('[');
        for member in &record.team {
            out.comma();
            out.bracket('{');
            out.key("label");
            out.string(&member.label);
            out.key("answers");
            out.map(&member.answers, Writer::answer);
            out.bracket('}');
        }
        out.bracket(']');
    }
    if !record.estimate.is_empty() {
        out.key("estimate");
        out.map(&record.estimate, Writer::text);
    }
    if !record.guidance.is_empty() {
        out.key("guidance");
        out.map(&record.guidance, Writer::text);
    }
    if !record.vendors.is_empty() {
        out.key("vendors");
        out.bracket('[');
        for tool in &record.vendors {
            out.comma();
            out.bracket('{');
            out.key("name");
            out.string(&tool.name);
            out.key("checks");
            out.bracket('[');
            for found in &tool.checks {
                out.comma();
                out.bracket('{');
                out.key("check");
                out.string(&found.check);
                if let Some(answer) = found.answer {
                    out.key("answer");
                    out.string(answer.name());
                }
                out.key("note");
                out.string(&found.note);
                out.bracket('}');
            }
            out.bracket(']');
            out.bracket('}');
        }
        out.bracket(']');
    }
    for (key, day) in [
        ("answering_since", record.answering_since),
        ("copy_reminded", record.copy_reminded),
    ] {
        if let Some(day) = day {
            out.key(key);
            out.number(day.into());
        }
    }
    out.bracket('}');
    out.0
}

/// Compact JSON, with a comma before every member or item but the first of its container.
struct Writer(String);

impl Writer {
    /// Opens or closes an object or array: `{`, `}`, `[` or `]`.
    fn bracket(&mut self, bracket: char) {
        self.0.push(bracket);
    }

    /// A comma unless the container was just opened.
    fn comma(&mut self) {
        if !self.0.ends_with(['{', '[']) {
            self.0.push(',');
        }
    }

    fn key(&mut self, key: &str) {
        self.comma();
        push_string(&mut self.0, key);
        self.0.push(':');
    }

    fn string(&mut self, text: &str) {
        push_string(&mut self.0, text);
    }

    fn optional_string(&mut self, text: Option<&str>) {
        match text {
            Some(text) => self.string(text),
            None => self.0.push_str("null"),
        }
    }

    fn number(&mut self, number: u64) {
        self.0.push_str(&number.to_string());
    }

    fn flag(&mut self, flag: bool) {
        self.0.push_str(if flag { "true" } else { "false" });
    }

    fn map<T>(&mut self, map: &BTreeMap<String, T>, write: impl Fn(&mut Self, &T)) {
        self.bracket('{');
        for (key, value) in map {
            self.key(key);
            write(self, value);
        }
        self.bracket('}');
    }

    /// A text in a map (see [`texts`]).
    #[expect(
        clippy::ptr_arg,
        reason = "`map` hands each value of a text map as `&String`"
    )]
    fn text(&mut self, text: &String) {
        self.string(text);
    }

    fn answer(&mut self, answer: &Answer) {
        match answer {
            Answer::Level(level) => {
                self.0.push_str("{\"level\":");
                self.number((*level).into());
                self.0.push('}');
            }
            Answer::NotSure => self.0.push_str("\"not_sure\""),
        }
    }

    fn workflow_choices(&mut self, choices: &WorkflowChoices) {
        self.bracket('{');
        self.key("considered");
        self.bracket('[');
        for id in &choices.considered {
            self.comma();
            self.string(id);
        }
        self.bracket(']');
        self.key("ratings");
        self.map(&choices.ratings, |out, ratings| {
            out.bracket('{');
            for (key, rating) in [
                ("common", ratings.common),
                ("measurable", ratings.measurable),
                ("safe_to_review", ratings.safe_to_review),
                ("pain", ratings.pain),
                ("fit", ratings.fit),
            ] {
                if let Some(rating) = rating {
                    out.key(key);
                    out.number(rating.into());
                }
            }
            out.bracket('}');
        });
        self.key("custom");
        self.bracket('[');
        for workflow in &choices.custom {
            self.comma();
            self.workflow(workflow);
        }
        self.bracket(']');
        self.key("chosen");
        self.optional_string(choices.chosen.as_deref());
        if let Some(draft) = &choices.draft {
            self.key("draft");
            self.workflow(draft);
        }
        self.bracket('}');
    }

    fn workflow(&mut self, workflow: &Workflow) {
        self.bracket('{');
        for (key, text) in [
            ("id", &workflow.id),
            ("name", &workflow.name),
            ("description", &workflow.description),
            ("department", &workflow.department),
        ] {
            self.key(key);
            self.string(text);
        }
        self.key("data");
        self.string(workflow.data.name());
        self.key("audience");
        self.string(workflow.audience.name());
        self.key("human_review");
        self.flag(workflow.human_review);
        self.key("high_stakes");
        self.flag(workflow.high_stakes);
        self.key("outcome");
        self.string(&workflow.outcome);
        self.bracket('}');
    }
}

impl Record {
    /// Reads a record from JSON text, checking its origin, version and every answer.
    pub fn from_json(text: &str) -> Result<Self, RecordError> {
        let record = read(text)?;
        record.check()?;
        Ok(record)
    }

    /// Writes the record as compact JSON.
    pub fn to_json(&self) -> String {
        write(self)
    }
}
