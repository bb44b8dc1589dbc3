//! *People who help me*: who she can turn to, and how to reach them now —
//! her adviser, the out-of-hours team, 999, and an advocate of her own.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::shell::{admit, set_title, shell, Audience};
use crate::sync::first_name;
use crate::ui::CallLink;

/// A button that rings `phone`, named for who it rings.
fn call(who: &str, phone: &str) -> impl IntoView {
    view! { <CallLink who=who.to_owned() phone=phone.to_owned()/> }
}

#[component]
pub fn PeopleWhoHelpMe() -> impl IntoView {
    set_title("People who help me");
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
            <h1>"People who help me"</h1>
            {move || match known.get() {
                None => view! {
                    <p class="quiet" aria-busy="true">"Getting your details… If you're offline, they'll appear when you're back online."</p>
                    <div class="helper urgent">
                        <h2>"In an emergency"</h2>
                        <p>"If you're in danger right now, or someone is hurt."</p>
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
                                    <p>{format!("Your personal adviser. {first} helps you with your plan, and with anything that comes up.")}</p>
                                    <div class="helper-ways">
                                        {adviser.phone.as_deref().map(|phone| call(&adviser.name, phone))}
                                        <A href="/my-messages" attr:class="quiet-button">{format!("Message {first}")}</A>
                                    </div>
                                </div>
                            }.into_any()
                        }
                        None => view! {
                            <div class="helper">
                                <h2>"Your personal adviser"</h2>
                                <p>"You haven't got a personal adviser named yet. The leaving care team will tell you who it is."</p>
                            </div>
                        }.into_any(),
                    }}
                    <div class="helper">
                        <h2>"Out of hours"</h2>
                        <p>"The leaving care team, in the evening, at night and at weekends."</p>
                        {call("the out-of-hours team", &settings.out_of_hours_phone)}
                    </div>
                    <div class="helper urgent">
                        <h2>"In an emergency"</h2>
                        <p>"If you're in danger right now, or someone is hurt."</p>
                        {call("999", "999")}
                    </div>
                    <div class="helper">
                        <h2>"An advocate"</h2>
                        <p>"An advocate is on your side. They help you say what you want, and make sure you're listened to. They don't work for the leaving care team, and it's free."</p>
                        {match settings.advocacy {
                            Some(advocacy) => view! {
                                <p><strong>{advocacy.name.clone()}</strong></p>
                                <div class="helper-ways">
                                    {advocacy.phone.as_deref().map(|phone| call(&advocacy.name, phone))}
                                    {advocacy.web.map(|web| view! {
                                        <a class="quiet-button" href=web.clone() rel="noopener">{format!("Visit {}", advocacy.name)}</a>
                                    })}
                                </div>
                            }.into_any(),
                            None => view! {
                                <p>"Ask your personal adviser how to get one: you have a right to an advocate."</p>
                            }.into_any(),
                        }}
                    </div>
                }.into_any(),
            }}
        </section>
    }
    .into_any()
}
