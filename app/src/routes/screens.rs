//! Every screen. The sign-in screen and the way to each person's
//! first screen are in the main module; every other screen is a lazy route,
//! its code split into chunks fetched the first time it opens. Once someone
//! signs in, the service worker keeps the chunks of every screen of theirs
//! (`shell::device::keep_screens_for`), so each opens with no signal, and a
//! young person's phone never fetches the staff screens.

use std::future::Future;

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
/// language's words, fetched meanwhile. Her home needs only the words
/// every screen has (`first words`), so her first visit fetches no others.
macro_rules! lazy_screen {
    ($route:ident => $code:path) => {
        lazy_screen!($route => $code, async {
            let (screen, ()) = futures::future::join($code(), crate::language::browser::later()).await;
            screen
        });
    };
    ($route:ident => $code:path, first words) => {
        lazy_screen!($route => $code, $code());
    };
    ($route:ident => $code:path, $screen:expr) => {
        #[component]
        fn $route() -> impl IntoView {
            drawn_when_here($screen)
        }
    };
}

/// A screen, drawn once `here` has its code (and words); `opening` until
/// then. Leaving before then drops it unseen.
fn drawn_when_here(here: impl Future<Output = code::Screen> + 'static) -> impl IntoView {
    let screen = RwSignal::new(None::<code::Screen>);
    leptos::task::spawn_local(async move {
        let draw = here.await;
        screen.try_set(Some(draw));
    });
    move || match screen.get() {
        Some(draw) => untrack(draw),
        None => opening().into_any(),
    }
}

/// What shows while a screen's code is fetched; with no signal, why it
/// waits (a screen opened before is kept on the phone and never waits).
fn opening() -> impl IntoView {
    let online = web_sys::window().is_none_or(|w| w.navigator().on_line());
    view! {
        <p class="page narrow quiet opening">
            {if online { tr!("screen-opening") } else { tr!("screen-not-here") }}
        </p>
    }
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

    #[wasm_split(StaffCaseload, wasm_split_path = ::leptos::wasm_split)]
    pub fn caseload() -> Screen {
        || crate::caseload::page::YoungPeople().into_any()
    }

    #[wasm_split(StaffScreens, wasm_split_path = ::leptos::wasm_split)]
    pub fn their_plan() -> Screen {
        || crate::plan::page::TheirPlan().into_any()
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

lazy_screen!(MyHomeRoute => code::my_home, first words);
lazy_screen!(MoreRoute => code::more);
lazy_screen!(PeopleWhoHelpMeRoute => code::people_who_help_me);
lazy_screen!(MyPlanRoute => code::my_plan);
lazy_screen!(MyGoalsRoute => code::my_goals);
lazy_screen!(MyVoiceRoute => code::my_voice);
lazy_screen!(MyContactsRoute => code::my_contacts);
lazy_screen!(WrittenAboutMeRoute => code::written_about_me);
lazy_screen!(MyMessagesRoute => code::my_messages);
lazy_screen!(CaseloadRoute => code::caseload);
lazy_screen!(ConversationsRoute => code::conversations);
lazy_screen!(TheirMessagesRoute => code::their_messages);
lazy_screen!(TheirPlanRoute => code::their_plan);
lazy_screen!(TheirContactsRoute => code::their_contacts);
lazy_screen!(TheirGoalsRoute => code::their_goals);
lazy_screen!(InboxRoute => code::inbox);
lazy_screen!(ReportsRoute => code::reports);
lazy_screen!(OutcomeBeesRoute => code::outcome_bees);
lazy_screen!(PracticeAuditsRoute => code::practice_audits);
lazy_screen!(VersionsRoute => code::versions);
lazy_screen!(VersionPageRoute => code::version_page);
lazy_screen!(CompareRoute => code::compare);
lazy_screen!(ThisPhoneRoute => code::this_phone);
lazy_screen!(SignOutRoute => code::sign_out);
lazy_screen!(SignedInOnRoute => code::signed_in_on);

/// Every screen by its address: `:name` stands for a part of the address
/// the screen reads (`param`). The first that fits opens.
const SCREENS: &[(&str, code::Screen)] = &[
    ("/", || Home().into_any()),
    ("/sign-in", || SignIn().into_any()),
    ("/sign-out", || SignOutRoute().into_any()),
    ("/home", || MyHomeRoute().into_any()),
    ("/more", || MoreRoute().into_any()),
    ("/people-who-help-me", || PeopleWhoHelpMeRoute().into_any()),
    ("/my-plan", || MyPlanRoute().into_any()),
    ("/my-plan/versions", || VersionsRoute().into_any()),
    ("/my-plan/versions/:version", || {
        VersionPageRoute().into_any()
    }),
    ("/my-plan/compare/:a/:b", || CompareRoute().into_any()),
    ("/my-messages", || MyMessagesRoute().into_any()),
    ("/my-goals", || MyGoalsRoute().into_any()),
    ("/my-voice", || MyVoiceRoute().into_any()),
    ("/my-contacts", || MyContactsRoute().into_any()),
    ("/written-about-me", || WrittenAboutMeRoute().into_any()),
    ("/young-people", || CaseloadRoute().into_any()),
    ("/young-people/:id", || TheirPlanRoute().into_any()),
    ("/young-people/:id/contacts", || {
        TheirContactsRoute().into_any()
    }),
    ("/young-people/:id/goals", || TheirGoalsRoute().into_any()),
    ("/young-people/:id/versions", || VersionsRoute().into_any()),
    ("/young-people/:id/versions/:version", || {
        VersionPageRoute().into_any()
    }),
    ("/young-people/:id/compare/:a/:b", || {
        CompareRoute().into_any()
    }),
    ("/young-people/:id/messages", || {
        TheirMessagesRoute().into_any()
    }),
    ("/messages", || ConversationsRoute().into_any()),
    ("/inbox", || InboxRoute().into_any()),
    ("/reports", || ReportsRoute().into_any()),
    ("/reports/outcome-bees", || OutcomeBeesRoute().into_any()),
    ("/audits", || PracticeAuditsRoute().into_any()),
    ("/this-phone", || ThisPhoneRoute().into_any()),
    ("/signed-in", || SignedInOnRoute().into_any()),
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
