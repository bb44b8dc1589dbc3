//! *Reports*: the team report drawn (bars with their figures in words), a
//! bar opening the young people behind it, and the national return with
//! what is missing from it. Each report is kept on the phone when fetched,
//! so it reads with no signal, and downloads as a spreadsheet.

use leptos::prelude::*;

use crate::auth::Role;
use crate::dates::short_day;
use crate::goals::SCALE;
use crate::reports::{
    csv, AgeBand, BeesDomain, BeesReport, CareLeaverReturn, Figure, Measure, ReportPerson, Shown,
    Standing, TeamReport, SUPPRESS_BELOW,
};
use crate::shell::api::{self, ApiFailure};
use crate::shell::device::{keep_report, kept_report};
use crate::shell::{admit, local_moment, set_title, Audience};
use crate::ui::{download, BeeIcon};

#[component]
pub fn Reports() -> impl IntoView {
    set_title("Reports");
    let session = match admit(Audience::Staff("/home")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let can_open_plans = session.user.role != Role::HeadOfService;
    let attempt = RwSignal::new(0u32);
    let (fetched, shown) =
        kept_or_fetched::<TeamReport>(&session, "/api/reports/team", "team", attempt);
    view! {
        <section class="page reports">
            <h1>"Reports"</h1>
            {move || match shown() {
                Ok((report, kept_at)) => view! {
                    <TeamReportView report=report kept_at=kept_at can_open_plans=can_open_plans/>
                }
                .into_any(),
                Err(why) => view! {
                    <NoReport why=why settled=Signal::derive(move || fetched.get().is_some()) attempt=attempt/>
                }
                .into_any(),
            }}
            <ul class="plain report-links no-print">
                <li><a href="/reports/outcome-bees">"Outcome Bees for the corporate parenting panel →"</a></li>
                <li><a href="/audits">"Audits of practice →"</a></li>
            </ul>
            <NationalReturn token=session.token.clone() can_open_plans=can_open_plans/>
        </section>
    }
    .into_any()
}

/// A report to show, with when it was saved if it is this phone's copy; or
/// why there is none.
pub type Showing<T> = Result<(T, Option<f64>), String>;

/// A report fetched from `path` and kept on the phone as `name`; and what
/// to show: the fetched report, or while it comes or with no signal the
/// one kept here with when it was saved, or else why there is none.
pub fn kept_or_fetched<T>(
    session: &crate::shell::device::Session,
    path: &'static str,
    name: &'static str,
    attempt: RwSignal<u32>,
) -> (
    LocalResource<Result<T, ApiFailure>>,
    impl Fn() -> Showing<T> + Copy + 'static,
)
where
    T: serde::Serialize + serde::de::DeserializeOwned + Clone + 'static,
{
    let person = session.user.id;
    let token = session.token.clone();
    let fetched = LocalResource::new(move || {
        attempt.track();
        let token = token.clone();
        async move {
            let report: T = api::get(path, &token).await?;
            keep_report(person, name, &report);
            Ok::<_, ApiFailure>(report)
        }
    });
    let shown = move || {
        let kept = || kept_report::<T>(person, name).map(|k| (k.report, Some(k.at)));
        match fetched.get() {
            Some(Ok(report)) => Ok((report, None)),
            None => kept().ok_or_else(|| "Getting the figures…".to_owned()),
            Some(Err(failure)) => kept().ok_or_else(|| match failure {
                ApiFailure::Offline => "You're offline, and these figures haven't been saved on this phone yet. They come from Pathway's records, so they need a connection the first time.".to_owned(),
                other => other.message(),
            }),
        }
    };
    (fetched, shown)
}

/// Why there is no report to show: while it is fetched, or why it could
/// not be (`settled`), with a way to try again.
#[component]
pub fn NoReport(why: String, settled: Signal<bool>, attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <p aria-busy=move || !settled.get()>{why}</p>
        <Show when=move || settled.get()>
            <button type="button" class="quiet-button" on:click=move |_| attempt.update(|n| *n += 1)>"Try again"</button>
        </Show>
    }
}

