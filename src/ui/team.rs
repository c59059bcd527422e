//! The leadership team screen: the facilitator pastes the members' share links (or opens
//! their JSON files), labels them, and sees where the team disagrees, which must-haves are
//! disputed, and the team's verdict (see [`crate::core::team`]). The members are kept in
//! the record, on this device; the facilitator's own answers are never touched.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use super::ladder::Ladder;
use super::state::{AppState, Content, PartContent};
use crate::core::content::Item;
use crate::core::editions::{carry_over, History};
use crate::core::export::{team_csv, team_markdown};
use crate::core::import;
use crate::core::judgement::judge;
use crate::core::record::{Answer, Member, Mode, Screen, TEAM_LABEL_MAX_CHARS};
use crate::core::share::ShareError;
use crate::core::snapshots;
use crate::core::team::{add_links, add_member, merge, Added, Team};
use crate::core::text::fill;
use crate::core::wording;
use crate::platform::{focus_after_render, today};

/// The team screen.
#[component]
pub fn TeamScreen() -> impl IntoView {
    let Content { bank, text: ui, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let pasted = RwSignal::new(String::new());
    // What became of the last links or files added, one line each.
    let outcomes = RwSignal::new(Vec::<String>::new());
    let label = move |index: usize| fill(text.team_member_label, &[("n", &(index + 1))]);
    let word = move |entry: &str, added: Added, team: &[Member]| -> String {
        let name = |i: usize| team.get(i).map_or(String::new(), |m| m.label.clone());
        let what = match added {
            Added::Member(i) => fill(text.team_added, &[("label", &name(i))]),
            Added::Duplicate(i) => fill(text.team_duplicate, &[("label", &name(i))]),
            Added::Unreadable(ShareError::Damaged) => text.share_error_damaged.to_owned(),
            Added::Unreadable(ShareError::NewerVersion) => text.share_error_newer.to_owned(),
            Added::Unreadable(ShareError::OtherQuestions) => {
                text.share_error_other_questions.to_owned()
            }
            Added::Full => text.team_full.to_owned(),
        };
        format!("{entry}: {what}")
    };

    let add_pasted = move |_| {
        let text_now = pasted.get_untracked();
        let mut lines = Vec::new();
        state.edit(|r| {
            let added = add_links(bank, History::english(), &mut r.team, &text_now, label);
            lines = added
                .iter()
                .enumerate()
                .map(|(n, a)| word(&fill(text.team_link_n, &[("n", &(n + 1))]), *a, &r.team))
                .collect();
        });
        if lines.is_empty() {
            lines.push(text.team_no_links.to_owned());
        } else {
            pasted.set(String::new());
        }
        outcomes.set(lines);
        focus_after_render("team-outcomes");
    };

    // Members' JSON files, chosen or dropped: each read, checked and added in turn.
    let add_files = move |files: web_sys::FileList| {
        let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        leptos::task::spawn_local(async move {
            let mut lines = Vec::new();
            for file in files {
                let name = file.name();
                let size = file.size() as usize;
                let contents = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string());
                let line = match contents.map(|c| import::read(size, &c)) {
                    None => format!("{name}: {}", text.import_unreadable),
                    Some(Err(e)) => format!("{name}: {}", text.import_error(&e)),
                    Some(Ok(mut record)) => {
                        carry_over(bank, &mut record, ui.earlier_answer_note);
                        let mut line = String::new();
                        state.edit(|r| {
                            let next = label(r.team.len());
                            let added = add_member(&mut r.team, record.answers, next);
                            line = word(&name, added, &r.team);
                        });
                        line
                    }
                };
                lines.push(line);
            }
            outcomes.set(lines);
            focus_after_render("team-outcomes");
        });
    };
    let on_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(files) = input.files() {
            add_files(files);
        }
        // The same file can be chosen again.
        input.set_value("");
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            add_files(files);
        }
    };

    let members = Memo::new(move |_| state.record.with(|r| r.team.clone()));
    let member_rows = move || {
        members
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, member)| {
                let answered = member.answers.len();
                let input_id = format!("team-label-{index}");
                view! {
                    <li class="team-member">
                        <label class="visually-hidden" for=input_id.clone()>{fill(text.team_label_for, &[("n", &(index + 1))])}</label>
                        <input
                            id=input_id
                            type="text"
                            class="team-member__label"
                            maxlength=TEAM_LABEL_MAX_CHARS
                            prop:value=member.label.clone()
                            on:change=move |ev| {
                                let value: String = event_target_value(&ev).chars().take(TEAM_LABEL_MAX_CHARS).collect();
                                state.edit(|r| {
                                    if let Some(m) = r.team.get_mut(index) {
                                        m.label = value;
                                    }
                                });
                            }
                        />
                        <span class="team-member__count muted">{fill(text.team_member_answers, &[("count", &answered)])}</span>
                        <button
                            type="button"
                            class="button button--small button--quiet"
                            on:click=move |_| state.edit(|r| {
                                if index < r.team.len() {
                                    r.team.remove(index);
                                }
                            })
                        >
                            {fill(text.team_remove, &[("label", &member.label)])}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="team" aria-labelledby="team-heading">
            <h1 id="team-heading" tabindex="-1">
                <span class="screen-only">{text.team_heading}</span>
                <span class="print-only">{text.team_guide_title}</span>
            </h1>
            <p class="print-only team-guide__byline">
                {move || fill(text.team_guide_byline, &[("date", &today()), ("members", &members.with(|m| m.iter().map(|x| x.label.clone()).collect::<Vec<_>>().join(", ")))])}
            </p>
            <div class="screen-only">
            <p class="lead">{text.team_lead}</p>
            <ol class="team-steps">
                {text.team_steps.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
            </ol>

            <h2 id="team-add-heading">{text.team_add_heading}</h2>
            // Files can also be dropped anywhere here.
            <div
                class="team-add"
                class:is-dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
            <div class="field">
                <label for="team-links">{text.team_paste_label}</label>
                <p class="field-help" id="team-links-help">{text.team_paste_help}</p>
                <textarea
                    id="team-links"
                    rows="4"
                    aria-describedby="team-links-help"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
            </div>
            <div class="actions">
                <button type="button" class="button button--primary" on:click=add_pasted>{text.team_add_links}</button>
                <label class="button file-button">
                    {text.team_open_files}
                    <input type="file" accept=".json,application/json" multiple class="visually-hidden" on:change=on_files />
                </label>
            </div>
            <p class="field-help">{text.team_drop_help}</p>
            </div>
            <div id="team-outcomes" class="team-outcomes" tabindex="-1" role="status">
                {move || {
                    let lines = outcomes.get();
                    (!lines.is_empty()).then(|| view! {
                        <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    })
                }}
            </div>

            <h2>{move || fill(text.team_members_heading, &[("count", &members.with(Vec::len))])}</h2>
            {move || members.with(Vec::is_empty).then(|| view! { <p class="muted">{text.team_empty}</p> })}
            <ol class="team-members">{member_rows}</ol>
            </div>

            {move || {
                let team = members.get();
                (team.len() >= 2).then(|| {
                    let merged = merge(bank, &team);
                    view! { <Merged team=merged members=team /> }
                })
            }}

            <div class="actions">
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        state.go(Screen::Results);
                        focus_after_render("results-heading");
                    }
                >
                    {text.back_to_results}
                </button>
            </div>
        </section>
    }
}

