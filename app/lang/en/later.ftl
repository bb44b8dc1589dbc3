# Pathway's words for a young person's screens, in English: the source every
# other language is checked against. Plurals and choices use Fluent's
# syntax; a number's plural form comes from the phone's own rules.
#
# later.ftl: her screens other than her home (first.ftl has the words
# around every screen, signing in and her home).

## People who help me

help-getting-details = Getting your details… If you're offline, they'll appear when you're back online.
help-adviser-about = Your personal adviser. { $name } helps you with your plan, and with anything that comes up.
help-message = Message { $name }
help-your-adviser = Your personal adviser
help-no-adviser = You haven't got a personal adviser named yet. The leaving care team will tell you who it is.
help-out-of-hours = Out of hours
help-out-of-hours-about = The leaving care team, in the evening, at night and at weekends.
help-out-of-hours-team = the out-of-hours team
help-emergency = In an emergency
help-emergency-about = If you're in danger right now, or someone is hurt.
help-advocate = An advocate
help-advocate-about = An advocate is on your side. They help you say what you want, and make sure you're listened to. They don't work for the leaving care team, and it's free.
help-visit = Visit { $name }
help-ask-for-advocate = Ask your personal adviser how to get one: you have a right to an advocate.

## My voice

voice-title = My voice
voice-lede = Tell your personal adviser how things are, whenever you like. It works with no signal too.
voice-thanks = Thank you for telling us.
voice-saved-will-send = It's saved on this phone and will send by itself when you're online.
voice-sent = It has been sent.
voice-what-to-do = What would you like to do?
voice-what-sent = What I've sent
voice-nothing-yet = Nothing yet.
voice-status-saved = Saved on this phone — will send when you're online
voice-status-read-by = Read by { $name }
voice-status-sent = Sent
voice-replied = { $name } replied:
voice-read-this = Read this aloud
voice-how-feeling = How are you feeling?
voice-first-feeling = First, how you're feeling
voice-part-of = Part { $part } of { $parts }
voice-last = Last: anything else
voice-prep-about = Next, one part of your plan at a time: what's going well, what's not, and what you want to change. Skip anything you like. What you write is kept on this phone as you go, and goes with your plan to your review when you send it.
voice-anything-else = Anything else you want to say
voice-call-me = I'd like someone to call me
voice-send = Send
voice-skip = Skip this part
voice-next = Next
voice-back = Back
call-now-label = If you are in danger
call-now-999 = If you're in danger right now, call 999.
call-now-out-of-hours = Out of hours, you can call the leaving care team on

## What she can say in My voice

topic-review-ready = Get ready for my review
topic-good-news = Share good news
topic-problem = Sort a problem
topic-feeling = How I'm feeling
topic-where-i-live = About where I live
topic-something-wrong = Something's wrong
prompt-good-news-what = What happened?
prompt-good-news-who = Who would I like to know?
prompt-problem-what = What's the problem?
prompt-problem-help = What would help?
prompt-feeling-why = What's making me feel this way?
prompt-where-i-live-like = What's it like where I live?
prompt-where-i-live-better = What would make it better?
prompt-something-wrong-what = What's wrong?
prompt-something-wrong-where = Where am I now?
feeling-great = Great
feeling-good = Good
feeling-okay = Okay
feeling-sad = Sad
feeling-worried = Worried
feeling-angry = Angry
feeling-scared = Scared
feeling-unsafe = Not safe

## The parts of her plan

part-contact-and-support = Contact and support
part-contact-and-support-about = How often we meet or talk, and who helps you.
part-education-and-training = Education and training
part-education-and-training-about = School, college, university or courses.
part-work-and-activities = Work and other activities
part-work-and-activities-about = Jobs, apprenticeships, volunteering and things you do.
part-if-things-go-wrong = If things go wrong
part-if-things-go-wrong-about = What happens if this plan stops working.
part-where-i-live = Where I live
part-where-i-live-about = Your home, and whether it is right for you.
part-family-and-friends = Family and friends
part-family-and-friends-about = Family time, friends and people who matter to you.
part-skills-for-living = Skills for living on my own
part-skills-for-living-about = Cooking, bills, shopping and looking after a home.
part-money = Money
part-money-about = Your money, benefits, grants and help with costs.
part-health-and-wellbeing = Health and wellbeing
part-health-and-wellbeing-about = Your body and your mind, and who helps with them.
part-who-i-am = Who I am
part-who-i-am-about = Your culture, faith, languages and where you come from.

## Messages with her adviser

