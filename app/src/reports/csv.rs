//! Reports as CSV files (RFC 4180: commas, double quotes, CRLF), for
//! spreadsheets and for the national return. Written here once, so the file
//! a phone saves from a kept report is the file the tests check.

use super::{BeesReport, CareLeaverReturn, Figures, Measure, Shown, TeamReport};
use crate::goals::SCALE;
use crate::practice::{Area, Audits};

/// The care-leaver table's columns, as the Department for Education's
/// specification names them.
pub const RETURN_COLUMNS: [&str; 6] = ["CHILD", "SEX", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"];

/// The team report, one figure a line: which part of the report, which
/// group, which measure, how many met it and of how many.
pub fn team_report(report: &TeamReport) -> String {
    let mut out = line(["section", "group", "measure", "yes", "of"]);
    let mut figures = |section: &str, group: &str, figures: &Figures| {
        for measure in Measure::ALL {
            let figure = figures.get(measure);
            out.push_str(&line([
                section,
                group,
                measure.slug(),
                &figure.yes.to_string(),
                &figure.of.to_string(),
            ]));
        }
    };
    figures("now", "everyone", &report.now);
    for group in &report.by_adviser {
        figures("adviser", &group.name, &group.figures);
    }
    for group in &report.by_age {
        figures("age", &group.name, &group.figures);
    }
    for month in &report.trend {
        figures("month", &crate::dates::iso(month.ends), &month.figures);
    }
    let everyone = report.people.len().to_string();
    for had in &report.advisers_had {
        out.push_str(&line([
            "advisers-in-12-months",
            &had.advisers.to_string(),
            "young-people",
            &had.young_people.to_string(),
            &everyone,
        ]));
    }
    out
}

/// The Outcome Bees report, one figure a line, withheld counts as
/// "fewer than 5".
pub fn bees_report(report: &BeesReport) -> String {
    let mut out = line(["domain", "figure", "count"]);
    for d in &report.domains {
        let mut figure = |name: &str, shown: Shown| {
            out.push_str(&line([d.domain.heading(), name, &shown.words()]));
        };
        figure("young people", d.young_people);
        figure("goals", d.goals);
        figure("moved up in 6 months", d.moved_up);
        for (when, spread) in [("now", &d.now), ("a year ago", &d.a_year_ago)] {
            for (i, shown) in spread.iter().enumerate() {
                let rating = SCALE.get(i).copied().unwrap_or("Not rated yet");
                figure(&format!("{when}: {rating}"), *shown);
            }
        }
    }
    out
}

/// Audits of practice, one a line: whose plan, when and by whom it was
/// drawn, the four grades and the comments, and the adviser's answer.
pub fn practice_audits(audits: &Audits) -> String {
    let mut out = line([
        "young person",
        "adviser",
        "drawn",
        "auditor",
        Area::PlanQuality.slug(),
        Area::Voice.slug(),
        Area::Actions.slug(),
        Area::Timeliness.slug(),
        "comments",
        "answer",
    ]);
    for audit in &audits.audits {
        let grade = |area: Area| audit.grading.as_ref().map_or("", |g| g.get(area).label());
        out.push_str(&line([
            audit.name.as_str(),
            &audit.adviser,
            &crate::dates::iso(audit.drawn_on),
            &audit.auditor,
            grade(Area::PlanQuality),
            grade(Area::Voice),
            grade(Area::Actions),
            grade(Area::Timeliness),
            audit.grading.as_ref().map_or("", |g| g.comments.as_str()),
            audit.answer.as_deref().unwrap_or(""),
        ]));
    }
    out
}

/// The care-leaver table: one line for each young person in it.
pub fn care_leaver_return(table: &CareLeaverReturn) -> String {
    let mut out = line(RETURN_COLUMNS);
    for l in &table.lines {
        let takes = l.in_touch.takes_circumstances();
        let activity = l.activity.filter(|_| takes).map_or("", |a| a.code());
        let accommodation = l
            .accommodation
            .filter(|_| takes)
            .map(|a| a.with_suitability(l.suitable.unwrap_or(false)))
            .unwrap_or_default();
        let born = format!(
            "{:02}/{:02}/{:04}",
            l.born.day(),
            u8::from(l.born.month()),
            l.born.year()
        );
        out.push_str(&line([
            l.child.as_str(),
            &l.sex.code().to_string(),
            &born,
            l.in_touch.code(),
            activity,
            &accommodation,
        ]));
    }
    out
}

fn line<'a>(fields: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = fields.into_iter().map(field).collect::<Vec<_>>().join(",");
    out.push_str("\r\n");
    out
}

