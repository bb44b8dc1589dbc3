//! What the app keeps on the phone: the sign-in and a copy of what the
//! signed-in person may see, so every screen opens with no connection.
//!
//! Everything lives in localStorage under keys starting `pathway.`, so
//! signing out can remove all of it and nothing else.

use crate::auth::User;
use crate::sync::Replica;
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

const PREFIX: &str = "pathway.";
const SESSION: &str = "pathway.session";

/// The signed-in person and their bearer token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub token: String,
    pub user: User,
}

/// The session saved on this phone, if any.
pub fn saved_session() -> Option<Session> {
    LocalStorage::get(SESSION).ok()
}

/// Saves a new sign-in. Anything another person left on this phone is
/// removed first, so a shared phone never shows one person's plan to another.
pub fn save_session(session: &Session) {
    let same_person = saved_session().is_some_and(|old| old.user.id == session.user.id);
    if !same_person {
        forget_everything();
    }
    // Without room for the session the app still works until it is
    // reloaded; the replica's own save reports a full phone.
    let _ = LocalStorage::set(SESSION, session);
}

/// The replica saved on this phone for `session`'s person, if any.
pub fn saved_replica(session: &Session) -> Option<Replica> {
    LocalStorage::get(replica_key(session)).ok()
}

/// Saves the whole replica in one write, so a change and its outbox entry
/// are kept together or not at all.
pub fn save_replica(session: &Session, replica: &Replica) -> Result<(), String> {
    LocalStorage::set(replica_key(session), replica).map_err(|_| {
        "This phone has run out of space for Pathway, so that change wasn't saved. Free some space and try again."
            .to_owned()
    })
}

fn replica_key(session: &Session) -> String {
    format!("{PREFIX}{}.replica", session.user.id)
}

/// How many replies to her statements she has already seen here.
pub fn replies_seen(session: &Session) -> usize {
    LocalStorage::get(format!("{PREFIX}{}.replies-seen", session.user.id)).unwrap_or(0)
}

/// Notes that she has seen `count` replies.
pub fn see_replies(session: &Session, count: usize) {
    let _ = LocalStorage::set(format!("{PREFIX}{}.replies-seen", session.user.id), count);
}

/// Removes everything Pathway keeps on this phone.
pub fn forget_everything() {
    let storage = LocalStorage::raw();
    let length = storage.length().unwrap_or(0);
    let ours: Vec<String> = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .collect();
    for key in ours {
        let _ = storage.remove_item(&key);
    }
}

/// Asks the browser not to clear Pathway's storage when space runs low (and,
/// on Safari, after a week without a visit for installed apps).
pub fn ask_to_keep_storage() {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().storage().persist();
    }
}
