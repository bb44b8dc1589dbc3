# د ځوانانو د پاڼو لپاره د Pathway کلمې، په پښتو.
# باید د یو اصلي ویونکي له خوا وکتل شي.

## The tabs at the foot of her screen

tabs-label = اصلي لېست
tab-home = کور
tab-plan = زما پلان
tab-plan-waiting = یوه نوې نسخه ستاسو ځواب ته انتظار باسي
tab-goals = زما موخې
tab-voice = زما غږ
tab-voice-new-replies =
    { $count ->
        [one] { $count } نوی ځواب
       *[other] { $count } نوي ځوابونه
    }
tab-more = نور
tab-more-unread =
    { $count ->
        [one] { $count } نالوستل شوی پیغام
       *[other] { $count } نالوستل شوي پیغامونه
    }

## What is saved where, at the top of every screen

skip-to-content = منځپانګې ته ورشئ
sync-sending = لېږل کېږي…
sync-signing-out =
    { $count ->
        [one] کله چې { $count } بدلون ولېږل شي، تاسو به ووځئ
       *[other] کله چې { $count } بدلونونه ولېږل شي، تاسو به ووځئ
    }
sync-reload-needed = Pathway تازه شوی دی. د دوام لپاره پاڼه بیا پرانیزئ — ستاسو بدلونونه په دې تلیفون کې خوندي دي.
sync-saved-here =
    { $count ->
        [one] په دې تلیفون کې خوندي شو — کله چې آنلاین شئ { $count } بدلون به ولېږل شي
       *[other] په دې تلیفون کې خوندي شو — کله چې آنلاین شئ { $count } بدلونونه به ولېږل شي
    }
sync-up-to-date = تازه دی
sync-up-to-date-since = تازه دی ({ $ago })
sync-offline = آفلاین — هغه څه ښودل کېږي چې په دې تلیفون کې خوندي دي
sync-failing = اوس Pathway ته رسېدل نه کېږي — هغه څه ښودل کېږي چې په دې تلیفون کې خوندي دي
sync-starting = د تازه معلوماتو کتنه…
sync-reload = بیا پرانیستل
sync-see-this-phone = وګورئ چې په دې تلیفون کې څه دي
unkept-full = په دې تلیفون کې ځای نشته، نو Pathway نشي کولی د آفلاین کارونې لپاره یوه کاپي وساتي. کله چې آنلاین یاست کار کوي، او ستاسو بدلونونه ساتل کېږي.
unkept-refused = دا براوزر Pathway ته اجازه نه ورکوي چې د آفلاین کارونې لپاره یوه کاپي وساتي (شخصي براوزنګ دا کار کولی شي). کله چې آنلاین یاست کار کوي، او ستاسو بدلونونه ساتل کېږي.
ago-just-now = همدا اوس
ago-minutes = { $count } دقیقې مخکې
ago-hours = { $count } ساعته مخکې
ago-days =
    { $count ->
        [one] { $count } ورځ مخکې
       *[other] { $count } ورځې مخکې
    }

## When the server says no

failure-offline = تاسو آفلاین یاست.
failure-wrong-password = کارن نوم او پټنوم سره سمون نه خوري. وې ګورئ او بیا هڅه وکړئ.
failure-sign-in-again = ستاسو د ننوتلو وخت پای ته رسېدلی. مهرباني وکړئ بیا ننوځئ.
failure-account-locked = دا حساب بند دی، نو نشي ننوتلی. د خلاصولو لپاره له خپلې ټیم سره اړیکه ونیسئ.
failure-daily-limit = نن مو ډېر بدلونونه لېږلي، نو پاتې به سبا ولېږل شي. هغه په دې تلیفون کې خوندي دي.
failure-broken = یوه ستونزه پېښه شوه. مهرباني وکړئ یوه دقیقه وروسته بیا هڅه وکړئ.

## Signing in

