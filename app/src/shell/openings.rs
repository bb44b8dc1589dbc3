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
/// never blocks the rest): what the phone keeps, or, after signing out,
/// `taken`, the openings as kept before the phone forgot them.
pub type Report =
    fn(String, Uuid, Option<String>) -> Pin<Box<dyn Future<Output = Result<(), ApiFailure>>>>;

/// [`Report`], once its code is here.
#[wasm_split(StaffCaseloadOpenings, wasm_split_path = ::leptos::wasm_split)]
pub fn report() -> Report {
    |token, person, taken| Box::pin(send(token, person, taken))
}

async fn send(token: String, person: Uuid, taken: Option<String>) -> Result<(), ApiFailure> {
    let waiting = taken
        .or_else(|| device::openings_kept(person))
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
