//! Hearing others' changes as they happen: while the phone is signed in and
//! online it holds `GET /api/live` open (read through `fetch`, so the token
//! travels in a header, never in an address) and syncs the moment the
//! server says something it may see has changed. When the stream can't be
//! held, it is tried again after a growing, jittered delay, and the sync
//! loop polls meanwhile (`Store::live`).

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Headers, ReadableStreamDefaultReader, RequestInit, Response};

use super::device::Session;
use super::sync::{backoff, Store};

/// How soon after hearing of a change the phone pulls: changes that come
/// together (a review recorded, a burst of messages) are fetched together.
const AFTER_NEWS: Duration = Duration::from_millis(150);

thread_local! {
    /// The stream being held, to let go of on sign-out or going offline.
    static HELD: RefCell<Option<AbortController>> = const { RefCell::new(None) };
    /// Counts each start, so a listener from before stops by itself.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

/// Starts listening for `session` (letting go of any earlier stream).
pub fn listen(store: Store, session: Session) {
    stop(store);
    let generation = GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    });
    spawn_local(async move {
        let mut failures = 0u32;
        while is_current(generation) && store.is_signed_in_as(&session) {
            match hold(store, &session, generation).await {
                Held::Ended => {
                    // Its sign-in is over: a sync hears why and acts on it.
                    store.sync_soon(Duration::ZERO);
                    break;
                }
                Held::Refused => break,
                Held::Dropped { was_open } => {
                    store.live.set(false);
                    failures = if was_open { 1 } else { failures + 1 };
                    if !online() {
                        break;
                    }
                    // 1, 2, 4 … seconds, up to half a minute.
                    sleep(backoff(failures.saturating_sub(1), 30.0)).await;
                }
            }
        }
        if is_current(generation) {
            store.live.set(false);
        }
    });
}

/// Lets go of the stream, if one is held.
pub fn stop(store: Store) {
    GENERATION.with(|g| g.set(g.get() + 1));
    if let Some(held) = HELD.with(|h| h.borrow_mut().take()) {
        held.abort();
    }
    store.live.set(false);
}

fn is_current(generation: u32) -> bool {
    GENERATION.with(|g| g.get()) == generation
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// How holding the stream came to an end.
enum Held {
    /// The server said this sign-in is over.
    Ended,
    /// The server would not open it (signed out, or a server too old to
    /// have it): nothing to hold until the next sign-in.
    Refused,
    /// The connection dropped, or never opened.
    Dropped { was_open: bool },
}

async fn hold(store: Store, session: &Session, generation: u32) -> Held {
    let Some(reader) = open(session).await else {
        return Held::Dropped { was_open: false };
    };
    let reader = match reader {
        Ok(reader) => reader,
        Err(status) if status == 401 || status == 404 => {
            store.sync_soon(Duration::ZERO);
            return Held::Refused;
        }
        Err(_) => return Held::Dropped { was_open: false },
    };
    if !is_current(generation) {
        let _ = reader.cancel();
        return Held::Dropped { was_open: false };
    }
    store.live.set(true);
    // Anything that changed while the stream was opening is fetched now.
    store.sync_soon(Duration::ZERO);
    let mut unread: Vec<u8> = Vec::new();
    loop {
        let Some(bytes) = read(&reader).await else {
            return Held::Dropped { was_open: true };
        };
        unread.extend_from_slice(&bytes);
        while let Some(end) = unread.windows(2).position(|w| w == b"\n\n") {
            let block: Vec<u8> = unread.drain(..end + 2).collect();
            match event_name(&block) {
                Some("changed") => store.sync_soon(AFTER_NEWS),
                Some("ended") => return Held::Ended,
                _ => {}
            }
        }
    }
}

/// Opens the stream: its reader, or the status it was refused with;
/// `None` with no connection.
async fn open(session: &Session) -> Option<Result<ReadableStreamDefaultReader, u16>> {
    let window = web_sys::window()?;
    let controller = AbortController::new().ok()?;
    let headers = Headers::new().ok()?;
    headers.set("Accept", "text/event-stream").ok()?;
    headers
        .set("Authorization", &format!("Bearer {}", session.token))
        .ok()?;
    let init = RequestInit::new();
    init.set_method("GET");
    init.set_headers(&headers);
    init.set_signal(Some(&controller.signal()));
    HELD.with(|h| *h.borrow_mut() = Some(controller));
    let response: Response = JsFuture::from(window.fetch_with_str_and_init("/api/live", &init))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return Some(Err(response.status()));
    }
    let reader = response.body()?.get_reader();
    Some(Ok(reader.dyn_into().ok()?))
}

/// The next bytes of the stream; `None` once it is over.
async fn read(reader: &ReadableStreamDefaultReader) -> Option<Vec<u8>> {
    let chunk = JsFuture::from(reader.read()).await.ok()?;
    let done = js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))
        .ok()?
        .as_bool()
        .unwrap_or(true);
    if done {
        return None;
    }
    let value = js_sys::Reflect::get(&chunk, &JsValue::from_str("value")).ok()?;
    Some(js_sys::Uint8Array::new(&value).to_vec())
}

/// The `event:` of one block of the stream (comments have none).
fn event_name(block: &[u8]) -> Option<&str> {
    std::str::from_utf8(block)
        .ok()?
        .lines()
        .find_map(|line| line.strip_prefix("event:"))
        .map(str::trim)
}

async fn sleep(wait: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                &resolve,
                wait.as_millis() as i32,
            );
        }
    });
    let _ = JsFuture::from(promise).await;
}
