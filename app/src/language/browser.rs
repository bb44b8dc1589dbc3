//! Her language on the phone. `index.html` picks it before the app starts
//! (the one chosen on this phone, else the phone's own if Pathway speaks
//! it, else English), sets `lang` and `dir` on the document and starts
//! downloading its words beside the app's code; the app waits for them
//! before it draws anything.

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Promise, Reflect};
use time::Date;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::compiled::Words;
use super::{Arg, Gender, Lang, Numbers, Part, GENDER};

/// Where the phone keeps the language chosen on it.
const CHOSEN: &str = "pathway.language";

thread_local! {
    static LANGUAGE: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
    static WORDS: RefCell<Words<'static>> = RefCell::new(Words::default());
    static INTL: RefCell<Option<Speaker>> = const { RefCell::new(None) };
    /// Whether her other screens' words are in [`WORDS`].
    static LATER_IN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static SPOKEN_TO: std::cell::Cell<Gender> = const { std::cell::Cell::new(Gender::Neutral) };
    /// Messages that take no values but choose by her gender, each written
    /// once for her.
    static GENDERED: RefCell<Vec<(&'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Waits for the first part of her language's words, which `index.html`
/// began downloading. Without them (offline on a phone that never had
/// them) the app shows its message keys.
pub async fn load() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(promise) = Reflect::get(&window, &"pathwayWords".into()) else {
        return;
    };
    let Ok(promise) = promise.dyn_into::<Promise>() else {
        return;
    };
    let text = JsFuture::from(promise)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default();
    let words = Words::parse(kept(text));
    let shown = window
        .document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("data-language"))
        .and_then(|code| Lang::from_code(&code).ok())
        .unwrap_or(Lang::En);
    LANGUAGE.with(|l| l.set(shown));
    WORDS.with(|w| *w.borrow_mut() = words);
}

/// The words of her screens other than her home ([`Part::Later`]),
/// fetched once they are asked for and kept. A screen asks for them
/// alongside its code, so both download at once, and draws once they are
/// in, as its words are read once, when it is drawn. If they cannot be
/// had, the next screen tries again.
pub async fn later() {
    if LATER_IN.with(std::cell::Cell::get) {
        return;
    }
    let Some(file) = file_of(current(), Part::Later) else {
        return;
    };
    let text = fetch_until_had(&file).await;
    if !text.is_empty() && !LATER_IN.with(|done| done.replace(true)) {
        let text = kept(text);
        WORDS.with(|w| w.borrow_mut().add(text));
    }
}

/// Words are kept for the page's life: a message with no values is then
/// handed to the screens as it is, with no copy (and a view of a
/// `&'static str` costs the app less than one of a `String`).
fn kept(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// A file of words, tried again whenever the connection may be back (the
/// browser says it is online, or ten seconds on), so a screen opened with
/// no signal waits, as its code does, and opens in her words once the
/// signal is back. Empty if the file cannot be had even online.
async fn fetch_until_had(file: &str) -> String {
    let mut refused_online = false;
    loop {
        if let Some(text) = fetch_text(file).await {
            return text;
        }
        if web_sys::window().is_some_and(|w| w.navigator().on_line()) {
            if refused_online {
                return String::new();
            }
            refused_online = true;
        }
        maybe_back_online().await;
    }
}

/// Waits until the browser says it is online again, or ten seconds.
async fn maybe_back_online() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let waited = Promise::new(&mut |resolve, _| {
        let _ = window.add_event_listener_with_callback("online", &resolve);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10_000);
    });
    let _ = JsFuture::from(waited).await;
}

/// A file of words, or `None` when it cannot be had (no signal, and not on
/// this phone).
async fn fetch_text(file: &str) -> Option<String> {
    let window = web_sys::window()?;
    let answer: web_sys::Response = JsFuture::from(window.fetch_with_str(file))
        .await
        .ok()?
        .unchecked_into();
    if !answer.ok() {
        return None;
    }
    JsFuture::from(answer.text().ok()?).await.ok()?.as_string()
}

/// The language the app is showing.
pub fn current() -> Lang {
    LANGUAGE.with(std::cell::Cell::get)
}

/// Whether she chose the language on this phone (rather than the phone's
/// own language choosing it).
pub fn chosen_here() -> Option<Lang> {
    crate::shell::device::raw(CHOSEN).and_then(|code| Lang::from_code(&code).ok())
}

/// Forgets the language chosen on this phone: at sign-out, so the next
/// person's sign-in screen does not say which language she reads (her
/// account keeps it). The page goes on in it until it is next opened.
pub fn forget_choice() {
    crate::shell::device::remove(CHOSEN);
}