sign-in-title = ننوتل
sign-in-enter-both = خپل کارن نوم او پټنوم ولیکئ.
sign-in-offline = تاسو آفلاین یاست. په دې تلیفون کې د لومړي ځل ننوتلو لپاره انټرنېټ ته اړتیا لرئ.
sign-in-wiped = ستاسو حساب له بل ځایه په دې تلیفون کې وتړل شو، نو Pathway هر هغه څه پاک کړل چې دلته یې ساتلي وو. د دوام لپاره ننوځئ.
sign-in-locked = ستاسو حساب بند شوی، نو Pathway هر هغه څه پاک کړل چې په دې تلیفون کې یې ساتلي وو. د خلاصولو لپاره له خپلې ټیم سره اړیکه ونیسئ.
sign-in-ran-out = ستاسو د ننوتلو وخت پای ته ورسېد. بیا ننوځئ چې هغه څه ولېږل شي چې په دې تلیفون کې خوندي دي — هېڅ شی نه دی ورک شوی.
sign-in-welcome = ستاسو پلان، ستاسو موخې او ستاسو خبره — ستاسو په تلیفون کې، حتی پرته له سیګنال.
sign-in-username = کارن نوم
sign-in-password = پټنوم
sign-in-show-password = پټنوم ښکاره کړئ
sign-in-pending = ننوتل کېږي…
sign-in-button = ننوتل

## Choosing a language

language-label = ژبه
language-switching = Pathway په { $language } ژبه پرانیستل کېږي…
language-offline = { $language } لا په دې تلیفون کې نشته. کله چې آنلاین شئ بیا یې وټاکئ.
language-not-kept = دې تلیفون ستاسو ټاکنه ونه ساتله. بیا هڅه وکړئ، یا د براوزر تنظیمات وګورئ.

## Her home

home-title = کور
home-hi = سلام { $name }
home-getting-plan = ستاسو پلان راځي… که آنلاین نه یاست، کله چې بیا آنلاین شئ ښکاره به شي.
home-something-wrong = یوه ستونزه ده
home-call = { $name } ته زنګ ووهئ
home-coming-up = راتلونکي
home-next-catch-up-with = له { $name } سره بله لیدنه
home-next-catch-up = له خپل سلاکار سره بله لیدنه
home-not-arranged = لا نه ده ټاکل شوې
home-next-review = ستاسو د پلان بله بیاکتنه
home-not-set = لا نه ده ټاکل شوې
home-next-steps = ستاسو راتلونکي ګامونه
home-nothing-to-do = اوس مهال ستاسو په لېست کې هېڅ نشته.
home-step-by = تر { $day } پورې ({ $near })
home-more-steps = ستاسو په پلان کې { $count } نور
home-messages-with = له { $name } سره پیغامونه
home-messages = له خپل سلاکار سره پیغامونه
home-new-messages-from =
    { $count ->
        [one] له { $name } څخه { $count } نوی پیغام
       *[other] له { $name } څخه { $count } نوي پیغامونه
    }
home-new-messages =
    { $count ->
        [one] { $count } نوی پیغام
       *[other] { $count } نوي پیغامونه
    }
home-my-bees = زما مچۍ
home-bee-no-goals = لا موخې نشته
home-bee-progress = د لارې { $percent }٪
home-see-goals = زما موخې وګورئ
near-today = نن
near-tomorrow = سبا
near-yesterday = پرون
near-in-days = { $count } ورځې وروسته
near-days-ago = { $count } ورځې مخکې
help-title = هغه کسان چې ما سره مرسته کوي
gender-legend = Pathway له تاسو سره څنګه خبرې وکړي؟

## The six Bees of Outcome Bees

bee-happy = خوشحالي
bee-healthy = روغتیا
bee-safe = خوندیتوب
bee-resilient = ټینګښت
bee-ambitious = هیله‌مندي
bee-independent = خپلواکي

## More

