//! Asking to notify a person when the app is closed: never at first launch,
//! only where it makes sense (after she has written to her adviser; on an
//! adviser's caseload), and only once they choose to. A phone that said yes
//! before is subscribed again, quietly, with each new sign-in.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Notification, NotificationPermission, PushSubscriptionOptionsInit};

use super::api;
use super::shell;
use crate::notifications::{PushPublicKey, PushSubscription};
use crate::tr;

/// Where asking stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asking {
    /// Not asked yet: the offer shows.
    NotYet,
    Working,
    /// Turned on just now: it says so.
    On,
    /// On since before: nothing needs saying.
    AlreadyOn,
    /// The person said no, here or in the browser's settings.
    Refused,
    /// This phone or browser can't do it (or couldn't just now).
    Unavailable,
}

/// The offer, with `offer` as its question and `button` to say yes.
#[component]
pub fn NotifyOffer(#[prop(into)] offer: Signal<String>, button: &'static str) -> impl IntoView {
    let asking = RwSignal::new(match permission() {
        None => Asking::Unavailable,
        Some(NotificationPermission::Granted) => Asking::AlreadyOn,
        Some(NotificationPermission::Denied) => Asking::Refused,
        Some(_) => Asking::NotYet,
    });
    // Read now: contexts can't be reached once a task has waited.
    let token = shell().session.get_untracked().map(|s| s.token);
    // Said yes before, on this phone: this sign-in is subscribed too.
    if let (Asking::AlreadyOn, Some(token)) = (asking.get_untracked(), token.clone()) {
        spawn_local(async move {
            if subscribe(&token).await.is_err() {
                asking.set(Asking::Unavailable);
            }
        });
    }
    let ask = move |_| {
        let Some(token) = token.clone() else {
            return;
        };
        asking.set(Asking::Working);
        spawn_local(async move {
            let answer = match Notification::request_permission() {
                Ok(promise) => JsFuture::from(promise)
                    .await
                    .ok()
                    .and_then(|a| a.as_string()),
                Err(_) => None,
            };
            let next = match answer.as_deref() {
                Some("granted") => match subscribe(&token).await {
                    Ok(()) => Asking::On,
                    Err(()) => Asking::Unavailable,
                },
                Some("denied") => Asking::Refused,
                Some(_) => Asking::NotYet,
                None => Asking::Unavailable,
            };
            asking.set(next);
        });
    };
    move || {
        match asking.get() {
        Asking::NotYet | Asking::Working => view! {
            <div class="notify-offer" role="group" aria-label=tr!("notify-label")>
                <p>{move || offer.get()}</p>
                <button type="button" class="quiet-button" on:click=ask.clone() disabled=move || asking.get() == Asking::Working>{button}</button>
            </div>
        }
        .into_any(),
        // Shown once, as it happens; afterwards nothing needs saying.
        Asking::On => view! {
            <p class="quiet" role="status">{tr!("notify-on")}</p>
        }
        .into_any(),
        Asking::Refused | Asking::AlreadyOn => ().into_any(),
        Asking::Unavailable => view! {
            <p class="quiet" role="status">{tr!("notify-unavailable")}</p>
        }
        .into_any(),
    }
    }
}

/// Whether this browser can notify, and what it has been told.
fn permission() -> Option<NotificationPermission> {
    let window = web_sys::window()?;
    let has = |name: &str| js_sys::Reflect::has(&window, &JsValue::from_str(name)).unwrap_or(false);
    (has("Notification") && has("PushManager")).then(Notification::permission)
}

/// Subscribes this phone to pushes and tells the server, for the sign-in
/// with `token`.
async fn subscribe(token: &str) -> Result<(), ()> {
    let key: PushPublicKey = api::get("/api/push/key", token).await.map_err(drop)?;
    let workers = web_sys::window().ok_or(())?.navigator().service_worker();
    let registration: web_sys::ServiceWorkerRegistration =
        JsFuture::from(workers.ready().map_err(drop)?)
            .await
            .map_err(drop)?
            .dyn_into()
            .map_err(drop)?;
    let options = PushSubscriptionOptionsInit::new();
    options.set_user_visible_only(true);
    options.set_application_server_key(&js_sys::Uint8Array::from(
        base64url(&key.public_key).ok_or(())?.as_slice(),
    ));
    let subscription = JsFuture::from(
        registration
            .push_manager()
            .map_err(drop)?
            .subscribe_with_options(&options)
            .map_err(drop)?,
    )
    .await
    .map_err(drop)?;
    // The browser's own JSON of it: the endpoint and its keys.
    let json = js_sys::JSON::stringify(&subscription)
        .map_err(drop)?
        .as_string()
        .ok_or(())?;
    let subscription: PushSubscription = api::parse(&json).map_err(drop)?;
    api::post_only("/api/push/subscriptions", &subscription, token)
        .await
        .map_err(drop)
}

/// Bytes from unpadded base64url, through the browser's own decoder.
fn base64url(text: &str) -> Option<Vec<u8>> {
    let standard: String = text
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    let padded = format!("{standard}{}", "=".repeat((4 - standard.len() % 4) % 4));
    let binary = web_sys::window()?.atob(&padded).ok()?;
    binary.chars().map(|c| u8::try_from(c).ok()).collect()
}
