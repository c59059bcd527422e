//! "Who this report is for": the district's name and who prepared the assessment, both
//! optional, saved as typed and printed on the report and the downloads.

use leptos::prelude::*;

use super::saved_text::SavedTextInput;
use super::state::{AppState, PartContent};
use crate::core::record::{Record, ReportDetails, REPORT_FIELD_MAX_CHARS};

/// The two fields.
#[component]
pub fn ReportDetailsForm() -> impl IntoView {
    let PartContent { text, .. } = expect_context();
    let field = |id: &'static str,
                 label: &'static str,
                 read: fn(&Record) -> &String,
                 write: fn(&mut Record) -> &mut String| {
        let state: AppState = expect_context();
        let value = Memo::new(move |_| state.record.with(|r| read(r).clone()));
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <SavedTextInput
                    id=id.to_owned()
                    max_chars=REPORT_FIELD_MAX_CHARS
                    value=value
                    on_input=Callback::new(move |typed: String| state.edit(|r| ReportDetails::set(write(r), &typed)))
                />
            </div>
        }
    };
    view! {
        <section class="report-details" aria-labelledby="report-details-heading">
            <h2 id="report-details-heading">{text.report_details_heading}</h2>
            <p class="muted">{text.report_details_help}</p>
            {field("report-district", text.report_district_label, |r| &r.report.district, |r| &mut r.report.district)}
            {field("report-author", text.report_author_label, |r| &r.report.prepared_by, |r| &mut r.report.prepared_by)}
        </section>
    }
}
