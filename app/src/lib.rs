//! Pathway's shared model — the types the browser app and the server both
//! speak — and, when compiled for the browser, the app itself.
//!
//! Everything outside `shell` and the `page` modules is plain Rust with no web
//! dependency, so the server uses the very same types and they are tested
//! natively.

// The release build writes `{:?}` as nothing (`-Zfmt-debug=none`, in the
// xtask), so the app's own words never come from `Debug`.
#![cfg_attr(not(test), warn(clippy::use_debug))]

pub mod audit;
pub mod auth;
pub mod caseload;
pub mod contacts;
pub mod dates;
#[cfg(not(target_arch = "wasm32"))]
pub mod dist;
pub mod error;
pub mod goals;
#[cfg(target_arch = "wasm32")]
mod help;
pub mod home;
pub mod ids;
pub mod language;
pub mod messages;
mod named;
pub mod notifications;
pub mod order;
pub mod plan;
pub mod practice;
pub mod reports;
pub mod routes;
#[cfg(target_arch = "wasm32")]
pub mod shell;
pub mod sync;
#[cfg(target_arch = "wasm32")]
mod ui;
pub mod voice;
pub mod writing;
pub mod written;

#[cfg(target_arch = "wasm32")]
pub use shell::start;
