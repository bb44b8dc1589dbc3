//! The address bar: which screen is open, and going to another without
//! loading the page again. Every same-site link (`<a href="/…">`) goes
//! through here, so a screen is a plain link; the browser's back and
//! forward buttons move between screens as they would between pages.
//!
//! Pathway's own, rather than a router crate's: her first visit carries
//! these few functions where the router crate cost it 42 KB (brotli).

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, MouseEvent};

/// The path of the screen that is open, shared by every screen.
#[derive(Clone, Copy)]
pub struct Address {
    path: RwSignal<String>,
}

impl Address {
    /// Follows the address bar from now on: links clicked on any screen,
    /// and the browser's back and forward buttons.
    pub fn follow() {
        let address = Address {
            path: RwSignal::new(path_now()),
        };
        provide_context(address);
        let _back = window_event_listener(leptos::ev::popstate, move |_| {
            address.path.set(path_now());
        });
        let _links = window_event_listener(leptos::ev::click, move |event| {
            if let Some(to) = same_site_link(&event) {
                event.prevent_default();
                address.go(&to);
            }
        });
    }

    /// Opens another screen, as following a link to it would.
    pub fn go(self, to: &str) {
        self.change(to, false);
    }

    /// Opens another screen in this one's place: going back skips the
    /// screen that sent her on.
    pub fn send_on(self, to: &str) {
        self.change(to, true);
    }

    /// The path of the screen that is open (tracked).
    pub fn path(self) -> String {
        self.path.get()
    }

    fn change(self, to: &str, replace: bool) {
        let Some(window) = web_sys::window() else {
            return;
        };
        // Tapping the link to the screen she is on adds no step to go back.
        let location = window.location();
        let here = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        let replace = replace || here == to;
        if let Ok(history) = window.history() {
            let kept = if replace {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to))
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to))
            };
            if kept.is_err() {
                return;
            }
        }
        window.scroll_to_with_x_and_y(0.0, 0.0);
        self.path.set(path_now());
    }
}

/// The address of every screen.
pub fn address() -> Address {
    expect_context::<Address>()
}

/// A link in a menu: says to a screen reader, and shows, which screen is
/// open (`aria-current`), here or under it (*My plan* on her plan's
/// versions). Links inside a screen are plain `<a>`.
#[component]
pub fn MenuLink(href: &'static str, children: Children) -> impl IntoView {
    let address = address();
    let current = move || super::is_under(&address.path(), href).then_some("page");
    view! { <a href=href aria-current=current>{children()}</a> }
}

/// Sends whoever opens this on to `path` (after the screen is drawn: the
/// address cannot change while it is being read).
#[component]
pub fn SendOn(path: &'static str) -> impl IntoView {
    let address = address();
    leptos::task::spawn_local(async move { address.send_on(path) });
}

/// A value from the address's query (`?about=something-wrong`), as it is
/// when asked.
pub fn query(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = js_sys::decode_uri_component(&value.replace('+', " ")).ok()?;
        (key == name).then(|| String::from(value))
    })
}

/// The path in the address bar, as it is now (untracked).
pub fn path_now() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

/// Where a click on a link goes, when it is Pathway's to open: a plain
/// click on a link to another screen of this site. A link to another site,
/// a telephone number, a download, a new tab or window, and a jump within
/// this screen (`#record-review`) are the browser's.
fn same_site_link(event: &MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.alt_key()
        || event.ctrl_key()
        || event.shift_key()
    {
        return None;
    }
    let link = event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()??
        .dyn_into::<HtmlAnchorElement>()
        .ok()?;
    let location = web_sys::window()?.location();
    let here = (location.pathname().ok()?, location.search().ok()?);
    let there = (link.pathname(), link.search());
    let jump = here == there && !link.hash().is_empty();
    if !link.target().is_empty()
        || link.has_attribute("download")
        || link.origin() != location.origin().ok()?
        || jump
    {
        return None;
    }
    Some(format!("{}{}{}", there.0, there.1, link.hash()))
}