/// The phone's own language, if Pathway speaks it (else English), as
/// `index.html` found it.
pub fn phone_language() -> Option<Lang> {
    let window = web_sys::window()?;
    let code = Reflect::get(&window, &"pathwayOwnLanguage".into()).ok()?;
    Lang::from_code(&code.as_string()?).ok()
}

/// The file of a part of `lang`'s words, content-named by the build.
pub fn file_of(lang: Lang, part: Part) -> Option<String> {
    let window = web_sys::window()?;
    let files = Reflect::get(&window, &"pathwayLanguages".into()).ok()?;
    let entry = Reflect::get(&files, &lang.code().into()).ok()?;
    Reflect::get(&entry, &part.name().into()).ok()?.as_string()
}

/// Switches the app to `lang`: its words are fetched first (and so kept by
/// the service worker), and only then is the choice kept and the app
/// opened again in it, so a phone with no signal never switches to a
/// language it cannot show. Whatever she was writing is saved as she types.
pub async fn switch_to(lang: Lang) -> Result<(), SwitchFailed> {
    let window = web_sys::window().ok_or(SwitchFailed::NotBuilt)?;
    for part in Part::ALL {
        let file = file_of(lang, part).ok_or(SwitchFailed::NotBuilt)?;
        fetch_text(&file).await.ok_or(SwitchFailed::Offline)?;
    }
    crate::shell::device::write_raw(CHOSEN, lang.code()).map_err(|_| SwitchFailed::Storage)?;
    let _ = window.location().reload();
    Ok(())
}

/// Why a language could not be switched to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SwitchFailed {
    /// Its words are not on this phone and there is no connection.
    Offline,
    /// This build has no file for it.
    NotBuilt,
    /// The phone would not keep the choice.
    Storage,
}

/// How the person signed in asked to be spoken to; before anyone signs
/// in, and after, the words that fit either. Screens read their words
/// once, as they are drawn, so this is set before they are.
pub fn speak_to(gender: Gender) {
    if SPOKEN_TO.with(|g| g.replace(gender)) != gender {
        GENDERED.with(|gendered| gendered.borrow_mut().clear());
    }
}

/// The message `key`, which takes no values, in her language (see the
/// [`tr!`](crate::tr) macro); the key itself when it is missing.
pub fn plain(key: &'static str) -> &'static str {
    if let Some(words) = WORDS.with(|w| w.borrow().plain(key)) {
        return words;
    }
    // It chooses by her gender (or is missing, and says its key).
    let known = GENDERED.with(|g| g.borrow().iter().find(|(k, _)| *k == key).map(|(_, w)| *w));
    known.unwrap_or_else(|| {
        let words = kept(text(key, &[]));
        GENDERED.with(|g| g.borrow_mut().push((key, words)));
        words
    })
}

/// The message `key` with its values, in her language (see the
/// [`tr!`](crate::tr) macro).
pub fn text(key: &str, args: &[(&str, Arg)]) -> String {
    let right_to_left = current().right_to_left();
    let mut args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(name, arg)| match arg {
            // A name or a number in Latin letters inside right-to-left
            // words keeps its own direction, and does not carry the words
            // around it along.
            Arg::Text(text) if right_to_left => {
                (*name, Arg::Text(format!("\u{2068}{text}\u{2069}")))
            }
            other => (*name, other.clone()),
        })
        .collect();
    let gender = SPOKEN_TO.with(std::cell::Cell::get);
    args.push((GENDER, gender.variant().into()));
    with_intl(|intl| WORDS.with(|w| w.borrow().format(key, &args, intl)))
}

/// A date as her language writes it short ("3 Dec 2026" in English).
pub fn short_day(date: Date) -> String {
    match current() {
        Lang::En => crate::dates::short_day(date),
        _ => with_intl(|intl| intl.short_day(date)),
    }
}

/// A date as her language writes it in full ("Sunday 9 August 2026" in
/// English).
pub fn long_day(date: Date) -> String {
    match current() {
        Lang::En => crate::dates::long_day(date),
        _ => with_intl(|intl| intl.long_day(date)),
    }
}

