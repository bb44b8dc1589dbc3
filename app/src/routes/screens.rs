//! Every screen. The sign-in screen and the way to each person's
//! first screen are in the main module; every other screen is a lazy route,
//! its code split into chunks fetched the first time it opens. Once someone
//! signs in, the service worker keeps the chunks of every screen of theirs
//! (`shell::device::keep_screens_for`), so each opens with no signal, and a
//! young person's phone never fetches the staff screens.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use super::address::{address, path_now, SendOn};
use super::captures;

use crate::auth::page::SignIn;
use crate::shell::{set_title, shell};
use crate::tr;

/// A route whose screen's code is in a chunk, fetched when it first opens.
/// The route itself is in the main module and switches at once; the screen
/// appears when its code is there (`opening` until then, which with no
/// signal lasts until the signal is back), and with it the rest of her
/// language's words and the later screens' stylesheet, fetched meanwhile.
/// Her home needs only the words and styles every screen has (`first
/// words`), so her first visit fetches no others.
macro_rules! lazy_screen {
    ($route:ident => $code:path) => {
        lazy_screen!($route => $code, async {
            let (screen, (), ()) = futures::future::join3(
                $code(),
                crate::language::browser::later(),
                crate::shell::styles::later(),
            )
            .await;
            screen
        });
    };
    ($route:ident => $code:path, first words) => {
        lazy_screen!($route => $code, $code());
    };
    ($route:ident => $code:path, $screen:expr) => {
        fn $route() -> AnyView {
            drawn_when_here(Box::pin($screen), opening)
        }
    };
}

/// A screen, drawn once `here` has its code (and words) and what the phone
/// kept is read back (`Store::ready`); `waiting` until then. Leaving before
/// then drops it unseen. One function for every lazy screen, not one for
/// each: each copy cost the main module its own view.
fn drawn_when_here(
    here: Pin<Box<dyn Future<Output = code::Screen>>>,
    waiting: fn() -> AnyView,
) -> AnyView {
    let screen = RwSignal::new(None::<code::Screen>);
    let ready = shell().store.ready;
    leptos::task::spawn_local(async move {
        let draw = here.await;
        screen.try_set(Some(draw));
    });
    (move || match screen.get() {
        Some(draw) if ready.get() => untrack(draw),
        _ => waiting(),
    })
    .into_any()
}

/// Staff's menu, drawn once its code is here (it comes with the
/// caseload's), nothing in its place until then.
pub fn staff_menu() -> AnyView {
    drawn_when_here(Box::pin(code::staff_menu()), || ().into_any())
}

/// Her adviser's form for writing a review down, on a staff plan screen,
/// drawn once its code is here (it comes with staff's screens), nothing in
/// its place until then.
fn review_form() -> AnyView {
    drawn_when_here(Box::pin(code::review_form()), || ().into_any())
}

/// What shows while a screen's code is fetched; with no signal, why it
/// waits (a screen opened before is kept on the phone and never waits).
fn opening() -> AnyView {
    let online = web_sys::window().is_none_or(|w| w.navigator().on_line());
    view! {
        <p class="page narrow quiet opening">
            {if online { tr!("screen-opening") } else { tr!("screen-not-here") }}
        </p>
    }
    .into_any()
}

/// The screens' code, in chunks by whom they are for. Each person's first
/// screen has its own (hers: home; her plan, which a link may open first,
/// too), so a first visit fetches only that; their other
/// screens come in one more, kept for offline once they sign in. The chunk
/// names start with whom they are for (`YoungPerson`, `Staff`,
/// `Everyone`): the build reads them to keep each person's screens.
mod code {
    use leptos::prelude::{AnyView, IntoAny};
    use leptos::wasm_split::wasm_split;

    /// What loading a chunk gives: the way to draw its screen, called once
    /// the screen's words are there too (a screen reads its words as it is
    /// drawn).
    pub type Screen = fn() -> AnyView;

    #[wasm_split(YoungPersonHome, wasm_split_path = ::leptos::wasm_split)]
    pub fn my_home() -> Screen {
        || crate::home::page::MyHome().into_any()
    }

