# Pathway's words for a young person's screens, in English: the source every
# other language is checked against. Plurals and choices use Fluent's
# syntax; a number's plural form comes from the phone's own rules.
#
# first.ftl: what her first visit needs (the words around every screen,
# signing in, her home). later.ftl has her other screens' words, fetched
# when one of them first opens, so her first visit stays light.

## The tabs at the foot of her screen

tabs-label = Main
tab-home = Home
tab-plan = Plan
tab-plan-waiting = a new version waits for your answer
tab-goals = Goals
tab-voice = Voice
tab-voice-new-replies =
    { $count ->
        [one] { $count } new reply
       *[other] { $count } new replies
    }
tab-more = More
tab-more-unread =
    { $count ->
        [one] { $count } unread message
       *[other] { $count } unread messages
    }

## What is saved where, at the top of every screen

skip-to-content = Skip to content
sync-sending = Sending…
sync-signing-out =
    { $count ->
        [one] You'll be signed out once { $count } change is sent
       *[other] You'll be signed out once { $count } changes are sent
    }
sync-reload-needed = Pathway has been updated. Reload the page to carry on — your changes are saved on this phone.
sync-saved-here =
    { $count ->
        [one] Saved on this phone — { $count } change will send when you're online
       *[other] Saved on this phone — { $count } changes will send when you're online
    }
sync-up-to-date = Up to date
sync-up-to-date-since = Up to date ({ $ago })
sync-offline = Offline — showing what's saved on this phone
sync-failing = Can't reach Pathway just now — showing what's saved on this phone
sync-starting = Checking for updates…
sync-reload = Reload
sync-see-this-phone = See what's on this phone
unkept-full = This phone is out of space, so Pathway can't keep a copy to use offline. It still works while you're online, and your changes are kept.
unkept-refused = This browser won't let Pathway keep a copy to use offline (private browsing can do this). It still works while you're online, and your changes are kept.
ago-just-now = just now
ago-minutes = { $count } min ago
ago-hours = { $count } h ago
ago-days =
    { $count ->
        [one] { $count } day ago
       *[other] { $count } days ago
    }

## When the server says no

failure-offline = You're offline.
failure-wrong-password = That username and password don't match. Check them and try again.
failure-sign-in-again = Your sign-in has run out. Please sign in again.
failure-account-locked = This account is locked, so it can't sign in. Contact your team to unlock it.
failure-daily-limit = Pathway has had a lot of changes from you today, so the rest will be sent tomorrow. They're saved on this phone.
failure-broken = Something went wrong. Please try again in a minute.

## Signing in

sign-in-title = Sign in
sign-in-enter-both = Enter your username and your password.
sign-in-offline = You're offline. You need a connection to sign in the first time on this phone.
sign-in-wiped = You've been signed out of this phone from somewhere else, so Pathway has removed everything it kept here. Sign in to carry on.
sign-in-locked = Your account has been locked, so Pathway has removed everything it kept on this phone. Contact your team to unlock it.
sign-in-ran-out = Your sign-in ran out. Sign in again to send what's saved on this phone — nothing has been lost.
sign-in-welcome = Your plan, your goals and your say — on your phone, even with no signal.
sign-in-username = Username
sign-in-password = Password
sign-in-show-password = Show password
sign-in-pending = Signing in…
sign-in-button = Sign in

## Choosing a language

language-label = Language
language-switching = Opening Pathway in { $language }…
language-offline = { $language } isn't on this phone yet. Choose it again when you're online.
language-not-kept = This phone wouldn't keep your choice. Try again, or check the browser's settings.

## Her home