/// How much room something takes on the phone, as her language writes it
/// ("62 KB" in English; "62 كيلوبايت" in Arabic, whose line would otherwise
/// end in Latin letters). Where the browser cannot write units in her
/// language, the English way with her language's digits.
pub fn room(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    let (amount, unit, english) = if bytes < MB {
        let kb = bytes.div_ceil(1024);
        (kb as f64, "kilobyte", format!("{kb} KB"))
    } else {
        let tenths = bytes * 10 / MB;
        (
            tenths as f64 / 10.0,
            "megabyte",
            format!("{}.{} MB", tenths / 10, tenths % 10),
        )
    };
    if current() == Lang::En {
        return english;
    }
    // A browser with no month names for her language has no words for
    // units in it either.
    let known = with_intl(|intl| intl.dates_known);
    let locales = Array::of1(&current().tag().into());
    let options = Object::new();
    let _ = Reflect::set(&options, &"style".into(), &"unit".into());
    let _ = Reflect::set(&options, &"unit".into(), &unit.into());
    let _ = Reflect::set(&options, &"unitDisplay".into(), &"long".into());
    known
        .then(|| Intl::NumberFormat::new(&locales, &options).format())
        .and_then(|format| format.call1(&JsValue::NULL, &amount.into()).ok())
        .and_then(|written| written.as_string())
        .unwrap_or(english)
}

/// Things in a list as her language joins them: "1 message, 2 replies and
/// 1 change to your plan". Where the browser cannot join lists in her
/// language, commas.
pub fn list(items: &[String]) -> String {
    with_intl(|intl| match &intl.lists {
        Some(lists) => {
            let items: Array = items.iter().map(|item| JsValue::from_str(item)).collect();
            String::from(lists.format(&items))
        }
        None => items.join(if current().right_to_left() {
            "، "
        } else {
            ", "
        }),
    })
}

/// Reads and writes numbers and dates as her language does, through the
/// browser's own `Intl` (made once).
struct Speaker {
    plurals: Intl::PluralRules,
    numbers: Function,
    /// Whether the browser can write dates in her language at all: without
    /// its month names it writes "2026 M12 3", so the date goes as digits.
    dates_known: bool,
    short_day: Function,
    long_day: Function,
    /// `None` where the browser cannot join lists in her language (it would
    /// join them in English).
    lists: Option<Intl::ListFormat>,
}

impl Speaker {
    fn new(lang: Lang) -> Speaker {
        let locales = Array::of1(&lang.tag().into());
        let options = |pairs: &[(&str, &str)]| {
            let object = Object::new();
            for (name, value) in pairs {
                let _ = Reflect::set(&object, &(*name).into(), &(*value).into());
            }
            object
        };
        let short_day = options(&[("day", "numeric"), ("month", "short"), ("year", "numeric")]);
        let long_day = options(&[
            ("weekday", "long"),
            ("day", "numeric"),
            ("month", "long"),
            ("year", "numeric"),
        ]);
        Speaker {
            plurals: Intl::PluralRules::new(&locales, &Object::new()),
            numbers: Intl::NumberFormat::new(&locales, &Object::new()).format(),
            dates_known: Intl::DateTimeFormat::supported_locales_of(&locales, &Object::new())
                .length()
                > 0,
            short_day: Intl::DateTimeFormat::new(&locales, &short_day).format(),
            long_day: Intl::DateTimeFormat::new(&locales, &long_day).format(),
            lists: (Intl::ListFormat::supported_locales_of(&locales, &Object::new()).length() > 0)
                .then(|| Intl::ListFormat::new(&locales, &Object::new())),
        }
    }

    fn short_day(&self, date: Date) -> String {
        self.day(&self.short_day, date)
            .unwrap_or_else(|| crate::dates::short_day(date))
    }

    fn long_day(&self, date: Date) -> String {
        self.day(&self.long_day, date)
            .unwrap_or_else(|| crate::dates::long_day(date))
    }

    /// `date` written by `format`; as digits, day/month/year, where the
    /// browser has no month names for her language.
    fn day(&self, format: &Function, date: Date) -> Option<String> {
        if !self.dates_known {
            return Some(format!(
                "{}/{}/{}",
                date.day(),
                u8::from(date.month()),
                date.year()
            ));
        }
        let day = js_sys::Date::new_with_year_month_day(
            u32::try_from(date.year()).unwrap_or_default(),
            i32::from(u8::from(date.month())) - 1,
            i32::from(date.day()),
        );
        format.call1(&JsValue::NULL, &day).ok()?.as_string()
    }
}

impl Numbers for Speaker {
    fn plural(&self, n: i64) -> &'static str {
        // `select` answers one of Intl's six categories; anything else is
        // read as "other", which every message has.
        match String::from(self.plurals.select(n as f64)).as_str() {
            "zero" => "zero",
            "one" => "one",
            "two" => "two",
            "few" => "few",
            "many" => "many",
            _ => "other",
        }
    }

    fn number(&self, n: i64) -> String {
        self.numbers
            .call1(&JsValue::NULL, &JsValue::from_f64(n as f64))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| n.to_string())
    }
}

fn with_intl<T>(f: impl FnOnce(&Speaker) -> T) -> T {
    INTL.with(|intl| {
        let mut intl = intl.borrow_mut();
        f(intl.get_or_insert_with(|| Speaker::new(current())))
    })
}
