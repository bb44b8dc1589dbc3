//! *People who help me*: who she can turn to, and how to reach them now —
//! her adviser, the out-of-hours team, 999, and an advocate of her own.

use leptos::prelude::*;

use crate::shell::{admit, set_title, shell, Audience};
use crate::sync::first_name;
use crate::tr;
use crate::ui::CallLink;

/// A button that rings `phone`, named for who it rings.
fn call(who: &str, phone: &str) -> impl IntoView {
    view! { <CallLink who=who.to_owned() phone=phone.to_owned()/> }
}

#[component]
pub fn PeopleWhoHelpMe() -> impl IntoView {
    set_title(tr!("help-title"));
    let session = match admit(Audience::YoungPerson("/young-people")) {
        Ok(session) => session,
        Err(elsewhere) => return elsewhere,
    };
    let me = session.user.id;
    let store = shell().store;
    let known = Memo::new(move |_| {
        store.replica.with(|r| {
            r.as_ref().map(|r| {
                let adviser = r
                    .people
                    .iter()
                    .find(|p| p.id == me)
                    .and_then(|p| p.adviser.clone());
                (adviser, r.settings.clone())
            })
        })
    });
    view! {
        <section class="page narrow people-who-help">
            <h1>{tr!("help-title")}</h1>
            {move || match known.get() {
                None => view! {
                    <p class="quiet" aria-busy="true">{tr!("help-getting-details")}</p>
                    <div class="helper urgent">
                        <h2>{tr!("help-emergency")}</h2>
                        <p>{tr!("help-emergency-about")}</p>
                        {call("999", "999")}
                    </div>
                }.into_any(),
                Some((adviser, settings)) => view! {
                    {match adviser {
                        Some(adviser) => {
                            let first = first_name(&adviser.name).to_owned();
                            view! {
                                <div class="helper">
                                    <h2>{adviser.name.clone()}</h2>
                                    <p>{tr!("help-adviser-about", name = first.clone())}</p>
                                    <div class="helper-ways">
                                        {adviser.phone.as_deref().map(|phone| call(&adviser.name, phone))}
                                        <a href="/my-messages" class="quiet-button">{tr!("help-message", name = first)}</a>
                                    </div>
                                </div>
                            }.into_any()
                        }
                        None => view! {
                            <div class="helper">
                                <h2>{tr!("help-your-adviser")}</h2>
                                <p>{tr!("help-no-adviser")}</p>
                            </div>
                        }.into_any(),
                    }}
                    <div class="helper">
                        <h2>{tr!("help-out-of-hours")}</h2>
                        <p>{tr!("help-out-of-hours-about")}</p>
                        {call(tr!("help-out-of-hours-team"), &settings.out_of_hours_phone)}
                    </div>
                    <div class="helper urgent">
                        <h2>{tr!("help-emergency")}</h2>
                        <p>{tr!("help-emergency-about")}</p>
                        {call("999", "999")}
                    </div>
                    <div class="helper">
                        <h2>{tr!("help-advocate")}</h2>
                        <p>{tr!("help-advocate-about")}</p>
                        {match settings.advocacy {
                            Some(advocacy) => view! {
                                <p><strong>{advocacy.name.clone()}</strong></p>
                                <div class="helper-ways">
                                    {advocacy.phone.as_deref().map(|phone| call(&advocacy.name, phone))}
                                    {advocacy.web.map(|web| view! {
                                        <a class="quiet-button" href=web.clone() rel="noopener">{tr!("help-visit", name = advocacy.name.clone())}</a>
                                    })}
                                </div>
                            }.into_any(),
                            None => view! {
                                <p>{tr!("help-ask-for-advocate")}</p>
                            }.into_any(),
                        }}
                    </div>
                }.into_any(),
            }}
        </section>
    }
    .into_any()
}