messages-lede = Write to your personal adviser whenever you like. It works with no signal too, and sends by itself.
messages-notify-offer = Want to know when { $name } writes back, even with Pathway closed?
messages-notify-offer-adviser = Want to know when your adviser writes back, even with Pathway closed?
messages-notify-button = Tell me when there's a reply
messages-your-message = Your message
messages-your-reply = Your reply
messages-none-yet-hers = No messages yet. Say hello, ask a question, or tell them how things are.
messages-none-yet = No messages yet.
messages-you = You
messages-delivered = Delivered
messages-read-by-at = Read by { $name } at { $time }
messages-day-time = { $day }, { $time }
notify-label = Notifications
notify-on = Notifications are on. They only say there's something new, never what.
notify-unavailable = This phone couldn't turn notifications on. Pathway still shows everything new when you open it.

## Meetings with her adviser

contacts-title = Meetings
contacts-getting = Getting your contacts… If you're offline, they'll appear when you're back online.
contacts-lede-with = Times you and { $name } met or talked, that { $name } has shared with you.
contacts-lede = Times you and your personal adviser met or talked, that your adviser has shared with you.
contacts-none-shared = Nothing has been shared with you yet.
contacts-we-agreed = We agreed:
contact-home-visit = Home visit
contact-other-visit = Other visit
contact-office = Office
contact-phone = Phone
contact-video = Video
contact-message = Text or message
contact-email = Email
contact-tried = Tried — no answer

## Where she is signed in

signed-in-title = Where you're signed in
signed-in-lede = Every phone and browser signed in as you. If one is lost or someone else has it, sign it out: it removes everything Pathway kept on it as soon as it goes online.
signed-in-checking = Checking…
signed-in-offline = You're offline. Connect to the internet to see where you're signed in.
signed-in-try-again = Try again
signed-in-one-out = { $device } has been signed out.
signed-in-others-out =
    { $count ->
        [one] { $count } other phone or browser has been signed out.
       *[other] { $count } other phones and browsers have been signed out.
    }
signed-in-all-others = Sign out everywhere else
signed-in-all-others-question = Sign out everywhere else?
signed-in-will-be-lost = Anything written there and not yet sent will be lost. You stay signed in here.
signed-in-yes = Yes, sign out
signed-in-keep = Keep it signed in
signed-in-this-one = You're using this one
signed-in-since = Signed in { $since } · used { $used }
signed-in-question = Sign out { $device }?
signed-in-sign-out-device = Sign out { $device }
signed-in-sign-out = Sign out

## This phone

phone-title = This phone
phone-lede = What Pathway keeps on this phone, so it works with no signal.

# How Pathway speaks to her: asked only in languages whose words change
# for a girl or a boy.
gender-about = Some words in your language change for a girl or a boy. Choose what fits you. Only the words on your screens change.
gender-feminine = As a girl or young woman
gender-masculine = As a boy or young man
gender-neutral = Don't choose: show both
gender-changing = Changing how Pathway speaks to you…
phone-waiting = Waiting to be sent
phone-safe-here =
    { $count ->
        [one] It's safe on this phone.
       *[other] They're safe on this phone.
    }
phone-nothing-waiting = Nothing is waiting: everything has been sent.
phone-refused =
    { $count ->
        [one] { $count } change couldn't be saved. The screen it belongs to says why.
       *[other] { $count } changes couldn't be saved. The screens they belong to say why.
    }
phone-send-now = Send now
phone-check-now = Check for updates
phone-kept = Kept on this phone
phone-kept-yours = Your plan, goals, messages and contacts
phone-kept-theirs = The records of the young people you work with
phone-records =
    { $count ->
        [one] { $count } record · { $size }
       *[other] { $count } records · { $size }
    }
phone-your-changes = Your changes waiting to be sent
phone-none = None
phone-everything = Everything Pathway keeps here
phone-set-aside =
    { $count ->
        [one] { $count } saved copy that Pathway couldn't read after an update is kept aside ({ $size }). Any changes in it were recovered.
       *[other] { $count } saved copies that Pathway couldn't read after an update are kept aside ({ $size }). Any changes in them were recovered.
    }
phone-others-waiting = Someone else who used Pathway on this phone has changes waiting. They'll be sent when that person signs in again; nobody else can see them.
phone-signing-out = Signing out
phone-signing-out-about = Signing out removes everything of yours from this phone. Sign out if other people use it.
phone-see-signed-in = See everywhere you're signed in
phone-lost-phone = { " " }— and sign out a phone you've lost.

## My goals (the Bees' names are in first.ftl)

