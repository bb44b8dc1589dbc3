//! The stylesheets `index.html` links switched off, each switched on when
//! its screens are open, so a phone downloads only those it needs: the
//! later screens' (every screen after her home), and staff's.

use std::cell::RefCell;

use js_sys::Promise;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// How long a screen waits for the later screens' stylesheet before it is
/// drawn without it (a browser that never says the sheet has loaded).
const AT_MOST_MS: i32 = 10_000;

thread_local! {
    /// Settles once the later screens' stylesheet has loaded, or could not.
    static LATER: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

fn sheet(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Staff's stylesheet on while staff are signed in, off otherwise: a
/// young person's phone never downloads it.
pub fn staff(on: bool) {
    if let Some(sheet) = sheet("staff-sheet") {
        let _ = if on {
            sheet.remove_attribute("disabled")
        } else {
            sheet.set_attribute("disabled", "")
        };
    }
}

/// Switches on the stylesheet of every screen after her home, the first
/// time one opens, and waits until it has loaded, so no screen shows
/// unstyled for a moment. Her home and the sign-in screen need only
/// everyone's, so her first visit does not download it. If it cannot be
/// fetched (no signal, and not kept by the worker), the screen is drawn
/// all the same.
pub async fn later() {
    let loaded = LATER.with(|later| later.borrow_mut().get_or_insert_with(switch_on).clone());
    let _ = JsFuture::from(loaded).await;
}

fn switch_on() -> Promise {
    Promise::new(&mut |done, _| {
        let waiting = sheet("later-sheet").filter(|s| s.has_attribute("disabled"));
        let Some(sheet) = waiting else {
            let _ = done.call0(&JsValue::UNDEFINED);
            return;
        };
        let _ = sheet.add_event_listener_with_callback("load", &done);
        let _ = sheet.add_event_listener_with_callback("error", &done);
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&done, AT_MOST_MS);
        }
        let _ = sheet.remove_attribute("disabled");
    })
}