/// One field: quoted when it holds a comma, a quote or a line break; and a
/// leading `=`, `+`, `-` or `@` made plain text, so no name in a report can
/// run as a spreadsheet formula.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::codes::{Accommodation, Activity, InTouch};
    use crate::reports::{ReturnLine, Sex};
    use time::macros::date;

    #[test]
    fn the_return_is_written_line_by_line_as_the_specification_has_it() {
        let line = |child: &str, in_touch, activity, accommodation, suitable| ReturnLine {
            child: child.into(),
            sex: Sex::Female,
            born: date!(2008 - 03 - 31),
            in_touch,
            activity,
            accommodation,
            suitable,
        };
        let table = CareLeaverReturn {
            year: 2026,
            lines: vec![
                line(
                    "RV001",
                    InTouch::Yes,
                    Some(Activity::F2),
                    Some(Accommodation::U),
                    Some(true),
                ),
                line(
                    "RV002",
                    InTouch::Yes,
                    Some(Activity::G5),
                    Some(Accommodation::S),
                    Some(true),
                ),
                line(
                    "RV003",
                    InTouch::ReturnedHome,
                    Some(Activity::F2),
                    Some(Accommodation::B),
                    Some(true),
                ),
                line(
                    "RV004",
                    InTouch::No,
                    None,
                    Some(Accommodation::Unknown),
                    None,
                ),
            ],
            gaps: Vec::new(),
        };
        let csv = care_leaver_return(&table);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines,
            [
                "CHILD,SEX,DOB,IN_TOUCH,ACTIV,ACCOM",
                "RV001,2,31/03/2008,YES,F2,U1",
                // Homeless is always coded unsuitable.
                "RV002,2,31/03/2008,YES,G5,S2",
                // Back home takes no activity or accommodation.
                "RV003,2,31/03/2008,RHOM,,",
                "RV004,2,31/03/2008,NO,,0",
                "",
            ]
        );
    }

    #[test]
    fn audits_are_written_one_a_line_with_their_grades_in_words() {
        use crate::practice::{Grade, Grading, PracticeAudit};
        use uuid::Uuid;
        let audit = |name: &str, grading: Option<Grading>, answer: Option<&str>| PracticeAudit {
            id: Uuid::nil(),
            young_person: Uuid::nil(),
            name: name.into(),
            adviser: "Sam Okafor".into(),
            sample: Uuid::nil(),
            drawn_on: date!(2026 - 11 - 26),
            auditor: "Morgan Hughes".into(),
            grading,
            answer: answer.map(str::to_owned),
            answered_by: answer.map(|_| "Sam Okafor".to_owned()),
        };
        let graded = Grading {
            plan_quality: Grade::Good,
            voice: Grade::Outstanding,
            actions: Grade::RequiresImprovement,
            timeliness: Grade::Inadequate,
            comments: "Her words, yes; dates, no".into(),
        };
        let audits = Audits::of(vec![
            audit("Ella Morris", Some(graded), Some("Dates added")),
            audit("Kyle Brennan", None, None),
        ]);
        let file = practice_audits(&audits);
        let lines: Vec<&str> = file.split("\r\n").collect();
        assert_eq!(
            lines,
            [
                "young person,adviser,drawn,auditor,plan-quality,voice,actions,timeliness,comments,answer",
                "Ella Morris,Sam Okafor,2026-11-26,Morgan Hughes,Good,Outstanding,Requires improvement,Inadequate,\"Her words, yes; dates, no\",Dates added",
                "Kyle Brennan,Sam Okafor,2026-11-26,Morgan Hughes,,,,,,",
                "",
            ]
        );
        assert_eq!((audits.graded, audits.answered), (1, 1));
        assert_eq!(audits.grades[3].counts, [0, 0, 0, 1]);
    }

    #[test]
    fn a_field_is_quoted_or_defused_when_it_must_be() {
        assert_eq!(field("Sam Okafor"), "Sam Okafor");
        assert_eq!(field("Okafor, Sam"), "\"Okafor, Sam\"");
        assert_eq!(field("Sam \"the man\""), "\"Sam \"\"the man\"\"\"");
        assert_eq!(field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(field("-2"), "'-2");
    }
}