    #[wasm_split(YoungPersonScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn people_who_help_me() -> Screen {
        || crate::help::PeopleWhoHelpMe().into_any()
    }

    #[wasm_split(YoungPersonScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn more() -> Screen {
        || crate::home::page::More().into_any()
    }

    #[wasm_split(YoungPersonPlan, wasm_split_path = ::leptos::wasm_split)]
    pub fn my_plan() -> Screen {
        || crate::plan::page::MyPlan().into_any()
    }

    #[wasm_split(YoungPersonScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn my_goals() -> Screen {
        || crate::goals::page::MyGoals().into_any()
    }

    #[wasm_split(YoungPersonScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn my_voice() -> Screen {
        || crate::voice::page::MyVoice().into_any()
    }

    #[wasm_split(YoungPersonScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn my_contacts() -> Screen {
        || crate::contacts::page::MyContacts().into_any()
    }

    #[wasm_split(YoungPersonScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn written_about_me() -> Screen {
        || crate::written::page::WrittenAboutMePage().into_any()
    }

    #[wasm_split(YoungPersonScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn my_messages() -> Screen {
        || crate::messages::page::MyMessages().into_any()
    }

    /// Not a screen but on every one of staff's: with the caseload's code,
    /// which every member of staff's phone has.
    #[wasm_split(StaffCaseload, wasm_split_path = ::leptos::wasm_split)]
    pub fn staff_menu() -> Screen {
        || crate::shell::menu::StaffMenu().into_any()
    }

    #[wasm_split(StaffCaseload, wasm_split_path = ::leptos::wasm_split)]
    pub fn caseload() -> Screen {
        || crate::caseload::page::YoungPeople().into_any()
    }

    #[wasm_split(StaffScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn their_plan() -> Screen {
        || {
            leptos::prelude::provide_context(crate::plan::review_page::ReviewForm(
                super::review_form,
            ));
            crate::plan::page::TheirPlan().into_any()
        }
    }

    #[wasm_split(StaffScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn review_form() -> Screen {
        crate::plan::review_page::review_form
    }

    #[wasm_split(StaffScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn their_contacts() -> Screen {
        || crate::contacts::page::TheirContacts().into_any()
    }

    #[wasm_split(StaffScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn their_goals() -> Screen {
        || crate::goals::page::TheirGoals().into_any()
    }

    #[wasm_split(StaffScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn conversations() -> Screen {
        || crate::messages::page::Conversations().into_any()
    }

    #[wasm_split(StaffScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn their_messages() -> Screen {
        || crate::messages::page::TheirMessages().into_any()
    }

    #[wasm_split(StaffScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn reports() -> Screen {
        || crate::reports::page::Reports().into_any()
    }

    #[wasm_split(StaffScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn outcome_bees() -> Screen {
        || crate::reports::page::OutcomeBees().into_any()
    }

    #[wasm_split(StaffScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn practice_audits() -> Screen {
        || crate::practice::page::PracticeAudits().into_any()
    }

    #[wasm_split(StaffScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn inbox() -> Screen {
        || crate::voice::page::Inbox().into_any()
    }

    #[wasm_split(EveryoneScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn versions() -> Screen {
        || crate::plan::review_page::Versions().into_any()
    }

    #[wasm_split(EveryoneScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn version_page() -> Screen {
        || crate::plan::review_page::VersionPage().into_any()
    }

    #[wasm_split(EveryoneScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn compare() -> Screen {
        || crate::plan::review_page::Compare().into_any()
    }

    #[wasm_split(EveryoneScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn this_phone() -> Screen {
        || crate::shell::phone::ThisPhone().into_any()
    }

    /// Opened only from *This phone*, so its code is always here with it.
    #[wasm_split(EveryoneScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn sign_out() -> Screen {
        || crate::shell::phone::SignOut().into_any()
    }

    #[wasm_split(EveryoneScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn signed_in_on() -> Screen {
        || crate::shell::signed_in::SignedInOn().into_any()
    }
}