goals-title = My goals
goals-bee-heading = Bee { $bee }
goals-happy-about = Feeling good, having fun, people who care about you.
goals-healthy-about = Looking after your body and your mind.
goals-safe-about = Feeling safe where you live and with the people around you.
goals-resilient-about = Coping when things are hard, and bouncing back.
goals-ambitious-about = Learning, work and the things you want to do.
goals-independent-about = Running your own life: home, money and everyday skills.
goals-scale-not-started = Not started
goals-scale-starting = Starting
goals-scale-getting-there = Getting there
goals-scale-nearly-there = Nearly there
goals-scale-done-it = Done it
goals-cell-empty = { $bee }: no goals yet
goals-cell = { $bee }: { $percent } per cent of the way
goals-progress-yours = Your progress. { $cells }.
goals-progress-of = { $name }'s progress. { $cells }.
goals-progress-theirs = Their progress. { $cells }.
goals-cells-fill-yours = Each cell fills as your goals in that part move on.
goals-cells-fill-of = Each cell fills as { $name }'s goals in that part move on.
goals-cells-fill-theirs = Each cell fills as their goals in that part move on.
goals-add = Add a goal
goals-none-yours = No goals here yet. You could add one.
goals-your-adviser = Your personal adviser
goals-a-suggestion = A suggested goal
goals-suggested = { $name } suggested a goal for { $bee }:
goals-make-mine = Make it my goal
goals-no-thanks = No thanks
goals-not-rated = Not rated yet
goals-how-its-going = How it's going: { $words }
goals-by-day = { " " }· By { $day }
goals-did-it = You did it: “{ $goal }”!
goals-every-step = Every step done. Brilliant!
goals-a-step = A step done. Nice one!
goals-from = From { $name }:
goals-rate = How's it going?
goals-choose-rate = Choose how it's going
goals-note = A note (if you like)
goals-save-rating = Save how it's going
goals-change-words = Change the words
goals-of = of { $goal }
goals-in-your-words = The goal, in your words
goals-save = Save
goals-cancel = Cancel
goals-chart = Progress over time: { $ratings }.
goals-chart-rating = { $words } on { $day }
goals-chart-advisers-rating = { $words } on { $day } (adviser's rating)
goals-choose-bee = Choose which Bee it belongs to.
goals-write-it = Write the goal in a few words.
goals-your-goal = Your goal, in your words
goals-which-bee = Which Bee?
goals-choose = Choose…
goals-steps = Small steps (one on each line, if you like)
goals-by = By when (if you like)

## My plan (the parts' names are in "The parts of her plan" above)

plan-title = My plan
plan-not-found = We can't find this plan
plan-not-found-why = It may belong to someone who is no longer on your list.
plan-getting = Getting the plan… If you're offline, it will appear as soon as you're back online.
plan-two-places =
    { $count ->
        [one] { $count } part of this plan was changed in two places. Both versions are kept in it: choose which to keep.
       *[other] { $count } parts of this plan were changed in two places. Both versions are kept in them: choose which to keep.
    }
plan-my-adviser = My personal adviser
plan-not-named = Not named yet
plan-next-catch-up = Next catch-up
plan-next-review = Next plan review
plan-asked-for-on = Asked for on { $day }
plan-after-the-move = { $day } (after the move on { $moved })
plan-not-set = Not set yet
plan-whats-next = What's next
plan-nothing-left = Nothing left to do in this plan right now.
plan-by = By
plan-more-below =
    { $count ->
        [one] And { $count } more in the parts below.
       *[other] And { $count } more in the parts below.
    }
plan-who-not-said = Who: not said yet
plan-who = Who: { $who }
plan-you-first = You
plan-you = you
plan-ticked-off = Ticked off by { $who }
plan-ticked-off-on = Ticked off by { $who } on { $day } at { $time }
plan-done-label = Done:
plan-to-do-label = To do:
plan-done-cheer = Nice one — that's done!
plan-nothing-planned = Nothing planned
plan-all-done = All done
plan-to-do = { $count } to do
plan-your-words-here = Your words are here
plan-add-your-words = Add your words
plan-two-versions = Two versions to choose from
plan-changed-since = Changed since version { $number }
plan-no-changes = No changes since version { $number }.
plan-whats-planned = What's planned
plan-nothing-planned-here = Nothing planned here yet.
plan-what-i-think = What I think
plan-no-thoughts = You haven't added your thoughts here yet.
plan-saved-not-sent = Saved on this phone, not sent yet
plan-add-what-i-think = Add what I think
plan-change-words = Change these words
plan-about-part = about { $part }
plan-for-my-review = For my next review
plan-save = Save
plan-cancel = Cancel
plan-saving-keeps = Saving keeps it on this phone at once; it is sent when there's signal.
plan-reviews-mine = Reviews of my plan
plan-you-asked = You asked for a review on { $day }. Your personal adviser has been told — a review you ask for can't be refused.
plan-review-recorded = This review is recorded on this phone. It becomes the next version of the plan once it has been sent.
plan-review-getting-ready = Your next review is being got ready.
plan-review-marked = What has changed since version { $number } is marked in each part below.
plan-every-six-months = Your plan is looked at again at least every six months. You can ask for a review any time, and it can't be refused.
plan-ask-review = Ask for a review
plan-review-why = What would you like to talk about? (You don't have to say.)
plan-ask-my-review = Ask for my review
plan-every-version = Every version of my plan
plan-reviewed-agree = Your plan was reviewed on { $day }. Do you agree with it?
plan-read-and-answer = Read version { $number } and answer
plan-read-version = Read version { $number }
plan-you-agree = Version { $number }, reviewed { $day }: you agree with it.
plan-you-disagree = You don't agree with version { $number } (reviewed { $day }).
plan-kept-on-plan = This is kept on your plan, and everyone who reads your plan sees it.

## Versions of her plan, and two versions side by side

plan-back-to-mine = ← My plan
plan-back-to-versions = ← Every version
plan-versions-lede = Each review makes a new version. Versions are kept as they were agreed and never changed.
plan-no-versions = There are no versions yet: the first is made at your first review in Pathway.
plan-version = Version { $number }
plan-reviewed-on = Reviewed { $day }
plan-not-said-yet = You haven't said yet whether you agree
plan-agree-with-version = You agree with this version
plan-disagree-with-version = You don't agree with this version
plan-compare-two = Compare two versions
plan-earlier-version = Earlier version
plan-later-version = Later version
plan-compare-side-by-side = Compare side by side
plan-version-not-found = We can't find this version
plan-version-not-found-why = If you're offline, it will appear once this phone has caught up.
plan-see-every-version = See every version
plan-my-version = My plan — version { $number }
plan-compare-before = Compare with the one before →
plan-fact-name = Name
plan-fact-reviewed-on = Reviewed on
plan-fact-who-took-part = Who took part
plan-not-written-down = Not written down
plan-fact-how-you-took-part = How you took part
plan-fact-why-not = Why not
plan-fact-next-review = Next review
plan-fact-written-by = Written down by
plan-print = Print or save as PDF
plan-agreement = Agreement
plan-agreed-on = Agreed on { $day }
plan-disagreed-on = Didn't agree on { $day }
plan-agreed-not-sent = Agreed (saved on this phone, not sent yet)
plan-disagreed-not-sent = Didn't agree (saved on this phone, not sent yet)
plan-earlier-answer = (an earlier answer)
plan-answer-choose = Choose “I agree” or “I don't agree”.
plan-answer-say-why = Say why you don't agree, so it's written down.
plan-change-answer = Change my answer
plan-do-you-agree = Do you agree with this version of your plan?
plan-i-agree = I agree
plan-i-dont-agree = I don't agree
plan-why-not-agree = Why don't you agree? Your reasons are kept on your plan.
plan-anything-to-add = Anything you'd like to add? (You don't have to.)
plan-send-answer = Send my answer
plan-answer-saved = Your answer is saved on this phone at once, and sent when there's signal.
plan-versions-not-found = We can't find these versions
plan-version-and-version = Version { $left } and version { $right }
plan-things-changed =
    { $count ->
        [0] Nothing in the plan changed between these versions.
        [one] { $count } thing changed. Each change is named: added, removed or changed.
       *[other] { $count } things changed. Each change is named: added, removed or changed.
    }
plan-action-done = { $what } (done)
plan-changes =
    { $count ->
        [0] No changes
        [one] { $count } change
       *[other] { $count } changes
    }
plan-nothing-in-either = Nothing written in either version.
plan-change-column = Change
plan-nothing-planned-in-version = Nothing planned here.
plan-nothing-written-in-version = Nothing written here.
plan-done = Done
plan-to-do-state = To do
took-part-came-and-spoke = You came and spoke for yourself
took-part-with-advocate = You came, and an advocate spoke for you
took-part-sent-views = You sent your views in writing or through the app
took-part-did-not = You didn't take part
change-none = No change
change-added = Added
change-removed = Removed
change-changed = Changed
change-now-done = now done
change-no-longer-done = no longer done
change-who = who: { $before } → { $after }
change-no-date = no date
change-by-when = by when: { $before } → { $after }

## Two versions of the same words (where two changes met)

two-versions-words = these words
two-versions-what = what will be done
two-versions-who = who does it
two-versions-by-when = by when
two-versions-done = whether it's done
two-versions-this = this
two-versions-of = Two versions of { $what }
two-versions-changed = Changed in two places: { $what }.
two-versions-nothing-lost = Nothing has been lost — choose which to keep.
two-versions-first = Version 1 (showing now)
two-versions-second = Version 2, by { $name }
two-versions-keep-first = Keep version 1
two-versions-keep-second = Keep version 2
two-versions-combine = Combine them

## What's written about me (its title is in first.ftl)

written-getting = Getting everything written about you…
written-offline = You're offline. This comes straight from Pathway's records, not just what's on this phone, so it needs a connection. Try again when you're back online.
written-try-again = Try again
written-about-name = What's written about { $name }
written-lede = Everything Pathway keeps about you, put together on { $day }.
written-staff-notes-about = Some notes are only for the staff who support you. They're listed at the end with their dates, so nothing is hidden from you. You can ask your personal adviser about any of them.
written-download-page = Download as a web page
written-download-file = Download as a file for other apps
written-about-me = About me
written-date-of-birth = Date of birth
written-plan-now = My plan now
written-versions = Versions of my plan
written-none-yet = None yet.
written-version-reviewed = Version { $number }, reviewed { $day }
written-you-agreed-on = You agreed on { $day }
written-you-disagreed-on = You didn't agree on { $day }
written-you-agreed = You agreed
written-you-disagreed = You didn't agree
written-review-getting-ready = A review is being got ready.
written-review-getting-ready-for = A review is being got ready for { $day }.
written-asked-for = Reviews I asked for
written-a-suggestion = (a suggestion)
written-you-said-no = (you said no)
written-rating = { $day }: { $words } — by { $name }
written-note = { $name } wrote: “{ $text }”
written-contacts = Notes of contact shared with me
written-written-by = (written by { $name })
written-feeling = feeling { $feeling }
written-asked-call = You asked for someone to call you.
written-read-by-on = Read by { $name } on { $day }
written-replied = { $name } replied: “{ $text }”
written-who-opened = Who has opened your records
written-who-opened-about = Every member of staff who opened or wrote in your records, newest first.
written-staff-only = Notes only staff read
written-staff-contact = A note of contact ({ $how }) written by { $name }
written-staff-contact-unread = A note of contact
written-staff-national-count = Information for the government's yearly count of care leavers
written-there-are-none = There are none.
looked-none-yours = No member of staff has opened your records yet.
looked-show-all = Show all { $count }
looked-line = { $name } ({ $role }) { $what } — { $day } at { $time }
looked-opened-plan = opened your plan
looked-opened-contacts = opened your contact notes
looked-opened-goals = opened your goals
looked-opened-versions = opened your plan's versions
looked-wrote = wrote in your records
role-personal-adviser = personal adviser
role-team-manager = team manager
role-head-of-service = head of service
role-young-person = young person

## A change the server would not keep (its reason comes from the server)

refused-not-saved = A change wasn't saved.
refused-ok = OK
refusal-not-found = This isn't here any more, or isn't yours to change.
refusal-removed = It had been removed before your change arrived.
refusal-advisers-to-change = Only your personal adviser can change this. You can say what you think about it on your plan.
refusal-written-down = This was written down, so it can't be changed.
refusal-not-written-down-yet = This review hasn't been written down yet, so there's nothing to agree with yet.
refusal-not-kept = Pathway couldn't keep this as it was written. Check it and try again.
refusal-already-dealt-with = This change was already dealt with.
refusal-not-allowed = You can't make this change.

## Where she signed in: browsers and systems keep their names

device-on = { $browser } on { $system }
device-a-browser = A web browser
device-a-mac = a Mac
device-a-chromebook = a Chromebook

## What was started and not sent or saved (the sign-out screen)

writing-unfinished = Not finished yet
sign-out-unfinished-about =
    { $count ->
        [one] You started writing this but haven't sent or saved it. Signing out deletes it from this phone. To keep it, go back to it and send or save it first.
       *[other] You started writing these but haven't sent or saved them. Signing out deletes them from this phone. To keep them, go back to each one and send or save it first.
    }
writing-statement = { $topic }, in My voice
writing-message = A message
writing-reply = A reply
writing-review-request = Why you'd like a review
writing-answer = What you think of a version of your plan
writing-your-plan = { $part }, in your plan
writing-plan = { $part }, in a plan
writing-action = An action, in { $part }
writing-contact = A contact note
writing-goal = A new goal
writing-rating = How a goal is going
writing-rename = New words for a goal
writing-cheer = Encouragement
writing-review = The record of a review
writing-audit-grading = Grading an audit of practice
writing-audit-answer = An answer to an audit of practice