/// "26 Nov 2026 at 14:02", from the phone's clock in milliseconds.
fn saved_when(at_ms: f64) -> String {
    let (day, time) = local_moment((at_ms / 1000.0) as i64);
    format!("{} at {time}", short_day(day))
}

/// What every report starts with: whose figures and for which day, when
/// the copy on screen was saved if it is the phone's, and the download
/// and print buttons.
#[component]
fn ReportHead(
    scope: String,
    as_of: time::Date,
    kept_at: Option<f64>,
    file_name: String,
    file: String,
) -> impl IntoView {
    view! {
        <p class="quiet">{format!("{scope} · as of {}", short_day(as_of))}</p>
        {kept_at.map(|at| view! {
            <p class="kept-note" role="status">{format!("Saved on this phone on {}. It will update when you're online.", saved_when(at))}</p>
        })}
        <div class="report-actions no-print">
            <button type="button" class="quiet-button" on:click=move |_| download(&file_name, "text/csv", &file)>
                "Download spreadsheet (CSV)"
            </button>
            <button type="button" class="quiet-button" on:click=move |_| {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }>"Print"</button>
        </div>
    }
}

#[component]
fn TeamReportView(report: TeamReport, kept_at: Option<f64>, can_open_plans: bool) -> impl IntoView {
    let measure = RwSignal::new(Measure::InTouch);
    let file = csv::team_report(&report);
    let file_name = format!("pathway-report-{}.csv", crate::dates::iso(report.as_of));
    let people = StoredValue::new(report.people.clone());
    let report = StoredValue::new(report);
    let r = report.get_value();
    view! {
        <ReportHead scope=r.scope.clone() as_of=r.as_of kept_at=kept_at file_name=file_name file=file/>

        <h2>"Now"</h2>
        <Bars
            rows=Measure::ALL.into_iter().map(|m| BarRow {
                label: m.label().to_owned(),
                figure: r.now.get(m),
                measure: m,
                behind: Behind::Everyone,
                drawn: true,
            }).collect()
            people=people
            can_open_plans=can_open_plans
            name="now"
        />
        <p class="quiet">"Each figure counts young people: how many met it, of those it applies to."</p>

        <div class="measure-picker no-print">
            <label for="report-measure">"Show"</label>
            <select id="report-measure" on:change=move |ev| {
                let slug = event_target_value(&ev);
                if let Some(m) = Measure::ALL.into_iter().find(|m| m.slug() == slug) {
                    measure.set(m);
                }
            }>
                {Measure::ALL.into_iter().map(|m| view! {
                    <option value=m.slug() selected=move || measure.get() == m>{m.label()}</option>
                }).collect_view()}
            </select>
        </div>
        <p class="quiet">{move || format!("Young people who {}.", measure.get().meaning())}</p>

        <h2>{move || format!("Month by month: {}", measure.get().label())}</h2>
        {move || report.with_value(|r| view! { <Trend report=r.clone() measure=measure.get() people=people can_open_plans=can_open_plans/> })}

        <h2>{move || format!("By adviser: {}", measure.get().label())}</h2>
        {move || report.with_value(|r| {
            let m = measure.get();
            let rows = r.by_adviser.iter().map(|g| BarRow {
                label: g.name.clone(),
                figure: g.figures.get(m),
                measure: m,
                behind: Behind::Adviser(g.name.clone()),
                drawn: true,
            }).collect();
            view! { <Bars rows=rows people=people can_open_plans=can_open_plans name="adviser"/> }
        })}

        <h2>{move || format!("By age: {}", measure.get().label())}</h2>
        {move || report.with_value(|r| {
            let m = measure.get();
            let rows = r.by_age.iter().filter_map(|g| {
                let band = AgeBand::ALL.into_iter().find(|b| b.label() == g.name)?;
                Some(BarRow {
                    label: format!("Aged {}", g.name),
                    figure: g.figures.get(m),
                    measure: m,
                    behind: Behind::Age(band),
                    drawn: true,
                })
            }).collect();
            view! { <Bars rows=rows people=people can_open_plans=can_open_plans name="age"/> }
        })}

        <h2>"Advisers in the last 12 months"</h2>
        <Bars
            rows=r.advisers_had.iter().map(|had| BarRow {
                label: match had.advisers {
                    0 => "No adviser".to_owned(),
                    1 => "1 adviser".to_owned(),
                    n => format!("{n} advisers"),
                },
                figure: Figure {
                    yes: had.young_people,
                    of: u32::try_from(r.people.len()).unwrap_or(u32::MAX),
                },
                measure: Measure::InTouch,
                behind: Behind::AdvisersHad(had.advisers),
                drawn: true,
            }).collect()
            people=people
            can_open_plans=can_open_plans
            name="advisers-had"
        />
    }
}

