//! Telling the server's audit log what a member of staff opened
//! (`POST /api/me/opened`): with each sync, and after signing out. Only staff
//! open others' records, so this is staff's code, a split in the
//! caseload's bundle (`StaffCaseload…`) that every member of staff's phone
//! has, and never part of a young person's download.

use std::future::Future;
use std::pin::Pin;

use leptos::wasm_split::wasm_split;
use uuid::Uuid;

use crate::audit::OpenedReport;

use super::api::{self, ApiFailure};
use super::device;

/// The most openings sent at once (the server takes up to 500).
const MOST_OPENINGS: usize = 500;

/// Sends what `person` opened with their `token`, in batches the server
/// takes, forgetting each once the server has it (or refused it, so it
/// never blocks the rest).
pub type Report = fn(String, Uuid) -> Pin<Box<dyn Future<Output = Result<(), ApiFailure>>>>;

/// [`Report`], once its code is here.
#[wasm_split(StaffCaseloadOpenings, wasm_split_path = ::leptos::wasm_split)]
pub fn report() -> Report {
    |token, person| Box::pin(send(token, person))
}

/// Sends what each member of staff who signed out before it was reported
/// had opened, with the token they signed out of; stops when there is no
/// connection.
pub type ReportLeft = fn() -> Pin<Box<dyn Future<Output = Result<(), ApiFailure>>>>;

/// [`ReportLeft`], once its code is here.
#[wasm_split(StaffCaseloadOpenings, wasm_split_path = ::leptos::wasm_split)]
pub fn report_left() -> ReportLeft {
    || Box::pin(send_left())
}

async fn send_left() -> Result<(), ApiFailure> {
    for (person, token) in device::reports_with() {
        match send(token, person).await {
            Err(ApiFailure::Offline) => return Err(ApiFailure::Offline),
            // Reported, or that sign-in is over: a token must not outlive
            // its sign-out for the sake of a report.
            Ok(()) | Err(_) => device::reported(person),
        }
    }
    Ok(())
}

async fn send(token: String, person: Uuid) -> Result<(), ApiFailure> {
    let waiting = device::openings_kept(person)
        .map(|text| device::openings_in(&text))
        .unwrap_or_default();
    for batch in waiting.chunks(MOST_OPENINGS) {
        let report = OpenedReport {
            opened: batch.to_vec(),
        };
        match api::post_only("/api/me/opened", &report, &token).await {
            Ok(()) | Err(ApiFailure::Refused(_)) => {
                let ids: Vec<Uuid> = batch.iter().map(|o| o.id).collect();
                device::openings_sent(person, &ids);
            }
            Err(other) => return Err(other),
        }
    }
    Ok(())
}