lazy_screen!(my_home_route => code::my_home, first words);
lazy_screen!(more_route => code::more);
lazy_screen!(people_who_help_me_route => code::people_who_help_me);
lazy_screen!(my_plan_route => code::my_plan);
lazy_screen!(my_goals_route => code::my_goals);
lazy_screen!(my_voice_route => code::my_voice);
lazy_screen!(my_contacts_route => code::my_contacts);
lazy_screen!(written_about_me_route => code::written_about_me);
lazy_screen!(my_messages_route => code::my_messages);
lazy_screen!(caseload_route => code::caseload);
lazy_screen!(conversations_route => code::conversations);
lazy_screen!(their_messages_route => code::their_messages);
lazy_screen!(their_plan_route => code::their_plan);
lazy_screen!(their_contacts_route => code::their_contacts);
lazy_screen!(their_goals_route => code::their_goals);
lazy_screen!(inbox_route => code::inbox);
lazy_screen!(reports_route => code::reports);
lazy_screen!(outcome_bees_route => code::outcome_bees);
lazy_screen!(practice_audits_route => code::practice_audits);
lazy_screen!(versions_route => code::versions);
lazy_screen!(version_page_route => code::version_page);
lazy_screen!(compare_route => code::compare);
lazy_screen!(this_phone_route => code::this_phone);
lazy_screen!(sign_out_route => code::sign_out);
lazy_screen!(signed_in_on_route => code::signed_in_on);

/// Every screen by its address: `:name` stands for a part of the address
/// the screen reads (`param`). The first that fits opens.
const SCREENS: &[(&str, code::Screen)] = &[
    ("/", || Home().into_any()),
    ("/sign-in", || SignIn().into_any()),
    ("/sign-out", sign_out_route),
    ("/home", my_home_route),
    ("/more", more_route),
    ("/people-who-help-me", people_who_help_me_route),
    ("/my-plan", my_plan_route),
    ("/my-plan/versions", versions_route),
    ("/my-plan/versions/:version", version_page_route),
    ("/my-plan/compare/:a/:b", compare_route),
    ("/my-messages", my_messages_route),
    ("/my-goals", my_goals_route),
    ("/my-voice", my_voice_route),
    ("/my-contacts", my_contacts_route),
    ("/written-about-me", written_about_me_route),
    ("/young-people", caseload_route),
    ("/young-people/:id", their_plan_route),
    ("/young-people/:id/contacts", their_contacts_route),
    ("/young-people/:id/goals", their_goals_route),
    ("/young-people/:id/versions", versions_route),
    ("/young-people/:id/versions/:version", version_page_route),
    ("/young-people/:id/compare/:a/:b", compare_route),
    ("/young-people/:id/messages", their_messages_route),
    ("/messages", conversations_route),
    ("/inbox", inbox_route),
    ("/reports", reports_route),
    ("/reports/outcome-bees", outcome_bees_route),
    ("/audits", practice_audits_route),
    ("/this-phone", this_phone_route),
    ("/signed-in", signed_in_on_route),
];

/// The screen the address bar names, drawn afresh whenever it changes.
#[component]
pub fn AppRoutes() -> impl IntoView {
    let address = address();
    let path = Memo::new(move |_| address.path());
    move || {
        let path = path.get();
        untrack(|| {
            match SCREENS
                .iter()
                .find(|(pattern, _)| captures(pattern, &path).is_some())
            {
                Some((_, screen)) => screen(),
                None => NotFound().into_any(),
            }
        })
    }
}

/// A part of the open screen's address (`id` in `/young-people/:id`).
pub fn param(name: &str) -> Option<String> {
    let path = path_now();
    SCREENS.iter().find_map(|(pattern, _)| {
        captures(pattern, &path)?
            .into_iter()
            .find(|(part, _)| *part == name)
            .map(|(_, value)| value.to_owned())
    })
}

/// Sends each person to their own first screen.
#[component]
fn Home() -> impl IntoView {
    let path = match shell().session.get_untracked() {
        None => "/sign-in",
        Some(session) if session.user.role == crate::auth::Role::HeadOfService => "/reports",
        Some(session) if session.user.role.is_staff() => "/young-people",
        Some(_) => "/home",
    };
    view! { <SendOn path=path/> }
}

#[component]
fn NotFound() -> impl IntoView {
    set_title(tr!("not-found-title"));
    view! {
        <section class="page narrow">
            <h1>{tr!("not-found-heading")}</h1>
            <p><a href="/">{tr!("not-found-start")}</a></p>
        </section>
    }
}