more-title = نور
more-messages = پیغامونه
more-meetings-with = له { $name } سره لیدنې
more-my-meetings = زما لیدنې
more-written-about-me = هغه څه چې زما په اړه لیکل شوي
more-this-phone = دا تلیفون

## Ringing someone

call-number = { $phone } ته زنګ ووهئ
call-who-on = { $who } ته په { $phone } زنګ ووهئ

## Opening a screen

screen-opening = پرانیستل کېږي…
screen-not-here = دا پاڼه لا په دې تلیفون کې نشته. کله چې بیا آنلاین شئ پرانیستل به شي.
not-found-title = پاڼه ونه موندل شوه
not-found-heading = موږ دا پاڼه نشو موندلی
not-found-start = پیل ته ورشئ

## Reading a screen aloud

read-aloud = په لوړ غږ ولولئ
read-aloud-stop = لوستل ودروئ

## Signing out with changes still waiting (the sign-out screen)

sign-out = وتل
sign-out-all-sent = هر څه لېږل شوي دي.
sign-out-once-sent =
    { $count ->
        [one] څنګه چې { $what } ولېږل شي، تاسو به ووځئ. دا پخپله کېږي کله چې آنلاین یاست، که Pathway وتړئ هم.
       *[other] څنګه چې { $what } ولېږل شي، تاسو به ووځئ. دا پخپله کېږي کله چې آنلاین یاست، که Pathway وتړئ هم.
    }
sign-out-if-you-wait =
    { $count ->
        [one] په دې تلیفون کې خوندي دی. که انتظار وباسئ، لېږل کېږي، او بیا به ووځئ.
       *[other] په دې تلیفون کې خوندي دي. که انتظار وباسئ، لېږل کېږي، او بیا به ووځئ.
    }
sign-out-wait = انتظار او لېږل
sign-out-and-delete = ووځه او ړنګ یې کړه
sign-out-delete-question = { $what } ړنګ شي؟
sign-out-gone-for-good =
    { $count ->
        [one] وروسته له ړنګولو، هېڅوک به یې هېڅکله ونه ویني، او بېرته نه راګرځي.
       *[other] وروسته له ړنګولو، هېڅوک به یې هېڅکله ونه ویني، او بېرته نه راګرځي.
    }
sign-out-delete = ړنګ یې کړه او ووځه
sign-out-go-back = شاته
sign-out-stay = ننوتی پاتې شه

## What waits to be sent, counted ($what in the messages above)

unsent-not-yet =
    { $count ->
        [one] { $what } لا نه دی لېږل شوی.
       *[other] { $what } لا نه دي لېږل شوي.
    }
unsent-messages =
    { $count ->
        [one] { $count } پیغام
       *[other] { $count } پیغامونه
    }
unsent-statements =
    { $count ->
        [one] { $count } بیان
       *[other] { $count } بیانونه
    }
unsent-replies =
    { $count ->
        [one] { $count } ځواب
       *[other] { $count } ځوابونه
    }
unsent-contact-notes =
    { $count ->
        [one] { $count } د لیدنې یادښت
       *[other] { $count } د لیدنې یادښتونه
    }
unsent-your-plan =
    { $count ->
        [one] ستاسو په پلان کې { $count } بدلون
       *[other] ستاسو په پلان کې { $count } بدلونونه
    }
unsent-plans =
    { $count ->
        [one] په یوه پلان کې { $count } بدلون
       *[other] په پلانونو کې { $count } بدلونونه
    }
unsent-your-goals =
    { $count ->
        [one] ستاسو په موخو کې { $count } بدلون
       *[other] ستاسو په موخو کې { $count } بدلونونه
    }
unsent-goals =
    { $count ->
        [one] په موخو کې { $count } بدلون
       *[other] په موخو کې { $count } بدلونونه
    }
unsent-other =
    { $count ->
        [one] { $count } بل بدلون
       *[other] { $count } نور بدلونونه
    }
