//! Reading a screen aloud in her language, with the phone's own voice, for
//! anyone who finds reading hard. Offered only where the phone has a voice
//! for her language: a voice reading Arabic words with English sounds
//! would be worse than none.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::language::browser::current;
use crate::tr;

/// Whether the phone has a voice for the language shown.
fn has_voice() -> bool {
    let Some(speech) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return false;
    };
    // Voices name their language "ar-SA", "ar_SA" or "ar": the language
    // before any region is what must match.
    let language = |tag: &str| -> String {
        tag.split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    let wanted = language(current().tag());
    speech.get_voices().iter().any(|voice| {
        let voice: web_sys::SpeechSynthesisVoice = voice.unchecked_into();
        language(&voice.lang()) == wanted
    })
}

/// Reads `text` aloud in her language, stopping whatever was being read.
pub fn read_aloud(text: &str) {
    let Some(speech) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    speech.cancel();
    if let Ok(words) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        words.set_lang(current().tag());
        speech.speak(&words);
    }
}

/// "Read aloud": reads the screen's main content, and stops when pressed
/// again. Hidden until the phone says it has a voice for her language (its
/// voices arrive a moment after the page opens).
#[component]
pub fn ReadScreenAloud() -> impl IntoView {
    let available = RwSignal::new(has_voice());
    let reading = RwSignal::new(false);
    if let Some(speech) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        let voices_came = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            available.set(has_voice());
        });
        speech.set_onvoiceschanged(Some(voices_came.as_ref().unchecked_ref()));
        // Kept for the page's life, as the header is.
        voices_came.forget();
    }
    let toggle = move |_| {
        let Some(speech) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
            return;
        };
        if reading.get_untracked() {
            speech.cancel();
            reading.set(false);
            return;
        }
        let text = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
            .and_then(|main| main.dyn_into::<web_sys::HtmlElement>().ok())
            .map(|main| main.inner_text())
            .unwrap_or_default();
        let Ok(words) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) else {
            return;
        };
        words.set_lang(current().tag());
        let done = wasm_bindgen::closure::Closure::once_into_js(move || reading.set(false));
        words.set_onend(Some(done.unchecked_ref()));
        speech.cancel();
        speech.speak(&words);
        reading.set(true);
    };
    view! {
        <Show when=move || available.get()>
            <button
                type="button"
                class="read-aloud"
                data-reading=move || reading.get().to_string()
                on:click=toggle
            >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"/>
                    <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>
                </svg>
                {move || if reading.get() { tr!("read-aloud-stop") } else { tr!("read-aloud") }}
            </button>
        </Show>
    }
}