/// The merged view: the team's verdict, the disputed must-haves, "Discuss first" and the
/// areas.
#[component]
fn Merged(team: Team<'static>, members: Vec<Member>) -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let judgement = judge(bank, &team.record);
    let csv = team_csv(bank, text, &team, &members);
    let download_failed = RwSignal::new(false);
    let download_csv = move |_| {
        let name = format!("district-ai-readiness-team-{}.csv", today());
        download_failed
            .set(crate::platform::download(&name, "text/csv;charset=utf-8", &csv).is_err());
    };
    let markdown = team_markdown(bank, text, &team, &members, &today());
    let download_markdown = move |_| {
        let name = format!("district-ai-readiness-team-{}.md", today());
        download_failed.set(
            crate::platform::download(&name, "text/markdown;charset=utf-8", &markdown).is_err(),
        );
    };
    let verdict = judgement.verdict;
    let labels: Vec<String> = members.iter().map(|m| m.label.clone()).collect();
    // On screen a line per answer in the level's words; on paper one short line.
    let who_said = |item| {
        let lines = wording::who_said(text, item, &members, &labels);
        view! {
            <ul class="team-who screen-only">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            <p class="team-who print-only">{wording::who_said_briefly(text, item, &members, &labels)}</p>
        }
    };
    let disputed: Vec<_> = team.items.iter().filter(|i| i.disputed).collect();
    let disputed_view = (!disputed.is_empty()).then(|| {
        view! {
            <h3>{text.team_disputed_heading}</h3>
            <p class="muted">{text.team_disputed_intro}</p>
            <ul class="team-disputed">
                {disputed
                    .iter()
                    .map(|i| view! {
                        <li>
                            <strong>{i.item.question.to_string()}</strong>
                            {wording::short_of_must_have(text, i.item, &members, &labels).map(|(on_screen, on_paper)| view! {
                                <p class="team-short-of screen-only">{on_screen}</p>
                                <p class="team-short-of print-only">{on_paper}</p>
                            })}
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
    });
    let discuss = team
        .discuss_first
        .iter()
        .map(|&index| {
            let i = &team.items[index];
            let spread = i.spread.map_or_else(String::new, |s| fill(text.team_spread, &[("spread", &s)]));
            let not_sure = (i.not_sure > 0).then(|| fill(text.not_sure_count, &[("count", &i.not_sure)]));
            let team_answer = i.answer.map(|a| wording::team_answer(text, i.item, a));
            view! {
                <li class="team-discuss__item">
                    <p class="team-discuss__question"><strong>{i.item.question.to_string()}</strong></p>
                    <p class="team-discuss__facts muted">{[Some(spread), not_sure].into_iter().flatten().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" · ")}</p>
                    {who_said(i.item)}
                    {team_answer.map(|t| view! { <p class="team-discuss__answer">{t}</p> })}
                </li>
            }
        })
        .collect_view();
    let areas = team
        .areas
        .iter()
        .map(|area| {
            let dimension = &bank.dimensions[area.dimension];
            let median = area
                .median
                .map_or_else(|| text.unknown_score.to_owned(), |m| m.to_string());
            let range = area
                .range
                .map_or_else(String::new, |(lo, hi)| format!("{lo}–{hi}"));
            let scores = area
                .scores
                .iter()
                .zip(&members)
                .map(|(s, m)| {
                    let score = s.map_or_else(|| text.unknown_score.to_owned(), |v| v.to_string());
                    view! { <span>{format!("{}: {score}", m.label)}</span> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{dimension.title.to_string()}</th>
                    <td class="num">{median}</td>
                    <td class="num">{range}</td>
                    <td class="team-areas__scores">{scores}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="team-merged" aria-labelledby="team-verdict-heading">
            <h2 id="team-verdict-heading">{text.team_verdict_heading}</h2>
            <p class="muted">{text.team_verdict_rule}</p>
            <p class="verdict__title">{text.verdicts.of(verdict).to_owned()}</p>
            <Ladder judgement=judgement.clone() />
            <p class="muted screen-only">{text.team_scores_note}</p>
            {disputed_view}

            <h2 id="team-discuss-heading">{text.team_discuss_heading}</h2>
            {if team.discuss_first.is_empty() {
                view! { <p class="muted">{text.team_agrees}</p> }.into_any()
            } else {
                view! { <ol class="team-discuss">{discuss}</ol> }.into_any()
            }}

            <h2>{text.team_areas_heading}</h2>
            {strip_chart(&team, &members)}
            <div class="table-scroll screen-only">
                <table class="score-table team-areas">
                    <caption class="visually-hidden">{text.team_areas_heading}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{text.table_area}</th>
                            <th scope="col">{text.team_median}</th>
                            <th scope="col">{text.team_range}</th>
                            <th scope="col">{text.team_each}</th>
                        </tr>
                    </thead>
                    <tbody>{areas}</tbody>
                </table>
            </div>
            <div class="actions">
                <button type="button" class="button button--primary" on:click=|_| crate::platform::print_page()>
                    {text.team_print}
                </button>
                <button type="button" class="button" on:click=download_csv>{text.team_download_csv}</button>
                <button type="button" class="button" on:click=download_markdown>{text.team_download_markdown}</button>
            </div>
            {move || download_failed.get().then(|| view! { <p class="field-error" role="alert">{text.download_failed}</p> })}
            <div class="screen-only">
                <Adopt answers=team.record.answers.clone() />
            </div>
        </section>
    }
}

/// Each area as a strip from 0 to 100, each member a dot at their score (members with the
/// same score one dot, with how many inside it) and the lower middle a bar: where the team
/// agrees the dots bunch, where it does not they spread. Hovering a dot names its members;
/// the table after it has the same figures.
fn strip_chart(team: &Team<'_>, members: &[Member]) -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    const W: u32 = 400;
    const LEFT: u32 = 12;
    const RIGHT: u32 = 388;
    const ROW: u32 = 40;
    let x = |score: u32| LEFT + (RIGHT - LEFT) * score.min(100) / 100;
    let rows = team
        .areas
        .iter()
        .enumerate()
        .map(|(row, area)| {
            let top = row as u32 * ROW;
            let line_y = top + 27;
            let name = bank.dimensions[area.dimension].short_title.to_string();
            // The members at each score.
            let mut at: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
            for (score, member) in area.scores.iter().zip(members) {
                if let Some(score) = score {
                    at.entry(*score).or_default().push(&member.label);
                }
            }
            let dots = at
                .into_iter()
                .map(|(score, who)| {
                    let r = if who.len() > 1 { "8" } else { "6" };
                    let count = (who.len() > 1).then(|| {
                        view! { <text x=x(score) y=line_y + 4 text-anchor="middle" class="strip__count">{who.len()}</text> }
                    });
                    view! {
                        <g class="strip__dot">
                            <title>{format!("{score}: {}", who.join(", "))}</title>
                            <circle cx=x(score) cy=line_y r=r></circle>
                            {count}
                        </g>
                    }
                })
                .collect_view();
            let median = area.median.map(|m| {
                let at = x(m);
                view! { <line x1=at y1=line_y - 11 x2=at y2=line_y + 11 class="strip__median"></line> }
            });
            view! {
                <text x=LEFT y=top + 12 class="strip__label">{name}</text>
                <line x1=LEFT y1=line_y x2=RIGHT y2=line_y class="strip__line"></line>
                {median}
                {dots}
            }
        })
        .collect_view();
    let bottom = team.areas.len() as u32 * ROW + 12;
    let height = bottom + 8;
    let scale = [0u32, 50, 100].map(
        |v| view! { <text x=x(v) y=bottom text-anchor="middle" class="strip__scale">{v}</text> },
    );
    view! {
        <figure class="strip">
            <svg viewBox=format!("0 0 {W} {height}") role="img" aria-labelledby="strip-title strip-desc" class="strip__svg">
                <title id="strip-title">{text.team_chart_title}</title>
                <desc id="strip-desc">{text.team_chart_desc}</desc>
                {rows}
                {scale}
            </svg>
            <figcaption class="strip__legend" aria-hidden="true">
                <span class="strip__key strip__key--dot"></span>
                {text.team_chart_legend_member}
                <span class="strip__key strip__key--median"></span>
                {text.team_chart_legend_median}
            </figcaption>
        </figure>
    }
}

/// "Use the team's answers": they become this device's own, all of them or only those
/// ticked, after a preview of each question where they differ and a confirmation; the
/// answers they replace are kept as a dated snapshot. A question the team left blank keeps
/// this device's answer.
#[component]
fn Adopt(answers: BTreeMap<String, Answer>) -> impl IntoView {
    let Content { bank, .. } = expect_context();
    let PartContent { text, .. } = expect_context();
    let state: AppState = expect_context();
    let confirming = RwSignal::new(false);
    // Where the team's answer differs from this device's, in questionnaire order.
    let differing: Vec<(&'static Item, Option<Answer>, Answer)> =
        state.record.with_untracked(|r| {
            bank.items()
                .filter_map(|(_, item)| {
                    let team = *answers.get(&*item.id)?;
                    let own = r.answers.get(&*item.id).copied();
                    (own != Some(team)).then_some((item, own, team))
                })
                .collect()
        });
    let ticked = RwSignal::new(
        differing
            .iter()
            .map(|(item, ..)| &*item.id)
            .collect::<BTreeSet<&'static str>>(),
    );
    let changed = differing.len();
    let answers = StoredValue::new(answers);
    let adopt = move |_| {
        let team = answers.get_value();
        let chosen = ticked.get_untracked();
        state.edit(|r| {
            if !r.answers.is_empty() {
                snapshots::take(r, &today());
            }
            for id in chosen {
                if let Some(answer) = team.get(id) {
                    r.answers.insert(id.to_owned(), *answer);
                }
            }
            r.mode = Mode::Full;
            r.position.screen = Screen::Results;
        });
        focus_after_render("results-heading");
    };
    let differing = StoredValue::new(differing);
    let rows = move || {
        differing
            .get_value()
            .into_iter()
            .map(|(item, own, team)| {
                let word = |answer| wording::member_answer(text, item, answer);
                let change = fill(
                    text.team_adopt_row,
                    &[("own", &word(own)), ("team", &word(Some(team)))],
                );
                let (id, question): (&'static str, &'static str) = (&item.id, &item.question);
                view! {
                    <li>
                        <label class="team-adopt__row">
                            <input
                                type="checkbox"
                                prop:checked=move || ticked.with(|t| t.contains(id))
                                on:change=move |_| ticked.update(|t| {
                                    if !t.remove(id) {
                                        t.insert(id);
                                    }
                                })
                            />
                            <span>
                                <span class="team-adopt__question">{question}</span>
                                <span class="team-adopt__change muted">{change}</span>
                            </span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h2>{text.team_adopt_heading}</h2>
        <p>{text.team_adopt_intro}</p>
        <Show
            when=move || confirming.get()
            fallback=move || view! {
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        confirming.set(true);
                        focus_after_render("team-adopt-warning");
                    }
                >
                    {text.team_adopt}
                </button>
            }
        >
            <div class="start-over__confirm" role="alertdialog" aria-labelledby="team-adopt-warning">
                <p id="team-adopt-warning" tabindex="-1">
                    {fill(text.team_adopt_warning, &[("changed", &changed)])}
                </p>
                <ul class="team-adopt">{rows}</ul>
                <div class="actions">
                    <button type="button" class="button button--primary" on:click=adopt>
                        {move || fill(text.team_adopt_confirm, &[("count", &ticked.with(BTreeSet::len))])}
                    </button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>{text.team_adopt_cancel}</button>
                </div>
            </div>
        </Show>
    }
}