/// A bar for a share: drawn for the eye, its figure in words beside it.
#[component]
fn Bar(figure: Figure, measure: Measure) -> impl IntoView {
    let width = figure.percent().unwrap_or(0);
    let class = if measure.higher_is_better() {
        "bar-fill"
    } else {
        "bar-fill worry"
    };
    view! {
        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="bar-track" width="100" height="10" rx="2"/>
            <rect class=class width=width height="10" rx="2"/>
        </svg>
    }
}

/// The measure month by month: a column for each month, and the figures
/// in words beside the chart.
#[component]
fn Trend(
    report: TeamReport,
    measure: Measure,
    people: StoredValue<Vec<ReportPerson>>,
    can_open_plans: bool,
) -> impl IntoView {
    let class = if measure.higher_is_better() {
        "bar-fill"
    } else {
        "bar-fill worry"
    };
    let columns = report
        .trend
        .iter()
        .enumerate()
        .map(|(i, month)| {
            let share = month.figures.get(measure).percent().unwrap_or(0);
            let height = f64::from(share) * 0.5;
            let x = i as f64 * 10.0 + 1.5;
            view! { <rect class=class x=x y=50.0 - height width="7" height=height/> }
        })
        .collect_view();
    let first = report
        .trend
        .first()
        .map(|m| month_name(m.ends))
        .unwrap_or_default();
    let last = report
        .trend
        .last()
        .map(|m| month_name(m.ends))
        .unwrap_or_default();
    view! {
        <div class="trend">
            <svg class="trend-chart" viewBox="0 0 120 51" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="bar-track" x="0" y="0" width="120" height="50"/>
                {columns}
            </svg>
            <p class="trend-ends" aria-hidden="true"><span>{first}</span><span>{last}</span></p>
            <Bars
                rows=report.trend.iter().enumerate().map(|(i, month)| BarRow {
                    label: month_name(month.ends),
                    figure: month.figures.get(measure),
                    measure,
                    behind: Behind::Month(i),
                    drawn: false,
                }).collect()
                people=people
                can_open_plans=can_open_plans
                name="month"
            />
        </div>
    }
}

fn month_name(day: time::Date) -> String {
    let short = short_day(day);
    // "30 Nov 2026" → "Nov 2026"
    short
        .split_once(' ')
        .map_or(short.clone(), |(_, rest)| rest.to_owned())
}

/// Which young people a bar stands for.
#[derive(Clone, PartialEq, Eq)]
enum Behind {
    Everyone,
    Adviser(String),
    Age(AgeBand),
    /// The trend's point at this index.
    Month(usize),
    /// Those who had this many advisers in the 12 months (whatever the
    /// measure).
    AdvisersHad(u32),
}

impl Behind {
    /// Where `person` stands on `measure` for this bar, if she is behind it.
    fn standing(&self, person: &ReportPerson, measure: Measure) -> Option<bool> {
        let standing = match self {
            Behind::Everyone => Some(person.standing),
            Behind::Adviser(name) => (person.adviser == *name).then_some(person.standing),
            Behind::Age(band) => (person.band == *band).then_some(person.standing),
            Behind::Month(i) => person.months.get(*i).map(|m| Standing::unpack(*m)),
            Behind::AdvisersHad(n) => return (person.advisers_had == *n).then_some(true),
        };
        standing.and_then(|s| s.get(measure))
    }

