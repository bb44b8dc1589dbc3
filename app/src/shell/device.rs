//! What the app keeps on the phone: the sign-in and a copy of what the
//! signed-in person may see, so every screen opens with no connection.
//!
//! Everything lives in localStorage under keys starting `pathway.`, so
//! signing out can remove all of it and nothing else.

use crate::auth::User;
use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
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
    // A full storage quota only costs the offline copy; the app still works
    // online, so there is nothing more useful to do with the error.
    let _ = LocalStorage::set(SESSION, session);
}

/// A copy of something the signed-in person may see, saved under `name`.
pub fn cached<T: DeserializeOwned>(session: &Session, name: &str) -> Option<T> {
    LocalStorage::get(cache_key(session, name)).ok()
}

/// Keeps a copy of `value` for reading offline.
pub fn keep<T: Serialize>(session: &Session, name: &str, value: &T) {
    let _ = LocalStorage::set(cache_key(session, name), value);
}

fn cache_key(session: &Session, name: &str) -> String {
    format!("{PREFIX}{}.{name}", session.user.id)
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