home-title = Home
home-hi = Hi { $name }
home-getting-plan = Getting your plan… If you're offline, it will appear as soon as you're back online.
home-something-wrong = Something's wrong
home-call = Call { $name }
home-coming-up = Coming up
home-next-catch-up-with = Next catch-up with { $name }
home-next-catch-up = Next catch-up with your adviser
home-not-arranged = Not arranged yet
home-next-review = Your next plan review
home-not-set = Not set yet
home-next-steps = Your next steps
home-nothing-to-do = Nothing on your list right now.
home-step-by = By { $day } ({ $near })
home-more-steps = { $count } more in your plan
home-messages-with = Messages with { $name }
home-messages = Messages with your adviser
home-new-messages-from =
    { $count ->
        [one] { $count } new message from { $name }
       *[other] { $count } new messages from { $name }
    }
home-new-messages =
    { $count ->
        [one] { $count } new message
       *[other] { $count } new messages
    }
home-my-bees = My Bees
home-bee-no-goals = no goals yet
home-bee-progress = { $percent }% of the way
home-see-goals = See my goals
near-today = today
near-tomorrow = tomorrow
near-yesterday = yesterday
near-in-days = in { $count } days
near-days-ago = { $count } days ago
help-title = People who help me
gender-legend = How should Pathway speak to you?

## The six Bees of Outcome Bees

bee-happy = Happy
bee-healthy = Healthy
bee-safe = Safe
bee-resilient = Resilient
bee-ambitious = Ambitious
bee-independent = Independent

## More

more-title = More
more-messages = Messages
more-meetings-with = Meetings with { $name }
more-my-meetings = My meetings
more-written-about-me = What's written about me
more-this-phone = This phone

## Ringing someone

call-number = Call { $phone }
call-who-on = Call { $who } on { $phone }

## Opening a screen

screen-opening = Opening…
screen-not-here = This screen isn't on this phone yet. It will open as soon as you're back online.
not-found-title = Page not found
not-found-heading = We can't find that page
not-found-start = Go to the start

## Reading a screen aloud

read-aloud = Read aloud
read-aloud-stop = Stop reading

## Signing out with changes still waiting (the sign-out screen)

sign-out = Sign out
sign-out-all-sent = Everything has been sent.
sign-out-once-sent =
    { $count ->
        [one] You'll be signed out as soon as { $what } is sent. That happens by itself when you're online, even if you close Pathway.
       *[other] You'll be signed out as soon as { $what } are sent. That happens by itself when you're online, even if you close Pathway.
    }
sign-out-if-you-wait =
    { $count ->
        [one] It's saved on this phone. If you wait, it will be sent, and then you'll be signed out.
       *[other] They're saved on this phone. If you wait, they'll be sent, and then you'll be signed out.
    }
sign-out-wait = Wait and send
sign-out-and-delete = Sign out and delete them
sign-out-delete-question = Delete { $what }?
sign-out-gone-for-good =
    { $count ->
        [one] Once deleted, nobody will ever see it, and it can't be got back.
       *[other] Once deleted, nobody will ever see them, and they can't be got back.
    }
sign-out-delete = Delete them and sign out
sign-out-go-back = Go back
sign-out-stay = Stay signed in

## What waits to be sent, counted ($what in the messages above)

unsent-not-yet =
    { $count ->
        [one] { $what } hasn't been sent yet.
       *[other] { $what } haven't been sent yet.
    }
unsent-messages =
    { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
unsent-statements =
    { $count ->
        [one] { $count } statement
       *[other] { $count } statements
    }
unsent-replies =
    { $count ->
        [one] { $count } reply
       *[other] { $count } replies
    }
unsent-contact-notes =
    { $count ->
        [one] { $count } contact note
       *[other] { $count } contact notes
    }
unsent-your-plan =
    { $count ->
        [one] { $count } change to your plan
       *[other] { $count } changes to your plan
    }
unsent-plans =
    { $count ->
        [one] { $count } change to a plan
       *[other] { $count } changes to plans
    }
unsent-your-goals =
    { $count ->
        [one] { $count } change to your goals
       *[other] { $count } changes to your goals
    }
unsent-goals =
    { $count ->
        [one] { $count } change to goals
       *[other] { $count } changes to goals
    }
unsent-other =
    { $count ->
        [one] { $count } other change
       *[other] { $count } other changes
    }