    /// The headings of the lists behind the bar: those counted in it, and
    /// (where a bar has them) those who didn't meet it.
    fn headings(&self, measure: Measure) -> (&'static str, Option<&'static str>) {
        match self {
            Behind::AdvisersHad(_) => ("Young people", None),
            _ if measure.higher_is_better() => ("Yes", Some("Not yet")),
            _ => ("Open", Some("None open")),
        }
    }
}

/// One bar: its words, its figure, and who is behind it.
struct BarRow {
    label: String,
    figure: Figure,
    measure: Measure,
    behind: Behind,
    /// Drawn as a bar, or (beside a chart that draws it) words only.
    drawn: bool,
}

/// A bar for each row, each a button that lists the young people behind
/// it: those who met its measure, and those who didn't.
#[component]
fn Bars(
    rows: Vec<BarRow>,
    people: StoredValue<Vec<ReportPerson>>,
    can_open_plans: bool,
    /// Names the lists' ids apart from other charts' on the page.
    name: &'static str,
) -> impl IntoView {
    let open = RwSignal::new(None::<usize>);
    view! {
        <ul class="plain groups">
            {rows.into_iter().enumerate().map(|(i, row)| {
                let list_id = format!("behind-{name}-{i}");
                let expanded = Memo::new(move |_| open.get() == Some(i));
                let BarRow { label, figure, measure, behind, drawn } = row;
                view! {
                    <li>
                        <button type="button" class="group-bar" aria-expanded=move || expanded.get().to_string() aria-controls=list_id.clone()
                            on:click=move |_| open.update(|o| *o = if *o == Some(i) { None } else { Some(i) })>
                            <span class="figure-label">{label}</span>
                            {drawn.then(|| view! { <Bar figure=figure measure=measure/> })}
                            <span class="figure-words">{figure.words()}</span>
                        </button>
                        <div id=list_id class="behind" hidden=move || !expanded.get()>
                            {move || expanded.get().then(|| people.with_value(|people| {
                                let named = |yes: bool| -> Vec<(uuid::Uuid, String)> {
                                    people.iter().filter(|p| behind.standing(p, measure) == Some(yes)).map(|p| (p.id, p.name.clone())).collect()
                                };
                                let (met, not) = behind.headings(measure);
                                view! {
                                    <PeopleList heading=met people=named(true) can_open_plans=can_open_plans/>
                                    {not.map(|not| view! { <PeopleList heading=not people=named(false) can_open_plans=can_open_plans/> })}
                                }
                            }))}
                        </div>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn PeopleList(
    heading: &'static str,
    people: Vec<(uuid::Uuid, String)>,
    can_open_plans: bool,
) -> impl IntoView {
    let count = people.len();
    view! {
        <h3 class="small-heading">{format!("{heading} ({count})")}</h3>
        {if people.is_empty() {
            view! { <p class="quiet">"No one"</p> }.into_any()
        } else {
            view! {
                <ul class="plain behind-names">
                    {people.into_iter().map(|(id, name)| view! {
                        <li>{if can_open_plans {
                            view! { <a href=format!("/young-people/{id}")>{name}</a> }.into_any()
                        } else {
                            name.into_any()
                        }}</li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// The care-leaver table of the national return: check a collection year,
/// see what stops it being complete, and download it.
#[component]
fn NationalReturn(token: String, can_open_plans: bool) -> impl IntoView {
    let this_year = {
        let now = js_sys::Date::new_0();
        // The collection year starts in April (getMonth counts from 0).
        let year = now.get_full_year() as i32;
        if now.get_month() < 3 {
            year - 1
        } else {
            year
        }
    };
    let year = RwSignal::new(this_year - 1);
    let asked = RwSignal::new(None::<i32>);
    let table = LocalResource::new(move || {
        let token = token.clone();
        let asked = asked.get();
        async move {
            match asked {
                Some(year) => api::get::<CareLeaverReturn>(
                    &format!("/api/reports/care-leaver-return?year={year}"),
                    &token,
                )
                .await
                .map(Some),
                None => Ok(None),
            }
        }
    });
    let span = |year: i32| format!("April {year} to March {}", year + 1);
    view! {
        <h2 id="national-return">"National return: care leavers"</h2>
        <p class="quiet">"The care-leaver table of the SSDA903 return: everyone whose 17th to 21st birthday falls in the year, with what was recorded nearest it."</p>
        <div class="measure-picker no-print">
            <label for="return-year">"Collection year"</label>
            <select id="return-year" on:change=move |ev| {
                if let Ok(chosen) = event_target_value(&ev).parse() {
                    year.set(chosen);
                }
            }>
                {(0..3).map(|back| {
                    let y = this_year - back;
                    view! { <option value=y.to_string() selected=move || year.get() == y>{span(y)}</option> }
                }).collect_view()}
            </select>
            <button type="button" class="quiet-button" on:click=move |_| asked.set(Some(year.get_untracked()))>"Check this year"</button>
        </div>
        {move || match table.get() {
            None if asked.get().is_some() => view! { <p aria-busy="true">"Checking…"</p> }.into_any(),
            None | Some(Ok(None)) => ().into_any(),
            Some(Err(failure)) => {
                let why = match failure {
                    ApiFailure::Offline => "You're offline. The return is made from Pathway's records, so it needs a connection.".to_owned(),
                    other => other.message(),
                };
                view! { <p role="alert">{why}</p> }.into_any()
            }
            Some(Ok(Some(table))) => view! { <ReturnView table=table can_open_plans=can_open_plans/> }.into_any(),
        }}
    }
}

#[component]
fn ReturnView(table: CareLeaverReturn, can_open_plans: bool) -> impl IntoView {
    let file = csv::care_leaver_return(&table);
    let file_name = format!("ssda903-care-leavers-{}.csv", table.year);
    let left_out: Vec<_> = table.gaps.iter().filter(|g| g.left_out).cloned().collect();
    let to_check: Vec<_> = table.gaps.iter().filter(|g| !g.left_out).cloned().collect();
    let lines = table.lines.len();
    let gap_list = |gaps: Vec<crate::reports::ReturnGap>| {
        view! {
            <ul class="return-gaps">
                {gaps.into_iter().map(|g| view! {
                    <li>
                        {if can_open_plans {
                            view! { <a href=format!("/young-people/{}/contacts", g.id)>{g.name}</a> }.into_any()
                        } else {
                            g.name.into_any()
                        }}
                        {format!(" (birthday {}): {}", short_day(g.birthday), g.what)}
                    </li>
                }).collect_view()}
            </ul>
        }
    };
    view! {
        <div role="status">
            <p>{format!("{lines} {} in the file.", if lines == 1 { "young person" } else { "young people" })}</p>
        </div>
        {(!left_out.is_empty()).then(|| view! {
            <h3>{format!("Left out until put right ({})", left_out.len())}</h3>
            {gap_list(left_out)}
        })}
        {(!to_check.is_empty()).then(|| view! {
            <h3>{format!("In the file, but recorded too far from the birthday ({})", to_check.len())}</h3>
            {gap_list(to_check)}
        })}
        {table.gaps.is_empty().then(|| view! { <p>"Nothing is missing."</p> })}
        <button type="button" class="primary return-download no-print" on:click=move |_| download(&file_name, "text/csv", &file)>
            "Download the return (CSV)"
        </button>
    }
}

/// *Outcome Bees* for the corporate parenting panel: the six domains with
/// no names, small numbers withheld; made to be printed.
#[component]
pub fn OutcomeBees() -> impl IntoView {
    set_title("Outcome Bees report");
    let session = match admit(Audience::Staff("/home")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let attempt = RwSignal::new(0u32);
    let (fetched, shown) = kept_or_fetched::<BeesReport>(
        &session,
        "/api/reports/outcome-bees",
        "outcome-bees",
        attempt,
    );
    view! {
        <p class="back no-print"><a href="/reports">"← Reports"</a></p>
        <section class="page reports">
            <h1>"Outcome Bees: progress across the six domains"</h1>
            {move || match shown() {
                Ok((report, kept_at)) => view! { <BeesView report=report kept_at=kept_at/> }.into_any(),
                Err(why) => view! {
                    <NoReport why=why settled=Signal::derive(move || fetched.get().is_some()) attempt=attempt/>
                }
                .into_any(),
            }}
        </section>
    }
    .into_any()
}

#[component]
fn BeesView(report: BeesReport, kept_at: Option<f64>) -> impl IntoView {
    let file = csv::bees_report(&report);
    let file_name = format!(
        "pathway-outcome-bees-{}.csv",
        crate::dates::iso(report.as_of)
    );
    view! {
        <p>{format!("For the corporate parenting panel. No one is named, and a count from 1 to {} is shown as \"fewer than {}\", so no young person can be picked out.", SUPPRESS_BELOW - 1, SUPPRESS_BELOW)}</p>
        <ReportHead scope=report.scope.clone() as_of=report.as_of kept_at=kept_at file_name=file_name file=file/>
        <div class="bees-domains">
            {report.domains.into_iter().map(|d| view! { <BeesDomainCard domain=d/> }).collect_view()}
        </div>
    }
}

#[component]
fn BeesDomainCard(domain: BeesDomain) -> impl IntoView {
    let heading_id = format!("{}-panel", domain.domain.slug());
    let labelled_by = heading_id.clone();
    let rating = |i: usize| SCALE.get(i).copied().unwrap_or("Not rated yet");
    view! {
        <section class="bees-domain" aria-labelledby=labelled_by>
            <h2 id=heading_id><BeeIcon domain=domain.domain/>" "{domain.domain.heading()}</h2>
            <p>{capitalised(&format!(
                "{} young people · {} goals · {} moved up in the last 6 months",
                domain.young_people.words(),
                domain.goals.words(),
                domain.moved_up.words()
            ))}</p>
            <Spread label="Now" spread=domain.now.clone()/>
            <Spread label="A year ago" spread=domain.a_year_ago.clone()/>
            <table class="bees-table">
                <caption class="visually-hidden">{format!("{}: goals by latest rating", domain.domain.heading())}</caption>
                <thead><tr><th scope="col">"Latest rating"</th><th scope="col">"Now"</th><th scope="col">"A year ago"</th></tr></thead>
                <tbody>
                    {domain.now.iter().zip(&domain.a_year_ago).enumerate().map(|(i, (now, then))| view! {
                        <tr><th scope="row">{rating(i)}</th><td>{now.words()}</td><td>{then.words()}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// "Fewer than 5…" at the start of a sentence.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Goals by rating as one stacked bar, drawn only when every count in it
/// can be shown: a withheld count has no size to draw.
#[component]
fn Spread(label: &'static str, spread: Vec<Shown>) -> impl IntoView {
    let counts: Option<Vec<u32>> = spread
        .iter()
        .map(|s| match s {
            Shown::Count(n) => Some(*n),
            Shown::Withheld => None,
        })
        .collect();
    let total: u32 = counts.iter().flatten().sum();
    match counts.filter(|_| total > 0) {
        Some(counts) => {
            let mut x = 0.0;
            let segments = counts
                .into_iter()
                .enumerate()
                .map(|(i, n)| {
                    let width = f64::from(n) * 100.0 / f64::from(total);
                    let segment = view! { <rect class=format!("spread-{i}") x=x y="0" width=width height="10"/> };
                    x += width;
                    segment
                })
                .collect_view();
            view! {
                <div class="spread">
                    <span class="spread-label">{label}</span>
                    <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">{segments}</svg>
                </div>
            }
            .into_any()
        }
        None => view! {
            <p class="quiet spread-label">{format!("{label}: not drawn, as some counts are too small to show.")}</p>
        }
        .into_any(),
    }
}
