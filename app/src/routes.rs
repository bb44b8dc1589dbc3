//! Every screen's address. The sign-in screen and the way to each person's
//! first screen are in the main module; every other screen is a lazy route,
//! its code split into a chunk fetched the first time it opens (and kept
//! by the service worker for offline), so a young person never downloads
//! the staff screens and nobody downloads a screen before they need it.

use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Routes, A};
use leptos_router::{lazy_route, path, Lazy, LazyRoute};

use crate::auth::page::SignIn;
use crate::shell::{set_title, shell};

/// A screen with no data of its own to load, split into its own chunk.
macro_rules! lazy_screen {
    ($route:ident => $screen:path) => {
        struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(_this: Self) -> AnyView {
                $screen().into_any()
            }
        }
    };
}

lazy_screen!(MyPlan => crate::plan::page::MyPlan);
lazy_screen!(MyGoals => crate::goals::page::MyGoals);
lazy_screen!(MyVoice => crate::voice::page::MyVoice);
lazy_screen!(MyContacts => crate::contacts::page::MyContacts);
lazy_screen!(WrittenAboutMe => crate::written::page::WrittenAboutMePage);
lazy_screen!(Versions => crate::plan::review_page::Versions);
lazy_screen!(VersionPage => crate::plan::review_page::VersionPage);
lazy_screen!(Compare => crate::plan::review_page::Compare);
lazy_screen!(Caseload => crate::caseload::page::YoungPeople);
lazy_screen!(TheirPlan => crate::plan::page::TheirPlan);
lazy_screen!(TheirContacts => crate::contacts::page::TheirContacts);
lazy_screen!(TheirGoals => crate::goals::page::TheirGoals);
lazy_screen!(Inbox => crate::voice::page::Inbox);
lazy_screen!(ThisPhone => crate::shell::phone::ThisPhone);
lazy_screen!(SignedInOn => crate::shell::signed_in::SignedInOn);

#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <NotFound/> }>
            <Route path=path!("/") view=Home/>
            <Route path=path!("/sign-in") view=SignIn/>
            <Route path=path!("/sign-out") view=crate::shell::phone::SignOut/>
            <Route path=path!("/my-plan") view={Lazy::<MyPlan>::new()}/>
            <Route path=path!("/my-plan/versions") view={Lazy::<Versions>::new()}/>
            <Route path=path!("/my-plan/versions/:version") view={Lazy::<VersionPage>::new()}/>
            <Route path=path!("/my-plan/compare/:a/:b") view={Lazy::<Compare>::new()}/>
            <Route path=path!("/my-goals") view={Lazy::<MyGoals>::new()}/>
            <Route path=path!("/my-voice") view={Lazy::<MyVoice>::new()}/>
            <Route path=path!("/my-contacts") view={Lazy::<MyContacts>::new()}/>
            <Route path=path!("/written-about-me") view={Lazy::<WrittenAboutMe>::new()}/>
            <Route path=path!("/young-people") view={Lazy::<Caseload>::new()}/>
            <Route path=path!("/young-people/:id") view={Lazy::<TheirPlan>::new()}/>
            <Route path=path!("/young-people/:id/contacts") view={Lazy::<TheirContacts>::new()}/>
            <Route path=path!("/young-people/:id/goals") view={Lazy::<TheirGoals>::new()}/>
            <Route path=path!("/young-people/:id/versions") view={Lazy::<Versions>::new()}/>
            <Route path=path!("/young-people/:id/versions/:version") view={Lazy::<VersionPage>::new()}/>
            <Route path=path!("/young-people/:id/compare/:a/:b") view={Lazy::<Compare>::new()}/>
            <Route path=path!("/inbox") view={Lazy::<Inbox>::new()}/>
            <Route path=path!("/this-phone") view={Lazy::<ThisPhone>::new()}/>
            <Route path=path!("/signed-in") view={Lazy::<SignedInOn>::new()}/>
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
