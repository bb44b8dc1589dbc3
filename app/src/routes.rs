//! Every screen's address. The sign-in screen and the way to each person's
//! first screen are in the main module; every other screen is a lazy route,
//! its code split into chunks fetched the first time it opens. Once someone
//! signs in, the service worker keeps the chunks of every screen of theirs
//! (`shell::device::keep_screens_for`), so each opens with no signal, and a
//! young person's phone never fetches the staff screens.

use leptos::lazy;
use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Routes, A};
use leptos_router::path;

use crate::auth::page::SignIn;
use crate::shell::{set_title, shell};

/// A screen whose code is split into its own chunk, fetched when it first
/// opens. The route itself is in the main module and switches at once; the
/// screen appears when its code is there ("Opening…" until then, which with
/// no signal lasts until the signal is back). Its name starts with whom
/// the screen is for (`YoungPerson`, `Staff` or `Everyone`): the build
/// reads it to keep each person's screens.
macro_rules! lazy_screen {
    ($route:ident => $screen:path) => {
        #[component]
        fn $route() -> impl IntoView {
            #[lazy($route)]
            fn screen() -> AnyView {
                $screen().into_any()
            }
            view! {
                <Suspense fallback=|| view! { <p class="page narrow quiet opening">"Opening…"</p> }>
                    {Suspend::new(screen())}
                </Suspense>
            }
        }
    };
}

lazy_screen!(YoungPersonPlan => crate::plan::page::MyPlan);
lazy_screen!(YoungPersonGoals => crate::goals::page::MyGoals);
lazy_screen!(YoungPersonVoice => crate::voice::page::MyVoice);
lazy_screen!(YoungPersonContacts => crate::contacts::page::MyContacts);
lazy_screen!(YoungPersonWrittenAboutMe => crate::written::page::WrittenAboutMePage);
lazy_screen!(EveryoneVersions => crate::plan::review_page::Versions);
lazy_screen!(EveryoneVersionPage => crate::plan::review_page::VersionPage);
lazy_screen!(EveryoneCompare => crate::plan::review_page::Compare);
lazy_screen!(StaffCaseload => crate::caseload::page::YoungPeople);
lazy_screen!(StaffTheirPlan => crate::plan::page::TheirPlan);
lazy_screen!(StaffTheirContacts => crate::contacts::page::TheirContacts);
lazy_screen!(StaffTheirGoals => crate::goals::page::TheirGoals);
lazy_screen!(StaffInbox => crate::voice::page::Inbox);
lazy_screen!(EveryoneThisPhone => crate::shell::phone::ThisPhone);
lazy_screen!(EveryoneSignedInOn => crate::shell::signed_in::SignedInOn);

#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <NotFound/> }>
            <Route path=path!("/") view=Home/>
            <Route path=path!("/sign-in") view=SignIn/>
            <Route path=path!("/sign-out") view=crate::shell::phone::SignOut/>
            <Route path=path!("/my-plan") view=YoungPersonPlan/>
            <Route path=path!("/my-plan/versions") view=EveryoneVersions/>
            <Route path=path!("/my-plan/versions/:version") view=EveryoneVersionPage/>
            <Route path=path!("/my-plan/compare/:a/:b") view=EveryoneCompare/>
            <Route path=path!("/my-goals") view=YoungPersonGoals/>
            <Route path=path!("/my-voice") view=YoungPersonVoice/>
            <Route path=path!("/my-contacts") view=YoungPersonContacts/>
            <Route path=path!("/written-about-me") view=YoungPersonWrittenAboutMe/>
            <Route path=path!("/young-people") view=StaffCaseload/>
            <Route path=path!("/young-people/:id") view=StaffTheirPlan/>
            <Route path=path!("/young-people/:id/contacts") view=StaffTheirContacts/>
            <Route path=path!("/young-people/:id/goals") view=StaffTheirGoals/>
            <Route path=path!("/young-people/:id/versions") view=EveryoneVersions/>
            <Route path=path!("/young-people/:id/versions/:version") view=EveryoneVersionPage/>
            <Route path=path!("/young-people/:id/compare/:a/:b") view=EveryoneCompare/>
            <Route path=path!("/inbox") view=StaffInbox/>
            <Route path=path!("/this-phone") view=EveryoneThisPhone/>
            <Route path=path!("/signed-in") view=EveryoneSignedInOn/>
        </Routes>
    }
}

/// Sends each person to their own first screen.
#[component]
fn Home() -> impl IntoView {
    let path = match shell().session.get_untracked() {
        None => "/sign-in",
        Some(session) if session.user.role.is_staff() => "/young-people",
        Some(_) => "/my-plan",
    };
    view! { <Redirect path=path/> }
}

#[component]
fn NotFound() -> impl IntoView {
    set_title("Page not found");
    view! {
        <section class="page narrow">
            <h1>"We can't find that page"</h1>
            <p><A href="/">"Go to the start"</A></p>
        </section>
    }
}
